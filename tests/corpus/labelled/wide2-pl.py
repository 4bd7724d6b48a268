# wide2-pl.py -- a second wide batch of Polish labelled mails spread over
# many kinds of business (B2B suppliers, software and IT services,
# payment terminals, rentals, transport, repairs, home and pet services,
# subscriptions, events, leisure, local council services), for training.
# Money matters told without the usual words, faults told only by their
# symptoms, paid plans ended in roundabout ways, general mail that names
# a price or a fault in passing, negations, escalation demands that keep
# their topic, outages told by their consequences and hazards told
# calmly, in formal and sloppy register, with and without diacritics.
# Same tuple format as batch16.py.
M += [
# ---------------- office supplies for companies ----------------
("pl", "biuro-faktura-bez-nip-firmy", "Bożena Kaczmarek <b.kaczmarek@kancelaria-lex.example>", "Faktura FV/2024/08/1187 - brak NIP", "billing", "",
"""Szanowni Państwo,

otrzymaliśmy fakturę FV/2024/08/1187 za sierpniowe zamówienie papieru i
segregatorów, ale nie ma na niej numeru NIP naszej kancelarii, a nazwa
jest skrócona do "Kancelaria Lex". Nasze biuro rachunkowe nie przyjmie
jej w tej postaci.

Prosimy o wystawienie faktury korygującej z pełnymi danymi:
Kancelaria Radcy Prawnego Lex Sp. z o.o.
ul. Zielona 12, 90-601 Łódź
NIP 725-000-11-22

Z poważaniem
Bożena Kaczmarek
sekretariat"""),
("pl", "biuro-papier-zeszlo-dwa-razy", "Tomek Wilczek <tomek@drukarnia-wilczek.example>", "zamowienie 44120", "billing", "",
"""czesc, za zamowienie 44120 (papier ksero 10 ryz + tonery) zeszlo nam z
konta firmowego dwa razy po 612,40 zl, 3 i 4 wrzesnia. towar przyszedl
raz, wiec jedno z tych musi do nas wrocic. wyciag w zalaczniku

Tomek Wilczek
Drukarnia Wilczek"""),
("pl", "biuro-przelew-14-dni-zamiast-przedplaty", "Anna Zięba <anna.zieba@przychodnia-zdrowie.example>", "Forma płatności dla naszej przychodni", "billing", "",
"""Dzień dobry,

zamawiamy u Państwa artykuły biurowe co miesiąc od ponad roku, zawsze z
przedpłatą. Czy możliwe jest przejście na płatność przelewem z terminem
14 albo 21 dni od dostawy? Nasz dział finansowy rozlicza faktury raz w
tygodniu i przedpłata co chwilę blokuje zamówienia.

Jeśli potrzebne są jakieś dokumenty (KRS, zaświadczenie o niezaleganiu),
proszę dać znać.

Anna Zięba
Przychodnia Zdrowie, administracja"""),
("pl", "biuro-tonery-50-zamiast-5-kierownik", "Grzegorz Malec <g.malec@logistyka-malec.example>", "PD: faktura za tonery - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

przesyłam niżej wiadomość od naszej księgowej. Zamawialiśmy 5 tonerów,
przyszło 5 tonerów, a faktura opiewa na 50 sztuk, czyli 14 350 zł
zamiast 1 435 zł. Od tygodnia piszę na ogólny adres i dostaję tylko
automatyczne odpowiedzi.

Proszę, żeby do końca dnia skontaktował się ze mną kierownik działu
sprzedaży, a nie kolejny konsultant. Tel. 600 410 733.

Grzegorz Malec
Logistyka Malec

---------- Przekazana wiadomość ----------
Od: Ewa Kruk <ksiegowosc@logistyka-malec.example>
Temat: faktura za tonery

Grzesiu, Biurex znowu coś pokręcił, na fakturze 50 szt. zamiast 5.
Nie księguję tego, dopóki nie będzie korekty."""),
("pl", "niszczarka-staje-po-dwoch-minutach", "Jolanta Rudnicka <j.rudnicka@example.com>", "Niszczarka z zamówienia 43877", "technical", "",
"""Dzień dobry,

od razu zaznaczam, że nie chcę jej odsyłać ani odzyskiwać pieniędzy,
potrzebuję działającej niszczarki w biurze.

Niszczarka, którą kupiliśmy w lipcu, po mniej więcej dwóch minutach
pracy przestaje wciągać kartki i zapala się czerwona dioda przy
przełączniku. Po pół godzinie znowu rusza na dwie minuty. Kosz jest
pusty, nie wkładamy więcej niż 8 kartek naraz, tak jak w instrukcji.
Czy to jakieś zabezpieczenie, które można przestawić, czy usterka?

Jolanta Rudnicka"""),
("pl", "laminator-iskry-przy-wtyczce", "Marek Sowiński <marek.sowinski@szkola-jezykowa.example>", "Laminator A3", "technical", "high",
"""Dzień dobry,

dziś rano przy włączaniu laminatora A3 (kupiony u Państwa w czerwcu)
przy wtyczce i miejscu, gdzie przewód wchodzi w obudowę, pojawiły się
iskry i krótki trzask. Przewód w tym miejscu jest lekko stopiony.
Odłączyliśmy go i odstawiliśmy na bok, nikomu nic się nie stało.

Proszę o informację, co dalej z tym urządzeniem.

Marek Sowiński
Szkoła Językowa Sowa"""),
("pl", "biuro-dostawa-trzecie-pietro", "Paulina Grochowska <recepcja@studio-kadr.example>", "Dostawa", "general", "",
"""Dzień dobry,

na stronie piszecie, że od 300 zł netto dostawa jest darmowa, więc
zamówienie zbierzemy razem z innymi firmami z piętra. Moje pytanie jest
inne: czy kurier wnosi paczki na 3. piętro (jest winda towarowa), czy
zostawia na recepcji budynku na parterze? I do której godziny są
dostawy, bo biuro zamykamy o 16.

Pozdrawiam
Paulina, Studio Kadr"""),
("pl", "biuro-katalog-drukowany-2025", "Zdzislaw Ptak <zptak@example.net>", "katalog", "general", "",
"""Dzien dobry, prosze o przeslanie drukowanego katalogu na 2025 rok, jesli
juz jest. Wolimy papierowy, bo zamowienia robi u nas starsza pani z
sekretariatu i nie lubi klikac.

Adres: Biuro Rachunkowe Ptak, ul. Lipowa 7, 16-400 Suwalki

Z powazaniem
Zdzislaw Ptak"""),
# ---------------- IT services for small firms ----------------
("pl", "it-opieka-przejmuje-nas-siec", "Katarzyna Lewandowska <k.lewandowska@biuro-kl.example>", "Umowa serwisowa od lipca", "billing", "",
"""Dzień dobry Panie Rafale,

z dniem 1 lipca nasze biuro zostaje włączone do większej sieci kancelarii,
która ma własny dział IT i własnego dostawcę. Od tego momentu nie
będziemy już potrzebować Państwa stałej opieki, więc proszę, żeby
czerwiec był ostatnim miesiącem, który nam rozliczacie.

Bardzo dziękuję za cztery lata współpracy, zawsze można było na Państwa
liczyć.

Katarzyna Lewandowska"""),
("pl", "it-skad-480-wiecej", "Piotr Nowacki <piotr@nowacki-okna.example>", "wrzesien", "billing", "",
"""Dzien dobry,

zwykle placimy 900 zl miesiecznie za pakiet, a za wrzesien jest 1380.
W zestawieniu jest 6 godzin "prace dodatkowe", ale nikt u nas niczego
dodatkowego nie zamawial, byla tylko ta wymiana dysku w laptopie szefa,
a to mialo byc w ramach pakietu. Skad te 480 zl?

Piotr Nowacki
Nowacki Okna"""),
("pl", "it-stawka-poza-pakietem-dojazd", "Ilona Szewczyk <ilona@kwiaciarnia-iris.example>", "Re: Oferta opieki IT", "billing", "",
"""Dziękuję za ofertę. Zanim podpiszemy, jeszcze jedno: ile kosztuje
godzina pracy poza pakietem i czy dojazd do Pruszkowa liczycie osobno?
W ofercie widzę tylko cenę samego pakietu.

Ilona Szewczyk

W dniu 02.09.2024 o 10:14, Rafał Marczak <biuro@techopieka.example> pisze:
> Pani Ilono,
> w załączniku przesyłam ofertę pakietu Mały Biznes dla 4 stanowisk,
> 520 zł netto miesięcznie.
> Pozdrawiam, Rafał Marczak"""),
("pl", "it-dysk-sieciowy-nikt-nie-pracuje", "Adam Borkowski <a.borkowski@borkowski-projekt.example>", "PILNE - dysk sieciowy", "technical", "high",
"""Od 8:30 nikt w biurze nie może otworzyć niczego z dysku sieciowego. W
eksploratorze jest czerwony krzyżyk na literze P:, a przy próbie
wejścia "Ścieżka sieciowa nie została odnaleziona". Serwer w szafie
świeci się normalnie.

Dwanaście osób siedzi przy biurkach i nie ma na czym pracować, a o 14
oddajemy projekt klientowi. Proszę o natychmiastowy kontakt: 605 220 118.

Adam Borkowski"""),
("pl", "it-komunikat-pliki-zaszyfrowane", "Biuro Podrozy Mewa <biuro@mewa-travel.example>", "komunikat na wszystkich komputerach", "technical", "high",
"""Dzien dobry,

dzis po wlaczeniu komputerow na wszystkich pieciu stanowiskach jest na
tapecie komunikat po angielsku, ze pliki zostaly zaszyfrowane. Dokumenty
maja dziwne koncowki i nie da sie ich otworzyc, system rezerwacji tez
nie wstaje. Niczego nie klikamy, komputery zostawilismy wlaczone, nikt
nie jest w stanie obsluzyc klientow.

Prosze o pilny przyjazd albo telefon. Renata Mewa, 501 300 877"""),
("pl", "it-nowa-pracownica-poczta-iphone", "Karolina Bąk <karolina.bak@example.com>", "nowa osoba od poniedziałku", "technical", "",
"""Cześć,

od poniedziałku zaczyna u nas nowa księgowa, Marta Sikora. Potrzebuje
skrzynki marta.sikora@ w naszej domenie, dostępu do folderu Księgowość
na dysku i poczty na służbowym iPhonie. Laptop już jest, leży u mnie w
szafie. Kto z Was może to ustawić i kiedy?

Karolina"""),
("pl", "it-drukarka-znikla-jeden-komputer", "Stanisław Górny <s.gorny@example.net>", "Dzień dobry", "technical", "",
"""Dzień dobry,

u pani Ewy w sekretariacie drukarka Brother zniknęła z listy drukarek.
Na innych komputerach drukuje normalnie. Dodawaliśmy ją jeszcze raz, ale
komputer jej nie widzi w sieci. Od wczoraj Ewa chodzi z pendrivem do
sąsiedniego pokoju.

S. Górny"""),
("pl", "it-dziekujemy-za-migracje", "Hanna Rutkowska <hanna@rutkowska-architekci.example>", "Podziękowanie", "general", "",
"""Panie Rafale,

chciałam podziękować Panu i Kubie za przeniesienie nas na nowy serwer w
weekend. W poniedziałek rano wszystko po prostu działało, nikt nawet nie
zauważył zmiany, a o to właśnie chodziło. Fakturę już opłaciliśmy, więc
to nie jest mail w tej sprawie, tylko zwykłe dzięki.

Pozdrawiam serdecznie
Hanna Rutkowska"""),
# ---------------- accounting and payroll software ----------------
("pl", "ksiegowy-z-biuro-na-solo", "Magdalena Wrona <magda.wrona@example.com>", "Zmiana pakietu", "billing", "",
"""Dzień dobry,

mam u Was pakiet Biuro (5 użytkowników), ale od października zostaję w
firmie sama, wspólniczka odchodzi. Chciałabym przejść na pakiet Solo od
następnego okresu rozliczeniowego. Czy niewykorzystaną część za
użytkowników mogę mieć przeliczoną na kolejne miesiące?

Magdalena Wrona"""),
("pl", "ksiegowy-likwiduje-dzialalnosc", "Danuta Kozieł <d.koziel@example.org>", "Zamknięcie firmy", "billing", "",
"""Dzień dobry,

z końcem lutego zamykam jednoosobową działalność, wniosek w CEIDG już
złożony. Program nie będzie mi do niczego potrzebny, więc nie chcę, żeby
w marcu poszło kolejne 59 zł z karty. Dane za ostatni rok pobiorę
sobie wcześniej.

Dziękuję za lata korzystania, program był naprawdę wygodny.
Danuta Kozieł"""),
("pl", "ksiegowy-reklamacja-w-banku", "Robert Cieślak <robert.cieslak@example.net>", "Obciążenie karty po rezygnacji", "billing", "high",
"""Rezygnację z abonamentu wysłałem 28 czerwca i dostałem od Was
potwierdzenie (nr zgłoszenia 55120). Mimo to 1 lipca i 1 sierpnia
pobraliście po 129 zł.

Dwa razy prosiłem o zwrot, bez odpowiedzi. Dziś złożyłem w banku
reklamację obu transakcji jako nieautoryzowanych. Informuję, żeby nie
było zdziwienia.

Robert Cieślak"""),
("pl", "ksiegowy-jpk-blad-walidacji", "Biuro Rachunkowe Saldo <saldo@saldo-br.example>", "JPK_V7M - błąd schematu", "technical", "",
"""Dzień dobry,

przy wysyłce JPK_V7M za sierpień dla trzech klientów dostajemy
"Błąd walidacji schematu: element P_ORDZU nieoczekiwany". Przy lipcu
wszystko przeszło. Nic nie zmienialiśmy w ustawieniach, program
aktualizował się w poniedziałek. Termin mamy do 25.

Pozdrawiam
Aleksandra Gil
Biuro Rachunkowe Saldo"""),
("pl", "ksiegowy-przelewy-wyplat-nie-generuja", "Kadry Stolbud <kadry@stolbud.example>", "Nie da się wygenerować przelewów z listy płac!!", "technical", "high",
"""Dzień dobry,

dziś jest dzień wypłat dla 64 pracowników. Lista płac jest zamknięta i
zatwierdzona, ale przycisk "Generuj paczkę przelewów" kręci się kilka
minut i kończy białą stroną. Próbowaliśmy w dwóch przeglądarkach i na
dwóch komputerach. Bank przyjmuje paczki do 14:00, po tej godzinie ludzie
dostaną pieniądze dopiero w poniedziałek.

Proszę o pilny telefon: 22 100 48 31.
Beata Ostrowska, kadry"""),
("pl", "ksiegowy-kod-sms-nowy-numer", "marcin pawlak <mpawlak88@example.com>", "kod nie przychodzi", "technical", "",
"""zmienilem numer telefonu w sierpniu i teraz przy logowaniu kod sms idzie
chyba na stary bo na nowy nic nie przychodzi. nie moge wejsc do programu
a musze wystawic fakture klientowi. jak to zmienic skoro nie moge sie
zalogowac?
marcin"""),
("pl", "ksiegowy-ryczalt-przed-zakupem", "Natalia Jaworska <natalia.jaworska@example.org>", "Pytanie przed zakupem", "general", "",
"""Dzień dobry,

zakładam działalność (grafika komputerowa) i rozglądam się za programem.
Pakiet za 39 zł netto by mi pasował, ale najpierw chcę wiedzieć dwie
rzeczy: czy program obsługuje ryczałt 12% i czy wylicza składkę
zdrowotną po nowemu? Nie widzę tego jasno na stronie.

Natalia"""),
("pl", "ksiegowy-newsletter-uodo", "Wiesław Kubacki <w.kubacki@example.net>", "Usunięcie moich danych", "general", "high",
"""Dwa lata temu założyłem u Was konto próbne na 14 dni i nigdy nic nie
kupiłem. Od tego czasu dostaję od Was newslettery, a trzy razy
klikałem "wypisz się" i dwa razy pisałem na ten adres.

Żądam usunięcia wszystkich moich danych i potwierdzenia na piśmie. Jeśli
w ciągu 14 dni dostanę od Was jeszcze jedną reklamę, składam skargę do
Prezesa UODO.

Wiesław Kubacki"""),
# ---------------- card terminals and tills ----------------
("pl", "terminal-oddany-dalej-69-zl", "Lucyna Maj <lucyna.maj@example.com>", "terminal oddany w maju", "billing", "",
"""Dzien dobry,

terminal oddalam kurierowi 14 maja, mam potwierdzenie nadania i numer
listu przewozowego. Umowa rozwiazana. A w czerwcu, lipcu i sierpniu
dalej schodzi z konta po 69 zl z tytulem "dzierzawa terminala". Za co
skoro terminala u mnie nie ma? Prosze o oddanie tych 207 zl.

Lucyna Maj
sklep spozywczy, Kobylka"""),
("pl", "terminal-wczorajsze-transakcje-nie-wplynely", "Rafał Stępień <rafal@pizzeria-sycylia.example>", "Brak środków z 12.09", "billing", "",
"""Dzień dobry,

zwykle pieniądze z płatności kartą mam na koncie następnego dnia rano.
Z czwartku, 12 września, nic nie przyszło, a w panelu widzę 58
transakcji na łączną kwotę 3 412,60 zł ze statusem "rozliczone". Piątek
i sobota już wpłynęły normalnie. Gdzie jest czwartek?

Rafał Stępień
Pizzeria Sycylia, MID 40017728"""),
("pl", "terminal-prowizja-149-zamiast-089", "Ewelina Duda <ewelina.duda@salon-bella.example>", "Prowizja", "billing", "",
"""Dzień dobry,

w umowie mam prowizję 0,89% od transakcji kartą. Zrobiłam dziś
zestawienie za ostatnie trzy miesiące i od lipca potrącacie 1,49% od
każdej płatności. Nikt mnie nie informował o zmianie. Proszę o
wyjaśnienie i oddanie różnicy.

Ewelina Duda"""),
("pl", "terminal-kara-za-rozwiazanie-prawnik", "Jacek Wolski <jacek.wolski@example.net>", "Nota obciążeniowa NO/771/2024", "billing", "high",
"""Szanowni Państwo,

otrzymałem notę obciążeniową na 1 200 zł jako "opłatę za przedterminowe
rozwiązanie umowy". Umowę wypowiedziałem, bo terminal przez trzy miesiące
co kilka dni tracił połączenie, co zgłaszałem dziewięć razy - mam numery
wszystkich zgłoszeń. To Państwo nie wywiązali się z umowy.

Nie zapłacę tej noty. Sprawę przekazałem mojemu prawnikowi i jeśli nota
nie zostanie anulowana w ciągu 7 dni, spotkamy się w sądzie.

Jacek Wolski
Kawiarnia Pod Zegarem"""),
("pl", "terminal-brak-polaczenia-z-hostem-sobota", "Restauracja Pod Lipami <kontakt@podlipami.example>", "NIE DZIAŁA TERMINAL - SOBOTA", "technical", "high",
"""Od 18:40 oba terminale pokazują "BRAK POŁĄCZENIA Z HOSTEM". Internet
działa, restartowaliśmy wszystko dwa razy. Mamy pełną salę i wesele na
górze, ludzie chcą płacić kartą, a gotówki prawie nikt nie ma. Kolejka
przy barze, część gości wyszła bez deseru, żeby szukać bankomatu.

Infolinia nie odbiera. Zadzwońcie na 698 004 512, Michał (kierownik zmiany)"""),
("pl", "kasa-paragon-blady-pasek", "Zbigniew Olszak <z.olszak@example.com>", "Kasa fiskalna", "technical", "",
"""Dzień dobry,

od kilku dni paragony z kasy są coraz bledsze, a po prawej stronie
przez całą długość idzie biały pas, w którym nic nie widać. Klienci
pytają, czy to w ogóle jest ważny paragon. Papier nowy, z Waszego
zestawu. Czyściłem głowicę patyczkiem ze spirytusem, jak pisze w
instrukcji, nic to nie dało.

Zbigniew Olszak, sklep Olszak"""),
("pl", "terminal-kwota-nie-przechodzi-z-kasy", "Kasia <kasia@bistro-kasia.example>", "integracja", "technical", "",
"""hej, po wymianie terminala na nowy model kwota z kasy nie przechodzi
już sama na terminal. musimy ją wklepywać ręcznie i dziś dwa razy
dziewczyny się pomyliły. w kasie jest ustawione "terminal zintegrowany"
tak jak wcześniej. co trzeba przestawić?"""),
("pl", "terminal-infolinia-wigilia", "Sławomir Kula <s.kula@example.org>", "Infolinia w święta", "general", "",
"""Dzień dobry,

prowadzę sklep z choinkami i w Wigilię mam otwarte do 14. Terminal
działa bez zarzutu, odpukać, ale na wszelki wypadek: czy Wasza
infolinia techniczna pracuje 24 grudnia i 26 grudnia, a jeśli tak, to w
jakich godzinach?

Pozdrawiam, S. Kula"""),
# ---------------- booking software for salons and clinics ----------------
("pl", "rezerwacje-pakiet-sms-licznik-12", "Agnieszka Kruk <agnieszka@studio-paznokci.example>", "Pakiet SMS", "billing", "",
"""Dzień dobry,

we wtorek kupiłam pakiet 500 SMS za 60 zł (płaciłam BLIKIEM, pieniądze
zeszły). Licznik w panelu dalej pokazuje 12 wiadomości. Klientki nie
dostają już przypomnień. Kiedy te 500 się pojawi?

Agnieszka Kruk
Studio Paznokci Agi"""),
("pl", "rezerwacje-remont-lipiec-sierpien", "Monika Rogalska <monika@salon-rogalska.example>", "Lipiec i sierpień", "billing", "",
"""Dzień dobry,

w lipcu i sierpniu salon będzie zamknięty z powodu generalnego remontu.
Przez te dwa miesiące nie będziemy przyjmować klientek, więc nie chcemy
nic za ten czas płacić, ale też nie chcemy stracić bazy klientek ani
historii wizyt. Od września wracamy na tych samych warunkach. Jak to
najlepiej ustawić po Waszej stronie?

Monika Rogalska"""),
("pl", "rezerwacje-faktura-stary-adres", "Gabinet Fizjoterapii Ruch <biuro@fizjo-ruch.example>", "faktury na stary adres", "billing", "",
"""Dzien dobry, od marca mamy nowy adres siedziby (ul. Kolejowa 3,
44-100 Gliwice), zmienilam go w ustawieniach konta, a faktury za
kwiecien i maj dalej przyszly ze starym adresem. Prosze o ich
poprawienie, ksiegowa nie chce tego przyjac.
Dziekuje, Iwona Marek"""),
("pl", "rezerwacje-trzy-pacjentki-na-jedna-godzine", "Klinika Dermatologiczna Derma <rejestracja@derma-klinika.example>", "Podwójne rezerwacje w trzech gabinetach", "technical", "high",
"""Dzień dobry,

od wczoraj wieczorem kalendarz online pokazuje pacjentom wszystkie
terminy jako wolne, także te już zajęte. Dziś o 9:00 w poczekalni
siedziały trzy pacjentki na ten sam zabieg u tej samej lekarki, o 10:00
dwie kolejne. W naszym panelu te wizyty widać, ale i tak system
przyjmuje następne na te same godziny. To samo dzieje się w obu
filiach.

Musieliśmy wyłączyć rezerwacje online na stronie i dzwonimy do
pacjentów z jutra. Prosimy o pilny kontakt: 32 700 11 90.

Renata Lis, kierowniczka rejestracji"""),
("pl", "rezerwacje-google-kalendarz-nie-synchronizuje", "Paweł Szymański <pawel.szymanski@example.com>", "Synchronizacja z Google", "technical", "",
"""Dzień dobry, od mniej więcej tygodnia nowe wizyty z Waszego
kalendarza nie pojawiają się w moim kalendarzu Google, a wcześniej
pojawiały się w ciągu minuty. Odłączałem i podłączałem konto Google w
ustawieniach, ostatnia synchronizacja nadal pokazuje 3 września.

Paweł Szymański, trener personalny"""),
("pl", "rezerwacje-klientki-bez-przypomnien", "Ola Walczak <ola@barber-walczak.example>", "przypomnienia", "technical", "",
"""Dzień dobry, od razu mówię że to nie jest sprawa rachunku, pakiet SMS
mamy opłacony i w panelu jest ponad 300 wiadomości. Ale od poniedziałku
klienci przestali przychodzić na wizyty, trzech w jeden dzień, i każdy
mówi że nie dostał żadnego przypomnienia. W historii wysyłek jest
pusto od niedzieli. Co się stało?

Ola"""),
("pl", "rezerwacje-zdjecia-specjalistow-sugestia", "Beata Czarnecka <beata.czarnecka@example.net>", "Pomysł", "general", "",
"""Dzień dobry,

korzystam z Waszego systemu w salonie od dwóch lat i jestem zadowolona.
Mam tylko sugestię: klientki często pytają przez telefon "która to jest
pani Kasia, ta blondynka?". Gdyby przy wyborze specjalisty w
rezerwacji online można było dodać zdjęcie i krótki opis, oszczędziłoby
to nam sporo telefonów. Może w którejś aktualizacji?

Beata, salon Beauty Point"""),
("pl", "rezerwacje-pochwala-pani-joanna", "Tadeusz Michalak <t.michalak@example.org>", "Pani Joanna z pomocy", "general", "",
"""Dzien dobry, chcialem tylko przekazac podziekowania dla pani Joanny z
dzialu pomocy. W piatek wieczorem przez godzine cierpliwie tlumaczyla
mi przez telefon, jak ustawic grafik dla dwoch nowych fizjoterapeutow.
Mam 67 lat i komputer to nie jest moj zywiol, a ani razu nie dala mi
tego odczuc. Prosze jej to przekazac.

Tadeusz Michalak
Gabinet Rehabilitacji, Sanok"""),
# ---------------- wholesale suppliers to restaurants ----------------
("pl", "hurtownia-jajka-stluczone-korekta", "Bar Mleczny Pod Arkadami <bar.arkady@example.com>", "Dostawa 11.09 - jajka", "billing", "",
"""Dzień dobry,

w czwartkowej dostawie trzy wytłaczanki jajek (po 30 szt.) były
całkowicie rozbite, kierowca to widział i podpisał protokół szkody.
Na fakturze FV/09/2231 są jednak policzone wszystkie 12 wytłaczanek.
Proszę o korektę o te 3 sztuki.

Teresa Górska
Bar Mleczny Pod Arkadami"""),
("pl", "hurtownia-losos-62-a-71", "Szef kuchni <kuchnia@restauracja-port.example>", "losos", "billing", "",
"""w ofercie tygodniowej od handlowca losos norweski filet byl po 62 zl/kg
netto, bralismy 18 kg. na fakturze jest 71. to 162 zl roznicy na jednej
dostawie. prosze to wyprostowac, oferte mam w mailu od pana Darka

Kuba, Restauracja Port"""),
("pl", "hurtownia-kaucja-skrzynki-palety", "Dorota Zawadzka <dorota@kawiarnia-zawadzka.example>", "Skrzynki", "billing", "",
"""Dzień dobry,

przy dostawach pobieracie kaucję za skrzynki na napoje i dwie palety.
W sierpniu kierowca zabrał od nas 24 skrzynki i obie palety, podpisał
odbiór na dokumencie WZ, a na koncie klienta nadal mam naliczone 312 zł
za opakowania. Kiedy to zostanie rozliczone?

Dorota Zawadzka"""),
("pl", "hurtownia-maka-wolki-cala-partia", "Piekarnia Kłos <piekarnia.klos@example.net>", "Mąka typ 650 - robaki w workach", "billing", "high",
"""Dzień dobry,

w dwóch z sześciu worków mąki typ 650 z dostawy z poniedziałku są żywe
wołki, widać je gołym okiem po przesianiu. Niestety część mąki z
pierwszego worka poszła już rano na bułki, które rozwieźliśmy do trzech
sklepów - właśnie dzwonimy, żeby je zdjęli z półek.

Pozostałe worki odstawiliśmy, nie będziemy ich używać. Proszę o odbiór
całej partii i korektę faktury na wszystkie sześć worków, a także
informację, skąd ta mąka pochodzi.

Henryk Kłos"""),
("pl", "hurtownia-aplikacja-koszyk-znika", "Łukasz Szulc <lukasz@foodtruck-szulc.example>", "aplikacja do zamówień", "technical", "",
"""Dzień dobry, w aplikacji do zamówień po kliknięciu "Wyślij zamówienie"
koszyk się czyści, pojawia się kółko i wracam na stronę główną. W
historii zamówień nic nie ma, handlowiec też nic nie dostał. Trzeci raz
układam koszyk od nowa. Telefon Samsung, aplikacja zaktualizowana.
Łukasz"""),
("pl", "hurtownia-lodowka-kopie-pradem", "Marta Kowalczyk <marta@sklep-u-marty.example>", "Lodówka na napoje", "technical", "high",
"""Dzień dobry,

lodówka na napoje z Waszym logo, którą dostaliśmy w użyczeniu, od wczoraj
"kopie" przy dotknięciu metalowej ramy drzwi. Najpierw myślałam, że to
elektryczność statyczna, ale dzisiaj kopnęło pracownicę tak, że
wypuściła skrzynkę. Wyłączyliśmy ją z gniazdka i przełożyliśmy napoje
do naszej zamrażarki. Proszę o pilne przysłanie kogoś, kto to sprawdzi.

Marta Kowalczyk"""),
("pl", "hurtownia-dostawa-przed-siodma-sobota", "Irena Baran <irena.baran@example.org>", "Sobotnie dostawy", "general", "",
"""Dzień dobry,

otwieramy w październiku drugi lokal na Starym Mieście. Zamówienia będą
pewnie powyżej Waszego minimum 800 zł, więc z tym nie ma problemu, ale
w soboty mamy śniadania od 8. Czy jesteście w stanie dowozić przed
7:00, zanim zamkną wjazd dla dostawczaków na rynek?

Irena Baran"""),
("pl", "hurtownia-kierowca-krzyczal-kierownik", "Łucja Nowicka <lucja@restauracja-zagroda.example>", "Zachowanie kierowcy", "general", "high",
"""Dzień dobry,

dziś rano Wasz kierowca (biały bus, dostawa ok. 6:45) nawrzeszczał na
naszą kucharkę, bo nie było od razu nikogo do odbioru, rzucił przy tym
wulgaryzmami i zostawił towar na chodniku przed zapleczem. Pracujemy z
Wami od sześciu lat i nigdy się to nie zdarzyło.

Proszę o telefon od kierownika logistyki lub osoby odpowiedzialnej za
kierowców, dzisiaj. Tel. 512 660 907.

Łucja Nowicka"""),
# ---------------- coworking spaces ----------------
("pl", "cowork-zespol-przechodzi-na-zdalna", "Michal Adamski <michal@pixelfox.example>", "biurka na 2 pietrze", "billing", "",
"""Hej,

od listopada caly nasz zespol (4 osoby) przechodzi na prace z domu,
firma tak zdecydowala po reorganizacji. Te cztery stale biurka przy
oknie nie beda nam juz potrzebne, wiec prosze zeby pazdziernik byl
ostatnim miesiacem na fakturze. Klucze i karty oddamy na recepcji w
ostatni piatek.

Dzieki za wszystko, bylo super
Michal, PixelFox"""),
("pl", "cowork-karnet-10-wejsc-przepadl", "Joanna Sadowska <joanna.sadowska@example.com>", "Karnet", "billing", "",
"""Dzień dobry,

w marcu kupiłam karnet na 10 wejść za 350 zł. Wykorzystałam 7, potem
byłam w szpitalu i przez dwa miesiące nie pracowałam. Teraz w aplikacji
karnet ma status "wygasł" i pozostałe 3 wejścia przepadły. Czy można je
przywrócić albo przedłużyć ważność? Mogę przesłać zaświadczenie ze
szpitala.

Joanna Sadowska"""),
("pl", "cowork-wifi-zrywa-co-godzine", "Konrad Wiśniewski <konrad.w@example.net>", "wifi 2 pietro", "technical", "",
"""wifi na 2 pietrze (siec HUB-2) zrywa mniej wiecej co godzine na 2-3
minuty. laptop pokazuje ze jest polaczony ale nic nie laduje. dzis
wypadlem tak z dwoch rozmow z klientem na teamsie. na parterze nie ma
tego problemu. ktos moze zerknac na router przy kuchni?
Konrad, biurko 2.14"""),
("pl", "cowork-karta-nie-otwiera-po-18", "Dominika Pawlak <dominika.pawlak@example.org>", "Karta dostępu", "technical", "",
"""Dzień dobry,

moja karta działa normalnie w ciągu dnia, ale po 18:00 czytnik przy
drzwiach wejściowych świeci na czerwono i nie otwiera. Mam pakiet 24/7,
więc powinnam móc wejść o każdej porze. Wczoraj musiałam czekać, aż
ktoś wyjdzie. Karta nr 0457.

Dominika Pawlak"""),
("pl", "cowork-gaz-w-kuchni-trzecie-pietro", "Sebastian Kołodziej <s.kolodziej@example.com>", "Kuchnia na 3. piętrze", "technical", "high",
"""Dzień dobry,

w kuchni na trzecim piętrze od rana czuć gaz, najmocniej przy kuchence
po lewej stronie. Wszystkie pokrętła są zakręcone. Otworzyłem okna i
wywiesiłem na drzwiach kartkę, żeby nikt nie włączał kuchenki ani
czajnika, ale na recepcji nikogo jeszcze nie ma. Ktoś powinien to
sprawdzić jak najszybciej.

Sebastian, biurko 3.02"""),
("pl", "cowork-sala-na-warsztat-sobota", "Marta Jabłońska <marta.jablonska@example.net>", "Sala konferencyjna w sobotę", "general", "",
"""Dzień dobry,

cennik sal widziałam na stronie, więc nie o to pytam. Chcę zrobić w
sobotę 19 października warsztat dla ok. 20 osób. Czy duża sala na
parterze pomieści 20 osób przy stołach, czy tylko w układzie
kinowym? Jest tam projektor i czy można wnieść własny catering?

Marta Jabłońska"""),
("pl", "cowork-ladowarka-i-notes-w-budce", "Oskar Lipinski <oskar.lipinski@example.com>", "zgubione", "general", "",
"""dzien dobry, w czwartek zostawilem w budce telefonicznej na 1 pietrze
ladowarke do macbooka (bialy, dlugi kabel) i czarny notes z gumka.
Czy ktos to znalazl? Moge odebrac w poniedzialek rano.
Oskar"""),
("pl", "cowork-pochwala-community-manager", "Zofia Marczak <zofia.marczak@example.org>", "Kilka słów o Ani", "general", "",
"""Dzień dobry,

pracuję u Was od roku i chciałam napisać coś miłego, bo zwykle pisze się
tylko, jak coś nie działa. Ania z recepcji robi niesamowitą robotę -
piątkowe śniadania, przedstawianie ludzi sobie nawzajem, dzięki niej
znalazłam dwóch klientów wśród sąsiadów zza biurka. Proszę jej to
przekazać i może dać podwyżkę :)

Jedna drobna sugestia przy okazji: przydałaby się strefa ciszy bez
rozmów telefonicznych.

Zofia"""),
# ---------------- letting agent and landlord ----------------
("pl", "najem-kaucja-szesc-tygodni-sad", "Krzysztof Mazurek <k.mazurek@example.com>", "Zwrot kaucji - ul. Długa 18/4", "billing", "high",
"""Szanowni Państwo,

mieszkanie przy ul. Długiej 18/4 oddałem 31 lipca, protokół zdawczo-
odbiorczy podpisany bez uwag, klucze oddane. Zgodnie z umową kaucja w
wysokości 5 000 zł miała wrócić w ciągu 30 dni. Minęło sześć tygodni,
a na moje dwa maile nikt nie odpowiedział.

Jeżeli pieniądze nie wpłyną na moje konto do 30 września, złożę pozew
o zapłatę w postępowaniu uproszczonym, wraz z odsetkami.

Krzysztof Mazurek"""),
("pl", "najem-czynsz-wyzszy-bez-aneksu", "Julia Kamińska <julia.kaminska@example.net>", "pazdziernik", "billing", "",
"""Dzien dobry, dlaczego w pazdzierniku mam zaplacic 2 550 a nie 2 400
jak zawsze? W umowie jest 2 400 zl plus media wg licznikow, zadnego
aneksu nie podpisywalam i nikt mnie nie uprzedzal. Jesli to oplaty za
wode z rozliczenia, to prosze o rozpisanie.
Julia Kaminska, ul. Polna 4/12"""),
("pl", "najem-rozliczenie-mediow-rachunki", "Wojciech Sikora <wojtek.sikora@example.org>", "Rozliczenie mediów za 2023", "billing", "",
"""Dzień dobry,

dostałem rozliczenie mediów za 2023 rok z dopłatą 1 180 zł. Zanim
zapłacę, proszę o przesłanie kopii faktur od dostawców (prąd, gaz,
woda) i odczytów liczników, na podstawie których to wyliczono. Nie
kwestionuję niczego na razie, po prostu chcę to zobaczyć.

Wojciech Sikora, lokal 7"""),
("pl", "najem-kamienica-bez-ogrzewania", "Wspólnota mieszkańców Lipowa 9 <lipowa9@example.com>", "CAŁA KAMIENICA BEZ CIEPŁEJ WODY I OGRZEWANIA", "technical", "high",
"""Dzień dobry,

od niedzieli wieczorem w całej kamienicy przy Lipowej 9 nie ma ciepłej
wody ani ogrzewania. To 12 mieszkań, w tym dwie rodziny z niemowlętami i
pani Halina z drugiego piętra, która ma 89 lat. Na zewnątrz jest minus
osiem. W kotłowni w piwnicy na sterowniku miga czerwony napis i kocioł
się nie uruchamia.

Dzwoniliśmy trzy razy na Wasz numer awaryjny i nikt nie oddzwonił.
Proszę o natychmiastowe przysłanie serwisu.

W imieniu lokatorów
Edward Pietrzyk, m. 5"""),
("pl", "najem-domofon-nie-slychac", "Natalia Witkowska <nati.witkowska@example.com>", "domofon", "technical", "",
"""dzien dobry, domofon w mieszkaniu (Kwiatowa 22/8) dzwoni, ale jak
podnosze sluchawke to nic nie slychac i przycisk z kluczykiem nie
otwiera drzwi na dole. musze schodzic 4 pietra za kazdym kurierem.
kiedy ktos moze przyjsc? jestem w domu po 16
Natalia"""),
("pl", "najem-okno-sypialnia-nie-domyka", "Igor Pawłowski <igor.pawlowski@example.net>", "Okno w sypialni", "technical", "",
"""Dzień dobry,

okno w sypialni przestało się domykać - klamka przekręca się do końca,
ale skrzydło odstaje od góry na jakiś centymetr i w nocy wieje po
pokoju. Próbowałem dociskać, nic to nie daje. Czy możecie przysłać
kogoś od okien?

Igor Pawłowski, Sienkiewicza 3/14"""),
("pl", "najem-ochota-czy-z-kotem", "Ewa Grabowska <ewa.grabowska@example.org>", "Mieszkanie na Ochocie", "general", "",
"""Dzień dobry,

jestem zainteresowana mieszkaniem dwupokojowym na Ochocie z ogłoszenia
(3 100 zł + media). Cena mi odpowiada, ale mam kota - spokojny,
wykastrowany, 8 lat. Czy właściciel się zgodzi? Jeśli tak, chciałabym
umówić się na oglądanie w przyszłym tygodniu po 17.

Ewa Grabowska
tel. 604 111 239"""),
("pl", "najem-nowy-numer-telefonu-najemcy", "Bartosz Woźniak <bartek.wozniak@example.com>", "zmiana danych kontaktowych", "general", "",
"""Dzien dobry,

zmienilem numer telefonu i adres e-mail. Prosze o zaktualizowanie moich
danych jako najemcy lokalu przy ul. Morskiej 11/2:
nowy telefon: 513 208 744
nowy e-mail: bartosz.wozniak@example.net
Stary e-mail bedzie dzialal jeszcze miesiac.

Bartosz Wozniak"""),
# ---------------- car leasing ----------------
("pl", "leasing-wykup-koniec-umowy", "Artur Zalewski <artur.zalewski@example.com>", "Wykup samochodu", "billing", "",
"""Dzień dobry,

umowa leasingu na Skodę Octavia (WX 4521K) kończy się w styczniu. Chcę
wykupić auto. Ile wyniesie kwota wykupu brutto i czy mogę ją zapłacić
wcześniej, razem z ostatnią ratą? Potrzebuję też wiedzieć, na kogo
będzie wystawiona faktura, bo auto chcę przepisać na siebie
prywatnie.

Artur Zalewski"""),
("pl", "leasing-nadprzebieg-kilometry", "Grazyna Milewska <grazyna.milewska@example.net>", "Nota za kilometry", "billing", "",
"""Dzien dobry,

dostalam note na 2 870 zl za "nadprzebieg" przy zwrocie auta. Wedlug
Was przejechalam 8 200 km ponad limit. Licznik przy odbiorze pokazywal
48 300 km, a w umowie mialam 45 000 w skali 3 lat, ale przez pierwsze
dwa miesiace auto stalo w Waszym serwisie i wtedy ktos nim jezdzil
(zdjecie licznika mam). Prosze o ponowne przeliczenie.

Grazyna Milewska"""),
("pl", "leasing-szkody-po-zwrocie-rzecznik", "Henryk Wojciechowski <h.wojciechowski@example.org>", "Obciążenie za uszkodzenia - skarga", "billing", "high",
"""Szanowni Państwo,

przy zwrocie auta rzeczoznawca nie stwierdził żadnych uszkodzeń, a
protokół z 2 sierpnia to potwierdza. Teraz, pięć tygodni później,
przysyłają Państwo obciążenie na 4 300 zł za "zarysowania zderzaka i
felg", na podstawie zdjęć zrobionych już na Waszym placu.

Nie zapłacę za szkody, których nie było przy zwrocie. Jednocześnie
składam skargę do Rzecznika Finansowego i proszę o wstrzymanie
windykacji do czasu jej rozpatrzenia.

Henryk Wojciechowski"""),
("pl", "leasing-faktura-rata-marzec-duplikat", "Anita Borowska <anita.borowska@example.com>", "duplikat", "billing", "",
"""Dzien dobry, prosze o duplikat faktury za rate leasingowa z marca 2024,
umowa L/2022/3318. Oryginal gdzies przepadl przy przeprowadzce biura a
ksiegowa robi porzadki przed kontrola.
Anita Borowska"""),
("pl", "leasing-kontrolka-silnika-tryb-awaryjny", "Mateusz Chmielewski <mateusz.ch@example.net>", "Auto z leasingu - kontrolka", "technical", "",
"""Dzień dobry,

w Toyocie z leasingu (umowa z pakietem serwisowym) od tygodnia świeci
się pomarańczowa kontrolka silnika, a dwa razy na autostradzie auto
samo zwolniło i nie chciało przyspieszyć powyżej 90. Po zgaszeniu i
ponownym odpaleniu jedzie normalnie. Gdzie mam z nim podjechać i czy
muszę się umawiać przez Was, czy bezpośrednio w ASO?

Mateusz Chmielewski"""),
("pl", "leasing-hamulce-sciaga-w-lewo", "Wiktoria Laskowska <wiktoria.laskowska@example.com>", "Hamulce", "technical", "high",
"""Dzień dobry,

piszę spokojnie, ale sprawa jest raczej pilna. Od wczoraj przy
hamowaniu w samochodzie z leasingu coś metalicznie zgrzyta z przodu, a
przy mocniejszym hamowaniu auto wyraźnie ściąga w lewo. Dziś rano
ledwo zatrzymałam się przed przejściem dla pieszych. Wożę tym autem
dzieci do szkoły. Auto stoi na parkingu i na razie nim nie jeżdżę.
Gdzie mam je oddać i czy dostanę auto zastępcze?

Wiktoria Laskowska, DW 7720P"""),
("pl", "leasing-wyjazd-do-chorwacji-zgoda", "Daniel Krawczyk <daniel.krawczyk@example.org>", "wyjazd za granice", "general", "",
"""Dzien dobry, w sierpniu jedziemy autem z leasingu do Chorwacji (przez
Czechy, Austrie i Slowenie). Czy potrzebuje od Was jakiegos
upowaznienia do wyjazdu za granice i czy zielona karta jest w pakiecie
ubezpieczenia? Jak dlugo czeka sie na taki dokument?
Daniel Krawczyk"""),
("pl", "leasing-auto-uzywane-z-komisu", "Oliwia Sobczak <oliwia.sobczak@example.net>", "Pytanie", "general", "",
"""Dzień dobry,

prowadzę jednoosobową działalność od 8 miesięcy. W Waszym kalkulatorze
wyszła mi rata 1 450 zł za auto za 90 tysięcy, co jest w porządku.
Pytanie tylko, czy mogę wziąć w leasing auto używane z komisu (rocznik
2019), czy tylko nowe z salonu? I czy 8 miesięcy działalności to nie
za krótko?

Oliwia Sobczak"""),
# ---------------- EV charging network ----------------
("pl", "ladowarka-sesja-nie-zakonczyla-sie", "Filip Urbanski <filip.urbanski@example.com>", "sesja ladowania 15.09", "billing", "",
"""Dzien dobry,

w niedziele ladowalem auto na stacji przy ul. Poznanskiej w Kutnie.
Kabel odpialem po 20 minutach, auto pokazalo 14 kWh. Sesja w aplikacji
sie jednak nie zamknela i "ladowala" do rana. Z karty zeszlo 182,40 zl
zamiast jakichs 35. Zrzut ekranu z auta i z aplikacji w zalaczniku.

Filip Urbanski"""),
("pl", "ladowarka-oplata-postojowa-awaria-aplikacji", "Renata Zając <renata.zajac@example.net>", "Opłata za postój", "billing", "",
"""Dzień dobry,

dopisaliście mi 45 zł opłaty postojowej, bo auto stało podpięte 90 minut
po zakończeniu ładowania. Tyle że powiadomienie "ładowanie zakończone"
w ogóle nie przyszło, a kiedy próbowałam sprawdzić w aplikacji, ta się
nie otwierała. Nie stałam tam celowo. Proszę o anulowanie tych 45 zł.

Renata Zając"""),
("pl", "ladowarka-wrocilem-do-diesla", "Eugeniusz Bielecki <e.bielecki@example.org>", "Pakiet Volt+", "billing", "",
"""Witam,

elektryka sprzedałem w zeszłym tygodniu, wracam do starego diesla, bo
przy moich trasach to się nie sprawdziło. Pakiet Volt+ za 49 zł
miesięcznie nie ma więc sensu. Nie chcę, żeby w październiku znowu
zeszło.

E. Bielecki"""),
("pl", "ladowarka-wtyczka-goraca-zapach", "Agata Krajewska <agata.krajewska@example.com>", "Stacja przy Galerii Północnej, punkt 2", "technical", "high",
"""Dzień dobry,

dziś po ładowaniu na punkcie nr 2 przy Galerii Północnej wtyczka kabla
była tak gorąca, że nie dało się jej utrzymać w ręku, a plastik przy
pinach jest lekko nadtopiony. W trakcie ładowania czuć było swąd
palonego plastiku. Gniazdo w moim aucie na szczęście wygląda normalnie.

Nie wiem, czy ktoś tego dziś jeszcze używał, ale moim zdaniem ten punkt
trzeba wyłączyć, zanim coś się zapali.

Agata Krajewska"""),
("pl", "ladowarka-autoryzacja-nieudana-aplikacja", "Leszek Michalski <leszek.michalski@example.net>", "Autoryzacja nieudana", "technical", "",
"""Dzień dobry, od kilku dni przy próbie uruchomienia ładowania z
aplikacji wyskakuje "Autoryzacja nieudana (kod 402)". Karta RFID na
tej samej stacji działa bez problemu, więc to chyba coś z aplikacją
albo z kontem. Wylogowałem się, zainstalowałem ponownie, dalej to samo.
Leszek"""),
("pl", "ladowarki-zajezdnia-wszystkie-offline", "Flota Szybka Paczka <flota@szybkapaczka.example>", "Zajezdnia Pruszków - 6 ładowarek offline", "technical", "high",
"""Dzień dobry,

od 4:30 rano wszystkie sześć ładowarek w naszej zajezdni w Pruszkowie
jest offline - ekrany pokazują "Brak komunikacji z serwerem" i żadna
nie podaje prądu. Pół floty stoi z bateriami na 10-15%, kierowcy nie
mogą wyjechać w trasy, a mamy dziś ponad 900 paczek do rozwiezienia.
Resetowaliśmy zasilanie zgodnie z instrukcją, bez zmian.

Proszę o pilną interwencję, dyżurny: 519 334 001.
Patryk Kowalewski, kierownik floty"""),
("pl", "ladowarka-a2-plany-cena", "Szymon Kaczmarczyk <szymon.k@example.com>", "A2", "general", "",
"""Dzień dobry,

jeżdżę regularnie Warszawa-Poznań i Wasze 2,49 zł/kWh jest spoko, ale
na A2 między Strykowem a Koninem nie mam żadnej Waszej stacji. Czy
planujecie coś na tym odcinku w przyszłym roku? Jeśli tak, to gdzie
mniej więcej?

Szymon"""),
("pl", "ladowarka-plonsk-brak-zadaszenia", "Alicja Domańska <alicja.domanska@example.org>", "Uwagi do stacji w Płońsku", "general", "",
"""Dzień dobry,

ładowarka działa świetnie, ale mam uwagę do samego miejsca przy
parkingu w Płońsku: nie ma tam żadnego zadaszenia ani porządnego
oświetlenia. Wieczorem w deszczu podpinanie kabla po ciemku z latarką w
zębach to żadna przyjemność. Może dałoby się dostawić choć lampę?

Pozdrawiam
Alicja Domańska"""),
# ---------------- taxi and ride-hailing app ----------------
("pl", "taxi-kurs-odwolal-kierowca-47", "kuba z <kubaz2001@example.com>", "47 zl za nic", "billing", "",
"""zabraliscie mi 47 zl za kurs z lotniska ktory sie w ogole nie odbyl.
kierowca po 10 minutach sam anulowal, ja wzielam taxi z postoju. w
historii jest ten kurs jako "zakonczony". oddajcie to
Kuba"""),
("pl", "taxi-szacunek-38-zaplacilem-96", "Mirosław Lis <miroslaw.lis@example.net>", "Kurs z piątku", "billing", "",
"""Dzień dobry,

w piątek wieczorem aplikacja pokazała przed zamówieniem 38-42 zł za kurs
z Dworca Centralnego na Bemowo. Na koniec z karty zeszło 96 zł. Kierowca
jechał najkrótszą drogą, żadnych korków, 22 minuty. Skąd taka różnica?
Jeśli to jakiś mnożnik, to aplikacja nic o nim nie pisała.

Mirosław Lis"""),
("pl", "taxi-kursy-w-lizbonie-chargeback", "Jan Sokołowski <jan.sokolowski@example.com>", "Kursy w Lizbonie - zgłoszenie w banku", "billing", "high",
"""Dzień dobry,

w nocy z 9 na 10 września z mojej karty, przez Wasze konto, pobrano
opłaty za siedem kursów w Lizbonie, razem 1 214 zł. Nigdy nie byłem w
Portugalii, tej nocy spałem w domu w Toruniu. Zmieniłem hasło.

W banku złożyłem już reklamację wszystkich siedmiu transakcji
(chargeback). Proszę też o zablokowanie możliwości zamawiania kursów z
mojego konta spoza Polski.

Jan Sokołowski"""),
("pl", "taxi-pinezka-laduje-na-innej-ulicy", "Weronika Jasińska <weronika.jasinska@example.org>", "lokalizacja", "technical", "",
"""Dzień dobry,

od aktualizacji aplikacja ustawia mnie zawsze dwie ulice dalej, przy
Kościuszki zamiast przy Mickiewicza. Kierowcy jeżdżą w złe miejsce i
dzwonią. Przesuwam pinezkę ręcznie, ale po sekundzie wraca. Lokalizacja
w telefonie włączona, Google Maps pokazuje mnie dobrze.

Weronika"""),
("pl", "taxi-nowy-telefon-kod-niepoprawny", "Arek Nowak <arek.nowak@example.net>", "logowanie", "technical", "",
"""czesc, kupilem nowy telefon i przy logowaniu kod z sms za kazdym razem
"niepoprawny". wpisuje dokladnie to co przychodzi, 5 razy probowalem,
teraz jest blokada na godzine. numer ten sam co wczesniej. jak wejsc na
konto?
Arek"""),
("pl", "taxi-kierowca-pisal-sms-120-w-miescie", "Halina Maciejewska <halina.maciejewska@example.com>", "Kurs w czwartek wieczorem", "general", "high",
"""Dzień dobry,

w czwartek około 22:00 jechałam z Waszym kierowcą z Ursynowa na Wolę.
Przez większość drogi pisał coś na telefonie trzymanym na kierownicy,
na Wawelskiej jechał ponad 110 km/h i dwa razy przejechał na czerwonym.
Prosiłam, żeby zwolnił, zaśmiał się. Wysiadłam roztrzęsiona.

Nie chcę zwrotu pieniędzy. Chcę, żeby ten człowiek nie woził już
ludzi, zanim kogoś zabije. Numer rejestracyjny i imię kierowcy są w
historii kursu z 12.09.

Halina Maciejewska"""),
("pl", "taxi-plecak-w-bagazniku", "Tymon Czerwiński <tymon.czerwinski@example.org>", "Zostawiony plecak", "general", "",
"""Dzień dobry, wczoraj wieczorem zostawiłem w bagażniku plecak (granatowy,
w środku laptop służbowy i ładowarka) po kursie z Rynku na Krzyki, ok.
23:15. Kierowca Tomasz, szare Corolla. Jak mogę się z nim skontaktować,
bo w aplikacji nie ma już opcji połączenia?

Tymon"""),
("pl", "taxi-jak-zostac-kierowca", "Bogdan Szczepański <bogdan.szczepanski@example.net>", "Praca", "general", "",
"""Dzien dobry, chcialbym jezdzic dla Was w Krakowie. Mam prawo jazdy od
15 lat i swoje auto, Skoda z 2018. Jakie dokumenty trzeba miec i czy
musze miec licencje taxi, czy wystarczy cos innego? Czy jest jakies
szkolenie?
Bogdan"""),
# ---------------- bike sharing ----------------
("pl", "rower-oddany-naliczone-4-godziny", "Kamila Szewczyk <kamila.szewczyk@example.com>", "Wypożyczenie 10.09", "billing", "",
"""Dzień dobry,

we wtorek oddałam rower nr 60312 na stacji przy Dworcu Głównym o 8:20,
zamek kliknął, światełko zrobiło się zielone. Mimo to w aplikacji
wypożyczenie trwało do 12:30 i naliczyło mi 4 godziny, czyli 28 zł.
Proszę o przeliczenie, jechałam 15 minut.

Kamila Szewczyk"""),
("pl", "rower-przeprowadzka-srodki-z-konta", "Rafal Jankowski <rafal.jankowski@example.org>", "przeprowadzka", "billing", "",
"""Hej, od pazdziernika mieszkam w Gdansku i tutaj rowerow miejskich juz
nie bede uzywal. Na koncie zostalo mi 20 zl oplaty startowej i 13,50 z
doladowania. Da sie je odzyskac na konto w banku? Potem mozna konto
zamknac.
Rafal"""),
("pl", "rower-karnet-rodzinny-ile", "Elżbieta Wróbel <elzbieta.wrobel@example.net>", "Karnet", "billing", "",
"""Dzień dobry,

widzę na stronie karnet roczny za 99 zł na osobę. Czy jest jakaś
opcja rodzinna albo zniżka dla dzieci powyżej 13 lat? Jest nas
czworo i 396 zł to trochę dużo jak na rowery.

Elżbieta Wróbel"""),
("pl", "rower-stacja-nie-zapina-czerwone", "Piotr Majewski <piotr.majewski@example.com>", "Stacja Rondo Grunwaldzkie", "technical", "",
"""Dzień dobry,

na stacji przy Rondzie Grunwaldzkim żaden stojak nie chce przyjąć
roweru - wkładam koło, zamek nie zaskakuje, dioda miga na czerwono.
Próbowałem w czterech miejscach. W końcu zostawiłem rower na innej
stacji 800 m dalej. Może ktoś to sprawdzi, bo ludzie tam stoją i
kombinują.

Piotr"""),
("pl", "rower-nie-dziala-przedni-hamulec", "Magdalena Kubiak <magda.kubiak@example.com>", "Rower 61234 - hamulec", "technical", "high",
"""Dzień dobry,

w rowerze nr 61234 nie działa przedni hamulec - klamka dochodzi do
samej kierownicy i nic się nie dzieje. Zauważyłam to dopiero na zjeździe
przy Moście Poniatowskiego i ledwo wyhamowałam przed przejściem
tramwajowym. Zostawiłam go na stacji Wybrzeże Kościuszkowskie.

Proszę go zablokować w systemie, zanim ktoś inny go weźmie.

Magdalena Kubiak"""),
("pl", "rower-kamera-czarny-ekran-qr", "Oskar Wysocki <oskar.wysocki@example.net>", "nie skanuje", "technical", "",
"""dzien dobry, przy "Wypozycz rower" aplikacja otwiera czarny ekran
zamiast aparatu i nie da sie zeskanowac kodu QR. dostep do aparatu w
ustawieniach telefonu jest wlaczony, inne aplikacje skanuja normalnie.
iphone 12, najnowsza wersja.
Oskar"""),
("pl", "rower-start-sezonu-marzec", "Aneta Kalinowska <aneta.kalinowska@example.org>", "Kiedy start sezonu?", "general", "",
"""Dzień dobry, od kiedy w tym roku rowery wracają na stacje? W zeszłym
roku był 1 marca, ale teraz na stronie nic nie widzę. Pytam, bo chcę
zaplanować dojazdy do pracy.

Aneta"""),
("pl", "rower-stacja-przy-szpitalu-prosba", "Stefan Kowalczyk <stefan.kowalczyk@example.com>", "Propozycja nowej stacji", "general", "",
"""Szanowni Państwo,

jestem pielęgniarzem w szpitalu wojewódzkim przy ul. Grunwaldzkiej.
Wiele osób z personelu dojeżdża rowerami, a najbliższa stacja jest
półtora kilometra dalej. Proponuję postawienie stacji przy głównym
wejściu albo przy przystanku tramwajowym przed szpitalem - korzystaliby
i pracownicy, i odwiedzający.

Z poważaniem
Stefan Kowalczyk"""),
# ---------------- self-storage ----------------
("pl", "magazyn-meble-juz-w-nowym-domu", "Lena Ostrowska <lena.ostrowska@example.com>", "boks B-114", "billing", "",
"""Dzien dobry,

przeprowadzka wreszcie skonczona, meble sa juz w nowym domu. Boks B-114
oproznie do piatku, klodke zostawie otwarta w srodku. Nie chcialabym
placic za pazdziernik za pusty boks, wiec prosze zeby wrzesien byl
ostatni.

Lena Ostrowska"""),
("pl", "magazyn-289-zamiast-249-cena-gwarantowana", "Remigiusz Kos <remigiusz.kos@example.net>", "Podwyżka za boks", "billing", "",
"""Dzień dobry,

dostałem informację, że od października za boks 6 m2 zapłacę 289 zł
zamiast 249 zł. W umowie podpisanej w marcu mam zapis o cenie
gwarantowanej przez 12 miesięcy. Proszę o potwierdzenie, że do marca
obowiązuje dotychczasowa kwota.

Remigiusz Kos"""),
("pl", "magazyn-50-zl-za-karte-dostepu", "Kinga Wojcik <kinga.wojcik@example.org>", "karta dostepu", "billing", "",
"""hej, przy wynajmie boksu wplacilam 50 zl za karte dostepu, ktore mialy
wrocic po oddaniu karty. karte oddalam 2 sierpnia na recepcji (pan
Marek to zapisal), a pieniadze nie wrocily. prosze na to samo konto z
ktorego placilam.
Kinga"""),
("pl", "magazyn-brama-kod-pin-trzy-piski", "Adrian Zieliński <adrian.zielinski@example.com>", "Brama wjazdowa", "technical", "",
"""Dzień dobry,

od wczoraj mój kod PIN do bramy wjazdowej nie działa. Po wpisaniu
klawiatura trzy razy piszczy i miga na czerwono. Kod jest ten sam od
dwóch lat, nic nie zmieniałem. W sobotę przywożę rzeczy z mieszkania
rodziców, więc muszę jakoś wjechać busem.

Adrian Zieliński, boks A-022"""),
("pl", "magazyn-lampa-iskrzy-korytarz-minus-jeden", "Olga Michalak <olga.michalak@example.net>", "Korytarz na poziomie -1", "technical", "high",
"""Dzień dobry,

w korytarzu na poziomie -1, przy boksach C-30 do C-40, jedna z lamp pod
sufitem iskrzy i co chwilę gaśnie, a w powietrzu czuć spaleniznę. Pod
spodem na podłodze leżą kartony z sąsiedniego boksu. Nikogo z obsługi
nie było na miejscu, więc piszę tutaj. Chyba ktoś powinien odłączyć
prąd w tej części jak najszybciej.

Olga Michalak"""),
("pl", "magazyn-dostep-1-listopada", "Czesław Wiśniewski <czeslaw.wisniewski@example.org>", "1 LISTOPADA - DOSTEP?", "general", "",
"""DZIEN DOBRY, CZY 1 LISTOPADA BEDZIE MOZNA WEJSC DO BOKSOW NORMALNIE NA
KOD, CZY OBIEKT BEDZIE ZAMKNIETY? CHCE WTEDY PRZYWIEZC RZECZY, BO
MAM WOLNE.
CZESLAW WISNIEWSKI"""),
("pl", "magazyn-wlamanie-kierownik-obiektu", "Karol Jakubowski <karol.jakubowski@example.com>", "Włamanie do boksu A-118", "general", "high",
"""Dzień dobry,

wczoraj po południu zastałem swój boks A-118 z przeciętą kłódką. Zginęły
dwa rowery szosowe, skrzynka z elektronarzędziami i koła zimowe.
Zgłosiłem to na policji (mam numer sprawy). Recepcja powiedziała mi
tylko, że "kamery chyba nie nagrywały", i odesłała mnie do maila.

Oczekuję rozmowy z kierownikiem obiektu jeszcze w tym tygodniu -
chcę wiedzieć, jak ktoś wszedł bez karty i dlaczego monitoring nie
działał. Tel. 602 118 944.

Karol Jakubowski"""),
("pl", "magazyn-motocykl-czy-mozna", "Łukasz Dąbrowski <lukasz.dabrowski@example.net>", "Motocykl na zimę", "general", "",
"""Dzień dobry,

czy w boksie garażowym można przechować na zimę motocykl? Spuściłbym
paliwo prawie do zera i odłączył akumulator. Pytam, bo w regulaminie
jest coś o zakazie materiałów łatwopalnych i nie wiem, czy to się łapie.

Łukasz"""),
# ---------------- parcel lockers ----------------
("pl", "paczkomat-skrytka-sie-nie-otworzyla", "Zuzanna Pietrzak <zuza.pietrzak@example.com>", "paczka w skrytce", "technical", "",
"""dzien dobry, wczoraj o 19 przy automacie WAW-118 przy Lidlu wpisalam kod
odbioru, ekran pokazal "skrytka 24 otwarta" ale nic sie nie otworzylo.
slychac bylo tylko klikniecie. w aplikacji paczka ma teraz status
odebrana a jej nie mam. jest tam dalej w srodku
Zuza"""),
("pl", "paczkomat-nadawanie-nie-dziala-sklep", "Sklep Wełniany Kłębek <sklep@klebek-welna.example>", "Automat KRA-22 - nie da się nadać paczek od rana", "technical", "high",
"""Dzień dobry,

automat KRA-22 obok naszej pracowni od 7 rano nie przyjmuje nadań:
po zeskanowaniu etykiety pokazuje "Błąd komunikacji 17" i wraca do menu.
Nadajemy stamtąd codziennie 50-70 paczek, dziś mamy 64 zamówienia z
wyprzedaży i nie mamy jak ich wysłać - najbliższy inny automat jest
pełny. Pod automatem stoi też kilka osób, które nie mogą odebrać
paczek.

Prosimy o pilną naprawę.
Agnieszka Dziedzic, sklep Kłębek"""),
("pl", "paczkomat-app-brak-kodu-odbioru", "Jarosław Kamiński <jaroslaw.kaminski@example.org>", "Brak kodu", "technical", "",
"""Dzień dobry, w aplikacji paczka 6200 4411 0933 ma status "w automacie"
od wczoraj, ale nie ma ani kodu odbioru, ani QR, tylko szare pole. SMS
też nie przyszedł. Aplikację aktualizowałem. Jak ją odebrać?
Jarek"""),
("pl", "paczkomat-pobranie-230-nie-wplynelo", "Anna Sadowska <ania@rekodzielo-sadowska.example>", "Pobranie - paczka 6200 3317 0021", "billing", "",
"""Dzień dobry,

klientka odebrała paczkę za pobraniem (230 zł) 2 września, w śledzeniu
jest status "doręczona, pobranie opłacone". Zgodnie z regulaminem
pieniądze miały być na moim koncie w ciągu 5 dni roboczych. Minęło dwa
tygodnie i nic. Numer konta w profilu jest aktualny.

Anna Sadowska"""),
("pl", "paczkomat-zaplacilam-za-gabaryt-c", "Monika Lewicka <monika.lewicka@example.net>", "gabaryt", "billing", "",
"""Dzien dobry,

nadawalam w automacie mala paczke (buty dla siostry, karton jak od
zapalek tylko wiekszy) i automat otworzyl mi tylko duza skrytke C, bo
innych nie bylo wolnych. Zaplacilam 22,99 zamiast 14,99 za A. To nie
moja wina, ze male byly zajete. Prosze o oddanie 8 zl.
Monika"""),
("pl", "paczkomat-zaginiona-ubezpieczona-500", "Tomasz Rybak <tomasz.rybak@example.com>", "zaginiona paczka 6200 9911 4402", "billing", "",
"""Dzien dobry, paczka 6200 9911 4402 od 3 tygodni ma status "w drodze",
reklamacja zlozona 2 wrzesnia, dostalem odpowiedz ze paczka uznana za
zaginiona. Byla ubezpieczona na 500 zl (dowod nadania w zalaczniku).
Kiedy i w jaki sposob dostane te pieniadze?
Tomasz Rybak"""),
("pl", "paczkomat-przekierowanie-inny-automat", "Beata Zalewska <beata.zalewska@example.org>", "Zmiana automatu", "general", "",
"""Dzień dobry,

paczka jest jeszcze w drodze, a ja od jutra jestem na tygodniowym
wyjeździe w Zakopanem. Czy można ją przekierować do automatu w
Zakopanem przy dworcu, żebym odebrała ją na miejscu? Nie widzę tej
opcji w aplikacji, może nadawca musi to zrobić?

Beata"""),
("pl", "paczkomat-nowy-automat-osiedle", "Damian Krol <damian.krol@example.com>", "automat na osiedlu Zielone Wzgorze", "general", "",
"""Dzien dobry, na naszym osiedlu Zielone Wzgorze (Bialystok) mieszka
ponad 2 tysiace osob, a najblizszy automat jest 1,5 km dalej przy
stacji benzynowej. Wspolnota zgodzila sie udostepnic miejsce przy
wjezdzie do garazu podziemnego. Z kim moge o tym porozmawiac?

Damian Krol
zarzad wspolnoty"""),
# ---------------- laundry and dry cleaning ----------------
("pl", "pralnia-ekspres-po-czterech-dniach", "Sylwia Adamczyk <sylwia.adamczyk@example.net>", "garnitur meza", "billing", "",
"""Dzien dobry, doplacilam 25 zl za ekspres 24h przy oddawaniu garnituru
meza w poniedzialek, bo mial wesele w srode. Garnitur byl gotowy dopiero
w piatek, maz poszedl w starym. Skoro ekspresu nie bylo, to chyba te 25
zl nam sie nalezy z powrotem?
Sylwia Adamczyk, kwit nr 08841"""),
("pl", "pralnia-suknia-slubna-zniszczona-rzecznik", "Paulina Mazur <paulina.mazur@example.com>", "Zniszczona suknia ślubna - żądanie odszkodowania", "billing", "high",
"""Szanowni Państwo,

oddałam do czyszczenia suknię ślubną (kwit 07719), po odbiorze okazało
się, że koronka na gorsecie jest w trzech miejscach stopiona, a dół
sukni pożółkł. Suknia kosztowała 3 200 zł, mam paragon. W punkcie
usłyszałam, że "tak bywa przy starszych tkaninach" - suknia ma rok.

Żądam odszkodowania w wysokości ceny sukni w ciągu 14 dni. W
przeciwnym razie sprawę przekażę miejskiemu rzecznikowi konsumentów, a
następnie skieruję do sądu.

Paulina Mazur"""),
("pl", "pralnia-obrusy-restauracja-jedna-faktura", "Restauracja Stara Kamienica <biuro@stara-kamienica.example>", "faktury za obrusy", "billing", "",
"""Dzien dobry, za pranie obrusow i serwetek dostajemy od Was osobna
fakture za kazdy odbior, czyli 8-9 faktur w miesiacu. Czy mozna to
polaczyc w jedna zbiorcza fakture na koniec miesiaca z terminem 14 dni?
Ksiegowa bylaby wdzieczna.
Marzena Kowal, administracja"""),
("pl", "pralnia-samoobsluga-pralka-4-woda", "Daria Nowakowska <daria.nowakowska@example.org>", "Pralka nr 4 na Zamenhofa", "technical", "",
"""Dzień dobry,

pieniądze mniejsza o nie, 18 zł to nie majątek, ale pralka nr 4 w
pralni samoobsługowej na Zamenhofa po skończonym programie stoi pełna
wody i nie da się otworzyć drzwiczek. Moje ubrania (w tym kurtka do
pracy) zostały w środku. Byłam wczoraj wieczorem i dziś rano - dalej
to samo. Kto może ją odblokować?

Daria"""),
("pl", "pralnia-suszarka-dymi-zamenhofa", "Kamil Grabowski <kamil.grabowski@example.com>", "suszarka nr 2", "technical", "high",
"""Dzień dobry,

w pralni samoobsługowej na Zamenhofa suszarka nr 2 dziś około 20:00
zaczęła dymić z tyłu obudowy i pachniało spaloną gumą. Zatrzymałem
program, wyjąłem swoje rzeczy i powiesiłem na drzwiczkach kartkę "NIE
UŻYWAĆ". W lokalu nie było nikogo z obsługi. Może warto ją odłączyć,
zanim ktoś ją włączy w nocy.

Kamil"""),
("pl", "pralnia-szal-w-kieszeni-plaszcza", "Wanda Kolodziej <wanda.kolodziej@example.net>", "szal", "general", "",
"""Dzien dobry, oddawalam w czwartek plaszcz welniany (kwit 08902) i
dopiero w domu sie zorientowalam, ze w kieszeni zostal jedwabny szal w
kwiaty, pamiatka po mamie. Czy ktos go znalazl przy przyjmowaniu? Bardzo
mi na nim zalezy.
Wanda Kolodziej"""),
("pl", "pralnia-koldra-puchowa-ile-trwa", "Jerzy Sobolewski <jerzy.sobolewski@example.com>", "Kołdra puchowa", "general", "",
"""Dzień dobry,

widziałem w cenniku pranie kołdry puchowej za 65 zł, ale nie piszecie,
ile to trwa. Czy kołdra 200x220 wejdzie do Waszych maszyn i czy będzie
gotowa w tydzień? Mogę ją przynieść w sobotę rano - do której jesteście
otwarci w soboty?

Jerzy Sobolewski"""),
("pl", "pralnia-plama-po-winie-dziekuje", "Ola Borkowska <ola.borkowska@example.org>", "dziekuje!", "general", "",
"""Dzien dobry!

chcialam tylko podziekowac pani z punktu na Rynku. Bialy lniany obrus
po chrzcinach, czerwone wino na pol stolu, bylam pewna ze do wyrzucenia.
Wrocil jak nowy. 40 zl zaplacilam z usmiechem. Bede polecac!

Ola"""),
# ---------------- phone and computer repair shop ----------------
("pl", "serwis-ekran-250-a-wyszlo-390", "Dawid Pawlowski <dawid.pawlowski@example.com>", "naprawa 5512", "billing", "",
"""Dzien dobry,

przy oddawaniu telefonu pan na miejscu powiedzial 250 zl za wymiane
ekranu, tak jest tez na kwicie. Przy odbiorze zaplacilem 390, bo
"doszla diagnoza 80 zl i folia 60". O zadnej diagnozie nikt nie mowil,
a folii nie chcialem. Prosze o oddanie 140 zl.

Dawid Pawlowski"""),
("pl", "serwis-zaliczka-na-czesc-rezygnuje", "Elżbieta Jankowska <ela.jankowska@example.net>", "Rezygnacja z naprawy laptopa", "billing", "",
"""Dzień dobry,

zostawiłam w zeszłym tygodniu 100 zł zaliczki na zamówienie zawiasu do
laptopa. Dzisiaj dowiedziałam się od Państwa, że część przyjdzie
dopiero za 5 tygodni. Tyle nie mogę czekać, kupuję nowy laptop.
Proszę o oddanie zaliczki - odbiorę sprzęt jutro.

Elżbieta Jankowska"""),
("pl", "serwis-faktura-na-firme-nip", "Hubert Zawadzki <hubert@zawadzki-geodezja.example>", "faktura zamiast paragonu", "billing", "",
"""Dzien dobry, w piatek odebralem firmowego laptopa po wymianie dysku
(zlecenie 5590), dostalem paragon bez NIP. Czy mozna jeszcze dostac do
tego fakture na firme? Dane:
Zawadzki Geodezja Hubert Zawadzki, ul. Polna 2, 09-100 Plonsk,
NIP 567-000-33-44
Dziekuje"""),
("pl", "serwis-bateria-po-wymianie-wybrzusza", "Marianna Kowalewska <marianna.kowalewska@example.org>", "Telefon po wymianie baterii", "technical", "high",
"""Dzień dobry,

we wrześniu wymieniali Państwo baterię w moim telefonie (zlecenie 5471).
Od kilku dni ekran z jednej strony lekko odstaje od ramki, a wczoraj
podczas ładowania tył był tak gorący, że odłożyłam telefon na talerz
na balkonie. Teraz go nie ładuję i nie używam. Rozumiem, że bateria
się wybrzusza - co mam z nim zrobić i jak go bezpiecznie do Państwa
dostarczyć?

Marianna Kowalewska"""),
("pl", "serwis-dotyk-nie-reaguje-na-dole", "Filip Kaczmarek <filip.kaczmarek@example.com>", "Ekran po naprawie", "technical", "",
"""Dzień dobry,

nie chcę zwrotu pieniędzy, chcę po prostu, żeby telefon działał jak
należy. Po wymianie ekranu (zlecenie 5503) dolny pasek ekranu, jakieś
półtora centymetra, nie reaguje na dotyk. Nie da się przez to pisać
liter z dolnego rzędu klawiatury ani przejść do ekranu głównego gestem.
Przed naprawą było tylko pęknięte szkło, dotyk działał wszędzie.

Filip"""),
("pl", "serwis-laptop-po-czyszczeniu-wylacza-sie", "Natan Olszewski <natan.olszewski@example.net>", "Laptop po czyszczeniu", "technical", "",
"""Dzień dobry, po czyszczeniu i wymianie pasty termoprzewodzącej
(zlecenie 5528) wentylator wyje jak odkurzacz już na pulpicie, a w
grach po 10-15 minutach laptop po prostu się wyłącza bez komunikatu.
Przed czyszczeniem był głośny, ale się nie wyłączał.

Natan"""),
("pl", "serwis-po-naprawie-plyty-brak-zasiegu", "Irek Malinowski <irek.malinowski@example.com>", "brak uslugi", "technical", "",
"""dzien dobry, odebralem wczoraj telefon po naprawie plyty glownej
(zlecenie 5537). wlacza sie i wszystko niby ok, ale na gorze caly czas
"brak uslugi", zero kresek. karta sim dziala w telefonie zony. przed
naprawa zasieg byl. co teraz?
Irek"""),
("pl", "serwis-dzieki-za-zdjecia-z-dysku", "Helena Szymańska <helena.szymanska@example.org>", "Dziękuję za odzyskanie zdjęć", "general", "",
"""Dzień dobry,

dziękuję z całego serca panu Michałowi za odzyskanie zdjęć z dysku,
który spadł mi ze stołu. Były tam wszystkie zdjęcia wnuków z ostatnich
ośmiu lat. Rachunek zapłacony i wart każdej złotówki.

Przy okazji pytanie: czy sprzedają Państwo też dyski zewnętrzne, żebym
mogła zrobić kopię? Wolałabym kupić u kogoś, kto mi to od razu
ustawi.

Helena Szymańska"""),
# ---------------- pest control ----------------
("pl", "dezynsekcja-nowy-wlasciciel-lokalu", "Bistro Pod Kasztanem <bistro.kasztan@example.com>", "umowa na przeglady", "billing", "",
"""Dzien dobry,

z koncem grudnia sprzedajemy bistro, nowy wlasciciel ma juz swoja firme
od deratyzacji i przegladow. Od stycznia nie bedziemy wiec korzystac z
Waszych kwartalnych wizyt. Prosze nie wystawiac nam juz niczego od
nowego roku, grudniowy przeglad jeszcze niech bedzie.

Pozdrawiam
Roman Kasprzak"""),
("pl", "deratyzacja-wizyta-ktorej-nie-bylo", "Sylwester Baran <sylwester.baran@example.net>", "Faktura za 15.08", "billing", "",
"""Dzien dobry,

na fakturze za sierpien jest wizyta kontrolna 15.08, 320 zl netto. Tego
dnia nikt od Was u nas nie byl - kierownik magazynu czekal caly dzien,
a technik zadzwonil wieczorem, ze nie dojedzie. Wizyta odbyla sie
dopiero 22.08 i jest na fakturze osobno. Jedna z tych pozycji jest do
wykreslenia.

Sylwester Baran, Magazyn Baran-Trans"""),
("pl", "pluskwy-druga-wizyta-miala-byc-gratis", "Aleksandra Nowicka <aleksandra.nowicka@example.com>", "Pluskwy - drugi zabieg", "billing", "",
"""Dzień dobry,

przy pierwszym zabiegu na pluskwy (650 zł) technik powiedział, że w
cenie jest gwarancja i jeśli po trzech tygodniach coś się pojawi, drugi
zabieg jest bez opłat. Pojawiły się, technik przyjechał, zrobił zabieg,
a teraz dostałam SMS z linkiem do zapłaty 250 zł. Chyba zaszła pomyłka?

Aleksandra Nowicka"""),
("pl", "deratyzacja-pulapki-offline-aplikacja", "Magazyn Chłodnia Arktyka <jakosc@arktyka-chlodnia.example>", "Pułapki z czujnikami - offline", "technical", "",
"""Dzień dobry,

od piątku w aplikacji 9 z 24 pułapek z czujnikami na hali B ma status
"offline" i nie wysyła żadnych powiadomień. Fizycznie wyglądają
normalnie, diody nie świecą. Mamy audyt IFS za dwa tygodnie i
potrzebujemy ciągłości zapisów. Czy to kwestia baterii, czy bramki?

Krystyna Sadowska, dział jakości"""),
("pl", "odstraszacz-ultradzwiekowy-piszczy", "Zenon Wrobel <zenon.wrobel@example.org>", "odstraszacz", "technical", "",
"""Dzien dobry, odstraszacz ultradzwiekowy na myszy kupiony u Was miesiac
temu od tygodnia piszczy tak, ze slychac go w calym domu, a dioda juz
nie swieci. Pies chodzi nerwowy i nie wchodzi do kuchni. Wylaczylem go.
Czy to normalne czy jest zepsuty?
Zenon Wrobel"""),
("pl", "deratyzacja-protokol-pdf-blad-500", "Gabriela Adamska <gabriela.adamska@example.com>", "Protokół do sanepidu", "technical", "",
"""Dzień dobry,

w panelu klienta przy protokole z ostatniego przeglądu klikam "Pobierz
PDF" i wyskakuje "Błąd 500 - wewnętrzny błąd serwera". Próbowałam w
Chrome i Firefoksie, na komputerze i telefonie. Inspektor sanepidu
przychodzi w czwartek i potrzebuję ten dokument.

Gabriela Adamska, przedszkole Słoneczko"""),
("pl", "deratyzacja-trutka-przy-piaskownicy", "Izabela Rogowska <izabela.rogowska@example.net>", "Stacje z trutką przy placu zabaw", "general", "high",
"""Dzień dobry,

piszę jako mama z osiedla Leśne, gdzie w poniedziałek robiliście
deratyzację na zlecenie spółdzielni. Jedna ze skrzynek z trutką stoi
pół metra od piaskownicy i ma obluzowaną pokrywę. Dziś mój dwulatek
przyniósł mi w rączce niebieską kostkę, na szczęście zdążyłam ją
zabrać, zanim włożył do buzi. Teraz jest pod obserwacją, wygląda
dobrze.

Proszę o przeniesienie tych skrzynek z dala od placu zabaw jeszcze
dzisiaj.

Izabela Rogowska"""),
("pl", "dezynsekcja-mieszkanie-kot-jak-dlugo", "Marek Wasilewski <marek.wasilewski@example.com>", "karaluchy - pytanie", "general", "",
"""Dzien dobry, widze na stronie zabieg na karaluchy w mieszkaniu do 50 m2
za 380 zl i chcialbym umowic. Mam kota i dwoje dzieci. Na jak dlugo
musimy wyjsc z mieszkania i czy kot moze wrocic tego samego dnia? Czy
trzeba wczesniej cos przygotowac, np. oproznic szafki?
Marek"""),
# ---------------- hearing aids ----------------
("pl", "aparaty-dofinansowanie-nfz-nie-odliczone", "Józef Marciniak <jozef.marciniak@example.org>", "Dofinansowanie NFZ", "billing", "",
"""Szanowni Państwo,

kupiłem u Państwa dwa aparaty słuchowe na zlecenie lekarza z NFZ.
Pani w gabinecie mówiła, że zapłacę cenę pomniejszoną o refundację, a
zapłaciłem pełne 4 800 zł kartą. Dopiero w domu zobaczyłem, że na
rachunku nie ma żadnego odliczenia. Zlecenie zostawiłem w gabinecie.
Proszę o wyjaśnienie i oddanie kwoty refundacji.

Józef Marciniak"""),
("pl", "aparaty-rata-inny-dzien-miesiaca", "Teresa Wieczorek <teresa.wieczorek@example.net>", "raty", "billing", "",
"""Dzien dobry, place za aparaty w 10 ratach po 390 zl, kazda 5-go.
Emeryture dostaje 20-go i 5-go czasem brakuje na koncie. Czy mozna
przesunac termin raty na 21 dzien miesiaca?
Teresa Wieczorek"""),
("pl", "aparaty-zwrot-w-okresie-probnym-bank", "Andrzej Głowacki <andrzej.glowacki@example.com>", "Aparaty oddane w okresie próbnym - reklamacja w banku", "billing", "high",
"""Dzień dobry,

aparaty oddałem 12 lipca, w 24. dniu 30-dniowego okresu próbnego -
mam potwierdzenie przyjęcia z gabinetu w Opolu. Obiecano zwrot 6 200 zł
na kartę w ciągu 14 dni. Minęły dwa miesiące, a na moje telefony pani
w gabinecie odpowiada, że "centrala się tym zajmuje".

Dzisiaj złożyłem w banku wniosek o zwrot transakcji (chargeback) z
kopią potwierdzenia oddania aparatów.

Andrzej Głowacki"""),
("pl", "aparaty-etui-ladujace-gorace-swad", "Krystyna Majewska <krystyna.majewska@example.org>", "Etui do ładowania", "technical", "high",
"""Dzień dobry,

wczoraj wieczorem włożyłam aparaty do etui ładującego jak zwykle na
noc. Około północy obudził mnie swąd, etui było bardzo gorące, a na
spodzie jest brązowa plama i plastik się lekko wygiął. Odłączyłam je od
prądu i wyniosłam do łazienki na kafelki. Aparaty wyglądają dobrze, ale
nie mam ich teraz jak ładować.

Krystyna Majewska"""),
("pl", "aparaty-gwizdze-przy-jedzeniu", "Ryszard Kowalski <ryszard.kowalski@example.com>", "Prawy aparat", "technical", "",
"""Dzień dobry,

prawy aparat zaczął piszczeć, a właściwie gwizdać, kiedy jem albo
zakładam czapkę. Lewy jest w porządku. Wkładka czysta, sprawdzałem.
Przez to zdejmuję go przy każdym posiłku. Czy to da się wyregulować
zdalnie, czy muszę przyjechać?

Ryszard Kowalski"""),
("pl", "aparaty-bluetooth-nowy-telefon-rozmowy", "Wieslawa Kaczor <wieslawa.kaczor@example.net>", "nowy telefon", "technical", "",
"""Dzien dobry, wnuczka kupila mi nowy telefon i od tego czasu rozmowy nie
ida juz do aparatow, tylko slysze z glosnika telefonu. Muzyka z radia
w aplikacji idzie do aparatow normalnie. Wnuczka probowala usunac i
sparowac jeszcze raz, nic to nie dalo. Co jeszcze mozna zrobic?
Wieslawa Kaczor"""),
("pl", "aparaty-cichna-po-dwoch-godzinach", "Helena Wróblewska <helena.wroblewska@example.org>", "Aparat cichnie", "technical", "",
"""Dzień dobry,

to nie jest sprawa pieniędzy ani reklamacji, aparaty bardzo sobie
chwalę. Tylko od tygodnia lewy po mniej więcej dwóch godzinach noszenia
cichnie, jakby ktoś ściszał radio, aż do zera. Bateria naładowana do
pełna, w aplikacji widać 80%. Po wyjęciu i włożeniu z powrotem znowu
działa przez dwie godziny.

Helena Wróblewska"""),
("pl", "aparaty-badanie-z-corka-parking", "Stanislaw Kubiak <stanislaw.kubiak@example.com>", "wizyta 24.09", "general", "",
"""Dzien dobry, na 24 wrzesnia mam umowione badanie sluchu w gabinecie
przy ul. Slowackiego. Czy moze ze mna wejsc corka? Ona lepiej zapamieta
co pani powie. I czy przy gabinecie jest gdzie zaparkowac, czy lepiej
przyjechac autobusem?
Stanislaw Kubiak"""),
# ---------------- contact lens subscription ----------------
("pl", "soczewki-po-laserowej-korekcji", "Karolina Mroz <karolina.mroz@example.com>", "soczewki", "billing", "",
"""Czesc,

w sierpniu mialam laserowa korekcje wzroku i wszystko sie udalo, widze
na 100%. Soczewki nie sa mi juz do niczego potrzebne, wiec nie
przysylajcie kolejnych paczek i nie pobierajcie juz 89 zl co miesiac.
Te ktore mi zostaly oddam kolezance.

Karolina"""),
("pl", "soczewki-czemu-12-zl-wiecej", "Pawel Zajac <pawel.zajac@example.net>", "wrzesien", "billing", "",
"""czemu we wrzesniu zeszlo 101 zl skoro zawsze bylo 89? nic nie
zmienialem w zamowieniu, te same soczewki i ten sam plyn. jak cos
podrozalo to wypadaloby napisac.
Pawel"""),
("pl", "soczewki-po-rezygnacji-trzy-paczki-bank", "Dorota Lewandowska <dorota.lewandowska@example.com>", "Płatności po rezygnacji - spór z bankiem", "billing", "high",
"""Dzień dobry,

z subskrypcji zrezygnowałam 3 czerwca przez formularz na stronie i
dostałam maila z potwierdzeniem. Mimo to w lipcu, sierpniu i wrześniu
pobrali Państwo z mojej karty po 89 zł i wysłali paczki, których nie
odebrałam - wróciły do Państwa.

Na moje maile nikt nie odpowiedział, dlatego złożyłam u wydawcy karty
reklamację wszystkich trzech płatności. Proszę nie pobierać już niczego.

Dorota Lewandowska"""),
("pl", "soczewki-karta-wygasla-blik", "Bartek Szymczak <bartek.szymczak@example.org>", "platnosc", "billing", "",
"""Dzien dobry, moja karta wygasla w sierpniu i chyba dlatego nie przyszla
paczka na wrzesien. Nie mam na razie nowej karty. Czy moge placic za
subskrypcje BLIKiem albo przelewem co miesiac? Jak to ustawic?
Bartek"""),
("pl", "soczewki-recepta-plik-nieobslugiwany", "Natalia Kowalczyk <natalia.kowalczyk@example.com>", "Nie mogę dodać recepty", "technical", "",
"""Dzień dobry,

przy zamawianiu soczewek torycznych strona wymaga recepty od okulisty.
Mam ją w PDF-ie (skan z przychodni, 1,2 MB), a przy dodawaniu pojawia
się "Plik nieobsługiwany". Zrobiłam też zdjęcie telefonem w JPG -
to samo. Bez tego nie da się złożyć zamówienia.

Natalia"""),
("pl", "soczewki-nowa-partia-rozmazane", "Robert Szulc <robert.szulc@example.net>", "Soczewki z paczki wrześniowej", "technical", "",
"""Dzień dobry,

soczewki z wrześniowej paczki (te same co zawsze, Aqua Daily -3,25) są
jakieś inne: po godzinie widzę rozmazane, a dwie pękły przy wyjmowaniu
z blistra. Z sierpniowej paczki zostało mi kilka i z nimi jest
normalnie. Numer partii na pudełku: L24071. Nie chodzi mi o pieniądze,
tylko o to, żebym dostał soczewki, w których widzę.

Robert Szulc"""),
("pl", "soczewki-przeprowadzka-nowy-adres", "Marta Zielinska <marta.zielinska@example.org>", "zmiana adresu", "general", "",
"""Dzien dobry, od 1 pazdziernika mieszkam pod nowym adresem:
ul. Sloneczna 18/3, 30-090 Krakow. Prosze wysylac kolejne paczki tam.
W koncie nie widze gdzie to zmienic.
Marta Zielinska"""),
("pl", "soczewki-toryczne-przed-zamowieniem", "Jakub Walczak <jakub.walczak@example.com>", "Astygmatyzm", "general", "",
"""Dzień dobry,

mam astygmatyzm -1,25 w lewym oku i do tej pory nosiłem okulary. Widzę
u Was soczewki toryczne za 129 zł za 3 miesiące. Czy najpierw trzeba
iść na dobór soczewek do okulisty, czy wystarczy mi recepta na
okulary? Nie chcę zamówić czegoś, czego nie będę mógł nosić.

Jakub Walczak"""),
# ---------------- pet insurance ----------------
("pl", "ubezpieczenie-psa-odmowa-operacji-rzecznik", "Beata Michalska <beata.michalska@example.net>", "Odmowa wypłaty - szkoda 2024/0917", "billing", "high",
"""Szanowni Państwo,

odmówili Państwo wypłaty 4 200 zł za operację więzadła krzyżowego mojej
suki Luny, uznając to za "chorobę istniejącą przed zawarciem umowy".
Luna jest ubezpieczona od trzech lat, a w dokumentacji weterynaryjnej
nie ma ani jednej wzmianki o problemach z kolanem przed kwietniem tego
roku. Dokumentację przesyłam ponownie w załączniku.

Jeśli decyzja nie zostanie zmieniona w ciągu 14 dni, składam wniosek do
Rzecznika Finansowego.

Beata Michalska"""),
("pl", "ubezpieczenie-skladka-po-osmych-urodzinach", "Wojciech Nowak <wojciech.nowak@example.com>", "Składka", "billing", "",
"""Dzień dobry,

w tym miesiącu składka za naszego psa wzrosła z 54 zł na 79 zł. Jak
rozumiem, to dlatego, że Bruno skończył 8 lat? Czy jest jakiś wariant
tańszy, np. tylko z wypadkami, bez chorób? I czy zmiana wariantu
oznacza nowy okres karencji?

Wojciech"""),
("pl", "ubezpieczenie-620-a-wyplacili-310", "Ewa Bartkowiak <ewa.bartkowiak@example.org>", "wyplata za leczenie", "billing", "",
"""Dzien dobry, zglosilam leczenie kota (zapalenie pecherza), rachunek z
kliniki 620 zl. Dostalam na konto 310 zl bez zadnego wyjasnienia. W
polisie mam udzial wlasny 10%, wiec powinno byc 558. Czego nie
uznaliscie?
Ewa Bartkowiak, polisa PET/33410"""),
("pl", "ubezpieczenie-kot-odszedl-skladka", "Irena Sobczak <irena.sobczak@example.com>", "Filemon", "billing", "",
"""Dzień dobry,

nasz kot Filemon odszedł w sobotę, miał 16 lat. Dziękujemy, że przez
ostatni rok pomogli Państwo z kosztami leczenia nerek.

Proszę, żeby od października nie pobierać już składki z naszego konta.
Czy potrzebne jest jakieś zaświadczenie od weterynarza?

Irena Sobczak"""),
("pl", "ubezpieczenie-aplikacja-zdjecie-rachunku-99", "Michał Górecki <michal.gorecki@example.net>", "Aplikacja - zgłoszenie szkody", "technical", "",
"""Dzień dobry, przy zgłaszaniu szkody w aplikacji dodaję zdjęcie
rachunku od weterynarza, pasek dochodzi do 99% i stoi. Po kilku
minutach "Coś poszło nie tak, spróbuj ponownie". Próbowałem na Wi-Fi i
na LTE, mniejsze zdjęcie też nie przechodzi.

Michał Górecki"""),
("pl", "ubezpieczenie-link-resetu-wygasl", "Ania Wlodarczyk <ania.wlodarczyk@example.com>", "haslo", "technical", "",
"""hej, klikam "nie pamietam hasla", przychodzi mail z linkiem, klikam od
razu i pokazuje ze link wygasl. zrobilam tak 4 razy. nie moge wejsc na
konto polisy.
Ania"""),
("pl", "ubezpieczenie-pies-z-hiszpanii-rasa", "Kacper Lewicki <kacper.lewicki@example.org>", "Pies ze schroniska w Hiszpanii", "general", "",
"""Dzień dobry,

za dwa tygodnie adoptujemy psa ze schroniska w Hiszpanii (mieszaniec
galgo, 3 lata, ma paszport i chip). Kalkulator pokazał nam około 60 zł
miesięcznie, co nam pasuje. Czy mogę go ubezpieczyć od razu po
przyjeździe, czy musi najpierw mieszkać w Polsce jakiś czas? I czy
badanie u polskiego weterynarza jest wymagane?

Kacper"""),
("pl", "ubezpieczenie-nowy-numer-chipa", "Sebastian Wojcik <sebastian.wojcik@example.net>", "numer chipa", "general", "",
"""Dzien dobry, weterynarz wszczepil psu nowy chip, bo stary przestal
sie odczytywac. Prosze o wpisanie do polisy PET/29981 nowego numeru:
616093900412233. Reszta danych bez zmian.
Sebastian Wojcik"""),
# ---------------- pet grooming and kennels ----------------
("pl", "hotel-dla-psa-wyjazd-odwolany-zaliczka", "Agata Nowakowska <agata.nowakowska@example.com>", "Rezerwacja na święta", "billing", "",
"""Dzień dobry,

zarezerwowaliśmy pobyt dla naszej Tosi od 22 do 29 grudnia i
wpłaciliśmy 300 zł zaliczki. Niestety nasz wyjazd się nie odbędzie
(choroba w rodzinie), więc Tosia zostaje z nami. Czy zaliczka wróci,
czy może zostać przeniesiona na ferie w lutym?

Agata Nowakowska"""),
("pl", "hotel-dla-psa-trzy-noce-zamiast-dwoch", "Marcin Kubacki <marcin.kubacki@example.net>", "pobyt Reksia", "billing", "",
"""Dzien dobry, Reksio byl u Was od piatku do niedzieli, czyli 2 noce.
Odebralem go w niedziele o 17. Policzyliscie 3 noce, 3 x 95 = 285 zl.
Prosze o oddanie 95 zl za noc ktorej nie bylo.
Marcin Kubacki"""),
("pl", "groomer-kapiel-doliczona", "Joanna Kwiatkowska <joanna.kwiatkowska@example.com>", "Strzyżenie 14.09", "billing", "",
"""Dzień dobry, umawiałam tylko strzyżenie pazurów i wyczesanie dla
Milki (60 zł), a przy odbiorze zapłaciłam 120 zł, bo doliczono kąpiel
z odżywką. Nikt mnie nie pytał, czy chcę kąpiel - Milka ma chorą skórę
i weterynarz zalecił jej specjalny szampon. Proszę o oddanie tych 60 zł.
Joanna"""),
("pl", "hotel-dla-psa-kamera-nie-laduje", "Patrycja Wasik <patrycja.wasik@example.org>", "Podgląd z kamery", "technical", "",
"""Dzień dobry,

nasz pies jest u Was od poniedziałku i do wczoraj mogliśmy go oglądać
przez kamerę w aplikacji. Od wczoraj wieczorem podgląd pokazuje tylko
czarny ekran z kręcącym się kółkiem, a potem "Strumień niedostępny".
Inne funkcje aplikacji działają. Tęsknimy, a córka co godzinę pyta :)

