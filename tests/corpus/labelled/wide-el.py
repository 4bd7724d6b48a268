# wide-el.py -- a wide batch of Greek ("el") labelled customer mails spread
# over many kinds of business (shops, transport, travel, health, trades,
# utilities, telecoms, subscriptions, online services and more), written
# for training: money matters, faults and set-up problems, and everyday
# mail, in Greek script and in Greeklish, formal and sloppy, with quoted
# replies, escalation demands, legal threats, outages and hazards.
# Same tuple format as batch16.py:
#   (lang, slug, from, subject, queue, priority or "", body)
M += [
# ---------------- online fashion shop ----------------
("el", "gl-moda-epistrofi-forematos-lefta", "Dimitra Sp. <dimitra.sp@example.gr>", "epistrofi forema", "billing", "",
"""Kalhspera sas,
esteila pisw to mple forema (paraggelia 40218) prin 12 meres me to
kourier pou mou steilate. To tracking leei oti to parelavate th
Deytera. Ta lefta omws akoma den exoun epistrafei sthn karta, 54,90e.
Poso akoma prepei na perimenw?
Eyxaristw
Dhmhtra"""),
("el", "moda-express-irthe-se-pente-meres", "Σταύρος Μαυρίδης <s.mavridis@example.gr>", "Express αποστολή;", "billing", "",
"""Καλημέρα,

Πλήρωσα 6,90€ για αποστολή express (1-2 εργάσιμες) γιατί ήθελα το
σακάκι για γάμο το Σάββατο. Το δέμα ήρθε την Τετάρτη της επόμενης
εβδομάδας, δηλαδή σε πέντε εργάσιμες. Το σακάκι είναι μια χαρά, δεν
θέλω να το επιστρέψω. Ζητώ μόνο να μου επιστραφεί η διαφορά για την
express αποστολή που δεν έγινε.

Παραγγελία 40377.
Σταύρος Μαυρίδης"""),
("el", "moda-efarmogi-kleinei-sto-kalathi", "Ναταλία Ρ. <natalia.r@example.gr>", "Η εφαρμογή", "technical", "",
"""Καλησπερα, δεν ειναι θεμα πληρωμης, δεν φτανω καν μεχρι την πληρωμη.
Οταν πατάω "Καλαθι" στην εφαρμογη στο iPhone κλεινει αμεσως και με
πεταει στην αρχικη οθονη του κινητου. Την εσβησα και την ξαναεβαλα,
τιποτα. Απο τον υπολογιστη το site δουλευει. Εχω iOS 17.5.
Ναταλια"""),
("el", "gl-moda-link-kwdikou-lhgmeno", "Marios T. <mariost88@example.gr>", "den mporw na mpw", "technical", "",
"""geia, ksexasa ton kwdiko kai patisa "ksexases ton kwdiko". to mail
erxetai alla otan patisw to link leei "to link exei lhksei" akoma kai
an to patisw amesws. to dokimasa 4 fores. ti na kanw? exw kai 15e
kouponi mesa ston logariasmo pou lhgei thn Kyriakh
Marios"""),
("el", "moda-jean-38-thessaloniki", "Ευτυχία Λαζαρίδου <eftychia.laz@example.gr>", "Διαθεσιμότητα", "general", "",
"""Γεια σας,

Το τζιν "Mom fit" σε μέγεθος 38, ανοιχτό μπλε, το έχει το κατάστημα
στην Τσιμισκή; Στο site βγάζει "εξαντλήθηκε online" αλλά δεν λέει
τίποτα για τα φυσικά καταστήματα. Θα ήθελα να το δοκιμάσω πριν το πάρω.

Ευχαριστώ,
Ευτυχία"""),
("el", "moda-dipli-xreosi-trapeza-amfisvitisi", "Παναγιώτης Ζερβός <p.zervos@example.gr>", "Διπλή χρέωση - παραγγελία 40551", "billing", "high",
"""Κύριοι,

Στις 3 του μήνα η κάρτα μου χρεώθηκε δύο φορές από εσάς για την ίδια
παραγγελία (40551), 2 x 89,00€. Σας έστειλα email στις 5 και στις 11,
χωρίς καμία απάντηση πέρα από το αυτόματο μήνυμα.

Σας ενημερώνω ότι σήμερα κατέθεσα αμφισβήτηση της δεύτερης χρέωσης στην
τράπεζά μου. Αν μου την επιστρέψετε νωρίτερα, ενημερώστε με για να την
αποσύρω.

Παναγιώτης Ζερβός"""),
("el", "moda-efxaristo-kyria-sto-chat", "Ρένα Καλογεράκη <rena.kalog@example.gr>", "Ευχαριστώ!", "general", "",
"""Καλησπέρα,

Ήθελα απλώς να πω ένα μεγάλο ευχαριστώ στην Ιφιγένεια από το chat. Είχα
παραγγείλει το παλτό σε λάθος νούμερο και μέσα σε δέκα λεπτά μου βρήκε
το σωστό, μου έστειλε ετικέτα επιστροφής και δεν χρειάστηκε να
πληρώσω ούτε ένα ευρώ παραπάνω. Σπάνια βρίσκεις τέτοια εξυπηρέτηση.

Ρένα"""),
# ---------------- supermarket delivery ----------------
("el", "gl-souper-leipoun-gala-xrewthikan", "Tasos Vl. <tasos.vl@example.gr>", "paraggelia 88120", "billing", "",
"""Kalhmera, sthn shmerinh paradosh leipoun 2 gala 1,5lt kai ta
ayga. Sto apodeiktiko pou hr8e me to mail ta xrewnete kanonika (2x1,89 +
3,20). O odhgos eipe "8a to ftiaksoun sto grafeio". Mporeite na mou ta
epistrepsete h na mpoun pistwsh gia thn epomenh?
Tasos"""),
("el", "souper-antikatastasi-akrivotero", "Γεωργία Αθανασίου <georgia.ath@example.gr>", "Αντικατάσταση προϊόντος", "billing", "",
"""Καλησπέρα σας,

Είχα παραγγείλει το απορρυπαντικό 40 μεζούρες στα 9,90€ και επειδή
δεν υπήρχε μου φέρατε το ίδιο σε 60 μεζούρες και με χρεώσατε 14,50€.
Δεν έχω πρόβλημα με την αντικατάσταση αυτή καθαυτή, αλλά δεν ζήτησα
μεγαλύτερη συσκευασία. Νομίζω ότι έπρεπε να χρεωθώ την τιμή του αρχικού.
Μπορείτε να μου επιστρέψετε τα 4,60€;

Γεωργία Αθανασίου"""),
("el", "souper-gyali-sto-giaourti", "Χρύσα Παπαδημητρίου <chrysa.papad@example.gr>", "Γιαούρτι", "general", "high",
"""Καλησπέρα,

Το απόγευμα, τρώγοντας από ένα στραγγιστό γιαούρτι 1 κιλού που ήρθε
με την παράδοση της Τρίτης, βρήκα μέσα ένα κομμάτι γυαλί, περίπου ένα
εκατοστό. Ευτυχώς το κατάλαβα πριν το καταπιώ. Έχω κρατήσει το δοχείο
και το κομμάτι, η παρτίδα είναι L2417 και λήγει στις 28/6.

Δεν σας γράφω για τα χρήματα. Θέλω να ξέρω ότι θα το ελέγξετε και ότι
θα αποσύρετε την παρτίδα αν χρειαστεί, γιατί έχω κι εγώ παιδιά και
ξέρω ποιος τρώει γιαούρτι στα σπίτια.

Χρύσα Παπαδημητρίου"""),
("el", "souper-ores-paradosis-gyrizei", "Άγγελος Κ. <aggelos.k@example.gr>", "ΔΕΝ ΜΠΟΡΩ ΝΑ ΔΙΑΛΕΞΩ ΩΡΑ", "technical", "",
"""Γεια σας. Από χθες στο βήμα "Επιλογή ώρας παράδοσης" η σελίδα
γυρίζει συνέχεια το κυκλάκι και δεν εμφανίζει καθόλου ώρες. Δοκίμασα
Chrome και Firefox, και από το κινητό. Το καλάθι έχει 40 προϊόντα
και δεν θέλω να τα χάσω. Τι φταίει;"""),
("el", "gl-souper-geitonas-paralavi", "Eleni Chr. <eleni.chr@example.gr>", "paradosi Pempth", "general", "",
"""Geia sas!! thn Pempth 10-12 pou exw paradosh 8a leipw telika gia
douleia. Mporei o odhgos na ta afhsei sth geitonissa sto 1o orofo
(k. Voula, diamerisma 3)? H' prepei na eimai egw? den exw katepsygmena
mono ta kanonika.
eyxaristw
Elenh"""),
("el", "souper-pass-paradoseon-oxi-ananeosi", "Νεκτάριος Γιαννόπουλος <nektarios.g@example.gr>", "Πάσο δωρεάν παραδόσεων", "billing", "",
"""Καλησπέρα,

Το ετήσιο πάσο παραδόσεων (39€) λήγει τον επόμενο μήνα. Μετακομίζω
σε χωριό όπου δεν κάνετε διανομή, οπότε δεν θα το χρειάζομαι πια.
Φροντίστε να μην ανανεωθεί και να μη χρεωθεί ξανά η κάρτα μου.

Ευχαριστώ για όλα αυτά τα χρόνια,
Νεκτάριος"""),
("el", "souper-katepsygmena-liomena-proistamenos", "Ιουλία Σταματίου <ioulia.stam@example.gr>", "Ξανά λιωμένα κατεψυγμένα", "billing", "high",
"""Τρίτη φορά μέσα σε ένα μήνα τα κατεψυγμένα έρχονται λιωμένα: το
παγωτό ήταν σούπα, τα μπιφτέκια μαλακά. Κάθε φορά μου λέτε "θα
επιστραφούν τα χρήματα" και κάθε φορά επιστρέφετε μόνο ένα μέρος.
Αυτή τη φορά μιλάμε για 31,40€.

Δεν θέλω άλλη απάντηση από το chat. Ζητώ να με πάρει τηλέφωνο ο
υπεύθυνος εξυπηρέτησης, 6945 000 213, και να τακτοποιηθούν και οι
τρεις επιστροφές.

Ιουλία Σταματίου"""),
# ---------------- electronics retailer ----------------
("el", "ilektr-powerbank-fouskose", "Λευτέρης Ανδρεάδης <l.andreadis@example.gr>", "Power bank 20000mAh", "technical", "high",
"""Καλησπέρα,

Το power bank που αγόρασα τον Μάρτιο το είχα στη φόρτιση στο γραφείο
και όταν το έπιασα ήταν πολύ ζεστό, σχεδόν δεν κρατιόταν στο χέρι, και
η μία πλευρά της θήκης έχει φουσκώσει. Το αποσύνδεσα και το έβαλα σε
ένα μεταλλικό κουτί στο μπαλκόνι. Πώς το φέρνω για έλεγχο; Δεν
νομίζω ότι πρέπει να το στείλω με κούριερ έτσι όπως είναι.

Λευτέρης Ανδρεάδης"""),
("el", "gl-ilektr-laptop-wifi-meta-update", "Kwnstantina Z. <kwnna.z@example.gr>", "laptop wifi", "technical", "",
"""Geia sas, to laptop pou phra apo sas ton Fevrouario meta to update
ths Triths den vlepei KANENA asyrmato diktyo. To eikonidio tou wifi
exei eksafanistei entelws. Me kalwdio douleuei. Na ksekaqarisw den
8elw na to epistrepsw oute lefta pisw, apla na douleuei gia th sxolh.
Ti na dokimasw?
Kwnna"""),
("el", "ilektr-ptosi-timis-se-evdomada", "Ορφέας Μπακάλης <orfeas.bak@example.gr>", "Τιμή ψυγειοκαταψύκτη", "billing", "",
"""Καλημέρα σας,

Αγόρασα τον ψυγειοκαταψύκτη (κωδ. 551203) στις 2 του μήνα στα 649€.
Σήμερα στο site σας είναι 579€. Είμαι μέσα στις 14 ημέρες. Υπάρχει
τρόπος να μου επιστραφεί η διαφορά χωρίς να περάσουμε από επιστροφή
και ξαναγορά;

Με εκτίμηση,
Ορφέας Μπακάλης"""),
("el", "gl-ilektr-atokes-doseis-mia-xreosi", "Babis Koutras <babis.koutras@example.gr>", "doseis??", "billing", "",
"""kalhspera, agorasa to kinhto me 12 atokes doseis (to eixe h
selida) kai sthn kartela ths pistwtikhs mou to xrewsan oloklhro, 899e
se mia kinhsh. ti egine? den to 8elw efapax, den to exw to poso
Mpampis"""),
("el", "ilektr-orario-25-martiou", "Αλεξάνδρα Τσιρίγου <alex.tsirigou@example.gr>", "Ανοιχτά;", "general", "",
"""Γεια σας, το κατάστημα στο Μαρούσι είναι ανοιχτό στις 25 Μαρτίου;
Θέλουμε να δούμε από κοντά τις τηλεοράσεις 65 ιντσών πριν
αποφασίσουμε. Ευχαριστώ."""),
("el", "ilektr-timologio-afm-anti-apodeixis", "Λογιστήριο Κ. Ρήγας & ΣΙΑ Ο.Ε. <logistirio@rigas-oe.example>", "Έκδοση τιμολογίου αντί απόδειξης", "billing", "",
"""Αξιότιμοι κύριοι,

Για την αγορά δύο οθονών (παραγγελία 301977, 2 x 189,00€) εκδόθηκε
απόδειξη λιανικής, ενώ στο checkout είχε επιλεγεί "Τιμολόγιο" και
είχαν δοθεί τα στοιχεία μας. Παρακαλούμε για ακύρωση της απόδειξης και
έκδοση τιμολογίου στα παρακάτω:

Κ. Ρήγας & ΣΙΑ Ο.Ε.
ΑΦΜ 099999999, ΔΟΥ Ζωγράφου
Παπαδιαμάντη 12, Αθήνα

Ευχαριστούμε,
Μαρία Ρήγα"""),
("el", "ilektr-soundbar-den-vgazei-ixo-arc", "Φώτης Γεωργίου <fotis.ge@example.gr>", "soundbar", "technical", "",
"""Καλησπέρα,

Η μπάρα ήχου είναι συνδεδεμένη στην θύρα HDMI ARC της τηλεόρασης
όπως λέει το εγχειρίδιο, αλλά δεν βγάζει ήχο από την τηλεόραση, μόνο
από bluetooth από το κινητό. Στις ρυθμίσεις της τηλεόρασης έχω βάλει
έξοδο ήχου "HDMI". Δοκίμασα και άλλο καλώδιο.

Τι άλλο πρέπει να γυρίσω;
Φώτης"""),
# ---------------- furniture store ----------------
("el", "gl-epiplo-prokatavoli-akyrwsi", "Sofia Gkika <sofia.gkika@example.gr>", "prokatavolh trapezarias", "billing", "",
"""Kalhmera,
akyrwsa thn trapezaria (paraggelia E-7740) mesa stis 14 meres opws
leei o oros, sto katasthma, kai h kyria mou eipe oti h prokatavolh
twn 200e 8a gyrisei se 5-7 meres. Perasan 3 evdomades. Mporeite na
deite ti ginetai?
Sofia Gkika
69xx xxx 104"""),
("el", "epiplo-4os-orofos-xoris-asanser", "Ανδρέας Κωστόπουλος <andreas.kost@example.gr>", "Παράδοση ντουλάπας", "general", "",
"""Καλησπέρα σας,

Την Παρασκευή έχουμε παράδοση της τρίφυλλης ντουλάπας. Μένουμε στον 4ο
όροφο και η πολυκατοικία δεν έχει ασανσέρ, η σκάλα είναι στενή. Το
ξέρουν τα παιδιά της μεταφοράς ή πρέπει να κανονίσω κάτι εγώ; Να είμαι
σίγουρος ότι δεν θα γυρίσουν πίσω με την ντουλάπα.

Ανδρέας"""),
("el", "epiplo-syrtari-odigos-spasmenos", "Μελίνα Ξενάκη <melina.xen@example.gr>", "Συρταριέρα Ηλέκτρα - σπασμένος οδηγός", "technical", "",
"""Καλημέρα,

Συναρμολογώντας τη συρταριέρα "Ηλέκτρα" είδα ότι ο μεταλλικός οδηγός
του τρίτου συρταριού (αριστερός) είναι στραβωμένος και το συρτάρι
κολλάει στη μέση. Δεν θέλω να τη γυρίσω πίσω, είναι ήδη στημένη.
Μπορείτε να μου στείλετε μόνο το ανταλλακτικό; Ο κωδικός στο
φυλλάδιο είναι 10044-C.

Μελίνα Ξενάκη"""),
("el", "epiplo-vivliothiki-anatrapike-mwro", "Θεόδωρος Λιάπης <theo.liapis@example.gr>", "Βιβλιοθήκη Ίρις", "technical", "high",
"""Καλησπέρα,

Η βιβλιοθήκη "Ίρις" (180 εκ.) που αγοράσαμε πριν δύο μήνες ήταν
στερεωμένη στον τοίχο με το μεταλλικό γωνιακό που έρχεται στη
συσκευασία. Σήμερα το πρωί το γωνιακό έσπασε στη μέση και η βιβλιοθήκη
έγειρε μπροστά ενώ η κόρη μας, 2 ετών, έπαιζε ακριβώς δίπλα. Την
προλάβαμε. Το γωνιακό είναι από πολύ λεπτό λαμαρινάκι.

Την αδειάσαμε και την ξαπλώσαμε στο πάτωμα. Θεωρώ ότι πρέπει να το
ξέρετε, γιατί σίγουρα την έχουν και άλλα σπίτια με μικρά παιδιά.

Θεόδωρος Λιάπης"""),
("el", "gl-epiplo-synarmologisi-plhrwsa-den-egine", "Nikos Fragos <n.fragos@example.gr>", "synarmologisi", "billing", "",
"""Kalhspera, sthn paraggelia tou krevatiou plhrwsa 35e gia
synarmologhsh. Oi paidia to afhsan sta koutia sto saloni kai eipan
"den exoume xrono shmera". To sthsame monoi mas me ton koumparo. Afou
den egine, 8elw ta 35e pisw. Paraggelia E-8012.
Nikos"""),
("el", "epiplo-katalogos-xartinos", "Κυρία Ευανθία Μπούρα <ev.moura@example.gr>", "Κατάλογος", "general", "",
"""Αγαπητοί κύριοι,

Θα επιθυμούσα να μου αποστείλετε τον έντυπο κατάλογό σας για το 2024,
κυρίως τα σαλόνια και τις τραπεζαρίες. Δεν τα καταφέρνω καλά με τον
υπολογιστή και θέλω να τα δω με την ησυχία μου.

Διεύθυνση: Αγίου Νικολάου 7, 22100 Τρίπολη.

Με τιμή,
Ευανθία Μπούρα"""),
# ---------------- pharmacy ----------------
("el", "gl-farmakeio-syntagi-xwris-symmetoxi", "Vasw Dhmou <vaso.dimou@example.gr>", "syntagh", "billing", "",
"""Kalhmera, ektelesa thn hlektronikh syntagh tou patera mou sto
e-shop sas (paraggelia F-3390) kai me xrewsate olo to poso, 42,30e,
enw exei symmetoxh 25% me ton EOPYY. Kanonika 8a eprepe na plhrwsw
gyrw sta 10-11e. Pws mou epistrefetai h diafora?
Vasw"""),
("el", "farmakeio-kodikos-syntagis-mi-egkyros", "Ηλίας Μπαλτάς <ilias.baltas@example.gr>", "Ηλεκτρονική συνταγή", "technical", "",
"""Καλησπέρα,

Προσπαθώ να ανεβάσω ηλεκτρονική συνταγή στην ιστοσελίδα σας και σε
όποιον από τους δύο κωδικούς κι αν βάλω (τον 13ψήφιο ή το barcode από
το SMS) μου βγάζει "Ο αριθμός συνταγής δεν είναι έγκυρος". Η συνταγή
εκδόθηκε χθες και δεν έχει εκτελεστεί πουθενά αλλού. Το ίδιο έγινε και
από το κινητό.

Ηλίας Μπαλτάς"""),
("el", "farmakeio-lathos-dosologia-pateras", "Κλεοπάτρα Ζαχαρίου <kleo.zach@example.gr>", "Λάθος φάρμακο στη σακούλα", "general", "high",
"""Καλησπέρα,

Την Παρασκευή πήρα από το φαρμακείο σας στην Καλαμαριά τα φάρμακα του
πατέρα μου. Σήμερα το πρωί είδα ότι το αντιπηκτικό ήταν 5 mg αντί για
2,5 mg που γράφει η συνταγή, και είχε ήδη πάρει ένα χάπι χθες το
βράδυ. Μιλήσαμε με τον γιατρό του και τον παρακολουθούμε, είναι καλά.

Δεν θέλω να κατηγορήσω κανέναν προσωπικά, αλλά πρέπει να ελεγχθεί πώς
έγινε αυτό, γιατί κάποιος άλλος μπορεί να μην το προσέξει.

Κλεοπάτρα Ζαχαρίου"""),
("el", "gl-farmakeio-efhmeria-metrisi-piesis", "Stelios Karas <stelios.karas@example.gr>", "efhmeria", "general", "",
"""kalhspera, to farmakeio sthn Eqnikh Odo einai efhmerevon afto to
Savvatokyriako? kai mia erwthsh akoma, kanete metrhsh pieshs h prepei
na kleisw rantevou? eyxaristw
Stelios"""),
("el", "farmakeio-stop-kouti-vitaminon", "Αγλαΐα Πετρίδου <aglaia.petridou@example.gr>", "Μηνιαίο κουτί βιταμινών", "billing", "",
"""Γεια σας,

Είχα γραφτεί πριν από έξι μήνες στο μηνιαίο κουτί βιταμινών και
συμπληρωμάτων (19,90€ τον μήνα). Η γιατρός μου μου άλλαξε αγωγή και
δεν τα χρειάζομαι πια. Σας παρακαλώ να μη μου στείλετε το κουτί του
Ιουλίου και να σταματήσουν οι χρεώσεις από εδώ και πέρα.

Αγλαΐα Πετρίδου"""),
("el", "gl-farmakeio-piesomfetro-err3", "Thanasis Gkotsis <th.gkotsis@example.gr>", "piesometro", "technical", "",
"""Kalhspera sas, to psifiako piesometro pou phra apo to farmakeio sas
prin ena mhna vgazei sxedon panta "Err 3" sth mesh ths metrhshs. Vazw
th perixeiridta opws deixnei h eikona, kathomai hsyxa, allaksa kai
mpataries. Mia stis pente fores vgazei apotelesma. Einai xalasmeno h
kanw kati lathos? 8elw na metraw th mhtera mou ka8e prwi.
Thanashs"""),
# ---------------- opticians ----------------
("el", "optika-apodeixi-gia-eopyy", "Χαράλαμπος Νικολάου <charalampos.nik@example.gr>", "Απόδειξη για αποζημίωση", "billing", "",
"""Καλημέρα σας,

Για τα γυαλιά που παρέλαβα την Τρίτη (σκελετός 120€ και φακοί 180€)
μου δώσατε μία συνολική απόδειξη. Ο ασφαλιστικός φορέας θέλει ξεχωριστή
απόδειξη για τους φακούς με τη διοπτρία γραμμένη πάνω, αλλιώς δεν
αποζημιώνει. Μπορείτε να μου εκδώσετε ξεχωριστές αποδείξεις;

Ευχαριστώ,
Χαράλαμπος Νικολάου"""),
("el", "optika-thola-aristeros-fakos", "Ασπασία Μερκούρη <aspasia.merk@example.gr>", "Τα καινούρια μου γυαλιά", "technical", "",
"""Καλησπέρα,

Με τα καινούρια πολυεστιακά βλέπω θολά από τον αριστερό φακό όταν
διαβάζω, ενώ ο δεξιός είναι τέλειος. Τα φοράω ήδη δέκα μέρες, όπως μου
είπατε, για να συνηθίσω, αλλά δεν βελτιώνεται. Δεν θέλω να τα
επιστρέψω, θέλω απλώς να τα ελέγξετε, μήπως έγινε λάθος στο κέντρο ή
στη διοπτρία.

Ασπασία"""),
("el", "gl-optika-eksetasi-paidia-rantevou", "Maria Ioannidou <maria.io@example.gr>", "eksetash matiwn paidia", "general", "",
"""Geia sas, h daskala tou gyiou mou (7 xronwn) eipe oti mallon den
vlepei kala ton pinaka. Kanete eksetash gia paidia sto katasthma h
prepei na pame se ofthalmiatro prwta? Xreiazetai rantevou h erxomaste
opoiadhpote wra? Mporoume mono apogeuma meta tis 5.
Maria"""),
("el", "optika-fakoi-epafis-akyrosa-synigoros", "Νικόλαος Δεληγιάννης <n.deligiannis@example.gr>", "Συνδρομή φακών επαφής - χρεώσεις μετά την ακύρωση", "billing", "high",
"""Κύριοι,

Τον Μάρτιο ακύρωσα τη συνδρομή μηνιαίων φακών επαφής, τηλεφωνικά και
με email (έχω την επιβεβαίωσή σας με αριθμό ΑΚ-2211). Παρ' όλα αυτά
χρεωθήκατε την κάρτα μου Απρίλιο, Μάιο και Ιούνιο, 3 x 34,50€, και
μου στείλατε και φακούς που δεν άνοιξα.

Αν δεν μου επιστραφούν τα 103,50€ μέσα σε δέκα ημέρες, θα καταθέσω
καταγγελία στον Συνήγορο του Καταναλωτή. Τους φακούς μπορείτε να τους
παραλάβετε όποτε θέλετε.

Νικόλαος Δεληγιάννης"""),
("el", "optika-efxaristo-optometris-glaykoma", "Ζωή Αντωνιάδου <zoi.antoniadou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Τον περασμένο μήνα ήρθα στο κατάστημά σας στη Λάρισα απλώς για
καινούρια γυαλιά πρεσβυωπίας. Η οπτομέτρης, η κ. Δανάη, επέμεινε να
δω οφθαλμίατρο λόγω της πίεσης στο μάτι. Αποδείχθηκε πρώιμο γλαύκωμα,
που πιάστηκε νωρίς και ήδη το αντιμετωπίζω.

Ήθελα να το ξέρει και η ίδια και ο προϊστάμενός της. Της χρωστάω πολλά.

Ζωή Αντωνιάδου"""),
("el", "gl-optika-anevasma-syntagis-sfalma", "Petros M. <petros.m@example.gr>", "fakoi epafhs site", "technical", "",
"""geia, paw na parangeilw fakous epafhs kai sto vhma "anevaste th
syntagh sas" vgazei "mh apodekto arxeio". einai fwtografia jpg apo to
kinhto, 2MB. dokimasa kai pdf, to idio. pws proxwraw??"""),
# ---------------- pet shop ----------------
("el", "gl-zoa-trofi-15kg-irthe-3kg", "Lena Boutsika <lena.bou@example.gr>", "skylotrofh", "billing", "",
"""Kalhmera! parhggeila th skylotrofh lamb&rice 15 kila (62,90e) kai
hr8e sakoula 3 kila. Sto apodeiktiko grafei 15kg kai ta 62,90 ta
plhrwsa. Den mporw na perimenw allh apostolh giati teleiwnei, opote
8a parw apo to petshop ths gitonias. Mou epistrefete th diafora?
Lena"""),
("el", "zoa-lixoudies-emetos-skylos", "Αριστείδης Φωτόπουλος <aristeidis.f@example.gr>", "Λιχουδιές σκύλου - παρτίδα", "general", "high",
"""Καλησπέρα,

Την Κυριακή άνοιξα ένα καινούριο σακουλάκι από τις λιχουδιές κοτόπουλου
που πουλάτε και τις έδωσα στον σκύλο μου. Μέσα σε δύο ώρες άρχισε να
κάνει εμετό και έπρεπε να τον πάμε στον κτηνίατρο, που μας είπε ότι
μάλλον είναι τροφική δηλητηρίαση. Είναι καλύτερα τώρα.

Το σακουλάκι μυρίζει ξινό και κάποια κομμάτια έχουν άσπρες κουκκίδες.
Παρτίδα 23-1187. Ελέγξτε τα παρακαλώ, τα έχετε σε όλα τα ράφια.

Αριστείδης"""),
("el", "zoa-taistra-den-syndeetai-wifi", "Ευγενία Λάμπρου <evgenia.lambrou@example.gr>", "Αυτόματη ταΐστρα", "technical", "",
"""Γεια σας,

Η αυτόματη ταΐστρα με την κάμερα που πήρα για τη γάτα δεν συνδέεται
στο Wi-Fi. Στην εφαρμογή φτάνω μέχρι το 80% και μετά βγάζει "Αποτυχία
σύνδεσης". Το router είναι στο διπλανό δωμάτιο. Φεύγω διακοπές σε
δέκα μέρες και θέλω να μπορώ να την ελέγχω από μακριά.

Ευγενία"""),
("el", "gl-zoa-grilloi-zwntanoi", "Alkis Draz <alkis.draz@example.gr>", "zwntana grillia?", "general", "",
"""geia!! exete zwntanous grillous gia xelwna/savra sto katasthma
ths Larissis h mono apo3hramena? kai ti wra kleinete to Savvato?"""),
("el", "zoa-ammos-gatas-syxnotita", "Μαρκέλλα Ιωάννου <markella.io@example.gr>", "Αυτόματη αποστολή άμμου", "billing", "",
"""Καλησπέρα,

Έχω αυτόματη παραγγελία για άμμο γάτας κάθε 4 εβδομάδες, 2 σακιά,
24,80€. Μου περισσεύει πάντα ένα σακί. Μπορείτε να την αλλάξετε σε
κάθε 6 εβδομάδες, με την ίδια κάρτα; Δεν θέλω να την ακυρώσω.

Μαρκέλλα"""),
("el", "gl-zoa-thermantiras-enydreiou-kaike", "Kostas Lymperis <k.lymperis@example.gr>", "8ermanthras enydreiou", "technical", "high",
"""Kalhspera. O 8ermanthras 100W pou phra apo esas prin 3 evdomades
kollhse anammenos. To nero tou enydreiou ftase 36 va8mous kai mou
pe8anan ola ta psaria. Otan ton evgala h akrh tou htan mayrh kai
myrize kammeno plastiko, to kalwdio htan zesto. Ton exw apo tote
aposyndedemeno. Den 8elw na to ksanapa8ei allos, mporei na parei kai
fwtia. Ti kanoume?
Kwstas Lymperhs"""),
# ---------------- bike shop ----------------
("el", "podilato-service-xrewsi-xoris-rotisi", "Γρηγόρης Σιδέρης <grigoris.sideris@example.gr>", "Χρέωση service", "billing", "",
"""Καλησπέρα,

Όταν άφησα το ποδήλατο για service μου είπατε "γύρω στα 45€". Όταν
πήγα να το πάρω με χρεώσατε 95€ γιατί αλλάξατε και κασέτα και
αλυσίδα. Κανείς δεν με πήρε τηλέφωνο να ρωτήσει. Η δουλειά είναι καλή,
δεν λέω, αλλά θα ήθελα να μου πείτε γιατί δεν ρωτήθηκα και να
συζητήσουμε τη διαφορά.

Γρηγόρης Σιδέρης"""),
("el", "gl-podilato-ilektriko-e10", "Xristina Ag. <xristina.ag@example.gr>", "hlektriko podhlato", "technical", "",
"""Geia sas, to hlektriko podhlato (to city, to agorasa apo esas ton
Maio) vgazei sthn o8onh "E-10" kai h ypovo8hsh kovei. H mpataria
deixnei 4 grammes. Kanw reset opws leei to manual kai gia 5 lepta
doulevei meta pali to idio. Pws to ftiaxnoume? Mporw na to ferw
Savvato prwi?
Xristina"""),
("el", "podilato-paidiko-20-intsones-dokimi", "Ανθή Κυριακίδου <anthi.kyr@example.gr>", "Παιδικό ποδήλατο", "general", "",
"""Καλημέρα,

Ψάχνουμε ποδήλατο 20 ιντσών για τον γιο μας, 8 χρονών, 1,30 ύψος.
Μπορούμε να έρθουμε να δοκιμάσει δύο-τρία στο κατάστημα; Και τα
Σάββατα μέχρι τι ώρα είστε ανοιχτά;

Ανθή"""),
("el", "podilato-freno-xalarwse-epesa", "Βασίλειος Μητσάκης <v.mitsakis@example.gr>", "Μπροστινό φρένο - πτώση", "technical", "high",
"""Καλησπέρα,

Το ποδήλατο δρόμου που πήρα από εσάς πριν τρεις εβδομάδες: στην
κατηφόρα της Πεντέλης το μπροστινό φρένο ξαφνικά χαλάρωσε, η μανέτα
πήγε μέχρι το τιμόνι χωρίς να φρενάρει. Έπεσα στο πλάι, έχω γδαρσίματα
και ένα χτυπημένο καρπό, ευτυχώς τίποτα χειρότερο. Από ό,τι βλέπω η
βίδα της δαγκάνας είχε ξεβιδωθεί.

Το ποδήλατο δεν το ξανακαβαλάω μέχρι να το δείτε. Θέλω να μου πείτε
πότε μπορώ να το φέρω.

Βασίλειος Μητσάκης"""),
("el", "gl-podilato-prokatavoli-kratisi", "Giorgos Tzan <giorgos.tzan@example.gr>", "kratish mtb", "billing", "",
"""Kalhspera, mou aresei poly to mtb 29" (to prasino, 1.150e) alla ta
lefta ta pairnw ton allo mhna. Mporw na afhsw prokatavolh 100 h 150e
na mou to krathsete ws tis 10 tou mhna? Kai to ypoloipo to plhrwnw
me karta se doseis?
Giwrgos"""),
("el", "gl-podilato-efxaristo-mhxanikos", "Fotini Sarri <fotini.sarri@example.gr>", "mpravo ston Lefterh", "general", "",
"""Kalhspera! 8elw na pw ena megalo eyxaristw ston Lefterh sto
synergeio. Mou eixe skasei to lasticho 5 lepta prin kleisete, hmoun
me to podhlato tou gyiou mou gia to sxoleio, kai to ftiakse epitopou
xwris na vgalei oute cent. Tetoia paidia na krateite!
Fwtinh"""),
# ---------------- car garage / dealer ----------------
("el", "synergeio-timologio-anallaktika-dikigoros", "Ευστάθιος Καραμάνος <e.karamanos@example.gr>", "Τιμολόγιο επισκευής 2291 - ανταλλακτικά που δεν μπήκαν", "billing", "high",
"""Κύριοι,

Στο τιμολόγιο 2291 για το αυτοκίνητό μου (ΙΚΧ ΧΚΡ-4410) χρεώνονται
μπροστινά δισκόπλακα και τακάκια, 312,00€ με ΦΠΑ. Σε άλλο συνεργείο
που το πήγα για δεύτερη γνώμη μου έδειξαν ότι οι δίσκοι είναι οι
παλιοί, με τα ίδια σημάδια και το ίδιο σήμα κατασκευαστή.

Έχω φωτογραφίες και γραπτή βεβαίωση. Ζητώ επιστροφή του ποσού εντός
επτά ημερών. Σε αντίθετη περίπτωση, το θέμα αναλαμβάνει ο δικηγόρος
μου.

Ευστάθιος Καραμάνος"""),
("el", "gl-synergeio-check-engine-meta-service", "Antonis Rallis <antonis.rallis@example.gr>", "meta to service", "technical", "",
"""Kalhmera, phra to amaksi xthes to apogeuma apo to service (allagh
ladiwn kai filtrwn) kai shmera to prwi anapse to portokali lampaki
check engine. Den kanei kati periergo sto dromo, alla prin to service
den anave. Na to ferw h na perimenw na svhsei? Kanonika to thelw
gia ekdromh to Savvato.
Antwnhs"""),
("el", "synergeio-kapnos-apo-troxo-meta-takakia", "Φανή Ηλιοπούλου <fani.iliop@example.gr>", "Μετά την αλλαγή τακάκιων", "technical", "high",
"""Καλησπέρα,

Χθες αλλάξατε τα πίσω τακάκια στο αυτοκίνητό μου. Σήμερα, μετά από
περίπου 15 χιλιόμετρα στην πόλη, όταν πάρκαρα έβγαινε καπνός από τον
πίσω δεξιό τροχό και μύριζε έντονα καμένο. Η ζάντα ήταν καυτή. Το άφησα
στο πάρκινγκ της δουλειάς και δεν το ξαναοδήγησα.

Μπορείτε να στείλετε κάποιον ή να το πάρετε με γερανό; Δεν θα το
οδηγήσω έτσι ως εκεί.

Φανή Ηλιοπούλου
6932 000 551"""),
("el", "synergeio-rantevou-ktoe-prin", "Κωνσταντίνος Αλεξίου <k.alexiou@example.gr>", "Προετοιμασία για ΚΤΕΟ", "general", "",
"""Καλησπέρα σας,

Το αυτοκίνητο πρέπει να περάσει ΚΤΕΟ μέχρι τέλος του μήνα. Κάνετε
έλεγχο πριν το ΚΤΕΟ; Πόσο χρόνο θέλει και πρέπει να το αφήσω όλη μέρα;
Αν ναι, υπάρχει αυτοκίνητο αντικατάστασης ή να κανονίσω να με πάει
κάποιος στη δουλειά;

Κωνσταντίνος Αλεξίου"""),
("el", "synergeio-epektasi-egguisis-poulisa", "Ιφιγένεια Παπαθανασίου <ifigeneia.pap@example.gr>", "Πρόγραμμα επέκτασης εγγύησης", "billing", "",
"""Καλημέρα,

Πούλησα το αυτοκίνητο τον προηγούμενο μήνα και δεν χρειάζομαι πλέον το
πρόγραμμα επέκτασης εγγύησης που πληρώνω μηνιαία (14,90€). Τι πρέπει να
κάνω για να σταματήσει; Αν χρειάζεστε το συμβόλαιο πώλησης να σας το
στείλω.

Ιφιγένεια Παπαθανασίου"""),
("el", "gl-synergeio-gyalia-sto-aftokinito-antikatastasis", "Mixalis Dhmas <mixalis.dim@example.gr>", "gyalia hliou", "general", "",
"""Kalhspera, thn Tetarth eixa to amaksi antikatastashs (ena aspro
Polo) oso htan to diko mou sto synergeio. Nomizw ksexasa ta gyalia
hliou mou sthn porta tou odhgou, mavra Ray-Ban se kafe 8hkh. Ta
vrhkate? Pernaw apo ekei kai thn Pempth na ta parw.
Mixalhs"""),
("el", "gl-synergeio-timologio-etaireia", "Logisthrio Dromeas EPE <accounts@dromeas.example>", "timologio service van", "billing", "",
"""Kalhmera sas,
gia to service tou van (EKO-7125) thn prohgoumenh Paraskevh o odhgos
mas phre apodeiksh lianikhs. Xreiazomaste timologio sthn etaireia:
DROMEAS EPE, AFM 098765432, DOY FAE Peiraia. Mporeite na to steilete
se afto to email?
Eyxaristw
Voula, logisthrio"""),
# ---------------- car rental ----------------
("el", "gl-enoikiasi-eggyisi-kartas-den-apodesmeytike", "Nefeli Karra <nefeli.karra@example.gr>", "egguhsh 500e", "billing", "",
"""Geia sas, epestrepsa to amaksi sto aerodromio Hrakleiou stis 2 tou
mhna, xwris kamia zhmia, o ypallhlos to eide kai eipe ola ok. H
desmeysh twn 500e omws akoma fainetai sthn pistwtikh, perasan 15
meres. Pote apodesmevetai? Xreiazomai to orio gia allo taksidi.
Nefelh Karra - krathsh RC-55810"""),
("el", "enoikiasi-xreosi-kafsimou-gemato", "Ιάσονας Μπέης <iasonas.beis@example.gr>", "Χρέωση καυσίμου", "billing", "",
"""Καλησπέρα,

Στην τελική απόδειξη της ενοικίασης (κράτηση RC-56034) υπάρχει χρέωση
"Ανεφοδιασμός" 68€. Επέστρεψα το αυτοκίνητο με γεμάτο ρεζερβουάρ, το
γέμισα στο πρατήριο ακριβώς δίπλα στο γραφείο σας 10 λεπτά πριν, και
έχω και την απόδειξη του πρατηρίου και φωτογραφία του ταμπλό με τη
βελόνα στο τέρμα. Παρακαλώ να αφαιρεθεί η χρέωση.

Ιάσονας Μπέης"""),
("el", "enoikiasi-key-not-detected-parking", "Ρωξάνη Δ. <roxani.d@example.gr>", "Δεν παίρνει μπρος", "technical", "",
"""Καλημέρα, είμαστε στη Χερσόνησο με το αυτοκίνητο που νοικιάσαμε
χθες (κράτηση RC-56211). Σήμερα το πρωί στο πάρκινγκ του ξενοδοχείου
δεν παίρνει μπρος, στην οθόνη γράφει "Key not detected". Βάλαμε το
κλειδί πάνω στο σημάδι κοντά στο τιμόνι όπως λέει το manual, τίποτα.
Το τηλέφωνο οδικής βοήθειας χτυπάει και δεν απαντά κανείς. Τι κάνουμε;

Ρωξάνη"""),
("el", "enoikiasi-zimia-gratzounia-trapeza", "Λουκάς Τριανταφύλλου <loukas.tri@example.gr>", "Χρέωση ζημιάς 450€ - αμφισβήτηση", "billing", "high",
"""Κύριοι,

Δύο εβδομάδες μετά την επιστροφή του αυτοκινήτου με χρεώσατε 450€
για μια γρατζουνιά στον πίσω προφυλακτήρα. Η γρατζουνιά αυτή φαίνεται
καθαρά στο βίντεο που τράβηξα κατά την παραλαβή, μπροστά στον υπάλληλό
σας, και σας το έστειλα ήδη δύο φορές.

Αφού δεν απαντάτε, έκανα αμφισβήτηση της χρέωσης στην εκδότρια τράπεζα
της κάρτας μου και τους έστειλα το βίντεο.

Λουκάς Τριανταφύλλου
Κράτηση RC-54990"""),
("el", "enoikiasi-paidiko-kathisma-paralavi-limani", "Σοφία Ρήγα <sofia.riga@example.gr>", "Κράτηση για Αύγουστο", "general", "",
"""Γεια σας,

Έχουμε κλείσει αυτοκίνητο από 12 έως 19 Αυγούστου στη Νάξο. Δύο
ερωτήσεις: το παιδικό κάθισμα που δηλώσαμε είναι για παιδί 3 ετών,
είναι σίγουρο ότι θα είναι εκεί; Και το πλοίο φτάνει στις 23:15 στο
λιμάνι, θα μας περιμένει κάποιος ή κλείνει το γραφείο νωρίτερα;

Ευχαριστώ,
Σοφία"""),
("el", "gl-enoikiasi-efarmogi-psifiako-kleidi", "Haris Stef <haris.stef@example.gr>", "to app den anoigei to amaksi", "technical", "",
"""Geia, nikiasa amaksi me to pshfiako kleidi apo to app (xwris
gkise). Eimai mprosta sto autokinhto sto Syntagma kai otan patw
"Ksekleidwma" leei "Apotyxia syndeshs me to oxhma". Bluetooth anoixto,
topo8esia anoixth, 4G ok. Ta lefta ta xrewsate hdh, alla ayto den
me noiazei twra, 8elw na anoiksei to amaksi.
Xarhs"""),
# ---------------- airline ----------------
("el", "aeroporiki-akyrosi-ptisis-lefta-oxi-voucher", "Ελισάβετ Κανελλοπούλου <elisavet.kan@example.gr>", "Επιστροφή χρημάτων - ακυρωμένη πτήση", "billing", "",
"""Καλησπέρα σας,

Η πτήση μας Αθήνα-Λονδίνο της 14ης Μαΐου ακυρώθηκε από εσάς. Στη φόρμα
επέλεξα επιστροφή χρημάτων, όχι κουπόνι, και ο κωδικός του αιτήματος
είναι RF-220871. Σήμερα μου ήρθε email με κουπόνι 412€ για μελλοντική
πτήση. Δεν το θέλω. Ζητώ να επιστραφούν τα 412€ στην κάρτα με την οποία
πλήρωσα.

Κράτηση: QX7TRB
Ελισάβετ Κανελλοπούλου"""),
("el", "gl-aeroporiki-thesi-plhrwsa-allaxe", "Dimos Vlachos <dimos.vlachos@example.gr>", "8esh", "billing", "",
"""kalhspera, plhrwsa 18e gia na kathisw 4A (para8yro, mprosta) sthn
pthsh gia Thessalonikh kai sto check-in mou edwsan 27E. den mou
eipe kaneis tipota. den einai megalo 8ema alla ta 18 ta 8elw pisw.
krathsh ZK4P1M
Dhmos"""),
("el", "aeroporiki-check-in-den-vgazei-karta", "Παρασκευή Δούκα <paraskevi.douka@example.gr>", "Online check-in", "technical", "",
"""Καλησπέρα,

Κάνω online check-in για αύριο το πρωί (κράτηση HH3L9D, δύο επιβάτες).
Συμπληρώνω τα στοιχεία των διαβατηρίων, πατάω "Ολοκλήρωση" και βγαίνει
"Παρουσιάστηκε σφάλμα, δοκιμάστε ξανά αργότερα". Το έχω δοκιμάσει από
το πρωί, από υπολογιστή και από την εφαρμογή. Δεν θέλω να πάω στο
γκισέ με τα παιδιά στις 5 το πρωί.

Παρασκευή Δούκα"""),
("el", "aeroporiki-akoustika-sto-aeroplano", "Νίκη Σταυροπούλου <niki.stavrop@example.gr>", "Απωλεσθέν αντικείμενο - πτήση της 9ης", "general", "",
"""Καλημέρα,

Στην πτήση Χανιά-Αθήνα της 9ης Ιουνίου (θέση 12C) ξέχασα τα ασύρματα
ακουστικά μου στην τσέπη του μπροστινού καθίσματος. Είναι λευκά, σε
λευκή θήκη με ένα αυτοκόλλητο με μια χελώνα. Τα βρήκε κανείς; Πού
μπορώ να απευθυνθώ για τα απολεσθέντα;

Νίκη Σταυροπούλου"""),
("el", "aeroporiki-anapiriko-amaxidio-proistamenos", "Σπυρίδων Λεμονής <spyros.lemonis@example.gr>", "Η μητέρα μου αφέθηκε χωρίς συνοδεία", "general", "high",
"""Κύριοι,

Είχαμε δηλώσει από την κράτηση (MX8D2W) ότι η μητέρα μου, 84 ετών,
χρειάζεται αναπηρικό αμαξίδιο και συνοδεία στο αεροδρόμιο της Ρόδου.
Δεν ήρθε κανείς. Περίμενε μόνη της σχεδόν μία ώρα στο τέλος της
σκάλας του αεροσκάφους, κι έπειτα την κατέβασε ένας άλλος επιβάτης.

Θέλω να μιλήσω με υπεύθυνο, όχι με το γενικό τηλεφωνικό κέντρο, και να
μάθω τι έγινε. Το τηλέφωνό μου είναι 6944 000 180.

Σπυρίδων Λεμονής"""),
("el", "gl-aeroporiki-app-session-expired", "Kelly Manou <kelly.manou@example.gr>", "app", "technical", "",
"""to app sas me petaei ekso sinexeia. Mpainw, patw "oi krathseis mou"
kai leei "h synedria sas elhkse, syndeuteite ksana". Syndeomai kai to
idio. To ekana 10 fores. 8elw na prosthesw aposkeuh sthn pthsh ths Triths.
Kelly"""),
("el", "aeroporiki-timologio-epaggelmatiko-taxidi", "Ευάγγελος Στρατάκης <e.stratakis@techno-sol.example>", "Τιμολόγιο εισιτηρίου", "billing", "",
"""Αξιότιμοι κύριοι,

Για την κράτηση BP2X7N (Αθήνα-Βρυξέλλες, 3-5 Ιουλίου, επιβάτης
Ευάγγελος Στρατάκης) χρειάζομαι τιμολόγιο στην εταιρεία και όχι απόδειξη,
για να αποζημιωθώ:

TECHNO SOLUTIONS Α.Ε., ΑΦΜ 800000000, ΔΟΥ ΚΕΦΟΔΕ Αττικής

Στο σύστημα κράτησης δεν βρήκα πού να συμπληρώσω τα στοιχεία.

Με εκτίμηση,
Ευάγγελος Στρατάκης"""),
# ---------------- ferry ----------------
("el", "gl-ploio-allagi-imerominias-xreosi", "Popi Zafeiri <popi.zaf@example.gr>", "allagh eishthriou", "billing", "",
"""Kalhspera, allaksa thn hmeromhnia tou eishthriou gia Paro apo 14 se
16 Iouliou kai me xrewse 15e "xrewsh allaghs". Omws eixa parei
eishthrio "Flex" akrivws gia na allazw xwris xrewsh, plhrwsa 9e
parapanw gia ayto. Mporeite na mou gyrisete ta 15e?
Krathsh 7731-PRS
Poph"""),
("el", "ploio-skylos-kampina", "Ευαγγελία Μαργαρίτη <evaggelia.marg@example.gr>", "Ταξίδι με σκύλο", "general", "",
"""Καλημέρα σας,

Ταξιδεύουμε στη Σάμο τον Αύγουστο με τον σκύλο μας (λαμπραντόρ, 30
κιλά). Μπορεί να μείνει μαζί μας στην καμπίνα ή μόνο στα ειδικά
κλουβιά στο κατάστρωμα; Χρειάζεται να έχουμε κάποιο χαρτί από
κτηνίατρο;

Ευαγγελία"""),
("el", "ploio-prosthiki-oximatos-mi-diathesimo", "Αθανάσιος Κεφαλάς <thanasis.kef@example.gr>", "Προσθήκη αυτοκινήτου στην κράτηση", "technical", "",
"""Καλησπέρα,

Έχω κράτηση για δύο επιβάτες Πειραιάς-Χίος (ΚΡ-88140) και θέλω να
προσθέσω το αυτοκίνητο. Στο "Διαχείριση κράτησης" πατάω "Προσθήκη
οχήματος", διαλέγω ΙΧ έως 4,25 μ. και βγαίνει "Μη διαθέσιμο - σφάλμα
συστήματος 502". Στην αναζήτηση νέας κράτησης για την ίδια μέρα η
θέση για όχημα φαίνεται κανονικά.

Αθανάσιος Κεφαλάς"""),
("el", "ploio-keno-kagkela-paidi", "Μυρτώ Χατζηγεωργίου <myrto.chatzig@example.gr>", "Κίνδυνος στο κατάστρωμα", "general", "high",
"""Καλησπέρα σας,

Ταξιδέψαμε την Κυριακή με το απογευματινό δρομολόγιο για Τήνο. Στο
πίσω ανοιχτό κατάστρωμα, δίπλα στις σκάλες, λείπει ένα κομμάτι από το
πλέγμα κάτω από την κουπαστή και έχει μείνει ένα κενό που χωράει άνετα
ένα παιδί. Ο γιος μου, 4 ετών, έσκυψε εκεί για να δει τη θάλασσα και
τον τραβήξαμε την τελευταία στιγμή.

Το είπαμε σε ένα μέλος του πληρώματος αλλά δεν είδαμε να γίνεται
κάτι. Παρακαλώ να κοιταχτεί πριν ξεκινήσουν τα δρομολόγια του
Αυγούστου.

Μυρτώ Χατζηγεωργίου"""),
("el", "gl-ploio-kampina-xrewsh-dyo-fores", "Takis Moraitis <takis.mor@example.gr>", "kampina", "billing", "",
"""Geia sas, ekleisa 4klinh kampina gia Krhth (Peiraias-Hrakleio 21/7)
kai sthn karta exw dyo xrewseis twn 186e. Sthn prwth prospa8eia eixe
kollhsei h selida kai to ksanakana, ara mallon afto. Eishthrio exw
mono ena. Epistrofh ths mias parakalw.
Takhs Moraithts"""),
("el", "gl-ploio-xeimerina-dromologia-syros", "Rania V. <rania.v@example.gr>", "dromologia xeimwna", "general", "",
"""Kalhmera, eimai foithtria kai 8a kateveinw Syro-Peiraia ka8e
Paraskevh ton xeimwna. Exoun vgei ta xeimerina dromologia? Ti wra
fevgei to teleytaio plio thn Kyriakh apo Syro?
eyxaristw poly"""),
# ---------------- hotel ----------------
("el", "gl-xenodoxeio-akyrwsh-entos-xronou-xrewsh", "Aggeliki Pap. <aggeliki.pap@example.gr>", "Re: krathsh 44810", "billing", "",
"""Kalhspera,
akyrwsa thn krathsh 12 meres prin, enw h dwrean akyrwsh htan ews 7
meres prin (to leei kai to email sas pio katw). Shmera eida sthn
karta xrewsh 96e = h prwth nyxta. Parakalw epistrepste thn.
Aggelikh

> Αγαπητή κα Παπαδάκη,
> η κράτησή σας 44810 (2 νύχτες, 18-20/7, δίκλινο με θέα) επιβεβαιώθηκε.
> Δωρεάν ακύρωση έως 7 ημέρες πριν την άφιξη.
> Ξενοδοχείο Ακρογιάλι"""),
("el", "xenodoxeio-minibar-diefthyntis", "Αλέξης Βουλγαράκης <alexis.voulg@example.gr>", "Λογαριασμός δωματίου 305 - minibar", "billing", "high",
"""Καλησπέρα,

Κατά την αναχώρηση μου χρεώσατε 74€ για minibar. Δεν ανοίξαμε καν το
ψυγείο, ήταν κλειδωμένο και το κλειδί δεν μας δόθηκε ποτέ. Ο
υπάλληλος της ρεσεψιόν μού είπε ότι "το σύστημα δεν κάνει λάθος" και
ότι δεν μπορεί να κάνει τίποτα.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του ξενοδοχείου για να
διορθωθεί η χρέωση. Διαμονή 2-6 Ιουλίου, δωμάτιο 305.

Αλέξης Βουλγαράκης"""),
("el", "xenodoxeio-karta-domatiou-apenergopoieitai", "Μαρίνα Κοντού <marina.kontou@example.gr>", "Κάρτα δωματίου", "technical", "",
"""Καλησπέρα, μένουμε στο δωμάτιο 214. Για τρίτη φορά από χθες η
κάρτα δεν ανοίγει την πόρτα, βγαίνει κόκκινο λαμπάκι. Κάθε φορά
κατεβαίνουμε στη ρεσεψιόν να την ξαναπρογραμματίσουν και δουλεύει
μερικές ώρες. Τώρα δεν δουλεύει ούτε η κάρτα του άντρα μου.
Μήπως φταίει η κλειδαριά και όχι οι κάρτες;
Μαρίνα"""),
("el", "xenodoxeio-myrodia-gkaziou-banio", "Δημοσθένης Αγγελόπουλος <dimos.aggelop@example.gr>", "Δωμάτιο 118", "technical", "high",
"""Καλησπέρα,

Σας γράφω από το δωμάτιο 118 γιατί στη ρεσεψιόν δεν απαντά κανείς στο
εσωτερικό τηλέφωνο. Από το βράδυ στο μπάνιο, δίπλα στον θερμοσίφωνα
αερίου, μυρίζει έντονα γκάζι. Ανοίξαμε το παράθυρο και βγήκαμε στον
διάδρομο με τα παιδιά. Δεν ανάψαμε τίποτα.

Παρακαλώ στείλτε κάποιον αμέσως.

Δημοσθένης Αγγελόπουλος"""),
("el", "gl-xenodoxeio-noris-check-in-parking", "Sakis & Roula <sakisroula@example.gr>", "afixh Savvato", "general", "",
"""Kalhmera! erxomaste to Savvato me to prwino plio, ftanoume gyrw
stis 10:30. Mporoume na afhsoume tis valitses kai na kanoume check in
noritera? exete parking h parkaroume sto dromo? eyxaristoume!!
Sakhs"""),
("el", "xenodoxeio-timologio-synedrio", "Τμήμα Εκδηλώσεων - Ιατρική Εταιρεία Βορείου Ελλάδος <events@ieve.example>", "Τιμολόγιο διαμονής συνέδρου", "billing", "",
"""Αξιότιμοι κύριοι,

Για τη διαμονή του ομιλητή μας, Καθ. Ανδρέα Μπαλάφα, 10-12 Οκτωβρίου,
σας παρακαλούμε να εκδώσετε τιμολόγιο (όχι απόδειξη) στα στοιχεία της
Εταιρείας, τα οποία σας είχαμε στείλει με την κράτηση. Η εξόφληση θα
γίνει με τραπεζικό έμβασμα εντός 30 ημερών από την έκδοση.

Με εκτίμηση,
Στέλλα Μακρή
Γραμματεία Εκδηλώσεων"""),
# ---------------- gym ----------------
("el", "gl-gymnastirio-pagwma-syndromis-traumatismos", "Lefteris Kalf <lefteris.kalf@example.gr>", "pagwma", "billing", "",
"""Geia sas, espasa to podi (kavgas me skala, oxi me to gym sas :P) kai
8a eimai me gyps toulaxiston 6 evdomades. Ginetai na pagwsei h mhniaia
syndromh gia 2 mhnes na mh xrewnomai? Exw kai iatriko xarti an
xreiazetai.
Lefterhs"""),
("el", "gymnastirio-xreosi-meta-apo-diakopi", "Αικατερίνη Ρούσσου <aik.roussou@example.gr>", "Χρέωση Ιουνίου", "billing", "",
"""Καλησπέρα,

Στις 20 Μαΐου πάτησα "Διακοπή συνδρομής" στην εφαρμογή σας και μου
εμφανίστηκε μήνυμα ότι η συνδρομή λήγει στις 31/5. Σήμερα χρεώθηκα
κανονικά 39€ για τον Ιούνιο. Σας επισυνάπτω το screenshot. Παρακαλώ
να επιστραφεί το ποσό.

Αικατερίνη Ρούσσου"""),
("el", "gymnastirio-qr-eisodos-den-diavazetai", "Ορέστης Μαυρομάτης <orestis.mavr@example.gr>", "QR είσοδος", "technical", "",
"""Καλημέρα,

Από την Τρίτη ο κωδικός QR στην εφαρμογή δεν διαβάζεται στην
τουρνικέ της εισόδου (Περιστέρι), βγάζει "Μη έγκυρος". Κάθε φορά
περιμένω τη ρεσεψιόν να μου ανοίξει με το χέρι. Η συνδρομή μου είναι
ενεργή, τη βλέπω στην εφαρμογή. Ξανασυνδέθηκα, τίποτα.

Ορέστης"""),
("el", "gymnastirio-diadromos-7-stop-asfaleias", "Ελένη Τσακαλώτου <eleni.tsakal@example.gr>", "Διάδρομος 7", "technical", "high",
"""Καλησπέρα,

Σας ενημερώνω ότι στον διάδρομο τρεξίματος νούμερο 7 (δεύτερη σειρά,
δίπλα στο παράθυρο) το κόκκινο κουμπί έκτακτης διακοπής δεν
λειτουργεί, και το κλιπ ασφαλείας με το κορδόνι δεν σταματά τον ιμάντα
όταν τραβιέται. Το διαπίστωσα όταν σκόνταψα σήμερα το πρωί και ο
ιμάντας συνέχισε να γυρίζει. Δεν χτύπησα σοβαρά, αλλά κάποιος
μεγαλύτερος σε ηλικία μπορεί να χτυπήσει.

Το είπα στον γυμναστή της βάρδιας, αλλά ο διάδρομος ήταν ακόμα σε
λειτουργία όταν έφυγα.

Ελένη Τσακαλώτου"""),
("el", "gl-gymnastirio-avgoustos-wrario-pt", "Nondas K. <nondas.k@example.gr>", "Avgoustos", "general", "",
"""geia sas, 8a einai anoixto to gym ton Avgousto h kleinete kapoia
evdomada? kai ta apogeumatina tmhmata crossfit synexizontai? Na pw
kai ena mpravo sth Dhmhtra, ta programmata ths einai ta kalytera
Nontas"""),
("el", "gl-gymnastirio-foititiki-timi-diafora", "Ioanna Kyr <ioanna.kyr@example.gr>", "foithtiko", "billing", "",
"""Kalhmera, egrafhka thn prohgoumenh evdomada kai edeiksa thn
foithtikh pasa sth reception, alla sthn karta mou xrewthike 45e kai
oxi 32e pou einai h foithtikh timh. H kopela eipe oti 8a to diorthwsei
to logisthrio. Mporeite na mou epistrepsete ta 13e kai na allaksei h
timh apo ton epomeno mhna?
Iwanna"""),
# ---------------- language school ----------------
("el", "fontistirio-glosson-dosi-diplh", "Σταυρούλα Μουρατίδου <stavroula.mour@example.gr>", "Δεύτερη δόση - χρεώθηκε δύο φορές", "billing", "",
"""Καλησπέρα σας,

Για τα αγγλικά της κόρης μου (τμήμα B1, Τρίτη-Πέμπτη) πληρώνουμε σε
τρεις δόσεις των 180€. Η δεύτερη δόση χρεώθηκε στην κάρτα μου δύο
φορές, στις 3 και στις 4 Δεκεμβρίου. Μπορείτε να επιστρέψετε τη μία ή
να τη συμψηφίσετε με την τρίτη δόση;

Σταυρούλα Μουρατίδου"""),
("el", "gl-frontistirio-online-taksi-xwris-hxo", "Panos Zisis <panos.zisis@example.gr>", "online mathima", "technical", "",
"""Kalhspera, sto online ma8hma Germanikwn ths Deuteras den akouw thn
kathhghtria, oute egw akougomai. Sto Zoom dokimastiko ola douleuoun,
mono sthn platforma sas mesa den exei hxo. Exw ksanakanei install
ton browser. Xanw ta ma8hmata, mporei kapoios na me voh8hsei prin
thn Pempth?
Panos"""),
("el", "fontistirio-test-katataxis-enilikas", "Ευάγγελος Χριστοδούλου <vaggelis.christod@example.gr>", "Γερμανικά για ενήλικες", "general", "",
"""Καλημέρα σας,

Είμαι 52 ετών και θέλω να ξεκινήσω γερμανικά, γιατί η κόρη μου
εγκαταστάθηκε στο Μόναχο. Έκανα κάποια μαθήματα πριν από πολλά χρόνια
αλλά δεν θυμάμαι σχεδόν τίποτα. Κάνετε τεστ κατάταξης ή να ξεκινήσω
από το αρχάριο τμήμα; Υπάρχουν βραδινά τμήματα;

Ευάγγελος Χριστοδούλου"""),
("el", "fontistirio-apoxorisi-metakomisi-synigoros", "Αντιγόνη Φλώρου <antigoni.florou@example.gr>", "Επιστροφή διδάκτρων", "billing", "high",
"""Κύριοι,

Τον Οκτώβριο πλήρωσα εφάπαξ τα δίδακτρα όλης της χρονιάς για τα
γαλλικά του γιου μου (1.080€). Τον Ιανουάριο μετακομίσαμε στην Κρήτη
για τη δουλειά μου και σας ενημέρωσα γραπτώς. Μου απαντήσατε ότι "τα
δίδακτρα δεν επιστρέφονται σε καμία περίπτωση", παρότι ο γιος μου δεν
θα παρακολουθήσει πέντε μήνες μαθημάτων.

Ζητώ την επιστροφή του αναλογούντος ποσού, 600€. Εάν δεν λάβω θετική
απάντηση έως το τέλος του μήνα θα απευθυνθώ στον Συνήγορο του
Καταναλωτή.

Αντιγόνη Φλώρου"""),
("el", "gl-frontistirio-eksetaseis-b2-hmeromhnies", "Marilena P. <marilena.p@example.gr>", "B2 eksetaseis", "general", "",
"""Geia sas, 8a dwsw Cambridge B2 ton Iounio. Pote vgainoun oi
hmeromhnies kai pote kleinoun oi dhlwseis? Tis kanete esis h tis
kanw monh mou sto eksetastiko kentro?
Marilena"""),
("el", "fontistirio-e-learning-den-erxetai-email", "Κατερίνα Βλαχοπούλου <katerina.vlachop@example.gr>", "Κωδικός e-learning", "technical", "",
"""Καλησπερα, πατησα "Ξεχασα τον κωδικο" στην πλατφορμα ασκησεων
τρεις φορες απο χθες και δεν μου ερχεται κανενα email, ουτε στα
ανεπιθυμητα. Το email μου ειναι σωστο, ειναι αυτο που γραφτηκα. Η
κορη μου εχει να παραδωσει ασκησεις μεχρι την Παρασκευη.
Κατερινα Βλαχοπουλου"""),
# ---------------- dentist ----------------
("el", "odontiatreio-prokatavoli-emfyteyma-analysi", "Ιωάννης Σκουλάς <ioannis.skoulas@example.gr>", "Σχέδιο θεραπείας - προκαταβολή", "billing", "",
"""Καλησπέρα σας,

Είχα καταβάλει προκαταβολή 400€ για εμφύτευμα στο κάτω δεξί γομφίο.
Στην επόμενη επίσκεψη ο γιατρός αποφάσισε ότι τελικά χρειάζεται γέφυρα
και όχι εμφύτευμα, και το σχέδιο θεραπείας άλλαξε. Μπορείτε να μου
στείλετε ανάλυση: τι καλύπτει η προκαταβολή, πόσο κοστίζει η γέφυρα και
πόσο μένει να πληρώσω;

Ευχαριστώ,
Ιωάννης Σκουλάς"""),
("el", "gl-odontiatreio-apodeiksh-asfalistikh", "Vicky Gial <vicky.gial@example.gr>", "apodeiksh gia asfaleia", "billing", "",
"""Kalhspera, h idiwtikh mou asfaleia 8elei analytikh apodeiksh gia
ta sfrhnomata pou ekana (3 sfrhnomata, 27/5) me ton kwdiko ka8e
praksis kai to onoma tou giatrou, gia na mou kanei apozhmiwsh. H
apodeiksh pou mou dwsate leei mono "odontiatrikes ypiresies 210e".
Mporeite na mou steilete mia analytikh?
Vikh"""),
("el", "gl-odontiatreio-allagi-rantevou", "Thodoris Ath. <thodoris.ath@example.gr>", "rantevou Pempths", "general", "",
"""kalhmera, exw rantevou katharismo thn Pempth stis 6 alla mou
prokypse taksidi gia douleia. mporoume na to metaferoume kapoia mera
thn allh evdomada, pali apogeuma? sorry gia thn allagh
Thodwrhs"""),
("el", "odontiatreio-online-rantevou-lathos-ores", "Δανάη Ραφαηλίδου <danai.rafail@example.gr>", "Online κλείσιμο ραντεβού", "technical", "",
"""Καλησπέρα,

Η σελίδα για κλείσιμο ραντεβού μου έδειξε ελεύθερη ώρα Τετάρτη 17:30
και όταν την έκλεισα το SMS επιβεβαίωσης έγραφε 14:30. Δοκίμασα να το
ακυρώσω από το link του SMS και βγάζει "Σελίδα δεν βρέθηκε". Μήπως
υπάρχει πρόβλημα με την ώρα στο σύστημα; Δεν ξέρω πια τι ώρα να έρθω.

Δανάη"""),
("el", "odontiatreio-korona-pou-den-mpike-dikigoros", "Σταμάτης Ορφανίδης <stamatis.orfan@example.gr>", "Χρέωση για στεφάνη που δεν τοποθετήθηκε", "billing", "high",
"""Κύριοι,

Στις 14 Μαρτίου πλήρωσα ολόκληρο το ποσό για ζιρκονία στεφάνη, 450€,
επειδή η γραμματεία μού είπε ότι έτσι γίνεται. Από τότε το ραντεβού
τοποθέτησης έχει ακυρωθεί τρεις φορές από το ιατρείο και κανείς δεν
μου δίνει ημερομηνία. Έχω ακόμα την προσωρινή, που έχει ραγίσει.

Ζητώ είτε γραπτή δέσμευση για ημερομηνία τοποθέτησης μέσα στον μήνα
είτε επιστροφή των 450€. Αλλιώς θα παραδώσω τον φάκελο σε δικηγόρο.

Σταμάτης Ορφανίδης"""),
("el", "odontiatreio-efxaristo-paidi-fobos", "Ολυμπία Ντόκου <olympia.ntokou@example.gr>", "Ευχαριστούμε την κ. Ζαφειρίου", "general", "",
"""Καλησπέρα σας,

Ο γιος μου (6 ετών) είχε πανικό με τους οδοντιάτρους μετά από μια κακή
εμπειρία αλλού. Η κ. Ζαφειρίου αφιέρωσε μισή ώρα μόνο για να του δείξει
τα εργαλεία και να του εξηγήσει τι θα κάνει, πριν καν αρχίσει. Σήμερα
βγήκε από το ιατρείο χαμογελαστός και ζήτησε να ξανάρθει!

Ευχαριστούμε πολύ,
Ολυμπία"""),
# ---------------- vet ----------------
("el", "gl-ktiniatreio-xeirourgeio-pano-apo-ektimisi", "Nikoleta Sar. <nikoleta.sar@example.gr>", "logariasmos sterirwshs", "billing", "",
"""Kalhspera, mou eixate pei oti h sterirwsh ths gatas 8a kostisei
gyrw sta 150e. Otan phga na thn parw o logariasmos htan 238e. H gata
einai mia xara, den exw parapono gia thn epemvash. Apla 8elw na mou
peite ti akrivws einai ta epipleon 88e giati sthn apodeiksh grafei mono
"xeirourgikh epemvash - synolo".
Nikoleta"""),
("el", "ktiniatreio-programma-frontidas-skylos-efyge", "Ηρώ Μαυροματάκη <iro.mavrom@example.gr>", "Πρόγραμμα φροντίδας της Λούνας", "billing", "",
"""Καλησπέρα σας,

Με λύπη σας ενημερώνω ότι η Λούνα έφυγε την περασμένη εβδομάδα. Σας
ευχαριστώ για όλη τη φροντίδα αυτά τα χρόνια, ιδίως τον τελευταίο
καιρό.

Παρακαλώ να διακοπεί το μηνιαίο πρόγραμμα φροντίδας (22€) που
πληρώνω με πάγια εντολή, ώστε να μη χρεωθεί ξανά.

Ηρώ Μαυροματάκη"""),
("el", "ktiniatreio-portal-den-fainetai-vivliario", "Λάμπρος Ζαχαρίου <lampros.zach@example.gr>", "Ηλεκτρονικό βιβλιάριο", "technical", "",
"""Καλημέρα,

Συνδέομαι στην πύλη πελατών για να κατεβάσω το βιβλιάριο εμβολίων του
σκύλου (το θέλει το ξενοδοχείο για τις διακοπές) και η σελίδα "Τα
κατοικίδιά μου" είναι κενή, γράφει "Δεν βρέθηκαν κατοικίδια". Στο
ιατρείο τον ξέρετε από το 2019. Δοκίμασα και από άλλο κινητό.

Λάμπρος"""),
("el", "gl-ktiniatreio-emvolio-gatas-savvato", "Eirini Lp <eirini.lp@example.gr>", "emvolio", "general", "",
"""Geia sas, h gata mou (Mpampis, 2 xronwn) exei emvolio ton allo mhna.
Kanete rantevou Savvato prwi? An oxi, ti wra kleinete tis kathimerines?
eyxaristw, Eirhnh"""),
("el", "ktiniatreio-epithesi-stin-anamoni-ypeythynos", "Παύλος Βερβέρης <pavlos.ververis@example.gr>", "Επίθεση σκύλου στην αίθουσα αναμονής", "general", "high",
"""Καλησπέρα,

Χθες το απόγευμα στην αίθουσα αναμονής ένας μεγαλόσωμος σκύλος χωρίς
φίμωτρο και με λουρί που ο ιδιοκτήτης δεν κρατούσε σφιχτά όρμησε στο
κουτάβι μου και του δάγκωσε το αυτί. Η γραμματεία απλώς μας είπε να
καθίσουμε σε άλλη γωνία. Δεν υπάρχει κανένας διαχωρισμός ανάμεσα σε
γάτες, κουτάβια και μεγάλους σκύλους.

Θέλω να μιλήσω με τον υπεύθυνο του ιατρείου γι' αυτό, πριν συμβεί
κάτι χειρότερο σε κάποιο άλλο ζώο ή σε παιδί.

Παύλος Βερβέρης
6973 000 882"""),
("el", "gl-ktiniatreio-gps-kolaro-den-enimeronei", "Spyros Lekk <spyros.lekk@example.gr>", "kolaro gps", "technical", "",
"""Kalhmera, to kolaro GPS pou mas proteinate kai to phrame apo to
iatreio den enhmerwnei th 8esh tou skylou. Sthn efarmogh deixnei th
8esh tou apo proxtes stis 11 to vrady. H mpataria einai fortismenh,
anavei prasino. Ton afhnoume sto ktima kai fevgei sinexeia, gi ayto
to phrame.
Spyros"""),
# ---------------- hair salon ----------------
("el", "gl-kommotirio-xrwma-parapanw-apo-timokatalogo", "Evi Drosou <evi.drosou@example.gr>", "xrwma", "billing", "",
"""Kalhspera, sthn istoselida sas to xrwma rizas grafei 35e. Xthes me
xrewsate 55e kai mou eipan "einai pio makria ta mallia". Den mou to
eipe kaneis prin to ksekinhsoun. Einai kalo to apotelesma, den lew,
alla 8elw na ksero giati h timh einai allh apo auth pou grafete.
Euh"""),
("el", "kommotirio-vafi-kaypse-kefali-allergia", "Ροδάνθη Σωτηροπούλου <rodanthi.sot@example.gr>", "Αντίδραση στη βαφή", "general", "high",
"""Καλησπέρα,

Το Σάββατο έκανα βαφή στο κομμωτήριό σας στο Παγκράτι. Ήδη από την ώρα
που ήταν η βαφή στο κεφάλι μου έλεγα ότι με καίει, και μου είπαν ότι
"είναι φυσιολογικό". Το βράδυ το τριχωτό είχε κοκκινίσει, την Κυριακή
έβγαλε φουσκάλες και πρήστηκαν τα βλέφαρά μου. Πήγα στα επείγοντα και
μου είπαν ότι είναι αλλεργική αντίδραση.

Χρειάζομαι το ακριβές όνομα και τον κωδικό της βαφής και του
οξυγόνου που χρησιμοποιήθηκαν, για τη δερματολόγο. Και θα ήθελα να
ξέρω γιατί δεν έγινε τεστ ευαισθησίας πριν.

Ροδάνθη Σωτηροπούλου"""),
("el", "kommotirio-efarmogi-rantevou-den-epivevaionei", "Θεανώ Πολυχρόνη <theano.poly@example.gr>", "Εφαρμογή κρατήσεων", "technical", "",
"""Γεια σας,

Προσπαθώ να κλείσω ραντεβού με την Κατερίνα από την εφαρμογή. Διαλέγω
ημέρα και ώρα, πατάω "Επιβεβαίωση" και ξαναγυρνάει στην αρχική σελίδα
χωρίς μήνυμα. Στα "Τα ραντεβού μου" δεν εμφανίζεται τίποτα. Δεν ξέρω
αν το έχω κλείσει ή όχι, και δεν θέλω να έρθω τζάμπα.

Θεανώ"""),
("el", "kommotirio-nyfiko-xtenisma-sto-spiti", "Αναστασία Γαλάνη <anastasia.galani@example.gr>", "Νυφικό χτένισμα", "general", "",
"""Καλησπέρα σας,

Παντρεύομαι στις 7 Σεπτεμβρίου στην Κηφισιά. Κάνετε νυφικό χτένισμα
και μακιγιάζ στο σπίτι; Θα θέλαμε και για τη μητέρα μου και δύο
κουμπάρες. Γίνεται και δοκιμαστικό πριν; Αν μπορείτε να μου πείτε
και ποια μέρα είναι διαθέσιμη η κ. Μάρθα.

Αναστασία"""),
("el", "gl-kommotirio-dwroepitagi-elixe-ypoloipo", "Kostis Ar. <kostis.ar@example.gr>", "dwroepitagh", "billing", "",
"""geia, h gynaika mou exei mia dwroepitagh sas 80e pou ths phra ta
xristougenna. Xrhsimopoihse ta 45 kai twra h kopela sto tameio ths
eipe oti elhkse to ypoloipo (35e) giati perase 6mhno. Pouthena den
grafei 6mhno panw sthn karta. Mporeite na to ksanaenergopoihsete?
Kwsths"""),
("el", "kommotirio-xreosi-mi-emfanisis-eixa-akyrosei", "Χαρίκλεια Δημοπούλου <chariklia.dim@example.gr>", "Χρέωση 20€ μη εμφάνισης", "billing", "",
"""Καλησπέρα σας,

Μου χρεώθηκαν 20€ "μη εμφάνιση" για το ραντεβού της Πέμπτης. Το
ραντεβού το είχα ακυρώσει από την Τετάρτη το μεσημέρι, τηλεφωνικά,
και μου είπε η κοπέλα "εντάξει, το σβήνω". Σας παρακαλώ να μου
επιστρέψετε τα 20€ στην κάρτα.

Χαρίκλεια Δημοπούλου"""),
# ---------------- courier / parcel service ----------------
("el", "kourier-api-etiketes-den-typwnontai", "Τμήμα Αποστολών - Ελαιώνας Βιολογικά <apostoles@elaionas-bio.example>", "ΕΠΕΙΓΟΝ: δεν εκδίδονται vouchers", "technical", "high",
"""Καλημέρα,

Από τις 8:00 σήμερα η σύνδεση του e-shop μας με το σύστημά σας
επιστρέφει σφάλμα 503 σε κάθε αίτημα έκδοσης voucher, και από το
web portal η εκτύπωση ετικέτας βγάζει κενό PDF. Έχουμε 214 δέματα
συσκευασμένα στην αποθήκη που δεν μπορούν να φύγουν, και ο οδηγός
σας έρχεται για παραλαβή στις 14:00.

Παρακαλώ καλέστε μας άμεσα στο 2310 000 450.

Μιχάλης Γαλάνης
Υπεύθυνος Αποθήκης"""),
("el", "kourier-antikatavoles-den-apodothikan", "Γιώργος Πανταζής <g.pantazis@mikro-eshop.example>", "Απόδοση αντικαταβολών Μαΐου", "billing", "",
"""Καλησπέρα,

Στον λογαριασμό μας (κωδ. πελάτη 77120) εμφανίζονται 38 αποστολές με
αντικαταβολή που παραδόθηκαν από 2 έως 16 Μαΐου, συνολικό ποσό
2.316,40€. Μέχρι σήμερα στον τραπεζικό μας λογαριασμό έχει αποδοθεί
μόνο η πρώτη εβδομάδα, 612,00€. Μπορείτε να μας πείτε πότε θα
αποδοθεί το υπόλοιπο;

Γιώργος Πανταζής
Μικρό e-shop"""),
("el", "gl-kourier-dema-se-allh-dieythinsi", "Anna Z. <anna.z.88@example.gr>", "paradothike???", "general", "",
"""Geia sas, to tracking tou dematos 7700412839 leei "paradothike"
shmera stis 12:41 alla egw eimai spiti oli mera kai den htyphse
kaneis. Rwthsa kai tous geitones, tipota. Pou to afhse o odhgos?
Anna Zografou, Kalamaria"""),
("el", "gl-kourier-xrewsh-sthn-porta-prepaid", "Thanos Malliaras <thanos.mall@example.gr>", "xrewsh sthn paradosh", "billing", "",
"""Kalhmera,
to dema htan prophlwmeno apo ton apostolea (to exw sthn apodeiksh tou
e-shop). O odhgos omws mou zhthse 4,50e "metaforika paradoshs" gia na
mou to dwsei kai ta edwsa gia na mhn gyrisei pisw. Mporw na ta parw
pisw? voucher 7700398810
Thanos"""),
("el", "kourier-efarmogi-allagi-se-locker-sfalma", "Ελπίδα Ζαφειροπούλου <elpida.zaf@example.gr>", "Αλλαγή παράδοσης σε locker", "technical", "",
"""Καλησπέρα,

Στην εφαρμογή σας πατάω "Αλλαγή παράδοσης" για το δέμα 7700421166,
διαλέγω το locker στην πλατεία Αγίας Σοφίας και βγάζει "Κάτι πήγε
στραβά (κωδ. 41)". Έχω δοκιμάσει και άλλα locker, το ίδιο. Αύριο
λείπω όλη μέρα και δεν θα είμαι στο σπίτι για την παράδοση.

Ελπίδα"""),
("el", "kourier-odigos-petaei-demata-proistamenos", "Αχιλλέας Κουκουλάκης <achilleas.kouk@example.gr>", "Συμπεριφορά διανομέα", "general", "high",
"""Κύριοι,

Για δεύτερη φορά μέσα στον μήνα ο διανομέας σας στην περιοχή μας
πέταξε το δέμα πάνω από την αυλόπορτα αντί να χτυπήσει το κουδούνι.
Σήμερα έσπασε ένα βάζο που ήταν μέσα. Όταν βγήκα να του μιλήσω μου
απάντησε με βρισιές μπροστά στα παιδιά μου.

Ζητώ να με καλέσει ο προϊστάμενος του καταστήματος της περιοχής
(Χαλάνδρι) σήμερα. Δεν θέλω άλλο πρότυπο email.

Αχιλλέας Κουκουλάκης
6986 000 341"""),
("el", "kourier-miniaio-timologio-lathos-fpa", "Λογιστήριο Ανθοπωλείο Κρίνος <logistirio@krinos-anthi.example>", "Τιμολόγιο 06/2024", "billing", "",
"""Καλημέρα σας,

Στο μηνιαίο τιμολόγιο Ιουνίου (αρ. Τ-06118) ο ΦΠΑ έχει υπολογιστεί
με 24% και στις αποστολές προς Ρόδο και Κω, όπου εφαρμόζεται μειωμένος
συντελεστής. Μπορείτε να μας στείλετε πιστωτικό και διορθωμένο
τιμολόγιο; Μέχρι τότε δεν μπορούμε να το περάσουμε στα βιβλία.

Ευχαριστούμε,
Στέλλα Κρίνου"""),
# ---------------- mobile phone operator ----------------
("el", "gl-kinito-roaming-elvetia", "Giannis Pavl <giannis.pavl@example.gr>", "logariasmos 142e???", "billing", "",
"""kalhspera, o logariasmos tou Iouniou htan 142e enw kanonika plhrwnw
25. Eida oti einai "dedomena periagwghs". Hmoun 3 meres sthn Elvetia,
nomiza oti einai Europh kai einai mesa sto paketo. Kanena sms den mou
hr8e oti xrewnomai. Ti mporei na ginei?
Giannhs Pavlidhs
69x xxx xx21"""),
("el", "kinito-xoris-sima-xorio-oloi", "Πρόεδρος Κοινότητας Άνω Λεχωνίων <koinotita.lechonia@example.gr>", "Κανένα σήμα στο χωριό από χθες", "technical", "high",
"""Καλημέρα σας,

Από χθες το μεσημέρι κανένα κινητό του δικτύου σας δεν έχει σήμα στο
χωριό μας, ούτε κλήσεις ούτε ίντερνετ. Οι περισσότεροι κάτοικοι είναι
ηλικιωμένοι και δεν έχουν σταθερό. Το πρωί μια γυναίκα χρειάστηκε να
πάει με τα πόδια στο καφενείο της πλατείας για να καλέσει τον γιατρό
από το σταθερό του μαγαζιού. Το φαρμακείο δεν μπορεί να εκτελέσει
συνταγές γιατί δουλεύει με φορητό router στο δίκτυό σας.

Παρακαλούμε ενημερώστε μας τι γίνεται και πότε θα αποκατασταθεί.

Σωτήρης Ηλιάδης
Πρόεδρος Κοινότητας"""),
("el", "kinito-esim-qr-den-energopoieitai", "Πηνελόπη Χρυσάφη <penelope.chrys@example.gr>", "eSIM", "technical", "",
"""Καλησπέρα,

Μου στείλατε QR για eSIM γιατί άλλαξα κινητό. Το σκανάρω, λέει
"Προσθήκη γραμμής κινητής", και μετά από λίγο βγάζει "Δεν είναι δυνατή
η ολοκλήρωση της αλλαγής, ο κωδικός δεν είναι πλέον έγκυρος". Το
παλιό SIM έχει ήδη απενεργοποιηθεί, οπότε αυτή τη στιγμή δεν έχω
καθόλου γραμμή.

Πηνελόπη"""),
("el", "gl-kinito-paketo-data-na-mhn-ananeonetai", "Dora Ch. <dora.ch@example.gr>", "paketo data", "billing", "",
"""Geia sas, prin 2 mhnes evala to extra paketo 20GB (7e) gia tis
diakopes. Vlepw oti ananewnetai kathe mhna kai mou to xrewnete, enw
egw to 8elw mono gia ekeino to mhna. Kopste to apo twra parakalw kai
mhn to ksanaxrewsete.
Dwra"""),
("el", "kinito-xreoseis-meta-lixi-symvolaiou-eett", "Ευάγγελος Μαστρογιάννης <vaggelis.mastrog@example.gr>", "Χρεώσεις μετά τη φορητότητα - αμφισβήτηση", "billing", "high",
"""Κύριοι,

Τον Φεβρουάριο μετέφερα τον αριθμό μου σε άλλον πάροχο, με τη
σύμβαση ήδη ληγμένη. Εσείς συνεχίζετε να εκδίδετε λογαριασμούς (Μάρτιος
18,90€, Απρίλιος 18,90€, Μάιος 18,90€) και να τους χρεώνετε στην
πιστωτική μου κάρτα.

Σας ενημερώνω ότι έχω ήδη αμφισβητήσει τις τρεις χρεώσεις στην τράπεζά
μου και ότι θα καταθέσω καταγγελία στην ΕΕΤΤ αν δεν διακοπεί η πάγια
εντολή εντός της εβδομάδας.

Ευάγγελος Μαστρογιάννης"""),
("el", "kinito-gdpr-antigrafo-dedomenon", "Νεφέλη Στεφανάκη <nefeli.stefan@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Με βάση το άρθρο 15 του ΓΚΠΔ ζητώ αντίγραφο όλων των προσωπικών
δεδομένων που τηρείτε για εμένα ως συνδρομήτρια (αριθμός 69xx xxx 507),
καθώς και πληροφορίες για το σε ποιους τρίτους τα έχετε διαβιβάσει και
για πόσο χρόνο τα κρατάτε.

Παρακαλώ να μου τα αποστείλετε ηλεκτρονικά σε αυτή τη διεύθυνση.

Με εκτίμηση,
Νεφέλη Στεφανάκη"""),
("el", "gl-kinito-sms-trapezas-den-erxontai", "Xrysanthos Bel <xrysanthos.bel@example.gr>", "SMS kwdikoi", "technical", "",
"""Kalhmera, ta SMS me tous kwdikous apo thn trapeza (gia plhrwmes kai
e-banking) den mou erxontai edw kai 3 meres. Ta kanonika sms apo
filous erxontai kanonika. H trapeza leei oti ta stelnoun kai oti
einai 8ema tou parocou. Den mporw na plhrwsw tipota online.
Xrysanthos"""),
# ---------------- broadband provider ----------------
("el", "internet-taverna-pos-ektos-voithia", "Ταβέρνα Το Λιμανάκι <limanaki.taverna@example.gr>", "ΧΩΡΙΣ ΙΝΤΕΡΝΕΤ ΑΠΟ ΤΟ ΠΡΩΙ", "technical", "high",
"""Καλησπέρα,

Από τις 11 το πρωί δεν έχουμε ίντερνετ στο μαγαζί. Το router έχει
κόκκινο το λαμπάκι "Internet". Τα δύο POS δουλεύουν μέσω του wifi και
δεν περνάνε κάρτες, οι σερβιτόροι δεν μπορούν να στείλουν παραγγελίες
στην κουζίνα από τα tablet και το μισό μαγαζί πληρώνει μόνο μετρητά ή
φεύγει. Απόψε έχουμε δύο κρατήσεις για 30 άτομα.

Καλέσαμε τρεις φορές το 1xxxx, μας είπαν "θα ανοιχτεί βλάβη". Παρακαλώ
στείλτε τεχνικό σήμερα.

Μανώλης Σταυρακάκης
6937 000 614"""),
("el", "gl-internet-pesei-kathe-vrady", "Apostolis Ntr <apostolis.ntr@example.gr>", "wifi pefti", "technical", "",
"""kalhspera, ka8e vrady apo tis 9 mexri tis 11 peftei to internet,
to router kanei restart mono tou, kai meta ksana. Thn hmera einai ok.
Exw kanei reset kai allaksa th 8esh tou router. Douleuw apo to spiti
kai exw meetings me to ekswteriko ta vradia.
Apostolhs"""),
("el", "internet-telos-syndesis-itan-dorean", "Δέσποινα Καλλέργη <despoina.kallergi@example.gr>", "Πρώτος λογαριασμός - τέλος σύνδεσης", "billing", "",
"""Καλησπέρα,

Στον πρώτο μου λογαριασμό υπάρχει χρέωση "Τέλος ενεργοποίησης
σύνδεσης" 60€. Όταν έκανα το συμβόλαιο στο κατάστημα μου είπαν ρητά
ότι με την προσφορά 24 μηνών η ενεργοποίηση είναι δωρεάν, και έτσι
γράφει και η διαφήμιση που έχω κρατήσει. Παρακαλώ να αφαιρεθεί η
χρέωση από τον επόμενο λογαριασμό.

Δέσποινα Καλλέργη"""),
("el", "gl-internet-plhrwsa-dyo-fores-logariasmo", "Stratos Vel <stratos.vel@example.gr>", "logariasmos Maiou", "billing", "",
"""Geia sas, ton logariasmo tou Maiou (38,50e) ton plhrwse h gynaika
mou apo thn trapeza kai egw sto katasthma me metrhta, kai oi dyo thn
idia mera xwris na to kseroume. Mporeite na kratisete ta 38,50 gia ton
logariasmo tou Iouniou h na mou ta epistrepsete? Opoio einai pio
eykolo.
Stratos"""),
("el", "internet-allagi-onomatos-meta-thanato", "Ευδοκία Παπανικολάου <evdokia.papan@example.gr>", "Αλλαγή δικαιούχου σύνδεσης", "general", "",
"""Καλησπέρα σας,

Ο σύζυγός μου, στο όνομα του οποίου ήταν η σύνδεση του σπιτιού μας,
απεβίωσε τον Μάρτιο. Θα ήθελα η σύνδεση να περάσει στο δικό μου όνομα,
χωρίς να αλλάξει κάτι άλλο. Τι δικαιολογητικά χρειάζεστε και μπορώ να
τα στείλω ηλεκτρονικά ή πρέπει να έρθω στο κατάστημα;

Ευδοκία Παπανικολάου"""),
("el", "internet-router-port-forwarding-kamera", "Άρης Μπενέτος <aris.benetos@example.gr>", "Ρύθμιση router για κάμερα", "technical", "",
"""Καλησπέρα,

Θέλω να βλέπω την κάμερα ασφαλείας του μαγαζιού από το κινητό όταν
λείπω. Ο τεχνικός της κάμερας λέει ότι πρέπει να ανοίξω τη θύρα 8000
στο router σας. Μπαίνω στο 192.168.1.1 με τον κωδικό που γράφει από
κάτω και δεν βλέπω πουθενά "Port forwarding" ή "NAT". Μήπως είναι
κλειδωμένο από εσάς;

Άρης Μπενέτος"""),
# ---------------- TV streaming ----------------
("el", "gl-streaming-nea-timi-den-synexizw", "Mania Kost <mania.kost@example.gr>", "nea timh", "billing", "",
"""Kalhspera, mou hr8e mail oti apo ton allo mhna h syndromh paei
apo 7,99 se 10,99. Me ayth thn timh den mas kanei. Den 8elw na
ananew8ei otan teleiwsei o trexwn mhnas. Ws tote as thn vlepoume
kanonika. Eyxaristw.
Mania"""),
("el", "streaming-smart-tv-kollaei-sto-logotypo", "Περικλής Σταμούλης <periklis.stam@example.gr>", "Η εφαρμογή στην τηλεόραση", "technical", "",
"""Καλησπέρα,

Η εφαρμογή σας στην τηλεόραση (Samsung, 2021) ανοίγει, δείχνει το
λογότυπο και μένει εκεί για πάντα. Αν περιμένω δύο-τρία λεπτά, βγάζει
"Σφάλμα S-1022". Στο κινητό και στο tablet δουλεύει κανονικά με τον ίδιο
λογαριασμό. Έχω σβήσει και ξαναβάλει την εφαρμογή και έκανα ενημέρωση
στην τηλεόραση.

Περικλής"""),
("el", "streaming-dyo-logariasmoi-xreonomai-dyo", "Ευανθία Λυμπεροπούλου <evanthia.lymp@example.gr>", "Δύο συνδρομές;", "billing", "",
"""Καλημέρα,

Βλέπω στην κάρτα μου δύο χρεώσεις των 9,99€ τον μήνα από εσάς. Φαίνεται
ότι όταν άλλαξα κινητό έφτιαξα κατά λάθος δεύτερο λογαριασμό με το
email της δουλειάς. Χρησιμοποιώ μόνο τον λογαριασμό με αυτό το email.
Μπορείτε να κλείσετε τον άλλον και να μου επιστρέψετε όσα πλήρωσα
γι' αυτόν; Είναι τρεις μήνες.

Ευανθία"""),
("el", "gl-streaming-mpala-kollaei-agwnas", "Vasilis Pr <vasilis.pr@example.gr>", "KOLLAEI O AGWNAS", "technical", "",
"""re paidia ka8e fora pou exei mpala to kanali kollaei, kanei
buffering ka8e 20 deuterolepta kai pefti sthn poiothta 360p. Oles tis
alles wres ola kala, kai ta ypoloipa sto spiti (netflix, youtube)
paizoun 4k. Internet 200 mbps. ti ginetai?"""),
("el", "streaming-protasi-ellinikoi-ypotitloi-paidia", "Αλκμήνη Ραυτοπούλου <alkmini.raft@example.gr>", "Πρόταση", "general", "",
"""Καλησπέρα σας,

Μια πρόταση: πολλές από τις παιδικές σειρές σας έχουν μόνο αγγλικούς
υπότιτλους. Τα παιδιά μας διαβάζουν ελληνικά αλλά όχι ακόμα αγγλικά.
Θα βοηθούσε πολύ αν προσθέτατε ελληνικούς υπότιτλους ή μεταγλώττιση
τουλάχιστον στις πιο δημοφιλείς. Κατά τα άλλα είμαστε πολύ
ικανοποιημένοι.

Αλκμήνη"""),
("el", "gl-streaming-dokimastiki-xrewsh-amfisvitisi", "Rena Gk <rena.gk@example.gr>", "xrewsh meta th dwrean dokimh", "billing", "high",
"""Ekana thn dwrean dokimh 7 hmerwn kai thn akyrwsa thn 5h mera, exw
to mail epivevaiwshs. Mou xrewsate 12,99e thn 8h mera. Esteila 2
mail kai sto chat me evgaze ston idio kyklo. Shmera ekana amfisvhthsh
ths xrewshs sthn trapeza mou, opote mhn mou ksanagrafete na plhrwsw.
Rena"""),
# ---------------- web hosting / domains ----------------
("el", "hosting-eshop-500-xanoume-paraggelies", "Λευτέρης Γιακουμάκης <info@kritiko-meli.example>", "Το eshop είναι κάτω - 500 Internal Server Error", "technical", "high",
"""Καλημέρα,

Από τις 7 το πρωί το e-shop μας (kritiko-meli.example) βγάζει σε
όλες τις σελίδες "500 Internal Server Error". Το panel διαχείρισης δεν
ανοίγει, ούτε το phpMyAdmin. Δεν έχουμε αλλάξει τίποτα από χθες.
Είναι εβδομάδα προσφορών και έχουμε στείλει newsletter σε 8.000
πελάτες χθες το βράδυ, που όλοι πέφτουν σε σελίδα σφάλματος.

Πακέτο Business Plus, πελάτης #20331.

Λευτέρης Γιακουμάκης"""),
("el", "gl-hosting-ssl-den-ananeothike", "Nikos Tsoukalas <nikos@tsoukalas-design.example>", "SSL", "technical", "",
"""Geia sas, to pistopoihtiko SSL sto site mou elhkse proxtes kai o
browser vgazei "H syndesh den einai idiwtikh". Sto panel leei
"Auto-renew: energo" alla den ananewthike. Patisa kai "ananewsh twra"
kai vgazei "Domain validation failed". Ta DNS einai se esas, den exw
allaksei tipota.
Nikos"""),
("el", "hosting-ananeosi-domain-akrivoteri-timi", "Μαρία-Ελένη Σαρρή <mariaeleni.sarri@example.gr>", "Ανανέωση domain", "billing", "",
"""Καλησπέρα,

Το .gr domain μου ανανεώθηκε αυτόματα και χρεώθηκα 29,90€, ενώ πέρυσι
η ανανέωση ήταν 12,90€ και στον τιμοκατάλογό σας γράφει ακόμα 14,90€.
Μπορείτε να μου εξηγήσετε τη διαφορά; Και χρειάζομαι τιμολόγιο με το
ΑΦΜ μου, όχι απόδειξη.

Μαρία-Ελένη Σαρρή"""),
("el", "hosting-diakopi-paketou-metafora", "Ραφαήλ Κουτσούκος <rafail.kout@example.gr>", "Διακοπή πακέτου φιλοξενίας", "billing", "",
"""Καλησπέρα σας,

Μεταφέραμε την ιστοσελίδα του συλλόγου σε άλλον πάροχο. Παρακαλώ το
πακέτο Starter (πελάτης #18840) να μην ανανεωθεί στη λήξη του, τον
Σεπτέμβριο, και να μη χρεωθεί ξανά η κάρτα. Το domain το κρατάμε σε
εσάς, μόνο η φιλοξενία σταματά.

Ραφαήλ Κουτσούκος
Ταμίας, Πολιτιστικός Σύλλογος Αμπελοκήπων"""),
("el", "gl-hosting-email-den-lamvanei-apo-gmail", "Kiki Lazou <kiki@lazou-ceramics.example>", "den ftanoun ta mail", "technical", "",
"""Kalhmera, sto email tou domain mou (kiki@lazou-ceramics.example)
den ftanoun mhnymata pou stelnoun apo gmail. Oi apostoleis pairnoun
pisw "550 rejected". Apo outlook kai yahoo ftanoun kanonika. Exw 3
meres na parw paraggelies apo pelates, exoun oloi gmail.
Kikh"""),
("el", "hosting-synergasia-web-agency-reseller", "Ορέστης Δαμιανός <orestis@pixelweb.example>", "Πρόγραμμα συνεργατών", "general", "",
"""Καλησπέρα σας,

Είμαστε μικρό γραφείο κατασκευής ιστοσελίδων στη Θεσσαλονίκη με
περίπου 40 πελάτες που θα θέλαμε να φιλοξενήσουμε σε εσάς. Έχετε
πρόγραμμα συνεργατών ή μεταπωλητών; Θα θέλαμε να κανονίσουμε μια
σύντομη συνάντηση ή κλήση για να μάθουμε τους όρους.

Ορέστης Δαμιανός
PixelWeb"""),
# ---------------- energy supplier ----------------
("el", "energeia-ektimomenos-logariasmos-endeixi", "Χαράλαμπος Παππάς <ch.pappas@example.gr>", "Λογαριασμός με εκτίμηση", "billing", "",
"""Καλησπέρα,

Ο τελευταίος λογαριασμός ρεύματος είναι 412€ με "εκτιμώμενη
κατανάλωση", ενώ συνήθως πληρώνω 90-110€. Το σπίτι ήταν κλειστό τον
μισό μήνα. Σας στέλνω φωτογραφία του μετρητή με την ένδειξη σήμερα:
ημερήσια 041287, νυχτερινή 012904. Παρακαλώ να εκδοθεί ο λογαριασμός
με βάση την πραγματική ένδειξη.

Αρ. παροχής 1 23456789-01
Χαράλαμπος Παππάς"""),
("el", "gl-energeia-kot-ekptwsh-den-mpike", "Soultana M. <soultana.m@example.gr>", "KOT", "billing", "",
"""Kalhmera, egkri8hka sto Koinwniko Oikiako Timologio apo ton Martio
kai esteila th vevaiwsh sto email sas. Stous logariasmous Aprilh kai
Maiou den fainetai h ekptwsh, plhrwnw kanonikh timh. Mporeite na thn
perasete kai na mou epistrepsete th diafora?
Soultana Mavridou
ar. paroxhs 9 87654321"""),
("el", "energeia-metritis-spithes-myrodia", "Κυριάκος Ευαγγέλου <kyriakos.evag@example.gr>", "Μετρητής", "technical", "high",
"""Καλησπέρα,

Απόψε από το κουτί του μετρητή στην είσοδο της μονοκατοικίας ακούγεται
ένα τσιτσίρισμα και βγαίνουν μικρές σπίθες από το σημείο που μπαίνει
το καλώδιο. Μυρίζει καμένο. Κατέβασα τον γενικό διακόπτη μέσα στο
σπίτι, αλλά το τσιτσίρισμα συνεχίζεται γιατί είναι πριν τον διακόπτη.

Το έχω αναφέρει και στο τηλέφωνο βλαβών. Σας γράφω κι εδώ για να
υπάρχει γραπτώς.

Κυριάκος Ευαγγέλου
Αρ. παροχής 1 11122233-04"""),
("el", "energeia-eidopoiisi-diakopis-enw-plirosa-proistamenos", "Σωτηρία Μπαλτά <sotiria.balta@example.gr>", "Ειδοποίηση διακοπής - ΕΧΩ ΠΛΗΡΩΣΕΙ", "billing", "high",
"""Κύριοι,

Έλαβα ειδοποίηση διακοπής ρεύματος για ανεξόφλητο λογαριασμό Απριλίου
(126,40€). Ο λογαριασμός πληρώθηκε στις 22 Απριλίου μέσω e-banking,
σας έχω στείλει το αποδεικτικό δύο φορές. Στο σπίτι μένει η μητέρα μου
με συσκευή οξυγόνου.

Ζητώ να με καλέσει σήμερα κάποιος υπεύθυνος και να ακυρωθεί γραπτώς
η ειδοποίηση. 6948 000 227.

Σωτηρία Μπαλτά"""),
("el", "gl-energeia-allagi-tilefwnou-email", "Petros Dal <petros.dal@example.gr>", "allagh stoixeiwn", "general", "",
"""geia sas, allaksa kinhto kai email. Mporeite na ta allaksete ston
logariasmo mou? Neo kinhto 69xx xxx 993, neo email ayto edw. Oloi oi
logariasmoi kai h plhrwmh ta idia.
Petros Dalianis, ar. paroxhs 1 55566677-02"""),
("el", "energeia-efarmogi-den-deixnei-logariasmous", "Ζαχαρίας Αλεξόπουλος <zacharias.alex@example.gr>", "Η εφαρμογή δεν δείχνει λογαριασμούς", "technical", "",
"""Καλησπέρα,

Συνδέομαι κανονικά στην εφαρμογή σας, αλλά στην ενότητα "Λογαριασμοί"
βγαίνει συνέχεια "Δεν ήταν δυνατή η φόρτωση των δεδομένων". Το ίδιο και
στο web. Δεν ρωτάω κάτι για τα ποσά, απλώς θέλω να κατεβάσω τα PDF για
τη φορολογική δήλωση και δεν μπορώ.

Ζαχαρίας"""),
("el", "energeia-prasini-energeia-plirofories", "Ναυσικά Γεωργαντά <nafsika.georg@example.gr>", "Πράσινο τιμολόγιο", "general", "",
"""Καλημέρα,

Είδα στο site ότι έχετε πρόγραμμα με ενέργεια 100% από ανανεώσιμες
πηγές. Πώς πιστοποιείται αυτό; Υπάρχει κάποιο έγγραφο ή εγγύηση
προέλευσης που να μπορώ να δω; Ρωτάω γιατί ενδιαφέρομαι σοβαρά, όχι
για τη διαφορά στην τιμή.

Ναυσικά Γεωργαντά"""),
# ---------------- water company ----------------
("el", "nero-diarroi-meta-ton-metriti-ekptosi", "Ιωσήφ Καλαϊτζής <iosif.kalaitzis@example.gr>", "Λογαριασμός νερού 612€ - διαρροή", "billing", "",
"""Καλησπέρα σας,

Ο λογαριασμός νερού του τετραμήνου ήρθε 612€, ενώ συνήθως είναι γύρω
στα 70€. Αποδείχθηκε ότι υπήρχε διαρροή σε σωλήνα μέσα στον κήπο, μετά
τον μετρητή, που δεν φαινόταν. Ο υδραυλικός την επισκεύασε στις 12
Ιουνίου και σας επισυνάπτω το τιμολόγιό του.

Υπάρχει δυνατότητα έκπτωσης ή επανυπολογισμού για διαρροή, και αν ναι,
τι πρέπει να καταθέσω;

Ιωσήφ Καλαϊτζής
Αρ. υδρομέτρου 220-45871"""),
("el", "nero-geitonia-xoris-nero-dyo-meres", "Σύλλογος Κατοίκων Νέας Ζωής <syllogos.neazoi@example.gr>", "Δύο μέρες χωρίς νερό - οδός Ελευθερίας και γύρω", "technical", "high",
"""Καλησπέρα,

Από την Τρίτη το πρωί δεν έχει νερό σε όλα τα σπίτια από την οδό
Ελευθερίας μέχρι την πλατεία, πάνω από 60 νοικοκυριά. Όταν έρχεται για
λίγα λεπτά το βράδυ, βγαίνει καφέ. Στη γειτονιά μένουν πολλοί
ηλικιωμένοι, ένα βρεφονηπιακό σταθμό που έκλεισε σήμερα λόγω αυτού και
ένα μικρό ιατρείο. Στο τηλέφωνο βλαβών κανείς δεν ξέρει να μας πει τι
γίνεται.

Παρακαλούμε για ενημέρωση και αποκατάσταση.

Για τον Σύλλογο,
Ευτέρπη Σταθοπούλου"""),
("el", "gl-nero-endeixi-den-ginetai-dekti", "Manos Giann <manos.giann@example.gr>", "endeiksh ydrometrou", "technical", "",
"""Kalhspera, paw na dhlwsw thn endeiksh tou ydrometrou sto site sas
kai otan pataw "Ypovolh" vgazei "H endeiksh einai mikroterh ths
prohgoumenhs". Den einai, einai 01532 kai h prohgoumenh 01488. Exw
kai fwtografia. To dokimasa kai apo to kinhto. Pws to dhlwnw?
Manos, ar. ydrometrou 220-38106"""),
("el", "nero-sklirotita-gala-mwrou", "Αναστασία Κοτσώνη <anastasia.kotsoni@example.gr>", "Ποιότητα νερού", "general", "",
"""Καλημέρα σας,

Έχουμε νεογέννητο και ο παιδίατρος ρώτησε αν το νερό της βρύσης στην
περιοχή μας (Άνω Πόλη) είναι κατάλληλο για την παρασκευή του γάλατος ή
αν είναι πολύ σκληρό. Δημοσιεύετε κάπου τις αναλύσεις ανά περιοχή;

Ευχαριστώ,
Αναστασία"""),
("el", "gl-nero-dosopoihsh-xrewstoumenou", "Thanasis Papak <thanasis.papak@example.gr>", "rythmish", "billing", "",
"""Kalhmera, exw meinei pisw dyo logariasmous nerou (synolika 186e)
logw anergias. Mporw na ta plhrwnw se doseis mazi me tous kainourious
logariasmous? Kai ginetai na valw pagia entolh sthn trapeza gia na mh
ksanaginei?
Thanashs Papakwnstantinou"""),
("el", "nero-xamili-piesi-meta-ta-erga", "Κλεονίκη Ραφτοπούλου <kleoniki.raft@example.gr>", "Πίεση νερού", "technical", "",
"""Καλησπέρα,

Από τότε που τελείωσαν τα έργα στον δρόμο μας την περασμένη εβδομάδα,
η πίεση του νερού στο σπίτι έχει πέσει πολύ. Το ντους μόλις που τρέχει
και ο θερμοσίφωνας δεν ανάβει. Οι γείτονες απέναντι δεν έχουν θέμα.
Μήπως έμεινε κάποια βάνα μισόκλειστη στο φρεάτιο μας;

Κλεονίκη Ραφτοπούλου
Αρ. υδρομέτρου 220-51177"""),
# ---------------- food delivery app ----------------
("el", "gl-delivery-den-irthe-pistwsh-oxi-karta", "Lina Mak <lina.mak@example.gr>", "paraggelia pou den hr8e", "billing", "",
"""Geia, h paraggelia mou apo to souvlatzidiko xthes to vrady (23,80e)
den hr8e pote, sthn efarmogh egrafe "paradothike". Mou dwsate
epistrofh se pistwsh mesa sthn efarmogh alla egw 8elw ta lefta pisw
sthn karta, den paraggelnw syxna. Ginetai?
Lina"""),
("el", "delivery-fystikia-allergia-paidi", "Ευτυχία Μανωλάκη <eftychia.manol@example.gr>", "Αλλεργική αντίδραση - παραγγελία 5521870", "general", "high",
"""Καλησπέρα,

Στην παραγγελία μας χθες από το εστιατόριο ασιατικής κουζίνας γράψαμε
στις σημειώσεις, με κεφαλαία, "ΧΩΡΙΣ ΦΙΣΤΙΚΙΑ - ΑΛΛΕΡΓΙΑ". Το πιάτο
του γιου μου είχε τριμμένο φιστίκι από πάνω. Έφαγε δύο μπουκιές πριν
το καταλάβουμε και χρειάστηκε να του κάνουμε την ένεση αδρεναλίνης και
να πάμε στο νοσοκομείο. Είναι καλά τώρα.

Δεν γράφω για τα χρήματα της παραγγελίας. Θέλω να μάθω αν οι σημειώσεις
αλλεργίας φτάνουν πράγματι στην κουζίνα και τι θα κάνετε με αυτό το
κατάστημα.

Ευτυχία Μανωλάκη"""),
("el", "delivery-efarmogi-lathos-dieythinsi-gps", "Νίκος Αναστασόπουλος <nikos.anastasop@example.gr>", "Λάθος διεύθυνση στην εφαρμογή", "technical", "",
"""Καλησπέρα,

Η εφαρμογή βάζει πάντα την πινέζα της διεύθυνσής μου δύο στενά πιο
κάτω, στην Αγίας Παρασκευής αντί για Αγίου Δημητρίου 14. Τη διορθώνω
χειροκίνητα, την αποθηκεύω, και στην επόμενη παραγγελία έχει γυρίσει
πάλι στη λάθος. Οι διανομείς με παίρνουν τηλέφωνο κάθε φορά.

Νίκος"""),
("el", "gl-delivery-filodwrhma-dyo-fores", "Aris Kal <aris.kal@example.gr>", "tip", "billing", "",
"""kalhspera, afhsa filodwrhma 2e ston dianomea sthn paraggelia ths
Kyriakhs kai sto statement ths kartas vlepw 2 fores ta 2e plus to
poso ths paraggelias. Dn einai ta lefta, einai 8ema arxhs, ton dianomea
ton ftaei to ena h' kai ta dyo?
Arhs"""),
("el", "delivery-estiatorio-tablet-den-lamvanei", "Πιτσαρία Ντα Λούκα <daluca.pizza@example.gr>", "Δεν μας έρχονται παραγγελίες", "technical", "high",
"""Καλησπέρα,

Είμαστε συνεργαζόμενο κατάστημα (Πιτσαρία Ντα Λούκα, Περιστέρι). Από
τις 19:30 το tablet σας δεν λαμβάνει καμία παραγγελία, αν και δείχνει
"Online". Πελάτες μάς παίρνουν τηλέφωνο ότι παρήγγειλαν και πληρώθηκαν,
και εμείς δεν τις βλέπουμε πουθενά. Παρασκευή βράδυ, η καλύτερη μέρα
μας. Κάναμε επανεκκίνηση, τίποτα.

Παρακαλώ καλέστε στο 210 000 0930 άμεσα.

Λουκάς Ντελής"""),
("el", "delivery-plus-den-to-thelo-pia", "Ευστρατία Γαβαλά <efstratia.gavala@example.gr>", "Plus", "billing", "",
"""Γεια σας,

Το Plus με τις δωρεάν παραδόσεις δεν μου βγαίνει πια, παραγγέλνω πολύ
σπάνια από τότε που άλλαξα δουλειά. Κλείστε το μετά τη σημερινή χρέωση,
να μην πληρώσω άλλον μήνα.

Ευστρατία"""),
# ---------------- plumber / heating engineer ----------------
("el", "thermansi-syagermos-co-meta-service", "Ματθαίος Καρυστινός <matthaios.kar@example.gr>", "Λέβητας - ανιχνευτής μονοξειδίου", "technical", "high",
"""Καλησπέρα,

Την Πέμπτη ο τεχνικός σας έκανε το ετήσιο service στον λέβητα αερίου.
Από χθες το βράδυ ο ανιχνευτής μονοξειδίου του άνθρακα στο λεβητοστάσιο
χτυπάει κατά διαστήματα και το παιδί παραπονιέται για πονοκέφαλο.
Σβήσαμε τον λέβητα, ανοίξαμε τα παράθυρα και μείναμε απόψε στα
πεθερικά.

Χρειαζόμαστε κάποιον να τον ελέγξει όσο πιο γρήγορα γίνεται.

Ματθαίος Καρυστινός
6947 000 335"""),
("el", "gl-ydravlikos-xrewsh-3-wres-anti-1", "Roula Tzav <roula.tzav@example.gr>", "timologio ydraulikou", "billing", "",
"""Kalhspera, o ydraulikos sas hr8e thn Triti gia to kazanaki. Htan
spiti mou apo tis 10:15 ws tis 11:20 (htan kai h geitonissa kai to
eide). Sto timologio grafei 3 wres ergasias x 40e. Den 8elw na
tsakwthw, apla 8elw na diorthwthei. Allaksate mono ton flotera.
Roula Tzavara"""),
("el", "thermansi-kalorifer-pano-orofos-krya", "Ευάγγελος Ζαχαριάδης <vaggelis.zachar@example.gr>", "Καλοριφέρ επάνω ορόφου", "technical", "",
"""Καλημέρα,

Μετά την αντικατάσταση του λέβητα την περασμένη εβδομάδα, τα καλοριφέρ
του ισογείου ζεσταίνονται κανονικά αλλά τα τρία του επάνω ορόφου
μένουν κρύα, μόνο ο πάνω σωλήνας χλιαρός. Έκανα εξαέρωση, βγήκε λίγος
αέρας και μετά νερό, αλλά τίποτα. Το μανόμετρο δείχνει 1,2 bar.

Ευάγγελος Ζαχαριάδης"""),
("el", "gl-ydravlikos-prosfora-mpanio", "Lampros Vou <lampros.vou@example.gr>", "ananewsh mpaniou", "general", "",
"""Geia sas, skeftomaste na ftiaksoume to mpanio apo thn arxh (ntouziera
anti gia mpaniera, kainouria plakakia). Mporei na perasei kapoios na to
dei kai na mas dwsei prosfora? Eimaste Neo Hrakleio, prwtos orofos.
Lampros"""),
("el", "thermansi-symvolaio-syntirisis-oxi-ananeosi", "Φιλοθέη Αρβανίτη <filothei.arv@example.gr>", "Συμβόλαιο συντήρησης λέβητα", "billing", "",
"""Καλησπέρα σας,

Το ετήσιο συμβόλαιο συντήρησης λέβητα (85€) λήγει τον Οκτώβριο.
Περάσαμε σε αντλία θερμότητας και ο λέβητας αφαιρέθηκε, οπότε σας
παρακαλώ να μην ανανεωθεί και να μην εκδοθεί νέο τιμολόγιο.

Φιλοθέη Αρβανίτη"""),
("el", "gl-ydravlikos-diarroh-nerouxtra-ksana", "Kostas Bar <kostas.bar@example.gr>", "Re: episkeuh nerohtras", "technical", "",
"""Kalhmera, h diarroh katw apo ton neroxth ths kouzinas pou ftiaksate
prin 10 meres ksanaksekinhse, stazei apo to idio rakor. Den sas zhtaw
lefta pisw, 8elw na er8ei o idios texnikos na to ftiaksei swsta. Exw
valei ena lekanaki apo katw.
Kwstas

-----Αρχικό μήνυμα-----
Από: Υδραυλικές Εργασίες Σ. Μαρκόπουλος
Θέμα: episkeuh nerohtras
Ο τεχνικός μας θα είναι στον χώρο σας την Πέμπτη 10:00-12:00."""),
# ---------------- coffee subscription ----------------
("el", "gl-kafes-pafsh-avgoustos", "Mirto K. <mirto.k@example.gr>", "Avgoustos", "billing", "",
"""Geia sas! Ton Avgousto 8a eimaste sto xwrio olo to mhna. Mporeite
na pagwsete th syndromh kafe gia ton Avgousto (na mh stalei paketo oute
na xrew8w) kai na ksekinhsei pali ton Septemvrio kanonika?
Eyxaristw, Myrtw"""),
("el", "kafes-kapsoules-xreothikan-den-irthan", "Γεράσιμος Λουκάτος <gerasimos.loukatos@example.gr>", "Παράδοση Ιουνίου", "billing", "",
"""Καλησπέρα,

Η κάρτα μου χρεώθηκε στις 1 Ιουνίου 32,00€ για το μηνιαίο πακέτο
κάψουλων, αλλά το πακέτο δεν έφτασε ποτέ. Στην εφαρμογή δεν υπάρχει
καν αριθμός αποστολής. Αν δεν πρόκειται να σταλεί, θέλω τα χρήματα
πίσω, όχι πόντους.

Γεράσιμος Λουκάτος"""),
("el", "kafes-mixani-den-zestainei-afalatosi", "Αρετή Μουστάκα <areti.moustaka@example.gr>", "Η μηχανή της συνδρομής", "technical", "",
"""Καλησπέρα,

Η μηχανή espresso που μας δώσατε με τη συνδρομή έχει αρχίσει να βγάζει
χλιαρό καφέ και αναβοσβήνει συνέχεια το πορτοκαλί λαμπάκι. Έκανα την
αφαλάτωση όπως λέει το φυλλάδιο, δύο φορές, αλλά το λαμπάκι δεν
σβήνει. Νερό βγάζει κανονικά.

Αρετή"""),
("el", "gl-kafes-mpravo-nea-xarmani-decaf", "Tolis F. <tolis.f@example.gr>", "to Etiopia ...", "general", "",
"""Kalhspera, h kainourgia xarmani (Aithiopia) tou mhna einai o
kaluteros kafes pou exete steilei mexri twra, mpravo! Mia protash: an
ekanate kai mia ekdosh xwris kafeinh 8a thn pairname gia to apogeuma,
h gynaika mou den pinei meta tis 5.
Tolhs"""),
("el", "kafes-akyrosi-synexizoun-xreoseis-synigoros", "Διονύσης Ρουμελιώτης <dionysis.roum@example.gr>", "Συνεχίζετε να με χρεώνετε", "billing", "high",
"""Κύριοι,

Ακύρωσα τη συνδρομή καφέ στις 28 Φεβρουαρίου μέσα από τον λογαριασμό
μου, και έλαβα email που επιβεβαίωνε την ακύρωση. Παρόλα αυτά, τον
Μάρτιο, τον Απρίλιο και τον Μάιο μου στείλατε πακέτα και χρεώσατε την
κάρτα μου 3 x 27,50€.

Ζητώ την επιστροφή των 82,50€ εντός 10 ημερών, διαφορετικά θα
υποβάλω καταγγελία στη Γενική Γραμματεία Εμπορίου και Προστασίας
Καταναλωτή. Τα πακέτα είναι κλειστά και μπορείτε να τα παραλάβετε.

Διονύσης Ρουμελιώτης"""),
("el", "kafes-istoselida-allagi-dieythinsis-sfalma", "Μαργαρίτα Σκαλίδη <margarita.skal@example.gr>", "Αλλαγή διεύθυνσης αποστολής - σφάλμα", "technical", "",
"""Καλημέρα σας,

Μετακόμισα και προσπαθώ να αλλάξω τη διεύθυνση αποστολής στο "Η
συνδρομή μου". Όταν πατάω "Αποθήκευση" βγαίνει "Κάτι πήγε στραβά,
δοκιμάστε ξανά" και κρατάει την παλιά. Το επόμενο πακέτο φεύγει την
Πέμπτη. Δοκίμασα από δύο browser και από το κινητό, και άδειασα και
τα cookies. Τι φταίει;

Μαργαρίτα"""),
# ---------------- event tickets ----------------
("el", "eisitiria-anavoli-synavlias-thelo-ta-lefta", "Ερμιόνη Καραγιάννη <ermioni.karag@example.gr>", "Αναβολή συναυλίας 12/7", "billing", "",
"""Καλησπέρα σας,

Η συναυλία της 12ης Ιουλίου στο Θέατρο Βράχων μεταφέρθηκε στις 27
Σεπτεμβρίου. Τον Σεπτέμβριο θα είμαι στο εξωτερικό για σπουδές, οπότε
δεν μπορώ να πάω. Θα ήθελα επιστροφή χρημάτων για τα δύο εισιτήρια
(2 x 45€), όχι μεταφορά στη νέα ημερομηνία.

Κωδικός κράτησης: TK-5520917
Ερμιόνη Καραγιάννη"""),
("el", "gl-eisitiria-akyrwsh-festival-xrewseis-trapeza", "Babis Ntal <babis.ntal@example.gr>", "festival akyrw8hke - leipoun ta lefta", "billing", "high",
"""To festival ths 20/6 akyrw8hke apo tous diorganwtes. Mou
epistrepsate 3 x 55 = 165e alla oxi ta 3 x 6,50 "xrewseis
ekswpistwshs" kai ta 2,90 "kostos synallaghs". Afou h ekdhlwsh DEN
eginai, den exw plhrwsei gia kamia ypiresia. Esteila 3 mail xwris
apanthsh, opote ekana amfisvhthsh tou ypoloipou (22,40e) sthn trapeza.
Babis Ntalakas, kratish TK-5498310"""),
("el", "eisitiria-efarmogi-qr-mi-diathesimo", "Ιάκωβος Παπαναστασίου <iakovos.papan@example.gr>", "Τα εισιτήρια δεν εμφανίζονται", "technical", "",
"""Καλησπέρα,

Η παράσταση είναι αύριο στις 21:00 και στην εφαρμογή τα εισιτήριά μου
γράφουν ακόμα "Το εισιτήριο θα είναι διαθέσιμο σύντομα", χωρίς QR. Στο
email επιβεβαίωσης δεν υπάρχει PDF. Η πληρωμή έχει περάσει κανονικά.
Τι να δείξω στην είσοδο;

Ιάκωβος Παπαναστασίου
Κράτηση TK-5531188"""),
("el", "gl-eisitiria-metavivasi-se-filo-sfalma", "Zeta M. <zeta.m@example.gr>", "metaviwash eishthriou", "technical", "",
"""geia, 8elw na metaviwsw to ena eishthrio sthn filh mou giati den
er8oume mazi telika. pataw "metavivash", vazw to email ths kai vgazei
"Sfalma 409 - h energeia den einai dynath". h filh mou exei logariasmo
sas. ti kanw lathos?
Zeta"""),
("el", "eisitiria-anapiriko-amaxidio-theatro", "Κωνσταντίνα Μελά <konstantina.mela@example.gr>", "Θέση για αναπηρικό αμαξίδιο", "general", "",
"""Καλησπέρα σας,

Θα ήθελα να πάω με τον αδελφό μου, που κινείται με αναπηρικό αμαξίδιο,
στην παράσταση του Αυγούστου στο ανοιχτό θέατρο. Υπάρχουν θέσεις για
αμαξίδια και πώς τις κλείνουμε; Από το site δεν βρίσκω την επιλογή.
Υπάρχει και πρόσβαση χωρίς σκαλιά από το πάρκινγκ;

Κωνσταντίνα Μελά"""),
("el", "gl-eisitiria-xamenos-mpoufan-synavlia", "Vaggelis Sk <vaggelis.sk@example.gr>", "ksexasa to mpoufan", "general", "",
"""Geia sas, sthn synaylia ths Paraskeuhs sto Gkazi ksexasa to mpoufan
mou sthn kerkida B, seira 14. Mauro, me ena patch me ena kokkino astro
sto maniki. Exei vre8ei kati? se poion prepei na apey8ynthw?
Vaggelis"""),
# ---------------- solar panels ----------------
("el", "fotovoltaika-inverter-kapnos-taratsa", "Παρθένα Σιδηροπούλου <parthena.sidir@example.gr>", "Inverter στην ταράτσα", "technical", "high",
"""Καλησπέρα,

Σήμερα το μεσημέρι ανέβηκα στην ταράτσα και από τον inverter των
φωτοβολταϊκών που μας εγκαταστήσατε τον Απρίλιο ακουγόταν ένα
τρίξιμο και έβγαινε λίγος καπνός από το κάτω μέρος, εκεί που μπαίνουν
τα καλώδια. Κατέβασα τον διακόπτη AC στον πίνακα όπως μας είχε δείξει
ο τεχνικός. Ο καπνός σταμάτησε, αλλά η μυρωδιά καμένου παραμένει.

Δεν ξέρω αν πρέπει να κάνω και κάτι άλλο. Παρακαλώ στείλτε κάποιον.

Παρθένα Σιδηροπούλου
6955 000 871"""),
("el", "gl-fotovoltaika-efarmogi-mhden-paragwgh", "Stathis Kon <stathis.kon@example.gr>", "mhden paragwgh", "technical", "",
"""Kalhspera, sthn efarmogh parakolou8hshs ta fwtovoltaika deixnoun 0
kWh paragwgh edw kai mia evdomada, me liakades. O inverter sthn
apo8hkh exei prasino fws kai h o8onh tou grafei kanonika watt. Mhpws
xalase h syndesh ths efarmoghs kai oxi ta panel? 8elw na kserw an
paragoun h oxi.
Sta8hs"""),
("el", "fotovoltaika-deyteri-dosi-prin-ti-syndesi", "Ανδρόνικος Βασιλείου <andronikos.vas@example.gr>", "Δεύτερη δόση εγκατάστασης", "billing", "",
"""Καλησπέρα σας,

Σύμφωνα με τη σύμβαση, η δεύτερη δόση (40%, 3.120€) καταβάλλεται μετά
τη σύνδεση του συστήματος με το δίκτυο. Μου στείλατε τιμολόγιο για την
πληρωμή της, ενώ η σύνδεση δεν έχει γίνει ακόμα, τα πάνελ είναι
τοποθετημένα αλλά ο μετρητής δεν έχει αλλάξει. Θα την καταβάλω μόλις
γίνει η σύνδεση, όπως συμφωνήσαμε.

Ανδρόνικος Βασιλείου"""),
("el", "fotovoltaika-mpataria-den-fortizei", "Θεοπίστη Καλλιάνου <theopisti.kall@example.gr>", "Μπαταρία αποθήκευσης", "technical", "",
"""Καλημέρα,

Η μπαταρία αποθήκευσης έχει κολλήσει στο 12% εδώ και τέσσερις μέρες.
Τα πάνελ παράγουν κανονικά (το σπίτι δουλεύει από αυτά τη μέρα και το
περίσσευμα πάει στο δίκτυο), αλλά η μπαταρία δεν φορτίζει καθόλου.
Στην οθόνη της γράφει "BMS standby".

Θεοπίστη Καλλιάνου"""),
("el", "gl-fotovoltaika-timologio-epidotisi", "Giorgos Lialios <giorgos.lialios@example.gr>", "timologio gia to programma", "billing", "",
"""Kalhmera, gia thn epidothsh tou programmatos gia fwtovoltaika sth
stegh mou zhtane to timologio na grafei xwrista to kostos twn panel,
tou inverter kai ths egkatastashs, kai ton ari8mo aithshs. To dika sas
grafei ena synoliko poso. Mporeite na to ksanavgalete etsi? Ari8mos
aithshs YP-2024-08817.
Giwrgos Lialios"""),
("el", "fotovoltaika-aftopsia-gia-prosfora", "Μιλτιάδης Σκαρλάτος <miltiadis.skarl@example.gr>", "Ενδιαφέρον για φωτοβολταϊκά", "general", "",
"""Καλησπέρα σας,

Έχουμε διώροφη μονοκατοικία στο Λουτράκι με επίπεδη ταράτσα περίπου
90 τ.μ., νότιο προσανατολισμό. Ενδιαφερόμαστε για φωτοβολταϊκό με
μπαταρία. Πώς προχωράμε; Έρχεστε να δείτε τον χώρο πριν την
προσφορά;

Μιλτιάδης Σκαρλάτος"""),
# ---------------- e-scooter rental ----------------
("el", "gl-patinia-diadromi-den-ekleise-38e", "Kiki P. <kiki.p.95@example.gr>", "38e gia 10 lepta", "billing", "",
"""Geia sas, xthes parkara to patini sthn plateia Aristotelous, patisa
"telos diadromhs", to kleidwsa kai efyga. Shmera vlepw oti h diadromh
ekleise meta apo 4 wres kai me xrewsate 38e! Exw kai th fwtografia
pou vgala sto telos opws zhtaei to app. Epistrofh parakalw.
Kikh"""),
("el", "patinia-gkazi-kollise-freno-den-epiase", "Ορέστης Χατζηδάκης <orestis.chatzid@example.gr>", "Επικίνδυνο πατίνι #44127", "technical", "high",
"""Καλησπέρα,

Σήμερα το απόγευμα νοίκιασα το πατίνι #44127. Στον κατήφορο της
Βασιλίσσης Όλγας το γκάζι κόλλησε πατημένο και το πίσω φρένο δεν
έπιανε καθόλου. Σταμάτησα μόνο επειδή πήδηξα στο πεζοδρόμιο και το
άφησα να πέσει πάνω σε ένα παρτέρι. Δεν χτύπησα, ευτυχώς.

Το πατίνι είναι ακόμα εκεί, μπροστά στο Βασιλικό Θέατρο. Παρακαλώ
αποσύρετέ το πριν το πάρει κάποιος άλλος.

Ορέστης Χατζηδάκης"""),
("el", "patinia-qr-den-skanarei", "Δάφνη Ιωαννίδη <dafni.ioannidi@example.gr>", "Δεν ξεκλειδώνει", "technical", "",
"""Γεια σας, κανένα πατίνι δεν ξεκλειδώνει με το σκανάρισμα του QR,
η κάμερα ανοίγει, το διαβάζει και μετά γράφει "Ο κωδικός δεν
αναγνωρίστηκε". Δοκίμασα τρία διαφορετικά. Έβαλα και τον αριθμό με
το χέρι, το ίδιο. Η εφαρμογή είναι ενημερωμένη.
Δάφνη"""),
("el", "gl-patinia-mhniaio-pass-stop", "Alexandros V. <alexandros.v@example.gr>", "mhniaio pass", "billing", "",
"""Kalhspera, agorasa podhlato kai den 8a xreiazomai pia to mhniaio
pass (14,99). Kleiste to na mh xrew8ei thn 1h tou mhna. An mporei na
meinei o logariasmos anoixtos gia kamia fora pou 8a to xreiastw me
xrewsh ana diadromh.
Alexandros"""),
("el", "patinia-fragmeno-pezodromio-polykatoikia", "Διαχείριση Πολυκατοικίας Ερμού 41 <diaxeirisi.ermou41@example.gr>", "Πατίνια στην είσοδο", "general", "",
"""Καλησπέρα σας,

Σχεδόν κάθε πρωί βρίσκουμε δύο-τρία πατίνια σας παρκαρισμένα μπροστά
στην είσοδο της πολυκατοικίας, πάνω στη ράμπα. Στο κτίριο μένει
ένοικος με αναπηρικό αμαξίδιο που δεν μπορεί να βγει μέχρι να τα
μετακινήσει κάποιος. Μπορείτε να ορίσετε τη ράμπα ως περιοχή όπου δεν
επιτρέπεται η στάθμευση στην εφαρμογή;

Για τη διαχείριση,
Αθηνά Παπαγεωργίου"""),
("el", "gl-patinia-diploma-den-epivevaiwnetai", "Tasos D. <tasos.d.01@example.gr>", "epivevaiwsh diplwmatos", "technical", "",
"""geia, sto app zhtaei na anevasw fwto tou diplwmatos odhghshs. to
anevazw (kai tis 2 pleyres) kai meta apo 2 lepta leei "h epalh8eysh
apetyxe, dokimaste ksana". to dokimasa me fws mera, xwris flas, to
idio. to diploma einai kainourio, to plastiko.
Tasos"""),
# ---------------- online courses ----------------
("el", "mathimata-online-epistrofi-14-imeres", "Ραλλού Κωνσταντινίδου <rallou.konst@example.gr>", "Επιστροφή χρημάτων - μάθημα Excel", "billing", "",
"""Καλησπέρα,

Αγόρασα πριν από πέντε μέρες το online μάθημα "Excel για επαγγελματίες"
(89€). Έχω δει μόνο τις δύο πρώτες ενότητες και καταλαβαίνω ότι είναι
πολύ βασικό για το επίπεδό μου. Στη σελίδα αναφέρετε εγγύηση επιστροφής
χρημάτων 14 ημερών. Θα ήθελα να τη χρησιμοποιήσω.

Ραλλού Κωνσταντινίδου"""),
("el", "gl-mathimata-vinteo-kollaei-0", "Fotis Ag. <fotis.ag@example.gr>", "ta vinteo den paizoun", "technical", "",
"""Geia, sto ma8hma Photoshop ta vinteo apo thn enothta 4 kai meta den
paizoun, o kyklos gyrnaei sto 0% kai meta leei "Media could not be
loaded". Oi prwtes 3 enothtes paizoun kanonika. Dokimasa Chrome,
Edge, kinhto. Tis exw plhrwsei kanonika, 8elw na ta dw!
Fwths"""),
("el", "mathimata-pistopoiitiko-den-katevainei", "Σεραφείμ Λιόλιος <serafeim.liolios@example.gr>", "Πιστοποιητικό ολοκλήρωσης", "technical", "",
"""Καλημέρα σας,

Ολοκλήρωσα το πρόγραμμα "Ψηφιακό Μάρκετινγκ" με 92% στο τελικό τεστ.
Όταν πατάω "Λήψη πιστοποιητικού" ανοίγει μια λευκή σελίδα και μετά
"Error generating PDF". Το χρειάζομαι για μια αίτηση εργασίας που
λήγει την Παρασκευή.

Σεραφείμ Λιόλιος"""),
("el", "gl-mathimata-zwntana-mathimata-proapaitoumena", "Elina Mp <elina.mp@example.gr>", "erwthsh gia to ma8hma Python", "general", "",
"""Kalhspera, skeftomai na grafhtw sto ma8hma "Python apo to mhden".
Exei kai zwntana ma8hmata h mono vinteo? Kai xreiazetai na kserw
kati prin, h ontws ksekinaei apo to mhden? Douleuw logisthria, den
exw grapsei pote kwdika.
Elina"""),
("el", "mathimata-emails-foititon-diarroi-arxi-prostasias", "Δρ. Ευθαλία Νικηφόρου <efthalia.nikif@example.gr>", "Διαρροή προσωπικών δεδομένων", "general", "high",
"""Κύριοι,

Χθες όλοι οι συμμετέχοντες του σεμιναρίου "Διοίκηση Ανθρώπινου
Δυναμικού" λάβαμε ένα ενημερωτικό email από εσάς όπου οι διευθύνσεις
όλων των 140 συμμετεχόντων φαίνονταν στο πεδίο "Προς", μαζί με ένα
συνημμένο με ονοματεπώνυμα και τηλέφωνα. Δεν έχω δώσει ποτέ συναίνεση
για κάτι τέτοιο.

Ζητώ να μου απαντήσετε γραπτώς ποια μέτρα παίρνετε. Επιφυλάσσομαι να
υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού
Χαρακτήρα.

Ευθαλία Νικηφόρου"""),
("el", "mathimata-2fa-neo-kinito", "Ηρακλής Φραγκούλης <iraklis.fragk@example.gr>", "Κωδικός επαλήθευσης", "technical", "",
"""Καλησπέρα,

Άλλαξα κινητό και ο κωδικός από την εφαρμογή επαλήθευσης (2FA) που
έχω στο καινούριο δεν γίνεται δεκτός, "Λάθος κωδικός". Δεν μπορώ να
μπω στον λογαριασμό και να συνεχίσω τα μαθήματα. Οι εφεδρικοί κωδικοί
ήταν στο παλιό κινητό, που το έδωσα.

Ηρακλής Φραγκούλης"""),
]
