# wide3-pl.py -- a third wide batch of Polish ("pl") labelled mails spread
# over many kinds of business (private clinics and labs, online pharmacy,
# dental and physio chains, universities and exam boards, summer camps,
# tour operators, campsites, car sharing, parking and toll tags, vehicle
# inspection, marketplaces and auctions, buy-now-pay-later, cashback sites,
# online newspapers, audiobooks, game subscriptions, translation, tax
# returns, funeral services, smart locks and cameras, solar leasing, phone
# repair by post, museums, races, swimming and climbing schools, dog
# walkers, restaurants and online grocery).  For training.  All three
# queues and both priorities, with money and faults mentioned in passing,
# paid plans ended in other words, negations, quoted replies and outages
# told by their consequences.  Same tuple format as batch16.py.
M += [
# ---------------- prywatna klinika i laboratorium ----------------
("pl", "w3-klinika-pakiet-nowy-pracodawca", "Agnieszka Wróblewska <a.wroblewska@example.com>", "Pakiet medyczny od lipca", "billing", "",
"""Dzień dobry,

od 1 lipca zaczynam pracę w nowej firmie i tam dostaję pakiet medyczny
w innej sieci. Mój indywidualny pakiet u Państwa (Komfort, 129 zł
miesięcznie) nie będzie mi więc już potrzebny. Proszę, żeby czerwcowa
opłata była ostatnią.

Pozdrawiam
Agnieszka Wróblewska
nr pacjenta 4471203"""),
("pl", "w3-lab-morfologia-dwa-razy", "Ewelina Sikora <ewelina.sikora@example.net>", "badania 12.03", "billing", "",
"""dzien dobry, bylam w czwartek na pobraniu krwi (morfologia, TSH, lipidogram)
i zaplacilam karta w rejestracji 118 zl. potem wieczorem przyszedl sms z
linkiem do platnosci na te same badania i glupia zaplacilam drugi raz, bo
myslalam ze cos nie przeszlo. w banku widze dwa razy po 118. czy mozecie
oddac te druga kwote?
Ewelina"""),
("pl", "w3-lab-panel-tarczycowy-rzecznik", "Henryk Zawadzki <henryk.zawadzki@example.com>", "Nieprawidłowe rozliczenie - panel tarczycowy", "billing", "high",
"""Szanowni Państwo,

25 lutego zapłaciłem 260 zł za panel tarczycowy (TSH, FT3, FT4, anty-TPO,
anty-TG). W wynikach są tylko TSH i FT4. Recepcja twierdzi, że "reszta
nie była zlecona", choć mam paragon z pełną listą badań.

Pisałem już dwa razy i dostałem tylko automatyczną odpowiedź. Jeżeli do
końca tygodnia nie otrzymam zwrotu za niewykonane oznaczenia, złożę
skargę do rzecznika praw konsumenta i do Rzecznika Praw Pacjenta.

Henryk Zawadzki"""),
("pl", "w3-portal-pacjenta-pusty-pdf", "Marta Kołodziej <marta.kolodziej@example.org>", "Wyniki", "technical", "",
"""Dzień dobry,

dostałam SMS, że wyniki są gotowe. W portalu pacjenta widzę pozycję
"Wyniki 14.05 - gotowe", ale po kliknięciu "Pobierz PDF" otwiera się
pusta biała strona. Próbowałam na telefonie i na komputerze, w dwóch
przeglądarkach. Wcześniejsze wyniki z zeszłego roku otwierają się
normalnie.

Marta"""),
("pl", "w3-klinika-kod-sms-nie-przychodzi", "Janusz Pieczka <janusz.pieczka@example.com>", "LOGOWANIE", "technical", "",
"""NIE PRZYCHODZI MI KOD SMS DO LOGOWANIA. PROBOWALEM 5 RAZY, TERAZ PISZE
ZE KONTO ZABLOKOWANE NA 30 MINUT. NUMER TELEFONU SIE ZGADZA, INNE SMSY
DOCHODZA. JAK MAM SIE DOSTAC DO SKIEROWANIA?
JANUSZ PIECZKA"""),
("pl", "w3-lab-krzywa-cukrowa-na-czczo", "Zofia Jarosz <zofia.jarosz@example.net>", "Krzywa cukrowa - pytanie", "general", "",
"""Dzień dobry,

widzę na stronie, że test obciążenia glukozą kosztuje u Państwa 45 zł, i
chcę go zrobić w przyszłym tygodniu w punkcie na Grochowskiej. Czy
trzeba się wcześniej umawiać, czy wystarczy przyjść rano? I ile godzin
przed badaniem nie można jeść - czy kawa bez cukru też odpada? Ile to
wszystko trwa, bo muszę się zwolnić z pracy.

Dziękuję
Zofia"""),
("pl", "w3-klinika-pojemnik-igly-dziecko", "Paweł Grzelak <pawel.grzelak@example.com>", "Poczekalnia pediatryczna - pojemnik na igły", "general", "high",
"""Dzień dobry,

byłem wczoraj z córką (2,5 roku) na szczepieniu w przychodni przy ul.
Lipowej. W poczekalni pediatrycznej, na niskiej szafce przy gabinecie
zabiegowym, stał otwarty żółty pojemnik na zużyte igły. Córka zdążyła
włożyć do niego rękę, zanim ją złapałem. Na szczęście nic się nie stało.

Zgłaszam to spokojnie, ale proszę potraktować poważnie - następne
dziecko może nie mieć tyle szczęścia. Proszę o informację, że pojemnik
został przeniesiony.

Paweł Grzelak"""),
# ---------------- apteka internetowa i e-recepty ----------------
("pl", "w3-apteka-erecepta-nie-istnieje", "Beata Nowakowska <beata.nowakowska@example.net>", "e-recepta", "technical", "",
"""Dzień dobry,

próbuję zrealizować e-receptę w Waszej aptece internetowej. Wpisuję
czterocyfrowy kod z SMS-a i PESEL, a strona odpowiada "Recepta nie
istnieje lub została zrealizowana". Nie była realizowana, w IKP widzę ją
jako aktywną. Lekarz wystawił ją wczoraj. Co mogę zrobić?

Beata"""),
("pl", "w3-apteka-blik-anulowane-86", "Krzysztof Adamski <k.adamski@example.com>", "Zamowienie 20931", "billing", "",
"""Witam,
zamowienie 20931 zostalo anulowane przez Was 10 dni temu, bo leku nie
bylo. Placilem BLIK-iem 86,40 zl i do dzis nic nie wrocilo na konto. Ile
to jeszcze potrwa?
Krzysztof Adamski"""),
("pl", "w3-apteka-faktura-apteczka-nip", "Biuro Projektowe Kreska <biuro@kreska-projekt.example>", "Faktura do zamówienia 21177", "billing", "",
"""Dzień dobry,

zamówiliśmy u Państwa dwie apteczki zakładowe i środki opatrunkowe
(zamówienie 21177), a w paczce był tylko paragon. Prosimy o wystawienie
faktury na firmę:

Biuro Projektowe Kreska sp. z o.o.
ul. Kręta 8, 30-001 Kraków
NIP 676-000-12-34

Z góry dziękujemy
Iwona Sitek"""),
("pl", "w3-apteka-lek-paczkomat", "Robert Chmiel <robert.chmiel@example.org>", "pytanie o dostawe", "general", "",
"""czesc, czy lek na recepte (antybiotyk) moge odebrac w paczkomacie czy
musi byc kurier do rak wlasnych? nie ma mnie w domu w dzien. i czy
paczka przyjdzie w ciagu jednego dnia?
Robert"""),
("pl", "w3-apteka-zamiennik-laktoza-reakcja", "Danuta Kaczmarek <danuta.kaczmarek@example.com>", "Zamiennik - reakcja alergiczna", "general", "high",
"""Dzień dobry,

w zamówieniu 21402 zamiast przepisanego leku na ciśnienie dostałam
zamiennik innej firmy. Nikt mnie nie zapytał o zgodę. Mam potwierdzoną
alergię na laktozę (jest to w moim profilu u Państwa), a zamiennik ma
laktozę w składzie. Po drugiej tabletce dostałam pokrzywki i spuchły
mi wargi, w nocy byłam na SOR-ze. Teraz jest już lepiej.

Nie piszę po pieniądze. Chcę wiedzieć, jak do tego doszło i co
zrobicie, żeby nikt inny tak nie trafił.

Danuta Kaczmarek"""),
("pl", "w3-apteka-inhalator-dym", "Tomasz Wójcik <tomasz.wojcik@example.net>", "Inhalator kompresorowy", "technical", "high",
"""Dzień dobry,
inhalator kompresorowy kupiony u Was w styczniu (zamówienie 19880) przy
dzisiejszej inhalacji dla syna zaczął wydzielać dym z kratki z boku i
pachniał palonym. Od razu wyłączyłem z prądu, syn nic nie wdychał z tego
dymu. Urządzenie stoi na balkonie. Proszę o instrukcję, co dalej.
Tomasz Wójcik"""),
("pl", "w3-apteka-dostawa-plus-co-miesiac", "Halina Duda <halina.duda@example.com>", "9,99 zł co miesiąc?", "billing", "",
"""Dzień dobry,

od trzech miesięcy widzę na wyciągu "APTEKA ZDROWKO PLUS 9,99". Nigdy
nie zapisywałam się na żaden abonament, zamawiam u Państwa może raz na
kwartał. Skąd te pobrania i jak to wyłączyć? Chciałabym też odzyskać te
trzy razy po 9,99.

Halina Duda"""),
# ---------------- stomatologia i fizjoterapia ----------------
("pl", "w3-dentysta-kanalowe-kosztorys", "Michał Żak <michal.zak@example.org>", "Leczenie kanałowe - kwota", "billing", "",
"""Dzień dobry,

przed leczeniem kanałowym dostałem kosztorys na 1 200 zł. Po ostatniej
wizycie w recepcji zapłaciłem 1 450 zł, bo "doszła dodatkowa wizyta".
Nikt mnie wcześniej nie uprzedzał. Proszę o wyjaśnienie tych 250 zł
różnicy i rozpisanie, za co dokładnie zapłaciłem.

Michał Żak"""),
("pl", "w3-dentysta-implant-raty", "Sylwia Lis <sylwia.lis@example.net>", "Implant - czy mozna na raty", "billing", "",
"""dzien dobry, dr Marczak zaproponowal mi implant z korona, razem ok. 5800
zl. czy u Was mozna to rozlozyc na raty? jesli tak, to na ile
miesiecy i czy trzeba cos doplacac. wolalabym nie brac kredytu w banku.
pozdrawiam Sylwia"""),
("pl", "w3-fizjo-odwolana-wizyta-bank", "Adrian Kubiak <adrian.kubiak@example.com>", "Wizyta 3 czerwca - zgłoszenie w banku", "billing", "high",
"""Dzień dobry,

3 czerwca przyjechałem na opłaconą z góry wizytę u fizjoterapeuty (220 zł
za terapię manualną + USG) i okazało się, że terapeuta jest chory, a
nikt mnie nie powiadomił. Recepcja obiecała zwrot "w ciągu tygodnia".
Minęły trzy.

Dzisiaj złożyłem w banku reklamację tej transakcji. Informuję, żeby
nie było zdziwienia.

Adrian Kubiak"""),
("pl", "w3-dentysta-kalendarz-brak-terminow", "Kinga Borkowska <kinga.borkowska@example.net>", "Rezerwacja online", "technical", "",
"""Dzień dobry,

od kilku dni kalendarz rezerwacji na stronie pokazuje przy każdym
lekarzu "Brak wolnych terminów", także na wrzesień i październik. Przez
telefon pani powiedziała mi, że terminy są i że "system pewnie się
zawiesił". Próbowałam w Chrome i Firefoksie. Czy ktoś może to naprawić?
Wolę się umawiać przez internet.

Kinga"""),
("pl", "w3-dentysta-link-reset-wygasa", "Zbigniew Wilk <zbigniew.wilk@example.org>", "Re: Reset hasła", "technical", "",
"""Nadal nie działa. Klikam w link od razu po otrzymaniu maila i dostaję
"Link wygasł lub jest nieprawidłowy". Zrobiłem to już cztery razy.

Zbigniew Wilk

> Dzień dobry,
> aby ustawić nowe hasło, prosimy kliknąć w link w wiadomości. Link jest
> ważny 24 godziny.
> Zespół Denti-Fizjo"""),
("pl", "w3-fizjo-podziekowanie-kolano", "Teresa Mazurek <teresa.mazurek@example.com>", "Podziękowanie dla p. Kamila", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować panu Kamilowi z placówki na Ursynowie. Po
rekonstrukcji więzadła w kolanie przez trzy miesiące prowadził mnie
krok po kroku i wczoraj pierwszy raz od roku przeszłam cały spacer z
psem bez bólu. Zawsze cierpliwy, wszystko tłumaczył. Mam nadzieję, że
ta wiadomość do niego dotrze.

Teresa Mazurek"""),
("pl", "w3-dentysta-kopia-rtg-dokumentacja", "Jakub Olszewski <jakub.olszewski@example.net>", "dokumentacja", "general", "",
"""Dzien dobry,
przeprowadzam sie do Gdanska i bede sie leczyl u innego dentysty. Prosze
o kopie mojej dokumentacji i zdjec RTG (pantomogram z marca) w wersji
elektronicznej na ten adres e-mail. Data urodzenia 14.02.1990.
Jakub Olszewski"""),
# ---------------- uczelnia i egzaminy ----------------
("pl", "w3-uczelnia-czesne-zaleglosc-mimo-wplaty", "Natalia Krawczyk <natalia.krawczyk@example.com>", "Zaległość w wirtualnym dziekanacie", "billing", "",
"""Dzień dobry,

w wirtualnym dziekanacie od tygodnia wisi mi zaległość 950 zł za drugą
ratę czesnego, z naliczanymi odsetkami. Przelew zrobiłam 28 października
na indywidualny numer konta z mojej karty studenta, potwierdzenie w
załączniku. Proszę o zaksięgowanie wpłaty i usunięcie odsetek.

Natalia Krawczyk
nr albumu 58211, Zarządzanie, II rok"""),
("pl", "w3-egzamin-poprawkowy-faktura-pracodawca", "Grzegorz Malinowski <g.malinowski@example.org>", "Egzamin poprawkowy B2 - faktura", "billing", "",
"""Dzień dobry, zapisałem się na egzamin poprawkowy z angielskiego na
poziomie B2 (sesja czerwcowa), opłata 250 zł. Koszt pokrywa mój
pracodawca, więc potrzebuję faktury na firmę, nie na mnie. Dane:
Logistyka Wschód sp. z o.o., ul. Składowa 3, 20-400 Lublin, NIP
946-000-55-21. Czy można jeszcze zmienić dane do faktury, skoro już
zapłaciłem z prywatnego konta?
Grzegorz Malinowski"""),
("pl", "w3-platforma-egzamin-nie-wysyla", "dr Ewa Kowalczyk <ewa.kowalczyk@wsz-uczelnia.example>", "PILNE - platforma e-learningowa w trakcie egzaminu", "technical", "high",
"""Dzień dobry,

w tej chwili trwa egzamin końcowy z mikroekonomii na platformie
e-learningowej. 43 studentów z dwóch grup nie może wysłać odpowiedzi -
po kliknięciu "Zakończ i prześlij" pojawia się błąd 502, a po
odświeżeniu test wraca do pierwszego pytania. Czas egzaminu mija o
12:30. Część osób pisze do mnie, że straciła wszystkie odpowiedzi.

Proszę o natychmiastowy kontakt z działem IT, tel. 81 440 20 15.

dr Ewa Kowalczyk
Katedra Ekonomii"""),
("pl", "w3-uczelnia-2fa-nowy-telefon", "Oliwer Czajka <oliwer.czajka@example.net>", "nowy telefon a logowanie", "technical", "",
"""hej, zmienilem telefon i stary oddalem do punktu skupu. aplikacja do
logowania dwuetapowego byla na starym i teraz nie moge wejsc ani do
poczty studenckiej ani do systemu ocen. kody zapasowe gdzies mialem ale
nie wiem gdzie. jak to zresetowac? nr albumu 61207
Oliwer"""),
("pl", "w3-uczelnia-odbior-dyplomu", "Paulina Rutkowska <paulina.rutkowska@example.com>", "Dyplom", "general", "",
"""Dzień dobry,

obroniłam pracę magisterską 20 września. Kiedy mniej więcej będzie
gotowy dyplom i czy mogę go odebrać przez upoważnioną osobę? Mieszkam
teraz za granicą i przyjadę do Polski dopiero na święta. Opłatę za
dyplom (60 zł) uiściłam przed obroną.

Z pozdrowieniami
Paulina Rutkowska"""),
("pl", "w3-egzamin-dysleksja-wydluzony-czas", "Marek Tomczak <marek.tomczak@example.org>", "Dostosowanie warunków egzaminu", "general", "",
"""Szanowni Państwo,

mój syn Szymon przystępuje w maju do egzaminu językowego w Państwa
centrum. Ma opinię poradni psychologiczno-pedagogicznej o dysleksji.
Czy przysługuje mu wydłużony czas pisania i do kiedy oraz w jakiej
formie trzeba złożyć opinię?

Z poważaniem
Marek Tomczak"""),
("pl", "w3-uczelnia-rezygnacja-nie-naliczac", "Kacper Baran <kacper.baran@example.net>", "semestr letni", "billing", "",
"""Dzien dobry,
dostalem prace na pelen etat w Poznaniu i nie dam rady dojezdzac na
zjazdy. Od semestru letniego koncze z nauka u Panstwa, wniosek o
skreslenie zlozylem w dziekanacie. Prosze, zeby nie naliczac juz rat
czesnego od lutego.
Kacper Baran, nr albumu 60034"""),
# ---------------- kolonie i obozy letnie ----------------
("pl", "w3-oboz-zaliczka-choroba", "Magdalena Górecka <magdalena.gorecka@example.com>", "Rezygnacja - Oboz Mazury turnus 2", "billing", "",
"""Dzień dobry,

niestety musimy zrezygnować z obozu na Mazurach (turnus 2, 14-27
lipca) dla syna Antoniego. Ma złamaną rękę w gipsie na co najmniej sześć
tygodni. W załączeniu zaświadczenie od lekarza. Wpłaciliśmy 500 zł
zaliczki - co się z nią teraz dzieje? Czy wraca, czy można ją
przenieść na obóz zimowy?

Magdalena Górecka"""),
("pl", "w3-kolonie-zfss-faktura", "Lukasz Wrona <lukasz.wrona@example.org>", "Dofinansowanie z pracy", "billing", "",
"""Dzien dobry, zaklad pracy dofinansuje mi kolonie corki z funduszu
socjalnego, ale potrzebuje faktury imiennej z PESEL dziecka, nazwa
turnusu i informacja ze to wypoczynek zorganizowany. Na tej co
dostalem nie ma PESEL ani terminu. Czy mozna poprawic?
Lukasz Wrona"""),
("pl", "w3-kolonie-telefon-lista-rzeczy", "Iwona Czerwińska <iwona.czerwinska@example.net>", "pytania przed wyjazdem", "general", "",
"""Dzień dobry,

córka jedzie pierwszy raz na kolonie nad morze (Jastrzębia Góra,
turnus od 1.08). Mam dwa pytania:
1) czy dzieci mogą mieć przy sobie telefony cały czas, czy oddają je
wychowawcom?
2) na liście rzeczy jest "strój na dyskotekę przebierańców" - czy jest
jakiś temat?

