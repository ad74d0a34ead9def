/**
 * Clean multilingual business text: no personal data at all, for the false-positive rate.
 *
 * Every template is written natively in its language and contains only teams, departments,
 * fictional companies without surnames, cities, products, order numbers, versions, prices,
 * times, ordinary dates, rooms and floors. No person names, e-mail addresses, phone numbers,
 * street addresses, personal ids, IBANs or card numbers — not even in sign-offs.
 */
import { base, en, Faker } from "@faker-js/faker";

export type CleanLang =
  | "cs"
  | "da"
  | "de"
  | "en"
  | "es"
  | "fi"
  | "fr"
  | "it"
  | "nl"
  | "no"
  | "pl"
  | "pt"
  | "sv";

/** One generated document with the template that made it. */
export interface CleanMultiDoc {
  template: string;
  lang: CleanLang;
  text: string;
}

interface Template {
  id: string;
  lang: CleanLang;
  make: (f: Faker) => string;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const int = (f: Faker, min: number, max: number): number => f.number.int({ min, max });
const pick = <T>(f: Faker, xs: readonly T[]): T => f.helpers.arrayElement(xs);
const pad = (x: number): string => String(x).padStart(2, "0");
const amount = (f: Faker, min: number, max: number): number =>
  f.number.float({ min, max, fractionDigits: 2 });
const cents = (x: number): number => Math.round(x * 100) / 100;

/** `x` with `digits` decimals, thousands `group` and decimal mark `dec`. */
function num(x: number, digits: number, group: string, dec: string): string {
  const [i, frac] = x.toFixed(digits).split(".");
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac ? `${g}${dec}${frac}` : g;
}
/** 1.234,50 (de, es, it, nl, pt, da). */
const eu = (x: number): string => num(x, 2, ".", ",");
/** 1 234,50 (fr, pl, sv, no, fi, cs). */
const sp = (x: number): string => num(x, 2, " ", ",");
/** 1,234.50 (en). */
const us = (x: number): string => num(x, 2, ",", ".");

/** Office hours only: 07:00 to 17:45 in quarter hours. */
const time = (f: Faker, min = 7, max = 17): string =>
  `${pad(int(f, min, max))}:${pick(f, ["00", "15", "30", "45"])}`;

const semver = (f: Faker): string => f.system.semver();
const building = (f: Faker): string => pick(f, ["A", "B", "C", "D", "E"]);
const room = (f: Faker): number => int(f, 101, 540);
const floor = (f: Faker): number => int(f, 1, 6);
const orderNo = (f: Faker, prefix: string): string => `${prefix}-${int(f, 10000, 99999)}`;

interface Day {
  y: number;
  m: number;
  d: number;
  wd: number;
}

/** An ordinary business date (meetings, deadlines, deliveries) in 2024–2026. */
function day(f: Faker): Day {
  const t = f.date.between({ from: "2024-01-02T00:00:00.000Z", to: "2026-12-28T00:00:00.000Z" });
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), wd: t.getUTCDay() };
}
/** The same date `days` later. */
function later(x: Day, days: number): Day {
  const t = new Date(Date.UTC(x.y, x.m, x.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), wd: t.getUTCDay() };
}
const iso = (x: Day): string => `${x.y}-${pad(x.m + 1)}-${pad(x.d)}`;
const dotted = (x: Day): string => `${pad(x.d)}.${pad(x.m + 1)}.${x.y}`;

// Month names in the form used after a day number; weekdays start on Sunday (getUTCDay).
const MONTHS = {
  de: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
  fr: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
  es: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
  it:
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
  nl: "januari februari maart april mei juni juli augustus september oktober november december",
  pt: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
  pl:
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
  sv: "januari februari mars april maj juni juli augusti september oktober november december",
  da: "januar februar marts april maj juni juli august september oktober november december",
  no: "januar februar mars april mai juni juli august september oktober november desember",
  fi:
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
  cs: "ledna února března dubna května června července srpna září října listopadu prosince",
  en: "January February March April May June July August September October November December",
} as const satisfies Record<CleanLang, string>;

