# wide2-el.py -- a second wide batch of Greek (el) mails over many kinds of
# business: office supplies, IT services, payroll software, card terminals,
# booking software, restaurant wholesale, letting agents, car leasing, EV
# charging, ride-hailing, self-storage, laundries, repair shops, pest
# control, pools, hearing aids, pets, instruments, ski rental, football
# season tickets, cruises, veg boxes, language apps and council services.
# Money, faults and everything else as customers of such businesses write
# about them, in Greek script and Greeklish.  For training; same tuple
# format as batch16.py.
M += [
# ---------------- Γραφική ύλη για επιχειρήσεις ----------------
("el", "grafiki-yli-afm-nea-edra", "Λογιστήριο Τεχνοδομή ΑΕ <logistirio@technodomi.example>", "Στοιχεία τιμολόγησης", "billing", "",
"""Καλημέρα σας,

Από 1η Μαρτίου η εταιρεία μας μεταφέρθηκε σε νέα έδρα (Λεωφ. Συγγρού
212, Καλλιθέα) και άλλαξε και η αρμόδια ΔΟΥ (πλέον ΦΑΕ Αθηνών). Τα δύο
τελευταία τιμολόγια για τη γραφική ύλη (ΤΔΑ 4471 και ΤΔΑ 4502) έχουν
ακόμα την παλιά διεύθυνση και ΔΟΥ και ο λογιστής μας δεν τα περνάει.

Παρακαλούμε να τα ακυρώσετε και να τα επανεκδώσετε με τα σωστά στοιχεία,
και να ενημερώσετε την καρτέλα μας για τα επόμενα.

Με εκτίμηση,
Σταυρούλα Πετροπούλου
Λογιστήριο"""),
("el", "gl-toner-pirate-dyo-fores", "Makis G. <makis.grafeio@example.com>", "toner", "billing", "",
"""kalhmera
parhggeila 4 toner gia ton kyocera thn Triti (parag. 66120) kai sthn
etairikh karta vlepw 2 kinhseis twn 186,40 thn idia mera. ta toner hr8an
mia fora, 4 kommatia, ola ok. mou fainetai oti ta pirate dyo fores ta
lefta. tsekarete to kai gyriste to ena
Makhs
Grafeio Georgiou & Sia"""),
("el", "minaia-apostoli-kafe-metakomisi", "Ηλίας Κανελλόπουλος <ilias@kanellopoulos-arch.example>", "Μηνιαία αποστολή", "billing", "",
"""Γεια σας,

Κάθε μήνα μας στέλνετε το πακέτο με χαρτί Α4, κάψουλες καφέ και χαρτικά
κουζίνας. Από τον Ιούλιο το γραφείο μεταφέρεται σε χώρο συνεργασίας
όπου όλα αυτά παρέχονται, οπότε το πακέτο δεν θα μας χρειάζεται πια.

Η τελευταία αποστολή που θέλουμε είναι του Ιουνίου. Μετά από αυτό να
μη γίνει καμία άλλη χρέωση στην κάρτα που έχετε στο αρχείο.

Ευχαριστώ,
Ηλίας Κανελλόπουλος
Κανελλόπουλος Αρχιτέκτονες"""),
("el", "pistotiko-kareklon-proistamenos", "Νίκη Βλάχου <niki.vlachou@ergon-consulting.example>", "3η υπενθύμιση - πιστωτικό για καρέκλες", "billing", "high",
"""Κύριοι,

Στις 8 Απριλίου σας επιστρέψαμε 6 καρέκλες γραφείου (λάθος χρώμα από
δική σας αποστολή). Ο οδηγός σας τις παρέλαβε και έχουμε υπογεγραμμένο
δελτίο. Από τότε περιμένουμε πιστωτικό 894,00€ και στο μεταξύ μας
στείλατε και υπενθύμιση ληξιπρόθεσμου για το ίδιο ποσό.

Είναι το τρίτο μου email. Ο υπεύθυνος λογαριασμού μας, κ. Μαυρίδης, δεν
απαντά. Θέλω να μου τηλεφωνήσει σήμερα ο προϊστάμενός του.

Νίκη Βλάχου
Διοικητικό, Έργον Σύμβουλοι
210 000 4471"""),
("el", "portal-egkriseis-den-ftanoun", "Αλέξης Ντόκος <a.ntokos@medplus-clinic.example>", "B2B portal - εγκρίσεις", "technical", "",
"""Καλησπέρα,

Στο εταιρικό portal έχουμε ρυθμίσει οι παραγγελίες πάνω από 200€ να
πηγαίνουν για έγκριση στη διευθύντρια. Από την περασμένη εβδομάδα οι
παραγγελίες μένουν στην κατάσταση "Αναμονή έγκρισης" αλλά σε εκείνη
δεν φτάνει κανένα email, ούτε τις βλέπει στη λίστα της όταν συνδέεται.
Έχουμε τρεις παραγγελίες κολλημένες.

Ο λογαριασμός μας είναι 20-7781. Μπορείτε να δείτε τι φταίει;

Αλέξης Ντόκος
IT, Medplus"""),
("el", "katastrofeas-eggrafon-myrodia", "Γραμματεία Δικηγορικού Γραφείου <grammateia@lexpartners.example>", "Καταστροφέας εγγράφων", "technical", "high",
"""Καλημέρα,

Ο καταστροφέας εγγράφων που μας φέρατε τον Ιανουάριο σήμερα το πρωί,
μετά από δέκα λεπτά δουλειάς, άρχισε να μυρίζει καμένο πλαστικό και
βγήκε λίγος καπνός από τις γρίλιες στο πλάι. Τον βγάλαμε από την πρίζα
και τον έχουμε βγάλει στο μπαλκόνι. Δεν έπιασε φωτιά.

Κάποιος πρέπει να τον δει, δεν θέλουμε να τον ξαναβάλουμε στο ρεύμα.
Μοντέλο SX-240, σειριακός στο κουτί.

Ευχαριστούμε,
Δέσποινα"""),
("el", "katalogos-2025-entypos", "Παναγιώτης Σαράφης <p.sarafis@example.com>", "Κατάλογος", "general", "",
"""Καλησπέρα σας,

Θα μπορούσατε να μας στείλετε τον έντυπο κατάλογο του 2025; Τον
παλιό τον είχε ο συνάδελφος που έφυγε και τον πήρε μαζί του, φαίνεται.
Τις τιμές τις βλέπουμε στο site, απλώς μας βολεύει να ξεφυλλίζουμε στο
γραφείο.

Διεύθυνση: Σαράφης Ε.Ε., Εγνατίας 44, 546 30 Θεσσαλονίκη.

Ευχαριστώ,
Παναγιώτης"""),
("el", "gl-paradosi-3os-xoris-asanser", "Dora Lampraki <dora.lampr@example.net>", "paradosi xartiou", "general", "",
"""Geia sas, exoume plhrwsei hdh thn paraggelia 66301 (20 kouties xarti
A4). To grafeio einai ston 3o kai h polykatoikia den exei asanser. O
odhgos ta anevazei panw h ta afhnei sthn eisodo? Kai ti wra peripou
erxetai, giati to prwi den exei kanena mexri tis 10.
Eyxaristw
Dwra"""),
# ---------------- Υπηρεσίες πληροφορικής για μικρές επιχειρήσεις ----------------
("el", "gl-giati-parapanw-ayto-to-mhna", "Fotis Xatzis <fotis@xatzis-optika.example>", "logariasmos Maiou", "billing", "",
"""Kalhspera,
exoume to paketo syntirhshs me 120 to mhna gia ta 5 pc tou katasthmatos.
Ton Maio htan 168. Giati 48 parapanw? Apo oso 3erw den hr8e kaneis
texnikos ton Maio, mono mia fora milhsame sto thlefwno gia to printer
pou htan 5 lepta. An einai kati epipleon 8elw na 3erw ti einai prin to
plhrwsw.
Fwths
Optika Xatzis"""),
("el", "kleinei-grafeio-den-xreiazomaste-syntirisi", "Ευτυχία Ρηγοπούλου <e.rigopoulou@rigopoulou-law.example>", "Από Ιανουάριο", "billing", "",
"""Αγαπητέ κύριε Δρόσο,

Σας ενημερώνω ότι στο τέλος της χρονιάς κλείνουμε το γραφείο στην
Πατησίων. Οι δύο συνεργάτιδες θα δουλεύουν από το σπίτι με τα δικά
τους laptop κι εγώ συνταξιοδοτούμαι σιγά σιγά.

Συνεπώς από τον Ιανουάριο δεν θα χρειαζόμαστε πλέον τη μηνιαία σας
υποστήριξη. Παρακαλώ να μην εκδοθεί τίποτα για το 2025 και να μου πείτε
αν υπάρχει κάποια προθεσμία ή έγγραφο που πρέπει να σας στείλω.

Σας ευχαριστώ για όλα αυτά τα χρόνια.

Ευτυχία Ρηγοπούλου"""),
("el", "episkepsi-pou-den-egine-trapeza", "Κωνσταντίνος Λιάπης <k.liapis@liapis-logistiki.example>", "Χρέωση επίσκεψης 21/5", "billing", "high",
"""Στις 21/5 είχαμε κλείσει επίσκεψη τεχνικού για τον router. Δεν ήρθε
ποτέ κανείς, δεν πήρε κανείς τηλέφωνο. Το πρόβλημα το λύσαμε μόνοι μας
το απόγευμα.

Σήμερα βλέπω ότι από την κάρτα της εταιρείας τραβήξατε 85€ με
περιγραφή "On-site visit 21/05". Σας έχω γράψει δύο φορές από την
Παρασκευή και καμία απάντηση. Σήμερα το απόγευμα έκανα αμφισβήτηση της
συναλλαγής στην τράπεζα.

Κ. Λιάπης"""),
("el", "kanenas-den-anoigei-fakelous-z", "Ελισάβετ Μόσχου <elisavet@moschou-logistes.example>", "ΕΠΕΙΓΟΝ - δεν δουλεύει τίποτα στο γραφείο", "technical", "high",
"""Καλημέρα, επειγόντως παρακαλώ.

Από τις 8:30 κανείς στο γραφείο δεν ανοίγει τους φακέλους στο Z:.
Βγάζει "Η διαδρομή δικτύου δεν βρέθηκε". Το πρόγραμμα της λογιστικής
δεν ανοίγει γιατί η βάση είναι εκεί. Οι εκτυπώσεις μένουν στην ουρά.
Το μικρό μαύρο κουτί στο ντουλάπι (ο server;) έχει ένα πορτοκαλί
λαμπάκι που αναβοσβήνει.

Είμαστε 9 άτομα και έχουμε προθεσμία ΦΠΑ την Παρασκευή. Χρειαζόμαστε
κάποιον τώρα, έστω απομακρυσμένα.

Ελισάβετ Μόσχου
210 000 8823"""),
("el", "gl-nea-ypallilos-email-kinito", "Stella Konti <stella@konti-tours.example>", "nea kopela", "technical", "",
"""geia sas
hr8e mia kainourgia kopela sto grafeio, h Ioanna. Ths ftiaxate to
email ioanna@konti-tours.example thn Deutera kai sto pc douleuei. Sto
kinhto ths (iphone) omws otan vazei ton kwdiko leei "apotyxia syndeshs
me ton diakomisth" kai den katevazei tipota. Exei ginei kai se mena
palia alla den thymamai ti kanate tote. Mporei kapoios na thn kalesei
na ths to rythmisei? 69x xxx 2210
Stella"""),
("el", "backup-apotyxia-oxi-logariasmos", "Σπύρος Μακρής <spyros@makris-electric.example>", "Αναφορές backup", "technical", "",
"""Καλησπέρα,

Δεν γράφω για τον λογαριασμό, αυτός είναι εντάξει. Γράφω γιατί κάθε
πρωί μου έρχεται το αυτόματο email του backup και εδώ και 6 μέρες λέει
"Job failed - destination unreachable". Πριν από αυτό έλεγε "Success"
κάθε μέρα.

Δεν έχουμε αλλάξει κάτι, εκτός από το ότι η ΔΕΗ έκοψε ρεύμα για μισή
ώρα την προηγούμενη Τρίτη. Μπορεί να σχετίζεται; Δεν θέλω να το
ανακαλύψω τη μέρα που θα χρειαστούμε το backup.

Σπύρος Μακρής"""),
("el", "efxaristo-texniko-argotera", "Άρτεμις Σιδέρη <artemis@sideri-design.example>", "Ευχαριστώ για χθες", "general", "",
"""Καλημέρα,

Ήθελα μόνο να πω ένα μεγάλο ευχαριστώ για τον Γιώργο που ήρθε χθες για
τη μεταφορά στους νέους υπολογιστές. Έμεινε μέχρι τις 9 το βράδυ για να
μη χαθεί ούτε ένα αρχείο, και μας εξήγησε με υπομονή τα καινούργια.
Σήμερα το πρωί δουλεύουμε όλοι κανονικά σαν να μην άλλαξε τίποτα.

Το τιμολόγιο ήρθε και είναι όπως συμφωνήσαμε, όλα καλά. Απλώς θέλω να
το ξέρει και ο προϊστάμενός του.

Άρτεμις"""),
("el", "gl-exete-texnikous-larisa", "Vangelis Tsiakos <vtsiakos@example.net>", "erwthsh prin apofasisoume", "general", "",
"""Kalhspera,
eimaste mia mikrh etaireia me 6 atoma sth Larisa. Eida sto site to
paketo "Office Care" me 49 to mhna ana ypologisth. Prin to syzhthsoume
me ton synetairo, exete texnikous edw sth Larisa h ola ginontai apo
makria? An xreiastei na erthei kapoios sto grafeio poso grhgora
erxetai syn8ws?
Eyxaristw
Vaggelhs Tsiakos"""),
# ---------------- Λογισμικό λογιστικής και μισθοδοσίας ----------------
("el", "misthodosia-apo-12-se-4-paketo", "Γεωργία Αλεξίου <g.alexiou@alexiou-bakery.example>", "Αλλαγή πακέτου", "billing", "",
"""Καλημέρα σας,

Μετά το κλείσιμο του δεύτερου καταστήματος έχουμε πλέον 4 εργαζόμενους
αντί για 12. Πληρώνουμε ακόμα το πακέτο "Business 15" και νομίζω ότι
μας φτάνει το "Start 5". Μπορείτε να μας μεταφέρετε από τον επόμενο
μήνα και να μου πείτε πόσο θα είναι η μηνιαία συνδρομή;

Γεωργία Αλεξίου
Φούρνος Αλεξίου"""),
("el", "gl-apodeiksi-syndromis-lathos-afm", "Thanos Karalis <thanos.karalis@example.com>", "apodeixeis", "billing", "",
"""Kalhmera. Oi apodei3eis ths syndromhs gia Apr kai Mai exoun lathos
AFM, leipei ena pshfio sto telos (vgainei 09981234 anti 099812345).
H logistria mou den tis dexetai. Mporeite na tis ksanavgalete swsta?
To AFM sto profil mou to diorthwsa.
Thanos"""),
("el", "etisia-ananeosi-480-synigoros", "Μιχάλης Τζαννετάκης <m.tzannetakis@example.net>", "Ανανέωση που δεν ζήτησα", "billing", "high",
"""Κύριοι,

Στις 28 Φεβρουαρίου σας έστειλα email (το έχω στα απεσταλμένα) ότι
σταματώ να χρησιμοποιώ το πρόγραμμα και δεν θέλω ανανέωση. Παρόλα
αυτά στις 3 Μαρτίου πήρατε 480€ για το νέο έτος. Το πρόγραμμα δεν το
έχω ανοίξει ούτε μία φορά από τότε.

Ζητώ να επιστραφούν τα 480€ μέσα σε 10 ημέρες. Διαφορετικά θα κάνω
καταγγελία στον Συνήγορο του Καταναλωτή.

Μιχάλης Τζαννετάκης"""),
("el", "misthodosia-den-vgainei-arxeio-trapezas", "Ραλλού Χριστοδούλου <payroll@aigaio-hotels.example>", "Δεν παράγεται αρχείο πληρωμής μισθών", "technical", "high",
"""Καλησπέρα,

Αύριο είναι ημέρα πληρωμής για 41 εργαζόμενους του ξενοδοχείου. Η
μισθοδοσία υπολογίστηκε κανονικά, αλλά όταν πατάω "Εξαγωγή αρχείου
τράπεζας" το κουμπί γυρίζει για λίγο και μετά βγάζει "Σφάλμα 0x17 -
άγνωστη μορφή". Έχω δοκιμάσει σε δύο υπολογιστές και με άλλο
πρόγραμμα περιήγησης. Τον προηγούμενο μήνα δούλευε κανονικά.

Αν δεν ανέβει το αρχείο στην τράπεζα μέχρι αύριο το μεσημέρι, ο κόσμος
δεν πληρώνεται. Παρακαλώ να με πάρει κάποιος τηλέφωνο σήμερα.

Ραλλού Χριστοδούλου
Μισθοδοσία, Αιγαίο Ξενοδοχεία"""),
("el", "gl-kodikos-2fa-neo-kinito", "Nikos Stam. <nstam@example.org>", "kwdikos epalhtheushs", "technical", "",
"""kalhmera
allaksa kinhto thn Kyriakh kai twra h efarmogh me ton kwdiko (authenticator)
einai sto palio pou to edwsa ston gio mou kai to eksase. Den mporw na
mpw sto logariasmo ths etaireias. Sto "den exw prosvash" me paei se mia
selida pou fortwnei synexeia. Pws to ksanastinw?
Nikos Stamatopoulos"""),
("el", "fpa-anafora-lathos-synola", "Χρυσάνθη Πολυχρόνη <ch.polychroni@example.com>", "Η αναφορά ΦΠΑ βγάζει άλλα νούμερα", "technical", "",
"""Γεια σας,

Για να μην παρεξηγηθώ: δεν έχω θέμα με τη συνδρομή μου. Το πρόβλημα
είναι στο ίδιο το πρόγραμμα.

Από την ενημέρωση της προηγούμενης εβδομάδας, η "Περιοδική ΦΠΑ" για το
β' τρίμηνο δείχνει σύνολο εκροών 18.240€ ενώ αν αθροίσω τα παραστατικά
από το ημερολόγιο πωλήσεων βγαίνουν 19.610€. Φαίνεται ότι δεν μετράει
τα πιστωτικά σωστά ή κάτι τέτοιο. Πριν την ενημέρωση έβγαζε τα σωστά.

Μπορείτε να το κοιτάξετε πριν την υποβολή;

Χρυσάνθη Πολυχρόνη, λογίστρια"""),
("el", "diagrafi-stoixeion-proin-ypallilou", "Δήμητρα Καλαντζή <dimitra.kalantzi@example.com>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Εργαζόμουν στην εταιρεία "Σταθμός Καφέ ΙΚΕ" μέχρι τον Δεκέμβριο του
2022, η οποία χρησιμοποιούσε το σύστημά σας για τη μισθοδοσία. Σύμφωνα
με τον ΓΚΠΔ, θα ήθελα να μάθω ποια προσωπικά μου δεδομένα τηρείτε
ακόμη εσείς (και όχι ο πρώην εργοδότης μου) και, όπου δεν υπάρχει
νόμιμη υποχρέωση διατήρησης, να διαγραφούν.

Επισυνάπτω αντίγραφο ταυτότητας για την ταυτοποίηση.

Με εκτίμηση,
Δήμητρα Καλαντζή"""),
("el", "protasi-eksagogi-excel-ellinika", "Ορέστης Μπαλτάς <orestis.baltas@example.org>", "Πρόταση", "general", "",
"""Καλησπέρα,

Χρησιμοποιώ το πρόγραμμά σας τρία χρόνια και είμαι ευχαριστημένος.
Μια πρόταση μόνο: θα ήταν πολύ χρήσιμο στις αναφορές μισθοδοσίας να
υπάρχει επιλογή να βγαίνουν τα ονόματα των εργαζομένων με κεφαλαία
χωρίς τόνους, όπως τα θέλει η ΕΡΓΑΝΗ, για να μη διορθώνω με το χέρι.
Και ίσως ένα κουμπί "αντιγραφή προηγούμενου μήνα" στις υπερωρίες.

Καλή συνέχεια,
Ορέστης"""),
# ---------------- Τερματικά καρτών και ταμειακά συστήματα ----------------
("el", "enoikio-termatikou-meta-tin-epistrofi", "Σοφία Ανδρικοπούλου <sofia@anthopoleio-iris.example>", "Τερματικό που σας επέστρεψα", "billing", "",
"""Καλησπέρα,

Το φθινόπωρο κλείσαμε το δεύτερο ανθοπωλείο και σας επιστρέψαμε το ένα
από τα δύο τερματικά (με courier, 14 Οκτωβρίου, έχω την απόδειξη
αποστολής). Και τον Νοέμβριο και τον Δεκέμβριο όμως φεύγουν από τον
λογαριασμό μας 2 x 24,80€ αντί για ένα. Το δεύτερο 24,80 δεν έχει
σταματήσει ακόμα.

Μπορείτε να το σταματήσετε και να μας γυρίσετε τους δύο μήνες;

Σοφία Ανδρικοπούλου"""),
("el", "gl-promitheia-1-4-anti-0-9", "Babis Kafeneio <babis.plateia@example.net>", "promh8eia", "billing", "",
"""Geia sas. Otan ypografame to symvolaio o pwlhths mas eipe 0,9% se
oles tis kartes. Sto mhniaio statement vlepw 1,4% sxedon se oles tis
synallages (ektos apo kapoies pou einai 0,9). 3ekina apo ton Feb
peripou. Ti allaxe? Mas eipan kati gia "emporikes kartes" alla emeis
kafeneio eimaste, ti emporikes kartes. Theloume ton arxiko pososto.
Xaralambos Pitsios"""),
("el", "ekkatharisi-paraskevis-den-mpike", "Θεοφάνης Ρουμελιώτης <theofanis@roumeliotis-krea.example>", "Εκκαθάριση Παρασκευής", "billing", "",
"""Καλημέρα,

Οι κινήσεις καρτών της Παρασκευής 12/7 (γύρω στα 2.340€) δεν έχουν
μπει ακόμα στον λογαριασμό μας. Της Πέμπτης μπήκαν κανονικά το Σάββατο
και του Σαββάτου μπήκαν χθες. Η Παρασκευή λείπει τελείως. Στο portal
η παρτίδα εμφανίζεται κλεισμένη κανονικά.

Αριθμός εμπόρου 4410-2276. Που είναι τα χρήματα;

Θ. Ρουμελιώτης"""),
("el", "gl-kanena-termatiko-den-pernaei-anepafi", "Androniki Kafe Lotos <andro@kafe-lotos.example>", "SAVVATO PRWI - APORRIPTONTAI OLES OI KARTES", "technical", "high",
"""grafw apo to kinhto sorry gia to yfos

apo tis 9 to prwi kai ta 3 termatika sto kafe aporriptoun oles tis
anepafes, vgazoun "Sfalma epikoinwnias 96". me eisagwgh ths kartas
mia stis treis pernaei. exoume oura e3w apo thn porta, oi misoi
pelates fevgoun giati den exoun metrhta. kaname restart se ola kai to
internet douleuei kanonika.

sto thlefwno sas perimenw 25 lepta. xreiazomaste voh8eia TWRA.

Andronikh, Kafe Lwtos, ar. emporou 4410-9902"""),
("el", "gl-tameio-ektypwnei-lefka", "Rena Psaraki <rena.psaraki@example.com>", "apodeiksis", "technical", "",
"""kalhspera, to tameio sto periptero typwnei tis apodei3eis alla
vgainoun teleiws lefkes, mono to xarti. allaksa rolo 2 fores, evala kai
to kainourgio pou mas dwsate, idio. h o8onh deixnei kanonika to poso
kai kleinei h synallagh. ti na kanw? den 8elw na mou ertei prostimo
epeidh den dinw apodei3h
Rena"""),
("el", "termatiko-mpataria-fouskose", "Λάμπρος Γεροντίδης <lampros@gerontidis-taxi.example>", "Φορητό τερματικό", "technical", "high",
"""Καλησπέρα σας,

Το φορητό τερματικό που έχω στο ταξί εδώ και μια εβδομάδα ζεσταινόταν
πολύ όσο φόρτιζε. Σήμερα παρατήρησα ότι το πίσω καπάκι έχει φουσκώσει
και δεν κλείνει καλά, σαν να σπρώχνει η μπαταρία από μέσα. Το έβγαλα
από τον φορτιστή του αυτοκινήτου και το έχω σε ένα μεταλλικό κουτί.

Τι κάνω; Χρειάζομαι και αντικατάσταση γιατί δουλεύω κυρίως με κάρτες.

Λάμπρος Γεροντίδης
Ταξί ΙΧ 4417"""),
("el", "kantina-xoris-wifi-erotisi", "Μιλτιάδης Ζερβός <miltos.zervos@example.org>", "Καντίνα στην παραλία", "general", "",
"""Γεια σας,

Τον Ιούνιο ανοίγω καντίνα σε παραλία της Χαλκιδικής, μόνο για το
καλοκαίρι. Εκεί δεν υπάρχει wifi, μόνο σήμα κινητής (και αυτό όχι
πάντα καλό). Έχετε τερματικό που δουλεύει με κάρτα SIM; Και αν χαθεί
το σήμα για λίγο, κρατάει τις συναλλαγές ή χάνονται;

Θα ήθελα να ξέρω πριν πάω στην τράπεζα να το συζητήσω.

Μιλτιάδης"""),
("el", "gl-agenis-pwlitis-ypeuthinos", "Efi Kontou <efi.kontou@pantopoleio-efi.example>", "O pwlhths sas", "general", "high",
"""Kyrioi,

xtes hr8e sto magazi o pwlhths sas, o k. Rafahlidhs, gia na mas deiksei
to kainourgio tameiako. Mphke thn wra ths aixmhs, mou milhse
ypotimhtika mprosta stous pelates ("eseis oi mikroi den katalavainete
apo texnologia") kai otan tou eipa oti den me endiaferei arxise na
fwnazei oti "8a kleisete etsi".

Eimai pelatissa sas 6 xronia. Thelw na me parei thlefwno o ypeythynos
tou tmhmatos pwlhsewn gia ayth th symperifora.

Eythymia Kontou
Pantopwleio Efh"""),
# ---------------- Λογισμικό κρατήσεων για κομμωτήρια και ιατρεία ----------------
("el", "paketo-sms-den-fortothike", "Τίνα Μαυροειδή <tina@tina-hairstudio.example>", "Πακέτο SMS", "billing", "",
"""Καλημέρα,

Την Πέμπτη αγόρασα από τον λογαριασμό μου το πακέτο 1.000 SMS για τις
υπενθυμίσεις (29€, η πληρωμή φαίνεται στην κάρτα μου). Στις ρυθμίσεις
όμως το υπόλοιπο γράφει ακόμα 12 SMS, όσα είχα και πριν. Η παραγγελία
είναι η SMS-55810.

Ή να μπουν τα 1.000 ή να γυρίσουν τα 29€.

Τίνα Μαυροειδή
Tina Hair Studio"""),
("el", "gl-kleinoume-augousto-pagwma", "Kwstas Barber <kostas@kostasbarber.example>", "Avgoustos", "billing", "",
"""Geia sas, to magazi kleinei olo ton Avgousto (diakopes + anakainish).
Ginetai na pagwsei h syndromh gia ena mhna kai na mhn plhrwsw ta 35 tou
Avgoustou? Den 8elw na th stamathsw, ton Septemvrio 3ekiname pali
kanonika me ta idia rantevou. An den ginetai pagwma pes mou ti alles
epiloges exw
Kwstas"""),
("el", "pali-perissotera-fetos", "Δρ. Αθηνά Βουλγαράκη <info@voulgaraki-dermatology.example>", "Λογαριασμός Ιανουαρίου", "billing", "",
"""Καλησπέρα,

Από την αρχή της συνεργασίας μας πληρώνω 59€ τον μήνα για το ιατρείο.
Τον Ιανουάριο ήταν 71€. Δεν έχω προσθέσει χρήστες ούτε καινούργιες
λειτουργίες, το ιατρείο είναι ακριβώς το ίδιο. Δεν θυμάμαι να πήρα και
κάποια ενημέρωση. Θα ήθελα μια εξήγηση για τα 12€ επιπλέον.

Α. Βουλγαράκη"""),
("el", "iatreio-eksafanistikan-rantevou", "Γραμματεία Οδοντιατρείου Καρρά <grammateia@karras-dental.example>", "ΔΕΝ ΥΠΑΡΧΟΥΝ ΡΑΝΤΕΒΟΥ ΣΤΟ ΗΜΕΡΟΛΟΓΙΟ", "technical", "high",
"""Καλημέρα,

Σήμερα το πρωί ανοίξαμε το ημερολόγιο και είναι άδειο από σήμερα και
μετά. Χθες το απόγευμα είχαμε γεμάτη εβδομάδα, περίπου 70 ραντεβού για
τρεις γιατρούς. Οι ασθενείς ήδη έρχονται και δεν ξέρουμε ποιος έχει
ραντεβού πότε και για τι. Η γραμματέας γράφει με το χέρι όποιον
εμφανίζεται.

Στο κινητό του γιατρού, στην εφαρμογή, τα βλέπει ακόμα αλλά δεν
μπορούμε να δουλέψουμε έτσι. Επειγόντως.

Μαρίνα, γραμματεία"""),
("el", "online-kratisi-mia-ora-meta", "Ιάσονας Φλώρος <iasonas@floros-physio.example>", "Ώρες στην online κράτηση", "technical", "",
"""Γεια σας,

Στη φόρμα κράτησης που έχουμε βάλει στο site του φυσικοθεραπευτηρίου,
οι διαθέσιμες ώρες εμφανίζονται μία ώρα αργότερα. Το πρώτο ραντεβού
που βλέπει ο ασθενής είναι 10:00 ενώ ανοίγουμε 9:00, και όταν κλείνει
στις 12:00 στο ημερολόγιο μου μπαίνει 11:00. Έτσι έχουμε ήδη δύο
μπερδέματα αυτή την εβδομάδα.

Στο διαχειριστικό η ζώνη ώρας γράφει Αθήνα. Τι άλλο να ελέγξω;

Ιάσονας Φλώρος"""),
("el", "gl-ypenthymiseis-den-fevgoun", "Lena nails <lena.nailbar@example.com>", "ypenthymiseis", "technical", "",
"""kalhspera
edw kai mia vdomada oi pelatisses den pairnoun to mhnyma ypen8ymishs
mia mera prin. xtes mou erthan 3 kopeles se lathos wra kai mia den
hr8e katholou. sto istoriko ta sms leei "se anamonh" ola apo thn
Tritti kai meta. den einai oti den exw ypoloipo, exw 400 kai kati.
Lena"""),
("el", "allagi-email-idioktitria", "Μαργαρίτα Θεοχάρη <margarita.theochari@example.org>", "Νέα διεύθυνση email", "general", "",
"""Καλημέρα σας,

Είμαι η ιδιοκτήτρια του "Spa Θεοχάρη". Μέχρι τώρα όλη η αλληλογραφία
σας (ενημερωτικά, αλλαγές όρων κλπ.) πήγαινε στο
spa.theochari@example.net, το οποίο κλείνει στο τέλος του μήνα. Από
εδώ και πέρα παρακαλώ να στέλνετε στο margarita.theochari@example.org.

Η σύνδεση στο σύστημα δεν έχει πρόβλημα, το όνομα χρήστη μένει ίδιο,
απλώς θέλω να αλλάξει η διεύθυνση επικοινωνίας.

Ευχαριστώ,
Μαργαρίτα Θεοχάρη"""),
("el", "gl-mpravo-maria-support", "Eleni Derm. <eleni.derm@example.net>", "Maria apo to support", "general", "",
"""Kalhspera sas! 8elw na pw ena megalo eyxaristw sthn Maria apo thn
eksypirethsh. Me ebale na metaferw 4 xronia rantevou apo to palio
programma kai me ekane mono me ton kairo ths, vhma vhma, xwris na me
kanei na niwsw xazh. Den to vlepeis syxna ayto. Ntaksei?
Eleni, Ergasthrio kallynthkwn"""),
# ---------------- Χονδρική για εστιατόρια ----------------
("el", "ntomates-xalasmenes-pistosi", "Κουζίνα Ψαροταβέρνας Γλάρος <kouzina@glaros-taverna.example>", "Παράδοση Τρίτης", "billing", "",
"""Καλημέρα,

Στην παράδοση της Τρίτης (δελτίο 88214) τα δύο τελάρα ντομάτες, 10
κιλά το καθένα, ήταν μισοσάπια από κάτω. Το πρόσεξε ο μάγειρας όταν
τα άδειασε, ο οδηγός είχε φύγει ήδη. Κρατήσαμε φωτογραφίες, τα
πετάξαμε.

Παρακαλώ να μας τα πιστώσετε στο επόμενο τιμολόγιο, δεν θέλουμε
αντικατάσταση, πήραμε από τη λαϊκή.

Στέλιος, σεφ"""),
("el", "gl-pagia-entoli-dyo-fores", "Yiannis Souvlaki Bar <yiannis@souvlakibar.example>", "pagia", "billing", "",
"""Kalhmera. Sthn trapeza blepw oti thn 1h tou mhna h pagia entolh gia
ton logariasmo mas ekteleste dyo fores, 2 x 1.218,60. Ton mhna htan
ena statement, ena poso. Ta 1.218 pou kath8hkan deuterh fora ta
8elw pisw ston logariasmo kai oxi na meinoun "se pistwsh", exoume
nwrhs na plhrwsoume kai ton ilektrologo. Kwd pelath 30-411.
Giannis"""),
("el", "katastasi-logariasmou-pistosi-60", "Λογιστήριο Όμιλος Αστέρια <accounts@asteria-group.example>", "Καρτέλα πελάτη - όροι πίστωσης", "billing", "",
"""Αγαπητοί συνεργάτες,

Παρακαλούμε να μας αποστείλετε αναλυτική καρτέλα κινήσεων του
λογαριασμού μας (κωδ. 30-118) από 1/1 έως σήμερα, για συμφωνία
υπολοίπων στο κλείσιμο του εξαμήνου.

Επίσης, με τα τρία νέα καταστήματα ο όγκος μας έχει σχεδόν
διπλασιαστεί. Θα θέλαμε να συζητήσουμε αύξηση του πιστωτικού ορίου και
πίστωση 60 ημερών αντί για 30.

Με εκτίμηση,
Ευάγγελος Μαρκάκης
Προϊστάμενος Λογιστηρίου"""),
("el", "timi-oxi-ti-symfonisame-triti-fora", "Αργύρης Τσολάκης <argyris@tsolakis-grill.example>", "Τιμές - τρίτη φορά", "billing", "high",
"""Για τρίτη φορά μέσα σε δύο μήνες το τιμολόγιο δεν έχει τις τιμές του
τιμοκαταλόγου που υπογράψαμε. Το χοιρινό μπούτι χρεώνεται 5,90 το
κιλό αντί για 5,20 και το ελαιόλαδο 5λ 42 αντί για 38. Κάθε φορά
γράφω στην πωλήτρια, μου λέει "θα το διορθώσουμε" και μετά από δύο
εβδομάδες ξανά τα ίδια.

Δεν θέλω άλλη συζήτηση με την πωλήτρια. Θέλω να μου τηλεφωνήσει ο
διευθυντής πωλήσεων και να κλείσουμε το θέμα, αλλιώς αλλάζουμε
προμηθευτή.

Αργύρης Τσολάκης"""),
("el", "efarmogi-paraggelion-session-expired", "Χαρά Νικολαΐδου <chara@bistro-nikolaidou.example>", "Η εφαρμογή παραγγελιών", "technical", "",
"""Καλησπέρα,

Κάνουμε την παραγγελία για την επόμενη μέρα στο κλείσιμο της κουζίνας,
γύρω στις 23:00. Εδώ και μια εβδομάδα, όταν πατάω "Αποστολή", η
εφαρμογή γράφει "Session expired" και με πετάει στην αρχική. Το καλάθι
χάνεται. Αν το κάνω το πρωί στις 8 δουλεύει, αλλά τότε είναι αργά για
την παράδοση της ίδιας μέρας.

Android, τελευταία έκδοση, το έχω ξαναεγκαταστήσει.

Χαρά"""),
("el", "gl-mhxanh-kafe-petaei-spithes", "Petros Cafe Agora <petros@cafe-agora.example>", "MHXANH KAFE", "technical", "high",
"""Kalhmera, h mhxanh espresso pou mas dwsate me to symvolaio tou kafe
shmera to prwi otan anoixe petage spi8es apo to piso meros, kontra sto
kalwdio, kai akousthke ena "tak". Petaxthke h asfaleia. Thn
exoume kleisei kai den thn 3ananoigoume. Doulevoume me ena mikro
mhxanaki alla den vgainoume etsi. Steilte kapoion shmera an ginetai.
Petros, Cafe Agora, Pl. Agoras 3"""),
("el", "plastiko-ston-kima-partida", "Λευτέρης Δημόπουλος <lefteris@dimopoulos-grill.example>", "Κομμάτια πλαστικού στον κιμά", "general", "high",
"""Καλησπέρα,

Στις σακούλες κιμά μοσχαρίσιου 5 κιλών της παράδοσης της Δευτέρας
(παρτίδα 240611-B, γράφει στην ετικέτα) βρήκαμε δύο φορές μέσα στο
κρέας κομματάκια από σκληρό μπλε πλαστικό, σαν από σπασμένο τελάρο.
Δεν σερβιρίστηκε τίποτα, όλη η παρτίδα είναι στην άκρη στο ψυγείο.

Σας το λέμε για να ελέγξετε την παρτίδα και να ειδοποιήσετε και άλλα
μαγαζιά που την πήραν. Κρατάμε τα κομμάτια και τις σακούλες αν
θέλετε να τα δείτε.

Λευτέρης Δημόπουλος"""),
("el", "gl-15-avgoustou-dromologio", "Marina Taverna Thalassa <marina@thalassa-taverna.example>", "15 Avgoustou", "general", "",
"""Geia sas, thn Pempth einai 15 Avgoustou. Tha kanete dianomh kanonika
h tha erthei to fortigo thn Tetarth? Emeis exoume ton megalytero
kosmo ths xronias ekeinh th mera kai den thelw na meinoume xwris
psari kai pagaki. An allazei to dromologio pes mou gia na kanw thn
paraggelia nwritera.
Marina"""),
# ---------------- Μεσιτικό γραφείο ενοικιάσεων και ιδιοκτήτες ----------------
("el", "eggyisi-den-epistrafike-6-evdomades", "Αικατερίνη Σκούρα <katerina.skoura@example.com>", "Εγγύηση διαμερίσματος Κυψέλης", "billing", "",
"""Καλησπέρα σας,

Παρέδωσα τα κλειδιά του διαμερίσματος στην Φωκίωνος Νέγρη στις 30
Απριλίου. Στην παράδοση ήταν και η κα Ζαχαρίου από το γραφείο σας, είδε
το σπίτι και είπε ότι όλα είναι εντάξει. Έχουν περάσει έξι εβδομάδες και
η εγγύηση των δύο ενοικίων (900€) δεν έχει επιστραφεί.

Ο IBAN μου είναι ο ίδιος από τον οποίο πλήρωνα το ενοίκιο. Πότε να
την περιμένω;

Αικατερίνη Σκούρα"""),
("el", "gl-enoikio-efyge-dyo-fores", "Alex Mourat <alex.mourat@example.net>", "enoikio Iouniou", "billing", "",
"""geia sas, exw pagia entolh gia to enoikio kai ton Iounio vlepw oti
efyge 2 fores, mia sthn 1 kai mia sthn 3, apo 520. den 3erw an ftaiei h
trapeza mou h esy, alla o idiokthths ta phre kai ta 2 sto logariasmo
tou. mporeite na tou peite na mou gyrisei to ena h na metrhsei gia ton
Iouleio?
Alex, diam. 4, Kallidromiou 18"""),
("el", "kratisi-eggyisis-vapsimo-dikastirio", "Φραγκίσκος Βελής <f.velis@example.org>", "Παρακράτηση εγγύησης", "billing", "high",
"""Κυρία Ζαχαρίου,

Από την εγγύηση των 1.400€ μου επιστρέψατε μόνο 650€, με την αιτιολογία
"βάψιμο και καθαρισμός". Έμεινα στο διαμέρισμα πέντε χρόνια· το βάψιμο
μετά από πέντε χρόνια είναι φυσιολογική φθορά και δεν βαραίνει τον
ενοικιαστή. Κατά την παράδοση δεν μου επισημάνθηκε καμία ζημιά και
έχω φωτογραφίες με ημερομηνία από εκείνη την ημέρα.

Σας καλώ να μου αποδώσετε τα υπόλοιπα 750€ εντός 15 ημερών. Σε
αντίθετη περίπτωση έχω ήδη μιλήσει με δικηγόρο και θα προσφύγω στο
Ειρηνοδικείο.

Φραγκίσκος Βελής"""),
("el", "myrodia-gkaziou-lebitas", "Βαρβάρα Οικονομίδου <varvara.oik@example.com>", "Λέβητας διαμερίσματος", "technical", "high",
"""Καλησπέρα,

Γράφω για το διαμέρισμα που νοικιάζω μέσω του γραφείου σας στο Παγκράτι
(Υμηττού 102, 2ος). Από χθες το βράδυ στο μπαλκόνι της κουζίνας, εκεί
που είναι ο λέβητας, μυρίζει γκάζι. Όχι πολύ δυνατά, αλλά σίγουρα γκάζι.
Έκλεισα τη βάνα στον μετρητή και άνοιξα τα παράθυρα, και έχουμε μείνει
χωρίς ζεστό νερό.

Παρακαλώ να στείλει ο ιδιοκτήτης τεχνικό το συντομότερο. Μέχρι τότε
δεν ανοίγω τίποτα.

Βαρβάρα Οικονομίδου
69x xxx 3382"""),
("el", "gl-thermosifonas-xliaro", "Kostis Papadakis <kostis.pap@example.org>", "zesto nero", "technical", "",
"""Kalhmera,
ston 8ermosifona tou diamerismatos (Kifisias 77, 5os) to nero vgainei
xliaro akoma kai an ton afhsw anoixto 2 wres. To kokkino lampaki
anavei kanonika. Prin enan mhna ekane to idio kai meta mia mera
strwse. Mallon einai h antistash h to 8ermostaths. Mporei o idiokthths
na steilei kapoion? Eimai spiti meta tis 5.
Kwsths"""),
("el", "portal-enoikiaston-link-lixi", "Ζωή Παπανικολάου <zoi.papanikolaou@example.net>", "Δεν μπορώ να μπω στο portal", "technical", "",
"""Γεια σας,

Προσπαθώ να μπω στην πλατφόρμα ενοικιαστών για να ανεβάσω την
ασφάλεια κατοικίας που μου ζητήσατε. Ζήτησα επαναφορά κωδικού τρεις
φορές· το email έρχεται, αλλά όταν πατάω τον σύνδεσμο γράφει "Ο
σύνδεσμος έχει λήξει", ακόμη κι αν τον πατήσω αμέσως. Δοκίμασα και από
το κινητό.

Ζωή Παπανικολάου"""),
("el", "episkepsi-gkarsoniera-exarxeia", "Τιμόθεος Λαμπρόπουλος <timotheos.l@example.com>", "Αγγελία 2214 - γκαρσονιέρα", "general", "",
"""Καλησπέρα,

Είδα την αγγελία σας για τη γκαρσονιέρα στα Εξάρχεια (κωδ. 2214) με
ενοίκιο 430€. Θα μπορούσα να τη δω αυτή την εβδομάδα μετά τις 6 το
απόγευμα; Είμαι μεταπτυχιακός φοιτητής στο Πολυτεχνείο, μη καπνιστής,
χωρίς κατοικίδια. Επίσης θα ήθελα να ξέρω αν είναι επιπλωμένη.

Ευχαριστώ,
Τιμόθεος"""),
("el", "synkatoikos-prosthiki-symvasi", "Μυρτώ Αναστασίου <myrto.anast@example.org>", "Συγκάτοικος", "general", "",
"""Καλημέρα σας,

Από τον Σεπτέμβριο θα μετακομίσει μαζί μου η σύντροφός μου, η Ελπίδα
Κυριακού. Θα ήθελα να προστεθεί στο μισθωτήριο ως συμμισθώτρια, ώστε να
είναι και εκείνη τυπικά στο σπίτι. Τι έγγραφα χρειάζεστε από εκείνη και
χρειάζεται να έρθουμε στο γραφείο;

Μυρτώ Αναστασίου
Διαμέρισμα Ιπποκράτους 15"""),
# ---------------- Μακροχρόνια μίσθωση αυτοκινήτων ----------------
("el", "leasing-xiliometra-parapanw-diafonia", "Στέφανος Καρύδης <stefanos.karydis@example.com>", "Τελική εκκαθάριση σύμβασης 55-1029", "billing", "",
"""Καλησπέρα σας,

Στην εκκαθάριση της σύμβασης μου χρεώνετε 7.200 επιπλέον χιλιόμετρα.
Η σύμβαση ήταν 25.000 το χρόνο για 4 χρόνια, δηλαδή 100.000. Το
αυτοκίνητο παραδόθηκε με 104.300. Από πού βγαίνουν τα 7.200;

Υποψιάζομαι ότι μετρήσατε 4 χρόνια από την ημερομηνία υπογραφής και όχι
από την παράδοση, που έγινε δύο μήνες αργότερα. Παρακαλώ ελέγξτε το
πριν πληρώσω οτιδήποτε.

Στέφανος Καρύδης"""),
("el", "gl-fevgw-gia-olandia", "Dimitra Kalfa <dimitra.kalfa@example.net>", "metakomisi", "billing", "",
"""geia sas
pairnw metathesh stin Ollandia apo ton Aprilio kai to amaksi den to
pairnw mazi mou. Thelw na to epistrepsw stis arxes Marti. H symvash
exei akoma 14 mhnes. Ti ginetai me tis doseis pou menoun, plhrwnw kati
gia prowrh lhksh? Steilte mou ena poso na 3erw.
Dhmhtra Kalfa, symv. 55-2281"""),
("el", "gratzounia-epistrofi-xreosi", "Νεκτάριος Μπέκας <nektarios.bekas@example.org>", "Χρέωση ζημιάς μετά την επιστροφή", "billing", "",
"""Γεια σας,

Μου ήρθε χρέωση 380€ για "γρατζουνιά πίσω προφυλακτήρα" από την
επιστροφή του αυτοκινήτου. Στο πρωτόκολλο παράδοσης που υπογράψαμε με
τον υπάλληλό σας δεν αναφέρεται καμία ζημιά, και έχω και δικές μου
φωτογραφίες από εκείνη τη μέρα. Η γρατζουνιά δεν υπήρχε τότε.

Παρακαλώ να ακυρωθεί η χρέωση.

Νεκτάριος Μπέκας"""),
("el", "gl-pagia-meta-epistrofi-amfisvitisi", "Ifigeneia St. <ifigeneia.st@example.com>", "pagia entolh meta th lhksh", "billing", "high",
"""Kalhspera,
h symvash misthwshs elhkse 31 Maiou kai to amaksi to paredwsa thn idia
mera sto katasthma sas sth Metamorfwsh. Kai thn 1h Iouniou kai thn 1h
Iouliou travhksate 3ana to misthwma, 389 thn ka8e fora.

Sas exw steilei 2 email kai tipota. Shmera anakalesa thn pagia entolh
kai ekana amfisvhthsh kai gia tis 2 xrewseis sthn trapeza mou. Na to
exete ypopsin sas.

Ifigeneia Stavridou"""),
("el", "leasing-lampaki-myrodia-kamenou-ethniki", "Σάββας Κορδάτος <savvas.kordatos@example.net>", "Αυτοκίνητο μίσθωσης - άναψε λαμπάκι και μύριζε", "technical", "high",
"""Καλησπέρα,

Σήμερα στην Εθνική Οδό, κοντά στη Θήβα, άναψε στο ταμπλό το κόκκινο
λαμπάκι της μηχανής και σε λίγο στην καμπίνα μύριζε καμένο, σαν ρούχο
που καίγεται. Είχα μαζί τα δύο παιδιά. Σταμάτησα στη λωρίδα έκτακτης
ανάγκης, σβήσαμε και βγήκαμε έξω. Καπνό δεν είδα.

Τώρα είμαστε σε ένα πρατήριο, το αυτοκίνητο είναι ακόμα στη λωρίδα.
Δεν θέλω να το ξαναβάλω μπρος. Χρειάζομαι οδική βοήθεια και να μου πείτε
τι γίνεται με αντικαταστατικό. Αρ. κυκλοφορίας ΙΚΒ 4410.

Σάββας Κορδάτος"""),
("el", "android-auto-meta-enimerosi", "Λουκία Δεληγιάννη <loukia.deligianni@example.org>", "Android Auto", "technical", "",
"""Γεια σας,

Από την ενημέρωση λογισμικού που έκανε το συνεργείο σας στο service
του Μαΐου, το Android Auto δεν συνδέεται πια. Βάζω το καλώδιο, το
κινητό φορτίζει, αλλά στην οθόνη γράφει "Η συσκευή δεν υποστηρίζεται".
Με το ίδιο κινητό και καλώδιο δούλευε δύο χρόνια. Με άλλο κινητό
(του άντρα μου) το ίδιο.

Μπορεί να γίνει κάτι χωρίς να πάω πάλι στο συνεργείο;

Λουκία"""),
("el", "allagi-elastikon-rantevou", "Παντελής Ρήγας <pantelis.rigas@example.com>", "Χειμερινά ελαστικά", "general", "",
"""Καλημέρα,

Η σύμβασή μου περιλαμβάνει χειμερινά ελαστικά. Πότε μπορώ να κλείσω
ραντεβού για την αλλαγή και σε ποιο συνεργάτη συνεργείο στα Γιάννενα;
Πέρσι πήγα στο "Ελαστικά Ζήκος" αλλά είδα ότι δεν είναι πια στη λίστα
σας.

Αρ. σύμβασης 55-3307.

Παντελής Ρήγας"""),
("el", "gl-bravo-ston-odigo-paradosis", "Akis Vlachos <akis.vlachos@example.net>", "paradosi aytokinhtou", "general", "",
"""Kalhspera, xtes mou fernate to kainourgio amaksi sto spiti. 8elw na
pw bravo ston odhgo (nomizw Panos legotan) giati ka8ise mish wra kai
mou e3hghse ola ta koumpia, to cruise, ta sensors, pws syndeetai to
kinhto. Egw den eimai kai toso me ta kainourgia amaksia, kai o
anthrwpos htan para polu ypomonetikos. Eyxaristw polu!
Akhs"""),
# ---------------- Δίκτυο φόρτισης ηλεκτρικών αυτοκινήτων ----------------
("el", "gl-fortisi-38-gia-12-kwh", "Manos EV <manos.ev@example.com>", "fortish Kalamata", "billing", "",
"""geia
sthn fortish xtes sto parking ths Kalamatas to aytokinhto phre 12 kWh,
to leei kai h efarmogh tou amaksiou. H dikh sas efarmogh leei 38,20e
kai diarkeia 6 wres kai 40 lepta. H fortish teleiwse se 50 lepta, egw
apla den kseparkara amesws giati htan nyxta. Den xrewnete idle fee
mono sta fast? Ayto einai AC. Ta 38 einai pollA. Thelw ena ksekatharisma
Manos"""),
("el", "poulisa-to-ilektriko-syndromi", "Ευάγγελος Λιόσης <v.liosis@example.org>", "Συνδρομή Plus", "billing", "",
"""Καλησπέρα,

Πούλησα το ηλεκτρικό αυτοκίνητο την περασμένη εβδομάδα. Πήρα πάλι
βενζινάκι, μικρό, για την πόλη. Δεν έχει νόημα λοιπόν να συνεχίσω με
το Plus των 9,90€ τον μήνα. Κάντε ό,τι χρειάζεται για να μη συνεχιστεί
και πείτε μου αν πρέπει να σας στείλω πίσω την κάρτα RFID.

Ευάγγελος Λιόσης"""),
("el", "apodeikseis-fortisis-etaireia", "Λογιστήριο Delta Logistics <accounts@delta-logistics.example>", "Παραστατικά φορτίσεων", "billing", "",
"""Καλημέρα σας,

Έχουμε 6 εταιρικά ηλεκτρικά βαν και οι οδηγοί φορτίζουν στο δίκτυό σας
με εταιρικό λογαριασμό. Αυτή τη στιγμή για κάθε φόρτιση βγαίνει
ξεχωριστή απόδειξη στο email του οδηγού. Θα μπορούσαμε να έχουμε ένα
συγκεντρωτικό τιμολόγιο ανά μήνα στα στοιχεία της εταιρείας (ΑΦΜ
801234567), που να στέλνεται στο λογιστήριο;

Ευχαριστώ,
Ανθή Παπαδημητρίου"""),
("el", "fortistis-stamataei-2-lepta", "Ηρακλής Μπακάλης <iraklis.bakalis@example.com>", "Σταθμός Λ. Μεσογείων 310", "technical", "",
"""Γεια σας,

Στον ταχυφορτιστή της Μεσογείων 310 (ο αριστερός, με το CCS), η
φόρτιση ξεκινάει, ανεβαίνει στα 50 kW και στα δύο λεπτά περίπου
σταματάει μόνη της. Στην οθόνη γράφει "Session ended by charger". Το
έχω δοκιμάσει τέσσερις φορές, δύο διαφορετικές μέρες. Στον δεξιό
φορτίζει κανονικά, αλλά εκεί συνήθως έχει ουρά.

Ηρακλής"""),
("el", "kalodio-fortisti-liomeno-spinthires", "Αθανασία Ρούσσου <athanasia.roussou@example.net>", "Φορτιστής στο Σκλαβενίτη Βύρωνα", "technical", "high",
"""Καλησπέρα,

Θέλω να σας ενημερώσω για τον φορτιστή στο πάρκινγκ του σούπερ μάρκετ
στον Βύρωνα. Το κεφάλι του καλωδίου έχει λιώσει στη μία πλευρά και
όταν το έβαλα στο αυτοκίνητο είδα μικρές σπίθες και μύρισε καμένο. Το
έβγαλα αμέσως, το αυτοκίνητό μου δεν έπαθε κάτι φαίνεται.

Εκεί παρκάρουν και μαμάδες με καρότσια, τα παιδιά πιάνουν τα καλώδια.
Καλό θα ήταν να τον κλείσετε μέχρι να τον δει κάποιος.

Αθανασία Ρούσσου"""),
("el", "gl-karta-rfid-den-diavazetai", "Tasos K. <tasos.k.ev@example.org>", "karta", "technical", "",
"""h kartoula RFID sas den pianei pouthena ta teleutaia 3 stathmous pou
dokimasa. thn akoumpaw kai to laxpaki menei mple, den ginetai tipota.
me thn efarmogh 3ekinaei kanonika. mhpws exei apenergopoih8ei? einai
h karta me to noumero 0044-8812. den exw allaksei tipota.
Tasos"""),
("el", "protasi-fortistes-super-market-kalamaria", "Κυριάκος Αντωνίου <kyriakos.antoniou@example.com>", "Πρόταση για νέο σημείο", "general", "",
"""Καλησπέρα σας,

Μένω στην Καλαμαριά και είμαστε αρκετοί στη γειτονιά με ηλεκτρικά,
αλλά ο πλησιέστερος φορτιστής σας είναι στο κέντρο. Το πάρκινγκ του
μεγάλου σούπερ μάρκετ στην Πόντου έχει χώρο και ρεύμα. Έχετε σκεφτεί
να βάλετε εκεί; Νομίζω ότι θα γέμιζε κάθε μέρα.

Κυριάκος"""),
("el", "stathmos-parking-kleinei-vrady", "Χαρίκλεια Μελά <chara.mela@example.net>", "Σταθμός στο parking Πλ. Αριστοτέλους", "general", "",
"""Γεια σας,

Ο σταθμός σας στο υπόγειο πάρκινγκ της Πλατείας Αριστοτέλους είναι
προσβάσιμος όλο το 24ωρο ή κλείνει το πάρκινγκ το βράδυ; Σκέφτομαι να
αφήνω το αυτοκίνητο να φορτίζει όσο είμαι στη βάρδια (22:00 - 06:00)
και δεν θέλω να βρεθώ κλειδωμένη έξω.

Ευχαριστώ,
Χαρίκλεια"""),
# ---------------- Εφαρμογή ταξί ----------------
("el", "gl-plirwsa-metrhta-kai-karta", "Vicky Sarri <vicky.sarri@example.com>", "diadromh Savvatou", "billing", "",
"""kalhmera. to Savvato vrady phra taxi apo thn efarmogh apo Gazi gia
Neo Kosmo. O odhgos mou eipe oti to pos tou den douleuei kai na tou dwsw
metrhta, tou edwsa 14. Shmera vlepw oti h efarmogh mou xrewse kai thn
karta 13,80 gia thn idia diadromh. Dhladh thn plhrwsa dyo fores. Thelw
ta 13,80 pisw sthn karta
Vikh"""),
("el", "xreosi-akyrosis-odigos-den-irthe", "Ανέστης Πολίτης <anestis.politis@example.org>", "Χρέωση ακύρωσης", "billing", "",
"""Καλησπέρα,

Χθες το πρωί κάλεσα ταξί από την εφαρμογή για το αεροδρόμιο. Ο οδηγός
"έφτανε σε 4 λεπτά" για 20 λεπτά, ενώ στον χάρτη έκανε κύκλους δύο
τετράγωνα μακριά. Στο τέλος ακύρωσα και πήρα άλλο από την πιάτσα για να
μη χάσω την πτήση. Μου κρατήσατε 5€ "τέλος ακύρωσης".

Δεν ακύρωσα από καπρίτσιο, ο οδηγός δεν ήρθε ποτέ. Τα 5€ να γυρίσουν.

Ανέστης Πολίτης"""),
("el", "gl-86-evro-10-lepta-proistamenos", "Melina Arg. <melina.argyr@example.net>", "86 EYRW GIA 10 LEPTA", "billing", "high",
"""Thn Kyriakh stis 3 ta 3hmerwmata phra taxi apo Koukaki gia
Pagkrati. 10 lepta dromos, kanei syn8ws 9-10 eyrw. H efarmogh mou
xrewse 86,40. Sthn o8onh prin thn klhsh egrafe "ektimhsh 11-14",
pouthena den eida oti 8a pollaplasiastei.

To chat mou apantaei me etoima mhnymata gia "dynamikh timologhsh".
Den mou ftanei. Thelw na milhsw me kapoion ypeythyno, an8rwpo, kai
na mou gyrisete th diafora.

Melina Argyropoulou
69x xxx 1150"""),
("el", "efarmogi-kollaei-anazitisi", "Θεόδωρος Βαρσάμης <theodoros.varsamis@example.com>", "Η εφαρμογή δεν βρίσκει ταξί", "technical", "",
"""Γεια σας,

Από χθες όταν ζητάω ταξί η εφαρμογή μένει στην οθόνη "Αναζήτηση
οδηγού..." με τον κύκλο να γυρίζει και δεν γίνεται τίποτα, ούτε μετά από
10 λεπτά. Ο χάρτης δεν δείχνει κανένα αυτοκίνητο γύρω μου, ενώ στον
δρόμο περνάνε ταξί με το λογότυπό σας. Η γυναίκα μου από το δικό της
κινητό, στο ίδιο σπίτι, βρίσκει κανονικά.

iPhone 13, έχω κάνει απεγκατάσταση και ξανά.

Θεόδωρος"""),
("el", "gl-den-erxetai-kwdikos-sms", "Giorgos T <giorgos.t1988@example.com>", "login", "technical", "",
"""den mporw na mpw sthn efarmogh. vazw to kinhto mou, leei "sas
steilame kwdiko" kai den erxetai tipota, oute meta apo 5 lepta. to
patisa 6 fores kai twra leei "dokimaste argotera". ta alla sms ta
pairnw kanonika. xreiazomai taxi gia to aerodromio to prwi!!!"""),
("el", "etairikos-logariasmos-kanenas-den-kleinei", "Υπεύθυνη Γραφείου - Orion Pharma <office@orion-pharma.example>", "Εταιρικός λογαριασμός - κανένας υπάλληλος δεν κλείνει διαδρομή", "technical", "high",
"""Καλημέρα,

Έχουμε εταιρικό λογαριασμό με 34 χρήστες (ιατρικοί επισκέπτες που
κινούνται όλη μέρα με ταξί). Από το πρωί κανένας δεν μπορεί να κλείσει
διαδρομή με χρέωση στην εταιρεία. Όταν επιλέγουν "Εταιρικό προφίλ"
εμφανίζεται "Ο τρόπος πληρωμής δεν είναι διαθέσιμος". Οι προσωπικές
κάρτες δουλεύουν, αλλά οι περισσότεροι δεν θέλουν να πληρώνουν από την
τσέπη τους.

Έχουν ακυρωθεί ήδη ραντεβού σε ιατρεία. Χρειαζόμαστε λύση άμεσα.

Δανάη Χριστάκη
Υπεύθυνη Γραφείου"""),
("el", "ksexasa-kinito-sto-taxi", "Παρασκευή Νταή <paraskevi.ntai@example.org>", "Ξέχασα το κινητό μου", "general", "",
"""Καλησπέρα,

Ξέχασα το κινητό μου στο πίσω κάθισμα του ταξί που πήρα σήμερα στις
14:20 από τον Σταθμό Λαρίσης στο Μαρούσι. Μαύρο Samsung με διάφανη
θήκη και ένα αυτοκόλλητο με λουλούδι. Στην εφαρμογή ο οδηγός λέγεται
Γιώργος, το αυτοκίνητο ήταν λευκό Skoda.

Γράφω από τον υπολογιστή της δουλειάς. Μπορείτε να επικοινωνήσετε με
τον οδηγό; Τηλέφωνο γραφείου 210 000 7734.

Παρασκευή"""),
("el", "odigos-kinito-paidi-ypeuthinos", "Αγγελική Μωραΐτη <angeliki.moraiti@example.com>", "Διαδρομή 14/3 με το παιδί μου", "general", "high",
"""Καλησπέρα,

Την Πέμπτη πήρα ταξί από την εφαρμογή με την 5χρονη κόρη μου. Ο
οδηγός σε όλη τη διαδρομή στην Κηφισίας έγραφε μηνύματα στο κινητό,
πέρασε δύο κόκκινα και στη μία φρενάρισε απότομα και το παιδί χτύπησε
στο μπροστινό κάθισμα, παρόλο που φορούσε ζώνη. Του ζήτησα να
σταματήσει, με αγνόησε.

Το παιδί είναι καλά, ευτυχώς. Αλλά δεν πρέπει αυτός ο άνθρωπος να
μεταφέρει κόσμο. Θέλω να με καλέσει ο υπεύθυνος και να μάθω τι θα
γίνει. Η διαδρομή είναι η 14/3, 17:45, από Αμπελόκηπους.

Αγγελική Μωραΐτη"""),
# ---------------- Αυτοαποθήκευση ----------------
("el", "adeiazoume-apothiki-28", "Χαράλαμπος Κυριαζής <ch.kyriazis@example.net>", "Αποθήκη Β-214", "billing", "",
"""Καλησπέρα,

Στις 28 του μήνα ερχόμαστε με φορτηγάκι να αδειάσουμε την αποθήκη
Β-214. Μετά από αυτό δεν χρειαζόμαστε πια τον χώρο, πήραμε σπίτι με
υπόγειο. Θέλω να είμαι σίγουρος ότι από τον επόμενο μήνα δεν θα φύγει
τίποτα άλλο από την κάρτα μου. Πού αφήνω το λουκέτο και την κάρτα
εισόδου;

Χαράλαμπος Κυριαζής"""),
("el", "gl-asfaleia-pou-den-zitisa", "Eva Lagou <eva.lagou@example.com>", "ti einai ayto", "billing", "",
"""Geia sas. Sto mhniaio poso ths apo8hkhs exei prostethei apo ton
Maio mia grammh "Asfalish periexomenou 6,50". Den zhthsa pote
asfaleia, ta pragmata mou einai asfalismena apo to spiti. Vgalte thn
kai gyriste mou ta 6,50 x 3 mhnes pou plhrwsa xwris na to 3erw.
Eua Lagou, apo8hkh A-031"""),
("el", "afksisi-15-pelatis-3-xronia", "Δέσποινα Χαλκιαδάκη <despoina.chalk@example.org>", "Νέα τιμή αποθήκης", "billing", "",
"""Καλημέρα σας,

Έλαβα την ειδοποίηση ότι από τον Σεπτέμβριο η αποθήκη μου (Γ-110, 6τμ)
πάει από 68€ σε 78€ τον μήνα. Είμαι πελάτισσά σας τρία χρόνια, πληρώνω
πάντα στην ώρα μου. Υπάρχει περίπτωση να κρατήσω την παλιά τιμή ή
τουλάχιστον μια μικρότερη αύξηση αν πληρώσω όλο το χρόνο μαζί;

Δέσποινα Χαλκιαδάκη"""),
("el", "gl-kwdikos-pyli-vrady", "Lefteris Mousikos <lefteris.drums@example.net>", "PYLH DEN ANOIGEI", "technical", "",
"""kalhspera. exw thn apo8hkh me ta organa ths mpantas (D-07) kai
erxomaste syn8ws meta tis 11 to vrady meta apo provaa. Apo thn Tetarth
o kwdikos sto plhktrologio ths pylhs meta tis 10 deixnei kokkino kai
den anoigei. To prwi me ton idio kwdiko anoigei kanonika. To symvolaio
leei prosvash 24 wres.
Lefteris"""),
("el", "efarmogi-bluetooth-klidaria", "Μάρκος Τσιρίγος <markos.tsirigos@example.com>", "Έξυπνη κλειδαριά", "technical", "",
"""Γεια σας,

Η έξυπνη κλειδαριά της αποθήκης μου (Α-118) δεν ανοίγει πια από την
εφαρμογή. Πατάω "Ξεκλείδωμα", γράφει "Αναζήτηση κλειδαριάς..." και μετά
από ένα λεπτό "Η κλειδαριά δεν βρέθηκε". Το Bluetooth είναι ανοιχτό,
στέκομαι ακριβώς μπροστά. Την προηγούμενη εβδομάδα δούλευε. Μήπως έχει
αδειάσει η μπαταρία της κλειδαριάς;

Μάρκος"""),
("el", "pinakas-diadromos-kapnos-krotos", "Ευστάθιος Γαλάνης <efstathios.galanis@example.org>", "Ηλεκτρικός πίνακας διάδρομος Β", "technical", "high",
"""Καλησπέρα,

Σήμερα γύρω στις 7 το απόγευμα ήμουν στην αποθήκη μου στον διάδρομο Β,
1ος όροφος. Ο ηλεκτρικός πίνακας στο τέλος του διαδρόμου έκανε έναν
ξερό κρότο κάθε λίγα δευτερόλεπτα και βγαίνει μια μυρωδιά σαν καμένη
μόνωση, με λίγο γκρίζο καπνό από τη χαραμάδα του καπακιού. Τα φώτα
του διαδρόμου τρεμόπαιζαν.

Στη ρεσεψιόν δεν ήταν κανείς. Έφυγα και σας γράφω αμέσως, γιατί μέσα
στις αποθήκες υπάρχουν πράγματα που καίγονται εύκολα.

Ευστάθιος Γαλάνης"""),
("el", "gl-kyriaki-orario-karotsia", "Rena Mavr. <rena.mavrommati@example.net>", "Kyriakh", "general", "",
"""geia sas
metakomizw thn Kyriakh kai 8elw na ferw kapoia epipla sthn apo8hkh.
eiste anoixta Kyriakh? yparxoun karotsia h na ferw diko mou? to
fortigaki einai pshlo, xwraei sth rampa?
eyxaristw
Rena"""),
("el", "diarrixi-apothikis-ypeuthinos", "Ορέστης Παλαιολόγος <orestis.palaiologos@example.com>", "Παραβίαση της αποθήκης μου", "general", "high",
"""Κύριοι,

Χθες πήγα στην αποθήκη Δ-022 και βρήκα το λουκέτο κομμένο και την πόρτα
μισάνοιχτη. Λείπουν δύο ποδήλατα και ένα κουτί με εργαλεία. Ο
υπάλληλος της ρεσεψιόν μου είπε ότι "δεν είναι δική του αρμοδιότητα"
και ότι οι κάμερες "ίσως δεν γράφουν".

Έχω ήδη κάνει δήλωση στην αστυνομία. Θέλω να με ενημερώσει ο υπεύθυνος
του καταστήματος, σήμερα, για τις κάμερες και το πώς μπήκε κάποιος στον
χώρο.

Ορέστης Παλαιολόγος"""),
# ---------------- Πλυντήρια και στεγνοκαθαριστήρια ----------------
("el", "kostoumi-kammeno-apozimiosi", "Αντώνης Φιλιππίδης <antonis.filippidis@example.com>", "Το κοστούμι μου", "billing", "",
"""Καλησπέρα,

Την Τρίτη παρέλαβα από το κατάστημά σας στη Νέα Σμύρνη το μάλλινο
κοστούμι μου μετά το στεγνό καθάρισμα. Στο σπίτι είδα ότι το σακάκι
έχει μια γυαλιστερή κηλίδα στο πέτο, σαν από υπερβολικό σίδερο, που
δεν φεύγει. Το κοστούμι ήταν καινούργιο, το είχα φορέσει μία φορά σε
γάμο. Το είχα αγοράσει 340€, έχω την απόδειξη.

Τι μπορείτε να κάνετε; Θεωρώ ότι πρέπει να μου αποζημιώσετε το κοστούμι.

Αντώνης Φιλιππίδης"""),
("el", "gl-karta-efage-8-evrw", "Sotiria Ntouni <sotiria.nt@example.net>", "karta plynthriou", "billing", "",
"""Kalhspera,
sto self service plynthrio sthn Patision evala thn karta sto
plynthrio 4, ekopse 8e apo to ypoloipo, kai to plynthrio den 3ekinhse
pote. Meta to ypoloipo htan 4,50 anti 12,50. Ekana thn plysh sto 6 kai
plhrwsa ksana. Mporeite na mou valete ta 8 pisw sthn karta?
Sotiria"""),
("el", "paralavi-triti-den-xreiazetai-pia", "Χαρούλα Ξενάκη <charoula.xenaki@example.org>", "Εβδομαδιαία παραλαβή", "billing", "",
"""Γεια σας,

Εδώ και έναν χρόνο έρχεστε κάθε Τρίτη και παίρνετε τα ρούχα για πλύσιμο
και σιδέρωμα (πακέτο 39€ τον μήνα). Από τον Οκτώβριο θα μένει μαζί μας
η μητέρα μου, που επιμένει να τα αναλάβει η ίδια, οπότε η υπηρεσία
δεν θα χρειάζεται.

Η τελευταία παραλαβή ας είναι στις 24 Σεπτεμβρίου και μετά να μη
γίνεται καμία πληρωμή. Ευχαριστώ πολύ για όλο αυτό το διάστημα.

Χαρούλα Ξενάκη"""),
("el", "stegnotirio-e4-den-zestainei", "Ζήσης Καρατζάς <zisis.karatzas@example.com>", "Στεγνωτήριο 3 - Αγ. Παρασκευή", "technical", "",
"""Καλημέρα,

Στο κατάστημα self-service στην Αγία Παρασκευή, το στεγνωτήριο νούμερο
3 γυρίζει αλλά δεν ζεσταίνει καθόλου. Μετά από 40 λεπτά τα ρούχα ήταν
μούσκεμα όπως τα έβαλα, και στο τέλος εμφάνισε "E4". Το ίδιο έπαθε και
μια κυρία πριν από μένα. Καλό θα ήταν να βάλετε ένα χαρτί μέχρι να
φτιαχτεί.

Ζήσης"""),
("el", "gl-efarmogh-den-skanarei-qr", "Dimos Xatz. <dimos.xatz@example.com>", "QR", "technical", "",
"""h efarmogh sas den skanarei ta QR sta mhxanhmata. anoigei h kamera,
to vazw mprosta sto QR kai den ginetai tipota, oute vgazei mhnyma.
dokimasa se 3 mhxanhmata. h kamera tou kinhtou skanarei kanonika alla
me paei se mia selida pou leei "anoikte me thn efarmogh". kyklos.
android 14, xiaomi"""),
("el", "gl-stegnotirio-kapnos-koumpi-anagkis", "Rodanthi M. <rodanthi.margariti@example.net>", "stegnwthrio Vyrwna", "technical", "high",
"""Kalhspera sas,
na sas pw oti shmera to apogeuma sto katasthma tou Vyrwna, apo to
megalo stegnwthrio (to prwto de3ia) arxise na vgainei kapnos apo pisw
kai myrize entona kammeno. Mia allh kyria patise to kokkino koumpi
anagkhs kai stamathse. Ypallhlos den yphrxe.

To mhxanhma einai ekei kai mporei kapoios na to ksanavalei mpros. Isws
prepei na to dei kapoios shmera.
Rodanthi"""),
("el", "gl-ksexasa-tsanta-petseta", "Evgenia R. <evgenia.raftopoulou@example.com>", "tsanta", "general", "",
"""Kalhspera, xtes to vrady 3exasa ston pagko dipla sta plynthria
(katasthma Ampelokhpwn) mia mple yfasmatinh tsanta me petsetes
8alasshs kai ena paidiko mayio. Mhpws th vrhke kapoios ypallhlos?
Mporw na perasw na thn parw ayrio to prwi.
Eugenia"""),
("el", "gl-poupoulenio-paploma-dermatino", "Rania K. <rania.kts@example.org>", "erwthsh", "general", "",
"""Geia sas! Kanete kai poupoulenia paplwmata dipla? Kai dermatino
mpoufan? To 18e ths vitrinas to eida, kala einai, apla den 3erw an
pairnete kai poupoulo h mono synthetika. Kai poses meres 8elei peripou?
Den viazomai, apla na 3erw pote na perasw
Rania"""),
# ---------------- Κατάστημα επισκευής κινητών και υπολογιστών ----------------
("el", "episkevi-80-plirosa-120", "Ηλέκτρα Βασιλείου <ilektra.vasileiou@example.com>", "Επισκευή laptop - εντολή 3391", "billing", "",
"""Καλησπέρα,

Όταν άφησα το laptop για αλλαγή πληκτρολογίου μου είπατε στο
τηλέφωνο "γύρω στα 80€ με τα εργατικά". Όταν πήγα να το πάρω ο
υπάλληλος μου είπε 120€ και επειδή βιαζόμουν πλήρωσα. Στην απόδειξη
γράφει πληκτρολόγιο 65€, εργατικά 35€ και "διαγνωστικό 20€". Για
διαγνωστικό δεν μου είπε κανείς τίποτα, το πρόβλημα ήταν προφανές.

Θα ήθελα πίσω τα 40€ διαφορά ή τουλάχιστον τα 20€ του διαγνωστικού.

Ηλέκτρα Βασιλείου"""),
("el", "gl-20-diagnwstiko-den-to-ftiaxame", "Pavlos Rigas <pavlos.rigas@example.net>", "tablet", "billing", "",
"""Kalhmera, afhsa to tablet ths korhs mou kai plhrwsa 20 prokatavolh gia
ton elegxo. Mou eipate 3 meres, phra thlefwno meta apo 12 meres kai
mou eipate oti 8elei plaketa 140e. Den to ftiaxnw, pairnw kainourgio.
Afou argisate toso pou den to xreiazomai pia, to logiko einai na mou
afhsete ta 20 pisw. Ti leme?
Pavlos"""),
("el", "tris-evdomades-xoris-kinito-katanalotis", "Ουρανία Σαμαρά <ourania.samara@example.org>", "Τρεις εβδομάδες χωρίς το κινητό μου", "billing", "high",
"""Κύριοι,

Στις 2 Μαΐου σας άφησα το κινητό για αλλαγή οθόνης και πλήρωσα
προκαταβολικά 160€, όπως μου ζητήσατε "για να παραγγείλουμε την
οθόνη". Μου υποσχεθήκατε 3-4 εργάσιμες. Σήμερα είναι 23 Μαΐου και κάθε
φορά που τηλεφωνώ μου λένε "ήρθε λάθος κομμάτι", "έρχεται την
Πέμπτη".

Ζητώ να μου επιστραφεί το τηλέφωνο στην κατάσταση που το έφερα και τα
160€ μέχρι την Παρασκευή. Αλλιώς θα υποβάλω καταγγελία στη Γενική
Γραμματεία Εμπορίου και Προστασίας Καταναλωτή.

Ουρανία Σαμαρά"""),
("el", "othoni-nekri-zoni-kato", "Βασίλης Δρακόπουλος <vasilis.drakopoulos@example.com>", "Οθόνη μετά την επισκευή", "technical", "",
"""Γεια σας,

Την περασμένη Πέμπτη μου αλλάξατε την οθόνη στο iPhone. Από τότε, στο
κάτω μέρος, περίπου ένα δάχτυλο από την άκρη, η οθόνη δεν καταλαβαίνει
την αφή. Δεν μπορώ να πατήσω το "διάστημα" στο πληκτρολόγιο ούτε να
κλείσω εφαρμογές σύροντας από κάτω. Η εικόνα είναι τέλεια.

Δεν ζητάω λεφτά, θέλω απλώς να δουλεύει όπως πριν. Πότε μπορώ να
περάσω;

Βασίλης"""),
("el", "gl-laptop-den-fortizei-meta", "Kiki Papaz. <kiki.papaz@example.com>", "Re: to laptop sas einai etoimo", "technical", "",
"""Kalhspera, to phra xtes meta ton ka8arismo kai thn allagh pasta. Apo
xtes to vrady otan to vazw sto reuma to lampaki ths fortishs den anavei
kai h mpataria menei sto 23%. Kai o anemisthras vouizei synexeia
dynata, akoma kai me anoixto mono to word. Prin ton ka8arismo ayta
den ta ekane.
Kikh

> Stis 12/6, 11:02, o/h Service Point egrapse:
> Kalhmera sas, to laptop sas einai etoimo gia paralavi.
> Wres katasthmatos 10-20."""),
("el", "mpataria-kinitou-fouskose-meta-allagi", "Στυλιανός Παππάς <stylianos.pappas@example.org>", "Μπαταρία που αλλάξατε", "technical", "high",
"""Καλησπέρα,

Πριν ένα μήνα μου αλλάξατε τη μπαταρία στο Xiaomi. Τις τελευταίες μέρες
ζεσταινόταν πολύ όσο φόρτιζε και σήμερα είδα ότι η οθόνη έχει
ανασηκωθεί από τη μία πλευρά, σαν κάτι να φουσκώνει από μέσα. Το
έκλεισα και το έβαλα σε ένα κεραμικό πιάτο στο μπαλκόνι. Δεν το
φορτίζω.

Μπορώ να το φέρω αύριο; Δεν θέλω να το έχω μέσα στο σπίτι με τα παιδιά.

Στυλιανός Παππάς"""),
("el", "efxaristo-fotografies-gamou", "Καλλιόπη Τριανταφύλλου <kalliopi.tr@example.net>", "Σας ευχαριστώ!!", "general", "",
"""Καλημέρα!

Ήθελα να σας ευχαριστήσω από καρδιάς. Ο σκληρός δίσκος με όλες τις
φωτογραφίες του γάμου μας και της πρώτης χρονιάς του μωρού είχε
"πεθάνει" και σε άλλα δύο μαγαζιά μου είπαν ότι δεν σώζεται τίποτα.
Εσείς τις βγάλατε σχεδόν όλες. Ο λογαριασμός ήταν τσουχτερός, δεν σας
κρύβω, αλλά άξιζε κάθε ευρώ.

Θα σας στείλω όλη την οικογένεια!

Καλλιόπη"""),
("el", "palia-kinita-anakyklosi", "Νικηφόρος Αλεξανδρής <nikiforos.alex@example.com>", "Παλιά κινητά", "general", "",
"""Γεια σας,

Έχω σε ένα συρτάρι πέντε-έξι παλιά κινητά και δύο tablet, κάποια δεν
ανάβουν καν. Τα δέχεστε για ανακύκλωση; Και αν ναι, σβήνετε τα δεδομένα
πριν, ή πρέπει να το κάνω εγώ; Δεν θέλω χρήματα γι' αυτά, απλώς να μη
καταλήξουν στα σκουπίδια.

Νικηφόρος"""),
# ---------------- Απεντομώσεις ----------------
("el", "apentomosi-symvolaio-kleinei-taverna", "Μαρίνος Σιγάλας <marinos@sigalas-taverna.example>", "Σύμβαση απεντόμωσης", "billing", "",
"""Καλησπέρα,

Με τη σύμβαση που έχουμε κάνετε μηνιαία απεντόμωση και μυοκτονία στην
ταβέρνα. Στο τέλος του Οκτωβρίου κλείνουμε οριστικά, ο ιδιοκτήτης του
ακινήτου δεν ανανεώνει το μισθωτήριο. Η επίσκεψη του Οκτωβρίου ας
γίνει κανονικά για τη βεβαίωση, αλλά από Νοέμβριο να σταματήσουν οι
επισκέψεις και οι πληρωμές.

Μαρίνος Σιγάλας"""),
("el", "gl-plirwsa-dyo-episkepseis-irthate-mia", "Voula Xristou <voula.xristou@example.org>", "katsaridia", "billing", "",
"""Kalhmera, plhrwsa to paketo me tis 2 episkepseis (85e) gia tis
katsarides, mia twra kai mia meta apo 3 evdomades. H prwth egine stis
2/7. H deuterh eprepe na ginei gyrw stis 23/7 kai den hr8e pote kaneis,
oute mou thlefwnhsate. Twra exoume Septemvrh. H na erthete h na mou
epistrepsete to miso.
Voula Xristou, Nea Ionia"""),
("el", "timologio-stoixeia-estiatoriou", "Φωτεινή Αργυρίου <foteini@argyriou-kafe.example>", "Παραστατικό επίσκεψης", "billing", "",
"""Καλημέρα,

Ο τεχνικός σας την Τρίτη μου άφησε απόδειξη λιανικής, ενώ είμαστε
επιχείρηση και χρειαζόμαστε τιμολόγιο για τα έξοδα. Τα στοιχεία:
Αργυρίου Φ. & ΣΙΑ ΟΕ, ΑΦΜ 998877665, ΔΟΥ Χαλανδρίου, Αγ. Παρασκευής 40.
Μπορείτε να ακυρώσετε την απόδειξη και να εκδώσετε τιμολόγιο;

Φωτεινή Αργυρίου"""),
("el", "ektakti-episkepsi-150-katanalotis", "Γεράσιμος Ζαΐμης <gerasimos.zaimis@example.com>", "Χρέωση 150€", "billing", "high",
"""Κύριοι,

Τηλεφώνησα την Κυριακή για ποντίκια στην αποθήκη του σπιτιού. Η
τηλεφωνήτρια μου είπε ότι η επίσκεψη κοστίζει 60€. Ο τεχνικός ήρθε τη
Δευτέρα, έμεινε 20 λεπτά και χρέωσε την κάρτα μου 150€ γράφοντας
"επείγουσα επίσκεψη αργίας". Κανείς δεν μου ανέφερε επείγουσα χρέωση,
ούτε ζήτησα επείγουσα.

Απαιτώ να μου επιστραφούν 90€. Αν δεν γίνει μέσα στην εβδομάδα θα
κάνω καταγγελία στον Συνήγορο του Καταναλωτή με όλα τα στοιχεία.

Γεράσιμος Ζαΐμης"""),
("el", "entomoktono-uv-den-anavei", "Κουζίνα Ψητοπωλείου Ο Μπάμπης <info@mpampis-psitopoleio.example>", "Εντομοπαγίδα κουζίνας", "technical", "",
"""Καλημέρα,

Η ηλεκτρική εντομοπαγίδα με τη μπλε λάμπα που τοποθετήσατε πάνω από
την πόρτα της κουζίνας δεν ανάβει από την Παρασκευή. Το ρεύμα στην
πρίζα υπάρχει (δοκιμάσαμε με άλλη συσκευή). Έχουμε έλεγχο από τον ΕΦΕΤ
σε δύο εβδομάδες και θέλουμε να λειτουργεί.

Ευχαριστώ,
Μπάμπης"""),
("el", "gl-vevaiwsi-sfalma-500", "Hotel Armonia Reception <reception@armonia-hotel.example>", "vevaiwsh apentomwshs", "technical", "",
"""Kalhspera, otan mpainoume sto portal pelatwn gia na katevasoume th
vevaiwsh apentomwshs tou Iouliou (th zhtaei o elegxths), sto koumpi
"Lhpsh PDF" vgazei "Error 500 - Internal server error". Ta palia PDF
tou Maiou kai Iouniou katevainoun kanonika. Mporeite na to ftiaksete h
na mou steilete to PDF sto mail?
Eyxaristw, Reception"""),
("el", "dolomata-paidiki-xara-polykatoikias", "Αλεξάνδρα Μπουρνάζου <alexandra.bournazou@example.net>", "Δολώματα στην παιδική γωνιά", "general", "high",
"""Καλησπέρα σας,

Χθες ήρθαν οι τεχνικοί σας για μυοκτονία στην πολυκατοικία μας
(Αιόλου 14, Περιστέρι), κατόπιν απόφασης της διαχείρισης. Σήμερα το
πρωί βρήκα δύο από τα μαύρα κουτιά με το δηλητήριο ανοιχτά, μέσα στο
παρτέρι δίπλα στην τσουλήθρα της αυλής, όπου παίζουν καθημερινά τα
παιδιά της πολυκατοικίας. Μερικοί κόκκοι ήταν πεσμένοι στο χώμα.

Τα έχω μαζέψει σε μια σακούλα με γάντια. Παρακαλώ να έρθει κάποιος
σήμερα να τα απομακρύνει και να ελέγξει τι άλλο έχει μείνει.

Αλεξάνδρα Μπουρνάζου"""),
("el", "asfales-gia-gates-prin-kleiso", "Ιουλία Πετρίδου <ioulia.petridou@example.com>", "Απεντόμωση με γάτες στο σπίτι", "general", "",
"""Γεια σας,

Σκέφτομαι να κλείσω το πακέτο απεντόμωσης διαμερίσματος (το είδα στο
site στα 65€). Έχουμε όμως δύο γάτες και μία είναι ηλικιωμένη και
άρρωστη. Τι σκευάσματα χρησιμοποιείτε; Πόσες ώρες πρέπει να μείνουν
εκτός σπιτιού τα ζώα και μετά από πόσο μπορούν να κάθονται στο πάτωμα;

Ιουλία"""),
("el", "gl-texnikos-afise-mpoukalia", "Grigoris Vamvakas <grigoris.vamvakas@example.org>", "mpoukalia sto mpalkoni", "general", "",
"""Den grafw gia lefta, ola kala me ton logariasmo. Apla o texnikos pou
hr8e thn Tritti afhse ta adeia mpoukalia kai ta xartia apo ta dolwmata
sto mpalkoni mas. Ta mazepsa egw. Mikro pragma, alla pes to tou na ta
pairnei mazi tou allh fora.
Grigoris"""),
# ---------------- Συντήρηση πισίνας ----------------
("el", "pisina-3-episkepseis-den-egine", "Φίλιππος Μαυρογένης <filippos.mavrogenis@example.net>", "Συντήρηση Ιουλίου", "billing", "",
"""Καλησπέρα,

Η καλοκαιρινή σύμβαση προβλέπει μια επίσκεψη την εβδομάδα. Τον Ιούλιο
ήρθε ο τεχνικός μόνο μία φορά, στις 3 του μήνα. Οι υπόλοιπες τρεις δεν
έγιναν (ο γείτονάς μου ο κ. Ξυδάκης, που έχει κι αυτός σύμβαση μαζί
σας, είχε το ίδιο). Πληρώσαμε τον Ιούλιο ολόκληρο, 240€.

Θεωρώ σωστό να αφαιρεθούν οι τρεις επισκέψεις από τον λογαριασμό του
Αυγούστου.

Φίλιππος Μαυρογένης
Βίλα "Ελιά", Πόρτο Χέλι"""),
("el", "gl-kleinoume-pisina-xeimwnas", "Elena Sk. <elena.sk.villa@example.com>", "pisina xeimwnas", "billing", "",
"""Kalhspera, to spiti to kleinoume stis 15 Oktwvriou kai erxomaste
3ana Pasxa. Thelw to kleisimo ths pisinas me to skepasma opws perysi,
kai meta apo ayto na mhn trexei h mhniaia plhrwmh mexri thn anoiksh.
Perysi plhrwsame 3 mhnes xeimwna xwris na erthei kaneis kai den to
eida para meta.
Elena"""),
("el", "xlorio-xreothike-ksexorista", "Ασπασία Λυκούδη <aspasia.lykoudi@example.org>", "Χημικά στο τιμολόγιο", "billing", "",
"""Καλημέρα σας,

Στο τιμολόγιο του Ιουνίου, εκτός από τη μηνιαία συντήρηση, χρεώνονται
χωριστά "χημικά - χλώριο, pH-" 68€. Όταν υπογράψαμε, η προσφορά έλεγε
ότι τα χημικά περιλαμβάνονται στο πακέτο "Premium". Μήπως μπήκαμε σε
άλλο πακέτο χωρίς να το ξέρουμε;

Ασπασία Λυκούδη"""),
("el", "antlia-thoryvos-manometro", "Κλεάνθης Γιαννάκος <kleanthis.giannakos@example.com>", "Αντλία πισίνας", "technical", "",
"""Γεια σας,

Από χθες η αντλία της πισίνας κάνει έναν δυνατό θόρυβο σαν τρίξιμο, και
το μανόμετρο στο φίλτρο έχει πάει στο κόκκινο, γύρω στο 2,2. Το νερό
στα στόμια βγαίνει πολύ πιο αδύναμα από πριν. Καθάρισα το καλαθάκι του
προφίλτρου, είχε μόνο λίγα φύλλα, δεν άλλαξε τίποτα.

Μπορεί να έρθει ο τεχνικός πριν την επόμενη προγραμματισμένη επίσκεψη;

Κλεάνθης"""),
("el", "gl-prasino-nero-xlwriwths", "Sakis Villa Mare <sakis@villamare.example>", "PRASINO NERO", "technical", "",
"""Kalhmera. To nero ths pisinas eginai prasino se 2 meres, ap th
Deutera pou hr8e o texnikos. O aytomatos xlwriwths pou valate ton
Iounio deixnei "0.0" kai to lampaki tou einai kokkino, mallon den rixnei
tipota. Exoume pelates sth vila to Savvato. Elate na to deite.
Sakhs"""),
("el", "revma-stin-skala-pisinas", "Δανάη Κουτσογιάννη <danai.koutsogianni@example.net>", "Ρεύμα στη σκάλα της πισίνας", "technical", "high",
"""Καλησπέρα σας,

Χθες το απόγευμα ο γιος μου (9 ετών) έπιασε τη μεταλλική σκάλα της
πισίνας βγαίνοντας από το νερό και είπε ότι τον "τσίμπησε". Πήγα κι εγώ
και όταν την άγγιξα με βρεγμένο χέρι ένιωσα σαφώς ένα μικρό ηλεκτρικό
τίναγμα. Ο προβολέας μέσα στην πισίνα ήταν αναμμένος. Κλείσαμε την
ασφάλεια της πισίνας στον πίνακα και κανείς δεν μπαίνει στο νερό.

Χρειάζεται να έρθει τεχνικός να το ελέγξει πριν την ξανανοίξουμε.

Δανάη Κουτσογιάννη"""),
("el", "efxaristo-stelio-pisina", "Ερμιόνη Καλλέργη <ermioni.kallergi@example.com>", "Ο Στέλιος", "general", "",
"""Καλημέρα,

Δεν έχω κάτι να ζητήσω, μόνο να πω ότι ο Στέλιος που έρχεται κάθε Τρίτη
είναι θησαυρός. Το νερό ήταν κρυστάλλινο όλο το καλοκαίρι, και όταν
λείπαμε μας έστελνε φωτογραφίες για να ξέρουμε ότι όλα είναι εντάξει.
Φέτος δεν χρειάστηκε να ανησυχήσω ούτε μία φορά.

Ερμιόνη Καλλέργη"""),
("el", "gl-anoigma-pisinas-anoiksi", "Takis Doukas <takis.doukas@example.net>", "Anoigma", "general", "",
"""Kalhspera. Pote 3ekinate ta anoigmata pisinwn fetos? Thelw na thn exw
etoimh gia to Pasxa (20 Apriliou), erxontai ta paidia me ta eggonia.
Peite mou poia mera mporei na erthei kapoios gia na kleisoume rantevou.
Takhs Doukas, Vouliagmeni"""),
# ---------------- Ακουστικά βαρηκοΐας ----------------
("el", "eopyy-apodeiksi-akoustika", "Σταυρούλα Δεμερτζή <stavroula.demertzi@example.com>", "Δικαιολογητικά για ΕΟΠΥΥ", "billing", "",
"""Καλημέρα σας,

Τον Μάρτιο αγοράσαμε από το κατάστημά σας τα ακουστικά για τον πατέρα
μου (Ευάγγελος Δεμερτζής), 2.100€ το ζεύγος. Κάναμε αίτηση στον ΕΟΠΥΥ
για την αποζημίωση και μας επέστρεψαν τον φάκελο, γιατί η απόδειξη
πρέπει να γράφει χωριστά τον κωδικό και την τιμή του κάθε ακουστικού,
και να έχει και τη σφραγίδα σας.

Μπορείτε να μας εκδώσετε μια τέτοια απόδειξη ή βεβαίωση; Να περάσουμε
να την πάρουμε ή τη στέλνετε ταχυδρομικά;

Σταυρούλα Δεμερτζή"""),
("el", "doseis-gia-to-ypoloipo", "Περικλής Ζαχαρόπουλος <periklis.zacharopoulos@example.org>", "Πληρωμή με δόσεις;", "billing", "",
"""Κύριε Μανωλάκη,

Μετά τη δοκιμή είμαι αποφασισμένος να κρατήσω τα επαναφορτιζόμενα
ακουστικά. Έδωσα ήδη 500€ προκαταβολή. Για το υπόλοιπο των 1.650€,
υπάρχει δυνατότητα να πληρωθεί σε 6 ή 12 δόσεις με την πιστωτική; Αν
ναι, με τόκο ή άτοκα;

Με εκτίμηση,
Περικλής Ζαχαρόπουλος"""),
("el", "gl-mpataries-patera-efyge", "Eleni Gkika <eleni.gkika@example.net>", "syndromh mpatariwn", "billing", "",
"""Kalhspera sas,
o pateras mou, Dhmhtrhs Gkikas, efyge apo th zwh prin apo dyo
evdomades. Eixe th syndromh gia tis mpataries twn akoustikwn pou sas
erxontan kathe 3 mhnes. Den tha xreiastoun pia, opote na mhn stalei
allo paketo kai na mhn xrewthei h karta tou. An xreiazeste kapoio
xarti pes mou.
Eyxaristw gia thn frontida pou tou deixnate
Elenh"""),
("el", "deksi-akoustiko-sfyrizei-bluetooth", "Αλκιβιάδης Ρεντζής <alkiviadis.rentzis@example.com>", "Δεξί ακουστικό", "technical", "",
"""Καλησπέρα,

Το δεξί ακουστικό από την περασμένη εβδομάδα σφυρίζει όταν μιλάω στο
τηλέφωνο ή όταν κάποιος με αγκαλιάζει. Επίσης το Bluetooth με την
τηλεόραση κόβεται κάθε λίγα λεπτά μόνο στο δεξί, το αριστερό μένει
συνδεδεμένο. Άλλαξα το θολό καπάκι (dome) με καινούργιο από το κουτί,
δεν άλλαξε κάτι.

Αλκιβιάδης Ρεντζής, 78 ετών"""),
("el", "gl-efarmogh-den-vriskei-akoustika", "Marios Gounaris <marios.gounaris@example.org>", "efarmogh akoustikwn", "technical", "",
"""geia sas, egine ena update sto kinhto (samsung) kai apo tote h
efarmogh twn akoustikwn ths mhteras mou den ta vriskei. sta
bluetooth tou kinhtou fainontai "syndedemena" alla h efarmogh leei
"den vrethikan akoustika". ta evgala kai ta ksanaebala sth thikh, ta
3exasa apo ta bluetooth, tipota. xwris thn efarmogh h mana mou den
mporei na allaksei thn entash otan einai sthn ekklhsia.
Marios"""),
("el", "thiki-fortisis-zestathike-myrodia", "Ευανθία Κοσμίδου <evanthia.kosmidou@example.net>", "Θήκη φόρτισης", "technical", "high",
"""Καλησπέρα,

Η θήκη φόρτισης των ακουστικών μου χθες βράδυ, ενώ φόρτιζε στο
κομοδίνο, είχε ζεσταθεί τόσο που δεν μπορούσα να την κρατήσω στο χέρι
και μύριζε σαν καμένο πλαστικό. Την αποσύνδεσα αμέσως. Τα ακουστικά
μέσα μοιάζουν εντάξει.

Δεν θα τη φορτίσω ξανά. Χρειάζομαι όμως τα ακουστικά, μπορείτε να μου
δώσετε άλλη θήκη;

Ευανθία Κοσμίδου"""),
("el", "metathesi-rantevou-akoogramma", "Σπυριδούλα Μπάτση <spyridoula.batsi@example.com>", "ΡΑΝΤΕΒΟΥ 18/11", "general", "",
"""ΚΑΛΗΜΕΡΑ ΣΑΣ
ΕΧΩ ΡΑΝΤΕΒΟΥ ΓΙΑ ΑΚΟΟΓΡΑΜΜΑ ΕΛΕΓΧΟΥ ΤΗΝ ΔΕΥΤΕΡΑ 18/11 ΣΤΙΣ 10:30 ΣΤΟ
ΚΑΤΑΣΤΗΜΑ ΤΗΣ ΚΑΛΛΙΘΕΑΣ. Η ΚΟΡΗ ΜΟΥ ΠΟΥ ΜΕ ΣΥΝΟΔΕΥΕΙ ΔΕΝ ΜΠΟΡΕΙ ΕΚΕΙΝΗ
ΤΗ ΜΕΡΑ. ΓΙΝΕΤΑΙ ΝΑ ΤΟ ΠΑΜΕ ΠΕΜΠΤΗ Η ΠΑΡΑΣΚΕΥΗ ΤΗΣ ΙΔΙΑΣ ΕΒΔΟΜΑΔΑΣ,
ΠΡΩΙ;
ΕΥΧΑΡΙΣΤΩ
ΣΠΥΡΙΔΟΥΛΑ ΜΠΑΤΣΗ"""),
("el", "efxaristo-akouo-eggonia", "Κωνσταντίνος Μελετίου <k.meletiou@example.net>", "Ευχαριστίες", "general", "",
"""Αγαπητή κυρία Ζαφειροπούλου,

Σας γράφω με τη βοήθεια του εγγονού μου για να σας πω ότι, μετά από
χρόνια, άκουσα ξανά τα πουλιά στον κήπο και την εγγονή μου να μου λέει
τα ποιηματάκια του σχολείου. Η υπομονή σας με τις ρυθμίσεις και οι
εξηγήσεις σας ήταν πολύτιμες για έναν άνθρωπο της ηλικίας μου.

Με εκτίμηση και ευγνωμοσύνη,
Κωνσταντίνος Μελετίου"""),
# ---------------- Ασφάλιση κατοικιδίων ----------------
("el", "apozimiosi-ktiniatrou-5-evdomades", "Ναταλία Καραμπέτσου <natalia.karabetsou@example.com>", "Αίτημα αποζημίωσης 77-20418", "billing", "",
"""Καλησπέρα,

Στις 12 Μαΐου υπέβαλα αίτημα αποζημίωσης για τη χειρουργική επέμβαση
της σκυλίτσας μου (ξένο σώμα στο στομάχι), λογαριασμός κτηνιάτρου
1.180€. Στην εφαρμογή γράφει "Εγκρίθηκε" από τις 28 Μαΐου, αλλά στον
λογαριασμό μου δεν έχει μπει τίποτα. Πέρασαν πέντε εβδομάδες από την
υποβολή.

Πότε θα γίνει η πληρωμή;

Ναταλία Καραμπέτσου
Συμβόλαιο PET-441820"""),
("el", "gl-giati-parapanw-asfalistro", "Kostas Mandalos <kostas.mandalos@example.net>", "asfalistro Rex", "billing", "",
"""kalhspera, to asfalistro tou Rex phgaine 21,40 to mhna kai apo ton
Ianouario to vlepw 29,90. Den ekana kamia dhlwsh, den allaksa paketo.
Giati 8,50 parapanw? An einai epeidh megalwse o skylos (egine 8 xronwn)
8elw na to xerw kai na mou peite an yparxei kati pio ftino me ta
idia.
Kwstas"""),
("el", "gata-efyge-stamatiste-asfaleia", "Αμαλία Σταματοπούλου <amalia.stamatopoulou@example.com>", "Η Μίνα", "billing", "",
"""Καλημέρα σας,

Η γάτα μας η Μίνα, που ήταν ασφαλισμένη σε εσάς, έφυγε την περασμένη
Τετάρτη. Ήταν 17 χρονών και είχε μια πολύ ωραία ζωή. Δεν θα υπάρξει
άλλη για την ώρα, οπότε παρακαλώ να κλείσει το συμβόλαιο PET-338104
και να μη γίνει η πληρωμή του επόμενου μήνα.

Αμαλία Σταματοπούλου"""),
("el", "aporripsi-apozimiosis-trapeza-ellados", "Ιάκωβος Τζαβέλλας <iakovos.tzavellas@example.org>", "Απόρριψη αποζημίωσης - προϋπάρχουσα πάθηση", "billing", "high",
"""Κύριοι,

Απορρίψατε την αποζημίωση των 860€ για τη θεραπεία του σκύλου μου για
δερματίτιδα, με την αιτιολογία ότι πρόκειται για "προϋπάρχουσα
πάθηση". Ο σκύλος ασφαλίστηκε στα 4 του χρόνια, τον Ιανουάριο του
2022, με πλήρη κτηνιατρικό φάκελο που σας υποβλήθηκε. Η πρώτη
εμφάνιση της δερματίτιδας είναι Σεπτέμβριος 2023, και ο κτηνίατρος το
βεβαιώνει εγγράφως.

Ζητώ επανεξέταση και καταβολή εντός 20 ημερών. Διαφορετικά θα
απευθυνθώ στην Τράπεζα της Ελλάδος, ως εποπτική αρχή των ασφαλιστικών
επιχειρήσεων, και στον Συνήγορο του Καταναλωτή.

Ιάκωβος Τζαβέλλας"""),
("el", "forma-apozimiosis-den-dexetai-pdf", "Μαριλένα Φωτίου <marilena.fotiou@example.com>", "Δεν ανεβαίνει το τιμολόγιο κτηνιάτρου", "technical", "",
"""Γεια σας,

Προσπαθώ να υποβάλω αίτημα αποζημίωσης μέσα από τη σελίδα σας. Όταν
επισυνάπτω το τιμολόγιο του κτηνιάτρου (PDF, 1,2 MB) γράφει "Μη
αποδεκτός τύπος αρχείου". Δοκίμασα και φωτογραφία JPG, βγάζει το ίδιο.
Από κινητό και από υπολογιστή. Η προθεσμία είναι 30 μέρες και έχουν
περάσει ήδη 20.

Μαριλένα Φωτίου"""),
("el", "gl-reset-paei-palio-email", "Nefeli Anagn. <nefeli.anagn@example.net>", "den mporw na mpw", "technical", "",
"""geia, ksexasa ton kwdiko gia thn efarmogh kai otan patw "ksexasa ton
kwdiko" to link paei sto palio mou email sto douleia pou den to exw pia
(efyga apo ekei). sto profil den mporw na to allaksw giati den mporw na
mpw. pws to lynoume? to symvolaio einai PET-502117, h gata lgetai Pipa
Nefelh"""),
("el", "allagi-ktiniatrou-dieuthynsis", "Λεωνίδας Ζωγράφος <leonidas.zografos@example.com>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα σας,

Μετακομίσαμε από τη Γλυφάδα στο Χαλάνδρι. Παρακαλώ να αλλάξετε στο
συμβόλαιο PET-290554 τη διεύθυνση σε Ανδρέα Παπανδρέου 12, Χαλάνδρι
152 32, καθώς και τον κτηνίατρο αναφοράς σε "Κτηνιατρείο Χαλανδρίου,
Δρ. Αθηνά Ρήγα".

Λεωνίδας Ζωγράφος"""),
("el", "dysplasia-isxiou-kalyptetai-prin", "Ροζαλία Κανάκη <rozalia.kanaki@example.org>", "Ερώτηση πριν ασφαλίσω", "general", "",
"""Καλησπέρα,

Σε τρεις εβδομάδες παίρνουμε ένα κουτάβι λαμπραντόρ. Διάβασα ότι η
φυλή έχει συχνά δυσπλασία ισχίου. Αν ασφαλίσουμε το κουτάβι αμέσως,
καλύπτεται αργότερα η δυσπλασία ή θεωρείται "κληρονομική" και
εξαιρείται; Και από ποια ηλικία μπορεί να ασφαλιστεί;

Ροζαλία Κανάκη"""),
# ---------------- Περιποίηση κατοικιδίων και ξενώνες ----------------
("el", "prokatavoli-ksenona-akyrosi-3-evdomades", "Θεοπίστη Καραλή <theopisti.karali@example.com>", "Ακύρωση κράτησης Αυγούστου", "billing", "",
"""Καλησπέρα σας,

Είχα κλείσει 10 ημέρες στον ξενώνα για τον σκύλο μας τον Αύγουστο
(κράτηση 2207) και πλήρωσα προκαταβολή 100€. Τελικά δεν θα φύγουμε
διακοπές λόγω υγείας της μητέρας μου. Σας το είπα στο τηλέφωνο τρεις
εβδομάδες πριν και μου είπαν ότι "θα δούμε". Οι όροι σας στο site
γράφουν ότι ακύρωση πάνω από 14 μέρες πριν επιστρέφεται ολόκληρη.

Περιμένω τα 100€ πίσω στην κάρτα.

Θεοπίστη Καραλή"""),
("el", "gl-paketo-5-mpania-metakomizoume", "Andreas Vasileiou <andreas.vasileiou@example.net>", "paketo mpaniou", "billing", "",
"""Geia sas, eixa parei to paketo 5 kourema+mpanio gia th Lola (125e),
exoume kanei ta 3. Ton allo mhna metakomizoume Patra gia douleia kai
den 8a mporoume na erxomaste. Ta 2 pou menoun ginetai na ta pairnw
pisw se lefta? Alliws an 3erete kapoion kalo sthn Patra pou douleuete
mazi, ekei
Andreas & Lola"""),
("el", "grafei-35-plirosa-45", "Ευδοκία Λεβέντη <evdokia.leventi@example.org>", "Χθεσινό μπάνιο", "billing", "",
"""Γεια σας,

Στον τιμοκατάλογο στο site σας το μπάνιο και κούρεμα για μικρόσωμο
σκύλο γράφει 35€. Χθες στο ταμείο για τον Μπόμπο μου ζήτησαν 45€, και
όταν ρώτησα η κοπέλα είπε "ήταν μπερδεμένο το τρίχωμα". Κανείς δεν μου
το είπε πριν ξεκινήσει, αλλιώς θα το είχα συζητήσει. Θα ήθελα να μου
επιστρέψετε τη διαφορά.

Ευδοκία Λεβέντη"""),
("el", "imerologio-kratiseon-den-fortonei", "Σεραφείμ Χριστοφόρου <serafeim.christoforou@example.com>", "Online κρατήσεις grooming", "technical", "",
"""Καλησπέρα,

Προσπαθώ από χθες να κλείσω ραντεβού για grooming μέσα από το site. Στο
ημερολόγιο, όποια μέρα κι αν διαλέξω, εμφανίζεται για λίγο ο τροχός και
μετά γράφει "Δεν υπάρχουν διαθέσιμες ώρες - σφάλμα φόρτωσης". Το ίδιο
και από τον υπολογιστή και από το κινητό. Δεν μπορεί να είναι όλα
γεμάτα για δύο μήνες.

Σεραφείμ"""),
("el", "gl-kamera-ksenona-den-paizei", "Kalliope M. <kalliope.m@example.com>", "kamera Bruno", "technical", "",
"""Kalhspera, o Bruno einai ston ksenwna sas apo to Savvato. Sthn
efarmogh, sto "Zwntanh kamera" vlepw mono mauro me to kyklaki na
gyrnaei kai meta "h roh den einai diathesimh". Thn Kyriakh douleve
kanonika. Einai 8ema tou kinhtou mou h ths kameras? Den anhsyxw gia
to skyli, sas empisteuomai, alla to vrady thelw na ton vlepw
Kallioph"""),
("el", "skylos-egkavma-stegnotiras-diefthyntis", "Ζαχαρίας Παπαστεργίου <zacharias.papastergiou@example.net>", "Τι έπαθε ο σκύλος μου στο κατάστημά σας", "general", "high",
"""Κύριοι,

Χθες το απόγευμα παραλάβαμε τον σκύλο μας από το κατάστημα της Νέας
Ερυθραίας μετά από μπάνιο. Στο σπίτι είδαμε ότι στην κοιλιά και στο
εσωτερικό του ποδιού έχει κόκκινα σημάδια σαν εγκαύματα. Ο κτηνίατρος
σήμερα το πρωί μας είπε ότι είναι εγκαύματα από ζεστό αέρα, πιθανότατα
από στεγνωτήρα κλουβιού που έμεινε πολλή ώρα.

Όταν τηλεφωνήσαμε μας είπαν ότι "έτσι έγινε ήδη". Θέλω να μιλήσω με
τον ιδιοκτήτη ή τον υπεύθυνο του καταστήματος σήμερα.

Ζαχαρίας Παπαστεργίου"""),
("el", "efxaristo-froso-koureuma", "Κατερίνα Δαμιανού <katerina.damianou@example.com>", "Η Φρόσω", "general", "",
"""Καλησπέρα,

Η Φρόσω κούρεψε χθες τον γέρικο σκύλο μας, τον Άρη, που φοβάται πολύ
τα ψαλίδια και τον θόρυβο. Τον κράτησε αγκαλιά, έκανε διαλείμματα και
του μιλούσε όλη την ώρα. Ήρθε σπίτι χαλαρός και πανέμορφος. Να της το
πείτε!

Κατερίνα"""),
# ---------------- Μουσικά όργανα ----------------
("el", "violi-enoikiasi-stamatame", "Πηνελόπη Ραζή <penelope.razi@example.com>", "Βιολί της Δανάης", "billing", "",
"""Καλησπέρα,

Η κόρη μου η Δανάη έχει το βιολί 3/4 από εσάς με το πρόγραμμα
ενοικίασης εδώ και 10 μήνες. Η αλήθεια είναι ότι μετά τα Χριστούγεννα
δεν το έχει ξαναπιάσει, το μυαλό της είναι πια στο μπάσκετ. Θα σας το
φέρουμε το Σάββατο στο κατάστημα, και θα ήθελα να σταματήσει η μηνιαία
πληρωμή των 18€ από εκεί και πέρα.

Πηνελόπη Ραζή"""),
("el", "gl-kithara-ekptwsh-meta-apo-2-meres", "Minas Rokas <minas.rokas@example.net>", "kithara", "billing", "",
"""Re paidia, phra thn Paraskeuh thn hlektroakoustikh Yamaha apo to
magazi sto Monastiraki 389e, kai thn Kyriakh vlepw sto site sas thn idia
kithara 329e me thn prosfora. Dhladh 60e diafora gia 2 meres. Mporeite
na mou epistrepsete th diafora? Den thelw na th ferw pisw, mou aresei
polu, alla kai 60 einai 60
Minas"""),
("el", "sxoleio-flogeres-entoli-agoras", "Διεύθυνση 4ου Δημ. Σχολείου Βόλου <mail@4dim-volou.example>", "Τιμολόγιο για φλογέρες", "billing", "",
"""Καλημέρα σας,

Σας στείλαμε την παραγγελία για 28 φλογέρες και 2 μεταλλόφωνα για το
μάθημα της μουσικής. Για να εξοφληθεί το τιμολόγιο από τη σχολική
επιτροπή πρέπει να αναγράφει τον αριθμό της απόφασης ανάθεσης
(112/2024) και τα στοιχεία της Σχολικής Επιτροπής Πρωτοβάθμιας
Εκπαίδευσης Δήμου Βόλου. Μπορείτε να το εκδώσετε έτσι;

Η Διευθύντρια
Αγλαΐα Πολυζώη"""),
("el", "psifiako-piano-plikra-xoris-ixo", "Ευρυδίκη Σταθοπούλου <evrydiki.stathopoulou@example.com>", "Ψηφιακό πιάνο", "technical", "",
"""Γεια σας,

Στο ψηφιακό πιάνο που αγοράσαμε πέρσι τον Σεπτέμβριο, τρία πλήκτρα
στη μέση (το ρε, το μι και το φα της τέταρτης οκτάβας) δεν βγάζουν
ήχο αν τα πατήσεις απαλά. Με δύναμη βγάζουν, αλλά πολύ δυνατά. Τα
υπόλοιπα είναι μια χαρά. Ο γιος μου δίνει εξετάσεις στο ωδείο τον
Ιούνιο.

Είναι στην εγγύηση; Πρέπει να το φέρουμε ή έρχεστε εσείς;

Ευρυδίκη"""),
("el", "gl-enisxytis-vouizei-kanali-2", "Nikos Drum&Bass <nikos.db@example.org>", "enisxyths", "technical", "",
"""o enisxyths pou phra prin 2 mhnes, sto kanali 2 (to distortion) den
vgazei kathol hxo, mono ena vouhtoo. sto clean kanali paizei kanonika.
allaksa kalwdio, allaksa kithara, allaksa kai footswitch. Exoume live
se 3 evdomades. Pote mporw na ton ferw?
Nikos"""),
("el", "odeio-20-pianos-nekra-meta-enimerosi", "Ωδείο Αρμονία Πάτρας <info@odeio-armonia.example>", "Εργαστήριο πιάνων - όλα εκτός λειτουργίας", "technical", "high",
"""Καλημέρα,

Χθες το βράδυ ο τεχνικός σας έκανε απομακρυσμένα την ενημέρωση
λογισμικού στα 20 ψηφιακά πιάνα του εργαστηρίου μας, όπως είχαμε
συμφωνήσει. Σήμερα το πρωί κανένα δεν λειτουργεί: ανάβουν, η οθόνη
δείχνει "Loading..." και μένουν εκεί. Έχουμε κάνει επανεκκίνηση σε όλα.

Έχουμε ήδη ακυρώσει τα πρωινά ομαδικά μαθήματα (περίπου 60 μαθητές) και
το απόγευμα έχουμε άλλα πέντε τμήματα. Χρειαζόμαστε κάποιον σήμερα.

Γεράσιμος Λουκάτος
Διευθυντής Σπουδών"""),
("el", "aristeroxeiri-kithara-patra", "Αλεξάνδρα Ζερβού <alexandra.zervou@example.com>", "Αριστερόχειρη κιθάρα", "general", "",
"""Καλησπέρα,

Ο γιος μου είναι αριστερόχειρας και ξεκινάει κλασική κιθάρα. Έχετε στο
κατάστημα της Πάτρας αριστερόχειρες κλασικές κιθάρες, μέγεθος 3/4, για
να τις δοκιμάσει; Στο site βλέπω μόνο μία, και γράφει "κατόπιν
παραγγελίας".

Αλεξάνδρα Ζερβού"""),
("el", "protasi-workshop-ntramps", "Ηλίας Μπαλτζής <ilias.baltzis@example.net>", "Πρόταση συνεργασίας - σεμινάρια", "general", "",
"""Καλησπέρα σας,

Είμαι ντράμερ και δάσκαλος κρουστών εδώ και 15 χρόνια (έχω παίξει με
διάφορα συγκροτήματα της σκηνής των Αθηνών). Θα με ενδιέφερε να κάνω
δωρεάν σεμινάρια ένα Σάββατο τον μήνα στο κατάστημά σας στο
Μοναστηράκι, για αρχάριους και μεσαίους, με τα τύμπανα της έκθεσης.
Νομίζω ότι θα έφερνε κόσμο και σε σας.

Αν σας ενδιαφέρει, να σας στείλω βιογραφικό και βίντεο;

Ηλίας Μπαλτζής"""),
# ---------------- Ενοικίαση σκι και snowboard ----------------
("el", "gl-pistes-kleistes-2-meres", "Giorgos Parnassos <giorgos.snow@example.com>", "enoikiash 5 hmerwn", "billing", "",
"""Kalhspera, nikiasame 4 set ski gia 5 meres (2-6 Feb) sto Kelaria.
Tis dyo apo tis 5 meres to xionodromio htan kleisto apo ton aera kai ta
ski emeinan sto sale. Mporoume na paroume pisw tis 2 meres? H na ta
kratisoume san pistwsh gia allh fora ayth th sezon?
Giorgos, krat. 1044"""),
("el", "desmeusi-300-den-apodesmeytike", "Μαρίνα Χατζηγεωργίου <marina.chatzigeorgiou@example.org>", "Δέσμευση στην κάρτα", "billing", "",
"""Γεια σας,

Κατά την παραλαβή του εξοπλισμού snowboard στις 14/1 κάνατε δέσμευση
300€ στην πιστωτική ως εγγύηση. Επέστρεψα τα πάντα στις 16/1 σε τέλεια
κατάσταση, ο υπάλληλος το έλεγξε. Σήμερα είναι 2/2 και τα 300€ είναι
ακόμα δεσμευμένα, δεν μπορώ να τα χρησιμοποιήσω.

Μαρίνα Χατζηγεωργίου"""),
("el", "sanida-zimia-250-chargeback", "Αχιλλέας Ντούμας <achilleas.ntoumas@example.com>", "Χρέωση 250€ για σανίδα", "billing", "high",
"""Κύριοι,

Μου χρεώσατε 250€ στην κάρτα μετά την επιστροφή της σανίδας,
ισχυριζόμενοι ότι είχε "σπάσιμο στο άκρο". Η σανίδα μου δόθηκε ήδη με
φθορές στις άκρες, το είπα στον υπάλληλο και μου είπε "δεν πειράζει,
είναι παλιά". Δεν μου έδειξε κανείς καμία ζημιά στην επιστροφή και η
χρέωση έγινε δύο μέρες αργότερα, χωρίς ενημέρωση.

Έχω ανοίξει ήδη διαδικασία επιστροφής χρέωσης (chargeback) στην
τράπεζα. Αν θέλετε να μου δείξετε φωτογραφίες, στείλτε τις.

Αχιλλέας Ντούμας"""),
("el", "mpotes-thermainomenes-den-fortizoun", "Φαίδρα Κωνσταντίνου <faidra.konstantinou@example.net>", "Θερμαινόμενες μπότες", "technical", "",
"""Καλησπέρα,

Νοικιάσαμε για την εβδομάδα τις μπότες με θέρμανση για την κόρη μου.
Τη βάλαμε στον φορτιστή που μας δώσατε όλο το βράδυ, αλλά το πρωί το
λαμπάκι στη μπαταρία παραμένει κόκκινο και η θέρμανση δεν ανοίγει. Η
αριστερή μπαταρία μία φορά άναψε πράσινο για λίγο και μετά πάλι
κόκκινο.

Μπορούμε να τις αλλάξουμε αύριο το πρωί πριν ανέβουμε;

Φαίδρα"""),
("el", "gl-site-kratisi-kollaei-plhrwmh", "Xristina Snow <xristina.snow@example.org>", "kratisi apo to site", "technical", "",
"""Kalhmera, prospa8w na kanw kratish gia to Savvatokyriako sto site.
Ftanw sto teleutaio vhma, vazw th karta, kai h selida aspriizei kai
meta leei "kati phge strava, dokimaste 3ana". Ta lefta den fainetai na
exoun fygei (to koitaksa sto e-banking). Dokimasa chrome kai safari,
kai me allh karta. 8a to ksanadokimasw, alla pes mou an 3erete ti
ftaiei
Xristina"""),
("el", "desmos-anoikse-paidi-epese", "Ραφαήλ Ευαγγέλου <rafail.evangelou@example.com>", "Δέσμη σκι - το παιδί έπεσε", "technical", "high",
"""Καλησπέρα σας,

Σήμερα στο Βασιλίτσα, στη δεύτερη κατάβαση, ο αριστερός δεσμός στο
σκι του 10χρονου γιου μου άνοιξε μόνος του σε μια απλή στροφή, χωρίς
πτώση, και το παιδί έπεσε με το κεφάλι. Ευτυχώς φορούσε κράνος και
είναι καλά, μόνο τρομαγμένο. Όταν ξανακούμπωσα τον δεσμό άνοιξε πάλι με
το πρώτο σπρώξιμο. Νομίζω ότι η ρύθμιση είναι πολύ χαμηλή ή κάτι έχει
σπάσει.

Φέρνουμε τα σκι πίσω απόψε. Παρακαλώ να ελέγξετε και τα άλλα παιδικά
σκι πριν δοθούν σε άλλο παιδί.

Ραφαήλ Ευαγγέλου"""),
("el", "kranos-4xrono-orario", "Χρυσούλα Ανδριανοπούλου <chrysoula.andr@example.net>", "Παιδικό κράνος", "general", "",
"""Γεια σας,

Ανεβαίνουμε στα Καλάβρυτα το Σάββατο με την 4χρονη κόρη μου, που θα
κάνει για πρώτη φορά σκι στη σχολή. Έχετε κράνη και μπότες για τόσο
μικρό παιδί (παπούτσι 27); Και τι ώρα ανοίγει το κατάστημα το πρωί;

Χρυσούλα"""),
("el", "gl-ksexasa-gantia-sto-magazi", "Tolis Aigaio <tolis.aigaio@example.com>", "gantia", "general", "",
"""Kalhspera, thn Kyriakh pou epistrepsame ta ski (ekei gyrw stis 4)
3exasa ena zeugari mavra gantia Dakine panw ston pagko me ta kranh.
Ta vrhkate? An nai kratiste ta, anevenw 3ana se 2 evdomades.
Tolhs"""),
# ---------------- Ποδοσφαιρική ομάδα - διαρκή εισιτήρια ----------------
("el", "diarkes-xreothike-dyo-fores", "Δημοσθένης Καρπέτης <dimosthenis.karpetis@example.com>", "Διαρκες εισιτηριο - διπλη πληρωμη", "billing", "",
"""Καλησπερα,

Την ημερα που ανοιξαν οι ανανεωσεις το site κολλησε στην πληρωμη και
ξαναπατησα. Τελικα η τραπεζα εδειξε δυο φορες 290 ευρω, ενω στο
προφιλ μου εχω ενα διαρκες (Θυρα 7, σειρα 14, θεση 22). Μου ειπαν στο
ταμειο του γηπεδου να σας γραψω εδω.

Δημοσθενης Καρπετης"""),
("el", "gl-mhn-to-ananewsete-thessaloniki", "Stathis Gate 13 <stathis.gate13@example.net>", "diarkes", "billing", "",
"""Kalhspera, meta apo 11 xronia me diarkes fevgw gia douleia sth
Thessalonikh. Sto profil leei oti h ananewsh ginetai aytomata ton
Iounio. Na mhn ginei fetos, den tha eimai edw. Mia karavolta tha
erxomai sta ntermpi, ta kleinw apo to site. Ante geia kai kalh
xronia sthn omada
Sta8hs"""),
("el", "doseis-diarkes-eisitirio", "Αγγελος Πανταζής <angelos.pantazis@example.org>", "ΔΟΣΕΙΣ ΓΙΑ ΔΙΑΡΚΕΣ", "billing", "",
"""Καλημέρα, φέτος θέλω να βγάλω διαρκή για μένα και τους δύο γιους μου
(Θύρα 3). Βγαίνουν 3 x 240 = 720€. Είναι πολλά μαζί. Γίνεται να
πληρωθούν σε δόσεις με πιστωτική; Πέρσι είχε τέτοια επιλογή αλλά
φέτος δεν τη βλέπω στο site.

Άγγελος Πανταζής"""),
("el", "gl-qr-den-skanarei-thyra-7-ouras", "Iosif K. <iosif.kaklamanos@example.com>", "THYRA 7 XTES", "technical", "high",
"""kalhmera. xtes sto mats me ton Atromhto oi scanner stis portes ths
Thyras 7 den diavazan ta QR apo thn efarmogh. se olous, oxi mono se
mena. oi ypalliloi stis portes den 3eran ti na kanoun kai apo e3w
eixan mazeutei ekatontades atoma, sprwxnomastan. mphkame sto 30o
lepto otan anoi3an xwris elegxo.

thn Kyriakh exoume ntermpi. an ginei to idio 8a ginei kako. ti ginetai
me thn efarmogh?

Iwshf, diarkes Th7"""),
("el", "gl-den-mporw-na-metaferw-eisitirio", "Chris Katsaros <chris.katsaros@example.com>", "metafora eisithriou", "technical", "",
"""Geia sas, den 8a mporesw na paw sto mats tou Savvatou kai thelw na
dwsw to diarkes ston adelfo mou apo thn efarmogh. Patw "Metafora",
vazw to email tou (einai eggegrammenos) kai leei "Sfalma 403". Kai
apo to site idio. Pws ginetai?
Xrhstos"""),
("el", "sindesi-me-neo-email-eisitiria", "Γαρυφαλλιά Μητσοπούλου <garyfallia.mitsopoulou@example.net>", "Σύνδεση λογαριασμού", "technical", "",
"""Καλησπέρα,

Άλλαξα το email μου στο προφίλ πριν ένα μήνα. Τώρα, όταν μπαίνω στην
εφαρμογή με το νέο email, δεν βλέπω το διαρκές μου, γράφει "Δεν
υπάρχουν εισιτήρια". Αν μπω με το παλιό, μου λέει "λάθος στοιχεία".
Το ματς είναι μεθαύριο.

Γαρυφαλλιά Μητσοπούλου"""),
("el", "kagkela-skalas-thyra-12-kindynos", "Σύλλογος Φιλάθλων Ανατολικής <syllogos.anatoliki@example.org>", "Σπασμένα κάγκελα στη Θύρα 12", "general", "high",
"""Προς τη διοίκηση του γηπέδου,

Στην κεντρική σκάλα της Θύρας 12, ανάμεσα στο δεύτερο και τρίτο
πλατύσκαλο, λείπει ένα κομμάτι από το κάγκελο εδώ και τρία ματς,
περίπου ένα μέτρο. Κάτω είναι κενό τεσσάρων μέτρων. Στην έξοδο, που
κατεβαίνει όλος ο κόσμος μαζί, σπρώχνονται δίπλα στο άνοιγμα και
παιδιά.

Σας το λέμε πριν το ντέρμπι της Κυριακής, για να αποκλειστεί το σημείο
ή να φτιαχτεί.

Για τον Σύλλογο,
Παύλος Ζαφειρίου"""),
("el", "thesi-dipla-sto-paidi", "Ελευθερία Κοτσώνη <eleftheria.kotsoni@example.com>", "Θέσεις για την επόμενη σεζόν", "general", "",
"""Καλημέρα σας,

Εγώ και ο σύζυγός μου έχουμε διαρκή στη Θύρα 5, θέσεις 12 και 13. Φέτος
θα βγάλουμε και για τον γιο μας, 8 χρονών. Γίνεται στην ανανέωση να
κρατήσουμε τις δικές μας και να πάρει εκείνος τη 14 ή την 11, ώστε να
καθόμαστε όλοι μαζί; Ποιον πρέπει να ρωτήσω;

Ελευθερία Κοτσώνη"""),
# ---------------- Κρουαζιέρες ----------------
("el", "ekdromi-santorini-den-piase-limani", "Ανθούλα Μπιτσάκου <anthoula.bitsakou@example.com>", "Εκδρομή Σαντορίνης", "billing", "",
"""Καλησπέρα σας,

Στην κρουαζιέρα της 8ης Ιουνίου (κράτηση CR-55123) είχαμε πληρώσει
από πριν την εκδρομή "Οία και ηλιοβασίλεμα" για δύο άτομα, 2 x 89€.
Λόγω αέρα το πλοίο δεν έπιασε τελικά Σαντορίνη και πήγαμε κατευθείαν
Μύκονο. Στο πλοίο μας είπαν ότι τα χρήματα των εκδρομών "θα
επιστραφούν αυτόματα", αλλά στον λογαριασμό δεν έχουν έρθει ακόμα.

Ανθούλα Μπιτσάκου"""),
("el", "gl-ypoloipo-kratisis-trapeza", "Stelios Kontos <stelios.kontos@example.net>", "Re: Upenthimisi ypoloipou", "billing", "",
"""Kalhspera, to ypoloipo 1.840 ths krathshs CR-60418 mporw na to
plhrwsw me trapezikh metafora anti gia karta? H karta exei orio. An
ginetai steilte mou IBAN kai ti aitiologia na valw. Kai an ginetai na
to spasw se 2 kommatia, ena twra kai ena ton Mai.
Stelios

> Agaphte pelati, sas ypenthymizoume oti to ypoloipo ths krathshs sas
> prepei na e3oflithei 60 hmeres prin thn anaxwrhsh."""),
("el", "paketo-pota-den-ipiame", "Φραγκούλης Σαββίδης <fragoulis.savvidis@example.org>", "Λογαριασμός καμπίνας 7214", "billing", "",
"""Καλησπέρα,

Επιστρέψαμε από την κρουαζιέρα και βλέπω στην κάρτα 2 x 59€ την ημέρα
για 7 ημέρες, "Drinks Package". Ούτε εγώ ούτε η γυναίκα μου πίνουμε
αλκοόλ, και δεν το ζητήσαμε ποτέ. Στο πλοίο πίναμε νερό και καφέ από
τον μπουφέ. Μάλλον το πρόσθεσε κάποιος κατά λάθος στην καμπίνα μας.
Πήρατε 826€ για πράγματα που δεν καταναλώσαμε.

Φραγκούλης Σαββίδης"""),
("el", "akyrosi-krouazieras-2400-dikigoros", "Μαρκέλλα Γεωργαντά <markella.georganta@example.com>", "Ακυρωμένη κρουαζιέρα - 2.400€", "billing", "high",
"""Κύριοι,

Η κρουαζιέρα της 14ης Σεπτεμβρίου, για την οποία είχα καταβάλει
ολόκληρο το ποσό των 2.400€ (κράτηση CR-58802), ακυρώθηκε από εσάς με
email στις 2 Σεπτεμβρίου. Από τότε έχω στείλει τέσσερα μηνύματα και
κάθε φορά μου προτείνετε κουπόνι για μελλοντική κρουαζιέρα, το οποίο
έχω ρητά αρνηθεί.

Σας ενημερώνω ότι έχω αναθέσει την υπόθεση σε δικηγόρο. Αν τα χρήματα
δεν επιστραφούν εντός 14 ημερών, θα ασκηθούν όλα τα νόμιμα
δικαιώματά μου.

Μαρκέλλα Γεωργαντά"""),
("el", "online-check-in-diavatirio", "Αριάδνη Ξανθοπούλου <ariadni.xanthopoulou@example.net>", "Online check-in", "technical", "",
"""Γεια σας,

Προσπαθώ να κάνω το online check-in για την κρουαζιέρα της Πέμπτης.
Στο βήμα "Έγγραφα ταξιδιού", όταν ανεβάζω τη φωτογραφία του
διαβατηρίου, γράφει "Η εικόνα δεν είναι ευανάγνωστη" όσο καθαρή κι αν
είναι. Τη σκάναρα, τη φωτογράφισα στο φως, τη μίκρυνα. Τίποτα. Για
τον άντρα μου πέρασε με την πρώτη.

Αριάδνη"""),
("el", "gl-wifi-ploiou-den-syndeetai", "Kostas Pelagos <kostas.pelagos@example.org>", "WIFI STO PLOIO", "technical", "",
"""Geia sas, eimaste sto ploio twra (kampina 5108). Phrame to paketo
internet gia 4 meres, alla to kinhto syndeetai sto diktyo kai h selida
login den anoigei pote, menei lefkh. Sto laptop to idio. Den 8elw ta
lefta pisw, 8elw na douleuei, exw douleia pou prepei na steilw ws
thn Paraskeuh. Sth reception leei "grapste sto email".
Kwstas"""),
("el", "anapiriko-amaksidio-kampina", "Θεόκλητος Μαστρογιάννης <theoklitos.mastrogiannis@example.com>", "Προσβασιμότητα", "general", "",
"""Καλησπέρα σας,

Σκεφτόμαστε την κρουαζιέρα των Ιονίων τον Ιούνιο. Η σύζυγός μου
κινείται με αναπηρικό αμαξίδιο. Έχετε καμπίνες προσαρμοσμένες (μπάνιο
χωρίς σκαλί, φαρδιές πόρτες); Και στα λιμάνια όπου το πλοίο δένει
ανοιχτά, με τα βαρκάκια, μπορεί να βγει στη στεριά;

Θεόκλητος Μαστρογιάννης"""),
("el", "ksexasame-zaketa-kampina", "Λήδα Πασχαλίδου <lida.paschalidou@example.net>", "Ξεχασμένο ζακετάκι", "general", "",
"""Καλημέρα,

Αποβιβαστήκαμε χθες στον Πειραιά από την καμπίνα 6032 και η κόρη μου
ξέχασε στην ντουλάπα ένα λευκό πλεκτό ζακετάκι, που της το είχε φτιάξει
η γιαγιά της. Αν το βρήκε η καθαρίστρια, μπορούμε να το πάρουμε από το
γραφείο σας στον Πειραιά;

Λήδα Πασχαλίδου"""),
# ---------------- Βιολογικά λαχανικά σε κουτί ----------------
("el", "gl-den-8eloume-kouti-2-evdomades", "Fotini Bio <fotini.bio@example.com>", "diakopes", "billing", "",
"""Geia! Fevgoume diakopes apo 3 ews 17 Avgoustou. Ta 2 koutia ekeinwn
twn evdomadwn na mhn erthoun kai na mhn ta plhrwsoume, kai apo 18
3ana kanonika. To vrhka kapou sto site alla den eimai sigourh an to
ekana swsta, emeine kati se "ekkremei".
Fwtinh"""),
("el", "gl-kouti-leipoun-proionta", "Iordanis Vl. <iordanis.vlachakis@example.org>", "kouti Pempths", "billing", "",
"""Kalhspera, sto kouti ths Pempths elleipan ta ayga (6tmx) kai to
mprokolo, pou ta egrafe h lista sto email. Plhrwsame kanonika 32 gia
olo to kouti. Mporeite na afairesete thn aksia tous apo to epomeno?
Iordanhs"""),
("el", "mikro-kouti-xreosi-megalo", "Σταματία Ρουσάκη <stamatia.rousaki@example.net>", "Αλλαγή μεγέθους", "billing", "",
"""Γεια σας,

Από τον Μάρτιο έχουμε αλλάξει στο μικρό κουτί (22€), γιατί τα παιδιά
πήγαν φοιτητές. Το κουτί που έρχεται είναι πράγματι το μικρό, αλλά
κάθε εβδομάδα φεύγουν 34€, όσο το μεγάλο. Τέσσερις εβδομάδες τώρα,
δηλαδή 48€ παραπάνω. Ελέγξτε το σας παρακαλώ.

Σταματία Ρουσάκη"""),
("el", "site-den-apothikeuei-protimiseis", "Μιλτιάδης Καρανίκας <miltiadis.karanikas@example.com>", "Προτιμήσεις κουτιού", "technical", "",
"""Καλησπέρα,

Στη σελίδα "Οι προτιμήσεις μου" τσεκάρω ότι δεν θέλω παντζάρια και
κολοκυθάκια και πατάω "Αποθήκευση". Γράφει "Αποθηκεύτηκε" αλλά αν
ανανεώσω τη σελίδα τα τικ έχουν φύγει. Και πράγματι, το κουτί ήρθε
ξανά με παντζάρια. Το δοκίμασα σε Firefox και Chrome.

Μιλτιάδης"""),
("el", "gl-meta-tin-allagh-kwdikou", "Anna Bio Lover <anna.biolover@example.org>", "kwdikos", "technical", "",
"""geia sas allaksa ton kwdiko moy xthes giati mou to zhthse to site, kai
twra me ton kainourgio leei "la8os stoixeia" kai me ton palio to idio.
ekana kai reset, hr8e to email, evala kainourgio, pali "la8os stoixeia".
8elw na allaksw thn ayriani paraggelia prin kleisei stis 12 ta
mesanyxta!!
Anna"""),
("el", "koumpi-antallagis-den-kanei-tipota", "Νεφέλη Θεοδωρίδου <nefeli.theodoridou@example.com>", "\"Αντάλλαξε\"", "technical", "",
"""Γεια σας,

Στην εφαρμογή, όταν πατάω το κουμπί "Αντάλλαξε" δίπλα σε ένα προϊόν του
κουτιού για να το αλλάξω με κάτι άλλο, δεν γίνεται απολύτως τίποτα. Ούτε
παράθυρο ανοίγει, ούτε μήνυμα. Τα υπόλοιπα κουμπιά δουλεύουν.
Εφαρμογή έκδοση 3.2.1, iPhone SE.

Νεφέλη"""),
("el", "spasmeno-gyali-salata-elegxos", "Ευφροσύνη Λαζαρίδου <effrosyni.lazaridou@example.net>", "Γυαλί στη σαλάτα", "general", "high",
"""Καλησπέρα,

Χθες το βράδυ, πλένοντας τη σακούλα με τα μαρούλια από το κουτί της
Τρίτης, βρήκα μέσα ένα κομμάτι γυαλί, περίπου δύο εκατοστά, με κοφτερή
άκρη. Δεν το καταπιε κανείς, το βρήκα πριν μπει στο πιάτο. Το έχω
φυλάξει με τη σακούλα και την ετικέτα (παρτίδα Σ-0711).

Σας γράφω για να ελεγχθεί η γραμμή συσκευασίας και να ειδοποιηθούν
όσοι πήραν την ίδια παρτίδα, γιατί πολλοί έχουν μικρά παιδιά.

Ευφροσύνη Λαζαρίδου"""),
("el", "syntages-protasi-kolokythi", "Ιωάννα Χαραλαμπίδου <ioanna.charalampidou@example.com>", "Ιδέα", "general", "",
"""Καλησπέρα!

Είμαστε πολύ ευχαριστημένοι με τα κουτιά, τα λαχανικά έχουν γεύση
άλλης εποχής. Μια ιδέα μόνο: πολλές φορές έρχονται πράγματα που δεν
ξέρουμε να μαγειρέψουμε (το κολοκύθι με τον λαιμό, το γογγύλι). Ένα
χαρτάκι με μία-δύο συνταγές μέσα στο κουτί θα βοηθούσε πολύ.

Ιωάννα"""),
# ---------------- Εφαρμογή εκμάθησης γλωσσών ----------------
("el", "etisia-den-tha-synexiso-italia", "Βικτώρια Παναγοπούλου <viktoria.panagopoulou@example.com>", "Ιταλικά", "billing", "",
"""Γεια σας,

Ξεκίνησα τα ιταλικά πέρσι τον Οκτώβριο για ένα ταξίδι, που τελικά έγινε
και πήγε πολύ καλά. Δεν σκοπεύω να συνεχίσω, οπότε δεν θέλω να
ξαναπληρώσω τον χρόνο που έρχεται. Δεν βρίσκω πού το κλείνω στην
εφαρμογή. Μπορείτε να το κάνετε εσείς ώστε τον Οκτώβριο να μη φύγει
τίποτα;

Βικτώρια"""),
("el", "gl-oikogeneiako-meta-ypovathmish", "Lakis Papan. <lakis.papan@example.net>", "oikogeniako", "billing", "",
"""Kalhmera. Ton Aprilio eixame to oikogeniako paketo gia 4 atoma kai
to phgame sto atomiko gia mena monaxa (ta paidia den to anoigan). Sto
logariasmo tou Mai pali 14,99 anti 7,99. Kai ton Iounio. Kai h efarmogh
leei "Atomiko". Thelw th diafora twn 2 mhnwn.
Lakhs"""),
("el", "xreosi-meta-akyrosi-trapeza-glossa", "Ανδρέας Κουκουλάκης <andreas.koukoulakis@example.org>", "Χρέωση μετά την ακύρωση", "billing", "high",
"""Στις 3 Μαρτίου ακύρωσα τη συνδρομή Premium από τις ρυθμίσεις της
εφαρμογής. Έχω το email επιβεβαίωσης ακύρωσης από εσάς, με ημερομηνία.
Στις 15 Μαρτίου πήρατε παρόλα αυτά 89,99€ για νέο έτος.

Έγραψα στην υποστήριξη και μου απάντησαν ότι "η ανανέωση είχε ήδη
προγραμματιστεί". Δεν είναι δικό μου πρόβλημα. Έχω ανοίξει αμφισβήτηση
της χρέωσης στην τράπεζα που εξέδωσε την κάρτα.

Ανδρέας Κουκουλάκης"""),
("el", "anagnorisi-fonis-den-akouei", "Σωτηρία Μελετοπούλου <sotiria.meletopoulou@example.com>", "Οι ασκήσεις ομιλίας", "technical", "",
"""Καλησπέρα,

Στις ασκήσεις ομιλίας, όταν πατάω το μικρόφωνο και μιλάω, η εφαρμογή
δεν καταγράφει τίποτα και μετά από λίγο λέει "Δεν σε ακούσαμε". Η άδεια
μικροφώνου είναι ενεργή, στο WhatsApp και στις φωνητικές σημειώσεις το
μικρόφωνο δουλεύει κανονικά. Δοκίμασα και με ακουστικά.

Σωτηρία"""),
("el", "gl-xathke-to-streak-den-sygxronizei", "Manolis Lingo <manolis.lingo@example.org>", "STREAK 412 MERES", "technical", "",
"""eixa streak 412 meres!!! xtes ekana to ma8hma sto tablet, to teleiwsa,
to eide. shmera sto kinhto leei streak 0 kai ta ma8hmata ths xtes den
yparxoun, san na mhn ta ekana. sto tablet fainontai. apo thn
teleutaia enhmerwsh den sygxronizoun ta dyo. ftiakste to kai
gyriste mou to streak parakalw
Manolhs"""),
("el", "gl-offline-lipsi-kollaei-0", "Xenofon Alex. <xenofon.alexandropoulos@example.net>", "offline", "technical", "",
"""Geia sas. Thn allh vdomada petaw gia Tokyo kai h8ela na katevasw tis
enothtes twn iapwnikwn na tis kanw sto aeroplano. Patw "Lhpsh gia
offline" kai h mpara menei sto 0% oso kai na perimenw, me wifi. Exw
40 GB eleu8era. Yparxei kapoio kolpo?
Xenofwn"""),
("el", "protasi-italika-apo-ellinika", "Δέσποινα Ανδρεάδου <despoina.andreadou@example.com>", "Πρόταση για μαθήματα", "general", "",
"""Καλησπέρα,

Θα ήθελα να προτείνω να φτιάξετε μαθήματα ιταλικών και ισπανικών με
βάση τα ελληνικά. Τώρα αναγκάζομαι να τα κάνω μέσα από τα αγγλικά, που
τα ξέρω αλλά όχι τέλεια, και συχνά μπερδεύομαι. Νομίζω ότι πολλοί
Έλληνες θα το ήθελαν.

Δέσποινα"""),
("el", "diagrafi-logariasmou-paidiou", "Θεοδοσία Παπακώστα <theodosia.papakosta@example.org>", "Διαγραφή λογαριασμού ανηλίκου", "general", "",
"""Καλησπέρα σας,

Ο γιος μου, 11 ετών, έφτιαξε λογαριασμό στην εφαρμογή σας χωρίς να το
ξέρουμε, με το email nikolas.pk2013@example.org. Δεν υπάρχει καμία
συνδρομή, είναι ο δωρεάν. Ζητώ να διαγραφεί ο λογαριασμός και όλα τα
δεδομένα του, και να μου επιβεβαιώσετε όταν γίνει.

Θεοδοσία Παπακώστα"""),
# ---------------- Δημοτικές υπηρεσίες ----------------
("el", "karta-stathmeusis-plirothike-dyo-fores", "Παρασκευάς Γκούμας <paraskevas.gkoumas@example.com>", "Κάρτα στάθμευσης κατοίκου", "billing", "",
"""Καλημέρα σας,

Κατά την ανανέωση της κάρτας στάθμευσης κατοίκου (ΙΧ ΥΑΚ 2281, Τομέας
Γ) μέσω της ηλεκτρονικής πλατφόρμας του Δήμου, το παράβολο των 30€
πληρώθηκε δύο φορές, στις 10:42 και στις 10:44, γιατί η σελίδα δεν
προχωρούσε. Εκδόθηκε μία κάρτα. Παρακαλώ για την επιστροφή του ενός
παραβόλου, ή να μου πείτε τη διαδικασία.

Παρασκευάς Γκούμας"""),
("el", "gl-karta-katoikou-metakomisa", "Marilena K. <marilena.k.dimotis@example.net>", "karta kathikou", "billing", "",
"""Kalhspera, eixa etisia karta sta8meushs katoikou ston Tomea A, thn
plhrwsa ton Ianouario gia olo to 2024 (60e). Ton Iounio metakomisa se
allo dhmo. Pairnw pisw kati gia tous mhnes pou menoun h xanetai?
Kai an ginetai, ti xartia xreiazontai.
Marilena"""),
("el", "klisi-plirothike-akoma-anexoflhth", "Ευάγγελος Τσαπραζής <evangelos.tsaprazis@example.org>", "Κλήση που έχω ήδη πληρώσει", "billing", "",
"""Αξιότιμοι κύριοι,

Στις 4 Απριλίου πλήρωσα μέσω τράπεζας την κλήση στάθμευσης με αριθμό
Κ-220481, 40€, με τον κωδικό πληρωμής που αναγράφεται πάνω της. Σήμερα
έλαβα επιστολή ότι η κλήση παραμένει ανεξόφλητη και θα βεβαιωθεί στην
εφορία με προσαύξηση. Επισυνάπτω το αποδεικτικό της τράπεζας.

Παρακαλώ να ενημερωθεί η καρτέλα μου.

Ευάγγελος Τσαπραζής"""),
("el", "platforma-dimou-taxisnet-sfalma", "Αφροδίτη Μανωλάκη <afroditi.manolaki@example.com>", "Η πλατφόρμα ηλεκτρονικών υπηρεσιών", "technical", "",
"""Καλησπέρα,

Προσπαθώ να κάνω αίτηση για κάρτα στάθμευσης από τις ηλεκτρονικές
υπηρεσίες του Δήμου. Πατάω "Σύνδεση μέσω TaxisNet", βάζω τους κωδικούς
μου στη σελίδα της ΓΓΠΣ, και μετά επιστρέφω στη σελίδα σας με το μήνυμα
"Σφάλμα ταυτοποίησης - invalid_state". Οι κωδικοί δουλεύουν κανονικά
στο gov.gr. Δοκίμασα και σε άλλον υπολογιστή.

Αφροδίτη Μανωλάκη"""),
("el", "gl-forma-anaforas-den-stelnei", "Thodoris Geitonas <thodoris.geitonas@example.org>", "efarmogh anaforwn", "technical", "",
"""Geia sas. Stin efarmogh tou dhmou gia anafores provlhmatwn, prospa8w 3
meres na anaferw ton kado pou einai gemismenos kai spasmenos sth gwnia
Dodekanhsou kai Samou. Vazw fwtografia kai topothesia, patw "Apostolh"
kai leei "sfalma diktyou". Xwris fwtografia to idio. To internet douleuei
mia xara.
Thodwrhs"""),
("el", "kolona-fotismou-gymna-kalodia-sxoleio", "Κυριακή Λαμπράκη <kyriaki.lamprak@example.net>", "Κολόνα φωτισμού έξω από το 5ο Δημοτικό", "technical", "high",
"""Καλημέρα σας,

Στη βάση της κολόνας φωτισμού ακριβώς έξω από την είσοδο του 5ου
Δημοτικού Σχολείου (οδός Αγ. Γεωργίου), το καπάκι λείπει και φαίνονται
γυμνά καλώδια. Χθες το βράδυ που έβρεχε είδα σπίθες εκεί. Τα παιδιά
περιμένουν το πρωί ακριβώς δίπλα, ακουμπάνε και κάθονται πάνω στη βάση.

Βάλαμε μια καρέκλα μπροστά για να μην πλησιάζουν, αλλά χρειάζεται
συνεργείο το συντομότερο.

Κυριακή Λαμπράκη"""),
("el", "gl-ogkodi-antikeimena-pote-perasma", "Simos Kar. <simos.karatzoglou@example.com>", "palios kanapes", "general", "",
"""Geia sas,
allaksame kanape kai 8eloume na petaksoume ton palio kai ena strwma.
Pws kleinoume rantevou gia paralavh ogkwdwn sth Nea Smyrnh? Ta vgazoume
sto pezodromio thn prohgoumenh mera h thn idia to prwi?
Simos"""),
("el", "efxaristo-syneryeio-kathariotitas", "Βασιλεία Φραγκούλη <vasileia.fragkouli@example.org>", "Ευχαριστίες στο συνεργείο καθαριότητας", "general", "",
"""Αξιότιμε κ. Δήμαρχε,

Θα ήθελα να ευχαριστήσω δημόσια το συνεργείο καθαριότητας που την
Κυριακή μετά την καταιγίδα καθάρισε μέσα σε λίγες ώρες την οδό Θάσου
από τα κλαδιά και τις λάσπες. Οι εργαζόμενοι δούλευαν από τις 6 το
πρωί χωρίς διάλειμμα και με χαμόγελο. Αξίζουν έναν καλό λόγο.

Με εκτίμηση,
Βασιλεία Φραγκούλη"""),
]