Dziękuję, Iwona"""),
("pl", "w3-oboz-syn-rany-nikt-nie-zadzwonil", "Wojciech Pawłowski <wojciech.pawlowski@example.com>", "Obóz żeglarski - żądam rozmowy z kierownikiem", "general", "high",
"""Proszę o przekazanie tej wiadomości kierownikowi obozu i właścicielowi
firmy.

Mój syn Filip (12 lat) wrócił wczoraj z obozu żeglarskiego z
rozciętym łukiem brwiowym zszytym trzema szwami i z siniakami na
plecach. Od niego dowiedziałem się, że dwa dni wcześniej wypadł z łodzi
przy wywrotce, bez kapoka, bo "było za ciepło". Nikt z kadry do nas nie
zadzwonił.

Oczekuję telefonu od osoby odpowiedzialnej za obóz jeszcze dzisiaj:
602 118 437.

Wojciech Pawłowski"""),
("pl", "w3-kolonie-formularz-pesel-2015", "Sebastian Kozłowski <seb.kozlowski@example.net>", "formularz zgloszeniowy", "technical", "",
"""formularz zapisu na stronie nie przyjmuje peselu mojego syna (urodzony
w 2015). wyskakuje "nieprawidlowy numer PESEL" na czerwono. numer jest
dobry, sprawdzalem w dowodzie i w szkole. z corka (2012) przeszlo bez
problemu. jak mam go zapisac?"""),
("pl", "w3-oboz-odwolany-uokik", "Renata Szymańska <renata.szymanska@example.com>", "Odwołany obóz językowy - zwrot 2 380 zł", "billing", "high",
"""Szanowni Państwo,

obóz językowy w Anglii dla mojej córki (termin 6-19 lipca) został przez
Państwa odwołany 3 dni przed wyjazdem z powodu "problemów
organizacyjnych". Zapłaciłam całość, 2 380 zł, w marcu. Od tamtej pory
dostaję tylko obietnice.

Jeżeli pieniądze nie wrócą do 15 sierpnia, zgłaszam sprawę do UOKiK i
do Urzędu Marszałkowskiego, który prowadzi rejestr organizatorów
turystyki.

Renata Szymańska"""),
("pl", "w3-kolonie-galeria-zdjec-nie-laduje", "Magda Król <magda.krol@example.net>", "galeria dla rodziców", "technical", "",
"""Dzień dobry,

dostaliśmy login i hasło do galerii zdjęć z turnusu w Wiśle, żeby
codziennie podglądać, co robią dzieci. Logowanie przechodzi, ale
galeria ładuje się w nieskończoność, a jak już coś się pokaże, to
szare kwadraty zamiast zdjęć. Inni rodzice w grupie na Messengerze
piszą, że u nich to samo od wczoraj. Córka nie odbiera telefonu, więc
to nasze jedyne okno na obóz :)

Magda Król"""),
# ---------------- biuro podróży ----------------
("pl", "w3-wycieczka-dlaczego-340-wiecej", "Tadeusz Kubacki <tadeusz.kubacki@example.net>", "Rezerwacja 88-41207", "billing", "",
"""Dzien dobry,

rezerwowalem wycieczke na Krete w styczniu za 6 980 zl za dwie osoby.
Dzis przyszedl mail, ze mam doplacic 340 zl "z tytulu zmiany kosztow
paliwa" do 10 maja. W umowie nie widze nic o takich doplatach.
Dlaczego mam placic wiecej za cos, co kupilem cztery miesiace temu?

Tadeusz Kubacki"""),
("pl", "w3-hotel-gorszy-prawnik", "Joanna Maciejewska <joanna.maciejewska@example.com>", "Reklamacja - hotel niezgodny z umową", "billing", "high",
"""Szanowni Państwo,

wykupiliśmy tydzień w hotelu 5* w Hurghadzie za 9 400 zł. Na miejscu
zostaliśmy bez uprzedzenia przeniesieni do hotelu 3*, bez plaży i bez
all inclusive w podanym zakresie. Rezydent rozłożył ręce.

Żądamy zwrotu różnicy w cenie oraz zadośćuczynienia za zmarnowany
urlop. Sprawą zajmuje się już nasz pełnomocnik, adwokat, i w razie braku
odpowiedzi w ciągu 14 dni skierujemy pozew do sądu.

Joanna i Piotr Maciejewscy"""),
("pl", "w3-biuro-kod-rabatowy-format", "Dominika Ostrowska <dominika.ostrowska@example.org>", "kod rabatowy nie przechodzi", "technical", "",
"""Hej,
na ostatnim kroku rezerwacji wpisuje kod z newslettera (LATO24-KR7) i
strona wyswietla "Nieprawidlowy format kodu", zanim w ogole klikne
"Zastosuj". Nawet jak wkleje kod skopiowany z maila. Probowalam na
telefonie i laptopie. Kod jest wazny do konca miesiaca.
Dominika"""),
("pl", "w3-biuro-paszport-dziecka", "Rafał Bielecki <rafal.bielecki@example.net>", "Dokumenty dla dziecka - Turcja", "general", "",
"""Dzień dobry,

lecimy z Wami do Turcji w sierpniu, z nami 4-letnia córka. Czy
wystarczy jej dowód osobisty, czy musi mieć paszport? I czy jeśli
lecę z nią tylko ja (żona dolatuje później), potrzebuję jakiejś zgody
drugiego rodzica?

Rafał Bielecki"""),
("pl", "w3-biuro-mis-zostal-w-hotelu", "Karolina Mroczek <karolina.mroczek@example.com>", "Zostawiony pluszak", "general", "",
"""dzień dobry, wróciliśmy wczoraj z hotelu Blue Lagoon w Albanii (pokój
214) i okazało się, że w pokoju został szary pluszowy królik naszego
synka. Mały nie może bez niego zasnąć. Czy rezydent mógłby zapytać w
hotelu, czy go znaleźli, i czy da się go jakoś przesłać? Chętnie
zapłacimy za wysyłkę.
Karolina Mroczek"""),
("pl", "w3-biuro-pobrali-calosc-zamiast-raty", "Oskar Jabłoński <oskar.jablonski@example.org>", "Wakacje - druga rata", "billing", "",
"""Dzien dobry, przy rezerwacji wybralem platnosc w 3 ratach. Dzis z
karty zeszlo 4 200 zl, czyli wszystko co zostalo, a nie druga rata
1 400. Nie mam teraz tyle na koncie na inne rzeczy. Co sie stalo i
czy mozna to cofnac?
Oskar"""),
("pl", "w3-biuro-aplikacja-karty-pokladowe", "Elżbieta Urban <elzbieta.urban@example.net>", "Fwd: Twoje dokumenty podróży", "technical", "",
"""Dzień dobry,

w mailu poniżej piszecie, że karty pokładowe są w aplikacji w zakładce
"Moja podróż". U mnie ta zakładka się ładuje i po chwili pokazuje "Coś
poszło nie tak (kod 0x17)". Wylot w piątek o 6 rano. Wylogowałam się i
zalogowałam, przeinstalowałam aplikację, nic.

Elżbieta Urban

---------- Wiadomość przekazana ----------
Od: Słoneczne Wakacje <noreply@slonecznewakacje.example>
Temat: Twoje dokumenty podróży
Dokumenty podróży, w tym karty pokładowe, są dostępne w aplikacji
mobilnej w zakładce "Moja podróż"."""),
# ---------------- kemping i glamping ----------------
("pl", "w3-glamping-kaucja-300", "Bartosz Sobczak <bartosz.sobczak@example.com>", "Domek nr 7, 12-15 sierpnia", "billing", "",
"""Dzień dobry,

byliśmy u Was w domku nr 7 od 12 do 15 sierpnia. Przy wyjeździe pan z
recepcji obejrzał domek, powiedział, że wszystko w porządku, i że 300
zł zostanie oddane "w ciągu kilku dni". Minęły prawie trzy tygodnie i
tych 300 zł dalej nie ma na koncie.

Bartosz Sobczak"""),
("pl", "w3-kemping-oplata-klimatyczna-podwojnie", "Ryszard Majewski <ryszard.majewski@example.net>", "rachunek za pobyt", "billing", "",
"""dzien dobry
na rachunku za pobyt na polu namiotowym (2 os., 5 nocy) oplata
miejscowa jest policzona dwa razy - raz jako "opl. klimatyczna 2x5" i
drugi raz jako "taksa miejscowa 2x5". to chyba to samo? razem 44 zl za
duzo.
R. Majewski"""),
("pl", "w3-glamping-zapach-gazu-namiot", "Iga Sadowska <iga.sadowska@example.org>", "Namiot safari nr 3 - kuchenka", "technical", "high",
"""Dzień dobry,

piszę z namiotu safari nr 3. Od około godziny przy kuchence gazowej w
części kuchennej czuć wyraźny zapach gazu, mimo że wszystkie pokrętła
są zakręcone. Zakręciliśmy zawór na butli, wynieśliśmy dzieci na
zewnątrz i siedzimy przy ognisku. Na recepcji nikt nie odbiera
telefonu. Proszę, żeby ktoś przyszedł to sprawdzić.

Iga Sadowska"""),
("pl", "w3-kemping-przylacze-pradu-wybija", "Adam Kalinowski <adam.kalinowski@example.com>", "Prad na stanowisku C12", "technical", "",
"""Dzien dobry,

stoimy kamperem na stanowisku C12. Od wczoraj wieczorem, jak tylko
wlaczamy czajnik elektryczny (2000 W), wybija zabezpieczenie w
skrzynce przylaczeniowej i caly kamper zostaje bez pradu. W regulaminie
jest 16 A na stanowisko, wiec czajnik nie powinien byc problemem.
Sasiedzi z C11 maja to samo.

Adam Kalinowski"""),
("pl", "w3-kemping-dwa-psy-pytanie", "Agata Pietrzyk <agata.pietrzyk@example.net>", "pies", "general", "",
"""Czesc, czy na Waszym kempingu mozna byc z dwoma psami (labrador i
maly mieszaniec)? Widze w cenniku "zwierze 15 zl/doba" ale nie wiem czy
to za kazde. I czy sa jakies strefy gdzie psy nie moga wchodzic, np.
plaza? Przyjechalibysmy w lipcu na tydzien.
Agata"""),
("pl", "w3-kemping-sektor-b-bez-pradu", "Paweł Kasprzak <pawel.kasprzak@example.org>", "SEKTOR B BEZ PRADU", "technical", "high",
"""Dzien dobry,
od okolo 14:00 caly sektor B kempingu (ok. 30 stanowisk kamperowych)
jest bez pradu. Skrzynki przylaczeniowe sa martwe, nie ma nic
wybitego. Ludzie maja w lodowkach jedzenie i leki (u sasiadow insulina),
a jest 31 stopni. Recepcja mowi ze "elektryk bedzie jutro". Prosze o
interwencje dzis.
Pawel Kasprzak, stanowisko B17"""),
("pl", "w3-glamping-voucher-roznica-ceny", "Weronika Dąbrowska <weronika.dabrowska@example.org>", "Voucher prezentowy a cena", "billing", "",
"""Dzień dobry,