Patrycja Wasik"""),
("pl", "hotel-dla-psa-formularz-szczepienia", "Lukasz Kwiecien <lukasz.kwiecien@example.com>", "rezerwacja online", "technical", "",
"""dzien dobry, formularz rezerwacji na stronie nie przyjmuje zdjecia
ksiazeczki szczepien. po wybraniu pliku pisze "dozwolone formaty:
jpg, png" a to jest jpg. probowalem 3 rozne zdjecia. bez tego nie da
sie kliknac "rezerwuj".
Lukasz"""),
("pl", "hotel-dla-psa-rana-i-kulawy-kierownik", "Grażyna Pawlak <grazyna.pawlak@example.net>", "Stan psa po pobycie - proszę o kontakt właściciela", "general", "high",
"""Dzień dobry,

w niedzielę odebraliśmy naszego psa Bosmana po tygodniowym pobycie.
W domu zauważyliśmy ranę na tylnej łapie, zaklejoną sierść, a od
poniedziałku mocno kuleje. Weterynarz stwierdził ranę szarpaną, prawdo-
podobnie od ugryzienia. Przy odbiorze nikt nam o niczym nie powiedział.

Chcę rozmawiać z właścicielem hotelu, nie z recepcją. Chcę wiedzieć,
co się stało i dlaczego to przemilczano. Tel. 607 412 889.

