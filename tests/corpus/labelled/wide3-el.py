# wide3-el.py -- a third wide batch of Greek ("el") labelled mails over
# many kinds of business, for training.  Customers of clinics and labs,
# pharmacies, dental and physio chains, universities and exam boards,
# camps, tour operators, campsites, car sharing, tolls and parking,
# marketplaces and auctions, pay-later shops, newspapers, audiobooks,
# game subscriptions, translators, tax preparers, funeral homes, smart
# locks and cameras, solar leasing, boiler cover, repair by post,
# museums, races, pet sitters, online supermarkets, restaurants, school
# meals, swimming and climbing schools -- writing about money, faults and
# everything else, in Greek script and in Greeklish.  Same tuple format
# as batch16.py.
M += [
# ---------------- clinics and medical labs ----------------
("el", "w3-lab-aimatologikes-diplo", "Σταυρούλα Κεχαγιά <stavroula.kechagia@example.gr>", "Αιματολογικές εξετάσεις 14/3", "billing", "",
"""Καλημέρα σας,

Έκανα αιματολογικές στο κέντρο σας στο Μαρούσι την Πέμπτη. Είχα
πληρώσει το πακέτο online από το βράδυ (62€), αλλά στη ρεσεψιόν η
κοπέλα δεν το βρήκε στο σύστημα και μου ζήτησε να πληρώσω ξανά, οπότε
έδωσα την κάρτα μου. Τώρα στην τράπεζα βλέπω δύο φορές τα 62€.

Σας επισυνάπτω και τις δύο αποδείξεις. Μπορείτε να μου γυρίσετε τη
μία;

Σταυρούλα Κεχαγιά"""),
("el", "w3-gl-lab-apotelesmata-den-anoigoun", "Makis T. <makis.tsol@example.gr>", "apotelesmata", "technical", "",
"""kalhspera, mou hr8e sms oti ta apotelesmata einai etoima alla otan
pataw to link kai vazw ton kwdiko apo thn apodeiksh mou vgazei
"To αρχείο δεν είναι διαθέσιμο" kai meta mia leukh selida. To dokimasa
apo kinhto kai apo laptop. o giatros ta 8elei thn Deutera.
Makhs"""),
("el", "w3-kliniki-asfalistiki-ekptosi-den-mpike", "Αντώνης Ρεμούνδος <a.remoundos@example.gr>", "Λογαριασμός εξωτερικών ιατρείων", "billing", "",
"""Καλησπέρα,

Είμαι ασφαλισμένος στο ομαδικό πρόγραμμα της εταιρείας μου, το οποίο
συνεργάζεται με την κλινική σας. Την προηγούμενη φορά για την ίδια
εξέταση (υπέρηχος άνω κοιλίας) πλήρωσα 35€. Χθες μου ζήτησαν 75€. Τι
άλλαξε; Μήπως δεν πέρασε η κάρτα ασφάλισης; Αν ναι, θέλω πίσω τα 40.

Α. Ρεμούνδος
ΑΜΚΑ στο αρχείο σας"""),
("el", "w3-lab-portal-iatron-pesmeno", "Ιατρείο Δρ. Καλλέργη <grammateia@iatreio-kallergi.example>", "ΕΠΕΙΓΟΝ - δεν βλέπουμε κανένα αποτέλεσμα", "technical", "high",
"""Καλημέρα,

Από τις 8 το πρωί η πύλη ιατρών σας δεν φορτώνει καθόλου. Μπαίνουμε με
τους κωδικούς μας και μένει στο "Φόρτωση παραπεμπτικών...". Έχουμε
αίθουσα αναμονής γεμάτη ασθενείς που ήρθαν για να δει ο γιατρός τις
εξετάσεις τους και δεν μπορούμε να τους εξυπηρετήσουμε. Μιλήσαμε και
με άλλα δύο ιατρεία της περιοχής, το ίδιο πρόβλημα.

Παρακαλώ καλέστε μας στο 210 6000 913.

Ρένα Μαυρίδου
Γραμματεία"""),
("el", "w3-kliniki-nosileia-dikigoros", "Ιωσήφ Ζαχαρίου <iosif.zachariou@example.gr>", "Λογαριασμός νοσηλείας αρ. 2024/8812", "billing", "high",
"""Κύριοι,

Στις 6 Φεβρουαρίου η μητέρα μου νοσηλεύτηκε στην κλινική σας για μία
νύχτα. Πριν την εισαγωγή μάς διαβεβαιώσατε γραπτώς ότι η ασφαλιστική
καλύπτει το σύνολο. Τώρα λαμβάνουμε λογαριασμό 1.430€ για "υλικά εκτός
κάλυψης" που κανείς δεν μας ανέφερε.

Δεν πρόκειται να καταβάλουμε το ποσό αυτό. Έχω ήδη παραδώσει τον φάκελο
στον δικηγόρο μας και, αν δεν ακυρωθεί ο λογαριασμός εντός δέκα
ημερών, θα κινηθούμε νομικά.

Ιωσήφ Ζαχαρίου"""),
("el", "w3-gl-lab-nisteia-savvato", "Dimitra K. <dimitra.kap@example.gr>", "erwthsh gia to check up", "general", "",
"""Geia sas,
eida sto site oti to check up (gia gynaikes 40+) einai 89 euro. Prepei
na eimai nhsths? kai to Savvato anoigete apo tis 7:30 h apo tis 8? Den
8elw na kleisw rantevou, 8a er8w etsi.
eyxaristw
Dhmhtra"""),
("el", "w3-kliniki-efxaristo-nosileftries", "Ευτέρπη Λαγκαδά <efterpi.lagada@example.gr>", "Ένα μεγάλο ευχαριστώ στη 2η πτέρυγα", "general", "",
"""Αγαπητοί μου,

Νοσηλεύτηκα πέντε μέρες τον Ιανουάριο στη 2η πτέρυγα μετά από το
χειρουργείο στο ισχίο. Θέλω να ευχαριστήσω ονομαστικά τη νοσηλεύτρια
Θεοδώρα και τον νοσηλευτή Άλκη που με πρόσεχαν σαν δική τους γιαγιά.
Και ο λογαριασμός τακτοποιήθηκε με την ασφαλιστική χωρίς να χρειαστεί
να κάνω εγώ τίποτα, κάτι σπάνιο.

Να είστε όλοι καλά.
Ευτέρπη Λαγκαδά, 81 ετών"""),
# ---------------- online pharmacy ----------------
("el", "w3-farmakeio-syntagi-den-perna", "Παναγιώτης Σκούρτης <p.skourtis@example.gr>", "Ηλεκτρονική συνταγή", "technical", "",
"""Γεια σας,

Προσπαθώ να βάλω τον κωδικό της ηλεκτρονικής συνταγής (20 ψηφία,
τον αντέγραψα από το SMS) στο καλάθι και μου βγάζει "Μη έγκυρος
κωδικός συνταγής". Την ίδια συνταγή το φαρμακείο της γειτονιάς τη
βλέπει κανονικά, την έλεγξα. Ο browser είναι Chrome στο κινητό.

Παναγιώτης"""),
("el", "w3-gl-farmakeio-leipei-h-krema", "Sofia V. <sofia.vla@example.gr>", "Paraggelia 40219", "billing", "",
"""Kalhmera, sthn paraggelia 40219 eixa 3 pragmata alla sto kouti
hr8an mono ta 2, leipei h krema gia ta matia (12,40). Sthn apodeiksh
mesa einai grammenh kai thn plhrwsa. Mhn mou thn steilete, thn phra
apo allou, apla 8elw ta 12,40 pisw sthn karta.
Sofia"""),
("el", "w3-farmakeio-piesomtro-kapnise", "Ηλίας Ντόκος <ilias.ntokos@example.gr>", "Πιεσόμετρο", "technical", "high",
"""Καλημέρα.

Το ψηφιακό πιεσόμετρο μπράτσου που αγόρασα από εσάς πριν από ένα μήνα
το είχα στην πρίζα με το τροφοδοτικό του. Σήμερα το πρωί μύριζε καμένο
και από τη θήκη των μπαταριών έβγαινε λίγος καπνός. Το πλαστικό γύρω
από την υποδοχή έχει λιώσει. Το αποσύνδεσα και το έβγαλα έξω.

Σας ενημερώνω ψύχραιμα, αλλά πιστεύω ότι πρέπει να το ξέρετε, ίσως να
μην είναι το μόνο.

Ηλίας Ντόκος"""),
("el", "w3-gl-farmakeio-vitamines-kathe-mina", "Lena Papa <lena.papa@example.gr>", "vitamines", "billing", "",
"""geia sas, o giatros mou eipe na stamathsw to sidhro kai th vitamini D
gia kapoio diasthma. opote apo ton epomeno mhna den xreiazomai to kouti
pou erxetai ka8e 15 tou mhna, oute na fygoun lefta apo thn karta.
an xreiastei ksana 8a sas grapsw.
Lena"""),
("el", "w3-farmakeio-kodikos-sms-den-erxetai", "Χρύσα Αλεξίου <chrysa.alexiou@example.gr>", "Δεν μπορώ να μπω στον λογαριασμό", "technical", "",
"""Καλησπέρα, από χθες για να συνδεθώ μου ζητάει κωδικό που έρχεται με
SMS. Το SMS δεν έρχεται ποτέ. Πάτησα "Αποστολή ξανά" καμιά δεκαριά
φορές. Το νούμερο είναι σωστό, από άλλες εταιρείες μου έρχονται
κανονικά τα μηνύματα.
Χρύσα"""),
("el", "w3-farmakeio-emvolio-gripis-paralavi", "Νικηφόρος Λιάπης <nikiforos.liapis@example.gr>", "Εμβόλιο γρίπης", "general", "",
"""Καλημέρα,

Έχετε φέτος το εμβόλιο της γρίπης και μπορώ να το παραλάβω από το
φυσικό σας φαρμακείο στην Καλαμαριά αντί για αποστολή; Επειδή θέλει
ψυγείο, δεν θέλω να κάνει βόλτες με το κούριερ.

Ευχαριστώ,
Ν. Λιάπης"""),
("el", "w3-farmakeio-apodeixi-gia-efka", "ΜΑΡΙΑ ΚΟΥΤΡΟΥΛΗ <maria.koutrouli@example.gr>", "ΑΠΟΔΕΙΞΗ", "billing", "",
"""ΚΑΛΗΜΕΡΑ ΣΑΣ ΧΡΕΙΑΖΟΜΑΙ ΑΠΟΔΕΙΞΗ ΜΕ ΤΟ ΑΦΜ ΜΟΥ ΓΙΑ ΤΙΣ ΠΑΡΑΓΓΕΛΙΕΣ
ΤΟΥ ΙΑΝΟΥΑΡΙΟΥ ΚΑΙ ΦΕΒΡΟΥΑΡΙΟΥ ΓΙΑ ΝΑ ΤΙΣ ΒΑΛΩ ΣΤΗΝ ΦΟΡΟΛΟΓΙΚΗ. ΑΦΜ
000111222. ΟΙ ΠΑΡΑΓΓΕΛΙΕΣ ΕΙΝΑΙ 39811 ΚΑΙ 40102.
ΕΥΧΑΡΙΣΤΩ ΜΑΡΙΑ ΚΟΥΤΡΟΥΛΗ"""),
# ---------------- physiotherapy and dental chains ----------------
("el", "w3-odontiatreio-prokatavoli-emfyteuma", "Γεράσιμος Βλαχάκης <gerasimos.vlachakis@example.gr>", "Προκαταβολή εμφυτεύματος - τελευταία ενημέρωση", "billing", "high",
"""Κύριοι,

Τον Νοέμβριο κατέβαλα στο οδοντιατρικό σας κέντρο στο Χαλάνδρι
προκαταβολή 600€ για εμφύτευμα. Το ραντεβού ακυρώθηκε δύο φορές από
εσάς, και τώρα μου λέτε ότι ο γιατρός έφυγε από την αλυσίδα και ότι
"θα δούμε" για τα χρήματα.

Δεν θα συνεχίσω τη θεραπεία σε εσάς. Αν τα 600€ δεν επιστραφούν μέχρι
το τέλος του μήνα, θα υποβάλω καταγγελία στον Συνήγορο του Καταναλωτή.

Γεράσιμος Βλαχάκης"""),
("el", "w3-gl-fysio-paketo-10-synedries", "Christos Ant. <christos.ant@example.gr>", "paketo fysiko8erapeias", "billing", "",
"""Geia sas,
eixa parei to paketo twn 10 synedriwn (250 euro) sto katasthma sthn
Kalamaria. Exw kanei 6. Metaferomai me th douleia sta Giannena apo thn
1h tou mhna kai den 8a mporesw na kanw tis ypoloipes 4. Ginetai na mou
epistrepsete tis 4 pou perissevoun? H eksa ths8hshs sas sta Giannena
den exete.

Xristos Antwniou"""),
("el", "w3-odontiatreio-efarmogi-rantevou-sfalma", "Ολυμπία Τσακίρη <olympia.tsakiri@example.gr>", "Κλείσιμο ραντεβού από την εφαρμογή", "technical", "",
"""Καλημέρα σας,

Όταν διαλέγω ώρα για καθαρισμό στο κατάστημα της Νέας Σμύρνης και
πατάω "Επιβεβαίωση", η εφαρμογή βγάζει "Σφάλμα διακομιστή (500)" και
με γυρίζει στην αρχή. Το έχω δοκιμάσει τρεις μέρες τώρα. Σε άλλα
καταστήματα δεν δοκίμασα γιατί δεν με βολεύουν.

Ολυμπία"""),
("el", "w3-fysio-tens-sfyxtes-reuma", "Λάμπρος Χειλάκης <lampros.cheilakis@example.gr>", "Συσκευή ηλεκτροθεραπείας που νοικιάσαμε", "technical", "high",
"""Γεια σας,

Νοικιάσαμε από το κέντρο σας στο Ηράκλειο φορητή συσκευή TENS για
τη μέση της γυναίκας μου. Από χθες, όταν ανεβάζει την ένταση πάνω από
το 4, τη χτυπάει απότομα σαν ρεύμα, με τσίμπημα που πονάει και κοκκινίλα
στο σημείο. Το καλώδιο στο ένα ηλεκτρόδιο είναι φαγωμένο κοντά στο
βύσμα. Το σταματήσαμε.

Πότε μπορούμε να την αλλάξουμε;

Λάμπρος"""),
("el", "w3-gl-odontiatreio-efxaristw-giatro", "Vasw M. <vaso.mich@example.gr>", "h giatros Eleni", "general", "",
"""kalhspera, 8elw na pw ena megalo eyxaristw sthn odontiatro Eleni sto
katasthma ths Patras. o gios mou einai 6 xronwn kai trelainotan apo
fovo. h Eleni tou eksigise ta panta me ena koukla dinosauro kai
telika anoikse to stoma tou monos tou!! prwth fora fygame xamogelastoi
Vasw"""),
("el", "w3-odontiatreio-timi-tilefono-alli", "Κυριάκος Μπέσιος <kyriakos.besios@example.gr>", "Γεια σας", "billing", "",
"""Στο τηλέφωνο μου είπατε ότι η πρώτη επίσκεψη με την πανοραμική κοστίζει
30€. Στη ρεσεψιόν μου πήραν 50€ και μου είπαν ότι η πανοραμική είναι
"ξεχωριστά". Θα ήθελα τα 20€ πίσω ή τουλάχιστον μια εξήγηση, γιατί έτσι
αλλάζουν οι όροι στην πόρτα.

Κυριάκος Μπέσιος"""),
("el", "w3-fysio-allagi-stoixeion-epikoinonias", "Δέσποινα Καραγιάννη <despoina.karagianni@example.gr>", "Νέο κινητό και διεύθυνση", "general", "",
"""Καλησπέρα σας,

Παρακαλώ ενημερώστε την καρτέλα μου: νέο κινητό 6944 000 237 και
νέα διεύθυνση Ερμού 41, 41222 Λάρισα. Τα υπενθυμιστικά των ραντεβού
πηγαίνουν ακόμα στο παλιό νούμερο.

Ευχαριστώ,
Δέσποινα Καραγιάννη"""),
# ---------------- universities and exam boards ----------------
("el", "w3-panepistimio-didaktra-doseis", "Ευάγγελος Τσιάρας <vangelis.tsiaras@example.gr>", "Δίδακτρα μεταπτυχιακού", "billing", "",
"""Αξιότιμοι κύριοι,

Έγινα δεκτός στο μεταπτυχιακό πρόγραμμα Διοίκησης Επιχειρήσεων για το
νέο ακαδημαϊκό έτος. Τα δίδακτρα του πρώτου έτους είναι 4.200€. Υπάρχει
δυνατότητα καταβολής σε δόσεις, και αν ναι, σε πόσες και με ποιον
τρόπο (τραπεζική κατάθεση ή κάρτα);

Με εκτίμηση,
Ευάγγελος Τσιάρας"""),
("el", "w3-gl-exetaseis-pistopoihtiko-lathos-onoma", "Kwnstantina Ks. <konstantina.x@example.gr>", "pistopoihtiko agglikwn", "general", "",
"""Kalhmera,
phra to pistopoihtiko apo tis eksetaseis tou Maiou kai to epi8eto
mou grafei XATZHGIANNH anti gia XATZIGIANNI. To xreiazomai gia
aithsh se metaptyxiako kai 8a mou to zhthsoun me ta idia stoixeia
me thn tautothta. Ti prepei na kanw gia na vgei swsto?
Kwnstantina Xatzigianni"""),
("el", "w3-exetaseis-platforma-epese-kata-tin-exetasi", "Κέντρο Ξένων Γλωσσών Ορίζων <info@kxg-orizon.example>", "Κατάρρευση πλατφόρμας - εξεταστικό κέντρο 118", "technical", "high",
"""Καλησπέρα σας,

Είμαστε εξεταστικό κέντρο (κωδ. 118). Σήμερα στις 10:20, είκοσι λεπτά
μετά την έναρξη της ηλεκτρονικής εξέτασης Β2, η πλατφόρμα αποσύνδεσε
ταυτόχρονα και τους 42 υποψηφίους με μήνυμα "Session expired". Όταν
ξαναμπήκαν, οι απαντήσεις τους είχαν χαθεί. Τα παιδιά περιμένουν στην
αίθουσα και οι γονείς είναι ήδη απ' έξω.

Χρειαζόμαστε άμεσα οδηγίες. Τηλ. 2310 000 552.

Ματίνα Ρήγα
Υπεύθυνη Εξεταστικού Κέντρου"""),
("el", "w3-gl-panepistimio-portal-kodikos", "nikos_k <nikos.k.2003@example.gr>", "den mpainw sto portal", "technical", "",
"""geia sas. ekana epanafora kwdikou sto foithtiko portal xtes
(gia na dw ba8mous) kai twra me ton kainourgio kwdiko leei
"λάθος όνομα χρήστη ή κωδικός". dokimasa kai ton palio, tipota.
to username einai to idio me prin. ti na kanw?
Nikos, AM 1092xxx"""),
("el", "w3-exetaseis-paravolo-dyo-fores", "Αγλαΐα Ρούσσου <aglaia.roussou@example.gr>", "Παράβολο εξέτασης - αρ. υποψηφίου 55018", "billing", "",
"""Καλημέρα,

Για την εξέταση του Ιουνίου πλήρωσα το παράβολο (95€) με τραπεζική
κατάθεση, όπως έλεγαν οι οδηγίες. Μετά από μια εβδομάδα η αίτηση έδειχνε
ακόμα "εκκρεμεί πληρωμή", οπότε ξαναπλήρωσα με κάρτα από τη σελίδα.
Τώρα η αίτηση είναι εντάξει, αλλά έχω δώσει 190€. Το αποδεικτικό της
κατάθεσης το επισυνάπτω.

Αγλαΐα Ρούσσου"""),
("el", "w3-panepistimio-diakopi-spoudon-proistamenos", "Φραγκίσκος Ζερβός <fragkiskos.zervos@example.gr>", "Re: Re: Διακοπή φοίτησης - επιστροφή διδάκτρων", "billing", "high",
"""Τρίτη φορά που γράφω και τρίτη φορά που παίρνω την ίδια έτοιμη
απάντηση. Διέκοψα τη φοίτηση στις 3 Οκτωβρίου, μέσα στην προθεσμία των
14 ημερών που γράφει ο κανονισμός σας, και ακόμα δεν έχω πάρει πίσω
ούτε ευρώ από τα 2.100 του εξαμήνου.

Δεν θέλω άλλο email από τη γραμματεία. Θέλω να με πάρει τηλέφωνο ο
προϊστάμενος του οικονομικού τμήματος. 6977 000 190.

Φ. Ζερβός

> Αγαπητέ φοιτητή,
> το αίτημά σας έχει καταχωριστεί και θα εξεταστεί με τη σειρά του.
> Γραμματεία Προγράμματος"""),
("el", "w3-gl-panepistimio-vivliothiki-exetastiki", "elenitsa <elenitsa.g@example.gr>", "vivlio8hkh", "general", "",
"""kalhspera! sthn eksetastikh tou Iouniou h vivlio8hkh menei anoixth
ws ta mesanyxta opws pernysi h oxi? kai to Savvato? 8elw na kanonisw
na diavazw ekei me tis filenades mou
eyxaristw :)"""),
("el", "w3-gl-exetaseis-apotelesmata-pote-vgainoun", "Σπύρος Δεληγιάννης <spyros.deligiannis@example.gr>", "αποτελέσματα", "general", "",
"""Kalhspera, edwsa tis eksetaseis pistopoihshs plhroforikhs stis 18 tou
mhna. Pote peripou vgainoun ta apotelesmata kai pou 8a ta dw, me email
h sto site? Eyxaristw. Spyros"""),
# ---------------- summer camps ----------------
("el", "w3-kataskinosi-giati-12-parapano", "Θεοπίστη Μαργαρίτη <theopisti.margariti@example.gr>", "Δεύτερη δόση κατασκήνωσης", "billing", "",
"""Καλημέρα σας,

Για τη δεύτερη περίοδο (τον Ιούλιο) είχαμε συμφωνήσει 480€ για τον
Αλέξη, σε δύο δόσεις των 240€. Η πρώτη πέρασε κανονικά. Για τη
δεύτερη μού ήρθε ειδοποίηση για 252€. Γιατί 12 παραπάνω; Το λεωφορείο
από την Αθήνα μάς είχατε πει ότι περιλαμβάνεται.

Θεοπίστη Μαργαρίτη"""),
("el", "w3-gl-kataskinosi-espase-to-xeri", "Stelios Karr. <stelios.karr@example.gr>", "den 8a er8ei o Giwrgos", "billing", "",
"""Geia sas
o gios mas o Giwrgos espase to xeri tou sto podosfairo xtes kai exei
gypso gia 6 evdomades. Opote den ginetai na paei kataskhnwsh ton
Iouli. Exoume plhrwsei olo to poso (520). Ti mporoume na paroume pisw?
Exoume kai iatriko pistopoihtiko an to 8elete.
Stelios Karras"""),
("el", "w3-kataskinosi-fystiki-allergia", "Ανθή Πετροπούλου <anthi.petropoulou@example.gr>", "Η κόρη μου πήρε φυστίκι παρά την καρτέλα υγείας", "general", "high",
"""Καλησπέρα,

Στην καρτέλα υγείας της Μυρτώς γράφει με κεφαλαία ότι έχει σοβαρή
αλλεργία στα φιστίκια. Χθες στο απογευματινό σνακ της δόθηκε μπάρα
δημητριακών με φυστικοβούτυρο. Πρήστηκαν τα χείλη της και χρειάστηκε
η αδρεναλίνη από το δικό της στυλό. Ευτυχώς η νοσηλεύτρια της
κατασκήνωσης αντέδρασε γρήγορα και τώρα είναι καλά.

Θέλω να μάθω πώς συνέβη και τι θα αλλάξει, γιατί σε δέκα μέρες έχει
τη δεύτερη περίοδο και δεν ξέρω αν θα την αφήσω.

Ανθή Πετροπούλου"""),
("el", "w3-kataskinosi-efarmogi-fotografies", "Παύλος Ιατρίδης <pavlos.iatridis@example.gr>", "Εφαρμογή γονέων", "technical", "",
"""Γεια σας, από την ενημέρωση της Δευτέρας η εφαρμογή γονέων δεν δείχνει
τις φωτογραφίες της ημέρας. Βλέπω μόνο γκρι τετράγωνα με ένα θαυμαστικό.
Τα μηνύματα και το πρόγραμμα φαίνονται κανονικά. Έχω iPhone 12. Η
γυναίκα μου με Android τις βλέπει.

Παύλος"""),
("el", "w3-gl-kataskinosi-ti-na-paroun-mazi", "Roula D. <roula.dim@example.gr>", "erwthsh", "general", "",
"""geia sas prwth fora paei h mikrh kataskhnwsh kai exw xa8ei. yparxei
kapoia lista me ti na valoume sth valitsa? xreiazetai ypnosakos h exete
sentonia? kai kinhto epitrepetai h to kratate esis?
Roula"""),
("el", "w3-kataskinosi-ekptosi-aderfion", "Νεκτάριος Γουλιέλμος <nektarios.goulielmos@example.gr>", "Έκπτωση αδελφών", "billing", "",
"""Καλημέρα σας,

Γράψαμε και τα δύο μας παιδιά για την πρώτη περίοδο. Στο φυλλάδιο σας
λέτε ότι το δεύτερο παιδί έχει 15% έκπτωση, αλλά στην επιβεβαίωση
πληρωμής και τα δύο είναι στην πλήρη τιμή (2 x 460€). Μπορείτε να
διορθώσετε το ποσό;

Ευχαριστώ,
Νεκτάριος"""),
("el", "w3-kataskinosi-forma-eggrafis-kollaei", "Ισμήνη Αργυρού <ismini.argyrou@example.gr>", "Η φόρμα εγγραφής δεν προχωράει", "technical", "",
"""Καλησπέρα,

Στο βήμα 3 της ηλεκτρονικής εγγραφής, όταν ανεβάζω την ιατρική
βεβαίωση (PDF, 1,2MB), η μπάρα φτάνει στο 100% και μετά δεν γίνεται
τίποτα. Το κουμπί "Επόμενο" μένει γκρι. Δοκίμασα και με φωτογραφία JPG,
το ίδιο. Σε δύο μέρες κλείνουν οι εγγραφές, γι' αυτό βιάζομαι λίγο.

Ισμήνη"""),
# ---------------- tour operators ----------------
("el", "w3-taxidi-akyrosi-mono-voucher-dikigoros", "Απόστολος Μαυρογένης <apostolos.mavrogenis@example.gr>", "Κράτηση TR-66120 - Ακύρωση εκδρομής Πράγας", "billing", "high",
"""Κύριοι,

Ακυρώσατε εσείς την εκδρομή στην Πράγα (3-7 Απριλίου) λόγω "μη
συμπλήρωσης ελάχιστου αριθμού". Για τα 1.360€ που πληρώσαμε για δύο
άτομα μου προσφέρετε μόνο πιστωτικό σημείωμα για μελλοντικό ταξίδι.

Δεν το δέχομαι. Η οδηγία για τα πακέτα ταξιδιών είναι σαφής: όταν
ακυρώνει ο διοργανωτής, ο πελάτης δικαιούται πλήρη επιστροφή χρημάτων
εντός 14 ημερών. Αν δεν την έχω λάβει ως τις 20 του μήνα, η υπόθεση
πηγαίνει στον δικηγόρο μου και στη Γενική Γραμματεία Εμπορίου.

Απόστολος Μαυρογένης"""),
("el", "w3-gl-ekdromi-meteora-paralavi", "Thanasis G. <thanasis.gian@example.gr>", "Meteora Kyriakh", "general", "",
"""Kalhmera, exoume kleisei thn hmerhsia ekdromh sta Meteora thn
Kyriakh (plhrwsame 2x65 ola kala). Poia wra akrivws kai apo pou
ginetai h paralavh? Menoume sto ksenodoxeio konta sthn Omonoia. Kai
na paroume fagito h stamatame kapou?
Thanashs"""),
("el", "w3-taxidi-epivarynsi-kausimon", "Χαρίκλεια Σταμάτη <chariklia.stamati@example.gr>", "Επιπλέον ποσό μετά την εξόφληση", "billing", "",
"""Καλησπέρα σας,

Έχω εξοφλήσει από τον Ιανουάριο το πακέτο για Κωνσταντινούπολη (κράτηση
TR-65502). Χθες μου ήρθε email ότι πρέπει να καταβάλω 35€ ανά άτομο
"προσαρμογή καυσίμων". Μπορείτε να ζητήσετε επιπλέον χρήματα αφού έχω
πληρώσει την τιμή που μου δώσατε; Και με ποια βάση υπολογίστηκε;

Χαρίκλεια Σταμάτη"""),
("el", "w3-taxidi-eisitiria-pdf-kena", "Ορφέας Πανταζής <orfeas.pantazis@example.gr>", "Τα ηλεκτρονικά εισιτήρια είναι άδεια", "technical", "",
"""Γεια σας, κατέβασα από την περιοχή πελάτη τα ηλεκτρονικά εισιτήρια για
την κρουαζιέρα της Παρασκευής, αλλά το PDF ανοίγει με μία λευκή σελίδα,
μόνο το λογότυπο πάνω. Το ίδιο και στο κινητό. Φεύγουμε μεθαύριο οπότε
θέλω να τα έχω τυπωμένα. Κράτηση TR-66981.

Ορφέας"""),
("el", "w3-gl-taxidi-ta-phrate-dyo-fores", "kiki <kiki.mel@example.gr>", "Κρατηση TR-66210", "billing", "",
"""geia sas, ta 320 gia th Naxo ta phrate dyo fores apo thn karta. mia
sthn krathsh kai mia ksana meta apo 2 meres xwris logo. sto email exw
mono mia krathsh. parakalw gyriste ta ta alla 320
Kyriakh Meletiou"""),
("el", "w3-taxidi-xenagos-efxaristo", "Ροδάνθη Κουκουλάκη <rodanthi.koukoulaki@example.gr>", "Η ξενάγησή μας στην Πελοπόννησο", "general", "",
"""Καλησπέρα σας,

Γυρίσαμε χθες από το τετραήμερο στην Πελοπόννησο και θέλω να σας πω ότι
η ξεναγός μας, η κυρία Αλεξάνδρα, ήταν εξαιρετική. Στη Μονεμβασιά,
όταν ζαλίστηκε ο σύζυγός μου, έμεινε μαζί μας μέχρι να συνέλθει, χωρίς
να χαλάσει το πρόγραμμα των υπολοίπων. Και οι γνώσεις της, απίστευτες.

Μια μικρή πρόταση: το λεωφορείο θα μπορούσε να κάνει μία στάση
παραπάνω στις μεγάλες διαδρομές.

Ροδάνθη Κουκουλάκη"""),
("el", "w3-taxidi-b2b-kratiseis-ektos", "Ταξιδιωτικό Γραφείο Αιγαίο <grafeio@aigaio-travel.example>", "Σύστημα κρατήσεων συνεργατών - ΔΕΝ ΕΚΔΙΔΕΙ", "technical", "high",
"""Καλημέρα,

Είμαστε συνεργαζόμενο πρακτορείο (κωδ. συνεργάτη Π-0412). Από χθες το
απόγευμα η πύλη συνεργατών δεν εκδίδει κανένα voucher: πατάμε
"Έκδοση" και μένει σε αναμονή μέχρι να λήξει η σύνδεση. Έχουμε δώδεκα
πελάτες που αναχωρούν αύριο και ζητούν τα έγγραφά τους, και το γραφείο
έχει ουσιαστικά σταματήσει να πουλάει τα πακέτα σας.

Παρακαλούμε για άμεση επικοινωνία: 22810 00 440.

Μιχάλης Ραφαηλίδης"""),
# ---------------- campsites and glamping ----------------
("el", "w3-camping-paroxi-reumatos-spinthires", "Ξενοφών Λιάκος <xenofon.liakos@example.gr>", "Πίνακας ρεύματος θέση 42", "technical", "high",
"""Καλησπέρα,

Είμαστε με τροχόσπιτο στη θέση 42. Σήμερα το απόγευμα, όταν βάλαμε το
καλώδιο στον πίλαρ του ρεύματος, πετάχτηκαν σπίθες από την πρίζα και
τώρα το κουτί μυρίζει καμένο. Η πλαστική πόρτα του πίλαρ έχει μαυρίσει
από μέσα. Βγάλαμε το καλώδιο και δεν ακουμπάμε τίποτα. Δίπλα παίζουν
παιδιά από άλλες σκηνές, θα ήταν καλό να το δει κάποιος σήμερα.

Η ρεσεψιόν είναι κλειστή μετά τις 9, γι' αυτό γράφω εδώ.

Ξενοφών Λιάκος"""),
("el", "w3-gl-glamping-wifi-den-syndeetai", "Marina L. <marina.lia@example.gr>", "wifi skhnh 7", "technical", "",
"""geia, sthn skhnh 7 (safari) to wifi fainetai alla o kwdikos pou
grafei h karta sto trapezaki den ton dexetai, leei "λανθασμένος
κωδικός". Dokimasame me kefalaia kai mikra. Exw douleia apo edw to
prwi thn Triti, mporei na mou steilete ton swsto?
Marina"""),
("el", "w3-camping-kataigida-prokatavoli", "Ζωή Καλλιγά <zoi.kalliga@example.gr>", "Κράτηση 18-25 Αυγούστου", "billing", "",
"""Καλημέρα σας,

Μετά την καταιγίδα της προηγούμενης εβδομάδας ανακοινώσατε ότι το
κάμπινγκ μένει κλειστό μέχρι τέλος Αυγούστου. Εμείς είχαμε κράτηση
18-25/8 και πληρώσαμε 150€ προκαταβολή. Πώς θα μας επιστραφεί; Σε
λογαριασμό ή στην κάρτα από την οποία πληρώσαμε;

Ζωή Καλλιγά"""),
("el", "w3-gl-glamping-skylos-epitrepetai", "Ηρακλής Μουζάκης <iraklis.mouzakis@example.gr>", "σκύλος", "general", "",
"""Geia sas, epitrepontai skyloi stis skhnes glamping h mono stis 8eseis
kataskhnwshs? Exoume ena mesaio lamprantor, poly hsyxo. Skeftomaste
treis nyxtes sta teleia tou Septemvrh.

Iraklhs"""),
("el", "w3-gl-camping-xreosate-4-atoma", "Giorgos Plak. <giorgos.plak@example.gr>", "Logariasmos camping", "billing", "",
"""Kalhspera,
meiname sth 8esh 15 apo 2 ews 9 Iouliou. Eimastan 3 atoma (2
enhlikes kai ena paidi 6 xronwn). Sto logariasmo pou plhrwsa sthn
eksodo mas xrewsate 4 atoma, dhladh ena enhlika parapanw gia 7
nyxtes. Thn apodeiksh thn eida sto spiti. Mporeite na to koitakete
kai na mou gyrisete th diafora?
Giwrgos Plakias"""),
("el", "w3-glamping-zesto-nero-kalyva", "Φανή Ζαφειρίου <fani.zafeiriou@example.gr>", "Ζεστό νερό - καλύβα «Πεύκο»", "technical", "",
"""Καλημέρα,

Στην καλύβα «Πεύκο» το ντους βγάζει μόνο κρύο νερό από χθες. Ο
ηλιακός στη σκεπή μοιάζει κανονικός και ο διακόπτης του ηλεκτρικού
θερμοσίφωνα στον τοίχο είναι αναμμένος, αλλά δεν ζεσταίνει ούτε μετά
από μία ώρα. Μπορεί να περάσει κάποιος να το δει;

Φανή, καλύβα Πεύκο"""),
("el", "w3-camping-xameno-kolie", "Αλεξάνδρα Ντούμα <alexandra.ntouma@example.gr>", "Ξεχάσαμε ένα κολιέ", "general", "",
"""Καλησπέρα σας,

Φύγαμε την Κυριακή από τη θέση 8 και μάλλον ξεχάσαμε στα ντους των
γυναικών (στο ράφι κάτω από τον καθρέφτη) ένα ασημένιο κολιέ με ένα
μικρό μενταγιόν σε σχήμα φύλλου. Έχει συναισθηματική αξία. Μήπως το
βρήκε κάποιος; Αν ναι, πληρώνουμε ευχαρίστως το κούριερ.

Αλεξάνδρα Ντούμα"""),
# ---------------- car sharing ----------------
("el", "w3-carsharing-telos-diaxeirisis-klisis", "Ορέστης Παπακώστας <orestis.papakostas@example.gr>", "Κλήση στάθμευσης και «τέλος διαχείρισης»", "billing", "",
"""Καλησπέρα,

Μου στείλατε την κλήση στάθμευσης από τη διαδρομή της 12/4, εντάξει,
παρκάρισα λάθος και θα την πληρώσω στον δήμο. Αλλά από την κάρτα μου
πήρατε επιπλέον 25€ ως "τέλος διαχείρισης" για να μου προωθήσετε ένα
email. Στους όρους που διάβασα γράφει 10€. Παρακαλώ επιστρέψτε τη
διαφορά των 15€.

Ορέστης"""),
("el", "w3-gl-carsharing-den-ksekleidwnei", "Alexis B. <alexis.bour@example.gr>", "to amaxi den anoigei", "technical", "",
"""geia sas eimai dipla sto amaxi (to leuko sthn Kallidromiou) kai
pataw "Ξεκλείδωμα" sthn efarmogh, leei "εντολή εστάλη" alla oi portes
den anoigoun. Ta flas den anavoun kan. Exei kai 3 graes mpatarias
to kinhto. na to afhsw kai na parw allo?
Alexis"""),
("el", "w3-carsharing-frena-kapnos-trocho", "Ευτυχία Λαμπράκη <eftychia.lamprakh@example.gr>", "Αυτοκίνητο ΙΚΥ-4412", "technical", "high",
"""Γεια σας,

Μόλις τερμάτισα διαδρομή με το ΙΚΥ-4412 στην Πανόρμου. Σε όλη τη
διαδρομή τα φρένα έτριζαν σαν μέταλλο σε μέταλλο και το πεντάλ πήγαινε
πολύ βαθιά. Όταν βγήκα, η μπροστινή δεξιά ρόδα έβγαζε λίγο καπνό και
μύριζε καμένο. Δεν νομίζω ότι πρέπει να το πάρει κανείς άλλος πριν
ελεγχθεί. Το άφησα κλειδωμένο εκεί.

Ευτυχία"""),
("el", "w3-carsharing-plus-etairiko-autokinito", "Δημοσθένης Αγγελάκης <dimosthenis.aggelakis@example.gr>", "Πρόγραμμα Plus", "billing", "",
"""Καλημέρα,

Η εταιρεία μου μου έδωσε αυτοκίνητο, οπότε πλέον χρησιμοποιώ την
υπηρεσία σας μία φορά στις τόσες. Δεν έχει νόημα να μου κόβονται 9,90€
κάθε μήνα για το Plus. Από τον επόμενο κύκλο βάλτε με στο απλό, χωρίς
μηνιαίο.

Ευχαριστώ,
Δ. Αγγελάκης"""),
("el", "w3-gl-carsharing-gyalia-ilioy", "Μελίνα Σκορδίλη <melina.skordili@example.gr>", "Ξεχασμένα γυαλιά", "general", "",
"""Kalhspera, xtes gyrw stis 6 to apogeuma odhghsa to mple hlektriko me
pinakida INH-2087 kai ksexasa ta gyalia hliou mou sthn porta tou
odhgou. Kokalina, se maurh 8hkh. Ta vrhke mhpws kapoios apo tous
ypallhlous sas pou katharizoun ta autokinhta?

Melina"""),
("el", "w3-gl-carsharing-xrewsh-meta-to-telos", "Periklis Z. <periklis.zaf@example.gr>", "Diadromh 21/5", "billing", "",
"""Kalhspera
thn Triti 21/5 teleiwsa th diadromh stis 18:10, to parkara, pathsa
"Τέλος διαδρομής" kai efyga. H efarmogh omws th8ele na mhn to kleise
kai to roloi etrexe ws tis 18:52. Mou xrewsate 14 euro parapanw gia
xrono pou to amaxi htan parkarismeno kai kleidwmeno. Ta 8elw pisw.
Perikles"""),
("el", "w3-carsharing-ananeosi-diplomatos", "Ιάκωβος Φωτίου <iakovos.fotiou@example.gr>", "Ανανέωση διπλώματος", "general", "",
"""Γεια σας,

Ανανέωσα το δίπλωμα οδήγησης τον προηγούμενο μήνα και έχει νέα
ημερομηνία λήξης και νέο αριθμό εντύπου. Πρέπει να ανεβάσω ξανά
φωτογραφίες ή ενημερώνετε εσείς το προφίλ μου με βάση τον αριθμό
διπλώματος;

Ιάκωβος"""),
# ---------------- toll tags and parking ----------------
("el", "w3-diodia-pompos-den-xtypaei", "Σωκράτης Λεβέντης <sokratis.leventis@example.gr>", "Πομποδέκτης", "technical", "",
"""Καλημέρα σας,

Ο πομποδέκτης μου από την Κυριακή δεν "χτυπάει" στις λωρίδες
ηλεκτρονικής διέλευσης. Η μπάρα δεν σηκώνεται και πρέπει να κάνω
όπισθεν στη λωρίδα με μετρητά, με κόσμο από πίσω να κορνάρει. Έχει
υπόλοιπο 48€. Το έχω στο ίδιο σημείο στο τζάμι εδώ και δύο χρόνια.

Σωκράτης Λεβέντης"""),
("el", "w3-gl-parking-plhrwsa-alla-epivarynsh", "Kostas Mp. <kostas.mpou@example.gr>", "parking Syntagma", "billing", "",
"""kalhspera plhrwsa mesa apo thn efarmogh 2 wres sto parking sto
Syntagma (eixa kai to sms epivevaiwshs) kai sthn eksodo h mhxanh mou
zhthse 40 euro "επιβάρυνση μη εξόφλησης". ta plhrwsa giati eixa
kosmo apo pisw. 8elw pisw ta 40 plus ta 6 pou plhrwsa dyo fores
dhladh. Kwstas"""),
("el", "w3-diodia-kleisimo-logariasmou-ypoloipo", "Ρεβέκκα Μωυσή <revekka.moysi@example.gr>", "Κλείσιμο λογαριασμού e-pass", "billing", "",
"""Αξιότιμοι κύριοι,

Πούλησα το αυτοκίνητο και δεν θα χρειάζομαι πλέον τον πομποδέκτη. Θα
σας τον στείλω πίσω με το ταχυδρομείο. Στον λογαριασμό έχει μείνει
υπόλοιπο 63,20€ και η εγγύηση της συσκευής. Πώς γίνεται η επιστροφή
τους; Δίνω IBAN αν χρειάζεται.

Ρεβέκκα Μωυσή"""),
("el", "w3-parking-bara-exodou-kollimeni", "Τιμολέων Σαββίδης <timoleon.savvidis@example.gr>", "ΕΓΚΛΩΒΙΣΜΕΝΟΙ ΣΤΟ PARKING ΑΕΡΟΔΡΟΜΙΟΥ", "technical", "high",
"""Είμαστε πάνω από 40 αυτοκίνητα στην ουρά της εξόδου στο υπαίθριο
πάρκινγκ Π3. Οι μπάρες και των τριών λωρίδων δεν σηκώνονται, τα
μηχανήματα γράφουν "Εκτός λειτουργίας" και το κουμπί βοήθειας χτυπάει
χωρίς να απαντάει κανείς. Υπάρχει κόσμος που χάνει πτήσεις για να
μπει και κόσμος που δεν μπορεί να βγει. Σας γράφω από το αυτοκίνητο.

Τιμολέων Σαββίδης"""),
("el", "w3-diodia-amfisvitisi-me-tin-trapeza", "Κωνσταντίνος Ραπτόπουλος <k.raptopoulos@example.gr>", "Διελεύσεις Μαρτίου", "billing", "high",
"""Κύριοι,

Για τρίτο μήνα ο λογαριασμός μου χρεώνεται διελεύσεις από τα διόδια
της Ελευσίνας σε ημέρες που το αυτοκίνητο ήταν στο γκαράζ στην Κρήτη.
Τις τρεις προηγούμενες φορές σάς έστειλα email και δεν πήρα απάντηση.

Σας ενημερώνω ότι σήμερα άνοιξα αμφισβήτηση των χρεώσεων στην
τράπεζα που εξέδωσε την κάρτα μου για όλα τα επίμαχα ποσά (συνολικά
87,40€) και τους έχω στείλει τα στοιχεία μου.

Κ. Ραπτόπουλος"""),
("el", "w3-gl-parking-kyriakh-orario", "Eua S. <eva.sot@example.gr>", "Kyriakh", "general", "",
"""Geia sas, to parking sthn Aristotelous einai anoixto kai thn Kyriakh
to vrady? kai an vgw meta ta mesanyxta yparxei kapoios h mono me thn
mhxanh? Ta 8elw gia to 8eatro thn allh Kyriakh.
Eua"""),
("el", "w3-parking-efxaristo-fylaka", "Μανόλης Τζαννετάκης <manolis.tzannetakis@example.gr>", "Ο φύλακας του σταθμού Πανεπιστημίου", "general", "",
"""Καλησπέρα,

Την Τετάρτη το βράδυ στο υπόγειο πάρκινγκ κοντά στο Πανεπιστήμιο η
μπαταρία του αυτοκινήτου μου έπεσε τελείως. Ο φύλακας της βάρδιας (ο
κύριος Ζήσης νομίζω) έφερε τα δικά του καλώδια και μου έβαλε μπροστά
χωρίς να μου ζητήσει τίποτα. Θέλω να το ξέρουν οι προϊστάμενοί του.

Μανόλης Τζαννετάκης"""),
# ---------------- second-hand marketplace ----------------
("el", "w3-metaxeirismena-politis-den-esteile", "Ναταλία Κυπραίου <natalia.kypraiou@example.gr>", "Αγορά αρ. 883120 - ο πωλητής εξαφανίστηκε", "billing", "",
"""Καλησπέρα,

Στις 2 του μήνα αγόρασα ένα καρότσι μωρού από τον χρήστη "babystuff_ath"
και πλήρωσα μέσα από την πλατφόρμα με την προστασία αγοραστή (95€ +
4,50€ τέλος). Ο πωλητής δεν το έστειλε ποτέ και δεν απαντάει στα
μηνύματα, και τώρα το προφίλ του δεν υπάρχει. Τι γίνεται με τα χρήματα
που σας πλήρωσα;

Ναταλία"""),
("el", "w3-gl-metaxeirismena-fwtografies-den-anevainoun", "Mixalis R. <michalis.rig@example.gr>", "aggelia", "technical", "",
"""Geia, prospa8w na valw aggelia gia ena podhlato kai oi fwtografies
den anevainoun. Meta th 2h vgazei "Κάτι πήγε στραβά" kai xanontai
kai oi prwtes. Einai apo to kinhto (Xiaomi), 3-4 MB h ka8e mia.
Palia anevaine kanonika.
Mixalhs"""),
("el", "w3-gl-metaxeirismena-promitheia-8-tois-ekato", "Σοφοκλής Χριστάκης <sofoklis.christakis@example.gr>", "προμήθεια", "billing", "",
"""poulhsa thn hlektrikh ki8ara 300 euro kai ston logariasmo mou perasan
276. dhladh krathsate 24, 8%. otan anevasa thn aggelia h selida egrafe
oti h promh8eia einai 5% gia mousika organa. giati h diafora?
Sofoklhs"""),
("el", "w3-metaxeirismena-logariasmos-allos-poulaei", "Δανάη Ρουμελιώτη <danai.roumelioti@example.gr>", "Κάποιος μπήκε στον λογαριασμό μου", "technical", "",
"""Γεια σας,

Σήμερα το πρωί είδα στον λογαριασμό μου τρεις αγγελίες για κινητά iPhone
που δεν ανέβασα εγώ, και ο κωδικός μου δεν δουλεύει πια. Το email
είναι ακόμα το δικό μου, αλλά η επαναφορά κωδικού δεν μου στέλνει
τίποτα. Φοβάμαι ότι κάποιος θα εξαπατήσει αγοραστές με το όνομά μου.
Μπορείτε να κλειδώσετε τον λογαριασμό και να με βοηθήσετε να μπω;

Δανάη Ρουμελιώτη"""),
("el", "w3-metaxeirismena-protasi-synergasias-kourier", "Λεωνίδας Κοντός <leonidas@dromos-couriers.example>", "Πρόταση συνεργασίας - παραλαβές από σπίτι", "general", "",
"""Καλημέρα σας,

Είμαστε μια νέα εταιρεία ταχυμεταφορών στη Θεσσαλονίκη που κάνει
παραλαβές από σπίτι την ίδια μέρα. Πιστεύουμε ότι οι πωλητές της
πλατφόρμας σας θα ωφελούνταν από μια τέτοια επιλογή κατά την αποστολή.
Θα θέλαμε να σας παρουσιάσουμε μια πρόταση. Ποιος είναι ο κατάλληλος
άνθρωπος για να μιλήσουμε;

Λεωνίδας Κοντός
Δρόμος Couriers"""),
("el", "w3-gl-metaxeirismena-apath-8elw-ypeu8ino", "Takhs F. <takis.fil@example.gr>", "APATH - 8ELW YPEY8YNO", "billing", "high",
"""8a to pw mia teleftaia fora. agorasa ena laptop 450 euro mesa apo
thn platforma sas, plhrwsa me to "ασφαλής πληρωμή" sas, kai mou
hr8e kouti me 2 touvla mesa. to anoiksa mprosta ston kourierh kai
exw video. ka8e fora pou grafw mou apantaei ena bot oti h ypo8esh
"εξετάζεται". 8elw na me parei thlefwno o ypeu8inos ths ypostirikshs
shmera, oxi allo bot, kai 8elw ta 450 mou pisw.
Takhs Filippou 6932 000 815"""),
("el", "w3-metaxeirismena-pos-stelno-san-politis", "Ευθαλία Μάνου <efthalia.manou@example.gr>", "Πρώτη πώληση", "general", "",
"""Καλησπέρα! Μόλις πούλησα το πρώτο μου φόρεμα (για 18€ χαχα) και δεν
ξέρω πώς γίνεται η αποστολή. Τυπώνω εγώ κάποια ετικέτα; Το πάω σε
κατάστημα κούριερ ή έρχονται να το πάρουν από το σπίτι; Και σε πόσες
μέρες πρέπει να το έχω στείλει;

Ευθαλία"""),
# ---------------- online auctions ----------------
("el", "w3-dimoprasies-prosfora-den-katagrafike", "Βαρβάρα Κεφαλά <varvara.kefala@example.gr>", "Η προσφορά μου δεν πέρασε", "technical", "",
"""Καλησπέρα,

Στη δημοπρασία για το ρολόι τοίχου (αντικείμενο 20-417), πάτησα
"Υποβολή προσφοράς" για 120€ ενάμισι λεπτό πριν λήξει. Η σελίδα
πάγωσε με το κουμπί να γυρίζει και όταν ανανέωσα είχε λήξει με νικήτρια
προσφορά 110€. Στο ιστορικό μου η προσφορά δεν εμφανίζεται καθόλου.
Τι έγινε;

Βαρβάρα"""),
("el", "w3-gl-dimoprasies-promh8eia-agorasth", "Nikolas V. <nikolas.vlas@example.gr>", "Lot 33", "billing", "",
"""Kalhspera, kerdisa to lot 33 (th lito8rafia) me 200 euro kai to
timologio leei 248. Apo pou vgainoun ta alla 48? Pouthena sth selida
tou lot den egrafe gia promh8eia agorasth, mono sta psila grammata
twn orwn pou kaneis den diavazei. Mporeite na mou eksighsete?
Nikolas"""),
("el", "w3-dimoprasies-paralavi-pinaka", "Κλεοπάτρα Βασιλάκη <kleopatra.vasilaki@example.gr>", "Παραλαβή πίνακα", "general", "",
"""Καλημέρα σας,

Κέρδισα τον πίνακα του αντικειμένου 14 στη δημοπρασία της Κυριακής και
τον έχω ήδη εξοφλήσει. Μπορώ να τον παραλάβω από την αποθήκη σας στον
Ταύρο αυτή την Παρασκευή το απόγευμα; Θα έρθει ο σύζυγός μου με το
αυτοκίνητο, είναι 80x120, χωράει;

Κλεοπάτρα"""),
("el", "w3-dimoprasies-desmeusi-200-karta", "Λουκάς Παπαδόγιαννης <loukas.papadogiannis@example.gr>", "Δέσμευση 200€", "billing", "",
"""Γεια σας,

Για να εγγραφώ στη ζωντανή δημοπρασία της 10ης Μαΐου έγινε δέσμευση
200€ στην κάρτα μου. Δεν κέρδισα τίποτα, αλλά τρεις εβδομάδες μετά τα
200€ είναι ακόμα δεσμευμένα και δεν μπορώ να τα χρησιμοποιήσω. Πότε
αποδεσμεύονται;

Λουκάς"""),
("el", "w3-dimoprasies-zontani-metadosi-epese", "Ευρυδίκη Σταθοπούλου <evrydiki.stathopoulou@example.gr>", "Ζωντανή δημοπρασία ΤΩΡΑ - κανείς δεν μπορεί να δώσει προσφορά", "technical", "high",
"""Γράφω την ώρα που γίνεται η ζωντανή δημοπρασία νομισμάτων. Από το
αντικείμενο 12 και μετά η μετάδοση έχει παγώσει και το κουμπί προσφοράς
γράφει "Μη διαθέσιμο". Στο chat της δημοπρασίας γράφουν δεκάδες άλλοι
ότι έχουν το ίδιο, κι όμως τα αντικείμενα συνεχίζουν να κατακυρώνονται
στην αίθουσα. Χάνουμε όλοι όσοι πλειοδοτούμε online. Σταματήστε τη ή
φτιάξτε το.

Ευρυδίκη Σταθοπούλου"""),
("el", "w3-dimoprasies-diagrafi-dedomenon", "Φοίβος Αναστασίου <foivos.anastasiou@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, ζητώ τη διαγραφή του λογαριασμού μου
και όλων των προσωπικών μου δεδομένων (ονοματεπώνυμο, διεύθυνση,
ιστορικό προσφορών) από τα συστήματά σας. Δεν έχω εκκρεμείς αγορές.
Παρακαλώ επιβεβαιώστε εγγράφως.

Φοίβος Αναστασίου"""),
# ---------------- buy-now-pay-later shops ----------------
("el", "w3-bnpl-doseis-meta-tin-epistrofi", "Αικατερίνη Λιούτα <aikaterini.liouta@example.gr>", "Επέστρεψα τον καναπέ, γιατί συνεχίζουν οι δόσεις;", "billing", "",
"""Καλησπέρα,

Τον καναπέ που είχα πάρει σε 4 άτοκες δόσεις (4 x 112,50€) τον
επέστρεψα τον Μάρτιο και το κατάστημα μου έστειλε επιβεβαίωση
παραλαβής. Η τρίτη δόση έφυγε πάλι από την κάρτα μου στις 5 Απριλίου
σαν να μην έγινε τίποτα. Αύριο είναι η τέταρτη. Σταματήστε την και
γυρίστε μου ό,τι έχω δώσει.

Αικατερίνη Λιούτα"""),
("el", "w3-gl-bnpl-kati-phge-strava", "Giannis Kald. <giannis.kald@example.gr>", "doseis", "technical", "",
"""geia sas sto tameio tou e-shop dialegw "πληρωμή σε 3 δόσεις", me
paei sth dikh sas selida, vazw kinhto kai kwdiko kai meta vgainei
"Κάτι πήγε στραβά, δοκιμάστε αργότερα". to kanei 2 meres twra, apo
kinhto kai apo ypologisth. den einai 8ema egkrishs, mou leei oti
eimai egkekrimenos mexri 800 sto profil.
Giannhs"""),
("el", "w3-bnpl-eispraktoriki-dikastirio", "Μιλτιάδης Κωστόπουλος <miltiadis.kostopoulos@example.gr>", "Επιστολές εισπρακτικής για εξοφλημένο ποσό", "billing", "high",
"""Κύριοι,

Έχω εξοφλήσει και τις τέσσερις δόσεις για την παραγγελία του ψυγείου
(αποδεικτικά συνημμένα, η τελευταία στις 2 Φεβρουαρίου). Παρ' όλα αυτά
εδώ και δύο εβδομάδες με καλεί καθημερινά εισπρακτική εταιρεία για
"ληξιπρόθεσμη οφειλή 214€" εκ μέρους σας.

Αν οι κλήσεις δεν σταματήσουν και δεν λάβω γραπτή βεβαίωση ότι δεν
οφείλω τίποτα, θα προσφύγω στα δικαστήρια και στον Συνήγορο του
Καταναλωτή.

Μιλτιάδης Κωστόπουλος
6936 000 208

-------- Αρχικό μήνυμα --------
Από: Μιλτιάδης Κωστόπουλος
Προς: Εξυπηρέτηση Πελατών
Θέμα: Οφειλή που δεν υπάρχει

Καλησπέρα, με πήραν τηλέφωνο από εισπρακτική για δήθεν ανεξόφλητη δόση
της παραγγελίας ψυγείου. Η τελευταία δόση πληρώθηκε στις 2/2, σας
στέλνω το αποδεικτικό. Παρακαλώ ενημερώστε τους ότι είναι λάθος."""),
("el", "w3-gl-bnpl-allagi-imerominias-doseon", "Σεραφείμ Ντάλλας <serafeim.ntallas@example.gr>", "Ημερομηνία δόσεων", "billing", "",
"""geia sas oi doseis mou kovontai stis 3 tou mhna alla o mis8os mpainei
stis 10, opote thn prohgoumenh fora h karta den eixe ypoloipo. ginetai
na metakinh8ei h hmeromhnia stis 12 ka8e mhna?

Serafeim"""),
("el", "w3-gl-bnpl-elaxisto-poso", "Aggeliki P. <aggeliki.pap@example.gr>", "erwthsh", "billing", "",
"""Kalhmera, yparxei elaxisto poso paraggelias gia na mporw na plhrwsw
me tis doseis sas? 8elw na parw ena zeugari papoutsia 65 euro, ftanei
auto h prepei na valw kai kati allo? kai se poses doseis vgainei?
Aggelikh"""),
("el", "w3-bnpl-efarmogi-kleinei-mono-tis", "Χαράλαμπος Ευαγγέλου <charalampos.evaggelou@example.gr>", "Η εφαρμογή κλείνει", "technical", "",
"""Καλημέρα,

Δεν γράφω για τις πληρωμές μου, αυτές είναι εντάξει. Από την ενημέρωση
της Πέμπτης, η εφαρμογή σας ανοίγει για ένα δευτερόλεπτο, δείχνει το
λογότυπο και κλείνει. Την έσβησα και την ξαναέβαλα, έκανα επανεκκίνηση
στο κινητό. Samsung A52, Android 14.

Χαράλαμπος"""),
("el", "w3-bnpl-nea-dieuthynsi", "Πολυξένη Κυριαζή <polyxeni.kyriazi@example.gr>", "Αλλαγή διεύθυνσης", "general", "",
"""Καλησπέρα, μετακόμισα και θέλω να αλλάξω τη διεύθυνση στο προφίλ μου,
αλλά το πεδίο είναι κλειδωμένο. Νέα διεύθυνση: Παπαναστασίου 102, 54639
Θεσσαλονίκη. Χρειάζεστε κάποιο αποδεικτικό, π.χ. λογαριασμό ρεύματος;

Πολυξένη Κυριαζή"""),
# ---------------- online newspapers and magazines ----------------
("el", "w3-efimerida-diavazo-sto-kafeneio", "Βασίλειος Γεωργακόπουλος <v.georgakopoulos@example.gr>", "Η συνδρομή μου", "billing", "",
"""Κύριοι,

Είμαι συνδρομητής της ψηφιακής σας έκδοσης εδώ και πέντε χρόνια. Τον
τελευταίο καιρό την εφημερίδα τη διαβάζω στο καφενείο με την παρέα,
οπότε όταν λήξει η τρέχουσα περίοδος τον Μάρτιο, μην τη συνεχίσετε.
Δεν έχω κανένα παράπονο από την ύλη.

Με τιμή,
Βασίλειος Γεωργακόπουλος"""),
("el", "w3-gl-efimerida-plhrwnw-alla-kleidwmeno", "Xristina Ks. <christina.xyd@example.gr>", "syndromh - den vlepw ta arthra", "technical", "",
"""Geia sas,
den grafw gia lefta, h syndromh einai plhrwmenh kanonika ws ton
Dekemvrio. To 8ema einai oti apo thn Kyriakh se ka8e ar8ro mou vgazei
to parathyro "Γίνετε συνδρομητής για να συνεχίσετε" akoma kai otan
eimai syndedemenh. Ekana aposyndesh-syndesh, ka8arisa ta cookies.
Xristina"""),
("el", "w3-efimerida-timologio-etaireias", "Γραφείο Τύπου Δήμου <typos@dimos-example.example>", "Τιμολόγιο για συνδρομή", "billing", "",
"""Καλημέρα σας,

Για την ετήσια ψηφιακή συνδρομή που αγοράσαμε στις 9/1 χρειαζόμαστε
τιμολόγιο στα στοιχεία του Δήμου (ΑΦΜ 090000000, ΔΟΥ Κηφισιάς) και όχι
απόδειξη λιανικής, αλλιώς δεν μπορεί να εξοφληθεί από την ταμειακή
υπηρεσία.

Ευχαριστώ,
Ειρήνη Λουκά
Γραφείο Τύπου"""),
("el", "w3-efimerida-lathos-sto-arthro", "Νίκος Χατζηνικολάου <nikos.chatzinikolaou@example.gr>", "Λάθος στο σημερινό άρθρο για τον σιδηρόδρομο", "general", "",
"""Καλημέρα,

Στο σημερινό σας άρθρο για τη σιδηροδρομική γραμμή Θεσσαλονίκης -
Αλεξανδρούπολης γράφετε ότι η γραμμή λειτουργεί από το 1950. Στην
πραγματικότητα το τελευταίο τμήμα ολοκληρώθηκε το 1896. Είμαι
συνταξιούχος μηχανοδηγός και δεν μπορούσα να μην το επισημάνω.
Κατά τα άλλα, πολύ καλό κείμενο.

Ν. Χατζηνικολάου"""),
("el", "w3-efimerida-xreosi-meta-akyrosi-trapeza", "Ζαχαρίας Μπότσης <zacharias.botsis@example.gr>", "Χρέωση μετά την ακύρωση", "billing", "high",
"""Ακύρωσα τη συνδρομή στο περιοδικό στις 28 Ιανουαρίου (έχω το email
επιβεβαίωσης σας). Στις 3 Φεβρουαρίου και στις 3 Μαρτίου μου πήρατε
πάλι από 7,99€. Έγραψα δύο φορές χωρίς απάντηση, οπότε χθες υπέβαλα
αίτημα αμφισβήτησης και στις δύο χρεώσεις στην τράπεζά μου. Σας το
λέω για να μην ξαφνιαστείτε.

Ζ. Μπότσης"""),
("el", "w3-gl-efimerida-newsletter-kathe-prwi", "Pantelis <pantelis.sk@example.gr>", "newsletter", "general", "",
"""kalhmera mporw na pairnw to newsletter mono thn Kyriakh anti gia ka8e prwi? an oxi vgalte me teleiws
P."""),
("el", "w3-efimerida-efarmogi-tablet-kenes-selides", "Ροδόπη Σαρλή <rodopi.sarli@example.gr>", "Ηλεκτρονική έκδοση στο tablet", "technical", "",
"""Καλησπέρα,

Στην εφαρμογή στο tablet, η "ηλεκτρονική έκδοση" (η σελίδα όπως στο
χαρτί) ανοίγει μόνο το πρωτοσέλιδο. Όταν γυρίζω σελίδα, οι υπόλοιπες
είναι λευκές με ένα κύκλο που γυρίζει συνέχεια. Τα άρθρα στην κανονική
προβολή ανοίγουν κανονικά. iPad 9ης γενιάς.

Ροδόπη"""),
# ---------------- audiobooks and e-books ----------------
("el", "w3-audiobooks-credits-exafanistikan", "Ανδρομάχη Πετράκη <andromachi.petraki@example.gr>", "Οι μονάδες μου", "billing", "",
"""Καλημέρα,

Είχα μαζέψει 3 μονάδες από τους προηγούμενους μήνες, που τις έχω
πληρώσει με τη μηνιαία συνδρομή. Με την ανανέωση της 1ης του μήνα
βλέπω μόνο 1 μονάδα, τη νέα. Οι άλλες δύο έχουν χαθεί. Πουθενά δεν
λέει ότι λήγουν. Μπορείτε να μου τις ξαναβάλετε;

Ανδρομάχη"""),
("el", "w3-gl-ebook-den-katevainei-sto-reader", "Thodwrhs K. <thodoris.kar@example.gr>", "ebook", "technical", "",
"""geia sas, agorasa xtes to vivlio "Ο Δρόμος" se ebook kai sto e-reader
mou (Kobo) fainetai sth vivlio8hkh alla otan to pataw leei "Σφάλμα
λήψης" kai den anoigei. ta alla vivlia pou exw parei apo sas
anoigoun kanonika. sto kinhto apo to app anoigei.
Thodwrhs"""),
("el", "w3-audiobooks-kalokairi-pagoma", "Ελισάβετ Δρόσου <elisavet.drosou@example.gr>", "Καλοκαίρι", "billing", "",
"""Καλησπέρα σας,

Τους καλοκαιρινούς μήνες είμαι στο χωριό όπου δεν έχει καλό σήμα και
δεν ακούω σχεδόν τίποτα. Γίνεται να σταματήσει η συνδρομή από Ιούνιο
μέχρι Σεπτέμβριο και να ξαναξεκινήσει τον Οκτώβριο, χωρίς να χάσω τη
βιβλιοθήκη μου;

Ελισάβετ Δρόσου"""),
("el", "w3-audiobooks-afigitis-protasi", "Αριστείδης Φραγκούλης <aristeidis.fragkoulis@example.gr>", "Ο αφηγητής του «Καπετάν Μιχάλη»", "general", "",
"""Καλησπέρα,

Θέλω να πω πόσο απόλαυσα την αφήγηση του "Καπετάν Μιχάλη". Ο αφηγητής
έχει μια φωνή που σε κρατάει για ώρες. Θα ήθελα πολύ να δω περισσότερα
ελληνικά κλασικά σε ηχοβιβλίο, π.χ. Παπαδιαμάντη ή Βιζυηνό. Τους
οδηγούς σε αυτοκίνητα μεγάλων αποστάσεων σαν εμένα θα τους κερδίσετε.

Αριστείδης, οδηγός φορτηγού"""),
("el", "w3-audiobooks-offline-sto-aeroplano", "Ιουλία Μαστρογιάννη <ioulia.mastrogianni@example.gr>", "Τα κατεβασμένα βιβλία χάνονται", "technical", "",
"""Γεια σας,

Κατέβασα τρία ηχοβιβλία για να τα ακούσω στην πτήση για Μόντρεαλ.
Μόλις μπήκα σε λειτουργία πτήσης, η εφαρμογή μου έγραψε "Απαιτείται
σύνδεση για επαλήθευση άδειας" και δεν έπαιζε κανένα. Στην επιστροφή
το ίδιο. Τι νόημα έχει το κατέβασμα τότε; Πώς το διορθώνω πριν το
επόμενο ταξίδι;

Ιουλία"""),
("el", "w3-gl-ebook-dwrokarta-ypoloipo", "Matina Ch. <matina.char@example.gr>", "dwrokarta vivliwn", "billing", "",
"""Kalhspera
mou xarisan dwrokarta 50 euro. Exw agorasei 2 ebook (14 kai 9 euro) kai
sto profil leei oti to ypoloipo einai 0. Ari8mhtika prepei na exw 27.
Ti egine ta ypoloipa?
Matina"""),
("el", "w3-audiobooks-paidi-agorase", "Στέλλα Ζουμπούλη <stella.zoumpouli@example.gr>", "Αγορές που δεν έκανα εγώ", "billing", "",
"""Καλημέρα,

Ο γιος μου (9 χρονών) χρησιμοποίησε το tablet μου χθες και αγόρασε
τέσσερα ηχοβιβλία με μαγικά και δράκους, σύνολο 38,96€, από την
αποθηκευμένη κάρτα. Δεν ήξερε ότι πληρώνονται. Δεν τα έχει ακούσει
ακόμα. Γίνεται να ακυρωθούν και να μου επιστραφούν τα χρήματα; Θα
βάλω και κωδικό για τις αγορές από εδώ και πέρα.

Στέλλα"""),
# ---------------- console and PC game subscriptions ----------------
("el", "w3-gl-paixnidia-ethsia-ananewsh", "dimitris_gr <dimitris.gr.98@example.gr>", "79,99???", "billing", "",
"""re paidia mou phrate 79,99 gia etisia ananewsh xwris kan na mou pei
tipota. emena h syndromh mou htan mhniaia, h toulaxiston etsi 8ymamai.
8elw na ginei pali mhniaia kai na mou gyrisete ta 79,99, ton mhna ton
plhrwnw kanonika"""),
("el", "w3-paixnidia-serveres-epesan-tournoua", "Game Spot Café <info@gamespot-cafe.example>", "Τουρνουά απόψε - οι servers δεν απαντούν", "technical", "high",
"""Καλησπέρα,

Είμαστε gaming café με 30 κονσόλες σε επαγγελματική συνδρομή. Από τις
7 το απόγευμα καμία κονσόλα δεν μπορεί να συνδεθεί στο online παιχνίδι
("Η υπηρεσία δεν είναι διαθέσιμη, σφάλμα 0x80A4"). Απόψε έχουμε
τουρνουά με 60 δηλωμένους παίκτες που έχουν ήδη πληρώσει συμμετοχή και
περιμένουν μέσα στο μαγαζί. Η σελίδα κατάστασης σας λέει "όλα
λειτουργούν".

Σπύρος Λαζαρίδης
Game Spot Café"""),
("el", "w3-paixnidia-cloud-kollaei-eikona", "Ραφαήλ Μαυρομμάτης <rafail.mavrommatis@example.gr>", "Cloud gaming", "technical", "",
"""Καλησπέρα,

Στο cloud gaming από το PC, μετά από περίπου 15 λεπτά παιχνιδιού η
εικόνα αρχίζει να κάνει κουκκίδες, ο ήχος μένει πίσω και μετά μου λέει
"Η σύνδεση χάθηκε". Το ίντερνετ μου είναι οπτική ίνα 200Mbps με
καλώδιο, το speedtest βγάζει κανονικά νούμερα. Τα παιχνίδια που έχω
εγκατεστημένα τοπικά παίζουν μια χαρά online.

Ραφαήλ"""),
("el", "w3-gl-paixnidia-gonikos-elegxos", "Anna Mpal. <anna.mpal@example.gr>", "goneikos elegxos", "technical", "",
"""Geia sas,
8elw na valw orio 1 wra th mera kai na mhn mporei na paizei paixnidia
16+ o mikros (10 xronwn) sto PC. Sth selida sas leei "Ρυθμίσεις
οικογένειας" alla otan mpainw mou vgazei mono to diko mou profil kai
oxi to diko tou, ki as to eftiaksa apo to diko mou email. Ti kanw la8os?
Anna"""),
("el", "w3-gl-paixnidia-giati-3-parapano", "Ερμής Κοντογιάννης <ermis.kontogiannis@example.gr>", "Μηνιαία χρέωση", "billing", "",
"""Giati ayto ton mhna plhrwsa 3 euro parapanw? Apo 12,99 phge 15,99
xwris kanena email. An anevhke h timh eprepe na me eixate eidopoihsei
kai na mporw na dialeksw. 8elw pisw ta 3 eurw autou tou mhna.
Ermhs"""),
("el", "w3-paixnidia-xeiristirio-fouskose", "Πηνελόπη Ζαφειράτου <pinelopi.zafeiratou@example.gr>", "Χειριστήριο από το πακέτο", "technical", "high",
"""Καλημέρα σας,

Το ασύρματο χειριστήριο που ήρθε με το πακέτο συνδρομής το φόρτιζε ο
γιος μου χθες βράδυ. Το πρωί ήταν πολύ ζεστό, το πίσω καπάκι είχε
ανοίξει σαν να φούσκωσε κάτι από μέσα και μύριζε περίεργα, σαν χημικό.
Το βάλαμε σε μεταλλικό κουτί στο μπαλκόνι. Τι κάνουμε με αυτό;

Πηνελόπη Ζαφειράτου"""),
("el", "w3-paixnidia-protasi-ellinikoi-ypotitloi", "Στάθης Μουρούτης <stathis.mouroutis@example.gr>", "Πρόταση", "general", "",
"""Γεια σας, είμαι χρόνια συνδρομητής και είμαι πολύ ευχαριστημένος. Μια
πρόταση μόνο: πολλά από τα παιχνίδια του καταλόγου δεν έχουν ελληνικούς
υπότιτλους ενώ η ίδια έκδοση αλλού έχει. Ο πατέρας μου θα έπαιζε κι
αυτός αν είχαν. Ευχαριστώ που διαβάσατε. Στάθης"""),
# ---------------- translation agency ----------------
("el", "w3-metafrasi-xronos-gia-presveia", "Δήμητρα Αλεξανδροπούλου <dimitra.alexandropoulou@example.gr>", "Επίσημη μετάφραση πτυχίου", "general", "",
"""Καλησπέρα σας,

Στη σελίδα σας είδα ότι η επίσημη μετάφραση κοστίζει 18€ ανά σελίδα,
μια χαρά. Το θέμα μου είναι ο χρόνος: χρειάζομαι το πτυχίο και την
αναλυτική βαθμολογία μεταφρασμένα στα γερμανικά για την πρεσβεία, με το
ραντεβού μου να είναι στις 22 του μήνα. Προλαβαίνετε, και μπορώ να τα
παραλάβω αυτοπροσώπως από το γραφείο;

Δήμητρα"""),
("el", "w3-gl-metafrash-timologio-afm", "Logistirio Kalamata Olive Co <logistirio@kalamata-olive.example>", "timologio", "billing", "",
"""Kalhmera,
gia th metafrash twn tehnikwn fylladiwn (ergasia MT-2291) 8eloume
timologio sta stoixeia ths etaireias kai oxi apodeiksh. AFM 099999999,
DOY Kalamatas, Kalamata Olive Co A.E. An exei hdh vgei apodeiksh
akyrwste thn parakalw.
Vasw Lampropoulou
Logisthrio"""),
("el", "w3-metafrasi-express-argise", "Κλεάνθης Μητσοτάκης <kleanthis.mitsotakis@example.gr>", "Ergasia MT-2315 - express", "billing", "",
"""Καλησπέρα,

Για τη μετάφραση του συμβολαίου πλήρωσα επιπλέον 60€ για παράδοση
express σε 24 ώρες. Την πήρα μετά από τρεις μέρες. Η μετάφραση είναι
καλή, δεν θέλω να την ξανακάνετε, αλλά το express δεν το πήρα. Τα 60€
να επιστραφούν παρακαλώ.

Κλεάνθης Μητσοτάκης"""),
("el", "w3-metafrasi-anevasma-arxeion-413", "Λητώ Καραμανλή <lito.karamanli@example.gr>", "Δεν ανεβαίνουν τα αρχεία", "technical", "",
"""Γεια σας,

Στη φόρμα παραγγελίας, όταν ανεβάζω το σκαναρισμένο πιστοποιητικό
γέννησης (PDF 14MB) βγάζει "Error 413" και αδειάζει η φόρμα. Με το
μικρότερο αρχείο (2MB) δουλεύει. Δεν μπορώ να το σκανάρω αλλιώς, είναι
αυτό που μου έδωσε το ληξιαρχείο.

Λητώ"""),
("el", "w3-metafrasi-aitisi-synergasias", "Αγαπητή Βουλγαράκη <agapiti.voulgaraki@example.gr>", "Αίτηση συνεργασίας - μεταφράστρια ΕΝ/FR>EL", "general", "",
"""Αξιότιμοι κύριοι,

Είμαι πτυχιούχος του Τμήματος Ξένων Γλωσσών, Μετάφρασης και Διερμηνείας
του Ιονίου Πανεπιστημίου, με επτά χρόνια εμπειρία σε νομικές και
ιατρικές μεταφράσεις από τα αγγλικά και τα γαλλικά. Θα ήθελα να
συνεργαστώ μαζί σας ως εξωτερική συνεργάτιδα. Επισυνάπτω βιογραφικό
και δείγματα.

Με εκτίμηση,
Αγαπητή Βουλγαράκη"""),
("el", "w3-gl-metafrash-prokatavolh-dyo-fores", "Rania S. <rania.sar@example.gr>", "Fwd: Plhrwmh prokatavolhs", "billing", "",
"""Kalhspera, sas pros8etw to mail ths trapezas. H prokatavolh 45 euro
gia thn ergasia MT-2340 fainetai na exei paei dyo fores apo thn karta.
Ena apo ta dyo na epistrafei.
Rania

---------- Προωθημένο μήνυμα ----------
Από: Ειδοποιήσεις Τράπεζας <alerts@bank.example>
Θέμα: Χρέωση κάρτας
Χρέωση 45,00 EUR - METAFRASEIS LOGOS - 14/05 11:02
Χρέωση 45,00 EUR - METAFRASEIS LOGOS - 14/05 11:03"""),
("el", "w3-metafrasi-eggrafa-se-lathos-email", "Ευάγγελος Ζαρκάδας <evangelos.zarkadas@example.gr>", "Τα έγγραφα του διαζυγίου μου σε άγνωστο", "general", "high",
"""Κύριοι,

Σήμερα έλαβα από εσάς email που προοριζόταν για κάποιον άλλο πελάτη,
με συνημμένο τον ιατρικό του φάκελο. Λίγο μετά με πήρε τηλέφωνο ένας
άγνωστος και μου είπε ότι ο ίδιος έλαβε τη μετάφραση της απόφασης
διαζυγίου μου, με όλα τα στοιχεία μου και των παιδιών μου.

Πρόκειται για σοβαρή παραβίαση προσωπικών δεδομένων. Έχω ήδη ετοιμάσει
καταγγελία προς την Αρχή Προστασίας Δεδομένων και θέλω εγγράφως να
μάθω τι θα κάνετε για να ανακτηθούν τα αρχεία.

Ευάγγελος Ζαρκάδας"""),
# ---------------- tax preparation service ----------------
("el", "w3-forologiki-amoivi-dyo-fores", "Ανδρέας Σπηλιόπουλος <andreas.spiliopoulos@example.gr>", "Αμοιβή για το Ε1", "billing", "",
"""Καλησπέρα,

Για την υποβολή του Ε1 συμφωνήσαμε 60€ και τα πλήρωσα με κάρτα από το
link που μου στείλατε. Την επόμενη μέρα μου ήρθε νέο link "υπενθύμιση
πληρωμής" και, νομίζοντας ότι δεν πέρασε, πλήρωσα ξανά. Άρα τα 60€ είναι
δύο φορές. Γυρίστε μου τα δεύτερα.

Α. Σπηλιόπουλος"""),
("el", "w3-gl-forologiki-anevasma-eggrafwn", "Gewrgia M. <georgia.mak@example.gr>", "eggrafa gia th dhlwsh", "technical", "",
"""kalhmera, sto portal pou mou dwsate anevazw tis vevaiwseis apodoxwn
kai to ekka8ariristiko ENFIA kai menei sto "Μεταφόρτωση 0%" gia panta.
to afhsa kai mish wra. einai mikra pdf. na sas ta steilw me email h
8a ftiaxtei?
Gewrgia Makrh"""),
("el", "w3-forologiki-prostimo-argisate-dikigoros", "Θεμιστοκλής Δρακόπουλος <themistoklis.drakopoulos@example.gr>", "Πρόστιμο εκπρόθεσμης υποβολής", "billing", "high",
"""Κύριοι,

Σας είχα παραδώσει όλα τα δικαιολογητικά από τις 5 Ιουνίου και πλήρωσα
την αμοιβή σας. Η δήλωσή μου υποβλήθηκε στις 3 Αυγούστου, μετά την
προθεσμία, και η ΑΑΔΕ μου επέβαλε πρόστιμο 100€ και έχασα την έκπτωση
εφάπαξ εξόφλησης.

Η καθυστέρηση είναι αποκλειστικά δική σας. Ζητώ να μου καταβάλετε το
πρόστιμο και τη χαμένη έκπτωση. Διαφορετικά θα προσφύγω στα μικροδιαφορών
με τη βοήθεια δικηγόρου.

Θεμιστοκλής Δρακόπουλος"""),
("el", "w3-forologiki-ti-xreiazestai-prwto-rantevou", "Μαρκέλλα Γιαννακοπούλου <markella.giannakopoulou@example.gr>", "Πρώτο ραντεβού", "general", "",
"""Καλημέρα,

Έχουμε ραντεβού την Τρίτη για πρώτη φορά, για κοινή δήλωση με τον
σύζυγο (η αμοιβή των 80€ που είπατε στο τηλέφωνο μας βρίσκει
σύμφωνους). Τι πρέπει να φέρουμε μαζί μας; Κλειδάριθμους Taxisnet,
μισθωτήρια, αποδείξεις γιατρών; Θέλω να μην ξεχάσω κάτι.

Μαρκέλλα"""),
("el", "w3-forologiki-gambros-tha-ta-kanei", "Ευστάθιος Μπαλτάς <efstathios.baltas@example.gr>", "Για την επόμενη χρονιά", "billing", "",
"""Καλησπέρα σας,

Σας ευχαριστώ για όλα αυτά τα χρόνια. Ο γαμπρός μου άνοιξε λογιστικό
γραφείο και από του χρόνου θα αναλάβει αυτός τα φορολογικά μου. Άρα το
ετήσιο πακέτο που ανανεώνεται τον Φεβρουάριο δεν χρειάζεται να
ανανεωθεί ούτε να κοπεί η κάρτα.

Με εκτίμηση,
Ευστάθιος Μπαλτάς"""),
("el", "w3-forologiki-2fa-neo-kinito", "Σοφία Ρηγοπούλου <sofia.rigopoulou@example.gr>", "Κωδικός επαλήθευσης", "technical", "",
"""Γεια σας, άλλαξα κινητό και η εφαρμογή επαλήθευσης (authenticator) που
είχα για να μπαίνω στο portal σας έμεινε στο παλιό, που το έδωσα για
ανακύκλωση. Τώρα μου ζητάει τον 6ψήφιο κωδικό και δεν τον έχω. Πώς
μπορώ να ξαναμπώ;
Σοφία"""),
("el", "w3-gl-forologikh-eyxaristw-epistrofh", "Babis Ts. <babis.tsak@example.gr>", "eyxaristw!!", "general", "",
"""Geia sas, hr8e shmera h epistrofh forou 640 euro apo thn eforia! Prwth
fora sth zwh mou pairnw lefta pisw kai oxi na plhrwnw, giati vrhkate
tis ekptwseis gia ta paidia pou egw den hksera. Eyxaristw polu thn kyria
Rena, 8a sas systhsw se olous.
Mpampis"""),
# ---------------- funeral services ----------------
("el", "w3-kideia-analytiko-gia-epidoma", "Ελένη Στεφανίδου <eleni.stefanidou@example.gr>", "Παραστατικό για το επίδομα κηδείας", "billing", "",
"""Καλημέρα σας,

Σας ευχαριστώ και πάλι για όλα όσα κάνατε για την κηδεία του πατέρα
μου. Για να υποβάλω αίτηση για το επίδομα εξόδων κηδείας στον ΕΦΚΑ
χρειάζομαι τιμολόγιο με αναλυτικά τις υπηρεσίες και στο όνομά μου (όχι
της μητέρας μου, όπως είναι η απόδειξη που πήραμε). Μπορείτε να το
επανεκδώσετε;

Ελένη Στεφανίδου"""),
("el", "w3-kideia-stefania-pou-den-zitisame", "Ανέστης Κουτσούρης <anestis.koutsouris@example.gr>", "Λογαριασμός κηδείας κ. Ευδοκίας Κουτσούρη", "billing", "",
"""Κύριε Παπαγεωργίου,

Η συμφωνία μας ήταν 1.800€ για το βασικό πακέτο. Ο τελικός λογαριασμός
που μου στείλατε είναι 2.050€. Η διαφορά αφορά τρία στεφάνια που δεν
παραγγείλαμε εμείς - τα στεφάνια τα έστειλαν συγγενείς από δικά τους
ανθοπωλεία. Δεν είναι η στιγμή να μαλώνουμε, αλλά θα πληρώσω μόνο ό,τι
συμφωνήσαμε.

Ανέστης Κουτσούρης"""),
("el", "w3-kideia-mnimosyno-40-imeron", "Χρυσάνθη Καλογεράκη <chrysanthi.kalogeraki@example.gr>", "Μνημόσυνο", "general", "",
"""Καλησπέρα,

Θα θέλαμε να κάνουμε το μνημόσυνο των 40 ημερών για τη μητέρα μας στις
14 του επόμενου μήνα, στον ίδιο ναό. Αναλαμβάνετε και το μνημόσυνο
(κόλλυβα, καφές στην αίθουσα για περίπου 50 άτομα) ή πρέπει να το
κανονίσουμε με τον ναό απευθείας;

Χρυσάνθη Καλογεράκη"""),
("el", "w3-kideia-zontani-metadosi-den-anoixe", "Γιώργος Αλεξόπουλος <giorgos.alexopoulos@example.gr>", "Ο σύνδεσμος της ζωντανής μετάδοσης", "technical", "",
"""Καλησπέρα σας,

Ο αδελφός μου στη Μελβούρνη και τα ξαδέρφια μας στη Γερμανία
προσπάθησαν να παρακολουθήσουν την εξόδιο ακολουθία μέσω του συνδέσμου
που μας δώσατε, αλλά τους έβγαζε "Η μετάδοση δεν έχει ξεκινήσει" σε όλη
τη διάρκεια. Υπάρχει τουλάχιστον καταγραφή που μπορούν να δουν τώρα;
Θα σήμαινε πολλά για εκείνους.

Γιώργος Αλεξόπουλος"""),
("el", "w3-gl-kideia-eyxaristoume", "Sotiria Papad. <sotiria.papad@example.gr>", "eyxaristoume", "general", "",
"""Kalhspera sas,
8elame san oikogeneia na sas eyxaristhsoume gia thn anthrwpia pou
deiksate sthn kideia ths giagias mas. Mas vohthisate se ola, apo ta
xartia mexri ta louloudia, kai eixate ypomonh me ti8ous kai
telefwnhmata mesa sth nyxta. Na eiste kala.
Oikogeneia Papadopoulou"""),
("el", "w3-kideia-pliromi-se-doseis", "Θεόδωρος Μπεκιάρης <theodoros.bekiaris@example.gr>", "Τρόπος εξόφλησης", "billing", "",
"""Καλημέρα σας,

Ο λογαριασμός για την κηδεία του αδελφού μου είναι 2.300€. Αυτή τη
στιγμή δεν μπορώ να τα δώσω όλα μαζί. Γίνεται να εξοφλήσω σε τρεις
μηνιαίες δόσεις, ή με πιστωτική κάρτα σε άτοκες δόσεις;

Θεόδωρος Μπεκιάρης"""),
("el", "w3-gl-kideia-mia-nekrofora-ypeu8ynos", "Manolis Ar. <manolis.arvan@example.gr>", "Re: Logariasmos", "billing", "high",
"""Kyrie Stavrou,
sto logariasmo exete "νεκροφόρα + 2 συνοδευτικά αυτοκίνητα" 450 euro.
Hr8e MONO h nekrofora, oi 80xronoi 8eioi mou phgan sto nekrotafeio me
taxi pou plhrwsan monoi tous. Sas to eipa sto thlefwno kai mou eipate
"8a to doume". Den 8elw na to doume. 8elw na me parei o ypeu8ynos
tou grafeiou shmera kai na afaire8ei apo to logariasmo oti den
pirame.
Manolhs Arvanitakhs

> Αγαπητέ κ. Αρβανιτάκη, σας επισυνάπτουμε τον τελικό λογαριασμό.
> Με εκτίμηση, Γραφείο Τελετών Σταύρου"""),
# ---------------- smart locks and home security cameras ----------------
("el", "w3-gl-kleidaria-paidi-mesa", "Eleni Kost. <eleni.kost@example.gr>", "VOH8EIA kleidaria", "technical", "high",
"""h eksypnh kleidaria den anoigei, oute me to app oute me ton kwdiko
sto plhktrologio, vgazei kokkino fws kai ena "μπιπ". O gios mou
(4 xronwn) einai mesa monos tou me th giagia pou molis lipo8ymhse kai
den mporw na mpw. Pathsa 10 fores. Kalesa kai ton 112 alla pws
anoigei apo eksw?? grapste mou twra
Eleni 6945 000 301"""),
("el", "w3-gl-kamera-offline-ka8e-vrady", "Spyros X. <spyros.xen@example.gr>", "kamera aulhs", "technical", "",
"""Kalhspera. H kamera sthn aulh ginetai "εκτός σύνδεσης" ka8e vrady
gyrw stis 11 kai ksanaerxetai to prwi stis 7 monh ths. Akrivws tis
wres pou th xreiazomai dhladh. To router einai 5 metra makria kai h
allh kamera mesa sto saloni den exei 8ema. Einai h mpataria?
Spyros"""),
("el", "w3-kamera-cloud-thyroros-plea", "Ασπασία Βογιατζή <aspasia.vogiatzi@example.gr>", "Μετακόμιση", "billing", "",
"""Καλημέρα σας,

Μετακομίσαμε σε διαμέρισμα σε πολυκατοικία με θυρωρό και κάμερες
εισόδου, οπότε τις κάμερές σας τις ξεστήσαμε. Συνεπώς η καταγραφή στο
cloud (το πρόγραμμα των 5,99€) δεν έχει λόγο ύπαρξης. Φροντίστε να μην
ξαναγίνει πληρωμή από τον Ιούνιο.

Ασπασία Βογιατζή"""),
("el", "w3-kleidaria-paxos-portas-prin-agora", "Κίμωνας Σταυρόπουλος <kimonas.stavropoulos@example.gr>", "Ταιριάζει στην πόρτα μου;", "general", "",
"""Καλησπέρα σας,

Σκέφτομαι να πάρω την κλειδαριά με το πληκτρολόγιο (αυτή των 229€). Η
πόρτα μου είναι θωρακισμένη, πάχος 68mm, με κύλινδρο 40/40. Ταιριάζει ή
χρειάζομαι κάποιο κιτ; Και την τοποθετεί ο τεχνικός σας ή την
τοποθετώ μόνος μου;

Κίμωνας"""),
("el", "w3-kamera-xreosi-se-palia-karta", "Νεφέλη Αθανασοπούλου <nefeli.athanasopoulou@example.gr>", "Κάρτα πληρωμής", "billing", "",
"""Γεια σας,

Άλλαξα την κάρτα για τη συνδρομή των καμερών από την περιοχή πελάτη
τον Μάιο. Η χρέωση του Ιουνίου όμως έγινε πάλι στην παλιά πιστωτική
(που είναι του συζύγου μου) και όχι στη νέα χρεωστική μου. Μπορείτε να
την περάσετε στη σωστή κάρτα και να δείτε γιατί δεν κράτησε την αλλαγή;

Νεφέλη"""),
("el", "w3-gl-kamera-mpataria-fouskwse", "Aris Dem. <aris.dem@example.gr>", "h mpataria ths kameras", "technical", "high",
"""Kalhmera,
kateva8hka na fortisw thn mpataria apo thn kamera ths porta kai htan
fouskwmenh, to plastiko eixe anoiksei sthn akrh kai htan kauth san na
thn eixe ksexasei kapoios ston hlio, enw htan sthn skia. H kamera
einai panw apo to paidiko dwmatio. Thn evgala kai thn afhsa se mia
lamarina sto mpalkoni. Ti kanw me aythn kai me tis alles dyo idies pou exw?
Arhs"""),
("el", "w3-kamera-alysida-katastimaton-offline", "Τμήμα Ασφαλείας Αλυσίδας Φούρνων Ζάχαρη <asfaleia@fournoi-zachari.example>", "ΟΛΕΣ οι κάμερες των 12 καταστημάτων εκτός", "technical", "high",
"""Καλημέρα,

Μετά την αναβάθμιση λογισμικού που έγινε τη νύχτα, και οι 57 κάμερες
στα 12 καταστήματά μας εμφανίζονται "Εκτός σύνδεσης" στην κονσόλα
διαχείρισης. Τα καταστήματα είναι ανοιχτά και αυτή τη στιγμή δεν
καταγράφουμε τίποτα, ούτε τα ταμεία. Η ασφαλιστική μας απαιτεί συνεχή
καταγραφή.

Παρακαλούμε άμεση επικοινωνία με τον Νίκο Ζάχαρη, 6972 000 688.

Τμήμα Ασφαλείας"""),
("el", "w3-kleidaria-efxaristo-alla-pliktrologio", "Ροζαλία Καμπούρη <rozalia.kampouri@example.gr>", "Η εγκατάσταση της Τρίτης", "technical", "",
"""Καλησπέρα,

Πρώτα ένα ευχαριστώ στον τεχνικό σας, τον Βαγγέλη, που ήταν πολύ
προσεκτικός και καθάρισε και μετά. Το τιμολόγιο ήρθε όπως είχαμε πει,
όλα εντάξει εκεί.

Το θέμα είναι ότι από χθες το πληκτρολόγιο της κλειδαριάς κάνει
συνέχεια ένα σύντομο μπιπ κάθε λίγα λεπτά, χωρίς να το ακουμπάει
κανείς, και το φωτάκι αναβοσβήνει πορτοκαλί. Η πόρτα ανοίγει και
κλείνει κανονικά. Τι σημαίνει;

Ροζαλία"""),
# ---------------- solar panel leasing ----------------
("el", "w3-fotovoltaika-paragogi-miden", "Παρασκευάς Ντουντουνάκης <paraskevas.ntountounakis@example.gr>", "Σύμβαση μίσθωσης ΦΒ-3381 - μηδενική παραγωγή", "technical", "",
"""Καλημέρα σας,

Εδώ και πέντε μέρες, με λιακάδα, η εφαρμογή δείχνει μηδενική παραγωγή.
Ο μετατροπέας στο υπόστεγο έχει κόκκινο λαμπάκι και στην οθόνη γράφει
"Isolation fault". Τον έκλεισα και τον άνοιξα όπως λέει το εγχειρίδιο,
αλλά μετά από μισή ώρα βγάζει πάλι το ίδιο.

Παρασκευάς"""),
("el", "w3-gl-fotovoltaika-giati-18-parapanw", "Ntina Ch. <ntina.chr@example.gr>", "misthwma fwtovoltaikwn", "billing", "",
"""Geia sas, to misthwma gia ta fwtovoltaika htan 64 euro ton mhna apo
thn arxh, sto symvolaio leei "σταθερό για 10 έτη". Fetos ton
Ianouario phge 82. Giati 18 parapanw? Den mou hr8e kamia enhmerwsh.
Ntina Chrysou, symvash FV-3190"""),
("el", "w3-fotovoltaika-metatropeas-mirizei-kammeno", "Αλκιβιάδης Σωτηρόπουλος <alkiviadis.sotiropoulos@example.gr>", "Μετατροπέας", "technical", "high",
"""Καλησπέρα σας,

Σας ενημερώνω ότι ο μετατροπέας των φωτοβολταϊκών στο γκαράζ από το
μεσημέρι βουίζει δυνατά και μυρίζει καμένο πλαστικό. Το περίβλημα στο
πάνω μέρος είναι πολύ ζεστό στην αφή. Έκλεισα τον γενικό διακόπτη
του ΦΒ όπως είχε δείξει ο τεχνικός σας. Από πάνω είναι το δωμάτιο των
παιδιών, οπότε θα ήθελα να έρθει κάποιος το συντομότερο.

Αλκιβιάδης Σωτηρόπουλος"""),
("el", "w3-fotovoltaika-epipedi-taratsa-erotisi", "Φωτεινή Κατσαρού <foteini.katsarou@example.gr>", "Επίπεδη ταράτσα", "general", "",
"""Καλημέρα,

Πριν ζητήσω επίσημη προσφορά: η ταράτσα μας είναι επίπεδη, με
πλακάκια, περίπου 80 τ.μ., και υπάρχει και ένας θερμοσίφωνας στη μέση.
Μπορούν να τοποθετηθούν πάνελ σε τέτοια ταράτσα χωρίς να τρυπηθεί η
μόνωση; Και χρειάζεται άδεια από την πολυκατοικία;

Φωτεινή Κατσαρού"""),
("el", "w3-fotovoltaika-exagora-sto-telos", "Λυκούργος Πανάγος <lykourgos.panagos@example.gr>", "Τέλος μίσθωσης - εξαγορά", "billing", "",
"""Αξιότιμοι κύριοι,

Η δεκαετής μίσθωση του συστήματός μου λήγει τον Οκτώβριο. Στη σύμβαση
αναφέρεται δυνατότητα εξαγοράς των πάνελ στην "υπολειμματική αξία".
Ποιο είναι ακριβώς το ποσό για εμένα και πώς γίνεται η πληρωμή;

Με εκτίμηση,
Λυκούργος Πανάγος"""),
("el", "w3-fotovoltaika-poini-proorou-lixis", "Ιφιγένεια Θεοδωρίδου <ifigeneia.theodoridou@example.gr>", "Ποινή πρόωρης λύσης - ΦΒ-2874", "billing", "high",
"""Κύριοι,

Λόγω πώλησης του ακινήτου ζήτησα λύση της μίσθωσης. Μου ζητάτε "ποινή
πρόωρης λύσης" 4.900€, ποσό μεγαλύτερο από όσα θα πλήρωνα για όλα τα
υπόλοιπα χρόνια της σύμβασης. Ο όρος αυτός είναι καταχρηστικός.

Εάν εντός 15 ημερών δεν μου προτείνετε λογικό ποσό, θα υποβάλω
καταγγελία στον Συνήγορο του Καταναλωτή και θα αναθέσω την υπόθεση σε
δικηγόρο.

Ιφιγένεια Θεοδωρίδου"""),
("el", "w3-gl-fotovoltaika-app-login", "kostas1975 <kostas1975@example.gr>", "efarmogh", "technical", "",
"""kalhmera. sthn efarmogh parakolou8hshs twn panel vazw email kai kwdiko
kai kanei loading kai me petaei pali sthn arxh xwris minima. pernisi
douleve. ekana kai "ξέχασα τον κωδικό", mou hr8e neos, idio pragma.
Kwstas"""),
# ---------------- boiler cover ----------------
("el", "w3-levitas-mirodia-aeriou", "Ουρανία Σταματοπούλου <ourania.stamatopoulou@example.gr>", "Λέβητας αερίου", "technical", "high",
"""Καλησπέρα σας,

Γράφω ήρεμα γιατί δεν θέλω να κάνω φασαρία, αλλά από χθες το βράδυ
μυρίζει αέριο στο μπαλκόνι όπου είναι ο λέβητας, ειδικά όταν ανάβει το
ζεστό νερό. Κλείσαμε τη βάνα του αερίου και ανοίξαμε τα παράθυρα. Από
τότε είμαστε χωρίς θέρμανση. Το συμβόλαιο κάλυψης είναι στο όνομα του
συζύγου μου, Σπύρου Σταματόπουλου.

Ουρανία"""),
("el", "w3-gl-levitas-antlia-8ermotitas", "Nikolas P. <nikolas.pet@example.gr>", "kalypsh levhta", "billing", "",
"""Kalhspera. Valame antlia 8ermothtas ton Dekemvrio kai o palios
levhtas petreleou efyge apo to spiti. Ara den exei noima na plhrwnw
to 14,90 ton mhna gia thn kalypsh tou. Apo edw kai pera tipota apo thn
karta parakalw. An xreiazetai kati na ypografw pite mou.
Nikolas Petrou"""),
("el", "w3-levitas-etisio-service-rantevou", "Χρήστος Βαρβαρέσος <christos.varvaresos@example.gr>", "Ετήσιο σέρβις", "general", "",
"""Καλημέρα,

Μου ήρθε μήνυμα ότι είναι καιρός για το ετήσιο σέρβις του λέβητα. Ο
λέβητας δουλεύει κανονικά, απλώς θέλω να κλείσω ραντεβού. Μπορεί να
γίνει Σάββατο πρωί; Τις καθημερινές δουλεύουμε και οι δύο έξω.

Χρήστος"""),
("el", "w3-levitas-piesi-pefti", "Μαρίνα Αναστασοπούλου <marina.anastasopoulou@example.gr>", "Πίεση λέβητα", "technical", "",
"""Γεια σας,

Κάθε δύο μέρες το μανόμετρο του λέβητα πέφτει από 1,5 στο 0,5 και
μετά σβήνει με σφάλμα E118. Τον γεμίζω από τη στρόφιγγα από κάτω όπως
μου είπατε την άλλη φορά, αλλά σε δύο μέρες τα ίδια. Δεν βλέπω νερά
πουθενά στο σπίτι.

Μαρίνα Αναστασοπούλου, συμβόλαιο ΛΚ-77102"""),
("el", "w3-levitas-episkepsi-xreothike", "Ηρώ Ξανθοπούλου <iro.xanthopoulou@example.gr>", "Χρέωση 70€ επίσκεψης", "billing", "",
"""Καλησπέρα,

Ο τεχνικός ήρθε για τη βλάβη του λέβητα στις 3/2 και μου ζήτησε 70€
για την επίσκεψη, τα οποία πλήρωσα επιτόπου. Όμως το πρόγραμμα "Πλήρης
Κάλυψη" που πληρώνω λέει ότι οι επισκέψεις για βλάβες δεν χρεώνονται.
Παρακαλώ επιστρέψτε τα 70€ στον λογαριασμό μου. Η απόδειξη συνημμένη.

Ηρώ Ξανθοπούλου"""),
("el", "w3-levitas-trith-episkepsi-proistamenos", "Δημήτριος Κατσούλης <dimitrios.katsoulis@example.gr>", "ΤΡΙΤΗ ΕΠΙΣΚΕΨΗ ΚΑΙ ΑΚΟΜΑ ΧΩΡΙΣ ΘΕΡΜΑΝΣΗ", "technical", "high",
"""Είναι η τρίτη φορά σε δέκα μέρες που έρχεται τεχνικός σας και ο
λέβητας ακόμα δεν ανάβει. Ο πρώτος άλλαξε το ηλεκτρόδιο, ο δεύτερος
"δεν βρήκε τίποτα". Έξω έχει 2 βαθμούς και στο σπίτι μένει η μητέρα
μου, 86 ετών, που ζεσταίνεται με μια ηλεκτρική σόμπα.

Δεν θέλω τέταρτο ραντεβού με τον ίδιο τρόπο. Θέλω να με καλέσει
σήμερα ο υπεύθυνος του τμήματος τεχνικής υποστήριξης.

Δημήτριος Κατσούλης, 6974 000 512"""),
("el", "w3-gl-levitas-anavathmish-ydravlika", "Eirini Chr. <eirini.chr@example.gr>", "anavathmish programmatos", "billing", "",
"""Kalhmera, exw to vasiko programma kalypshs levhta (12 euro/mhna).
8elw na to anevasw sto programma pou kalyptei kai ta ydravlika tou
spitiou. Posa 8a plhrwnw to mhna kai apo pote ksekinaei h nea timh?
Na ginei kai h plhrwmh me thn idia karta.
Eirhnh"""),
# ---------------- mobile phone repair by post ----------------
("el", "w3-episkevi-kinitou-akoma-den-fortizei", "Αθηνά Μπουλούκου <athina.boulouka@example.gr>", "Re: Η επισκευή σας ολοκληρώθηκε - RP-10877", "technical", "",
"""Καλησπέρα,

Το κινητό μου γύρισε χθες από εσάς με την ένδειξη "αλλαγή θύρας
φόρτισης - ολοκληρώθηκε". Δυστυχώς φορτίζει μόνο αν κρατάω το καλώδιο
γερμένο προς τα πάνω, ακριβώς όπως πριν το στείλω. Δοκίμασα τρία
διαφορετικά καλώδια και δύο φορτιστές.

Αθηνά

> Αγαπητή πελάτισσα, η επισκευή της συσκευής σας ολοκληρώθηκε και
> αποστέλλεται σήμερα με κούριερ."""),
("el", "w3-gl-episkeuh-prosfora-60-plhrwsa-95", "Vaggelis Tsol. <vaggelis.tsol@example.gr>", "RP-10901", "billing", "",
"""Geia sas. H prosfora gia thn allagh o8onhs htan 60 euro kai thn
egkrina. Mou to steilate me antikatavolh 95!! Ton kourierh ton
plhrwsa gia na parw to kinhto, alla kaneis den mou zhthse egkrish gia
35 parapanw. Na mou epistrafei h diafora.
Vaggelhs"""),
("el", "w3-episkevi-kinitou-pos-to-steilo", "Σταμάτης Καραγεώργος <stamatis.karageorgos@example.gr>", "Αποστολή κινητού", "general", "",
"""Καλημέρα,

Έκλεισα επισκευή για το τάμπλετ της κόρης μου (σπασμένη οθόνη). Πώς
το συσκευάζω; Θα μου στείλετε φάκελο ή το βάζω σε δικό μου κουτί; Και
ο κούριερ θα περάσει από το σπίτι ή πρέπει να το πάω εγώ σε κατάστημα;
Μένω στη Σάμο, αν παίζει ρόλο.

Σταμάτης"""),
("el", "w3-gl-episkeuh-kinhto-kaiei-meta-mpataria", "Froso Lamp. <froso.lamp@example.gr>", "meta thn allagh mpatarias", "technical", "high",
"""Kalhspera,
to kinhto gyrise apo sas thn Paraskeuh me kainourgia mpataria. Apo xtes
otan to fortizw zestainetai toso poly pou den to krataw sto xeri, kai
shmera to prwi eida oti h pisw plath exei sikw8ei ligo apo th mia
meria, ksekollhse. To exw aposyndesei kai to afhsa panw sto mpetoni
sthn aulh. Einai epikindyno etsi?
Frosw Lamprou, RP-10822"""),
("el", "w3-episkevi-kinitou-xathike-mikrodiafores", "Αχιλλέας Παπασπύρου <achilleas.papaspyrou@example.gr>", "Το κινητό που χάσατε - RP-10640", "billing", "high",
"""Κύριοι,

Στις 4 Μαρτίου έστειλα το κινητό μου για επισκευή με τον δικό σας
κούριερ. Έχει περάσει ενάμισης μήνας. Πρώτα μου λέγατε ότι "είναι στο
εργαστήριο", τώρα ότι "δεν εντοπίζεται". Ουσιαστικά το χάσατε.

Ζητώ να μου καταβάλετε την αξία της συσκευής, 720€ σύμφωνα με την
απόδειξη αγοράς που σας επισυνάπτω, εντός 10 ημερών. Αλλιώς θα
καταθέσω αγωγή μικροδιαφορών.

Αχιλλέας Παπασπύρου"""),
("el", "w3-gl-episkeuh-eyxaristw-gia-to-palio", "Yiayia Koula <koula.m1950@example.gr>", "eyxaristw", "general", "",
"""kalhmera sas ego eimai h kyria Koula apo tin Arta. o eggonos mou
egrapse to email. To palio mou kinhto me ta koumpia to ftiaksate kai
douleuei san kainourgio kai mono 25 euro mou phrate. Oloi mou elegan
na paro kainourgio alla ego exo ekei mesa ola ta thlefona. na ste
kala paidia mou
Koula Mauromati"""),
("el", "w3-episkevi-kinitou-face-id-meta-othoni", "Ορέστης Λαμπρόπουλος <orestis.lampropoulos@example.gr>", "Face ID μετά την αλλαγή οθόνης", "technical", "",
"""Καλησπέρα σας,

Μετά την αλλαγή οθόνης (RP-10933) το Face ID δεν λειτουργεί. Στις
ρυθμίσεις γράφει "Δεν είναι δυνατή η ενεργοποίηση του Face ID". Πριν
το στείλω δούλευε κανονικά, το μόνο πρόβλημα ήταν το σπασμένο τζάμι.

Ορέστης"""),
# ---------------- museum and gallery tickets ----------------
("el", "w3-mouseio-qr-den-diavazetai", "Καλλιόπη Ρουσάκη <kalliopi.rousaki@example.gr>", "Ηλεκτρονικά εισιτήρια", "technical", "",
"""Γεια σας,

Σήμερα στην είσοδο της έκθεσης ο σαρωτής δεν διάβαζε τα QR από τα
εισιτήρια που αγοράσαμε online (γράφει "Μη έγκυρο"). Μας άφησαν να
μπούμε με το email επιβεβαίωσης, αλλά έχουμε άλλα δύο εισιτήρια για
την Κυριακή με τα παιδιά. Θα έχουμε το ίδιο θέμα;

Καλλιόπη"""),
("el", "w3-gl-mouseio-foithtiko-diafora", "Giannis Vl. <giannis.vl@example.gr>", "eishthrio", "billing", "",
"""geia sas, phra eisitirio gia thn ek8esh tou Sa8anika 15 euro giati sto
site den vrhka pou na valw oti eimai foithths. sthn eisodo mou eipan
oti to foithtiko einai 8 kai oti 8a eprepe na to dhlwsw. mporw na
parw pisw ta 7 th diafora? exw paso kai tautothta foithth.
Giannhs"""),
("el", "w3-mouseio-melos-anavathmisi-oikogeneiaki", "Θάλεια Μπακάλη <thaleia.bakali@example.gr>", "Κάρτα μέλους", "billing", "",
"""Καλησπέρα,

Έχω ατομική κάρτα μέλους (45€ τον χρόνο) που λήγει τον Νοέμβριο. Με
τον ερχομό του δεύτερου παιδιού θέλουμε να την κάνουμε οικογενειακή.
Πληρώνω μόνο τη διαφορά για τους μήνες που μένουν ή ξεκινάει καινούρια
συνδρομή από την αρχή;

Θάλεια Μπακάλη"""),
("el", "w3-mouseio-karotsi-asanser", "Νικόλαος Φραντζής <nikolaos.frantzis@example.gr>", "Επίσκεψη με καρότσι", "general", "",
"""Καλημέρα σας,

Θα έρθουμε την Κυριακή με τη γυναίκα μου και το μωρό. Μπορούμε να
μπούμε με το καρότσι σε όλους τους ορόφους, ή υπάρχει γκαρνταρόμπα
για να το αφήσουμε; Υπάρχει και χώρος αλλαξιέρας;

Νικόλαος"""),
("el", "w3-mouseio-xalari-tzami-vitrinas", "Ευανθία Κολιοπούλου <evanthia.koliopoulou@example.gr>", "Βιτρίνα στην αίθουσα 4", "general", "high",
"""Καλησπέρα σας,

Επισκεφθήκαμε σήμερα το μουσείο με τη σχολική τάξη μου (νηπιαγωγείο).
Στην αίθουσα 4, η χαμηλή γυάλινη βιτρίνα με τα αγγεία έχει ένα πλαϊνό
τζάμι που κουνιέται έντονα μόλις το ακουμπήσεις - ένα παιδί ακούμπησε
το χέρι του και το τζάμι βγήκε σχεδόν από τη θέση του. Δεν έπαθε
κανείς τίποτα, αλλά είναι στο ύψος των παιδιών και φαίνεται ότι θα
πέσει. Ενημέρωσα τον φύλακα, αλλά θέλω να βεβαιωθώ ότι έφτασε.

Ευανθία Κολιοπούλου, νηπιαγωγός"""),
("el", "w3-gl-mouseio-plhrwmh-kollaei", "Stella Zarr. <stella.zarr@example.gr>", "eishthria", "technical", "",
"""kalhmera, prospa8w na parw 4 eisitiria gia thn Kyriakh kai sto teleutaio
vhma, otan pataw "Πληρωμή", h selida kanei loading kai meta me gyrnaei
sto kala8i adeio. xrhmata den exoun fygei apo thn karta. to ekana kai
apo allo browser.
Stella"""),
("el", "w3-mouseio-ixitikos-xenagos-siopi", "Ηλιάνα Γκίκα <iliana.gkika@example.gr>", "Ηχητικός οδηγός", "technical", "",
"""Γεια σας,

Κατέβασα την εφαρμογή του ηχητικού οδηγού στο μουσείο. Σκανάρω τους
αριθμούς δίπλα στα εκθέματα, ανοίγει η σωστή σελίδα, αλλά το κουμπί
αναπαραγωγής δεν παίζει τίποτα, ούτε με ακουστικά ούτε χωρίς. Τα
βιντεάκια στο YouTube στο ίδιο κινητό παίζουν κανονικά.

Ηλιάνα"""),
# ---------------- marathon and race registration ----------------
("el", "w3-marathonios-metafora-symmetoxis", "Παντελής Γαρυφαλλίδης <pantelis.garyfallidis@example.gr>", "Μεταβίβαση συμμετοχής 10 χλμ.", "general", "",
"""Καλησπέρα,

Τραυματίστηκα στο γόνατο και δεν θα μπορέσω να τρέξω στα 10 χλμ. τον
Νοέμβριο. Ένας φίλος μου θέλει να πάρει τη θέση μου. Επιτρέπεται η
μεταβίβαση του αριθμού σε άλλο άτομο και μέχρι πότε;

Παντελής"""),
("el", "w3-gl-marathonios-tsip-xronos", "Lefteris M. <lefteris.mar@example.gr>", "xronos 21k", "technical", "",
"""Kalhspera. Etreksa ton hmimara8wnio thn Kyriakh me ar8mo 4418 kai
sta apotelesmata fainomai "DNF" enw termatisa kanonika (2:01 sto
roloi mou, exw kai to Strava). To tsip htan panw sto papoutsi opws
legan. Mporeite na to diorthwsete?
Lefteris"""),
("el", "w3-marathonios-kausonas-akyrosi", "Ιωάννα Φλώρου <ioanna.florou@example.gr>", "Ακύρωση αγώνα λόγω καύσωνα", "billing", "",
"""Καλημέρα σας,

Ο νυχτερινός αγώνας της 20ής Ιουλίου ακυρώθηκε λόγω καύσωνα, κάτι
απολύτως λογικό. Στην ανακοίνωση όμως δεν λέτε τίποτα για τα 30€ της
εγγραφής. Θα επιστραφούν ή θα μεταφερθούν στον επόμενο αγώνα; Εγώ θα
προτιμούσα να τα πάρω πίσω.

Ιωάννα Φλώρου"""),
("el", "w3-marathonios-omadiki-eggrafi-sfalma", "Σύλλογος Δρομέων Άργους <syllogos@dromeis-argous.example>", "Ομαδική εγγραφή - σφάλμα στο αρχείο", "technical", "",
"""Καλησπέρα σας,

Προσπαθούμε να κάνουμε ομαδική εγγραφή 28 μελών του συλλόγου μέσω του
αρχείου Excel του προτύπου σας. Όταν το ανεβάζουμε βγαίνει "Γραμμή 2:
Μη έγκυρη ημερομηνία γέννησης" ενώ η ημερομηνία είναι ακριβώς στη μορφή
ΗΗ/ΜΜ/ΕΕΕΕ του παραδείγματος. Δοκιμάσαμε και άλλες μορφές.

Μανώλης Κουτρουμπής
Ταμίας Συλλόγου"""),
("el", "w3-marathonios-nero-stathmos-arrostia", "Γεράσιμος Λεοντίδης <gerasimos.leontidis@example.gr>", "Νερό στον σταθμό του 15ου χιλιομέτρου", "general", "high",
"""Κύριοι διοργανωτές,

Στον σταθμό ανεφοδιασμού του 15ου χιλιομέτρου το νερό στα ποτήρια
μύριζε έντονα χλώριο και είχε γεύση πετρελαίου. Εγώ και τουλάχιστον
τέσσερις ακόμη δρομείς από την ομάδα μας κάναμε εμετό μέσα στην επόμενη
ώρα και ένας κατέληξε στο κέντρο υγείας με αφυδάτωση. Στο φόρουμ
του αγώνα διαβάζω κι άλλους με τα ίδια.

Πρέπει να ελεγχθεί η προέλευση του νερού πριν τον επόμενο αγώνα σας.

Γεράσιμος Λεοντίδης"""),
("el", "w3-gl-marathonios-dyo-eggrafes", "vasilikh <vasiliki.tr@example.gr>", "diplh eggrafh", "billing", "",
"""geia sas. egrapsa ton eauto mou sta 5xlm kai meta apo 10 lepta o
andras mou egrapse pali emena anti gia ton eauto tou (ton idio
logariasmo eixame anoixto). ara plhrwsame 2x25 gia mena. h mia na
akyrw8ei kai na mas gyrisoun ta 25, h kalytera na ginei sto onoma
tou Takh ama ginetai.
Vasilikh"""),
("el", "w3-gl-marathonios-diploma-den-katevainei", "Σωτήρης Μπαρμπαγιάννης <sotiris.barbagiannis@example.gr>", "Δίπλωμα συμμετοχής", "technical", "",
"""Kalhmera. Sth selida twn apotelesmatwn, pataw "Κατέβασε το δίπλωμα"
dipla sto onoma mou kai anoigei kainourgia kartela me to mhnyma "404 -
Η σελίδα δεν βρέθηκε". Stous filous mou pou etreksan mazi mou douleuei.
Ari8mos 2207.
Swthrhs"""),
# ---------------- pet sitters and dog walkers ----------------
("el", "w3-katoikidia-skylos-xathike-proistamenos", "Μυρσίνη Αποστολάκη <myrsini.apostolaki@example.gr>", "Ο σκύλος μου χάθηκε στη βόλτα σας", "general", "high",
"""Χθες το απόγευμα η συνεργάτιδά σας που βγάζει βόλτα τον Ρεξ τον άφησε
χωρίς λουρί στο πάρκο "για λίγο" και ο σκύλος χάθηκε για δύο ώρες. Τον
βρήκε ένας περαστικός δίπλα στη λεωφόρο, στη μέση των αυτοκινήτων. Εμένα
δεν με ενημέρωσε κανείς μέχρι που με πήρε τηλέφωνο ο περαστικός από το
τηλέφωνο στο κολάρο.

Δεν θέλω απλώς μια συγγνώμη από το κέντρο εξυπηρέτησης. Θέλω να μου
τηλεφωνήσει σήμερα ο υπεύθυνος της εταιρείας.

Μυρσίνη Αποστολάκη, 6978 000 455"""),
("el", "w3-gl-katoikidia-gps-volta-den-fainetai", "Kwstis D. <kostis.dim@example.gr>", "h diadromh ths voltas", "technical", "",
"""Geia, sthn efarmogh palia evlepa to xarth me th diadromh pou ekane
h Lola me ton dog walker. Ton teleutaio mhna mou leei mono "Η βόλτα
ολοκληρώθηκε - 45'" kai o xarths einai kenos. O walker leei oti to
GPS tou einai anoixto. Einai kati sto diko mou kinhto?
Kwstis"""),
("el", "w3-katoikidia-volta-akyromeni-xreothike", "Σπυριδούλα Κατσαρού <spyridoula.katsarou@example.gr>", "Βόλτα Τετάρτης", "billing", "",
"""Καλησπέρα,

Ακύρωσα τη βόλτα της Τετάρτης από την Τρίτη το πρωί (πάνω από 24 ώρες
πριν, όπως λένε οι όροι σας), αφού θα ήμουν σπίτι. Στον μηνιαίο
λογαριασμό όμως τη βλέπω χρεωμένη, 12€. Μπορείτε να την αφαιρέσετε;

Σπυριδούλα"""),
("el", "w3-gl-katoikidia-apo-5-se-3-voltes", "Ραλλού Μαστροκώστα <rallou.mastrokosta@example.gr>", "Πακέτο βόλτας", "billing", "",
"""Geia sas, apo ton Septemvrio 8a doulevw apo to spiti Deutera kai
Paraskevi. Opote 8a xreiazomai volta gia thn Mpela mono Trith,
Tetarth, Pempth. Allakste mou parakalw to paketo apo 5 se 3 voltes
thn evdomada, me thn antistoixh mhniaia timh. Eyxaristw, Rallou"""),
("el", "w3-katoikidia-efxaristo-maria-gata", "Ευγενία Χατζηδάκη <evgenia.chatzidaki@example.gr>", "Η Μαρία και ο Φίλιππος", "general", "",
"""Καλημέρα σας,

Λείψαμε δέκα μέρες στο εξωτερικό και η pet sitter σας, η Μαρία,
πρόσεχε τον γάτο μας τον Φίλιππο, που είναι 16 χρονών και παίρνει
φάρμακα δύο φορές τη μέρα. Κάθε βράδυ μας έστελνε φωτογραφίες και
σημειώσεις για το τι έφαγε. Γυρίσαμε και ο Φίλιππος ήταν πιο ήρεμος
από ποτέ. Να της το πείτε σας παρακαλώ.

Ευγενία Χατζηδάκη"""),
("el", "w3-gl-katoikidia-hmerologio-la8os-meres", "Lia K. <lia.kour@example.gr>", "krathseis", "technical", "",
"""geia sas. sthn efarmogh kleinw pet sitting gia 12 ews 15 Augoustou kai
otan pataw epivevaiwsh to hmerologio to grafei 11 ews 14. to ekana 3
fores kai to idio. mhpws exei na kanei me thn wra tou kinhtou? eimai
sthn Agglia auto ton kairo.
Lia"""),
("el", "w3-gl-katoikidia-apodeiksh-mhna", "Thanos Ger. <thanos.ger@example.gr>", "apodeiksh", "billing", "",
"""kalhmera, mporeite na mou steilete mia apodeiksh gia ta walks tou
Iouniou (ola mazi, 8 voltes)? thn 8elei h etaireia mou gia to
programma paroxwn. Sto onoma Athanasios Gerakis.
eyxaristw"""),
# ---------------- online supermarket substitutions ----------------
("el", "w3-souper-antikatastasi-akrivoteri", "Ματθαίος Χριστοφόρου <matthaios.christoforou@example.gr>", "Παραγγελία 5512004 - αντικατάσταση", "billing", "",
"""Καλησπέρα,

Στην παραγγελία μου το απορρυπαντικό των 7,50€ που είχα βάλει δεν
υπήρχε και το αντικαταστήσατε με άλλο μάρκας των 11,90€. Δεν έχω
πρόβλημα με την αντικατάσταση, αλλά μου χρεώσατε τα 11,90€. Αφού η
αντικατάσταση ήταν δική σας επιλογή, θα έπρεπε να κρατήσετε την τιμή
του αρχικού. Παρακαλώ επιστρέψτε τα 4,40€.

Ματθαίος"""),
("el", "w3-gl-souper-dhmhtriaka-me-foyntoykia", "Popi Anagn. <popi.anagn@example.gr>", "ANTIKATASTASH - ALLERGIA", "general", "high",
"""Kalhspera,
sthn paraggelia ths Triths eixa valei ta dhmhtriaka "χωρίς ξηρούς
καρπούς" gia to paidi giati exei allergia stoys ksirous karpous. Ta
antikatasthsate me alla pou exoun FOUNTOUKI, xwris kan na to grapsete
kapou. Efage ena mpol to prwi kai prhsthke to proswpo tou kai
xreiasthke na ton pame sto nosokomeio. Einai kala twra.
Den grafw gia ta lefta. Grafw giati den prepei na ksanasymvei se
kanena paidi. Pws apofasizete tis antikatastaseis?
Popi Anagnostou"""),
("el", "w3-gl-souper-kalathi-adeiazei", "Ευδοκία Παπαζήση <evdokia.papazisi@example.gr>", "Το καλάθι μου αδειάζει", "technical", "",
"""Geia sas, vazw ta proionta sto kala8i apo thn efarmogh, kleinw thn
efarmogh gia na koitaksw ti leipei sto psygeio, kai otan thn ksananoigw
to kala8i einai adeio. Mou exei symvei 3 fores auth thn evdomada, me
40 proionta th mia fora. Eimai syndedemenh kanonika.
Eudokia"""),
("el", "w3-souper-xronothyrides-pasxa", "Αναστάσιος Δημάκης <anastasios.dimakis@example.gr>", "Παραδόσεις το Μεγάλο Σάββατο", "general", "",
"""Καλημέρα,

Θα κάνετε παραδόσεις το Μεγάλο Σάββατο και τη Δευτέρα του Πάσχα; Θέλω
να φέρετε τα ψώνια για το τραπέζι στο εξοχικό στην Εύβοια και θα
ήθελα να ξέρω από πότε ανοίγουν οι χρονοθυρίδες για εκείνες τις μέρες.

Αναστάσιος"""),
("el", "w3-souper-ta-plirosa-den-irthan", "ΓΕΩΡΓΙΑ ΛΥΜΠΕΡΟΠΟΥΛΟΥ <georgia.lyberopoulou@example.gr>", "παραγγελια χθες", "billing", "",
"""καλησπερα το τυρι φετα 1 κιλο και το λαδι 4 λιτρα δεν ηταν μεσα στις
σακουλες αλλα στην αποδειξη ειναι και τα πληρωσα, μαζι 38 ευρω και
κατι. ο οδηγος εφυγε γρηγορα και το ειδα μετα. να μου τα δωσετε πισω
δεν θελω να τα φερετε θα τα παρω απο το μαγαζι
γεωργια"""),
("el", "w3-souper-rythmisi-xoris-antikatastasi", "Ιορδάνης Τσολάκης <iordanis.tsolakis@example.gr>", "Η ρύθμιση «χωρίς αντικατάσταση»", "technical", "",
"""Καλημέρα σας,

Στο καλάθι, δίπλα σε κάθε προϊόν, τσεκάρω το "Χωρίς αντικατάσταση"
(κυρίως για το βρεφικό γάλα, που πρέπει να είναι το συγκεκριμένο).
Όταν όμως πάω στο ταμείο και γυρίσω πίσω στο καλάθι, όλα τα τικ έχουν
φύγει. Την τελευταία φορά ήρθε άλλο γάλα. Πώς το κάνω να μένει;

Ιορδάνης"""),
("el", "w3-gl-souper-pontoi-den-fainontai", "Maria Kal. <maria.kal@example.gr>", "pontoi", "general", "",
"""Kalhmera. Oi pontoi apo tis online paraggelies metrane sthn idia karta
me ta katasthmata h einai ksexwrista? Sthn efarmogh vlepw 1.250
pontous alla sto tameio sto Xalandri mou eipan 300. Kai posoi
pontoi xreiazontai gia thn epitagh twn 5 euro?
Maria"""),
("el", "w3-souper-eshop-ektos-oloi-ta-xronothyrida", "Βικτώρια Μαργαρίτη <viktoria.margariti@example.gr>", "Το site σας είναι πεσμένο από το πρωί", "technical", "high",
"""Καλησπέρα,

Από τις 9 το πρωί το ηλεκτρονικό σας κατάστημα και η εφαρμογή βγάζουν
"Η υπηρεσία δεν είναι διαθέσιμη". Σε ομάδα γειτονιάς στο Facebook
γράφουν δεκάδες άτομα το ίδιο. Έχω παραγγελία για σήμερα το απόγευμα
για την ηλικιωμένη μητέρα μου, που δεν βγαίνει από το σπίτι, και δεν
μπορώ ούτε να δω αν ισχύει ούτε να την αλλάξω. Το τηλέφωνο σας είναι
συνέχεια κατειλημμένο.

Βικτώρια Μαργαρίτη"""),
# ---------------- restaurant reservations and gift vouchers ----------------
("el", "w3-estiatorio-dorokarta-elixe", "Ευριπίδης Σκλαβενίτης <evripidis.sklavenitis@example.gr>", "Δωροεπιταγή", "billing", "",
"""Καλησπέρα σας,

Έχω δωροεπιταγή 80€ για το εστιατόριό σας που μου χάρισαν τα παιδιά
μου. Λόγω υγείας δεν μπορέσαμε να έρθουμε και βλέπω ότι έληξε τον
προηγούμενο μήνα. Υπάρχει τρόπος να παραταθεί; Θα ήταν κρίμα να
χαθούν τα χρήματα που έδωσαν.

Ευριπίδης Σκλαβενίτης"""),
("el", "w3-gl-estiatorio-krathsh-den-yphrxe", "Aleka Pap. <aleka.pap@example.gr>", "krathsh Savvato", "technical", "",
"""Kalhspera,
to Savvato eixa kanei krathsh mesa apo to site sas gia 4 atoma stis
21:00, mou hr8e kai email epivevaiwshs me kwdiko RS-88104. Otan
ftasame, to estiatorio den eixe kamia krathsh sto onoma mou kai
perimename 40 lepta gia trapezi. To proswpiko mou eipe oti "to
systhma kapoies fores den tis pernaei". Prepei na to ftiaksete giati
8a to pa8ei kai allos.
Aleka"""),
("el", "w3-estiatorio-trofiki-dilitiriasi", "Κλεονίκη Ζαρίφη <kleoniki.zarifi@example.gr>", "Δείπνο της Παρασκευής - αρρωστήσαμε όλοι", "general", "high",
"""Καλησπέρα σας,

Την Παρασκευή δειπνήσαμε στο κατάστημα της Κηφισιάς έξι άτομα.
Τέσσερις από εμάς, όσοι φάγαμε το ριζότο με θαλασσινά, ξυπνήσαμε το
βράδυ με εμετούς και πυρετό. Ο σύζυγός μου χρειάστηκε ορό στα
επείγοντα, όπου ο γιατρός είπε ότι πρόκειται για τροφική δηλητηρίαση.

Δεν γράφω για να ζητήσω κάτι για τον λογαριασμό. Θεωρώ όμως ότι
πρέπει να ελέγξετε άμεσα τα θαλασσινά σας.

Κλεονίκη Ζαρίφη"""),
("el", "w3-estiatorio-no-show-eno-akyrosa", "Λάζαρος Παπαθανασίου <lazaros.papathanasiou@example.gr>", "Χρέωση 60€ για μη εμφάνιση", "billing", "",
"""Γεια σας,

Ακύρωσα την κράτηση για 6 άτομα της Κυριακής από το Σάββατο το
μεσημέρι, με τον σύνδεσμο από το email σας, και μου εμφανίστηκε
"Η κράτηση ακυρώθηκε". Παρ' όλα αυτά μου κόψατε από την κάρτα 60€
"χρέωση μη εμφάνισης". Θα ήθελα να τα επιστρέψετε.

Λάζαρος"""),
("el", "w3-estiatorio-omadiko-gevma-20", "Ξανθή Σιδηροπούλου <xanthi.sidiropoulou@example.gr>", "Γεύμα για 20 άτομα", "general", "",
"""Καλημέρα σας,

Θέλουμε να κάνουμε ένα γεύμα μετά τη βάφτιση της ανιψιάς μου για
περίπου 20 άτομα, Κυριακή 9 Ιουνίου μεσημέρι. Έχετε ξεχωριστό χώρο ή
μεγάλο τραπέζι στον κήπο; Και υπάρχει σταθερό μενού για ομάδες ή
παραγγέλνει ο καθένας από τον κατάλογο; Έχουμε και δύο παιδιά με
καρότσι.

Ξανθή"""),
("el", "w3-gl-estiatorio-genethlia-eyxaristw", "Giorgos Chatz. <giorgos.chatz@example.gr>", "thn Tetarth", "general", "",
"""Geia sas! Thn Tetarth giortasame ta 30 ths gynaikas mou sto magazi sas
sto Nafplio. To fagito teleio, o servitoros (Stelios nomizw) efere
thn tourta me to keraki pou eixa afhsei sto mpar xwris na to katalavei
ekeinh, kai plhrwsame me th dwroepitagh pou mas eixan kanei oi filoi
mas xwris kanena 8ema. Eyxaristoume para poly, 8a ksanarthoume.
Giwrgos"""),
("el", "w3-estiatorio-tablet-kratiseon-ektos", "Ταβέρνα Το Αρχοντικό <info@archontiko-taverna.example>", "Το tablet κρατήσεων δεν δείχνει τίποτα - Σάββατο βράδυ", "technical", "high",
"""Καλησπέρα,

Είμαστε πελάτες της πλατφόρμας κρατήσεών σας. Απόψε, Σάββατο, με 140
κρατήσεις, το tablet και η σελίδα διαχείρισης δείχνουν "0 κρατήσεις"
και η λίστα είναι άδεια. Ο κόσμος έρχεται και δεν ξέρουμε ποιος έχει
κλείσει τραπέζι και πού τον έχουμε βάλει. Έχουμε ουρά στην πόρτα.

Καλέστε αμέσως στο 2310 000 717, Στέφανος.

Ταβέρνα Το Αρχοντικό"""),
# ---------------- school meal payments ----------------
("el", "w3-sxoliko-geuma-arnitiko-ypoloipo", "Χαρά Μελετίου <chara.meletiou@example.gr>", "Υπόλοιπο λογαριασμού σίτισης", "billing", "",
"""Καλησπέρα,

Στις 2 του μήνα φόρτωσα 50€ στον λογαριασμό σίτισης της Δανάης (Β2).
Σήμερα η δασκάλα μού είπε ότι το υπόλοιπο της είναι -6,40€ και ότι
αύριο δεν θα πάρει ζεστό φαγητό αν δεν το πληρώσω. Από τον λογαριασμό
της τράπεζας τα 50€ έχουν φύγει. Πού πήγαν;

Χαρά Μελετίου"""),
("el", "w3-gl-sxoliko-geuma-efarmogh-den-fortwnei", "Nikos Ath. <nikos.ath@example.gr>", "efarmogh sitishs", "technical", "",
"""geia sas h efarmogh gia ta sxolika geumata meta to update menei
sthn asprh o8onh me to logotypo kai den anoigei pote. prepei na
dhlwsw ti 8a faei o mikros thn allh evdomada ws thn Paraskeuh.
Huawei kinhto.
Nikos"""),
("el", "w3-sxoliko-geuma-sousami-antidrasi", "Αγγελική Νικολαΐδου <aggeliki.nikolaidou@example.gr>", "Ο γιος μου πήρε παστέλι", "general", "high",
"""Κύριοι,

Στον λογαριασμό σίτισης του Ορέστη (Δ1) έχουμε δηλώσει από τον
Σεπτέμβριο αλλεργία στο σουσάμι, και εμφανίζεται με κόκκινο στην
καρτέλα του. Σήμερα στο διάλειμμα του δόθηκε παστέλι από την κυλικεία.
Έβγαλε κνίδωση σε όλο το σώμα και τον πήραμε από το σχολείο με
δυσκολία στην αναπνοή. Είναι καλύτερα τώρα.

Θέλω να μάθω πώς δόθηκε και τι θα κάνετε ώστε να μην ξανασυμβεί.

Αγγελική Νικολαΐδου"""),
("el", "w3-sxoliko-geuma-metakomisi-ypoloipo", "Ηλέκτρα Δημοπούλου <ilektra.dimopoulou@example.gr>", "Αλλαγή σχολείου", "billing", "",
"""Καλημέρα,

Μετακομίζουμε στη Λάρισα και ο γιος μου αλλάζει σχολείο από τη Δευτέρα.
Στον λογαριασμό σίτισης του έχουν μείνει 37,20€. Μπορούν να μου
επιστραφούν σε τραπεζικό λογαριασμό; Το νέο σχολείο δεν είναι στο
σύστημά σας.

Ηλέκτρα Δημοπούλου"""),
("el", "w3-gl-sxoliko-geuma-xortofagiko-menou", "Ρένος Αθανασιάδης <renos.athanasiadis@example.gr>", "Μενού", "general", "",
"""geia sas, yparxei xortofagikh epilogh ka8e mera h mono kapoies meres?
kai pou vlepw to menou ths evdomadas prin dhlwsw? h korh mou egine
xortofagos kai 8elw na eimai sigouros oti 8a trwei kati.
Renos"""),
("el", "w3-gl-sxoliko-geuma-ta-phrate-dyo-fores", "Sakis M. <sakis.melas@example.gr>", "fortish 30 euro", "billing", "",
"""kalhmera. ekana fortish 30 euro ston logariasmo ths korhs mou
(Eleni Mela, G3) kai h trapeza mou ta exei pareiiii 2 fores, 60 dhladh.
sto ypoloipo ths fainontai mono ta 30. ta alla 30 pou einai?
Sakhs"""),
("el", "w3-sxoliko-geuma-sarotes-ektos-300-paidia", "Διεύθυνση 4ου Δημοτικού Σχολείου <mail@4dim-example.example>", "Οι αναγνώστες καρτών της τραπεζαρίας δεν λειτουργούν", "technical", "high",
"""Καλημέρα σας,

Σήμερα και οι τρεις αναγνώστες καρτών στην τραπεζαρία του σχολείου
δείχνουν "Σφάλμα σύνδεσης" και δεν περνάει καμία κάρτα. Έχουμε 300
παιδιά που πρέπει να φάνε μέσα σε 40 λεπτά και το προσωπικό της
κουζίνας δεν ξέρει ποιος έχει πληρώσει και ποιος όχι, ούτε ποιος έχει
αλλεργίες. Κάναμε επανεκκίνηση στο ρούτερ και στους αναγνώστες.

Παρακαλώ καλέστε στο σχολείο άμεσα.

Η Διευθύντρια
Ασπασία Κοτρώνη"""),
# ---------------- swimming and climbing schools ----------------
("el", "w3-gl-kolymvhsh-telos-ta-mathimata", "Fotis R. <fotis.rig@example.gr>", "ma8hmata kolymvhshs", "billing", "",
"""Kalhspera sas,
h Zwh dustuxws den 8elei na ksanampei sthn pisina, klaiei ka8e
Triti. Opote mexri edw, kai apo ton allo mhna na mhn traviksete to
45aki apo thn karta. Kai me thn protash sas na ksanadokimasei to
fthinopwro, to vlepoume tote.
Fwths Rigopoulos"""),
("el", "w3-anarrixisi-zoni-aggistro-anoige", "Σταύρος Καραβίας <stavros.karavias@example.gr>", "Ζώνη αναρρίχησης από την ενοικίαση", "technical", "high",
"""Καλησπέρα,

Χθες το βράδυ νοίκιασα ζώνη από το γκισέ ενοικίασης εξοπλισμού στο
κέντρο σας. Στη δεύτερη διαδρομή, πριν ξεκινήσω, ο σύντροφός μου
πρόσεξε ότι η αγκράφα στη μέση δεν κλείδωνε σωστά και γλιστρούσε όταν
τραβούσε τον ιμάντα. Αν είχα ανέβει και είχα πέσει, δεν θέλω να
σκέφτομαι. Την παρέδωσα στο γκισέ, αλλά δεν είδα να τη σημαδέψουν και
μπήκε πίσω στο καλάθι με τις άλλες.

Σταύρος Καραβίας"""),
]