dostałam od siostry voucher na dwie noce w domku na drzewie, opłacony w
zeszłym roku za 780 zł. Teraz przy rezerwacji system każe mi dopłacić
160 zł, bo "cennik na sezon 2024 się zmienił". Na voucherze jest
napisane "2 noce w domku na drzewie dla 2 osób", bez kwoty. Czy
naprawdę muszę dopłacać?

Weronika"""),
# ---------------- car sharing ----------------
("pl", "w3-carsharing-blad-403-auto", "Mateusz Lewicki <mateusz.lewicki@example.net>", "nie moge otworzyc auta", "technical", "",
"""stoje przy aucie WX 4521K na Mokotowskiej, w aplikacji klikam "otworz"
i wyskakuje "Blad 403 - pojazd niedostepny". auto jest na mapie jako
wolne, zarezerwowalem je 10 min temu. restart telefonu nic nie dal.
spiesze sie na pociag"""),
("pl", "w3-carsharing-przejazd-sie-nie-zakonczyl", "Justyna Kowalska <justyna.kowalska@example.com>", "Przejazd 18.06", "billing", "",
"""Dzień dobry,

18 czerwca zaparkowałam samochód w strefie na Żoliborzu o 19:40,
kliknęłam "Zakończ wynajem" i odeszłam. Okazuje się, że wynajem
zakończył się dopiero o 22:52, kiedy ktoś inny chciał go wziąć. Z
karty zeszło 87,30 zł zamiast około 20 zł. Mam zdjęcie auta
zaparkowanego o 19:41 z godziną w telefonie.

Justyna Kowalska"""),
("pl", "w3-carsharing-szkoda-nie-moja-sad", "Piotr Walczak <piotr.walczak@example.org>", "Obciążenie za szkodę - odmawiam", "billing", "high",
"""Szanowni Państwo,

obciążyli mnie Państwo kwotą 1 500 zł za rysę na tylnym zderzaku auta,
którym jechałem 2 maja przez 14 minut. Przed jazdą zrobiłem zdjęcia w
aplikacji, zgodnie z regulaminem - na trzecim zdjęciu ta rysa jest
dobrze widoczna.

Nie zapłacę za cudzą szkodę. Jeżeli obciążenie nie zostanie anulowane,
sprawa trafi do sądu, a ja złożę zawiadomienie do rzecznika
konsumentów.

Piotr Walczak"""),
("pl", "w3-carsharing-hamulce-kontrolka", "Helena Stępień <helena.stepien@example.net>", "Auto PO 7781C", "technical", "high",
"""Dzień dobry, właśnie skończyłam przejazd autem PO 7781C. Po kilku
kilometrach zapaliła się czerwona kontrolka hamulców, a pedał zaczął
wpadać głębiej niż zwykle. Dojechałam powoli, zaparkowałam na ul.
Głogowskiej 40. Myślę, że nikt nie powinien nim teraz jeździć, a wciąż
jest w aplikacji jako dostępne.
Helena Stępień"""),
("pl", "w3-carsharing-parasol-w-aucie", "Filip Nowicki <filip.nowicki@example.com>", "Zostawiony parasol", "general", "",
"""Dzien dobry, wczoraj ok. 17 jechalem autem WI 2290M i zostawilem na
tylnym siedzeniu parasol (duzy, zielony, drewniana raczka). Wiem, ze to
drobiazg, ale to prezent. Czy jest szansa, ze ktos z Waszej obslugi go
znajdzie?
Filip"""),
("pl", "w3-carsharing-pakiet-minut-przeprowadzka", "Dorota Wasilewska <dorota.wasilewska@example.org>", "Pakiet 300 minut", "billing", "",
"""Dzien dobry,

pod koniec miesiaca przeprowadzam sie do Szczecina, gdzie Was niestety
nie ma. Mam wykupiony pakiet 300 minut odnawiany co miesiac. Prosze,
zeby od lipca juz sie nie odnawial - nie bede miala gdzie go
wykorzystac.

Dorota Wasilewska"""),
("pl", "w3-carsharing-zmiana-nazwiska-prawo-jazdy", "Alicja Grabowska-Wiśniewska <alicja.gw@example.net>", "Zmiana danych w profilu", "general", "",
"""Dzień dobry,
po ślubie zmieniłam nazwisko i mam nowe prawo jazdy. W aplikacji nie da
się edytować nazwiska ani numeru dokumentu. Jak mogę zaktualizować
dane? Mogę przesłać skan nowego prawa jazdy.
Alicja Grabowska-Wiśniewska (wcześniej Grabowska)"""),
# ---------------- parkingi i e-myto ----------------
("pl", "w3-tag-myto-czerwone-swiatlo", "Stanislaw Michalski <stanislaw.michalski@example.com>", "Tag na bramkach", "technical", "",
"""Dzien dobry,

od tygodnia na bramkach na A2 moj tag piszczy dwa razy i swieci na
czerwono, szlaban sie nie podnosi i musze placic karta w okienku. Tag
jest przyklejony tam, gdzie w instrukcji, konto w aplikacji jest aktywne
i doladowane. Przez pierwsze pol roku dzialal bez problemu.

Stanislaw Michalski"""),
("pl", "w3-parking-dwa-razy-jeden-wyjazd", "Konrad Sikorski <konrad.sikorski@example.org>", "Wyjazd z parkingu Galeria Północ", "billing", "",
"""wyjezdzalem w sobote z parkingu przy Galerii Polnoc, przylozylem karte
do czytnika, szlaban sie nie otworzyl, przylozylem drugi raz i dopiero
poszlo. w banku widze ze wzieliscie dwa razy po 12 zl. jeden wyjazd,
jedna oplata.
Konrad"""),
("pl", "w3-parking-oplata-dodatkowa-mam-bilet", "Maria Laskowska <maria.laskowska@example.net>", "Wezwanie do zapłaty nr OD/2024/0571", "billing", "",
"""Dzień dobry,

dostałam wezwanie do zapłaty 150 zł opłaty dodatkowej za brak biletu
parkingowego 12 marca przy ul. Długiej. Parking był opłacony w
aplikacji od 9:05 do 11:05, a kontrola była o 10:20. W załączeniu zrzut
ekranu z aplikacji z numerem rejestracyjnym. Proszę o anulowanie tej
opłaty.

Maria Laskowska"""),
("pl", "w3-parking-szpital-szlabany-nie-dzialaja", "Zarząd Szpitala Wojewódzkiego <administracja@szpital-woj.example>", "Parking szpitalny - wszystkie szlabany zablokowane", "technical", "high",
"""Dzień dobry,

od 7:10 żaden z trzech szlabanów wyjazdowych na parkingu szpitalnym nie
przyjmuje biletów ani płatności - wyświetla się "Brak połączenia z
serwerem". W środku stoi ponad 200 samochodów pacjentów i personelu
po nocnej zmianie, a wjazd blokuje karetkom dojazd do izby przyjęć, bo
kolejka sięga ulicy. Nasi pracownicy podnoszą szlabany ręcznie.

Potrzebujemy technika na miejscu natychmiast. Kontakt: Krzysztof
Żmuda, kierownik działu technicznego, 71 300 22 80.

Administracja Szpitala Wojewódzkiego"""),
("pl", "w3-myto-zmiana-tablic-rejestracyjnych", "Ireneusz Cieślak <ireneusz.cieslak@example.com>", "nowe tablice", "general", "",
"""Dzien dobry, przerejestrowalem auto i mam nowe tablice (bylo
KR 1A234, teraz KRA 55XY). Jak zmienic numer przypisany do taga w
koncie? Nie widze takiej opcji w ustawieniach. Nie chce zeby potem
przyszly jakies wezwania na stary numer.
Ireneusz Cieslak"""),
("pl", "w3-myto-faktura-zbiorcza-flota", "Flota Trans-Bud <flota@transbud.example>", "Faktury za przejazdy - 14 pojazdów", "billing", "",
"""Dzień dobry,

mamy na koncie firmowym 14 tagów. Obecnie dostajemy osobną fakturę za
każdy przejazd, co miesięcznie daje kilkaset dokumentów do
zaksięgowania. Czy możliwa jest jedna faktura zbiorcza za miesiąc dla
całej floty, z rozbiciem na numery rejestracyjne?

Pozdrawiam
Beata Olszak
Trans-Bud sp. j."""),
("pl", "w3-parking-kamery-tablic-szlaban-firma", "Biurowiec Horyzont - recepcja <recepcja@horyzont-biurowiec.example>", "Szlaban parkingu podziemnego nie wpuszcza nikogo", "technical", "high",
"""Dzień dobry,

od 7:30 kamera rozpoznająca tablice przy wjeździe na parking podziemny
biurowca nie wpuszcza żadnego samochodu z listy abonamentowej -
ekran pokazuje "Pojazd nieznany". Przed wjazdem stoi kolejka ponad 20
aut pracowników najemców, kolejni parkują na chodniku, a straż
miejska już była. Ręczne podnoszenie szlabanu z recepcji też nie
działa.

Prosimy o pilną interwencję serwisu. Tel. 22 400 18 90.

Recepcja Biurowca Horyzont"""),
# ---------------- stacja kontroli pojazdów ----------------
("pl", "w3-skp-kiosk-nie-przyjmuje-kodu", "Jacek Wiśniewski <jacek.wisniewski@example.com>", "Kod rezerwacji", "technical", "",
"""Dzien dobry,
zarezerwowalem przeglad przez internet i dostalem SMS z kodem 6-cyfrowym.
Na stacji w Piasecznie automat przy wjezdzie do kolejki nie przyjmuje
tego kodu - "Kod nieprawidlowy lub wygasl". Pan z obslugi wpuscil mnie
recznie, ale mowil, ze od tygodnia wiekszosc kodow nie dziala. Za
tydzien mam drugie auto i wolalbym nie stac w kolejce bez rezerwacji.
Jacek Wisniewski"""),
("pl", "w3-skp-lpg-162-zamiast-urzedowej", "Wiesław Marciniak <wieslaw.marciniak@example.net>", "Przegląd z instalacją gazową", "billing", "",
"""Dzień dobry,

wczoraj zrobiłem u Was okresowe badanie techniczne samochodu z
instalacją LPG i zapłaciłem 182 zł. Opłata za przegląd jest urzędowa i
z tego co czytam, za osobowy z LPG wynosi 162 zł. Skąd 20 zł więcej? Na
paragonie jest tylko jedna pozycja "badanie techniczne".

Wiesław Marciniak"""),
("pl", "w3-skp-rezerwacja-strona-zawiesza", "Kamila Adamczyk <kamila.adamczyk@example.org>", "rezerwacja online", "technical", "",
"""dzien dobry, probuje zarezerwowac termin przegladu przez strone.
wybieram stacje, date i godzine, a po kliknieciu "potwierdz" kolko
kreci sie w nieskonczonosc. po 5 minutach wraca do wyboru godziny i ta
godzina jest juz "zajeta" - moze to ja ja zajelam? zaden mail nie
przyszedl. probowalam 3 razy
Kamila"""),
("pl", "w3-skp-diagnosta-kierownik-stacji", "Ludwik Pawlak <ludwik.pawlak@example.com>", "Badanie techniczne - proszę o kontakt kierownika stacji", "general", "high",
"""Szanowni Państwo,

w środę diagnosta na stacji przy ul. Przemysłowej nie dopuścił mojego
samochodu do ruchu z powodu "nadmiernego luzu w zawieszeniu". Dzień
później mechanik w ASO sprawdził auto i nie stwierdził żadnego luzu.
Diagnosta był przy tym niegrzeczny i odmówił pokazania mi, o co
chodzi.

Chcę porozmawiać z kierownikiem stacji o ponownym badaniu przez innego
diagnostę. Proszę o telefon: 698 002 174.

Ludwik Pawlak"""),
("pl", "w3-skp-faktura-nip-karta", "Auto-Kurier Marek Dudek <biuro@autokurier.example>", "faktura za przegląd", "billing", "",
"""Dzien dobry, dzis rano przeglad busa WGM 80411, placilem karta 98 zl,
dostalem paragon bez NIP bo zapomnialem powiedziec. Prosze o fakture na
firme: Auto-Kurier Marek Dudek, NIP 822-000-71-09, ul. Polna 2, 05-300
Minsk Mazowiecki. Paragon moge odeslac skanem.
Marek Dudek"""),
("pl", "w3-skp-platnosc-online-przy-rezerwacji", "Jolanta Kasprzak <jolanta.kasprzak@example.net>", "Re: Potwierdzenie rezerwacji", "technical", "",
"""Ten link "opłać teraz" z Państwa maila prowadzi do strony, która
wyświetla tylko "404 - Not Found". Sprawdziłam w telefonie i na
komputerze. Czy rezerwacja jest ważna bez płatności z góry, czy mogę
zapłacić na miejscu? Głównie chodzi mi o to, żeby ten link w ogóle
działał.

J. Kasprzak