Grażyna Pawlak"""),
("pl", "hotel-dla-psa-lekowy-pies-pytanie", "Zofia Kamińska <zofia.kaminska@example.com>", "Pies lękowy", "general", "",
"""Dzień dobry,

nasza Fiona (4 lata, kundelek ze schroniska) bardzo boi się innych psów
i hałasu. Czy macie możliwość, żeby nocowała w osobnym boksie, a na
spacery wychodziła sama? I jakie szczepienia muszą być w książeczce?
Chcielibyśmy przyjechać z nią wcześniej na godzinkę, żeby poznała
miejsce - czy to możliwe?

Zofia"""),
("pl", "groomer-dziekuje-za-cierpliwosc", "Henryk Lis <henryk.lis@example.org>", "pani Kasia", "general", "",
"""Dzien dobry, chcialem podziekowac pani Kasi za strzyzenie naszego
Kajtka. Ma 15 lat, prawie nie widzi i zwykle przy groomerze trzesie sie
jak osika. Pani Kasia robila przerwy, mowila do niego spokojnie i
wrocil do domu zadowolony. Bardzo dziekujemy, do zobaczenia za dwa
miesiace.
Henryk Lis"""),
# ---------------- ski and snowboard rental ----------------
("pl", "narty-noga-w-gipsie-od-drugiego-dnia", "Anna Majchrzak <anna.majchrzak@example.com>", "Rezerwacja SP-2291", "billing", "",
"""Dzień dobry,

