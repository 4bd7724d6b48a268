# wide-pl.py -- a wide batch of Polish labelled mails covering many kinds
# of business (shops, travel, transport, health, pets, cars, utilities,
# telecoms, software, subscriptions, local services and more), for
# training.  Billing, technical and general mail of both priorities as
# customers really write it: formal and sloppy, with and without Polish
# diacritics, replies and forwards, empty subjects, negations, escalation
# demands, outages told by their consequences and calmly told hazards.
# Same tuple format as batch16.py:
#   (lang, slug, from, subject, queue, priority-or-"", body)
M += [
# ---------------- sklep odzieżowy online ----------------
("pl", "kurtka-zwrot-trzy-tygodnie", "Natalia Wrona <natalia.wrona@example.com>", "Zwrot za kurtkę - zamówienie 480211", "billing", "",
"""Dzień dobry,

trzy tygodnie temu odesłałam kurtkę puchową z zamówienia 480211 przez
paczkomat. Według śledzenia przesyłka dotarła do Państwa magazynu 12-go.
Do dziś nie mam na koncie zwrotu 459 zł, a w panelu klienta wciąż
widnieje status "zwrot w trakcie weryfikacji".

Kiedy mogę spodziewać się pieniędzy?

Pozdrawiam
Natalia Wrona"""),
("pl", "blik-podwojnie-reklamacja-w-banku", "Kuba Sosnowski <kuba.sosnowski@example.org>", "DWA RAZY POBRANE", "billing", "high",
"""zaplacilem blikiem za zamowienie 481907 (bluza + spodnie, 289,98) i w
apce banku mam dwie identyczne transakcje. pisalem na czacie w piatek,
dostalem automat ze sprawdzicie w 48h. minelo 5 dni i nic.
dzis zlozylem w banku reklamacje tej drugiej transakcji, niech bank to
wyjasni skoro wy nie potraficie
Kuba"""),
("pl", "link-resetu-hasla-wygasa-od-razu", "Beata Kurek <beata.kurek@example.com>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry,

od wczoraj nie mogę zalogować się na swoje konto w sklepie. Klikam
"Nie pamiętam hasła", mail przychodzi od razu, ale po kliknięciu w link
pojawia się komunikat "Link wygasł lub jest nieprawidłowy". Klikałam
nawet w ciągu minuty od otrzymania maila. Próbowałam w Chrome na
komputerze i na telefonie - to samo.

W koszyku mam rzeczy, które chciałabym kupić przed końcem promocji.

Beata Kurek"""),
("pl", "aplikacja-wylacza-sie-przy-rozmiarze", "Ewa Majka <ewamajka88@example.com>", "apka", "technical", "",
"""to nie jest reklamacja ani sprawa platnosci - po prostu wasza apka na
androidzie wylacza sie za kazdym razem jak w karcie produktu wybieram
rozmiar. od wczorajszej aktualizacji. samsung a52, odinstalowalam i
zainstalowalam jeszcze raz, nie pomoglo
Ewa"""),
("pl", "sukienka-midi-rozmiarowka", "Marta Gil <marta.gil@example.com>", "Pytanie o rozmiar", "general", "",
"""Dzień dobry, czy sukienka midi "Lena" w kwiaty jest raczej mała czy
zgodna z rozmiarówką? Mam 168 cm wzrostu i zwykle noszę 38, ale w
biuście czasem potrzebuję 40. Nie chciałabym zamawiać dwóch rozmiarów.
Dziękuję, Marta"""),
("pl", "podziekowanie-odrecznie-napisana-kartka", "Helena Drzewiecka <h.drzewiecka@example.com>", "Miła niespodzianka", "general", "",
"""Szanowni Państwo,

chciałam tylko podziękować za paczkę, która przyszła dziś rano. Wszystko
starannie złożone, bez zbędnego plastiku, a w środku odręcznie napisana
kartka z życzeniami imieninowymi - nie wiem, skąd wiedzieliście, ale
zrobiło mi się naprawdę miło. Dawno nie spotkałam się z czymś takim w
sklepie internetowym.

Pozdrawiam serdecznie
Helena Drzewiecka"""),
("pl", "kod-urodzinowy-nie-odjal", "Agata Rutkowska <agata.rutkowska@example.net>", "Kod rabatowy URODZINY20", "billing", "",
"""Szanowni Panstwo,

w zeszlym tygodniu otrzymalam od Panstwa kod URODZINY20 na 20% rabatu.
Wpisalam go przy zamowieniu 482330, pojawil sie komunikat "kod
zastosowany", ale kwota nie zostala pomniejszona - zaplacilam 320,00 zl
zamiast 256,00 zl. Prosze o zwrot roznicy 64,00 zl na karte.

Z powazaniem
Agata Rutkowska"""),
("pl", "ochroniarz-outlet-kierownik", "Damian Wróbel <damian.wrobel@example.org>", "Skandaliczne zachowanie w Waszym outlecie", "general", "high",
"""Dzień dobry,

w sobotę około 15:00 w Waszym outlecie w Galerii Północnej ochroniarz
zatrzymał mnie przy wyjściu i na oczach wszystkich kazał mi wysypać
zawartość plecaka na ladę, bo "bramka zapiszczała". Niczego nie
ukradłem, w plecaku miałem swoje rzeczy i paragon z innego sklepu. Nikt
mnie nie przeprosił, a kasjerka się śmiała.

Oczekuję, że skontaktuje się ze mną kierownik tego sklepu, a nie
kolejny konsultant z infolinii. Telefon 601 455 210.

Damian Wróbel"""),
# ---------------- zakupy spożywcze z dostawą ----------------
("pl", "brakujace-jajka-maslo-pobrane", "Piotr Zajac <piotr.zajac@example.com>", "zamowienie z wtorku", "billing", "",
"""Dzien dobry
we wtorek w dostawie nie bylo jajek (2 opakowania po 10) ani masla, a na
paragonie z maila wszystko jest naliczone, razem 31,46 zl. kierowca
mowil ze zglosi ale zwrot do dzis nie przyszedl. prosze oddac
pieniadze za to czego nie dostalem
Piotr"""),
("pl", "szklo-w-jogurcie", "Monika Jabłońska <monika.jablonska@example.net>", "Kawałek szkła w jogurcie", "general", "high",
"""Dzień dobry,

w czwartkowej dostawie był jogurt naturalny 400 g Waszej marki własnej.
Dziś rano, kiedy nakładałam go córce (4 lata) do miseczki, łyżka
trafiła na coś twardego - to był ostry kawałek szkła mniej więcej
centymetrowy. Na szczęście zauważyłam, zanim go zjadła.

Nie piszę po zwrot pieniędzy. Chcę, żeby ktoś to sprawdził, bo w
sprzedaży może być więcej takich opakowań. Data ważności 18.06, numer
partii z wieczka L2214B. Słoik i szkło mam odłożone, mogę przesłać
zdjęcia.

Monika Jabłońska"""),
("pl", "wybor-terminu-dostawy-blad-502", "Rafal Lis <rafal.lis@example.com>", "nie da sie wybrac godziny", "technical", "",
"""Czesc, od rana probuje dokonczyc zamowienie i na etapie wyboru terminu
dostawy strona mieli i po chwili wywala "502 Bad Gateway". Na
telefonie w aplikacji kalendarz jest pusty, bez zadnych godzin.
Probowalem kilka razy w ciagu dnia. Koszyk mam gotowy na jakies 300 zl,
tylko nie moge go wyslac.
Rafal"""),
("pl", "zostawic-zakupy-u-sasiadki", "Zofia Kaczmarek <zofia.kaczmarek@example.net>", "Dostawa w piątek", "general", "",
"""Dzień dobry,

w piątek mam dostawę między 10 a 12, a okazało się, że będę w pracy.
Czy kierowca może zostawić zakupy u sąsiadki spod 12 (pani Jadwiga,
będzie w domu)? Nie ma tam mrożonek, tylko suche rzeczy i warzywa.
Czy muszę to gdzieś zaznaczyć w zamówieniu?

Zofia Kaczmarek"""),
("pl", "dostawa-gratis-od-200-pobrano", "Grzegorz Malinowski <g.malinowski@example.net>", "Opłata za dostawę", "billing", "",
"""Dzień dobry, na stronie jest napisane, że dostawa jest darmowa od 200
zł. Moje zamówienie z niedzieli to 236,40 zł, a mimo to doliczono 14,99
zł za dostawę. Proszę o zwrot tej opłaty.
Grzegorz Malinowski"""),
("pl", "pakiet-dostaw-nie-przedluzac", "Ania Filipiak <ania.filipiak@example.org>", "Dostawa Plus", "billing", "",
"""Hej, mam u Was ten pakiet Dostawa Plus za 49 zl na miesiac. Przez
lato wyjezdzam i nie bede zamawiac, a pozniej zobacze. Nie chce zeby
mi sie to samo odnowilo 1 lipca - co mam kliknac albo czy mozecie to
wylaczyc z Waszej strony? Dziekuje
Ania"""),
("pl", "kierowca-pan-arek-czwarte-pietro", "Stanisław Górecki <stanislaw.gorecki@example.net>", "Podziękowanie dla kierowcy", "general", "",
"""Szanowni Państwo,

mam 84 lata, mieszkam na czwartym piętrze w bloku bez windy. We wtorek
wnuk, który zwykle wnosi mi zakupy, akurat wyjechał. Państwa kierowca, pan Arek, wniósł wszystkie
sześć toreb na górę i jeszcze zapytał, czy nie trzeba wynieść śmieci.
Proszę mu przekazać moje podziękowania i jeśli można, jakąś pochwałę od
przełożonych.

Z poważaniem
Stanisław Górecki"""),
("pl", "lista-ulubionych-pusta-po-aktualizacji", "Iza Nowakowska <iza.nowakowska@example.org>", "Ulubione", "technical", "",
"""Dzień dobry, po ostatniej aktualizacji aplikacji (iPhone) moja lista
ulubionych produktów jest zupełnie pusta, a miałam tam ponad 60 pozycji,
z których co tydzień robiłam zakupy. Na stronie w przeglądarce po
zalogowaniu też pusto. Wylogowanie i ponowne zalogowanie nie pomogło.
Da się to jakoś przywrócić?
Iza"""),
# ---------------- sklep z elektroniką ----------------
("pl", "telewizor-tanszy-tydzien-pozniej", "Wojciech Sikora <wojciech.sikora@example.org>", "Telewizor 55 cali - obniżka", "billing", "",
"""Dzień dobry,

8 dni temu kupiłem u Państwa telewizor 55" za 2 899 zł (zamówienie
TV-55190). Dziś ten sam model jest na stronie za 2 599 zł. Czy w takiej
sytuacji mogę liczyć na zwrot różnicy 300 zł? Wolałbym nie robić zwrotu
całego telewizora i kupować go od nowa, ale jeśli nie ma innej drogi...

Pozdrawiam
Wojciech Sikora"""),
("pl", "powerbank-spuchl-w-plecaku", "Lukasz Ostrowski <lukasz.ostrowski@example.net>", "powerbank 20000", "technical", "high",
"""Dzien dobry,
powerbank 20000 mAh kupiony u was w marcu zrobil sie dzis w plecaku
bardzo goracy i wyraznie sie wybrzuszyl, obudowa rozeszla sie na
laczeniu. czuc bylo taki slodkawy chemiczny zapach. wyjalem go i
polozylem na parapecie na zewnatrz, z dala od wszystkiego. nie
podlaczam go juz do niczego. co mam z nim zrobic i jak to zglosic?
Lukasz Ostrowski"""),
("pl", "laptop-nie-widzi-drugiego-monitora", "Kamila Domańska <kamila.domanska@example.org>", "Drugi monitor", "technical", "",
"""Dzień dobry,

kupiłam u Państwa laptopa do pracy zdalnej i monitor 27". Monitor
podłączam kablem USB-C, który był w zestawie. Laptop się od niego
ładuje, ale obrazu nie ma - monitor pisze "Brak sygnału", a w
ustawieniach ekranu Windows widzi tylko jeden wyświetlacz. Na starym
laptopie służbowym ten sam kabel i monitor działają.

Co jeszcze mogę sprawdzić?
Kamila"""),
("pl", "raty-0-pierwsza-rata-wyzsza", "Bartosz Wilk <bartosz.wilk@example.net>", "Raty 0%", "billing", "",
"""Dzień dobry,

w kwietniu kupiłem zmywarkę na raty 0% na 10 miesięcy (1 990 zł, czyli
199 zł miesięcznie). Nie dostałem harmonogramu spłat, a dziś bank
pobrał pierwszą ratę w wysokości 238,40 zł. Skąd ta różnica? W
symulacji w sklepie nie było żadnych dodatkowych opłat ani
ubezpieczenia.

Bartosz Wilk"""),
("pl", "aparat-dostepnosc-katowice", "Tomek Baran <tomekbaran@example.com>", "dostepnosc", "general", "",
"""Hej, czy aparat bezlusterkowy z obiektywem 18-55 (ten w promocji na
stronie glownej) jest fizycznie dostepny w waszym sklepie w Katowicach
przy rondzie? na stronie pisze "dostepnosc ograniczona". chcialbym
przyjechac w sobote obejrzec go na zywo zanim kupie. da sie go
odlozyc na moje nazwisko?
Tomek"""),
("pl", "ochrona-plus-30-dni-rzecznik", "Renata Wasilewska <renata.wasilewska@example.com>", "Odstąpienie od usługi Ochrona+", "billing", "high",
"""Szanowni Państwo,

przy zakupie telefonu 3 maja doliczono mi usługę "Ochrona+" za 399 zł,
choć sprzedawca przedstawił ją jako bezpłatny dodatek. 10 maja, czyli w
terminie 14 dni, złożyłam pisemne oświadczenie o odstąpieniu od tej
usługi. Do dziś pieniądze nie wróciły, a infolinia twierdzi, że
"odstąpienie nie przysługuje".

Jeżeli w ciągu 7 dni nie otrzymam zwrotu 399 zł, składam skargę do
miejskiego rzecznika konsumentów i zawiadomienie do UOKiK.

Renata Wasilewska"""),
("pl", "pad-dryfuje-lewa-galka", "Szymon Michalski <szymon.michalski@example.net>", "pad do konsoli", "technical", "",
"""siema, pad kupiony w lutym zaczal sam skrecac postacia w grach - lewa
galka dryfuje w lewo nawet jak jej nie dotykam. kalibracja w
ustawieniach konsoli nic nie daje. od razu mowie ze nie chce kasy z
powrotem, chce zeby pad dzialal bo innego modelu w tym kolorze juz nie
ma. jak to wyslac do serwisu?
Szymon"""),
("pl", "stara-pralka-zabranie-przy-dostawie", "Halina Zielińska <halina.zielinska@example.net>", "Dostawa pralki", "general", "",
"""Dzień dobry,

w przyszły wtorek macie przywieźć nową pralkę. Zaznaczyłam w zamówieniu
odbiór starej. Czy muszę ją wcześniej sama odłączyć od wody i prądu, czy
zrobią to panowie kierowcy? I czy musi być wysuszona w środku?

Halina Zielińska"""),
# ---------------- sklep meblowy ----------------
("pl", "komoda-i-regal-dostawa-dwa-razy", "Jacek Pawłowski <jacek.pawlowski@example.net>", "Zamowienie 55120", "billing", "",
"""Dzien dobry,
w zamowieniu 55120 mam komode i regal, przyjechaly jednym autem tego
samego dnia, a na potwierdzeniu i na wyciagu z karty oplata za dostawe
jest naliczona dwa razy po 129 zl. Prosze o zwrot jednej z nich.
Jacek Pawlowski"""),
("pl", "naroznik-odstapienie-koszt-odbioru", "Alicja Nowicka <alicja.nowicka@example.com>", "Chcę oddać narożnik", "billing", "",
"""Dzień dobry,

narożnik "Sorrento" przyjechał 6 dni temu i niestety w naszym salonie
wygląda zupełnie inaczej niż na zdjęciach - jest dla nas po prostu za
duży. Jest nieużywany, folia jeszcze na siedziskach. Chcemy odstąpić od
umowy i odzyskać pieniądze (3 290 zł).

Ile wyniesie koszt odbioru przez Państwa transport i czy zostanie on
potrącony ze zwrotu, czy trzeba go zapłacić osobno?

Alicja Nowicka"""),
("pl", "szafa-drzwi-przesuwne-wypadaja", "Roman Jasiński <roman.jasinski@example.com>", "Szafa - drzwi wypadają z szyny", "technical", "",
"""Dzień dobry,

w szafie z drzwiami przesuwnymi, którą montowali Państwa monterzy w
zeszłym miesiącu, lewe skrzydło co kilka dni wyskakuje z dolnej
prowadnicy i zawisa krzywo. Wkładam je z powrotem, ale po paru
otwarciach to samo. Prawe działa bez problemu. Wygląda na to, że dolne
kółko ma luz.

Proszę o informację, czy ktoś może przyjechać to wyregulować.

Roman Jasiński"""),
("pl", "lozeczko-szczebel-odpadl", "Karolina Mróz <karolina.mroz@example.org>", "Łóżeczko dziecięce", "technical", "high",
"""Dzień dobry,

w łóżeczku dziecięcym "Miś", kupionym u Państwa w styczniu, dziś rano
jeden ze szczebelków wypadł z dolnej listwy - klej puścił na obu końcach.
Powstała szpara, w którą nasz 9-miesięczny syn mógłby włożyć głowę.
Przenieśliśmy go na razie do kojca, a łóżeczko odstawiliśmy.

Czy mogą Państwo przysłać część zamienną albo zabrać łóżeczko do
naprawy? Zdjęcia w załączniku.

Karolina Mróz"""),
("pl", "lozko-z-pojemnikiem-silownik", "Adam Kubiak <adam.kubiak@example.com>", "lozko z pojemnikiem", "technical", "",
"""dzien dobry, w lozku 160x200 z pojemnikiem na posciel przestaly
trzymac silowniki gazowe. stelaz z materacem jak sie go podniesie
opada od razu z hukiem, nie da sie nic wyjac ze srodka bez drugiej
osoby do trzymania. lozko ma rok. czy mozna dostac nowe silowniki?
Adam"""),
("pl", "stol-debowy-przelozona-dostawa-kierownik", "Ewelina Czerwińska <ewelina.czerwinska@example.net>", "Stół zapłacony w marcu - żądam kontaktu z kierownikiem", "billing", "high",
"""Szanowni Państwo,

stół dębowy z ośmioma krzesłami zapłaciłam w całości 14 marca, 3 400 zł
przelewem. Termin dostawy przesuwano już cztery razy, za każdym razem
dowiaduję się o tym dzień wcześniej. Nie mam już zaufania do żadnego
nowego terminu.

Rezygnuję z zamówienia i proszę o zwrot całej kwoty. Żądam, żeby w tej
sprawie zadzwonił do mnie kierownik salonu, a nie kolejna osoba z
infolinii, która "przekaże dalej". Tel. 512 340 876.

Ewelina Czerwińska"""),
("pl", "odp-potwierdzenie-montaz-sobota", "Paweł Szymański <pawel.szymanski@example.com>", "Odp: Potwierdzenie zamówienia 55871", "general", "",
"""Dzień dobry,

dziękuję za potwierdzenie. Czy montaż szafy mógłby odbyć się w sobotę
zamiast w piątek? W tygodniu oboje pracujemy do 17, a w sobotę jesteśmy
w domu cały dzień.

Paweł Szymański

pon., 3 cze 2024 o 09:12 Obsługa Klienta <zamowienia@meble-salon.example> napisał(a):
> Szanowny Panie,
>
> potwierdzamy przyjęcie zamówienia 55871. Dostawa wraz z montażem
> planowana jest na piątek 14.06 w godzinach 8-16.
>
> Pozdrawiamy"""),
# ---------------- apteka internetowa ----------------
("pl", "e-recepta-anulowana-pieniadze-pobrane", "Jolanta Kowalewska <jola.kowalewska@example.net>", "zamowienie anulowane a pieniadze", "billing", "",
"""Dzien dobry, w poniedzialek zamowilam lek na e-recepte, zaplacilam
karta 86,40 zl. Wczoraj dostalam maila ze zamowienie anulowane bo leku
brak w hurtowni. Rozumiem, ale pieniadze nadal sa zablokowane na
koncie. Kiedy wroca?
Jolanta Kowalewska"""),
("pl", "krem-orzechy-reakcja-alergiczna", "Patrycja Sobczak <patrycja.sobczak@example.com>", "Reakcja alergiczna po kremie", "general", "high",
"""Dzień dobry,

kupiłam u Państwa krem do rąk z serii "Natura". Na stronie w składzie
nie było nic o oleju z orzechów, a na tubce drobnym drukiem jest
"Arachis Hypogaea Oil". Mam alergię na orzeszki ziemne. Po pierwszym
użyciu dłonie i nadgarstki spuchły mi i pokryły się bąblami, skończyło
się na SOR-ze i zastrzyku.

Proszę pilnie poprawić opis produktu na stronie, zanim ktoś inny
zrobi sobie krzywdę, i potwierdzić, że to zrobiono.

Patrycja Sobczak"""),
("pl", "kod-e-recepty-nie-znaleziono", "Henryk Kozłowski <henryk.kozlowski@example.org>", "Kod recepty", "technical", "",
"""Dzień dobry,

próbuję zamówić lek na receptę przez Państwa stronę. Wpisuję czterocyfrowy
kod z SMS-a i PESEL, a strona pokazuje "Nie znaleziono recepty". W
aptece stacjonarnej ta sama recepta działa, sprawdzałem wczoraj. Kod
przepisuję dokładnie.

Henryk Kozłowski"""),
("pl", "faktura-apteczki-firmowe-nip", "Biuro <biuro@stolarnia-debowa.example>", "Faktura VAT do zamówienia 20931", "billing", "",
"""Dzień dobry,

zamówiliśmy u Państwa wyposażenie apteczek do warsztatu (zamówienie
20931), ale przy składaniu zamówienia nie zaznaczyliśmy faktury. Prosimy
o wystawienie faktury VAT na firmę:

Stolarnia Dębowa sp. z o.o.
ul. Leśna 4, 34-400 Nowy Targ
NIP 735-000-12-34

Pozdrawiamy
Biuro Stolarni Dębowej"""),
("pl", "odbior-leku-przez-corke", "Wladyslaw Pietrzyk <w.pietrzyk@example.com>", "odbior", "general", "",
"""Dzien dobry. Jestem po operacji kolana i nie wychodze z domu. Czy moja
corka moze odebrac moje zamowienie z lekami w Waszej aptece na ul.
Dluga? Co musi ze soba miec?
Wladyslaw Pietrzyk"""),
("pl", "witaminy-co-miesiac-koniec", "Sylwia Adamska <sylwia.adamska@example.com>", "Pakiet witamin", "billing", "",
"""Dzień dobry,

od pół roku co miesiąc dostaję od Państwa pakiet witamin za 79 zł. Na
zalecenie lekarza zmieniam suplementy, więc proszę już nie wysyłać
kolejnych paczek i nie ściągać pieniędzy z karty od czerwca.

Dziękuję i pozdrawiam
Sylwia Adamska"""),
("pl", "przypomnienia-o-lekach-nie-dzwonia", "Marek Duda <marek.duda@example.com>", "przypomnienia w aplikacji", "technical", "",
"""Dzien dobry, w waszej aplikacji ustawilem mamie przypomnienia o lekach
na 8, 14 i 20. od kilku dni w ogole sie nie pokazuja, a mama zapomina
brac tabletki. powiadomienia w telefonie sa wlaczone dla aplikacji,
telefon xiaomi, android 13. czy to jakis znany problem?
Marek"""),
# ---------------- optyk ----------------
("pl", "progresy-doplata-antyrefleks-nieuzgodniona", "Irena Sadowska <irena.sadowska@example.com>", "Rachunek za okulary", "billing", "",
"""Dzień dobry,

przy zamawianiu okularów progresywnych w salonie przy ul. Kościuszki
uzgodniłam cenę 1 450 zł. Przy odbiorze okazało się, że do zapłaty jest
1 800 zł, bo doliczono powłokę antyrefleksyjną "premium" za 350 zł, o
którą nie prosiłam i o której nikt mi nie mówił. Zapłaciłam, bo
potrzebowałam okularów, ale proszę o zwrot 350 zł.

Irena Sadowska"""),
("pl", "okulary-zawias-nosek-odpadl", "Kacper Wojcik <kacper.wojcik@example.org>", "okulary", "technical", "",
"""Czesc, okulary odebrane 2 tyg temu i juz sie rozlatuja - prawy zawias
sam sie odkreca (dokrecalem juz 3 razy), a dzis odpadl nosek po lewej
stronie. Oprawka tytanowa, nie spadly mi nigdzie. Moge podjechac do
salonu zeby to naprawili?
Kacper"""),
("pl", "badanie-wzroku-czterolatek", "Natalia Krawczyk <natalia.krawczyk@example.org>", "Badanie wzroku dla dziecka", "general", "",
"""Dzień dobry, czy w Państwa salonie badają wzrok małym dzieciom? Syn ma
4 lata i przedszkolanka zauważyła, że mruży oczy. Jeśli tak, to czy
trzeba się umawiać i ile trwa takie badanie?
Natalia"""),
("pl", "bon-pracowniczy-na-okulary", "Dorota Kaminska <dorota.kaminska@example.org>", "Platnosc bonami", "billing", "",
"""Dzien dobry, dostalam z pracy bony swiateczne w formie karty
przedplaconej na 500 zl. Czy moge nimi zaplacic za okulary w waszym
salonie, a reszte doplacic gotowka? Okulary beda kosztowac okolo 900 zl.
Pozdrawiam, Dorota"""),
("pl", "optometrystka-wysmiala-kierownik", "Jerzy Malec <jerzy.malec@example.org>", "Wizyta w salonie w Lublinie", "general", "high",
"""Szanowni Państwo,

byłem wczoraj na badaniu wzroku w salonie w Lublinie. Pani
optometrystka od początku była zniecierpliwiona, komentowała na głos
przy innych klientach, że "w moim wieku to już nic nie pomoże", a gdy
poprosiłem o powtórzenie jednego testu, odpowiedziała, że nie ma na to
czasu. Wyszedłem upokorzony.

Proszę o przekazanie mojej skargi kierownikowi salonu i o kontakt z
jego strony. Nie życzę sobie odpowiedzi szablonowej.

Jerzy Malec
tel. 693 210 554"""),
("pl", "sklep-soczewek-kod-sms-nie-dochodzi", "Ola Krupa <ola.krupa@example.com>", "logowanie", "technical", "",
"""hej, nie moge sie zalogowac do sklepu z soczewkami bo wlaczylam
weryfikacje dwuetapowa i kod sms nie przychodzi. numer sie zgadza, inne
sms-y dostaje normalnie. klikalam "wyslij ponownie" z 10 razy. a
soczewki mi sie koncza za 3 dni
Ola"""),
("pl", "soczewki-abonament-co-kwartal", "Marcin Gołębiowski <m.golebiowski@example.org>", "Abonament na soczewki", "billing", "",
"""Dzień dobry,

mam u Państwa abonament na soczewki jednodniowe płatny co miesiąc
(119 zł). Wolałbym płacić raz na kwartał i dostawać jedną większą
paczkę - czy mogę zmienić sposób rozliczenia od lipca i czy wtedy jest
jakaś zniżka?

Marcin Gołębiowski"""),
# ---------------- sklep zoologiczny ----------------
("pl", "karma-dla-psa-wstrzymac-dwa-miesiace", "Kinga Stępień <kinga.stepien@example.com>", "subskrypcja karmy", "billing", "",
"""hej, mam u was subskrypcje karmy dla psa co 4 tygodnie (worek 12 kg,
219 zl). wyjezdzamy z psem na dwa miesiace do rodzicow na wies i tam
bedzie jadl co innego. da sie to zawiesic na lipiec i sierpien zeby nie
pobieralo kasy i nie wysylalo? we wrzesniu chce wrocic
Kinga"""),
("pl", "puszka-karmy-metalowe-opilki", "Teresa Kowalczyk <teresa.kowalczyk@example.com>", "Karma dla kota", "general", "high",
"""Dzień dobry,

w puszce mokrej karmy dla kota (Wasza marka, z tuńczykiem, 400 g)
znalazłam dziś kilka drobnych metalowych opiłków - widać je dobrze na
łyżeczce, są ostre. Kot na szczęście nie zdążył zjeść. W tym samym
kartonie mam jeszcze 5 puszek z tej samej partii (nr 0524-K3) i nie
otwieram ich.

Proszę o informację, czy ta partia jest wycofywana. Boję się o
zwierzęta innych osób.

Teresa Kowalczyk"""),
("pl", "fontanna-dla-kota-pompa-stoi", "Wiktoria Lewandowska <wiktoria.lewandowska@example.com>", "Poidełko fontanna", "technical", "",
"""Dzień dobry,

poidełko-fontanna dla kota przestało pompować wodę po miesiącu
używania. Dioda świeci, słychać ciche brzęczenie, ale woda nie leci.
Rozebrałam pompkę według instrukcji, wyczyściłam wirnik z sierści,
złożyłam z powrotem - nadal nic. Co dalej?

Wiktoria"""),
("pl", "karmnik-automatyczny-wifi", "Przemek Kasprzak <przemek.kasprzak@example.org>", "karmnik", "technical", "",
"""Dzien dobry
automatyczny karmnik nie chce sie polaczyc z aplikacja. dochodze do
kroku "laczenie z siecia wifi" i po minucie wyskakuje "polaczenie
nieudane". router ma 2,4 i 5 GHz, haslo wpisuje dobrze. karmnik stoi 2
metry od routera. chcialem go miec zanim wyjade w piatek
Przemek"""),
("pl", "kasa-cena-inna-niz-na-polce-zwirek", "Bożena Wójcik <bozena.wojcik@example.net>", "Cena żwirku", "billing", "",
"""Dzień dobry,

w sobotę w Państwa sklepie na ul. Ogrodowej na półce przy żwirku
silikonowym była cena 32,99 zł, a przy kasie policzono mi 44,99 zł za
opakowanie. Wzięłam trzy, więc różnica to 36 zł. Zauważyłam dopiero w
domu, patrząc na paragon. Zdjęcie półki i paragonu w załączeniu.

Proszę o zwrot różnicy.
Bożena Wójcik"""),
("pl", "obroza-gps-brak-lokalizacji", "Filip Nowak <filip.nowak@example.net>", "Obroża GPS", "technical", "",
"""Dzien dobry, obroza GPS dla psa kupiona u was tydzien temu pokazuje w
aplikacji ciagle ta sama lokalizacje - nasz dom - nawet jak jestem z
psem na spacerze 3 km dalej. Karta SIM aktywowana, obroza naladowana,
dioda mruga na zielono. Pies lubi uciekac, wiec wlasnie dlatego ja
kupilismy.
Filip"""),
("pl", "terrarium-pekniete-szklo-zwrot", "Łukasz Grabowski <lukasz.grabowski@example.net>", "Terrarium przyszło pęknięte", "billing", "",
"""Dzień dobry,

terrarium 60x45x45 (zamówienie ZOO-7781) dotarło wczoraj z pękniętą
przednią szybą. Karton z zewnątrz był zgnieciony w jednym rogu, zdjęcia
zrobiłem przy kurierze. Nie chcę czekać na wymianę, bo kupiłem już
terrarium stacjonarnie - proszę o zwrot pieniędzy, 489 zł, i informację,
jak odesłać to uszkodzone.

Łukasz Grabowski"""),
# ---------------- sklep rowerowy ----------------
("pl", "zadatek-ebike-model-wycofany", "Robert Czarnecki <robert.czarnecki@example.org>", "zadatek za rower", "billing", "",
"""Dzien dobry,
w lutym wplacilem 500 zl zadatku na rower elektryczny trekkingowy w
rozmiarze L, mial byc w maju. Teraz dzwoni pan ze sklepu ze producent
wycofal ten model i nie bedzie go wcale. Zamiennik mi nie odpowiada
(inny silnik, ciezszy). Prosze o zwrot 500 zl na konto z ktorego byl
przelew.
Robert Czarnecki"""),
("pl", "ebike-wyswietlacz-blad-21", "Agnieszka Pietras <agnieszka.pietras@example.net>", "Rower elektryczny - błąd 21", "technical", "",
"""Dzień dobry,

od wczoraj wyświetlacz w moim rowerze elektrycznym pokazuje "Error 21"
zaraz po włączeniu i silnik w ogóle nie wspomaga - jedzie się jak na
ciężkim zwykłym rowerze. Bateria naładowana do pełna, wyjmowałam ją i
wkładałam z powrotem. Rower ma 8 miesięcy.

Agnieszka Pietras"""),
("pl", "bateria-roweru-dym-w-garazu", "Zbigniew Urban <zbigniew.urban@example.com>", "Bateria do roweru", "technical", "high",
"""Dzień dobry,

wczoraj wieczorem ładowałem baterię od roweru elektrycznego w garażu,
na oryginalnej ładowarce. Po około godzinie z okolic złącza zaczął się
wydobywać szary dym i był mocny zapach palonego plastiku. Odłączyłem
ładowarkę i wyniosłem baterię na podwórko na betonową kostkę, tam
ostygła. Obudowa przy złączu jest lekko nadtopiona.

Do roweru jej już nie wkładam. Jak mam ją bezpiecznie do Państwa
dostarczyć?

Zbigniew Urban"""),
("pl", "przeglad-przed-sezonem-wolne-terminy", "Michal Bednarz <michal.bednarz@example.com>", "przeglad", "general", "",
"""hej, nic sie nie dzieje z rowerem, chce tylko zrobic normalny przeglad
przed sezonem. jakie macie wolne terminy w maju i czy rower trzeba
zostawic na caly dzien czy da sie poczekac na miejscu?
Michal"""),
("pl", "serwis-rachunek-wiekszy-niz-wycena", "Paulina Kołodziej <paulina.kolodziej@example.net>", "Rachunek za serwis", "billing", "",
"""Dzień dobry,

przy oddawaniu roweru do serwisu mechanik powiedział, że wymiana
łańcucha i regulacja hamulców to około 150 zł. Przy odbiorze zapłaciłam
380 zł, bo "wymienione zostały też kaseta i klocki". Nikt do mnie nie
dzwonił, żeby zapytać o zgodę na dodatkowe części, a numer telefonu
zostawiłam.

Proszę o wyjaśnienie i zwrot różnicy za części, na które się nie
zgodziłam.

Paulina Kołodziej"""),
("pl", "przerzutka-skacze-po-serwisie", "Dawid Sowiński <dawid.sowinski@example.com>", "Re: Rower gotowy do odbioru", "technical", "",
"""odebralem rower w srode i od tego czasu przerzutka tylna skacze na
3-4 najmniejszych zebatkach, lancuch przeskakuje pod obciazeniem,
szczegolnie jak ruszam pod gorke. przed serwisem tego
nie bylo. moge go podrzucic jutro rano do poprawki?

> Dzien dobry, rower po przegladzie jest gotowy do odbioru.
> Zapraszamy w godzinach 10-18. Serwis Rowerowy"""),
("pl", "pochwala-mechanik-rowerek-corki", "Julia Zawadzka <julia.zawadzka@example.com>", "Dziękujemy!", "general", "",
"""Dzień dobry,

w sobotę przyszłam z córką z jej małym rowerkiem, bo spadł łańcuch i
była cała we łzach. Pan mechanik (chyba pan Krzysiek, z brodą) od razu
go naprawił, pokazał jej, jak sprawdzić, czy koła są dobrze dokręcone,
i nie chciał za to ani złotówki. Córka od tamtej pory mówi, że jak
dorośnie, to będzie naprawiać rowery :)