> Dziękujemy za rezerwację badania technicznego na 14.06, godz. 8:30.
> Aby potwierdzić rezerwację, prosimy o płatność online: opłać teraz"""),
("pl", "w3-skp-podziekowanie-diagnosta", "Ryszard Zalewski <ryszard.zalewski@example.com>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałem podziękować panu diagnoście z popołudniowej zmiany na stacji
w Pruszkowie. Auto nie przeszło przeglądu (przepalone światło i
uszkodzona osłona przegubu), ale pan pokazał mi wszystko na kanale i
wyjaśnił, co naprawić i ile mniej więcej to kosztuje, żebym nie dał się
naciągnąć w warsztacie. Wróciłem dwa dni później i wszystko przeszło.

Ryszard Zalewski"""),
# ---------------- serwis ogłoszeń i aukcje internetowe ----------------
("pl", "w3-ogloszenia-wyroznienie-nie-widac", "Kamil Górski <kamil.gorski@example.org>", "Wyróżnienie ogłoszenia", "billing", "",
"""Dzień dobry,

w poniedziałek wykupiłem wyróżnienie ogłoszenia "Rower szosowy Giant
rozm. M" na 7 dni za 19,99 zł. Ogłoszenie nie ma żadnej ramki ani
oznaczenia i w wynikach wyszukiwania jest na piątej stronie, jak
wcześniej. Płaciłem, a nic się nie zmieniło.

Kamil Górski"""),
("pl", "w3-ogloszenia-zdjecia-blad-wgrywania", "Beata Jakubowska <beata.jakubowska@example.net>", "nie moge dodac zdjec", "technical", "",
"""przy dodawaniu ogloszenia zdjecia wgrywaja sie do 100% a potem znikaja
i pojawia sie "Blad przesylania pliku". zdjecia z telefonu, jpg, male.
wczoraj dodawalam inne ogloszenie i bylo ok. bez zdjec nikt nie kupi
wozka"""),
("pl", "w3-aukcje-sprzedawca-nie-wyslal-bank", "Dariusz Kołodziejczyk <dariusz.k@example.com>", "Zakup 7720415 - zgłoszenie w banku", "billing", "high",
"""Dzień dobry,

17 kwietnia kupiłem na Waszej platformie konsolę za 1 850 zł z opcją
"Bezpieczne zakupy". Sprzedawca nie wysłał paczki, numer przesyłki,
który podał, nie istnieje, a od tygodnia nie odpowiada. Zgłoszenie w
centrum pomocy jest od 10 dni "w trakcie analizy".

Nie czekam dłużej: złożyłem w banku wniosek o zwrot transakcji
(chargeback). Proszę o wstrzymanie wypłaty środków sprzedawcy.

Dariusz Kołodziejczyk"""),
("pl", "w3-ogloszenia-logowanie-z-innego-kraju", "Natalia Wojciechowska <natalia.wojciechowska@example.org>", "Ktoś wszedł na moje konto?", "technical", "",
"""Dzień dobry,

dostałam maila "Nowe logowanie z urządzenia w Rumunii". To nie ja. Gdy
próbuję się zalogować, hasło jest nieprawidłowe, a link do resetu
przychodzi... chyba na inny adres, bo u mnie nic nie ma. W moim koncie
są wystawione trzy ogłoszenia, których nie dodawałam (iPhone'y po 900
zł). Jak odzyskać dostęp?

Natalia Wojciechowska"""),
("pl", "w3-ogloszenia-oszust-zglaszam", "Henryk Szulc <henryk.szulc@example.com>", "Podejrzane ogloszenie", "general", "",
"""Dzien dobry,
chce zglosic ogloszenie "Mieszkanie 2 pok. Gdansk Wrzeszcz 1400 zl".
Osoba z ogloszenia zada wplaty kaucji na konto za granica przed
obejrzeniem mieszkania i pisze po angielsku przez tlumacza. Zdjecia sa
skopiowane z innego portalu. Moze ktos sie nabierze, warto to usunac.
H. Szulc"""),
("pl", "w3-aukcje-prowizja-8-zamiast-5", "Grażyna Wieczorek <grazyna.wieczorek@example.net>", "dlaczego 34 zł?", "billing", "",
"""Dzień dobry, sprzedałam zegarek za 425 zł. Z wypłaty ściągnęliście 34
zł, czyli 8%. W cenniku dla kategorii "Zegarki" stoi 5%, czyli powinno
być 21,25 zł. Skąd ta różnica? Nie wykupywałam żadnych dodatków.
Grażyna"""),
("pl", "w3-ogloszenia-zmiana-nazwy-uzytkownika", "Tomasz Kwiatkowski <tomasz.kwiatkowski@example.org>", "Nazwa wyswietlana", "general", "",
"""Dzien dobry,
czy da sie zmienic nazwe, ktora wyswietla sie przy moich ogloszeniach?
Przy zakladaniu konta wpisalem ksywke z liceum ("tomek_xxx_1998") i
teraz glupio to wyglada, jak sprzedaje meble po rodzicach.
Tomasz"""),
("pl", "w3-aukcje-serwis-lezy-koncowki", "Antykwariat Pod Lipą <kontakt@podlipa-antyki.example>", "Nie działa strona - kończą się nasze aukcje", "technical", "high",
"""Dzień dobry,

od 19:40 Wasz serwis wyświetla tylko "Przepraszamy, trwają prace" -
zarówno strona, jak i aplikacja. Dziś wieczorem kończy się u nas 212
aukcji (meble i porcelana), w tym większość między 20:00 a 21:00.
Kupujący piszą do nas na Facebooku, że nie mogą licytować. Jeżeli
aukcje zakończą się bez ofert, tracimy tydzień pracy.

Proszę o informację, czy aukcje zostaną przedłużone.

Antykwariat Pod Lipą
Władysław Nowak"""),
# ---------------- sklep z płatnością odroczoną / raty ----------------
("pl", "w3-odroczone-zwrot-a-dalej-rata", "Izabela Krajewska <izabela.krajewska@example.com>", "Zamówienie zwrócone, a rata dalej do zapłaty", "billing", "",
"""Dzień dobry,

kupiłam u Was kurtkę za 459 zł z płatnością "zapłać za 30 dni".
Odesłałam ją w 5. dniu, sklep potwierdził przyjęcie zwrotu mailem. W
aplikacji nadal widzę "Do zapłaty: 459,00 zł, termin 22.11". Nie chcę
płacić za coś, czego już nie mam, ani dostać upomnienia.

Izabela Krajewska"""),
("pl", "w3-odroczone-windykacja-adwokat", "Marian Kowalewski <marian.kowalewski@example.net>", "Przekazanie do windykacji - sprzeciw", "billing", "high",
"""Szanowni Państwo,

otrzymałem pismo od firmy windykacyjnej w sprawie rzekomej zaległości
612 zł za zakupy z odroczoną płatnością z marca. Całą kwotę spłaciłem
przelewem 2 kwietnia, mam potwierdzenie z banku z Państwa numerem
referencyjnym.

Sprawę przekazałem adwokatowi. Żądam natychmiastowego wycofania
wierzytelności z windykacji i pisemnego potwierdzenia. W przeciwnym
razie wystąpię na drogę sądową i złożę skargę do UOKiK.

Marian Kowalewski"""),
("pl", "w3-odroczone-weryfikacja-selfie", "Patrycja Nowak <patrycja.nowak@example.org>", "weryfikacja tożsamości", "technical", "",
"""Hej,
przy wyborze płatności ratalnej każecie zrobić zdjęcie dowodu i selfie.
Zdjęcie dowodu przechodzi, a przy selfie za każdym razem "Nie udało się
zweryfikować twarzy, spróbuj w lepszym oświetleniu". Robiłam w dzień
przy oknie, bez okularów, 6 razy. Telefon Samsung A52.
Patrycja"""),
("pl", "w3-odroczone-przesuniecie-terminu", "Krystian Sawicki <krystian.sawicki@example.com>", "termin platnosci", "billing", "",
"""dzien dobry, wyplate dostaje 10-go a termin raty mam na 5-go. czy da
sie przesunac dzien splaty na 12-go kazdego miesiaca? wolalbym nie
placic odsetek za kilka dni.
Krystian"""),
("pl", "w3-odroczone-nowy-numer-telefonu", "Renata Głowacka <renata.glowacka@example.net>", "Zmiana numeru telefonu", "general", "",
"""Dzień dobry, zmieniłam operatora i numer telefonu. Stary numer już nie
działa. Proszę o zmianę numeru w moim koncie na 513 604 219. Nie
widziałam tego w ustawieniach aplikacji. Adres e-mail zostaje ten sam.
Renata Głowacka"""),
("pl", "w3-odroczone-aplikacja-bialy-ekran", "Przemysław Jasiński <przemek.jasinski@example.org>", "Nie rachunek - aplikacja", "technical", "",
"""Dzień dobry,

to nie jest sprawa rachunku, wszystko mam spłacone na czas. Problem
jest taki, że aplikacja po ostatniej aktualizacji pokazuje tylko biały
ekran z Waszym logo i nic więcej. Czekałem nawet 5 minut. Wyczyściłem
pamięć aplikacji, przeinstalowałem. Android 13, Xiaomi.

Przemysław Jasiński"""),
("pl", "w3-odroczone-oplata-za-spoznienie", "Edyta Kaminska <edyta.kaminska@example.com>", "15 zl", "billing", "",
"""Dzien dobry,
skad 15 zl doliczone do mojej raty? Zaplacilam 4 pazdziernika, a
termin byl 5 pazdziernika. W historii przelewow to widac. Prosze o
usuniecie tej kwoty.
Edyta"""),
# ---------------- cashback i porównywarka cen ----------------
("pl", "w3-cashback-42-zl-wisi", "Monika Zajac <monika.zajac@example.org>", "cashback ze sklepu z elektronika", "billing", "",
"""Dzien dobry,

w lutym kupilam przez Wasz link zmywarke za 2 100 zl. Cashback 42 zl
od trzech miesiecy ma status "oczekujacy", a w regulaminie jest do 90
dni. Zmywarki nie zwracalam. Kiedy te 42 zl pojawia sie na saldzie do
wyplaty?

Monika"""),
("pl", "w3-cashback-wyplata-minimum", "Artur Lesniak <artur.lesniak@example.net>", "wyplata", "billing", "",
"""czesc, mam na koncie 38,50 zl zatwierdzonego cashbacku i przycisk
"wyplac" jest szary. czy jest jakies minimum wyplaty? jesli 50 zl to
troche slabo bo juz nic u nich nie kupuje. da sie wyplacic na konto
albo chociaz na karte podarunkowa?"""),
("pl", "w3-cashback-wtyczka-nie-aktywuje", "Paweł Marczak <pawel.marczak@example.com>", "Wtyczka do przeglądarki", "technical", "",
"""Dzień dobry,

zainstalowałem Waszą wtyczkę w Chrome. Kiedy wchodzę na strony sklepów
partnerskich, ikona w ogóle się nie podświetla i nie pojawia się
komunikat "Aktywuj cashback". Jestem zalogowany we wtyczce. Wyłączyłem
blokowanie reklam. Na laptopie żony na tym samym koncie działa.

Paweł Marczak"""),
("pl", "w3-porownywarka-oferta-wspolpracy", "Sklep Rowerowy Pedał <sklep@pedal-rowery.example>", "Współpraca - dołączenie sklepu do porównywarki", "general", "",
"""Dzień dobry,

prowadzimy sklep internetowy z rowerami i częściami (ok. 4 000
produktów). Chcielibyśmy, żeby nasze oferty pojawiały się w Państwa
porównywarce. Jakie są warunki współpracy, w jakim formacie
przekazuje się plik produktowy i z kim możemy porozmawiać?

Pozdrawiamy
Tomasz Pedałowski
Sklep Rowerowy Pedał"""),
("pl", "w3-cashback-usuniecie-konta-rodo", "Olga Kubiak <olga.kubiak@example.org>", "Usunięcie konta i danych", "general", "",
"""Dzień dobry,
proszę o usunięcie mojego konta w serwisie i wszystkich moich danych
osobowych zgodnie z art. 17 RODO. Saldo mam zerowe, nic mi nie
wisi. Proszę o potwierdzenie usunięcia na ten adres.
Olga Kubiak"""),
("pl", "w3-porownywarka-alerty-cenowe-nie-przychodza", "Jerzy Błaszczyk <jerzy.blaszczyk@example.net>", "Alert cenowy", "technical", "",
"""Dzien dobry, ustawilem alert cenowy na ekspres do kawy ponizej 1500 zl.
Wczoraj na Waszej stronie widze ze jest juz za 1399 w dwoch sklepach, a
maila nie dostalem. Inne maile od Was dochodza (newsletter). W
ustawieniach alertu wszystko wlaczone. Sprawdzalem spam.
Jerzy"""),
("pl", "w3-cashback-zabrali-120-rzecznik", "Lucyna Ziółkowska <lucyna.ziolkowska@example.com>", "Odebrany cashback 120 zł", "billing", "high",
"""Szanowni Państwo,

z mojego salda zniknęło 120 zł zatwierdzonego już cashbacku za wycieczkę
kupioną w październiku, z adnotacją "korekta partnera". Wycieczkę
odbyłam, nic nie było anulowane, mam rachunek z biura podróży. Przez
czat nikt nie potrafi mi tego wyjaśnić.

Oczekuję przywrócenia 120 zł w ciągu 7 dni. W przeciwnym razie
zgłoszę sprawę do powiatowego rzecznika konsumentów.

Lucyna Ziółkowska"""),
# ---------------- gazeta i magazyny online ----------------
("pl", "w3-gazeta-299-zamiast-miesiecznie", "Andrzej Wróbel <andrzej.wrobel@example.net>", "Odnowienie prenumeraty", "billing", "",
"""Dzień dobry,

do tej pory płaciłem za dostęp cyfrowy 29,90 zł miesięcznie. Wczoraj
zeszło mi z karty 299 zł - jak się okazuje, "pakiet roczny". Nigdy go
nie wybierałem. Proszę o zwrot tej kwoty i powrót do płatności
miesięcznych.

Andrzej Wróbel"""),
("pl", "w3-gazeta-prenumerata-po-mezu", "Barbara Sowińska <barbara.sowinska@example.com>", "prenumerata męża", "billing", "",
"""Dzień dobry,

mój mąż Zdzisław Sowiński zmarł w marcu. To on czytał Waszą gazetę na
tablecie, ja nie korzystam. Płatność idzie z naszego wspólnego konta.
Proszę, żeby to już się nie przedłużało. Nie wiem, jakie było jego
hasło.

Barbara Sowińska"""),
("pl", "w3-gazeta-paywall-mimo-subskrypcji", "Krzysztof Lis <krzysztof.lis@example.org>", "Paywall", "technical", "",
"""Mam wykupiona subskrypcje Premium (dziala do grudnia), jestem
zalogowany - w rogu widze swoje imie - a przy kazdym artykule i tak
wyskakuje okno "Ten tekst jest dostepny dla prenumeratorow, wykup
dostep". Tak od wczoraj, na telefonie i na komputerze.
Krzysztof"""),
("pl", "w3-egazeta-pdf-nie-pobiera", "Halina Witkowska <halina.witkowska@example.net>", "E-wydanie", "technical", "",
"""Dzień dobry, od poniedziałku nie mogę pobrać e-wydania w PDF. Pasek
pobierania dochodzi do około połowy i pojawia się "Błąd pobierania -
plik uszkodzony". Starsze wydania z archiwum pobierają się normalnie.
Czytam zawsze rano przy kawie, więc bardzo proszę o pomoc.
Halina Witkowska"""),
("pl", "w3-gazeta-sprostowanie-artykul", "Stowarzyszenie Przyjaciół Parku Zdrojowego <zarzad@park-zdrojowy.example>", "Prośba o sprostowanie - artykuł z 12 maja", "general", "",
"""Szanowna Redakcjo,

w artykule "Park Zdrojowy do wycinki?" z 12 maja napisano, że nasze
stowarzyszenie popiera budowę parkingu w miejscu alei lipowej. Jest
odwrotnie - od dwóch lat protestujemy przeciwko temu projektowi.
Prosimy o zamieszczenie sprostowania.

Z poważaniem
Ewa Maj
Prezes Zarządu"""),
("pl", "w3-gazeta-czytelnia-biblioteki-paywall", "Biblioteka Miejska - Czytelnia <czytelnia@biblioteka-miejska.example>", "Dostęp instytucjonalny nie działa", "technical", "high",
"""Dzień dobry,

od dzisiejszego otwarcia żaden z 28 komputerów w naszej czytelni nie
ma dostępu do Państwa serwisu w ramach licencji instytucjonalnej (po
adresie IP) - wszędzie wyskakuje okno "Wykup dostęp". Mamy grupę
maturzystów przygotowujących się z artykułów publicystycznych i
seniorów, którzy przychodzą specjalnie czytać gazetę. Licencja jest
opłacona do grudnia, nasz adres IP się nie zmienił.

Anna Kurowska
Kierownik Czytelni"""),
("pl", "w3-gazeta-po-rezygnacji-bank", "Wiktor Borowski <wiktor.borowski@example.org>", "Re: Potwierdzenie anulowania subskrypcji", "billing", "high",
"""Jak widać poniżej, w styczniu dostałem od Was potwierdzenie, że
subskrypcja jest anulowana. Mimo to w lutym, marcu i kwietniu
pobraliście po 34,99 zł. Na moje dwa maile nikt nie odpowiedział.

Zgłosiłem wszystkie trzy obciążenia w banku jako nieautoryzowane.

Wiktor Borowski

> Dzień dobry,
> potwierdzamy anulowanie subskrypcji Cyfrowa Plus. Dostęp pozostanie
> aktywny do 31 stycznia.
> Dział Obsługi Prenumeraty"""),
# ---------------- audiobooki i e-booki ----------------
("pl", "w3-audiobooki-po-okresie-probnym", "Zuzanna Kaminska <zuzanna.kaminska@example.com>", "Okres probny", "billing", "",
"""hej, zalozylam konto na 30 dni za darmo w wakacje, wysluchalam jedna
ksiazke i zapomnialam o Was. teraz widze na wyciagu trzy razy po 39,99.
da sie cos z tym zrobic? no i zeby juz wiecej nie schodzilo
Zuza"""),
("pl", "w3-audiobook-zatrzymuje-sie-rozdzial-3", "Bogusław Czarnecki <boguslaw.czarnecki@example.net>", "Audiobook się wyłącza", "technical", "",
"""Dzień dobry,

audiobook "Pan Tadeusz" w Waszej aplikacji zatrzymuje się zawsze w tym
samym miejscu, pod koniec rozdziału 3 (ok. 2:14:30), i aplikacja się
zamyka. Po ponownym otwarciu wraca do tego miejsca i znowu to samo.
Inne książki grają dobrze. Pobrałem ją ponownie, bez zmian.

Bogusław Czarnecki"""),
("pl", "w3-ebook-nie-synchronizuje-czytnik", "Lena Michalak <lena.michalak@example.org>", "Czytnik nie widzi książek", "technical", "",
"""Dzień dobry,
kupione od Was e-booki nie pojawiają się na moim czytniku. Wysyłka na
czytnik pokazuje "Wysłano", ale na urządzeniu nic nie ma nawet po
kilku dniach. Wcześniej działało. Adres wysyłki sprawdziłam, jest ten
sam. Książek mi nie brakuje - są w aplikacji na telefonie - chcę tylko
czytać na czytniku.
Lena"""),
("pl", "w3-audiobooki-kod-prezentowy-saldo", "Dariusz Stępniak <dariusz.stepniak@example.com>", "kod podarunkowy", "billing", "",
"""Dzień dobry, dostałem na imieniny kod podarunkowy na 100 zł. Po
wpisaniu w ustawieniach konta pojawia się "Kod został aktywowany", ale
saldo dalej pokazuje 0,00 zł i przy zakupie audiobooka każe płacić
kartą. Kod: AUD-7H2K-99QX.
Darek"""),
("pl", "w3-audiobooki-lektor-propozycja", "Wanda Marczewska <wanda.marczewska@example.net>", "Propozycja", "general", "",
"""Dzień dobry,

słucham u Państwa dużo kryminałów. Czy jest szansa, że pojawi się cała
seria o komisarzu Kruku? Macie tylko dwa pierwsze tomy, a jest ich
siedem. I jeszcze mała sugestia: przydałoby się wyszukiwanie po
lektorze - niektórych słucham chętniej niż innych.

Pozdrawiam
Wanda Marczewska"""),
("pl", "w3-audiobooki-podziekowanie-niewidomy", "Stefan Jankowski <stefan.jankowski@example.org>", "Dziekuje", "general", "",
"""Dzien dobry
jestem niewidomy od 15 lat i korzystam z czytnika ekranu. Chcialem
podziekowac za ostatnia aktualizacje aplikacji - wreszcie wszystkie
przyciski sa dobrze opisane i moge sam wybierac ksiazki bez pomocy
wnuczki. Malo kto o tym pamieta.
Stefan Jankowski"""),
("pl", "w3-audiobooki-zmiana-na-rodzinny", "Agnieszka Pawlak <agnieszka.pawlak@example.com>", "Plan rodzinny", "billing", "",
"""Dzień dobry,

mam plan indywidualny za 39,99 zł. Córka i mąż też chcą słuchać. Czy
mogę przejść na plan rodzinny od razu, a jeśli tak, to czy zapłacę
tylko różnicę za ten miesiąc, czy od nowa całość?

Agnieszka"""),
# ---------------- abonamenty gier na konsole i PC ----------------
("pl", "w3-gry-trzy-miesiace-naraz", "Michał Kowalczyk <michal.kowalczyk@example.net>", "Abonament", "billing", "",
"""Dzień dobry,

płacę za abonament Ultimate miesięcznie, 54,99 zł. W tym miesiącu
zeszło od razu 164,97 zł. Nigdzie nie zmieniałem planu na kwartalny.
Proszę o wyjaśnienie i zwrot nadwyżki.

Michał Kowalczyk"""),
("pl", "w3-gry-blad-0x80a4-nie-uruchamia", "Jakub Wysocki <jakub.wysocki@example.com>", "gra nie startuje", "technical", "",
"""siema, od aktualizacji w sobote "Horyzont 6" z katalogu nie chce sie
uruchomic. czarny ekran i po minucie komunikat 0x80A4001A. inne gry z
abonamentu dzialaja. reinstalowalem, sprawdzalem pliki, nic. PC, win 11,
RTX 3060"""),
("pl", "w3-gry-zapis-w-chmurze-zniknal", "Marcin Sobolewski <marcin.sobolewski@example.org>", "Zapis w chmurze", "technical", "",
"""Dzien dobry,

gralem w "Krolestwo Popiolow" na konsoli, potem chcialem kontynuowac na
PC. Po uruchomieniu na PC gra zaczela sie od zera, a gdy wrocilem na
konsole - tam tez jest nowy zapis. 60 godzin gry zniknelo. Synchronizacja
byla wlaczona na obu urzadzeniach. Czy da sie przywrocic wczesniejszy
zapis z chmury?

Marcin"""),
("pl", "w3-gry-syn-kupil-monety", "Ewa Jaworska <ewa.jaworska@example.net>", "Zakupy w grze bez mojej zgody", "billing", "",
"""Dzień dobry,

mój 9-letni syn w ciągu jednego popołudnia kupił w grze "monety" za
łącznie 436 zł, na moim koncie, do którego jest podpięta karta. Nie
wiedziałam, że nie ma blokady zakupów. Teraz ją ustawiłam. Czy jest
możliwość odzyskania tych pieniędzy? Monety nie zostały jeszcze w
większości wykorzystane.

Ewa Jaworska"""),
("pl", "w3-gry-czy-bedzie-w-katalogu", "Hubert Sikora <hubert.sikora@example.com>", "pytanie", "general", "",
"""Czy wiadomo, czy "Legendy Słowian 2" pojawią się w katalogu abonamentu
w dniu premiery? Zastanawiam się, czy kupować preorder za 279 zł, czy
poczekać.
Hubert"""),
("pl", "w3-gry-syn-idzie-do-wojska", "Zdzisław Wójtowicz <zdzislaw.wojtowicz@example.org>", "konsola syna", "billing", "",
"""Dzien dobry,
syn od pazdziernika idzie do wojska na dobrowolna sluzbe i konsola
laduje w piwnicy. To on gral, ja tylko place te 54,99 co miesiac z
mojej karty. Prosze zeby od nastepnego miesiaca juz nie bylo
pobieranych pieniedzy. Konto jest na mnie.
Zdzislaw Wojtowicz"""),
("pl", "w3-gry-pad-spuchniety-goracy", "Aleksandra Michalska <aleksandra.michalska@example.com>", "Pad z wypożyczonej konsoli", "technical", "high",
"""Dzień dobry,

mamy od Was konsolę w abonamencie z wypożyczeniem sprzętu. Jeden z
padów od kilku dni źle się zamykał, a dziś obudowa wyraźnie się
rozchyliła i pad był bardzo gorący po ładowaniu. Bateria chyba
spuchła. Odłączyłam go i włożyłam do metalowego garnka w łazience.
Proszę o informację, jak go bezpiecznie oddać i czy dostaniemy nowy.

Aleksandra Michalska"""),
("pl", "w3-gry-czat-zaczepia-dziecko", "Robert Kalinowski <robert.kalinowski@example.net>", "Dorosły zaczepia mojego syna na czacie w grze", "general", "high",
"""Dzień dobry,

mój syn ma 11 lat i gra w grę z Waszego abonamentu na koncie rodzinnym.
Wczoraj zobaczyłem na czacie głosowym i tekstowym wiadomości od
użytkownika "Darkwolf_88", który od tygodnia pisze do niego
prywatnie, prosi o zdjęcia i proponuje "darmowe skiny" w zamian za
spotkanie. Zrobiłem zrzuty ekranu. Syn jest już odcięty od czatu.

Proszę o pilne zablokowanie tego konta i informację, komu przekazać
zrzuty. Zgłaszam to też na policję.

Robert Kalinowski"""),
# ---------------- biuro tłumaczeń ----------------
("pl", "w3-tlumaczenia-strony-rozliczeniowe", "Marta Górska <marta.gorska@example.com>", "Faktura za tłumaczenie umowy", "billing", "",
"""Dzień dobry,

w wycenie było tłumaczenie 14 stron rozliczeniowych po 45 zł, czyli 630
zł netto. Na fakturze jest 19 stron i 855 zł netto. Tekst się nie
zmienił - to ten sam plik, który wysłałam do wyceny. Proszę o
wyjaśnienie, skąd 5 stron więcej.

Marta Górska
Dział Prawny, Polimer-Tech"""),
("pl", "w3-tlumaczenia-przysiegle-faktura-na-mnie", "Yuliia Kovalenko <yuliia.kovalenko@example.org>", "faktura", "billing", "",
"""Dzien dobry, zaplacilam 180 zl za tlumaczenie przysiegle swiadectwa z
ukrainskiego. Potrzebuje faktury imiennej na moje dane do rozliczenia w
urzedzie. Yuliia Kovalenko, ul. Zielona 7/12, 50-123 Wroclaw. Dziekuje
bardzo.
Yuliia"""),
("pl", "w3-tlumaczenia-akt-urodzenia-ile-trwa", "Bartłomiej Szczepański <bartlomiej.szczepanski@example.net>", "Akt urodzenia na niemiecki", "general", "",
"""Dzień dobry,

potrzebuję tłumaczenia przysięgłego odpisu zupełnego aktu urodzenia na
niemiecki, do urzędu w Monachium. Ile to mniej więcej trwa i czy
potrzebny jest oryginał, czy wystarczy skan? Jeśli oryginał, to czy
mogę go przynieść osobiście do biura na Kopernika?

Bartłomiej Szczepański"""),
("pl", "w3-tlumaczenia-portal-odrzuca-pdf", "Marcin Kaczmarek <marcin.kaczmarek@example.com>", "Nie mogę wgrać pliku", "technical", "",
"""Dzien dobry, w panelu klienta przy "Dodaj dokumenty do wyceny" wybieram
PDF (48 MB, skan instrukcji maszyny, 120 stron) i dostaje "Nieobslugiwany
format pliku". To normalny PDF. Mniejsze pliki przechodza. Jak mam go
przeslac?
Marcin"""),
("pl", "w3-tlumaczenia-blad-wiza-adwokat", "Olena Bondar <olena.bondar@example.net>", "Błąd w tłumaczeniu - odmowa wizy - żądanie zwrotu", "billing", "high",
"""Szanowni Państwo,

w tłumaczeniu przysięgłym mojego dyplomu, za które zapłaciłam 480 zł,
przestawiono daty ukończenia studiów (2019 zamiast 2016). Z tego
powodu konsulat odrzucił mój wniosek wizowy i musiałam ponownie
opłacić wniosek, 350 zł.

Żądam zwrotu 480 zł oraz pokrycia 350 zł opłaty konsularnej.
Skonsultowałam sprawę z prawnikiem. Jeżeli nie otrzymam odpowiedzi w
ciągu 7 dni, sprawa trafi do sądu.

Olena Bondar"""),
("pl", "w3-tlumaczenia-zgloszenie-tlumacz-hiszpanski", "Natalia Bąk <natalia.bak@example.org>", "Współpraca - tłumaczka języka hiszpańskiego", "general", "",
"""Dzień dobry,

jestem tłumaczką języka hiszpańskiego z ośmioletnim doświadczeniem
(teksty prawnicze i medyczne), od 2022 r. tłumaczką przysięgłą.
Chciałabym nawiązać współpracę z Państwa biurem jako freelancerka. W
załączeniu CV i przykładowe tłumaczenia.

Z wyrazami szacunku
Natalia Bąk"""),
("pl", "w3-tlumaczenia-krzaki-zamiast-liter", "Ewa Rogalska <ewa.rogalska@example.com>", "Re: Tłumaczenie gotowe - zlecenie 2211", "technical", "",
"""Dzień dobry,

pobrałam plik z panelu, ale w dokumencie zamiast polskich liter są
"krzaki" - np. "Å¼" zamiast "ż", "Ä…" zamiast "ą". W Wordzie i w
LibreOffice wygląda to tak samo. Czy można przesłać plik jeszcze raz,
może w innym formacie?

Ewa Rogalska

> Dzień dobry, tłumaczenie w ramach zlecenia 2211 jest gotowe do
> pobrania w panelu klienta. Pozdrawiamy, Biuro Tłumaczeń Lingwa"""),
# ---------------- rozliczenia podatkowe ----------------
("pl", "w3-pit-149-zamiast-99", "Kazimierz Dziedzic <kazimierz.dziedzic@example.net>", "PIT-37 - cena", "billing", "",
"""Dzień dobry,

na Państwa stronie rozliczenie PIT-37 kosztuje 99 zł. Dostałem link do
płatności na 149 zł. Mam tylko jedną umowę o pracę i ulgę na jedno
dziecko. Dlaczego 50 zł drożej?

Kazimierz Dziedzic"""),
("pl", "w3-pit-upload-pit11-blad", "Monika Sobczyk <monika.sobczyk@example.org>", "nie moge wyslac PIT-11", "technical", "",
"""dzien dobry, w panelu przy "Dodaj dokumenty" dodaje zdjecie PIT-11 z
telefonu i po kliknieciu "wyslij" strona pokazuje "Sesja wygasla,
zaloguj sie ponownie". Loguje sie i to samo w kolko. Probowalam tez z
komputera, ten sam efekt. Termin sie zbliza.
Monika"""),
("pl", "w3-pit-dokumenty-ulga-na-dzieci", "Agata Wilczyńska <agata.wilczynska@example.com>", "Jakie dokumenty?", "general", "",
"""Dzień dobry,

chcę, żebyście w tym roku rozliczyli nasz wspólny PIT z mężem. Mamy
dwoje dzieci, jedno zaczęło w tym roku studia. Jakie dokumenty muszę
Wam dostarczyć, żeby uwzględnić ulgę na dzieci, i czy na studiujące
dziecko też się należy?

Agata Wilczyńska"""),
("pl", "w3-pit-spozniona-korekta-odsetki-prawnik", "Leon Majewski <leon.majewski@example.net>", "Korekta PIT - odsetki z Państwa winy", "billing", "high",
"""Szanowni Państwo,

przekazałem Państwu wszystkie dokumenty 2 marca. Zeznanie złożyli
Państwo z pominięciem przychodu z zagranicy, mimo że dokument był w
przekazanej teczce. Urząd skarbowy wezwał mnie do korekty i naliczył
odsetki za zwłokę 1 260 zł.

Oczekuję pokrycia tych odsetek przez Państwa biuro (posiadają Państwo
ubezpieczenie OC). Sprawę prowadzi już mój radca prawny. Brak
odpowiedzi w ciągu 14 dni oznacza skierowanie sprawy do sądu.

Leon Majewski"""),
("pl", "w3-pit-portal-lezy-30-kwietnia", "Kancelaria Podatkowa Rachunek <biuro@kp-rachunek.example>", "PILNE 30.04 - portal nie wysyła deklaracji", "technical", "high",
"""Dzień dobry,

od rana Wasz portal do wysyłki e-deklaracji zwraca błąd "Brak
połączenia z bramką - spróbuj później". Mamy dziś do wysłania
zeznania 64 klientów, termin upływa o północy. Do tej pory wysłaliśmy
tylko 5. Telefon na infolinii jest stale zajęty.

Proszę o informację, kiedy usługa wróci, albo o obejście.

Agnieszka Rachoń
Kancelaria Podatkowa Rachunek"""),
("pl", "w3-pit-zmiana-adresu-konta", "Wojciech Urbański <wojciech.urbanski@example.org>", "Zmiana adresu", "general", "",
"""Dzien dobry,
od stycznia mieszkam pod nowym adresem (ul. Sloneczna 22, 62-800
Kalisz). Prosze o zmiane adresu w moim profilu klienta, zeby w tym roku
PIT poszedl z dobrym adresem. Urzad skarbowy juz wie o zmianie.
W. Urbanski"""),
("pl", "w3-pit-gotowka-w-biurze", "Irena Koziel <irena.koziel@example.com>", "Platnosc", "billing", "",
"""Dzien dobry, nie mam karty ani bankowosci w telefonie. Czy za
rozliczenie PIT moge zaplacic gotowka w Panstwa biurze przy
Wojska Polskiego, kiedy przyniose dokumenty? Czy jest jakas inna
mozliwosc, np. na poczcie?
Irena Koziel"""),
# ---------------- zakład pogrzebowy ----------------
("pl", "w3-pogrzeb-zasilek-zus-rozliczenie", "Jadwiga Borkowska <jadwiga.borkowska@example.com>", "Zasiłek pogrzebowy", "billing", "",
"""Dzień dobry,

organizują Państwo pogrzeb mojej mamy w przyszły czwartek. Czy mogą
Państwo rozliczyć się bezpośrednio z ZUS z zasiłku pogrzebowego (4 000
zł), a ja dopłacę tylko różnicę? Jeśli tak, jakie dokumenty mam
podpisać i ile wtedy wyniesie dopłata według kosztorysu?

Jadwiga Borkowska"""),
("pl", "w3-pogrzeb-kwiaty-na-rachunku", "Tadeusz Krupa <tadeusz.krupa@example.net>", "rachunek", "billing", "",
"""Dzien dobry,
na rachunku koncowym za pogrzeb ojca jest pozycja "wiazanka i wieniec -
350 zl". Kwiaty zamawialismy sami w kwiaciarni i sami za nie
placilismy. Prosze o poprawienie rachunku.
Tadeusz Krupa"""),
("pl", "w3-pogrzeb-podziekowanie-rodzina", "Rodzina Nowosielskich <m.nowosielska@example.org>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

w imieniu całej rodziny chcemy podziękować za opiekę przy pogrzebie
naszego taty. Pan Marek pomógł nam we wszystkim, od formalności w
urzędzie po ustawienie zdjęć w kaplicy, i robił to z wielkim
spokojem i taktem. W tych trudnych dniach to była ogromna ulga.

Z wdzięcznością
Maria Nowosielska z rodziną"""),
("pl", "w3-pogrzeb-muzyka-na-ceremonii", "Elżbieta Sadowska <elzbieta.sadowska@example.com>", "Ceremonia w sobotę", "general", "",
"""Dzień dobry, czy podczas ceremonii w sobotę w kaplicy można puścić
utwór z telefonu (ulubiona piosenka mamy), czy musi to być na płycie
lub pendrive? I o której najpóźniej możemy przywieźć zdjęcie do
wystawienia przy trumnie?
Elżbieta"""),
("pl", "w3-pogrzeb-strona-wspomnien-zdjecie", "Grzegorz Wasilewski <grzegorz.wasilewski@example.net>", "Strona pamięci - nie mogę dodać zdjęcia", "technical", "",
"""Dzień dobry,

na stronie pamięci babci, którą założyli Państwo na swoim portalu,
próbuję dodać zdjęcie w galerii. Po wybraniu pliku nic się nie dzieje,
a przycisk "Zapalić znicz" też nie reaguje. Rodzina z Kanady pisze,
że u nich to samo. Próbowałem w trzech przeglądarkach.

Grzegorz Wasilewski"""),
("pl", "w3-pogrzeb-doplata-wlasciciel", "Czesław Wieczorek <czeslaw.wieczorek@example.com>", "Żądam rozmowy z właścicielem zakładu", "billing", "high",
"""Szanowni Państwo,

po pogrzebie mojej żony pracownica zażądała dopłaty 2 300 zł za
"dodatkowe usługi", o których nikt ze mną nie rozmawiał: przewóz w
nocy, chłodnię na trzy doby i "obsługę ceremonii". Podpisywałem umowę
na kompleksową usługę za 7 900 zł.

Nie zapłacę tej kwoty bez wyjaśnienia. Żądam rozmowy z właścicielem
zakładu, a nie z kolejnym pracownikiem. Tel. 604 887 219.

Czesław Wieczorek"""),
("pl", "w3-pogrzeb-transmisja-nie-dziala", "Monika Lewandowska-Smith <monika.ls@example.org>", "Fwd: Link do transmisji ceremonii", "technical", "",
"""Dzień dobry,

rodzina z Irlandii próbowała dziś obejrzeć transmisję z ceremonii
przez link poniżej. U wszystkich (czterech osób) pojawiało się "Ten
film jest niedostępny". Czy nagranie zostało zapisane i czy da się je
jeszcze udostępnić? Bardzo nam na tym zależy.

Monika Lewandowska-Smith

---------- Forwarded message ---------
From: Zakład Pogrzebowy Spokój <transmisje@zp-spokoj.example>
Transmisja rozpocznie się o 11:00 pod adresem: transmisje.zp-spokoj.example/c/4471"""),
# ---------------- inteligentne zamki i kamery ----------------
("pl", "w3-zamek-dziecko-w-srodku", "Karolina Wójcik <karolina.wojcik@example.com>", "ZAMEK NIE OTWIERA - DZIECKO W DOMU", "technical", "high",
"""Proszę o pilny kontakt. Wyszłam na 2 minuty wyrzucić śmieci, a drzwi
się zatrzasnęły. Zamek nie reaguje na aplikację ani na kod na
klawiaturze - dioda miga na czerwono. W środku jest mój 3-letni syn
sam. Kluczyk awaryjny jest w środku. Dzwonię jednocześnie po
ślusarza. Tel. 511 203 448.
Karolina Wójcik"""),
("pl", "w3-kamera-offline-nowy-router", "Andrzej Piątek <andrzej.piatek@example.net>", "Kamery offline", "technical", "",
"""Dzien dobry, zmienilem router (nowy od operatora) i od tego czasu obie
kamery zewnetrzne pokazuja w aplikacji "offline". Nazwa sieci i haslo
takie same jak na starym. Kamery swieca na pomaranczowo. Nie chce
wszystkiego konfigurowac od nowa jesli nie trzeba - jest jakis prosty
sposob?
Andrzej"""),
("pl", "w3-kamery-chmura-zdjelismy-kamery", "Marzena Gajda <marzena.gajda@example.org>", "Zapisy w chmurze", "billing", "",
"""Dzień dobry,

sprzedaliśmy dom i kamery zdjęliśmy ze ściany - zostały nowym
właścicielom bez konta. Plan z nagraniami w chmurze jest nam więc już
zupełnie niepotrzebny. Proszę, żeby kolejne 29,99 zł już nie
schodziło z karty.

Marzena Gajda"""),
("pl", "w3-kamera-chmura-pobrano-dwa-razy", "Tomasz Bielawski <tomasz.bielawski@example.com>", "19,99 x2", "billing", "",
"""Dzien dobry, za plan Chmura Basic w maju zeszly dwie platnosci po
19,99 zl, w odstepie minuty. Mam jedna kamere i jedno konto. Prosze o
oddanie jednej z nich.
Tomasz"""),
("pl", "w3-kamera-powiadomienia-opoznione", "Ilona Kurek <ilona.kurek@example.net>", "Powiadomienia po 10 minutach", "technical", "",
"""Dzień dobry,

powiadomienia o ruchu z kamery przy furtce przychodzą z opóźnieniem 8-12
minut. Kurier zdążył już odjechać, zanim dostałam informację, że ktoś
stoi pod drzwiami. Nagrania w aplikacji mają dobrą godzinę, więc
kamera wykrywa ruch na czas - tylko powiadomienie się spóźnia.
Oszczędzanie baterii w telefonie wyłączone.

Ilona Kurek"""),
("pl", "w3-zamek-apple-home-przed-zakupem", "Piotr Jaros <piotr.jaros@example.com>", "Przed zakupem zamka", "general", "",
"""Dzien dobry, zastanawiam sie nad zamkiem SmartLock Pro za 899 zl. Mam
w domu wszystko na Apple Home. Czy zamek dziala z Apple Home
bezposrednio, czy trzeba dokupic bramke? I czy pasuje do drzwi z
wkladka 30/35?
Piotr"""),
("pl", "w3-kamera-ladowanie-goraca-swad", "Wiesława Adamczyk <wieslawa.adamczyk@example.org>", "Kamera bateryjna", "technical", "high",
"""Dzień dobry,

podczas ładowania kamery bateryjnej (model Outdoor B2) poczułam swąd
spalenizny. Kamera była tak gorąca, że nie dało się jej utrzymać w
ręce, a obudowa przy porcie USB lekko się odkształciła. Odłączyłam
kabel i odłożyłam ją na kafelki w łazience. Nic się nie zapaliło. Mam
w domu jeszcze dwie takie same i boję się je ładować.

Wiesława Adamczyk"""),
("pl", "w3-kamery-kto-ma-dostep-nagrania", "Łukasz Mazur <lukasz.mazur@example.net>", "Dostęp do nagrań - RODO", "general", "",
"""Dzień dobry,

mam dwa pytania dotyczące prywatności:
1. Czy pracownicy Państwa firmy mają dostęp do nagrań z moich kamer
zapisanych w chmurze, i w jakich sytuacjach?
2. Proszę o trwałe usunięcie wszystkich nagrań z mojego konta sprzed
1 stycznia - w aplikacji da się usuwać tylko pojedynczo.

Łukasz Mazur"""),
# ---------------- leasing paneli fotowoltaicznych ----------------
("pl", "w3-fotowoltaika-rata-38-wiecej", "Henryk Jasiński <henryk.jasinski@example.com>", "Rata za lipiec", "billing", "",
"""Dzień dobry, dlaczego w tym miesiącu rata za instalację to 412 zł, a
nie 374 zł jak przez cały zeszły rok? Nikt mnie nie informował o żadnej
zmianie. Umowa leasingu nr LF/2022/0815.
Henryk Jasiński"""),
("pl", "w3-fotowoltaika-falownik-produkcja-zero", "Bożena Nowak <bozena.nowak@example.net>", "Falownik", "technical", "",
"""dzien dobry, od czwartku falownik pokazuje na wyswietlaczu "Grid Fault
E031" i w aplikacji produkcja 0 kWh, mimo ze bylo sloneczne. w skrzynce
nic nie wybite. czy mam cos zrobic sama czy przyjedzie ktos od was?
Bozena Nowak, umowa LF/2023/1190"""),
("pl", "w3-fotowoltaika-iskry-garaz", "Roman Sadowski <roman.sadowski@example.org>", "Instalacja PV - iskry i zapach spalenizny", "technical", "high",
"""Dzień dobry,

w garażu, gdzie jest falownik, dziś po południu usłyszałem trzaski i
zobaczyłem iskry przy złączce przewodu z paneli, poniżej falownika.
Czuć było spaleniznę. Wyłączyłem rozłącznik DC i AC według instrukcji
i przestało. Ściana nad złączką jest okopcona. Do czasu Waszej wizyty
nie włączam instalacji.

Roman Sadowski
ul. Leśna 4, Wieliczka"""),
("pl", "w3-fotowoltaika-wykup-koniec-umowy", "Anna Tomaszewska <anna.tomaszewska@example.com>", "Wykup instalacji", "billing", "",
"""Dzień dobry,

umowa leasingu mojej instalacji kończy się w marcu przyszłego roku. Ile
wyniesie kwota wykupu na własność i czy można wykupić ją wcześniej,
np. we wrześniu? Jeśli tak, to czy zmniejsza się wtedy suma
pozostałych rat?

Anna Tomaszewska"""),
("pl", "w3-fotowoltaika-pochwala-montazysci", "Miroslaw Zielinski <miroslaw.zielinski@example.net>", "Ekipa montazowa", "general", "",
"""Dzien dobry, chcialem pochwalic ekipe, ktora w zeszlym tygodniu montowala
u nas panele. Przyjechali punktualnie, zabezpieczyli rynny i trawnik,
posprzatali po sobie, a pan Jacek cierpliwie pokazal tesciowi, jak
czytac aplikacje. Wszystko dziala, pierwsze kWh juz leca.
Mirek Zielinski"""),
("pl", "w3-fotowoltaika-przeglad-roczny-termin", "Ewa Czerwińska <ewa.czerwinska@example.com>", "Przegląd roczny", "general", "",
"""Dzień dobry, w umowie jest coroczny przegląd instalacji. Instalacja
działa bez zarzutu, ale minął już rok od montażu, a nikt się nie
odezwał w sprawie terminu. Kiedy mniej więcej możemy się spodziewać
technika? Najlepiej nie w sierpniu, bo nas nie będzie.
Ewa"""),
("pl", "w3-fotowoltaika-kara-umowna-sad", "Zenon Krawczyk <zenon.krawczyk@example.org>", "Kara umowna 3 000 zł - nie uznaję", "billing", "high",
"""Szanowni Państwo,

obciążyli mnie Państwo karą umowną 3 000 zł za "nieudostępnienie
instalacji do przeglądu". Technik nie przyjechał w umówionym terminie
(14.05), a ja czekałem cały dzień w domu - mam na to świadków i SMS-y.

Nie uznaję tej kary. Jeżeli nie zostanie anulowana, sprawą zajmie się
mój prawnik i sąd, a kopia korespondencji trafi do rzecznika
konsumentów.

Zenon Krawczyk"""),
# ---------------- naprawa telefonów wysyłkowo ----------------
("pl", "w3-naprawa-ekran-dotyk-rog", "Kuba Wieczorek <kuba.wieczorek@example.com>", "Naprawa 30412 - ekran", "technical", "",
"""Dzien dobry, telefon wrocil wczoraj po wymianie wyswietlacza. Wyglada
super, ale w prawym gornym rogu dotyk w ogole nie reaguje - nie moge
zamknac okien ani kliknac w ikonki z tej strony. Przed naprawa tego nie
bylo (ekran byl zbity, ale dotyk dzialal wszedzie).
Kuba"""),
("pl", "w3-naprawa-diagnoza-49-potracone", "Magdalena Szymczak <magdalena.szymczak@example.net>", "Zwrot po nieudanej naprawie", "billing", "",
"""Dzień dobry,

zapłaciłam z góry 189 zł za wymianę baterii. Dostałam informację, że
naprawa jest niemożliwa, bo płyta główna jest uszkodzona, i telefon
wrócił. Wróciło mi 140 zł - 49 zł potrącono "za diagnozę". Na stronie
piszecie, że diagnoza jest bezpłatna przy zleceniu naprawy. Proszę o
oddanie brakujących 49 zł.

Magdalena Szymczak"""),
("pl", "w3-naprawa-kiedy-kurier-odbierze", "Jan Sobieraj <jan.sobieraj@example.org>", "Kurier", "general", "",
"""Dzien dobry, zglosilem naprawe w poniedzialek (zgloszenie 30655) i
wybralem odbior kurierem spod domu. Kiedy kurier przyjedzie i czy
telefon ma byc zapakowany w pudelko, czy kurier przywiezie koperte?
Pracuje do 16.
Jan"""),
("pl", "w3-naprawa-face-id-nie-chce-pieniedzy", "Sandra Kwiatkowska <sandra.kwiatkowska@example.com>", "Face ID po naprawie", "technical", "",
"""Dzień dobry,

od razu zaznaczam: nie chcę zwrotu pieniędzy, chcę tylko, żeby telefon
działał tak jak przed naprawą. Po wymianie tylnej szybki (zlecenie
30518) przestało działać Face ID - pojawia się komunikat "Nie można
włączyć Face ID na tym iPhonie". Przed wysyłką działało bez zarzutu.
Czy mogę odesłać telefon do poprawki?

Sandra Kwiatkowska"""),
("pl", "w3-naprawa-nowa-bateria-puchnie", "Leszek Krajewski <leszek.krajewski@example.net>", "Bateria po wymianie", "technical", "high",
"""Dzien dobry,
dwa tygodnie temu wymieniliscie mi baterie (zlecenie 30290). Od wczoraj
ekran odstaje od ramki z boku, a telefon przy ladowaniu robi sie
bardzo goracy, az parzy. Wylaczylem go i nie laduje. Mieszkam w bloku z
malym dzieckiem i nie chce ryzykowac. Prosze o szybki odbior.
Leszek Krajewski"""),
("pl", "w3-naprawa-link-platnosci-wygasl", "Natalia Zawadzka <natalia.zawadzka@example.org>", "Re: Wycena naprawy 30701", "billing", "",
"""Akceptuję wycenę 349 zł. Niestety link do płatności z Państwa maila
już wygasł (pisze "Płatność nieaktywna"), bo odpisuję dopiero dzisiaj.
Czy mogę zapłacić zwykłym przelewem albo BLIK-iem na telefon? Proszę o
dane.

Natalia

> Wycena naprawy 30701: wymiana gniazda ładowania + czyszczenie po
> zalaniu - 349 zł. Link do płatności jest aktywny 48 godzin."""),
("pl", "w3-naprawa-pochwala-szybko", "Wojtek Adamczyk <wojtek.adamczyk@example.com>", "super", "general", "",
"""wyslalem telefon w poniedzialek, w czwartek juz byl z powrotem z nowym
ekranem. nie sadzilem ze wysylkowo to tak sprawnie pojdzie. i jeszcze
folie gratis nakleiliscie. dzieki i polecam dalej
Wojtek"""),
# ---------------- muzea i galerie ----------------
("pl", "w3-muzeum-ulgowe-zamiast-normalne", "Helena Zając <helena.zajac@example.net>", "Bilety 14.07", "billing", "",
"""Dzień dobry,

kupiłam przez internet dwa bilety ulgowe (emerytka i wnuczka,
studentka) na wystawę czasową. W koszyku były ulgowe po 18 zł, ale z
karty zeszło 2 x 30 zł, a na biletach stoi "normalny". Proszę o zwrot
różnicy 24 zł lub wymianę biletów.

Helena Zając"""),
("pl", "w3-muzeum-bilety-nie-przyszly-mail", "Damian Wrobel <damian.wrobel@example.org>", "nie dostalem biletow", "technical", "",
"""Hej, kupilem wczoraj bilety na niedziele na wystawe impresjonistow
(zamowienie MU-55210), platnosc przeszla, a maila z biletami nie ma.
Spam sprawdzony, zakladka "oferty" tez. W koncie na stronie zamowienie
jest, ale przycisk "Pobierz bilety" jest wyszarzony.
Damian"""),
("pl", "w3-muzeum-wozek-winda-poniedzialek", "Irena Jakubowska <irena.jakubowska@example.com>", "Dostepnosc", "general", "",
"""Dzien dobry, czy wszystkie sale muzeum sa dostepne dla osoby na wozku
inwalidzkim (czy jest winda na pietro z malarstwem)? I czy w
poniedzialki jest otwarte? Chce przyjechac z tata.
Irena Jakubowska"""),
("pl", "w3-muzeum-audioprzewodnik-qr", "Weronika Lewandowska <weronika.lewandowska@example.org>", "audioprzewodnik", "technical", "",
"""Dzień dobry, byłam wczoraj na wystawie stałej. Przy obrazach są kody
QR do audioprzewodnika, ale po zeskanowaniu każdy otwiera stronę z
komunikatem "Nie znaleziono nagrania". Próbowałam na kilku piętrach i
na dwóch telefonach (mój i męża). Za przewodnik nie płaciłam osobno,
więc nie chodzi o pieniądze - po prostu szkoda, bo wystawa piękna.
Weronika"""),
("pl", "w3-muzeum-przyjaciel-muzeum-odnowienie", "Jerzy Ostrowski <jerzy.ostrowski@example.com>", "Karta Przyjaciela Muzeum", "billing", "",
"""Szanowni Państwo,

od trzech lat mam kartę Przyjaciela Muzeum, odnawianą automatycznie w
październiku (180 zł). W tym roku ze względu na zdrowie nie będę już
przyjeżdżał do miasta tak często. Proszę o zakończenie członkostwa z
końcem obecnego okresu, bez kolejnego odnowienia. Było mi bardzo miło
należeć do tego grona.

Jerzy Ostrowski"""),
("pl", "w3-muzeum-eksponat-palce-dziecka", "Tomasz Rybicki <tomasz.rybicki@example.org>", "Wypadek na wystawie interaktywnej", "general", "high",
"""Dzień dobry,

w niedzielę na wystawie interaktywnej dla dzieci (sala "Maszyny") mój
5-letni syn przytrzasnął sobie palce w przekładni przy stanowisku z
korbą. Osłona przy kołach zębatych była odkręcona i leżała obok.
Skończyło się na siniakach i płaczu, ale mogło się skończyć
złamaniem. Obsługa sali powiedziała, że "to zgłoszą".

Proszę o potwierdzenie, że stanowisko zostało wyłączone do czasu
naprawy osłony.

Tomasz Rybicki"""),
("pl", "w3-muzeum-grupa-szkolna-faktura-szkola", "Szkoła Podstawowa nr 12 <sekretariat@sp12-miasto.example>", "Wycieczka klasowa 5b - faktura", "billing", "",
"""Dzień dobry,

17 maja byliśmy z klasą 5b (26 uczniów i 2 opiekunów) na lekcji
muzealnej. Płaciła pani wychowawczyni kartą na miejscu, 390 zł.
Prosimy o fakturę na szkołę:

Nabywca: Gmina Miasto, NIP 555-000-11-22
Odbiorca: Szkoła Podstawowa nr 12, ul. Szkolna 3

Sekretariat SP 12"""),
# ---------------- zapisy na maratony i biegi ----------------
("pl", "w3-bieg-przepisanie-pakietu-30-zl", "Kinga Malinowska <kinga.malinowska@example.com>", "przepisanie numeru startowego", "billing", "",
"""Dzień dobry, 3 września zapłaciłam 30 zł za przepisanie pakietu
startowego na koleżankę (Martyna Lis). Opłata przeszła, ale na liście
startowej dalej jestem ja, a Martyna nie dostała żadnego maila. Bieg
jest za tydzień. Czy mam płacić drugi raz, czy coś się zawiesiło?
Kinga"""),
("pl", "w3-maraton-kontuzja-oplata-startowa", "Maciej Borowski <maciej.borowski@example.net>", "Kontuzja - opłata startowa", "billing", "",
"""Dzień dobry,

zerwałem ścięgno Achillesa na treningu i nie wystartuję w maratonie 6
października. Zapłaciłem 180 zł opłaty startowej. Wiem, że regulamin
mówi o braku zwrotów, ale mam dokumentację ze szpitala. Czy jest
jakakolwiek możliwość odzyskania części kwoty lub przeniesienia na
przyszły rok?

Maciej Borowski"""),
("pl", "w3-bieg-brak-czasu-netto", "Oskar Michalak <oskar.michalak@example.org>", "Wyniki - brak mojego czasu", "technical", "",
"""Dzien dobry, w wynikach Biegu Niepodleglosci mam tylko czas brutto i
status "brak pomiaru na polmetku", a czasu netto nie ma wcale. Chip
byl przyczepiony do buta jak w instrukcji, nr startowy 2214. Mam zapis
z zegarka: 47:32. Czy da sie to poprawic w systemie?
Oskar"""),
("pl", "w3-maraton-bramka-platnosci-petla", "Lidia Pawłowska <lidia.pawlowska@example.com>", "Płatność przy zapisie", "technical", "",
"""Dzień dobry,

po wypełnieniu formularza zgłoszeniowego przechodzę do płatności,
wybieram BLIK, wpisuję kod, bank potwierdza - i strona wraca do
początku formularza, a zgłoszenie ma status "nieopłacone". Pieniądze
nie zostały pobrane (sprawdziłam). Próbowałam też kartą, to samo.

Lidia"""),
("pl", "w3-bieg-zmiana-rozmiaru-koszulki", "Wiktoria Kubacka <wiktoria.kubacka@example.net>", "Koszulka", "general", "",
"""Dzien dobry, przy zapisie zaznaczylam koszulke w rozmiarze L, a
powinnam S (pomylilam sie w formularzu). Czy moge to jeszcze zmienic, a
jesli nie - czy przy odbiorze pakietu bedzie mozna wymienic na
miejscu?
Wiktoria"""),
("pl", "w3-maraton-brak-wody-osoba-odpowiedzialna", "Grzegorz Nowakowski <grzegorz.nowakowski@example.com>", "Brak wody na trasie - żądam odpowiedzi organizatora", "general", "high",
"""Szanowni Państwo,

w niedzielnym półmaratonie przy 30 stopniach na punktach odżywczych na
12. i 16. km zabrakło wody. Widziałem co najmniej trzech biegaczy,
którzy zasłabli na poboczu, jednego zabrała karetka. Wolontariusze
mówili, że "dostawa nie dojechała".

Żądam odpowiedzi od osoby odpowiedzialnej za organizację, a nie od
biura zawodów, i informacji, jakie wnioski wyciągniecie przed biegiem
jesiennym.

Grzegorz Nowakowski"""),
("pl", "w3-maraton-zapisy-padly-w-dniu-otwarcia", "Klub Biegacza Wilki <zarzad@kb-wilki.example>", "Zapisy - system nie działa od 10:00", "technical", "high",
"""Dzień dobry,

zapisy na maraton otwarto dziś o 10:00, a od tej chwili strona zwraca
tylko "503 Service Unavailable". Limit 6 000 miejsc, w naszym klubie
ponad 40 osób czeka, żeby zapisać się w pierwszej, tańszej turze,
która kończy się o północy. Na Waszym Facebooku setki komentarzy od
ludzi w tej samej sytuacji.

Czy tura zostanie przedłużona?

Zarząd KB Wilki"""),
# ---------------- szkoła pływania i wspinaczki ----------------
("pl", "w3-basen-odwolane-zajecia-karnet", "Beata Kaczmarczyk <beata.kaczmarczyk@example.org>", "Karnet na 8 zajęć", "billing", "",
"""Dzień dobry,

syn ma karnet na 8 zajęć pływania (320 zł). Dwa razy zajęcia zostały
odwołane z Waszej strony (awaria basenu i choroba trenera), a w
aplikacji oba wejścia są odjęte z karnetu. Zostały mu 2 zamiast 4.
Proszę o dopisanie tych dwóch zajęć.

Beata"""),
("pl", "w3-basen-syn-woli-pilke", "Rafał Wysocki <rafal.wysocki@example.com>", "Wiktor - grupa środowa", "billing", "",
"""Dzien dobry,
Wiktor po wakacjach uznal, ze jednak woli pilke nozna z kolegami, i na
basen juz nie wraca. Prosze nie pobierac od wrzesnia 160 zl
miesiecznie z karty. Dziekujemy trenerowi Pawlowi, Wiktor nauczyl sie
u niego plywac kraulem.
Rafal Wysocki"""),
("pl", "w3-wspinaczka-aplikacja-brak-grupy", "Aneta Mazur <aneta.mazur@example.net>", "Aplikacja - nie widzę grupy córki", "technical", "",
"""Dzień dobry,

po przeniesieniu córki do grupy zaawansowanej (wtorek 17:00) w
aplikacji w ogóle nie widzę jej zajęć - kalendarz jest pusty, a przy
próbie zgłoszenia nieobecności wyskakuje "Brak przypisanej grupy".
Stara grupa też zniknęła.

Aneta"""),
("pl", "w3-wspinaczka-autoasekurator-opadl", "Michał Dudek <michal.dudek@example.com>", "Autoasekurator na ścianie 3", "general", "high",
"""Dzień dobry,

wczoraj około 19:00 na ścianie nr 3 (ta z autoasekuratorem po lewej)
moja córka (14 lat) puściła chwyty na górze, a lina zjechała dużo
szybciej niż zwykle - wylądowała z impetem na materacu i uderzyła się
w kostkę. Dziewczyna po niej miała to samo. Powiedziałem instruktorowi,
ale urządzenie dalej było używane.

Proszę o sprawdzenie i wyłączenie tego stanowiska do czasu przeglądu,
zanim ktoś zrobi sobie poważną krzywdę.

Michał Dudek"""),
("pl", "w3-basen-grupa-szesciolatek", "Paulina Kozłowska <paulina.kozlowska@example.org>", "Zapisy - 6 lat", "general", "",
"""Dzień dobry, chciałabym zapisać córkę (6 lat, nie umie pływać, trochę
boi się wody) na naukę pływania. Do jakiej grupy by trafiła i czy
można najpierw przyjść na zajęcia próbne? Czy rodzic może być na hali
basenowej w trakcie zajęć?
Paulina"""),
("pl", "w3-wspinaczka-bramka-nie-czyta-karty", "Filip Czarnecki <filip.czarnecki@example.net>", "bramka", "technical", "",
"""od tygodnia bramka na wejsciu nie czyta mojej karty klubowej, za kazdym
razem musze isc do recepcji zeby mnie wpuscili. karnet wazny do
konca miesiaca. moze trzeba cos przeprogramowac?
Filip"""),
("pl", "w3-basen-doplata-karta-sportowa-faktura", "Karol Zieliński <karol.zielinski@example.com>", "Dopłata do karty sportowej - faktura", "billing", "",
"""Dzień dobry,

wchodzę na basen na kartę sportową od pracodawcy, ale za zajęcia z
instruktorem dopłacam 25 zł za każde wejście. Czy mogą Państwo wystawić
jedną fakturę za wszystkie dopłaty z czerwca (6 wejść, 150 zł)? Potrzebuję
jej do rozliczenia w firmie.

Karol Zieliński"""),
# ---------------- opiekunowie zwierząt i wyprowadzanie psów ----------------
("pl", "w3-psy-spacer-sie-nie-odbyl", "Justyna Wojciechowska <justyna.wojciechowska@example.org>", "Spacer 12.02", "billing", "",
"""Dzień dobry,

w poniedziałek 12.02 opiekun nie przyszedł na spacer z Bruno - sąsiadka
potwierdziła, że pies szczekał do 15:00, a kamera w przedpokoju nikogo
nie nagrała. Tymczasem w aplikacji spacer jest oznaczony jako
"zrealizowany" i 45 zł zostało pobrane. Proszę o oddanie tej kwoty.

Justyna"""),
("pl", "w3-psy-podziekowanie-pani-ola", "Henryka Mazur <henryka.mazur@example.com>", "Pani Ola", "general", "",
"""Dzień dobry, chciałam tylko napisać, że pani Ola, która od pół roku
wyprowadza moją Fionę, jest wspaniała. Fiona jest bojaźliwa i przy
obcych się chowa, a na Olę czeka pod drzwiami z zabawką. Do tego Ola
zawsze przysyła zdjęcie i krótką notkę. Dziękuję!
Henryka Mazur"""),
("pl", "w3-psy-mapa-gps-pusta", "Norbert Lis <norbert.lis@example.net>", "mapa spaceru", "technical", "",
"""czesc, od kilku dni po spacerze w aplikacji jest tylko czas spaceru,
a mapka trasy jest pusta (szary prostokat). wczesniej zawsze bylo
widac trase. mam iPhone, aplikacja aktualna. opiekun mowi ze u niego
GPS wlaczony.
Norbert"""),
("pl", "w3-psy-furtka-otwarta-pies-na-ulicy", "Małgorzata Kurek <malgorzata.kurek@example.org>", "Pies na ruchliwej ulicy - chcę rozmawiać z właścicielką firmy", "general", "high",
"""Dzień dobry,

wczoraj po spacerze opiekunka nie zamknęła furtki. Nasz pies (beagle,
3 lata) wybiegł i sąsiad złapał go dosłownie na jezdni przy ul.
Kolejowej, gdzie jeżdżą ciężarówki do żwirowni. Opiekunka była już
wtedy odjechana. Pies cały, ale mogło skończyć się tragicznie - także
dla kierowcy.

Proszę o kontakt telefoniczny od właścicielki firmy, a nie przez
aplikację. 607 441 085.

Małgorzata Kurek"""),
("pl", "w3-psy-pakiet-10-spacerow-wygasa", "Piotr Glowacki <piotr.glowacki@example.com>", "Pakiet spacerow", "billing", "",
"""Dzien dobry, mam pakiet 10 spacerow kupiony w kwietniu, wykorzystanych
4. W aplikacji widze, ze pakiet wygasa 31 lipca. Bylismy dlugo w
szpitalu z mama i nie dalo sie ich wykorzystac. Czy da sie przedluzyc
waznosc o 2 miesiace albo zamienic na mniejszy pakiet, zeby te 6
spacerow nie przepadlo?
Piotr"""),
("pl", "w3-psy-instrukcje-dostepu-puste", "Marek Pietrzak <marek.pietrzak@example.com>", "Instrukcje dla opiekuna", "technical", "",
"""Dzień dobry,

w profilu psa wpisałem instrukcje dostępu (kod do domofonu, gdzie jest
klucz, która smycz). Zapisuje się bez błędu, ale kiedy otwieram profil
ponownie, pole jest puste. Opiekun też mówi, że u niego nic nie widać,
i dzisiaj dzwonił do mnie spod bramy. Próbowałem trzy razy, także z
komputera.

Marek Pietrzak"""),
("pl", "w3-psy-drugi-pies-blad-profilu", "Sebastian Wróblewski <sebastian.wroblewski@example.org>", "Nie mogę dodać drugiego psa", "technical", "",
"""Dzień dobry, adoptowaliśmy drugiego psa i chcę dodać go w aplikacji.
Po wypełnieniu profilu i kliknięciu "Zapisz" pojawia się "Wystąpił
błąd, spróbuj ponownie", a profil się nie zapisuje. Próbowałem bez
zdjęcia, bez opisu, tylko z imieniem - to samo.
Sebastian"""),
# ---------------- restauracje: rezerwacje i vouchery ----------------
("pl", "w3-restauracja-voucher-przeterminowany", "Dorota Kowalczyk <dorota.kowalczyk@example.com>", "Voucher 200 zł", "billing", "",
"""Dzień dobry,

w sobotę chcieliśmy z mężem wykorzystać voucher na 200 zł, który
dostaliśmy od dzieci na rocznicę. Kelner powiedział, że jest
nieważny, bo "vouchery są na pół roku". Voucher kupiono 11 miesięcy
temu i nigdzie na nim nie ma daty ważności. Zapłaciliśmy za kolację
sami. Czy te 200 zł po prostu przepadły?

Dorota Kowalczyk"""),
("pl", "w3-restauracja-zadatek-odwolalismy-wczesniej", "Kamil Zawadzki <kamil.zawadzki@example.net>", "Rezerwacja na 12 osob - zadatek", "billing", "",
"""Dzien dobry,
rezerwowalem stol na 12 osob na 8 marca i wplacilem 100 zl zadatku.
Rezerwacje odwolalem telefonicznie i mailowo 5 marca, czyli 3 dni
wczesniej (regulamin mowi o 48 godzinach). Do dzis 100 zl nie wrocilo,
a pani przez telefon twierdzi, ze "nie bylo odwolania". Mam maila z
potwierdzeniem wyslania.
Kamil Zawadzki"""),
("pl", "w3-restauracja-rezerwacja-brak-stolikow", "Sylwia Gajewska <sylwia.gajewska@example.org>", "Rezerwacje na stronie", "technical", "",
"""Dzień dobry, formularz rezerwacji na Waszej stronie przy każdej dacie i
każdej liczbie osób pokazuje "Brak wolnych stolików", nawet na wtorek
w południe za dwa tygodnie. Zadzwoniłam i okazało się, że miejsc jest
mnóstwo. Chyba coś jest nie tak z systemem - szkoda, bo ktoś mniej
uparty pójdzie gdzie indziej.
Sylwia"""),
("pl", "w3-restauracja-orzechy-reakcja", "Aleksander Sikorski <aleksander.sikorski@example.com>", "Reakcja alergiczna po kolacji - orzechy", "general", "high",
"""Dzień dobry,

w piątek wieczorem przy rezerwacji i jeszcze raz kelnerowi mówiłem, że
mam ciężką alergię na orzechy. Kelner zapewnił, że risotto jest
bezpieczne. Po kilku kęsach zacząłem się dusić; musiałem użyć
adrenaliny i pojechać na SOR. Lekarz potwierdził reakcję alergiczną.
Następnego dnia zadzwoniłem i dowiedziałem się, że pesto w risotto
było z orzechami nerkowca.

Proszę o informację, jakie zmiany wprowadzicie w kuchni i w
informowaniu gości, zanim zdarzy się tragedia.

Aleksander Sikorski"""),
("pl", "w3-restauracja-wegansko-grupa", "Martyna Pawlak <martyna.pawlak@example.net>", "Impreza firmowa w czerwcu", "general", "",
"""Dzień dobry,

planujemy kolację firmową na 25 osób w piątek 14 czerwca. W grupie jest
sześć osób na diecie wegańskiej i dwie bez glutenu. Czy macie salę
na wyłączność dla takiej grupy i czy przygotujecie osobne menu? Budżet
mniej więcej 150 zł na osobę.

Martyna Pawlak"""),
("pl", "w3-restauracja-voucher-pdf-nie-otwiera", "Grażyna Nowicka <grazyna.nowicka@example.net>", "Voucher - plik", "technical", "",
"""Dzień dobry,

kupiłam na Waszej stronie voucher na kolację dla dwojga jako prezent
dla córki. Płatność przeszła i przyszedł mail, ale załączony PDF się nie
otwiera - "Plik jest uszkodzony lub nie jest obsługiwany". Link
"Pobierz voucher" w mailu prowadzi do pustej strony. Pieniędzy nie
chcę z powrotem, potrzebuję tylko działającego vouchera do
wydrukowania przed sobotą.

Grażyna Nowicka"""),
("pl", "w3-restauracja-serwis-10-procent", "Bartosz Kaczmarek <bartosz.kaczmarek@example.org>", "paragon z soboty", "billing", "",
"""Dzień dobry,
na rachunku za sobotnią kolację (stolik 8, 4 osoby) doliczono "serwis
10%" - 58 zł. W karcie nie ma o tym ani słowa, kelner też nic nie
mówił. Zapłaciłem, bo nie chciałem robić sceny przy znajomych, ale
proszę o zwrot tych 58 zł.
Bartosz"""),
# ---------------- supermarket online: zamienniki i dostawy ----------------
("pl", "w3-zakupy-zamiennik-drozszy", "Jolanta Zielinska <jolanta.zielinska@example.net>", "Zamowienie 412077", "billing", "",
"""Dzien dobry,

zamowilam maslo w cenie 6,99 zl, a dostalam zamiennik za 11,49 zl, i
to wlasnie te wyzsza cene mi policzono. Z tego co wiem, przy zamiennikach
placi sie cene zamowionego produktu. To samo z jogurtami: 2,29 -> 3,79.
Prosze o oddanie roznicy.

Jolanta"""),
("pl", "w3-zakupy-brak-trzech-produktow", "Krzysztof Pawłowski <krzysztof.pawlowski@example.com>", "brakuje w dostawie", "billing", "",
"""w dostawie 412350 nie bylo chleba, mleka (2 szt.) i kawy, razem ok 47
zl. kierowca nic nie mowil, w aplikacji wszystko jako dostarczone i
zaplacone. prosze o oddanie kasy za te rzeczy
Krzysztof"""),
("pl", "w3-zakupy-aplikacja-crash-koszyk", "Danuta Michalak <danuta.michalak@example.org>", "Nie chodzi o płatność", "technical", "",
"""Dzień dobry,

żeby było jasne - nie chodzi o płatność ani rachunek. Aplikacja zamyka
się za każdym razem, gdy w koszyku klikam "Wybierz termin dostawy".
Koszyk jest pełny (ok. 40 pozycji), nie da się przejść dalej.
Reinstalacja nic nie dała. Samsung, Android 14.

Danuta Michalak"""),
("pl", "w3-zakupy-okno-dostawy-wieczor", "Tomek Szymański <tomek.szymanski@example.com>", "pytanie", "general", "",
"""Czesc, czy dowozicie tez po 21? Wracam z pracy pozno i najpozniejsze
okno ktore widze to 19-21. I czy kierowca moze zostawic zakupy u
sasiada jak mnie nie bedzie?
Tomek"""),
("pl", "w3-zakupy-bez-laktozy-sugestia", "Anna Ostrowska <anna.ostrowska@example.net>", "Zamienniki - prośba", "general", "",
"""Dzień dobry,

mam małą prośbę, a raczej sugestię. Już trzeci raz zamiast mleka bez
laktozy dostałam zwykłe mleko jako "zamiennik". Dla mnie to nie jest
zamiennik, tylko produkt, którego nie mogę użyć. Może warto dodać w
profilu klienta opcję "bez laktozy - nie zamieniać na zwykłe"? Albo
w ogóle przy każdym produkcie możliwość zaznaczenia "bez zamiennika".
Dzięki!

Anna"""),
("pl", "w3-zakupy-szklo-w-sloiku-dziecko", "Piotr Kaczmarczyk <piotr.kaczmarczyk@example.com>", "Szkło w słoiku z obiadkiem dla dziecka", "general", "high",
"""Dzień dobry,

w dostawie z wczoraj (412511) były słoiczki z obiadkiem dla niemowląt.
Przy karmieniu córki (10 miesięcy) żona wyczuła łyżeczką coś twardego -
to był odłamek szkła ok. 5 mm. Córka na szczęście nic nie połknęła.
Słoik i odłamek zachowaliśmy, numer partii na wieczku: L2406-118.

Proszę o pilne sprawdzenie tej partii i wycofanie jej, jeśli trzeba.
Zgłosiłem to też do sanepidu.

Piotr Kaczmarczyk"""),
("pl", "w3-zakupy-karnet-dostaw-wyjazd", "Weronika Jankowska <weronika.jankowska@example.org>", "Karnet dostaw", "billing", "",
"""Dzien dobry, od wrzesnia wyjezdzam na rok na Erasmusa do Lizbony, wiec
Wasz karnet na darmowe dostawy (19,99 zl/mies.) nie bedzie mi
potrzebny. Prosze zeby sierpien byl ostatni.
Weronika"""),
("pl", "w3-zakupy-nowy-email-nie-moge-wejsc", "Roman Kubicki <roman.kubicki@example.net>", "Re: Zmiana adresu e-mail", "technical", "",
"""Zmieniłem adres e-mail w koncie zgodnie z Państwa instrukcją poniżej i
od tego czasu nie mogę się zalogować ani starym, ani nowym adresem -
przy obu "Nieprawidłowy login lub hasło". Reset hasła na nowy adres
nie przychodzi. W koncie mam zapisane zamówienie na sobotę.

Roman Kubicki

> Aby zmienić adres e-mail, przejdź do Ustawienia > Moje dane > E-mail i
> potwierdź zmianę linkiem wysłanym na nowy adres."""),
]
