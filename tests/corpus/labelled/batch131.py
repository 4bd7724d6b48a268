# batch131.py -- labelled test mails for the helpdesk classifier, held out
# of the tree until the rules it measures are final.  Nothing here may be
# tuned or trained on.  Drawn mostly from outdoor home services (window
# cleaners, gutter cleaning, oven cleaning, pressure washing, garden
# maintenance contracts, snow clearing, Christmas light installers), in
# English, Greek (a third in Greeklish), Spanish and Polish, written
# separately per language.  Covers escalation demands that keep their
# topic, legal threats and chargebacks, negations, subjects that say
# nothing or something else, replies quoting an earlier mail, plans ended
# or paused in unusual words, business outages told by their
# consequences, safety hazards told calmly, praise, payment questions and
# everyday mail of all three queues.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b131-window-dd-taken-twice", "Harriet Cole <harriet.cole@example.co.uk>", "Direct debit", "billing", "",
"""Hi,

My monthly window cleaning direct debit (18.00) has come out twice this
month, on the 1st and again on the 3rd. The lads only came once, which
is right. Can you send the extra 18 back please?

Thanks
Harriet Cole
12 Beech Road, Harrogate"""),
("en", "b131-gutter-quote-three-storey", "Mike Ferris <mike.ferris@example.co.uk>", "Gutters", "billing", "",
"""How much do you charge to clear the gutters on a three storey end
terrace? There's also a lean-to conservatory at the back with its own
little gutter. Is that extra or included?"""),
("en", "b131-mum-bungalow-sold-round", "Janet Pryce <janet.pryce@example.co.uk>", "Mrs E. Pryce - 4 Orchard Close", "billing", "",
"""Dear Sir or Madam,

My mother, Mrs Edna Pryce, has been on your window round at 4 Orchard
Close for nearly twenty years. She has now come to live with us and the
bungalow is being sold, completion is at the end of the month. So there
will be no need for your man to call after that. Whoever buys it can
make their own arrangements.

She always paid by standing order, I will cancel that at the bank but
please let me know if anything is still owing so we can settle it.

Many thanks for looking after her windows all these years.

Janet Pryce (daughter)"""),
("en", "b131-plow-plan-arizona", "Gary Lindqvist <gary.lindqvist@example.com>", "Snow plan while we're away", "billing", "",
"""Hey there,

We signed up for the seasonal driveway plowing package ($425) in
October. Turns out we're going to spend January through March at my
sister's in Tucson, so there's no point plowing a driveway nobody's
using. Can you put our account on hold for those months and knock
something off, or carry it over to next winter?

Thanks,
Gary & Deb Lindqvist
Eau Claire, WI"""),
("en", "b131-oven-clean-invoice-landlord", "Tom Adeyemi <tom.adeyemi@example.co.uk>", "Invoice please", "billing", "",
"""Morning, your chap did the oven and hob at Flat 3, 27 Cathedral Road
on Friday for the end of my tenancy. My letting agent wants a proper
invoice with your company details on it, not the card receipt. Can you
email one over? 79.00, paid on the day.

Tom"""),
("en", "b131-barney-lawn-pickup", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Barney", "billing", "",
"""Hi guys,

Sad news, our old lab Barney passed away last Tuesday. So we won't be
needing the fortnightly lawn mow + poo pick-up combo anymore, there's
nothing to pick up! Can you change us over to just the mowing and stop
charging the extra $15 from now on?

Cheers,
Kylie
Mount Gravatt"""),
("en", "b131-pay-cash-window-man", "Arthur Bellamy <a.bellamy@example.co.uk>", "Paying", "billing", "",
"""Dear Sirs

I have received your letter that all payments must now be made by card
on line or bank transfer. I am 84 and do not do computers. I have always
paid the young man in cash at the door and would like to carry on doing
so. Is that still allowed?

Yours faithfully
A. Bellamy"""),
("en", "b131-xmas-lights-deposit-cancel", "Renee Alvarez <renee.alvarez@example.com>", "Holiday lighting booking #HL-3318", "billing", "",
"""Hi,

We put down a $150 deposit in September for the roofline and tree
lighting package. Our HOA has just told us we can't have lights on the
roof this year (long story), so we need to cancel. Your terms say the
deposit is refundable up to 30 days before install, and our install date
is December 2nd, so I think we're fine. Could you confirm how much comes
back and when?

Renee Alvarez"""),
("en", "b131-re-quote-neighbour-discount", "Claire Whitfield <claire.whitfield@example.co.uk>", "Re: Your quote Q-2291", "billing", "",
"""Hi Paul,

Thanks for this. Two of my neighbours (no. 14 and no. 18) would also
like their drives and paths done. If you do all three on the same day,
is there any discount? It would save you setting up three times.

Claire

> On 3 May, Paul at ProWash <quotes@prowash.example> wrote:
> Hi Claire,
> Thanks for your enquiry. Please find below our quote for 16 Larch Way:
> - Block paved driveway, pressure wash and re-sand: 240.00
> - Front path: 45.00
> Total 285.00 inc VAT. Quote valid for 30 days.
> Kind regards, Paul"""),
("en", "b131-not-complaint-extra-sides", "Dev Mistry <dev.mistry@example.co.uk>", "Last invoice", "billing", "",
"""This isn't a complaint about the job, the windows look great and your
guy was really polite. But the invoice says "inside and out, 12 windows"
and I only asked for outside. We weren't even in, so he couldn't have
done inside. It should be 22, not 44.

Dev"""),
("en", "b131-amc-renewal-gst", "Lakshmi Raghavan <lakshmi.r@example.in>", "AMC renewal - garden maintenance - Villa 41", "billing", "",
"""Dear Sir/Madam,

Our annual maintenance contract for the garden at Villa 41, Palm Meadows,
Whitefield is due for renewal on 1st April. Kindly send the renewal
invoice with GST details, as the amount of Rs 38,000 is being paid by my
company this year and they require GSTIN on the bill. Also please
confirm whether the fee is same as last year or revised.

Regards,
Lakshmi Raghavan"""),
("en", "b131-pressure-wash-380-manager", "Stephen Hollis <steve.hollis@example.co.uk>", "Patio - charged 380, quoted 220", "billing", "high",
"""I was quoted 220 in writing to pressure wash and re-seal the patio. The
man who came did the job and then took 380 off my card on his machine,
saying the patio was "bigger than on the photos". Nobody measured it,
nobody asked me before starting.

I want the 160 difference back and I want to speak to the owner or a
manager, not the office girl who told me "that's the price". Ring me on
07700 900731.

Stephen Hollis"""),
("en", "b131-deposit-small-claims", "Fiona McAllister <fiona.mcallister@example.co.uk>", "Deposit - final request", "billing", "high",
"""This is my third email. On 14 October I cancelled the Christmas light
installation, more than six weeks before the install date, exactly as
your own terms allow. You still have my 200 deposit.

If it is not back in my account within 7 days I will issue a claim
through the small claims court without further notice.

Fiona McAllister"""),
("en", "b131-plow-never-came-chargeback", "Marcus Bell <marcus.bell@example.com>", "Account 55920", "billing", "high",
"""You billed me $65 each for four "storm visits" in January. I work from
home. Nobody plowed my driveway on any of those days, I shoveled it
myself every single time and have the doorbell camera footage to prove
no truck showed up.

I've called twice and been told someone would "look into it". If the
$260 isn't credited back by Friday I'm disputing all four charges with
my credit card company.

Marcus Bell"""),
("en", "b131-voucher-refused-ccpc", "Siobhan Kavanagh <siobhan.kavanagh@example.ie>", "Voucher", "billing", "high",
"""Hello,

I bought your gutter cleaning voucher (EUR 69) through a deals site in
August. Every time I try to book, the office says there are no slots and
now I'm told the voucher "isn't valid in winter", which is written
nowhere on it. It expires in January.

Either honour it or refund the 69. If I don't have one or the other by
the end of the month I'll be making a complaint to the CCPC.

Siobhan Kavanagh
Naas, Co. Kildare"""),
# technical
("en", "b131-app-reset-email-never", "Ollie Grant <ollie.grant@example.co.uk>", "can't get in", "technical", "",
"""Tried to log into the app to move my window clean and it says wrong
password. Pressed forgot password about 6 times, no email arrives, not in
junk either. Email is the one I'm writing from."""),
("en", "b131-not-billing-portal-crash", "Rachel Obi <rachel.obi@example.co.uk>", "Customer portal", "technical", "",
"""Hello, just to be clear this is NOT a billing query, my account is
fully paid. The problem is the customer portal: every time I tap
"Invoices" or "My visits" the page goes white and then logs me out. Same
on my phone and my laptop. I only want to check when the next gutter
visit is.

Rachel"""),
("en", "b131-roofline-strand-dead-rain", "Neil Haworth <neil.haworth@example.co.uk>", "Lights", "technical", "",
"""Your team put up our roofline lights last Saturday and they looked
brilliant. Since the rain on Tuesday night the left half (from the
porch to the corner) stays dark. The right half and the tree are fine.
Timer is clearly working as the other bits come on at 4.

Neil, 9 Moorside"""),
("en", "b131-smart-plug-wont-pair", "Jenna Kowalczyk <jenna.k@example.com>", "Light timer app", "technical", "",
"""hi! the outdoor smart plug your installer left for the holiday lights
won't pair with the app. it blinks blue, the app finds it, then says
"device offline" after a minute. wifi is fine, my ring doorbell right
next to it works. I've reset it twice (held button 10 sec). help pls"""),
("en", "b131-robot-mower-wire-error", "Brian Walsh <brian.walsh@example.ie>", "Mower", "technical", "",
"""Hi there,

The robot mower ye installed with the garden package in May keeps
stopping with "no loop signal" in the middle of the back lawn. I walk it
back to the dock, it goes off again grand, and ten minutes later same
thing. The green light on the dock is on. Could a fox have chewed the
wire?

Brian"""),
("en", "b131-downpipe-leaking-after", "Helen Royle <helen.royle@example.co.uk>", "Gutter clean on Wednesday", "technical", "",
"""Hello,

Since your gutter clean on Wednesday the downpipe at the back is
leaking at the joint about halfway down, water runs down the wall when
it rains. It wasn't doing it before. I think it was knocked when the
ladder went up. Can someone come and have a look?

Helen Royle"""),
("en", "b131-oven-light-fan-dead", "Sam Okafor <sam.okafor@example.co.uk>", "Oven clean yesterday", "technical", "",
"""The oven looks like new, thank you, but since it was put back
together the light and the fan don't come on. The element heats up but
without the fan everything burns on top and is raw underneath. Maybe a
plug inside didn't get pushed back in?

Sam"""),
("en", "b131-irrigation-controller-err", "Priya Sharma <priya.sharma@example.com.au>", "Reticulation", "technical", "",
"""Hi, the irrigation controller your garden crew fitted in spring is
showing "ERR 3" and hasn't watered the front beds for a week. In this
heat the natives are starting to wilt. I've turned it off and on at the
wall. Zones 1 and 2 work if I run them manually, zones 3 and 4 don't.

Priya (Joondalup)"""),
("en", "b131-booking-form-spins", "Eamon Doyle <eamon.doyle@example.ie>", "Hello", "technical", "",
"""Hello, I'm trying to book an oven clean on your site but when I hit
"Confirm" it just spins forever. Tried it on the phone and the laptop,
Chrome and Edge. Is it down?"""),
("en", "b131-junction-box-burning-smell", "Margaret Lowe <margaret.lowe@example.co.uk>", "Outside lights", "technical", "high",
"""Good evening,

I don't want to make a fuss but I thought I should tell you. The black
box by the front door that your men fitted for the Christmas lights has
a smell of hot plastic coming from it, and tonight I heard a crackle and
saw a little flash through the gap in the lid. I have switched the lights
off at the socket and left them off.

Could somebody come and look at it when convenient.

Mrs M. Lowe"""),
("en", "b131-cafe-heaters-trip-kitchen", "Aoife Brennan <aoife@thelittlequay.example>", "Terrace", "technical", "high",
"""Hi,

Since your lads installed the terrace festoons and the two patio heaters
on Monday, the board trips about twice a day. When it goes, it takes
the whole kitchen with it, ovens, fridges, the lot. We had to send
people away at lunch on Thursday and again yesterday, and we have 40
booked for a christening on Sunday.

We need someone out today please.

Aoife Brennan
The Little Quay, Kinsale"""),
("en", "b131-gas-smell-after-oven-clean", "Dorothy Fenwick <dorothy.fenwick@example.co.uk>", "Cooker", "technical", "high",
"""Dear Sir

Your lady cleaned my gas cooker this morning and took the burners off
the top to soak them. Since she left I can smell gas faintly near the
cooker even with all the knobs off. I have opened the back door and not
lit anything. My son says I should tell you straight away so I am.

Dorothy Fenwick
01632 960441"""),
("en", "b131-mower-third-visit-senior", "Richard Lam <richard.lam@example.com>", "Mower - 3rd time", "technical", "high",
"""Your technician has now been out three times for the same robot mower
fault (stops with "lift sensor" error every few minutes). Each time he
resets it, says it's fixed, and it fails again the next day.

I'm not having a fourth visit from the same person. I want this
escalated to someone senior who can actually decide to replace the unit.

Richard Lam"""),
# general
("en", "b131-office-hours-saturday", "Gail Morton <gail.morton@example.co.uk>", "Office", "general", "",
"""Is your office open on a Saturday morning? I'd rather ring than email
but I'm at work all week."""),
("en", "b131-praise-loose-slate", "Peter Sands <peter.sands@example.co.uk>", "Thank you to Dave", "general", "",
"""Just a quick note to say thank you to Dave who does our windows. Last
week he knocked on the door to tell me there was a slate slipped on the
back roof that he'd spotted from his ladder. Got a roofer out, turned
out there was a lot more loose than I'd have known. Probably saved us a
wet bedroom this winter. Please pass on our thanks.

Peter & Anne Sands"""),
("en", "b131-ladder-left-behind", "Chris Adebayo <chris.adebayo@example.co.uk>", "Your ladder", "general", "",
"""Your gutter team left an extending ladder leaning against my side
fence on Thursday. It's quite safe, I've laid it flat behind the gate.
Someone can collect it whenever, I'm in after 5 most days."""),
("en", "b131-gate-code-dog", "Louise Fairbairn <louise.fairbairn@example.co.uk>", "Next visit - access", "general", "",
"""Hi, for the garden visit on the 12th: the side gate code has changed
to 4471. Please close it behind you as we have a new puppy who will
make a run for it. There's space to park on the drive, the car will be
out.

Louise"""),
("en", "b131-new-phone-number", "Graham Tully <graham.tully@example.co.uk>", "Change of number", "general", "",
"""Please update my mobile on your system to 07700 900582. The old one
ending 219 no longer works so your "we're on our way" texts aren't
getting to me.

G. Tully, 31 Wheatfield Drive"""),
("en", "b131-delete-my-details", "Nadia Petrova <nadia.petrova@example.com>", "Data", "general", "",
"""Hello,

I used your snow clearing service once two winters ago. I keep getting
marketing emails and texts from you. Please delete all the personal
data you hold about me and confirm once that's done.

Nadia Petrova"""),
("en", "b131-u10s-sponsorship", "Kev Rowlands <kev.rowlands@example.co.uk>", "Sponsorship", "general", "",
"""Hiya,

I run the Hollins Park under 10s football team. We're looking for a
local business to sponsor new kits for next season, your logo would go
on the front of the shirts. I see your vans round the estate all the
time so thought I'd ask. Happy to send more details.

Kev Rowlands
Coach, Hollins Park Juniors"""),
("en", "b131-solar-panels-pure-water", "Amit Joshi <amit.joshi@example.co.uk>", "Question", "general", "",
"""Do your window cleaners also do solar panels? And is it the same pure
water pole system, no chemicals? We've got 12 panels on the south side of
the roof."""),
("en", "b131-xmas-fair-stand", "Village Hall Committee <events@ashby-parva-hall.example>", "Christmas fair - 7 December", "general", "",
"""Dear all,

Ashby Parva village hall holds its Christmas fair and lights switch-on on
Saturday 7 December, 2pm to 6pm. Several residents mentioned that you
put up lovely displays and we wondered whether you'd like a stand
(free to local businesses this year). It would be a nice chance to show
people what you do.

Best wishes,
Margaret Ellis, on behalf of the committee"""),
("en", "b131-cleaner-peering-smoking", "Zoe Hartmann <zoe.hartmann@example.co.uk>", "Your window cleaner", "general", "",
"""I'm not after money or anything but I think you should know. The new
window cleaner on our road stands at the front windows peering in for
ages, smokes in my front garden and flicks the ends into the flower
beds. It's a bit unsettling when I'm home on my own. The previous chap
was never like that. Could someone have a word?

Zoe"""),
("en", "b131-swore-at-dad-manager", "Anil Kapoor <anil.kapoor@example.co.uk>", "Behaviour of your operative", "general", "high",
"""My father is 79 and partly deaf. On Tuesday he went out to ask your
operative to mind the rose bed, and the man swore at him and told him
to "get back inside, old man". My neighbour heard all of it.

I want a call from the manager or the owner of the business, not a
standard apology email. My number is 07700 900318.

Anil Kapoor"""),
("en", "b131-ladder-across-school-path", "Debbie Marsh <debbie.marsh@example.co.uk>", "Ladder on Millbrook Road", "general", "high",
"""Hi,

One of your crews has left a long ladder chained to the railings outside
the flats on Millbrook Road, sticking out across the pavement at head
height. It's been there since yesterday, and that's the route all the
kids take to St Peter's primary. I watched a child on a scooter duck
under it this morning. I'm calmly asking you to move it today before
someone gets hurt.

Debbie Marsh"""),
]
# ---------------- Greek ----------------
M += [
("el", "b131-tzamia-diples-xreosi", "Μαρία Παπαδάκη <maria.papadaki@example.gr>", "Διπλή χρέωση", "billing", "",
"""Καλημέρα σας,

Την Τρίτη ήρθε το συνεργείο σας και καθάρισε τα τζάμια στο διαμέρισμα
(Πατησίων 112, 4ος). Πλήρωσα 65 € με κάρτα στο POS του τεχνικού, αλλά
στην κίνηση της κάρτας βλέπω δύο χρεώσεις των 65 € με την ίδια ώρα.
Μπορείτε να μου επιστρέψετε τη δεύτερη;

Ευχαριστώ,
Μαρία Παπαδάκη"""),
("el", "b131-gl-poso-ydrorroes", "Stathis K. <stathis.k@example.gr>", "ydrorroes", "billing", "",
"""Kalhspera, poso kostizei o katharismos twn ydrorrown se monokatoikia
2 orofwn sto Peristeri? Exei kai mia pergola me dikh ths ydrorroh. H
timh einai me ton FPA h xwris?"""),
("el", "b131-pateras-efyge-kipos-horio", "Γιώργος Ζαφειρίου <g.zafeiriou@example.gr>", "Συμβολαιο κηπου - οδος Αγ. Νικολαου 7, Νεα Μακρη", "billing", "",
"""Καλησπερα σας,

Ο πατερας μου, Νικολαος Ζαφειριου, ειχε μαζι σας συμβολαιο συντηρησης
του κηπου στο σπιτι της Νεας Μακρης. Δυστυχως εφυγε απο τη ζωη τον
περασμενο μηνα. Το σπιτι θα κλεισει μεχρι να δουμε τι θα κανουμε με τα
αδερφια μου, οποτε δεν χρειαζεται να ερχεται πια ο κηπουρος.

Παρακαλω σταματηστε το συμβολαιο και πειτε μου αν υπαρχει κατι
ανεξοφλητο για να το τακτοποιησω.

Γιωργος Ζαφειριου
6944 123 456"""),
("el", "b131-gl-metsovo-pagwma-xioni", "Kwstas Tsiolis <k.tsiolis@example.gr>", "paketo xioniou", "billing", "",
"""Geia sas,
exoume to paketo me ton ekxionismo gia to spiti sto Metsovo (to
plhrwnoume 40 eurw to mhna Dekemvrio-Martio). Fetos o xeimwnas 8a ton
perasoume sth Thessalonikh logw douleias ths gynaikas mou, den 8a
anevoume katholou. Ginetai na to pagwsete gia fetos kai na mhn mas
xrewnete, kai na to 3ekinhsoume pali ton allo xeimwna?
Eyxaristw
Kwstas"""),
("el", "b131-timologio-kafe-piestiko", "Καφέ Αλκυόνη <info@kafe-alkyoni.example>", "Τιμολόγιο για πλύσιμο αυλής", "billing", "",
"""Καλημέρα,

Την Πέμπτη πλύνατε με πιεστικό την αυλή και το πεζοδρόμιο μπροστά στο
μαγαζί μας (Καφέ Αλκυόνη, Ακτή Μιαούλη 18, Πειραιάς). Μας δώσατε
απόδειξη λιανικής, όμως χρειαζόμαστε τιμολόγιο παροχής υπηρεσιών.

Στοιχεία: ΑΛΚΥΟΝΗ Ο.Ε., ΑΦΜ 099999999, ΔΟΥ Α' Πειραιά.
Ποσό 140 € πληρωμένο με κάρτα.

Ευχαριστούμε,
Ρένα Μουστάκα"""),
("el", "b131-doseis-etisio-kipos", "Ελευθερία Ρήγα <eleftheria.riga@example.gr>", "Ερώτηση για πληρωμή", "billing", "",
"""Γεια σας, ενδιαφέρομαι για το ετήσιο πακέτο συντήρησης κήπου (κλάδεμα,
κούρεμα γκαζόν, λίπανση) που είδα στη σελίδα σας, 720 € τον χρόνο.
Μπορώ να το πληρώσω σε δόσεις με πιστωτική ή πρέπει να εξοφληθεί
ολόκληρο στην αρχή;"""),
("el", "b131-re-prosfora-fotismos-ekptosi", "Άγγελος Μαυρίδης <angelos.mavridis@example.gr>", "Re: Προσφορά χριστουγεννιάτικου φωτισμού", "billing", "",
"""Καλησπέρα κ. Δημητρίου,

Ευχαριστώ για την προσφορά. Αν την επιβεβαιώσουμε μέσα στον Οκτώβριο
υπάρχει κάποια έκπτωση; Μου είπε ένας γείτονας ότι πέρσι κάνατε 10%
για κρατήσεις πριν τον Νοέμβριο.

Άγγελος

> Στις 2/10, ο/η Στέλιος Δημητρίου <prosfores@fotolampsi.example> έγραψε:
> Αγαπητέ κύριε Μαυρίδη,
> σας στέλνουμε την προσφορά για τη μονοκατοικία σας στο Πανόραμα:
> - Φωτισμός περιμετρικά στη στέγη (28 μ.): 420 €
> - Φωτισμός δύο δέντρων στην αυλή: 180 €
> - Τοποθέτηση και αφαίρεση τον Ιανουάριο: περιλαμβάνονται
> Σύνολο 600 € με ΦΠΑ.
> Με εκτίμηση, Στέλιος Δημητρίου"""),
("el", "b131-gl-den-akyrwnw-apodeiksi-fournos", "Niki Alexiou <niki.alexiou@example.gr>", "apodeiksh", "billing", "",
"""Kalhmera! Mhn anhsyxeite den 8elw na akyrwsw tipota, o fournos
egine kainourgios :) Apla h kyria pou hr8e den eixe apodeiksh mazi ths
kai ths plhrwsa 55 eurw metrhta. Mporeite na mou steilete mia apodeiksh
sto email?
Niki"""),
("el", "b131-gl-dwroepitagi-mama", "Pavlos D. <pavlos.d@example.gr>", "dwroepitagh", "billing", "",
"""Geia sas, phra mia dwroepitagh 80e apo to site sas gia katharismo
fournou + aporofhthra gia th mhtera mou gia th giorth ths. Ton kwdiko
ton exw sto email. Pws ton xrhsimopoiei ayth, mesw thlefwnou h prepei na
ton valei sto site? Einai 76 xronwn kai den ta paei kala me to internet.
Kai an to kostos vgei ligo parapanw, plhrwnei th diafora ekei?"""),
("el", "b131-diaxeirisi-polykatoikias-tzamia", "Διαχείριση Πολυκατοικίας <diaxeirisi.kifisias84@example.gr>", "Κοινόχρηστα - τζάμια κλιμακοστασίου", "billing", "",
"""Κύριοι,

Ως διαχειριστής της πολυκατοικίας στην Κηφισίας 84 (Αμπελόκηποι),
παρακαλώ τα τιμολόγια για το μηνιαίο καθάρισμα των τζαμιών του
κλιμακοστασίου και της εισόδου να εκδίδονται πλέον στο όνομα της
πολυκατοικίας και όχι στο δικό μου, ώστε να περνάνε κανονικά στα
κοινόχρηστα. Επίσης, ο τελευταίος λογαριασμός του Σεπτεμβρίου δεν μας
έχει έρθει ακόμη.

Με εκτίμηση,
Θεόδωρος Κανελλόπουλος"""),
("el", "b131-avli-180-anti-120-proistamenos", "Βασίλης Σταυρόπουλος <v.stavropoulos@example.gr>", "Πλύσιμο αυλής - χρέωση", "billing", "high",
"""Μου δώσατε γραπτή προσφορά 120 € για το πλύσιμο της αυλής με
πιεστικό. Ο υπάλληλός σας τελείωσε και μου ζήτησε 180 €, λέγοντας ότι
"ήταν πιο βρώμικη απ' ό,τι φαινόταν". Τα έδωσα για να μη γίνει σκηνή
μπροστά στα παιδιά.

Θέλω πίσω τα 60 € και θέλω να μιλήσω με τον υπεύθυνο της εταιρείας, όχι
με το τηλεφωνικό κέντρο. Τηλέφωνο 6977 456 321.

Βασίλης Σταυρόπουλος"""),
("el", "b131-gl-prokatavoli-fotismos-synigoros", "Eleni Vlaxou <eleni.vlaxou@example.gr>", "PROKATAVOLH", "billing", "high",
"""Kalhspera.
Ston Septemvrio edwsa 150 eurw prokatavolh gia to fwtismo sto mpalkoni
kai sthn eisodo. Prin 2 evdomades mou thlefwnhsate oti "den prolavainete
fetos" kai akyrwsate. Apo tote kaneis den mou epistrefei ta lefta, kai
sto thlefwno mou lene "8a sas paroume".
An den ta dw ston logariasmo mou mexri thn Paraskevh, kanw katagelia
ston Synhgoro tou Katanalwth.
Eleni Vlaxou"""),
("el", "b131-kalavryta-amfisvitisi-trapeza", "Δημοσθένης Λάμπρου <d.lamprou@example.gr>", "Λογαριασμός Ιανουαρίου", "billing", "high",
"""Καλησπέρα.

Στον λογαριασμό Ιανουαρίου μου χρεώνετε 4 επισκέψεις εκχιονισμού στο
σπίτι μας στα Καλάβρυτα, 45 € η καθεμία. Ήμασταν εκεί όλο τον μήνα.
Κανείς δεν ήρθε ποτέ, τον δρόμο ως την πόρτα τον καθάρισα μόνος μου με
το φτυάρι, και μπορεί να το επιβεβαιώσει και ο γείτονας.

Αν δεν ακυρωθούν οι χρεώσεις μέσα σε μία εβδομάδα, θα κάνω αμφισβήτηση
της χρέωσης στην τράπεζα και θα ζητήσω την επιστροφή από εκεί.

Δ. Λάμπρου"""),
("el", "b131-kipos-synexizoun-dikigoros", "Αικατερίνη Μπούρα <a.boura@example.gr>", "Ακύρωση που δεν έγινε ποτέ", "billing", "high",
"""Κύριοι,

Σας ενημέρωσα γραπτώς στις 10 Ιουνίου ότι διακόπτω το συμβόλαιο
συντήρησης κήπου, όπως προβλέπει ο όρος 7 (ένας μήνας προειδοποίηση).
Παρ' όλα αυτά χρεώσατε την κάρτα μου Αύγουστο, Σεπτέμβριο και Οκτώβριο,
85 € κάθε φορά, ενώ ο κηπουρός σας δεν εμφανίστηκε ούτε μία φορά.

Απαιτώ την επιστροφή των 255 €. Έχω ήδη δώσει τον φάκελο στον δικηγόρο
μου, ο οποίος θα σας στείλει εξώδικο αν δεν λάβω απάντηση μέσα σε 10
ημέρες.

Αικατερίνη Μπούρα"""),
# technical
("el", "b131-gl-efarmogi-kwdikos", "Manos P. <manos.p@example.gr>", "efarmogh", "technical", "",
"""geia, den mporw na mpw sthn efarmogh gia na kleisw rantevou gia
tzamia. leei "lathos kwdikos" kai otan patame "3exasa ton kwdiko" den
erxetai tipota sto mail, oute sta anepi8ymhta. ti na kanw?"""),
("el", "b131-kratisi-den-fainontai-ores", "Σοφία Λιάκου <sofia.liakou@example.gr>", "Κράτηση online", "technical", "",
"""Καλημέρα. Προσπαθώ να κλείσω ραντεβού για καθαρισμό φούρνου από τη
σελίδα σας αλλά στο ημερολόγιο όλες οι μέρες είναι γκρι, δεν εμφανίζεται
καμία ώρα, ακόμα και για τον Δεκέμβριο. Το δοκίμασα και από κινητό και
από υπολογιστή. Μήπως έχει πρόβλημα η σελίδα;"""),
("el", "b131-lampakia-misa-meta-vroxi", "Χρήστος Αναστασίου <christos.anast@example.gr>", "Φωτάκια", "technical", "",
"""Γεια σας,

Τα λαμπάκια που τοποθετήσατε στο μπαλκόνι και στα κάγκελα την
προηγούμενη εβδομάδα ήταν τέλεια μέχρι την Κυριακή. Μετά τη βροχή της
Κυριακής η μισή σειρά (από τη γωνία μέχρι την μπαλκονόπορτα) δεν
ανάβει. Τα υπόλοιπα ανάβουν κανονικά με το χρονοδιακόπτη.

Χρήστος, Χαλάνδρι"""),
("el", "b131-gl-oxi-xrewsi-potistiko", "Giannis Karras <giannis.karras@example.gr>", "logariasmos?", "technical", "",
"""Kalhmera, to 8ema moy DEN einai o logariasmos, ton plhrwsa kanonika.
To programmatisth tou potistikou pou evale o khpouros sas ton Apriliou
deixnei mono paules sthn o8onh kai den potizei tipota edw kai 4 meres.
To gkazon exei arxisei na kitrinizei. Evgala kai evala tis mpataries,
tipota.
Giannis"""),
("el", "b131-gl-xlookoptiko-stamataei", "Fotis Georgiou <fotis.g@example.gr>", "rompotiko xlookoptiko", "technical", "",
"""Kalhspera sas, to rompotiko xlookoptiko pou mas egkatasthsate me to
paketo tou khpou stamataei synexeia sth mesh tou gkazon kai vgazei
"sfalma kalwdiou orioy". To gyrizw sth vash, 3ekinaei, kai se ligo pali
ta idia. Mhpws exei kopei to kalwdio apo to skapsimo pou kaname?"""),
("el", "b131-fournos-den-zestainei", "Ευαγγελία Τζαννή <e.tzanni@example.gr>", "Φούρνος μετά τον καθαρισμό", "technical", "",
"""Καλησπέρα σας,

Χθες ήρθε η κυρία σας για τον καθαρισμό του φούρνου. Ο φούρνος
καθάρισε πολύ ωραία, αλλά από τότε που τον ξαναμόντασε δεν ζεσταίνει
καθόλου. Ανάβει το λαμπάκι και γυρίζει ο ανεμιστήρας, αλλά στους 200
βαθμούς μετά από μισή ώρα είναι μόλις χλιαρός. Μήπως δεν συνδέθηκε καλά
η αντίσταση;

Ευαγγελία Τζαννή"""),
("el", "b131-ydrorroi-xeilizei-meta", "Σπυρος Μελας <spyros.melas@example.gr>", "Υδρορροη", "technical", "",
"""Καλημερα. Καθαρισατε τις υδρορροες την περασμενη Τεταρτη. Με τη
χθεσινη βροχη το νερο ξεχειλιζε απο τη γωνια πανω απο την πορτα της
κουζινας, κατι που πριν δεν γινοταν. Μαλλον εχει βουλωσει ο καθετος
σωληνας η εχει στραβωσει το λουκι. Μπορει να ερθει καποιος να το
δει;"""),
("el", "b131-gl-timer-mesanyxta", "Dhmhtra S. <dhmhtra.s@example.gr>", "timer", "technical", "",
"""Geia! o exypnos timer gia ta fwtakia ths eisodou kathe mesanyxta
kanei reset kai xanei to programma, to prwi ta fwta einai anammena
akoma. Apo thn efarmogh ta 3anarythmizw kathe mera. Exei kapoia
enhmerwsh?"""),
("el", "b131-site-den-anoigei-kinito", "Νεκτάριος Γαλάνης <nektarios.galanis@example.gr>", "Γεια σας", "technical", "",
"""Γεια σας, από το κινητό (Android) η σελίδα σας ανοίγει μόνο το λογότυπο
και μένει άσπρη. Από τον υπολογιστή της δουλειάς ανοίγει κανονικά.
Ήθελα να δω πότε είναι η επόμενη επίσκεψη για τα τζάμια."""),
("el", "b131-metasximatistis-eliose", "Ολυμπία Καραγιάννη <olympia.karagianni@example.gr>", "Το κουτί των φώτων", "technical", "high",
"""Καλησπέρα σας,

Θέλω απλώς να σας ενημερώσω. Ο μετασχηματιστής για τα φώτα της
πρόσοψης, που τοποθέτησαν οι άνθρωποί σας στο πλαϊνό τοίχο, απόψε ήταν
πολύ ζεστός στο άγγιγμα και στη μία γωνία το πλαστικό έχει λιώσει και
μαυρίσει. Μύριζε και λίγο καμένο. Κατέβασα την ασφάλεια και τα έχω
σβηστά.

Όποτε μπορείτε στείλτε κάποιον να το κοιτάξει.
Ολυμπία Καραγιάννη"""),
("el", "b131-gl-taverna-peftei-reuma", "Taverna To Limanaki <info@tolimanaki.example>", "AYLH", "technical", "high",
"""Kalhmera,
apo th Deutera pou egkatasthsate ta fwtakia kai tis 3 8ermastres sthn
aylh, ri3ei o diakopths sto pinaka 2-3 fores th mera. Kai otan pesei,
kleinei kai h kouzina olh, psistaries, psygeia, ta panta. To Savvato
to vrady diwxname kosmo gia mia wra kai xtes to mesimeri pali. Thn
Kyriakh exoume vaftisia 60 atomwn.
Steilte kapoion shmera parakalw.
Mixalhs, Taverna To Limanaki, Nafplio"""),
("el", "b131-fotistiko-kipou-reuma-paidi", "Άννα Σωτηρίου <anna.sotiriou@example.gr>", "Φωτιστικό στον κήπο", "technical", "high",
"""Καλησπέρα,

Ένα από τα χαμηλά φωτιστικά που τοποθέτησε το συνεργείο σας στο
μονοπάτι του κήπου έχει ραγισμένο καπάκι. Σήμερα ο γιος μου (9 ετών)
το ακούμπησε με το χέρι και τον τίναξε ρεύμα. Είναι καλά, απλώς
τρόμαξε. Έχω κατεβάσει την ασφάλεια του κήπου και δεν το αγγίζει κανείς.

Παρακαλώ να έρθει κάποιος να το ελέγξει.
Άννα Σωτηρίου, Βούλα"""),
("el", "b131-potistiko-trito-ypeuthynos", "Λεωνίδας Χριστάκης <l.christakis@example.gr>", "Τρίτη φορά για το ίδιο", "technical", "high",
"""Είναι η τρίτη φορά μέσα σε δύο μήνες που έρχεται τεχνικός σας για το
αυτόματο πότισμα. Κάθε φορά "το φτιάχνει", φεύγει, και σε δύο μέρες
η ζώνη 3 ξαναπλημμυρίζει ενώ οι ζώνες 1 και 2 δεν ποτίζουν καθόλου.

Δεν δέχομαι τέταρτη επίσκεψη από τον ίδιο άνθρωπο. Ζητώ να αναλάβει το
θέμα κάποιος υπεύθυνος, ανώτερος, που μπορεί να αποφασίσει αντικατάσταση.

Λεωνίδας Χριστάκης"""),
# general
("el", "b131-gl-savvato-grafeio", "Roula M. <roula.m@example.gr>", "wrario", "general", "",
"""Kalhmera, to grafeio sas einai anoixto to Savvato to prwi? 8elw na
perasw apo konta."""),
("el", "b131-efxaristies-kipouro-vangeli", "Ευάγγελος και Μαίρη Κουτσούκη <koutsoukis@example.gr>", "Ευχαριστούμε τον κ. Βαγγέλη", "general", "",
"""Καλησπέρα σας,

Θέλαμε να σας πούμε ένα μεγάλο ευχαριστώ για τον κηπουρό σας, τον
κ. Βαγγέλη. Όχι μόνο ο κήπος είναι πιο όμορφος από ποτέ, αλλά όταν ήμουν
στο νοσοκομείο τον Ιούλιο πότιζε και τις γλάστρες της βεράντας χωρίς
να του το ζητήσει κανείς. Τέτοιοι άνθρωποι δεν βρίσκονται εύκολα.

Με εκτίμηση,
Μαίρη Κουτσούκη"""),
("el", "b131-xechasate-kouva-lasticho", "Θανάσης Ρούσσος <thanasis.roussos@example.gr>", "Ξεχάσατε πράγματα", "general", "",
"""Τα παιδιά που έπλυναν την ταράτσα την Παρασκευή ξέχασαν έναν μπλε
κουβά κι ένα κουλούρι λάστιχο στο πλατύσκαλο. Τα έχω μαζέψει στην
αποθήκη. Περάστε όποτε θέλετε, πάνω από τις 6 το απόγευμα είμαι σπίτι."""),
("el", "b131-kleidi-thyroros-skylos", "Ιφιγένεια Πάνου <ifigeneia.panou@example.gr>", "Για την Πέμπτη", "general", "",
"""Καλημέρα,

Για τον καθαρισμό των τζαμιών την Πέμπτη δεν θα είμαι σπίτι. Το κλειδί
θα το έχει η κυρία Λένα στο ισόγειο (κουδούνι "Παπαδοπούλου"). Ο σκύλος
θα είναι κλεισμένος στο μπάνιο, μην ανησυχείτε αν γαβγίζει, δεν
δαγκώνει. Παρακαλώ κλείστε καλά την μπαλκονόπορτα φεύγοντας.

Ιφιγένεια"""),
("el", "b131-nea-dieythynsi-email", "Κωνσταντινος Βλαχος <k.vlachos@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλησπερα, παρακαλω αλλαξτε το email μου στον λογαριασμο σε
kostas.vlachos.new@example.gr, το παλιο θα κλεισει στο τελος του μηνα.
Και το κινητο εγινε 6932 000 118.
Ευχαριστω"""),
("el", "b131-gl-iliakos-pergkola", "Babis T. <babis.t@example.gr>", "erwthsh", "general", "",
"""Kalhspera, ka8arizete kai tzamia apo pergkola (exoume mia me
polykarmpwnika sthn taratsa) h mono parathyra? Kai kati allo, pianete
kai ta fwtovoltaika panelakia pou einai dipla?"""),
("el", "b131-xorigia-syllogos-kalamaria", "Πολιτιστικός Σύλλογος Καλαμαριάς <syllogos.kalamaria@example.gr>", "Χορηγία για τη χριστουγεννιάτικη γιορτή", "general", "",
"""Αγαπητοί κύριοι,

Ο Πολιτιστικός Σύλλογος Καλαμαριάς διοργανώνει, όπως κάθε χρόνο, τη
χριστουγεννιάτικη γιορτή για τα παιδιά της γειτονιάς στις 21 Δεκεμβρίου
στην πλατεία. Θα θέλατε να συμμετάσχετε ως χορηγός; Το όνομα της
εταιρείας σας θα αναγράφεται στις αφίσες και στο πρόγραμμα της γιορτής.

Με εκτίμηση,
Για το Δ.Σ.,
Ευτυχία Νικολαΐδου"""),
("el", "b131-xristougenniatiko-xorio-dimos", "Τμήμα Πολιτισμού Δήμου <politismos@dimos-kastorias.example>", "Χριστουγεννιάτικο Χωριό - πρόσκληση συμμετοχής", "general", "",
"""Καλημέρα σας,

Ο Δήμος διοργανώνει και φέτος το Χριστουγεννιάτικο Χωριό στην
παραλίμνια (6 Δεκεμβρίου - 6 Ιανουαρίου). Προσκαλούμε τοπικές
επιχειρήσεις να συμμετάσχουν με ξύλινο περίπτερο. Αν σας ενδιαφέρει,
στείλτε μας έως τις 15 Νοεμβρίου μια σύντομη περιγραφή της
δραστηριότητάς σας.

Τμήμα Πολιτισμού"""),
("el", "b131-gl-mousiki-parkarisma", "Xristina L. <xristina.l@example.gr>", "synergeio", "general", "",
"""Geia sas, den 8elw kamia apozhmiwsh, apla na to 3erete. To synergeio
pou hr8e gia to kladema xtes eixe th mousikh sto terma apo to fortigaki
oles tis wres, parkare mprosta sto garaz mou kai otan tous eipa na to
metakinhsoun mou apanthsan "5 lepta kyria" kai to afhsan 2 wres. Oi
geitones mou to sxoliazoun akoma.
Xristina"""),
("el", "b131-diagrafi-sms", "Στέλλα Αργυρίου <stella.argyriou@example.gr>", "Προσωπικά δεδομένα", "general", "",
"""Καλησπέρα,

Είχα χρησιμοποιήσει μία φορά την υπηρεσία σας για καθαρισμό
υδρορροών πριν από δύο χρόνια. Από τότε λαμβάνω διαφημιστικά SMS σχεδόν
κάθε εβδομάδα. Παρακαλώ διαγράψτε όλα τα προσωπικά μου δεδομένα από τα
αρχεία σας και επιβεβαιώστε μου όταν γίνει.

Στέλλα Αργυρίου"""),
("el", "b131-katharistika-gata", "Ρένα Χατζή <rena.chatzi@example.gr>", "Καθαριστικά", "general", "",
"""Τι καθαριστικά χρησιμοποιείτε στον καθαρισμό φούρνου; Έχουμε μια
γάτα που κάθεται όλη μέρα στην κουζίνα και θέλω να ξέρω αν είναι
ασφαλή για ζώα ή αν πρέπει να την κλείσω σε άλλο δωμάτιο εκείνη τη
μέρα."""),
("el", "b131-prosvoli-mitera-diefthyntis", "Παναγιώτα Ιωαννίδου <p.ioannidou@example.gr>", "Συμπεριφορά υπαλλήλου σας", "general", "high",
"""Κύριοι,

Η μητέρα μου είναι 81 ετών. Την Τρίτη ο υπάλληλός σας που καθάριζε τα
τζάμια της την αποκάλεσε "γριά ξεκουτιάρα" επειδή τον ρώτησε δύο φορές
πόσο θα κρατήσει η δουλειά. Η μητέρα μου έκλαιγε όλο το απόγευμα.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής ή ο ιδιοκτήτης της
εταιρείας, όχι ένα τυποποιημένο email. Τηλ. 6945 778 201.

Παναγιώτα Ιωαννίδου"""),
("el", "b131-gl-anoixto-freatio-eisodos", "Thodoris N. <thodoris.n@example.gr>", "eisodos polykatoikias", "general", "high",
"""Kalhspera,
oi ergates sas pou ka8arizan ta freatia kai ta lasti3a sthn eisodo
ths polykatoikias (Ermou 23) afhsan ena freatio anoixto, xwris kapaki,
mono me mia karekla apo panw. Einai akrivws sto skalopati ths eisodou
kai apo8e vradu einai skotadi ekei. Exoume hlikiwmenous kai mwra sthn
polykatoikia. Parakalw na er8ei kapoios na to kleisei shmera.
Thodoris"""),
]
# ---------------- Spanish ----------------
M += [
("es", "b131-recibo-cristales-dos-veces", "Pilar Carrasco <pilar.carrasco@example.es>", "Recibo duplicado", "billing", "",
"""Buenos días:

Este mes me han pasado dos veces el recibo de la limpieza de cristales
(32,00 € cada uno, días 2 y 5). Solo vinieron una vez, como siempre.
¿Me pueden devolver el segundo cargo? Mi IBAN es el mismo de la
domiciliación.

Un saludo,
Pilar Carrasco
C/ Alcalá 214, 3º B, Madrid"""),
("es", "b131-hidrolavadora-fachada-msi", "Jorge Villaseñor <jorge.villasenor@example.com.mx>", "Cotización fachada", "billing", "",
"""Buenas tardes, ¿cuánto me cobrarían por lavar con hidrolavadora la
fachada de una casa de dos pisos en Zapopan? Son como 80 m2 de cantera.
Y otra pregunta, ¿aceptan tarjeta a meses sin intereses o solo
transferencia?

Saludos"""),
("es", "b131-marido-jubilado-jardin", "Mercedes Ibarra <mercedes.ibarra@example.es>", "Jardin", "billing", "",
"""Hola buenas,

Os escribo porque mi marido se ha jubilado este mes y dice que a partir
de ahora el jardin lo quiere hacer el, que es lo que lleva años queriendo
hacer. Asi que ya no necesitamos que venga Antonio cada quince dias.
Dejad de pasarnos el recibo a partir de noviembre por favor.

Eso si, Antonio ha sido un encanto todos estos años, dadle las gracias.

Mercedes Ibarra
Urb. Los Pinos 12, Alhaurin de la Torre"""),
("es", "b131-abono-jardin-viaje-europa", "Federico Aguirre <fede.aguirre@example.com.ar>", "Abono mensual", "billing", "",
"""Hola, qué tal.

Con mi señora nos vamos a Europa a visitar a los chicos desde el 10 de
enero hasta mediados de abril. ¿Se puede suspender el abono de
mantenimiento del jardín (ARS 85.000 por mes) durante esos meses y
retomarlo cuando volvamos? No tiene sentido pagar si el pasto lo puede
cortar mi cuñado una vez al mes.

Gracias,
Federico Aguirre
Adrogué"""),
("es", "b131-factura-comunidad-canalones", "Administración Fincas Ruiz <admin@fincasruiz.example>", "Factura limpieza canalones - C.P. Avda. Andalucía 45", "billing", "",
"""Estimados señores:

En relación con la limpieza de canalones realizada el pasado día 14 en la
Comunidad de Propietarios Avda. Andalucía 45 (Jaén), les rogamos emitan la
factura a nombre de la comunidad con CIF H00000000 y no a nombre del
presidente, como figura en la que nos enviaron. Sin ese dato no podemos
aprobar el pago en junta.

Atentamente,
Rocío Ruiz
Administración de Fincas Ruiz"""),
("es", "b131-transferencia-datos-chile", "Camila Fuentes <camila.fuentes@example.cl>", "Pago", "billing", "",
"""Hola! Me pasaron la boleta por la limpieza de ventanas del depto
(CLP 45.000) pero no dice a qué cuenta transferir. ¿Me mandan los datos?
Prefiero transferencia que pagarle en efectivo al maestro.
Gracias!
Camila"""),
("es", "b131-re-presupuesto-luces-iva", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Re: Presupuesto iluminación navideña", "billing", "",
"""Hola Marta,

Gracias por el presupuesto. Una duda antes de confirmar: ¿los 960 € son
con IVA o hay que sumarle el 21 %? En el documento no lo pone.

Iñaki

> El 28/10, Marta Goñi <presupuestos@luzdeinvierno.example> escribió:
> Buenos días Iñaki,
> te adjunto presupuesto para la vivienda de Zarautz:
> - Guirnalda LED en alero y balcones (34 m): 640 €
> - Iluminación del abeto del jardín: 220 €
> - Montaje y desmontaje en enero: 100 €
> Total: 960 €
> Un saludo, Marta"""),
("es", "b131-no-queja-visita-gratis-cobrada", "Lucía Benavente <lucia.benavente@example.es>", "Última factura", "billing", "",
"""No es una queja del trabajo, el horno ha quedado como nuevo. Pero en la
factura aparece "visita de valoración 25 €" y cuando llamé me dijeron
que la valoración era gratuita si luego contrataba la limpieza, que es lo
que hice. ¿Me podéis quitar esos 25 €?

Lucía"""),
("es", "b131-cupon-no-aplica-colombia", "Andrés Restrepo <andres.restrepo@example.com.co>", "Código de descuento", "billing", "",
"""Buenas, tengo el código PRIMERAVEZ20 que me llegó por WhatsApp para el
lavado de tanques y terraza, pero al pagar en la página no me lo toma,
dice "cupón no válido para este servicio". El total me sale en $380.000.
¿Ese descuento aplica o no? Si aplica, ¿cómo pago?"""),
("es", "b131-senal-luces-comunidad-prohibe", "Vicente Soler <vicente.soler@example.es>", "Anulación", "billing", "",
"""Buenas tardes,

Pagamos 100 € de señal en octubre para la iluminación del balcón y la
fachada. Ahora la comunidad ha aprobado en junta que no se puede colgar
nada de la fachada (por lo visto el año pasado hubo problemas con un
vecino). Así que tenemos que anularlo. ¿Nos devolvéis la señal? Faltan
más de tres semanas para la fecha de montaje.

Vicente Soler
Valencia"""),
("es", "b131-290-en-vez-180-encargado", "Rafael Montoya <rafael.montoya@example.es>", "Limpieza del patio - cobro", "billing", "high",
"""Me dieron por escrito un presupuesto de 180 € por limpiar con
hidrolimpiadora el patio y la terraza. El operario terminó y me cobró
290 € con el datáfono diciendo que "había más metros de lo que ponía".
Nadie midió nada delante de mí ni me avisó antes de empezar.

Quiero que me devuelvan los 110 € de diferencia y quiero hablar con el
encargado o con el dueño de la empresa, no con la chica de la oficina.
Mi teléfono es 600 123 456.

Rafael Montoya"""),
("es", "b131-anticipo-profeco", "Guadalupe Sandoval <lupita.sandoval@example.com.mx>", "ANTICIPO", "billing", "high",
"""Buenas noches.

En octubre les di un anticipo de $2,500 MXN para poner las luces de la
casa para las posadas. Ustedes me cancelaron hace dos semanas porque
"ya no tenían gente" y desde entonces nadie me regresa mi dinero. Cada
vez que marco me dicen que mañana me hablan.

Si no veo el reembolso esta semana voy a poner la queja en Profeco.

Guadalupe Sandoval
Puebla"""),
("es", "b131-nieve-bariloche-desconocer-cargo", "Martín Quiroga <martin.quiroga@example.com.ar>", "Cargos de julio", "billing", "high",
"""Hola.

En el resumen de la tarjeta me aparecen cinco cargos de "despeje de
nieve" de ARS 40.000 cada uno en julio, para la cabaña de Bariloche.
Estuvimos ahí todo julio y nunca vino nadie: la entrada la palié yo con
mi hijo cada vez que nevó. Los vecinos lo pueden confirmar.

Si no me anulan los cargos antes del cierre de la tarjeta, voy a
desconocerlos con el banco.

Martín Quiroga"""),
("es", "b131-bono-invierno-omic", "Nuria Castells <nuria.castells@example.es>", "Bono regalo", "billing", "high",
"""Buenos días,

Compré en septiembre un bono regalo de 60 € para limpieza de canalones y
cada vez que intento reservar me dicen que no hay huecos. Ahora me
dicen que "el bono no vale en invierno", cosa que no pone en ningún
sitio, y caduca en enero.

O me lo respetáis o me devolvéis los 60 €. Si no, pondré una
reclamación en la OMIC de mi ayuntamiento con la hoja de reclamaciones.

Nuria Castells
Sabadell"""),
# technical
("es", "b131-no-es-pago-pagina-traba", "Daniela Ortega <daniela.ortega@example.com.mx>", "No es sobre el pago", "technical", "",
"""Hola, aclaro que no es sobre el cobro, ya esta pagado todo. El problema
es que en su pagina cuando quiero reagendar la limpieza de vidrios y
elijo la fecha, se traba y se queda en blanco. Ya probe en el celular y
en la compu, en Chrome y en Safari. Necesito moverla para la otra
semana.

Daniela"""),
("es", "b131-guirnalda-mitad-lluvia-vigo", "Xoán Pereira <xoan.pereira@example.es>", "Luces fachada", "technical", "",
"""Bos días,

Las luces que nos pusisteis el jueves en la fachada estaban perfectas
hasta el temporal del domingo. Desde entonces la mitad de la guirnalda
de la izquierda no enciende. La de la derecha y el árbol sí, con el
temporizador de siempre.

Xoán Pereira
Vigo"""),
("es", "b131-enchufe-wifi-no-conecta", "Sofía Lanari <sofia.lanari@example.com.ar>", "enchufe inteligente", "technical", "",
"""hola! el enchufe wifi que dejó el instalador para las luces del
jardín no se conecta a la app. parpadea azul, la app lo encuentra y al
minuto dice "dispositivo sin conexión". el wifi anda bien, la cámara de
la puerta que está al lado funciona perfecto. lo reseteé 2 veces. qué
hago?"""),
("es", "b131-cortapasto-robot-perimetro", "Tomás Sepúlveda <tomas.sepulveda@example.cl>", "Cortapasto robot", "technical", "",
"""Hola, el cortapasto robot que nos instalaron con el plan de jardín se
detiene a cada rato en medio del pasto con el error "sin señal de
perímetro". Lo llevo a la base, parte de nuevo y a los diez minutos lo
mismo. La luz de la base está verde. ¿Puede ser que el perro haya
mordido el cable?

Tomás, La Reina"""),
("es", "b131-horno-error-f3-limpieza", "Carmen Delgado <carmen.delgado@example.es>", "Horno", "technical", "",
"""Buenas,

Ayer vino vuestra técnica a limpiar el horno. Quedó impecable, pero
desde que lo volvió a montar la pantalla marca "F3" y no calienta. Lo he
desenchufado media hora y nada. Antes funcionaba perfectamente.

Carmen Delgado"""),
("es", "b131-riego-goteo-pierde-agua", "Alejandra Mondragón <ale.mondragon@example.com.mx>", "Riego", "technical", "",
"""Buen día, el riego por goteo que instalaron en el jardín hace un mes
está perdiendo agua por varios lados, se hacen charcos en el camellón y
las plantas del fondo no reciben nada. Además el recibo del agua subió.
¿Pueden mandar a alguien a revisarlo?

Alejandra Mondragón
Querétaro"""),
("es", "b131-canalon-descolgado", "Julián Herrero <julian.herrero@example.es>", "Canalon", "technical", "",
"""Hola, despues de la limpieza de canalones del martes el tramo de
encima de la cocina ha quedado descolgado de un soporte y cuando llueve
el agua cae directamente sobre la ventana. Antes no pasaba. Podeis
venir a fijarlo?"""),
("es", "b131-formulario-fotos-error", "Valentina Ospina <valentina.ospina@example.com.co>", "Hola", "technical", "",
"""Hola, estoy intentando pedir cotización en la página y cuando subo
las fotos del techo y de las canaletas me sale "Error 413" y se borra
todo lo que había escrito. Las fotos son del celular, normales. Ya lo
intenté tres veces."""),
("es", "b131-chispas-enchufe-exterior", "Encarna Molina <encarna.molina@example.es>", "Las luces de Navidad", "technical", "high",
"""Buenas noches,

No quiero molestar, pero creo que debo decirlo. En el enchufe exterior
que pusieron sus operarios para las luces de Navidad, junto a la
puerta del garaje, esta noche ha saltado una chispa al encenderse el
temporizador y se ha oído como un chasquido. La tapa está algo
ennegrecida. He quitado la corriente y las tengo apagadas.

Cuando puedan, que venga alguien a mirarlo.

Encarna Molina"""),
("es", "b131-salon-eventos-breaker-cocina", "Salón Jardín Las Bugambilias <contacto@lasbugambilias.example>", "Terraza", "technical", "high",
"""Buenas tardes,

Desde que instalaron las series de luces y los calentadores de patio en
la terraza, el breaker principal se bota dos o tres veces por noche.
Cuando se bota se apaga también la cocina: estufas, refrigeradores,
todo. El sábado se nos quedó una boda de 150 personas media hora a
oscuras y sin servicio, y el viernes tenemos una graduación.

Necesitamos que venga alguien hoy mismo.

Ing. Roberto Cárdenas
Salón Jardín Las Bugambilias, Cuernavaca"""),
("es", "b131-olor-gas-horno", "Norma Giménez <norma.gimenez@example.com.ar>", "Cocina", "technical", "high",
"""Buenas tardes.

Esta mañana vino la chica a limpiar el horno y las hornallas. Desde que
se fue siento olor a gas cerca de la cocina, aunque tengo todas las
perillas cerradas. Abrí las ventanas y no prendí nada. Mi hija me dijo
que les avise enseguida.

Norma Giménez, 78 años
Tel. 11 5555 0192"""),
("es", "b131-bateria-cortacesped-hinchada", "Óscar Lozano <oscar.lozano@example.es>", "Batería", "technical", "high",
"""Hola,

La batería del cortacésped que nos dejó vuestro jardinero (el plan
incluye que lo usemos entre visitas) está hinchada, la carcasa se ha
abierto un poco por un lado y ayer, cargándola en el garaje, estaba
tan caliente que no se podía tocar. La he desenchufado y la he dejado
fuera, sobre las baldosas, lejos de todo.

¿Qué hago con ella? ¿Venís a recogerla?

Óscar Lozano"""),
("es", "b131-riego-tercera-vez-responsable", "Beatriz Cano <beatriz.cano@example.es>", "Tercera vez", "technical", "high",
"""Es la tercera vez en un mes que viene vuestro técnico por el
programador del riego automático. Cada vez lo "reinicia", dice que ya
está, y a los dos días la zona del césped se inunda y los setos no
reciben agua.

No quiero una cuarta visita de la misma persona. Quiero que el asunto
lo lleve un responsable que pueda decidir cambiar el equipo.

Beatriz Cano"""),
# general
("es", "b131-horario-agosto", "Maite Larrañaga <maite.larranaga@example.es>", "Horario", "general", "",
"""¿En agosto la oficina tiene el mismo horario o hacéis jornada
intensiva? Quería pasarme a hablar con alguien."""),
("es", "b131-gracias-jardinero-ruben", "Elsa y Horacio Benedetti <benedetti.familia@example.com.ar>", "Gracias a Rubén", "general", "",
"""Queridos,

Les escribimos para agradecerles por Rubén, el jardinero que viene a
casa. Cuando Horacio estuvo internado en septiembre, Rubén se ocupó de
regar las macetas del balcón sin que nadie se lo pidiera, y encima nos
dejó una notita deseándole que se mejore. Gente así no se encuentra
fácil. Que lo sepan.

Un abrazo,
Elsa Benedetti"""),
("es", "b131-arete-perdido", "Paulina Treviño <paulina.trevino@example.com.mx>", "Pregunta", "general", "",
"""Hola, el martes vinieron a limpiar los vidrios y ese día se me perdió
un arete de oro (una argolla chiquita). Creo que se me cayó en la
terraza. ¿De casualidad alguno de los muchachos lo encontró?"""),
("es", "b131-llave-buzon-perro", "Gonzalo Ferrer <gonzalo.ferrer@example.es>", "Para el jueves", "general", "",
"""Hola,

El jueves no estaremos en casa. La llave de la puerta del jardín está
en el buzón (el candado es 1987). El perro estará dentro de casa, así
que no hay problema. Por favor, cerrad bien la cancela al salir, que
da a la carretera.

Gonzalo"""),
("es", "b131-cambio-direccion-chile", "Ignacio Rojas <ignacio.rojas@example.cl>", "Actualización de datos", "general", "",
"""Buenas tardes, me cambié de departamento dentro del mismo edificio.
Ahora es el 1204 (antes 803), Av. Providencia 2330. El teléfono nuevo
es +56 9 5555 0147. Por favor actualicen sus registros.
Saludos, Ignacio Rojas"""),
("es", "b131-supresion-datos-rgpd", "Ainhoa Urrutia <ainhoa.urrutia@example.es>", "Ejercicio del derecho de supresión", "general", "",
"""Muy señores míos:

Al amparo del artículo 17 del RGPD, solicito la supresión de todos los
datos personales que conserven sobre mí. Contraté una única vez la
limpieza de un horno en 2022 y desde entonces recibo publicidad por
correo y SMS.

Ruego confirmación por escrito.

Ainhoa Urrutia"""),
("es", "b131-patrocinio-futbol-infantil", "Club Deportivo Halcones <halcones.cd@example.com.mx>", "Patrocinio", "general", "",
"""Buen día,

Somos el equipo infantil de futbol Halcones de la colonia Del Valle
(niños de 8 a 11 años). Estamos buscando patrocinador para los
uniformes del próximo torneo y vemos sus camionetas seguido por la
colonia. El logo iría en el frente de la playera. ¿Les interesaría?

Atentamente,
Profr. Hugo Salinas"""),
("es", "b131-claraboyas-placas-solares", "Jordi Puig <jordi.puig@example.es>", "Consulta", "general", "",
"""Buenas, ¿limpiáis también claraboyas y placas solares, o solo
ventanas? Tenemos 10 placas en el tejado de una casa en Sant Cugat y una
claraboya grande en la escalera."""),
("es", "b131-fiestas-barrio-encendido", "Asociación Vecinal San Blas <avv.sanblas@example.es>", "Encendido del alumbrado - invitación", "general", "",
"""Hola,

La asociación de vecinos organiza el encendido del alumbrado navideño
del barrio el sábado 30 de noviembre, con chocolatada y coro. Como
muchos vecinos os conocen por las luces que ponéis en las casas, nos
gustaría invitaros a montar un pequeño puesto informativo. No se cobra
nada a los comercios del barrio.

Un saludo,
Junta de la AVV San Blas"""),
("es", "b131-operario-colillas-groserias", "Natalia Cifuentes <natalia.cifuentes@example.com.co>", "Su trabajador", "general", "",
"""No les estoy pidiendo nada, solo quiero que sepan. El señor que vino
a lavar la terraza se pasó el rato fumando, tiró las colillas en las
matas y habló por celular a los gritos con groserías delante de mis
hijos. El trabajo quedó bien, pero no me gustaría que vuelva esa misma
persona.

Natalia Cifuentes
Medellín"""),
("es", "b131-feriados-trabajan", "Hernán Paz <hernan.paz@example.com.ar>", "feriado", "general", "",
"""Buenas, el lunes es feriado. Vienen igual a cortar el pasto o se pasa
para otro día?"""),
("es", "b131-insulto-padre-gerente", "Marisol Herrera <marisol.herrera@example.es>", "Trato a mi padre", "general", "high",
"""Mi padre tiene 82 años. El lunes salió al jardín a pedirle al operario
que tuviera cuidado con los rosales, y éste le contestó "métase para
dentro, abuelo, que estorba" y le cerró la cancela en la cara. Lo vio
la vecina de enfrente.

Exijo que me llame el gerente o el dueño de la empresa, no un correo
de disculpa estándar. Mi teléfono es 611 222 333.

Marisol Herrera"""),
("es", "b131-hoyo-juegos-condominio", "Administración Condominio Los Olivos <admin.losolivos@example.com.mx>", "Área de juegos", "general", "high",
"""Buenas tardes.

Su cuadrilla de jardinería quitó ayer un árbol seco junto al área de
juegos del condominio y dejó el hoyo abierto, de casi un metro, sin
cinta ni nada alrededor, justo al lado de los columpios. Los niños
salen a jugar a partir de las cuatro. Hemos puesto unas sillas mientras
tanto, pero les pedimos que vengan a taparlo hoy.

Lic. Ramón Esquivel
Administrador"""),
]
# ---------------- Polish ----------------
M += [
("pl", "b131-blik-dwa-razy-okna", "Agnieszka Sobczak <agnieszka.sobczak@example.pl>", "Podwójna płatność", "billing", "",
"""Dzień dobry,

za mycie okien w zeszły piątek zapłaciłam BLIK-iem 260 zł, aplikacja się
zawiesiła i zapłaciłam drugi raz. Teraz w historii konta widzę dwa razy
260 zł na Waszą firmę. Proszę o zwrot jednej płatności.

Pozdrawiam
Agnieszka Sobczak"""),
("pl", "b131-cena-kostka-120m", "Marek Wójcik <marek.wojcik@example.pl>", "kostka brukowa", "billing", "",
"""Ile kosztuje mycie ciśnieniowe kostki brukowej, mam ok 120 m2 podjazdu
i chodnika? Cena jest za metr czy za całość? I ile dodatkowo za
impregnację?"""),
("pl", "b131-laka-kwietna-koszenie", "Ewa Kaczmarczyk <ewa.kaczmarczyk@example.pl>", "Koszenie", "billing", "",
"""Dzien dobry,

w tym roku zamienilismy caly trawnik za domem na lake kwietna (corka
studiuje ogrodnictwo i nas przekonala). Koszenie co dwa tygodnie nie ma
juz wiec sensu, lake kosi sie raz, dwa razy w roku i zrobimy to sami.
Prosze zakonczyc umowe na koszenie z koncem maja i nie wystawiac wiecej
faktur. Przycinanie zywoplotu jesienia moze zostac.

Ewa Kaczmarczyk
Konstancin"""),
("pl", "b131-zawieszenie-odsniezania-norwegia", "Henryk Lis <henryk.lis@example.pl>", "Zima", "billing", "",
"""Szanowni Państwo,

od grudnia do końca lutego będziemy z żoną u córki w Norwegii. Dom
będzie zamknięty, nikt nie będzie wyjeżdżał z posesji. Czy można na ten
czas zawiesić abonament na odśnieżanie podjazdu (190 zł miesięcznie) i
wznowić go w marcu, jeśli jeszcze będzie śnieg?

Z poważaniem
Henryk Lis
Nowy Targ"""),
("pl", "b131-faktura-nip-witryny", "Sklep Obuwniczy Krok <biuro@krok-obuwie.example>", "Faktura", "billing", "",
"""Dzień dobry, w czwartek myliście Państwo witryny naszego sklepu przy
ul. Piotrkowskiej 77. Pracownik wydał paragon, a potrzebujemy faktury
VAT na firmę: KROK Sp. z o.o., NIP 000-000-00-00. Kwota 180 zł brutto,
płatne kartą. Czy można jeszcze wystawić fakturę do paragonu?

Beata Nowicka"""),
("pl", "b131-raty-sezon-ogrod", "Tomasz Michalak <tomasz.michalak@example.pl>", "Płatność za sezon", "billing", "",
"""Dzien dobry, interesuje mnie pakiet sezonowej opieki nad ogrodem
(kwiecien-pazdziernik) za 3 400 zl. Czy da sie to rozlozyc na raty,
np. 3 albo 6, czy trzeba zaplacic calosc z gory?"""),
("pl", "b131-re-oferta-iluminacja-brutto", "Paweł Zając <pawel.zajac@example.pl>", "Re: Oferta - iluminacja świąteczna, ul. Leśna 8", "billing", "",
"""Dzień dobry Pani Kasiu,

dziękuję za ofertę. Czy podane kwoty są netto czy brutto? I czy jest
jakiś rabat, jeśli potwierdzę jeszcze w październiku?

Paweł Zając

> W dniu 9.10 Katarzyna Dudek <oferty@swietlnaswieta.example> napisała:
> Szanowny Panie,
> w załączeniu przesyłam ofertę dla domu przy ul. Leśnej 8:
> - girlanda LED na okapie (30 mb): 1 450 zł
> - iluminacja świerka przed domem: 620 zł
> - demontaż w styczniu: 300 zł
> Razem: 2 370 zł.
> Pozdrawiam, Katarzyna Dudek"""),
("pl", "b131-nie-reklamacja-balkon-2x", "Jakub Kowalski <jakub.kowalski@example.pl>", "paragon", "billing", "",
"""To nie jest reklamacja, okna wyglądają super i pan był bardzo
sympatyczny. Tylko na paragonie balkon jest policzony dwa razy (2 x 60
zł), a mam jeden balkon. Czy możecie oddać 60 zł?
Jakub"""),
("pl", "b131-bon-dla-mamy-piekarnik", "Karolina Jasińska <karolina.jasinska@example.pl>", "Bon", "billing", "",
"""Dzień dobry,

kupiłam na stronie bon na 300 zł na czyszczenie piekarnika i okapu dla
mamy na Dzień Matki. Mama ma 74 lata i nie korzysta z internetu. Czy
może umówić się przez telefon i podać numer bonu? I jeśli usługa
wyjdzie drożej, czy dopłaci różnicę gotówką na miejscu?

Karolina Jasińska"""),
("pl", "b131-wspolnota-grudzien-drozej", "Zarząd Wspólnoty Mieszkaniowej Ogrodowa 15 <zarzad.ogrodowa15@example.pl>", "Faktura za grudzień - odśnieżanie", "billing", "",
"""Szanowni Państwo,

faktura za odśnieżanie w grudniu wynosi 2 860 zł, podczas gdy umowa
przewiduje ryczałt 1 900 zł miesięcznie. W załączniku do faktury nie ma
wyjaśnienia różnicy. Prosimy o rozpisanie, za co została doliczona
kwota 960 zł, zanim przekażemy fakturę do zapłaty.

Z poważaniem
Zarząd Wspólnoty"""),
("pl", "b131-1200-zamiast-800-kierownik", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "Mycie podjazdu - kwota", "billing", "high",
"""Mialem pisemna wycene 800 zl za mycie kostki i impregnacje. Po
skonczeniu pracy pracownik pobral z karty 1200 zl, bo "wyszlo wiecej
metrow". Nikt niczego przy mnie nie mierzyl i nikt mnie wczesniej nie
uprzedzil.

Zadam zwrotu 400 zl i kontaktu z kierownikiem albo wlascicielem firmy,
nie z biurem. Telefon 601 234 567.

Grzegorz Pawlak"""),
("pl", "b131-zaliczka-rzecznik-konsumentow", "Dorota Wiśniewska <dorota.wisniewska@example.pl>", "ZALICZKA", "billing", "high",
"""Dzień dobry.

We wrześniu wpłaciłam 500 zł zaliczki na montaż oświetlenia świątecznego.
Dwa tygodnie temu zadzwonili Państwo, że w tym roku nie dacie rady i
anulujecie zlecenie. Od tamtej pory pieniędzy nie ma, a przez telefon
słyszę tylko "oddzwonimy".

Jeżeli zaliczka nie wróci na konto do końca tygodnia, zgłaszam sprawę
do miejskiego rzecznika konsumentów.

Dorota Wiśniewska
Gdańsk"""),
("pl", "b131-odsniezanie-chargeback", "Rafał Kubiak <rafal.kubiak@example.pl>", "Styczeń", "billing", "high",
"""W styczniu obciazyliscie moja karte za 6 "wyjazdow interwencyjnych"
do odsniezania po 150 zl. Pracuje zdalnie, caly styczen bylem w domu i
ani razu nikt nie przyjechal, podjazd odsniezalem sam. Mam nagrania z
kamery przy bramie.

Jesli 900 zl nie wroci do piatku, skladam w banku reklamacje transakcji
(chargeback) na wszystkie szesc obciazen.

Rafal Kubiak"""),
("pl", "b131-umowa-ogrod-wypowiedziana-sad", "Mirosława Kozłowska <m.kozlowska@example.pl>", "Wypowiedzenie umowy nr 2023/114", "billing", "high",
"""Szanowni Państwo,

umowę serwisową na pielęgnację ogrodu wypowiedziałam pisemnie 3 czerwca,
z zachowaniem miesięcznego okresu wypowiedzenia (potwierdzenie odbioru
listu mam). Mimo to pobraliście Państwo opłaty za sierpień, wrzesień i
październik po 350 zł, a ogrodnik ani razu się nie pojawił.

Żądam zwrotu 1 050 zł w terminie 14 dni. W przeciwnym razie sprawa
trafi do mojego prawnika i do sądu.

Mirosława Kozłowska"""),
# technical
("pl", "b131-aplikacja-link-wygasl", "Kuba Nowak <kuba.nowak@example.pl>", "logowanie", "technical", "",
"""nie moge sie zalogowac do aplikacji, klikam w link do zmiany hasla z
maila i od razu pisze "link wygasl". probowalem 4 razy, za kazdym razem
nowy mail i to samo."""),
("pl", "b131-nie-platnosc-zmiana-terminu", "Monika Szymańska <monika.szymanska@example.pl>", "Zmiana terminu", "technical", "",
"""Dzień dobry, od razu zaznaczam, że nie chodzi o płatności, wszystko
opłacone. Na Waszej stronie przy próbie przesunięcia terminu mycia okien
wyskakuje "Błąd 500" i nic się nie zapisuje. Próbowałam na telefonie i
na laptopie. Potrzebuję przełożyć wizytę na przyszły tydzień.

Monika"""),
("pl", "b131-lampki-balustrada-odwilz", "Łukasz Grabowski <lukasz.grabowski@example.pl>", "Lampki", "technical", "",
"""Dzień dobry,

lampki, które Państwa ekipa zamontowała na balustradzie i nad wejściem,
świeciły pięknie do odwilży w niedzielę. Od tamtej pory połowa
girlandy na balustradzie (od schodów do narożnika) nie świeci. Reszta
włącza się normalnie z wyłącznikiem czasowym.

Łukasz Grabowski
Bielsko-Biała"""),
("pl", "b131-sterownik-wifi-offline", "Natalia Zielińska <natalia.zielinska@example.pl>", "sterownik oswietlenia", "technical", "",
"""hej, sterownik do oswietlenia ogrodu ktory zostawil instalator nie
chce sie polaczyc z aplikacja. miga na niebiesko, aplikacja go widzi i
po minucie pisze "urzadzenie offline". wifi dziala, kamera obok dziala.
resetowalam 2 razy. co robic?"""),
("pl", "b131-robot-koszacy-przewod", "Andrzej Krawczyk <andrzej.krawczyk@example.pl>", "Robot koszący", "technical", "",
"""Dzień dobry,

robot koszący zamontowany w ramach pakietu ogrodowego co chwilę staje na
środku trawnika z komunikatem "brak sygnału przewodu". Odprowadzam go
do stacji, rusza, a po kwadransie to samo. Na stacji świeci się zielona
dioda. Czy kret mógł przegryźć przewód? Mamy ich w tym roku sporo.

Andrzej Krawczyk"""),
("pl", "b131-piekarnik-drzwiczki-nie-domykaja", "Barbara Mazur <barbara.mazur@example.pl>", "Piekarnik po czyszczeniu", "technical", "",
"""Dzien dobry,
wczoraj pani czyscila u mnie piekarnik i rozbierala drzwiczki, zeby
umyc szyby w srodku. Od tamtej pory drzwiczki sie nie domykaja, zostaje
szpara ok. 1 cm i piekarnik nie trzyma temperatury. Wczesniej bylo
wszystko dobrze. Czy moze ktos przyjechac to poprawic?
Barbara Mazur"""),
("pl", "b131-rynna-przecieka-laczenie", "Stanisław Wróbel <stanislaw.wrobel@example.pl>", "Rynna", "technical", "",
"""Po czyszczeniu rynien we wtorek rynna nad tarasem cieknie na łączeniu
przy narożniku, przy deszczu leje się prosto na schody. Wcześniej tego
nie było, pewnie coś się rozszczelniło przy przestawianiu drabiny.
Proszę o przyjazd i naprawę."""),
("pl", "b131-nawadnianie-blad-e4", "Joanna Pietrzyk <joanna.pietrzyk@example.pl>", "Nawadnianie", "technical", "",
"""Dzień dobry, sterownik nawadniania, który zamontowali Państwo wiosną,
pokazuje "E4" i od tygodnia nie podlewa sekcji 3 i 4 (rabaty przy
płocie). Sekcje 1 i 2 ręcznie działają. Przy tych upałach tuje zaczynają
brązowieć."""),
("pl", "b131-formularz-kod-pocztowy", "Wojciech Baran <wojciech.baran@example.pl>", "Pytanie", "technical", "",
"""Dzien dobry, chce zamowic czyszczenie rynien przez formularz na
stronie, ale pole "kod pocztowy" nie przyjmuje mojego kodu (43-300),
caly czas podkresla na czerwono "nieprawidlowy format". Probowalem z
myslnikiem i bez."""),
("pl", "b131-przedluzacz-iskrzy-spalenizna", "Halina Duda <halina.duda@example.pl>", "Oświetlenie przed domem", "technical", "high",
"""Dzień dobry,

nie chcę robić zamieszania, ale chyba powinnam dać znać. Puszka
zewnętrzna przy garażu, którą Państwa panowie zamontowali do lampek,
dziś wieczorem zaiskrzyła, kiedy włączył się wyłącznik czasowy, i czuć
od niej spaleniznę. Wyłączyłam bezpiecznik i lampki są wyłączone.

Proszę, żeby ktoś przyjechał, jak będzie mógł.

Halina Duda"""),
("pl", "b131-hotel-recepcja-bez-pradu", "Hotel Pod Śnieżką <recepcja@hotelpodsniezka.example>", "Iluminacja fasady", "technical", "high",
"""Dzień dobry,

od czasu montażu iluminacji na fasadzie (poniedziałek) co wieczór około
17:00, kiedy włącza się oświetlenie, wybija zabezpieczenie obwodu, na
którym jest też recepcja. Nie działa wtedy system rezerwacji, terminale
płatnicze ani karty do pokoi. Wczoraj przez godzinę nie mogliśmy
zameldować ani wymeldować gości, w piątek przyjeżdża grupa 60 osób.

Prosimy o przyjazd technika jeszcze dziś.

Marta Sowa
kierownik recepcji, Karpacz"""),
("pl", "b131-furtka-kopie-pradem", "Piotr Olszewski <piotr.olszewski@example.pl>", "Furtka", "technical", "high",
"""Dzien dobry,
po myciu cisnieniowym ogrodzenia w sobote metalowa furtka kopie pradem,
jak sie jej dotknie mokra reka. Przy furtce jest lampa ogrodowa, ktora
montowaliscie rok temu, i mysle ze woda dostala sie do puszki. Syn
dostal dzis lekko w reke. Wylaczylem obwod ogrodowy i przywiazalem
furtke, zeby nikt jej nie otwieral.
Prosze o pilny kontakt.
Piotr Olszewski"""),
("pl", "b131-iluminacja-czwarty-raz-przelozony", "Renata Gajewska <renata.gajewska@example.pl>", "Czwarty raz to samo", "technical", "high",
"""Dzień dobry,

to już czwarte zgłoszenie tej samej usterki. Sople LED na okapie gasną
po kilku godzinach, technik przyjeżdża, wymienia zasilacz, mówi "teraz
będzie dobrze" i po dwóch dniach znów nie świecą.

Nie zgadzam się na kolejną wizytę tego samego technika. Proszę o
przekazanie sprawy przełożonemu, który może zdecydować o wymianie całej
instalacji.

Renata Gajewska"""),
# general
("pl", "b131-biuro-wigilia", "Teresa Kołodziej <teresa.kolodziej@example.pl>", "Godziny", "general", "",
"""Czy biuro jest czynne w Wigilię i między świętami? Chcę przyjść
osobiście."""),
("pl", "b131-podziekowanie-pan-zbyszek", "Jadwiga Malinowska <jadwiga.malinowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować panu Zbyszkowi, który odśnieża nasz
podjazd. W czasie ostatniej śnieżycy odśnieżył też, z własnej woli,
chodnik i schodki mojej sąsiadki, pani Stasi, która ma 90 lat i sama by
z domu nie wyszła. Mówiła mi, że przyniósł jej nawet chleb ze sklepu.
Takich ludzi trzeba doceniać.

Z wyrazami szacunku
Jadwiga Malinowska"""),
("pl", "b131-okulary-zostawione", "Sebastian Kwiatkowski <sebastian.kwiatkowski@example.pl>", "Okulary", "general", "",
"""Dzien dobry, jeden z panow, ktorzy myli u nas okna w czwartek,
zostawil na parapecie w kuchni okulary (czarne oprawki, w etui). Mam je
w domu, moze ktos po nie wpasc albo podam do biura."""),
("pl", "b131-kod-bramy-pies", "Ilona Sikora <ilona.sikora@example.pl>", "Wizyta w poniedziałek", "general", "",
"""Dzień dobry,

na poniedziałkowe koszenie: kod do bramy to teraz 2580#. Pies będzie w
domu, ale proszę dobrze zamykać furtkę od strony lasu, bo się nie
domyka i trzeba ją docisnąć. Samochód można zostawić na podjeździe.

Ilona"""),
("pl", "b131-zmiana-nazwiska-slub", "Aleksandra Nowicka-Lewandowska <ola.lewandowska@example.pl>", "Zmiana danych", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko. Prosze o zmiane danych na
koncie z Aleksandra Nowicka na Aleksandra Lewandowska. Adres i telefon
bez zmian.
Dziekuje"""),
("pl", "b131-rodo-art15", "Michał Dąbrowski <michal.dabrowski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
Państwo przetwarzają, w jakim celu, od kiedy i komu zostały
udostępnione. Korzystałem z Państwa usług czyszczenia rynien raz,
w 2021 r.

Michał Dąbrowski"""),
("pl", "b131-festyn-szkolny-sponsor", "Rada Rodziców SP nr 12 <rada.rodzicow.sp12@example.pl>", "Festyn rodzinny - prośba", "general", "",
"""Dzień dobry,

Rada Rodziców przy Szkole Podstawowej nr 12 w Białymstoku organizuje 7
czerwca festyn rodzinny. Szukamy lokalnych firm, które zechciałyby
zostać sponsorem lub ufundować nagrody do loterii. Logo sponsorów
umieścimy na plakatach i banerze przy scenie.

Z pozdrowieniami
Anna Borkowska, przewodnicząca"""),
("pl", "b131-okna-dachowe-podnosnik", "Krzysztof Jaworski <krzysztof.jaworski@example.pl>", "pytanie", "general", "",
"""Czy myjecie też okna dachowe i przeszklenie w salonie na wysokości ok.
6 m? Macie do tego podnośnik czy to na linach? Dom w Wieliczce."""),
("pl", "b131-jarmark-gmina-zaproszenie", "Urząd Gminy Zielonki <promocja@gmina-zielonki.example>", "Jarmark Bożonarodzeniowy - zaproszenie", "general", "",
"""Szanowni Państwo,

Gmina zaprasza lokalnych przedsiębiorców do udziału w Jarmarku
Bożonarodzeniowym na rynku w dniach 13-15 grudnia. Udostępniamy
bezpłatnie drewniane domki wystawowe. Chętnych prosimy o zgłoszenie do
25 listopada.

Z poważaniem
Referat Promocji"""),
("pl", "b131-ekipa-parkowala-na-trawniku", "Ryszard Górski <ryszard.gorski@example.pl>", "Wasza ekipa", "general", "",
"""Nie chcę żadnej rekompensaty, ale niech Państwo wiedzą. Ekipa od
przycinania żywopłotu zaparkowała busa na moim trawniku, chociaż
podjazd był wolny, a po pracy zostawiła pod płotem puszki po napojach i
papierosy. Na moją uwagę jeden z panów wzruszył ramionami. Żywopłot
przycięty ładnie, tylko zachowanie słabe.

R. Górski"""),
("pl", "b131-kolejnosc-odsniezania", "Elżbieta Czarnecka <elzbieta.czarnecka@example.pl>", "Odśnieżanie - godzina", "general", "",
"""Dzien dobry, o ktorej mniej wiecej przyjezdzacie odsniezac na osiedle
przy ul. Polnej? Maz wyjezdza do pracy o 6:15 i chcielismy wiedziec,
czy bedzie juz po odsniezaniu, czy lepiej zostawic auto na ulicy."""),
("pl", "b131-wulgarny-wobec-mamy-kierownik", "Anna Kamińska <anna.kaminska@example.pl>", "Skarga na pracownika", "general", "high",
"""Moja mama ma 83 lata. We wtorek poprosiła Państwa pracownika myjącego
okna, żeby uważał na storczyki na parapecie. W odpowiedzi usłyszała
"niech pani nie marudzi, babciu" i jeszcze coś wulgarnego pod nosem.
Słyszała to sąsiadka zza ściany. Mama przez cały wieczór płakała.

Żądam kontaktu od kierownika lub właściciela firmy, a nie standardowego
maila z przeprosinami. Tel. 602 345 678.

Anna Kamińska"""),
("pl", "b131-konar-nad-placem-zabaw", "Administrator Osiedla Słoneczne <administracja.sloneczne@example.pl>", "Plac zabaw", "general", "high",
"""Dzien dobry,

wczoraj Panstwa ekipa przycinala drzewa przy placu zabaw na osiedlu
Sloneczne. Po ich wyjezdzie zostal nadlamany, duzy konar, ktory wisi
nad hustawkami i kolysze sie przy wietrze. Dzieci bawia sie tam od
poludnia. Zagrodzilismy tymczasowo wejscie tasma, ale prosimy o
przyjazd jeszcze dzis i usuniecie konaru.

Stefan Wilk
administrator osiedla"""),
]