Bardzo dziękujemy!
Julia Zawadzka"""),
# ---------------- serwis samochodowy i salon ----------------
("pl", "naprawa-gwarancyjna-faktura-prawnik", "Andrzej Kalinowski <andrzej.kalinowski@example.net>", "Faktura za naprawę gwarancyjną", "billing", "high",
"""Szanowni Państwo,

samochód kupiony w Państwa salonie 14 miesięcy temu, na 3-letniej
gwarancji producenta, został oddany do serwisu z powodu wycieku z pompy
wody. Przy odbiorze zażądano ode mnie 1 840 zł, twierdząc, że naprawa
"nie kwalifikuje się do gwarancji", bez żadnego pisemnego uzasadnienia.
Zapłaciłem pod protestem, żeby odzyskać auto.

Sprawę przekazałem mojemu pełnomocnikowi. Jeśli do 20 czerwca nie
otrzymam zwrotu 1 840 zł albo pisemnej opinii producenta, skierujemy
pozew do sądu.

Andrzej Kalinowski"""),
("pl", "po-wymianie-oleju-kontrolka-silnika", "Kamil Rogowski <kamil.rogowski@example.org>", "kontrolka po serwisie", "technical", "",
"""Dzien dobry, w piatek byla u was wymiana oleju i filtrow w moim aucie.
W sobote zapalila sie pomaranczowa kontrolka silnika i swieci caly
czas, auto jedzie normalnie ale jakby troche slabiej przy
przyspieszaniu. Przed wizyta kontrolki nie bylo. Kiedy moge przyjechac
zeby to sprawdzic?
Kamil Rogowski"""),
("pl", "hamulce-po-serwisie-pedal-zapada", "Ewa Laskowska <ewa.laskowska@example.org>", "Hamulce po wymianie klocków", "technical", "high",
"""Dzień dobry,