zarezerwowałam online komplet narciarski na 6 dni (540 zł, zapłacone
z góry). Drugiego dnia skręciłam kolano i od środy mam nogę w gipsie,
komplet oddałam w czwartek rano - pan w wypożyczalni to zapisał.
Czy za 4 niewykorzystane dni mogę coś odzyskać? Mam zaświadczenie z
przychodni w Szczyrku.

Anna Majchrzak"""),
("pl", "narty-blokada-kaucji-1500", "Tomasz Krupa <tomasz.krupa@example.net>", "blokada na karcie", "billing", "",
"""Dzien dobry, przy wypozyczeniu deski 3 lutego zalozyliscie blokade
1 500 zl na mojej karcie jako kaucje. Deske oddalem 7 lutego w
nienaruszonym stanie, a blokada dalej wisi, juz 10 dni. Bank mowi ze
to Wy musicie ja zdjac. Prosze o zwolnienie.
Tomasz Krupa"""),
("pl", "narty-sezonowe-dla-dzieci-dwie-raty", "Monika Przybylska <monika.przybylska@example.org>", "Wypożyczenie na cały sezon", "billing", "",
"""Dzień dobry,

chcemy wypożyczyć na cały sezon narty, buty i kaski dla dwójki dzieci
(8 i 11 lat). Ile to będzie kosztować razem i czy można zapłacić w
dwóch częściach - w grudniu i w styczniu? Czy przy wypożyczeniu
sezonowym też jest kaucja?