const WEEKDAYS = {
  de: "Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag",
  fr: "dimanche lundi mardi mercredi jeudi vendredi samedi",
  es: "domingo lunes martes miércoles jueves viernes sábado",
  it: "domenica lunedì martedì mercoledì giovedì venerdì sabato",
  nl: "zondag maandag dinsdag woensdag donderdag vrijdag zaterdag",
  pt: "domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado",
  pl: "niedziela poniedziałek wtorek środa czwartek piątek sobota",
  sv: "söndag måndag tisdag onsdag torsdag fredag lördag",
  da: "søndag mandag tirsdag onsdag torsdag fredag lørdag",
  no: "søndag mandag tirsdag onsdag torsdag fredag lørdag",
  fi: "sunnuntai maanantai tiistai keskiviikko torstai perjantai lauantai",
  // Accusative after "v/ve" ("v pondělí", "ve středu").
  cs: "v_neděli v_pondělí v_úterý ve_středu ve_čtvrtek v_pátek v_sobotu",
  en: "Sunday Monday Tuesday Wednesday Thursday Friday Saturday",
} as const satisfies Record<CleanLang, string>;

const month = (l: CleanLang, m: number): string => MONTHS[l].split(" ")[m];
const weekday = (l: CleanLang, x: Day): string => WEEKDAYS[l].split(" ")[x.wd].replace("_", " ");

/** A date written the way each language writes it in running text. */
function longDate(l: CleanLang, x: Day): string {
  const mo = month(l, x.m);
  switch (l) {
    case "de":
    case "da":
    case "no":
    case "fi":
    case "cs":
      return `${x.d}. ${mo} ${x.y}`;
    case "es":
    case "pt":
      return `${x.d} de ${mo} de ${x.y}`;
    case "en":
      return `${mo} ${x.d}, ${x.y}`;
    default:
      return `${x.d} ${mo} ${x.y}`;
  }
}

// Cities (no city that doubles as a given name) and fictional companies (no surnames).
const CITIES = {
  de: ["Hamburg", "Köln", "Leipzig", "Stuttgart", "Dresden", "Bremen", "Nürnberg"],
  fr: ["Lyon", "Lille", "Nantes", "Bordeaux", "Toulouse", "Rennes", "Strasbourg"],
  es: ["Madrid", "Sevilla", "Bilbao", "Zaragoza", "Málaga", "Valladolid", "Alicante"],
  it: ["Milano", "Torino", "Bologna", "Napoli", "Firenze", "Verona", "Bari"],
  nl: ["Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Leiden", "Zwolle", "Breda"],
  pt: ["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Setúbal"],
  pl: ["Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Lublin", "Katowice"],
  sv: ["Göteborg", "Malmö", "Uppsala", "Västerås", "Linköping", "Örebro", "Umeå"],
  da: ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Kolding", "Roskilde"],
  no: ["Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Bodø", "Ålesund"],
  fi: ["Tampere", "Oulu", "Turku", "Espoo", "Jyväskylä", "Kuopio", "Lahti"],
  cs: ["Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec", "Pardubice", "Zlín"],
  en: ["Manchester", "Leeds", "Glasgow", "Toronto", "Chicago", "Dublin", "Auckland"],
} as const satisfies Record<CleanLang, readonly string[]>;

const COMPANIES = {
  de: ["Nordwind Logistik GmbH", "Alpenblick Software AG", "Rheintal Verpackung GmbH"],
  fr: ["Atelier Lumière SAS", "Solvéo Industrie", "Marée Bleue Distribution"],
  es: ["Soluciones Atlántico S.L.", "Grupo Sierra Verde", "Tecnologías Mediterráneo S.A."],
  it: ["Officine Adriatiche S.r.l.", "Cartotecnica Padana", "Sistemi Alpini S.p.A."],
  nl: ["Polder Logistiek B.V.", "Zeewind Techniek B.V.", "Tulpenveld Kantoorartikelen"],
  pt: ["Atlântico Sistemas Lda.", "Vale Verde Embalagens", "Maré Alta Distribuição"],
  pl: ["Bałtyk Logistyka Sp. z o.o.", "Mazowsze Systemy", "Tatry Opakowania S.A."],
  sv: ["Nordljus Teknik AB", "Skärgård Logistik AB", "Fjällvind Kontorsvaror AB"],
  da: ["Havblik Software ApS", "Fjordlys Emballage A/S", "Kystlys Kontorudstyr"],
  no: ["Nordlys Data AS", "Fjellvind Logistikk AS", "Havbris Kontor AS"],
  fi: ["Revontuli Ohjelmistot Oy", "Järvi Logistiikka Oy", "Tunturi Toimistotarvikkeet Oy"],
  cs: ["Vltava Systémy s.r.o.", "Krkonoše Logistika a.s.", "Šumava Obaly s.r.o."],
  en: ["Northwind Traders", "Bluefield Analytics Ltd", "Brightline Systems Inc."],
} as const satisfies Record<CleanLang, readonly string[]>;