we wtorek wymieniali Państwo klocki i tarcze z przodu w moim aucie.
Dziś rano pedał hamulca zapadał się prawie do podłogi, zanim auto
zaczęło hamować, a na skrzyżowaniu ledwo wyhamowałam. Odstawiłam
samochód pod pracą i nie będę nim jeździć.

Proszę o pilny kontakt i informację, czy mogą Państwo odebrać auto
lawetą.

Ewa Laskowska
tel. 605 112 908"""),
("pl", "jazda-probna-hybryda-sobota", "Marek Olszewski <marek.olszewski@example.net>", "Jazda próbna", "general", "",
"""Dzień dobry,

chciałbym umówić się na jazdę próbną hybrydowym SUV-em, który macie na
stronie w zakładce "dostępne od ręki". Najlepiej w sobotę przed
południem. Czy żona może też pojechać, czy musimy się umówić osobno?

Marek Olszewski"""),
("pl", "przeglad-dwa-razy-z-karty", "Sebastian Kurowski <sebastian.kurowski@example.net>", "platnosc za przeglad", "billing", "",
"""dzien dobry, przy odbiorze auta po przegladzie terminal za pierwszym
razem pokazal blad i pani kazala przylozyc karte jeszcze raz. teraz w
banku widze dwie platnosci po 640 zl z tego samego dnia. prosze o zwrot
jednej.
Sebastian Kurowski"""),
("pl", "okulary-w-aucie-zastepczym", "Grazyna Pawlak <grazyna.pawlak@example.net>", "Zgubione okulary", "general", "",
"""Dzien dobry, w zeszlym tygodniu mialam od Was auto zastepcze (bialy
hatchback) na czas naprawy mojego. Chyba zostawilam w schowku albo w
drzwiach kierowcy okulary przeciwsloneczne w brazowym etui. Czy ktos
moglby sprawdzic? Moge po nie podjechac.
Grazyna Pawlak"""),
("pl", "faktura-leasing-zly-nabywca", "Księgowość <ksiegowosc@transbud.example>", "Faktura za przegląd - zły nabywca", "billing", "",
"""Dzień dobry,

za przegląd samochodu służbowego (nr rej. KR 4X772) wystawili Państwo
fakturę na naszą firmę, a auto jest w leasingu i faktura powinna być
wystawiona na leasingodawcę z naszym numerem umowy w opisie. Prosimy o
korektę.

Z poważaniem
Dział Księgowości Transbud"""),
# ---------------- wypożyczalnia samochodów ----------------
("pl", "rysa-obciazenie-2500-reklamacja-bank", "Norbert Jakubowski <norbert.jakubowski@example.com>", "Obciazenie 2500 zl", "billing", "high",
"""Dzien dobry,
po oddaniu auta na lotnisku w Krakowie obciazyliscie moja karte kwota
2500 zl za "uszkodzenie tylnego zderzaka". Ta rysa byla w aucie przy
odbiorze - jest zaznaczona na protokole wydania, ktory mam podpisany
przez waszego pracownika, i mam zdjecia z parkingu z godzina.
Dwa maile bez odpowiedzi. Dzisiaj zglosilem obciazenie jako sporne w
banku i bank wszczal procedure chargeback.
Norbert Jakubowski"""),
("pl", "kaucja-zablokowana-dwa-tygodnie", "Magdalena Sikorska <magdalena.sikorska@example.net>", "Kaucja", "billing", "",
"""Dzień dobry,

samochód oddałam 3 czerwca, bez żadnych uwag w protokole. Minęły dwa
tygodnie, a 1 500 zł kaucji wciąż jest zablokowane na mojej karcie
kredytowej. Kiedy blokada zostanie zdjęta?

Magdalena Sikorska"""),
("pl", "cyfrowy-kluczyk-nie-otwiera", "Konrad Wilczek <konrad.wilczek@example.com>", "NIE OTWIERA SIE AUTO", "technical", "",
"""stoje na parkingu przy dworcu, rezerwacja na 9:00, w aplikacji klikam
"otworz" i nic. aplikacja pokazuje "polaczono z pojazdem" a auto sie nie
otwiera. bluetooth wlaczony, restart telefonu zrobiony. infolinia nie
odbiera. co mam robic??
Konrad"""),
("pl", "wydanie-auta-nocny-przylot", "Aleksander Borowski <aleksander.borowski@example.com>", "Odbiór auta w nocy", "general", "",
"""Dzień dobry,

mam rezerwację auta na lotnisku w Katowicach, ale mój samolot ląduje
dopiero o 0:50. Czy Państwa stanowisko będzie jeszcze czynne, czy
kluczyki można odebrać w jakiś inny sposób?

Pozdrawiam
Aleksander Borowski"""),
("pl", "auto-z-wypozyczalni-dym-spod-maski", "Marzena Wysocka <marzena.wysocka@example.net>", "Samochód z wypożyczalni", "technical", "high",
"""Dzień dobry,

jadąc autostradą A1 samochodem wynajętym od Państwa wczoraj, poczułam
zapach spalenizny, a po chwili spod maski zaczął wydobywać się dym.
Zjechałam na pas awaryjny, wysiadłam z dziećmi za barierki. Stoimy
przy kilometrze 312 w kierunku Łodzi. Na desce świeci czerwona
kontrolka temperatury.

Proszę o pilny kontakt i wysłanie pomocy drogowej. Numer rezerwacji
RW-448120, tel. 698 774 301.

Marzena Wysocka"""),
("pl", "tankowanie-doliczone-pelny-bak", "Tadeusz Krajewski <tadeusz.krajewski@example.com>", "Opłata za paliwo", "billing", "",
"""Dzień dobry, oddałem auto z pełnym bakiem, tankowałem na stacji 2 km
od lotniska (paragon mam), a w rozliczeniu wynajmu doliczono mi 290 zł
"opłaty za tankowanie". Proszę o zwrot tej kwoty.
Tadeusz Krajewski"""),
("pl", "pochwala-pani-z-okienka-gdansk", "Justyna Bielecka <justyna.bielecka@example.net>", "pochwala", "general", "",
"""Dzien dobry, chcialam pochwalic pania z waszego stanowiska na lotnisku
w Gdansku (chyba pani Ania). Przylecielismy z dwojka dzieci opoznionym
lotem po polnocy, a ona cierpliwie poczekala, zamontowala nam foteliki i
wytlumaczyla dojazd do hotelu. Super obsluga.
Justyna"""),
# ---------------- wulkanizacja ----------------
("pl", "przechowalnia-opon-ile-kosztuje", "Leszek Marciniak <leszek.marciniak@example.com>", "opony", "billing", "",
"""dzien dobry ile u was kosztuje wymiana opon na letnie w osobowce (felgi
stalowe 16) i ile przechowanie zimowek do jesieni? czy mozna zaplacic
karta czy tylko gotowka
Leszek"""),
("pl", "kolo-poluzowane-po-wymianie-opon", "Anna Szczepańska <anna.szczepanska@example.net>", "Koło po wymianie opon", "technical", "high",
"""Dzień dobry,

