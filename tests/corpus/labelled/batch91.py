# batch91.py -- labelled mails held out of the tree until the rules it
# measures are final.  Animal care: equine vets, livery yards, farriers,
# bird and reptile vets, animal physiotherapy and hydrotherapy, pet
# insurance claims, rescue shelters and adoptions.  Covers the failure
# classes in these settings -- escalation demands and legal threats that
# keep their topic, chargebacks, negations, Greeklish, subjects that say
# nothing or quote an earlier mail, plans ended or paused in other words
# (an animal put down, a move, a horse sold), outages of a business told
# only by their consequences, safety hazards told calmly, praise -- and
# everyday mail of all three queues.  Same tuple format as batch13.py.
M += [
# ---------------- English ----------------
("en", "b91-en-diy-livery-rise-no-notice", "Harriet Coombes <harriet.coombes@example.co.uk>", "Livery fees", "billing", "",
"""Hi Sue,

Just seen the new price list pinned up in the tack room - DIY livery going
from £45 to £60 a week from the 1st. That's a big jump and my contract says
a month's notice for any change, and the 1st is in nine days. Can you
confirm whether I'll be paying the old rate for November at least?

Thanks,
Harriet (Juno's mum, stable 7)"""),
("en", "b91-en-insurance-excess-deducted-twice", "Mark Penhaligon <mark.penhaligon@example.co.uk>", "Claim ref PC-448120", "billing", "",
"""Good afternoon,

Your settlement letter for Digby's cruciate surgery has arrived. The vet's
invoice was £3,860 and you have paid £3,460, so £400 has been taken off.
My policy excess is £200 per condition per policy year. The physio
sessions were part of the same claim, same condition, so I don't see why
the excess has been applied twice.

Could you please look at this again and pay the other £200.

Regards,
Mark Penhaligon"""),
("en", "b91-en-mare-let-go-stop-cover", "Gillian Hext <gill.hext@example.com>", "Bramble", "billing", "",
"""Dear all,

We had to let Bramble go last Thursday. She was 27 and it was her time,
and your vet Tom was wonderful with her and with us.

Could you please stop her monthly payments for the veterinary cover from
now on. Policy number EQ-20117, in my name.

With thanks,
Gillian Hext"""),
("en", "b91-en-farrier-invoice-vat-number", "Office <office@ballyduffriding.example>", "Invoices", "billing", "",
"""Hi Declan,

Our accountant has come back to us - the last three farrier invoices
(for the riding school ponies, August to October) have no VAT number on
them, so we can't claim the VAT back. Could you reissue them with your VAT
no. and the business name "Ballyduff Riding Centre" rather than my own
name?

Thanks a million,
Aoife
Ballyduff Riding Centre, Co. Cork"""),
("en", "b91-en-adoption-fee-director", "Trish Delgado <trish.delgado@example.com>", "Adoption of Ranger - refund", "billing", "high",
"""To whom it may concern,

We adopted Ranger (the shepherd mix) on the 2nd and paid the $250 adoption
fee. Your own paperwork says there is a 14-day trial and a full refund if
it doesn't work out. On day 10 he went for our 4-year-old and we brought
him back the same day, with the vet's note.

The young woman at the front desk told us the fee is "a donation" and not
refundable. That is not what your contract says. I'd like the shelter
director to call me - not another volunteer - and I'd like the $250 back.

Trish Delgado
Tucson, AZ
(520) 555-0148"""),
("en", "b91-en-parrot-beak-trim-dispute", "Kevin Osei <kevin.osei@example.com>", "Question", "billing", "high",
"""Hi,

Why has my card been charged $185 twice for Mango's beak and nail trim on
Saturday? I only have one parrot and she only had one trim. I called twice
yesterday and was told someone would call back, nobody did.

If the second charge isn't reversed by Friday I'm disputing it with my
card company.

Kevin"""),
("en", "b91-en-physio-package-pause-surgery", "Rosie Tran <rosie.tran@example.co.uk>", "Poppy's sessions", "billing", "",
"""Hello,

Poppy has 4 sessions left of the 8-session package we bought in September.
She is having her second knee done on the 14th and the surgeon says no
physio for at least six weeks after.

Can we put the remaining sessions on hold until she's cleared, rather than
lose them? I'd rather not start a new package if we can avoid it.

Many thanks,
Rosie"""),
("en", "b91-en-claim-preexisting-ombudsman", "Alan Whitmore <alan.whitmore@example.co.uk>", "Final response - claim 77120", "billing", "high",
"""Dear Claims Team,

Your letter of 3 March declines my claim for Skye's hyperthyroidism
treatment (£1,142.60) as a "pre-existing condition". The only entry you
quote from her history is a weight check in 2021 in which the vet wrote
"slim, eating well". That is not a diagnosis of anything.

I have asked twice for the decision to be reviewed. If I do not receive
either payment or a final response within 14 days I will refer the
complaint to the Financial Ombudsman Service.

Yours faithfully,
Alan Whitmore"""),
("en", "b91-en-sponsor-donkey-raise-amount", "Margaret Ellery <m.ellery@example.co.uk>", "Sponsoring Biscuit", "billing", "",
"""Hello dear,

I have been sponsoring Biscuit the donkey for £5 a month for two years now
and my granddaughter and I loved visiting him in the summer. I should like
to put it up to £10 a month from January. Do I need to fill in a new form
or can you change the direct debit at your end?

Kind regards
Margaret Ellery (Mrs)"""),
("en", "b91-en-wellness-plan-relocating-pune", "Ananya Kulkarni <ananya.kulkarni@example.in>", "Regarding wellness plan of my dog", "billing", "",
"""Dear Sir/Madam,

We are shifting from Bangalore to Pune by end of this month due to my
husband's transfer. Kindly discontinue the annual wellness plan of our
Labrador Simba (plan no. WP-3319) from next month, as we will not be able
to visit your Indiranagar clinic anymore.

Please also intimate if any amount is refundable for the remaining months.
The plan was paid in full, Rs 18,500, in June.

Thanks and regards,
Ananya Kulkarni"""),
("en", "b91-en-donation-receipt-taxes", "Bill Hargrove <bill.hargrove@example.com>", "Receipt", "billing", "",
"""Hi folks, can I get a receipt for the $500 I gave at the fall gala? My
accountant needs it for my taxes. Bill Hargrove, 1140 Orchard Rd, Medina OH."""),
("en", "b91-en-colic-surgery-payment-plan", "Jess Mulholland <jess.mulholland@example.com.au>", "Payment for Duke's surgery", "billing", "",
"""Hi there,

Duke is home and eating and grumpy, so all good on that front - thank you.

The final bill has come through at $8,420 and our insurance only covers
$5,000 of it. Is there any chance of paying the gap off in instalments
over a few months? We can do $500 now and the rest fortnightly if that
works for you.

Cheers,
Jess
Scone NSW"""),
("en", "b91-en-re-stable-deposit-small-claims", "Colin Naylor <colin.naylor@example.co.uk>", "Re: Leaving at end of month", "billing", "high",
"""Sue,

That was seven weeks ago. The stable was left swept and disinfected and
you signed it off yourself. £300 deposit, still not back, and no reply to
my last two texts.

I'll give it until the 30th and then I'm filing a small claims case. I'd
rather not, we've known each other a long time.

Colin

On 12 Aug, Sue Paget <sue@pagetlivery.example> wrote:
> Hi Colin,
>
> Sorry to hear you're leaving us but I understand. Deposit will go back
> to you once the stable has been checked, usually within a couple of
> weeks.
>
> Sue"""),
("en", "b91-en-hydro-voucher-expired-not-refund", "Lauren Fitch <lauren.fitch@example.com>", "Gift voucher", "billing", "",
"""Hi, my sister gave me a hydrotherapy voucher (3 swims) for Otis for my
birthday and I've only just found it in a drawer - it expired in August.
I'm not after the money back, just wondering if you'd let us use it
anyway or extend it? Code HX-2291. Thanks! Lauren"""),
("en", "b91-en-gecko-heat-mat-scorched", "Daniel Ward <daniel.ward@example.co.uk>", "Heat mat", "technical", "high",
"""Hello,

I bought one of your 28W heat mats with a thermostat for my leopard gecko's
vivarium about a month ago. This morning I noticed a smell like hot
plastic, and when I lifted the vivarium the wood underneath was scorched
brown in a patch about the size of my hand. The thermostat was set to 32C
and the probe was where the instructions say.

It's unplugged now and Pip is in a box in the airing cupboard. Can you tell
me what to do with the mat and whether this is a known problem?

Daniel Ward"""),
("en", "b91-en-fence-energiser-sparks", "Niamh Brennan <niamh.brennan@example.ie>", "Energiser", "technical", "high",
"""Hiya,

The mains fence energiser ye fitted at the yard in the spring is acting up.
There's a crackle and a little blue spark at the back where the earth lead
goes in, and two of the horses have had a belt off the metal gate handle,
which isn't meant to be live at all. One of the young girls who helps out
got a jolt off it as well this evening, she's grand but got a fright.

I've switched it off at the wall for now, so the fences are dead. Can
someone come out?

Niamh
Kilcullen Livery, Co. Kildare"""),
("en", "b91-en-practice-system-consequences", "Practice Manager <manager@greenacresvets.example>", "Since 8am", "technical", "high",
"""Since 8am we've sent fourteen clients home and rebooked them. The vets
can't open any patient records or lab results, reception can't see the
diary, and the card machine link won't put anything through, so we're
writing IOUs on paper. Two ops this afternoon are on hold because we can't
see the pre-op bloods.

Please phone the practice, 01632 960 448, ask for Helen.

Helen Carr
Practice Manager, Green Acres Veterinary Centre"""),
("en", "b91-en-hydro-treadmill-leak-socket", "Bay Canine Hydro <hello@baycaninehydro.example>", "Treadmill leak", "technical", "high",
"""Hi,

The underwater treadmill you installed in May has started leaking from
somewhere under the rear panel. This morning there was a puddle spreading
towards the double floor socket the control box is plugged into. We've
switched everything off at the consumer unit and cancelled today's dogs.

Please send an engineer as soon as you can.

Kate Moreton
Bay Canine Hydrotherapy, Morecambe"""),
("en", "b91-en-claim-app-upload-not-money", "Priya Nair <priya.nair@example.co.uk>", "Can't upload invoice", "technical", "",
"""This isn't about the claim amount or anything to do with payment - I just
can't get the invoice into your app. I pick the PDF, the bar goes to 100%
and then it says "Something went wrong (error 413)" and the claim stays as
a draft. Tried on my phone and on the iPad. Vet invoice is 2.4 MB.

Priya"""),
("en", "b91-en-microchip-reset-email", "Graham Lowther <graham.lowther@example.com>", "Password reset", "technical", "",
"""I need to change my phone number on the microchip database for both cats
but I can't get in. I've pressed "forgot password" six times over two days
and the reset e-mail never arrives (checked junk). Is there another way in?

Graham Lowther"""),
("en", "b91-en-cat-feeder-jams", "Shauna Kelly <shauna.kelly@example.ie>", "feeder", "technical", "",
"""the automatic feeder jams most mornings now, the 7am portion doesn't drop
and the app still says "fed" so I only find out when I come down to a very
cross cat. It's the dry food you recommend, small kibble. any ideas?"""),
("en", "b91-en-gps-collar-wrong-field", "Ruairi Doyle <ruairi.doyle@example.ie>", "Tracker", "technical", "",
"""Hello,

The GPS collar puts Fly, our collie, about a mile away in the middle of a
bog when she's asleep on the kitchen floor. It's been doing it since the
last firmware update on Tuesday. Battery's full and it's got signal.

Ruairi"""),
("en", "b91-en-farrier-booking-page-spins", "Hannah Price <hannah.price@example.co.uk>", "Online booking", "technical", "",
"""Hi, the booking page for the farrier visits just spins when I pick a
date. Been trying since yesterday on Chrome and on my phone, tried clearing
the cache. Need to book Alfie in for front shoes before the 20th.
Hannah"""),
("en", "b91-en-foaling-camera-drops", "Peter Ashworth <peter.ashworth@example.co.uk>", "Foaling camera", "technical", "",
"""Morning,

The foaling camera in box 3 goes offline every night at about 2am and
doesn't come back until someone power-cycles it in the morning. Wi-Fi
booster is right next to it and the other two cameras stay on all night.

Our mare isn't due for another five weeks so no panic yet, but I'd like it
sorted well before then.

Peter Ashworth
Holme Farm Stud"""),
("en", "b91-en-horse-walker-e4", "Yard <yard@fernleystables.example>", "Walker", "technical", "",
"""Hi

The 4-horse walker stops after about 6 or 7 minutes and the panel shows E4.
Reset it and it runs again for a few minutes then stops. Started after the
storm last weekend. We've been hand-walking in the meantime.

Ellie, Fernley Stables"""),
("en", "b91-en-tortoise-uv-lamp-flicker", "Dorothy Pearce <dorothy.pearce@example.co.uk>", "Lamp for my tortoise", "technical", "",
"""Dear Sir or Madam,

I bought a UV lamp from you for my tortoise Horace a fortnight ago. It has
started to flicker on and off every few seconds, and this afternoon it did
not come on at all until I tapped it. My grandson has checked the fitting
and the plug and says they are fine.

I should be grateful if you could advise me.

Yours faithfully,
Dorothy Pearce"""),
("en", "b91-en-insurer-app-crash", "Josh Keane <josh.keane@example.com>", "app", "technical", "",
"""Your app crashes the second I open it since the update yesterday. Pixel 7,
Android 14. Uninstalled and reinstalled, same."""),
("en", "b91-en-rescue-open-day-kids", "Nicola Stanton <nicola.stanton@example.co.uk>", "Open day", "general", "",
"""Hi,

Saw on Facebook that you're having an open day on the 21st. Are children
allowed to come round the kennels, and is there parking on site? We're
not looking to adopt just yet, the kids just want to meet the dogs.

Thanks, Nicola"""),
("en", "b91-en-colic-night-thanks", "Fiona Gallagher <fiona.gallagher@example.co.uk>", "Thank you Dr Shah", "general", "",
"""Hello all,

I just wanted to say a massive thank you to Dr Shah who came out to us at
3am on Sunday when Monty colicked. It was an absolute killer of a night
and I was a complete wreck, but she was so calm and kind, and she stayed
until he'd passed droppings and was picking at his hay again.

He's back to his usual self now, demanding carrots at the gate. Please
pass this on to her.

Fiona & Monty"""),
("en", "b91-en-lost-headcollar-trailer-bay", "Amy Rhodes <amy.rhodes@example.com>", "Headcollar", "general", "",
"""Hi, I think I left a brown leather headcollar with a brass name plate
("Tinker") and a blue lead rope hooked on the rail in your trailer bay
after Tinker's X-rays on Wednesday. Has anyone handed it in? Happy to
collect. Amy"""),
("en", "b91-en-receptionist-remarks-manager", "Stephen Harrow <stephen.harrow@example.co.uk>", "Yesterday afternoon", "general", "high",
"""Dear Sir or Madam,

Yesterday my wife and I brought our old spaniel Rufus in to be put to
sleep. While we were waiting, the receptionist remarked loudly on the
phone that she "couldn't wait for the four o'clock to be done so she
could go home". We were the four o'clock. My wife was in tears.

I am not writing about money and I don't want anything back. I want the
practice manager or one of the partners to ring me so that I know this has
been taken seriously.

Stephen Harrow
07700 900 312"""),
("en", "b91-en-field-gate-hanging-path", "Kirsty Lomax <kirsty.lomax@example.co.uk>", "Gate on the bottom field", "general", "high",
"""Hi Jan,

Just so you know - the top hinge on the big gate into the bottom field has
sheared off and the gate is hanging from the bottom hinge at an angle, right
where the footpath goes through. It swings out if you touch it and it's very
heavy. The Brownies walk that path on Saturdays.

I've tied it back to the post with baler twine for now but it really needs
someone to look at it today.

Kirsty (stable 3)"""),
("en", "b91-en-new-address-records", "Ravi Chandran <ravi.chandran@example.com>", "New address", "general", "",
"""Hi, please update our address for Coco (cockatiel) and Sunny (budgie):
Flat 4, 22 Lyndhurst Road, Leicester LE2 1PA. Phone number stays the same.
Thanks, Ravi"""),
("en", "b91-en-subject-access-request", "Helen Forsyth <helen.forsyth@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including call recordings, notes on my account and any
correspondence relating to my horse Sorrel's treatment between 2021 and
now.

Please send it to this e-mail address.

Helen Forsyth
Client no. 10492"""),
("en", "b91-en-greyhound-with-cat", "Matt O'Connell <matt.oconnell@example.com.au>", "Adopting a greyhound", "general", "",
"""G'day,

We're keen to adopt one of your greyhounds but we've got an old cat who
rules the house. Do you test the dogs with cats before they're rehomed? And
is a 1.5m fence high enough? We're in Geelong if that matters.

Cheers, Matt"""),
("en", "b91-en-pony-club-rosette-sponsor", "Carol Fenwick <carol.fenwick@example.co.uk>", "Sponsorship request - Tynedale Pony Club", "general", "",
"""Dear Sir/Madam,

Tynedale Pony Club is holding its summer show on 6 July and we are looking
for local businesses to sponsor a class. Sponsors provide the rosettes for
one class and get a mention in the programme and over the tannoy. Would
your practice be interested in sponsoring the Veteran Pony class?

With best wishes,
Carol Fenwick
Show Secretary"""),
("en", "b91-en-hello-bearded-dragon-saturday", "Zoe Kaplan <zoe.kaplan@example.com>", "Hello", "general", "",
"""Do you see bearded dragons on Saturdays or is the exotics vet weekdays
only? Just a check-up, nothing wrong with him."""),
("en", "b91-en-hay-delivery-side-barn", "Robert Kinnear <rob.kinnear@example.co.uk>", "Delivery Thursday", "general", "",
"""Hello, for Thursday's delivery (40 bales haylage, order 5512) please
don't come up the main drive, the bridge is being repaired. Use the farm
track off Mill Lane and drop them in the open-fronted barn on the left.
Someone will be about from 8. Rob"""),
("en", "b91-en-urgent-newsletter-photo", "Bella Martinez <bella.martinez@example.com>", "URGENT!!!", "general", "",
"""URGENT!!! Did you get the photos of Biscuit and Nala for the adopters'
newsletter?? I sent them Monday and haven't heard anything and I don't
want to miss the deadline!!! Can you confirm please 🙂 Bella"""),
("en", "b91-en-physio-thanks-bruno", "Suresh Iyer <suresh.iyer@example.in>", "Thank you for Bruno", "general", "",
"""Dear Dr. Meera,

This is to convey our heartfelt thanks for the physiotherapy you did for
our Bruno after his spine surgery. When we first came he was not able to
stand itself, and now he is walking to the gate to receive my son from
school. The whole family is very grateful to you and your team.

Please do the needful and share this with your staff also.

With warm regards,
Suresh Iyer and family
Chennai"""),
# ---------------- Greek ----------------
("el", "b91-el-gl-asfaleia-skylou-ligotera", "Thanos Karras <thanos.karras@example.gr>", "apozimiwsh", "billing", "",
"""Kalhspera sas,

phra shmera thn apozimiwsh gia thn egxeirhsh tou Mpobi (ar. aithshs
58210). To timologio tou ktiniatrou htan 1.240e kai mou katathesate
620e. To symvolaio grafei kalypsh 80% meta thn apallagh twn 100e, ara
perimena 912e. Mporeite na mou pete pws vgike to poso?

Eyxaristw,
Thanos Karras"""),
("el", "b91-el-anadoxi-skylou-vrike-spiti", "Δέσποινα Λαμπράκη <d.lamprakh@example.gr>", "Η Φράουλα βρήκε σπίτι!", "billing", "",
"""Καλημέρα σας!

Είδα στη σελίδα σας ότι η Φράουλα, που την είχα σε αναδοχή από απόσταση
εδώ και ενάμιση χρόνο, υιοθετήθηκε επιτέλους! Χαίρομαι πάρα πολύ.

Μπορείτε να σταματήσετε τη μηνιαία χρέωση των 15€ στην κάρτα μου; Ίσως
ξαναρχίσω με άλλο σκυλάκι μετά το καλοκαίρι, αλλά προς το παρόν θα ήθελα
να κάνω μια παύση.

Δέσποινα"""),
("el", "b91-el-foradiaki-poulithike-box", "Γιάννης Μαυρίδης <g.mavridis@example.gr>", "Box 12", "billing", "",
"""Κυρία Ρένα καλησπέρα,

Η Λίμπερτι πουλήθηκε τελικά σε μια οικογένεια στη Θεσσαλονίκη και φεύγει με
το φορτηγό στις 15 του μήνα. Από τον επόμενο μήνα λοιπόν δεν θα χρειαστώ
το box 12. Ο Μάρτιος είναι ήδη πληρωμένος, αν χρωστάω κάτι για τις μέρες
του Απριλίου πείτε μου να το τακτοποιήσουμε.

Σας ευχαριστώ για όλα αυτά τα χρόνια,
Γιάννης Μαυρίδης"""),
("el", "b91-el-gl-diplh-xrewsh-papagalos-trapeza", "Marina Tsoukala <marina.ts@example.gr>", "xrewsh", "billing", "high",
"""Geia sas,
sto ktiniatreio sas sthn Kalamaria eixa ton papagalo mou to Savvato gia
eksetaseis aimatos kai mou xrewsate 95e DYO fores sto POS. H kopela sto
tameio mou eipe "8a to doume deutera". Exei perasei mia evdomada, ta 190e
exoun fygei apo to logariasmo mou kai kaneis den mou apanta sto thlefwno.
An den epistrafoun ta 95e mexri thn Paraskeuh kanw amfisvhthsh xrewshs
sthn trapeza mou.
Marina Tsoukala"""),
("el", "b91-el-timologio-ippikos-omilos-afm", "Λογιστήριο Ιππικού Ομίλου Βάρης <logistirio@iov-vari.example>", "Τιμολόγια Σεπτεμβρίου", "billing", "",
"""Καλημέρα σας,

Παρακαλούμε να εκδώσετε τα παραστατικά για τις κτηνιατρικές επισκέψεις του
Σεπτεμβρίου (7 άλογα σχολής) ως τιμολόγια στα στοιχεία του Ομίλου και όχι
ως αποδείξεις λιανικής:

Ιππικός Όμιλος Βάρης
ΑΦΜ 099887766, ΔΟΥ Γλυφάδας
Λεωφ. Βάρης-Κορωπίου 48, 16672 Βάρη

Ευχαριστούμε,
Ελένη Παπαναστασίου
Λογιστήριο"""),
("el", "b91-el-petalotis-auxisi-ypeuthinos", "Κωνσταντίνος Ζερβός <k.zervos@example.gr>", "Χρέωση πεταλώματος", "billing", "high",
"""Καλησπέρα,

Τρία χρόνια πληρώνω 80€ για πλήρες πετάλωμα στον Άρη. Χθες ο βοηθός που
ήρθε στη θέση του κ. Στάθη μου ζήτησε 110€, χωρίς καμία προειδοποίηση, και
όταν ρώτησα γιατί μου είπε "αυτή είναι η τιμή τώρα, αν θέλεις". Πλήρωσα
γιατί το άλογο ήταν ήδη μισοπεταλωμένο.

Θέλω να μιλήσω με τον ίδιο τον κ. Στάθη ή με όποιον είναι υπεύθυνος, όχι
με τον βοηθό. Και θέλω πίσω τα 30€ της διαφοράς.

Κωνσταντίνος Ζερβός
Μαρκόπουλο Μεσογαίας"""),
("el", "b91-el-aporripsi-apozimiwsis-synigoros", "Αικατερίνη Δούκα <a.douka@example.gr>", "Απόρριψη αίτησης αποζημίωσης 31177", "billing", "high",
"""Αξιότιμοι κύριοι,

Με την επιστολή σας της 12ης Φεβρουαρίου απορρίπτετε την αίτηση
αποζημίωσης για τη θεραπεία της γάτας μου Μέλι (ποσό 684,50€),
επικαλούμενοι "προϋπάρχουσα πάθηση". Η γάτα διαγνώστηκε με διαβήτη οκτώ
μήνες μετά την έναρξη του συμβολαίου και δεν υπάρχει καμία προηγούμενη
καταγραφή στο ιστορικό της, το οποίο σας έχω αποστείλει ολόκληρο.

Σας ζητώ να επανεξετάσετε την απόφαση εντός 15 ημερών. Διαφορετικά θα
προσφύγω στον Συνήγορο του Καταναλωτή.

Με εκτίμηση,
Αικατερίνη Δούκα"""),
("el", "b91-el-gl-doseis-xeirourgeio-tplo", "Nikos Pavlou <nikos.pavlou@example.gr>", "TPLO - plhrwmh", "billing", "",
"""Kalhmera,
o ktiniatros mas eipe oti o Rex xreiazetai TPLO sto pisw podi kai to
kostos 8a einai peripou 1.800e. Yparxei dynatothta na plhrwsoume se doseis
me pistwtikh karta h kapoio allo programma? Den mas pairnei na ta dwsoume
ola mazi ayto to mhna.
Eyxaristw poly
Nikos"""),
("el", "b91-el-gl-ekptwsh-deuterh-gata", "Stella <stella.mpoura@example.gr>", "erwthsh gia times", "billing", "",
"""Geia sas! Exw 2 gates kai 8elw na tis kanw sterirwsh kai tis dyo ton
idio mhna. Kanete kapoia ekptwsh gia to deutero zwo h einai 150 h ka8e
mia? Eyxaristw :)"""),
("el", "b91-el-trofi-papagalon-allagi", "Σταυρος Μηλιωνης <s.milionis@example.gr>", "Τροφη παπαγαλου - λαθος συσκευασια", "billing", "",
"""Καλησπερα σας,

Παρηγγειλα απο το ηλεκτρονικο σας καταστημα 2 σακια τροφη για μεγαλους
παπαγαλους 3kg (παραγγελια 40217) και μου ηρθαν 2 σακια για καναρινια.
Ειναι κλειστα ακομα. Θελω να τα αλλαξω με αυτα που παρηγγειλα, μπορει
ο κουριερ να τα παρει οταν φερει τα σωστα;

Σταυρος Μηλιωνης"""),
("el", "b91-el-re-prokatavoli-fysiotherapeia", "Ιωάννα Κωστοπούλου <i.kostopoulou@example.gr>", "Re: Πρόγραμμα φυσικοθεραπείας για τον Μάξ", "billing", "",
"""Καλησπέρα σας,

Έκανα την κατάθεση των 120€ για την προκαταβολή σήμερα το πρωί στην
Πειραιώς. Σας επισυνάπτω το αποδεικτικό. Θα μου στείλετε απόδειξη για
την προκαταβολή ή θα βγει μια συνολική στο τέλος;

Ιωάννα

Στις Τρί, 4 Μαρ 2025 στις 10:12 π.μ., ο/η Κέντρο Αποκατάστασης Ζώων
<info@kentro-apokatastasis.example> έγραψε:
> Καλημέρα σας,
>
> Το πρόγραμμα για τον Μαξ περιλαμβάνει 10 συνεδρίες (υδροθεραπεία και
> ασκήσεις) με συνολικό κόστος 400€. Για την κράτηση των ημερομηνιών
> χρειάζεται προκαταβολή 120€ στον λογαριασμό GR16 0110 1250 0000 0001
> 2300 695.
>
> Με εκτίμηση,
> Ζωή Αντωνίου"""),
("el", "b91-el-dorokarta-mathimata-ippasias", "Φωτεινή Αρβανίτη <f.arvaniti@example.gr>", "Δωροκάρτα", "billing", "",
"""Γεια σας, πήρα στην κόρη μου για τα γενέθλιά της δωροκάρτα για 5 μαθήματα
ιππασίας (75€). Θέλει να πάει και η φίλη της - μπορούμε να τα μοιράσουν ή
να πληρώσω τη διαφορά για να γίνουν 10; Φωτεινή"""),
("el", "b91-el-gl-gata-efyge-asfaleia", "Lefteris <lefteris.g@example.gr>", "Filitsa", "billing", "",
"""Kalhmera,
h Filitsa mas efyge thn Kyriakh, htan 17 xronwn kai eixe zhsei mia
yperoxh zwh. Parakalw stamathste thn asfaleia ths (symvolaio 2244871)
apo to mhna pou erxetai. Den xreiazetai na mou epistrepsete tipota gia
ton trexonta mhna, apla na mhn ksanaxrewsei.
Eyxaristw
Lefteris Georgiou"""),
("el", "b91-el-xrewsi-meta-akyrosi-trapeza", "Παναγιώτης Σιδέρης <p.sideris@example.gr>", "Συμβόλαιο 5519023", "billing", "high",
"""Κύριοι,

Ακύρωσα το ασφαλιστήριο για τον σκύλο μου τον Νοέμβριο, έχω και το email
επιβεβαίωσής σας. Παρ' όλα αυτά με χρεώσατε 32,90€ τον Δεκέμβριο και άλλα
32,90€ τον Ιανουάριο. Έχω τηλεφωνήσει τρεις φορές.

Αν δεν μου επιστραφούν και τα δύο ποσά μέσα στην εβδομάδα, θα ζητήσω από
την τράπεζα να ακυρώσει τις χρεώσεις και θα καταθέσω καταγγελία.

Παναγιώτης Σιδέρης"""),
("el", "b91-el-lampa-xelonas-ntoui-kameno", "Ευθυμία Ραφαηλίδου <e.rafailidou@example.gr>", "Κεραμική λάμπα", "technical", "high",
"""Καλησπέρα,

Αγόρασα από εσάς πριν από τρεις εβδομάδες κεραμική λάμπα θέρμανσης 100W
με ντουί πορσελάνης για το terrarium της χελώνας μου. Σήμερα το απόγευμα
μύρισε καμένο πλαστικό. Το καλώδιο ακριβώς πάνω από το ντουί έχει λιώσει
και το σκέπασμα του terrarium έχει μαυρίσει γύρω από την τρύπα.

Το έβγαλα από την πρίζα και μετέφερα τη χελώνα σε άλλο δωμάτιο. Τι πρέπει
να κάνω με το προϊόν;

Ευθυμία Ραφαηλίδου"""),
("el", "b91-el-gl-app-kratiseis-arenas", "Kostis Vlachos <kostis.vlachos@example.gr>", "to app", "technical", "",
"""Geia sas, apo xtes to app tou stablou gia kratiseis sthn arena den
anoigei, menei sthn aspri o8onh me to logo. To ekana update, to esvhsa
kai to ksanavala, tipota. iPhone 13. Mporw na kleisw wra kapws allios?
Kostis"""),
("el", "b91-el-logismiko-iatreiou-synepeies", "Κτηνιατρείο Αγ. Φραγκίσκος <info@agfragkiskos-vet.example>", "Από το πρωί", "technical", "high",
"""Από τις 9 το πρωί δεν ανοίγει κανένας φάκελος ασθενή. Έχουμε ήδη
αναβάλει 20 ραντεβού, οι γιατροί δεν βλέπουν τις εξετάσεις για τα
χειρουργεία του απογεύματος και δεν μπορούμε να κόψουμε ούτε μία απόδειξη.
Στην αίθουσα αναμονής υπάρχουν άνθρωποι με ζώα που περιμένουν.

Παρακαλώ καλέστε μας αμέσως στο 2310 555 812.

Δρ. Αλέξανδρος Τσακίρης
Κτηνιατρείο Άγιος Φραγκίσκος, Θεσσαλονίκη"""),
("el", "b91-el-gl-thermokoitida-ygrasia", "Apostolis <apostolis.kan@example.gr>", "8ermokoitida", "technical", "",
"""Kalhspera,
h 8ermokoitida pou phra gia auga kokatil deixnei ygrasia 20% kai meta
apo ligo 85%, xwris na allaksw tipota. To nero sto dokeio einai gemato.
Exw valei kai deutero ygrometro mesa kai deixnei sta8era 55%, ara mallon
o aisththras einai xalasmenos. Ti na kanw?
Apostolis"""),
("el", "b91-el-gl-perifraxi-kalwdio-lyswse", "Vaggelis Kotsis <vag.kotsis@example.gr>", "hlektrikh perifraxh", "technical", "high",
"""Kalhmera,
to trofodotiko ths hlektrikhs perifraxhs pou mas egkatasthsate sto
xwrafi me ta aloga sto Lagada, ekei pou vgainei to kalwdio pros to
pasalo, to kalwdio exei zestathei toso poly pou h monwsh exei lywsei kai
sthn akrh fainetai to xalkino. Mesa sto koutaki akougetai tsirisma.
To ekleisa apo ton diakopth kai krathsa ta aloga mesa. Mporei na er8ei
kapoios shmera;
Vaggelis Kotsis"""),
("el", "b91-el-pyli-asfaleias-otp-oxi-pliromi", "Ρένα Μιχαηλίδη <rena.michailidi@example.gr>", "Σύνδεση στον λογαριασμό", "technical", "",
"""Καλημέρα. Δεν είναι θέμα πληρωμής ούτε αποζημίωσης. Απλά δεν μπορώ να
μπω στον λογαριασμό μου στο site σας: βάζω κωδικό, μου λέει ότι θα
στείλει κωδικό μιας χρήσης με SMS, και το SMS δεν έρχεται ποτέ. Το κινητό
στο προφίλ είναι σωστό (69xx xxx 418). Ρένα"""),
("el", "b91-el-potistra-box-xeilizei", "Χρήστος Λιάκος <ch.liakos@example.gr>", "Αυτόματη ποτίστρα", "technical", "",
"""Καλησπέρα,

Μία από τις αυτόματες ποτίστρες που τοποθετήσατε στα box τον Ιούνιο δεν
κλείνει. Γεμίζει και ξεχειλίζει συνεχώς, και το πρωί βρίσκω το box
μούσκεμα. Έχω κλείσει τη βάνα της, οπότε τώρα ποτίζουμε με κουβά το άλογο
σε εκείνο το box.

Χρήστος Λιάκος
Ιππικές Εγκαταστάσεις Λιάκου, Λάρισα"""),
("el", "b91-el-gl-kolaro-gps-fortish", "Dimitra <dimitra.oik@example.gr>", "kolaro", "technical", "",
"""To GPS kolaro tou skylou den fortizei pleon. Otan to vazw sth vash
anavei prasino gia 2 deuterolepta kai meta svhnei. Allaksa kalwdio kai
fortisth. To exw 4 mhnes.
Dhmhtra"""),
("el", "b91-el-kamera-stavlou-den-syndeetai", "Σοφία Γεωργαρά <s.georgara@example.gr>", "Κάμερα", "technical", "",
"""Γεια σας, η κάμερα που έχουμε στον στάβλο δεν εμφανίζεται στην εφαρμογή
από την Κυριακή. Λέει «Η συσκευή είναι εκτός σύνδεσης». Το router
δουλεύει, τα κινητά μας πιάνουν κανονικά Wi-Fi εκεί. Δοκίμασα να την
βγάλω από την πρίζα και να την ξαναβάλω. Τι άλλο να δοκιμάσω;
Σοφία"""),
("el", "b91-el-forma-yiothesias-sfalma", "Μαρια Κουρη <maria.kouri@example.gr>", "Αιτηση υιοθεσιας", "technical", "",
"""Καλησπερα,

Προσπαθω να στειλω την αιτηση υιοθεσιας για τον Μπαμπη (το μαυρο
κουταβι) απο τη σελιδα σας αλλα οταν πατω «Υποβολη» βγαζει «Σφαλμα 500»
και χανονται ολα οσα εγραψα. Το εκανα τρεις φορες, απο υπολογιστη και
απο κινητο.

Μαρια"""),
("el", "b91-el-zygaria-iatreiou-lathos", "Δρ. Ηλίας Βασιλείου <vet.vasileiou@example.gr>", "Ζυγαριά εξεταστηρίου", "technical", "",
"""Καλημέρα,

Η ψηφιακή ζυγαριά ζώων που μας παραδώσατε τον Ιανουάριο δείχνει
διαφορετικό βάρος κάθε φορά για το ίδιο ζώο - ο ίδιος σκύλος βγήκε 18,2
κιλά, μετά 21,7 και μετά 16,9 μέσα σε δύο λεπτά. Την έχουμε σε επίπεδο
δάπεδο και κάνουμε μηδενισμό πριν από κάθε ζύγιση. Για τις δόσεις
φαρμάκων χρειαζόμαστε σωστό βάρος, οπότε προς το παρόν ζυγίζουμε στη
μικρή ζυγαριά όσα χωράνε.

Μπορείτε να στείλετε τεχνικό;

Ηλίας Βασιλείου
Κτηνιατρείο Βασιλείου, Πάτρα"""),
("el", "b91-el-solarium-alogon-lampa-espase", "Ιππικός Όμιλος Ηρακλείου <info@iohr.example>", "Σολάριουμ αλόγων", "technical", "high",
"""Καλημέρα σας,

Χθες το απόγευμα, ενώ ήταν ένα άλογο κάτω από το σολάριουμ που μας
εγκαταστήσατε, μία από τις λάμπες έσκασε και κομμάτια γυαλιού έπεσαν
στην πλάτη του ζώου και στο δάπεδο. Ευτυχώς δεν τραυματίστηκε. Η
διπλανή λάμπα ήταν τόσο καυτή που είχε μαυρίσει το προστατευτικό πλέγμα.

Έχουμε κλείσει τον διακόπτη και δεν το χρησιμοποιούμε. Χρειαζόμαστε
έλεγχο όλης της εγκατάστασης πριν το ξαναβάλουμε σε λειτουργία.

Μανώλης Σπυριδάκης
Ιππικός Όμιλος Ηρακλείου"""),
("el", "b91-el-efarmogi-ypenthymiseis-fysio", "Άννα Ξενάκη <anna.xenaki@example.gr>", "Υπενθυμίσεις ραντεβού", "technical", "",
"""Καλησπέρα, η εφαρμογή σας δεν μου στέλνει πια υπενθυμίσεις για τα
ραντεβού υδροθεραπείας του Όσκαρ, παρότι οι ειδοποιήσεις είναι ανοιχτές.
Την περασμένη Πέμπτη το ξέχασα τελείως. Μήπως άλλαξε κάτι με την
τελευταία ενημέρωση; Android, Samsung A54.
Άννα"""),
("el", "b91-el-orario-ermpeta-pasxa", "Βασίλης Κανελλόπουλος <v.kanellopoulos@example.gr>", "Ωράριο Πάσχα", "general", "",
"""Καλησπέρα σας,

Θα είστε ανοιχτά τη Μεγάλη Εβδομάδα και τη Δευτέρα του Πάσχα; Έχω ένα
φίδι (βασιλικό πύθωνα) που θέλει έλεγχο για την αλλαγή δέρματος, δεν
είναι επείγον, απλώς να ξέρω πότε να κλείσω ραντεβού.

Ευχαριστώ,
Βασίλης"""),
("el", "b91-el-gl-eyxaristies-ktiniatro-alogo", "Maria Zacharaki <maria.zach@example.gr>", "EYXARISTOUME!", "general", "",
"""Kalhspera,

8elame na poume ena megalo eyxaristw ston Dr. Petro kai sthn Eleni pou
hr8an sta Xania mesa sthn kataigida thn Kyriakh to vrady gia ton Argo.
Xwris auto pou ekanan den ksero an 8a ton eixame shmera. Twra trwei, paizei
kai kanei to koutampeli tou opws panta.

Me polh agaph,
Maria kai Giorgos"""),
("el", "b91-el-ypallilos-fonaxe-paidi-diefthyntis", "Όλγα Τσιρίγου <olga.tsirigou@example.gr>", "Συμπεριφορά υπαλλήλου στον στάβλο", "general", "high",
"""Καλημέρα,

Το Σάββατο ο γιος μου, 11 ετών, στο μάθημα των 11:00, ρώτησε έναν από τους
ιπποκόμους πού να δέσει το πόνι. Εκείνος του φώναξε μπροστά σε όλα τα
παιδιά «αφού δεν ξέρεις τίποτα, τι έρχεσαι;» και τον έβρισε. Το παιδί
γύρισε σπίτι κλαίγοντας και δεν θέλει να ξαναέρθει.

Δεν ζητάω χρήματα. Ζητάω να μου τηλεφωνήσει ο διευθυντής του ομίλου
προσωπικά, όχι η γραμματεία.

Όλγα Τσιρίγου
697 000 5512"""),
("el", "b91-el-yiothesia-gatas-germania", "Θεοδώρα Βλάχου <theodora.vlachou@example.de>", "Υιοθεσία γάτας", "general", "",
"""Γεια σας,

Μένω στη Στουτγκάρδη αλλά κατάγομαι από την Κέρκυρα και θα ήθελα να
υιοθετήσω μία από τις γάτες του καταφυγίου σας. Πώς γίνεται η διαδικασία
για το εξωτερικό; Χρειάζεται να έρθω εγώ ή τη στέλνετε εσείς με συνοδό;
Τι χαρτιά χρειάζονται;

Ευχαριστώ,
Θεοδώρα"""),
("el", "b91-el-gl-kloubi-metaforas-ksexasame", "Eftychis <eftychis.m@example.gr>", "kloubi", "general", "",
"""geia sas, xtes to apogeuma ksexasame ena gkri kloubi metaforas me
mple porta sthn ai8ousa anamonhs, htan gia to kouneli mas. to vrhkate?
perasw aurio na to parw. Eftyxhs"""),
("el", "b91-el-allagi-tilefonou", "Γεωργια Πετρακη <georgia.petraki@example.gr>", "Αλλαγη τηλεφωνου", "general", "",
"""Καλημερα, αλλαξα αριθμο κινητου. Το νεο ειναι 6944 123 987. Παρακαλω
ενημερωστε το στον φακελο της σκυλιτσας μου Λουνα. Ευχαριστω, Γεωργια
Πετρακη"""),
("el", "b91-el-aitima-dedomenon-gkpd", "Μιλτιάδης Κορωνάκης <m.koronakis@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ παρακαλώ να μου χορηγήσετε αντίγραφο όλων
των προσωπικών δεδομένων που τηρείτε για εμένα ως ασφαλισμένο (αρ.
συμβολαίου 3390417), καθώς και ενημέρωση για το σε ποιους τρίτους έχουν
διαβιβαστεί.

Με εκτίμηση,
Μιλτιάδης Κορωνάκης"""),
("el", "b91-el-xorigia-agones-ypervasis", "Σύλλογος Ιππασίας Θεσσαλίας <info@si-thessalias.example>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Ιππασίας Θεσσαλίας διοργανώνει στις 18-19 Μαΐου τους ετήσιους
αγώνες υπερπήδησης εμποδίων στη Λάρισα. Θα θέλαμε να σας προτείνουμε να
γίνετε χορηγός μιας κατηγορίας, με προβολή του λογότυπού σας στο εμπόδιο
και στο πρόγραμμα. Επισυνάπτουμε τα πακέτα χορηγίας.

Με εκτίμηση,
Αθηνά Ζαφειρίου
Γραμματέας"""),
("el", "b91-el-gl-ethelontes-anoixti-mera", "Kallia <kallia.s@example.gr>", "e8elontismos", "general", "",
"""Geia sas!! Eimaste mia parea 5 foithtriwn kai 8eloume na er8oume
e8elontika sthn hmera anoixtwn 8urwn tou katafygiou sto telos tou mhna.
Prepei na dhlw8oume kapou apo prin? Mporoume na feroume kai trofes?
Kallia"""),
("el", "b91-el-sapia-sanida-kerkida", "Ανδρέας Μουστάκας <a.moustakas@example.gr>", "Κερκίδα στον μεγάλο στίβο", "general", "high",
"""Καλησπέρα,

Στην ξύλινη κερκίδα δίπλα στον μεγάλο στίβο, στη δεύτερη σειρά από κάτω,
μία σανίδα έχει σαπίσει και σήμερα το απόγευμα έσπασε κάτω από έναν
πατέρα που καθόταν. Το πόδι του μπήκε μέσα ως το γόνατο, γδάρθηκε αλλά
είναι καλά. Τα διπλανά σανίδια είναι κι αυτά μαλακά.

Την Κυριακή έχετε αγώνες και θα γεμίσει κόσμο και παιδιά. Καλό θα ήταν να
κλείσει αυτό το κομμάτι μέχρι να φτιαχτεί.

Ανδρέας Μουστάκας"""),
("el", "b91-el-geia-sas-kounelia", "Ειρηνη Σαββα <eirini.savva@example.gr>", "Γεια σας", "general", "",
"""Γεια σας, εξεταζετε και κουνελια ή μονο πουλια και ερπετα;"""),
("el", "b91-el-gl-paradosi-rokanidi-portaki", "Stavros <stavros.kolovos@example.gr>", "paradosh Tetarth", "general", "",
"""Kalhmera, gia thn paradosh ths Tetarths (30 mpales rokanidi kai 20
mpales trifylli) mhn mpeite apo thn kentrikh porta, exoume skapsimata.
Yparxei portaki sto pisw meros dipla sto ampelaki, to afhnw anoixto. Na
ta afhsete katw apo to sundeno. An den eimai ekei pareteme sto 6972
334 110.
Stavros"""),
("el", "b91-el-gl-alogo-petage-foties", "Natasa Vergou <natasa.vergou@example.gr>", "o Zefyros!!!", "general", "",
"""Kalhmera kyria Irini!!

Hr8e o Zefyros prwtos sto Panellhnio sto Markopoulo thn Kyriakh!!! Petage
fwties, htan apla ekrhktikos, kanena problhma me th mesh tou. Meta apo
tis 8erapeies sas einai allo alogo. Sas stelnw kai fwtografies apo ton
agwna, an 8elete valte tes sth selida sas.

Xilia eyxaristw,
Natasa"""),
# ---------------- Spanish ----------------
("es", "b91-es-pupilaje-subida-cuota", "Lucía Herrero <lucia.herrero@example.es>", "Cuota de pupilaje", "billing", "",
"""Hola Javier,

Me ha llegado el recibo de marzo del pupilaje de Canela y son 420 € en vez
de los 350 € de siempre. Nadie nos ha avisado de ninguna subida, ni en el
grupo de WhatsApp ni en el tablón. ¿Es un error o es la nueva tarifa? Si es
nueva, me gustaría ver el desglose de qué incluye ahora.

Un saludo,
Lucía Herrero
Box 14"""),
("es", "b91-es-seguro-reembolso-parcial-condusef", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Reembolso siniestro 40218", "billing", "high",
"""Buenas tardes,

Presenté el reembolso por la cirugía de estómago de mi perro Tobi con una
factura de $24,600 MXN. Ustedes me depositaron $9,800. La póliza dice que
cubre el 80% después del deducible de $2,000, o sea que me deben $8,280
más. Nadie me ha explicado por qué pagaron menos; en el call center me
dicen que "así lo dictaminó el área médica".

Si en diez días hábiles no tengo una respuesta por escrito con el cálculo,
voy a presentar la queja ante la CONDUSEF.

Rodrigo Salinas Treviño
Monterrey, N.L."""),
("es", "b91-es-negra-arcoiris-plan-salud", "Graciela Benitez <gra.benitez@example.com.ar>", "La Negra", "billing", "",
"""Hola chicos, les escribo para contarles que la Negra cruzo el arcoiris
el domingo, ya estaba muy viejita. Gracias por todo lo que hicieron por
ella estos años.

Por favor den de baja el plan de salud mensual de ella ($18.500) para que
no me lo sigan debitando de la tarjeta. El de Tito (el gato) sigue igual.

Graciela Benitez
Lanus"""),
("es", "b91-es-herrador-cobro-doble-banco", "Íñigo Larrañaga <inigo.larranaga@example.es>", "Factura 2024-118", "billing", "high",
"""Buenos días,

En la factura 2024-118 me cobráis dos herrajes completos a Txuri (2 x 95 €)
el día 9. Txuri se herró una sola vez ese día, y tengo el parte de la
hípica que lo confirma. Ya lo comenté por teléfono hace dos semanas.

Si no me devolvéis los 95 € antes de fin de mes, devuelvo el recibo en el
banco y que lo reclamen ellos.

Íñigo Larrañaga"""),
("es", "b91-es-protectora-cuota-adopcion-incluye", "Marta Guillén <marta.guillen@example.es>", "Adopción de Lupo", "billing", "",
"""Hola, buenas.

Estamos muy ilusionados con Lupo. Nos dijeron que la cuota de adopción son
180 €: ¿eso incluye ya la castración, el chip y las vacunas, o hay que
pagar algo aparte? ¿Y se puede pagar con Bizum o tiene que ser en
efectivo el día de la recogida?

Gracias,
Marta"""),
("es", "b91-es-colico-cuotas-colombia", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "Pago cirugía de Lucero", "billing", "",
"""Buenas noches doctora,

Muchas gracias por sacar adelante a Lucero, ya está comiendo bien. Le
escribo por la cuenta de la cirugía de cólico, que quedó en $14.800.000.
¿Habría posibilidad de pagarla en cuotas? Podemos abonar $4.000.000 esta
semana y el resto en tres cuotas mensuales, si a ustedes les sirve.

Quedo atento,
Andrés Felipe Rojas
Finca La Esperanza, Rionegro"""),
("es", "b91-es-seguro-rechazo-dgsfp-abogado", "Carmen Osuna <carmen.osuna@example.es>", "Reclamación expediente 77-30912", "billing", "high",
"""Muy señores míos:

Por la presente manifiesto mi total disconformidad con el rechazo del
siniestro 77-30912 (tratamiento de la leishmaniosis de mi perra Luna,
1.340,75 €). Alegan "enfermedad preexistente" cuando la primera analítica
positiva es de siete meses después de la fecha de efecto de la póliza,
como consta en la documentación que les adjunté.

Si en el plazo de quince días no rectifican, presentaré reclamación ante
la Dirección General de Seguros y he dado ya traslado del asunto a mi
abogado.

Atentamente,
Carmen Osuna Ríos
DNI 28.xxx.xxx-K"""),
("es", "b91-es-me-mudo-valdivia-membresia", "Camila Fuentes <camila.fuentes@example.cl>", "Membresia clinica", "billing", "",
"""Hola, buenas tardes. Me cambio a Valdivia a fin de mes por trabajo, asi
que no voy a poder seguir llevando a mis conejos a la clinica. Quisiera
terminar la membresia anual ($96.000) y saber si me devuelven la parte de
los meses que quedan. Gracias!! Camila"""),
("es", "b91-es-bono-fisio-yegua-prenada", "Álvaro Cuesta <alvaro.cuesta@example.es>", "Bono de fisioterapia", "billing", "",
"""Hola Paula,

Nos quedan tres sesiones del bono de cinco de Duna, pero el veterinario nos
acaba de confirmar que está preñada y prefiere que de momento no le hagamos
nada de fisio. ¿Podemos congelar el bono hasta después del parto, o
pasárselo a Trueno, el caballo de mi hermana?

Gracias,
Álvaro"""),
("es", "b91-es-factura-cfdi-aves", "Patricia Villaseñor <paty.villasenor@example.com.mx>", "Factura", "billing", "",
"""Buen dia, me pueden facturar la consulta de mi cacatua del sabado? Monto
$1,250. RFC VIMP850312AB4, uso CFDI gastos en general, regimen 612, CP
44160. Gracias"""),
("es", "b91-es-re-devolucion-arnes", "Pablo Iglesias Ferrer <pablo.iferrer@example.es>", "Re: Pedido 31907", "billing", "",
"""Hola de nuevo,

Ya he enviado el arnés por Correos con la etiqueta que me mandasteis
(seguimiento PK4B12390088). ¿Me devolvéis el importe a la misma tarjeta o
lo puedo cambiar por la talla M? Lo que os vaya mejor, pero que no tarde
mucho porque el perro está sin arnés.

Pablo

El 14/02/2025 a las 11:20, Tienda Patitas <pedidos@tiendapatitas.example> escribió:
> Hola Pablo:
>
> Sentimos que la talla no sea la adecuada. Te adjuntamos la etiqueta de
> devolución gratuita. Cuando recibamos el arnés te confirmaremos el
> reembolso o el cambio, como prefieras.
>
> Un saludo,
> Equipo Patitas"""),
("es", "b91-es-padrino-cambio-tarjeta", "Federico Ibarra <fede.ibarra@example.com.ar>", "Apadrinamiento", "billing", "",
"""Buenas, soy padrino de Chispa desde el año pasado con $5.000 por mes.
Me vencio la tarjeta y me dieron una nueva, como hago para cambiarla asi
no se corta el debito? Y de paso queria subir el aporte a $8.000.
Abrazo, Fede"""),
("es", "b91-es-penalizacion-cita-responsable", "Begoña Aranda <begona.aranda@example.es>", "Cargo de 30 € por anulación", "billing", "high",
"""Buenas tardes:

Anulé por teléfono la cita de mi agapornis con tres días de antelación,
como indican ustedes mismos en la web. Hoy veo en la cuenta un cargo de 30 €
"por no presentarse". La recepcionista me dice que ella no puede hacer nada.

Quiero hablar con el responsable de la clínica, no con recepción, y que me
devuelvan esos 30 €.

Begoña Aranda"""),
("es", "b91-es-spei-o-efectivo", "Jorge Cárdenas <jorge.cardenas@example.com.mx>", "Forma de pago", "billing", "",
"""Hola, el jueves llevo a mi yegua para los rayos X. ¿Aceptan transferencia
SPEI o tarjeta, o solo efectivo? Es que el presupuesto es de $7,500 y no
quiero andar con tanto efectivo en la camioneta. Saludos."""),
("es", "b91-es-manta-termica-chispas", "Rocío Delgado <rocio.delgado@example.es>", "Calefactor cuadra potros", "technical", "high",
"""Buenas,

El calefactor de infrarrojos que nos instalasteis en la cuadra de los
potros en noviembre hace un chasquido y saltan chispas por la rejilla
cuando se enciende. Esta mañana además olía a quemado y la carcasa estaba
negra por un lado. Está encima de la cama de paja.

Lo hemos desconectado del cuadro y hemos sacado a los potros. Necesitamos
que venga alguien a revisarlo.

Rocío Delgado
Yeguada Los Alcores, Carmona"""),
("es", "b91-es-app-turnos-no-carga", "Sofia Quiroga <sofi.quiroga@example.com.ar>", "la app", "technical", "",
"""Hola, no es por un pago ni nada de eso, es que la app para sacar turnos no
me carga. Pongo mi DNI y queda la ruedita girando. Ya la desinstale y la
volvi a instalar. Tengo que sacar turno para la vacuna de Milo. Gracias"""),
("es", "b91-es-hipica-reservas-caido", "Club Hípico El Soto <club@hipicaelsoto.example>", "Hoy", "technical", "high",
"""Hoy no hemos podido dar ni una clase en condiciones. Los alumnos llegan
y no aparecen en el cuadrante, los profesores no saben qué caballo tiene
asignado cada uno, dos grupos se han solapado en la pista cubierta y hemos
tenido que mandar a casa a los de las 18:00. El programa de reservas no
carga desde las 9 de la mañana y mañana tenemos 60 clases.

Llamadnos al 918 555 204, por favor.

Elena Bravo
Club Hípico El Soto, Tres Cantos"""),
("es", "b91-es-lampara-iguana-cable-derretido", "Luis Ortega <luis.ortega@example.com.mx>", "Lampara terrario", "technical", "high",
"""Que tal,

Compre con ustedes hace un mes el kit de lampara de calor con soporte para
el terrario de mi iguana. Anoche se escucho un pop, el foco se quedo
negro y el cable junto al socket esta derretido, hasta se pego al
plastico del soporte. Todavia olia a quemado en la mañana.

Ya lo desconecte. Quisiera saber que hago con el, no quiero que pase
otra vez.

Luis Ortega
Guadalajara"""),
("es", "b91-es-dosificador-pienso-atascado", "Miguel Ángel Soler <ma.soler@example.es>", "Dosificador", "technical", "",
"""Hola,

El dosificador automático de pienso del box 3 se atasca y no suelta la
ración de las 6:00. El motor suena pero la rueda no gira. Los otros cinco
funcionan bien. Lo he limpiado por dentro y no hay pienso apelmazado.

Un saludo,
Miguel Ángel"""),
("es", "b91-es-collar-gps-no-sincroniza", "Valentina Cárdenas <vale.cardenas@example.com.co>", "Collar GPS", "technical", "",
"""Hola, el collar GPS de mi perrita Kira dejó de sincronizar con la app
desde el sábado. La app dice "última ubicación hace 3 días". La batería
está cargada y el celular tiene el Bluetooth prendido. ¿Qué más puedo
hacer?

Valentina"""),
("es", "b91-es-portal-seguro-contrasena", "Ramón Vidal <ramon.vidal@example.es>", "No puedo entrar", "technical", "",
"""Buenas. Intento entrar en el área de clientes del seguro de mi gato para
subir una factura y me dice "usuario o contraseña incorrectos". Le doy a
recuperar contraseña, me llega el correo, pongo la nueva y me vuelve a
decir lo mismo. Lo he intentado con Chrome y con el móvil.

Ramón Vidal"""),
("es", "b91-es-incubadora-alarma-constante", "Ignacio Paredes <ignacio.paredes@example.cl>", "Incubadora", "technical", "",
"""Estimados,

La incubadora que les compré para huevos de loro suena con la alarma de
temperatura cada media hora aunque la pantalla marca 37,4 °C, que es lo
que tengo configurado. El termómetro aparte también marca 37,4. No sé si
es el sensor o la configuración.

Saludos cordiales,
Ignacio Paredes
Temuco"""),
("es", "b91-es-bebedero-calefactado-no-calienta", "Josep Puig <josep.puig@example.es>", "Bebedero", "technical", "",
"""Hola,

El bebedero calefactado del prado no calienta. Esta mañana el agua tenía
una capa de hielo de dos dedos. La luz verde del termostato está
encendida. ¿Puede ser la resistencia?

Josep
Vic"""),
("es", "b91-es-camara-box-parto-sin-vision-nocturna", "Martín Sosa <martin.sosa@example.com.ar>", "camara box", "technical", "",
"""Buenas, la camara del box de parto funciona bien de dia pero de noche
se ve todo negro, como si no prendiera el infrarrojo. La yegua pare en
unas cinco semanas asi que me gustaria tenerla andando antes. Gracias.
Martin Sosa - Haras La Aguada, San Antonio de Areco"""),
("es", "b91-es-cinta-hidroterapia-calambre", "Centro Canino Aqua <info@centrocaninoaqua.example>", "Cinta subacuática", "technical", "high",
"""Hola,

Os escribimos con calma pero es importante: esta mañana, al tocar la
barandilla metálica de la cinta subacuática con el agua dentro, nuestra
fisio ha notado un calambre en la mano. Luego lo ha notado también una
compañera. Ningún perro estaba dentro en ese momento.

Hemos vaciado la cinta y cortado la corriente. No vamos a usarla hasta que
la revise vuestro técnico. ¿Cuándo podéis venir?

Nuria Castells
Centro Canino Aqua, Sabadell"""),
("es", "b91-es-formulario-adopcion-no-envia", "Daniela Mejía <daniela.mejia@example.com.mx>", "Formulario", "technical", "",
"""Hola, intento llenar el formulario de adopcion en su pagina pero cuando
le doy "Enviar" no pasa nada, el boton se queda gris. Ya lo intente en la
compu y en el cel. Quiero adoptar a Pelusa!! Daniela"""),
("es", "b91-es-lector-microchip-no-lee", "Clínica Veterinaria Albaicín <info@vetalbaicin.example>", "Lector de microchip", "technical", "",
"""Buenos días:

El lector de microchip que os compramos en enero no lee ningún chip desde
ayer. Se enciende, pita al pulsar, pero la pantalla sigue en "buscando...".
Le hemos cambiado las pilas. Tenemos otro lector antiguo y con ese sí
leemos los mismos chips.

Gracias,
Inmaculada Ruiz
Clínica Veterinaria Albaicín, Granada"""),
("es", "b91-es-urgencias-equinas-agosto", "Teresa Navarro <teresa.navarro@example.es>", "Urgencias en agosto", "general", "",
"""Hola, ¿cómo funcionan las urgencias de équidos en agosto? El año pasado
estuvisteis cerrados la segunda quincena y no sé si este año es igual o
hay alguien de guardia. Gracias. Teresa"""),
("es", "b91-es-gracias-fisio-perros", "Florencia Acosta <flor.acosta@example.com.ar>", "GRACIAS Cami", "general", "",
"""Hola!! Queria agradecerle muchisimo a Camila, la kinesióloga, por todo lo
que hizo con Ramon despues de la operacion de cadera. Cuando llegamos no
podia ni pararse y hoy salio corriendo atras de una paloma en la plaza.
Son unos genios todos. Besos, Flor y Ramon 🐶"""),
("es", "b91-es-trato-veterinaria-gerencia", "Enrique Montoya <enrique.montoya@example.es>", "Queja por el trato recibido", "general", "high",
"""Buenas tardes:

El martes llevé a mi hurón a consulta y la veterinaria que nos atendió se
rió delante de mi hija de 9 años porque el animal "estaba gordo como un
cerdo" y nos llamó irresponsables delante de otros clientes. Mi hija salió
llorando.

No pido dinero. Pido que la gerencia de la clínica me llame y me explique
qué piensan hacer. Si no tengo noticias esta semana, lo llevaré más
arriba.

Enrique Montoya
655 123 908"""),
("es", "b91-es-manta-olvidada-concurso", "Regina Lozano <regina.lozano@example.com.mx>", "Objeto olvidado", "general", "",
"""Buenas tardes, el domingo en el concurso de salto se nos quedó una manta
de caballo azul marino con las iniciales RL bordadas, junto a los
bebederos de la zona de calentamiento. ¿Alguien la encontró? Gracias,
Regina"""),
("es", "b91-es-cambio-correo-titular", "Fernando Gil <fernando.gil@example.es>", "Cambio de datos", "general", "",
"""Hola, os escribo para cambiar el correo de contacto de la ficha de mis
gatos (Mimi y Pirata). El nuevo es fgil.nuevo@example.es. El teléfono sigue
siendo el mismo. Gracias."""),
("es", "b91-es-derecho-acceso-rgpd", "Ana Belén Rubio <anabelen.rubio@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

En virtud del artículo 15 del RGPD, solicito copia de todos los datos
personales que su entidad trata sobre mí, los fines del tratamiento y los
destinatarios a los que se hayan comunicado, en relación con la solicitud
de adopción que presenté en 2023.

Adjunto copia de mi DNI.

Atentamente,
Ana Belén Rubio Lara"""),
("es", "b91-es-patrocinio-jornada-adopcion", "Fundación Huellitas <contacto@huellitas.example>", "Patrocinio jornada de adopción", "general", "",
"""Cordial saludo,

La Fundación Huellitas realizará su jornada de adopción el 22 de junio en
el parque de la 93 en Bogotá. Buscamos aliados que patrocinen la carpa de
vacunación o los kits de bienvenida para los adoptantes. Les enviamos el
dossier con las opciones, ¿les interesaría participar?

Quedamos atentos,
Luisa Fernanda Gómez
Coordinadora de eventos"""),
("es", "b91-es-charla-loros-puertas-abiertas", "Carlos Medina <carlos.medina@example.es>", "Charla sobre loros", "general", "",
"""Hola, vi en Instagram que hacéis una charla sobre cuidados de loros
grises el sábado 12. ¿Hace falta apuntarse? ¿Puedo ir con mi hijo de 10
años? Gracias!"""),
("es", "b91-es-vidrios-patio-refugio", "Lorena Pereyra <lorena.pereyra@example.com.ar>", "patio del refugio", "general", "high",
"""Hola, soy voluntaria de los sabados. Les aviso que en el patio grande,
donde sueltan a los perros a jugar, alguien tiro por encima del tapial lo
que parecen botellas rotas. Hay vidrios por todo el rincon del fondo,
cerca del bebedero. Junte lo que pude con guantes pero hay pedazos chicos
entre el pasto. Yo no soltaria a los perros ahi hasta que se limpie bien.
Lorena"""),
("es", "b91-es-hola-hurones", "Silvia Romero <silvia.romero@example.es>", "Hola", "general", "",
"""Hola, ¿atendéis hurones? Gracias."""),
("es", "b91-es-entrega-alfalfa-porton", "Rancho Los Encinos <ranchoencinos@example.com.mx>", "Entrega del viernes", "general", "",
"""Buen dia. Para la entrega del viernes (80 pacas de alfalfa) por favor
entren por el porton de atras, el que esta sobre la terraceria, no por la
entrada principal porque estamos pavimentando. Las bajan junto al pajar.
Don Chuy va a estar ahi desde las 7. Gracias."""),
("es", "b91-es-consulta-galgos-ninos", "Beatriz Soto <beatriz.soto@example.es>", "Consulta", "general", "",
"""Buenas tardes,

Somos una familia con dos niños de 6 y 8 años y queremos adoptar un galgo.
¿Cómo es el proceso? ¿Hay que hacer una visita previa a casa? ¿Tenéis
galgos que estén acostumbrados a niños?

Gracias de antemano,
Beatriz"""),
("es", "b91-es-herrador-un-crack", "Guillermo Pastor <guillermo.pastor@example.es>", "Felicitaciones a Raúl", "general", "",
"""Buenas,

Solo quería decir que Raúl, vuestro herrador, es un crack. Desde que le
cambió los herrajes a Brisa la yegua va como un cohete, el domingo en el
concurso fue una bomba y se llevó el primer puesto. Ni una cojera más.

Un abrazo a todo el equipo,
Guillermo"""),
# ---------------- Polish ----------------
("pl", "b91-pl-pensjonat-podwyzka-bez-uprzedzenia", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Opłata za pensjonat", "billing", "",
"""Dzień dobry Pani Bożeno,

Dostałam fakturę za listopad za pensjonat Grety i jest 1500 zł zamiast
1200 zł. W umowie mamy miesiąc wypowiedzenia na zmianę ceny, a o podwyżce
dowiedziałam się dopiero z faktury. Czy za listopad mogę zapłacić jeszcze
po starej stawce? I co dokładnie wchodzi teraz w nową cenę?

Pozdrawiam serdecznie,
Agnieszka Wróbel"""),
("pl", "b91-pl-ubezpieczenie-zanizona-wyplata-rzecznik", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "Szkoda nr 2024/PS/11873", "billing", "high",
"""Szanowni Państwo,

W decyzji z 4 marca wypłaciliście 1 180 zł z tytułu leczenia mojego psa
Bruna, przy fakturach na łączną kwotę 3 960 zł. Według OWU przysługuje mi
zwrot 90% kosztów po potrąceniu udziału własnego 200 zł, czyli 3 384 zł.
Decyzja nie zawiera żadnego uzasadnienia ani wyliczenia.

Wnoszę o ponowne rozpatrzenie sprawy. Jeżeli w ciągu 30 dni nie otrzymam
pisemnej odpowiedzi z wyliczeniem, złożę wniosek do Rzecznika
Finansowego.

Z poważaniem,
Tomasz Kaczmarek
Poznań"""),
("pl", "b91-pl-kasztan-odszedl-pakiet", "Jan Nowicki <jan.nowicki@example.pl>", "Kasztan", "billing", "",
"""Dzien dobry,

w sobote musielismy uspic naszego Kasztana, mial 29 lat. Dziekujemy
doktorowi Pawlowi za opieke przez te wszystkie lata.

Prosze o zakonczenie jego pakietu opieki (300 zl miesiecznie) od
grudnia. Drugi kon, Lalka, zostaje na pakiecie jak dotad.

Jan Nowicki"""),
("pl", "b91-pl-kowal-faktura-nip", "Stajnia Pod Dębem <biuro@stajniapoddebem.example>", "Faktury za kucie", "billing", "",
"""Dzień dobry Panie Marku,

Prosimy o wystawianie od teraz faktur za kucie na firmę, nie na mnie
prywatnie:

Stajnia Pod Dębem sp. z o.o.
NIP 7792345610
ul. Leśna 12, 62-090 Rokietnica

I jeśli można, o korektę dwóch ostatnich (październik i listopad).

Dziękuję,
Kamila Zając"""),
("pl", "b91-pl-oplata-adopcyjna-kierownik", "Marcin Szulc <marcin.szulc@example.pl>", "Zwrot opłaty adopcyjnej", "billing", "high",
"""Dzień dobry,

Trzy tygodnie temu adoptowaliśmy z Państwa schroniska psa Reksia i
zapłaciliśmy 300 zł opłaty adopcyjnej. W umowie jest napisane, że przez
pierwsze 30 dni można psa oddać i opłata zostanie zwrócona. Po dwóch
tygodniach okazało się, że Reksio ma ciężką alergię na naszego kota i
weterynarz zalecił oddanie. Oddaliśmy go w dniu 12.

Pani w biurze twierdzi, że "pieniądze poszły na karmę" i zwrotu nie będzie.
Proszę o kontakt kierownika schroniska, a nie wolontariuszy, i o zwrot
300 zł zgodnie z umową.

Marcin Szulc
tel. 601 222 914"""),
("pl", "b91-pl-papuga-podwojne-obciazenie-bank", "Ewa Pietrzak <ewa.pietrzak@example.pl>", "Wizyta 8.10", "billing", "high",
"""Dzien dobry,
8 pazdziernika bylam z papuga Kiwi na badaniu krwi. Zaplacilam karta
240 zl i na wyciagu widze dwie transakcje po 240 zl z tej samej minuty.
Dzwonilam juz dwa razy, za kazdym razem "oddzwonimy" i nic. Jesli do
piatku nie bedzie zwrotu, skladam reklamacje transakcji w banku.
Ewa Pietrzak"""),
("pl", "b91-pl-karnet-rehabilitacja-wyjazd-norwegia", "Kinga Michalska <kinga.michalska@example.pl>", "Karnet Lolka", "billing", "",
"""Dzień dobry,

Lolek ma jeszcze 6 zabiegów z karnetu na 10 (laser + bieżnia wodna).
Wyjeżdżam na trzy miesiące do pracy do Norwegii i pies w tym czasie
będzie u rodziców na wsi. Czy mogę zawiesić karnet do marca? Nie chcę
rezygnować, po powrocie chcemy kontynuować.

Pozdrawiam,
Kinga"""),
("pl", "b91-pl-raty-operacja-kolki", "Zbigniew Lis <zbigniew.lis@example.pl>", "Rachunek za operację", "billing", "",
"""Szanowni Państwo,

Dziękuję za uratowanie Hetmana, wrócił do domu w dobrej formie. Rachunek
za operację kolki i hospitalizację wyniósł 12 400 zł. Czy jest możliwość
rozłożenia tej kwoty na raty? Mógłbym wpłacić teraz 4 000 zł, a resztę w
czterech miesięcznych ratach.

Z wyrazami szacunku,
Zbigniew Lis
Janów Podlaski"""),
("pl", "b91-pl-wirtualna-adopcja-wiecej", "Halina Kowalewska <halina.kowalewska@example.pl>", "Wirtualna adopcja Mruczka", "billing", "",
"""Dzień dobry, od roku wpłacam 20 zł miesięcznie na wirtualną adopcję
kota Mruczka. Chciałabym od stycznia wpłacać 50 zł. Czy muszę zmienić
zlecenie stałe w banku, czy Państwo coś zmieniają u siebie? Tytuł
przelewu ten sam?
Halina Kowalewska"""),
("pl", "b91-pl-przeprowadzka-gdansk-pakiet", "Bartek Wasilewski <bartek.wasilewski@example.pl>", "rezygnacja", "billing", "",
"""Czesc, przeprowadzamy sie z Krakowa do Gdanska w styczniu, wiec
chcialbym zrezygnowac z pakietu zdrowia dla kota (Fistaszek) od lutego.
Da sie to zrobic mailowo czy musze przyjsc? Bartek"""),
("pl", "b91-pl-re-zwrot-transportera", "Monika Głowacka <monika.glowacka@example.pl>", "Re: Zamówienie 88215", "billing", "",
"""Dzień dobry,

Transporter odesłałam wczoraj paczkomatem (nr przesyłki 6200 1984 5512
3390 1127 44). Proszę o zwrot pieniędzy na konto, z którego płaciłam, nie
chcę wymiany na inny model.

Monika Głowacka

W dniu 3.02.2025 o 09:41, Zoo-Sklep Azymut <sklep@azymut-zoo.example> pisze:
> Dzień dobry,
>
> potwierdzamy przyjęcie zgłoszenia odstąpienia od umowy dla zamówienia
> 88215 (transporter dla kota, 189 zł). Prosimy o odesłanie towaru w
> ciągu 14 dni na adres magazynu.
>
> Pozdrawiamy,
> Zespół Azymut"""),
("pl", "b91-pl-platnosc-karta-czy-przelew", "Robert Krawczyk <robert.krawczyk@example.pl>", "Pytanie o płatność", "billing", "",
"""Dzień dobry, w piątek przyjeżdżamy z klaczą na USG. Czy mogę zapłacić
kartą na miejscu, czy trzeba przelewem przed wizytą? I czy robicie
fakturę od razu?"""),
("pl", "b91-pl-wizyta-domowa-250-prawnik", "Dorota Sadowska <dorota.sadowska@example.pl>", "Opłata za wizytę domową", "billing", "high",
"""Dzień dobry,

Przy umawianiu wizyty domowej u mojego żółwia recepcja podała cenę 150 zł.
Lekarz po wizycie policzył 250 zł, tłumacząc to "dojazdem poza miasto",
choć mieszkam 3 km od lecznicy, w granicach Wrocławia. Zapłaciłam, bo nie
chciałam robić awantury przy dzieciach.

Domagam się zwrotu 100 zł. Sprawę przekazałam już znajomemu prawnikowi i
jeśli nie dostanę odpowiedzi w ciągu tygodnia, złożę też skargę do
rzecznika konsumentów.

Dorota Sadowska"""),
("pl", "b91-pl-voucher-hipoterapia-przedluzenie", "Iwona Czarnecka <iwona.czarnecka@example.pl>", "Voucher na hipoterapię", "billing", "",
"""Dzien dobry, syn dostal na urodziny voucher na 5 zajec hipoterapii,
wazny do konca grudnia. Niestety od miesiaca jest po operacji i do
wiosny nie moze jezdzic. Czy mozna przedluzyc waznosc vouchera?
Dziekuje, Iwona Czarnecka"""),
("pl", "b91-pl-mata-grzewcza-waz-stopiona", "Krzysztof Urban <krzysztof.urban@example.pl>", "Mata grzewcza", "technical", "high",
"""Dzień dobry,

Kupiłem u Państwa we wrześniu matę grzewczą 25 W z termostatem do
terrarium pytona królewskiego. Dziś rano poczułem zapach palonego
plastiku. Mata w jednym rogu się wybrzuszyła i stopiła, a płyta pod
terrarium jest przypalona. Termostat był ustawiony na 31 stopni, sonda w
miejscu zgodnym z instrukcją.

Odłączyłem wszystko od prądu, wąż jest w zastępczym pojemniku. Proszę o
informację, co dalej z tym produktem.

Krzysztof Urban"""),
("pl", "b91-pl-elektryzator-kabel-dymi", "Stanisław Mazur <stanislaw.mazur@example.pl>", "Pastuch", "technical", "high",
"""Dzien dobry,
elektryzator pastucha, ktory Panstwo montowali na naszych pastwiskach w
kwietniu, od wczoraj trzeszczy, a przewod uziemienia przy samym urzadzeniu
jest goracy i dzis rano z niego dymilo. Do tego klacz dostala kopniecie
pradem od metalowej bramy, a brama nie powinna byc pod napieciem. Wnuczka
tez dostala, jak otwierala.
Wylaczylem wszystko i konie stoja w stajni. Prosze o pilny przyjazd
serwisanta.
Stanislaw Mazur, gospodarstwo w Tucznie"""),
("pl", "b91-pl-lecznica-system-skutki", "Lecznica Pod Kopytkiem <recepcja@podkopytkiem.example>", "dzisiaj", "technical", "high",
"""Od rana nie otwiera się żadna karta pacjenta. Odesłaliśmy już do domu
jedenastu klientów, dwa zabiegi są wstrzymane, bo lekarze nie widzą
wyników badań przedoperacyjnych, recepcja nie widzi grafiku na jutro, a
drukarka fiskalna nie wydaje paragonów, więc spisujemy wszystko na
kartkach. W poczekalni siedzą ludzie ze zwierzętami.

Prosimy o telefon: 22 555 41 80, pani Justyna.

Lecznica Weterynaryjna Pod Kopytkiem, Warszawa-Wawer"""),
("pl", "b91-pl-aplikacja-logowanie-nie-pieniadze", "Oliwia Zawadzka <oliwia.zawadzka@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry, nie chodzi mi o żadną wypłatę ani pieniądze - po prostu nie
mogę się zalogować do aplikacji ubezpieczenia. Po wpisaniu hasła pojawia
się "Błąd sesji, spróbuj ponownie" i wraca do ekranu startowego. Na
komputerze przez stronę działa. iPhone 12, najnowszy iOS.
Oliwia"""),
("pl", "b91-pl-poidlo-automatyczne-nie-nalewa", "Jacek Baran <jacek.baran@example.pl>", "Poidło w boksie 5", "technical", "",
"""Dzień dobry,

Poidło automatyczne w boksie 5 przestało nalewać wodę. Po naciśnięciu
języczka nic nie leci, w sąsiednich boksach wszystko działa, więc to nie
ciśnienie. Na razie poimy z wiadra.

Jacek Baran
Stajnia Bór"""),
("pl", "b91-pl-lokalizator-gps-pies", "Paweł Sikorski <pawel.sikorski@example.pl>", "Lokalizator", "technical", "",
"""Dzien dobry, lokalizator GPS na obrozy psa od kilku dni pokazuje
pozycje sprzed kilku godzin, a nie aktualna. Aplikacja zaktualizowana,
bateria naladowana, karta SIM aktywna. Prosze o pomoc.
Pawel Sikorski"""),
("pl", "b91-pl-strona-schroniska-zdjecia", "Natalia Krajewska <natalia.krajewska@example.pl>", "Strona", "technical", "",
"""Cześć, na Waszej stronie w zakładce "Psy do adopcji" od kilku dni nie
ładują się zdjęcia, są tylko szare kwadraty. Na telefonie i na laptopie
to samo. Myślę, że warto naprawić, bo ludzie wybierają po zdjęciach 🙂
Natalia"""),
("pl", "b91-pl-inkubator-wyswietlacz-gasnie", "Grzegorz Wojciechowski <grzegorz.wojciechowski@example.pl>", "Inkubator", "technical", "",
"""Witam,

w inkubatorze kupionym w lipcu (jaja nimf) wyświetlacz co jakiś czas
gaśnie na kilka sekund i wtedy słychać, że wentylator też się zatrzymuje.
Potem wszystko wraca. Temperatura na razie trzyma się w normie. Czy to
zasilacz?

Grzegorz Wojciechowski"""),
("pl", "b91-pl-karuzela-dla-koni-staje", "Stadnina Zielony Gaj <biuro@zielonygaj.example>", "Karuzela", "technical", "",
"""Dzien dobry,
karuzela dla koni (6 stanowisk) zatrzymuje sie po kilku minutach i na
panelu pojawia sie blad F07. Po resecie rusza, potem znowu staje.
Zaczelo sie po burzy w zeszly weekend. Konie chodzimy na razie w reku.
Pozdrawiam, Marta
Stadnina Zielony Gaj"""),
("pl", "b91-pl-kamera-stajnia-porodowa", "Adam Borkowski <adam.borkowski@example.pl>", "Kamera w boksie porodowym", "technical", "",
"""Dzień dobry,

Kamera w boksie porodowym w nocy traci połączenie i wraca dopiero po
odłączeniu zasilania. Klacz ma termin za ok. 6 tygodni, więc jest jeszcze
czas, ale chciałbym, żeby to działało przed wyźrebieniem.

Adam Borkowski"""),
("pl", "b91-pl-biezna-wodna-roznicowka-iskry", "Centrum Rehabilitacji Psów Łapka <kontakt@lapka-rehab.example>", "Bieżnia wodna", "technical", "high",
"""Dzień dobry,

Od wczoraj przy uruchamianiu bieżni wodnej, którą Państwo montowali w
październiku, wybija różnicówka. Dziś przy ponownym włączaniu z gniazda
przy panelu sterowania poszła iskra i poczuliśmy swąd spalenizny. Pod
bieżnią na podłodze stoi woda.

Odcięliśmy zasilanie i odwołaliśmy dzisiejsze zabiegi. Prosimy o pilny
przyjazd serwisu.

Aleksandra Nowak
Centrum Rehabilitacji Psów Łapka, Łódź"""),
("pl", "b91-pl-czytnik-chipow-nie-czyta", "Schronisko dla Zwierząt w Borkach <biuro@schronisko-borki.example>", "Czytnik", "technical", "",
"""Dzień dobry,

Czytnik mikroczipów od Państwa nie odczytuje chipów od poniedziałku.
Włącza się, piszczy, ale cały czas wyświetla "SZUKAM". Baterie wymienione.
Stary czytnik te same chipy odczytuje bez problemu.

Pozdrawiam,
Beata Pawlak
Schronisko w Borkach"""),
("pl", "b91-pl-solarium-lampa-nie-swieci", "Łukasz Duda <lukasz.duda@example.pl>", "Solarium", "technical", "",
"""Dzien dobry, w solarium dla koni, ktore kupilismy u Panstwa rok temu,
przestala swiecic jedna z czterech lamp (skrajna prawa). Zarowka
wymieniona na nowa, dalej nic. Pozostale dzialaja normalnie.
Lukasz Duda"""),
("pl", "b91-pl-godziny-wszystkich-swietych", "Teresa Jankowska <teresa.jankowska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy lecznica będzie otwarta 1 i 2 listopada? Chodzi o
kontrolną wizytę królika, nic pilnego. Pozdrawiam, Teresa Jankowska"""),
("pl", "b91-pl-podziekowanie-lekarz-janow", "Maria Ostrowska <maria.ostrowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

Chciałam z całego serca podziękować doktorowi Wiśniewskiemu, który w
niedzielę w nocy przyjechał do naszej stajni do klaczy z ciężkim
porodem. Źrebak i mama mają się dobrze, źrebaczka dostała na imię Nocka.

Proszę przekazać doktorowi nasze podziękowania.

Maria Ostrowska z rodziną"""),
("pl", "b91-pl-stajenny-krzyczal-wlasciciel", "Joanna Kubicka <joanna.kubicka@example.pl>", "Zachowanie stajennego", "general", "high",
"""Dzień dobry,

W sobotę po jeździe moja córka (12 lat) zapytała stajennego, gdzie odłożyć
siodło. Zaczął na nią krzyczeć przy innych dzieciach, że "głupia jest i
nic nie umie", a kiedy próbowała coś powiedzieć, wyrwał jej siodło z rąk.
Córka wróciła zapłakana i nie chce więcej przychodzić.

Nie chodzi mi o zwrot za jazdy. Chcę, żeby zadzwonił do mnie właściciel
stajni osobiście, a nie instruktorka.

Joanna Kubicka
tel. 509 777 321"""),
("pl", "b91-pl-zgubione-ochraniacze", "Weronika Kalinowska <weronika.kalinowska@example.pl>", "zgubione ochraniacze", "general", "",
"""Hej, po zawodach w niedzielę zostały chyba u Was przy myjce granatowe
ochraniacze na przednie nogi, z wyhaftowanym "FIGA". Ktoś znalazł?
Weronika"""),
("pl", "b91-pl-zmiana-nazwiska-slub", "Aleksandra Zielińska-Mróz <ola.zielinska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko na Zielińska-Mróz. Proszę o
aktualizację danych w karcie mojej suczki Bajki. Adres i telefon bez
zmian. Dziękuję!"""),
("pl", "b91-pl-rodo-usuniecie-danych", "Piotr Domański <piotr.domanski@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia moich danych osobowych z Państwa
bazy, w tym adresu e-mail używanego do newslettera schroniska, oraz
potwierdzenia wykonania tego żądania.

Z poważaniem,
Piotr Domański"""),
("pl", "b91-pl-sponsoring-zawody-wkkw", "Klub Jeździecki Kampinos <klub@kjkampinos.example>", "Propozycja współpracy - zawody", "general", "",
"""Szanowni Państwo,

Klub Jeździecki Kampinos organizuje 14-15 czerwca regionalne zawody w
skokach przez przeszkody. Poszukujemy partnerów - czy Państwa klinika
byłaby zainteresowana sponsorowaniem jednego konkursu? W zamian oferujemy
baner przy parkurze i logo w katalogu.

Łączymy pozdrowienia,
Karolina Wilk
Biuro zawodów"""),
("pl", "b91-pl-wolontariat-dzien-otwarty", "Zuzia Lewandowska <zuzia.lewandowska@example.pl>", "wolontariat", "general", "",
"""Dzien dobry, jestem w 2 klasie liceum i chcialabym zostac wolontariuszka
w schronisku. Czy trzeba miec 18 lat? I czy na dzien otwarty 7 wrzesnia
moge przyjsc z kolezankami? Zuzia"""),
("pl", "b91-pl-oblodzone-schody-lecznica", "Henryka Baranowska <henryka.baranowska@example.pl>", "Schody przed wejściem", "general", "high",
"""Dzień dobry,

Byłam dziś rano z kotem na szczepieniu. Schody przed wejściem do lecznicy
są całe oblodzone, nikt ich nie posypał, a poręcz z prawej strony jest
obluzowana i rusza się w ręku. Starszy pan przede mną przewrócił się z
transporterem, na szczęście tylko się potłukł.

Piszę, żeby ktoś się tym zajął jeszcze dziś, zanim ktoś złamie nogę.

Henryka Baranowska"""),
("pl", "b91-pl-pytanie-zolwie", "Michał Grabowski <michal.grabowski@example.pl>", "Pytanie", "general", "",
"""Czy przyjmujecie żółwie stepowe? Szukam lekarza od gadów w okolicy
Gliwic."""),
("pl", "b91-pl-dostawa-siana-brama", "Gospodarstwo Rolne Leśniak <lesniak.gospodarstwo@example.pl>", "dostawa siana czwartek", "general", "",
"""Dzien dobry, w czwartek przy dostawie (60 balotow siana) prosze nie
wjezdzac glowna brama, bo remontujemy wjazd. Prosze jechac polna droga od
strony lasu, brama z tylu bedzie otwarta, baloty pod wiate obok stodoly.
Bede od 7. Leśniak, tel. 692 118 440"""),
("pl", "b91-pl-adopcja-kota-wymagania", "Katarzyna Witkowska <kasia.witkowska@example.pl>", "Adopcja kota", "general", "",
"""Dzień dobry,

Chcielibyśmy z mężem adoptować dorosłego kota. Mieszkamy w bloku na
czwartym piętrze, balkon jest zasiatkowany. Jak wygląda procedura? Czy
jest wizyta przedadopcyjna i czy trzeba podpisać jakąś umowę?

Pozdrawiamy,
Kasia i Michał"""),
("pl", "b91-pl-kon-wystrzelil-jak-z-procy", "Filip Adamczyk <filip.adamczyk@example.pl>", "Brawo dla fizjo!", "general", "",
"""Dzien dobry Pani Ago!

Po Pani zabiegach Baron jest jak nowy. W niedziele na parkurze wystrzelil
jak z procy, zabojcza forma, skoczyl czysto caly przebieg i wygral
konkurs. Zadnego sztywnienia w grzbiecie. Dziekujemy bardzo i do
zobaczenia na kolejnej wizycie!

Filip"""),
]