Monika"""),
("pl", "narty-wiazanie-nie-wypielo-kolano", "Piotr Duda <piotr.duda@example.com>", "Wiązanie w nartach z wypożyczenia", "technical", "high",
"""Dzień dobry,

wczoraj na trasie w Białce przewróciłem się przy niewielkiej prędkości
i lewe wiązanie się nie wypięło - narta została na nodze, kolano
poszło w bok. Skończyło się na naciągnięciu, na szczęście. Dziś na
stoku prawe wiązanie wypięło się samo przy zwykłym skręcie.

Narty (nr 4471) odłożyłem i nie jeżdżę na nich. Moim zdaniem ktoś źle
ustawił wiązania i trzeba je sprawdzić, zanim dostanie je kolejna
osoba - wolę napisać od razu, zanim ktoś połamie nogę.

Piotr Duda"""),
("pl", "narty-klamra-buta-pekla", "Kamil Sikorski <kamil.sikorski@example.org>", "buty", "technical", "",
"""dzien dobry, w butach narciarskich z wypozyczenia (nr 288) pekla gorna
klamra juz pierwszego dnia, but sie rozpina na zjezdzie i noga lata w
srodku. jestem na stoku jeszcze 4 dni. mozna podmienic buty w punkcie
przy wyciagu czy musze jechac do glownej wypozyczalni?
Kamil"""),
("pl", "narty-formularz-dziecko-ponizej-30-kg", "Iwona Baranowska <iwona.baranowska@example.com>", "Rezerwacja dla dziecka", "technical", "",
"""Dzień dobry, w formularzu rezerwacji online przy danych narciarza nie
da się wpisać wagi poniżej 30 kg - pole podświetla się na czerwono
"nieprawidłowa wartość". Mój syn ma 6 lat i waży 23 kg. Nie mogę przez
to zarezerwować dla niego nart.

