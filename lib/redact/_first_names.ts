/**
 * Common given names of languages the npm name lists do not cover well,
 * written out by hand (lower case, diacritics folded) because no small,
 * well-kept npm package ships them: Portuguese, Nordic, Finnish, Polish and
 * other Slavic, Baltic, Greek, Hungarian, Romanian, Irish and Welsh, Turkish,
 * Arabic, Persian, South Asian, East and South-East Asian, and African names.
 */
export const EXTRA_FIRST_NAMES: readonly string[] = `
joao jose antonio francisco manuel pedro paulo luis carlos rui nuno tiago goncalo duarte afonso
rodrigo vasco bruno diogo andre ricardo miguel fernando sergio joaquim vitor helder filipe
maria ana beatriz ines mariana leonor matilde carolina rita sofia catarina francisca teresa
fernanda juliana gabriela leticia larissa camila thais luana raquel adriana patricia vanessa
conceicao graca fatima lurdes rosario aparecida tatiana priscila jessica bianca yasmin
lars anders nils erik johan mikael magnus henrik fredrik bjorn stefan per olof sven gunnar
karl axel oskar emil elias hugo viktor linus jonas rasmus mads soren jens niels morten kasper
frederik mikkel thorbjorn knut sigurd haakon harald oyvind arne trond geir espen eirik ole
astrid ingrid sigrid solveig kari ingeborg liv randi silje hanne mette pernille trine
karin birgitta agneta annika malin frida elin linnea ebba saga alva wilma tilda freja maja
signe ida nanna lærke kirsten bodil inger lene tove gunhild ragnhild hilde marit turid
juhani matti mikko jukka pekka timo antti heikki kari jari ari markku petri sami tuomas ville
aino eino onni leevi veeti aleksi jaakko lauri riikka tiina paivi satu sari minna marjatta
pirkko tuula sirpa anneli hannele johanna katja kaisa sanna laura noora venla helmi
piotr pawel krzysztof tomasz andrzej marcin michal grzegorz jakub wojciech mateusz lukasz
kamil dariusz mariusz jacek zbigniew stanislaw tadeusz jerzy janusz kazimierz maciej bartosz
agnieszka malgorzata katarzyna krystyna barbara ewa elzbieta zofia joanna magdalena monika
dorota beata jadwiga danuta halina irena grazyna bozena iwona urszula wiktoria zuzanna
jiri petr pavel jaroslav miroslav zdenek vaclav ladislav frantisek josef milan lubos radek
jana hana lenka vera alena ludmila jitka zdenka blanka marketa tereza veronika petra klara
dusan branislav milos dragan goran zoran nenad vladimir dejan bojan zeljko ivica mladen
jelena snezana dragana milica ivana marija vesna gordana biljana tamara ljiljana
dmitri dmitry sergei sergey alexei aleksei andrei mikhail nikolai ivan yuri oleg igor boris
anatoly vasily pyotr fyodor grigory konstantin vyacheslav yevgeny evgeny stanislav
olga natalia natalya svetlana irina tatyana yelena ekaterina yekaterina anastasia oksana
lyudmila galina larisa valentina zoya yulia yuliya darya daria polina ksenia alina
andriy oleksandr mykola volodymyr serhiy taras bohdan yaroslav petro vasyl ostap
jonas tomas mantas darius vytautas andris janis maris raimonds gintaras algirdas
ruta egle ieva laima inese baiba ilze liga zane kristine
giorgos georgios dimitris dimitrios konstantinos nikolaos panagiotis christos vasilis
ioannis yannis kostas spyros stavros thanasis athanasios evangelos lefteris
eleni katerina vasiliki sofia despina georgia dimitra angeliki chrysa fotini paraskevi
laszlo istvan janos jozsef zoltan sandor ferenc gabor attila tibor csaba balazs zsolt
gyorgy imre lajos mihaly tamas bence levente botond
zsofia erzsebet katalin ildiko eniko csilla aniko timea reka noemi zsuzsanna agnes
ion gheorghe vasile constantin mihai andrei ionut cristian florin marian dorin razvan
ioana elena mihaela andreea alexandra cristina simona roxana oana gabriela adina irina
sean seamus padraig cathal ciaran cian oisin eoin niall donal fionn ruairi tadhg diarmuid
colm fergal lorcan darragh eamon eamonn fintan
siobhan aoife niamh saoirse caoimhe sinead grainne roisin orla ciara eimear mairead
aisling clodagh deirdre muireann nuala brid
rhys dafydd gareth iwan emyr gruffydd huw aled cerys ffion seren angharad bethan rhiannon
mehmet mustafa ahmet ali huseyin hasan ibrahim ismail osman yusuf murat omer ramazan
halil suleyman abdullah recep fatih emre burak serkan volkan kemal cem baris onur
emine fatma ayse hatice zeynep elif meryem sultan sevgi ozlem esra merve busra derya
yasemin gulsen songul hulya filiz dilek ebru tugba seda cansu irem
mohammed mohammad muhammad ahmed ahmad mahmoud mahmud khalid khaled omar umar hamza tariq
youssef yousef yusef karim kareem samir sami nabil walid waleed rashid hassan hussein
hussain abdul abdallah bilal faisal jamal nasser saeed salim tarek ziad zaid amir
fatima aisha aicha khadija maryam mariam zainab layla leila yasmin amina amira noor nour
huda hanan rania salma samira sara farah lina dalia hala iman mona nadia rasha reem
reza mehdi hossein hamid ali-reza alireza mohsen majid saeed babak dariush farhad
kourosh shahram behrouz arash parisa shirin mina nasrin maryam fereshteh laleh roya
rahul amit anil sunil rajesh ramesh suresh mahesh dinesh ganesh rakesh mukesh vijay ajay
sanjay manoj vinod pramod ashok arun varun karan arjun vikram rohit mohit sachin sandeep
pradeep deepak naveen praveen abhishek aditya ankit anand anup harsh hemant jatin kunal
nikhil nitin pankaj prakash rajiv sameer sanjeev saurabh siddharth sudhir tarun vivek
yash ravi raj ravindra venkatesh srinivas krishna gopal ramesh lakshman
priya pooja neha anjali kavita sunita anita geeta seema rekha asha usha meena deepa divya
shreya swati sneha nisha ritu pallavi preeti shweta aishwarya lakshmi radha sita gita
parvati savitri kamala padma shanti sushma vandana nandini aarti archana bhavna
wei ming jun hui ying li lei jie hao yang yan fang jing xin yu qing ping hong lin xiao
zhang wang chen liu huang zhao zhou xu zhu guo gao luo zheng liang xie tang
hiroshi takashi kenji takeshi satoshi yuki haruto hiroki kazuki daiki shota ryota kenta
yuto sota riku kaito takumi naoki akira makoto kazuo tetsuya masato shinji
yuko keiko yoko akiko tomoko naoko hiroko kumiko sachiko michiko yumi ayaka misaki haruka
yui aoi hina sakura nanami mei rin mio
minjun seojun jiho jihoon junho hyun sungmin seungho donghyun jaehyun
jiyeon seoyeon minji jiwoo soyeon eunji hyejin yuna
nguyen tran thanh minh tuan hung dung duc quang hieu phuong thuy linh huong trang ngoc
anh mai lan hoa
somchai somsak sompong suda malee siriporn
kwame kofi kwesi yaw kojo ama akosua adwoa abena efua chinedu chukwuemeka emeka obinna
ikenna nnamdi oluwaseun olumide tunde babatunde adebayo adewale femi segun yemi
ngozi chioma adaeze chiamaka funmilayo folake yetunde bisi amaka nneka
sipho thabo themba bongani mandla lungile sibusiso tshepo kagiso lerato nomvula thandiwe
zanele palesa naledi
juan-carlos jose-luis jose-maria maria-jose ana-maria jean-pierre jean-paul jean-luc
marie-claire anne-marie marie-laure hans-peter karl-heinz hans-jurgen
`.split(/\s+/).filter(Boolean);