const PRODUCTS = {
  de: ["Bürostuhl Ergo Plus", "Thermobecher 0,5 l", "Laserdrucker LX-400", "Stehpult Classic"],
  fr: [
    "chaise de bureau Confort",
    "lampe LED Horizon",
    "imprimante laser P-300",
    "casque audio Studio",
  ],
  es: [
    "sillas ergonómicas",
    "monitores de 27 pulgadas",
    "cafeteras industriales",
    "estanterías metálicas",
  ],
  it: [
    "Lampada da scrivania Aurora",
    "Zaino da viaggio Dolomiti",
    "Macchina da caffè Espresso 2",
    "Sedia ergonomica Linea",
  ],
  nl: [
    "bureaulamp Flex",
    "vergadertafel Eiken 240",
    "koffiezetapparaat Barista",
    "archiefkast Metaal",
  ],
  pt: ["Painel Comercial", "Gestor de Stocks", "Portal de Encomendas", "Agenda de Frota"],
  pl: ["krzesło biurowe", "biurko regulowane", "lampa LED", "szafka na dokumenty"],
  sv: ["kontorsstolar", "skrivbordslampor", "kaffebryggare", "hyllsystem"],
  da: ["Kontorstolen Komfort", "Skrivebordslampen Lys", "Højttaleren Bølge", "Rygsækken Rejse"],
  no: [
    "den nye kaffemaskinen",
    "møtebookingsystemet",
    "ergonomiske kontorstoler",
    "hevesenkepulter",
  ],
  fi: ["Toimistotuoli", "Kahvinkeitin", "Työpöytävalaisin", "Arkistokaappi", "Näyttöteline"],
  cs: ["kancelářská židle", "stolní lampa", "skartovačka", "kávovar"],
  en: ["Standing Desk Pro", "Conference Speaker", "Label Printer 200", "Wireless Keyboard"],
} as const satisfies Record<CleanLang, readonly string[]>;

const city = (f: Faker, l: CleanLang): string => pick(f, CITIES[l]);
const company = (f: Faker, l: CleanLang): string => pick(f, COMPANIES[l]);
const product = (f: Faker, l: CleanLang): string => pick(f, PRODUCTS[l]);
/** Two different cities of one language. */
function twoCities(f: Faker, l: CleanLang): [string, string] {
  const [a, b] = f.helpers.arrayElements(CITIES[l], 2);
  return [a, b];
}

// ---------------------------------------------------------------------------------------------
// Templates