Iwona"""),
("pl", "narty-wigilia-odbior-dzien-wczesniej", "Rafał Makowski <rafal.makowski@example.net>", "24 grudnia", "general", "",
"""Dzień dobry,

czy wypożyczalnia w Zakopanem jest otwarta 24 grudnia? Przyjeżdżamy
23 wieczorem i chcielibyśmy rano 24 od razu iść na stok. Jeśli nie, to
czy można odebrać sprzęt 23 po 18?

Rafał Makowski"""),
("pl", "narty-gogle-w-szafce", "Ola Gorska <ola.gorska@example.com>", "gogle", "general", "",
"""hej, w sobote zostawilam w szafce nr 17 w przebieralni gogle (rozowe,
z lustrzana szyba) i czapke z pomponem. czy ktos znalazl? bede w
Szczyrku znowu w weekend
Ola"""),
# ---------------- music festival ----------------
("pl", "festiwal-karnet-pobrany-dwa-razy", "Wiktor Malinowski <wiktor.malinowski@example.com>", "karnet 3-dniowy", "billing", "",
"""Dzien dobry, kupowalem karnet 3-dniowy, strona sie zawiesila, kliknalem
jeszcze raz i z konta poszlo 2 x 459 zl. Karnet w mailu przyszedl tylko
jeden. Drugie 459 prosze oddac. Numer zamowienia 88-20417.
Wiktor"""),
("pl", "festiwal-doplata-do-vip", "Justyna Czarnecka <justyna.czarnecka@example.net>", "VIP", "billing", "",
"""Dzień dobry,

