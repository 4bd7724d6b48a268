# wide4-pl.py -- a fourth wide batch of Polish mails over many kinds of
# business (estate agents, removals, skip hire, tool hire, insurance,
# driving tests, opticians, subscription boxes, florists, party venues,
# pharmacies, garden centres, office services, parcel shops, student
# housing, dating apps, ticket resale, airport parking and more), for
# training.  Money, faults and everything else as customers of many
# kinds of business write about them.  Same tuple format as batch16.py.
M += [
# ---------------- biura nieruchomości i portale ----------------
("pl", "w4-prowizja-pobrana-dwa-razy", "Rafał Zieliński <rafal.zielinski@example.com>", "Prowizja - mieszkanie ul. Lipowa", "billing", "",
"""Dzień dobry,

po podpisaniu umowy najmu mieszkania przy Lipowej 7 zapłaciłem Państwa
biuru prowizję 2 460 zł przelewem, tak jak było w umowie pośrednictwa.
Dziś widzę w historii konta, że ta sama kwota zeszła drugi raz, tym
razem z karty, którą podawałem przy rezerwacji oglądania. Proszę o
oddanie jednej z tych wpłat.

Rafał Zieliński"""),
("pl", "w4-wyroznienie-ogloszenia-nie-widac", "Monika Stępień <monika.stepien@example.com>", "wyróżnienie", "billing", "",
"""Dzien dobry, w piatek wykupilam wyroznienie ogloszenia na 14 dni
(dzialka w Wolce, nr ogloszenia 4471902), 59 zl poszlo z blika. Ogloszenie
dalej jest na 6 stronie wynikow, bez zadnej ramki ani znaczka. Albo
niech to zacznie dzialac, albo prosze oddac te 59 zl.
Monika"""),
("pl", "w4-pakiet-biuro-sprzedalismy-wszystko", "Biuro Nieruchomości Kasztan <biuro@kasztan-nieruchomosci.example>", "Pakiet Profesjonalny", "billing", "",
"""Dzień dobry,

zamykamy działalność z końcem miesiąca - ostatnie dwa lokale sprzedane,
właściciel przechodzi na emeryturę. Pakiet Profesjonalny dla biur nie
będzie nam już do niczego potrzebny. Proszę dopilnować, żeby w czerwcu
nie zeszła kolejna opłata i żeby nic się samo nie przedłużyło.

Pozdrawiam
Elżbieta Kasztan"""),
("pl", "w4-zdjecia-plik-za-duzy", "Piotr Wrona <p.wrona@example.net>", "nie moge dodac zdjec", "technical", "",
"""dodaje ogloszenie sprzedazy mieszkania i przy kazdym zdjeciu wyskakuje
"Plik jest zbyt duzy (max 10 MB)". zdjecia maja po 2-3 MB, sprawdzalem.
probowalem z telefonu i z laptopa, chrome i firefox. jak to przejsc?"""),
("pl", "w4-portal-ogloszenia-zniknely-biuro", "Tomasz Kaczmarek <t.kaczmarek@dom-plus-nieruchomosci.example>", "PILNE - wszystkie nasze oferty zniknęły", "technical", "high",
"""Dzień dobry,

od wczoraj od około 22:00 żadna z naszych 140 ofert nie wyświetla się
na portalu. W panelu biura są wszystkie jako "aktywne", ale klienci
wchodzący z linków dostają "Ogłoszenie nie istnieje", a w wyszukiwarce
nas nie ma. Telefony ucichły, mamy odwoływane prezentacje, a jutro
startujemy z nową inwestycją deweloperską.

Proszę o pilny kontakt: 501 220 318.

Tomasz Kaczmarek
Dom Plus Nieruchomości"""),
("pl", "w4-kawalerka-pies-ogladanie", "Julia Marciniak <julia.marciniak@example.com>", "Kawalerka Mokotów - pytanie", "general", "",
"""Dzień dobry,

jestem zainteresowana kawalerką na Mokotowie za 2 900 zł + opłaty, którą
Pani prowadzi. Zanim umówimy oglądanie: czy właściciel zgodzi się na
małego psa (jamnik, 8 lat, bardzo spokojny)? I czy da się obejrzeć
mieszkanie w tygodniu po 18:00? Pracuję do 17.

Julia Marciniak
tel. 512 300 714"""),
("pl", "w4-rodo-stary-numer-w-ogloszeniu", "Hubert Sikora <hubert.sikora@example.com>", "Moje dane w starym ogłoszeniu", "general", "",
"""Szanowni Państwo,

trzy lata temu sprzedałem przez Państwa portal dom w Zielonce. Ogłoszenie
jest archiwalne, ale nadal da się je znaleźć w Google razem z moim
numerem telefonu i imieniem, i wciąż dzwonią do mnie ludzie. Na
podstawie RODO proszę o usunięcie moich danych osobowych z tego
ogłoszenia i informację, jakie jeszcze dane o mnie przetwarzacie.

Hubert Sikora"""),
("pl", "w4-kaucja-najem-sad", "Natalia Borkowska <natalia.borkowska@example.com>", "Kaucja - ul. Słoneczna 12/4", "billing", "high",
"""Szanowni Państwo,

umowa najmu zakończyła się 31 marca, mieszkanie zostało zdane protokołem
bez żadnych uwag (mam go podpisanego przez Państwa agentkę). Kaucja w
wysokości 5 000 zł miała zostać zwrócona w ciągu 14 dni. Minęło siedem
tygodni, a na moje maile odpowiadają Państwo, że "właściciel jeszcze
się zastanawia".

Daję Państwu 7 dni. Jeśli pieniądze nie wrócą, złożę pozew o zapłatę
do sądu, a sprawę zgłoszę również do rzecznika konsumentów.

Natalia Borkowska"""),
# ---------------- firmy przeprowadzkowe ----------------
("pl", "w4-przeprowadzka-doplata-pietro", "Andrzej Kubiak <andrzej.kubiak@example.com>", "Przeprowadzka 14.06 - rachunek", "billing", "",
"""Dzień dobry,

w wycenie mailowej było 1 800 zł za całość, przeprowadzka z 3 piętra
bez windy na parter domu. Na miejscu ekipa kazała dopłacić 450 zł "za
piętro i noszenie", bo inaczej nie rozładują. Zapłaciłem, bo nie miałem
wyjścia, ale piętro było w wycenie od początku, pisałem o tym w
formularzu. Proszę o zwrot tych 450 zł.

Andrzej Kubiak"""),
("pl", "w4-zadatek-przeniesiony-termin", "Ewelina Górska <ewelina.gorska@example.com>", "Re: rezerwacja terminu 2 lipca", "billing", "",
"""Dzień dobry,

w maju przesunęliśmy przeprowadzkę i ustaliłam z Panem Mariuszem, że
wpłacone 300 zł wraca do nas, bo nowego terminu nie mieliście. Jest
połowa czerwca, a te 300 zł dalej nie wróciło. Numer konta ten sam, z
którego wpłacałam.

Ewelina Górska

> W dniu 12.05 Mariusz z Przeprowadzki Sprint napisał:
> Pani Ewelino, niestety na 19 lipca mamy już komplet. Zadatek oddamy
> w ciągu tygodnia. Pozdrawiam, Mariusz"""),
("pl", "w4-faktura-nip-przeprowadzka-biura", "Beata Walczak <b.walczak@graf-studio.example>", "faktura za przeprowadzkę biura", "billing", "",
"""Dzień dobry, dostaliśmy paragon za przeprowadzkę biura z 8 czerwca, a
potrzebujemy faktury VAT na firmę. Dane: Graf Studio sp. z o.o., ul.
Polna 3, 60-535 Poznań, NIP 779-000-12-34. Czy mogą Państwo ją wystawić
do paragonu?
Beata Walczak"""),
("pl", "w4-wycena-wideo-nie-laczy", "Kamil Szymański <kamil.szym@example.net>", "wycena online", "technical", "",
"""Czesc, umowilem sie na wycene przez wideo na dzis 17:30. Klikam w link
z SMSa i strona caly czas pokazuje "laczenie z doradca..." a potem
"brak dostepu do kamery", chociaz dalem zgode w przegladarce. Telefon
Android, Chrome. Mozna to zrobic jakos inaczej?"""),
("pl", "w4-kuchenka-gaz-po-przeprowadzce", "Zofia Jankowska <zofia.jankowska@example.com>", "Kuchenka po Państwa wizycie", "technical", "high",
"""Dzień dobry,

Państwa ekipa wczoraj odłączała i podłączała naszą kuchenkę gazową w
nowym mieszkaniu. Od rana w kuchni czuć gaz, mocniej przy samym wężu za
kuchenką. Zakręciłam zawór i otworzyłam okna, gotujemy na czajniku.
Proszę, żeby ktoś przyjechał to sprawdzić i poprawić.

Zofia Jankowska
ul. Kwiatowa 9, Łódź"""),
("pl", "w4-pianino-czy-przewozicie", "Dawid Lis <dawid.lis@example.com>", "pianino", "general", "",
"""Dzien dobry, czy przewozicie pianina? Mam stare pianino Calisia, mniej
wiecej 250 kg, do przewiezienia z Lublina do Zamoscia, z parteru na
pierwsze pietro (sa schody, 14 stopni). Interesuje mnie ktorys weekend
we wrzesniu.
Dawid"""),
("pl", "w4-ekipa-spoznienie-kierownik", "Wiesław Olszewski <w.olszewski@example.com>", "SKARGA na ekipę", "general", "high",
"""Ekipa miała być o 8:00. Przyjechała o 12:40, bez słowa przeprosin.
Dwóch panów paliło papierosy w naszym nowym mieszkaniu, mimo że żona
prosiła, żeby tego nie robić, a kierowca odzywał się do niej w sposób,
którego nie będę tu przytaczał. Żądam rozmowy z kierownikiem firmy, a
nie z kolejną osobą z biura obsługi. Proszę o telefon 604 117 882.

Wiesław Olszewski"""),
("pl", "w4-podziekowanie-ekipa-pana-grzegorza", "Agnieszka Wójcik <agnieszka.wojcik@example.com>", "Dziękujemy!", "general", "",
"""Dzien dobry,

chcialam tylko podziekowac ekipie pana Grzegorza, ktora w sobote
przewozila nas z Gdanska do Gdyni. Wszystko zapakowane, nic nie
stluczone, nawet szafe z Ikei poskladali z powrotem lepiej niz my ja
kiedys. A na koniec jeszcze wniesli kwiaty na balkon. Polecimy
znajomym.

Agnieszka z rodzina"""),
("pl", "w4-magazyn-pudla-termin", "Marek Dąbrowski <marek.dabrowski@example.com>", "przechowanie rzeczy", "general", "",
"""Dzień dobry,

nasze rzeczy stoją u Państwa w magazynie od kwietnia, bo remont się
przeciągnął. Chcielibyśmy zabrać jeden karton z dokumentami (podpisany
"biuro - segregatory"). Czy można przyjechać i go wyjąć, czy trzeba
umawiać przewóz? Jakie są godziny magazynu?

Marek Dąbrowski"""),
# ---------------- kontenery i kasacja aut ----------------
("pl", "w4-kontener-ciezszy-o-250", "Leszek Nowak <leszek.nowak@example.com>", "kontener KP7", "billing", "",
"""witam, zamawialem kontener 7m3 na gruz za 690 zl. dzis przyszedl sms ze
do zaplaty jest jeszcze 250 zl bo "przekroczona waga". nikt nie mowil
o zadnym limicie wagi przy zamowieniu, a wrzucilismy tylko plytki z
lazienki i troche tynku. za co te 250?"""),
("pl", "w4-kasacja-auta-mniej-niz-obiecane", "Grzegorz Pawłowski <g.pawlowski@example.com>", "Odbiór Opla Astry", "billing", "",
"""Dzień dobry,

przez telefon usłyszałem, że za moją Astrę (2004, kompletna, na
chodzie) dostanę 600 zł. Laweciarz po odbiorze zapłacił mi 400 zł i
powiedział, że "tyle wyszło z wagi". Umawialiśmy się na konkretną
kwotę, nie na wagę. Brakujące 200 zł proszę przelać na konto, z którego
przyjdzie odpowiedź, albo na podane niżej.

Grzegorz Pawłowski
PL 12 1090 0000 0000 0000 0000 0000"""),
("pl", "w4-zaswiadczenie-o-demontazu-brak", "Halina Kowalczyk <halina.kowalczyk@example.com>", "Zaświadczenie o demontażu", "general", "",
"""Dzień dobry,

2 tygodnie temu zabraliście ode mnie starego Fiata Punto do kasacji.
Kierowca powiedział, że zaświadczenie o demontażu pojazdu przyjdzie
pocztą, ale nic nie dostałam, a w wydziale komunikacji mówią, że bez
tego nie wyrejestruję auta i dalej muszę płacić OC. Czy mogą Państwo
wysłać je jeszcze raz albo mailem?

Halina Kowalczyk"""),
("pl", "w4-formularz-kod-pocztowy-kontener", "Krzysztof Michalak <krzys.michalak@example.com>", "Strona", "technical", "",
"""Dzien dobry, probuje zamowic kontener przez strone, ale po wpisaniu
kodu pocztowego 32-080 pokazuje sie "Brak obslugi w tym rejonie", a
przeciez na mapie Zabierzow jest zaznaczony jako obslugiwany. Sasiad
zamawial u Was w zeszlym miesiacu. Cos nie tak z formularzem?"""),
("pl", "w4-kontener-przy-placu-zabaw", "Renata Wilk <renata.wilk@example.com>", "Kontener przy ul. Brzozowej", "general", "high",
"""Dzień dobry,

Wasz kontener postawiony przy ul. Brzozowej 4 stoi tuż przy wejściu na
osiedlowy plac zabaw. Z boku wystaje mu zardzewiała, ostra blacha, a
dzieci wspinają się na niego, bo jest pełny do połowy i da się wejść.
Jedno już rozcięło sobie rękę. Proszę o jak najszybsze przestawienie
albo zabezpieczenie go.

Renata Wilk
administratorka wspólnoty"""),
("pl", "w4-aplikacja-sledzenie-lawety", "Oskar Jasiński <oskar.jasinski@example.net>", "aplikacja", "technical", "",
"""Hej, mialem dostac link do sledzenia lawety ktora ma odebrac auto do
kasacji. Link otwiera sie w aplikacji, ale mapa jest szara i po paru
sekundach aplikacja sie zamyka. Zainstalowalem od nowa, nic.
iPhone 12. Oskar"""),
("pl", "w4-kontener-nie-przyjechal-bank", "Sylwia Lewandowska <sylwia.lewandowska@example.com>", "Zamówienie K-20931", "billing", "high",
"""Zamówiłam i opłaciłam kartą kontener na odpady wielkogabarytowe na
sobotę 8 czerwca, 540 zł. Nikt nie przyjechał, telefon pod numerem ze
strony nie odpowiada, na maile cisza. Złożyłam już w banku reklamację
tej transakcji i wniosek o chargeback, tak żebyście wiedzieli. Jeśli
oddacie pieniądze wcześniej, wycofam ją.

Sylwia Lewandowska"""),
("pl", "w4-auto-bez-dowodu-rejestracyjnego", "Jan Zając <jan.zajac@example.com>", "pytanie", "general", "",
"""dzien dobry czy odbieracie auto do kasacji jak nie ma dowodu
rejestracyjnego. tata zmarl a dowodu nie mozemy znalezc, karta pojazdu
jest i polisa tez. auto stoi na podworku w Przasnyszu
pozdrawiam Jan"""),
# ---------------- wypożyczalnie narzędzi i sprzętu ----------------
("pl", "w4-kaucja-mlot-nie-wrocila", "Sebastian Kołodziej <seba.kolodziej@example.com>", "kaucja", "billing", "",
"""Dzien dobry, oddalem mlot wyburzeniowy w poniedzialek rano, pracownik
sprawdzil, wszystko ok, podpisal protokol. Kaucja 500 zl miala wrocic
na karte w 3 dni robocze. Mamy piatek nastepnego tygodnia i dalej jej
nie ma. Umowa WN/0612/88.
Sebastian"""),
("pl", "w4-doliczony-dodatkowy-dzien", "Iwona Mazurek <iwona.mazurek@example.com>", "Wypożyczenie szlifierki do podłóg", "billing", "",
"""Dzień dobry,

wypożyczyłam cykliniarkę w sobotę o 9:00 na dobę i oddałam ją w
niedzielę o 8:40, czyli przed czasem - mam zdjęcie paragonu przyjęcia z
godziną. Na rachunku końcowym są jednak dwie doby, 2 x 180 zł. Proszę o
skorygowanie i zwrot 180 zł.

Iwona Mazurek"""),
("pl", "w4-cykliniarka-gasnie", "Paweł Krawczyk <pawel.krawczyk@example.com>", "cykliniarka gaśnie", "technical", "",
"""Dzien dobry, wypozyczona u Was wczoraj cykliniarka bebnowa chodzi
jakies 2-3 minuty i gasnie. Po chwili da sie ja znow wlaczyc i znowu to
samo. Przedluzacza nie uzywam, podpieta bezposrednio do gniazdka 16A w
garazu. Pracownik mowil, zeby w razie czego pisac. Mam pol pokoju
zrobione, co robic?
Pawel"""),
("pl", "w4-myjka-kopnal-prad", "Marta Kwiatkowska <marta.kwiatkowska@example.com>", "Myjka ciśnieniowa nr 114", "technical", "high",
"""Dzień dobry,

piszę spokojnie, ale sprawa jest poważna. Mąż mył kostkę wypożyczoną
od Państwa myjką ciśnieniową i przy dotknięciu metalowej części lancy
poczuł mocne kopnięcie prądem, aż puścił pistolet. Nic mu nie jest,
ale ręka mrowiła go do wieczora. Myjkę odłączyliśmy i nie używamy.
Proszę ją odebrać i sprawdzić, zanim trafi do kolejnej osoby.

Marta Kwiatkowska"""),
("pl", "w4-niwelator-piszczy", "Łukasz Baran <lukasz.baran@example.net>", "niwelator laserowy", "technical", "",
"""czesc, niwelator krzyzowy z wypozyczalni caly czas piszczy i miga, linia
nie chce sie ustawic nawet jak stoi na statywie na rownej posadzce.
bateria pelna. moze jest jakas blokada transportowa ktorej nie widze?"""),
("pl", "w4-rusztowanie-sobota-dowoz", "Adam Czerwiński <adam.czerwinski@example.com>", "Rusztowanie", "general", "",
"""Dzień dobry, czy rusztowanie warszawskie (ok. 60 m2) da się u Was
zamówić z dowozem na sobotę rano pod Piaseczno? I do której jest
czynna wypożyczalnia w soboty, jakbym jednak miał odebrać sam
przyczepką?
Adam Czerwiński"""),
("pl", "w4-zmiana-nabywcy-na-fakturze", "Grażyna Sadowska <ksiegowosc@sadowski-bud.example>", "FV 2024/06/311 - błędny nabywca", "billing", "",
"""Dzień dobry,

na fakturze FV 2024/06/311 za wynajem minikoparki wpisano jako nabywcę
prywatnie naszego pracownika, który odbierał sprzęt, zamiast firmy.
Proszę o korektę: Sadowski-Bud Sp. j., ul. Kolejowa 18, 26-600 Radom,
NIP 796-000-45-67.

Grażyna Sadowska
Księgowość"""),
("pl", "w4-agregat-festyn-bez-pradu", "Fundacja Nasze Podwórko <festyn@naszepodworko.example>", "AGREGAT - FESTYN BEZ PRĄDU", "technical", "high",
"""Dzień dobry, agregat 20 kVA wypożyczony od Was na dzisiejszy festyn
gminny zgasł godzinę temu i nie chce zapalić - rozrusznik kręci, silnik
nie łapie, paliwo jest. Stoi 40 stoisk z jedzeniem bez prądu, scena
bez nagłośnienia, a za godzinę koncert. Proszę o pilny przyjazd
serwisanta albo drugi agregat.

Michał Nowicki
tel. 698 220 515"""),
# ---------------- ubezpieczenia domu ----------------
("pl", "w4-skladka-dom-480-na-620", "Jerzy Kamiński <jerzy.kaminski@example.com>", "Polisa mieszkaniowa - odnowienie", "billing", "",
"""Szanowni Państwo,

w zeszłym roku za ubezpieczenie domu płaciłem 480 zł. W propozycji
odnowienia jest 620 zł, przy tym samym zakresie i tej samej sumie
ubezpieczenia. Nie zgłaszałem żadnej szkody. Skąd ta różnica? Jeśli nie
da się tego obniżyć, proszę o informację, do kiedy mogę zrezygnować z
odnowienia.

Jerzy Kamiński"""),
("pl", "w4-dom-sprzedany-polisa", "Barbara Szewczyk <barbara.szewczyk@example.com>", "polisa DOM/55120", "billing", "",
"""Dzien dobry,

dom w Legionowie zostal sprzedany, akt notarialny podpisany 3 czerwca,
nowi wlasciciele maja juz swoje ubezpieczenie. Nasza polisa DOM/55120
nie ma juz czego chronic. Prosze o jej zakonczenie od dnia sprzedazy i
oddanie skladki za pozostale miesiace na konto, z ktorego placilismy.

Barbara Szewczyk"""),
("pl", "w4-cesja-polisy-na-bank", "Adrian Wróbel <adrian.wrobel@example.com>", "Cesja na bank", "general", "",
"""Dzień dobry, bank, w którym mam kredyt hipoteczny, wymaga zaświadczenia
o cesji praw z polisy mieszkaniowej na ich rzecz (nr polisy M/882014).
Czy mogą Państwo takie zaświadczenie wystawić i wysłać mi PDF-em? Bank
daje mi czas do końca miesiąca.

Adrian Wróbel"""),
("pl", "w4-kod-sms-nie-przychodzi", "Ewa Piotrowska <ewa.piotrowska@example.com>", "Logowanie", "technical", "",
"""Nie moge zalogowac sie do portalu klienta. Login i haslo przechodza,
ale kod SMS nie przychodzi - klikalam "wyslij ponownie" piec razy.
Numer telefonu jest ten sam od lat (konczy sie na 418). Inne SMS-y
dostaje normalnie.
Ewa Piotrowska"""),
("pl", "w4-odszkodowanie-zalanie-rzecznik", "Stanisław Adamski <s.adamski@example.com>", "Szkoda nr SZ/2024/11873 - odwołanie", "billing", "high",
"""Szanowni Państwo,

w marcu pękła rura w łazience i zalała dwa pomieszczenia. Kosztorys
firmy remontowej opiewa na 18 700 zł, Państwo wypłacili 4 150 zł,
bez rozbicia na pozycje i bez uzasadnienia, poza ogólnikiem "stopień
zużycia". Moje odwołanie z 15 kwietnia zostało bez odpowiedzi.

Jeżeli w ciągu 14 dni nie otrzymam pisemnego uzasadnienia i dopłaty,
złożę skargę do Rzecznika Finansowego, a następnie sprawa trafi do
sądu. Działam już z radcą prawnym.

Stanisław Adamski"""),
("pl", "w4-aplikacja-zdjecia-szkody-crash", "Kinga Mroczek <kinga.mroczek@example.net>", "apka sie wywala", "technical", "",
"""nie chodzi o wyplate, tylko o to ze nie moge jej nawet zglosic: w
aplikacji przy zglaszaniu szkody (grad, dach i auto pod wiata) jak
dodaje trzecie zdjecie to aplikacja sie zamyka. dwa przechodza. mam
jeszcze 6 zdjec do wyslania. samsung a52"""),
("pl", "w4-zmiana-nazwiska-po-slubie", "Aleksandra Nowak-Pietras <ola.nowakpietras@example.com>", "Zmiana danych", "general", "",
"""Dzień dobry,

w maju wzięłam ślub i zmieniłam nazwisko z Pietras na Nowak-Pietras.
Proszę o zmianę danych na polisie mieszkaniowej i w koncie klienta.
Adres i numer telefonu bez zmian. Czy potrzebują Państwo skanu nowego
dowodu?

Aleksandra Nowak-Pietras"""),
("pl", "w4-assistance-gniazdko-iskrzy", "Ryszard Majewski <ryszard.majewski@example.com>", "Assistance domowe - nikt nie przyjechał", "technical", "high",
"""Dzień dobry,

mam w polisie assistance z elektrykiem. Wczoraj wieczorem gniazdko w
kuchni zaczęło iskrzyć przy włączaniu czajnika, osmalona obudowa,
czuć było spaleniznę. Wyłączyłem bezpiecznik od tego obwodu, więc
kuchnia jest bez prądu, lodówka też. Zgłoszenie przyjęto o 20:15 (nr
AS-44102), obiecano elektryka "w ciągu 4 godzin" i do teraz nikt się
nie pojawił ani nie zadzwonił.

Ryszard Majewski, Bydgoszcz"""),
# ---------------- ubezpieczenia turystyczne ----------------
("pl", "w4-polisa-kupiona-dwa-razy", "Magdalena Jabłońska <magda.jablonska@example.com>", "Polisa na Chorwację", "billing", "",
"""Dzień dobry, kupując polisę na wyjazd do Chorwacji (4 osoby,
12-26.07) strona zawiesiła się na płatności, więc kliknęłam jeszcze raz.
Teraz mam dwie polisy z różnymi numerami i dwa razy po 236 zł mniej na
koncie. Potrzebuję tylko jednej. Numery: TR-771204 i TR-771209.
Magda"""),
("pl", "w4-wyjazd-odwolany-skladka", "Norbert Górecki <norbert.gorecki@example.com>", "wyjazd nie dochodzi do skutku", "billing", "",
"""Dzien dobry,

biuro podrozy odwolalo nasz wyjazd do Egiptu (wrzesien), dostalismy juz
od nich pieniadze z powrotem. Zostala jeszcze polisa, ktora kupilem u
Was osobno za 312 zl - nr TR-640081. Skoro nigdzie nie jedziemy, co z
tymi pieniedzmi? Polisa jeszcze sie nie zaczela.

Norbert Górecki"""),
("pl", "w4-koszty-leczenia-grecja-prawnik", "Wanda Krajewska <wanda.krajewska@example.com>", "Zwrot kosztów leczenia - sprawa TR-598771", "billing", "high",
"""Szanowni Państwo,

w sierpniu mój mąż trafił do prywatnej kliniki na Krecie z zapaleniem
wyrostka. Centrum alarmowe nie odbierało przez dwie godziny, więc
zapłaciliśmy za zabieg sami: 3 400 euro. Wszystkie rachunki i wypis
wysłaliśmy w październiku. Do dziś nie dostaliśmy ani grosza, a
kolejne pisma mówią tylko, że "sprawa jest w analizie".

Sprawę przekazałam adwokatowi. Jeśli do końca miesiąca nie będzie
decyzji i wypłaty, wystąpimy na drogę sądową.

Wanda Krajewska"""),
("pl", "w4-pdf-polisy-pusty", "Bartosz Wieczorek <bartosz.wieczorek@example.net>", "pusty PDF", "technical", "",
"""Dzien dobry, po zakupie polisy klikam "Pobierz polise" i sciaga sie
plik PDF, ktory ma 0 KB i nie da sie go otworzyc. Ten sam link z maila
to samo. Wylot w czwartek, chcialbym miec polise wydrukowana.
Bartosz"""),
("pl", "w4-aplikacja-polisa-nieaktywna", "Karolina Duda <karolina.duda@example.com>", "Polisa pokazuje się jako nieaktywna", "technical", "",
"""Dzień dobry,

jestem teraz w Portugalii, polisa ważna od 1 do 21 czerwca. W aplikacji
przy polisie widnieje czerwony napis "nieaktywna" i przycisk "Zadzwoń
do centrum alarmowego" jest wyszarzony. Na szczęście nic mi nie jest,
ale chcę mieć pewność, że to zadziała, gdybym potrzebowała.
Wylogowałam się i zalogowałam ponownie - bez zmian.

Karolina Duda"""),
("pl", "w4-narty-czy-obejmuje", "Mateusz Ostrowski <mateusz.ostrowski@example.com>", "pytanie przed zakupem", "general", "",
"""hej, patrze na wariant Komfort za 89 zl na tydzien w Austrii. czy on
obejmuje narciarstwo poza trasa, czy tylko na trasach? i czy w razie
czego jest tam ratownictwo gorskie/helikopter czy trzeba dokupic
rozszerzenie? dzieki
Mateusz"""),
("pl", "w4-zaswiadczenie-po-angielsku-wiza", "Oksana Melnyk <oksana.melnyk@example.com>", "Certificate of insurance", "general", "",
"""Dzień dobry,

do wniosku wizowego do Wielkiej Brytanii potrzebuję zaświadczenia o
ubezpieczeniu w języku angielskim, z moim imieniem i nazwiskiem, datami
i sumą ubezpieczenia kosztów leczenia. Polisa TR-702311. Czy mogą mi
Państwo takie wystawić?

Dziękuję
Oksana Melnyk"""),
("pl", "w4-tata-szpital-turcja-kierownik", "Dominik Urbański <dominik.urbanski@example.com>", "Centrum alarmowe nie oddzwania - żądam kontaktu z przełożonym", "general", "high",
"""Mój ojciec (Henryk Urbański, polisa TR-685502) od trzech dni leży w
szpitalu w Antalyi po zawale. Szpital czeka na potwierdzenie od Państwa
centrum alarmowego, żeby ustalić dalsze postępowanie i transport do
Polski. Dzwoniłem sześć razy, za każdym razem "przekażemy sprawę
opiekunowi", który nie oddzwania.

Żądam, żeby dziś skontaktowała się ze mną osoba odpowiedzialna za tę
sprawę, kierownik zespołu albo ktoś wyżej. Tel. 601 339 210.

Dominik Urbański"""),
# ---------------- ubezpieczenia aut i pomoc drogowa ----------------
("pl", "w4-oc-auto-sprzedane-przedluzone", "Tadeusz Wróblewski <tadeusz.wroblewski@example.com>", "OC WX 41207", "billing", "",
"""Dzień dobry,

Skodę o numerze WX 41207 sprzedałem w kwietniu, umowę kupna-sprzedaży
przesłałem Państwu mailem zaraz potem. Mimo to polisa OC przedłużyła
się automatycznie na kolejny rok i z konta zeszła pierwsza rata 412 zł.
Nie mam już tego samochodu. Proszę o anulowanie i oddanie tych
pieniędzy.

Tadeusz Wróblewski"""),
("pl", "w4-druga-rata-zeszla-dwa-razy", "Izabela Kozłowska <iza.kozlowska@example.com>", "raty", "billing", "",
"""Dzien dobry, placę za AC w 4 ratach. Druga rata 287,50 zl zeszla mi z
konta 10 i 11 czerwca, czyli dwa razy. W aplikacji pokazuje tylko jedna
wplate. Prosze o sprawdzenie i oddanie nadplaty, albo zaliczenie jej na
trzecia rate - jak wam latwiej.
Iza"""),
("pl", "w4-kalkulator-oc-blad", "Maciej Sobczak <maciej.sobczak@example.net>", "Kalkulator nie liczy", "technical", "",
"""Dzień dobry,

w kalkulatorze OC na stronie po wpisaniu numeru VIN i daty pierwszej
rejestracji dostaję "Wystąpił błąd. Spróbuj ponownie później". Tak jest
od trzech dni, z różnych przeglądarek. Auto to Toyota Yaris 2019,
nic egzotycznego.

Maciej"""),
("pl", "w4-telematyka-zero-km", "Paulina Kalinowska <paulina.kalinowska@example.com>", "Aplikacja Bezpieczny Kierowca", "technical", "",
"""Dzień dobry, mam zniżkę za jazdę z aplikacją Bezpieczny Kierowca. Od
tygodnia aplikacja pokazuje przy każdej trasie 0 km i "brak danych",
chociaż jeżdżę codziennie do pracy 30 km. Lokalizację i Bluetooth mam
włączone na stałe. Boję się, że stracę zniżkę.
Paulina"""),
("pl", "w4-nadajnik-obd-pali-sie", "Wojciech Mazur <wojciech.mazur@example.com>", "Nadajnik w gnieździe OBD", "technical", "high",
"""Dzień dobry,

w ramach programu zniżek dostałem od Państwa nadajnik do gniazda OBD.
Dziś po jeździe poczułem w aucie swąd topionego plastiku. Nadajnik był
tak gorący, że nie dało się go utrzymać w palcach, a obudowa przy
wtyczce jest wyraźnie nadtopiona. Wyjąłem go i leży w garażu na
betonie. Auto ma dwa miesiące, boję się o instalację.

Wojciech Mazur"""),
("pl", "w4-zaswiadczenie-o-przebiegu-ubezpieczenia", "Celina Kubacka <celina.kubacka@example.com>", "zaświadczenie o szkodowości", "general", "",
"""Dzień dobry, przechodzę do innego ubezpieczyciela i potrzebuję
zaświadczenia o przebiegu ubezpieczenia OC i AC za ostatnie 5 lat
(bezszkodowo). Nr klienta 7720118. Może być mailem.
Celina Kubacka"""),
("pl", "w4-kosztorys-obnizony-rzecznik-finansowy", "Roman Zawadzki <roman.zawadzki@example.com>", "Szkoda komunikacyjna 2024/AC/33018", "billing", "high",
"""Szanowni Państwo,

warsztat wycenił naprawę po kolizji na 9 860 zł brutto na częściach
oryginalnych. Państwa kosztorys to 5 210 zł, z częściami "zamiennikami
jakości P" i stawką roboczogodziny, za którą nikt w Krakowie nie
naprawi auta. Samochód ma 3 lata i jest na gwarancji producenta.

Proszę o ponowne rozpatrzenie i wyrównanie do faktury warsztatu. W
przeciwnym razie kieruję wniosek o interwencję do Rzecznika
Finansowego i pozew do sądu.

Roman Zawadzki"""),
("pl", "w4-pomoc-drogowa-pan-lukasz-dzieki", "Elżbieta Chmielewska <ela.chmielewska@example.com>", "podziękowanie dla kierowcy lawety", "general", "",
"""Dzień dobry,

w niedzielę złapałam gumę na S7 pod Płońskiem, z dwójką dzieci w
samochodzie i bez pojęcia, gdzie jest podnośnik. Pan Łukasz z pomocy
drogowej był po 35 minutach, zmienił koło, sprawdził ciśnienie w
pozostałych i jeszcze dał dzieciom po lizaku. Proszę mu przekazać
ogromne podziękowania.

Elżbieta Chmielewska"""),
# ---------------- rezerwacja egzaminów na prawo jazdy ----------------
("pl", "w4-oplata-rezerwacyjna-dwa-razy", "Natalia Kwiatek <natalia.kwiatek@example.com>", "Rezerwacja egzaminu", "billing", "",
"""Dzień dobry, rezerwowałam przez Was egzamin praktyczny na kat. B w
WORD Katowice. Opłata za rezerwację 39 zł pobrała się dwa razy (BLIK),
a rezerwacja jest jedna, na 24.06. Proszę o oddanie drugiej.
Natalia Kwiatek"""),
("pl", "w4-oplata-za-zmiane-terminu-word-odwolal", "Igor Jakubowski <igor.jakubowski@example.net>", "50 zl za przelozenie??", "billing", "",
"""Czesc, to WORD odwolal moj egzamin (awaria auta egzaminacyjnego, mam
smsa od nich), a wy przy przepisywaniu mnie na nowy termin wzieliscie
50 zl "oplaty za zmiane terminu". Nie ja zmienialem. Oddajcie prosze.
Igor"""),
("pl", "w4-kalendarz-terminow-kreci-sie", "Weronika Pawlak <weronika.pawlak@example.com>", "nie widzę terminów", "technical", "",
"""Dzień dobry,

po wybraniu ośrodka i kategorii kalendarz z wolnymi terminami tylko
się kręci i nic nie wyświetla. Czekałam nawet 10 minut. Koleżanka
mówi, że u niej na innym ośrodku działa. Wybieram WORD Łódź, kat. B,
egzamin praktyczny.

Weronika"""),
("pl", "w4-numer-pkk-nieprawidlowy", "Dariusz Kasprzak <dariusz.kasprzak@example.com>", "PKK", "technical", "",
"""Dzien dobry, przy wpisywaniu numeru PKK dostaje komunikat
"Nieprawidlowy numer PKK", a przepisuje go dokladnie z profilu
kandydata na kierowce, 20 cyfr. Probowalem tez kopiuj-wklej. W WORD
przez telefon mowia, ze profil jest aktywny i wszystko ok.
Dariusz"""),
("pl", "w4-szkola-jazdy-system-nie-dziala", "Ośrodek Szkolenia Kierowców Zakręt <biuro@osk-zakret.example>", "System rezerwacji nie działa - 30 kursantów", "technical", "high",
"""Dzień dobry,

od wczoraj rano nie da się zalogować na konto ośrodka - po podaniu
hasła strona wraca do ekranu logowania bez komunikatu. Mamy 30
kursantów po kursie, którym musimy dziś zarezerwować egzaminy
wewnętrzne i państwowe przed zamknięciem puli na lipiec. Nasi
instruktorzy stoją, kursanci dzwonią co chwilę.

Proszę o pilny kontakt: 22 490 11 73.
Anna Zalewska
OSK Zakręt"""),
("pl", "w4-co-zabrac-na-egzamin", "Kacper Witkowski <kacper.witkowski@example.com>", "egzamin 3 lipca", "general", "",
"""hej, mam egzamin teoretyczny 3 lipca o 10:20. co trzeba ze soba
zabrac? wystarczy dowod osobisty czy trzeba wydrukowac potwierdzenie z
waszej strony? i o ktorej trzeba byc?"""),
("pl", "w4-inny-osrodek-przeprowadzka", "Julia Sowa <julia.sowa@example.com>", "Zmiana ośrodka", "general", "",
"""Dzień dobry,

mam zarezerwowany egzamin w WORD Olsztyn na 19 lipca, ale od lipca
zaczynam pracę w Gdańsku i tam będę mieszkać. Czy mogę przenieść
rezerwację na WORD Gdańsk, czy muszę najpierw przenieść profil
kandydata w starostwie? Nie wiem, w jakiej kolejności to zrobić.

Julia Sowa"""),
("pl", "w4-zdalam-powiadomienia-premium", "Zuzanna Adamczyk <zuza.adamczyk@example.com>", "ZDAŁAM!!!", "billing", "",
"""ZDAŁAM za trzecim razem!!! Dzięki za powiadomienia o wolnych terminach,
bez nich czekałabym do września. Więc już nie będą mi potrzebne - nie
chcę, żeby w lipcu znowu zeszło 19,99 za Premium, niech się to po
prostu skończy.
Zuza"""),
# ---------------- zdjęcia do dokumentów ----------------
("pl", "w4-zdjecia-ekspres-a-zwykle", "Artur Malinowski <artur.malinowski@example.com>", "Zdjęcia ekspres", "billing", "",
"""Dzień dobry,

zamówiłem przez stronę zdjęcia do paszportu z opcją ekspres (dopłata
25 zł, wysyłka w 24 h). Zdjęcia przyszły po pięciu dniach zwykłym
listem. Do urzędu i tak musiałem iść z innymi, zrobionymi na szybko.
Proszę o zwrot dopłaty za ekspres.

Artur Malinowski"""),
("pl", "w4-apka-odrzuca-zdjecie-tlo", "Patrycja Nowicka <patrycja.nowicka@example.net>", "zdjecie do dowodu", "technical", "",
"""robie zdjecie do dowodu w waszej aplikacji i za kazdym razem
"tlo niejednolite, sprobuj ponownie". stoje przy bialych drzwiach w
dzien, bez cieni, probowalam 15 razy. a za ktoryms razem aplikacja sie
zawiesila i trzeba bylo zaczynac od nowa"""),
("pl", "w4-kod-zdjecia-do-wniosku-online", "Mirosław Wiśniewski <miroslaw.wisniewski@example.com>", "Kod do zdjęcia", "technical", "",
"""Dzień dobry, dostałem od Państwa kod zdjęcia cyfrowego do wniosku o
paszport przez internet. Przy wklejaniu go w formularzu na stronie
rządowej wyskakuje "Nie znaleziono zdjęcia o podanym kodzie". Zdjęcie
robione wczoraj w punkcie przy ul. Długiej.
Mirosław Wiśniewski"""),
("pl", "w4-zdjecie-niemowlaka-godziny", "Karolina Majchrzak <karolina.majchrzak@example.com>", "zdjęcie dla 3-miesięcznego dziecka", "general", "",
"""Dzien dobry, czy w punkcie w Galerii Mokotow robicie zdjecia do
paszportu dla niemowlat? Synek ma 3 miesiace i nie trzyma jeszcze
dobrze glowki. I w jakich godzinach jest czynne w sobote?
Karolina"""),
("pl", "w4-faktura-zdjecia-pracownicy", "Kadry - Transbud <kadry@transbud.example>", "Faktura za zdjęcia", "billing", "",
"""Dzień dobry, 12 czerwca robiliśmy u Państwa zdjęcia do legitymacji
służbowych dla 9 pracowników, płacone kartą firmową, 9 x 35 zł.
Potrzebujemy faktury na firmę: Transbud S.A., NIP 521-000-88-11, adres
ul. Przemysłowa 22, 03-222 Warszawa.
Pozdrawiam, Lena Olszak"""),
("pl", "w4-usuniecie-zdjec-rodo", "Filip Szczepański <filip.szczepanski@example.com>", "Moje zdjęcia", "general", "",
"""Dzień dobry,

w marcu robiłem u Was zdjęcia do dowodu i wyraziłem wtedy zgodę na
przechowanie plików "na wypadek dodruku". Nie potrzebuję już
dodruków. Proszę o trwałe usunięcie moich zdjęć i danych z Waszego
systemu oraz potwierdzenie mailowe, że to zrobiono.

Filip Szczepański"""),
("pl", "w4-trzy-razy-pobrane-reklamacja-bank", "Angelika Pietrzak <angelika.pietrzak@example.com>", "Reklamacja płatności", "billing", "high",
"""Za jeden komplet zdjęć biometrycznych (35 zł) zeszło mi z karty trzy
razy po 35 zł, 12.06 o 14:02, 14:02 i 14:03. Dwa tygodnie temu pisałam
o tym na czacie i dostałam tylko numer zgłoszenia. Złożyłam dziś
reklamację w banku dotyczącą dwóch nadmiarowych transakcji. Proszę nie
odpisywać mi znowu szablonem.
Angelika Pietrzak"""),
("pl", "w4-automat-rozowy-pas", "Henryk Laskowski <henryk.laskowski@example.com>", "Fotoautomat Dworzec Centralny", "technical", "",
"""Dzien dobry,

nie chodzi mi o pieniadze, zdjecia i tak zrobilem w innym miejscu. Ale
wasz fotoautomat na Dworcu Centralnym (przy wyjsciu na Emilii Plater)
drukuje wszystkie zdjecia z rozowym pasem przez srodek twarzy. Za mna
stala pani, ktorej zrobil to samo. Ktos powinien go naprawic.

Henryk Laskowski"""),
# ---------------- optycy internetowi ----------------
("pl", "w4-kod-rabatowy-okulary-nie-zadzialal", "Marzena Głowacka <marzena.glowacka@example.com>", "Zamówienie OK-50218", "billing", "",
"""Dzień dobry,

przy zamówieniu oprawek z soczewkami wpisałam kod z newslettera LATO20
(-20%). Koszyk pokazał 552 zł, ale z karty zeszło 690 zł, a na
potwierdzeniu nie ma śladu rabatu. Proszę o zwrot różnicy, 138 zł.

Marzena Głowacka"""),
("pl", "w4-soczewki-po-laserze", "Konrad Bielecki <konrad.bielecki@example.net>", "Soczewki co miesiąc", "billing", "",
"""Dzien dobry, w maju mialem laserowa korekcje wzroku i wszystko sie
udalo, wiec soczewki miesieczne, ktore przychodza co 30 dni, nie sa mi
juz do niczego potrzebne. Prosze, zeby nic juz nie przychodzilo i zeby
z karty nie schodzilo kolejne 119 zl.
Konrad"""),
("pl", "w4-przymierzalnia-kamera-czarna", "Laura Stasiak <laura.stasiak@example.com>", "Wirtualna przymierzalnia", "technical", "",
"""Dzień dobry, chcę przymierzyć oprawki w wirtualnej przymierzalni, ale
po kliknięciu "Przymierz" zamiast mojej twarzy jest czarny prostokąt.
Kamera działa (sprawdzałam na wideorozmowie), przeglądarka pytała o
dostęp i się zgodziłam. MacBook, Safari.
Laura"""),
("pl", "w4-progresy-rozmazane-prawe-oko", "Henryka Szulc <henryka.szulc@example.com>", "Okulary progresywne", "technical", "",
"""Szanowni Państwo,

tydzień temu dostałam okulary progresywne. Lewym okiem widzę dobrze, ale
prawym wszystko jest rozmazane i do dali, i do czytania, a po godzinie
boli mnie głowa. Mam wrażenie, jakby szkła były zamienione stronami.
Recepta od okulisty jest ta sama, którą przesłałam przy zamówieniu.
Proszę o informację, co mam zrobić.

Henryka Szulc"""),
("pl", "w4-recepta-starsza-niz-2-lata", "Igor Nowakowski <igor.nowakowski@example.com>", "pytanie o receptę", "general", "",
"""hej, mam recepte na okulary z 2021. wzrok chyba sie nie zmienil. czy
moge na nia zamowic u was nowe okulary, czy musi byc nowsza? jak
tak, to czy macie gdzies w Krakowie optometryste z ktorym wspolpracujecie?"""),
("pl", "w4-dzieki-za-szybka-wymiane-oprawki", "Teresa Lipińska <teresa.lipinska@example.com>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam podziękować za błyskawiczną wymianę pękniętej oprawki - w
poniedziałek wysłałam zdjęcie, w czwartek miałam nowe okulary, bez
żadnych dopłat i bez dyskusji. Pani Dominika z czatu była bardzo
pomocna. Dawno nie spotkałam się z taką obsługą.

Teresa Lipińska"""),
("pl", "w4-plyn-do-soczewek-oko-spuchlo", "Oliwia Kaczmarczyk <oliwia.kaczmarczyk@example.com>", "Płyn do soczewek", "technical", "high",
"""Dzień dobry,

od dwóch dni używam płynu do soczewek, który przyszedł w ostatniej
paczce (nowa marka, którą wysłaliście zamiast mojej zwykłej). Dziś
rano po założeniu soczewek oczy zaczęły mocno piec, lewe spuchło i
jest całe czerwone. Zdjęłam soczewki i przepłukałam oczy solą, idę do
okulisty. Na butelce jest inny skład niż w opisie na stronie.

Oliwia Kaczmarczyk"""),
("pl", "w4-zwrot-oprawek-6-tygodni-uokik", "Kamil Rutkowski <kamil.rutkowski@example.com>", "Zwrot OK-48802 - 6 tygodni", "billing", "high",
"""Oprawki odesłałem w ramach 30 dni na zwrot 2 maja. Paczka doręczona
4 maja, mam potwierdzenie od kuriera. 420 zł do dziś nie wróciło, czat
odpisuje "zwrot w trakcie realizacji" od sześciu tygodni.

Jeśli w tym tygodniu pieniądze nie będą na koncie, zgłaszam sprawę do
UOKiK i do rzecznika konsumentów.

Kamil Rutkowski"""),
# ---------------- pudełka kosmetyczne w subskrypcji ----------------
("pl", "w4-czerwcowe-pudelko-ostatnie", "Dominika Wawrzyniak <dominika.wawrzyniak@example.com>", "Moja subskrypcja", "billing", "",
"""Hej,

pudełka są super, ale mam już zapas kosmetyków na pół roku i nie
nadążam ich zużywać. Niech czerwcowe pudełko będzie ostatnim, które do
mnie przyjdzie - od lipca nic już nie pobierajcie.

Dzięki i pozdrawiam,
Dominika"""),
("pl", "w4-pauza-na-wakacje-pudelko", "Agata Kurek <agata.kurek@example.net>", "lipiec i sierpien", "billing", "",
"""czesc, w lipcu i sierpniu wyjezdzam do pracy za granice i nie bedzie
mnie kto odbierac paczek. da sie zawiesic pudelko na te 2 miesiace tak
zeby nie schodzily oplaty, i zeby od wrzesnia znowu przychodzilo
normalnie? nie chce rezygnowac calkiem
Agata"""),
("pl", "w4-skad-79-zl-w-tym-miesiacu", "Sandra Wojciechowska <sandra.wojciechowska@example.com>", "???", "billing", "",
"""W maju kliknęłam na koncie "zakończ subskrypcję" i dostałam maila, że
"przykro nam, że odchodzisz". To skąd 79 zł, które zeszło mi wczoraj z
konta z Waszą nazwą? Pudełka też nie chcę, jak przyjdzie to odeślę.
Sandra W."""),
("pl", "w4-link-reset-hasla-wygasl", "Natalia Chojnacka <natalia.chojnacka@example.com>", "Nie mogę się zalogować", "technical", "",
"""Dzien dobry, chce zmienic w profilu odcien podkladu, ale nie pamietam
hasla. Klikam "nie pamietam hasla", przychodzi mail, a link od razu
pokazuje "Link wygasl lub zostal juz uzyty", nawet jak klikam go w
minute po otrzymaniu. Probowalam 4 razy.
Natalia"""),
("pl", "w4-serum-z-pudelka-opuchlizna", "Katarzyna Zalewska <kasia.zalewska@example.com>", "Reakcja na serum z majowego pudełka", "technical", "high",
"""Dzień dobry,

wieczorem nałożyłam serum z witaminą C z majowego pudełka. W nocy
obudziło mnie pieczenie, rano miałam opuchnięte powieki i czerwone
plamy na szyi. Byłam u lekarza, dostałam leki przeciwhistaminowe. W
profilu mam zaznaczone uczulenie na perfumy, a w składzie serum jest
"parfum" i limonene. Reszta osób też może to dostać.

Katarzyna Zalewska"""),
("pl", "w4-czy-pudelko-weganskie", "Ola Marczak <ola.marczak@example.com>", "pytanko przed zamówieniem", "general", "",
"""hej! zastanawiam sie nad pudelkiem za 69 zl na miesiac. czy wszystkie
kosmetyki w srodku sa weganskie i nietestowane na zwierzetach, czy
zdarzaja sie wyjatki? i czy moge wykluczyc np. produkty do wlosow?
Ola"""),
("pl", "w4-punkty-za-recenzje-nie-doszly", "Monika Czaja <monika.czaja@example.com>", "Punkty za recenzje", "general", "",
"""Dzień dobry,

w maju napisałam recenzje wszystkich 6 produktów z pudełka, wszystkie
są widoczne na stronie. Regulamin mówi o 10 punktach za recenzję, a na
koncie przybyło mi 0. Proszę o dopisanie tych 60 punktów.

Monika Czaja"""),
("pl", "w4-quiz-urodowy-aplikacja-crash", "Wiktoria Lis <wiktoria.lis@example.net>", "quiz", "technical", "",
"""aplikacja wylacza sie przy quizie urody na pytaniu o typ skory. za
kazdym razem w tym samym miejscu. mam najnowsza wersje z app store,
iphone 13. bez quizu nie moge ustawic preferencji"""),
# ---------------- kwiaciarnie i prezenty-przeżycia ----------------
("pl", "w4-bukiet-mniejszy-niz-na-zdjeciu", "Robert Kowalewski <robert.kowalewski@example.com>", "Bukiet na rocznicę", "billing", "",
"""Dzień dobry,

zamówiłem bukiet "Róże Premium 25" za 289 zł. Żona dostała bukiet z 11
róż, na dodatek mniejszych, co widać na zdjęciu w załączniku. To
zupełnie inny produkt, dużo tańszy w Waszym własnym sklepie. Proszę o
zwrot różnicy.

Robert Kowalewski"""),
("pl", "w4-voucher-skok-spadochron-wygasl", "Michalina Kozieł <michalina.koziel@example.com>", "Voucher na skok", "billing", "",
"""Dzien dobry, dostalam na urodziny voucher na skok spadochronowy za 899
zl, wazny do 31 maja. Dwa terminy odwolano przez pogode (mam maile) i
voucher wygasl. Czy moge dostac przedluzenie albo zamiane na inne
przezycie o tej samej wartosci? Szkoda zeby te pieniadze przepadly.
Michalina"""),
("pl", "w4-wieniec-pogrzeb-nie-dotarl-kierownik", "Stefan Domański <stefan.domanski@example.com>", "Wieniec na pogrzeb mamy", "billing", "high",
"""Zamówiłem wieniec za 420 zł na pogrzeb mojej mamy, sobota 11:00,
cmentarz na Rakowicach. Potwierdzenie miałem w piątek. Wieniec nie
dotarł. Nikt nie zadzwonił, nikt nie przeprosił. Rodzina stała przy
grobie bez kwiatów od syna.

Nie chcę kolejnego kuponu. Chcę zwrotu całej kwoty i rozmowy z
właścicielem albo kierownikiem kwiaciarni. Tel. 605 410 227.

Stefan Domański"""),
("pl", "w4-balon-blad-500-termin", "Daniel Szymczak <daniel.szymczak@example.com>", "Rezerwacja lotu balonem", "technical", "",
"""Dzien dobry, probuje zarezerwowac termin lotu balonem z vouchera. Po
wybraniu daty i kliknieciu "Potwierdz" pojawia sie "Blad 500 -
Internal Server Error". Probowalem roznych dat i roznych przegladarek,
od wczoraj zawsze to samo.
Daniel Szymczak"""),
("pl", "w4-bilecik-krzaczki-zamiast-liter", "Jadwiga Konieczna <jadwiga.konieczna@example.com>", "bilecik do kwiatów", "technical", "",
"""Dzień dobry,

wpisuję w formularzu treść bilecika "Kochanej Babci Józi - wnuczęta",
a w podglądzie wychodzi "Kochanej Babci J??zi - wnucz??ta". Nie chcę,
żeby babcia dostała krzaczki. Da się to jakoś poprawić, zanim złożę
zamówienie?

Jadwiga"""),
("pl", "w4-kwiaty-do-szpitala-niedziela", "Bogusław Michalski <boguslaw.michalski@example.com>", "dostawa w niedziele", "general", "",
"""Dzien dobry, czy dostarczacie kwiaty w niedziele? Chcialbym wyslac
bukiet zonie do szpitala na Banacha w Warszawie, lezy na ortopedii. Czy
kurier zostawi na oddziale, czy trzeba ktos musi zejsc na dol?
Boguslaw"""),
("pl", "w4-bukiet-dla-mamy-zachwyt", "Klaudia Zawisza <klaudia.zawisza@example.com>", "Bukiet dla mamy", "general", "",
"""Dzień dobry!

Mama dostała wczoraj Wasz bukiet z piwoniami i dzwoniła do mnie cała
wzruszona, że takich kwiatów nie dostała od lat. Stoją już trzeci dzień
jak nowe. Ja mieszkam w Irlandii, więc to dla mnie dużo znaczy.
Dziękuję!

Klaudia"""),
("pl", "w4-quady-dziecko-bez-kasku", "Piotr Grabowski <piotr.grabowski@example.com>", "Przejażdżka quadami - bezpieczeństwo", "general", "high",
"""Dzień dobry,

w sobotę byliśmy z voucherem na przejażdżce quadami w Państwa ośrodku
partnerskim pod Mrągowem. Instruktor pozwolił 10-letniemu chłopcu z
innej rodziny jeździć samemu na dużym quadzie bez kasku, po trasie z
dorosłymi, i nikt nie reagował, gdy mały wjechał prawie pod nasz pojazd.
Zgłaszam to, zanim komuś stanie się krzywda. Proszę o informację, co
Państwo z tym zrobią.

Piotr Grabowski"""),
# ---------------- escape roomy i kręgielnie ----------------
("pl", "w4-kregielnia-dwa-tory-jeden", "Łukasz Zieliński <lukasz.zielinski@example.net>", "Rezerwacja KR-3391", "billing", "",
"""Dzien dobry, na piatek 19:00 zarezerwowalem i oplacilem z gory dwa
tory na 2 godziny, 2 x 160 zl. Na miejscu dostalismy jeden tor, bo
"drugi jest w naprawie", i gralismy w 10 osob na jednym. Zaplacilem za
dwa, wiec prosze oddac 160 zl za ten, ktorego nie bylo.
Lukasz"""),
("pl", "w4-karta-podarunkowa-kregle-zero", "Małgorzata Szymańska <malgorzata.szymanska@example.com>", "Karta podarunkowa", "billing", "",
"""Dzień dobry,

na karcie podarunkowej do kręgielni (nr 6600 1187) po ostatniej wizycie
zostało 80 zł - kelner tak powiedział i jest to na paragonie. Dziś przy
kasie karta pokazała saldo 0 zł. Nie używałam jej w międzyczasie. Gdzie
podziało się 80 zł?

Małgorzata Szymańska"""),
("pl", "w4-zaliczka-integracja-odwolana", "Dział HR - Softlab <hr@softlab.example>", "Impreza integracyjna 27.06 - zaliczka", "billing", "",
"""Dzień dobry,

odwołujemy naszą rezerwację czterech pokoi escape room + sali na
imprezę integracyjną 27 czerwca (niestety budżet został obcięty).
Wpłaciliśmy 1 000 zł zaliczki, a odwołujemy 5 tygodni przed terminem,
czyli zgodnie z regulaminem przysługuje nam pełny zwrot. Proszę o
przelew na rachunek firmowy, z którego wpłacaliśmy.

Pozdrawiam
Joanna Lis, HR"""),
("pl", "w4-kalendarz-wszystko-zajete", "Adrian Pawlik <adrian.pawlik@example.com>", "rezerwacja pokoju", "technical", "",
"""Dzień dobry,

w kalendarzu rezerwacji wszystkie godziny w pokoju "Więzienie" na
najbliższe dwa tygodnie świecą się na szaro jako zajęte. Zadzwoniłem i
pani powiedziała, że w sobotę jest mnóstwo wolnych terminów, tylko
"strona coś wariuje". Przez telefon rezerwacji nie przyjmujecie, więc
nie mam jak zarezerwować.

Adrian Pawlik"""),
("pl", "w4-escape-room-iskry-z-panelu", "Ewa Laskowska <ewa.laskowska@example.com>", "Pokój Laboratorium - iskry", "general", "high",
"""Dzień dobry,

wczoraj o 18:00 graliśmy w pokoju "Laboratorium" z czwórką nastolatków.
Przy naciskaniu przycisków na dużym panelu sterowania z tyłu poszły
iskry i pojawił się dym. Zgłosiliśmy to przez krótkofalówkę, a
prowadzący powiedział, żebyśmy po prostu nie dotykali tego panelu i
grali dalej. Uważam, że pokój powinien zostać zamknięty do czasu
sprawdzenia przez elektryka.

Ewa Laskowska"""),
("pl", "w4-escape-room-12-latki-urodziny", "Beata Król <beata.krol@example.com>", "Urodziny syna", "general", "",
"""dzien dobry, od ilu lat mozna grac w wasze pokoje bez doroslego w
srodku? syn konczy 12 lat i chcialby z 5 kolegami zagrac w "Klatwe
Faraona". jesli musi byc dorosly, to czy liczy sie on do limitu 6 osob?
Beata"""),
("pl", "w4-kurtka-zostawiona-kregielnia", "Mikołaj Wieczorek <mikolaj.wieczorek@example.com>", "zgubiona kurtka", "general", "",
"""Dzień dobry, w sobotę wieczorem zostawiłem chyba kurtkę na wieszaku
przy torze nr 6 - granatowa, The North Face, rozmiar L, w kieszeni
klucze z brelokiem Legii. Czy ktoś ją znalazł? Mogę przyjechać w
każdej chwili.
Mikołaj"""),
("pl", "w4-brak-maila-z-potwierdzeniem", "Sara Jakubiak <sara.jakubiak@example.com>", "Nie dostałam potwierdzenia", "technical", "",
"""Dzień dobry,

zarezerwowałam w niedzielę pokój na piątek 20:00 i pieniądze zeszły,
ale mail z potwierdzeniem i kodem wejścia nie przyszedł - w spamie i
ofertach też nie ma. Przy próbie "wyślij ponownie" strona pokazuje
"Nie znaleziono rezerwacji dla podanego adresu". Adres na pewno
wpisałam dobrze, bo na niego przyszedł mail z banku.

Sara Jakubiak"""),
# ---------------- sale zabaw i urodziny dla dzieci ----------------
("pl", "w4-zaliczka-urodziny-dziecko-chore", "Anna Kalinowska <anna.kalinowska@example.com>", "Urodziny Leny 22.06", "billing", "",
"""Dzień dobry,

niestety Lena ma ospę i urodziny w sobotę się nie odbędą. Wpłaciliśmy
300 zł zaliczki. Czy możemy ją odzyskać albo przenieść na termin za
miesiąc? Mogę przesłać zaświadczenie od lekarza.

Anna Kalinowska"""),
("pl", "w4-11-dzieci-zamiast-15", "Tomek Borowski <tomek.borowski@example.net>", "rozliczenie urodzin", "billing", "",
"""hej, na urodziny zglaszalismy 15 dzieci, ale przyszlo 11 i pani na
miejscu zapisala 11 na karcie. umowa mowi, ze placimy za faktyczna
liczbe dzieci. a z karty zeszlo za 15, czyli 4 x 65 zl za duzo.
prosze o korekte
Tomek"""),
("pl", "w4-kara-za-sprzatanie-wlasciciel", "Justyna Makowska <justyna.makowska@example.com>", "Dodatkowe 200 zł - proszę o kontakt z właścicielem", "billing", "high",
"""Dzień dobry,

po urodzinach syna dopisano nam do rachunku 200 zł "za dodatkowe
sprzątanie", bo dzieci rozsypały konfetti. Konfetti było w pakiecie
"Party Deluxe", który sami nam Państwo sprzedali! Obsługa na miejscu
rozłożyła ręce, a mail na biuro został bez odpowiedzi.

Chcę rozmawiać bezpośrednio z właścicielem sali w sprawie tych 200 zł,
nie z kolejnym pracownikiem. Tel. 693 004 815.

Justyna Makowska"""),
("pl", "w4-formularz-rezerwacji-sali-nic", "Paweł Sikorski <pawel.sikorski@example.com>", "Formularz", "technical", "",
"""Dzień dobry, wypełniam formularz rezerwacji sali na 14 września, a po
kliknięciu "Wyślij" nic się nie dzieje - przycisk szarzeje na sekundę i
wraca do normy, bez żadnego komunikatu. Próbowałem na telefonie i
komputerze. Nie wiem, czy rezerwacja poszła.
Paweł"""),
("pl", "w4-tort-orzechy-alergia-syna", "Marta Jaworska <marta.jaworska@example.com>", "Tort z orzechami mimo zgłoszonej alergii", "general", "high",
"""Szanowni Państwo,

przy rezerwacji urodzin (sobota, sala "Dżungla") pisałam dwukrotnie, że
mój syn ma alergię na orzechy laskowe. Tort z Państwa cukierni miał
krem orzechowy. Syn zjadł kawałek, po kilku minutach dostał
duszności i pokrzywki na twarzy. Podałam adrenalinę z EpiPena,
pojechaliśmy na SOR. Teraz już jest w porządku.

Proszę o wyjaśnienie, jak do tego doszło, i o kontakt osoby
odpowiedzialnej za salę.

Marta Jaworska"""),
("pl", "w4-wlasny-tort-czy-mozna", "Kasia Witek <kasia.witek@example.com>", "Pytanie o tort", "general", "",
"""Dzien dobry, w pakiecie Basic (45 zl od dziecka) nie ma tortu. Czy
moge przyniesc wlasny, z cukierni, i czy macie lodowke, zeby go
przechowac przez 2 godziny? Swieczki i talerzyki przyniose swoje.
Kasia"""),
("pl", "w4-animatorki-super-podziekowania", "Grzegorz Mazurkiewicz <grzegorz.mazurkiewicz@example.com>", "Urodziny Franka", "general", "",
"""Dzien dobry,

Franek do dzis opowiada o swoich urodzinach. Panie animatorki Ola i
Madzia ogarnely 16 szescioletnich dzikusow tak, ze rodzice mogli
spokojnie wypic kawe. Nawet najbardziej niesmialy kolega Franka dal
sie wciagnac do zabawy. Bardzo dziekujemy!

Grzegorz"""),
("pl", "w4-galeria-zdjec-haslo-nie-dziala", "Renata Bąk <renata.bak@example.com>", "zdjęcia z urodzin", "technical", "",
"""Dzień dobry,

dostałam link do galerii zdjęć z urodzin córki (sobota 8.06, sala
"Kosmos") i hasło z SMS-a, ale po wpisaniu hasła strona pisze
"Nieprawidłowe hasło". Przepisywałam je kilka razy, wielkość liter też
sprawdzałam. Inni rodzice mają to samo.

Renata Bąk"""),
# ---------------- mleko modyfikowane i pieluchy w subskrypcji ----------------
("pl", "w4-pieluchy-czemu-30-wiecej", "Justyna Kaczor <justyna.kaczor@example.com>", "lipcowa paczka", "billing", "",
"""Dzien dobry, czemu w tym miesiacu zeszlo 30 zl wiecej niz zwykle? Nic
nie zmienialam, dalej rozmiar 4, 2 paczki. Nie dostalam zadnej
informacji o podwyzce.
Justyna"""),
("pl", "w4-corka-bez-pieluch", "Michał Krajewski <michal.krajewski@example.com>", "Pieluchy", "billing", "",
"""Dzień dobry,

dobre wieści: córka od dwóch tygodni chodzi bez pieluch, nawet w nocy!
W związku z tym kolejne paczki nie będą nam już potrzebne. Proszę, żeby
nic więcej nie przyszło i żeby nie schodziły kolejne opłaty.

Dziękujemy za te dwa lata,
Michał"""),
("pl", "w4-blik-zamiast-karty-pieluchy", "Aneta Wójtowicz <aneta.wojtowicz@example.com>", "Płatność", "billing", "",
"""Dzień dobry, karta, którą mam podpiętą do subskrypcji, wygasa w
lipcu i bank nie wyda nowej od razu. Czy mogę płacić za paczki BLIK-iem
albo przelewem, zamiast karty? Jak to zmienić?
Aneta"""),
("pl", "w4-zmiana-daty-dostawy-wyszarzona", "Emilia Głowacka <emilia.glowacka@example.com>", "Nie mogę zmienić daty", "technical", "",
"""Dzień dobry,

w aplikacji przy najbliższej dostawie przycisk "Zmień datę" jest
wyszarzony i nie da się go kliknąć, a dostawa jest za 9 dni (czyli
powinno się dać). W przeglądarce to samo. Wyjeżdżamy i chciałabym ją
przesunąć o tydzień.

Emilia Głowacka"""),
("pl", "w4-mleko-puszka-kawalek-plastiku", "Katarzyna Sobolewska <katarzyna.sobolewska@example.com>", "Kawałek plastiku w mleku", "technical", "high",
"""Dzień dobry,

w nowej puszce mleka modyfikowanego z czerwcowej dostawy, zaraz pod
folią, znalazłam twardy kawałek przezroczystego plastiku wielkości
paznokcia. Synek ma 4 miesiące i pije z tej puszki od wczoraj
wieczorem. Na szczęście wydaje się, że nic mu nie jest. Puszkę i
plastik odstawiłam. Numer partii z dna: L24117B. Czy inne puszki z tej
partii są bezpieczne?

Katarzyna Sobolewska"""),
("pl", "w4-pieluchy-przeciekaja-nowa-partia", "Daria Krawczyk <daria.krawczyk@example.net>", "pieluchy przeciekaja", "technical", "",
"""hej, od ostatniej paczki pieluchy w rozmiarze 3 przeciekaja bokiem,
prawie za kazdym razem, w nocy i w dzien. wczesniej przez rok nic takiego.
wyglada jakby gumki przy nozkach byly luzniejsze niz w starych. nie
chce zwrotu, chce zeby dzialaly jak przedtem. czy cos sie zmienilo?"""),
("pl", "w4-kurier-u-sasiadki", "Hanna Bielawska <hanna.bielawska@example.com>", "dostawa", "general", "",
"""Dzien dobry, w czwartek nikogo nie bedzie w domu, a pieluchy maja
przyjsc kurierem. Czy kurier moze zostawic paczke u sasiadki spod 5
(p. Wilczynska)? Czy mam to gdzies wpisac, czy wystarczy ten mail?
Hanna"""),
("pl", "w4-logowanie-przez-google-petla", "Igor Malinowski <igor.malinowski@example.com>", "Logowanie Google", "technical", "",
"""Dzień dobry, loguję się na stronie przez "Zaloguj z Google", wybieram
konto, a potem strona wraca na stronę główną i dalej jestem
niezalogowany. Tak w kółko. Wcześniej działało bez problemu. Nie mam
innego hasła, bo zawsze logowałem się przez Google.
Igor"""),
# ---------------- programy lojalnościowe aptek ----------------
("pl", "w4-apteka-punkty-nie-naliczone", "Barbara Kwiatkowska <barbara.kwiatkowska@example.com>", "punkty", "general", "",
"""Dzień dobry, 5 czerwca robiłam zakupy w Waszej aptece przy ul.
Grunwaldzkiej w Gdańsku (ok. 140 zł, witaminy i syrop dla wnuka) i
pokazałam kartę w aplikacji. Punkty się nie doliczyły. Paragon mam.
Czy można je dopisać ręcznie?
Barbara Kwiatkowska"""),
("pl", "w4-apteka-nowy-numer-telefonu", "Zdzisław Nowicki <zdzislaw.nowicki@example.com>", "zmiana telefonu", "general", "",
"""Dzien dobry, zmienilem numer telefonu, stary 601 xxx 212 juz nie
dziala. Nowy to 730 418 552. Prosze o zmiane w karcie klubowej, zeby
SMSy z kuponami przychodzily na nowy. Nr karty 4410 0082 1190.
Zdzislaw Nowicki"""),
("pl", "w4-apteka-rodo-historia-zakupow", "Lucyna Pawłowska <lucyna.pawlowska@example.com>", "Wniosek o dostęp do danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie dane na mój temat
przetwarzacie w ramach programu lojalnościowego, w szczególności czy
przechowujecie historię kupowanych przeze mnie leków i w jakim celu.
Następnie proszę o usunięcie historii zakupów starszej niż rok.

Lucyna Pawłowska
karta klubowa 4410 0071 3352"""),
("pl", "w4-apteka-kod-kreskowy-nie-skanuje", "Marcin Jasiński <marcin.jasinski@example.net>", "karta w aplikacji", "technical", "",
"""czesc, od aktualizacji aplikacji kod kreskowy karty klubowej na
ekranie jest jakis rozmyty i w trzech roznych aptekach skaner go nie
czyta. farmaceutka mowila ze to juz kolejna osoba dzisiaj. jasnosc
ekranu na max, nic nie daje"""),
("pl", "w4-apteka-weryfikacja-email-petla", "Alicja Borkowska <alicja.borkowska@example.com>", "Nie mogę wejść na konto", "technical", "",
"""Dzień dobry,

po zmianie telefonu chcę zalogować się do aplikacji apteki. Prosi o
kod weryfikacyjny z maila, kod przychodzi, wpisuję go i dostaję
"Kod nieprawidłowy lub wygasł". Nowy kod - to samo. Minęły może dwie
minuty od wysłania.

Alicja Borkowska"""),
("pl", "w4-apteka-kupon-nie-odliczony", "Jacek Stępień <jacek.stepien@example.com>", "Kupon -20% na dermokosmetyki", "billing", "",
"""Dzień dobry, miałem w aplikacji aktywowany kupon -20% na dermokosmetyki,
pani w aptece zeskanowała kartę, ale na paragonie krem za 89,99 zł jest
w pełnej cenie. Zauważyłem dopiero w domu. Należy mi się 18 zł.
Paragon nr 5521/06/2024, apteka w Łodzi, Piotrkowska 112.
Jacek"""),
("pl", "w4-klub-plus-nie-przedluzac", "Renata Cieślak <renata.cieslak@example.com>", "Klub Plus", "billing", "",
"""Dzien dobry, w lutym skusilam sie na Klub Plus za 9,99 miesiecznie
(darmowa dostawa i dodatkowe rabaty), ale od kiedy otworzyliscie apteke
pod moim blokiem, odbieram wszystko osobiscie. Nie chce juz za to
placic - niech sie nie przedluza po kolejnym okresie.
Renata"""),
("pl", "w4-apteka-dwa-razy-kierownik", "Edward Zawadzki <edward.zawadzki@example.com>", "Skarga - apteka przy Rynku", "billing", "high",
"""Dzień dobry,

10 czerwca w aptece przy Rynku w Tarnowie zapłaciłem kartą 236,40 zł
za leki. Terminal pokazał błąd, farmaceutka kazała przyłożyć kartę
jeszcze raz. Z konta zeszło dwa razy. Kierowniczka apteki powiedziała,
że "to sprawa banku", a bank twierdzi, że obie transakcje są
zaksięgowane przez aptekę.

Proszę, żeby skontaktowała się ze mną osoba nadzorująca apteki w
regionie, a nie ta sama kierowniczka. Tel. 662 300 114.

Edward Zawadzki"""),
# ---------------- sprzęt medyczny i skutery inwalidzkie ----------------
("pl", "w4-skuter-bateria-goraca-spuchnieta", "Krystyna Maciejewska <krystyna.maciejewska@example.com>", "Skuter taty", "technical", "high",
"""Dzień dobry,

tata ładował wczoraj wieczorem skuter inwalidzki w przedpokoju. Rano
obudził go zapach jakby spalonej gumy. Obudowa akumulatora pod siedzeniem
jest wybrzuszona i gorąca, ładowarka też była bardzo ciepła. Odłączył
wszystko i zadzwonił do mnie. Skuter stoi teraz na balkonie. Tata ma 84
lata i bez skutera nie wychodzi z domu.

Krystyna Maciejewska"""),
("pl", "w4-skuter-trzy-piski-nie-jedzie", "Henryk Wasilewski <henryk.wasilewski@example.com>", "skuter nie jedzie", "technical", "",
"""dzien dobry skuter ktory kupilem u panstwa w marcu nie rusza. po
wlaczeniu piszczy 3 razy i miga czerwona lampka, manetka nie reaguje.
akumulator naladowany cala noc. hamulec reczny zwolniony sprawdzalem.
Henryk Wasilewski"""),
("pl", "w4-cisnieniomierz-e3", "Teresa Kołodziej <teresa.kolodziej@example.com>", "Ciśnieniomierz", "technical", "",
"""Dzień dobry, ciśnieniomierz naramienny, który kupiłam u Państwa w
styczniu, od tygodnia po napompowaniu mankietu pokazuje "E3" i nic nie
mierzy. Baterie wymieniłam, mankiet zakładam jak w instrukcji. Muszę
mierzyć ciśnienie dwa razy dziennie.
Teresa"""),
("pl", "w4-koncentrator-tlenu-alarm", "Jakub Wróblewski <jakub.wroblewski@example.com>", "Koncentrator tlenu - alarm", "technical", "high",
"""Dzień dobry,

koncentrator tlenu wypożyczony od Państwa dla mojej mamy (POChP, tlen
16 h na dobę) od rana co kilka minut piszczy i świeci czerwona dioda
"niskie stężenie O2". Przepływ na mierniku spada. Mama ma tylko jedną
butlę zapasową, która starczy do wieczora. Potrzebujemy serwisu albo
wymiany urządzenia dzisiaj.

Jakub Wróblewski
tel. 509 880 214"""),
("pl", "w4-faktura-vat-8-wozek", "Irena Sawicka <irena.sawicka@example.com>", "faktura za wózek", "billing", "",
"""Dzień dobry,

na fakturze za wózek inwalidzki jest VAT 23%, a z tego, co wiem, wyroby
medyczne mają 8%. Proszę o sprawdzenie i ewentualną korektę faktury
FV/MED/2024/0931 oraz zwrot różnicy.

Irena Sawicka"""),
("pl", "w4-dofinansowanie-nfz-pelna-cena", "Wiesława Jankowska <wieslawa.jankowska@example.com>", "Zlecenie NFZ - balkonik", "billing", "",
"""Dzien dobry, na balkonik mialam zlecenie z NFZ i pani w sklepie
mowila, ze doplacam tylko to, co ponad limit. A z karty zeszlo 389 zl,
czyli cala cena, a zlecenie zostalo u was w sklepie. Prosze o oddanie
tej czesci, ktora pokrywa NFZ.
Wieslawa Jankowska"""),
("pl", "w4-skuter-jazda-probna", "Stanisław Kowalski <stanislaw.kowalski@example.com>", "Jazda próbna", "general", "",
"""Dzień dobry, zastanawiam się nad skuterem czterokołowym (ten za około
8 500 zł, z koszykiem). Czy w salonie w Katowicach można się
przejechać przed zakupem? Nie jestem pewien, czy zmieszczę się w
windzie, więc chciałbym też znać wymiary po złożeniu.
Stanisław Kowalski"""),
("pl", "w4-krzeselko-schodowe-podziekowanie", "Halina Zięba <halina.zieba@example.com>", "Podziękowanie za montaż", "general", "",
"""Szanowni Państwo,

dziękuję za montaż krzesełka schodowego u mojej mamy w Nowym Sączu.
Pan Marek zrobił wszystko w jeden dzień, po sobie posprzątał i cierpliwie
pokazał mamie trzy razy, jak z niego korzystać. Fakturę zapłaciłam od
razu, wszystko się zgadza. Mama po roku znowu schodzi sama do ogrodu.

Z wyrazami wdzięczności
Halina Zięba"""),
# ---------------- centra ogrodnicze i sklepy z nasionami ----------------
("pl", "w4-nasiona-wysylka-podwojnie", "Andrzej Wójcik <andrzej.wojcik@example.net>", "zamowienie 88120", "billing", "",
"""Dzien dobry, zamowilem 12 paczek nasion na raz, a w podsumowaniu
zamowienia wysylka jest policzona dwa razy, 2 x 12,99. Paczka przyszla
jedna. Poprosze o oddanie 12,99.
Andrzej"""),
("pl", "w4-bon-ogrodniczy-saldo", "Dorota Lewicka <dorota.lewicka@example.com>", "Bon podarunkowy", "billing", "",
"""Dzień dobry,

mam bon podarunkowy do centrum ogrodniczego na 300 zł, wykorzystałam w
maju 170 zł. Przy kasie w Pruszkowie usłyszałam, że bon jest
"jednorazowy" i reszta przepadła. Na bonie nic takiego nie jest
napisane. Czy te 130 zł da się jeszcze wykorzystać?

Dorota Lewicka"""),
("pl", "w4-pomidory-nie-wzeszly", "Zbigniew Czarnecki <zbigniew.czarnecki@example.com>", "Nasiona pomidorów", "technical", "",
"""Dzień dobry,

nie chodzi mi o zwrot, 8 zł to nie majątek, ale chcę zrozumieć. Z
trzech paczek nasion pomidora "Malinowy Ożarowski" nie wzeszło ani
jedno ziarno, a obok w tej samej ziemi i na tym samym parapecie wzeszły
papryki i bazylia. Czy ta partia mogła być wadliwa (nr partii
24/03/117), czy to ja robię coś źle?

Zbigniew Czarnecki"""),
("pl", "w4-koszyk-znika-po-zalogowaniu", "Patrycja Szewczyk <patrycja.szewczyk@example.com>", "koszyk", "technical", "",
"""Dzien dobry, dodaje do koszyka kilka roz i nawoz, a po zalogowaniu
koszyk jest pusty. Jak dodam po zalogowaniu, to przy przejsciu do
dostawy znowu pusty. Tak od wczoraj, na dwoch przegladarkach.
Patrycja"""),
("pl", "w4-sterownik-nawadniania-wifi", "Tomasz Leśniak <tomasz.lesniak@example.com>", "Sterownik nawadniania", "technical", "",
"""Dzień dobry,

kupiłem u Państwa sterownik nawadniania z WiFi. Aplikacja znajduje
urządzenie, ale przy łączeniu z siecią domową po minucie pokazuje
"Nie udało się połączyć" i sterownik wraca do trybu parowania. Router
ma 2,4 GHz, hasło bez polskich znaków, sterownik stoi 5 m od routera.

Tomasz Leśniak"""),
("pl", "w4-centrum-ogrodnicze-boze-cialo", "Ewa Makowska <ewa.makowska@example.com>", "godziny otwarcia", "general", "",
"""dzien dobry, czy centrum ogrodnicze w Kobylnicy jest otwarte w Boze
Cialo albo w piatek po? chcialam przyjechac po sadzonki na balkon.
Ewa"""),
("pl", "w4-oliwka-2m-wroclaw", "Rafał Szymański <rafal.szymanski@example.com>", "Drzewko oliwne", "general", "",
"""Dzień dobry, na stronie jest drzewko oliwne 2 m za 1 290 zł, ale
dostępność pokazuje tylko "sprzedaż w centrach". Czy w centrum we
Wrocławiu na Bielanach są jeszcze takie? Chciałbym przyjechać w
sobotę z przyczepką i nie chciałbym jechać na darmo.
Rafał"""),
("pl", "w4-altana-oplacona-nie-ma-pozew", "Marian Kozłowski <marian.kozlowski@example.com>", "Altana ogrodowa - zamówienie z 2 kwietnia", "billing", "high",
"""Szanowni Państwo,

2 kwietnia zapłaciłem 3 400 zł za altanę ogrodową z dostawą "do 4
tygodni". Mamy połowę czerwca, altany nie ma, a termin dostawy
przesuwany jest co tydzień bez podania przyczyny. Nie chcę już tej
altany.

Proszę o zwrot 3 400 zł w ciągu 7 dni. W przeciwnym razie skieruję
sprawę do sądu w postępowaniu uproszczonym i zgłoszę ją do UOKiK.

Marian Kozłowski"""),
("pl", "w4-rozlany-srodek-chwastobojczy", "Agnieszka Kaczmarek <agnieszka.kaczmarek@example.com>", "Rozlany środek w alejce", "general", "high",
"""Dzień dobry,

w sobotę w centrum ogrodniczym w Markach, w alejce ze środkami ochrony
roślin, jedna butelka środka chwastobójczego była pęknięta i ciecz
kapała z dolnej półki na podłogę, na wysokości małego dziecka. Moja
córka (3 lata) prawie włożyła tam rękę. Zgłosiłam to przy kasie, ale
gdy wychodziłam pół godziny później, nadal nikt tego nie sprzątnął.

Agnieszka Kaczmarek"""),
# ---------------- dystrybutory wody i sprzątanie biur ----------------
("pl", "w4-dystrybutor-czemu-12-wiecej", "Biuro Rachunkowe Bilans <biuro@bilans-rachunkowe.example>", "woda czerwiec", "billing", "",
"""Dzien dobry, od lat placimy 89 zl netto miesiecznie za dystrybutor i 4
butle. W czerwcu jest 101 zl. Skad 12 zl wiecej? Nie zamawialismy
nic dodatkowego i nikt nas nie informowal o nowym cenniku.
Pozdrawiam, Ilona Marek"""),
("pl", "w4-sprzatanie-dzien-wolny-policzony", "Agencja Pixel <administracja@pixel-agencja.example>", "Rozliczenie sprzątania - maj", "billing", "",
"""Dzień dobry,

w zestawieniu za maj jest policzone sprzątanie 1, 3 i 31 maja. Biuro
było wtedy zamknięte (majówka i Boże Ciało), nikt od Państwa nie
przychodził, potwierdza to system kontroli dostępu do budynku. Proszę o
korektę rozliczenia o te trzy dni.

Ewa Sadowska
Office manager"""),
("pl", "w4-faktura-zbiorcza-kwartalna", "Księgowość Medikon <ksiegowosc@medikon.example>", "Faktury za sprzątanie", "billing", "",
"""Dzień dobry, czy od lipca moglibyśmy dostawać jedną fakturę zbiorczą za
sprzątanie wszystkich trzech naszych gabinetów, zamiast trzech
osobnych? Najlepiej raz na kwartał z góry, jeśli to możliwe. Ułatwi
nam to księgowanie.
Pozdrawiam, Dorota Miłek"""),
("pl", "w4-biuro-zdalnie-odbierzcie-dystrybutor", "Rafał Grzelak <rafal.grzelak@example.com>", "nasze biuro od września", "billing", "",
"""Dzień dobry,

od września cała firma przechodzi na pracę zdalną, a biuro na
Domaniewskiej oddajemy właścicielowi z końcem sierpnia. Prosimy o
odebranie dystrybutora i pustych butli w ostatnim tygodniu sierpnia
i o to, żeby od września nic już się nie naliczało.

Rafał Grzelak
Nord Software"""),
("pl", "w4-dystrybutor-ciepla-woda-z-zimnego", "Marta Olejnik <marta.olejnik@example.com>", "Dystrybutor nie chłodzi", "technical", "",
"""Dzień dobry,

dystrybutor w naszym biurze od kilku dni leci z kranu "zimna" letnią
wodą. Zielona lampka chłodzenia się świeci, z tyłu coś cicho brzęczy,
ale woda nie robi się zimna nawet przez noc. Odsunęliśmy go od okna,
tak jak radził kierowca.

Marta Olejnik"""),
("pl", "w4-dystrybutor-cieknie-na-listwe", "Paweł Domański <p.domanski@kancelaria-dd.example>", "Dystrybutor - wyciek i iskrzenie", "technical", "high",
"""Dzień dobry,

spod dystrybutora wody w naszym aneksie kuchennym od rana cieknie woda
i dociera do listwy zasilającej pod blatem. Przed chwilą w listwie
strzeliło i było widać iskrę. Wyłączyliśmy bezpiecznik w kuchni i
zakręciliśmy, co się dało. Proszę o pilny przyjazd serwisu i
zabranie urządzenia.

Paweł Domański"""),
("pl", "w4-dozowniki-mydla-nie-dzialaja", "Recepcja Biurowiec Horyzont <recepcja@horyzont-biurowiec.example>", "dozowniki", "technical", "",
"""Dzien dobry, automatyczne dozowniki mydla, ktore zamontowaliscie w
lazienkach na 2 i 3 pietrze w zeszlym tygodniu, nie dozuja - dioda
mruga na czerwono, baterie nowe, pojemniki pelne. Na 1 pietrze dzialaja.
Prosze o sprawdzenie przy najblizszym sprzataniu.
Recepcja"""),
("pl", "w4-sprzatanie-po-18", "Kamila Zając <kamila.zajac@example.com>", "godziny sprzątania", "general", "",
"""Dzień dobry,

od lipca mamy nowe godziny pracy, do 18:00. Czy pani sprzątająca
mogłaby przychodzić po 18 zamiast o 16? Teraz odkurza, kiedy jeszcze
mamy spotkania z klientami. Pani Halina robi wszystko świetnie, chodzi
tylko o godzinę.

Kamila Zając"""),
# ---------------- leasing drukarek i kopiarek ----------------
("pl", "w4-licznik-kopii-48-tysiecy", "Biuro Projektowe Kreska <biuro@kreska-projekt.example>", "Rozliczenie licznika - maj", "billing", "",
"""Dzień dobry,

w rozliczeniu za maj mamy policzone 48 200 kopii czarno-białych ponad
limit. Drukujemy miesięcznie około 3 000. Licznik na urządzeniu
pokazuje dziś łącznie 61 340, a w kwietniu było 58 100 - zrobiłam
zdjęcie. Ktoś chyba pomylił urządzenia albo cyfry. Proszę o korektę.

Monika Kreska"""),
("pl", "w4-rata-leasingu-indeksacja", "Adam Wilczek <adam.wilczek@example.com>", "Rata za kopiarkę", "billing", "",
"""Dzien dobry, rata za kopiarke wzrosla z 310 na 342 zl netto. Rozumiem,
ze to jakas indeksacja, ale w umowie nic o tym nie widze. Mozecie
podac podstawe i sposob wyliczenia? Umowa L/2022/7712.
Adam Wilczek"""),
("pl", "w4-koniec-umowy-kopiarka-wrzesien", "Sylwia Michalska <s.michalska@gabinet-dentare.example>", "Umowa L/2021/4410 - wrzesień", "billing", "",
"""Dzień dobry,

nasza umowa na kopiarkę kończy się 30 września. Kupiliśmy małą drukarkę
na własność, bo drukujemy coraz mniej, więc nie chcemy kolejnej umowy
ani przedłużenia na czas nieokreślony. Proszę o ustalenie terminu
odbioru urządzenia na początek października.

Sylwia Michalska"""),
("pl", "w4-oplata-za-zerwanie-umowy-prawnik", "Marek Szulc <marek.szulc@szulc-logistyka.example>", "Nota obciążeniowa NO/0441", "billing", "high",
"""Szanowni Państwo,

otrzymaliśmy notę obciążeniową na 8 160 zł "za przedterminowe
rozwiązanie umowy". Umowę wypowiedzieliśmy zgodnie z § 9 ust. 2, z
powodu ciągłych awarii, potwierdzonych 11 zgłoszeniami serwisowymi w
ciągu pół roku. Kary w tej sytuacji umowa nie przewiduje.

Nie zapłacimy tej noty. Sprawę przekazałem naszej kancelarii; jeśli
nota nie zostanie anulowana do 30 czerwca, spotkamy się w sądzie.

Marek Szulc
Szulc Logistyka sp. z o.o."""),
("pl", "w4-skan-do-maila-po-zmianie-hasla", "Dział IT - Kancelaria Nowak <it@nowak-kancelaria.example>", "Skanowanie do e-maila", "technical", "",
"""Dzień dobry,

po zmianie hasła do skrzynki skaner@ na kopiarce przestało działać
skanowanie do e-maila - "Błąd wysyłania: uwierzytelnianie SMTP". W panelu
kopiarki nie widzę, gdzie zmienić hasło, a panel administracyjny przez
przeglądarkę prosi o hasło, którego nie znamy. Może Państwa serwis
zmieni to zdalnie?

Tomasz Wrona"""),
("pl", "w4-zaciecie-papieru-ktorego-nie-ma", "Jolanta Pawlak <jolanta.pawlak@example.com>", "KOPIARKA ZNOWU", "technical", "",
"""KOPIARKA NA DRUGIM PIETRZE POKAZUJE ZACIECIE PAPIERU J-0012 W
PODAJNIKU 2. WYJELISMY WSZYSTKO, OTWIERALISMY WSZYSTKIE KLAPKI, NIGDZIE
ZADNEGO PAPIERU. WYLACZANIE I WLACZANIE NIC NIE DAJE. PROSZE O
SERWISANTA.
J. PAWLAK, SEKRETARIAT"""),
("pl", "w4-toner-automat-nie-zamawia", "Marcin Orzeł <marcin.orzel@example.com>", "Toner", "technical", "",
"""Dzień dobry,

w umowie mamy automatyczne dostawy tonerów, kiedy urządzenie zgłosi
niski poziom. Drukarka od tygodnia pokazuje "Toner czarny - bardzo
niski", a toner nie przyszedł, i w portalu klienta przy urządzeniu jest
"ostatni odczyt: 14 kwietnia". Chyba urządzenie przestało się z Wami
łączyć.

Marcin Orzeł"""),
("pl", "w4-drukarki-offline-termin-sadowy", "Katarzyna Lis <k.lis@lis-adwokaci.example>", "Wszystkie drukarki offline - dziś termin w sądzie", "technical", "high",
"""Dzień dobry,

od 8 rano żadne z trzech urządzeń wielofunkcyjnych w kancelarii nie
drukuje - na komputerach status "offline", na panelach komunikat
"Błąd serwera licencji". Sieć działa, wszystko inne też. Dziś do 15:30
musimy złożyć w sądzie pisma w czterech kompletach, a nie mamy jak ich
wydrukować. Proszę o natychmiastowy kontakt serwisu: 71 300 22 18.

Katarzyna Lis
Lis i Wspólnicy Kancelaria Adwokacka"""),
# ---------------- poczta i punkty paczkowe ----------------
("pl", "w4-list-priorytet-doszedl-po-tygodniu", "Genowefa Dziedzic <genowefa.dziedzic@example.com>", "List polecony priorytetowy", "billing", "",
"""Dzień dobry,

nadałam list polecony priorytetowy (dopłata za priorytet 4,50 zł) z
Kielc do Krakowa, doszedł po ośmiu dniach, jak zwykły ekonomiczny.
Dokumenty do sądu i tak trzeba było potem wysłać jeszcze raz. Skoro
priorytetu nie było, proszę o zwrot dopłaty. Mam dowód nadania.

Genowefa Dziedzic"""),
("pl", "w4-pobranie-nie-przelane", "Sklep Ręcznie Robione <kontakt@recznie-robione.example>", "Pobrania za czerwiec", "billing", "",
"""Dzien dobry, prowadze maly sklep internetowy i wysylam u was za
pobraniem. Trzy paczki z pobraniem (85 zl, 142 zl i 60 zl) zostaly
odebrane przez klientow 3 i 4 czerwca, a pieniadze do dzis nie
wplynely na moje konto. Wczesniej bylo zawsze w 2-3 dni. Numery
przesylek w zalaczniku.
Marlena Wit"""),
("pl", "w4-clo-pobrane-dwukrotnie", "Oskar Baran <oskar.baran@example.net>", "clo za paczke z UK", "billing", "",
"""czesc, za paczke z Wielkiej Brytanii zaplacilem clo i oplate
manipulacyjna online, 64,20 zl, mam potwierdzenie. A listonosz przy
doreczeniu kazal zaplacic jeszcze raz, bo "system nie widzi wplaty".
zaplacilem zeby dostac paczke. teraz chce jedna z tych kwot z powrotem"""),
("pl", "w4-paczkomat-kod-odrzucony", "Weronika Gajewska <weronika.gajewska@example.com>", "nie otwiera się skrytka", "technical", "",
"""Dzień dobry, przy automacie paczkowym na ul. Wojska Polskiego 40 wpisuję
kod odbioru i numer telefonu, a ekran pokazuje "Nieprawidłowy kod".
Skanowanie kodu QR z aplikacji - to samo. Paczka według aplikacji czeka
w tym automacie od wczoraj. Termin odbioru mija jutro.
Weronika"""),
("pl", "w4-etykieta-nie-generuje-sie", "Lena Kaczmarczyk <lena.kaczmarczyk@example.com>", "Nadanie paczki online", "technical", "",
"""Dzień dobry,

próbuję nadać paczkę przez stronę. Po wypełnieniu danych i kliknięciu
"Generuj etykietę" strona przez chwilę myśli, a potem wyświetla
"Coś poszło nie tak (kod 7421)" i wraca do formularza. Próbowałam
wczoraj i dziś, na telefonie i laptopie.

Lena"""),
("pl", "w4-punkt-partnerski-skaner-nie-dziala", "Kiosk Pod Zegarem <kiosk.podzegarem@example.com>", "Punkt 4471 - system nie działa od rana", "technical", "high",
"""Dzień dobry,

jesteśmy punktem partnerskim nr 4471 w Sieradzu. Od 7:30 terminal do
przyjmowania przesyłek pokazuje "Brak połączenia z serwerem", skaner
nie przyjmuje żadnej paczki ani nie wydaje. Na zapleczu leży ponad 80
paczek do odbioru i nadania, ludzie stoją w kolejce i wychodzą
zdenerwowani. Infolinia dla partnerów nie odbiera.

Proszę o pilną pomoc.
Stanisława Nowak"""),
("pl", "w4-paczka-5-dni-w-sortowni", "Jakub Nowicki <jakub.nowicki@example.com>", "Przesyłka 00812277410", "general", "",
"""Dzien dobry, moja paczka od piatku ma status "w sortowni - Strykow" i
nic sie nie zmienia. Nie jest to nic pilnego, tylko czy ona w ogole
jedzie dalej? Prezent na urodziny brata, ktore sa w niedziele.
Jakub"""),
("pl", "w4-upowaznienie-odbior-przez-syna", "Zofia Baranowska <zofia.baranowska@example.com>", "Awizo", "general", "",
"""Dzień dobry,

dostałam awizo na list polecony, ale jestem po operacji biodra i nie
dojdę na pocztę przez najbliższe tygodnie. Czy syn może odebrać list za
mnie i jakie upoważnienie musi mieć? Czy wystarczy kartka ode mnie z
podpisem i jego dowód?

Zofia Baranowska"""),
# ---------------- akademiki i mieszkania studenckie ----------------
("pl", "w4-akademik-kaucja-sad-drobne-roszczenia", "Bartłomiej Cieślak <bartek.cieslak@example.com>", "Kaucja - pokój 412", "billing", "high",
"""Dzień dobry,

wyprowadziłem się 30 czerwca, pokój 412 odebrany bez uwag (mam protokół
podpisany przez panią z recepcji). Z 1 500 zł kaucji oddaliście mi 600
zł, potrącając 900 zł "za malowanie i zużycie", o którym nie ma słowa w
protokole. Dwa maile bez odpowiedzi.

Jeżeli brakujące 900 zł nie wróci w ciągu 14 dni, składam pozew w
postępowaniu uproszczonym. Wzór mam już przygotowany.

Bartłomiej Cieślak"""),
("pl", "w4-rodzice-zaplacili-pazdziernik-dwa-razy", "Elżbieta Urban <elzbieta.urban@example.com>", "Czynsz za pokój córki", "billing", "",
"""Dzień dobry,

jestem mamą Oliwii Urban (pokój B-208). Za październik zapłaciłam
czynsz 1 350 zł przelewem, a mąż, nie wiedząc o tym, zapłacił drugi raz
kartą przez Państwa portal. Proszę zaliczyć nadpłatę na listopad albo ją
oddać - jak Państwu wygodniej, byle nie przepadła.

Elżbieta Urban"""),
("pl", "w4-erasmus-od-lutego", "Natalia Wilczyńska <natalia.wilczynska@example.net>", "erasmus", "billing", "",
"""hej, od lutego jade na erasmusa do Lizbony na caly semestr letni, a
potem wakacje, wiec pokoj 3C nie bedzie mi juz potrzebny. nie chce
placic za luty i kolejne miesiace. co musze zrobic zeby od lutego nie
szly oplaty? rzeczy wyniose do konca stycznia
Natalia"""),
("pl", "w4-media-120-wiecej", "Kuba Lewandowski <kuba.lewandowski@example.com>", "media", "billing", "",
"""Dzien dobry, w rozliczeniu za listopad oplata za media wyszla 120 zl
wyzej niz co miesiac, a mieszkam sam w kawalerce i nic sie nie
zmienilo. Moge zobaczyc odczyty licznikow, na podstawie ktorych to
policzono?
Kuba"""),
("pl", "w4-wifi-akademik-zrywa", "Szymon Pietrzyk <szymon.pietrzyk@example.com>", "Internet", "technical", "",
"""Dzień dobry,

WiFi w budynku B od tygodnia zrywa co kilka minut - laptop jest
połączony, ale strony się nie ładują, potem po minucie wraca. Na
kablu w pokoju to samo. Mam sesję i zajęcia zdalne, a na Teamsach
wylatuję co chwilę. Sąsiedzi z 3 piętra mają tak samo.

Szymon Pietrzyk, pokój B-311"""),
("pl", "w4-karta-do-pokoju-czerwona-dioda", "Amelia Krawiec <amelia.krawiec@example.com>", "karta nie otwiera drzwi", "technical", "",
"""Dzien dobry, od wczoraj moja karta nie otwiera drzwi do pokoju 217 -
zamek mruga na czerwono. Do budynku wchodze nia normalnie. Recepcja
wpuscila mnie kluczem zapasowym i kazala napisac maila.
Amelia"""),
("pl", "w4-caly-akademik-bez-ogrzewania", "Samorząd Mieszkańców DS Słoneczny <samorzad.sloneczny@example.com>", "CAŁY AKADEMIK BEZ OGRZEWANIA I CIEPŁEJ WODY", "technical", "high",
"""Dzień dobry,

od wczoraj wieczorem w całym budynku (około 230 mieszkańców) nie ma
ogrzewania ani ciepłej wody. Na zewnątrz jest -9 stopni, w pokojach
od rana 14-15. Ludzie śpią w kurtkach, część wyjechała do domów w
środku sesji. Administrator budynku mówi, że "czekamy na firmę".

Prosimy o informację, kiedy zostanie to naprawione, i o grzejniki
olejowe na czas awarii.

Samorząd Mieszkańców DS Słoneczny"""),
("pl", "w4-przechowanie-rzeczy-na-wakacje", "Dawid Kołodziejczyk <dawid.k@example.com>", "wakacje", "general", "",
"""Dzien dobry, czy na wakacje (lipiec-wrzesien) mozna zostawic rzeczy w
jakiejs przechowalni w akademiku? Wracam w pazdzierniku do tego samego
pokoju, a nie chce wozic wszystkiego do Suwalk i z powrotem.
Dawid"""),
# ---------------- aplikacje randkowe i społecznościowe ----------------
("pl", "w4-gold-znalazlam-kogos", "Paulina Rogalska <paulina.rogalska@example.com>", "Moje konto", "billing", "",
"""Cześć,

dobra wiadomość dla mnie, gorsza dla Was: poznałam kogoś w Waszej
aplikacji i jesteśmy razem od dwóch miesięcy. Gold nie będzie mi już
potrzebny. Proszę zadbać, żeby w przyszłym miesiącu nic się nie
pobrało i żeby się samo nie odnowiło.

Dzięki za wszystko :)
Paulina"""),
("pl", "w4-boosty-zeszly-dwa-razy", "Krystian Mroczkowski <krystian.m@example.net>", "boost", "billing", "",
"""kupilem pakiet 5 boostow za 24,99 i zeszlo mi to dwa razy w ciagu
minuty, a boostow na koncie mam 5 a nie 10. oddajcie jedno 24,99"""),
("pl", "w4-plan-roczny-bez-zgody-bank", "Gabriela Zalewska <gabriela.zalewska@example.com>", "Nieautoryzowana płatność 299,99 zł", "billing", "high",
"""Dzień dobry,

9 czerwca pobrano mi z karty 299,99 zł za "Premium 12 miesięcy". Nigdy
nie wybierałam planu rocznego - miałam miesięczny za 39,99 zł i w
ustawieniach dalej widzę miesięczny. Napisałam do Was tydzień temu,
bez odpowiedzi.

Zgłosiłam tę transakcję w banku jako sporną. Bank prowadzi postępowanie
reklamacyjne i odzyska te środki, jeśli Wy tego nie zrobicie.

Gabriela Zalewska"""),
("pl", "w4-kolezanka-placi-mniej", "Oliwer Banaś <oliwer.banas@example.com>", "cena premium", "billing", "",
"""Dzien dobry, mam Premium za 49,99 zl miesiecznie. Kolega ma dokladnie to
samo Premium za 29,99 zl, pokazywal mi w sklepie Google Play. Dlaczego
ja place o 20 zl wiecej? Da sie przejsc na jego cene bez zakladania
konta od nowa?
Oliwer"""),
("pl", "w4-selfie-weryfikacja-nie-przechodzi", "Aleksandra Kruk <ola.kruk@example.com>", "weryfikacja profilu", "technical", "",
"""Dzień dobry,

od trzech dni próbuję zweryfikować profil. Robię selfie w tej samej
pozie co na przykładzie, w dobrym świetle, i za każdym razem dostaję
"Nie udało się potwierdzić tożsamości. Spróbuj ponownie". Zdjęcia w
profilu to ja, bez filtrów. Po piątej próbie pokazało, że mogę spróbować
znowu za 24 godziny.

Aleksandra"""),
("pl", "w4-brak-powiadomien-o-wiadomosciach", "Mateusz Kamiński <mateusz.kaminski@example.com>", "Nie dostaję powiadomień", "technical", "",
"""Dzien dobry, od aktualizacji nie dostaje zadnych powiadomien o nowych
wiadomosciach ani parach. Widze je dopiero jak otworze aplikacje, czasem
po kilku godzinach. W ustawieniach telefonu powiadomienia dla was
wlaczone, tryb oszczedzania baterii wylaczony. Xiaomi, Android 14.
Mateusz"""),
("pl", "w4-konto-zablokowane-nowy-telefon", "Damian Przybylski <damian.przybylski@example.com>", "zablokowane konto", "technical", "",
"""Dzień dobry, zmieniłem telefon i przy logowaniu na nowym aplikacja
wysłała kod SMS, wpisałem go, a potem wyskoczyło "Twoje konto zostało
tymczasowo zablokowane ze względów bezpieczeństwa". Na starym telefonie
też już mnie wylogowało. Nie łamałem żadnych zasad, po prostu nowy
telefon. Jak odzyskać dostęp?
Damian"""),
("pl", "w4-nekanie-zgloszenia-ignorowane", "Weronika Tomczak <weronika.tomczak@example.com>", "Groźby od użytkownika - żądam kontaktu z osobą odpowiedzialną", "general", "high",
"""Od dwóch tygodni jeden użytkownik (profil "Adam, 34", zrzuty ekranu w
załączniku) pisze do mnie z kolejnych nowych kont, mimo że go
zablokowałam. Wie, gdzie pracuję, i pisze, że "wpadnie po mnie po
pracy". Zgłaszałam jego profile pięć razy przez aplikację, za każdym
razem dostaję automatyczną odpowiedź.

Nie chcę kolejnego automatu. Żądam, żeby skontaktowała się ze mną osoba
odpowiedzialna za bezpieczeństwo użytkowników. Sprawę zgłaszam też na
policję.

Weronika Tomczak"""),
# ---------------- odsprzedaż biletów ----------------
("pl", "w4-sprzedany-bilet-wyplata", "Kamil Wojciechowski <kamil.wojciechowski@example.com>", "Sprzedałem bilet - gdzie pieniądze?", "billing", "",
"""Dzień dobry, 2 czerwca sprzedałem przez Was bilet na koncert Dawida
Podsiadło (płyta, 289 zł). W panelu od dwóch tygodni jest status
"wypłata w przygotowaniu". Regulamin mówi o 5 dniach roboczych po
wydarzeniu, a koncert był 8 czerwca. Numer konta w profilu jest
poprawny.
Kamil"""),
("pl", "w4-oplata-serwisowa-wieksza", "Magdalena Kubiak <magda.kubiak@example.com>", "opłata serwisowa", "billing", "",
"""Dzień dobry,

przy bilecie na mecz za 180 zł na liście ofert była podana opłata
serwisowa 18 zł. Na ostatnim kroku, już po wpisaniu danych karty,
wyszło 39,60 zł opłat. Zapłaciłam, bo bilet był ostatni. Uważam, że
należy mi się zwrot różnicy, 21,60 zł.

Magdalena Kubiak"""),
("pl", "w4-koncert-odwolany-odsprzedaz", "Łucja Górecka <lucja.gorecka@example.net>", "koncert odwolany", "billing", "",
"""hej, kupilam u was od odsprzedajacego 2 bilety na festiwal w Gdyni
(2 x 450 zl). festiwal odwolany, organizator oddaje pieniadze tylko
pierwotnym kupujacym. to jak ja mam odzyskac te 900 zl? place u was, nie
u organizatora"""),
("pl", "w4-falszywy-bilet-uokik-policja", "Przemysław Majewski <przemyslaw.majewski@example.com>", "Fałszywe bilety - zamówienie RS-771092", "billing", "high",
"""Szanowni Państwo,

w sobotę nie wpuszczono nas z synem na stadion - oba bilety kupione na
Państwa platformie (2 x 640 zł, "gwarancja autentyczności") okazały
się anulowanymi duplikatami. Mam pismo od ochrony i zgłoszenie na
policji.

Żądam zwrotu 1 280 zł w ciągu 7 dni. W przeciwnym razie składam
skargę do UOKiK i pozew do sądu, a sprawę opiszę w mediach.

Przemysław Majewski"""),
("pl", "w4-qr-bilet-nie-wyswietla", "Izabela Sikorska <izabela.sikorska@example.com>", "bilet w aplikacji", "technical", "",
"""Dzien dobry, w aplikacji przy moim bilecie na spektakl w piatek zamiast
kodu QR jest szary kwadrat z napisem "Bilet bedzie dostepny wkrotce".
Kolezanka kupila na ten sam spektakl i ma kod normalnie. Wylogowanie,
reinstalacja nie pomogly. Co mam pokazac na wejsciu?
Izabela"""),
("pl", "w4-nie-moge-wystawic-biletu", "Filip Kaczor <filip.kaczor@example.com>", "Wystawienie biletu", "technical", "",
"""Dzień dobry,

próbuję wystawić na sprzedaż bilet na koncert w Tauron Arenie (kupiony
w oficjalnej sprzedaży). Po wgraniu PDF-a dostaję "Bilet nie może
zostać zweryfikowany - skontaktuj się z obsługą". To oryginalny PDF z
maila od organizatora, nic w nim nie zmieniałem.

Filip Kaczor"""),
("pl", "w4-aplikacja-zamyka-sie-przy-koszyku", "Joanna Pawłowska <joanna.pawlowska@example.com>", "Aplikacja", "technical", "",
"""To nie jest pytanie o ceny ani o płatność - aplikacja zamyka się
sama, gdy tylko dodam bilet do koszyka. Próbowałam z trzema różnymi
wydarzeniami. iPhone SE, iOS aktualny. Na komputerze mogę kupić, ale
wolałabym mieć bilet w telefonie.
Joanna"""),
("pl", "w4-bilet-imienny-inna-osoba", "Roman Kasprzak <roman.kasprzak@example.com>", "bilet imienny", "general", "",
"""Dzien dobry, kupilem bilet na mecz reprezentacji, na bilecie jest imie
i nazwisko poprzedniego wlasciciela. Czy przy wejsciu sprawdzaja dowod
i czy to bedzie problem? Czy mozna zmienic dane na bilecie na moje?
Roman"""),
# ---------------- parkingi przy lotniskach ----------------
("pl", "w4-parking-lot-opozniony-doba", "Kazimierz Wróbel <kazimierz.wrobel@example.com>", "Parking P3 - dodatkowa doba", "billing", "",
"""Dzień dobry,

miałem rezerwację do 14 czerwca do 23:59. Samolot z Turcji przyleciał
z opóźnieniem o 1:20 w nocy, a przy wyjeździe automat doliczył całą
dodatkową dobę, 69 zł. Rezerwacja była przez Państwa stronę, numer lotu
podawałem. Czy te 69 zł może zostać oddane? Mam zaświadczenie o
opóźnieniu od przewoźnika.

Kazimierz Wróbel"""),
("pl", "w4-parking-cena-rezerwacja-vs-szlaban", "Natalia Dudek <natalia.dudek@example.net>", "Re: Potwierdzenie rezerwacji PK-60218", "billing", "",
"""Dzień dobry, przy rezerwacji online było 159 zł za 8 dni (niżej w
mailu). Przy wyjeździe automat policzył 236 zł według cennika "na
miejscu", a do bramki nie dało się dodzwonić. Proszę o zwrot 77 zł
różnicy.

Natalia Dudek

> Potwierdzenie rezerwacji PK-60218
> Parking: Strefa B, Katowice-Pyrzowice
> Wjazd: 02.06.2024 05:30, wyjazd: 10.06.2024 22:00
> Do zapłaty: 159,00 zł"""),
("pl", "w4-parking-wakacje-odwolane", "Sławomir Gajda <slawomir.gajda@example.com>", "Rezerwacja PK-61770", "billing", "",
"""Dzien dobry, wyjazd do Hiszpanii nam przepadl (zona w szpitalu), wiec
parking od 20 do 27 lipca nie bedzie potrzebny. Zaplacilem 189 zl z
gory. Czy moge dostac te pieniadze z powrotem, skoro do terminu jest
jeszcze ponad miesiac?
Slawomir"""),
("pl", "w4-szlabany-nie-czytaja-tablic", "Marta Stępniak <marta.stepniak@example.com>", "PILNE szlabany na P2", "technical", "high",
"""Piszę z samochodu przed wjazdem na P2 przy Okęciu. Od ponad pół
godziny żaden szlaban nie podnosi się - kamery nie czytają tablic, a
przycisk interkomu nie działa. Za mną kolejka kilkudziesięciu aut
sięgająca ronda, ludzie wysiadają z walizkami i biegną pieszo, część nie
zdąży na odprawę. Obsługi na miejscu nikt nie widział. Proszę o
natychmiastową interwencję.

Marta Stępniak"""),
("pl", "w4-zmiana-tablicy-blad-formularza", "Grzegorz Wilk <grzegorz.wilk@example.com>", "zmiana numeru rejestracyjnego", "technical", "",
"""Dzien dobry, w rezerwacji PK-62004 chce zmienic numer rejestracyjny,
bo jedziemy jednak autem zony. W "Zarzadzaj rezerwacja" po wpisaniu
nowego numeru i kliknieciu "Zapisz" pojawia sie "Nieprawidlowy format
numeru", a numer to zwykle KR 7H412. Bez tego szlaban mnie nie wpusci.
Grzegorz"""),
("pl", "w4-parking-ladowarka-elektryk", "Anna Walczak <anna.walczak@example.com>", "samochód elektryczny", "general", "",
"""Dzień dobry,

lecimy na tydzień w sierpniu i zastanawiamy się nad Waszym parkingiem
krytym za 35 zł za dobę. Czy są tam ładowarki do samochodów
elektrycznych i czy można zostawić auto podłączone na cały pobyt? I
jak często jeździ bus na terminal wcześnie rano, ok. 4:30?

Anna Walczak"""),
]