const TEMPLATES: readonly Template[] = [
  // ----- German
  {
    id: "de-deadline-mail",
    lang: "de",
    make: (f) => {
      const x = day(f);
      return [
        "Sehr geehrte Damen und Herren,",
        `die Abgabefrist für den Bericht zum ${int(f, 1, 4)}. Quartal wurde auf ${
          weekday("de", x)
        }, den ${longDate("de", x)}, verschoben.`,
        `Bitte tragen Sie Ihre Zahlen bis ${time(f)} Uhr in die gemeinsame Tabelle ein.`,
        `Die Abstimmung findet im ${floor(f)}. Stock, Raum ${room(f)} in Gebäude ${
          building(f)
        } statt.`,
        `Offene Fragen zum Budget von ${
          eu(amount(f, 5000, 250000))
        } € klären wir direkt im Termin.`,
        "Mit freundlichen Grüßen",
        "Ihr Controlling-Team",
      ].join("\n");
    },
  },
  {
    id: "de-quote",
    lang: "de",
    make: (f) => {
      const x = day(f);
      const qty = int(f, 10, 500);
      const price = amount(f, 12, 900);
      return [
        `Angebot Nr. AN-${x.y}-${int(f, 1000, 9999)}`,
        `Vielen Dank für Ihre Anfrage vom ${dotted(x)}.`,
        `Für ${qty} Stück ${product(f, "de")} bieten wir Ihnen einen Stückpreis von ${
          eu(price)
        } € netto an, insgesamt ${eu(cents(qty * price))} € zuzüglich Mehrwertsteuer.`,
        `Die Lieferung erfolgt innerhalb von ${int(f, 3, 15)} Werktagen ab unserem Lager in ${
          city(f, "de")
        }.`,
        `Das Angebot ist bis Ende ${month("de", later(x, 30).m)} gültig.`,
        `Ihr Vertriebsteam der ${company(f, "de")}`,
      ].join("\n");
    },
  },
  {
    id: "de-chat",
    lang: "de",
    make: (f) => {
      const x = day(f);
      return [
        `@channel Kurzes Update vom Team Vertrieb: Die Messe in ${city(f, "de")} beginnt am ${
          weekday("de", x)
        }, ${longDate("de", x)}.`,
        `Unser Stand ist in Halle ${int(f, 1, 12)}, Stand ${building(f)}${int(f, 10, 99)}.`,
        `Aufbau ist ab ${time(f, 7, 10)} Uhr, die Musterkisten mit dem ${
          product(f, "de")
        } stehen im Lager in Gebäude ${building(f)} bereit.`,
        `Team Logistik, könnt ihr bitte bis ${
          weekday("de", later(x, -3))
        } bestätigen, dass die Palette rausgeht?`,
        "Danke euch!",
      ].join(" ");
    },
  },
  // ----- French
  {
    id: "fr-maintenance",
    lang: "fr",
    make: (f) => {
      const x = day(f);
      const t1 = time(f, 6, 12);
      return [
        "Avis de maintenance informatique",
        `Le ${weekday("fr", x)} ${longDate("fr", x)}, de ${t1} à ${
          time(f, 13, 17)
        }, la messagerie et l'intranet seront indisponibles pour une mise à jour vers la version ${
          semver(f)
        }.`,
        `Les postes du bâtiment ${building(f)} seront redémarrés automatiquement.`,
        `Merci d'enregistrer vos documents avant ${t1}.`,
        "En cas de problème, le service d'assistance reste joignable via le portail interne.",
        "L'équipe support",
      ].join("\n");
    },
  },
  {
    id: "fr-invoice",
    lang: "fr",
    make: (f) => {
      const x = day(f);
      const qty = int(f, 2, 250);
      const price = amount(f, 15, 650);
      const ht = cents(qty * price);
      const tva = cents(ht * 0.2);
      return [
        `Facture n° FA-${x.y}-${int(f, 10000, 99999)}`,
        `Date d'émission : ${longDate("fr", x)}.`,
        `Désignation : ${qty} × ${product(f, "fr")}, prix unitaire ${sp(price)} € HT.`,
        `Total HT : ${sp(ht)} €, TVA 20 % : ${sp(tva)} €, total TTC : ${sp(cents(ht + tva))} €.`,
        `Paiement à ${pick(f, [30, 45, 60])} jours fin de mois.`,
        "Merci de rappeler le numéro de facture lors de votre règlement.",
        `Service comptabilité — ${company(f, "fr")}, ${city(f, "fr")}`,
      ].join("\n");
    },
  },
  {
    id: "fr-faq",
    lang: "fr",
    make: (f) =>
      [
        "Question fréquente : comment remplacer un badge d'accès ?",
        `Rendez-vous à l'accueil au rez-de-chaussée du bâtiment ${
          building(f)
        }, ouvert du lundi au vendredi de 8 h 30 à ${int(f, 16, 18)} h.`,
        `Présentez l'ancien badge ; le nouveau est activé en ${int(f, 5, 20)} minutes environ.`,
        "Les badges perdus sont désactivés le jour même.",
        `Pour les visiteurs du site de ${city(f, "fr")}, un badge temporaire est valable jusqu'à ${
          time(f, 16, 19)
        }.`,
        "La direction des services généraux",
      ].join("\n"),
  },
  // ----- Spanish
  {
    id: "es-logistics",
    lang: "es",
    make: (f) => {
      const x = day(f);
      const [a, b] = twoCities(f, "es");
      return [
        `Actualización de logística: el pedido ${orderNo(f, "PED")} con ${
          int(f, 4, 120)
        } cajas de ${product(f, "es")} salió del almacén de ${a} el ${longDate("es", x)}.`,
        `La llegada a ${b} está prevista para el ${weekday("es", later(x, 2))} a las ${time(f)}.`,
        `Debido a las obras en el muelle ${int(f, 1, 9)}, la descarga se hará por la puerta ${
          building(f)
        }.`,
        "Rogamos al equipo de recepción que confirme la entrada en el sistema.",
        "Departamento de Logística",
      ].join(" ");
    },
  },
  {
    id: "es-policy",
    lang: "es",
    make: (f) =>
      [
        `Política de teletrabajo (extracto, revisión ${int(f, 2, 9)}.${int(f, 0, 9)})`,
        `Artículo ${int(f, 3, 18)}. El personal podrá trabajar a distancia hasta ${
          int(f, 2, 3)
        } días por semana, previo acuerdo con su área.`,
        "Los equipos portátiles deben conectarse a la red corporativa mediante la VPN.",
        "Está prohibido almacenar documentos confidenciales en dispositivos personales.",
        `Esta política entra en vigor el ${longDate("es", day(f))}.`,
        "Dirección de Recursos Humanos",
      ].join("\n"),
  },
  {
    id: "es-agenda",
    lang: "es",
    make: (f) => {
      const x = day(f);
      return [
        `Orden del día – Comité de Compras, ${weekday("es", x)} ${longDate("es", x)}, ${
          time(f)
        } h, sala ${room(f)} (planta ${floor(f)})`,
        `1. Revisión del presupuesto del trimestre: ${eu(amount(f, 10000, 400000))} €.`,
        `2. Evaluación de proveedores de ${product(f, "es")}.`,
        `3. Plazos de entrega para la oficina de ${city(f, "es")}.`,
        "4. Ruegos y preguntas.",
        "Dirección",
      ].join("\n");
    },
  },
  // ----- Italian
  {
    id: "it-chat-maintenance",
    lang: "it",
    make: (f) => {
      const x = day(f);
      return [
        `@channel Il team IT informa: ${weekday("it", x)} ${longDate("it", x)} dalle ${
          time(f, 7, 11)
        } alle ${time(f, 12, 17)} la rete Wi-Fi del ${floor(f)}° piano sarà in manutenzione.`,
        `Le stampanti della sala ${room(f)} resteranno accessibili via cavo.`,
        "Vi chiediamo di salvare il lavoro e di chiudere le sessioni remote prima dell'intervento.",
        "Grazie per la collaborazione!",
        "Il team IT",
      ].join(" ");
    },
  },
  {
    id: "it-product",
    lang: "it",
    make: (f) =>
      [
        `${product(f, "it")} – scheda prodotto`,
        `Materiale: ${
          pick(f, ["alluminio riciclato", "legno di faggio", "tessuto tecnico", "acciaio satinato"])
        }.`,
        `Pesa appena ${num(amount(f, 0.4, 9), 1, ".", ",")} kg ed è disponibile in ${
          int(f, 2, 6)
        } colori.`,
        `La garanzia è di ${int(f, 2, 5)} anni.`,
        `Prezzo di listino: ${eu(amount(f, 19, 890))} € IVA inclusa.`,
        `Consegna gratuita in tutta Italia per ordini superiori a ${pick(f, [49, 79, 99])} €.`,
        `Prodotto da ${company(f, "it")}, stabilimento di ${city(f, "it")}.`,
        "Ufficio Commerciale",
      ].join("\n"),
  },
  {
    id: "it-recipe",
    lang: "it",
    make: (f) => {
      const p = int(f, 4, 12);
      return [
        `La ricetta del mese dalla mensa aziendale: tiramisù per ${p} persone.`,
        `Ingredienti: ${p * 60} g di mascarpone, ${Math.ceil(p / 2)} uova, ${
          p * 20
        } g di zucchero, ${p * 3} savoiardi, caffè e cacao amaro.`,
        "Montare i tuorli con lo zucchero, unire il mascarpone e poi gli albumi montati a neve.",
        `Lasciare riposare in frigorifero per almeno ${int(f, 3, 6)} ore.`,
        `Venerdì la mensa al piano terra è aperta dalle 12:00 alle ${time(f, 14, 15)}.`,
        "Il servizio mensa",
      ].join("\n");
    },
  },
  // ----- Dutch
  {
    id: "nl-deadline-mail",
    lang: "nl",
    make: (f) => {
      const x = day(f);
      return [
        "Beste collega's,",
        `De deadline voor het inleveren van de jaarplannen is verschoven naar ${weekday("nl", x)} ${
          longDate("nl", x)
        }.`,
        `Lever de documenten vóór ${time(f)} uur in via de gedeelde map van de afdeling ${
          pick(f, ["Inkoop", "Financiën", "Marketing", "Productie"])
        }.`,
        `Op ${weekday("nl", later(x, -2))} houden we een inloopuur in vergaderzaal ${
          room(f)
        } op de ${floor(f)}e verdieping.`,
        "Met vriendelijke groet,",
        "Team Planning & Control",
      ].join("\n");
    },
  },
  {
    id: "nl-json-order",
    lang: "nl",
    make: (f) => {
      const items = f.helpers.arrayElements(PRODUCTS.nl, int(f, 1, 3)).map((p) => ({
        product: p,
        aantal: int(f, 1, 40),
        prijs: amount(f, 9, 480),
      }));
      const totaal = cents(items.reduce((s, i) => s + i.aantal * i.prijs, 0));
      const order = {
        bestelnummer: orderNo(f, "BN"),
        datum: iso(day(f)),
        vestiging: city(f, "nl"),
        artikelen: items,
        totaal,
        status: pick(f, ["verzonden", "in behandeling", "geleverd"]),
      };
      return [
        "Bestelling bevestigd, hieronder de gegevens uit het systeem:",
        JSON.stringify(order),
        `Klantenservice ${company(f, "nl")}`,
      ].join("\n");
    },
  },
  // ----- Portuguese
  {
    id: "pt-release-notes",
    lang: "pt",
    make: (f) =>
      [
        `Notas de versão ${semver(f)} — ${product(f, "pt")}`,
        "Novidades: o painel de vendas mostra agora os resultados por região.",
        `Melhorias: a sincronização com o armazém de ${city(f, "pt")} ficou ${
          int(f, 10, 60)
        }% mais rápida.`,
        `Correções: o relatório mensal de ${
          month("pt", int(f, 0, 11))
        } deixou de ser gerado em duplicado.`,
        `A atualização fica disponível a ${longDate("pt", day(f))}.`,
        "Equipa de Produto",
      ].join("\n"),
  },
  {
    id: "pt-quote",
    lang: "pt",
    make: (f) => {
      const x = day(f);
      return [
        `Orçamento n.º OR-${x.y}-${int(f, 1000, 9999)}`,
        `Na sequência do pedido de ${longDate("pt", x)}, apresentamos a proposta para ${
          int(f, 5, 300)
        } unidades de ${
          pick(f, ["cadeiras de escritório", "candeeiros LED", "armários metálicos"])
        }, ao preço unitário de ${eu(amount(f, 20, 700))} € (IVA não incluído).`,
        `Prazo de entrega: ${int(f, 5, 30)} dias úteis a partir da adjudicação.`,
        "Validade da proposta: 30 dias.",
        `Departamento Comercial, ${company(f, "pt")}`,
      ].join("\n");
    },
  },
  // ----- Polish
  {
    id: "pl-it-notice",
    lang: "pl",
    make: (f) => {
      const x = day(f);
      return [
        `Komunikat działu IT: w dniu ${longDate("pl", x)} (${weekday("pl", x)}) w godzinach ${
          time(f, 6, 11)
        }–${time(f, 12, 17)} zostanie przeprowadzona aktualizacja systemu ERP do wersji ${
          semver(f)
        }.`,
        "W tym czasie logowanie do systemu będzie niemożliwe.",
        "Prosimy o zapisanie pracy i wylogowanie się przed rozpoczęciem przerwy.",
        `Serwerownia w budynku ${building(f)} na ${floor(f)}. piętrze będzie niedostępna.`,
        "Dział IT",
      ].join(" ");
    },
  },
  {
    id: "pl-csv-prices",
    lang: "pl",
    make: (f) => {
      const rows = f.helpers.arrayElements(PRODUCTS.pl, int(f, 2, 4)).map((p) =>
        `PRD-${int(f, 1000, 9999)};${p};${num(amount(f, 15, 2400), 2, "", ",")};${int(f, 0, 800)}`
      );
      return [
        `Cennik hurtowy – stan na ${longDate("pl", day(f))}`,
        "kod;produkt;cena_netto;stan_magazynowy",
        ...rows,
        `Ceny podane w PLN, magazyn ${city(f, "pl")}.`,
        "Zespół sprzedaży",
      ].join("\n");
    },
  },
  // ----- Swedish
  {
    id: "sv-chat",
    lang: "sv",
    make: (f) => {
      const x = day(f);
      return [
        `@channel Hej från Team Ekonomi! Bokslutet för ${
          month("sv", later(x, -30).m)
        } ska vara klart senast ${weekday("sv", x)} den ${longDate("sv", x)}.`,
        `Skicka in alla kvitton och fakturor före kl. ${time(f)}.`,
        `Vi sitter i rum ${room(f)} på plan ${floor(f)} om ni har frågor.`,
        "Tack på förhand!",
        "Hälsningar, Ekonomiavdelningen",
      ].join(" ");
    },
  },
  {
    id: "sv-logistics",
    lang: "sv",
    make: (f) => {
      const x = day(f);
      const [a, b] = twoCities(f, "sv");
      return [
        `Leveransuppdatering: order ${orderNo(f, "ORD")} med ${int(f, 2, 30)} pallar ${
          product(f, "sv")
        } lämnade lagret i ${a} den ${longDate("sv", x)}.`,
        `Beräknad ankomst till ${b} är ${weekday("sv", later(x, 1))} kl. ${time(f)}.`,
        `Lossning sker vid port ${int(f, 1, 14)}.`,
        "Vänliga hälsningar, Logistikteamet",
      ].join("\n");
    },
  },
  // ----- Danish
  {
    id: "da-policy",
    lang: "da",
    make: (f) =>
      [
        `Uddrag af rejsepolitikken (version ${int(f, 2, 7)}.${int(f, 0, 9)})`,
        `§ ${int(f, 2, 14)}. Medarbejdere skal vælge tog frem for fly på rejser under ${
          pick(f, [300, 400, 500])
        } km.`,
        `Hotelovernatning godkendes op til ${eu(amount(f, 900, 1800))} kr. pr. nat.`,
        `Udlæg skal registreres i systemet senest ${int(f, 10, 30)} dage efter rejsens afslutning.`,
        `Politikken gælder fra ${longDate("da", day(f))}.`,
        "Med venlig hilsen HR-afdelingen",
      ].join("\n"),
  },
  {
    id: "da-product-news",
    lang: "da",
    make: (f) => {
      const x = day(f);
      return [
        `Nyhed fra ${company(f, "da")}: ${product(f, "da")} er nu på lager i vores butik i ${
          city(f, "da")
        }.`,
        `Den vejer ${num(amount(f, 0.3, 8), 1, ".", ",")} kg, leveres med ${
          int(f, 2, 5)
        } års garanti og koster ${eu(amount(f, 199, 4999))} kr. inkl. moms.`,
        `Bestil inden ${weekday("da", x)} kl. ${time(f, 12, 15)}, så sender vi samme dag.`,
        "Venlig hilsen Kundeservice",
      ].join(" ");
    },
  },
  // ----- Norwegian (bokmål)
  {
    id: "no-agenda",
    lang: "no",
    make: (f) => {
      const x = day(f);
      return [
        `Agenda for avdelingsmøte ${weekday("no", x)} ${longDate("no", x)} kl. ${
          time(f)
        }, møterom ${room(f)}, ${floor(f)}. etasje`,
        `1. Gjennomgang av salgstall for ${month("no", later(x, -30).m)}: ${
          sp(amount(f, 50000, 900000))
        } kr.`,
        `2. Status for lanseringen av ${product(f, "no")}.`,
        `3. Nytt kontor i ${city(f, "no")}.`,
        "4. Eventuelt.",
        "Hilsen Salgsavdelingen",
      ].join("\n");
    },
  },
  {
    id: "no-it-notice",
    lang: "no",
    make: (f) => {
      const x = day(f);
      return [
        `Driftsmelding: Natt til ${weekday("no", x)} ${
          longDate("no", x)
        } oppgraderes lagringssystemet til versjon ${semver(f)}.`,
        `Nedetiden er beregnet til ${int(f, 2, 6)} timer, fra kl. ${pad(int(f, 0, 2))}:00.`,
        `Delte mapper og skriverne i bygg ${building(f)} vil ikke være tilgjengelige.`,
        "Vi beklager ulempene.",
        "IT-avdelingen",
      ].join(" ");
    },
  },
  // ----- Finnish
  {
    id: "fi-deadline-mail",
    lang: "fi",
    make: (f) => {
      const x = day(f);
      return [
        "Hei kaikki,",
        `neljännesvuosiraportin määräaika on ${weekday("fi", x)} ${x.d}.${x.m + 1}.${x.y}.`,
        `Lähettäkää luvut yhteiseen kansioon viimeistään klo ${time(f)}.`,
        `Palaveri pidetään neuvotteluhuoneessa ${room(f)}, ${floor(f)}. kerros.`,
        `Budjetti on tällä kertaa ${sp(amount(f, 20000, 300000))} euroa.`,
        "Kiitos!",
        "Terveisin talousosasto",
      ].join("\n");
    },
  },
  {
    id: "fi-csv-deliveries",
    lang: "fi",
    make: (f) => {
      const rows = f.helpers.arrayElements(PRODUCTS.fi, int(f, 2, 4)).map((p) =>
        [
          orderNo(f, "TL"),
          p,
          int(f, 1, 60),
          city(f, "fi"),
          pick(f, ["lähetetty", "keräilyssä", "toimitettu"]),
        ].join(",")
      );
      return [
        `Toimitustilanne ${longDate("fi", day(f))}`,
        "tilausnumero,tuote,määrä,varasto,tila",
        ...rows,
        "Logistiikkatiimi",
      ].join("\n");
    },
  },
  // ----- Czech
  {
    id: "cs-invoice",
    lang: "cs",
    make: (f) => {
      const x = day(f);
      const qty = int(f, 2, 200);
      const price = amount(f, 150, 9000);
      const net = cents(qty * price);
      const vat = cents(net * 0.21);
      return [
        `Faktura č. FV-${x.y}-${int(f, 10000, 99999)}`,
        `Datum vystavení: ${longDate("cs", x)}. Datum splatnosti: ${longDate("cs", later(x, 14))}.`,
        `Předmět plnění: ${qty} ks – ${product(f, "cs")}, cena za kus ${sp(price)} Kč.`,
        `Celkem bez DPH: ${sp(net)} Kč, DPH 21 %: ${sp(vat)} Kč, celkem k úhradě: ${
          sp(cents(net + vat))
        } Kč.`,
        "Děkujeme za spolupráci.",
        `Účetní oddělení, ${company(f, "cs")}`,
      ].join("\n");
    },
  },
  {
    id: "cs-chat",
    lang: "cs",
    make: (f) => {
      const x = day(f);
      return [
        `@channel Ahoj, tady tým podpory. ${weekday("cs", x).replace(/^v/, "V")} od ${
          time(f)
        } proběhne školení k novému systému verze ${semver(f)}.`,
        `Sejdeme se v zasedačce ${room(f)} (${floor(f)}. patro, budova ${building(f)}).`,
        `Pobočka ${city(f, "cs")} se může připojit online.`,
        "Díky a ať se daří!",
        "Tým podpory",
      ].join(" ");
    },
  },
  // ----- English
  {
    id: "en-agenda",
    lang: "en",
    make: (f) => {
      const x = day(f);
      return [
        `Agenda: Operations review, ${weekday("en", x)}, ${longDate("en", x)}, ${time(f)}, Room ${
          room(f)
        }, Building ${building(f)}`,
        `1. Warehouse capacity in ${city(f, "en")} for Q${int(f, 1, 4)}.`,
        `2. Migration of the ${
          pick(f, ["billing", "reporting", "inventory", "ticketing"])
        } platform to version ${semver(f)}.`,
        `3. Budget check: $${us(amount(f, 10000, 500000))} spent of the annual plan.`,
        "4. Any other business.",
        "The Operations Team",
      ].join("\n");
    },
  },
  {
    id: "en-json-catalogue",
    lang: "en",
    make: (f) => {
      const items = Array.from({ length: int(f, 1, 3) }, () => ({
        sku: `SKU-${int(f, 1000, 9999)}`,
        name: f.commerce.productName(),
        price: Number(f.commerce.price({ min: 5, max: 900 })),
        stock: int(f, 0, 500),
      }));
      return [
        `Catalogue export for the ${f.commerce.department()} category (${iso(day(f))}):`,
        JSON.stringify(items, null, 2),
        "Generated by the Merchandising Team.",
      ].join("\n");
    },
  },
  {
    id: "en-faq",
    lang: "en",
    make: (f) => {
      const r = room(f);
      return [
        "FAQ: How do I book a meeting room?",
        `Open the room planner on the intranet and choose a room on floor ${
          floor(f)
        }; rooms ${r} to ${r + int(f, 2, 9)} seat up to ${int(f, 6, 20)} people.`,
        `Bookings longer than ${int(f, 2, 4)} hours need approval from Facilities.`,
        `The ${city(f, "en")} office releases unused rooms automatically after ${
          int(f, 10, 20)
        } minutes.`,
        "Facilities Management",
      ].join("\n");
    },
  },
  {
    id: "en-team-mail",
    lang: "en",
    make: (f) => {
      const x = day(f);
      return [
        "Hi all,",
        `Expense reports for ${month("en", x.m)} are due by ${weekday("en", x)} at ${
          time(f, 12, 17)
        }.`,
        `Invoice INV-${x.y}-${int(f, 1000, 9999)} from ${company(f, "en")} for $${
          us(amount(f, 200, 20000))
        } is still waiting for approval.`,
        "Please attach receipts in the finance portal rather than sending them by mail.",
        "Thanks,",
        "The Finance Team",
      ].join("\n");
    },
  },
];

/** Template ids, in generation order (document `i` uses template `i % length`). */
export const CLEAN_MULTI_TEMPLATES: readonly string[] = TEMPLATES.map((t) => t.id);
/** Language of each template, aligned with `CLEAN_MULTI_TEMPLATES`. */
export const CLEAN_MULTI_LANGS: readonly CleanLang[] = TEMPLATES.map((t) => t.lang);

/** `n` clean documents with their template, deterministic for `seed`. */
export function cleanMultiDocs(n: number, seed = 6100): CleanMultiDoc[] {
  const f = new Faker({ locale: [en, base] });
  f.seed(seed);
  const out: CleanMultiDoc[] = [];
  for (let i = 0; i < n; i++) {
    const t = TEMPLATES[i % TEMPLATES.length];
    out.push({ template: t.id, lang: t.lang, text: t.make(f) });
  }
  return out;
}

/** `n` clean multilingual business texts from `seed`. */
export function cleanMultiCorpus(n: number, seed = 6100): string[] {
  return cleanMultiDocs(n, seed).map((d) => d.text);
}