mam zwykły karnet na wszystkie dni, kupiony jeszcze w pierwszej puli.
Czy mogę teraz dopłacić różnicę do strefy VIP, zamiast kupować nowy
karnet? Ile by to wyszło i jak zapłacić?

Justyna"""),
("pl", "festiwal-sobota-odwolana-burza", "Maciej Wojciechowski <maciej.wojciechowski@example.org>", "Sobota - burza", "billing", "",
"""Dzień dobry,

w sobotę koncerty na głównej scenie odwołano o 19 z powodu burzy, czyli
nie zobaczyliśmy żadnego z trzech headlinerów, dla których
przyjechaliśmy. Kupiliśmy bilety jednodniowe na sobotę, 2 x 259 zł. Co
z naszymi pieniędzmi? Na stronie nie ma na ten temat ani słowa.

Maciej Wojciechowski"""),
("pl", "festiwal-opaska-nie-czytana-przy-barach", "Nikola Kasprzak <nikola.kasprzak@example.com>", "opaska cashless", "technical", "",
"""Hej, doładowanie opaski widać w aplikacji (150 zł), ale przy barach
terminale w ogóle nie odczytują opaski - przykładam, nic nie piszczy,
ekran się nie zmienia. U znajomych działa od razu. W punkcie
informacji kazali napisać maila. Jutro ostatni dzień, a ja nie mogę
kupić nawet wody.

