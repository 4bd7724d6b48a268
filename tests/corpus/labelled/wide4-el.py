# wide4-el.py -- a fourth wide batch of Greek mails (Greek script and
# Greeklish) over many kinds of business: estate agents, removals, skip
# hire, tool hire, insurance, driving tests, opticians, subscription
# boxes, florists, leisure venues, pharmacies, private wards, medical
# supplies, garden centres, office services, copier leasing, parcel
# shops, student housing, apps, ticket resale, airport parking, hotel
# loyalty and train season tickets -- for training.  All three queues
# and both priorities as they naturally occur.  Same tuple format as
# batch16.py.
M += [
# ---------------- estate agents and property portals ----------------
("el", "w4-mesitika-dyo-fores", "Σταυρούλα Κεχαγιά <s.kechagia@example.com>", "Αμοιβή μεσίτη", "billing", "",
"""Καλησπέρα σας,

Υπέγραψα το μισθωτήριο για το διαμέρισμα στην Τούμπα την Πέμπτη και
πλήρωσα την αμοιβή σας (ένα ενοίκιο, 420€) με κάρτα στο γραφείο. Σήμερα
βλέπω στην εφαρμογή της τράπεζας την ίδια κίνηση δύο φορές, με ώρα
12:41 και 12:43. Προφανώς το τερματικό το πέρασε δύο φορές. Μπορείτε
να ακυρώσετε τη δεύτερη;

Ευχαριστώ,
Σταυρούλα Κεχαγιά"""),
("el", "w4-egguisi-idioktitis-apesyre-synigoros", "Άρης Λαμπρόπουλος <aris.lamprop@example.net>", "Κράτηση ακινήτου Ν. Σμύρνη - 800€", "billing", "high",
"""Κύριοι,

Στις 3 Σεπτεμβρίου σας κατέβαλα 800€ ως «ποσό δέσμευσης» για το
διαμέρισμα της οδού Ομήρου, με τη ρητή διαβεβαίωση του συνεργάτη σας
κ. Φωτίου ότι αν η μίσθωση δεν προχωρούσε με υπαιτιότητα του
ιδιοκτήτη, το ποσό θα επιστρεφόταν ολόκληρο. Ο ιδιοκτήτης απέσυρε το
ακίνητο δέκα μέρες μετά. Από τότε ο κ. Φωτίου δεν απαντά.

Έχω την απόδειξη κατάθεσης και τα μηνύματα στο κινητό μου. Αν τα 800€
δεν επιστραφούν έως τις 30 του μήνα, θα καταθέσω αναφορά στον Συνήγορο
του Καταναλωτή και θα απευθυνθώ σε δικηγόρο.

Άρης Λαμπρόπουλος"""),
("el", "w4-gl-premium-aggelia-poulithike", "Mixalis Drakos <mdrakos77@example.com>", "aggelia spitiou", "billing", "",
"""Kalhmera,
to spiti sthn Kalamaria poulh8hke (epitelous!!) opote den xreiazetai na
menei h aggelia sto Premium. Mexri twra plhrwna ka8e mhna to 24,90 gia
thn provolh sthn korufh. Den thelw na ksanavgei tetoio poso apo thn
karta apo ton epomeno mhna.
Euxaristw
Mixalhs"""),
("el", "w4-fotografies-aggelias-epeksergasia", "Ελισάβετ Τσιρίγου <elisavet.tsirigou@example.org>", "Φωτογραφίες αγγελίας 118204", "technical", "",
"""Γεια σας,

Ανέβασα χθες 14 φωτογραφίες στην αγγελία μου (κωδ. 118204) για τη
μονοκατοικία στο Πανόραμα. Στη διαχείριση όλες γράφουν ακόμα
«σε επεξεργασία» και στη δημόσια σελίδα φαίνεται μόνο το γκρι εικονίδιο
με το σπιτάκι. Τις ανέβασα από υπολογιστή, JPG, γύρω στα 3 MB η καθεμία.
Δοκίμασα να σβήσω μία και να την ξανανεβάσω, τα ίδια.

Ελισάβετ"""),
("el", "w4-gl-kwdikos-sms-idiokthths", "Panos Vlaxos <panos.vl@example.net>", "den erxetai to sms", "technical", "",
"""geia sas prospa8w na mpw ston logariasmo idiokthth gia na anevasw to
diamerisma kai zhtaei kwdiko epalh8eushs me sms. to sms den erxetai
pote, to ksanazhthsa 5 fores. o ari8mos einai swstos, 69xx xxx 112,
pairnw kanonika sms apo tis trapezes. ti paizei?"""),
("el", "w4-pinakas-mesiton-ektos-12-synergates", "Γραφείο Ακινήτων Θεμέλιο <info@themelio-akinita.example>", "Ο πίνακας ελέγχου μεσιτών δεν ανοίγει", "technical", "high",
"""Καλημέρα,

Από τις 8:30 κανείς από τους 12 συνεργάτες μας δεν μπορεί να μπει στον
πίνακα ελέγχου του portal. Μετά τη σύνδεση μένει μια λευκή σελίδα με
τον κύκλο να γυρίζει. Δεν βλέπουμε τα αιτήματα ενδιαφέροντος που
έρχονται από τις αγγελίες, δεν μπορούμε να ανεβάσουμε τα τρία ακίνητα
που είχαμε προγραμματίσει για σήμερα και έχουμε ήδη πελάτες που
τηλεφωνούν ότι μας έστειλαν μήνυμα χωρίς απάντηση. Δοκιμάσαμε σε
Chrome, Edge και από κινητό.

Παρακαλώ καλέστε μας στο 2310 000 845.

Αντώνης Ζαφειρίου
Θεμέλιο Ακίνητα"""),
("el", "w4-gl-allagi-ora-episkepsis", "Katerina Giannopoulou <kgiannop@example.com>", "Re: Epivevaiwsh episkepshs - Dionysou 22", "general", "",
"""Kalhspera,
dustyxws thn Paraskeuh stis 6 exw allaksei vardia sth douleia. Mporoume
na to metaferoume gia to Savvato to prwi h thn Kyriakh? Me endiaferei
poly to diamerisma.
Katerina

> Sas epivevaiwnoume thn episkepsh sto akinhto ths odou Dionysou 22
> thn Paraskeuh 14/6 stis 18:00. Sas perimenei h k. Rallh.
> Ομάδα Ενοικιάσεων"""),
("el", "w4-diagrafi-tilefonou-mesites", "Ευτυχία Μαυρίδου <eft.mavridou@example.org>", "Διαγραφή στοιχείων μου", "general", "",
"""Αξιότιμοι κύριοι,

Πριν από δύο χρόνια σας είχα αναθέσει την πώληση ενός οικοπέδου, η
οποία ολοκληρώθηκε και εξοφλήθηκε κανονικά. Από τότε με καλούν συνεχώς
συνεργάτες σας στο 6945 000 317 για «νέες ευκαιρίες επένδυσης».

Σύμφωνα με τον ΓΚΠΔ ζητώ να διαγραφεί το τηλέφωνό μου και κάθε άλλο
προσωπικό μου στοιχείο από τη βάση σας και να μου επιβεβαιώσετε
γραπτώς ότι έγινε.

Με εκτίμηση,
Ευτυχία Μαυρίδου"""),
# ---------------- removal companies ----------------
("el", "w4-metakomisi-prosfora-480-egine-560", "Δανάη Σκουλά <danai.skoula@example.com>", "Μετακόμιση 12/5", "billing", "",
"""Καλησπέρα,

Η γραπτή προσφορά που μου στείλατε για τη μετακόμιση από Βύρωνα σε
Χαλάνδρι έγραφε 480€ τελικό. Στο τέλος ο επικεφαλής της ομάδας μου
έδωσε χαρτί για 560€ και είπε ότι «τα υπόλοιπα είναι για τον τρίτο
όροφο χωρίς ασανσέρ». Ο τρίτος όροφος και η έλλειψη ασανσέρ ήταν
γραμμένα στη φόρμα που συμπλήρωσα. Γιατί 80 παραπάνω;

Δανάη Σκουλά"""),
("el", "w4-gl-prokatavoli-100-akyrwsh-hmeromhnias", "Thanasis Rigas <thrigas@example.net>", "prokatavolh", "billing", "",
"""Kalhmera,
eixa kleisei metakomish gia tis 28 tou mhna kai eixa dwsei 100e
prokatavolh. Mia evdomada prin me pirate thlefwno oti den exete fortigo
ekeinh th mera kai akyrw8hke. Entaksei, th vrhka me allh etaireia. Ta
100 omws akoma den exoun gyrisei, perasan 3 evdomades. IBAN sas to
esteila sto sms.
Thanashs Rigas"""),
("el", "w4-gl-metakomisi-pote-trapeza-amfisvitisi", "Marilena K. <marilena.k88@example.com>", "AMFISVHTHSH XREWSHS", "billing", "high",
"""Plhrwsa 350 eurw me karta gia metakomish sthn Patra pou den egine pote
- to fortigo den hr8e to prwi ths Tetarths kai kaneis den apanthse sto
thlefwno oloklhrh th mera. Anagkasthka na nikiasw van monh mou.

Shmera kata8esa amfisvhthsh ths xrewshs sthn trapeza mou. Sas to lew
gia na kserete oti 8a sas zhthsoun stoixeia.
Marilena Kostoula"""),
("el", "w4-forma-prosforas-lefki-selida", "Ιάκωβος Πετράκης <iakovos.petrakis@example.org>", "Φόρμα προσφοράς", "technical", "",
"""Γεια σας, προσπαθώ να ζητήσω προσφορά από τη σελίδα σας. Μόλις πατήσω
«Προσθήκη δωματίου» για δεύτερη φορά, η σελίδα ασπρίζει και χάνονται
όσα είχα γράψει. Έγινε τρεις φορές, σε Firefox και σε Safari στο iPad.
Έχω τέσσερα δωμάτια και αποθήκη, δεν μπορώ να τα βάλω όλα.
Ιάκωβος"""),
("el", "w4-myrizei-gkazi-meta-metakomisi", "Ροδάνθη Καραλή <rodanthi.karali@example.com>", "Κουζίνα μετά τη μετακόμιση", "technical", "high",
"""Καλησπέρα,

Οι άνθρωποί σας σύνδεσαν χθες την κουζίνα υγραερίου στο καινούργιο
σπίτι, ήταν μέσα στην υπηρεσία «αποσύνδεση - επανασύνδεση συσκευών».
Από το πρωί μυρίζει γκάζι όταν μπαίνεις στην κουζίνα, πιο έντονα πίσω
από τη συσκευή. Έκλεισα τη φιάλη, άνοιξα τα παράθυρα και δεν ανάβουμε
τίποτα. Η μυρωδιά έχει μειωθεί αλλά δεν έφυγε.

Μπορεί να έρθει κάποιος να ελέγξει τη σύνδεση;

Ροδάνθη Καραλή
6972 000 540"""),
("el", "w4-gl-plynthrio-trexei-lasticho", "Giwrgos Fwtiou <gfotiou@example.net>", "plynthrio meta th metakomish", "technical", "",
"""Geia sas,
to plynthrio pou sundesan ta paidia sas sto neo spiti trexei nero apo
pisw otan kanei ekseplysi, exei ginei mia mikrh limnoula sto patwma.
Pisteuw einai to lasthxo ths apoxeteushs pou den mpike kala.
Na to pw ksekatharo: den zhtaw lefta h ekptwsh, hmoun poly euxarhstos me
th metakomish. Apla steilte kapoion na to sfi3ei swsta giati den thelw
na to peiraksw kai na xasw thn eggyhsh.
Giwrgos"""),
("el", "w4-piano-kai-vivlia", "Ηλίας Σαραντόπουλος <ilias.sarant@example.org>", "Ερώτηση πριν κλείσουμε", "general", "",
"""Καλημέρα σας,

Σκεφτόμαστε να μετακομίσουμε τον Ιούλιο από Ηράκλειο σε Χανιά. Έχουμε
ένα όρθιο πιάνο και περίπου 40 κούτες βιβλία. Αναλαμβάνετε πιάνο ή
χρειάζεται ειδικό συνεργείο; Και πόσο νωρίτερα πρέπει να σας
ειδοποιήσουμε για να βρούμε ημερομηνία Σάββατο;

Ηλίας Σαραντόπουλος"""),
("el", "w4-efxaristo-omada-metakomisis", "Νικολέτα Ζήση <nikoleta.zisi@example.com>", "Ευχαριστώ!", "general", "",
"""Γεια σας,

Ήθελα απλώς να πω ένα μεγάλο ευχαριστώ στον Σπύρο, τον Κλεάνθη και τον
Αμίρ που μας μετέφεραν την Τρίτη. Τίποτα σπασμένο, ούτε μια γρατζουνιά
στο τραπέζι της γιαγιάς, που φοβόμουν περισσότερο απ' όλα. Τον
λογαριασμό τον εξοφλήσαμε επιτόπου και τους αφήσαμε κάτι για καφέ, αλλά
άξιζαν πολύ παραπάνω.

Θα σας προτείνω σε όλους.
Νικολέτα"""),
# ---------------- skip hire and scrap-car collection ----------------
("el", "w4-kados-yperoro-varos-45", "Βαγγέλης Τσούτσας <v.tsoutsas@example.net>", "Κάδος μπάζων 3 κ.μ.", "billing", "",
"""Καλημέρα,

Μίσθωσα κάδο 3 κυβικών για τα μπάζα από το μπάνιο, 150€. Σήμερα βλέπω
στην κάρτα μου και άλλα 45€ με την περιγραφή «υπέρβαση βάρους». Ο
κάδος δεν ήταν καν γεμάτος ως πάνω, έχω φωτογραφία την ώρα που τον
φόρτωναν. Πού ζυγίστηκε και πώς βγήκε το βάρος; Θα ήθελα να δω το
ζύγισμα ή να μου επιστραφούν.

Βαγγέλης Τσούτσας"""),
("el", "w4-gl-palio-amaksi-90-anti-150", "Stelios Mpakas <steliosbakas@example.com>", "to fiat", "billing", "",
"""kalhspera
hr8ate kai phrate to palio fiat gia apoxarakthrismo thn Deutera. sto
thlefwno mou eipate 150 eurw gia to amaksi, to grapsate kai sto sms.
sto logariasmo mou mphkan 90. ta alla 60 pou einai? mhpws erxontai
ksexwrista?"""),
("el", "w4-timologio-kados-afm-etaireia", "Λογιστήριο Ανακαινίσεις Πλέσσας <logistirio@plessas-renovations.example>", "Παραστατικό για κάδους Μαΐου", "billing", "",
"""Καλημέρα σας,

Για τους τέσσερις κάδους που μισθώσαμε τον Μάιο για το εργοτάξιο της
Πεύκης μάς δώσατε αποδείξεις λιανικής. Χρειαζόμαστε τιμολόγιο στην
εταιρεία με ΦΠΑ:
ΑΝΑΚΑΙΝΙΣΕΙΣ ΠΛΕΣΣΑΣ ΙΚΕ, ΑΦΜ 800000000, ΔΟΥ Κηφισιάς.
Μπορείτε να ακυρώσετε τις αποδείξεις και να εκδώσετε ένα τιμολόγιο;

Ευχαριστούμε,
Ρένα Πλέσσα"""),
("el", "w4-gl-kratisi-kadou-xarths-den-fortwnei", "Fotis Xatzhs <fotis.xatz@example.net>", "kleisimo kadou online", "technical", "",
"""Geia, sth selida krathshs kadou otan vazw th dieu8unsh (Agiou Dhmhtriou
45, Peristeri) o xarths menei gkri kai to koumpi "epomeno" den
energopoieitai, opote den mporw na dialeksw hmeromhnia. Dokimasa kai
me to TK sketo. Apo kinhto kai apo laptop to idio."""),
("el", "w4-kados-porta-anoigei-paidia", "Μυρτώ Παλαιολόγου <myrto.palaiologou@example.org>", "Ο κάδος έξω από το σπίτι μου", "technical", "high",
"""Καλησπέρα,

Ο κάδος με την ανοιγόμενη πλευρά που φέρατε την Τρίτη έχει χαλασμένο
μάνταλο. Η πόρτα του δεν κλειδώνει και ανοίγει μόνη της με τον αέρα,
βγαίνει πάνω στο πεζοδρόμιο. Το απόγευμα βρήκα δύο παιδάκια της
γειτονιάς να σκαρφαλώνουν μέσα ανάμεσα σε σίδερα και σπασμένα πλακάκια.
Την έχω δέσει προσωρινά με σχοινί. Πρέπει να έρθει κάποιος να τη
φτιάξει ή να αλλάξει τον κάδο όσο πιο γρήγορα γίνεται.

Μυρτώ Παλαιολόγου, Αγ. Ιωάννου 8, Χολαργός"""),
("el", "w4-gl-efarmogi-reset-kwdikou-lhgmeno", "Lefteris Mantas <lmantas@example.com>", "link", "technical", "",
"""kalhmera, zhtaw allagh kwdikou sthn efarmogh gia na dw pote erxetai to
fortigo gia to amaksi. mou erxetai to email amesws, patw to link kai
leei "to link exei lhksei". to ekana 4 fores se 2 lepta. Lefteris"""),
("el", "w4-pistopoiitiko-katastrofis-oximatos", "Ευάγγελος Μουρτζής <e.mourtzis@example.net>", "Πιστοποιητικό καταστροφής ΙΚΥ 4471", "general", "",
"""Καλησπέρα σας,

Παραλάβατε το Opel Corsa μου (ΙΚΥ 4471) πριν από δέκα μέρες και το ποσό
των 120€ το έλαβα κανονικά, ευχαριστώ. Δεν μου έχει έρθει όμως ακόμα
το πιστοποιητικό καταστροφής, που το χρειάζομαι για να καταθέσω τις
πινακίδες και να σταματήσουν τα τέλη κυκλοφορίας. Πότε θα το έχω και
θα έρθει ταχυδρομικά ή με email;

Ευάγγελος Μουρτζής"""),
("el", "w4-gl-ti-xwraei-ston-kado", "Roula Stergiou <roula.st@example.org>", "erwthsh", "general", "",
"""Kalhspera, ftiaxnoume thn apo8hkh kai 8a xreiastoume kado. Mporoume na
valoume mesa gypsosanides kai ena palio strwma? Kai kati palies
lamarines apo th stegh, mallon einai ap' autes me ton amianto, ta
dexeste h 8elei allh diadikasia?
Roula"""),
# ---------------- tool and equipment hire ----------------
("el", "w4-egguisi-betoniera-200", "Παναγιώτης Κουρής <p.kouris@example.com>", "Εγγύηση μπετονιέρας", "billing", "",
"""Καλημέρα,

Στις 5 Ιουνίου νοίκιασα την ηλεκτρική μπετονιέρα για τρεις μέρες και
άφησα εγγύηση 200€ με κάρτα. Την επέστρεψα στις 8 το πρωί, καθαρή, και
ο υπάλληλος στο κατάστημα της Λάρισας είπε ότι όλα είναι εντάξει και ότι
η εγγύηση θα αποδεσμευτεί σε 2-3 μέρες. Έχουν περάσει δώδεκα και το ποσό
είναι ακόμα δεσμευμένο στην κάρτα.

Παναγιώτης Κουρής
Αρ. μίσθωσης ΕΝ-20917"""),
("el", "w4-gl-epipleon-mera-trypani", "Kwstas Pap. <kpap.build@example.net>", "krousto", "billing", "",
"""To krousto to nikiasa Paraskeuh 8 to prwi gia 2 meres kai to efera
pisw Kyriakh 7:40 to prwi, prin to anoigma, to afhsa sto kouti epistrofwn
opws mou eipan. mou xrewsate kai Deutera san 3h mera. den to eixa 3 meres.
Kwstas"""),
("el", "w4-xreosi-katharismou-xalioplystiko", "Σοφία Αναστασίου <sofia.anast@example.org>", "Μηχάνημα καθαρισμού χαλιών", "billing", "",
"""Καλησπέρα σας,

Στην απόδειξη για το μηχάνημα καθαρισμού χαλιών βλέπω 30€ «χρέωση
καθαρισμού». Το άδειασα, το ξέπλυνα και το επέστρεψα πιο καθαρό απ' ό,τι
το πήρα, και κανείς δεν μου είπε κάτι στο γκισέ. Θα ήθελα να αφαιρεθεί
αυτό το ποσό.

Σοφία Αναστασίου"""),
("el", "w4-kompreser-zimia-trapeza-amfisvitisi", "Χρήστος Λιάπης <christos.liapis@example.com>", "Χρέωση 350€ για «ζημιά»", "billing", "high",
"""Δύο εβδομάδες μετά την επιστροφή του σπαστήρα, με χρεώσατε 350€ για
«ζημιά στο καλώδιο τροφοδοσίας», χωρίς να μου δείξετε φωτογραφία, χωρίς
να με ρωτήσετε. Όταν τον επέστρεψα, ο υπάλληλός σας τον έλεγξε μπροστά
μου και υπέγραψε ότι παραλήφθηκε σε καλή κατάσταση - έχω το έντυπο.

Επειδή δεν απαντάτε ούτε σε email ούτε στο τηλέφωνο, άνοιξα σήμερα
αμφισβήτηση της συναλλαγής με την εκδότρια τράπεζα της κάρτας μου.

Χρήστος Λιάπης"""),
("el", "w4-gl-triveio-dapedou-spi8es", "Nikos Karamanos <nkaramanos@example.net>", "TRIVEIO DAPEDOU", "technical", "high",
"""Kalhspera, to triveio dapedou pou nikiasa shmera to prwi arxise meta
apo mish wra na petaei spi8es apo tis sxismes tou moter kai mirizei
kameno. To esvhsa amesws kai to evgala apo thn priza, twra kai to kalwdio
sto fis einai zesto. Den to ksanaxrhsimopoiw. Xreiazomai kapoio allo
giati exw ta patwmata mish douleia, alla pio poly se enhmerwnw gia na mh
to dwsete se allon etsi.
Nikos, arith. enoikiashs 55310"""),
("el", "w4-plystiko-piesis-palmoi", "Ζωή Ρήγα <zoi.riga@example.org>", "Πλυστικό", "technical", "",
"""Γεια σας,

Το πλυστικό υψηλής πίεσης που πήρα σήμερα το πρωί δεν ανεβάζει πίεση.
Το νερό βγαίνει με παλμούς, δυνατά-σιγά-δυνατά, και το μοτέρ ανάβει και
σβήνει κάθε λίγα δευτερόλεπτα. Η βρύση είναι ανοιχτή τέρμα και το λάστιχο
δεν έχει τσακίσματα. Έχω και τη βεράντα και το πεζούλι να πλύνω, να
φέρω το μηχάνημα για αλλαγή ή υπάρχει κάτι που κάνω λάθος;

Ζωή Ρήγα"""),
("el", "w4-skalosia-savvatokyriako-kifisia", "Αλέξανδρος Μπούρας <alex.bouras@example.com>", "Σκαλωσιά", "general", "",
"""Καλημέρα,
Θέλω να νοικιάσω κινητή σκαλωσιά περίπου 6 μέτρων για Σάββατο-Κυριακή
για να βάψω τη μάντρα. Τη φέρνετε στην Κηφισιά ή πρέπει να την πάρω από
το κατάστημα; Και το Σάββατο μέχρι τι ώρα είστε ανοιχτά για επιστροφές;
Αλέξανδρος"""),
("el", "w4-gl-ksexasa-gyalia-pagko", "Eleni Tzanaki <eltzanaki@example.net>", "gyalia", "general", "",
"""geia sas, xthes to apogeuma pou efera pisw to kladeutiko, ksexasa ta
gyalia orashs mou panw ston pagko dipla sto tameio, se kafe 8hkh. mhpws
ta vrhkate? perasw avrio na ta parw. euxaristw polu!!"""),
# ---------------- home insurance ----------------
("el", "w4-asfalistro-katoikias-210-289", "Κλεοπάτρα Νικολαΐδου <kleo.nikolaidou@example.org>", "Ανανέωση ασφάλισης κατοικίας", "billing", "",
"""Καλησπέρα σας,

Έλαβα την ειδοποίηση ανανέωσης για το συμβόλαιο κατοικίας ΚΤ-558210.
Πέρσι πλήρωσα 210€, φέτος μου ζητάτε 289€. Δεν έχω κάνει καμία δήλωση
ζημιάς, το σπίτι και οι καλύψεις είναι ίδια. Μπορείτε να μου εξηγήσετε
από πού προκύπτει η διαφορά;

Κλεοπάτρα Νικολαΐδου"""),
("el", "w4-gl-poulisa-spiti-asfaleia-mhniaia", "Dimos Antonakos <dantonakos@example.com>", "spiti Papagou", "billing", "",
"""Kalhmera sas,
to spiti ston Papagou pou eixa asfalismeno mazi sas to poulhsa, to
symvolaio egine xthes ston symvolaiografo. Oi neoi idiokthtes exoun hdh
dikh tous asfaleia. Opote apo ton Iouli den exei nohma na synexizete na
pairnete tis mhniaies doseis apo ton logariasmo mou. Ti xreiazeste apo
mena gia na ginei?
Dhmos"""),
("el", "w4-gl-pirate-2-fores-iouni", "Vasw Liakou <vaso.liakou@example.net>", "Iounios", "billing", "",
"""Kalhmera, ton Iouni phrate th dosh ths asfaleias spitiou 2 fores, 32,40
sthn 1h kai 32,40 sthn 3h. Tous allous mhnes mono mia. Ftiakste to
parakalw. Vasw"""),
("el", "w4-fotografies-zimias-sfalma-413", "Σωκράτης Γαλάνης <sokratis.galanis@example.com>", "Δήλωση ζημιάς - δεν ανεβαίνουν φωτογραφίες", "technical", "",
"""Καλημέρα,

Κάνω δήλωση ζημιάς από διαρροή νερού (σωλήνας στο μπάνιο του από πάνω
ορόφου) μέσα από την πύλη πελατών. Στο βήμα «Επισύναψη φωτογραφιών» ό,τι
κι αν ανεβάσω βγάζει «Σφάλμα 413» και μετά με πετάει στην αρχή της
φόρμας. Τις φωτογραφίες τις τράβηξα με το κινητό. Έχω ξεκινήσει τη
δήλωση τρεις φορές.

Σωκράτης Γαλάνης
Συμβόλαιο ΚΤ-601447"""),
("el", "w4-aisthitiras-diarrois-kokkino", "Ιφιγένεια Παππά <ifigeneia.pappa@example.org>", "Αισθητήρας νερού", "technical", "",
"""Γεια σας,
Ο αισθητήρας διαρροής νερού που μας στείλατε με το πακέτο «Έξυπνο Σπίτι»
αναβοσβήνει κόκκινο και στέλνει ειδοποίηση στο κινητό κάθε μισή ώρα,
ενώ κάτω από τον νεροχύτη είναι κατάστεγνα. Άλλαξα τη μπαταρία, το ίδιο.
Ιφιγένεια"""),
("el", "w4-synergeio-afise-kalodia-gymna", "Σπύρος Ανδριώτης <spyros.andriotis@example.net>", "Αποκατάσταση ζημιάς - ανοιχτά καλώδια", "technical", "high",
"""Καλησπέρα,

Ο ηλεκτρολόγος του συνεργείου που στείλατε για την αποκατάσταση μετά
την πλημμύρα έφυγε σήμερα το μεσημέρι λέγοντας ότι θα γυρίσει αύριο.
Άφησε στον διάδρομο ανοιχτό κουτί διακλάδωσης με γυμνά καλώδια στο
ύψος του γονάτου, και η παροχή είναι ανοιχτή γιατί αλλιώς δεν έχουμε
ψυγείο. Έχουμε ένα παιδί τριών χρονών που τρέχει όλη μέρα σε αυτόν τον
διάδρομο. Το έχω φράξει με μια καρέκλα, αλλά χρειάζεται να έρθει κάποιος
σήμερα να το κλείσει σωστά.

Σπύρος Ανδριώτης, 6944 000 173
Αρ. ζημιάς ΖΚ-77120"""),
("el", "w4-pragmatognomonas-agenis-diefthyntis", "Μελίνα Σαββίδου <melina.savvidou@example.com>", "Η επίσκεψη του πραγματογνώμονα", "general", "high",
"""Κύριοι,

Ο πραγματογνώμονας που ήρθε χθες στο σπίτι μου για τη ζημιά από τη
φωτιά στην κουζίνα μπήκε με τα παπούτσια στα χαλιά που μόλις είχαμε
καθαρίσει, σχολίαζε δυνατά ότι «τέτοια σπίτια δεν έπρεπε να
ασφαλίζονται» και μίλησε στη μητέρα μου, που είναι 80 χρονών, με
απαράδεκτο ύφος μέχρι που έβαλε τα κλάματα.

Δεν γράφω για την αποζημίωση. Ζητώ να μου τηλεφωνήσει ο υπεύθυνος του
τμήματος ζημιών και να μην ξαναστείλετε τον ίδιο άνθρωπο στο σπίτι μας.

Μελίνα Σαββίδου"""),
("el", "w4-gl-prosthiki-syzygou-symvolaio", "Xristina Marinou <xmarinou@example.org>", "allagh stoixeiwn", "general", "",
"""Kalhspera,
meta to gamo 8eloume na mpei kai o syzygos mou (Andreas Marinos) sto
symvolaio ths katoikias san syn-asfalismenos, kai na allaksei h
dieu8ynsh allhlografias se Ermou 12, Volos. Ston logariasmo mou mpainw
kanonika, apla dn vriskw pou ginontai autes oi allages.
Xristina"""),
# ---------------- travel insurance ----------------
("el", "w4-apozimiosi-ptisis-leipoun-100", "Θεοδώρα Μπακάλη <theodora.bakali@example.com>", "Αποζημίωση ακύρωσης ταξιδιού ΤΑ-30412", "billing", "",
"""Καλημέρα σας,

Με το email της 2ας Μαΐου μού εγκρίνατε αποζημίωση 340€ για την
ακύρωση του ταξιδιού στη Βιέννη (νοσηλεία της κόρης μου). Στον
λογαριασμό μου μπήκαν 240€. Δεν βλέπω κάπου εξήγηση για την αφαίρεση
των 100€ - αν είναι απαλλαγή, δεν μου αναφέρθηκε ποτέ.

Θεοδώρα Μπακάλη"""),
("el", "w4-gl-etisio-taksidiwtiko-ananewthike", "Apostolis Gkikas <apgkikas@example.net>", "etisio paketo taksidiwn", "billing", "",
"""Geia sas,
vlepw oti to etisio taksidiwtiko paketo ananew8hke mono tou sthn karta
(89 eurw). Fetos den 8a taksidepsw kathollou, o pateras mou einai arrwstos
kai meinw konta tou. Den to xreiazomai, 8elw na stamathsei kai na mou
gyrisoun ta 89 afou den exei ksekinhsei kan.
Apostolis"""),
("el", "w4-noskomeio-exoterikou-1800-dikigoros", "Ορέστης Χαλκιάς <orestis.chalkias@example.org>", "Νοσοκομειακά έξοδα Πράγα - εκκρεμότητα 3 μηνών", "billing", "high",
"""Κύριοι,

Τον Μάρτιο νοσηλεύτηκα δύο μέρες σε νοσοκομείο της Πράγας με
σκωληκοειδίτιδα. Το κέντρο βοήθειάς σας μου είπε τηλεφωνικά να μην
πληρώσω τίποτα επιτόπου και ότι ο λογαριασμός θα σταλεί απευθείας σε
εσάς, πράγμα που έγινε: το νοσοκομείο σας έστειλε στις 21 Μαρτίου
τιμολόγιο 1.800€.

Στις 4 Απριλίου μού ζητήσατε το εξιτήριο μεταφρασμένο. Το έστειλα.
Στις 29 Απριλίου μού ζητήσατε τις κάρτες επιβίβασης. Τις έστειλα.
Στις 20 Μαΐου μού ζητήσατε ξανά το εξιτήριο, «γιατί δεν βρέθηκε στον
φάκελο». Το έστειλα δεύτερη φορά. Από τότε σιωπή.

Τρεις μήνες μετά ο λογαριασμός παραμένει απλήρωτος και το νοσοκομείο
στέλνει πλέον οχλήσεις σε εμένα, με απειλή να το παραδώσει σε εταιρεία
είσπραξης.

Σας ενημερώνω ότι έχω αναθέσει την υπόθεση σε δικηγόρο, ο οποίος θα σας
αποστείλει εξώδικο αν ο λογαριασμός δεν εξοφληθεί εντός δέκα ημερών.

Ορέστης Χαλκιάς
Συμβόλαιο ΤΑ-29907"""),
("el", "w4-psifiako-pistopoiitiko-qr-den-fortonei", "Νεφέλη Καρρά <nefeli.karra@example.com>", "Πιστοποιητικό ασφάλισης στην εφαρμογή", "technical", "",
"""Γεια σας,

Φεύγω αύριο για Ταϊλάνδη. Στην εφαρμογή σας, στο «Τα ταξίδια μου», όταν
πατάω «Πιστοποιητικό» ανοίγει μια σελίδα που γράφει «Δεν ήταν δυνατή η
φόρτωση του εγγράφου» και ο κωδικός QR δεν εμφανίζεται ποτέ. Έχω
ενημερώσει την εφαρμογή και την έχω ξαναεγκαταστήσει. Η κάλυψη είναι
ενεργή, την πλήρωσα την Κυριακή.

Νεφέλη"""),
("el", "w4-gl-logariasmos-kleidwse-3-prospatheies", "Manolis Sfakianakis <msfak@example.net>", "kleidwmenos logariasmos", "technical", "",
"""kalhspera. ekana 3 lathos prospa8eies me ton kwdiko kai twra leei o
logariasmos exei kleidw8ei. patisa "ksexasa ton kwdiko" alla to email
den erxetai, oute sta spam. to email mou einai auto edw. pws ksekleidwnei?"""),
("el", "w4-prosfora-ilikia-70-sfalma", "Αικατερίνη Φλώρου <aik.florou@example.org>", "Υπολογισμός προσφοράς", "technical", "",
"""Καλησπέρα,
Προσπαθώ να βγάλω προσφορά για ταξιδιωτική ασφάλιση για εμένα και τον
σύζυγό μου, που είναι 72 ετών. Όταν βάζω την ημερομηνία γέννησής του,
το πεδίο κοκκινίζει και γράφει «Μη έγκυρη τιμή» και το κουμπί «Υπολογισμός»
δεν κάνει τίποτα. Με δικά μου στοιχεία μόνο δουλεύει. Στο φυλλάδιό σας
γράφει ότι καλύπτετε έως 80.
Αικατερίνη Φλώρου"""),
("el", "w4-gl-ski-kalyptetai-49", "Danae Fragou <danaefr@example.com>", "ski", "general", "",
"""Geia! Skeftomai na parw to paketo twn 49e gia to taksidi sthn Austria
ton Fevrouario. Kalyptei kai ski h snowboard h xreiazetai to epipleon
"xeimerina spor"? Den 8elw na to agorasw kai na mhn kalyptomai an
spasw kati xaxa. Danah"""),
("el", "w4-vevaiosi-agglika-visa", "Βασίλειος Κατσαρός <vkatsaros@example.net>", "Βεβαίωση για βίζα", "general", "",
"""Καλημέρα σας,

Έχω ήδη αγοράσει από εσάς το ταξιδιωτικό πακέτο για τον Σεπτέμβριο
(συμβόλαιο ΤΑ-31150). Για την αίτηση βίζας στο προξενείο χρειάζομαι
βεβαίωση ασφάλισης στα αγγλικά, με τις ημερομηνίες κάλυψης και το ποσό
κάλυψης ιατρικών εξόδων. Μπορείτε να μου τη στείλετε υπογεγραμμένη;

Βασίλειος Κατσαρός"""),
# ---------------- car insurance and roadside assistance ----------------
("el", "w4-bonus-malus-den-efarmostike", "Γεράσιμος Βλάχος <gerasimos.vlachos@example.com>", "Ασφάλιστρο αυτοκινήτου", "billing", "",
"""Καλησπέρα,

Μεταφέρθηκα σε εσάς από άλλη εταιρεία και σας έστειλα τη βεβαίωση
ασφαλιστικής ιστορίας με οκτώ χρόνια χωρίς ατύχημα. Στο ειδοποιητήριο
όμως το ασφάλιστρο είναι 412€, ενώ στην προσφορά που μου δώσατε πριν
«με την έκπτωση ακαταβλήτου» ήταν 352€. Μάλλον δεν περάστηκε η έκπτωση.

Γεράσιμος Βλάχος
ΙΧΕ 5530"""),
("el", "w4-gl-asfalistra-se-doseis", "Eva Kalogeraki <evakalog@example.net>", "doseis", "billing", "",
"""Kalhmera, to etisio asfalistro gia to amaksi einai 380 fetos kai den
mporw na ta dwsw mazi twra. Ginetai na ta plhrwsw se 4 h 6 doseis me thn
karta? Kai exei epipleon kostos?
Eua"""),
("el", "w4-poulisa-aftokinito-ypoloipo", "Τιμόθεος Αργυρίου <timotheos.arg@example.org>", "ΚΒΟ 2318", "billing", "",
"""Καλημέρα σας,

Το αυτοκίνητο ΚΒΟ 2318 άλλαξε ιδιοκτήτη την Τετάρτη, σας επισυνάπτω τη
μεταβίβαση. Οπότε από εκείνη τη μέρα δεν υπάρχει πια κάτι να ασφαλίσετε
για λογαριασμό μου. Το εξάμηνο το είχα πληρώσει ως τον Δεκέμβριο. Πώς
θα μου αποδοθούν οι μήνες που περισσεύουν;

Τιμόθεος Αργυρίου"""),
("el", "w4-gl-gerano-zhthse-80-metrita", "Sakis Nteres <sakisnt@example.com>", "odiki voh8eia", "billing", "",
"""kalhspera, mou pathse to amaksi sth Lamia to Savvato kai hr8e o geranos
apo thn odiki sas. Sto telos o odhgos mou zhthse 80 eurw metrhta gia
"ektos zwnhs" kai den mou edwse xarti. Sto paketo mou grafei oti h
metafora ews 50 xlm einai mesa kai htan 20 xlm mexri to synergeio.
8elw ta 80 pisw.
Sakhs"""),
("el", "w4-gl-sos-efarmogi-ethniki-nyxta", "Irini Pateraki <irpateraki@example.net>", "SOS h efarmogh dn leitourgei", "technical", "high",
"""To grafw apo to kinhto sthn ethnikh odo, meta ta diodia Afidnwn pros
Lamia, sthn lwrida ektaktis anagkhs. To amaksi esvhse kai den
ksanapairnei mpros. Patame to koumpi SOS sthn efarmogh sas kai leei
"apostolh..." kai meta tipota, 3 fores. To thlefwniko kentro xtypaei
apasxolhmeno. Einai 11 to vrady, exoume 2 paidia sto piso ka8isma kai
ta fortiga pernane dipla mas. Steilte kapoion.
Eirhnh Pateraki 6981 000 245"""),
("el", "w4-telematiki-0-xiliometra", "Αναστάσης Ζερβός <anastasis.zervos@example.com>", "Ασφάλιση με χιλιόμετρα", "technical", "",
"""Γεια σας,

Έχω το πρόγραμμα «πληρώνω όσο οδηγώ» με τη συσκευή στην πρίζα OBD.
Από τις αρχές του μήνα η εφαρμογή γράφει 0 χιλιόμετρα και καμία
διαδρομή, ενώ οδηγώ κάθε μέρα στη δουλειά. Το λαμπάκι της συσκευής
ανάβει πράσινο όταν βάζω μπρος. Δεν θέλω να βρεθώ με λάθος λογαριασμό
στο τέλος, αλλά κυρίως να δουλεύει.

Αναστάσης Ζερβός"""),
("el", "w4-praktoreio-den-ekdidei-symvolaia", "Πρακτορείο Ασφαλειών Κουτσούκος <info@koutsoukos-asfalies.example>", "Η πλατφόρμα συνεργατών δεν εκδίδει", "technical", "high",
"""Καλημέρα,

Από το πρωί η πλατφόρμα συνεργατών δεν εκδίδει κανένα συμβόλαιο
αυτοκινήτου. Στο τελευταίο βήμα βγάζει «Αδυναμία επικοινωνίας με το
μητρώο» και ακυρώνεται. Έχουμε στο γραφείο ανθρώπους που αγόρασαν
σήμερα αυτοκίνητο και δεν μπορούν να κυκλοφορήσουν, και σε τρία
ανοιχτά μας ΚΤΕΟ-ανανεώσεις περιμένουν ασφαλιστήριο. Πάνω από 30
εκκρεμότητες μέχρι τώρα. Τηλεφωνικά δεν βγάζουμε κανέναν.

Γιάννης Κουτσούκος
Κωδ. συνεργάτη 4410"""),
("el", "w4-prasini-karta-voulgaria", "Μαρίνα Τσολάκη <marina.tsolaki@example.org>", "Πράσινη κάρτα", "general", "",
"""Καλησπέρα,
Τον Αύγουστο θα πάμε με το αυτοκίνητο στη Βουλγαρία και στη Ρουμανία.
Χρειάζομαι πράσινη κάρτα; Αν ναι, την εκδίδετε εσείς και σε πόσες
μέρες; Το συμβόλαιο είναι στο όνομα του συζύγου μου, Κωνσταντίνου
Τσολάκη, ΚΗΗ 9021.
Μαρίνα"""),
# ---------------- driving-test booking services ----------------
("el", "w4-gl-paravolo-dyo-fores", "Giorgos Xristoforou <gxristoforou@example.com>", "plhrwmh eksetashs", "billing", "",
"""Kalhspera, phga na plhrwsw to paravolo gia thn praktikh sto site sas
kai h selida kollhse, opote to ksanaekana. Twra vlepw sthn karta 2 fores
to idio poso. Thn eksetash thn exw kleisei mia fora. Mporei na gyrisei
h mia?
Giwrgos"""),
("el", "w4-akyrosi-eksetasti-den-epistrafike", "Ιουλία Σπανού <ioulia.spanou@example.net>", "Ακυρωμένη εξέταση 14/3", "billing", "",
"""Καλημέρα,

Η πρακτική μου εξέταση στις 14 Μαρτίου ακυρώθηκε την ίδια μέρα επειδή
δεν ήρθε εξεταστής. Μου είπαν ότι θα μου επιστραφεί το ποσό που είχα
πληρώσει για την κράτηση, ή ότι θα ισχύσει για την επόμενη. Στην επόμενη
κράτηση όμως μου ζητήθηκε να ξαναπληρώσω και το έκανα γιατί βιαζόμουν.
Τα πρώτα χρήματα δεν τα έχω πάρει πίσω.

Ιουλία Σπανού"""),
("el", "w4-apodeixi-paravolou-ergodotis", "Ματθαίος Ρούσσος <matthaios.roussos@example.org>", "Απόδειξη", "billing", "",
"""Καλησπέρα σας, η εταιρεία όπου δουλεύω καλύπτει τα έξοδα του
διπλώματος για τους οδηγούς διανομής. Μου ζητάνε απόδειξη πληρωμής της
κράτησης με το ονοματεπώνυμό μου. Από το email επιβεβαίωσης δεν φαίνεται
ποσό. Πού τη βρίσκω;
Ματθαίος Ρούσσος"""),
("el", "w4-kratiseis-sfalma-500", "Κυριακή Λάμπρου <kyriaki.lamprou@example.com>", "Δεν βλέπω ημερομηνίες", "technical", "",
"""Γεια σας,

Όταν επιλέγω εξεταστικό κέντρο Θεσσαλονίκης και κατηγορία Β, η σελίδα
φορτώνει για λίγο και βγάζει «Σφάλμα 500 - Internal Server Error». Με
άλλο κέντρο (Σέρρες) ανοίγει το ημερολόγιο κανονικά. Το δοκιμάζω από
χθες το πρωί.

Κυριακή Λάμπρου"""),
("el", "w4-gl-taxisnet-loop", "Thodoris Angelou <thangelou@example.net>", "syndesh me taxisnet", "technical", "",
"""geia, patw syndesh me kwdikous taxisnet, vazw tous kwdikous, leei
epityxia kai me gyrnaei sthn arxikh sas selida pali aposyndedemeno. kai
ksana kai ksana. dokimasa kai se allo kinhto. oi kwdikoi douleuoun
kanonika sto gov.gr"""),
("el", "w4-sxoli-odigon-40-mathites-exafanistikan", "Σχολή Οδηγών Ασφάλεια <info@sxoli-asfaleia.example>", "Χάθηκαν όλες οι κρατήσεις των μαθητών μας", "technical", "high",
"""Καλησπέρα,

Από σήμερα το πρωί στον λογαριασμό της σχολής μας δεν εμφανίζεται καμία
από τις 40 κρατήσεις εξετάσεων των μαθητών μας για τις επόμενες δύο
εβδομάδες. Η λίστα είναι άδεια και όταν πάμε να κλείσουμε ξανά, οι ώρες
φαίνονται πιασμένες. Αύριο στις 8:00 έχουμε έξι μαθητές για εξέταση και
δεν μπορούμε να τυπώσουμε τα δελτία τους.

Παρακαλούμε τηλεφωνήστε μας στο 2410 000 362.

Θεοφάνης Ραπτόπουλος
Σχολή Οδηγών Ασφάλεια, Λάρισα"""),
("el", "w4-gl-metathesi-eksetashs-gripi", "Konstantina Zaxariou <konzax@example.com>", "Metathesi", "general", "",
"""Kalhmera,
exw eksetash thn Pempth alla exw gripi me pureto kai o giatros mou
edwse vevaiwsh. Pws mporw na th metaferw? Xreiazetai na steilw th
vevaiwsh kapou? Kwnstantina Zaxariou, kwd. krathshs 7711-B"""),
("el", "w4-eksetastis-proistamenos", "Ραφαήλ Ιωαννίδης <rafail.ioannidis@example.net>", "Συμπεριφορά εξεταστή", "general", "high",
"""Κύριοι,

Ο γιος μου εξετάστηκε την Τρίτη στο κέντρο της Πυλαίας. Ο εξεταστής
τον αποκαλούσε «αγόρι μου, δεν κάνεις για οδηγός» σε όλη τη διαδρομή,
σχολίαζε την προφορά του και στο τέλος πέταξε το φύλλο στο κάθισμα.
Το παιδί βγήκε τρέμοντας. Το αν πέρασε ή όχι είναι άλλο θέμα.

Ζητώ να μιλήσω με τον προϊστάμενο του εξεταστικού κέντρου για την
συμπεριφορά αυτή. Τηλέφωνο 6973 000 822.

Ραφαήλ Ιωαννίδης"""),
# ---------------- online opticians ----------------
("el", "w4-fakoi-epafis-laser-telos", "Ευδοκία Γιαννακοπούλου <evdokia.giann@example.com>", "Φακοί επαφής κάθε μήνα", "billing", "",
"""Καλησπέρα σας,

Έκανα επέμβαση laser μυωπίας τον προηγούμενο μήνα και, δόξα τω Θεώ,
βλέπω μια χαρά χωρίς τίποτα. Τους μηνιαίους φακούς επαφής λοιπόν δεν τους
χρειάζομαι πια. Το κουτί που ήρθε τη Δευτέρα είναι σφραγισμένο, αν
θέλετε σας το στέλνω πίσω. Από εδώ και πέρα να μη γίνεται η μηνιαία
πληρωμή των 27,90€.

Ευδοκία"""),
("el", "w4-gl-antanaklastiko-mple-den-exei", "Petros Vasileiadis <pvasil@example.net>", "gyalia paraggelia 40981", "billing", "",
"""Kalhspera,
sthn paraggelia 40981 eixa dialeksei kai thn epistrwsh gia to mple fws
(+35e), thn plhrwsa kanonika. Ta gyalia hr8an xwris auth, to epivevaiwse
kai o optikos sth geitonia mou, leei einai aplos fakos. Ta gyalia ta
8elw, apla na mou gyrisete ta 35 pou plhrwsa gia kati pou dn mpike.
Petros"""),
("el", "w4-apodeixi-tameio-ygeias", "Αγλαΐα Στεφανίδου <aglaia.stef@example.org>", "Παραστατικό για ασφάλεια υγείας", "billing", "",
"""Καλημέρα,

Η ιδιωτική μου ασφάλεια υγείας καλύπτει γυαλιά οράσεως, αλλά θέλει
απόδειξη που να αναγράφει ξεχωριστά τον σκελετό και τους φακούς, με το
ΑΜΚΑ μου. Αυτή που ήρθε με το δέμα γράφει μόνο «γυαλιά οράσεως 189€».
Μπορείτε να μου στείλετε αναλυτική;

ΑΜΚΑ: 01018000000
Αγλαΐα Στεφανίδου"""),
("el", "w4-gyalia-thampa-ponokefaloi", "Φραγκίσκη Δρόσου <fr.drosou@example.com>", "Τα καινούρια γυαλιά", "technical", "",
"""Γεια σας,

Φοράω τα καινούρια γυαλιά τρεις μέρες. Από μακριά βλέπω πιο θολά απ' ό,τι
με τα παλιά, στο τιμόνι πρέπει να μισοκλείνω τα μάτια για να διαβάσω τις
πινακίδες, και το βράδυ έχω πονοκέφαλο. Έλεγξα τη συνταγή που ανέβασα,
είναι -2,25 και -2,50, αλλά ο οπτικός της γειτονιάς μέτρησε τους φακούς
και του βγήκαν -1,75 και στα δύο. Τι κάνουμε;

Φραγκίσκη Δρόσου"""),
("el", "w4-gl-dokimh-online-kamera-mavrh", "Aris Tsopanidis <aristsop@example.net>", "virtual dokimh", "technical", "",
"""Geia, patw "dokimase ta online" sto site kai anoigei mia mavrh o8onh,
h kamera tou laptop den anavei. Sto Zoom h kamera douleuei kanonika. Exw
dwsei adeia ston browser (Chrome). Kai apo to kinhto to idio mavro
parathyro. Aris"""),
("el", "w4-gl-syntagh-apo-eksoteriko", "Maria Lopes <marialopes@example.com>", "syntagh", "general", "",
"""Kalhmera, exw syntagh gia gyalia apo optometrh sth Germania (sta
germanika). Thn dexeste? Prepei na thn metafrasw h arkei mia fwtografia?
Thelw na parw ta sketa metallika skeletakia pou exete 79e.
Maria"""),
("el", "w4-dedomena-syntagis-marketing-arxi", "Κλεάνθης Βουλγαράκης <kleanthis.voulg@example.org>", "Χρήση των ιατρικών μου δεδομένων", "general", "high",
"""Κύριοι,

Από τότε που αγόρασα από εσάς φακούς επαφής ανεβάζοντας τη συνταγή του
οφθαλμιάτρου μου, δέχομαι διαφημίσεις από κλινική διαθλαστικής
χειρουργικής που αναφέρουν τον βαθμό μυωπίας μου. Δεν έδωσα ποτέ
συγκατάθεση να κοινοποιηθούν δεδομένα υγείας μου σε τρίτους.

Ζητώ εντός δέκα ημερών να μου γνωστοποιήσετε σε ποιους δόθηκαν τα
στοιχεία μου και να διαγραφούν. Αν δεν απαντήσετε, θα υποβάλω καταγγελία
στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Κλεάνθης Βουλγαράκης"""),
# ---------------- beauty subscription boxes ----------------
("el", "w4-gl-pausi-kouti-omorfias", "Tzeni Kalli <tzenik@example.net>", "koutaki", "billing", "",
"""geiaaa, mporw na pagwsw to koutaki gia 2 mhnes? Fevgw gia douleia sto
Dublino ws ton Septemvrio kai de thelw na plhrwnw gia koutia pou 8a
kathontai sthn porta mou. Ton Oktwvrio to 3ananoigoume :)
Tzeni"""),
("el", "w4-giati-12-parapano-kouti", "Αναστασία Κυρίτση <anastasia.kyritsi@example.com>", "Μηνιαίο κουτί", "billing", "",
"""Γιατί 31,90 αυτόν τον μήνα; Πάντα 19,90 ήταν, δεν άλλαξα τίποτα στο πακέτο.
Αναστασία"""),
("el", "w4-dorosyndromi-poses-apomenoun", "Ξανθή Παπαδοπούλου <xanthi.papad@example.org>", "Δωροσυνδρομή", "billing", "",
"""Καλημέρα σας,

Η αδερφή μου μού έκανε δώρο για τα γενέθλια συνδρομή 6 μηνών στο κουτί
ομορφιάς. Έχω παραλάβει τρία κουτιά. Στον λογαριασμό μου όμως γράφει
«επόμενη χρέωση 15/9» και δίπλα έχει τη δική μου κάρτα. Θα πληρώσω εγώ
από Σεπτέμβριο; Πόσα κουτιά από το δώρο μού απομένουν;

Ξανθή"""),
("el", "w4-gl-akyrwsa-pairnete-trapeza", "Lina Xatzidaki <linax@example.com>", "AKYRWSA TON MARTIO", "billing", "high",
"""Akyrwsa th syndromh ton Martio, exw to email epivevaiwshs "h syndromh
sas akyrw8hke". Apo tote mou phrate Aprilio kai Maio apo 24,90. Kanena
kouti den hr8e. Exw grapsei 2 fores sto chat kai mou lene "8a
proow8hsei". Shmera ekana amfisvhthsh kai stis 2 xrewseis sthn trapeza,
tous estila kai to email akyrwshs."""),
("el", "w4-vourtsa-zestou-aera-kapnizei", "Ευγενία Σταματοπούλου <evgenia.stamat@example.net>", "Η βούρτσα από το κουτί του Μαΐου", "technical", "high",
"""Καλησπέρα σας,

Η βούρτσα ζεστού αέρα που ήταν στο κουτί του Μαΐου, την τρίτη φορά που
τη χρησιμοποίησα, άρχισε να βγάζει καπνό από τις σχισμές της λαβής και
μια μυρωδιά καμένου. Η λαβή ζεστάθηκε τόσο που δεν μπορούσα να την κρατήσω.
Την έβγαλα από την πρίζα και είναι τώρα στο μπαλκόνι. Σας γράφω κυρίως
γιατί αν την έχουν πάρει κι άλλες συνδρομήτριες, καλό είναι να το ξέρουν.

Ευγενία"""),
("el", "w4-erotimatologio-den-apothikevei", "Ηρώ Μελετίου <iro.meletiou@example.com>", "Το προφίλ ομορφιάς μου", "technical", "",
"""Γεια σας, συμπληρώνω το ερωτηματολόγιο για το προφίλ μου (τύπος
δέρματος, μαλλιά κτλ.) στην εφαρμογή και όταν πατάω «Αποθήκευση» στο
τέλος, γυρνάει στην πρώτη ερώτηση και όλα είναι κενά. Το έχω κάνει
τέσσερις φορές. Τα κουτιά μου συνεχίζουν να έχουν προϊόντα για λιπαρό
δέρμα ενώ το δικό μου είναι ξηρό.
Ηρώ"""),
("el", "w4-gl-protash-vegan", "Sofia Dimitrakopoulou <sofiadim@example.net>", "protash", "general", "",
"""Kalhspera, eimai sundromhtria 2 xronia kai mou aresoun poly ta koutia
sas. Mia protash: 8a mporousate na exete mia epilogh "mono vegan /
cruelty free"? Ka8e mhna dinw 2-3 proionta sthn adelfh mou giati den ta
xrhsimopoiw. 8a plhrwna kai lig parapanw gia ayto.
Sofia"""),
("el", "w4-nea-dieuthinsi-epomeno-kouti", "Λαμπρινή Κοντού <lamprini.kontou@example.org>", "Αλλαγή διεύθυνσης", "general", "",
"""Καλημέρα,
Μετακομίζω στις 20 του μήνα. Το κουτί του Ιουλίου να έρθει στη νέα
διεύθυνση: Κολοκοτρώνη 33, 3ος όροφος, 26221 Πάτρα. Το κινητό μένει ίδιο.
Ευχαριστώ,
Λαμπρινή Κοντού"""),
# ---------------- florists and gift experiences ----------------
("el", "w4-ekspres-paradosi-argise-6-90", "Σταμάτης Δεληγιάννης <stamatis.del@example.com>", "Παράδοση λουλουδιών", "billing", "",
"""Καλησπέρα,

Πλήρωσα 6,90€ επιπλέον για παράδοση την επόμενη μέρα, επειδή τα
λουλούδια ήταν για την ονομαστική γιορτή της μητέρας μου στις 21. Ήρθαν
στις 23. Τα λουλούδια ήταν ωραία, αλλά τα 6,90 για την ταχεία παράδοση
θέλω να μου επιστραφούν.

Σταμάτης Δεληγιάννης
Παραγγελία ΑΝ-22019"""),
("el", "w4-gl-voucher-aerostato-elikse", "Vicky Manou <vickymanou@example.net>", "voucher aerostato", "billing", "",
"""Geia sas,
exw voucher gia vol-te me aerostato (dwro gamou, 2 atoma, aksia 260e) pou
elhge ton Maio. To kleisame 2 fores kai tis 2 fores to akyrwsate logw
kairou, to deixnoun ta email. Twra leei "lhgmeno". Afou den ftaime emeis,
8elw eite ta 260 pisw eite na ksanaenergopoih8ei.
Vaso kai Nikos"""),
("el", "w4-timologio-20-anthodesmes-etaireia", "Γραμματεία Συνεδρίων Αιγαίο <grammateia@aigaio-synedria.example>", "Τιμολόγιο για τις ανθοδέσμες του συνεδρίου", "billing", "",
"""Καλημέρα σας,

Για τις 20 ανθοδέσμες των ομιλητών του συνεδρίου (παραγγελία ΑΝ-22350,
πληρωμένη με εταιρική κάρτα) χρειαζόμαστε τιμολόγιο και όχι απόδειξη:
ΑΙΓΑΙΟ ΣΥΝΕΔΡΙΑ ΑΕ, ΑΦΜ 099000000, ΔΟΥ ΦΑΕ Αθηνών, Λ. Συγγρού 120.

Με εκτίμηση,
Δέσποινα Αλεξίου"""),
("el", "w4-gl-hmerologio-empeirias-iphone", "Giannis Stathopoulos <gstathop@example.com>", "den vlepw hmeromhnies", "technical", "",
"""Kalhmera, exw kwdiko gia thn empeiria "mageirikh me sef" kai paw na
kleisw hmeromhnia. Sto iPhone (Safari) to hmerologio den anoigei, mono
ena adeio kouti. Sto laptop ths doulias eixe kleidwmeno to site. Pws na
kleisw?"""),
("el", "w4-kouti-anthon-led-den-anavei", "Όλγα Μανωλάκη <olga.manolaki@example.net>", "Κουτί με λουλούδια και φωτάκια", "technical", "",
"""Γεια σας,

Πήρα δώρο από εσάς το κουτί με τα αποξηραμένα τριαντάφυλλα και τα
φωτάκια LED. Τα λουλούδια είναι υπέροχα, αλλά τα φωτάκια δεν ανάβουν.
Έβαλα καινούργιες μπαταρίες, με τη σωστή φορά, και πάτησα τον διακόπτη
πολλές φορές. Τίποτα.

Όλγα"""),
("el", "w4-anthopoleio-synergati-agiou-valentinou", "Ανθοπωλείο Γαρδένια <gardenia.flowers@shop.example>", "ΔΕΝ ΕΡΧΟΝΤΑΙ ΠΑΡΑΓΓΕΛΙΕΣ", "technical", "high",
"""Καλημέρα,

Είμαστε συνεργαζόμενο ανθοπωλείο στο Ηράκλειο. Από τις 7 το πρωί η
εφαρμογή συνεργατών δεν μας δείχνει καμία παραγγελία. Πάμε στην ιστοσελίδα
σας και βλέπουμε ότι πελάτες έχουν παραγγείλει για Ηράκλειο με
παράδοση σήμερα, που κανονικά έρχονται σε εμάς. Είναι του Αγίου
Βαλεντίνου, έχουμε τρία παιδιά με μηχανάκια που περιμένουν άπραγα και
φοβάμαι ότι δεκάδες ανθοδέσμες δεν θα φτάσουν ποτέ.

Καλέστε μας 2810 000 990, ρωτήστε για την Κατερίνα.
Ανθοπωλείο Γαρδένια"""),
("el", "w4-efxaristo-giagia-ekleige", "Δημοσθένης Αλεξανδρής <dimos.alex@example.org>", "Ευχαριστούμε", "general", "",
"""Καλησπέρα,

Ζω στο Μόναχο και έστειλα ανθοδέσμη στη γιαγιά μου στην Καλαμάτα για
τα 90ά της γενέθλια. Μου έστειλε η θεία μου βίντεο την ώρα που τα
παρέλαβε: έκλαιγε από τη χαρά της και ο ντελιβεράς της τραγούδησε το
«Να ζήσεις». Δεν ξέρω αν ήταν μέρος της υπηρεσίας, αλλά μου έφτιαξε τη
χρονιά. Ευχαριστώ πολύ.

Δημοσθένης"""),
("el", "w4-gl-karta-minima-nosokomeio", "Alkistis Rapti <alkrapti@example.net>", "mia erwthsh prin paraggeilw", "general", "",
"""Kalhspera, 8elw na steilw louloudia se mia file pou einai sto
nosokomeio (Evaggelismos). Afhnoun na mpoun louloudia mesa? H an oxi,
ti allo protinete? Kai h kartoula xwraei megalo mhnuma h exei orio
xarakthrwn?"""),
# ---------------- escape rooms and bowling ----------------
("el", "w4-gl-prokatavoli-genethlia-akyrwsh", "Manos Tzortzis <manostz@example.com>", "krathsh Savvatou 18:00", "billing", "",
"""Geia sas,
eixame kleisei to dwmatio "To Ergasthrio tou Alxhmista" gia ta genethlia
tou filou mou to Savvato 22, kai dwsame 50e prokatavolh. To akyrwsame
sto thlefwno 10 meres prin, mas eipan "kanena provlhma". Mexri twra ta
50 den exoun gyrisei sthn karta. Ti ginetai?
Manos"""),
("el", "w4-xreosate-8-itan-6", "Ευθαλία Μιχαηλίδου <efthalia.mich@example.net>", "Bowling Παρασκευή βράδυ", "billing", "",
"""Καλησπέρα,

Την Παρασκευή παίξαμε δύο παιχνίδια bowling στη λωρίδα 7. Ήμασταν έξι
άτομα, αλλά στην απόδειξη βλέπω 8 × 2 παιχνίδια, 8 ζευγάρια παπούτσια.
Στο ταμείο δεν το πρόσεξα γιατί είχε κόσμο. Θα ήθελα να μου επιστρέψετε
τη διαφορά για τα δύο άτομα που δεν υπήρχαν.

Ευθαλία Μιχαηλίδου"""),
("el", "w4-dorokarta-bowling-ypoloipo", "Παρασκευάς Ντόκος <paraskevas.ntokos@example.com>", "Δωροκάρτα", "billing", "",
"""Καλημερα, εχω μια δωροκαρτα σας που μου χαρισαν (αριθμος στο πισω
μερος 6001-4420-19). Την εχω χρησιμοποιησει μια φορα. Πως μπορω να δω
ποσα εχουν μεινει πανω της, και ισχυει και για το μπαρ η μονο για
παιχνιδια;"""),
("el", "w4-ores-den-fainontai-kinito", "Νάνσυ Χριστοδούλου <nancy.christod@example.org>", "Online κράτηση", "technical", "",
"""Γεια σας,

Απο το κινητο (Android, Chrome) οταν διαλεγω δωματιο και ημερομηνια, η
λιστα με τις ωρες δεν εμφανιζεται ποτε, μονο ενα κενο κουτι. Απο τον
υπολογιστη της δουλειας βλεπω ελευθερες ωρες κανονικα. Στο σπιτι εχω
μονο κινητο.

Νανσυ"""),
("el", "w4-gl-mhxanima-mpalas-kapnos", "Alekos Bouzianis <alekosb@example.net>", "kapnos sto bowling", "technical", "high",
"""Kalhspera,
xthes vrady sth lwrida 12 to mhxanhma pou epistrefei tis mpales evgaze
kapno apo katw kai mirize kameno lasthxo. To eipame ston ypallhlo sto
tameio kai eipe "panta etsi kanei". Dipla ekei kathontousan kai ta
paidia enos paidikou party. Den nomizw oti einai fysiologiko na vgainei
kapnos, ka8iste na to kitaksete prin anapsei kati.
Alekos"""),
("el", "w4-gl-fwtografia-omadas-link", "Tonia Maragou <toniamar@example.com>", "h fwto mas", "technical", "",
"""geia! sto email meta to paixnidi mas steilate link gia th fwtografia
ths omadas me tis tampeles, alla to link vgazei "404 not found". ki h
filh mou to idio. thn 8eloume poly, vgh8hkame se 58 lepta!!
Tonia"""),
("el", "w4-xehasa-zaketa-escape", "Κοραλία Μπίτσιου <koralia.bitsiou@example.org>", "Ξεχασμένη ζακέτα", "general", "",
"""Καλησπερα σας,
Ημασταν στο «Μυστικο του Φαρου» την Κυριακη στις 8 και νομιζω οτι αφησα
μια μπλε πλεκτη ζακετα στην κρεμαστρα της αιθουσας αναμονης. Μηπως τη
βρηκατε; Μπορω να περασω οποτε με βολευει.
Κοραλια"""),
("el", "w4-ypallilos-prosvole-gio-ypeuthinos", "Βαρβάρα Κωνσταντινίδου <varvara.konst@example.com>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Το Σάββατο το μεσημέρι στο bowling, ο υπάλληλος στο γκισέ με τα
παπούτσια είπε στον 12χρονο γιο μου, που έχει κινητική αναπηρία, ότι
«καλύτερα να κάτσει να βλέπει γιατί θα μας καθυστερεί όλους». Το είπε
μπροστά στους φίλους του. Το παιδί δεν ήθελε να παίξει μετά.

Ζητώ να μιλήσω με τον υπεύθυνο του καταστήματος. Μπορείτε να με
καλέσετε στο 6955 000 640.

Βαρβάρα Κωνσταντινίδου"""),
# ---------------- children's party venues ----------------
("el", "w4-parti-40-gia-epipleon-paidia", "Γιώτα Σπυροπούλου <giota.spyrop@example.net>", "Λογαριασμός πάρτι Κυριακής", "billing", "",
"""Καλησπέρα,

Κλείσαμε το πακέτο για 20 παιδιά και ήρθαν ακριβώς 20, τα μέτρησε και
η κοπέλα στην είσοδο. Στο τέλος μας ζήτησαν 40€ παραπάνω «για επιπλέον
παιδιά» και επειδή είχαμε τα παιδιά να φεύγουν και δεν ήθελα φασαρία
τα πλήρωσα. Θα ήθελα να μου επιστραφούν.

Γιώτα Σπυροπούλου
Κράτηση ΠΡ-1181"""),
("el", "w4-gl-parti-akyrwsi-anemovlogia", "Natasa Pagoni <npagoni@example.com>", "party Ntinou", "billing", "",
"""Kalhmera,
o mikros exei anemovlogia kai o giatros leei tipota kleistous xwrous gia 2
evdomades, opote to party tou Savvatou den ginetai. Eixame dwsei 100e
prokatavolh. Mporoume na tin paroume pisw h estw na meinei gia allh
hmeromhnia ton Noemvrio?
Natasa"""),
("el", "w4-ypoloipo-metrita-tin-imera", "Φώτης Μαυρομμάτης <fotis.mavrom@example.org>", "Εξόφληση πάρτι", "billing", "",
"""Καλημέρα σας, για το πάρτι της 15ης έχουμε δώσει την προκαταβολή. Το
υπόλοιπο, 180€, μπορούμε να το πληρώσουμε την ημέρα του πάρτι με
μετρητά ή πρέπει να γίνει με κάρτα ή κατάθεση πριν;
Φώτης"""),
("el", "w4-forma-kratisis-savvato-gkri", "Ανθή Κουκουλάκη <anthi.koukoulaki@example.com>", "Δεν μπορώ να διαλέξω Σάββατο", "technical", "",
"""Γεια σας,

Στη φόρμα κράτησης για πάρτι, όλα τα Σάββατα του Οκτωβρίου φαίνονται
γκρι και δεν πατιούνται, ενώ όταν τηλεφώνησα μου είπαν ότι το 18ο είναι
ελεύθερο και να το κλείσω από το site. Οι Κυριακές ανοίγουν κανονικά.

Ανθή"""),
("el", "w4-gl-hlektronikh-prosklhsh-sfalma", "Thomas Kyriazis <thkyriazis@example.net>", "prosklhseis", "technical", "",
"""Kalhspera, eftiaksa thn hlektronikh prosklhsh apo to site sas kai thn
esteila stous gonious ths taxhs. Oloi mou lene oti otan patane to link
vgainei "Η πρόσκληση δεν είναι διαθέσιμη" kai den mporoun na kanoun
RSVP. Apo to diko mou kinhto anoigei kanonika (eimai syndedemenos).
Thomas"""),
("el", "w4-soft-play-vida-kopike-paidi", "Αλεξάνδρα Ζαχαρίου <alexandra.zachariou@example.org>", "Κόπηκε η κόρη μου στον χώρο παιχνιδιού", "general", "high",
"""Καλησπέρα,

Σε πάρτι γενεθλίων την Κυριακή στο κατάστημα του Αιγάλεω, η κόρη μου (5
χρονών) κόπηκε στο πόδι σε μια βίδα που εξείχε από την ξεσκισμένη
σίτα στον δεύτερο όροφο της κατασκευής, δίπλα στην τσουλήθρα. Χρειάστηκε
δύο ράμματα. Η βίδα είναι ακόμα εκεί, τη φωτογράφισα πριν φύγουμε, και
εκείνη την ώρα έπαιζαν άλλα 30 παιδιά. Σας παρακαλώ να κλείσετε αυτό το
σημείο μέχρι να επισκευαστεί και να μου πείτε ποιος θα επικοινωνήσει
μαζί μου.

Αλεξάνδρα Ζαχαρίου"""),
("el", "w4-tourta-fystikia-allergia", "Σωτήρης Πανταζής <sotiris.pantazis@example.com>", "Τούρτα με ξηρούς καρπούς παρά την ενημέρωση", "general", "high",
"""Στην κράτηση για το πάρτι του γιου μου είχα γράψει, και το επανέλαβα
στο τηλέφωνο, ότι ένα από τα καλεσμένα παιδιά έχει σοβαρή αλλεργία στα
φιστίκια. Η τούρτα που σερβίρατε είχε πραλίνα φουντουκιού στη γέμιση.
Το παιδί έφαγε δύο μπουκιές, άρχισε να πρήζεται στα χείλη και η μητέρα
του χρειάστηκε να του κάνει ένεση αδρεναλίνης. Ευτυχώς είναι καλά.

Θέλω να μάθω πώς έγινε αυτό και τι θα αλλάξετε ώστε να μην
ξανασυμβεί σε άλλο παιδί.

Σωτήρης Πανταζής"""),
("el", "w4-gl-dikh-mas-tourta", "Rena Mpaltzi <renabaltzi@example.com>", "party Martiou", "general", "",
"""Geia sas, skeftomaste na kanoume to party ths korhs mas se sas ton
Martio (8a einai 6 xronwn). Mporoume na fernoume dikh mas tourta apo to
zaxaroplasteio ths geitonias? Kai oi goneis mporoun na meinoun mesa h
perimenoun sto kafe?
Rena"""),
# ---------------- baby formula and nappy subscriptions ----------------
("el", "w4-panes-ekpaideftike-toualeta", "Χαρίκλεια Ντούμα <charikleia.ntouma@example.net>", "Συνδρομή πάνες", "billing", "",
"""Καλησπέρα,

Τα καταφέραμε! Ο μικρός μας σταμάτησε την πάνα, μέρα και νύχτα, εδώ και
τρεις εβδομάδες. Οπότε το μηνιαίο πακέτο πάνες δεν έχει λόγο ύπαρξης
και δεν θέλουμε να ξαναπληρώσουμε για αυτό. Το πακέτο που ήρθε χθες το
δίνουμε σε μια φίλη, δεν χρειάζεται να το επιστρέψουμε.

Ευχαριστούμε για όλο αυτό το διάστημα,
Χαρίκλεια"""),
("el", "w4-gl-42-90-den-gyrise-kouti", "Kyriakos Tsakalos <ktsakalos@example.com>", "kouti Iouniou", "billing", "",
"""To kouti tou Iouniou (gala kai mwromantila) den hr8e pote, mou eipate
sto chat oti xa8hke sth metafora kai 8a mou epistrepsete ta 42,90. Perase
mhnas. Sthn karta den exei gyrisei tipota. Kyriakos"""),
("el", "w4-allagi-megethos-5-timi", "Ευανθία Σιδηροπούλου <evanthia.sidir@example.org>", "Μέγεθος 5", "billing", "",
"""Καλημέρα σας,

Η μικρή μεγάλωσε και θέλουμε να περάσουμε από το πακέτο με πάνες νο 4 στο
πακέτο νο 5 από τον επόμενο μήνα. Βλέπω ότι το 5 κοστίζει 38,50€ αντί για
34,90€. Η διαφορά θα χρεωθεί από την επόμενη αποστολή ή αναλογικά από
σήμερα; Και η έκπτωση 10% του πρώτου χρόνου ισχύει και στο νέο πακέτο;

Ευανθία"""),
("el", "w4-gala-treis-xreoseis-trapeza", "Μιλτιάδης Κοντός <miltiadis.kontos@example.com>", "Τρεις χρεώσεις για ένα κουτί", "billing", "high",
"""Καλημέρα,

Στις 4 Ιουλίου μού χρεώσατε τρεις φορές 56,70€ για τη μηνιαία αποστολή
γάλακτος, ενώ ήρθε ένα μόνο κιβώτιο. Με δύο παιδιά στο σπίτι αυτά τα
113€ επιπλέον μου λείπουν. Έχω στείλει δύο email χωρίς απάντηση. Αν δεν
επιστραφούν μέχρι την Παρασκευή, θα ζητήσω από την τράπεζα να ακυρώσει
τις δύο χρεώσεις.

Μιλτιάδης Κοντός"""),
("el", "w4-kouti-galaktos-plastiko-mesa", "Σεβαστή Ραφαηλίδου <sevasti.rafailidou@example.net>", "Κουτί γάλακτος 2ης βρεφικής ηλικίας", "technical", "high",
"""Καλησπέρα,

Ανοίξαμε σήμερα ένα από τα κουτιά γάλακτος της αποστολής του Ιουνίου
(παρτίδα L24117, λήξη 03/2026). Το προστατευτικό αλουμίνιο κάτω από το
καπάκι ήταν ήδη σκισμένο στη μία άκρη, η σκόνη είχε σβόλους και μέσα
στη δοσομετρική κουταλιά βρήκαμε ένα κομματάκι σκληρό διαφανές
πλαστικό. Το μωρό δεν ήπιε από αυτό το κουτί. Τα άλλα δύο κουτιά είναι
κλειστά. Είναι ασφαλή ή να μην τα ανοίξουμε; Κρατάμε το κουτί και το
πλαστικό.

Σεβαστή Ραφαηλίδου"""),
("el", "w4-gl-allagh-hmeromhnias-gkri", "Dora Panagiotou <dorapan@example.com>", "efarmogh", "technical", "",
"""geia sas, 8elw na metaferw thn epomenh paradosh kapoies meres giati
8a eimaste diakopes. sthn efarmogh to koumpi "allagh hmeromhnias" einai
gkri kai den patietai, enw h paradosh einai se 12 meres. Dora"""),
("el", "w4-gl-apostoli-syros", "Giannis Varvarigos <gvarvar@example.net>", "Syros", "general", "",
"""Kalhspera, skeftomaste na kanoume syndromh gia panes. Menoume sth Syro,
steilnete kai sta nhsia h mono hpeirwtikh Ellada? Kai poses meres
kanei na er8ei?
Giannhs"""),
("el", "w4-efxaristo-kouriera-4os-orofos", "Ευδοξία Λιάκου <evdoxia.liakou@example.org>", "Ένα ευχαριστώ στον διανομέα", "general", "",
"""Καλημέρα,

Θέλω να ευχαριστήσω τον διανομέα που μας έφερε την Τρίτη τα κιβώτια με
τις πάνες. Μένουμε τέταρτο όροφο χωρίς ασανσέρ, ήμουν με το μωρό αγκαλιά
και μου είπε «μην κατεβαίνετε» και τα ανέβασε όλα μέχρι την πόρτα. Δεν
ξέρω το όνομά του, ήταν γύρω στις 11:30 στο Κουκάκι.

Ευδοξία"""),
# ---------------- pharmacy chains' loyalty schemes ----------------
("el", "w4-timi-melous-12-40-xreothike-15-90", "Ελευθερία Καψάλη <eleftheria.kapsali@example.com>", "Τιμή μέλους", "billing", "",
"""Καλησπέρα,

Σήμερα στο φαρμακείο σας στη Νέα Ιωνία το αντηλιακό είχε στο ράφι
ταμπελάκι «τιμή μέλους 12,40€». Έδωσα την κάρτα μέλους στο ταμείο αλλά
χρεώθηκα 15,90€, το είδα στο σπίτι στην απόδειξη. Μπορώ να πάρω πίσω τη
διαφορά; Έχω κρατήσει την απόδειξη και φωτογραφία του ραφιού.

Ελευθερία Καψάλη"""),
("el", "w4-gl-premium-melos-na-mh-ksanakleisei", "Takis Georgoulis <tgeorgoulis@example.net>", "Club Plus", "billing", "",
"""Kalhmera,
persy plhrwsa ta 19e gia to "Club Plus" me thn ekptwsh sta
syntagografoumena. Telika ta farmaka ta pairnw apo to farmakeio
dipla sto spiti pou den einai diko sas. Tou xronou na mh xreway8ei
ksana, to afhnw sto aplo dwrean club.
Takhs"""),
("el", "w4-gl-kouponi-10-den-afairethike", "Maro Dellaporta <marodell@example.com>", "kouponi", "billing", "",
"""geia sas, eixa to kouponi 10e pou mou hr8e apo tous pontous (to eixa
sthn efarmogh) kai to skanarane sto tameio. Sthn apodeiksh omws to
synolo einai 46,80 xwris na exei afairethei tipota kai sthn efarmogh to
kouponi fainetai "exargyrwmeno". Dhladh to xasa kai den to phra.
Maro"""),
("el", "w4-psifiaki-karta-kleinei-efarmogi", "Ανδρέας Ηλιόπουλος <andreas.iliopoulos@example.org>", "Η εφαρμογή κλείνει", "technical", "",
"""Γεια σας,

Από την τελευταία ενημέρωση, όταν πατάω «Η κάρτα μου» για να δείξω το
barcode στο ταμείο, η εφαρμογή κλείνει αμέσως. Όλα τα άλλα (προσφορές,
καταστήματα) ανοίγουν. Έχω iPhone 12. Την έσβησα και την ξαναέβαλα, το
ίδιο.

Ανδρέας Ηλιόπουλος"""),
("el", "w4-gl-kwdikos-sms-mh-egkyros", "Athina Kolyva <athkolyva@example.net>", "eggrafh", "technical", "",
"""Kalhmera, prospa8w na kanw eggrafh sto programma pistothtas apo to
site. Mou erxetai to sms me ton 6pshfio kwdiko, ton vazw amesws kai leei
"mh egkyros kwdikos". To dokimasa me 3 diaforetikous kwdikous. Athina"""),
("el", "w4-farmakeio-tameia-club-peftoun", "Φαρμακείο Δροσοπούλου <farmakeio.drosopoulou@pharmacy.example>", "Τα ταμεία κολλάνε με την κάρτα μέλους", "technical", "high",
"""Καλημέρα σας,

Είμαστε συνεργαζόμενο φαρμακείο του δικτύου στο Περιστέρι. Από τις 9
το πρωί, μόλις περάσουμε στο ταμείο οποιαδήποτε κάρτα μέλους, το
πρόγραμμα παγώνει και πρέπει να κάνουμε επανεκκίνηση τον υπολογιστή.
Έτσι έχουν κολλήσει και οι συνταγές, γιατί είναι στο ίδιο πρόγραμμα.
Έχουμε ηλικιωμένους που περιμένουν όρθιοι για τα φάρμακά τους και ουρά
έξω από την πόρτα. Οι τρεις θέσεις ταμείου κάνουν το ίδιο.

Καλέστε μας στο 210 000 5577.
Ευτέρπη Δροσοπούλου"""),
("el", "w4-gl-pontoi-den-mphkan-farmakeio", "Iliana Sotiriou <ilsotiriou@example.com>", "pontoi", "general", "",
"""Kalhspera, stis 12 tou mhna psw8ika sto farmakeio sas sto Marousi
kapou 63 eurw (vitamines kai ena piesomerto) kai edwsa thn karta melous
(arithmos 7700 1234 5678). Oi pontoi den emfanizontai sthn efarmogh, exoun
perasei 10 meres. Mporeite na tous perasete? Exw thn apodeiksh.
Iliana"""),
("el", "w4-dedomena-agoron-farmakon-gkpd", "Ζήνων Παπακωνσταντίνου <zinon.papak@example.org>", "Αίτημα πρόσβασης σε δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Είμαι μέλος του προγράμματος επιβράβευσής σας (κάρτα 7700 0042 1189)
εδώ και πέντε χρόνια. Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου
χορηγήσετε αντίγραφο των προσωπικών δεδομένων που τηρείτε για εμένα,
ειδικότερα αν καταγράφετε ποια φάρμακα και προϊόντα αγοράζω, για πόσο
διάστημα τα κρατάτε και αν τα χρησιμοποιείτε για στοχευμένες προσφορές.

Με εκτίμηση,
Ζήνων Παπακωνσταντίνου"""),
# ---------------- private hospital wards ----------------
("el", "w4-kliniki-20-tois-ekato-asfaleia", "Διονύσης Ζαφειρόπουλος <dionysis.zafeirop@example.com>", "Εξιτήριο 3/6 - χρέωση συμμετοχής", "billing", "",
"""Καλημέρα σας,

Νοσηλεύτηκα στην κλινική σας από 1 έως 3 Ιουνίου. Η ασφαλιστική μου
εταιρεία έχει απευθείας συνεργασία μαζί σας και σύμφωνα με το
συμβόλαιό μου δεν έχω συμμετοχή. Στο εξιτήριο όμως μου ζητήθηκε να
πληρώσω 412€ ως «20% συμμετοχή», το οποίο έκανα για να φύγω. Η
ασφαλιστική μού λέει ότι η κλινική πρέπει να το διορθώσει.

Διονύσης Ζαφειρόπουλος"""),
("el", "w4-analytiko-timologio-noshleias", "Πολυξένη Αρβανίτη <polyxeni.arvaniti@example.net>", "Αναλυτικό τιμολόγιο", "billing", "",
"""Καλησπέρα,

Για την αποζημίωση από την ασφάλεια υγείας χρειάζομαι αναλυτικό
τιμολόγιο της νοσηλείας του πατέρα μου (Στέλιος Αρβανίτης, εισαγωγή
11/5, έξοδος 16/5), με ξεχωριστά τη διαμονή, τα φάρμακα και τις
εξετάσεις. Αυτό που πήραμε έχει ένα μόνο σύνολο.

Πολυξένη Αρβανίτη"""),
("el", "w4-gl-monoklino-den-mphka-dikhgoros", "Stratos Liontos <strliontos@example.com>", "xrewsh monoklinou", "billing", "high",
"""Kyrioi,
nosileutika 4 meres ston 2o orofo se DIKLINO dwmatio, to 214, me allon
asthenh dipla mou. Ston logariasmo mou xrewnete monoklino, 1.200e
parapanw. To eipa 3 fores sto logisthrio kai mou lene "etsi vgainei apo
to systhma". Exw fwtografies tou dwmatiou kai o allos asthenhs einai
martyras.
An den diorthw8ei mexri to telos tou mhna, to anala8ei o dikhgoros mou.
Stratos Liontos"""),
("el", "w4-koudouni-noskomas-den-douleve", "Αικατερίνη Δούκα <aikaterini.douka@example.org>", "Το κουδούνι στο δωμάτιο 308", "technical", "high",
"""Καλημέρα,

Ο πατέρας μου νοσηλεύεται στο δωμάτιο 308 μετά από εγχείρηση ισχίου και
δεν μπορεί να σηκωθεί. Χθες τη νύχτα πάτησε το κουδούνι κλήσης για
σχεδόν μισή ώρα και δεν ήρθε κανείς. Σήμερα το πρωί η νοσηλεύτρια το
δοκίμασε μπροστά μας: δεν ανάβει το λαμπάκι έξω από την πόρτα και στον
σταθμό δεν χτυπάει τίποτα. Μας είπαν «θα το δει ο τεχνικός», αλλά έχει
περάσει μεσημέρι. Αν χρειαστεί κάτι απόψε, δεν έχει τρόπο να καλέσει.

Αικατερίνη Δούκα"""),
("el", "w4-gl-apotelesmata-pdf-keno", "Myrto Kanellou <myrtok@example.net>", "apotelesmata", "technical", "",
"""geia sas, mpainw sthn pylh asthenwn gia na katevasw tis aimatologikes
mou (apo thn Trith) kai to pdf anoigei alla einai teleiws aspro, oute
logotypo oute tipota. Ta palia apotelesmata tou Martiou anoigoun kanonika.
Myrto Kanellou, AMKA sto arxeio sas"""),
("el", "w4-wifi-dwmatiou-kodikos", "Ιωσήφ Μπενάκης <iosif.benakis@example.com>", "Internet στο δωμάτιο", "technical", "",
"""Καλησπερα, βρισκομαι στο δωματιο 512. Το Wi-Fi για ασθενεις ζηταει
κωδικο, βαζω αυτον που γραφει η καρτα στο κομοδινο και λεει «λαθος
κωδικος». Δοκιμασα με λαπτοπ και κινητο. Θα μεινω αλλη μια εβδομαδα και
πρεπει να δουλεψω λιγο.
Ιωσηφ"""),
("el", "w4-gl-episkeptiria-parking", "Nefeli Vourdoumpa <nefelivou@example.com>", "episkepseis", "general", "",
"""Kalhmera, h giagia mou mphke xtes sthn kliniki, 3os orofos. Ti wres
einai ta episkeptiria to Savvatokyriako? Kai exete parking gia
episkeptes h na psaxnoume sto dromo?
Nefeli"""),
("el", "w4-efxaristo-nosileftries-3ou", "Κωνσταντίνος Γεωργιάδης <konst.georgiadis@example.org>", "Ευχαριστίες", "general", "",
"""Καλησπέρα σας,

Η σύζυγός μου βγήκε την Πέμπτη από τον τρίτο όροφο μετά από δέκα μέρες.
Θέλουμε να ευχαριστήσουμε όλη τη βάρδια, και ιδιαίτερα την κα Ευτυχία
και τον κ. Σάββα, που τη φρόντιζαν σαν δικό τους άνθρωπο, ακόμα και τις
νύχτες που δεν μπορούσε να κοιμηθεί. Τα του λογαριασμού τα κανόνισε η
ασφαλιστική χωρίς καμία ταλαιπωρία, αλλά αυτό που θα θυμόμαστε είναι οι
άνθρωποι.

Κωνσταντίνος Γεωργιάδης"""),
# ---------------- home medical supplies and mobility scooters ----------------
("el", "w4-nosokomeiako-krevati-mitera-pethane", "Ευρυδίκη Χατζηγεωργίου <evrydiki.chatzig@example.com>", "Νοσοκομειακό κρεβάτι", "billing", "",
"""Καλησπέρα σας,

Η μητέρα μου έφυγε από τη ζωή την περασμένη εβδομάδα. Το νοσοκομειακό
κρεβάτι και το στρώμα κατά των κατακλίσεων που νοικιάζουμε από εσάς από
τον Φεβρουάριο δεν χρειάζονται πια. Σας παρακαλώ να κανονίσετε να τα
παραλάβετε και να μη συνεχιστεί η μηνιαία πληρωμή από την κάρτα μου.

Ευρυδίκη Χατζηγεωργίου
Τηλ. 6946 000 201"""),
("el", "w4-gl-egguisi-anapirikou-amaksidiou", "Tasos Xrysanthopoulos <tasosxr@example.net>", "eggyhsh", "billing", "",
"""Kalhmera, epestrepsa to anapiriko amaksidio pou nikiazame gia ton
patera mou stis 2 tou mhna. Eixame afhsei eggyhsh 150e. Akoma tipota.
Mou eipan 5 ergasimes, perasan 3 evdomades.
Tasos"""),
("el", "w4-skouter-doseis-12", "Αθανάσιος Λυμπερόπουλος <athanasios.lymb@example.org>", "Ηλεκτρικό αμαξίδιο - τρόπος πληρωμής", "billing", "",
"""Καλημέρα,

Ενδιαφέρομαι για το ηλεκτρικό σκούτερ μετακίνησης των 2.400€ για τη
σύζυγό μου. Μπορεί να πληρωθεί σε 12 άτοκες δόσεις με πιστωτική; Και αν
ο ΕΟΠΥΥ καλύπτει μέρος του ποσού, πώς αφαιρείται αυτό από την τιμή;

Αθανάσιος Λυμπερόπουλος"""),
("el", "w4-skouter-mpataria-zestathike-mirodia", "Ευστάθιος Κάππος <efstathios.kappos@example.net>", "Η μπαταρία του σκούτερ", "technical", "high",
"""Καλησπέρα σας,

Χθες το βράδυ έβαλα το σκούτερ μετακίνησης να φορτίζει στον διάδρομο,
όπως κάθε βράδυ. Στις 2 τα ξημερώματα ξύπνησα από μια μυρωδιά σαν καμένο
πλαστικό. Η μπαταρία ήταν τόσο ζεστή που δεν την ακουμπούσες και το
κάλυμμά της είχε αρχίσει να φουσκώνει λίγο στο πλάι. Την αποσύνδεσα και
την έβγαλα στη βεράντα, πάνω στα πλακάκια. Δεν ξέρω αν πρέπει να τη
ξαναβάλω. Είμαι 79 ετών και το σκούτερ είναι ο μόνος τρόπος να βγαίνω.

Ευστάθιος Κάππος"""),
("el", "w4-gl-skouter-e07-argo", "Vasilis Papamichail <vpapamichail@example.com>", "skouter", "technical", "",
"""Geia, to skouter tou patera mou den phgainei pio grhgora apo vhma
anthrwpou, akoma kai me ton diakopth taxythtas sto "lagos". Sthn o8onh
anavosvhnei E07 kapoia stigmh. H mpataria einai gemath. Ti shmainei to
E07?"""),
("el", "w4-piesometro-error-e3", "Φιλιώ Κανακάρη <filio.kanakari@example.org>", "Πιεσόμετρο", "technical", "",
"""Καλημέρα σας, το ψηφιακό πιεσόμετρο μπράτσου που πήρα από εσάς τον
Απρίλιο, τις τελευταίες μέρες φουσκώνει τη μανσέτα, ξεφουσκώνει και
βγάζει «Ε3» αντί για μέτρηση. Το δοκίμασα και στον άντρα μου, το ίδιο.
Άλλαξα μπαταρίες.
Φιλιώ Κανακάρη"""),
("el", "w4-gl-skouter-portpagkaz", "Stella Karydi <stellak@example.net>", "prin thn agora", "general", "",
"""Kalhspera,
koitaw to anadiploumeno skouter twn 1.890e gia th mhtera mou. Pose kila
einai to vary kommati otan to vgazeis? Xwraei se port-mpagkaz enos
Yaris? Kai exete kapou ekthesh na to doume apo konta, mallon Thessalonikh?
Stella"""),
("el", "w4-odigos-afise-krevati-dromo-ypeuthinos", "Περικλής Βαρδάκας <periklis.vardakas@example.com>", "Παράδοση κρεβατιού στον πατέρα μου", "general", "high",
"""Κύριοι,

Χθες ο οδηγός σας παρέδωσε το νοσοκομειακό κρεβάτι στον 84χρονο πατέρα
μου. Αρνήθηκε να το ανεβάσει στον πρώτο όροφο, παρότι η παράδοση μέχρι
το δωμάτιο ήταν γραμμένη στην παραγγελία, του μίλησε απότομα όταν
εκείνος ρώτησε, και άφησε τα κομμάτια στο πεζοδρόμιο. Ο πατέρας μου
έμεινε δύο ώρες στην πόρτα μέχρι να πάει ένας γείτονας.

Θέλω να μιλήσω με τον υπεύθυνο των διανομών σήμερα. 6937 000 158.

Περικλής Βαρδάκας"""),
# ---------------- garden centres and seed shops ----------------
("el", "w4-gl-metaforika-sporoi-pano-apo-40", "Lampros Tsiakos <ltsiakos@example.com>", "paraggelia sporwn", "billing", "",
"""Kalhmera, sto site grafei dwrean metaforika gia paraggelies panw apo
40e. H paraggelia mou htan 46,20 (sporoi ntomatas, fasolia kai ena
fytoxwma) kai mou xrewsate 5,90 metaforika. Mporeite na ta gyrisete?
Lampros"""),
("el", "w4-dyo-fakelakia-leipoun", "Ασπασία Γκούμα <aspasia.gkouma@example.net>", "Παραγγελία ΣΠ-5520", "billing", "",
"""Καλησπέρα,

Παρήγγειλα δέκα φακελάκια σπόρους και ήρθαν οκτώ. Λείπουν ο βασιλικός
«Γενοβέζε» και το μαρούλι «Ρομάνα». Στην απόδειξη είναι χρεωμένα και τα
δέκα. Δεν χρειάζεται να μου τα στείλετε, φέτος πέρασε η εποχή, απλώς
επιστρέψτε μου τα 5,80€ για τα δύο.

Ασπασία Γκούμα"""),
("el", "w4-syndromi-sporon-metakomisi-diamerisma", "Ηρακλής Πολυχρόνης <iraklis.polychronis@example.org>", "Ο μηνιαίος φάκελος σπόρων", "billing", "",
"""Καλημέρα σας,

Πουλήσαμε το σπίτι με τον κήπο και πάμε σε διαμέρισμα στο κέντρο, με
ένα μπαλκονάκι όλο κι όλο. Οπότε ο φάκελος του Σεπτεμβρίου ας είναι ο
τελευταίος - μετά από αυτόν σας παρακαλώ να μην ξαναπάρετε τα 9,90€.
Ήταν από τις πιο όμορφες στιγμές του μήνα να ανοίγω τον φάκελο.

Ηρακλής"""),
("el", "w4-xronodiakoptis-potismatos-valvides", "Δέσποινα Χριστάκη <despoina.christaki@example.com>", "Χρονοδιακόπτης ποτίσματος", "technical", "",
"""Γεια σας,

Ο χρονοδιακόπτης ποτίσματος με τις 4 ζώνες που πήρα από το κατάστημα
της Παλλήνης δείχνει κανονικά την ώρα και το πρόγραμμα στην οθόνη, αλλά
όταν έρχεται η ώρα δεν ανοίγει καμία βαλβίδα. Αν πατήσω «χειροκίνητο»
για τη ζώνη 1, ακούγεται ένα κλικ αλλά νερό δεν βγαίνει. Οι βαλβίδες
είναι καινούργιες, από εσάς κι αυτές.

Δέσποινα Χριστάκη"""),
("el", "w4-gl-mpordouroupsalido-revma", "Mimis Karanikas <mimiskar@example.net>", "mpordouroupsalido", "technical", "high",
"""Kalhspera,
to hlektriko mpordouroupsalido pou phra prin ena mhna, shmera to prwi me
to grasidi akoma ligo vregmeno, otan to epiasa apo th metalliki lavh
apo katw me xtyphse reuma, ena dunato tsimpima sto xeri. Eixe kanonika
ton diakopth patimeno. To kalwdio den exei kopsimo pou na vlepw. To
ekleisa sthn apo8hkh. Den to afhnw na to piasei o gios mou.
Mimis"""),
("el", "w4-gl-anazitisi-eshop-bio", "Ntina Mavroeidi <ntinamav@example.com>", "to site", "technical", "",
"""geia, sto eshop otan kanw anazhthsh me thn leksh "bio" h patw to filtro
"viologika" vgainei "0 apotelesmata" gia ola, akoma kai gia ntomates pou
vlepw me ta matia mou sth lista oti exoun to sima bio. prin 1 mhna
douleue."""),
("el", "w4-elies-2-metra-kifisia", "Ιωάννης Σταυρόπουλος <ioannis.stavrop@example.org>", "Ελιές", "general", "",
"""Καλημέρα σας,
Έχετε ελιές σε γλάστρα γύρω στα 2 μέτρα; Θέλω δύο για την αυλή. Αν ναι,
έχει το κατάστημα της Κηφισιάς ή μόνο της Βάρης; Και κάνετε παράδοση με
φύτευση;
Ιωάννης Σταυρόπουλος"""),
("el", "w4-gl-protash-dopies-poikilies", "Katerina Samara <ksamara@example.net>", "mia idea", "general", "",
"""Kalhspera sas! Eimai sto club sas xronia kai mazeuw tous pontous mou
kanonika, xaxa. Mia protash: 8a htan teleio na fernate kai palies
ellhnikes dopies poikilies, p.x. ntomata Santorinhs, kolokythaki
Nikaias, fasolia gigantes Prespwn. Polloi sto xwrio mou ta psaxnoun kai
den ta vriskoun pouthena.
Katerina"""),
# ---------------- office water coolers and office cleaning ----------------
("el", "w4-katharismos-savvatou-den-egine", "Λογιστήριο Νομική Εταιρεία Ρήγα <logistirio@riga-law.example>", "Τιμολόγιο Απριλίου - καθαρισμός", "billing", "",
"""Καλημέρα σας,

Στο τιμολόγιο Απριλίου χρεώνετε τέσσερις γενικούς καθαρισμούς Σαββάτου.
Τον καθαρισμό της 20ής Απριλίου τον είχαμε ακυρώσει εγγράφως μία εβδομάδα
νωρίτερα (έκτακτη εργασία στο γραφείο) και το συνεργείο σας δεν ήρθε.
Παρακαλούμε εκδώστε πιστωτικό για τα 95€ + ΦΠΑ εκείνης της ημέρας.

Με εκτίμηση,
Άννα Ρήγα"""),
("el", "w4-psyktis-nerou-metakomisi-grafeiou", "Διοίκηση Πρίσμα Μελετητική <dioikisi@prisma-meletes.example>", "Ψύκτες νερού - νέα γραφεία", "billing", "",
"""Καλησπέρα,

Στο τέλος Μαρτίου μεταφερόμαστε σε νέο κτήριο, όπου ο ιδιοκτήτης έχει
ήδη εγκατεστημένο σύστημα φιλτραρισμένου νερού σε κάθε όροφο. Οι δύο
ψύκτες σας με τις φιάλες δεν θα έχουν θέση εκεί. Παρακαλώ ενημερώστε μας
πώς κλείνει η σύμβαση ενοικίασης από 1η Απριλίου και πότε μπορείτε να
τους παραλάβετε.

Μαρία Καλλέργη
Υπεύθυνη Διοίκησης"""),
("el", "w4-gl-arithmos-paraggelias-timologio-nero", "Promitheies Xenodoxeio Elena <promitheies@hotel-elena.example>", "FW: timologio 2291", "billing", "",
"""Kalhmera,
to timologio 2291 gia tis fiales nerou den mporei na eksoflh8ei giati den
exei ton ari8mo entolhs agoras mas. Ksanasteilte to me PO 7740-118
parakalw.
Giwrgos Palaiologos, promh8eies

---------- Forwarded message ---------
Apo: Logisthrio
Thema: timologio 2291
Giwrgo, pali xwris PO, den to pernaw. Zhta to apo ton promh8euth."""),
("el", "w4-gl-fiales-6-50-egine-7-80", "Grafeio Ntalas <office@ntalas-logistes.example>", "timh fialhs", "billing", "",
"""Kalhspera. Sto teleutaio deltio h fialh twn 18 litrwn xrewnetai 7,80 enw
mexri twra htan 6,50. Pairnoume 20 to mhna, einai 26e parapanw mhniaiws.
Kanenas den mas eipe gia au3hsh. Isxyei h palia timh ws to telos ths
symvashs?
Fwtini Ntala"""),
("el", "w4-psyktis-diarroi-konta-prizes", "Γραμματεία Εκδόσεις Φάρος <info@faros-ekdoseis.example>", "Ο ψύκτης τρέχει νερό στις πρίζες", "technical", "high",
"""Καλημέρα,

Ο ψύκτης νερού στον διάδρομο του 2ου ορόφου τρέχει νερό από τη βάση
από χθες. Σήμερα το πρωί το νερό είχε απλωθεί κάτω από το γραφείο δίπλα,
εκεί που είναι το πολύπριζο με τους υπολογιστές, και μύριζε σαν
καψαλισμένο. Κατεβάσαμε τον διακόπτη σε εκείνη τη γραμμή και σκουπίσαμε,
αλλά ο ψύκτης συνεχίζει να στάζει όσο είναι η φιάλη πάνω. Στείλτε κάποιον
σήμερα.

Ελπινίκη Βλάχου
Εκδόσεις Φάρος, 2ος όροφος"""),
("el", "w4-gl-zesto-nero-kryo", "Andreas Loukas <aloukas@example.com>", "psykths", "technical", "",
"""geia, o psykths sto grafeio mas (Skoufa 10) apo th Deftera vgazei kryo
nero kai apo thn kokkinh vrysh. To lampaki tou zestou den anavei pia.
Den mporoume na kanoume tsai, oxi tragiko, alla ftiakste to otan
mporeite :)"""),
("el", "w4-portal-aitimata-katharismou-apenergopoiimenos", "Κώστας Ευαγγέλου <k.evangelou@nikos-logistics.example>", "Δεν μπαίνω στο portal", "technical", "",
"""Καλημέρα,

Στην πύλη πελατών σας, από όπου ζητάμε έκτακτους καθαρισμούς, όταν
βάζω τα στοιχεία μου βγαίνει «Ο λογαριασμός έχει απενεργοποιηθεί». Δεν
άλλαξε κάτι από την πλευρά μας, μπήκα κανονικά πριν από δύο εβδομάδες.
Θέλω να κλείσω καθαρισμό για μετά την ανακαίνιση της αποθήκης.

Κώστας Ευαγγέλου"""),
("el", "w4-synergeio-afise-anoixto-proistamenos", "Θεμιστοκλής Αγγελάκης <themis.angelakis@angelakis-arch.example>", "Ο συναγερμός ήταν απενεργοποιημένος όλη τη νύχτα", "general", "high",
"""Κύριοι,

Σήμερα το πρωί βρήκαμε την πόρτα του γραφείου ξεκλείδωτη και τον
συναγερμό απενεργοποιημένο. Από το ημερολόγιο του συστήματος φαίνεται ότι
τον έκλεισε ο κωδικός της καθαρίστριάς σας στις 20:10 και δεν τον
ξαναενεργοποίησε κανείς. Στο γραφείο έχουμε σχέδια πελατών και
εξοπλισμό χιλιάδων ευρώ. Είναι η δεύτερη φορά φέτος.

Ζητώ να με καλέσει σήμερα ο προϊστάμενος του συνεργείου ή ο διευθυντής
σας.

Θεμιστοκλής Αγγελάκης
Αγγελάκης Αρχιτέκτονες"""),
# ---------------- printer and copier leasing ----------------
("el", "w4-giati-84-parapano-trimino-antigrafa", "Οικονομική Διεύθυνση Λεμονιά ΑΕ <oikonomiki@lemonia-ae.example>", "Τριμηνιαίο τιμολόγιο φωτοαντιγραφικών", "billing", "",
"""Καλημέρα σας,

Το τιμολόγιο του β' τριμήνου είναι 84€ υψηλότερο από το συνηθισμένο,
λόγω «υπέρβασης αντιγράφων». Ο μετρητής του μηχανήματος στον 1ο όροφο
γράφει σήμερα 48.210 έγχρωμα, ενώ στο τιμολόγιό σας αναφέρεται 51.900.
Είναι αδύνατο να έχουμε τυπώσει περισσότερα από όσα δείχνει το ίδιο το
μηχάνημα. Σας επισυνάπτω φωτογραφία του μετρητή.

Ναταλία Λεμονή"""),
("el", "w4-gl-lhksh-misthwshs-oxi-ananewsh", "Spyros Antoniadis <santoniadis@antoniadis-dental.example>", "symvash fwtotypikou", "billing", "",
"""Kalhmera,
h misthwsh gia to polymhxanhma sto iatreio lhgei 30 Noemvriou. Phrame
diko mas mhxanhma, opote den synexizoume meta apo tote - mhn thn
ananewsete aytomata. Pote erxeste na to parete?
Spyros Antwniadhs, odontiatreio"""),
("el", "w4-toner-pou-den-paraggeilame-antilogismos", "Λογιστήριο Εκπαιδευτήρια Πρόοδος <logistirio@proodos-school.example>", "Χρεώσεις για τόνερ", "billing", "high",
"""Κύριοι,

Εδώ και τρεις μήνες μάς χρεώνετε με πάγια εντολή 212€ τον μήνα για
«αναλώσιμα τόνερ» που δεν έχουμε παραγγείλει ούτε παραλάβει, ενώ η
σύμβασή μας ρητά συμπεριλαμβάνει τα αναλώσιμα στο μίσθωμα. Σε δύο
email δεν απαντήσατε.

Σας ενημερώνουμε ότι ζητήσαμε από την τράπεζά μας την ανάκληση των
τριών χρεώσεων και διακόψαμε την πάγια εντολή για οτιδήποτε πέραν του
μισθώματος.

Ευάγγελος Παπαθανασίου
Λογιστήριο"""),
("el", "w4-fotoantigrafiko-nekro-prothesmia-dikastiriou", "Δικηγορικό Γραφείο Σωτηρίου <grammateia@sotiriou-law.example>", "Νεκρό το φωτοαντιγραφικό - προθεσμία σήμερα", "technical", "high",
"""Καλημέρα,

Το κεντρικό μας μηχάνημα δείχνει «Σφάλμα C3-500, καλέστε τεχνικό» από
τις 8 και δεν τυπώνει, δεν σαρώνει, τίποτα. Σήμερα στις 14:00 λήγει
προθεσμία κατάθεσης δικογράφου με 400 σελίδες συνημμένα σε πέντε
αντίγραφα. Το δεύτερο μικρό μηχάνημα δεν βγάζει αυτόν τον όγκο. Όλο το
γραφείο έχει σταματήσει.

Χρειαζόμαστε τεχνικό τώρα. 210 000 3381, κα Παπαδάκη.
Δικηγορικό Γραφείο Σωτηρίου"""),
("el", "w4-gl-sarwsh-email-meta-allagh-kwdikou", "Fotis IT <it@kalamata-oils.example>", "scan to email", "technical", "",
"""Kalhspera,
meta thn allagh kwdikou sto email ths etaireias, to sharp sto logisthrio
den stelnei tis sarwseis ("apotyxia apostolhs - SMTP"). Allaksa ton kwdiko
kai sto menou tou mhxanhmatos alla tipota. Ti allo prepei na peirakw?
Fwths"""),
("el", "w4-xarti-mplokarei-syrtari-2", "Ελένη Σταθάκη <eleni.stathaki@stathaki-travel.example>", "Μπλοκάρει το χαρτί", "technical", "",
"""Γεια σας,
Το φωτοτυπικό μπλοκάρει κάθε τρεις-τέσσερις σελίδες όταν τραβάει χαρτί
από το συρτάρι 2. Από το συρτάρι 1 δουλεύει κανονικά. Χαρτί βάζουμε το
ίδιο, 80 γραμμάρια. Μπορεί να έρθει τεχνικός μέσα στην εβδομάδα;
Ελένη Σταθάκη"""),
("el", "w4-gl-adeia-toner-pou-ta-stelnoume", "Mairi Karra <mairi@karra-design.example>", "adeia toner", "general", "",
"""Kalhmera! Exoume mazepsei kamia 15aria adeia toner apo to fwtotypiko
sas. Ta pairnete pisw gia anakyklwsh? Ta stelnoume me courier h erxeste
na ta parete me thn epomenh episkepsh tou texnikou?
Mairi"""),
("el", "w4-allagi-ypeuthynou-epikoinonias-symvasi", "Διοίκηση Οίκος Ευγηρίας Αγία Άννα <dioikisi@agia-anna.example>", "Νέος υπεύθυνος επικοινωνίας", "general", "",
"""Καλημέρα σας,

Από 1η Ιουλίου ο κ. Στέφανος Λαζαρίδης αποχωρεί από τη θέση του. Για τη
σύμβαση μίσθωσης των φωτοαντιγραφικών (ΣΜ-3310) ο νέος υπεύθυνος
επικοινωνίας θα είναι ο κ. Νικόλαος Κουτρούλης, n.koutroulis@agia-anna.example,
τηλ. 210 000 1145. Παρακαλώ ενημερώστε τα στοιχεία σας.

Με εκτίμηση,
Διοίκηση"""),
# ---------------- post office and parcel shops ----------------
("el", "w4-systimeno-plirosa-stalthike-apla", "Ευθύμιος Καλλιγάς <efthymios.kalligas@example.com>", "Συστημένο που δεν ήταν συστημένο", "billing", "",
"""Καλημέρα,

Στις 3 Ιουνίου έστειλα από το κατάστημά σας στην Αγ. Παρασκευή φάκελο
με έγγραφα για την εφορία ως συστημένο, πλήρωσα 4,50€ και πήρα απόδειξη.
Ο αριθμός όμως που μου έδωσαν δεν βγάζει τίποτα στην παρακολούθηση και
στο γκισέ σήμερα μου είπαν ότι «φαίνεται να πέρασε ως απλό». Τότε γιατί
πλήρωσα για συστημένο; Θέλω πίσω τη διαφορά.

Ευθύμιος Καλλιγάς"""),
("el", "w4-gl-thyrida-3-eurw-parametros", "Vaggelis Mouzakis <vmouzakis@example.net>", "thyrida", "billing", "",
"""Kalhspera, to dema mou htan sthn automath thyrida sto Metro Neas
Smyrnhs kai phga na to parw thn 4h mera anti gia thn 3h giati eimoun
se taksidi. Gia na anoiksei mou zhthse 3e "xrewsh paramonhs" kai ta
plhrwsa me karta. Kanenas den mou eipe pote gia xrewsh, oute sto sms.
Ta 3e ta 8elw pisw, einai 8ema arxhs."""),
("el", "w4-antikatavoli-65-den-irthan", "Παντελής Ζαρκάδας <pantelis.zarkadas@example.org>", "Αντικαταβολή αποστολής 44120", "billing", "",
"""Καλημέρα σας,

Έστειλα στις 10 του μήνα ένα ηλεκτρικό κλαδευτήρι σε αγοραστή στη
Λαμία με αντικαταβολή 65€. Ο παραλήπτης μού έστειλε φωτογραφία ότι το
παρέλαβε και πλήρωσε στον διανομέα στις 12. Τα 65€ δεν έχουν μπει
ακόμα στον λογαριασμό μου. Πόσες μέρες κάνει συνήθως η απόδοση;

Παντελής Ζαρκάδας"""),
("el", "w4-gl-thyrida-othoni-pagwmenh", "Rania Fotopoulou <raniaf@example.com>", "den anoigei h thyrida", "technical", "",
"""geia, eimai mprosta sthn aytomath thyrida sto sm sthn Kalamaria kai h
o8onh exei pagwsei sto "kalws hr8ate". den pianei to aggigma, den
skanarei to QR, tipota. to dema mou exei prothesmia ws avrio. ti na kanw?"""),
("el", "w4-parakolouthisi-sfalma-gia-ola", "Λουκάς Μαργαρίτης <loukas.margaritis@example.net>", "Παρακολούθηση αποστολών", "technical", "",
"""Γεια σας,

Από χθες το βράδυ, ό,τι αριθμό αποστολής κι αν βάλω στην ιστοσελίδα
σας βγαίνει «Παρουσιάστηκε σφάλμα. Δοκιμάστε αργότερα». Το δοκίμασα με
τρεις διαφορετικές αποστολές, από υπολογιστή και κινητό. Από την
εφαρμογή κάποιου φίλου το ίδιο.

Λουκάς"""),
("el", "w4-gl-shmeio-paralavis-scanner-nekro", "Periptero Stadiou <periptero.stadiou@shop.example>", "SHMEIO PARALAVHS - DEN MPOROUME NA DWSOUME DEMATA", "technical", "high",
"""Kalhmera,
eimaste shmeio paralavhs sas sta Trikala (periptero sthn plateia). Apo
to prwi to tablet kai to scanner pou mas dwsate leei "syskeuh mh
egkekrimenh" kai den mporoume na paradwsoume kanena dema, oute na
paraloume. Exoume 60 demata sto rafi, o kosmos erxetai me to sms sto xeri
kai ton stelnoume pisw. Kapoioi fwnazoun hdh. Epikoinwnhste mazi mas
26100 00 412.
Dhmhtrhs"""),
("el", "w4-dema-ston-geitona-allo-katastima", "Αθηνά Βελισσαρίου <athina.velissariou@example.com>", "Το δέμα μου", "general", "",
"""Καλησπέρα,
Το μήνυμα λέει ότι το δέμα μου (ΠΚ 9901 2287) αφέθηκε «σε γείτονα», αλλά
δεν λέει σε ποιον και κανείς στην πολυκατοικία δεν ξέρει κάτι. Μπορείτε
να ρωτήσετε τον διανομέα; Αν δεν έχει παραδοθεί ακόμα, προτιμώ να το
πάτε στο κατάστημα της οδού Πατησίων να το πάρω από εκεί.
Αθηνά"""),
# ---------------- student housing ----------------
("el", "w4-gl-egguhsh-400-mikrodiafores", "Xaralampos Deligiorgis <xdeligiorgis@example.net>", "eggyhsh dwmatiou 4B", "billing", "high",
"""Kalhspera,
efyga apo to dwmatio 4B ths fititikhs estias stis 30 Iouniou. To
paredwsa ka8aro, yperografhkame mazi me ton k. Zervo to prwtokollo
paradoshs xwris kamia parathrhsh. H eggyhsh twn 400e den exei epistrafei
meta apo 7 evdomades, kai sta email apantate "elegxetai".
An ta 400 den mpoun mexri 15 tou mhna, kanw agwgh mikrodiaforwn sto
eirhnodikeio, exw ola ta xartia.
Xaralampos Deligiorgis"""),
("el", "w4-enoikio-septemvriou-symvasi-oktovrio", "Ολυμπία Σταύρου <olympia.stavrou@example.com>", "Ενοίκιο Σεπτεμβρίου", "billing", "",
"""Γεια σας,

Η σύμβασή μου για το δωμάτιο στην εστία ξεκινάει 1η Οκτωβρίου, όπως
γράφει και στη σελίδα 1. Σήμερα όμως πήρε η πάγια εντολή 340€ για
«ενοίκιο Σεπτεμβρίου». Δεν έχω μπει ακόμα, δεν έχω πάρει καν κλειδιά.
Μπορείτε να το διορθώσετε; Τα χρήματα αυτά τα χρειάζομαι για τα βιβλία.

Ολυμπία Σταύρου"""),
("el", "w4-gl-eksamhno-se-doseis", "Nikolas Pitsilos <npitsilos@example.com>", "plhrwmh eksamhnou", "billing", "",
"""Geia sas, gia to xeimerino eksamhno zhtate olo to enoikio mprosta
(1.920e). Oi goneis mou den mporoun ola mazi. Ginetai na plhrwnoume ka8e
mhna 320 h estw se 2 doseis? Nikolas, dwm. 112"""),
("el", "w4-priza-kouzinas-kapnos-fititiki", "Βικτώρια Λαζαρίδου <viktoria.lazaridou@example.net>", "Πρίζα στην κοινή κουζίνα του 3ου", "technical", "high",
"""Καλησπέρα,

Στην κοινόχρηστη κουζίνα του 3ου ορόφου, η διπλή πρίζα δίπλα στον
νεροχύτη έβγαλε καπνό πριν από λίγο, όταν κάποια έβαλε τον βραστήρα. Το
καπάκι της πρίζας έχει μαυρίσει γύρω από τις τρύπες και είναι ζεστό.
Κολλήσαμε χαρτί «ΜΗΝ ΤΗ ΧΡΗΣΙΜΟΠΟΙΕΙΤΕ» αλλά στον όροφο μένουμε 14
άτομα και κάποιος θα τη χρησιμοποιήσει χωρίς να το δει. Ο φύλακας λέει
ότι ο ηλεκτρολόγος έρχεται τη Δευτέρα.

Βικτώρια Λαζαρίδου, δωμάτιο 307"""),
("el", "w4-karta-dwmatiou-den-anoigei", "Στέλιος Χριστοφόρου <stelios.christoforou@example.org>", "Κάρτα πόρτας", "technical", "",
"""ΚΑΛΗΜΕΡΑ, ΑΠΟ ΧΘΕΣ Η ΚΑΡΤΑ ΤΟΥ ΔΩΜΑΤΙΟΥ ΜΟΥ (215) ΔΕΝ ΑΝΟΙΓΕΙ ΤΗΝ
ΠΟΡΤΑ: ΑΝΑΒΕΙ ΚΟΚΚΙΝΟ ΛΑΜΠΑΚΙ ΚΑΙ ΕΝΑ ΜΠΙΠ. Η ΚΕΝΤΡΙΚΗ ΕΙΣΟΔΟΣ ΑΝΟΙΓΕΙ
ΚΑΝΟΝΙΚΑ ΜΕ ΤΗΝ ΙΔΙΑ ΚΑΡΤΑ. ΜΕ ΑΝΟΙΞΕ Ο ΦΥΛΑΚΑΣ ΜΕ ΤΗΝ ΚΕΝΤΡΙΚΗ, ΑΛΛΑ
ΔΕΝ ΜΠΟΡΩ ΝΑ ΤΟΝ ΠΕΡΙΜΕΝΩ ΚΑΘΕ ΦΟΡΑ.
ΣΤΕΛΙΟΣ"""),
("el", "w4-gl-allagh-dwmatiou-thoryvos", "Eirini Papastergiou <epapaster@example.net>", "allagh dwmatiou?", "general", "",
"""Kalhspera, eimai sto dwmatio 118 pou einai akrivws panw apo to
koinoxrhsto saloni kai exei fasaria ka8e vrady ws tis 3. Exw eksetastikh
ton Iounio kai den koimamai. Yparxei periptwsh na allaksw dwmatio se
pio hsyxo orofo, akoma kai mikrotero? Eirhnh"""),
("el", "w4-vevaiosi-diamonis-panepistimio", "Ματίνα Οικονόμου <matina.oikonomou@example.com>", "Βεβαίωση διαμονής", "general", "",
"""Καλησπέρα σας,

Για την αίτηση στεγαστικού επιδόματος μού ζητούν βεβαίωση ότι διαμένω
στην εστία σας από τον Οκτώβριο, με τη διεύθυνση και το ΑΦΜ του
εκμισθωτή. Μπορείτε να μου την εκδώσετε; Τα ενοίκια είναι όλα
πληρωμένα μέχρι σήμερα, αν αυτό χρειάζεται να αναφέρεται.

Ματίνα Οικονόμου, δωμάτιο 221"""),
# ---------------- dating, social and language exchange apps ----------------
("el", "w4-gl-etisia-ananewsh-79-99", "Kostis Varelas <kvarelas@example.net>", "Premium", "billing", "",
"""Kalhmera, mou phrate 79,99 gia ananewsh tou Premium gia ena xrono.
Den to xrhsimopoiw kan apo ton Ianouario kai den 8ymamai na eipa pote
na ananewnetai aytomata. Egine prin 2 meres. Mporeite na to akyrwsete
kai na mou ta epistrepsete?"""),
("el", "w4-gnorisa-kapoion-gold", "Δάφνη Ρουσσάκη <dafni.roussaki@example.com>", "Gold", "billing", "",
"""Γεια σας,

Νέα καλά: γνώρισα κάποιον μέσα από την εφαρμογή σας και πάει πολύ καλά!
Οπότε το Gold δεν χρειάζεται πια να συνεχίσει τον επόμενο μήνα. Μπορείτε
να φροντίσετε να μη γίνει η χρέωση του Αυγούστου; Ευχαριστώ για όλα :)

Δάφνη"""),
("el", "w4-fonitika-xoris-ixo-glossiki", "Αχιλλέας Μαυρίκος <achilleas.mavrikos@example.org>", "Φωνητικά μηνύματα", "technical", "",
"""Καλημέρα,

Χρησιμοποιώ την εφαρμογή για να κάνω εξάσκηση στα ισπανικά με μια
συνομιλήτρια από τη Βαλένθια. Από την Παρασκευή τα φωνητικά μηνύματα που
μου στέλνει φαίνονται, η μπάρα κυλάει, αλλά δεν ακούγεται τίποτα. Ήχος
από YouTube και άλλες εφαρμογές βγαίνει κανονικά. Κι εκείνη δεν ακούει
τα δικά μου.

Αχιλλέας"""),
("el", "w4-gl-logariasmos-anastolh-lathos", "Marios Dalakas <mdalakas@example.com>", "anastolh logariasmou", "technical", "",
"""Geia, apo xthes otan mpainw sthn efarmogh leei "o logariasmos sas
exei anastalei proswrina" kai me petaei ekso. Den exw kanei tipota, den
exw steilei kan mhnymata th teleutaia evdomada. Dokimasa na kanw allagh
kwdikou alla to idio. Pws ksanampainw?"""),
("el", "w4-profil-anilikis-minimata", "Ευαγγελία Σταθοπούλου <evangelia.stathop@example.net>", "Ανήλικη στην εφαρμογή σας", "general", "high",
"""Καλησπέρα,

Η κόρη μου είναι 15 ετών. Βρήκα χθες στο κινητό της ότι έχει φτιάξει
προφίλ στην εφαρμογή σας δηλώνοντας 19, και ότι δύο ενήλικοι άντρες της
στέλνουν μηνύματα, ο ένας της ζητάει να συναντηθούν και φωτογραφίες.
Έχω κρατήσει στιγμιότυπα με τα ονόματα των προφίλ τους. Το προφίλ της
πρέπει να κλείσει και πρέπει κάποιος να εξετάσει αυτούς τους δύο
λογαριασμούς πριν συμβεί κάτι σε άλλο παιδί.

Ευαγγελία Σταθοπούλου"""),
("el", "w4-gl-diagrafh-olwn-twn-dedomenwn", "Gianna Tsirika <gtsirika@example.net>", "diagrafh", "general", "",
"""Kalhspera, esvhsa thn efarmogh alla vlepw oti to profil mou yparxei
akoma kai oti to email mou einai sth lista sas. Zhtaw na diagrafei
oloklhros o logariasmos kai ola ta dedomena mou (fwtografies, mhnymata,
topo8esia), kai na mou epivevaiwsete oti egine.
Gianna"""),
# ---------------- ticket resale platforms ----------------
("el", "w4-pwlisi-eisitirion-140-den-irthan", "Άλκηστις Νομικού <alkistis.nomikou@example.com>", "Πληρωμή πωλητή - παράσταση 7/6", "billing", "",
"""Καλησπέρα,

Πούλησα μέσα από την πλατφόρμα δύο εισιτήρια για την παράσταση της 7ης
Ιουνίου στο Ηρώδειο. Ο αγοραστής τα χρησιμοποίησε, η παράσταση έγινε,
και σύμφωνα με τους όρους σας η πληρωμή μου γίνεται 5 εργάσιμες μετά.
Έχουν περάσει δεκαπέντε και τα 140€ δεν έχουν έρθει. Ο IBAN στο προφίλ
μου είναι σωστός, τον έλεγξα.

Άλκηστις Νομικού"""),
("el", "w4-gl-promh8eia-18-tois-ekato-sto-telos", "Nikiforos Gkolfinos <ngkolfinos@example.net>", "xrewseis yphresias", "billing", "",
"""Kalhspera,
agorasa 2 eisithria gia ton agwna tis Kyriakhs pou sth lista fainontan
45 to ena. Sto teleutaio vhma to synolo vgike 106,20 giati mpike
"promh8eia yphresias" 18% pou den fainotan pouthena prin. Patisa
plhrwmh viastika giati eixe xronometro 5 leptwn. Auto to 16,20 den
einai timh pou mou deiksate, 8elw na mou epistrafei."""),
("el", "w4-synavlia-akyrothike-katanalotis", "Φίλιππος Γαλανόπουλος <filippos.galanop@example.com>", "Ακυρωμένη συναυλία - 4 εισιτήρια", "billing", "high",
"""Κύριοι,

Αγόρασα από την πλατφόρμα σας τέσσερα εισιτήρια, 220€ συνολικά, για τη
συναυλία της 18ης Μαΐου στη Θεσσαλονίκη, η οποία ακυρώθηκε οριστικά από
τον διοργανωτή. Ο διοργανωτής επιστρέφει χρήματα μόνο σε όσους
αγόρασαν από τα δικά του σημεία και μου λέει να απευθυνθώ σε εσάς. Εσείς
μου απαντάτε ότι «η εγγύηση αγοραστή καλύπτει μόνο άκυρα εισιτήρια».

Εφόσον η εκδήλωση δεν έγινε, ζητώ την επιστροφή του συνόλου. Παράλληλα
υπέβαλα αναφορά στη Γενική Γραμματεία Εμπορίου και Προστασίας
Καταναλωτή.

Φίλιππος Γαλανόπουλος"""),
("el", "w4-metafora-eisitiriou-den-fainetai", "Ρεβέκκα Σολομωνίδου <revekka.solom@example.org>", "Το εισιτήριο δεν εμφανίζεται", "technical", "",
"""Γεια σας,

Ο πωλητής μού μετέφερε το εισιτήριο για το θέατρο χθες το μεσημέρι και
πήρα email ότι «η μεταφορά ολοκληρώθηκε». Στην εφαρμογή όμως, στα «Τα
εισιτήριά μου», δεν υπάρχει τίποτα, ούτε στον υπολογιστή. Έχω κάνει
αποσύνδεση και σύνδεση με τον ίδιο λογαριασμό. Η παράσταση είναι την
Πέμπτη.

Ρεβέκκα"""),
("el", "w4-prosvasi-proepilogis-502-xiliades", "Δημήτρης Ευαγγελίδης <dim.evangelidis@example.net>", "Όλη η προπώληση έπεσε", "technical", "high",
"""Καλησπέρα,

Η προπώληση για το φεστιβάλ άνοιξε στις 12:00 και από τις 12:00:30 η
σελίδα σας βγάζει «502 Bad Gateway» σε όλους. Είμαστε τουλάχιστον 30
άτομα σε μια ομάδα στο Facebook και κανείς δεν μπαίνει, από κανέναν
πάροχο, και η ουρά αναμονής δείχνει ακόμα «είστε στη θέση 0». Όπως
καταλαβαίνετε, οι χιλιάδες που περιμένουν θα χάσουν την προπώληση ενώ
ο χρόνος τρέχει. Κάντε κάτι.

Δημήτρης Ευαγγελίδης"""),
("el", "w4-gl-eisithrio-sto-onoma-filou", "Olga Mitropoulou <omitrop@example.com>", "erwthsh gia eisithria", "general", "",
"""Geia sas! Exw 2 eisithria gia to Rockwave pou ta phra sto onoma mou
alla telika 8a pane h aderfh mou me ton filo ths. Zhtane tautothta sthn
eisodo? Prepei na ta metaferw se autous h na ta poulhsw kai na ta
ksanagorasoun? Den 8elw na fanoun lathos sthn porta.
Olga"""),
# ---------------- airport parking ----------------
("el", "w4-gl-parking-plhrwsa-ksana-sthn-eksodo", "Antonis Rozakis <arozakis@example.net>", "parking aerodromiou krathsh 33819", "billing", "",
"""Kalhspera,
eixa prokatavolikh krathsh (33819) apo 2 ews 9 Iouliou, plhrwmenh online
63e. Sthn eksodo h mpara den anagnwrise to amaksi, o ypallhlos eipe
"plhrwste sto mhxanhma kai meta to lynoume". Plhrwsa 98e. Dhladh thn
idia staumeush thn plhrwsa 2 fores. Pws 8a mou gyrisoun ta 98?
Antwnhs"""),
("el", "w4-kathysterisi-ptisis-3-meres-parapano", "Ελπίδα Κουτσογιάννη <elpida.koutsog@example.com>", "Χρέωση για επιπλέον μέρες", "billing", "",
"""Καλημέρα σας,

Η πτήση επιστροφής μας από Λονδίνο ακυρώθηκε λόγω απεργίας και
επιστρέψαμε με τρεις μέρες καθυστέρηση. Στην έξοδο πληρώσαμε για τις
τρεις επιπλέον μέρες την τιμή της «ημέρας χωρίς κράτηση», 24€ τη μέρα,
ενώ η κράτησή μας ήταν με 9€ τη μέρα. Υπάρχει περίπτωση να
προσαρμοστεί η χρέωση; Έχω τη βεβαίωση ακύρωσης από την αεροπορική.

Ελπίδα Κουτσογιάννη"""),
("el", "w4-mpara-pinakidas-den-anoigei", "Χαράλαμπος Ρουμελιώτης <ch.roumeliotis@example.org>", "Η μπάρα εισόδου", "technical", "",
"""Γεια σας,

Έχω μηνιαία κάρτα στάθμευσης και εδώ και τρεις μέρες η μπάρα εισόδου
δεν με αναγνωρίζει από την πινακίδα (ΙΝΚ 7720), πρέπει να πατάω την
ενδοεπικοινωνία για να μου ανοίξουν κάθε πρωί. Μήπως χάθηκε η πινακίδα
από το σύστημα;

Χαράλαμπος Ρουμελιώτης"""),
("el", "w4-mixanimata-plirwmis-ouro-ptiseis", "Ιάσων Κυπραίος <iason.kypraios@example.net>", "Ουρά στην έξοδο - κανένα μηχάνημα δεν δουλεύει", "technical", "high",
"""Σας γράφω από το αυτοκίνητο στην έξοδο του P3. Και τα τέσσερα
μηχανήματα πληρωμής γράφουν «Εκτός λειτουργίας», οι μπάρες είναι
κατεβασμένες και η ουρά έχει φτάσει στη ράμπα, πάνω από 40 αυτοκίνητα.
Στην ενδοεπικοινωνία δεν απαντά κανείς. Δίπλα μου ένα ζευγάρι
προσπαθεί να προλάβει την πτήση για Φρανκφούρτη που φεύγει σε μία ώρα,
κι εμείς πάμε σε κηδεία. Χρειάζεται κάποιος εδώ τώρα.

Ιάσων Κυπραίος"""),
("el", "w4-gl-fortish-hlektrikou-kleidia", "Thaleia Georganta <thaleiag@example.com>", "parking", "general", "",
"""Kalhmera, paw taksidi gia 10 meres ton Aygousto. Exete fortish gia
hlektriko sto parking? An nai, mporw na afhsw ta kleidia na to valete
sthn priza kapoia stigmh? Kai me poso entos ths 8a erxetai to shuttle
sto terminal?"""),
# ---------------- hotel chains' loyalty programmes ----------------
("el", "w4-elite-melos-ktypisei-etisia-na-mi", "Γρηγόρης Αλεξίου <grigoris.alexiou@example.net>", "Συνδρομή Elite", "billing", "",
"""Καλησπέρα,

Από τον Σεπτέμβριο αλλάζω δουλειά και δεν θα ταξιδεύω πια για την
εταιρεία, οπότε η ετήσια συνδρομή Elite των 120€ δεν έχει νόημα για
εμένα. Προτιμώ να μείνω στο δωρεάν επίπεδο του προγράμματος. Να μην
ανανεωθεί στις 14 Αυγούστου, παρακαλώ.

Γρηγόρης Αλεξίου
Μέλος 88 1203 4471"""),
("el", "w4-gl-meta-th-metafora-2fa-den-erxetai", "Sotiria Kalpaki <skalpaki@example.net>", "syndesh sto programma", "technical", "",
"""Kalhmera, meta th "metafora sthn kainourgia plateforma" pou mas
grapsate, otan mpainw me to email mou zhtaei kwdiko apo th mhxanh
epalh8eushs (authenticator). Den exw syndesei pote authenticator, mono
sms eixa. Den mporw na mpw na dw tous pontous mou kai exw krathsh se 3
meres.
Swthria"""),
("el", "w4-psifiako-kleidi-den-anoigei-dwmatio", "Ορφέας Σκλαβενίτης <orfeas.sklav@example.org>", "Ψηφιακό κλειδί", "technical", "",
"""Καλησπέρα,

Έχω ενεργοποιήσει το ψηφιακό κλειδί στην εφαρμογή για τη διαμονή μου στο
ξενοδοχείο σας στη Ρόδο (δωμάτιο 418). Όταν πλησιάζω το κινητό στην
κλειδαριά, η εφαρμογή γράφει «Ξεκλειδώθηκε» αλλά η κλειδαριά δεν
ανάβει και η πόρτα δεν ανοίγει. Bluetooth ανοιχτό, εφαρμογή ενημερωμένη.
Κατεβαίνω κάθε φορά στη ρεσεψιόν για κάρτα.

Ορφέας"""),
("el", "w4-pontoi-diamonis-xanion-den-pistothikan", "Μαρκέλλα Δαμιανού <markella.damianou@example.com>", "Πόντοι για τη διαμονή στα Χανιά", "general", "",
"""Γεια σας,

Έμεινα τέσσερις νύχτες στο ξενοδοχείο σας στα Χανιά (12-16 Μαΐου) και
έδωσα τον αριθμό μέλους μου στο check-in. Πλήρωσα στο ξενοδοχείο
περίπου 640€. Στον λογαριασμό μου όμως δεν εμφανίζεται η διαμονή και οι
πόντοι δεν έχουν πιστωθεί, ενώ έχει περάσει ένας μήνας. Μπορείτε να τους
προσθέσετε;

Μαρκέλλα Δαμιανού, μέλος 88 0917 2250"""),
# ---------------- train season tickets ----------------
("el", "w4-miniaia-karta-doulevo-spiti", "Στυλιανός Μπαλτάς <stylianos.baltas@example.net>", "Μηνιαία κάρτα Κιάτο - Αθήνα", "billing", "",
"""Καλημέρα σας,

Η εταιρεία μας πέρασε σε μόνιμη τηλεργασία από τον επόμενο μήνα, οπότε
δεν θα χρειάζεται να ανεβαίνω κάθε μέρα στην Αθήνα. Η μηνιαία κάρτα
διαδρομής που ανανεώνεται αυτόματα στις 1 του μήνα δεν μου χρειάζεται
πια. Τις λίγες φορές που θα πηγαίνω θα βγάζω απλό εισιτήριο.

Στυλιανός Μπαλτάς"""),
("el", "w4-gl-karta-dyo-fores-amfisvhthsh", "Foteini Lazou <flazou@example.com>", "Re: Re: ypo8esh 20417", "billing", "high",
"""Se 3 email mou apantate to idio keimeno, oti "h diplh xrewsh 8a
diorthw8ei aytomata". Perase enas mhnas. H trimhniaia karta mou
xrew8hke 2 fores, 2 x 138 eurw, kai exw mono MIA karta. Shmera anoiksa
diafwnia xrewshs sthn trapeza mou gia thn mia apo tis dyo, opote 8a
sas zhthsoun ekeinoi ta stoixeia.
Foteinh

> Αγαπητή πελάτισσα, η διπλή χρέωση θα διορθωθεί αυτόματα.
> Ευχαριστούμε για την υπομονή σας."""),
("el", "w4-foititiki-karta-den-diavazetai-pyles", "Αλέξης Τριανταφύλλου <alexis.triantafyllou@example.org>", "Η κάρτα δεν περνάει στις πύλες", "technical", "",
"""Γεια σας,

Η φοιτητική μου κάρτα διαρκείας ανανεώθηκε κανονικά την 1η, φαίνεται
ενεργή μέχρι 30/6 στην εφαρμογή. Στις πύλες του σταθμού όμως, κάθε φορά
που την ακουμπάω βγάζει «Μη έγκυρος τίτλος» και πρέπει να ζητάω από τον
υπάλληλο να μου ανοίξει. Έγινε σε τρεις διαφορετικούς σταθμούς.

Αλέξης"""),
("el", "w4-gl-qr-eisitirio-xwris-internet", "Stamatia Rousou <srousou@example.net>", "QR sto treno", "technical", "",
"""geia, sto treno gia Thessalonikh den exei sima gia kommatia ths
diadromhs kai otan erxetai o elegkths h efarmogh den deixnei thn karta
diarkeias, mono "syndeeste sto diadiktyo gia na fortwsei". Prin mhnes
emene apo8hkeumenh. Ti allakse? Den 8elw na fanw san na mhn exw
plhrwsei."""),
("el", "w4-gl-xasa-karta-diarkeias-treno", "Manthos Giakoumakis <mgiakoumakis@example.com>", "xameni karta", "general", "",
"""Kalhspera, xthes to vrady mallon mou epese h karta diarkeias sto treno
ths 19:20 apo Larisa, sto vagoni 3. Einai plastikh me fwtografia, sto
onoma Manthos Giakoumakis. Mhpws thn paredwse kapoios? An oxi, ti kanw
gia mia kainourgia?"""),
("el", "w4-zones-foititikis-prin-agorasw", "Ναυσικά Λιάπη <nafsika.liapi@example.org>", "Ερώτηση για μηνιαία φοιτητική", "general", "",
"""Καλησπέρα σας,

Σκέφτομαι να βγάλω τη φοιτητική μηνιαία των 30€ για τον προαστιακό.
Ισχύει και τα Σαββατοκύριακα και μέχρι το αεροδρόμιο, ή μόνο μέσα στην
Αθήνα; Και χρειάζεται να έχω μαζί τη φοιτητική ταυτότητα κάθε φορά ή
αρκεί η κάρτα;

Ναυσικά"""),
]