w poniedziałek wymieniali Państwo opony w moim aucie. Dziś na drodze
ekspresowej zaczęło mocno stukać i trząść kierownicą. Zatrzymałam się
na parkingu i okazało się, że w lewym przednim kole dwie śruby są
prawie całkiem odkręcone, a jednej brakuje. Dalej nie jadę.

Ktoś musi to pilnie naprawić. Stoję na MOP-ie Stryków, tel. 600 341 229.

Anna Szczepańska"""),
("pl", "czujnik-cisnienia-po-wymianie", "Piotr Sadowski <piotr.sadowski@example.net>", "kontrolka cisnienia", "technical", "",
"""Czesc, po wymianie opon u was swieci mi sie kontrolka cisnienia w
oponach. Sprawdzalem na stacji, wszedzie 2,3 bara. Ktos mowil ze trzeba
zrobic jakies kodowanie czujnikow. Da sie to zrobic bez umawiania?
Piotr"""),
("pl", "wymiana-opon-bez-umawiania", "Bogusława Leśniak <boguslawa.lesniak@example.org>", "Pytanie", "general", "",
"""Dzień dobry, czy na wymianę opon trzeba się u Państwa umawiać, czy
można przyjechać w kolejce? I czy w soboty pracujecie do 14, jak jest
napisane na drzwiach, czy dłużej?
B. Leśniak"""),
("pl", "wywazanie-policzone-mimo-pakietu", "Arkadiusz Wiśniewski <arkadiusz.wisniewski@example.net>", "Paragon za wymianę", "billing", "",
"""Dzień dobry,

kupiłem u Państwa pakiet "Wymiana Komplet" za 160 zł, który według
cennika na stronie obejmuje zdjęcie, założenie i wyważenie czterech kół.
Na paragonie jest 160 zł za pakiet i osobno 80 zł za wyważenie. Proszę o
zwrot tych 80 zł.

Arkadiusz Wiśniewski"""),
# ---------------- linia lotnicza ----------------
("pl", "lot-odwolany-chce-pieniedzy-nie-voucher", "Weronika Dąbrowska <weronika.dabrowska@example.com>", "Odwołany lot WAW-BCN 12.06", "billing", "",
"""Dzień dobry,

nasz lot do Barcelony 12 czerwca został odwołany przez Państwa na dwa
dni przed wylotem. Zamiast zwrotu pieniędzy w mailu dostaliśmy voucher
na 1 860 zł ważny rok. Nie chcę vouchera - nie planujemy w tym roku
kolejnej podróży. Proszę o zwrot pieniędzy na kartę, którą płaciłam.

Rezerwacja: KX7R2P

Weronika Dąbrowska"""),
("pl", "odprawa-online-karta-pokladowa-blad", "Oskar Mazurek <oskar.mazurek@example.net>", "check-in", "technical", "",
"""dzien dobry, probuje sie odprawic online na jutrzejszy lot do Oslo i
po wybraniu miejsca wyskakuje "Wystapil blad. Sprobuj ponownie
pozniej". tak od 3 godzin, na stronie i w aplikacji. karty pokladowej
nie ma. wylot o 6:10 rano, nie chce stac w kolejce do stanowiska.
rezerwacja M4LQ8T
Oskar"""),
("pl", "bagaz-oplacony-online-doplata-przy-bramce", "Katarzyna Michalak <katarzyna.michalak@example.com>", "Podwójna opłata za bagaż", "billing", "",
"""Dzień dobry,

przy rezerwacji wykupiłam bagaż rejestrowany 20 kg (jest w
potwierdzeniu, 159 zł). Na lotnisku w Gdańsku przy nadawaniu pani
stwierdziła, że w systemie bagażu nie ma, i musiałam zapłacić jeszcze
raz 230 zł, żeby zdążyć na lot. Mam potwierdzenie i paragon z lotniska.

Proszę o zwrot 230 zł.

Katarzyna Michalak
rezerwacja P9D3KW"""),
("pl", "pies-w-kabinie-zasady", "Tomasz Zalewski <tomasz.zalewski@example.org>", "pies", "general", "",
"""Czesc, czy maly pies (jamnik, 6 kg z transporterem) moze leciec ze mna
w kabinie na trasie Wroclaw - Londyn? Jakie wymiary moze miec
transporter i czy trzeba to zglosic wczesniej?
Tomek Zalewski"""),
("pl", "mama-na-wozku-bez-asysty-przelozony", "Iwona Kaczmarczyk <iwona.kaczmarczyk@example.net>", "Brak asysty dla mojej mamy - proszę o kontakt przełożonego", "general", "high",
"""Szanowni Państwo,

dla mojej mamy (81 lat, porusza się na wózku) zamówiłam z wyprzedzeniem
asystę na lotnisku w Katowicach. Po przylocie została posadzona na
wózku przy bramce i zostawiona tam na ponad dwie godziny, bez wody i
bez możliwości skorzystania z toalety. Nikt nie przyszedł, dopóki nie
zadzwoniłam z domu do informacji lotniska.

Nie chcę odpowiedzi z szablonu. Proszę, żeby skontaktował się ze mną
przełożony działu obsługi pasażerów. Tel. 509 331 760.

Iwona Kaczmarczyk"""),
("pl", "aplikacja-linii-brak-rezerwacji", "Daniel Tomaszewski <daniel.tomaszewski@example.org>", "Moje podróże - pusto", "technical", "",
"""Dzień dobry, w aplikacji w zakładce "Moje podróże" nie widzę żadnej
rezerwacji, chociaż za dwa tygodnie lecę do Rzymu i mam potwierdzenie
mailem. Próbowałem dodać rezerwację ręcznie kodem i nazwiskiem -
pokazuje się "Nie znaleziono rezerwacji". Na stronie www przez "Zarządzaj
rezerwacją" wszystko widać.
Daniel"""),
("pl", "opoznienie-pieciogodzinne-odszkodowanie-ulc", "Krzysztof Nowakowski <krzysztof.nowakowski@example.com>", "Odszkodowanie za opóźnienie lotu - ostateczne wezwanie", "billing", "high",
"""Szanowni Państwo,

lot z Warszawy do Lizbony 2 maja wylądował z opóźnieniem 5 godzin 20
minut. Zgodnie z rozporządzeniem 261/2004 przysługuje mi odszkodowanie
400 EUR. Moje zgłoszenie odrzucili Państwo, powołując się na
"nadzwyczajne okoliczności", bez wskazania jakich, mimo że tego dnia
inne loty z Warszawy odbywały się normalnie.

Jeśli w ciągu 14 dni nie otrzymam wypłaty, składam skargę do Urzędu
Lotnictwa Cywilnego i kieruję sprawę do sądu.

Krzysztof Nowakowski
rezerwacja Z2HN6Q"""),
# ---------------- przewoźnik kolejowy ----------------
("pl", "bilet-kupiony-dwa-razy-apka-kolej", "Maja Lewicka <maja.lewicka@example.net>", "2 bilety zamiast 1", "billing", "",
"""Dzien dobry, kupowalam w aplikacji bilet Poznan - Warszawa na 14:05.
Przy platnosci apka sie zawiesila, wiec kupilam jeszcze raz. Teraz mam
dwa identyczne bilety i dwie platnosci po 89 zl. Jednego nie
potrzebuje, prosze o zwrot pieniedzy za drugi.
Maja Lewicka"""),
("pl", "kod-qr-biletu-nie-laduje-offline", "Kornelia Sawicka <kornelia.sawicka@example.com>", "Bilet w aplikacji się nie wyświetla", "technical", "",
"""Dzień dobry,

w pociągu często nie ma zasięgu, więc dotąd pokazywałam konduktorowi
bilet w aplikacji offline. Od ostatniej aktualizacji bez internetu
zamiast kodu QR wyświetla się kręcące kółko i napis "ładowanie
biletu". Dziś konduktor ledwo przyjął tłumaczenie. Telefon iPhone 12,
aplikacja zaktualizowana.

Kornelia Sawicka"""),
("pl", "rower-w-pociagu-miejsce", "Bartek Sobieraj <bartek.sobieraj@example.org>", "rower", "general", "",
"""hej, w lipcu jade z rowerem z Krakowa do Gdyni pociagiem dalekobieznym.
czy trzeba rezerwowac miejsce na rower i w ktorym wagonie sie go
zostawia? czy sakwy moga zostac na rowerze?
Bartek"""),
("pl", "doplata-konduktor-legitymacja-w-telefonie", "Oliwia Borkowska <oliwia.borkowska@example.com>", "Niesłuszna opłata w pociągu", "billing", "",
"""Dzień dobry,

jechałam 7 czerwca pociągiem z Lublina do Warszawy na bilet ulgowy
studencki. Konduktor nie uznał mojej legitymacji w aplikacji mObywatel
i wystawił mi opłatę dodatkową 60 zł plus dopłatę do biletu normalnego.
Zapłaciłam na miejscu kartą. Według regulaminu e-legitymacja jest
ważnym dokumentem. Proszę o zwrot obu kwot - w załączeniu wezwanie i
zrzut legitymacji.

Oliwia Borkowska"""),
("pl", "drzwi-pociagu-zamknely-sie-na-wozku", "Sławomir Gajewski <slawomir.gajewski@example.com>", "Niebezpieczne zdarzenie na stacji Łódź Kaliska", "general", "high",
"""Dzień dobry,

wczoraj, 18:42, przy wsiadaniu do pociągu do Warszawy drzwi zamknęły
się, kiedy przednie koła wózka z naszym półrocznym synem były już w
środku, a tylne jeszcze na peronie. Pociąg drgnął, zanim żona zdążyła
krzyknąć. Na szczęście ktoś ze środka wcisnął przycisk i drzwi się
otworzyły. Nikt z obsługi nie podszedł.

Proszę o wyjaśnienie tego zdarzenia i sprawdzenie czujników w tych
drzwiach. Numer pociągu mam na bilecie.

Sławomir Gajewski"""),
("pl", "biletomat-dworzec-nie-przyjmuje-kart", "Jan Wieczorek <jan.wieczorek@example.com>", "biletomat", "technical", "",
"""Dzien dobry, biletomat na stacji Pruszkow od tygodnia nie przyjmuje
platnosci karta - po przylozeniu wyswietla "transakcja przerwana".
Gotowki zwykle nie mam, wiec rano musze stac w kolejce do kasy. Moze
ktos to sprawdzic?
Jan Wieczorek"""),
# ---------------- hotel ----------------
("pl", "hotel-pobrane-przy-rezerwacji-i-na-miejscu", "Beata Lis <beata.lis@example.com>", "Podwójne obciążenie za pobyt", "billing", "",
"""Dzień dobry,

za pobyt 8-10 czerwca (pokój dwuosobowy, 2 noce) zapłaciłam przy
rezerwacji na stronie 780 zł. Przy wymeldowaniu recepcja pobrała z mojej
karty ponownie 780 zł, twierdząc, że "płatność przedpłacona nie
widnieje w systemie". Mam potwierdzenie z banku obu płatności.

Proszę o zwrot jednej z nich.

Beata Lis"""),
("pl", "hotel-lazienka-zapach-gazu", "Rafał Cieślak <rafal.cieslak@example.com>", "Zapach w pokoju 214", "technical", "high",
"""Dzień dobry,

piszę z pokoju 214. Od wieczora w łazience jest wyraźny zapach gazu,
najmocniejszy przy piecyku nad wanną. Zgłosiłem to w recepcji godzinę
temu, usłyszałem, że "to z kanalizacji" i że ktoś zajrzy rano. Otworzyłem
okno i na razie siedzimy z żoną na korytarzu. Nie chcę tam spać, dopóki
ktoś tego nie sprawdzi.

Rafał Cieślak"""),
("pl", "wczesniejsze-zameldowanie-bagaz", "Agnieszka Kozak <agnieszka.kozak@example.org>", "przyjazd rano", "general", "",
"""Dzien dobry, mamy rezerwacje od piatku, a przyjezdzamy pociagiem juz o
8 rano. Czy da sie zameldowac wczesniej, a jak nie to czy mozemy
zostawic walizki w recepcji i pojsc na miasto?
Agnieszka Kozak"""),
("pl", "faktura-hotel-na-firme-po-pobycie", "Marcin Szewczyk <marcin.szewczyk@example.org>", "faktura", "billing", "",
"""Dzien dobry, bylem u Panstwa 3-5 czerwca w delegacji i przy wymeldowaniu
dostalem tylko paragon. Prosze o wystawienie faktury na firme:
Szewczyk Instalacje, ul. Polna 8, 62-020 Swarzedz, NIP 777-000-45-12.
Paragon w zalaczniku.
Pozdrawiam
Marcin Szewczyk"""),
("pl", "wifi-w-pokoju-zrywa-spotkanie", "Natalia Olszewska <natalia.olszewska@example.org>", "Internet w pokoju 308", "technical", "",
"""Dzień dobry,

jestem u Państwa na pobycie służbowym do czwartku. Wi-Fi w pokoju 308
rozłącza się co kilka minut, a w ciągu dnia mam spotkania online -
dzisiaj dwa razy wypadłam z rozmowy z klientem. W lobby działa dobrze.
Czy można coś z tym zrobić albo przenieść mnie do pokoju bliżej
routera?

Natalia Olszewska"""),
("pl", "pochwala-sniadania-bezglutenowe", "Ilona Zając <ilona.zajac@example.net>", "Dziękujemy za pobyt", "general", "",
"""Dzień dobry,

wróciliśmy właśnie z weekendu u Państwa i chcę podziękować kuchni. Mam
celiakię i zwykle w hotelach jem na śniadanie suchy chleb bezglutenowy z
paczki. U Państwa kucharz przyszedł sam zapytać, co mogę jeść, i
codziennie przygotowywał dla mnie osobne naleśniki i pieczywo. To był
pierwszy od lat wyjazd, na którym nie myślałam o jedzeniu.

Ilona Zając"""),
("pl", "anulowanie-10-dni-przed-pobrano-calosc", "Jacek Bąk <jacek.bak@example.com>", "Anulacja rezerwacji 55120", "billing", "",
"""Dzień dobry,

rezerwację na 20-23 lipca anulowałem 10 dni przed przyjazdem. W
potwierdzeniu rezerwacji stoi wyraźnie: "bezpłatna anulacja do 7 dni
przed przyjazdem". Mimo to z karty pobrano 100% wartości, czyli 1 260 zł.
Proszę o zwrot.