Nikola"""),
("pl", "festiwal-przekazanie-biletu-blad", "Szymon Wilk <szymon.wilk@example.net>", "Nie mogę przekazać biletu", "technical", "",
"""Dzień dobry, przy przekazywaniu biletu koledze w aplikacji po wpisaniu
jego maila wyskakuje "Błąd 409 - konflikt operacji" i nic się nie
dzieje. Kolega ma konto w aplikacji, mail jest poprawny. Próbowałem
kilka razy przez dwa dni.

Szymon"""),
("pl", "festiwal-kolejka-wirtualna-petla", "Julka Marek <julka.marek@example.com>", "kolejka", "technical", "",
"""w dniu startu sprzedazy weszlam do wirtualnej kolejki o 10:00, po
godzinie pasek doszedl do konca i strona sie przeladowala, a ja
wyladowalam znowu na koncu kolejki. tak juz 3 razy. czy to normalne?
laptop, chrome, bez vpn
Julka"""),
("pl", "festiwal-scisk-przy-bramie-b", "Grzegorz Adamczyk <grzegorz.adamczyk@example.org>", "Brama B w piątek wieczorem", "general", "high",
"""Dzień dobry,

w piątek około 20:30 przy bramie B zrobił się bardzo niebezpieczny
ścisk. Otwarte były tylko dwa stanowiska kontroli, z tyłu ludzie
napierali, barierki zaczęły się przesuwać. Przy mnie dwie dziewczyny
zasłabły i trzeba je było przenieść nad barierką. Ochrona przez
dłuższy czas nie reagowała.

Nie piszę po pieniądze. Piszę, bo na sobotę i niedzielę zapowiadane są
jeszcze większe tłumy i ktoś tam może zostać stratowany. Proszę o
otwarcie większej liczby wejść.

Grzegorz Adamczyk"""),
("pl", "festiwal-podest-dla-wozkow", "Ewelina Tomczak <ewelina.tomczak@example.com>", "Podest dla osób na wózkach", "general", "",
"""Dzień dobry,

poruszam się na wózku i mam już bilet na wszystkie trzy dni. Czy przy
głównej scenie będzie podest dla osób z niepełnosprawnościami i czy
mój opiekun może wejść na ten sam karnet? Gdzie jest najbliższy
parking dla osób z kartą parkingową?

Ewelina"""),
# ---------------- organic veg box ----------------
("pl", "skrzynka-mazury-trzy-tygodnie", "Kasia Wieczorek <kasia.wieczorek@example.net>", "lipiec", "billing", "",
"""Czesc, od 6 do 27 lipca jestesmy na Mazurach. Przez te trzy tygodnie
nie przywozcie skrzynki i nie pobierajcie nic z karty. Od 1 sierpnia
wracamy do normalnego rytmu. Dzieki!
Kasia"""),
("pl", "skrzynka-brak-jajek-i-masla", "Dariusz Lipski <dariusz.lipski@example.com>", "Dostawa z czwartku", "billing", "",
"""Dzień dobry,

w czwartkowej skrzynce nie było jajek z wolnego wybiegu ani masła, a oba
produkty były w zamówieniu i są na potwierdzeniu. Razem 23 zł.
Rozumiem, że coś mogło się skończyć, ale zapłacone było za całość.
Czy możecie to odliczyć od następnej dostawy?

Dariusz Lipski"""),
("pl", "skrzynka-z-duzej-na-mala", "Urszula Kozlowska <urszula.kozlowska@example.org>", "Mniejsza skrzynka", "billing", "",
"""Dzień dobry,

syn wyprowadził się na studia i duża skrzynka rodzinna to dla nas
teraz za dużo, część warzyw się marnuje. Od przyszłego tygodnia
chcielibyśmy przejść na małą skrzynkę. Czy różnica zostanie
uwzględniona już przy najbliższej płatności?

Urszula Kozłowska"""),
("pl", "skrzynka-pomin-tydzien-blad", "Adam Wróblewski <adam.wroblewski@example.com>", "Pomiń tydzień - błąd", "technical", "",
"""Dzień dobry, na stronie przy najbliższej dostawie klikam "Pomiń ten
tydzień" i wyskakuje czerwony komunikat "Nie udało się zapisać zmian".
Termin na zmiany mija jutro o 12. Próbowałem z komputera i z telefonu.

Adam"""),
("pl", "skrzynka-logowanie-petla", "Bozena Sikorska <bozena.sikorska@example.net>", "nie moge sie zalogowac", "technical", "",
"""Dzien dobry, wpisuje email i haslo, strona sie przeladowuje i znowu
pokazuje ekran logowania, bez zadnego bledu. Wyczyscilam historie
przegladarki tak jak radzi syn. Chcialam wymienic buraki na marchew w
tej skrzynce, a czas do czwartku.
Bozena Sikorska"""),
("pl", "skrzynka-link-sledzenia-nie-istnieje", "Leon Ziółkowski <leon.ziolkowski@example.org>", "Link w SMS", "technical", "",
"""Dzień dobry,

od dwóch tygodni link do śledzenia kuriera z SMS-a ("Twoja skrzynka
jest w drodze") otwiera stronę "404 - strona nie istnieje". Wcześniej
widziałem na mapie, gdzie jest kierowca, i mogłem zaplanować, kiedy
być w domu. Czy to da się naprawić?

Leon"""),
("pl", "skrzynka-orzechy-mimo-alergii", "Magdalena Sokołowska <magdalena.sokolowska@example.com>", "Orzechy w skrzynce mimo wykluczenia", "general", "high",
"""Dzień dobry,

w moim koncie od roku jest zaznaczone wykluczenie "orzechy" - córka ma
ciężką alergię. W tym tygodniu w skrzynce był chlebek bananowy z
orzechami włoskimi, bez żadnej etykiety ze składem na wierzchu. Córka
zjadła kawałek, zanim się zorientowałam. Skończyło się podaniem leku i
wizytą na SOR-ze, teraz jest już dobrze.

Nie chodzi mi o pieniądze. Chcę wiedzieć, jak to się stało i jak
zamierzacie pilnować wykluczeń przy pakowaniu, bo następnym razem może
się to skończyć znacznie gorzej.

Magdalena Sokołowska"""),
("pl", "skrzynka-dzien-otwarty-w-gospodarstwie", "Jan Borowski <jan.borowski@example.net>", "gospodarstwo", "general", "",
"""Dzien dobry, czy gospodarstwo, z ktorego sa Wasze warzywa, organizuje
jakis dzien otwarty? Chcielibysmy pojechac z dziecmi zobaczyc, skad sie
bierze nasza marchewka. Zamawiamy od dwoch lat i jestesmy bardzo
zadowoleni.
Jan Borowski"""),
# ---------------- local council services ----------------
("pl", "urzad-oplata-smieci-dwa-razy-kwartal", "Zbigniew Czerwinski <zbigniew.czerwinski@example.com>", "oplata za odpady I kwartal", "billing", "",
"""Dzien dobry, oplate za odpady za I kwartal zaplacilem dwa razy: raz
przelewem 15 stycznia i drugi raz w kasie urzedu 29 stycznia (zona nie
wiedziala, ze juz zaplacone). 2 x 372 zl. Prosze o zaliczenie nadplaty
na II kwartal. Nr deklaracji 4412/2023.
Zbigniew Czerwinski"""),
("pl", "urzad-abonament-parkingowy-sprzedalam-auto", "Bogumiła Szewczyk <bogumila.szewczyk@example.org>", "Abonament mieszkańca - strefa A", "billing", "",
"""Dzień dobry,

w sierpniu sprzedałam samochód i nie mam już żadnego auta, bo przesiadłam
się na komunikację. Abonament mieszkańca dla strefy A opłaciłam z góry
do końca roku. Co dalej z tym abonamentem i z pieniędzmi za wrzesień
do grudnia?

Bogumiła Szewczyk, ul. Floriańska"""),
("pl", "urzad-oplata-dodatkowa-mimo-aplikacji-sad", "Lech Kowalczyk <lech.kowalczyk@example.net>", "Opłata dodatkowa nr 2024/SPP/88123 - odwołanie", "billing", "high",
"""Szanowni Państwo,

otrzymałem opłatę dodatkową w wysokości 250 zł za brak opłaty za
parkowanie 5 września przy ul. Kilińskiego. Postój był opłacony w
aplikacji od 10:02 do 12:00, potwierdzenie transakcji w załączniku.
To już moje drugie pismo w tej sprawie - pierwsze zostało bez
odpowiedzi, a teraz przyszło wezwanie do zapłaty.

Jeżeli opłata nie zostanie anulowana, sprawę skieruje mój pełnomocnik
do sądu.

Lech Kowalczyk"""),
("pl", "urzad-eurzad-profil-zaufany-petla", "Teresa Kozak <teresa.kozak@example.com>", "e-Urząd - logowanie", "technical", "",
"""Dzień dobry,

na stronie e-usług urzędu wybieram "Zaloguj profilem zaufanym",
loguję się w banku, wracam na Waszą stronę i znowu widzę przycisk
"Zaloguj". Tak w kółko. Chcę złożyć wniosek o abonament parkingowy.
Próbowałam w dwóch przeglądarkach.

Teresa Kozak"""),
("pl", "urzad-latarnia-mruga-slepa-uliczka", "Mieszkańcy ul. Jaworowej <jaworowa.mieszkancy@example.org>", "Latarnia na Jaworowej", "technical", "",
"""Dzień dobry,

latarnia na końcu ulicy Jaworowej (ślepa uliczka, przy numerze 14) od
trzech tygodni mruga co kilka sekund, a od kilku dni gaśnie zupełnie
na większość nocy. Zgłaszaliśmy to telefonicznie, ale nic się nie
zmieniło. Czy można przysłać kogoś do naprawy?

W imieniu sąsiadów
Roman Jasiński"""),
("pl", "urzad-parkomat-karta-odrzucona", "Malgorzata Wawrzyniak <malgorzata.wawrzyniak@example.net>", "parkomat przy rynku", "technical", "",
"""Dzien dobry, to nie jest sprawa pieniedzy, mam srodki na karcie i
placilam nia potem w sklepie. Ale parkomat przy Rynku (ten przy
fontannie) od tygodnia przy kazdej karcie pisze "Karta odrzucona", a
monet nie przyjmuje, bo szczelina zaklejona tasma. Ludzie stoja
bezradni. Moze ktos go naprawi?
Malgorzata Wawrzyniak"""),
("pl", "urzad-harmonogram-wywozu-pusty", "Krzysztof Zając <krzysztof.zajac@example.com>", "Aplikacja z harmonogramem", "technical", "",
"""Dzień dobry, w aplikacji z harmonogramem wywozu odpadów po wybraniu
mojej ulicy (Brzozowa, Osiedle Słoneczne) kalendarz jest pusty na cały
październik i listopad. Dla ulicy obok terminy widać. Do września
wszystko było w porządku.

Krzysztof Zając"""),
("pl", "urzad-bio-nieodebrane-piec-tygodni-naczelnik", "Jadwiga Kalinowska <jadwiga.kalinowska@example.org>", "ŚMIECI BIO NIEODBIERANE OD 5 TYGODNI", "general", "high",
"""Dzień dobry,

od pięciu tygodni nikt nie odbiera brązowych pojemników na bioodpady
na ulicy Lipowej (numery 2-30). Pojemniki stoją pełne w upale, smród
czuć na całej ulicy, a przy altanie śmietnikowej widać szczury. Trzy
razy zgłaszałam to przez formularz na stronie i dwa razy telefonicznie
- za każdym razem słyszę, że "przekażemy firmie".

Żądam rozmowy z naczelnikiem wydziału gospodarki odpadami, a nie
kolejnego numeru zgłoszenia. Tel. 509 311 276.

Jadwiga Kalinowska"""),
]
