# batch156.py -- labelled mails held out of the tree until the rules it
# measures are final; kept apart from gen.py so that nothing is tuned or
# trained on them.  Kinds of business: garages and car care (MOT and
# inspection garages, exhaust centres, car body repairs, clutch
# specialists, air-con regas, car valeting, breakdown recovery).  The
# failure classes in these settings -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, subjects that say
# nothing or something else, replies quoting an earlier mail, paid plans
# ended or paused in other words, outages of a business told by their
# consequences, safety hazards told calmly, harmless alarming words,
# praise, payment questions -- and everyday mail of all three queues, in
# English, Greek (with Greeklish), Spanish and Polish.  Same tuple format
# as batch12.py.
M += [
# ---------------- English ----------------
("en", "b156-en-mot-retest-full-fee", "Colin Hargreaves <colin.hargreaves@example.co.uk>", "MOT retest", "billing", "",
"""Hello,

My Corsa failed its MOT at your Halifax branch on the 3rd on one front
tyre. I had the tyre changed elsewhere and brought it back on the 9th,
which is well inside the 10 working days, for the partial retest. The
lad on the desk charged me the full 54.85 again.

My understanding is that a partial retest within 10 days is free if the
car stays with you or it's only certain items. Either way I'd like
someone to look at it and refund me if I was overcharged.

Colin Hargreaves"""),
("en", "b156-en-regas-price-question", "Sunita Mehra <sunita.mehra@example.co.uk>", "Question", "billing", "",
"""Hi, your website says air con regas from 49 but when I rang the Leicester
branch they said 119 for my car (2020 Qashqai). Is that right? Why the big
difference?"""),
("en", "b156-en-widow-breakdown-renewal", "Maureen Kavanagh <maureen.kavanagh@example.ie>", "Breakdown cover", "billing", "",
"""Dear Sir or Madam,

I am writing about the breakdown cover that was in my husband Seamus's
name, membership number RC-448120. Seamus passed away in February and I
never drove myself, so the car was sold in April. I see from my bank
statement that 129.00 was taken on the 1st for another year.

I would be grateful if you could stop it and return the money to the
same account. I can send a copy of the death certificate if you need it.

Yours faithfully,
Maureen Kavanagh
Mullingar"""),
("en", "b156-en-valet-club-on-ice", "Brodie Walsh <brodie.walsh@example.com.au>", "Valet club", "billing", "",
"""G'day,

I'm heading up to the Pilbara on a FIFO swing for the next three months
and the ute will be sitting in the shed the whole time. No point paying
$45 a month for a wash nobody's getting. Can you put my valet club on
ice till I'm back in October? Don't want to cancel it outright, I'll
want it again when I'm home.

Cheers,
Brodie"""),
("en", "b156-en-clutch-payment-plan", "Tyler Brooks <tyler.brooks@example.com>", "Clutch quote", "billing", "",
"""Hi there,

You quoted me $1,480 for a clutch and flywheel on my 2014 Mustang
(quote #C-2207). That's more than I've got sitting around right now.
Do you guys do any kind of payment plan or financing, like split it over
3 or 4 months? And do you take PayPal?

Thanks
Tyler"""),
("en", "b156-en-invoice-company-vat", "Accounts <accounts@pennine-joinery.example>", "Order 40917", "billing", "",
"""Hello,

The invoice for the two exhaust jobs on our vans (YR19 KFT and YR20 LDV)
has come through made out to our driver personally. Could you reissue it
to Pennine Joinery Ltd with our VAT number GB 284 1190 62 on it please?
Our accountant won't accept it as it is.

Regards,
Janet Ormerod
Accounts, Pennine Joinery Ltd"""),
("en", "b156-en-exhaust-charged-twice", "Darren Pike <darren.pike@example.co.uk>", "CHARGED TWICE!!!", "billing", "",
"""I HAD A CENTRE SECTION AND BACK BOX FITTED ON SATURDAY AT THE CARDIFF
CENTRE. 212.40. MY BANK SHOWS IT TWICE. I HAVE ONE EXHAUST NOT TWO.
SORT IT OUT PLEASE I'M SHORT THIS MONTH AS IT IS.
DARREN"""),
("en", "b156-en-bodyshop-deposit-small-claims", "Rachel Ainsworth <rachel.ainsworth@example.co.uk>", "Deposit for respray - job cancelled by you", "billing", "high",
"""To whom it may concern,

On 12 May I paid a 400.00 deposit for a rear quarter panel repair and
respray on my Golf (job ref BR-3318). On 30 May your body shop rang to
say they could no longer do the work because the paint booth is out of
action and they could not say when it would be fixed. I agreed to cancel
and was told the deposit would be returned.

Three weeks and four phone calls later I have now been told the deposit
is "non-refundable". The cancellation was yours, not mine.

If the 400.00 is not back in my account within 14 days I will issue a
claim through the small claims court without further notice.

Rachel Ainsworth"""),
("en", "b156-en-tow-charged-member-amex", "Greg Kowalczyk <greg.kowalczyk@example.com>", "Tow invoice 55129", "billing", "high",
"""I've been a Gold member since 2019. Last Tuesday my truck died on
I-94 outside Kalamazoo and your dispatcher sent a tow. Gold covers towing
up to 100 miles - it was 22 miles to the dealer. Today I get an invoice
for $385 charged to the card on file.

I've called twice and been told "it's being reviewed". If that charge
isn't reversed by Friday I'm disputing it with American Express and
they can sort it out with you.

Greg Kowalczyk
Member #G-00917734"""),
("en", "b156-en-storage-fees-manager", "Anthony Reyes <anthony.reyes@example.co.uk>", "Storage charges", "billing", "high",
"""My car was recovered to your Bolton yard on 2 September. You then spent
nineteen days waiting for a clutch kit that you ordered, not me. Now the
bill has 25 a day storage on it for all nineteen days - 475 - on top of
the repair.

I am not paying storage for a car that was sitting there waiting for your
parts. I've been through this with the service desk twice and they just
repeat that it's "policy". I want the branch manager or someone above him
to call me today on 07700 900 412. The car stays with you until this is
sorted and I'm not happy about that either.

A. Reyes"""),
("en", "b156-en-valet-voucher-expired", "Hannah Doyle <hannah.doyle@example.com>", "Hello", "billing", "",
"""Hello,

My sister gave me a voucher for a full valet at Christmas and I've only
just got round to booking it - the website says the code has expired
(it was valid for 6 months). Is there any way you could extend it or
swap it for a new one? It was 85 so I'd hate to lose it.

Thanks so much,
Hannah"""),
("en", "b156-en-re-quote-price-match", "Lewis Grant <lewis.grant@example.co.uk>", "Re: Your quote Q-7781", "billing", "",
"""Thanks for getting back. Honestly 640 is a lot. Kwik Clutch in
Dunfermline quoted me 520 for the same kit (LuK, fitted) - do you price
match at all? I'd rather come to you as you did my brakes last year.

Lewis

On 4 Mar, Edinburgh South Service Desk wrote:
> Dear Mr Grant,
>
> Thank you for your enquiry. For the clutch replacement on your 2016
> Ford Focus 1.0 EcoBoost we can offer the following:
>
>   Clutch kit and dual mass flywheel, fitted ... 640.00 inc VAT
>
> Please reply to this email to book.
>
> Kind regards,
> Stephen"""),
("en", "b156-en-urgent-receipt-insurance", "Kirsty Bell <kirsty.bell@example.co.uk>", "URGENT urgent", "billing", "",
"""Hi I need a proper receipt for the windscreen and the bumper repair from
last month (reg SK68 PWN) for my insurance claim, they want it by
tomorrow!! The one I got just says "parts and labour" with no breakdown.
Can you email me one with the itemised costs please. Thank you!!"""),
("en", "b156-en-clutch-slipping-not-refund", "Martin Sowerby <martin.sowerby@example.co.uk>", "Clutch", "technical", "",
"""Hello,

I'm not after my money back or anything like that - you were the
cheapest and I was happy with the service. But the clutch you fitted
three weeks ago has started slipping. Going up Shaw Hill in third the
revs jump and the car doesn't pick up. It's also biting right at the top
of the pedal now which it didn't do when I collected it.

Could someone have a look under the warranty? I can bring it in any
weekday after 4.

Martin Sowerby"""),
("en", "b156-en-aircon-warm-after-regas", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Aircon", "technical", "",
"""Hi team, had the aircon regassed at your Parramatta shop on the 8th. Lovely
and cold for about five days, now it's blowing warm again and it was 41
here yesterday. Sounds like it's leaking somewhere? What should I do?
Kylie"""),
("en", "b156-en-fumes-cabin-after-exhaust", "Philippa Roe <philippa.roe@example.co.uk>", "New exhaust", "technical", "high",
"""Good afternoon,

Just letting you know about something with the exhaust you fitted to our
Zafira last Thursday. Since then there is a faint smell of exhaust inside
the car, mostly when we're stopped in traffic with the fan on. On the
drive to my mother's on Sunday both children complained of headaches
and I felt a bit light-headed myself by the time we arrived.

We've stopped using the car for now. Could you let me know when you can
look at it? I suspect a joint underneath hasn't sealed.

Kind regards,
Philippa Roe"""),
("en", "b156-en-cabs-wont-start-trackers", "Dispatch <dispatch@citylinecabs.example>", "Yesterday's fitting", "technical", "high",
"""Your two fitters were here yesterday putting the new tracker units into
our fleet. This morning nine of the eleven cars will not start - they
crank but cut out after a second. The two that didn't get done start
fine.

I've had to send nine drivers home and we've been turning down bookings
since 5am including two hospital runs. Every hour is money gone. We need
someone out here this morning, not next week.

Rav Sandhu
Cityline Cabs, Wolverhampton
01902 000 733"""),
("en", "b156-en-wheel-nuts-loose-after-tyres", "Gordon Fyfe <gordon.fyfe@example.co.uk>", "After my MOT", "technical", "high",
"""Hello,

The car passed its MOT on Monday and you also fitted two new front tyres.
Driving home on Wednesday I heard a knocking from the front left that got
worse with speed, so I pulled into a lay-by. Four of the five wheel nuts
on that wheel were loose enough to turn by hand.

I've tightened them and driven very gently to my son's house and left it
there. I'd like you to check the car over and tell me how this happened,
as it could have come off on the A9.

Gordon Fyfe"""),
("en", "b156-en-battery-hissing-smell", "Nadia Chowdhury <nadia.chowdhury@example.co.uk>", "Battery", "technical", "high",
"""Hi, your mobile fitter put a new battery in my Fiesta at home on Friday.
Just now I opened the bonnet because of a rotten eggs smell and the
battery is hissing and the case is too hot to touch. I've left the
bonnet up and kept the kids away from the car. What do I do?"""),
("en", "b156-en-warning-light-after-service", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Service done on 14th", "technical", "",
"""Dear Sir/Madam,

I had given my Hyundai Creta for periodic service at your Whitefield
workshop on 14th. Since collecting the vehicle the orange engine check
light is glowing on the dashboard. Car is driving normally only, no
sound or smoke. Service advisor Mr. Prakash told it will go off by
itself but it is still there after 3 days.

Kindly check and do the needful. I can bring the vehicle on Saturday.

Regards,
Venkatesh Iyer
Bengaluru"""),
("en", "b156-en-sensors-beeping-after-respray", "Oliver Dunne <oliver.dunne@example.co.uk>", "Bumper", "technical", "",
"""This is not a billing query, the bill was fine.

Since you resprayed the rear bumper, the parking sensors beep constantly
as soon as I put it in reverse, even in an empty car park. Before the
repair they worked perfectly. Could one have been painted over or not
plugged back in?

Oliver"""),
("en", "b156-en-recovery-app-hard-shoulder", "Ellie Marsh <ellie.marsh@example.co.uk>", "app not working", "technical", "high",
"""I'm on the hard shoulder of the M6 northbound past junction 16, it's
dark and I've got my 6 month old in the back. Your app just spins on
"sending your location" and then says error. The phone line is on a 40
minute hold. Please can someone see this and send recovery. Member no
RX-220581, silver Polo, reg EM19 KTH. Phone 07700 900 318"""),
("en", "b156-en-gearbox-whine-trading-standards", "Craig Henshaw <craig.henshaw@example.co.uk>", "Third time - gearbox noise", "technical", "high",
"""This is now the third time I've brought the car back since your
clutch replacement in January. Each time there is a whining noise from
the gearbox when I lift off in 2nd and 3rd, each time you have "had a
look" and told me it's fine, and each time it comes back within days.
It never made this noise before you worked on it.

I've taken advice and I am giving you one more chance to diagnose and fix
it properly. If it comes back again I'm reporting the garage to Trading
Standards and getting an independent inspection, the cost of which I'll
be claiming from you.

Craig Henshaw"""),
("en", "b156-en-rain-sensor-windshield", "Dana Whitfield <dana.whitfield@example.com>", "windshield", "technical", "",
"""hey, you guys replaced my windshield last week (Subaru Outback). Since
then the auto wipers don't do anything when it rains, I have to flick
them on manually. Was the rain sensor hooked back up? thanks, Dana"""),
("en", "b156-en-re-booking-link-404", "Priyanka Shah <priyanka.shah@example.co.uk>", "Re: Your booking is confirmed", "technical", "",
"""Hi,

The "manage my booking" link in the email below just takes me to a page
saying 404 not found. I've tried on my phone and laptop. I need to move
the appointment to the afternoon.

Priyanka

-----Original Message-----
From: Bookings <no-reply@example-autocentres.co.uk>
Sent: 11 June 09:02
Subject: Your booking is confirmed

Your MOT and interim service is booked for Thursday 20 June at 09:00 at
our Harrow branch. To change or cancel, click Manage my booking."""),
("en", "b156-en-alarm-going-off-after-bodyshop", "Stuart Ingram <stuart.ingram@example.co.uk>", "Car alarm", "technical", "",
"""Since I got the car back from your body shop on Friday the alarm goes
off by itself, usually about 2am. Neighbours are not impressed. Nothing's
been touched, no sign of anyone near it. Was the battery disconnected
during the repair? Is there a reset?

Stuart"""),
("en", "b156-en-saturday-mot-hours", "Bill Harper <bill.harper@example.co.uk>", "Saturdays", "general", "",
"""Do you do MOTs on a Saturday at the Swindon branch and what time do you
shut?"""),
("en", "b156-en-thanks-recovery-driver-gary", "Jenny Polglase <jenny.polglase@example.co.uk>", "Thank you", "general", "",
"""Hello,

I just wanted to say a massive thank you to Gary, the recovery driver who
came out to us on the A30 near Bodmin on Saturday night. It was chucking
it down, we had two tired kids and a dog in the car, and he was there in
35 minutes, calm and cheerful, got us all into the cab and home to
Truro. He even found the dog's lead that had fallen under the seat.

Please pass it on to him and whoever his boss is. An absolute legend.

Jenny Polglase"""),
("en", "b156-en-sunglasses-left-valet", "Aoife Brennan <aoife.brennan@example.ie>", "Left something in the car", "general", "",
"""Hi, I had the car valeted at your Naas site on Tuesday and I think I
left my prescription sunglasses in the driver's door pocket - brown case.
They weren't in the car when I got it back. Could someone check if they
were handed in? Thanks a million, Aoife"""),
("en", "b156-en-rude-receptionist-manager", "Lorraine Gibbs <lorraine.gibbs@example.co.uk>", "Your reception staff", "general", "high",
"""I came in on Wednesday to ask about my car which was two hours past the
time I'd been given. The woman on reception (short dark hair, no name
badge) rolled her eyes, told me to "sit down and wait like everyone else"
and then made a comment about me to the mechanic in front of the whole
waiting room.

I'm 67 and I have never been spoken to like that in a business. I want
the manager of the Stockport centre to contact me personally. I don't
want another form reply from customer services.

Mrs L. Gibbs"""),
("en", "b156-en-oil-on-waiting-area-floor", "Howard Pryce <howard.pryce@example.co.uk>", "Waiting area", "general", "high",
"""Hi,

Not a complaint exactly, but you'll want to know: the floor between the
waiting area and the workshop door at your Newport branch has a patch of
oil on it that people are walking through. An older gentleman in front of
me this morning skidded on it and only just caught the door frame.
There's no sign or anything. Probably worth getting someone to put sand
down before someone does go over.

Howard Pryce"""),
("en", "b156-en-new-address-new-plate", "Callum McLeod <callum.mcleod@example.co.uk>", "Change of details", "general", "",
"""Hi, I've moved house and changed my private plate back. Could you update
my account please:

New address: 27 Birchfield Road, Inverness IV2 4BN
Car reg is now SN17 WBX (was C4 LLM)

Same phone and email. Cheers, Callum"""),
("en", "b156-en-cctv-request-car-park", "Samira Haddad <samira.haddad@example.co.uk>", "Request for footage", "general", "",
"""Dear Data Protection Officer,

Under data protection law I would like a copy of the CCTV footage showing
my car (grey Toyota Yaris, reg LK21 OPA) in your customer car park at the
Croydon branch on Thursday 6 June between 10:00 and 12:30. My car was
clipped by another vehicle while I was waiting for my tyres and I need
the footage for my insurer.

Please let me know if you need proof of identity.

Samira Haddad"""),
("en", "b156-en-courtesy-car-swords", "Declan Fahy <declan.fahy@example.ie>", "Body repair next week", "general", "",
"""Hi there, my car is booked in for the door repair at your Swords
bodyshop next Monday for about 4 days. Is there any chance of a courtesy
car? I need to get to work in Dublin Airport for 6am so the bus isn't an
option. Thanks, Declan"""),
("en", "b156-en-sponsorship-under-11s", "Mark Towers <mark.towers@example.co.uk>", "Sponsorship", "general", "",
"""Hello,

I coach Ashby Rovers Under 11s. We're looking for a local business to
sponsor our new kit for next season - your logo would go on the front of
15 shirts and on our banner at home games. A few of the parents already
use your Ashby garage. Would your manager be interested in a chat?

Mark Towers"""),
("en", "b156-en-classic-car-open-day", "Trevor Lamb <trevor.lamb@example.co.uk>", "Open day?", "general", "",
"""Saw on Facebook you're having an open day with a classic car display
in August. Can members of the club bring their own cars along to show,
or is it just what you've got? I have a 1972 MGB GT. Trevor"""),
("en", "b156-en-re-car-ready-partner-collect", "Zoe Pearce <zoe.pearce@example.co.uk>", "Re: Your car is ready for collection", "general", "",
"""Thanks! I'm stuck at work till 7 so my partner Adam Clarke will pick it
up before you close - is that ok? He'll bring his driving licence. The
bill's already paid online.

Zoe

> Hi Zoe, your Mini (reg WD70 XLP) is ready for collection at our Reading
> centre. We're open until 5.30pm today.
> Regards, Reading Service Team"""),
("en", "b156-en-mechanic-shouted-at-son", "Helen Ashby <helen.ashby@example.co.uk>", "One of your mechanics", "general", "",
"""Hi,

When I was collecting my car on Saturday my 8 year old son wandered a
couple of steps towards the workshop door and one of the mechanics
shouted at him really aggressively. I understand it's not a place for
kids and I'd have moved him, but there was no need to bark at a child
like that. He was upset all the way home.

I'm not looking for anything, just thought you should know.

Helen"""),
("en", "b156-en-murdered-the-mud-praise", "Josh Whelan <josh.whelan@example.co.uk>", "Absolute carnage (in a good way)", "general", "",
"""Lads. I brought the Defender in after a weekend at a festival in a field
and it was a crime scene inside and out. You absolutely murdered it. It
looks sick, smells like a new car, and I found the floor again. Whoever
did the interior deserves a pay rise. Will be back after the next one!

Josh"""),
("en", "b156-en-password-reset-never-arrives", "Ruth Okafor <ruth.okafor@example.co.uk>", "Account", "technical", "",
"""Hi,

I'm trying to log into my account to download last year's MOT certificate
but it says my password is wrong. I've clicked "forgot password" four
times since yesterday and the reset email never comes - not in spam
either. The email address is definitely right as I get your reminder
emails to it.

Ruth Okafor"""),
# ---------------- Greek ----------------
("el", "b156-el-kteo-epanelegxos-pliro-telos", "Σταύρος Καλογεράκης <s.kalogerakis@example.gr>", "Επανέλεγχος ΚΤΕΟ", "billing", "",
"""Καλησπέρα σας,

Στις 4 του μήνα πέρασα το αυτοκίνητο από το ιδιωτικό ΚΤΕΟ σας στη Νέα
Ιωνία και κόπηκε για ένα φανάρι και τη ζώνη του συνοδηγού. Τα έφτιαξα
και ξαναπήγα στις 15, μέσα στο διάστημα του επανελέγχου, και μου
χρέωσαν πάλι ολόκληρο το τέλος αντί για το ποσό του επανελέγχου. Η κυρία
στο ταμείο είπε «έτσι βγαίνει στο σύστημα».

Μπορείτε να το κοιτάξετε και να μου επιστρέψετε τη διαφορά;

Σταύρος Καλογεράκης"""),
("el", "b156-el-gl-freon-poso-kanei", "Thanasis R. <thanasis.r@example.gr>", "erwthsh", "billing", "",
"""kalhspera, poso kanei to gemisma freon gia Yaris tou 2018? sto site leei
apo 45e alla o filos mou plhrwse 90 gia to idio amaxi. exei diafora to
gas? eyxaristw"""),
("el", "b156-el-pateras-kremase-ta-kleidia", "Μαρία Δημητρακοπούλου <maria.dimitrakopoulou@example.gr>", "Συνδρομη οδικης βοηθειας", "billing", "",
"""Καλημερα σας,

Ο πατερας μου, Ιωαννης Δημητρακοπουλος, ειναι 86 χρονων και απο τον
Ιανουαριο αποφασισε να κρεμασει τα κλειδια - το αυτοκινητο το πηρε ο
εγγονος του στην Πατρα. Ειχε συνδρομη οδικης βοηθειας μαζι σας (αρ.
μελους 7712093) και βλεπω οτι του πηρατε παλι 89€ απο την καρτα για
ανανεωση.

Θα ηθελα να σταματησει η συνδρομη και να επιστραφουν τα χρηματα, αφου
δεν υπαρχει πλεον αυτοκινητο. Εγω χειριζομαι τα θεματα του.

Ευχαριστω,
Μαρια Δημητρακοπουλου"""),
("el", "b156-el-gl-plysimo-pagwma-germania", "Giannis Koutsoukos <giannis.kouts@example.gr>", "syndromh", "billing", "",
"""Geia sas, exw th syndromh plysimatos 25e to mhna sto katasthma sthn
Kalamaria. Fevgw gia douleia sth Germania mexri ton Martio kai to amaxi
8a meinei sto xwrio. Mporeite na thn pagwsete mexri na gyrisw? Den thelw
na thn akyrwsw, thelw na thn synexisw meta.
Giannis Koutsoukos"""),
("el", "b156-el-symplektis-atokes-doseis", "Κατερίνα Λιάπη <katerina.liapi@example.gr>", "Τρόπος πληρωμής", "billing", "",
"""Καλημέρα,

Μου δώσατε προσφορά 680€ για αλλαγή συμπλέκτη και βολάν στο Golf μου
(προσφορά 2291). Μπορώ να πληρώσω με πιστωτική κάρτα σε άτοκες δόσεις;
Αν ναι, μέχρι πόσες; Αλλιώς υπάρχει δυνατότητα να δώσω ένα μέρος τώρα
και το υπόλοιπο όταν παραλάβω το αυτοκίνητο;

Ευχαριστώ,
Κατερίνα Λιάπη"""),
("el", "b156-el-timologio-anti-apodeixis", "Βάσω Μαυρίδου <logistirio@xylourgiki-mavridi.example>", "Απόδειξη 4471", "billing", "",
"""Καλησπέρα,

Για την αλλαγή εξάτμισης στο φορτηγάκι μας (ΙΚΡ 4512) μας κόψατε απόδειξη
λιανικής αντί για τιμολόγιο. Θα χρειαστούμε τιμολόγιο στα στοιχεία της
εταιρείας:

ΞΥΛΟΥΡΓΙΚΗ ΜΑΥΡΙΔΗ Ο.Ε.
ΑΦΜ 099123456, ΔΟΥ Λάρισας
Ηρώων Πολυτεχνείου 22, Λάρισα

Μπορείτε να ακυρώσετε την απόδειξη και να εκδώσετε τιμολόγιο;

Ευχαριστώ,
Βάσω Μαυρίδου
Λογιστήριο"""),
("el", "b156-el-gl-xrewsh-dyo-fores-eksatmisi", "Lefteris Chr. <lefteris.chr@example.gr>", "XREWSH 2 FORES", "billing", "",
"""KALHMERA. ALLAKSA TO TELIKO THS EKSATMISHS STO MAGAZI SAS STO PERISTERI
THN PARASKEYH, 186 EYRW. H KARTA MOU TA XREWSE DYO FORES!! PARAKALW
EPISTROFH TWN 186 POU PHRATE PARAPANW.
Lefteris"""),
("el", "b156-el-prokatavoli-fanopoieio-synigoros", "Αθανάσιος Γεωργίου <a.georgiou@example.gr>", "Προκαταβολή 250€ - φανοποιείο Πάτρας", "billing", "high",
"""Κύριοι,

Στις 8 Μαρτίου προκατέβαλα 250€ στο φανοποιείο σας στην Πάτρα για
επισκευή και βαφή της πίσω πόρτας του Corolla μου. Δύο εβδομάδες μετά με
ενημερώσατε ότι δεν μπορείτε να βρείτε το χρώμα και ότι «ας το πάω
κάπου αλλού». Από τότε ζητώ την επιστροφή της προκαταβολής και μου
απαντάτε ότι «θα το δει το λογιστήριο».

Έχει περάσει ενάμισης μήνας. Αν δεν επιστραφούν τα 250€ εντός 10 ημερών,
θα απευθυνθώ στον Συνήγορο του Καταναλωτή και θα κινηθώ νομικά.

Αθανάσιος Γεωργίου
6972 000 184"""),
("el", "b156-el-gl-rymoulko-xrewsh-trapeza", "Nikos Alexiou <nikos.alexiou@example.gr>", "xrewsh rymoulkishs", "billing", "high",
"""Exw syndromh odikhs vohtheias mazi sas edw kai 4 xronia (ar. 55318).
Emeine to amaxi sthn Attikh Odo prin 10 meres kai hr8e to rymoulko sas,
kanonika. Shmera vlepw xrewsh 140e sthn karta gia "ektos oriwn
metaforas" - to phgate 12 xlm mexri to synergeio mou!
Sto thlefwno m leei oti 8a to exetasoun. An mexri thn Paraskevh den
gyrisoun ta lefta 8a kanw amfisvhthsh xrewshs sthn trapeza.
Nikos Alexiou"""),
("el", "b156-el-fylaxi-oximatos-diefthyntis", "Παύλος Τσολάκης <pavlos.tsolakis@example.gr>", "Χρέωση φύλαξης οχήματος", "billing", "high",
"""Το αυτοκίνητό μου μεταφέρθηκε με δικό σας γερανό στο συνεργείο σας στη
Σίνδο στις 3 Οκτωβρίου. Περιμέναμε 16 μέρες ανταλλακτικό που
παραγγείλατε εσείς. Στον λογαριασμό βλέπω 15€ την ημέρα «φύλαξη
οχήματος» για 16 μέρες, 240€, πάνω από την επισκευή.

Δεν θα πληρώσω φύλαξη για τον χρόνο που περιμέναμε το δικό σας
ανταλλακτικό. Το έχω πει δύο φορές στον σύμβουλο εξυπηρέτησης και μου
λέει «έτσι είναι η πολιτική». Ζητώ να με καλέσει σήμερα ο διευθυντής του
καταστήματος στο 6981 000 553.

Παύλος Τσολάκης"""),
("el", "b156-el-dorokarta-detailing-elixe", "Ειρήνη Σταθοπούλου <eirini.stath@example.gr>", "Δωροκαρτα", "billing", "",
"""Γεια σας, μου χαρισαν στα γενεθλια μου δωροκαρτα 70€ για εσωτερικο και
εξωτερικο καθαρισμο (detailing) στο καταστημα της Γλυφαδας, αλλα ειδα
σημερα οτι εληξε πριν 5 μερες. Γινεται να μου την παρατεινετε λιγο;
Ευχαριστω πολυ, Ειρηνη"""),
("el", "b156-el-re-prosfora-symplekti-ekptosi", "Άρης Νικολάου <aris.nikolaou@example.gr>", "Re: Προσφορά για αλλαγή συμπλέκτη - Clio", "billing", "",
"""Ευχαριστώ για την απάντηση. Τα 590€ μου φαίνονται αρκετά. Ένα συνεργείο
στο Χαλάνδρι μου είπε 480€ με το ίδιο κιτ (Valeo). Μπορείτε να κάνετε
κάτι στην τιμή; Θα προτιμούσα εσάς γιατί μου κάνατε και το σέρβις πέρσι.

Άρης Νικολάου

Στις Τρί 12 Μαρ, ο/η Εξυπηρέτηση Πελατών έγραψε:
> Αγαπητέ κύριε Νικολάου,
>
> Για την αντικατάσταση συμπλέκτη στο Renault Clio 1.5 dCi (2017) σας
> προτείνουμε:
> Κιτ συμπλέκτη Valeo με τοποθέτηση ..... 590,00€ (με ΦΠΑ)
>
> Για ραντεβού απαντήστε σε αυτό το μήνυμα.
> Με εκτίμηση,
> Μάνος"""),
("el", "b156-el-gl-patakia-lathos-montelo", "Dimitra K. <dimitra.k@example.gr>", "patakia", "billing", "",
"""Kalhmera, phra apo to e-shop sas patakia gia Corsa E alla den tairiazoun,
einai gia to palio montelo. Einai akoma sth syskeuasia. Pws ta epistrefw
k pote 8a parw ta 32e pisw? h na ta allaksw me ta swsta?
Dimitra"""),
("el", "b156-el-symplektis-glistraei-oxi-lefta", "Χρήστος Σπανός <christos.spanos@example.gr>", "Συμπλέκτης", "technical", "",
"""Καλησπέρα,

Δεν ζητάω επιστροφή χρημάτων ούτε έκπτωση, να το ξεκαθαρίσω. Απλώς ο
συμπλέκτης που αλλάξατε πριν ένα μήνα στο Astra έχει αρχίσει να
γλιστράει στις ανηφόρες - ανεβαίνουν οι στροφές και δεν τραβάει. Επίσης
πιάνει πολύ ψηλά στο πεντάλ. Είναι στην εγγύηση, πότε μπορώ να το φέρω;

Χρήστος Σπανός"""),
("el", "b156-el-gl-aircon-zesto-aera", "Manolis Xatzakis <manolis.x@example.gr>", "klimatismos", "technical", "",
"""Kalhmera, ekana gemisma sto a/c sto Hrakleio thn Trith kai gia 4 meres
htan pagwnia. Apo xthes vgazei zesto aera. Exei 38 vathmous edw, den
kathetai kaneis mesa sto amaxi. Mhpws xanei apo kapou? ti na kanw?
Manolis Xatzakis"""),
("el", "b156-el-kapnos-kato-apo-to-amaxi", "Ελένη Καραγιάννη <eleni.karagianni@example.gr>", "Εξάτμιση", "technical", "high",
"""Καλησπέρα σας,

Να σας ενημερώσω για κάτι, χωρίς πανικό. Μετά την αλλαγή του μεσαίου
τμήματος της εξάτμισης την Πέμπτη, όταν σταματάω μετά από διαδρομή
βγαίνει λίγος καπνός κάτω από το αυτοκίνητο, περίπου στη μέση, και
μυρίζει σαν καμένο πλαστικό. Κοίταξα και μου φαίνεται ότι ο σωλήνας
ακουμπάει σε ένα πλαστικό κάλυμμα.

Το έχω σταματήσει προς το παρόν. Πότε μπορείτε να το δείτε;

Ευχαριστώ,
Ελένη Καραγιάννη"""),
("el", "b156-el-efarmogi-kleinei-imerominia", "Σταμάτης Βλαχάκης <stamatis.vl@example.gr>", "Εφαρμογη", "technical", "",
"""Γεια σας, η εφαρμογη σας για κλεισιμο ραντεβου κλεινει μονη της μολις
πατησω «Επιλογη ημερομηνιας». Εχω Android, την εχω ξαναεγκαταστησει.
Θελω να κλεισω για σερβις. Σταματης"""),
("el", "b156-el-vanakia-fournou-den-pairnoun-mpros", "Κώστας Αλεξιάδης <k.alexiadis@treis-adelfoi-artopoiia.example>", "Τα βανάκια μας", "technical", "high",
"""Χθες το απόγευμα ο τεχνικός σας πέρασε την αναβάθμιση λογισμικού στα
τέσσερα βανάκια διανομής μας, όπως είχαμε συμφωνήσει. Σήμερα στις 4:30
το πρωί κανένα από τα τέσσερα δεν παίρνει μπρος - ανάβει το καντράν,
γυρίζει η μίζα και σβήνει.

Το ψωμί για 38 σημεία (καφετέριες, σούπερ μάρκετ, δύο σχολικά κυλικεία)
είναι στα καφάσια στην αυλή. Οι οδηγοί κάθονται. Χρειαζόμαστε κάποιον
εδώ τώρα.

Αρτοποιία Οι Τρεις Αδελφοί, Αμπελόκηποι Θεσσαλονίκης
Κώστας Αλεξιάδης, 6944 000 271"""),
("el", "b156-el-gl-myrizei-venzini-stagones", "Sotiris M. <sotiris.m@example.gr>", "meta to service", "technical", "high",
"""Kalhspera, alla3ate filtro venzinhs sto Fiesta thn Deutera. Apo tote
otan to parkarw sto ypogeio, meta apo ligh wra myrizei venzinh kai exei
kati stagones katw apo th mesh ths mhxanhs. To afhsa e3w sto dromo kai
den to odhgw. Pote mporei na to dei kapoios?
Sotiris"""),
("el", "b156-el-lampaki-meta-to-servis", "Γεώργιος Μπακογιάννης <g.bakogiannis@example.gr>", "Λαμπακι", "technical", "",
"""Αγαπητοι κυριοι,

Εκανα σερβις στο αυτοκινητο μου (Hyundai i10) στο συνεργειο σας στο
Αιγαλεω την περασμενη Τεταρτη. Απο τοτε ειναι αναμμενο ενα κιτρινο
λαμπακι σαν μηχανακι στο ταμπλο. Το αυτοκινητο παει κανονικα, δεν κανει
κανενα θορυβο. Ειναι κατι σοβαρο; Να το φερω;

Με εκτιμηση,
Γεωργιος Μπακογιαννης"""),
("el", "b156-el-gl-aisthitires-profylaktiras", "Fotis Lazaridis <fotis.laz@example.gr>", "profylaktiras", "technical", "",
"""Geia. Den exw 8ema me ton logariasmo, plhrwsa k ola kala. Alla apo tote
pou vapsate ton piso profylaktira oi aisththres parkarismatos xtypane
synexeia molis valw opis8en, akoma k se adeio parking. Prin douleyan
mia xara. Mhpws vafthke kapoios h den syndethke?
Fotis"""),
("el", "b156-el-odiki-voithia-efarmogi-lamias", "Νατάσα Ρήγα <natasa.riga@example.gr>", "Δεν λειτουργεί η εφαρμογή", "technical", "high",
"""Είμαι σταματημένη στη Λωρίδα Έκτακτης Ανάγκης στην Αθηνών-Λαμίας, ρεύμα
προς Λαμία, λίγο μετά τα διόδια Αφιδνών. Είναι σκοτάδι, έχω μαζί τη
μητέρα μου 81 ετών. Η εφαρμογή σας κολλάει στο «αποστολή τοποθεσίας» και
μετά βγάζει σφάλμα, και στο τηλέφωνο περιμένω πάνω από 30 λεπτά.
Αρ. μέλους 90-44127, λευκό Ibiza ΙΖΒ 7731. Κινητό 6937 000 915.
Νατάσα Ρήγα"""),
("el", "b156-el-kivotio-sfyrigma-dikigoros", "Ανδρέας Μουρατίδης <andreas.mouratidis@example.gr>", "Τρίτη φορά - θόρυβος κιβωτίου", "technical", "high",
"""Είναι η τρίτη φορά που φέρνω το αυτοκίνητο μετά την αλλαγή συμπλέκτη
που μου κάνατε τον Ιανουάριο. Κάθε φορά ακούγεται ένα σφύριγμα από το
κιβώτιο όταν αφήνω το γκάζι σε 2η και 3η, κάθε φορά μου λέτε ότι «είναι
φυσιολογικό» και σε λίγες μέρες ξαναρχίζει. Πριν την επισκευή δεν είχε
τίποτα.

Σας δίνω μία ακόμη ευκαιρία να το διορθώσετε σωστά. Αν δεν γίνει, θα το
δώσω σε δικηγόρο, θα κάνω πραγματογνωμοσύνη σε άλλο συνεργείο και θα σας
ζητήσω τα έξοδα.

Ανδρέας Μουρατίδης"""),
("el", "b156-el-kentriko-kleidoma-porta", "Ρένα Αθανασίου <rena.athanasiou@example.gr>", "Κεντρικό κλείδωμα", "technical", "",
"""Καλημέρα. Από τότε που πήρα το αυτοκίνητο από το φανοποιείο σας (αλλαγή
μπροστινής αριστερής πόρτας) το κεντρικό κλείδωμα δεν κλειδώνει αυτή την
πόρτα. Οι άλλες τρεις κλειδώνουν κανονικά με το τηλεχειριστήριο. Μήπως
δεν κουμπώθηκε κάποιο φις; Ευχαριστώ, Ρένα Αθανασίου"""),
("el", "b156-el-gl-login-sms-den-erxetai", "Anna P. <anna.pap@example.gr>", "login", "technical", "",
"""kalhspera, den mporw na mpw ston logariasmo mou sto site gia na dw to
istoriko twn service. Leei oti tha mou steilei kwdiko me sms alla to sms
den erxetai pote, to dokimasa 5 fores apo xthes. To kinhto einai to idio
6975 000 321 pou eixa dwsei.
Anna P."""),
("el", "b156-el-re-klimatismos-mouchla", "Μαρίνα Κωστοπούλου <marina.kostopoulou@example.gr>", "Re: Υπόθεση 18820 - οσμή κλιματισμού", "technical", "",
"""Καλησπέρα,

Έκανα ό,τι μου γράψατε: έβαλα το κλιματιστικό στο τέρμα για 10 λεπτά με
ανοιχτά παράθυρα και άλλαξα και το φίλτρο καμπίνας. Η μυρωδιά μούχλας
συνεχίζει μόλις το ανοίξω, ειδικά τα πρωινά. Η απολύμανση έγινε σε εσάς
πριν από δύο εβδομάδες.

Μαρίνα Κωστοπούλου

> Καλησπέρα σας κυρία Κωστοπούλου,
>
> Μετά την απολύμανση μπορεί να παραμείνει ελαφριά οσμή για λίγες μέρες.
> Σας προτείνουμε να λειτουργήσετε τον κλιματισμό στο μέγιστο για 10
> λεπτά με ανοιχτά παράθυρα και να ελέγξετε το φίλτρο καμπίνας.
>
> Εξυπηρέτηση Πελατών"""),
("el", "b156-el-nea-mpataria-adeiazei", "Νικολέτα Γκόλφη <nikoleta.golfi@example.gr>", "Μπαταρια", "technical", "",
"""Καλημερα. Πριν δυο βδομαδες μου βαλατε καινουρια μπαταρια στο Polo. Τις
τελευταιες τρεις μερες το πρωι δεν παιρνει μπρος, θελει καλωδια απο τον
γειτονα. Δεν αφηνω τιποτα αναμμενο. Μηπως η μπαταρια ειναι ελαττωματικη
η φταιει ο δυναμος; Νικολετα"""),
("el", "b156-el-gl-wrario-kteo-savvato", "Tasos <tasos.v@example.gr>", "wrario", "general", "",
"""To KTEO sto Peristeri einai anoixto to Savvato? Ti wra kleinete?"""),
("el", "b156-el-efxaristo-odigo-geranou-egnatia", "Κωνσταντίνος Ζαφειρίου <k.zafeiriou@example.gr>", "Ευχαριστήριο", "general", "",
"""Αξιότιμοι κύριοι,

Θα ήθελα να ευχαριστήσω θερμά τον οδηγό του γερανού σας, κ. Σάκη, που
μας εξυπηρέτησε την Κυριακή το βράδυ στην Εγνατία, κοντά στα Γρεβενά.
Η σύζυγός μου και εγώ είμαστε άνω των 75 και είχε αρχίσει να χιονίζει.
Ήρθε σε μία ώρα, μας έβαλε στην καμπίνα με το καλοριφέρ αναμμένο και
μας άφησε στο ξενοδοχείο πριν πάει το αυτοκίνητο στο συνεργείο.

Σπάνια βλέπει κανείς τέτοια ευγένεια. Παρακαλώ να του το μεταφέρετε.

Με εκτίμηση,
Κωνσταντίνος Ζαφειρίου
Κοζάνη"""),
("el", "b156-el-gl-ksexasa-akoustika-plysimo", "Myrto <myrto.d@example.gr>", "xamena", "general", "",
"""Geia sas, afhsa to amaxi gia plysimo esw-exw sto katasthma sthn Kifisia
to Savvato kai nomizw oti ksexasa ta asyrmata akoustika (AirPods se
aspri 8hkh) sto ntoulapaki h sthn porta. Den ta vrhka otan to phra.
Mhpws ta vrhke kaneis? Eyxaristw!
Myrto"""),
("el", "b156-el-agenis-ypallilos-proistamenos", "Ευανθία Λαμπράκη <evanthia.lamp@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Την Πέμπτη το πρωί πήγα στο κατάστημά σας στη Νίκαια να ρωτήσω γιατί το
αυτοκίνητό μου δεν ήταν έτοιμο, τρεις ώρες μετά την ώρα που μου είχατε
πει. Ο υπάλληλος στον πάγκο μου απάντησε ειρωνικά «αν βιάζεστε πάρτε
ταξί», και όταν του ζήτησα το όνομά του γύρισε την πλάτη και μιλούσε στο
τηλέφωνο.

Δεν δέχομαι τέτοια συμπεριφορά. Θέλω να επικοινωνήσει μαζί μου
προσωπικά ο προϊστάμενος του καταστήματος, όχι άλλη τυποποιημένη
απάντηση.

Ευανθία Λαμπράκη"""),
("el", "b156-el-lakkos-anoixtos-xoros-anamonis", "Θοδωρής Παπαθανασίου <thodoris.papath@example.gr>", "Κάτι που πρέπει να δείτε", "general", "high",
"""Καλησπέρα,

Δεν είναι παράπονο, απλώς να το ξέρετε: στο συνεργείο σας στη Λάρισα, ο
λάκκος επισκευής δίπλα στην είσοδο του χώρου αναμονής ήταν χθες ανοιχτός
χωρίς κάγκελο ή κορδέλα. Οι πελάτες περνάνε από εκεί για να πάνε στο
ταμείο. Ένα παιδάκι έφτασε μέχρι την άκρη πριν το τραβήξει η μητέρα του.
Καλό θα ήταν να μπει κάποιο προστατευτικό πριν πέσει κανείς μέσα.

Θοδωρής Παπαθανασίου"""),
("el", "b156-el-allagi-kinitou-dieythynsis", "Σοφία Ρούσσου <sofia.roussou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα, άλλαξα κινητό και διεύθυνση. Παρακαλώ ενημερώστε την καρτέλα
μου:
Κινητό: 6945 000 628
Διεύθυνση: Ανδρέα Παπανδρέου 41, Ηλιούπολη 16345
Το email μένει το ίδιο. Ευχαριστώ, Σοφία Ρούσσου"""),
("el", "b156-el-gl-diagrafi-dedomenwn-sms", "Vasilis Kontos <vasilis.kontos@example.gr>", "prosopika dedomena", "general", "",
"""Kalhspera. 8elw na diagrapsete ola ta stoixeia mou apo ta arxeia sas kai
na stamathsoun ta sms gia "ypenthimish KTEO". Epishs 8a h8ela na mou
peite ti stoixeia kratate gia mena. Onoma: Vasilis Kontos, kinhto
6944 000 712.
Vasilis"""),
("el", "b156-el-aftokinito-antikatastasis-vardies", "Ιωάννα Πετροπούλου <ioanna.petropoulou@example.gr>", "Αυτοκίνητο αντικατάστασης", "general", "",
"""Γεια σας, το αυτοκίνητο μπαίνει στο φανοποιείο σας στο Μαρούσι τη
Δευτέρα για περίπου μία εβδομάδα. Δίνετε αυτοκίνητο αντικατάστασης;
Δουλεύω βάρδιες σε νοσοκομείο και δεν έχω άλλο τρόπο να πηγαίνω.
Ευχαριστώ, Ιωάννα"""),
("el", "b156-el-xorigia-omada-mpasket", "Στέλιος Καραμπίνας <stelios.karampinas@example.gr>", "Χορηγια", "general", "",
"""Καλησπερα σας,

Ειμαι προπονητης στην ομαδα μπασκετ παιδων του Αθλητικου Ομιλου
Καλαμαριας. Ψαχνουμε χορηγο για τις φανελες της νεας σεζον - το λογοτυπο
σας θα μπαινει μπροστα στις 14 φανελες και στο πανο του γηπεδου.
Αρκετοι γονεις ηδη φερνουν τα αυτοκινητα τους σε εσας. Θα σας
ενδιεφερε να το συζητησουμε;

Στελιος Καραμπινας
6932 000 448"""),
("el", "b156-el-gl-re-paralavi-aderfos", "Elena Gkika <elena.gkika@example.gr>", "Re: Το αυτοκίνητό σας είναι έτοιμο", "general", "",
"""Eyxaristw! Den prolavainw na er8w prin tis 5, 8a to paralavei o aderfos
mou o Petros Gkikas me thn tautothta tou. O logariasmos plhrwthike hdh
me karta online.
Elena

> Αγαπητή πελάτισσα, το αυτοκίνητό σας (ΙΚΤ 2290) είναι έτοιμο για
> παραλαβή στο κατάστημά μας στο Καλαμάκι. Ωράριο έως 17:00.
> Εξυπηρέτηση Πελατών"""),
("el", "b156-el-seminario-syntirisis-irakleio", "Αγγελική Τζανάκη <angeliki.tzanaki@example.gr>", "Σεμινάριο", "general", "",
"""Καλησπέρα, είδα στο Instagram ότι κάνετε δωρεάν σεμινάριο βασικής
συντήρησης αυτοκινήτου (λάστιχα, λάδια, τι κάνεις αν μείνεις) στο
Ηράκλειο. Πότε είναι το επόμενο και πρέπει να δηλώσω συμμετοχή από πριν;
Μπορώ να φέρω και την κόρη μου που μόλις πήρε δίπλωμα;
Αγγελική Τζανάκη"""),
("el", "b156-el-gl-to-skotwsate-plysimo", "Giorgos T. <giorgos.t@example.gr>", "!!!", "general", "",
"""Paidia to skotwsate!! Efera to amaxi meta apo 3 meres sto Phlio me
lasph kai xwmata pantou kai to phra fwtia, san kainourgio. To esoteriko
myrizei ka8ara. Opoios ekane tis zantes einai egklhmatias (me thn kalh
ennoia). 8a ta poume ksana!
Giorgos"""),
("el", "b156-el-aitisi-mathitevomenou-mixanikou", "Άγγελος Ντόκος <angelos.ntokos@example.gr>", "Βιογραφικό", "general", "",
"""Καλημέρα σας,

Τελείωσα φέτος τη σχολή μηχανικών αυτοκινήτων στο ΕΠΑΛ Αιγάλεω και θα
ήθελα να ρωτήσω αν παίρνετε μαθητευόμενους ή βοηθούς μηχανικού στα
συνεργεία σας στη δυτική Αθήνα. Επισυνάπτω το βιογραφικό μου.

Με εκτίμηση,
Άγγελος Ντόκος"""),
# ---------------- Spanish ----------------
("es", "b156-es-escobillas-no-pedidas-factura", "Marisa Lozano <marisa.lozano@example.es>", "Factura revisión", "billing", "",
"""Buenas tardes:

Llevé el coche el martes al taller de Alcalá de Henares solo para el
cambio de aceite y filtros, que era lo que tenía presupuestado (89 €). En
la factura me aparecen además unas escobillas delanteras, 32,40 €, que
nadie me consultó. Las escobillas viejas estaban bien.

Querría que me devolvieran ese importe o, si lo prefieren, que me
expliquen quién lo autorizó.

Un saludo,
Marisa Lozano"""),
("es", "b156-es-precio-gas-clima-mx", "Rodrigo Villaseñor <rodrigo.villasenor@example.com.mx>", "Pregunta", "billing", "",
"""Buenas, cuanto cuesta la recarga de gas del aire acondicionado para un
Versa 2021? En su pagina dice desde $850 pero en la sucursal de Zapopan
me dijeron $1,600. Por que tanta diferencia? Gracias"""),
("es", "b156-es-auxilio-mecanico-mama-fallecio", "Luciana Ferraro <luciana.ferraro@example.com.ar>", "Débito automático auxilio", "billing", "",
"""Hola, buenas tardes.

Les escribo por la suscripción de auxilio mecánico y grúa de mi mamá,
Norma Beatriz Ferraro (socia 60-118274). Mi vieja falleció en agosto y el
auto ya lo vendimos, pero este mes le siguieron debitando los $14.500 de
la tarjeta.

Necesito que den de baja la suscripción y, si se puede, que devuelvan el
débito de este mes. Si necesitan el acta de defunción se la mando.

Gracias,
Luciana"""),
("es", "b156-es-plan-lavado-pausa-cadera", "Encarna Ruiz <encarna.ruiz@example.es>", "Mi plan de lavados", "billing", "",
"""Hola buenos dias, tengo el plan de lavado mensual de 29,90 en el centro
de Dos Hermanas. El mes que viene me operan de la cadera y el medico dice
que nada de conducir en dos meses por lo menos. Se puede congelar el plan
mientras tanto sin perder la tarifa que tengo? No quiero darme de baja.
Muchas gracias
Encarna"""),
("es", "b156-es-embrague-meses-sin-intereses", "Karla Mendoza <karla.mendoza@example.com.mx>", "Cotización embrague", "billing", "",
"""Hola, buen día.

Me cotizaron $9,800 por el cambio de clutch completo de mi Aveo 2017
(folio 33871) en la sucursal de Puebla. ¿Se puede pagar a meses sin
intereses con tarjeta de crédito? ¿Con qué bancos y a cuántos meses?

Saludos,
Karla Mendoza"""),
("es", "b156-es-factura-empresa-cif", "Administración <administracion@reformas-ebro.example>", "Orden de trabajo 58213", "billing", "",
"""Buenos días:

La factura de la reparación del tubo de escape de nuestra furgoneta
(matrícula 4471 KTP) ha salido a nombre del conductor como particular.
Necesitamos que la emitan a nombre de la empresa:

Reformas Ebro S.L.
CIF B50123456
C/ Miguel Servet 112, 50013 Zaragoza

Si hace falta, anulen la anterior con una factura rectificativa.

Atentamente,
Pilar Gracia
Administración"""),
("es", "b156-es-cobro-doble-silenciador-co", "Andrés Cárdenas <andres.cardenas@example.com.co>", "cobro doble", "billing", "",
"""Buenas tardes, el sabado me cambiaron el silenciador en la sede de la
Autopista Norte en Bogota, valor $420.000. Hoy reviso el extracto y me
aparece el cobro dos veces en la tarjeta debito. Necesito que me
devuelvan uno de los dos lo antes posible porque me dejaron la cuenta en
ceros. Gracias. Andres Cardenas"""),
("es", "b156-es-senal-chapa-reclamacion-consumo", "Beatriz Salvador <beatriz.salvador@example.es>", "Señal de 300 € - reparación cancelada por ustedes", "billing", "high",
"""A la atención de quien corresponda:

El 6 de mayo entregué una señal de 300,00 € en su taller de chapa y
pintura de Valencia (Avda. del Puerto) para la reparación de la aleta
trasera de mi Ibiza. El 27 de mayo me llamaron para decirme que no
podían hacer el trabajo porque la cabina de pintura estaba averiada y no
sabían cuándo la arreglarían. La anulación fue cosa suya, no mía.

Desde entonces he llamado cinco veces y ahora me dicen que la señal "no
es reembolsable". Si en diez días naturales no tengo los 300,00 € en mi
cuenta, presentaré una reclamación en la oficina de consumo y, si hace
falta, acudiré al juzgado.

Beatriz Salvador Mir
DNI 12345678Z"""),
("es", "b156-es-grua-cobrada-contracargo-profeco", "Héctor Ramírez <hector.ramirez@example.com.mx>", "Cargo de grúa 2,300", "billing", "high",
"""Tengo la membresia Plus desde 2020 y la membresia incluye grua hasta 80
km. El jueves se me quedo la camioneta en la carretera a Cuernavaca, la
grua me llevo 25 km al taller y hoy veo un cargo de $2,300 en mi tarjeta.

Ya llame tres veces y solo me dicen que "esta en revision". Si para el
lunes no me reembolsan voy a levantar un contracargo con el banco y una
queja en PROFECO.

Hector Ramirez
Membresia 2020-558812"""),
("es", "b156-es-estadia-taller-gerente-ar", "Gustavo Pellegrini <gustavo.pellegrini@example.com.ar>", "Cobro de estadía", "billing", "high",
"""Buenas.

El auto lo llevó su grúa al taller de San Justo el 2 de septiembre. Estuvo
22 días parado esperando un repuesto que pidieron ustedes. Ahora en la
factura me aparecen $3.000 por día de "estadía", $66.000 en total, aparte
de la reparación.

No pienso pagar estadía por el tiempo que tardó SU repuesto. Ya lo hablé
dos veces con el de recepción y me repite que es la política de la
empresa. Quiero hablar con el gerente de la sucursal o con alguien de
más arriba, hoy. Mi celular es 11 5000-4127.

Gustavo Pellegrini"""),
("es", "b156-es-bono-regalo-lavado-caducado", "Nerea Goikoetxea <nerea.goiko@example.es>", "Hola", "billing", "",
"""Hola!

Mi novio me regaló por mi cumple un bono para un lavado integral con
tapicería (75 €) en vuestro centro de Bilbao y cuando he ido a reservar
la web me dice que el código ha caducado. Se me pasó por dos semanas...
¿Hay alguna forma de ampliarlo o cambiarlo por otro?

Gracias,
Nerea"""),
("es", "b156-es-re-presupuesto-embrague-cl", "Felipe Araya <felipe.araya@example.cl>", "Re: Presupuesto cambio de embrague", "billing", "",
"""Gracias por la respuesta. La verdad $420.000 me parece harto. En un taller
de Ñuñoa me cobran $350.000 con el mismo kit Sachs instalado. ¿Pueden
igualar el precio? Prefiero ir con ustedes porque me hicieron los frenos
el año pasado.

Felipe Araya

El mar, 12 mar a las 10:14, Servicio al Cliente escribió:
> Estimado Felipe:
>
> Para el cambio de embrague de su Mazda 3 2016 le ofrecemos:
> Kit de embrague Sachs con instalación ..... $420.000 IVA incluido
>
> Para agendar, responda este correo.
> Saludos cordiales,
> Claudio"""),
("es", "b156-es-devolver-cadenas-nieve", "Jordi Puig <jordi.puig@example.es>", "Cadenas", "billing", "",
"""Bon dia, compré en su tienda online unas cadenas de nieve para un Arona
pero al final no subimos a Andorra. Están sin abrir, con el precinto.
¿Puedo devolverlas y cómo me devuelven los 64,95 €? Gracias. Jordi"""),
("es", "b156-es-embrague-patina-no-quiero-dinero", "Alberto Nieto <alberto.nieto@example.es>", "Embrague", "technical", "",
"""Buenas tardes:

Que quede claro desde el principio que no quiero que me devuelvan nada ni
estoy pidiendo descuento. El problema es que el embrague que me cambiaron
hace tres semanas ha empezado a patinar en las cuestas: suben las
revoluciones y el coche no tira. Además ahora agarra al final del todo
del pedal, cuando al recogerlo estaba perfecto.

Está en garantía. ¿Cuándo lo puedo llevar para que lo revisen?

Alberto Nieto"""),
("es", "b156-es-clima-aire-caliente-monterrey", "Daniela Garza <daniela.garza@example.com.mx>", "aire acondicionado", "technical", "",
"""hola, el lunes me cargaron el gas del clima en la sucursal de San Pedro y
salia bien frio, pero desde ayer avienta puro aire caliente. aqui estamos
a 42 grados, no se puede manejar asi. sera que tiene una fuga? que hago?
Daniela"""),
("es", "b156-es-olor-gases-dentro-coche-bebe", "Irene Castaño <irene.castano@example.es>", "Escape nuevo", "technical", "high",
"""Buenos días:

Les comento algo del tubo de escape que me cambiaron el viernes. Desde
entonces, cuando estoy parada en un semáforo con la ventilación puesta,
huele a gases dentro del coche. El domingo, en el viaje a Segovia, el bebé
iba muy adormilado y a mí me acabó doliendo la cabeza.

He dejado el coche aparcado y de momento no lo uso. ¿Cuándo podrían
revisarlo? Supongo que alguna junta no ha quedado bien cerrada.

Un saludo,
Irene Castaño"""),
("es", "b156-es-app-turnos-no-abre-ar", "Matías Sosa <matias.sosa@example.com.ar>", "La app", "technical", "",
"""Hola, la app para sacar turno se me queda en la pantalla blanca con el
logo y no pasa de ahí. Ya la desinstalé y la volví a instalar, tengo un
Samsung A32. Necesito sacar turno para la VTV y el service. Gracias, Matías"""),
("es", "b156-es-furgonetas-catering-no-arrancan", "Logística <logistica@catering-lasencinas.example>", "Localizadores", "technical", "high",
"""Ayer por la tarde sus dos técnicos instalaron los localizadores GPS en
nuestras cinco furgonetas. Esta mañana ninguna de las cinco arranca: da
contacto, el motor de arranque gira un segundo y se corta.

Tenemos una boda de 220 invitados en Aranjuez a las 13:00 y dos comidas de
empresa en Madrid, y toda la comida está preparada en cámara sin forma de
moverla. Necesitamos a alguien aquí esta misma mañana.

Catering Las Encinas, Getafe
Raúl Benítez - 600 000 418"""),
("es", "b156-es-pedal-freno-hasta-abajo-co", "Mónica Restrepo <monica.restrepo@example.com.co>", "Frenos", "technical", "high",
"""Buenas tardes,

Ayer me cambiaron las pastillas de freno delanteras en la sede de El
Poblado. Esta mañana noté que el pedal baja mucho más que antes, casi
hasta el fondo, y el carro tarda en frenar. No he vuelto a manejarlo, lo
dejé en el parqueadero del edificio. ¿Pueden mandar a alguien a revisarlo
o lo recogen con grúa?

Gracias,
Mónica Restrepo
Medellín"""),
("es", "b156-es-testigo-motor-tras-revision", "Ramón Pardo <ramon.pardo@example.es>", "Testigo", "technical", "",
"""Buenos dias,

Hice la revision de los 60.000 km en su taller de Lugo el miercoles
pasado. Desde que recogi el coche tengo encendida en el cuadro una luz
naranja con forma de motor. El coche va normal, no hace ruidos raros ni
pierde fuerza. Es grave? Tengo que llevarlo?

Atentamente,
Ramon Pardo"""),
("es", "b156-es-sensores-parachoques-no-factura", "Camila Rojas <camila.rojas@example.cl>", "Parachoques", "technical", "",
"""Hola, no les escribo por la factura, esa está pagada y todo bien. El tema
es que desde que pintaron el parachoques trasero los sensores de
estacionamiento pitan sin parar en cuanto pongo reversa, aunque no haya
nada atrás. Antes funcionaban perfecto. ¿Puede que quedara alguno
pintado o desconectado?
Camila"""),
("es", "b156-es-grua-app-autopista-queretaro", "Verónica Olvera <veronica.olvera@example.com.mx>", "No funciona la app", "technical", "high",
"""Estoy varada en el acotamiento de la autopista México-Querétaro, a la
altura de Palmillas, sentido Querétaro. Ya oscureció y voy con mis dos
hijos chicos. La app se queda en "enviando ubicación" y luego marca
error, y en el teléfono llevo 35 minutos en espera. Membresía
MX-7730291, Jetta gris placas NXT-42-19. Celular 55 0000 3817."""),
("es", "b156-es-caja-cambios-ruido-abogado", "Sergio Manzano <sergio.manzano@example.es>", "Tercera vez - ruido en la caja", "technical", "high",
"""Es la tercera vez que les llevo el coche desde que me cambiaron el
embrague en enero. Siempre el mismo silbido de la caja de cambios al
soltar el acelerador en segunda y tercera, siempre me dicen que "es
normal" y a los pocos días vuelve. Antes de la reparación no hacía
ningún ruido.

Les doy una última oportunidad de arreglarlo bien. Si no, lo pongo en
manos de mi abogado, pediré un peritaje en otro taller y les reclamaré
todos los gastos.

Sergio Manzano"""),
("es", "b156-es-ventanilla-no-sube-chapa-ar", "Florencia Acosta <florencia.acosta@example.com.ar>", "Puerta", "technical", "",
"""Hola chicos, retiré el auto del taller de chapa y pintura el viernes
(les cambiaron la puerta del acompañante) y la ventanilla de esa puerta no
sube, bajar baja pero después queda ahí. Se escucha el motorcito pero no
se mueve. ¿Puede ser que no quedó enganchado algo? Avisame cuándo lo
puedo llevar. Flor"""),
("es", "b156-es-contrasena-correo-no-llega", "Pablo Ferrándiz <pablo.ferrandiz@example.es>", "No puedo entrar", "technical", "",
"""Hola,

Intento entrar en mi cuenta para descargar la factura de la ITV del año
pasado y me dice que la contraseña es incorrecta. He pedido "recuperar
contraseña" cuatro veces desde ayer y el correo no llega, ni en spam. El
email es el mismo al que me mandáis los recordatorios, así que está bien.

Pablo"""),
("es", "b156-es-re-cita-radio-pide-codigo", "Juliana Ospina <juliana.ospina@example.com.co>", "Re: Confirmación de cita 4471", "technical", "",
"""Buenas, ya me entregaron el carro pero desde que cambiaron la bateria el
radio me pide un codigo de seguridad y no lo tengo. Sin radio ni
bluetooth. Como lo desbloqueo?

Juliana

> Señora Juliana, le confirmamos su cita para cambio de batería el martes
> 4 de junio a las 8:00 a. m. en nuestra sede de Chapinero.
> Servicio al Cliente"""),
("es", "b156-es-horario-sabado-getafe", "Luis Moreno <luis.moreno@example.es>", "Sábados", "general", "",
"""¿Abren el sábado por la mañana en el taller de Getafe? ¿Hasta qué hora?"""),
("es", "b156-es-gracias-gruista-ruta-2", "Silvina Castro <silvina.castro@example.com.ar>", "Gracias", "general", "",
"""Hola, quería agradecerles muchísimo a Darío, el chofer de la grúa que nos
asistió el domingo a la noche en la Ruta 2 a la altura de Dolores. Ibamos
a Mar del Plata con mis viejos (tienen más de 80) y se nos rompió la
correa. Llegó rapidísimo, re amable, les hizo lugar a mis viejos en la
cabina con la calefacción y hasta nos recomendó dónde dormir.

Pásenselo a él y a su jefe por favor. Un genio.

Silvina"""),
("es", "b156-es-olvide-llaves-casa-lavado", "Ximena Ortiz <ximena.ortiz@example.com.mx>", "Llaves", "general", "",
"""Hola buenas tardes, deje mi camioneta el sabado para lavado de interiores
en la sucursal de Satelite y creo que se quedaron mis llaves de la casa en
el portavasos, un llavero rojo de Snoopy. Cuando la recogi ya no estaban.
Me pueden decir si alguien las encontro? Gracias!"""),
("es", "b156-es-recepcionista-grosera-responsable", "Carmen Soler <carmen.soler@example.es>", "Trato recibido en su taller", "general", "high",
"""El jueves fui al taller de Alicante a preguntar por mi coche, que llevaba
tres horas de retraso sobre la hora que me dieron. La chica de recepción
me contestó de malas maneras que "si tenía prisa, cogiera un taxi", y
cuando le pedí su nombre se dio la vuelta y se puso a hablar por el
móvil, delante de toda la sala de espera.

Tengo 71 años y nunca me habían tratado así en un negocio. Quiero que el
responsable del taller se ponga en contacto conmigo personalmente, no
otra respuesta de plantilla.

Carmen Soler"""),
("es", "b156-es-escalon-roto-sala-espera-cl", "Patricio Muñoz <patricio.munoz@example.cl>", "Escalón de la entrada", "general", "high",
"""Hola, no es reclamo, pero deberían saberlo: en la entrada a la sala de
espera del local de Maipú el escalón está quebrado y la mitad se mueve
cuando uno lo pisa. Hoy mi papá, que anda con bastón, se tropezó ahí y
alcanzó a afirmarse de la puerta. No hay ningún aviso. Sería bueno
arreglarlo o taparlo antes de que alguien se caiga de verdad.

Patricio Muñoz"""),
("es", "b156-es-cambio-telefono-correo", "Ana Belén Cuesta <anabelen.cuesta@example.es>", "Cambio de datos", "general", "",
"""Hola, he cambiado de teléfono y de correo. Por favor actualizad mi ficha:
Teléfono: 611 000 284
Correo: anabelen.cuesta.v@example.es
La matrícula sigue siendo 2289 LMN. Gracias!"""),
("es", "b156-es-rgpd-acceso-supresion", "Ignacio Prieto <ignacio.prieto@example.es>", "Ejercicio de derechos RGPD", "general", "",
"""Muy señores míos:

Al amparo del Reglamento General de Protección de Datos, solicito:

1. Acceso a todos los datos personales que tienen sobre mí y sobre mis
   vehículos, y la finalidad con que los tratan.
2. Una vez facilitados, la supresión de mis datos y que dejen de
   enviarme SMS de "recordatorio de ITV" y publicidad.

Adjunto copia de mi DNI.

Ignacio Prieto Herrera"""),
("es", "b156-es-auto-de-reemplazo-mx", "Fernanda Lugo <fernanda.lugo@example.com.mx>", "Hojalatería la próxima semana", "general", "",
"""Hola, mi carro entra el lunes a hojalatería y pintura en su taller de
Coyoacán, me dijeron que como una semana. ¿Dan auto de reemplazo? Entro a
trabajar a las 6 am en el aeropuerto y a esa hora no hay transporte.
Gracias, Fernanda"""),
("es", "b156-es-patrocinio-carrera-popular", "Club Atletismo Tres Cantos <club@atletismo-trescantos.example>", "Patrocinio", "general", "",
"""Buenas tardes:

Somos el Club de Atletismo de Tres Cantos y el 12 de octubre organizamos
la VIII Carrera Popular Solidaria a favor del banco de alimentos. Buscamos
empresas de la zona que quieran patrocinar los dorsales o el
avituallamiento. Muchos de nuestros socios llevan el coche a vuestro
taller de la Avenida de Viñuelas. ¿Podríamos hablarlo?

Un saludo,
Marta Alonso, junta directiva"""),
("es", "b156-es-re-retira-hermana-ar", "Julieta Benítez <julieta.benitez@example.com.ar>", "Re: Su vehículo está listo", "general", "",
"""Genial, gracias! Yo no llego antes de las 18 así que lo va a retirar mi
hermana, Agustina Benítez, con su DNI. La factura ya la pagué por
transferencia.

Juli

> Estimada Julieta: su vehículo (AD 512 KT) ya está listo para retirar en
> nuestra sucursal de Palermo. Horario de atención hasta las 18 h.
> Atención al Cliente"""),
("es", "b156-es-curso-mecanica-basica-co", "Valentina Giraldo <valentina.giraldo@example.com.co>", "Curso", "general", "",
"""Hola, vi en Instagram que hacen un curso gratis de mecánica básica (cambiar
llanta, revisar aceite, qué hacer si el carro se vara) en la sede de Cali.
¿Cuándo es el próximo y hay que inscribirse antes? ¿Puedo llevar a mi hijo
que acaba de sacar el pase?
Valentina"""),
("es", "b156-es-me-lo-dejaron-de-muerte", "Álvaro Bermejo <alvaro.bermejo@example.es>", "Qué barbaridad", "general", "",
"""Lo de ayer fue un crimen. Os llevé el coche después de una semana de
acampada en los Picos con barro hasta el techo y me lo dejasteis de
muerte, parece recién salido del concesionario. El que hizo las llantas
es un asesino (en el buen sentido). Volveré seguro.

Álvaro"""),
("es", "b156-es-mecanico-fumo-dentro-coche", "Rocío Delgado <rocio.delgado@example.es>", "Olor a tabaco", "general", "",
"""Hola,

Recogí ayer el coche del taller de Jerez y olía a tabaco muchísimo, y en el
cenicero, que no uso nunca, había una colilla. Está claro que alguien del
taller fumó dentro mientras lo movía. Yo no fumo y llevo a mi hija en el
coche.

No pido nada, solo quiero que lo sepáis y que se lo digáis a quien sea.

Rocío"""),
("es", "b156-es-traqueteo-escape-catalizador", "Toni Ferrer <toni.ferrer@example.es>", "Ruido", "technical", "",
"""Hola, hace diez dias me cambiasteis el catalizador en el taller de
Castellon. Desde entonces, al ralenti y sobre todo en frio, hay un
traqueteo metalico debajo del coche, como algo suelto que vibra contra el
suelo. Al acelerar desaparece. Podeis mirarlo? Toni"""),
# ---------------- Polish ----------------
("pl", "b156-pl-przeglad-przedplata-i-pelna-oplata", "Krzysztof Nowicki <krzysztof.nowicki@example.pl>", "Przegląd - zapłaciłem dwa razy", "billing", "",
"""Dzień dobry,

rezerwowałem przegląd okresowy na stacji przy ul. Głogowskiej w Poznaniu
przez Państwa stronę i od razu zapłaciłem online 99 zł przedpłaty. Na
miejscu diagnosta kazał zapłacić pełną kwotę jeszcze raz, bo „w systemie
nie widać wpłaty". Potwierdzenie przelewu mam w banku.

Proszę o zwrot tych 99 zł na konto, z którego przyszły.

Pozdrawiam
Krzysztof Nowicki"""),
("pl", "b156-pl-cena-nabicia-klimy-pytanie", "Magda Zielinska <magda.zielinska@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry, ile kosztuje nabicie klimy do Skody Octavii 2019? Na stronie
jest od 199 zl a w warsztacie w Gdyni powiedzieli mi 349 zl. Skad taka
roznica? Dziekuje"""),
("pl", "b156-pl-tata-oddal-kluczyki-assistance", "Ewa Gajewska <ewa.gajewska@example.pl>", "Assistance taty", "billing", "",
"""Dzień dobry,

piszę w imieniu mojego taty, Henryka Gajewskiego (nr umowy
PD-2018-44721). Tata ma 88 lat i w marcu w końcu oddał kluczyki - auto
przejął wnuk i ma własne ubezpieczenie. Tymczasem 1 czerwca z konta taty
zeszło 219 zł za kolejny rok pomocy drogowej.

Proszę o zakończenie umowy i zwrot tej kwoty. Mam pełnomocnictwo, mogę je
przesłać.

Z poważaniem
Ewa Gajewska"""),
("pl", "b156-pl-abonament-siersc-pies-odszedl", "Marek Lis <marek.lis@example.pl>", "Abonament Pet Clean", "billing", "",
"""Dzień dobry,

od dwóch lat mam u Was abonament Pet Clean za 49 zł miesięcznie -
odkurzanie sierści z tapicerki raz w miesiącu. Nasz owczarek Bruno odszedł
w zeszłym tygodniu i nie ma już kto zostawiać sierści na kanapie w
Passacie. Proszę o zakończenie abonamentu od przyszłego miesiąca.

Dziękuję za te dwa lata, zawsze było porządnie zrobione.
Marek Lis"""),
("pl", "b156-pl-sprzeglo-raty-zero-procent", "Paulina Adamczyk <paulina.adamczyk@example.pl>", "Wymiana sprzęgła - płatność", "billing", "",
"""Dzień dobry,

dostałam wycenę 2 450 zł za wymianę sprzęgła z kołem dwumasowym w Fordzie
Focusie (wycena nr 3318, warsztat w Lublinie). Czy można to rozłożyć na
raty 0%? Jeśli tak, na ile rat i czy trzeba coś wpłacić na start?

Pozdrawiam
Paulina Adamczyk"""),
("pl", "b156-pl-faktura-na-firme-nip", "Biuro <biuro@stolarstwo-debowski.example>", "Zlecenie 7731", "billing", "",
"""Dzień dobry,

za wymianę tłumika w naszym busie (WE 4471K) dostaliśmy paragon, a
potrzebujemy faktury na firmę:

Stolarstwo Dębowski sp. z o.o.
NIP 525-000-41-18
ul. Kolejowa 12, 05-800 Pruszków

Czy mogą Państwo wystawić fakturę do paragonu? Paragon z NIP-em mam w
załączniku.

Pozdrawiam
Barbara Dębowska
księgowość"""),
("pl", "b156-pl-podwojnie-zaplacone-tlumik", "Sebastian Krol <sebastian.krol@example.pl>", "DWA RAZY POBRANE", "billing", "",
"""W SOBOTE WYMIENIALEM TLUMIK KONCOWY W WASZYM SERWISIE W KATOWICACH,
640 ZL. Z KARTY POSZLO DWA RAZY!!! MAM JEDEN TLUMIK A NIE DWA. PROSZE O
ZWROT BO DO WYPLATY DALEKO.
Sebastian"""),
("pl", "b156-pl-zaliczka-lakiernia-rzecznik", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Zaliczka 500 zł - zlecenie anulowane przez warsztat", "billing", "high",
"""Szanowni Państwo,

9 kwietnia wpłaciłam 500 zł zaliczki w Państwa zakładzie blacharsko-
lakierniczym w Krakowie (ul. Półłanki) na naprawę i lakierowanie tylnego
błotnika Yarisa. 25 kwietnia zadzwoniono do mnie, że kabina lakiernicza
jest zepsuta i nie wiadomo, kiedy zostanie naprawiona, więc zlecenie
trzeba anulować. To była Państwa decyzja, nie moja.

Od tamtej pory słyszę, że zaliczka jest „bezzwrotna". Jeżeli w ciągu 14
dni 500 zł nie wróci na moje konto, zgłoszę sprawę do Miejskiego
Rzecznika Konsumentów i skieruję pozew do sądu.

Agnieszka Wróbel"""),
("pl", "b156-pl-laweta-obciazenie-reklamacja-bank", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "obciazenie za lawete", "billing", "high",
"""Mam u Was pakiet assistance Premium od 3 lat (nr 77-10982). W zeszly
wtorek auto stanelo na A2 pod Koninem, przyjechala Wasza laweta i
zawiozla mnie 18 km do warsztatu. Pakiet obejmuje holowanie do 150 km.
Dzis widze na karcie obciazenie 480 zl za "holowanie poza pakietem".

Infolinia mowi tylko ze "sprawa jest rozpatrywana". Jesli do piatku
pieniadze nie wroca, skladam reklamacje transakcji w banku (chargeback)
i niech bank to z Wami wyjasnia.

Tomasz Kaczmarek"""),
("pl", "b156-pl-postojowe-kierownik-oddzialu", "Rafał Szymański <rafal.szymanski@example.pl>", "Opłata postojowa", "billing", "high",
"""Samochód został przywieziony Waszą lawetą do serwisu we Wrocławiu na
Krzykach 4 września. Potem 18 dni czekał na sprzęgło, które to Wy
zamówiliście. Teraz na rachunku mam „postojowe" 30 zł za dobę za 18 dni,
czyli 540 zł, niezależnie od naprawy.

Nie zapłacę za postój auta, które czekało na Wasze części. Dwa razy
rozmawiałem o tym z doradcą serwisowym i słyszę tylko, że „taka jest
polityka firmy". Żądam kontaktu z kierownikiem oddziału albo kimś wyżej,
jeszcze dziś: 600 000 512.

Rafał Szymański"""),
("pl", "b156-pl-voucher-detailing-wygasl", "Karolina Mazur <karolina.mazur@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

na Dzień Matki dostałam od córki voucher na pełny detailing wnętrza (350
zł) w Waszym studiu w Gdańsku, ale dopiero teraz chciałam się umówić i
strona pisze, że kod wygasł - minął termin o dwa tygodnie. Czy jest
szansa go przedłużyć albo wymienić na nowy? Szkoda by było.

Pozdrawiam serdecznie
Karolina Mazur"""),
("pl", "b156-pl-re-wycena-sprzegla-rabat", "Michał Pawlak <michal.pawlak@example.pl>", "Re: Wycena wymiany sprzęgła - Golf VII", "billing", "",
"""Dziękuję za wycenę. Szczerze mówiąc 2 900 zł to sporo - warsztat na
Bielanach policzył mi 2 400 zł za ten sam zestaw LuK z robocizną. Czy
możecie zejść z ceny? Wolałbym u Was, bo robiliście mi hamulce w zeszłym
roku.

Michał Pawlak

W dniu 12.03 Obsługa Klienta pisze:
> Szanowny Panie,
>
> wymiana sprzęgła wraz z kołem dwumasowym (zestaw LuK) w VW Golf VII
> 2.0 TDI: 2 900,00 zł brutto.
>
> W celu umówienia terminu prosimy o odpowiedź na tę wiadomość.
> Pozdrawiamy,
> Damian"""),
("pl", "b156-pl-zwrot-boxu-dachowego", "Ola Wojcik <ola.wojcik@example.pl>", "box dachowy", "billing", "",
"""Hej, kupilam w Waszym sklepie internetowym box dachowy 420 l za 1 299 zl,
ale nie pasuje na nasze relingi (Kia Ceed kombi). Nie byl montowany, mam
karton. Jak go odeslac i kiedy dostane zwrot? Ewentualnie moge wymienic
na inny ktory bedzie pasowal.
Ola"""),
("pl", "b156-pl-sprzeglo-slizga-nie-chce-zwrotu", "Grzegorz Witkowski <grzegorz.witkowski@example.pl>", "Sprzęgło", "technical", "",
"""Dzień dobry,

od razu zaznaczam, że nie chcę zwrotu pieniędzy ani rabatu. Chodzi o to,
że sprzęgło, które wymieniliście trzy tygodnie temu w Astrze, zaczęło się
ślizgać pod górkę - obroty skaczą, a auto nie przyspiesza. Do tego bierze
teraz na samej górze pedału, czego przy odbiorze nie było.

Jest na gwarancji. Kiedy mogę przyjechać?

Grzegorz Witkowski"""),
("pl", "b156-pl-klima-ciepla-po-nabiciu", "Dawid Sikora <dawid.sikora@example.pl>", "klima", "technical", "",
"""Dzien dobry, w poniedzialek nabijalem u Was klime we Wroclawiu na Bielanach
i przez 4 dni bylo super zimno, a od wczoraj dmucha cieplym. U nas 34
stopnie, w aucie nie da sie wytrzymac. Moze gdzies ucieka czynnik? Co
robic?
Dawid"""),
("pl", "b156-pl-spaliny-w-kabinie-spokojnie", "Joanna Kubiak <joanna.kubiak@example.pl>", "Nowy tłumik", "technical", "high",
"""Dzień dobry,

chciałam zgłosić sprawę po wymianie środkowego tłumika w czwartek. Od tego
czasu, gdy stoję na światłach z włączonym nawiewem, w środku czuć
spaliny. W niedzielę jechaliśmy do teściów do Tarnowa i obie córki
narzekały na ból głowy, ja też byłam lekko otumaniona.

Na razie nie używamy samochodu. Kiedy moglibyście go obejrzeć?
Podejrzewam, że któreś złącze pod spodem jest nieszczelne.

Pozdrawiam
Joanna Kubiak"""),
("pl", "b156-pl-aplikacja-blad-przy-rezerwacji", "Łukasz Bąk <lukasz.bak@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, aplikacja do rezerwacji wyświetla „Wystąpił błąd, spróbuj
ponownie" za każdym razem, gdy wybieram godzinę na wymianę opon.
Próbowałem na Wi-Fi i na LTE, iPhone 13, aplikacja zaktualizowana.
Łukasz"""),
("pl", "b156-pl-osk-auta-nie-odpalaja", "OSK Zielony Punkt <biuro@osk-zielonypunkt.example>", "Wczorajsza wymiana akumulatorów", "technical", "high",
"""Wczoraj po południu Wasz serwis mobilny wymienił akumulatory we
wszystkich siedmiu naszych samochodach do nauki jazdy. Dziś rano sześć z
siedmiu nie odpala - kontrolki migają, rozrusznik nawet nie kręci.

Odesłaliśmy już 30 kursantów, a czterech z nich miało dziś egzaminy
praktyczne w WORD, które przepadną razem z opłatą. Instruktorzy siedzą w
biurze. Potrzebujemy kogoś na miejscu jeszcze przed południem.

Ośrodek Szkolenia Kierowców Zielony Punkt, Białystok
Andrzej Sokołowski, 600 000 733"""),
("pl", "b156-pl-kolo-dymi-po-klockach", "Wiesław Borkowski <wieslaw.borkowski@example.pl>", "Po wymianie klocków", "technical", "high",
"""Dzień dobry,

we wtorek wymieniono u Państwa klocki i tarcze z przodu w moim Corollcie.
Wczoraj po 20 km jazdy poczułem swąd palonego, a przednie prawe koło
lekko dymiło i felga była tak gorąca, że nie dało się jej dotknąć. Auto
też ściąga lekko w prawo przy hamowaniu.

Zostawiłem samochód pod domem i nim nie jeżdżę. Proszę o informację, czy
mam je przywieźć lawetą, czy ktoś przyjedzie.

Wiesław Borkowski
Rzeszów"""),
("pl", "b156-pl-kontrolka-silnika-po-serwisie", "Stanislaw Pietrzyk <stanislaw.pietrzyk@example.pl>", "Kontrolka", "technical", "",
"""Szanowni Panstwo,

w zeszla srode robilem przeglad olejowy w Panstwa serwisie w Szczecinie
(Kia Rio). Od odbioru swieci sie na desce pomaranczowa kontrolka w
ksztalcie silnika. Auto jedzie normalnie, nic nie stuka, nie traci mocy.
Czy to cos powaznego? Mam przyjechac?

Z wyrazami szacunku
Stanislaw Pietrzyk"""),
("pl", "b156-pl-czujniki-parkowania-nie-faktura", "Natalia Górska <natalia.gorska@example.pl>", "Zderzak", "technical", "",
"""Dzień dobry, nie piszę w sprawie faktury, zapłacone i wszystko się zgadza.
Chodzi o to, że od kiedy lakierowaliście tylny zderzak, czujniki
parkowania piszczą bez przerwy po wrzuceniu wstecznego, nawet na pustym
parkingu. Przed naprawą działały bez zarzutu. Może któryś został
zamalowany albo nie podpięty?
Natalia"""),
("pl", "b156-pl-pomoc-drogowa-aplikacja-a1", "Monika Jabłońska <monika.jablonska@example.pl>", "nie działa aplikacja", "technical", "high",
"""Stoję na pasie awaryjnym A1 w kierunku Gdańska, kilka km za węzłem
Toruń Południe. Jest ciemno, pada, mam ze sobą 2-letniego syna. Wasza
aplikacja wisi na „wysyłanie lokalizacji" i potem pokazuje błąd, a na
infolinii czekam już 30 minut. Nr umowy assistance PA-55310, srebrna
Corsa GD 7731K. Telefon 600 000 915. Proszę o pomoc."""),
("pl", "b156-pl-skrzynia-wycie-rzeczoznawca", "Paweł Zalewski <pawel.zalewski@example.pl>", "Po raz trzeci - wycie skrzyni", "technical", "high",
"""To już trzeci raz, kiedy przywożę auto po wymianie sprzęgła, którą
robiliście w styczniu. Za każdym razem przy puszczaniu gazu na 2 i 3
biegu ze skrzyni dochodzi wycie, za każdym razem słyszę, że „tak ma być",
a po kilku dniach wraca. Przed naprawą nic takiego nie było.

Daję Wam ostatnią szansę, żeby to porządnie naprawić. Jeśli się nie uda,
zlecam opinię niezależnemu rzeczoznawcy i sprawa trafi do sądu - z
kosztami opinii po Waszej stronie.

Paweł Zalewski"""),
("pl", "b156-pl-klapa-bagaznika-nie-domyka", "Iwona Kowalczyk <iwona.kowalczyk@example.pl>", "Klapa bagażnika", "technical", "",
"""Dzień dobry, od kiedy odebrałam auto z naprawy blacharskiej (wymiana
tylnej klapy po stłuczce), klapa bagażnika nie domyka się za pierwszym
razem, trzeba trzasnąć dwa-trzy razy, a na desce co chwilę zapala się
kontrolka otwartego bagażnika. Czy to kwestia regulacji zamka?
Iwona Kowalczyk"""),
("pl", "b156-pl-link-resetu-hasla-wygasl", "Piotr Michalak <piotr.michalak@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry,

próbuję zalogować się na konto, żeby pobrać historię serwisową przed
sprzedażą auta. Hasło nie pasuje, więc klikam „nie pamiętam hasła". Mail
przychodzi, ale po kliknięciu w link od razu jest komunikat „link wygasł".
Próbowałem już pięć razy, na telefonie i na komputerze.

Piotr Michalak"""),
("pl", "b156-pl-re-zgloszenie-tlumik-dudni", "Adam Sobczak <adam.sobczak@example.pl>", "Re: Zgłoszenie 22817", "technical", "",
"""Dzień dobry,

przejechałem już ponad 800 km, tak jak Państwo radzili, i nic się nie
„ułożyło". Przy ok. 2000 obr./min tłumik dudni tak, że drży cała podłoga,
a na wybojach coś metalicznie stuka pod spodem. Proszę o termin.

Adam Sobczak

> Dzień dobry,
>
> nowy układ wydechowy potrzebuje czasu, żeby się ułożyć. Prosimy
> przejechać około 500 km i w razie dalszych objawów skontaktować się z
> nami ponownie.
>
> Dział Obsługi Klienta"""),
("pl", "b156-pl-start-stop-po-akumulatorze", "Kamil Wasik <kamil.wasik@example.pl>", "start stop", "technical", "",
"""Czesc, tydzien temu wymieniliscie mi akumulator w Oplu Insignii na AGM i od
tego czasu nie dziala start-stop, na desce pisze "start-stop niedostepny".
Wczesniej dzialal normalnie. Czy trzeba cos zakodowac po wymianie? Kamil"""),
("pl", "b156-pl-godziny-sobota-widzew", "Jerzy Olszewski <jerzy.olszewski@example.pl>", "Soboty", "general", "",
"""Czy w sobotę robicie przeglądy w Łodzi na Widzewie? Do której godziny?"""),
("pl", "b156-pl-podziekowanie-kierowca-lawety", "Halina Czarnecka <halina.czarnecka@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałabym serdecznie podziękować kierowcy Państwa lawety, panu Zbyszkowi,
który w niedzielę wieczorem pomógł nam na Zakopiance pod Lubniem. Mąż i
ja mamy po 78 lat, sypał śnieg, a auto stanęło na poboczu. Pan Zbyszek
był w 40 minut, posadził nas w ciepłej kabinie, zawiózł do córki w
Myślenicach i jeszcze pomógł wnieść torby.

Dawno nie spotkaliśmy tak życzliwego człowieka. Proszę mu to przekazać.

Z wyrazami szacunku
Halina Czarnecka"""),
("pl", "b156-pl-zgubiony-zajac-po-myjni", "Dorota Jasinska <dorota.jasinska@example.pl>", "zguba", "general", "",
"""Dzien dobry, w sobote bylam na myjni recznej z odkurzaniem w Lublinie na
Felinie i chyba zostal w aucie pluszowy zajac corki (szary, z
czerwona kokarda), byl w foteliku albo pod nim. Po odbiorze go nie ma, a
mala nie chce bez niego zasnac. Moze ktos znalazl? Bardzo prosze o
sprawdzenie.
Dorota"""),
("pl", "b156-pl-niemily-doradca-kierownik", "Bożena Kalinowska <bozena.kalinowska@example.pl>", "Zachowanie pracownika", "general", "high",
"""W czwartek przyszłam do serwisu w Gliwicach zapytać, dlaczego auto nie
jest gotowe trzy godziny po umówionym terminie. Doradca przy ladzie
odpowiedział mi, że „jak się pani spieszy, to niech pani weźmie
taksówkę", a kiedy zapytałam o nazwisko, odwrócił się plecami i zaczął
rozmawiać przez telefon, przy całej poczekalni.

Mam 70 lat i nikt mnie jeszcze tak nie potraktował. Oczekuję, że
kierownik serwisu skontaktuje się ze mną osobiście, a nie kolejnej
odpowiedzi z szablonu.

Bożena Kalinowska"""),
("pl", "b156-pl-opony-w-poczekalni-kacik-dzieci", "Jacek Wieczorek <jacek.wieczorek@example.pl>", "Poczekalnia", "general", "high",
"""Dzień dobry,

to nie skarga, ale lepiej, żebyście wiedzieli: w poczekalni w serwisie w
Opolu, tuż obok kącika dla dzieci, stoi wysoki stos opon opartych o
ścianę, który mocno się przechyla. Dziś jedno dziecko wspinało się po
nich, zanim mama je zdjęła. Warto to przestawić albo zabezpieczyć, zanim
coś spadnie komuś na głowę.

Jacek Wieczorek"""),
("pl", "b156-pl-zmiana-nazwiska-adresu", "Aleksandra Nowak-Bielecka <aleksandra.bielecka@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko i adres. Proszę o aktualizację
danych na moim koncie:
Nazwisko: Nowak-Bielecka (było: Nowak)
Adres: ul. Lipowa 8/3, 15-424 Białystok
Telefon i e-mail bez zmian. Dziękuję!"""),
("pl", "b156-pl-rodo-dostep-i-marketing", "Robert Ziółkowski <robert.ziolkowski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe
przetwarzacie, w jakim celu i skąd je macie. Jednocześnie cofam zgodę na
marketing - proszę o zaprzestanie wysyłania SMS-ów z przypomnieniami i
promocjami.

Robert Ziółkowski
tel. 600 000 388"""),
("pl", "b156-pl-auto-zastepcze-blacharka", "Anna Szewczyk <anna.szewczyk@example.pl>", "Auto zastępcze?", "general", "",
"""Dzień dobry, w poniedziałek oddaję auto do Was na blacharkę w Katowicach,
mówiliście, że potrwa około tygodnia. Czy jest możliwość auta
zastępczego? Pracuję na zmiany w szpitalu i dojazd o 5 rano komunikacją
odpada. Pozdrawiam, Anna"""),
("pl", "b156-pl-sponsoring-festyn-osp", "OSP Lipnik <osp.lipnik@example.pl>", "Sponsoring festynu", "general", "",
"""Dzień dobry,

Ochotnicza Straż Pożarna w Lipniku organizuje 24 sierpnia festyn rodzinny,
z którego dochód pójdzie na nowy sprzęt ratowniczy. Szukamy lokalnych
firm, które ufundowałyby nagrody do loterii - np. voucher na mycie czy
przegląd. W zamian umieścimy logo na plakatach i podziękujemy ze sceny.
Czy byliby Państwo zainteresowani?

Druh Marian Kot
prezes OSP Lipnik"""),
("pl", "b156-pl-re-odbior-przez-meza", "Justyna Pawłowska <justyna.pawlowska@example.pl>", "Re: Samochód gotowy do odbioru", "general", "",
"""Dziękuję! Nie zdążę przed 17, więc auto odbierze mąż, Marcin Pawłowski,
z dowodem osobistym. Płaciłam już online kartą.

Justyna

> Dzień dobry, samochód (PO 8R224) jest gotowy do odbioru w naszym
> serwisie przy ul. Hetmańskiej. Zapraszamy do 17:00.
> Obsługa Klienta"""),
("pl", "b156-pl-akcja-swiatla-przed-zima", "Zbigniew Marciniak <zbigniew.marciniak@example.pl>", "Akcja sprawdzania świateł", "general", "",
"""Dzień dobry, widziałem plakat, że w listopadzie robicie bezpłatną akcję
sprawdzania i ustawiania świateł przed zimą. W które dni to będzie w
Kielcach i czy trzeba się wcześniej zapisać, czy wystarczy podjechać?
Zbigniew Marciniak"""),
("pl", "b156-pl-zabiliscie-mnie-pochwala", "Bartek Rutkowski <bartek.rutkowski@example.pl>", "masakra", "general", "",
"""Panowie, zabiliscie mnie. Przywiozlem auto po tygodniu na Mazurach, w
srodku piasek, blota po dach, pies, dzieci, masakra. Odebralem i
myslalem ze ktos mi podmienil samochod. Ten kto robil tapicerke to jakis
morderca plam. Na pewno wroce po nastepnych wakacjach!
Bartek"""),
("pl", "b156-pl-praktyki-technikum", "Oskar Duda <oskar.duda@example.pl>", "Praktyki", "general", "",
"""Dzień dobry,

jestem uczniem trzeciej klasy technikum samochodowego w Rzeszowie i
szukam miejsca na praktyki zawodowe (4 tygodnie, lipiec). Czy Państwa
serwis przyjmuje praktykantów? Mogę dosłać skierowanie ze szkoły.

Z poważaniem
Oskar Duda"""),
]