Jacek Bąk"""),
# ---------------- apartamenty wakacyjne ----------------
("pl", "apartament-kod-skrytki-nie-dziala", "Sebastian Krol <sebastian.krol@example.com>", "KOD NIE DZIALA", "technical", "",
"""Dzien dobry, stoimy pod apartamentem przy ul. Morskiej w Miedzyzdrojach,
jest 22:15. Kod do skrytki z kluczami z waszego maila (4471) nie
otwiera, probowalismy 10 razy. Pod numerem awaryjnym nikt nie odbiera.
Mamy ze soba dwoje malych dzieci, prosze o szybka odpowiedz.
Sebastian Krol"""),
("pl", "apartament-kaucja-potracone-sprzatanie", "Dominika Adamczyk <dominika.adamczyk@example.org>", "Potrącenie z kaucji", "billing", "",
"""Dzień dobry,

z kaucji 500 zł za apartament w Zakopanem zwrócili Państwo tylko 200 zł,
potrącając 300 zł za "dodatkowe sprzątanie". Zostawiliśmy apartament
posprzątany, naczynia umyte, śmieci wyniesione - mam zdjęcia zrobione w
dniu wyjazdu. Opłatę za sprzątanie końcowe (150 zł) zapłaciliśmy przy
rezerwacji. Proszę o zwrot 300 zł.

Dominika Adamczyk"""),
("pl", "apartament-czujnik-czadu-piszczy", "Wojciech Kowalik <wojciech.kowalik@example.net>", "Czujnik w apartamencie", "technical", "high",
"""Dzień dobry,

jesteśmy w apartamencie nr 3 w Karpaczu. Od około godziny czujnik
tlenku węgla w łazience (obok piecyka gazowego) co chwilę piszczy i
miga na czerwono, a żona i ja mamy ból głowy. Wyłączyliśmy piecyk,
otworzyliśmy okna i wyszliśmy z dziećmi na zewnątrz.

Prosimy, żeby ktoś pilnie przyjechał to sprawdzić. Tel. 664 019 283.

Wojciech Kowalik"""),
("pl", "apartament-czy-mozna-z-kotem", "Magda Rybak <magda.rybak@example.org>", "zwierzeta", "general", "",
"""Dzien dobry, czy w apartamentach przy plazy mozna byc z kotem? Kot
jest spokojny, bedzie mial swoja kuwete i transporter. Chcemy
przyjechac na tydzien w sierpniu.
Magda"""),
("pl", "apartament-oplata-miejscowa-gotowka", "Henryk Bielawski <henryk.bielawski@example.com>", "oplata miejscowa", "billing", "",
"""Dzien dobry,
w potwierdzeniu rezerwacji jest cena 2 100 zl za tydzien "wszystko
wliczone". Teraz dostalem SMS, ze przy przyjezdzie mam zaplacic gotowka
jeszcze oplate miejscowa 4,50 zl za osobe za dobe. Czy ona nie byla w
cenie? I czy moge zaplacic karta, bo gotowki nie nosze?
Henryk Bielawski"""),
# ---------------- bilety na wydarzenia, kino, teatr ----------------
("pl", "koncert-przelozony-zwrot-biletow", "Patryk Nowicki <patryk.nowicki@example.org>", "Koncert przełożony na wrzesień", "billing", "",
"""Dzień dobry,

kupiłem dwa bilety na koncert 15 czerwca w Łodzi (zamówienie
BL-204418, 2 x 249 zł). Dostałem informację, że koncert został
przeniesiony na 28 września. W tym terminie jestem za granicą i nie
mogę przyjść. Proszę o zwrot pieniędzy za oba bilety.

Patryk Nowicki"""),
("pl", "kolejka-wirtualna-wyrzuca-na-koniec", "Natalia Czech <natalia.czech@example.org>", "kolejka", "technical", "",
"""dzien dobry, od 10:00 stoje w wirtualnej kolejce na bilety na
festiwal. dwa razy doszlam do wyboru biletow i po kliknieciu "dalej"
strona pokazala "sesja wygasla" i wyrzucilo mnie na sam koniec kolejki
(teraz 48 tysiecy osob przede mna). nie odswiezalam strony. chrome,
laptop, kabel. czy to u was jakis blad?
Natalia"""),
("pl", "festiwal-odwolany-chargeback", "Michal Jankowski <michal.jankowski@example.org>", "festiwal - zwrot", "billing", "high",
"""Dzien dobry,
festiwal w lipcu zostal odwolany 3 tygodnie temu, na stronie pisaliscie
ze zwroty beda automatyczne w ciagu 14 dni. Nie dostalem nic za 2
karnety (1 180 zl), a formularz kontaktowy odpowiada tylko automatem.
Wczoraj zlozylem w banku wniosek o chargeback na ta transakcje. Prosze
miec to na uwadze.
Michal Jankowski"""),
("pl", "kino-seanse-dla-rodzicow-z-niemowletami", "Aleksandra Wieczorek <aleksandra.wieczorek@example.net>", "Seanse dla rodziców", "general", "",
"""Dzień dobry, czy w Państwa kinie są seanse dla rodziców z
niemowlętami (przyciemnione światło, ciszej, można wejść z wózkiem)?
Jeśli tak, to w jakie dni i czy trzeba wcześniej rezerwować miejsca?
Ola"""),
("pl", "teatr-balkon-luzna-barierka", "Ryszard Majewski <ryszard.majewski@example.com>", "Balkon, rząd 1 - barierka", "general", "high",
"""Szanowni Państwo,

byłem z wnukiem na niedzielnym spektaklu dla dzieci. Siedzieliśmy na
balkonie w pierwszym rzędzie. Barierka przed nami wyraźnie się chwieje -
przy lekkim oparciu rusza się o kilka centymetrów, jedno mocowanie jest
chyba wyrwane z podłogi. Dzieci na spektaklach dla dzieci opierają się o
nią cały czas.

Proszę o pilne sprawdzenie, zanim ktoś spadnie.

Ryszard Majewski"""),
("pl", "mapa-sali-nie-laduje-sie", "Kamila Stachowiak <kamila.stachowiak@example.net>", "Nie mogę wybrać miejsc", "technical", "",
"""Dzień dobry,

chcę kupić bilety na "Mayday" na 22 czerwca, ale po kliknięciu "Kup
bilet" zamiast mapy sali pojawia się szary prostokąt i nic więcej. Na
telefonie to samo. Na inne spektakle mapa się wczytuje. Czy te miejsca
w ogóle są w sprzedaży?

Kamila Stachowiak"""),
("pl", "bilet-normalny-zamiast-ulgowego-roznica", "Tadeusz Domański <tadeusz.domanski@example.com>", "bilet dla dziecka", "billing", "",
"""Dzien dobry, kupujac bilety do kina na sobote przez pomylke kupilem dla
syna (9 lat) bilet normalny zamiast dzieciecego. Roznica 12 zl. Czy
mozna to jakos zamienic albo oddac roznice? Nr zamowienia K-88120.
Tadeusz Domanski"""),
# ---------------- siłownia ----------------
("pl", "karnet-zamrozenie-kontuzja-kolana", "Paulina Wojciechowska <paulina.wojciechowska@example.com>", "Zawieszenie karnetu", "billing", "",
"""Dzień dobry,

mam u Państwa karnet open płatny co miesiąc (139 zł). Tydzień temu
zerwałam więzadło w kolanie i czeka mnie operacja i rehabilitacja przez
około trzy miesiące. Czy mogę zawiesić karnet na ten czas, żeby nie
były pobierane opłaty? Mogę przesłać zaświadczenie lekarskie.

Paulina Wojciechowska"""),
("pl", "silownia-wypowiedzenie-dalej-pobieraja-bank", "Adrian Kowalski <adrian.kowalski@example.com>", "Re: Re: wypowiedzenie umowy", "billing", "high",
"""Juz trzeci raz pisze. Umowe wypowiedzialem w marcu z zachowaniem
miesiecznego okresu, mam potwierdzenie z recepcji z pieczatka. W
kwietniu, maju i czerwcu i tak sciagneliscie po 119 zl. Wczoraj w banku
zglosilem te trzy obciazenia jako nieautoryzowane i bank je
reklamuje. Prosze wiecej nie pobierac nic z mojej karty.

Adrian Kowalski

> Dzien dobry, Pana sprawa zostala przekazana do dzialu rozliczen.
> Pozdrawiamy, Recepcja"""),
("pl", "bramka-nie-czyta-kodu-z-aplikacji", "Igor Piasecki <igor.piasecki@example.org>", "bramka", "technical", "",
"""czesc, od poniedzialku bramka na wejsciu w klubie na Mokotowie nie
czyta mojego kodu qr z aplikacji, swieci na czerwono. recepcja
wpuszcza mnie recznie ale rano czesto nikogo tam nie ma. karnet
aktywny, oplacony. jasnosc ekranu na max dawalem
Igor"""),
("pl", "bieznia-iskrzy-swad", "Elżbieta Nowak <elzbieta.nowak@example.com>", "Bieżnia nr 6", "technical", "high",
"""Dzień dobry,

dziś około 7 rano w klubie przy ul. Wołoskiej bieżnia nr 6 (przy oknie)
podczas biegu zaczęła strzelać iskrami spod osłony silnika z przodu i
było czuć spaleniznę. Zeszłam z niej i wyłączyłam ją wyłącznikiem.
Na recepcji nikogo nie było, więc przykleiłam kartkę "nie używać". Proszę
ją odłączyć od prądu i sprawdzić, zanim ktoś inny na nią wejdzie.

Elżbieta Nowak"""),
("pl", "aplikacja-zapisy-na-zajecia-blad", "Monika Grabowska <monika.grabowska@example.com>", "zapisy na zajęcia", "technical", "",
"""Dzień dobry, w aplikacji nie mogę się zapisać na żadne zajęcia
grupowe. Po kliknięciu "Zapisz się" pojawia się "Błąd serwera (500)",
a potem zajęcia i tak pokazują się jako pełne. Wylogowałam się i
zalogowałam ponownie, bez zmian.
Monika"""),
("pl", "zegarek-zgubiony-w-szatni", "Karol Wisniewski <karol.wisniewski@example.com>", "zgubiony zegarek", "general", "",
"""Dzien dobry, we wtorek wieczorem zostawilem chyba w meskiej szatni (w
okolicy szafek 40-60) zegarek sportowy czarny na silikonowym pasku.
Czy ktos go oddal do recepcji?
Karol Wisniewski"""),
("pl", "zmiana-karnetu-na-poranny-tanszy", "Łucja Michalska <lucja.michalska@example.org>", "Zmiana karnetu", "billing", "",
"""Dzień dobry,

zmieniłam pracę i mogę chodzić na siłownię tylko rano przed 10. Czy
mogę od przyszłego miesiąca przejść z karnetu open (139 zł) na poranny
za 89 zł, bez zrywania umowy? Jeśli trzeba coś podpisać, mogę podejść
na recepcję.

Łucja Michalska"""),
# ---------------- szkoła językowa i kursy online ----------------
("pl", "kurs-niemieckiego-rata-pobrana-dwa-razy", "Dariusz Krawiec <dariusz.krawiec@example.com>", "rata za kurs", "billing", "",
"""Dzien dobry
kurs niemieckiego B1 place w 4 ratach po 420 zl. Druga rata zostala
pobrana z konta dwa razy - 5 i 6 czerwca. Prosze o zwrot nadplaty albo
zaliczenie jej na poczet trzeciej raty, jak wam wygodniej.
Dariusz Krawiec"""),
("pl", "platforma-kursu-wideo-nie-odtwarza", "Anna Kubacka <anna.kubacka@example.org>", "Lekcje wideo", "technical", "",
"""Dzień dobry,

od kilku dni na platformie kursu nie odtwarzają mi się lekcje wideo z
modułu 4. Odtwarzacz się ładuje, pokazuje czarny ekran i po chwili
"Nie można odtworzyć pliku (kod 224003)". Wcześniejsze moduły działają.
Próbowałam w Firefoxie i w Edge.

Anna Kubacka"""),
("pl", "test-poziomujacy-kiedy", "Szymon Lewandowski <szymon.lewandowski@example.com>", "Test poziomujący", "general", "",
"""Dzień dobry,

chciałbym zapisać się na kurs hiszpańskiego od października, ale nie
wiem, na jakim jestem poziomie - uczyłem się sam przez rok z aplikacji.
Kiedy można u Państwa napisać test poziomujący i czy robi się go na
miejscu, czy online?

Szymon Lewandowski"""),
("pl", "certyfikat-drukowany-oplacony-nie-przyszedl", "Renata Sowa <renata.sowa@example.org>", "Certyfikat", "billing", "",
"""Dzień dobry,

po ukończeniu kursu zamówiłam drukowany certyfikat z wysyłką i
zapłaciłam za to 60 zł (w marcu). Minęły trzy miesiące i certyfikat nie
dotarł. Wersję PDF mam, a papierowa nie jest mi już potrzebna - proszę
o zwrot 60 zł.

Renata Sowa"""),
("pl", "zajecia-online-lektor-mnie-nie-slyszy", "Kuba Marek <kuba.marek@example.com>", "mikrofon na zajeciach", "technical", "",
"""hej, na zajeciach online w waszej platformie lektor mnie nie slyszy.
mikrofon dziala w innych aplikacjach, w przegladarce dalem zezwolenie,
w ustawieniach platformy pokazuje ze mikrofon jest ale pasek
glosnosci sie nie rusza. laptop z windows 11. musze pisac wszystko na
czacie
Kuba"""),
("pl", "podziekowanie-lektorka-egzamin-zdany", "Marianna Bąk <marianna.bak@example.com>", "Zdałam!", "general", "",
"""Dzień dobry,

chciałam tylko przekazać, że zdałam egzamin FCE na poziomie B2 z
wynikiem 176 punktów. To w dużej mierze zasługa pani Katarzyny, która
przez cały rok cierpliwie poprawiała moje eseje i wymyślała ćwiczenia na
moje słabe strony. Proszę jej bardzo podziękować ode mnie.

Marianna"""),
# ---------------- gabinet stomatologiczny ----------------
("pl", "leczenie-drozsze-niz-plan", "Wiesław Czarnecki <wieslaw.czarnecki@example.com>", "Rachunek za leczenie kanałowe", "billing", "",
"""Dzień dobry,

w planie leczenia, który dostałem na piśmie w marcu, leczenie kanałowe
zęba 36 było wycenione na 1 100 zł. Przy ostatniej wizycie zapłaciłem
łącznie 1 480 zł. Nikt nie informował mnie o dodatkowych kosztach w
trakcie. Proszę o wyjaśnienie różnicy i rozpisanie, za co zapłaciłem.

Wiesław Czarnecki"""),
("pl", "uczulenie-na-lateks-zignorowane", "Agata Wrona <agata.wrona@example.com>", "Wizyta u higienistki 12.06", "general", "high",
"""Dzień dobry,

w karcie pacjenta mam wpisane uczulenie na lateks, mówiłam o tym też
przy rejestracji. Wczoraj podczas higienizacji pani higienistka pracowała
w lateksowych rękawiczkach. Po godzinie usta i dziąsła mi spuchły, a na
szyi pojawiła się pokrzywka - musiałam wziąć leki przeciwhistaminowe i
pojechać do lekarza.

