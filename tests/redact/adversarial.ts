/**
 * Hand-written adversarial cases. Each lists what must not survive `/scrub`
 * (compared after folding case, diacritics, homoglyphs and invisible
 * characters) and, optionally, what must survive.
 */

/** One adversarial case. */
export interface AdversarialCase {
  name: string;
  text: string;
  hide: string[];
  keep?: string[];
  known?: string[];
}

/** The list; docs/REDACTION_GATEWAY.md names the known gaps. */
export const ADVERSARIAL: AdversarialCase[] = [
  {
    name: "Cyrillic homoglyph in a name",
    text: "Please call \u0410lice Kowalski today.",
    hide: ["Alice", "Kowalski"],
  },
  {
    name: "Greek homoglyphs in an e-mail",
    text: "Mail b\u03BFb.smith@example.com now",
    hide: ["bob.smith", "example.com"],
  },
  {
    name: "zero-width space inside an e-mail",
    text: "write to bob\u200B.smith@example.com",
    hide: ["bob.smith@example.com"],
  },
  {
    name: "zero-width and soft hyphen in a known name",
    text: "Al\u200Bice Kowal\u00ADski signed.",
    hide: ["Alice", "Kowalski"],
    known: ["Alice Kowalski"],
  },
  {
    name: "spaced digits",
    text: "my number is 4 1 5 5 5 5 2 6 7 1 thanks",
    hide: ["4 1 5 5 5 5 2 6 7 1"],
  },
  {
    name: "full-width digits",
    text: "SSN\uFF1A \uFF11\uFF12\uFF13\uFF0D\uFF14\uFF15\uFF0D\uFF16\uFF17\uFF18\uFF19",
    hide: ["123-45-6789"],
  },
  {
    name: "spoken digits",
    text: "call me at four one five, five five five, two six seven one",
    hide: ["four one five, five five five, two six seven one"],
  },
  {
    name: "lower-case ASR names",
    text: "yeah so priya said the deploy failed and tomasz will fix it",
    hide: ["priya", "tomasz"],
  },
  {
    name: "possessive stays outside",
    text: "Kowalski's report is late.",
    hide: ["Kowalski"],
    keep: ["'s report"],
    known: ["Alice Kowalski"],
  },
  {
    name: "Last, First",
    text: "Kowalski, Alice signed the form.",
    hide: ["Kowalski", "Alice"],
    known: ["Alice Kowalski"],
  },
  {
    name: "name inside an e-mail, propagated",
    text: "ping alice.kowalski@corp then ask Kowalski again",
    hide: ["alice.kowalski", "Kowalski"],
  },
  {
    name: "JSON wrapper",
    text: '{"name":"J\u00F6rg M\u00FCller","phone":"+49 30 1234567"}',
    hide: ["J\u00F6rg", "M\u00FCller", "1234567"],
    keep: ['"name":"'],
  },
  {
    name: "markdown wrapper",
    text: "**Owner:** Priya Raman (`priya@corp.internal`)",
    hide: ["Priya", "Raman", "priya@corp.internal"],
    keep: ["**Owner:**"],
  },
  {
    name: "CSV wrapper",
    text: "name,email\nPriya Raman,priya.raman@example.org\n",
    hide: ["Priya", "Raman", "priya.raman"],
  },
  {
    name: "obfuscated e-mails",
    text: "alice [at] example [dot] com or bob(at)example.org",
    hide: ["alice [at] example [dot] com", "bob(at)example.org"],
  },
  { name: "HTML entity e-mail", text: "alice&#64;example.com", hide: ["alice&#64;example.com"] },
  {
    name: "percent-encoded e-mail",
    text: "mailto:alice%40example.com",
    hide: ["alice%40example.com"],
  },
  {
    name: "lower-case spaced IBAN",
    text: "iban de89 3704 0044 0532 0130 00 please",
    hide: ["de89 3704 0044 0532 0130 00"],
  },
  {
    name: "card with mixed separators",
    text: "card 4111.1111.1111.1111 and 4111-1111 1111-1111",
    hide: ["4111.1111.1111.1111", "4111-1111 1111-1111"],
  },
  {
    name: "card failing Luhn",
    text: "Visa 4111 1111 1111 1112 exp 09/29",
    hide: ["4111 1111 1111 1112"],
  },
  {
    name: "IPv6 and IPv4-mapped",
    text: "from 2001:db8::8a2e:370:7334 and ::ffff:192.0.2.1",
    hide: ["2001:db8::8a2e:370:7334", "192.0.2.1"],
  },
  {
    name: "UK NINO and bare SSN",
    text: "NI number QQ 12 34 56 C, SSN 123456789",
    hide: ["QQ 12 34 56 C", "123456789"],
  },
  {
    name: "UK address",
    text: "Send it to 10 Downing Street, London SW1A 2AA.",
    hide: ["10 Downing Street", "SW1A 2AA"],
  },
  {
    name: "German address",
    text: "Lieferung an Musterstra\u00DFe 12, 10115 Berlin.",
    hide: ["Musterstra\u00DFe 12", "10115"],
  },
  {
    name: "French address",
    text: "Adresse : 12 rue de la Paix, 75002 Paris",
    hide: ["12 rue de la Paix", "75002"],
  },
  {
    name: "date of birth in words",
    text: "She was born 3 March 1985 in a small town.",
    hide: ["3 March 1985"],
    keep: ["small town"],
  },
  {
    name: "title and unknown surname",
    text: "Dr. Nkemelu will present the results.",
    hide: ["Nkemelu"],
    keep: ["will present"],
  },
  {
    name: "speaker label with an unusual name",
    text: "Xiomara: I disagree.\nBob: noted.",
    hide: ["Xiomara", "Bob"],
  },
  {
    name: "diacritic and case variants of a known name",
    text: "ZOE QUILL joined; zoe quill's memo",
    hide: ["ZOE", "QUILL", "zoe quill"],
    known: ["Zo\u00EB Quill"],
  },
  {
    name: "initials of a known name",
    text: "A. Kowalski and Kowalski, A. agreed",
    hide: ["Kowalski"],
    known: ["Alice Kowalski"],
  },
  {
    name: "phone with extension",
    text: "Office (212) 555-0199 ext. 42",
    hide: ["555-0199", "ext. 42"],
  },
  {
    name: "international phones",
    text: "+44 20 7946 0958 or +49 (0)30 901820",
    hide: ["7946 0958", "901820"],
  },
  { name: "bidi control inside an SSN", text: "SSN 123-45-\u202E6789", hide: ["6789"] },
  // Street forms of many languages, no "Address:" label.
  {
    name: "German compound street, postcode and town",
    text: "Please ship to Kaiserallee 12, 76133 Karlsruhe by Friday.",
    hide: ["Kaiserallee 12", "76133"],
  },
  {
    name: "Finnish street with a block letter",
    text: "Send the parts to Mannerheimintie 5 B, 00100 Helsinki.",
    hide: ["Mannerheimintie", "00100"],
  },
  {
    name: "Hungarian street type after the name",
    text: "Her flat is at Andrássy út 60, 1062 Budapest.",
    hide: ["Andrássy út 60", "1062"],
  },
  {
    name: "Polish ul. with flat number and PL postcode",
    text: "moved to ul. Mickiewicza 12 m. 4, 00-950 Warszawa last year",
    hide: ["Mickiewicza", "00-950"],
    keep: ["last year"],
  },
  {
    name: "Portuguese street and PT postcode",
    text: "deliver at Rua Augusta 274, 1100-053 Lisboa",
    hide: ["Rua Augusta", "1100-053"],
  },
  {
    name: "Danish street with floor and side",
    text: "The parcel went to Nørrebrogade 34, 2. tv, 2200 København N.",
    hide: ["Nørrebrogade", "2200"],
  },
  {
    name: "Norwegian and Swedish streets",
    text: "Karl Johans gate 22, 0159 Oslo; Storgatan 3, 111 51 Stockholm",
    hide: ["Johans gate 22", "Storgatan 3", "111 51"],
  },
  {
    name: "Turkish Caddesi with No:",
    text: "Office: Atatürk Caddesi No: 15, Ankara",
    hide: ["Caddesi No: 15"],
  },
  {
    name: "Romanian Strada and Czech adjective street",
    text: "Strada Mihai Eminescu 10, București; Litovická 54, 451 18 Zlín",
    hide: ["Eminescu 10", "Litovická 54", "451 18"],
  },
  {
    name: "Dutch postbus and NL postcode",
    text: "Postbus 1234, 1000 AB Amsterdam",
    hide: ["Postbus 1234", "1000 AB"],
  },
  {
    name: "Canadian postcode after a province",
    text: "12 Sherbrooke Street West, Montreal, QC H3A 0G4",
    hide: ["Sherbrooke Street", "H3A 0G4"],
  },
  {
    name: "house number first before a compound street",
    text: "Invoice to 43546 Dorfstrasse, Wädenswil.",
    hide: ["43546 Dorfstrasse"],
  },
  // Names the word lists do not know, found by structure or the part-of-speech model.
  {
    name: "rare-word first name next to a surname",
    text: "Astride Kowalczyk joined the call late.",
    hide: ["Astride", "Kowalczyk"],
  },
  {
    name: "unknown proper noun as a verb's object",
    text: "We invited Oyelaran to the review.",
    hide: ["Oyelaran"],
  },
  {
    name: "signature after a closing",
    text: "Thanks for the update!\n\nKind regards,\nTeodora Vîlcu-Hăbeanu\nProcurement\n",
    hide: ["Teodora", "Vîlcu"],
    keep: ["Procurement"],
  },
  {
    name: "addressee line above a street",
    text: "Teodoro Albuquerque\nRua Augusta 274\n1100-053 Lisboa",
    hide: ["Teodoro", "Albuquerque", "Augusta 274"],
  },
  {
    name: "person JSON key and CSV name column",
    text:
      '{"customer": "Ingeborg Ravnholt"}\nname;city\nOlusegun Adeyemi;Lagos\nRakel Tveit;Bergen\n',
    hide: ["Ingeborg", "Ravnholt", "Olusegun", "Adeyemi", "Rakel", "Tveit"],
  },
  {
    name: "labelled emergency contact",
    text: "Emergency contact: Dagny Øvrebø, +47 22 33 44 55.",
    hide: ["Dagny", "Øvrebø", "22 33 44 55"],
  },
  {
    name: "particle and Mc/O' surnames with initials",
    text: "Reviewed by J. van der Merwe, Siobhán O'Rourke-McAllister and Hendrik de Vries.",
    hide: ["van der Merwe", "O'Rourke", "McAllister", "Hendrik", "de Vries"],
  },
  {
    name: "team signatures and English phrases stay",
    text: "Best,\nThe Marketing Team\nRevenue grew in Spring 2024; see Firewall 2 at Gate 12.",
    hide: [],
    keep: ["The Marketing Team", "Spring 2024", "Firewall 2", "Gate 12"],
  },
  {
    name: "honorifics of several languages, also before everyday words, go with the name",
    text: "Sig. Esposito, Frau Prof. Lindqvist and Dr. Green signed; la Sra. Quispe too.",
    hide: ["Sig. Esposito", "Frau Prof. Lindqvist", "Dr. Green", "Sra. Quispe"],
    keep: [" signed; la ", " too."],
  },
  {
    name: "@mentions and IRC nicks, not channel words or package scopes",
    text: "<kairat> @obiageli can you check?\ncc @here, see @types/node",
    hide: ["kairat", "obiageli"],
    keep: ["@here", "@types/node"],
  },
  {
    name: "a lower-case list of attendees and a lower-case full name",
    text: "Participants: ivo petrak, dana mrazova\nwe met through ayodele okafor",
    hide: ["petrak", "mrazova", "ayodele", "okafor"],
  },
  {
    name: "a name repeated later in lower case does not fail the call",
    text: "Summer Wood joined. Later summer wood called back about the Summer Wood account.",
    hide: ["Summer Wood"],
  },
  {
    name: "streets without a listed type word, inline",
    text: "The depot at Kalnciema iela 40, Riga moved to Nowy Świat 15/3, 00-029 Warszawa.",
    hide: ["Kalnciema", "Nowy Świat 15", "00-029"],
  },
  {
    name: "Colombian, Indonesian and lower-case spoken addresses",
    text:
      "Send it to Carrera 7 # 32-16, then Jl. Gatot Subroto Kav. 52; she lives on 12 elm street",
    hide: ["Carrera 7", "32-16", "Gatot Subroto", "12 elm street"],
  },
  {
    name: "products, versions and teams next to numbers stay",
    text:
      "We upgraded to Python 3, Ubuntu 24, then to Gate 12, Terminal 2.\nAttendees: Marketing, Finance and Legal",
    hide: [],
    keep: ["Python 3", "Ubuntu 24", "Gate 12, Terminal 2", "Marketing, Finance and Legal"],
  },
  {
    name: "clean business words stay",
    text: "Will the report be ready by June 5? Revenue grew 12% to $1,250,000.",
    hide: [],
    keep: ["Will the report", "June 5", "12%", "$1,250,000"],
  },
  {
    name: "order, invoice, ticket, build and PO numbers are not phones",
    text:
      "Order 1234567890 shipped. Invoice INV-2024-00123, ticket #123456789, build 20240115, PO 4500012345, customer ID 4839201. Call Alice on +44 20 7946 0958.",
    hide: ["Alice", "7946 0958"],
    keep: ["1234567890", "INV-2024-00123", "#123456789", "20240115", "4500012345", "4839201"],
  },
  {
    name: "versions, dates, times, amounts and measures are not phones",
    text:
      "Upgrade to 10.0.19045.1234 on 2023-11-02 14:55. The total was 1 234 567,89 EUR, the population grew to 8 400 000 and the ISBN is 978-3-16-148410-0.",
    hide: [],
    keep: ["10.0.19045.1234", "2023-11-02 14:55", "1 234 567,89", "8 400 000", "978-3-16-148410-0"],
  },
  {
    name: "CSV phone column in another language is a label; order and total columns stay",
    text: "order_id;total;handy\n10023456789;19.99;0821234567\n10023456790;5.00;410 966\n",
    hide: ["0821234567", "410 966"],
    keep: ["10023456789", "19.99", "10023456790"],
  },
  {
    name: "JSON phone keys in other languages; an order-number key stays",
    text:
      '{"kunde": "Alice Kowalski", "Handy": "0151 2345678", "telefono": "06 1234", "bestellnummer": "48213957"}',
    hide: ["Alice", "Kowalski", "0151 2345678", "06 1234"],
    keep: ["48213957"],
  },
  {
    name: "short numbers after phone labels of many languages, extensions",
    text:
      "Puhelin: 410 966\nTéléphone : 86 08 29\nmóvil: 612 345\nTelefonnummer 0301 23456\nTél. 186 082-9529, poste 743",
    hide: ["410 966", "86 08 29", "612 345", "0301 23456", "082-9529", "poste 743"],
  },
  {
    name: "cities and products without a person cue are not people",
    text:
      "Jenkins failed again, so we moved to Visual Studio 2022. The Lisbon and Porto offices and our team in Hamilton use Kafka and Jira. We flew to Lisbon, Portugal.",
    hide: [],
    keep: ["Jenkins", "Visual Studio 2022", "Lisbon", "Porto", "Hamilton", "Kafka", "Jira"],
  },
  {
    name: "a city or product that is a surname is still a person with a person cue",
    text: "Maria Santos said the Lisbon office is ready. Please ask Medina. Dear Mr. Jenkins,",
    hide: ["Maria", "Santos", "Medina", "Jenkins"],
    keep: ["Lisbon office"],
  },
  {
    name: "IBANs grouped with dots, a spaced country code or pairs",
    text:
      "Pay DE89.3704.0044.0532.0130.00 or GB 29 NWBK 6016 1331 9268 19 or NL 91 AB NA 04 17 16 43 00.",
    hide: ["3704", "0532", "NWBK", "9268", "0417", "1643", "04 17 16 43"],
  },
  {
    name: "IBANs with a right ISO checksum and a wrong national key, in national groupings",
    text: "Virement sur FR84 2004 1010 0505 0001 3M02 607 ou ES64 2100 0418 45 0200051333.",
    hide: ["2004", "3M02", "0418", "0200051333"],
  },
  {
    name: "a sentence end after 'at' is not an e-mail; the name after it is",
    text: "Bob Hill opened the meeting at 7pm. Jack Frost presented the accounts.",
    hide: ["Bob", "Hill", "Jack", "Frost"],
    keep: ["meeting at 7pm."],
  },
  {
    name: "an accented name that folds to an everyday word",
    text: "From: Germán Carrasquillo <g.carrasquillo@example.com>\nGermán will call back.",
    hide: ["Germán", "Carrasquillo"],
  },
  {
    name: "a speaker naming themself in lower case, a street read out in lower case",
    text: "hey it's accursio um the parcel should go to ul. marszałkowska 98 not the office",
    hide: ["accursio", "marszałkowska 98"],
  },
  {
    name: "national ids of other countries, with and without a label",
    text:
      "Personnummer 850312-1239. PESEL: 44051401359. Codice fiscale RSSMRA85T10A562S. BSN 111222333.",
    hide: ["850312-1239", "44051401359", "RSSMRA85T10A562S", "111222333"],
  },
  {
    name: "dates of birth in other languages",
    text: "geboren am 12. März 1985; né le 3 mars 1985; nacido el 5 de mayo de 1980",
    hide: ["März 1985", "mars 1985", "mayo de 1980"],
  },
  {
    name: "business text in German, French, Spanish and Italian keeps its words; its people go",
    text:
      "Sehr geehrte Damen und Herren, wir haben die Unterlagen geprüft und senden Ihnen das Angebot bis Freitag. Anna Schmidt ruft Sie an.\n" +
      "Bonjour à tous, merci de préparer la liste des fournisseurs. Bonne journée, Camille Martin\n" +
      "Las ventas subieron en marzo y los costes bajaron. Saludos, Javier Morales\n" +
      "Durante la manutenzione il servizio non sarà disponibile. Grazie, Giulia Bianchi",
    hide: ["Anna Schmidt", "Camille Martin", "Javier Morales", "Giulia Bianchi"],
    keep: [
      "Damen und Herren",
      "Unterlagen geprüft und senden Ihnen das Angebot bis Freitag",
      "la liste des fournisseurs. Bonne journée",
      "Las ventas subieron en marzo y los costes bajaron",
      "Durante la manutenzione il servizio non sarà disponibile",
    ],
  },
  {
    name: "street lines with their flat, door and stair parts, in several countries' forms",
    text:
      "Send it to Mariahilfer Straße 45/3/12, 1060 Wien. The keys are at Strøget 12, 2. th. with Bob. Office: House No. 45, Sector 15, Gurugram. Post: 12/34 Smith Street, Fitzroy. Or Bulevardul Unirii 45, bl. A3, sc. 2, ap. 14.",
    hide: [
      "Mariahilfer Straße 45/3/12",
      "Strøget 12, 2. th",
      "House No. 45, Sector 15",
      "12/34 Smith Street",
      "Unirii 45, bl. A3, sc. 2, ap. 14",
    ],
  },
  {
    name: "e-mail addresses read out in a call, and academic titles of other countries",
    text:
      "caller: its alice dot smith at gmail dot com or j underscore doe at yahoo dot co dot uk\nIng. Jan Novák and Sta. Luisa Archuleta signed. The doc is ready.",
    hide: ["alice dot smith", "j underscore doe", "Jan Novák", "Luisa Archuleta"],
    keep: ["The doc is ready."],
  },
  {
    name: "a number that only looks like a phone once the name before it is masked",
    text: "Henri Price (0800 115 3577) moved to 7 York Street. Dear Sydni Metz, thanks.",
    hide: ["Henri Price", "0800 115 3577", "Sydni Metz", "7 York Street"],
  },
  {
    name: "a flat and a named building without a house number",
    text: "The party is at Flat 35, Rosebank Court on Saturday.",
    hide: ["Flat 35", "Rosebank"],
  },
  {
    name: "a log-in made from a name, and the initials of a name in meeting notes",
    text:
      "dn: cn=Hailie Hodkiewicz,ou=people\nuid: hhodkiewicz\n\nAttendees: Nadia Brown, Piotr Kowal\nAI: NB to send the deck by EOD; IT to fix the VPN.",
    hide: ["Hodkiewicz", "hhodkiewicz", "Nadia Brown", "NB to"],
    keep: ["IT to fix the VPN", "by EOD"],
  },
  {
    name: "columns of an SQL insert and members of JSON and XML",
    text:
      "INSERT INTO customers (first_name, last_name, national_id, street) VALUES ('Edmée', 'Aschenbroich', '9512.10.622', 'Zuiderveldpark 244');\n" +
      '{"ssn": "078-05-1120", "street": "Lewispark 965a"}\n<Street>Katepark 282b 2 hoog</Street>',
    hide: [
      "Edmée",
      "Aschenbroich",
      "9512.10.622",
      "Zuiderveldpark 244",
      "078-05-1120",
      "Lewispark 965a",
      "Katepark 282b",
    ],
  },
  {
    name: "a call: the answer to a date-of-birth question, spoken digits and an IP read out",
    text:
      "Agent [00:01:48]: can you confirm your date of birth\nCustomer [00:01:55]: uh june seventeenth nineteen sixty five\n" +
      "Customer: my ip is one nine two dot one six eight dot five dot two five zero, call me on nueve cero seis ocho seis cero uno cuatro nueve",
    hide: ["june seventeenth", "one nine two dot", "nueve cero seis"],
  },
  {
    name: "names in transcripts of other languages and in WebVTT voice tags",
    text:
      "<v jacobo puga fernández>hola soy miguel eh te llamo</v>\nkundenservice graz mein name ist kim koester was kann ich für sie tun\nsorry ich hab mit frau dr karus gesprochen",
    hide: ["jacobo puga", "miguel", "kim koester", "karus"],
    keep: ["was kann ich für sie tun"],
  },
  {
    name: "the end of an id, names spelled out, and a signer above their role",
    text: "Our records show SIN ending 8568. His name is Werrmann, w. e. r. r. m. a. n. n.\n\n" +
      "In der Sache wird Termin zur mündlichen Verhandlung bestimmt. Das persönliche Erscheinen der Klägerin wird angeordnet.\n\nBecker\nVorsitzende Richterin am Landgericht",
    hide: ["8568", "Werrmann", "w. e. r. r", "Becker"],
    keep: ["Vorsitzende Richterin am Landgericht", "Das persönliche Erscheinen der Klägerin"],
  },
];