Proszę o wyjaśnienie, jak do tego doszło, i o zapewnienie, że przy
kolejnych wizytach to się nie powtórzy.

Agata Wrona"""),
("pl", "rejestracja-online-gabinet-blad", "Piotr Kaczor <piotr.kaczor@example.com>", "rejestracja online", "technical", "",
"""Dzien dobry, probuje sie zarejestrowac na przeglad przez wasza strone.
Wybieram lekarza i godzine, wpisuje dane i po kliknieciu "potwierdz"
strona sie przeladowuje i wraca do kalendarza, bez zadnego
potwierdzenia ani maila. Zrobilem tak 3 razy, mam nadzieje ze nie mam
teraz 3 wizyt.
Piotr Kaczor"""),
("pl", "przesuniecie-wizyty-na-czwartek", "Ewa Gorska <ewa.gorska@example.com>", "wizyta we wtorek", "general", "",
"""Dzien dobry, mam wizyte u dr Nowaka we wtorek o 16:30 (plomba). Czy
moglabym ja przesunac na czwartek albo piatek po poludniu? We wtorek
wypadl mi wyjazd sluzbowy.
Ewa Gorska"""),
("pl", "implant-raty-mozliwe", "Zenon Kurek <zenon.kurek@example.net>", "Implant - płatność", "billing", "",
"""Dzień dobry,

lekarz zaproponował mi implant z koroną, razem około 5 500 zł. Nie mam
takiej kwoty od ręki. Czy w Państwa gabinecie można rozłożyć płatność na
raty i czy trzeba płacić wszystko z góry przed zabiegiem?

Zenon Kurek"""),
("pl", "aparat-ortodontyczny-zaliczka-rezygnacja", "Marta Sobczyk <marta.sobczyk@example.net>", "Zaliczka za aparat córki", "billing", "",
"""Dzień dobry,

w kwietniu wpłaciliśmy 800 zł zaliczki na aparat stały dla córki.
Przeprowadzamy się w sierpniu do Gdańska i leczenie będzie prowadzone
tam, więc rezygnujemy. Aparat nie został jeszcze założony ani
zamówiony (tak nam powiedziano w rejestracji). Proszę o zwrot zaliczki
na konto 12 1090 0000 0000 0000 1234 5678.

Marta Sobczyk"""),
# ---------------- lecznica weterynaryjna ----------------
("pl", "operacja-psa-drozej-niz-wycena", "Joanna Piątek <joanna.piatek@example.org>", "Rachunek za zabieg Bruna", "billing", "",
"""Dzień dobry,

przed operacją usunięcia guza u naszego psa Bruna lekarz podał nam
wycenę około 1 500 zł. Przy odbiorze zapłaciliśmy 2 380 zł. Rozumiem,
że w trakcie mogło wyjść coś nieprzewidzianego, ale nikt do nas nie
zadzwonił. Czy mogę prosić o szczegółowe rozliczenie, co złożyło się na
tę kwotę?

Joanna Piątek"""),
("pl", "faktura-dla-ubezpieczyciela-kota", "Lukasz Mazur <lukasz.mazur@example.com>", "faktura do ubezpieczenia", "billing", "",
"""Dzien dobry, kot jest ubezpieczony i ubezpieczyciel chce faktury z
rozpisanymi pozycjami (badanie, leki, USG osobno), a dostalem tylko
paragon na laczna kwote 640 zl z wizyty 4 czerwca. Czy mozecie wystawic
taka fakture na mnie? Dane: Lukasz Mazur, ul. Sloneczna 3, Opole.
Lukasz"""),
("pl", "wyniki-badan-w-aplikacji-nie-otwieraja", "Sylwia Krawczyk <sylwia.krawczyk@example.com>", "Wyniki krwi Luny", "technical", "",
"""Dzień dobry,

w aplikacji kliniki pojawiło się powiadomienie, że wyniki badania krwi
naszej kotki są gotowe. Po kliknięciu w PDF wyświetla się tylko biała
strona i napis "Nie udało się wczytać dokumentu". Na komputerze po
zalogowaniu przez przeglądarkę to samo. Inne dokumenty (szczepienia)
otwierają się normalnie.

Sylwia Krawczyk"""),
("pl", "pakiet-zdrowia-psa-rezygnacja", "Marek Zielinski <marek.zielinski@example.net>", "pakiet zdrowie", "billing", "",
"""dzien dobry, rezygnuje z pakietu "Zdrowy Pies" za 59 zl miesiecznie,
przeprowadzamy sie do innego miasta. prosze juz nie pobierac oplat od
lipca. psa ma na imie Fado jakby to bylo potrzebne
Marek Zielinski"""),
("pl", "zly-lek-dla-kota-kierownik-kliniki", "Aldona Pietrzak <aldona.pietrzak@example.org>", "Podano mojemu kotu niewłaściwy lek", "general", "high",
"""Szanowni Państwo,

8 czerwca mój kot Filemon dostał w Państwa lecznicy zastrzyk z leku
przeciwbólowego przeznaczonego dla psów - lekarz dyżurny przyznał to
potem sam, mówiąc, że "pomylił strzykawki". Kot przez dwie doby
wymiotował i trafił pod kroplówkę w innej lecznicy.

Proszę, aby w tej sprawie skontaktował się ze mną kierownik lecznicy
osobiście. Chcę wiedzieć, jak do tego doszło i co zrobiono, żeby się nie
powtórzyło.

Aldona Pietrzak
tel. 607 212 409"""),
("pl", "podziekowanie-ostatnie-chwile-psa", "Elżbieta Kołodziejczyk <elzbieta.kolodziejczyk@example.com>", "Podziękowanie", "general", "",
"""Dzień dobry,

w zeszłym tygodniu musieliśmy pożegnać naszą 15-letnią sunię Tosię.
Chciałam podziękować pani doktor Marcie i pani z recepcji za to, jak
się nami zajęły - za spokój, za to, że mogliśmy być z nią do końca, i
za kartkę z odciskiem łapki, którą dostaliśmy pocztą. To dla nas wiele
znaczy.

Elżbieta Kołodziejczyk"""),
# ---------------- firma kurierska ----------------
("pl", "zmiana-terminu-doreczenia-urlop", "Bartosz Kaczmarek <bartosz.kaczmarek@example.org>", "przesylka 6200 4471 0098", "general", "",
"""Dzien dobry, od jutra do niedzieli nie bedzie mnie w domu. Czy moge
przesunac doreczenie paczki nr 6200 4471 0098 na poniedzialek albo
przekierowac ja do punktu odbioru przy ul. Lipowej? W aplikacji nie ma
takiej opcji.
Bartosz"""),
("pl", "pobranie-nie-przelane-nadawcy", "Sklep Rękodzieło <kontakt@rekodzielo-ani.example>", "Pobranie za przesyłkę z 28.05", "billing", "",
"""Dzień dobry,

28 maja nadałam paczkę za pobraniem 340 zł (nr przesyłki 6200 3318 5521).
Według śledzenia została doręczona 30 maja, klientka potwierdza, że
zapłaciła kurierowi. Pieniądze miały być na moim koncie w ciągu 3 dni
roboczych, a do dziś ich nie ma.

Proszę o sprawdzenie i przelanie kwoty pobrania.

Anna Wilk
Rękodzieło u Ani"""),
("pl", "paczkomat-skrytka-sie-nie-otwiera", "Adam Olszak <adam.olszak@example.org>", "skrytka", "technical", "",
"""stoje przy automacie paczkowym przy Biedronce na Polnej, wpisalem kod
odbioru, automat pokazal "skrytka 34 otwarta" ale drzwiczki sie nie
otworzyly. teraz w aplikacji paczka jest jako odebrana a ja jej nie
mam!! co robic
Adam"""),
("pl", "telewizor-zbity-w-transporcie-sad", "Grzegorz Szulc <grzegorz.szulc@example.com>", "Odszkodowanie za zniszczoną przesyłkę - wezwanie do zapłaty", "billing", "high",
"""Szanowni Państwo,

przesyłka nr 6200 1190 7745 (telewizor, zadeklarowana wartość 3 200 zł,
wykupione dodatkowe ubezpieczenie) dotarła do odbiorcy z pękniętą
matrycą, co zostało opisane w protokole szkody spisanym z kurierem.
Reklamację odrzucili Państwo z uzasadnieniem "niewłaściwe opakowanie",
choć telewizor był w oryginalnym kartonie producenta.

Wzywam do zapłaty 3 200 zł w terminie 14 dni. Po jego upływie skieruję
sprawę do sądu w postępowaniu uproszczonym.

Grzegorz Szulc"""),
("pl", "kurier-zostawil-paczke-pod-brama", "Iwona Laska <iwona.laska@example.net>", "Paczka pod bramą", "general", "",
"""Dzień dobry,

kurier zostawił wczoraj moją paczkę pod bramą osiedla, na chodniku, i
oznaczył ją jako "doręczona do rąk własnych". Byłam w domu cały dzień,
domofon działa. Paczkę na szczęście znalazł sąsiad. Proszę, żeby kurier
na tej trasie dzwonił domofonem, zamiast zostawiać przesyłki na ulicy.

Iwona Laska"""),
("pl", "api-etykiet-nie-dziala-sklep-stoi", "Logistyka <logistyka@sklep-ogrodnik.example>", "Nie generują się etykiety - 400 zamówień czeka", "technical", "high",
"""Dzień dobry,

od 7:30 Państwa API do generowania etykiet zwraca nam błąd 503 na każde
zapytanie, w panelu nadawcy etykiety też się nie tworzą ("Usługa
chwilowo niedostępna"). Mamy dziś ponad 400 zamówień spakowanych na
magazynie i żadnego nie możemy nadać, a kurier przyjeżdża o 14. Klienci
mają w regulaminie wysyłkę w 24h.

Proszę o pilną informację, kiedy to zostanie naprawione.

Tomasz Brzeziński
Kierownik logistyki, Sklep Ogrodnik"""),
("pl", "sledzenie-przesylki-strona-nie-dziala", "Wanda Kozlowska <wanda.kozlowska@example.com>", "Sledzenie", "technical", "",
"""Dzien dobry, od rana nie moge sprawdzic gdzie jest moja paczka. Po
wpisaniu numeru w sledzeniu na stronie wyskakuje "Cos poszlo nie tak"
a w aplikacji kreci sie kolko bez konca. Numer na pewno dobry, wczoraj
dzialalo.
Wanda Kozlowska"""),
# ---------------- hydraulik i serwis ogrzewania ----------------
("pl", "zapach-gazu-po-przegladzie-pieca", "Henryka Wilk <henryka.wilk@example.com>", "Po przeglądzie pieca", "technical", "high",
"""Dzień dobry,

wczoraj Państwa serwisant robił przegląd naszego pieca gazowego. Od
wieczora w kotłowni czuć gaz, dziś rano jeszcze mocniej, przy rurze
wchodzącej do pieca. Zakręciliśmy zawór gazu przy liczniku i
otworzyliśmy okna, dzieci są u babci. Proszę, żeby ktoś przyjechał jak
najszybciej.

Henryka Wilk
ul. Kwiatowa 17, Zielonka
tel. 602 558 013"""),
("pl", "hydraulik-dojazd-policzony-a-nic-nie-zrobil", "Jan Kowalczyk <jan.kowalczyk@example.com>", "rachunek", "billing", "",
"""Dzien dobry, wasz hydraulik przyjechal w czwartek do cieknacego
syfonu, stwierdzil ze nie ma przy sobie czesci i ze przyjedzie jeszcze
raz. Zaplacilem 150 zl za dojazd. W piatek przyjechal, wymienil syfon i
znowu policzyl 150 zl za dojazd. Chyba ten drugi nie powinien byc
naliczony skoro to byla ta sama naprawa?
Jan Kowalczyk"""),
("pl", "kociol-blad-f28-brak-cieplej-wody", "Agnieszka Kowalska <agnieszka.kowalska@example.com>", "Kocioł pokazuje F28", "technical", "",
"""Dzień dobry,

nasz kocioł kondensacyjny, który Państwo montowali dwa lata temu, od
rana pokazuje błąd F28 i nie ma ani ciepłej wody, ani ogrzewania.
Ciśnienie na manometrze 1,5 bara. Resetowałam go przyciskiem dwa razy -
zapala się na chwilę i znowu gaśnie z tym samym błędem. Kiedy może
przyjechać serwisant?

Agnieszka Kowalska"""),
("pl", "pompa-ciepla-oglednik-termin", "Stefan Malinowski <stefan.malinowski@example.com>", "Pompa ciepła - oględziny", "general", "",
"""Dzień dobry,

rozważamy wymianę starego pieca węglowego na pompę ciepła. Dom z lat 80.,
ocieplony w zeszłym roku, około 140 m2. Czy Państwa doradca może
przyjechać obejrzeć dom i kotłownię? Najlepiej w drugiej połowie czerwca,
po 16 albo w sobotę.

Stefan Malinowski
Wołomin"""),
("pl", "umowa-serwisowa-kotla-nie-przedluzac", "Halina Baran <halina.baran@example.net>", "Umowa serwisowa", "billing", "",
"""Dzień dobry,

w lipcu kończy się roczna umowa serwisowa na nasz kocioł (249 zł).
Zmieniliśmy ogrzewanie na miejskie i kotła już nie ma, więc proszę jej
nie przedłużać i nie wysyłać kolejnej faktury.

Halina Baran"""),
("pl", "kran-dalej-cieknie-po-naprawie", "Robert Zych <robert.zych@example.org>", "kran", "technical", "",
"""dzien dobry
kran w kuchni naprawiany przez waszego fachowca w zeszly wtorek dalej
kapie, nawet bardziej niz przedtem. jak sie zakreci do konca to
cieknie spod podstawy na szafke. prosze o ponowna wizyte
Robert"""),
("pl", "faktura-23-zamiast-8-vat", "Tomasz Kalinowski <tomasz.kalinowski@example.net>", "Korekta faktury FV/2024/06/118", "billing", "",
"""Dzień dobry,

na fakturze za wymianę instalacji grzewczej w naszym mieszkaniu
(budownictwo mieszkaniowe, 68 m2) naliczono VAT 23%, a przy remontach
w lokalach mieszkalnych obowiązuje stawka 8%. Proszę o wystawienie
faktury korygującej i zwrot nadpłaconej różnicy.

Tomasz Kalinowski"""),
# ---------------- operator komórkowy ----------------
("pl", "roaming-rachunek-1200-zl", "Kamila Jasińska <kamila.jasinska@example.net>", "Rachunek za maj - 1 214 zł", "billing", "",
"""Dzień dobry,

mój miesięczny rachunek to zwykle 45 zł, a za maj dostałam fakturę na
1 214 zł, prawie wszystko za "transmisję danych poza UE". Byłam tydzień
w Szwajcarii i przed wyjazdem nikt mnie nie ostrzegł, że Szwajcaria to
inna strefa. Nie dostałam też żadnego SMS-a o przekroczeniu limitu, o
którym mówi regulamin.

Proszę o anulowanie tej kwoty albo przynajmniej jej znaczne obniżenie.

Kamila Jasińska"""),
("pl", "esim-aktywacja-blad", "Mateusz Gorski <mateusz.gorski@example.net>", "eSIM", "technical", "",
"""Czesc, kupilem nowy telefon i chce przeniesc numer na eSIM. Skanuje
kod QR z maila, telefon pisze "Nie mozna dodac planu komorkowego -
skontaktuj sie z operatorem". Stara karta fizyczna juz nie dziala, wiec
jestem bez numeru od wczoraj.
Mateusz"""),
("pl", "brak-zasiegu-cala-wies-trzy-dni", "Sołtys wsi Dębina <soltys.debina@example.com>", "Brak zasięgu we wsi Dębina od 3 dni", "technical", "high",
"""Dzień dobry,

piszę w imieniu mieszkańców wsi Dębina (gm. Łęczyca). Od soboty nikt
u nas nie ma zasięgu w Państwa sieci - ani rozmów, ani internetu. We wsi
mieszka dużo starszych osób, które mają tylko telefony komórkowe; w
poniedziałek sąsiad musiał jechać samochodem 5 km, żeby wezwać
karetkę do żony. Zgłoszenia na infolinii kończą się "przekażemy do
działu technicznego".

Prosimy o pilną interwencję.

Zenon Pawlak
sołtys"""),
("pl", "oplata-za-zerwanie-umowy-przeniesienie", "Ewa Kubiak <ewa.kubiak@example.com>", "Opłata za rozwiązanie umowy", "billing", "",
"""Dzień dobry,

przeniosłam numer do innej sieci, bo moja umowa kończyła się 31 maja -
tak jest w umowie, którą mam przed sobą. Teraz dostałam od Państwa
notę na 380 zł "za przedterminowe rozwiązanie umowy". Przeniesienie
nastąpiło 3 czerwca, czyli po końcu umowy. Proszę o anulowanie noty.

Ewa Kubiak"""),
("pl", "cesja-numeru-na-corke", "Janusz Lewandowski <janusz.lewandowski@example.com>", "Przepisanie numeru", "general", "",
"""Dzień dobry,

chciałbym przepisać swój drugi numer, z którego korzysta córka, na nią -
skończyła właśnie 18 lat. Co jest potrzebne do takiej zmiany i czy
musimy przyjść razem do salonu?

Janusz Lewandowski"""),
("pl", "podwyzka-abonamentu-bez-zgody-uke", "Pawel Krajewski <pawel.krajewski@example.com>", "PODWYZKA ABONAMENTU", "billing", "high",
"""Dzien dobry,
bez zadnego wczesniejszego powiadomienia moj abonament wzrosl z 55 zl do
69 zl od czerwca. Mam umowe na czas okreslony do 2025 roku ze stala
cena. Nie zgadzam sie na zmiane i zadam przywrocenia 55 zl oraz zwrotu
nadplaty. Jesli nie dostane odpowiedzi w 7 dni, skladam skarge do UKE
i do rzecznika konsumentow.
Pawel Krajewski"""),
# ---------------- dostawca internetu ----------------
("pl", "swiatlowod-biuro-12-osob-bez-sieci", "Biuro Rachunkowe Bilans <biuro@bilans-ksiegowi.example>", "Awaria - umowa biznesowa 40017", "technical", "high",
"""Dzień dobry,

od wczoraj od 15:00 nie mamy internetu w biurze (światłowód, umowa
biznesowa 40017). Dioda PON na terminalu miga na czerwono. W biurze
pracuje 12 osób, nie możemy wysyłać JPK ani deklaracji klientów, a
jutro mija termin dla kilkudziesięciu firm. Zgłoszenie na infolinii
ma numer AW-55821 i status "w analizie" od 20 godzin.

Prosimy o pilny przyjazd technika.

Lucyna Bąk
Biuro Rachunkowe Bilans"""),
("pl", "wifi-gubi-polaczenie-wieczorami", "Krystian Ziolkowski <krystian.ziolkowski@example.net>", "wifi wieczorem", "technical", "",
"""Dzien dobry, od 2 tygodni internet wieczorami (ok 19-23) co kilkanascie
minut znika na minute-dwie. na kablu tez, nie tylko wifi. router
restartowalem, zmienialem kanal. w dzien dziala bez problemu. test
predkosci jak dziala pokazuje normalnie 300
Krystian"""),
("pl", "predkosc-100-zamiast-600", "Elżbieta Sikora <elzbieta.sikora@example.com>", "Prędkość internetu", "technical", "",
"""Dzień dobry,

płacę za pakiet 600 Mb/s, a na komputerze podłączonym kablem
bezpośrednio do Państwa modemu testy pokazują stale około 95-100 Mb/s.
Sprawdzałam o różnych porach, na dwóch komputerach, zawsze to samo. Czy
coś jest nie tak z modemem albo z linią?

Elżbieta Sikora"""),
("pl", "przekierowanie-portow-serwer-gry", "Oskar Pawelec <oskar.pawelec@example.net>", "porty", "technical", "",
"""hej, chce postawic u siebie serwer do gry dla znajomych i potrzebuje
przekierowac port 25565 na komputer. w panelu waszego routera nie ma
takiej opcji, jest tylko "tryb podstawowy". jak to wlaczyc? czy mam
publiczne ip czy jakis nat?
Oskar"""),
("pl", "oplata-aktywacyjna-miala-byc-zero", "Iwona Marciniak <iwona.marciniak@example.com>", "Pierwsza faktura", "billing", "",
"""Dzień dobry,

w ofercie, na którą podpisałam umowę, była "aktywacja za 0 zł", a na
pierwszej fakturze jest pozycja "opłata aktywacyjna 199 zł". Proszę o
korektę faktury.

Iwona Marciniak"""),
("pl", "faktura-za-stary-adres-po-przeprowadzce", "Piotr Nowakowski <piotr.nowakowski@example.com>", "dwie faktury", "billing", "",
"""dzien dobry
w kwietniu przenioslem usluge internetu na nowy adres (ul. Kasztanowa),
technik podlaczyl wszystko 18.04. od maja dostaje dwie faktury - jedna
za nowy adres a druga nadal za stary (ul. Polna 3) po 69 zl. na starym
adresie nikt juz nie mieszka. prosze anulowac te za Polna i zwrocic to
co zaplacilem za maj.
Piotr Nowakowski"""),
("pl", "swiatlowod-dostepnosc-nowy-dom", "Martyna Wójtowicz <martyna.wojtowicz@example.net>", "Światłowód pod adresem", "general", "",
"""Dzień dobry, budujemy dom w Kobyłce przy ul. Brzozowej (działka 118/4,
budynek jeszcze bez numeru). Czy w tej okolicy macie już światłowód albo
planujecie go doprowadzić? Wprowadzamy się na jesień.
Martyna"""),
# ---------------- serwisy streamingowe (film i muzyka) ----------------
("pl", "nieznane-obciazenia-streaming-bank", "Barbara Kwiatkowska <barbara.kwiatkowska@example.com>", "Obciążenia, których nie autoryzowałam", "billing", "high",
"""Dzień dobry,

od trzech miesięcy z mojej karty pobieranych jest po 43 zł z opisem
Państwa serwisu. Nigdy nie zakładałam u Państwa konta ani nie
zamawiałam żadnej subskrypcji. Na mój adres e-mail też nie ma żadnego
konta - sprawdzałam przez "Nie pamiętam hasła".

Zastrzegłam kartę, a wszystkie trzy transakcje zgłosiłam w banku jako
nieautoryzowane. Proszę o informację, na jakie konto były pobierane te
płatności.

Barbara Kwiatkowska"""),
("pl", "plan-rodzinny-na-indywidualny", "Filip Szczepaniak <filip.szczepaniak@example.org>", "plan rodzinny", "billing", "",
"""Czesc, mam plan rodzinny w waszej aplikacji z muzyka (6 kont, 37 zl).
Dzieci sie wyprowadzily i maja wlasne konta, zostalem sam. Chce przejsc
na indywidualny za 23 zl od nastepnego okresu, nie tracac swoich
playlist. Jak to zrobic?
Filip"""),
("pl", "vod-po-promocji-nie-kontynuowac", "Danuta Rogowska <danuta.rogowska@example.com>", "Promocja 3 miesiące", "billing", "",
"""Dzień dobry,

wykupiłam u Państwa promocję "3 miesiące za 9,99 zł". Po jej zakończeniu
nie chcę płacić 49 zł miesięcznie - obejrzałam już to, co chciałam.
Proszę, żeby po 30 czerwca konto po prostu wygasło i żeby nie pobierano
żadnych kolejnych opłat.

Danuta Rogowska"""),
("pl", "aplikacja-vod-telewizor-czarny-ekran", "Zenon Majchrzak <zenon.majchrzak@example.com>", "Aplikacja na telewizorze", "technical", "",
"""Dzien dobry, na telewizorze LG aplikacja uruchamia sie, widac menu i
okladki, ale po wybraniu dowolnego filmu jest czarny ekran z dzwiekiem.
Na telefonie i laptopie ten sam film idzie normalnie. Aplikacje
reinstalowalem, telewizor ma najnowsze oprogramowanie.
Zenon"""),
("pl", "pobrane-playlisty-znikaja", "Klaudia Wróbel <klaudia.wrobel@example.com>", "Muzyka offline", "technical", "",
"""Hej,

przed każdym wyjazdem pobieram playlisty do słuchania offline, a od
kilku tygodni po paru dniach same znikają z telefonu - zostają szare
i trzeba pobierać od nowa. W samolocie zostałam bez muzyki. Miejsca w
telefonie mam ponad 40 GB. Android 14.

Klaudia"""),
("pl", "za-duzo-urzadzen-a-nikt-nie-oglada", "Michał Jaworski <michal.jaworski@example.com>", "Limit urządzeń", "technical", "",
"""Dzień dobry,

od wczoraj przy próbie włączenia czegokolwiek pojawia się "Osiągnięto
limit jednoczesnych odtworzeń", chociaż nikt poza mną nie ogląda -
mieszkam sam i mam dwa urządzenia. Wylogowałem wszystkie urządzenia w
ustawieniach konta i zmieniłem hasło, nadal to samo.

Michał Jaworski"""),
("pl", "sugestia-napisy-dla-nieslyszacych", "Ireneusz Krajewski <ireneusz.krajewski@example.com>", "Sugestia", "general", "",
"""Dzień dobry,

jestem osobą słabosłyszącą. Byłoby wspaniale, gdyby polskie filmy i
seriale w Państwa serwisie miały napisy dla niesłyszących (z opisem
dźwięków), a nie tylko te do wersji zagranicznych. Przy polskich
produkcjach często nie mam żadnych napisów. Może warto to rozważyć?

Pozdrawiam
Ireneusz Krajewski"""),
# ---------------- hosting i domeny ----------------
("pl", "hosting-sklep-lezy-blad-500", "Sklep Herbaciarnia <admin@herbaciarnia-liscie.example>", "PILNE - sklep nie działa od rana", "technical", "high",
"""Dzień dobry,

od 6:40 nasz sklep internetowy na Państwa hostingu (pakiet Business,
konto herbaciarnia) zwraca "500 Internal Server Error" na każdej
podstronie, panel administracyjny też. Niczego nie zmienialiśmy od
tygodnia. Dziś startuje nasza największa wyprzedaż w roku, mailing
poszedł do 15 tys. klientów i wszyscy trafiają na błąd.

Proszę o natychmiastową pomoc.

Rafał Kalinowski
Herbaciarnia Liście"""),
("pl", "domena-odnowiona-mimo-wylaczenia", "Norbert Kaminski <norbert.kaminski@example.net>", "odnowienie domeny", "billing", "",
"""Dzien dobry, w panelu mialem wylaczone automatyczne odnowienie domeny
(mam zrzut ekranu z kwietnia), a 2 czerwca pobraliscie z karty 129 zl
za odnowienie na kolejny rok. Nie potrzebuje juz tej domeny. Prosze o
zwrot 129 zl.
Norbert Kaminski"""),
("pl", "maile-z-domeny-laduja-w-spamie", "Weronika Szymczak <weronika.szymczak@example.com>", "Poczta firmowa", "technical", "",
"""Dzień dobry,

od tygodnia maile wysyłane z naszej poczty na Państwa serwerze
(biuro@pracownia-szymczak.example) do klientów z Gmaila trafiają do
spamu albo wracają z błędem "550 5.7.26 unauthenticated sender". Czy
ktoś może sprawdzić rekordy SPF i DKIM dla domeny? Nie bardzo wiem, jak
to zrobić samodzielnie.

Weronika Szymczak"""),
("pl", "certyfikat-ssl-nie-odnowil-sie", "Marek Pietrzak <marek.pietrzak@example.net>", "ssl", "technical", "",
"""czesc, certyfikat ssl na mojej stronie wygasl wczoraj i przegladarki
pokazuja "polaczenie nie jest prywatne". w panelu jest zaznaczone
automatyczne odnawianie darmowego certyfikatu, ale status "blad
weryfikacji domeny". domena kieruje na wasz serwer, nic nie zmienialem
Marek"""),
("pl", "proforma-oplacona-konto-nieoplacone", "Agencja Krok <finanse@agencja-krok.example>", "Proforma PRO/0612 - opłacona", "billing", "",
"""Dzień dobry,

proformę PRO/0612 za przedłużenie hostingu na rok (1 188 zł) opłaciliśmy
przelewem 5 czerwca, potwierdzenie w załączniku. W panelu usługa nadal
figuruje jako "nieopłacona", a dziś przyszedł mail, że konto zostanie
zawieszone za 3 dni. Prosimy o zaksięgowanie wpłaty i wystawienie
faktury VAT.

Dział Finansów
Agencja Krok"""),
("pl", "panel-dns-zmiany-sie-nie-zapisuja", "Dominik Sadowski <dominik.sadowski@example.com>", "Edycja DNS", "technical", "",
"""Dzień dobry,

próbuję dodać rekord CNAME dla subdomeny sklep.moja-firma.example w
panelu DNS. Po kliknięciu "Zapisz" pojawia się zielony komunikat
"Zmiany zapisane", ale po odświeżeniu strony rekordu nie ma. Próbowałem
kilka razy w ciągu dwóch dni.

Dominik Sadowski"""),
("pl", "agencja-program-partnerski-hosting", "Studio Pikselowe <kontakt@studio-pikselowe.example>", "Współpraca", "general", "",
"""Dzień dobry,

prowadzimy małą agencję tworzącą strony internetowe dla lokalnych firm.
Rocznie uruchamiamy około 40 nowych stron i najczęściej polecamy
klientom właśnie Państwa hosting. Czy mają Państwo program partnerski
dla agencji? Chętnie porozmawiamy o współpracy.

Pozdrawiamy
Joanna Pik
Studio Pikselowe"""),
# ---------------- program do faktur online (SaaS) ----------------
("pl", "program-faktur-przejscie-na-plan-roczny", "Adrian Lisowski <adrian.lisowski@example.org>", "plan roczny", "billing", "",
"""Dzien dobry, korzystam z waszego programu do faktur na planie
miesiecznym (39 zl netto). Chcialbym przejsc na plan roczny z rabatem
od kolejnego okresu rozliczeniowego. Czy to sie przelicza
proporcjonalnie, czy placi sie pelna kwote od razu?
Adrian Lisowski
Lisowski Transport"""),
("pl", "fwd-faktura-za-abonament-zly-nip", "Kancelaria Nowak <biuro@kancelaria-nowak.example>", "Fwd: Faktura FV/SUB/2024/05/7731", "billing", "",
"""Dzień dobry,

przesyłam dalej fakturę za abonament za maj. Jest na niej błędny NIP -
powinno być 521-000-88-10, a jest 521-000-88-01. Księgowa nie przyjmie
jej w takiej formie. Proszę o fakturę korygującą.

Monika Nowak

---------- Forwarded message ---------
Od: Rozliczenia <rozliczenia@faktury-online.example>
Data: 1 cze 2024, 06:00
Temat: Faktura FV/SUB/2024/05/7731

W załączniku przesyłamy fakturę za abonament w planie Biuro.
Dziękujemy, że jesteś z nami!"""),
("pl", "ksef-wysylka-faktur-blad-autoryzacji", "Joanna Krupa <joanna.krupa@example.net>", "Wysyłka do KSeF", "technical", "",
"""Dzień dobry,

od wczoraj żadna faktura nie przechodzi do KSeF - przy wysyłce program
pokazuje "Błąd autoryzacji: token nieważny (21301)". Wygenerowałam nowy
token w aplikacji podatnika i wkleiłam go w ustawieniach integracji,
ale błąd jest ten sam. Faktury zostają w statusie "oczekuje".

Joanna Krupa"""),
("pl", "dwuetapowa-stary-telefon-zgubiony", "Wojtek Kasprzak <wojtek.kasprzak@example.net>", "nie moge wejsc na konto", "technical", "",
"""czesc, zgubilem telefon z aplikacja do kodow logowania dwuetapowego.
mam nowy telefon, ten sam numer, ale program dalej prosi o kod z
aplikacji i nie daje innej opcji. kodow zapasowych nie zapisalem. jak
odzyskac dostep? musze wystawic faktury do konca miesiaca
Wojtek Kasprzak"""),
("pl", "rodo-usuniecie-danych-konto-darmowe", "Kornel Wasiak <kornel.wasiak@example.net>", "Usunięcie danych osobowych", "general", "",
"""Dzień dobry,

na podstawie art. 17 RODO proszę o usunięcie mojego konta w Państwa
serwisie (darmowy plan, adres kornel.wasiak@example.net) wraz ze
wszystkimi moimi danymi osobowymi. Nie prowadzę już działalności i nie
korzystam z programu. Proszę o potwierdzenie wykonania.

Kornel Wasiak"""),
("pl", "pochwala-support-wieczorem-przed-terminem", "Aneta Zielonka <aneta.zielonka@example.net>", "dziekuje", "general", "",
"""Dzien dobry, chcialam tylko podziekowac panu Damianowi z pomocy, ktory
wczoraj o 21 na czacie krok po kroku przeprowadzil mnie przez
wystawienie pierwszej faktury walutowej. Myslalam ze nikt nie
odpowie o tej porze. Naprawde doceniam.
Aneta"""),
# ---------------- catering dietetyczny i dostawa jedzenia ----------------
("pl", "catering-bez-orzechow-reakcja-alergiczna", "Natalia Ryba <natalia.ryba@example.org>", "Orzechy w diecie bez orzechów", "general", "high",
"""Dzień dobry,

mam u Państwa dietę z wykluczeniem orzechów - jest to zaznaczone w
zamówieniu i w panelu. Wczorajsza przekąska (batonik owsiany) zawierała
kawałki orzechów laskowych; zorientowałam się po pierwszym gryzie, ale
było za późno. Dostałam obrzęku gardła i musiałam użyć adrenaliny z
autostrzykawki, wieczór spędziłam w szpitalu.

Proszę o wyjaśnienie, jak to się stało i jakie kroki Państwo podejmą,
żeby to się nie powtórzyło u mnie ani u innych osób z alergią.

Natalia Ryba"""),
("pl", "catering-dni-zawieszone-a-pobrane", "Kamil Stasiak <kamil.stasiak@example.net>", "zawieszone dni", "billing", "",
"""Dzien dobry, w panelu zawiesilem diete na 10-14 czerwca (wyjazd) i
dostawy faktycznie nie przyjechaly, tylko ze przy odnowieniu zamowienia
pobraliscie pelna kwote za caly miesiac, bez odliczenia tych 5 dni (5 x
72 zl). Prosze o zwrot 360 zl albo przesuniecie tych dni na koniec.
Kamil"""),
("pl", "aplikacja-brak-restauracji-w-okolicy", "Julia Kamińska <julia.kaminska@example.net>", "Brak restauracji", "technical", "",
"""Hej,

od aktualizacji aplikacja pokazuje mi "Brak restauracji w Twojej
okolicy", a mieszkam w centrum Poznania i jeszcze w zeszłym tygodniu
zamawiałam normalnie z kilkunastu miejsc. Lokalizacja włączona, adres
ustawiony ręcznie też nic nie zmienia. Mąż na swoim telefonie widzi
wszystko.

Julia"""),
("pl", "zamowienie-bez-zupy-i-frytek", "Patryk Kozak <patryk.kozak@example.com>", "Zamowienie 99120", "billing", "",
"""Dzien dobry, w zamowieniu 99120 z restauracji tajskiej nie bylo zupy
tom yum ani frytek z batatow, a zaplacilem za wszystko (razem 46 zl za
te dwie pozycje). Kurier mowil ze torba byla zaklejona. Prosze o zwrot
za brakujace rzeczy.
Patryk"""),
("pl", "panel-wybor-menu-nie-zapisuje", "Ewelina Górska <ewelina.gorska@example.net>", "Wybór posiłków", "technical", "",
"""Dzień dobry,

w panelu klienta wybieram posiłki na przyszły tydzień (opcja "wybór
menu"), klikam "Zapisz", pokazuje się potwierdzenie, a po ponownym
wejściu wszystko wraca do menu domyślnego. Przez to w tym tygodniu
dostałam dania z rybą, której nie jem. Próbowałam na telefonie i na
komputerze.

Ewelina Górska"""),
("pl", "dostawa-diety-na-adres-pracy", "Sylwester Mucha <sylwester.mucha@example.com>", "zmiana adresu dostawy", "general", "",
"""Dzien dobry, od poniedzialku prosze dowozic diete do pracy zamiast do
domu: ul. Grunwaldzka 186, Gdansk, biurowiec C, recepcja na parterze.
Dostawy do 7:30 sa ok, recepcja czynna od 7. Tylko w dni robocze, w
weekendy bez zmian na adres domowy.
Sylwester Mucha"""),
# ---------------- sprzedawca energii ----------------
("pl", "prognoza-faktura-9800-zl-prawnik", "Ryszard Olszewski <ryszard.olszewski@example.com>", "Faktura prognozowa na 9 800 zł", "billing", "high",
"""Szanowni Państwo,

dostałem fakturę prognozową za energię elektryczną na 9 800 zł za pół
roku, podczas gdy moje zużycie od lat to około 1 800 zł rocznie.
Dwukrotnie przesyłałem zdjęcie licznika ze stanem, dwukrotnie
otrzymałem odpowiedź, że "faktura jest prawidłowa".

Nie zapłacę tej kwoty. Sprawę przekazałem radcy prawnemu i złożyłem
skargę do Prezesa URE. Żądam korekty faktury na podstawie
rzeczywistego odczytu.

Ryszard Olszewski
nr klienta 300 445 118"""),
("pl", "przejscie-na-taryfe-g12", "Alicja Kurowska <alicja.kurowska@example.com>", "Zmiana taryfy", "billing", "",
"""Dzień dobry,

mamy pompę ciepła i samochód elektryczny ładowany w nocy. Chcielibyśmy
przejść z taryfy G11 na G12 (dzień/noc). Ile kosztuje taka zmiana,
od kiedy może obowiązywać i czy trzeba wymieniać licznik?

Alicja Kurowska"""),
("pl", "nadplata-zwrot-na-konto", "Zbigniew Kubiak <zbigniew.kubiak@example.com>", "nadplata", "billing", "",
"""Dzien dobry, na ostatnim rozliczeniu mam nadplate 612,40 zl. Nie
chce zeby byla zaliczona na poczet przyszlych faktur, prosze o przelew
na konto 34 1140 0000 0000 0000 2222 3333. Nr klienta 300 512 904.
Zbigniew Kubiak"""),
("pl", "nowy-licznik-iskrzy-skrzynka-goraca", "Maria Jankowska <maria.jankowska@example.net>", "Licznik", "technical", "high",
"""Dzień dobry,

w środę Państwa monter wymienił nam licznik na nowy, zdalny. Od wczoraj
w skrzynce licznikowej na klatce coś cicho trzaska, a dziś widziałam
przez szybkę małe iskry przy przewodach pod licznikiem. Obudowa
skrzynki jest ciepła w dotyku i czuć spaleniznę. Wyłączyłam główny
bezpiecznik w mieszkaniu.

Proszę, żeby ktoś jak najszybciej przyjechał. Blok przy ul. Sadowej 9,
Piaseczno, tel. 501 762 830.

Maria Jankowska"""),
("pl", "portal-odczyt-licznika-nie-przyjmuje", "Leszek Baranowski <leszek.baranowski@example.net>", "odczyt", "technical", "",
"""Dzien dobry, probuje podac odczyt licznika w portalu klienta. Po
wpisaniu stanu (14 382) i kliknieciu "wyslij" wyskakuje "Wprowadzony
odczyt jest nieprawidlowy", chociaz jest wyzszy od poprzedniego (13
905). Zdjecie licznika mam. Jak mam go podac?
Leszek Baranowski"""),
("pl", "zmiana-nazwiska-po-slubie-umowa-prad", "Karolina Zalewska-Mróz <karolina.zalewska@example.org>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Zalewska na Zalewska-Mróz. Umowę na
prąd mam na stare nazwisko. Co muszę przesłać, żeby zaktualizować
dane? Numer klienta 300 118 447.

Karolina Zalewska-Mróz"""),
# ---------------- aplikacja parkingowa i hulajnogi elektryczne ----------------
("pl", "parking-oplata-dodatkowa-mimo-biletu-kierownik", "Stanisław Piątek <stanislaw.piatek@example.org>", "Opłata dodatkowa 250 zł - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

za parking przy ul. Ogrodowej zapłaciłem przez Państwa aplikację od
9:12 do 13:00 - mam potwierdzenie w historii. O 11:40 za wycieraczką
znalazłem wezwanie do zapłaty 250 zł opłaty dodatkowej. Złożyłem
odwołanie przez formularz, odrzucono je jednym zdaniem bez
uzasadnienia.

Żądam, żeby moją sprawą zajął się kierownik działu, a nie kolejna
automatyczna odpowiedź. Nie zapłacę za coś, co już opłaciłem.

Stanisław Piątek"""),
("pl", "postoj-nie-zakonczyl-sie-9-godzin", "Mirek Sobczak <mirek.sobczak@example.com>", "ZA DLUGI POSTOJ", "billing", "",
"""DZIEN DOBRY. WCZORAJ ZAKONCZYLEM POSTOJ W APLIKACJI O 10:30, WIDZIALEM
KOMUNIKAT "POSTOJ ZAKONCZONY". DZIS WIDZE ZE NALICZONO MI DO 19:30, RAZEM
31,50 ZL ZAMIAST 4,50. PROSZE O ZWROT ROZNICY 27 ZL.
MIROSLAW SOBCZAK"""),
("pl", "aplikacja-parkingowa-nie-widzi-strefy", "Karina Wójcik <karina.wojcik@example.org>", "Strefa parkowania", "technical", "",
"""Dzień dobry,

od kilku dni aplikacja nie rozpoznaje strefy, w której stoję - pokazuje
"Brak strefy płatnego parkowania w tej lokalizacji", chociaż stoję
obok parkometru w strefie A w centrum Krakowa. Wpisanie numeru strefy
ręcznie też nie działa (pole jest nieaktywne). GPS włączony.

Karina Wójcik"""),
("pl", "hulajnoga-hamulec-nie-zadzialal", "Daniel Pawlak <daniel.pawlak@example.com>", "Wypadek na hulajnodze", "technical", "high",
"""Dzień dobry,

wczoraj wieczorem na hulajnodze nr 4471-KR zjeżdżałem z wiaduktu przy
Dworcu Głównym i tylny hamulec po prostu nie zadziałał - dźwignia szła
do końca bez oporu. Żeby się zatrzymać, musiałem zeskoczyć; mam
otarte kolano i łokieć. Hulajnogę zostawiłem przy słupie obok
przystanku, zakończyłem przejazd.

Proszę ją natychmiast wycofać z użytku, zanim ktoś inny na nią wsiądzie.

Daniel Pawlak"""),
("pl", "pakiet-minut-wygasl-wczesniej", "Weronika Kaczor <weronika.kaczor@example.com>", "Pakiet minut", "billing", "",
"""Dzień dobry,

15 maja kupiłam pakiet 300 minut na hulajnogi za 99 zł, ważny 30 dni.
Dziś (10 czerwca) przy próbie przejazdu okazało się, że pakiet wygasł, a
wykorzystałam tylko 140 minut. Zapłaciłam za przejazd z karty. Proszę o
przywrócenie pakietu do 14 czerwca albo zwrot za niewykorzystane
minuty.

Weronika Kaczor"""),
("pl", "wiecej-hulajnog-na-osiedlu-sugestia", "Ignacy Brzeziński <ignacy.brzezinski@example.org>", "HULAJNOGI NA NASZYM OSIEDLU", "general", "",
"""Dzien dobry,
mieszkam na osiedlu Rusa na Winogradach i codziennie dojezdzam wasza
hulajnoga do pracy. Problem w tym, ze rano na calym osiedlu stoja
najwyzej 2-3 sztuki, a po 7:30 nie ma juz zadnej. Moze warto
rozstawiac ich tu wiecej na noc albo zrobic stala strefe przy
petli tramwajowej? Sasiedzi tez by chetnie jezdzili.
Ignacy Brzezinski"""),
]
