# batch164.py -- labelled test mails,
# held out of the tree until the rules it measures are final.
# Consumer electronics (headphones, e-readers,
# smart speakers, drones, camera lenses, gaming PCs, VR headsets), 40 mails
# in each of en, el, es, pl, written separately for each language.  The
# failure classes in new situations -- escalation demands and legal
# threats / chargebacks that keep their topic, negations, Greeklish,
# subjects that say nothing or something else, replies quoting an earlier
# mail, paid plans ended or paused in other words (a death, a move, a
# lost drone, an injury), outages of a business told only by their
# consequences, safety hazards told calmly, praise, payment questions --
# and everyday mail of all three queues.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b164-en-headphones-charged-twice", "Sarah Whitfield <sarah.whitfield@example.co.uk>", "Order 48213", "billing", "",
"""Hi,

I ordered the Arden ANC-700 headphones on Saturday (order 48213,
£179.99) and my banking app shows two payments of £179.99, both
completed, not pending. Only one pair has been dispatched.

Please could you refund the second one.

Thanks,
Sarah"""),
("en", "b164-en-late-mum-reading-plan", "Gareth Lloyd <gareth.lloyd@example.co.uk>", "My mother's account", "billing", "",
"""Dear Sir or Madam,

My mother, Margaret Lloyd, died at the end of February. She had one of
your e-readers and, going through her bank statements, I have found a
"Read Unlimited" plan at £8.99 a month which is still being taken.

Could you please bring it to an end, and let me know if you need
anything from me (death certificate, grant of probate etc.). Her
account email was maggie.lloyd@example.co.uk.

Kind regards,
Gareth Lloyd (son and executor)"""),
("en", "b164-en-drone-sold-cover", "Cian Murphy <cian.murphy@example.ie>", "SkyCare renewal", "billing", "",
"""Howya,

Got an email saying my SkyCare cover for the drone renews on the 14th
for €69. I sold the drone to a mate back in the summer so there's
nothing left to cover - don't renew it please.

Cheers,
Cian"""),
("en", "b164-en-vr-fitness-freeze-knee", "Linda Hargreaves <linda.h@example.com>", "Membership", "billing", "",
"""Hello,

I have the VR Fit Premium membership (£12.99 a month) on my headset. I'm
having a knee replacement next week and won't be swinging my arms about
for at least three months, physio's orders!

Is there a way to freeze it rather than cancel and lose all my history?
I'd like to pick it up again in the spring.

Linda"""),
("en", "b164-en-gaming-pc-price-drop", "Tom Ashworth <tom.ashworth@example.co.uk>", "Price", "billing", "",
"""Bought the Vortex G7 gaming PC from you 9 days ago for £1,449. It's now
on your site for £1,299. Do you refund the difference? It's still inside
the return window, so the alternative is I send it back and buy it again,
which seems daft for both of us.

Tom"""),
("en", "b164-en-lens-emi-hdfc", "Arjun Mehta <arjun.mehta@example.in>", "EMI option for lens", "billing", "",
"""Hi Team,

I want to buy the 70-200mm f/2.8 lens (Rs 1,89,990) from your website. Is
no-cost EMI available on HDFC credit card for 9 or 12 months? At checkout
I am only seeing 3 and 6 months option.

Also the processing fee of Rs 199, is it charged by the bank or by you?

Regards,
Arjun Mehta
Pune"""),
("en", "b164-en-earbuds-swap-colour", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Wrong colour", "billing", "",
"""Hi there,

Ordered the earbuds in sage green for my daughter's birthday and got
cream. Box hasn't been opened. Can I swap them for the green ones rather
than sending them back for a refund? Happy to drop them in at the
Chadstone store if that's easier.

Thanks heaps,
Kylie"""),
("en", "b164-en-vat-invoice-five-pcs", "Accounts - Brightlane Studio <accounts@brightlane-studio.example>", "VAT invoice needed", "billing", "",
"""Hi,

We bought five workstation PCs (order IE-30117, €8,745 incl. VAT) for
our animation studio. The receipt you emailed has no VAT number on it
and is addressed to Aoife personally.

For our books we need a proper VAT invoice in the company's name:

Brightlane Studio Ltd
Unit 4, Liosban Business Park
Tuam Road, Galway
VAT IE 1234567X

Thanks,
Niamh Walsh
Accounts"""),
("en", "b164-en-re-gift-card-not-applied", "Priya Shah <priya.shah@example.co.uk>", "Re: Your enquiry ref 77120", "billing", "",
"""Thanks, but that doesn't answer it. The £50 gift card WAS entered at
checkout - you can see the code on the order confirmation - but the full
£129 was still taken from my debit card. So I need either £50 back on my
card or the gift card balance put back.

Priya

On 3 Oct 2024, at 09:12, Customer Care <care@example-tech.co.uk> wrote:
> Dear Priya,
>
> Thank you for contacting us. Our gift cards can be used for online and
> in-store purchases and are valid for 24 months from the date of issue.
>
> Kind regards,
> Dan"""),
("en", "b164-en-trade-in-credit-missing", "Marcus Bell <marcus.bell@example.com>", "trade-in", "billing", "",
"""I sent in my old 24-70 lens for the trade-in program on Sept 2nd.
Tracking says you got it on the 6th and the email said it was graded
"Excellent" - $420 credit. It's been three weeks and nothing has shown up
on my account or my card. Where's my money?

Marcus"""),
("en", "b164-en-vr-refund-small-claims", "David Price <david.price@example.co.uk>", "Refund for returned headset - final request", "billing", "high",
"""To whom it may concern,

I returned the Nova VR headset (order 51873, £399.00) on 12 August using
your prepaid label. Royal Mail confirms it was delivered to your returns
centre on 14 August.

Six weeks and four emails later I still have not been refunded. Under
the Consumer Contracts Regulations you had 14 days.

If the full £399.00 is not back in my account within 7 days I will issue
a claim through Money Claim Online without further notice.

David Price"""),
("en", "b164-en-home-plus-chargeback", "Jenna Kowalski <jenna.k@example.com>", "cancelled in JULY", "billing", "high",
"""I cancelled Home+ on my smart speaker in July. I have the confirmation
email. You charged me $9.99 in August, September AND October anyway.

Three emails, three "we're looking into it". I'm done. If I don't see
$29.97 back on my card by Friday I'm disputing all three charges with my
credit card company.

Jenna"""),
("en", "b164-en-drone-refund-store-manager", "Brett Sullivan <brett.sullivan@example.com.au>", "Return refused at Parramatta store", "billing", "high",
"""G'day,

Took the Falcon mini drone back to your Parramatta store on Saturday, 11
days after buying it. Never flown, plastic film still on the camera. The
young bloke at the counter said no refunds on opened drones, store credit
only, and wouldn't budge. Your own website says 30 days change of mind.

I want the store manager or whoever's above them to ring me and sort out
my $749 refund. 0412 000 318.

Brett"""),
("en", "b164-en-not-faulty-audio-credits", "Helen Forsyth <helen.forsyth@example.co.uk>", "E-reader", "billing", "",
"""Just to be clear, this isn't a fault report - the e-reader itself works
perfectly. What I don't understand is a £7.99 charge on my card every
month described as "AUDIOCRED SUBS". I never signed up for audiobooks.
What is it, and how do I stop it?

Helen Forsyth"""),
("en", "b164-en-anc-hiss-left", "Rebecca Moore <rebecca.moore@example.co.uk>", "Hissing", "technical", "",
"""Hi,

My ANC-700s have developed a hiss in the left ear cup whenever noise
cancelling is on. Turn ANC off and it's gone. I've reset them in the app
twice and they're on the latest firmware (2.3.1). Bought in April.

Any ideas before I send them in?

Rebecca"""),
("en", "b164-en-ereader-library-padlock", "Dorothy Keane <dorothy.keane@example.ie>", "My reader", "technical", "",
"""Dear Sirs,

My granddaughter set up the reader for me at Christmas and I have been
getting books from the county library on it with no bother. Since last
week the library books all show a little padlock and when I open one it
says "Authorisation error". The books I bought myself still open.

I have turned it off and on again as the booklet says. I am 81 and not
great with these things, so plain instructions would be appreciated.

Yours faithfully,
Dorothy Keane
Ennis, Co. Clare"""),
("en", "b164-en-urgent-speaker-spotify", "Josh Carter <josh.carter@example.com>", "URGENT!!!", "technical", "",
"""SPEAKER WON'T PLAY SPOTIFY. says "account not linked" every single time
even though I've linked it like 5 times now. Party is SATURDAY and I
need this working!!! pls help asap"""),
("en", "b164-en-drone-compass-error", "Rhys Evans <rhys.evans@example.co.uk>", "Compass error", "technical", "",
"""Every time I try to take off, the app says "Compass interference - move
aircraft" and won't start the motors. I've calibrated it three times in
the middle of a field outside Brecon, nowhere near cars or metal fences.
Firmware is up to date. It flew fine until last weekend.

Rhys Evans"""),
("en", "b164-en-multiroom-drops", "Tanya Brooks <tanya.brooks@example.com>", "Multi-room", "technical", "",
"""Hi,

I have three of your speakers (kitchen, living room, bedroom) grouped as
"Whole House". Since last Tuesday the group plays for about ten minutes,
then the bedroom one drops out and the kitchen one drifts out of sync by
a second or so. Each speaker on its own works fine. Router is a Netgear
mesh, nothing changed on my end.

Thanks,
Tanya"""),
("en", "b164-en-gaming-pc-whea-no-refund", "Liam O'Connor <liam.oconnor@example.ie>", "Order IE-29844", "technical", "",
"""Before anyone sends me a returns form - I don't want a refund. I like
the machine and I waited ages for it. I just want it to stop crashing.

The G7 blue-screens with WHEA_UNCORRECTABLE_ERROR two or three times an
evening, usually in games but once just sitting on the desktop. Latest
GPU drivers, BIOS updated, memory test passes, temps look fine (CPU 72
max). Is it the overclock profile you ship it with?

Liam"""),
("en", "b164-en-vr-controller-drift", "Kevin Ruiz <kevin.ruiz@example.com>", "controllers", "technical", "",
"""The right controller on my Nova headset drifts. In menus the pointer
slowly slides off to the left and in games my hand floats away. I've
recalibrated, put in new batteries, wiped the tracking cameras. Left
controller is fine. Headset is 4 months old.

Kevin"""),
("en", "b164-en-app-reset-mail-india", "Sneha Iyer <sneha.iyer@example.in>", "Not able to login", "technical", "",
"""Dear Sir/Madam,

I am not able to login to the app for my smart speaker. When I click
"Forgot password" it says reset link has been sent, but I am not
receiving any mail, checked spam folder also. Tried 5-6 times since
yesterday. My registered mail id is this one only.

Kindly do the needful.

Thanks & Regards,
Sneha Iyer
Chennai"""),
("en", "b164-en-drone-battery-split", "Paddy Quinn <paddy.quinn@example.ie>", "Battery", "technical", "high",
"""Hi,

Not a huge drama but I thought I should let you know. One of the spare
batteries for my Falcon drone puffed up while it was charging last night
- the case has split along the seam and it was too hot to hold. I
unplugged it and put it out on the patio in a metal biscuit tin, and
that's where it still is.

The charger was your own one. What should I do with the battery, and
should I be worried about the other two?

Paddy"""),
("en", "b164-en-pc-psu-burning-flash", "Martin Hughes <martin.hughes@example.co.uk>", "Gaming PC", "technical", "high",
"""Hello,

My son's gaming PC (bought from you in June) started giving off a burning
smell this evening, and when I looked behind it there was a crackle and a
small flash where the power lead goes in. I've switched it off at the
wall and unplugged it. There's a brown scorch mark on the case next to
the power supply.

Please advise what happens next. He's 14 and the PC is in his bedroom,
so it won't be used again until someone has looked at it.

Martin Hughes"""),
("en", "b164-en-vr-venue-licence-not-found", "Zoe Patel - Portal VR <zoe@portalvr-melbourne.example>", "Headsets after last night's update", "technical", "high",
"""Hi,

Since last night's update all 12 headsets at our venue show "Licence not
found" on start-up. We've had to send home every booking today - two
kids' birthday parties and a corporate group of 30 so far - and the whole
weekend is booked out. We factory reset one headset, same thing.

Account ID PVR-0043. Please call the venue on 03 9000 2271.

Zoe Patel
Venue Manager, Portal VR Melbourne"""),
("en", "b164-en-call-centre-headsets-drop", "IT Support - Sunrise BPO <it@sunrisebpo.example.in>", "Headset issue", "technical", "high",
"""Hello,

After the firmware update pushed through your management console this
morning, around 60 of our agents' wireless headsets are disconnecting
every 3-4 minutes. Calls are getting cut in the middle and our client has
already raised it with us. We tried re-pairing on 10 units, no change.

Please share the rollback procedure at the earliest.

Rohit Sharma
IT Lead, Sunrise BPO, Gurugram"""),
("en", "b164-en-lens-third-repair-senior", "Alison Grant <alison.grant@example.co.uk>", "Repair RMA-66180 - third time", "technical", "high",
"""This is the third time the 24-70mm lens has been to your repair centre
for the same fault: the autofocus grinds and stops about halfway through
its range. Each time it has come back marked "tested OK" and each time it
has failed again within a fortnight.

I'm a wedding photographer and I'm hiring a lens every weekend to cover
for it. I would like this escalated to someone senior in your service
department, please - not another ticket number.

Alison Grant Photography"""),
("en", "b164-en-henry-st-christmas-eve", "Siobhan Byrne <siobhan.byrne@example.ie>", "Christmas Eve", "general", "",
"""Hi, what time does the Henry St store close on Christmas Eve? And are
you open on St Stephen's Day or is that online only? Thanks"""),
("en", "b164-en-praise-femi-lens-advice", "Michael Turner <michael.turner@example.co.uk>", "Thank you to Femi", "general", "",
"""Just a quick note to say thank you to Femi at your Manchester Arndale
shop. My daughter is starting a photography course and we came in
knowing nothing. He spent a good 40 minutes with us, let her try three
lenses on her camera, and talked us out of the most expensive one, which
she didn't need.

Please pass this on to his manager - that kind of service is rare.

Michael Turner"""),
("en", "b164-en-lost-headphones-demo-bench", "Aisha Rahman <aisha.rahman@example.co.uk>", "Left something in store", "general", "",
"""Hello,

I think my son left his headphones (black, over-ear, a bit scuffed, with
a Pokemon sticker on the left side) on the bench by the VR demo in your
Bullring store on Sunday afternoon. Has anyone handed them in?

Thanks,
Aisha"""),
("en", "b164-en-leave-drone-with-neighbor", "Greg Sanders <greg.sanders@example.com>", "Order 60422", "general", "",
"""Hey, the drone arriving Thursday needs a signature and I'll be at work.
Can the driver leave it with my neighbor at 1418 (the Hendersons)?
They're retired and always home. Thanks, Greg"""),
("en", "b164-en-married-name-email", "Hannah Price <hannah.price@example.co.uk>", "Name and email change", "general", "",
"""Hi, I got married in the summer! Could you change the name on my
account from Hannah Jones to Hannah Price, and the email to this one? The
old one was hannah.jones88@example.co.uk. Thanks so much"""),
("en", "b164-en-voice-recordings-sar", "Robert Fielding <r.fielding@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data you
hold about me, including in particular any voice recordings or
transcripts captured by the smart speaker registered to this email
address, and the retention period you apply to them.

Please also confirm whether any recordings have been listened to by
staff or contractors, or shared with third parties.

Yours faithfully,
Robert Fielding"""),
("en", "b164-en-drone-registration-question", "Declan Fox <declan.fox@example.ie>", "Question", "general", "",
"""Do I need to register the Falcon mini with the IAA before flying it?
The box says it's under 250g but it has a camera. Just want to be sure
I'm legal before I take it out to Howth.

Declan"""),
("en", "b164-en-school-esports-sponsorship", "Samuel Okafor <s.okafor@hollybank-academy.example>", "Esports club - sponsorship enquiry", "general", "",
"""Dear Sir/Madam,

I run the after-school esports club at Hollybank Academy in Leeds. We
have 25 students and at the moment play on four ageing PCs in the IT
suite. We are entering the British Esports student championships this
year and I wondered whether your company has any sponsorship or
community programme for schools - equipment, a visit from your team, or
even prizes for an end-of-term tournament.

We would be happy to put your logo on the team shirts.

Kind regards,
Samuel Okafor
Computing Teacher"""),
("en", "b164-en-vr-demo-day-twins", "Megan Clarke <megan.clarke@example.com.au>", "VR demo day", "general", "",
"""Hi! Saw the poster for the VR demo day at the Perth store on the 19th.
My twins are 11 - are they allowed a go or is it 13+? And do we need to
book?

Cheers, Meg"""),
("en", "b164-en-door-sign-wrong-hours", "Raj Patel <raj.patel@example.com.au>", "Hello", "general", "",
"""Hello,

Not a complaint and I'm not after anything, just a heads-up. The sign on
the door of your Brisbane CBD store says you close at 5pm on Saturdays,
but Google and your website both say 6pm. I turned up at 5:20 last week
to a locked door. Might be worth fixing one or the other.

Raj"""),
("en", "b164-en-guard-accused-son-manager", "Yvonne Campbell <yvonne.campbell@example.co.uk>", "Treatment of my son in your Glasgow store", "general", "high",
"""I am writing to complain in the strongest terms.

On Saturday my 15-year-old son was stopped by your security guard at the
Buchanan Street store, taken by the arm in front of other customers and
accused of stealing a pair of earbuds. He had bought them ten minutes
earlier and showed the receipt. The guard did not apologise, and another
member of staff stood there laughing.

I want the store manager, or the area manager, to contact me personally
about what happened and what you intend to do about it. I am not
interested in a voucher.

Yvonne Campbell
07700 900 412"""),
("en", "b164-en-broken-glass-shelf-kids", "Carla Jennings <carla.jennings@example.com>", "Broken glass in your store", "general", "high",
"""Hi,

I was at your Easton store in Columbus this afternoon. The glass shelf
under the headphone display at the back has a big crack and a piece
missing, and there were small shards on the carpet right where the kids'
gaming chairs are. My daughter nearly knelt on it.

I told a staff member, who said he'd "let someone know", but when we left
half an hour later it was still there and kids were still playing. Please
get it taped off before somebody gets hurt.

Carla Jennings"""),
("en", "b164-en-launch-night-killer", "Ethan Brooks <ethan.brooks@example.com>", "Nova 2 launch", "general", "",
"""yo, the trailer for the Nova 2 launch night looks killer, I'm dying to
go. Is it just the NYC store or other cities too, and how do I get on
the list?"""),
# ---------------- Greek ----------------
("el", "b164-el-dipli-xreosi-akoustika", "Χρύσα Παπαδάκη <chrysa.papadaki@example.gr>", "Παραγγελία 90317", "billing", "",
"""Καλημέρα σας,

Χθες το βράδυ παρήγγειλα τα ασύρματα ακουστικά (παραγγελία 90317,
149,90€) και στην εφαρμογή της τράπεζας βλέπω δύο χρεώσεις των 149,90€.
Η σελίδα είχε κολλήσει και πάτησα δεύτερη φορά «Ολοκλήρωση», αλλά μου
ήρθε μόνο ένα email επιβεβαίωσης.

Μπορείτε να ακυρώσετε τη δεύτερη χρέωση;

Ευχαριστώ,
Χρύσα"""),
("el", "b164-el-gl-syndromi-vivlia-germania", "Stelios Vrettos <stelios.vrettos@example.gr>", "syndromh", "billing", "",
"""Kalhspera, fevgw gia douleia sth Germania ton allo mhna kai ekei ta
vivlia 8a ta pairnw apo allou. Mporeite na stamathsete th syndromh
"Diavase Aperiorista" (6,99 to mhna) apo 1h Noemvriou? Na mhn xrewthw
kai gia ton Noemvrio.

Eyxaristw,
Stelios"""),
("el", "b164-el-doseis-drone-xoris-tonous", "Γιωργος Μπαλτας <g.baltas@example.gr>", "Ερωτηση για δοσεις", "billing", "",
"""Καλησπερα,

θελω να παρω το drone Falcon Pro που εχετε στα 1.249€. Με πιστωτικη
Eurobank μπορω να το κανω 12 δοσεις χωρις τοκους ή μονο 6; Και αν το
παρω απο το καταστημα στη Λαρισα ισχυει το ιδιο;

Ευχαριστω
Γ. Μπαλτας"""),
("el", "b164-el-skylitsa-pet-watch", "Μαρία Θεοδωρίδου <maria.theodoridou@example.gr>", "Pet Watch", "billing", "",
"""Καλησπέρα σας,

Η σκυλίτσα μας η Λούλα έφυγε τον Σεπτέμβριο, στα 14 της. Είχαμε τη
συνδρομή «Pet Watch» στο ηχείο με την κάμερα (3,99€ τον μήνα) για να τη
βλέπουμε όταν λείπαμε στη δουλειά. Δεν τη χρειαζόμαστε πια, οπότε σας
παρακαλώ να τη σταματήσετε. Το ηχείο το κρατάμε.

Με εκτίμηση,
Μαρία Θεοδωρίδου"""),
("el", "b164-el-gl-epistrofi-vr-zalizei", "Nikos T. <nikos.tsak@example.gr>", "epistrofh", "billing", "",
"""Geia sas, phra to VR headset prin 5 meres apo to e-shop alla telika me
zalizei poly kai den to antexw panw apo 10 lepta. To exw anoiksei kai to
dokimasa 2 fores, einai san kainourio me ola ta plastika.

Mporw na to epistrepsw kai na parw ta lefta pisw h mono pistwtiko? Kai
ta metaforika poios ta plhrwnei?

Nikos"""),
("el", "b164-el-timologio-fotografeio", "Λογιστήριο - Φωτογραφείο Λάμψη <logistirio@lampsi-photo.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλησπέρα σας,

Στην παραγγελία 88204 (φακός 85mm f/1.4, 1.099,00€) εκδόθηκε κατά λάθος
απόδειξη λιανικής αντί για τιμολόγιο. Παρακαλούμε να εκδοθεί τιμολόγιο
με τα εξής στοιχεία:

ΛΑΜΨΗ Ο.Ε.
ΑΦΜ 099999999, ΔΟΥ Καλαμαριάς
Εγνατίας 112, Θεσσαλονίκη

Ευχαριστούμε,
Κατερίνα Ζήση
Λογιστήριο"""),
("el", "b164-el-gl-kouponi-genethlia", "Marina K. <marina.kout@example.gr>", "kouponi", "billing", "",
"""Kalhmera, mou hr8e sto mail kouponi -10% gia ta genethlia mou (kwdikos
BDAY10) alla sto kalathi leei "mh egkyro kouponi". Pros8athsa na parw to
e-reader twn 139e. Isxyei akoma h exei lhksei? Eyxaristw!!"""),
("el", "b164-el-re-prosfora-pc-katathesi", "Παύλος Ιωαννίδης <p.ioannidis@example.gr>", "Re: Προσφορά 4412 - gaming PC", "billing", "",
"""Καλησπέρα κύριε Σαββίδη,

Ευχαριστώ για την προσφορά. Πριν προχωρήσω: αν πληρώσω με κατάθεση σε
τράπεζα αντί για κάρτα, ισχύει η έκπτωση 3% που γράφει η ιστοσελίδα;
Δηλαδή θα πληρώσω 2.027,30€ αντί για 2.090,00€; Αν ναι, στείλτε μου το
IBAN και τι να γράψω στην αιτιολογία.

Παύλος

Στις Πέμ, 17 Οκτ 2024 στις 1:15 μ.μ., ο/η Γιάννης Σαββίδης <sales@example-pc.gr> έγραψε:
> Κύριε Ιωαννίδη,
>
> Σας επισυνάπτω την προσφορά 4412 για τον υπολογιστή με RTX 4070 Super,
> Ryzen 7 7800X3D και 32GB RAM, στην τιμή των 2.090,00€ με ΦΠΑ.
>
> Με εκτίμηση,
> Γ. Σαββίδης"""),
("el", "b164-el-gl-fit-stratos-pausi", "Thanasis R. <thanasis.r@example.gr>", "stratos", "billing", "",
"""Kalhspera, katatassomai ston strato stis 15 tou mhna gia 9 mhnes. Exw
th syndromh Fit+ sto VR (9,99/mhna). Mporei na mpei se pausi mexri na
apolythw? Den thelw na th xasw gt exei ola ta statistika mou. An den
ginetai pausi tote akyrwste th.
Thx"""),
("el", "b164-el-epistrofi-akoustika-synigoros", "Σταύρος Μιχαηλίδης <s.michailidis@example.gr>", "Επιστροφή χρημάτων - παραγγελία 87110", "billing", "high",
"""Κύριοι,

Στις 3 Σεπτεμβρίου σας επέστρεψα με courier τα ακουστικά της
παραγγελίας 87110 (299,00€), μέσα στο διάστημα των 14 ημερών, και
σύμφωνα με την εταιρεία courier παραδόθηκαν στην αποθήκη σας στις 5/9.

Έχουν περάσει πάνω από πέντε εβδομάδες και τρία email χωρίς επιστροφή
χρημάτων και χωρίς καμία εξήγηση.

Αν το ποσό δεν επιστραφεί εντός 10 ημερών, θα υποβάλω αναφορά στον
Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Σταύρος Μιχαηλίδης"""),
("el", "b164-el-gl-cloud-drone-trapeza", "Kostas Pap. <kostasp88@example.gr>", "XREWSH ENW EXW AKYRWSEI", "billing", "high",
"""Akyrwsa th syndromh cloud gia ta video tou drone ton Iouilio (exw to
email epivevaiwshs) kai mou travhksate 4,99 kai ton Avgousto kai ton
Septemvrio kai ton Oktwvrio. 3 fores sas egrapsa, tipota.

An ws thn Paraskeyh den epistrafoun ta 14,97 kanw amfisvhthsh xrewshs
sthn trapeza kai telos.

Kwstas"""),
("el", "b164-el-patra-epistrofi-diefthyntis", "Ανδρεας Σταυρου <andreas.stavrou@example.gr>", "Θελω να μιλησω με τον διευθυντη του καταστηματος", "billing", "high",
"""Την Παρασκευη πηγα στο καταστημα σας στην Πατρα να επιστρεψω το εξυπνο
ηχειο που ειχα αγορασει 8 μερες πριν, κλειστο ακομα στη ζελατινα του. Ο
υπαλληλος μου ειπε οτι γινεται μονο πιστωτικο σημειωμα και οχι
επιστροφη χρηματων, ενω πισω στην αποδειξη γραφει "επιστροφη χρηματων
εντος 14 ημερων".

Ζητω να με παρει τηλεφωνο ο διευθυντης του καταστηματος ή καποιος
υπευθυνος για να μου επιστραφουν τα 129€. Τηλ. 6977 000 245.

Ανδρεας Σταυρου"""),
("el", "b164-el-oxi-vlavi-metaforika", "Ηλίας Γεωργίου <ilias.georgiou@example.gr>", "Μεταφορικά", "billing", "",
"""Καλησπέρα.

Δεν γράφω για βλάβη, ο υπολογιστής ήρθε και δουλεύει μια χαρά. Γράφω
γιατί στην παραγγελία 90544 μου χρεώσατε 15€ μεταφορικά, ενώ η σελίδα
έγραφε δωρεάν αποστολή για αγορές άνω των 100€ και ο υπολογιστής ήταν
1.380€. Μπορείτε να μου επιστρέψετε τα 15€;

Ηλίας"""),
("el", "b164-el-akoustika-mono-to-dexi", "Δέσποινα Αλεξίου <despoina.alexiou@example.gr>", "Ακουστικά", "technical", "",
"""Από χθες παίζει μόνο το δεξί ακουστικό. Το αριστερό ανάβει λευκό
λαμπάκι όταν το βγάζω από τη θήκη, αλλά δεν συνδέεται. Έκανα επαναφορά
όπως λέει το φυλλάδιο (κρατάω το κουμπί της θήκης 15 δευτερόλεπτα) και
τίποτα. Τα έχω από τον Μάιο.

Δέσποινα"""),
("el", "b164-el-gl-ereader-portokali", "Vasw <vasw.lamprou@example.gr>", "ereader", "technical", "",
"""geia sas to ereader den anavei. To eixa sth fortish olh nyxta, otan to
patas anavei ena portokali lampaki gia 2 deyterolepta kai meta tipota.
Mesa exw ola ta vivlia ths sxolhs, ti na kanw??"""),
("el", "b164-el-ixeio-den-akouei-frasi", "Κωστας Δημου <kostas.dimou@example.gr>", "Ηχειο", "technical", "",
"""Καλησπερα,

το εξυπνο ηχειο δεν αντιδρα πια στη φραση ενεργοποιησης. Το μικροφωνο
δεν ειναι σε σιγαση (δεν ειναι κοκκινο το φωτακι). Αν πατησω το κουμπι
και μιλησω, με ακουει κανονικα. Ξεκινησε μετα την τελευταια ενημερωση.

Ευχαριστω
Κ. Δημου"""),
("el", "b164-el-drone-xanei-sima-200m", "Μάνος Λυκιαρδόπουλος <manos.lykiard@example.gr>", "Απώλεια σήματος drone", "technical", "",
"""Καλησπέρα σας,

Το drone χάνει τη σύνδεση με το χειριστήριο στα 150-200 μέτρα, σε
ανοιχτή παραλία στη Χαλκιδική χωρίς κανένα εμπόδιο, και κάνει αυτόματη
επιστροφή. Το εγχειρίδιο γράφει εμβέλεια 6 χλμ. Οι κεραίες είναι
ανοιχτές σωστά και το κινητό σε λειτουργία πτήσης με κλειστό Wi-Fi.

Τι άλλο να ελέγξω;

Μάνος"""),
("el", "b164-el-gl-fakos-50-autofocus", "Alexandros M. <alex.mavr@example.gr>", "fakos 50mm", "technical", "",
"""Kalhspera, o fakos 50mm pou phra apo sas den kanei autofocus sth mhxanh
mou (mirrorless) - kanei ena mikro "tsik" kai menei 8olo. Sto manual
douleyei kanonika. Ekana update to firmware ths mhxanhs. Sth mhxanh tou
filou mou (idio montelo) douleyei kanonika. Ti mporei na ftaiei?

Alexandros"""),
("el", "b164-el-vr-mavro-mati-oxi-xrimata", "Θοδωρής Καραγιάννης <thodoris.karagiannis@example.gr>", "VR", "technical", "",
"""Καλημέρα.

Να το πω από την αρχή: δεν ζητάω επιστροφή χρημάτων, το headset μου
αρέσει πολύ. Από την Κυριακή όμως η αριστερή οθόνη μένει μαύρη. Η δεξιά
δείχνει κανονικά και ο ήχος ακούγεται. Έκανα επανεκκίνηση και
επαναφορά εργοστασιακών ρυθμίσεων, τίποτα.

Πώς προχωράμε με την επισκευή; Το αγόρασα τον Μάρτιο.

Θοδωρής Καραγιάννης"""),
("el", "b164-el-gl-login-efarmogi-akoustikon", "Eleni P. <eleni.pan@example.gr>", "login", "technical", "",
"""Den mporw na kanw login sthn efarmogh twn akoustikwn, leei "la8os
stoixeia" enw ta idia stoixeia mpainoun kanonika sto site. Ekana allagh
kwdikou 2 fores, pali ta idia. Kinhto Xiaomi me Android 14.
Eleni"""),
("el", "b164-el-pc-vomvos-anemistiras", "Πετρος Νικολαου <petros.nikolaou@example.gr>", "Θορυβος απο τον υπολογιστη", "technical", "",
"""Καλημερα,

ο υπολογιστης που αγορασα τον Ιουλιο εχει αρχισει να βγαζει εναν
δυνατο βομβο, σαν ξυσιμο απο μεσα, ειδικα τα πρωτα 10 λεπτα μετα το
ανοιγμα. Νομιζω ειναι ο ανεμιστηρας της καρτας γραφικων. Καλυπτεται
απο την εγγυηση και πως τον στελνω για επισκευη;

Πετρος Νικολαου
Βολος"""),
("el", "b164-el-batteria-drone-kapnos", "Λευτέρης Σπανός <lefteris.spanos@example.gr>", "Μπαταρία drone", "technical", "high",
"""Καλησπέρα,

Σας ενημερώνω για κάτι που έγινε χθες βράδυ. Ενώ φόρτιζε μία από τις
μπαταρίες του drone, βγήκε λίγος λευκός καπνός και μια μυρωδιά σαν
καμένο πλαστικό. Την αποσύνδεσα αμέσως και την έβγαλα στο μπαλκόνι μέσα
σε μια παλιά κατσαρόλα με άμμο. Έχει φουσκώσει εμφανώς. Ο φορτιστής
είναι ο γνήσιος που ήρθε στο κουτί.

Πώς μπορώ να την απορρίψω με ασφάλεια και πρέπει να ανησυχώ για τις
άλλες δύο;

Λευτέρης Σπανός"""),
("el", "b164-el-gl-trofodotiko-spithes", "Giorgos Ch. <giorgos.ch@example.gr>", "to trofodotiko tou hxeiou", "technical", "high",
"""Kalhspera, to trofodotiko tou hxeiou (to mikro me to kalwdio) kaigetai
poly otan einai sthn priza kai shmera to prwi otan to evgala petaxe
spi8es kai maurise ligo h priza. To exw vgalei kai den to xrhsimopoiw.
Einai to gnhsio, hr8e mazi sto kouti. Ti kanoume?
Giorgos"""),
("el", "b164-el-vr-escape-ektos-syndesis", "VR Escape Θεσσαλονίκη <info@vrescape-thess.example>", "Πλατφόρμα διαχείρισης headsets", "technical", "high",
"""Καλημέρα,

Από τις 10 το πρωί η πλατφόρμα διαχείρισης δεν βλέπει κανένα από τα 8
headsets μας - όλα εμφανίζονται «εκτός σύνδεσης», ενώ έχουν κανονικά
ίντερνετ. Δεν μπορούμε να φορτώσουμε κανένα σενάριο. Ακυρώσαμε ήδη έξι
κρατήσεις σήμερα, και το Σάββατο είμαστε γεμάτοι με σχολικές ομάδες.

Παρακαλώ τηλεφωνήστε μας στο 2310 000 418.

Νίκη Αθανασίου
Υπεύθυνη καταστήματος"""),
("el", "b164-el-gl-net-cafe-kollane-logo", "Mixalis - Level Up Net Cafe <levelup.her@example.gr>", "PCs", "technical", "high",
"""Kalhmera, exoume net cafe sto Hrakleio me 20 gaming PCs apo sas. Meta to
update tou launcher pou mas egkatasthsate, oloi oi ypologistes kollane
sto logo kai den mpainoun sta Windows. Apo to meshmeri exoume kleisei,
ta paidia erxontai kai fevgoun, kai apopse eixame tournoua me 40
atoma. Parte me thlefwno sto 2810 000 372 to grhgorotero.
Mixalis"""),
("el", "b164-el-ereader-episkeui-triti-fora", "Ευτυχία Ραφαηλίδου <eftychia.rafailidou@example.gr>", "Επισκευή 55127 – τρίτη φορά", "technical", "high",
"""Αξιότιμοι κύριοι,

Είναι η τρίτη φορά που στέλνω το e-reader στο σέρβις σας για τις ίδιες
κάθετες γραμμές στην οθόνη. Τις δύο προηγούμενες φορές μου επιστράφηκε
με τη σημείωση «ελέγχθηκε - λειτουργεί κανονικά» και μέσα σε μία
εβδομάδα οι γραμμές εμφανίστηκαν ξανά.

Ζητώ να αναλάβει την υπόθεση ο προϊστάμενος του τμήματος επισκευών και
όχι να ανοίξει ακόμα ένας αριθμός υπόθεσης.

Ευτυχία Ραφαηλίδου
Ιωάννινα"""),
("el", "b164-el-gl-epeigon-link-kalodio", "Panos <panos.dr@example.gr>", "EPEIGON!!!", "technical", "",
"""To kalwdio link gia to VR den to anagnwrizei o ypologisths, leei "USB
device not recognized". Dokimasa 3 diaforetikes USB 3 8yres kai allo
kalwdio. Exw tournoua me tous filous to Savvato kai prepei na to ftiaksw
MEXRI TOTE!!!"""),
("el", "b164-el-tsimiski-25-martiou", "Σοφία Κυριακίδου <sofia.kyriakidou@example.gr>", "Ωράριο", "general", "",
"""Καλησπέρα, το κατάστημα στην Τσιμισκή είναι ανοιχτό στις 25 Μαρτίου;
Και την Κυριακή μετά; Ευχαριστώ"""),
("el", "b164-el-gl-efxaristo-stratos-xania", "Dimitra V. <dimitra.vl@example.gr>", "eyxaristw", "general", "",
"""Hthela na pw ena megalo eyxaristw ston Strato sto katasthma sta Xania.
O pateras mou einai 78 kai tou afierwse mia wra gia na tou ma8ei na
diavazei efhmerides sto e-reader me megala grammata, xwris na prospa8hsei
na tou poulhsei tipota parapanw. Twra o mpampas rwtaei kathe fora "8a
einai o Stratos ekei?" :)
Na to ma8ei kai o proistamenos tou!

Dimitra"""),
("el", "b164-el-xechasame-thiki-marousi", "Ελπίδα Μαυρίδου <elpida.mavridou@example.gr>", "Ξεχάσαμε κάτι στο κατάστημα", "general", "",
"""Καλησπέρα σας.

Την Τρίτη το απόγευμα, στο κατάστημα στο Μαρούσι, ξεχάσαμε στον πάγκο
με τα ηχεία μια μπλε θήκη ακουστικών (με τα ακουστικά μέσα) που έχει
ένα αυτοκόλλητο φεγγάρι. Μήπως την παρέδωσε κάποιος;

Ευχαριστώ πολύ,
Ελπίδα"""),
("el", "b164-el-gl-periptero-volos", "Takis Moraitis <takis.mor@example.gr>", "paraggelia 91022", "general", "",
"""Kalhmera, to drone erxetai aurio alla egw douleyw ws tis 6. Mporei o
courier na to afhsei sto periptero sth gwnia (tou k. Mpampi,
Kolokotrwnh 14, Volos)? Ton kserei olh h geitonia kai kratei panta
dematakia. Eyxaristw, Takis"""),
("el", "b164-el-allagi-dieythynsis-giannena", "Αγγελικη Σαρρη <angeliki.sarri@example.gr>", "Αλλαγη διευθυνσης", "general", "",
"""Καλημερα, μετακομισα. Παρακαλω αλλαξτε τη διευθυνση στον λογαριασμο
μου σε: Ανθεων 7, 45445 Ιωαννινα. Το τηλεφωνο μενει ιδιο.

Ευχαριστω,
Α. Σαρρη"""),
("el", "b164-el-diagrafi-fonitikon", "Χαράλαμπος Τσολάκης <ch.tsolakis@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού Προστασίας Δεδομένων,
ζητώ τη διαγραφή όλων των φωνητικών ηχογραφήσεων και απομαγνητοφωνήσεων
που έχουν συλλεχθεί από το έξυπνο ηχείο που είναι συνδεδεμένο με τον
λογαριασμό μου (ch.tsolakis@example.gr). Τον λογαριασμό θέλω να τον
κρατήσω.

Παρακαλώ να μου επιβεβαιώσετε εγγράφως τη διαγραφή.

Με εκτίμηση,
Χαράλαμπος Τσολάκης"""),
("el", "b164-el-drone-ypa-rodos", "Ορέστης Δούκας <orestis.doukas@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα. Σκέφτομαι να πάρω το Falcon mini (κάτω από 250 γραμμάρια).
Χρειάζεται εγγραφή στην ΥΠΑ ή κάποιο δίπλωμα για να το πετάξω στην
παραλία στη Ρόδο; Και μπορώ να το πάρω μαζί στη χειραποσκευή στο
αεροπλάνο;

Ορέστης"""),
("el", "b164-el-xorigia-tournoua-gymnasio", "Σύλλογος Γονέων 3ου Γυμνασίου Κομοτηνής <syllogos3gym@example.gr>", "Χορηγία για τουρνουά", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων του 3ου Γυμνασίου Κομοτηνής διοργανώνει τον Μάιο
ένα φιλανθρωπικό τουρνουά ηλεκτρονικών παιχνιδιών για μαθητές, με τα
έσοδα να πηγαίνουν στο εργαστήριο πληροφορικής του σχολείου.

Θα θέλαμε να ρωτήσουμε αν η εταιρεία σας θα ενδιαφερόταν για χορηγία,
είτε με δώρα για τους νικητές (π.χ. ακουστικά) είτε με τον δανεισμό
εξοπλισμού για τη μέρα του τουρνουά. Το λογότυπό σας θα εμφανίζεται
στις αφίσες και στη σελίδα του συλλόγου.

Με εκτίμηση,
Ευαγγελία Μπακάλη
Πρόεδρος"""),
("el", "b164-el-gl-vr-mera-kalamata", "Fotini <fotini.k@example.gr>", "VR mera", "general", "",
"""Geia sas! Eida oti kanete VR mera sto katasthma ths Kalamatas thn
Kyriakh. Mporoun na dokimasoun kai paidia 10 xronwn? Xreiazetai
rantevou h pame etsi? Eyxaristw :)"""),
("el", "b164-el-oxi-epistrofi-pisina", "Ζωή Μαργαρίτη <zoi.margariti@example.gr>", "Ερώτηση για ακουστικά", "general", "",
"""Καλησπέρα,

Δεν ζητάω ούτε επιστροφή ούτε αλλαγή, απλώς μια πληροφορία: τα
ακουστικά οστικής αγωγιμότητας που πήρα για το τρέξιμο μπορώ να τα
φοράω και στην πισίνα; Στο κουτί γράφει IP67 αλλά δεν ξέρω τι σημαίνει
αυτό στην πράξη.

Ζωή"""),
("el", "b164-el-ypallilos-irakleio-ypeythynos", "Αικατερίνη Βλαχάκη <aikaterini.vlachaki@example.gr>", "Παράπονο για υπάλληλο – κατάστημα Ηρακλείου", "general", "high",
"""Κύριοι,

Το Σάββατο το πρωί πήγα με τη μητέρα μου (82 ετών) στο κατάστημά σας
στο Ηράκλειο για να τη βοηθήσουμε να διαλέξει ένα απλό ηχείο. Ο
πωλητής στον πάγκο των ηχείων, όταν εκείνη ρώτησε δεύτερη φορά πώς
ανάβει, της είπε μπροστά σε άλλους πελάτες «αφού δεν καταλαβαίνετε,
κάτσετε σπίτι σας με το ραδιόφωνο» και γύρισε την πλάτη. Η μητέρα μου
έφυγε κλαίγοντας.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος ή ο
υπεύθυνος της περιοχής. Τηλ. 6945 000 119.

Αικατερίνη Βλαχάκη"""),
("el", "b164-el-gl-skalopati-peristeri", "Babis K. <babis.kar@example.gr>", "skala sto katasthma", "general", "high",
"""Sto katasthma sto Peristeri, sth metallikh skala pou paei ston orofo me
ta gaming, to 3o skalopati apo panw exei ksekollhsei kai kounietai
olokliro. Shmera paraligo na pesei mia kyria me ena mwro sthn agkalia.
To eipa sto tameio alla oute mia tainia den evalan. Kleiste th prin
spasei kanenas to kefali tou.

Babis"""),
("el", "b164-el-kalimera-kypros", "Ανδρέας Χριστοδούλου <andreas.christodoulou@example.com.cy>", "Καλημέρα", "general", "",
"""Καλημέρα σας,

Στέλνετε και στην Κύπρο; Μένω στη Λεμεσό και με ενδιαφέρει ο φακός
16-35. Σε πόσες μέρες περίπου φτάνει;

Ευχαριστώ,
Ανδρέας"""),
# ---------------- Spanish ----------------
("es", "b164-es-cobro-doble-audifonos-mx", "Mariana Solís <mariana.solis@example.com.mx>", "Pedido 55810", "billing", "",
"""Hola buenas tardes,

Compré unos audífonos inalámbricos el domingo (pedido 55810, $2,499 MXN)
y en mi estado de cuenta de BBVA aparecen dos cargos por la misma
cantidad. Solo me llegó un correo de confirmación y un solo paquete.

¿Me pueden regresar el segundo cargo?

Gracias,
Mariana"""),
("es", "b164-es-padre-fallecido-lectura", "Inmaculada Ruiz <inma.ruiz@example.es>", "Cuenta de mi padre", "billing", "",
"""Buenos días:

Mi padre, José Ruiz Navarro, falleció el pasado mes de agosto.
Revisando sus cuentas he visto que se le sigue cobrando 9,99 € al mes
por la suscripción «Lectura Sin Límites» de su lector de libros
electrónicos.

Les ruego que la den de baja y me indiquen si necesitan el certificado
de defunción o algún otro documento.

Atentamente,
Inmaculada Ruiz"""),
("es", "b164-es-dron-en-el-dique-plan", "Facundo Giménez <facu.gimenez@example.com.ar>", "Plan de cobertura", "billing", "",
"""Hola, les cuento: el dron terminó en el fondo del dique en Córdoba el
finde (mi culpa, había mucho viento). No hay forma de recuperarlo, así
que el plan de cobertura de ARS 8.500 por mes ya no tiene sentido.
¿Me lo dan de baja? No pido que me cubran nada, ya sé que el plan no
cubre pérdida.

Saludos,
Facu"""),
("es", "b164-es-congelar-fit-embarazo", "Lucía Fernández <lucia.fernandez@example.es>", "Suscripción", "billing", "",
"""¡Hola! Estoy embarazada de 7 meses y la matrona me ha dicho que deje el
boxeo en realidad virtual una temporada jaja. ¿Puedo congelar la
suscripción Fit+ (7,99 €/mes) hasta después del verano sin perder mis
datos y mis rachas?

¡Gracias!
Lucía"""),
("es", "b164-es-msi-lente-banamex", "Rodrigo Treviño <rodrigo.trevino@example.com.mx>", "Meses sin intereses", "billing", "",
"""Buen día,

Quiero comprar el lente 24-70 f/2.8 ($38,999). ¿Aplican los 18 meses sin
intereses con tarjeta Banamex o solo 12? En la página del producto sale
una cosa y en el carrito otra.

Saludos desde Monterrey,
Rodrigo Treviño"""),
("es", "b164-es-factura-empresa-valencia", "Administración - Estudio Nómada <admin@estudionomada.example>", "Factura a nombre de la empresa", "billing", "",
"""Buenos días,

Necesitamos factura completa del pedido ES-70215 (dos ordenadores gaming
para edición de vídeo, 4.318,00 € IVA incluido). El ticket que nos llegó
está a nombre de Jorge, no de la empresa. Los datos son:

Estudio Nómada S.L.
CIF B00000000
C/ de la Reina 22, 46011 Valencia

Un saludo,
Pilar Soler
Administración"""),
("es", "b164-es-cambio-diadema-gafas-bogota", "Valentina Ospina <valentina.ospina@example.com.co>", "Cambio", "billing", "",
"""Hola, me regalaron unos audífonos de diadema pero yo uso gafas y me
aprietan muchísimo. Están casi sin usar, solo los probé una tarde.
¿Los puedo cambiar por los intraauditivos que cuestan lo mismo
($459.900) en la tienda de Andino o tengo que mandarlos por correo?
Tengo la factura de regalo.

Mil gracias"""),
("es", "b164-es-re-codigo-bienvenida", "Álvaro Gil <alvaro.gil@example.es>", "Re: Consulta 88013", "billing", "",
"""Hola Sara,

Gracias, pero el problema no es que el código haya caducado: lo usé el
día 12, dentro de plazo, y en el resumen del pedido aparece
«BIENVENIDA15 -15%», pero el cargo en la tarjeta es el importe completo,
219,00 € en vez de 186,15 €. Me faltan 32,85 €.

Álvaro

El 14/10/2024, a las 10:22, Atención al Cliente <clientes@example-tienda.es> escribió:
> Hola, Álvaro:
>
> Los códigos de bienvenida tienen una validez de 30 días desde el alta.
> Si el código ha caducado no es posible aplicarlo.
>
> Un saludo,
> Sara"""),
("es", "b164-es-recambio-lente-credito-chile", "Ignacio Rojas <ignacio.rojas@example.cl>", "Plan de recambio", "billing", "",
"""Hola, mandé mi lente antiguo por el plan de recambio hace 3 semanas y
me dijeron que me daban $180.000 de crédito. Según el seguimiento de
Chilexpress ya llegó a su bodega, pero en mi cuenta no aparece nada.
¿Cuánto se demora?

Ignacio"""),
("es", "b164-es-reembolso-gafas-junta-arbitral", "Francisco Javier Moreno <fj.moreno@example.es>", "Reembolso pendiente - pedido 63320 - último aviso", "billing", "high",
"""Muy señores míos:

El 2 de septiembre devolví, dentro del plazo de desistimiento, las gafas
de realidad virtual del pedido 63320 (449,00 €). Según el seguimiento de
la mensajería, las recibieron el día 4. A fecha de hoy no he recibido el
reembolso, pese a haberlo reclamado tres veces.

Si en 10 días naturales no tengo el importe íntegro en mi cuenta,
presentaré reclamación ante la OMIC y la Junta Arbitral de Consumo, y no
descarto acudir a los tribunales.

Atentamente,
Francisco Javier Moreno"""),
("es", "b164-es-desconocer-cargos-parlante", "Sofía Paz <sofia.paz@example.com.ar>", "me siguen cobrando", "billing", "high",
"""Di de baja el plan Premium del parlante inteligente en junio, tengo el
mail de confirmación. Igual me cobraron julio, agosto y septiembre (USD
4,99 cada uno, más los impuestos de la tarjeta). Ya les escribí tres
veces y nada.

Si no me devuelven todo esta semana, voy a desconocer los cargos con la
tarjeta.

Sofía"""),
("es", "b164-es-gerente-jockey-plaza", "Jorge Quispe <jorge.quispe@example.com.pe>", "Quiero hablar con el gerente de la tienda", "billing", "high",
"""Señores:

El sábado fui a su tienda de Jockey Plaza a devolver un parlante
inteligente que compré hace 5 días, sin abrir. El vendedor me dijo que
solo me podían dar una nota de crédito y no la devolución del dinero
(S/ 429), cuando en su web dice «devolución de dinero hasta 15 días».

Pido que el gerente de la tienda o un supervisor me llame hoy mismo al
987 000 231. No voy a aceptar una nota de crédito.

Jorge Quispe"""),
("es", "b164-es-no-es-averia-envio-plus", "Marta Castillo <marta.castillo@example.es>", "Pedido ES-71002", "billing", "",
"""Hola. No escribo por ninguna avería, el lector funciona perfectamente.
Es que me habéis cobrado 4,95 € de envío cuando tengo activo Envío
Gratis Plus (lo pago cada año, lo renové en marzo). ¿Me los podéis
devolver?

Marta"""),
("es", "b164-es-auriculares-pitido-derecho", "Pablo Herrero <pablo.herrero@example.es>", "Auriculares", "technical", "",
"""Hola, los auriculares hacen un pitido agudo en el lado derecho cuando
activo la cancelacion de ruido, tanto en la calle como en casa. He
actualizado el firmware y los he restablecido de fabrica. Los compre en
junio. Que puedo hacer?

Gracias
Pablo"""),
("es", "b164-es-lector-router-nuevo-zamora", "Carmen Alonso <carmen.alonso@example.es>", "El libro electrónico", "technical", "",
"""Muy señores míos:

Desde que la compañía me cambió el router, el lector de libros no se
conecta. Pone «No se puede conectar a la red» aunque escribo bien la
contraseña, la del papel pegado debajo del router. El teléfono sí se
conecta con esa misma contraseña.

Les agradecería que me lo explicaran paso a paso, porque no me manejo
mucho con estas cosas.

Carmen Alonso (79 años)
Zamora"""),
("es", "b164-es-urgente-bocina-posada", "Diego Hernández <diego.hdz@example.com.mx>", "URGENTE!!!!", "technical", "",
"""LA BOCINA NO SE CONECTA AL WIFI DESDE AYER. Parpadea naranja todo el
rato, ya la reinicié mil veces y la borré de la app y la volví a
agregar. Necesito que funcione para la posada del viernes!!!"""),
("es", "b164-es-dron-gimbal-gelatina", "Sergio Navarro <sergio.navarro@example.es>", "Vídeos con vibraciones", "technical", "",
"""Buenas,

Desde hace dos semanas todos los vídeos del dron salen con un temblor,
como efecto gelatina, sobre todo cuando giro. He calibrado el gimbal
desde la app, he cambiado las hélices por las de repuesto y he
comprobado que no queda ningún protector puesto. En las fotos no se
nota. ¿Puede ser el amortiguador del gimbal?

Sergio Navarro"""),
("es", "b164-es-objetivo-error-comunicacion", "Martín Acosta <martin.acosta@example.com.ar>", "Error con el objetivo", "technical", "",
"""Che, el objetivo 18-135 que les compré en marzo me tira "Error de
comunicación con el objetivo" cada tanto, sobre todo cuando hago zoom
hasta el final. Limpié los contactos con alcohol isopropílico y probé
en otra cámara, mismo problema. ¿Lo mando a service?

Martín"""),
("es", "b164-es-pc-gaming-se-reinicia-no-devolver", "Rubén Ortega <ruben.ortega@example.es>", "PC gaming", "technical", "",
"""Antes de nada: no quiero devolverlo ni que me devolváis el dinero, el
equipo me encanta. Pero se reinicia solo, sin pantallazo ni nada, cuando
llevo unos 20 minutos jugando a cualquier cosa exigente. Con el
navegador o Word puede estar todo el día. Las temperaturas en HWMonitor
no pasan de 78 grados.

¿Qué pruebas queréis que haga antes de mandarlo al técnico?

Rubén"""),
("es", "b164-es-gafas-vr-seguimiento-limitado", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Gafas VR", "technical", "",
"""Buenas tardes, las gafas pierden el seguimiento cada dos o tres minutos
y sale el mensaje "Seguimiento limitado". La habitación tiene buena luz,
sin espejos, limpié las cámaras con un paño de microfibra. Empezó
después de la última actualización. Quedo atento.

Andrés Cárdenas"""),
("es", "b164-es-app-dron-codigo-sms", "Camila Muñoz <camila.munoz@example.cl>", "No puedo entrar", "technical", "",
"""Hola, no puedo entrar a la app del dron porque el código de
verificación por SMS nunca llega. Cambié de número hace unos meses y
creo que quedó el antiguo en la cuenta, pero para cambiarlo me pide...
el código por SMS. ¿Cómo salgo de esto?

Camila"""),
("es", "b164-es-estuche-hinchado-caliente", "Teresa Molina <teresa.molina@example.es>", "Estuche de carga", "technical", "high",
"""Buenas tardes,

Les escribo con calma, pero creo que deben saberlo. El estuche de carga
de los auriculares se ha hinchado (la tapa ya no cierra) y esta mañana
estaba muy caliente encima de la mesilla, aunque no estaba enchufado. Lo
he puesto en un bote de cristal en la terraza, lejos de todo.

Los auriculares los compré en marzo. ¿Qué hago con él y cómo lo
tramito?

Un saludo,
Teresa Molina"""),
("es", "b164-es-pc-gamer-chispazo-pastilla", "Alejandra Rivas <ale.rivas@example.com.mx>", "Computadora gamer", "technical", "high",
"""Hola, anoche mi hijo estaba jugando y de la parte de atrás de la
computadora salió un chispazo, olió a quemado y se botó la pastilla de
toda la casa. Ya la desconectamos y no la vamos a prender. La compramos
con ustedes en agosto. Atrás, donde entra el cable, el plástico está
negro. ¿Qué hacemos?

Alejandra Rivas"""),
("es", "b164-es-sala-vr-pantalla-negra", "Realidad Zero Madrid <reservas@realidadzero.example>", "Incidencia gafas", "technical", "high",
"""Hola,

Desde la actualización de anoche, las 10 gafas de la sala se quedan en
negro al lanzar cualquier experiencia. Hoy hemos tenido que cancelar 14
reservas, incluida una despedida de soltero de 12 personas que venía de
Toledo, y el fin de semana lo tenemos completo.

Ya hemos probado a reiniciar y reinstalar en dos gafas, sin cambios.
Necesitamos que alguien nos llame al 910 000 357.

Iker Sanz
Realidad Zero Madrid"""),
("es", "b164-es-academia-diademas-no-reconoce", "Academia de Idiomas Lingua <soporte@academialingua.example.co>", "Diademas", "technical", "high",
"""Buenos días,

Desde el lunes, las 40 diademas con micrófono de nuestras cabinas
dejaron de ser reconocidas por los computadores, después de la
actualización de su software de gestión. Tenemos unos 300 estudiantes
con clases de listening y pronunciación que no las están pudiendo hacer;
hoy suspendimos todas las clases de la mañana.

Agradecemos una respuesta lo antes posible.

Coordinación Técnica
Academia Lingua, Medellín"""),
("es", "b164-es-dron-tercera-reparacion-responsable", "Amparo Jiménez <amparo.jimenez@example.es>", "Reparación 47702 - tercera vez", "technical", "high",
"""Buenas tardes:

El dron ha vuelto del servicio técnico por tercera vez con el mismo
fallo: el motor trasero izquierdo se para en pleno vuelo y el dron cae
de lado. Las tres veces me lo han devuelto con la nota «revisado, sin
incidencias». Tengo una empresa pequeña de fotografía inmobiliaria y
llevo dos meses sin poder trabajar con él.

Exijo que un responsable del servicio técnico se ponga en contacto
conmigo. No quiero abrir un cuarto parte.

Amparo Jiménez
Fotografía Inmobiliaria Jiménez, Alicante"""),
("es", "b164-es-horario-nochebuena-bcn", "Jordi Puig <jordi.puig@example.es>", "Horario", "general", "",
"""Bon dia! ¿A qué hora cierra la tienda de Plaça Catalunya el 24 y el 31
de diciembre? ¿Y el 6 de enero abrís? Gràcies"""),
("es", "b164-es-felicitar-emiliano-andares", "Patricia Lozano <patricia.lozano@example.com.mx>", "Felicitaciones", "general", "",
"""Buenas tardes,

Quiero felicitar a Emiliano, de la sucursal Andares en Guadalajara. Fui
a buscar un lector de libros para mi mamá, que tiene problemas de vista,
y él se tomó el tiempo de enseñarnos cómo agrandar la letra y poner el
modo de alto contraste, con toda la paciencia del mundo. Mi mamá salió
feliz.

Ojalá se lo hagan saber a su jefe.

Patricia Lozano"""),
("es", "b164-es-parasol-olvidado-palermo", "Gabriela Sosa <gabi.sosa@example.com.ar>", "Me olvidé algo en el local", "general", "",
"""Hola! El jueves estuve en el local de Palermo probando objetivos y creo
que me olvidé el parasol y la tapa de mi lente arriba del mostrador.
Son negros, el parasol tiene un raspón blanco. ¿Los tienen ahí? Paso a
buscarlos cuando me digan.

Gabi"""),
("es", "b164-es-entrega-conserjeria", "Ramón Díaz <ramon.diaz@example.es>", "Entrega pedido 72119", "general", "",
"""Por favor, que el repartidor lo deje en conserjería (portal 3, pregunte
por Antonio). Yo no estoy en casa hasta las 19:00.

Gracias,
Ramón Díaz"""),
("es", "b164-es-actualizar-celular", "Francisca Vega <fran.vega@example.cl>", "Actualizar datos", "general", "",
"""Hola, cambié de número de celular, ¿me lo pueden actualizar en la
cuenta? El nuevo es +56 9 0000 4471. Gracias!"""),
("es", "b164-es-derecho-acceso-altavoz", "Eduardo Prieto <eduardo.prieto@example.es>", "Ejercicio del derecho de acceso (RGPD)", "general", "",
"""A la atención del Delegado de Protección de Datos:

En virtud del artículo 15 del RGPD, solicito una copia de todos los
datos personales que traten sobre mí, incluidas las grabaciones de voz
realizadas por el altavoz inteligente asociado a esta dirección de
correo, así como los fines del tratamiento y el plazo de conservación.

Adjunto copia de mi DNI.

Atentamente,
Eduardo Prieto Salas"""),
("es", "b164-es-dron-aesa-concha", "Nerea Etxeberria <nerea.etxeberria@example.es>", "Pregunta", "general", "",
"""Kaixo! Voy a regalarle a mi aita el dron pequeño, el de menos de 250 g.
¿Tiene que registrarse como operador en AESA igualmente? ¿Y se puede
volar en la playa de la Concha o está prohibido?

Eskerrik asko,
Nerea"""),
("es", "b164-es-patrocinio-club-esports-uni", "Club de Esports UniAndina <clubesports@uniandina.example.co>", "Solicitud de patrocinio", "general", "",
"""Cordial saludo,

Somos el club de esports de la Universidad Andina en Bogotá, con 60
miembros activos. En noviembre organizamos un torneo abierto de dos días
y estamos buscando patrocinadores.

Quisiéramos saber si su marca estaría interesada en apoyarnos con
premios (audífonos, periféricos) o con el préstamo de equipos para la
final. A cambio ofrecemos presencia de marca en la transmisión, el
escenario y nuestras redes.

Quedamos atentos,
Laura Gómez
Presidenta del club"""),
("es", "b164-es-presentacion-gafas-sevilla", "Iván Romero <ivan.romero@example.es>", "Presentación nuevas gafas VR", "general", "",
"""Buenas, ¿hay que inscribirse para la presentación de las gafas nuevas
del jueves en la tienda de Sevilla? ¿Puedo ir con mi hijo de 12 años?
Gracias"""),
("es", "b164-es-no-quiero-devolver-manual", "Lucía Benítez <lucia.benitez@example.com.uy>", "Manual", "general", "",
"""Hola, no quiero devolver nada, el parlante anda bien. Solo quería saber
si tienen el manual en español en PDF, porque el que vino en la caja
está solamente en inglés y francés.

Saludos desde Montevideo,
Lucía"""),
("es", "b164-es-vigilante-bolso-malaga", "Rocío Vázquez <rocio.vazquez@example.es>", "Queja formal - tienda de Málaga", "general", "high",
"""Buenas tardes:

El pasado viernes, al salir de su tienda del centro comercial Larios en
Málaga, sonó la alarma (luego resultó que era la etiqueta de una
camiseta de otra tienda). El vigilante me obligó a vaciar el bolso
encima del mostrador delante de toda la cola, y la encargada se quedó
mirando y riéndose con él. Nadie me pidió disculpas.

Quiero que el director de la tienda o el responsable de zona se ponga en
contacto conmigo. Mi teléfono es el 600 000 184.

Rocío Vázquez"""),
("es", "b164-es-vidrio-roto-zona-ninos-perisur", "Verónica Salazar <vero.salazar@example.com.mx>", "Vidrio roto en la tienda", "general", "high",
"""Buenas tardes,

En la sucursal de Perisur, en la zona donde los niños prueban los
videojuegos, hay una vitrina con el vidrio estrellado y varios pedazos
sueltos en el piso, justo al lado de los sillones. Le avisé a un
vendedor hace más de una hora y nadie hizo nada; los niños siguen
jugando ahí descalzos en el tapete. Por favor pongan a alguien a
acordonar esa zona antes de que un niño se corte.

Verónica Salazar"""),
("es", "b164-es-hola-envio-tenerife", "Yeray Rodríguez <yeray.rodriguez@example.es>", "Hola", "general", "",
"""Hola, ¿enviáis a Tenerife? ¿Y cuánto tarda más o menos en llegar? Me
interesa el lector de 7 pulgadas. Gracias"""),
("es", "b164-es-gafas-nuevas-son-una-bomba", "Alberto Ferreyra <alberto.ferreyra@example.com.ar>", "Nuevas gafas", "general", "",
"""Buenas! ¿Cuándo llegan a Argentina las gafas nuevas? Mi hijo está que
se muere por probarlas, dice que son una bomba. ¿Las van a tener para
probar en el local de Unicenter?"""),
# ---------------- Polish ----------------
("pl", "b164-pl-blik-dwa-razy-sluchawki", "Agnieszka Lewandowska <agnieszka.lewandowska@example.pl>", "Zamówienie 73305", "billing", "",
"""Dzień dobry,

zapłaciłam BLIKIEM za słuchawki (zamówienie 73305, 699 zł) i pieniądze
zeszły z konta dwa razy. Pierwsza płatność pokazała błąd, więc
zapłaciłam jeszcze raz, a teraz w historii rachunku mam dwie transakcje
po 699 zł. Proszę o zwrot jednej z nich.

Pozdrawiam
Agnieszka Lewandowska"""),
("pl", "b164-pl-zmarla-zona-abonament-czytnik", "Henryk Zieliński <henryk.zielinski@example.pl>", "Konto żony", "billing", "",
"""Szanowni Państwo,

moja żona Halina zmarła w lipcu. Nadal co miesiąc z jej karty schodzi
34,99 zł za abonament na książki w czytniku. Proszę o zakończenie tej
usługi i informację, jakie dokumenty mam przesłać. Czytnik zostawiam
sobie na pamiątkę, ale abonamentu nie potrzebuję.

Z poważaniem
Henryk Zieliński"""),
("pl", "b164-pl-wyjazd-norwegia-muzyka-plus", "Kuba Wrobel <kuba.wrobel@example.pl>", "abonament", "billing", "",
"""Czesc, od grudnia przeprowadzam sie do Norwegii, a glosnik zostaje u
rodzicow, ktorzy i tak z niego nie korzystaja. Prosze o wylaczenie planu
Muzyka+ (19,99 zl/mies.) z koncem listopada.

Dzieki, Kuba"""),
("pl", "b164-pl-zawieszenie-fit-nadgarstek", "Ewa Kaczmarek <ewa.kaczmarek@example.pl>", "Pakiet Fit VR", "billing", "",
"""Dzień dobry,

złamałam nadgarstek na nartach w Białce i przez najbliższe dwa miesiące
nie będę ćwiczyć w goglach. Czy mogę zawiesić subskrypcję Fit VR
(29 zł/mies.) na ten czas, żeby nie płacić, a potem wrócić z
zachowanymi postępami?

Pozdrawiam,
Ewa"""),
("pl", "b164-pl-raty-zero-komputer", "Lukasz Nowak <lukasz.nowak@example.pl>", "raty", "billing", "",
"""Dzien dobry, chce kupic komputer gamingowy za 7 499 zl. Czy sa raty 0%
na 20 miesiecy czy tylko na 10? I czy mozna wplacic czesc gotowka w
sklepie w Katowicach, a reszte rozlozyc na raty?

Lukasz"""),
("pl", "b164-pl-faktura-nip-studio-foto", "Biuro - Studio Foto Kadr <biuro@fotokadr.example.pl>", "Faktura na firmę", "billing", "",
"""Dzień dobry,

przy zamówieniu 70544 (obiektyw 70-200 f/2.8, 8 990,00 zł) zapomnieliśmy
zaznaczyć, że kupujemy na firmę, i przyszedł paragon. Prosimy o
wystawienie faktury VAT na dane:

Studio Foto Kadr Marta Lis
ul. Piotrkowska 120, 90-006 Łódź
NIP 000-000-00-00

Dziękujemy,
Marta Lis"""),
("pl", "b164-pl-wymiana-koloru-stary-browar", "Natalia Wiśniewska <natalia.wisniewska@example.pl>", "Wymiana", "billing", "",
"""Dzień dobry, kupiłam mężowi na urodziny słuchawki w kolorze białym, a
on koniecznie chciał czarne :) Pudełko nieotwierane. Czy mogę je
wymienić w sklepie w Starym Browarze w Poznaniu, skoro kupowałam przez
internet, czy trzeba odesłać paczką?

Natalia"""),
("pl", "b164-pl-re-kod-rabatowy-pelna-kwota", "Marcin Dąbrowski <marcin.dabrowski@example.pl>", "Re: Zgłoszenie 40215 - kod rabatowy", "billing", "",
"""Dzień dobry,

nie chodzi o to, czy kod był ważny. Kod JESIEN10 przyjął się przy
składaniu zamówienia i jest nawet wpisany na potwierdzeniu, ale z karty
pobrano pełną kwotę 1 299,00 zł zamiast 1 169,10 zł. Proszę o zwrot
różnicy, czyli 129,90 zł.

Marcin Dąbrowski

W dniu 15.10.2024 o 11:03, Obsługa Klienta <bok@example-sklep.pl> pisze:
> Dzień dobry,
>
> uprzejmie informujemy, że kody rabatowe są ważne przez 14 dni od daty
> otrzymania i nie łączą się z innymi promocjami.
>
> Pozdrawiamy,
> Zespół Obsługi Klienta"""),
("pl", "b164-pl-odkup-obiektywu-brak-przelewu", "Piotr Mazur <piotr.mazur@example.pl>", "Odkup sprzętu", "billing", "",
"""Wysłałem stary obiektyw w ramach programu odkupu. Wycena przyszła
mailem 2 października: 1 150 zł, przelew "w ciągu 5 dni roboczych".
Minęły trzy tygodnie i na koncie nic nie ma. Kiedy mogę się spodziewać
pieniędzy?

Piotr Mazur"""),
("pl", "b164-pl-zwrot-gogli-rzecznik-pozew", "Grzegorz Wójcik <grzegorz.wojcik@example.pl>", "Zwrot pieniędzy za gogle VR - wezwanie do zapłaty", "billing", "high",
"""Szanowni Państwo,

9 września odstąpiłem od umowy zakupu gogli VR (zamówienie 68802,
2 199,00 zł) i odesłałem je w terminie. Według śledzenia paczki
dotarły do Państwa magazynu 11 września. Zgodnie z ustawą o prawach
konsumenta mieli Państwo 14 dni na zwrot pieniędzy. Do dziś ich nie
otrzymałem.

Wzywam do zapłaty kwoty 2 199,00 zł w terminie 7 dni. W przeciwnym razie
zwrócę się do Miejskiego Rzecznika Konsumentów i skieruję sprawę do
sądu.

Grzegorz Wójcik"""),
("pl", "b164-pl-chargeback-chmura-dron", "Dominika Pawlak <dominika.pawlak@example.pl>", "dalej pobieracie oplaty", "billing", "high",
"""Anulowalam plan chmury na nagrania z drona w lipcu, mam maila z
potwierdzeniem. Mimo to pobraliscie 14,99 zl w sierpniu, wrzesniu i
pazdzierniku. Pisalam juz dwa razy i nic.

Jezeli do piatku nie oddacie 44,97 zl, skladam w banku reklamacje
transakcji (chargeback) na wszystkie trzy platnosci.

Dominika Pawlak"""),
("pl", "b164-pl-kierownik-sklepu-obiektyw-gdansk", "Tadeusz Kowalczyk <tadeusz.kowalczyk@example.pl>", "Żądam kontaktu z kierownikiem sklepu", "billing", "high",
"""Dzień dobry,

w sobotę chciałem zwrócić w Państwa sklepie w Galerii Bałtyckiej
obiektyw kupiony przez internet 6 dni wcześniej (nieużywany, w
oryginalnym opakowaniu). Regulamin sklepu wyraźnie mówi, że zwrot
zakupów internetowych można zrobić w salonie. Sprzedawca odmówił
przyjęcia, stwierdził, że "to nie jego problem" i że mam odsyłać
kurierem na własny koszt.

Proszę, aby kierownik sklepu albo jego przełożony skontaktował się ze
mną w sprawie zwrotu 2 349 zł. Tel. 601 000 572.

Tadeusz Kowalczyk"""),
("pl", "b164-pl-nie-reklamacja-ubezpieczenie-przesylki", "Joanna Sikora <joanna.sikora@example.pl>", "Pytanie o opłatę", "billing", "",
"""To nie jest reklamacja, dron działa super i jestem zadowolona. Chodzi
mi tylko o to, że do zamówienia doliczono 29,99 zł za "ubezpieczenie
przesyłki", którego nie zaznaczałam. Czy możecie mi to zwrócić?

Joanna Sikora"""),
("pl", "b164-pl-sluchawki-trzaski-laptop", "Kamil Jankowski <kamil.jankowski@example.pl>", "Słuchawki", "technical", "",
"""Cześć,

słuchawki z telefonem działają bez zarzutu, ale z laptopem (Windows 11)
co kilka minut pojawiają się trzaski, a czasem dźwięk przerywa na
sekundę. Usunąłem parowanie, zaktualizowałem sterowniki Bluetooth,
wyłączyłem oszczędzanie energii. Nic nie pomogło.

Kamil"""),
("pl", "b164-pl-czytnik-zawiesza-okladka", "Stanisława Krawczyk <stanislawa.krawczyk@example.pl>", "Czytnik", "technical", "",
"""Uprzejmie proszę o pomoc.

Mój czytnik od kilku dni zawiesza się na okładce książki i nie reaguje
na dotyk ani na przycisk. Na ekranie widać jeszcze połowę poprzedniej
strony. Wnuczka powiedziała, żeby przytrzymać przycisk, ale wtedy tylko
mruga lampka i dalej to samo.

Proszę o instrukcję, co mam zrobić, najlepiej krok po kroku.

Z poważaniem
Stanisława Krawczyk
Tarnów"""),
("pl", "b164-pl-pilne-glosnik-budzik", "Bartek Zając <bartek.zajac@example.pl>", "PILNE!!!", "technical", "",
"""GŁOŚNIK NIE REAGUJE NA KOMENDY od wczoraj, a budzik w nim dzisiaj w
ogóle nie zadzwonił i spóźniłem się do pracy!!! Świeci na niebiesko,
muzykę z telefonu przez Bluetooth gra, ale na głos nie reaguje wcale.
Co z tym zrobić???"""),
("pl", "b164-pl-dron-gps-satelity", "Michal Grabowski <michal.grabowski@example.pl>", "dron GPS", "technical", "",
"""Dzien dobry, dron od tygodnia nie lapie satelitow, w aplikacji pokazuje
max 4 i nie pozwala wystartowac w trybie GPS. Stoje na otwartym polu
pod Rzeszowem, bez drzew i linii. Wczesniej po minucie mial 15-18.
Kalibracja kompasu zrobiona, firmware najnowszy.

Michal"""),
("pl", "b164-pl-obiektyw-stabilizacja-bzyczy", "Paweł Olszewski <pawel.olszewski@example.pl>", "Obiektyw 100-400", "technical", "",
"""Dzień dobry,

obiektyw 100-400 zaczął głośno bzyczeć przy włączonej stabilizacji, a
obraz w wizjerze lekko "pływa" zamiast się uspokajać. Przy wyłączonej
stabilizacji cisza i zdjęcia ostre. Obiektyw ma 10 miesięcy, jest na
gwarancji. Jak go wysłać do serwisu?

Paweł Olszewski"""),
("pl", "b164-pl-pc-nie-chce-zwrotu-przycina", "Damian Szewczyk <damian.szewczyk@example.pl>", "Komputer z zamówienia 71870", "technical", "",
"""Dzień dobry,

od razu zaznaczam: nie chcę zwracać komputera ani odzyskiwać pieniędzy,
chcę tylko, żeby działał jak należy. Gry przycinają co kilka sekund na
ułamek sekundy, niezależnie od ustawień grafiki, a licznik FPS wtedy
spada z 140 do 20. Sterowniki świeże, Windows zaktualizowany,
temperatury w normie.

Co mogę jeszcze sprawdzić?

Damian"""),
("pl", "b164-pl-gogle-obraz-rozmazany", "Oliwia Maj <oliwia.maj@example.pl>", "gogle", "technical", "",
"""hej, w goglach VR obraz w prawym oku jest rozmazany i co chwile mruga,
lewe ok. Soczewki czyste, rozstaw ustawiony jak w instrukcji. Gogle maja
2 miesiace. Co robic?"""),
("pl", "b164-pl-aplikacja-petla-logowania", "Rafał Czarnecki <rafal.czarnecki@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry, w aplikacji do głośnika po wpisaniu hasła i kodu z SMS
wraca mnie znowu do ekranu logowania i tak w kółko. Przeinstalowałem
aplikację i wyczyściłem dane, na dwóch telefonach to samo. Na stronie
logowanie działa.

Rafał Czarnecki"""),
("pl", "b164-pl-ladowarka-akumulatorow-dym", "Zbigniew Michalski <zbigniew.michalski@example.pl>", "Ładowarka do akumulatorów", "technical", "high",
"""Dzień dobry,

piszę spokojnie, ale uważam, że powinni Państwo o tym wiedzieć. Wczoraj
wieczorem oryginalny hub ładujący do akumulatorów drona zaczął syczeć i
wydobył się z niego dym, a obudowa w jednym miejscu się stopiła. Od
razu wyciągnąłem wtyczkę i wyniosłem wszystko na balkon, na płytki. Nic
się nie zapaliło.

Czy mogę bezpiecznie używać akumulatorów, które były wtedy w hubie, i
jak zgłosić ten egzemplarz?

Zbigniew Michalski"""),
("pl", "b164-pl-obudowa-pc-kopie-pradem", "Seba Wozniak <seba.wozniak@example.pl>", "kopie pradem", "technical", "high",
"""Czesc, obudowa komputera ktory od was kupilem kopie pradem jak sie
dotknie metalowej czesci z tylu albo portow USB z przodu. Dzisiaj
kopnelo mnie dosc mocno jak podlaczalem pendrive. Gniazdko jest z
uziemieniem, inne sprzety w pokoju ok. Na razie wylaczylem z pradu.

Seba"""),
("pl", "b164-pl-biblioteka-czytniki-licencje", "Miejska Biblioteka Publiczna <wypozyczalnia@mbp-torun.example>", "Wypożyczanie czytników", "technical", "high",
"""Dzień dobry,

od poniedziałku serwer licencji nie przydziela książek na żaden z
naszych 50 czytników. Przy każdej próbie pobrania pojawia się komunikat
"Błąd autoryzacji urządzenia". Czytelnicy, którzy mają zarezerwowane
czytniki, odchodzą z niczym, a w tym tygodniu rusza nasz program dla
seniorów, na który zapisało się 80 osób.

Prosimy o pilny kontakt: 56 000 12 34.

Aleksandra Górecka
Kierownik Wypożyczalni"""),
("pl", "b164-pl-przewodnicy-nadajniki-wawel", "Biuro Przewodnickie Krakus <biuro@krakus-przewodnicy.example>", "Zestawy dla grup", "technical", "high",
"""Dzień dobry,

po wczorajszej aktualizacji nadajniki przewodników przestały łączyć się
ze słuchawkami uczestników: świeci czerwona dioda i nic nie słychać.
Dotyczy to wszystkich 15 kompletów. Dziś rano odwołaliśmy trzy
wycieczki po Wawelu i Kazimierzu, około 120 osób, a jutro mamy dwie
grupy szkolne z Niemiec.

Prosimy o telefon: 12 000 45 67.

Paulina Wrona
Biuro Przewodnickie Krakus"""),
("pl", "b164-pl-gogle-trzecia-naprawa-przelozony", "Marzena Pietrzak <marzena.pietrzak@example.pl>", "Trzecia naprawa - zgłoszenie SRV-30981", "technical", "high",
"""Dzień dobry,

po raz trzeci odsyłam gogle VR do serwisu z tą samą usterką - lewy
kontroler traci śledzenie co kilka minut. Za każdym razem wracają z
adnotacją "nie stwierdzono usterki" i po paru dniach jest to samo.

Proszę o przekazanie sprawy przełożonemu lub kierownikowi serwisu, a
nie kolejnemu konsultantowi, i o kontakt telefoniczny: 509 000 316.

Marzena Pietrzak"""),
("pl", "b164-pl-11-listopada-lublin", "Krystyna Wójtowicz <krystyna.wojtowicz@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy 11 listopada sklep w Lublinie przy Lipowej jest
otwarty? A jeśli nie, to do której pracujecie 10-go?

Pozdrawiam
K. Wójtowicz"""),
("pl", "b164-pl-podziekowanie-pani-ola", "Adam Kwiatkowski <adam.kwiatkowski@example.pl>", "podziekowanie", "general", "",
"""Dzien dobry,

chcialem podziekowac pani Oli z salonu w Rzeszowie. Kupowalem pierwszy
aparat i obiektyw dla syna na osiemnastke i nie mialem o tym zielonego
pojecia. Pani Ola wszystko spokojnie wytlumaczyla, pokazala roznice na
zdjeciach i nie wcisnela nam niczego na sile. Syn zachwycony.

Prosze przekazac jej szefowi, ze ma swietnego pracownika.

Adam Kwiatkowski"""),
("pl", "b164-pl-zgubione-etui-manufaktura", "Iwona Lis <iwona.lis@example.pl>", "Zgubiona rzecz", "general", "",
"""Dzień dobry, w niedzielę po południu zostawiłam chyba etui z okularami
przy stanowisku z goglami VR w sklepie w Manufakturze. Etui jest bordowe,
skórzane, w środku okulary w cienkich złotych oprawkach. Czy ktoś je
znalazł?

Iwona Lis"""),
("pl", "b164-pl-domofon-nie-dziala-kurier", "Wiktor Sadowski <wiktor.sadowski@example.pl>", "Dostawa 74410", "general", "",
"""Dzien dobry, domofon w naszym bloku nie dziala od tygodnia. Prosze,
zeby kurier zadzwonil na telefon 698 000 233 jak bedzie pod klatka,
zejde po paczke. Ul. Kwiatowa 8/12, Bialystok.

Wiktor"""),
("pl", "b164-pl-zmiana-nazwiska-konto", "Karolina Adamczyk <karolina.adamczyk@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Kowal na Adamczyk. Proszę o
zmianę w moim koncie klienta (login: karolina.kowal@example.pl) i
ustawienie nowego adresu e-mail, z którego piszę. Dziękuję!"""),
("pl", "b164-pl-rodo-usuniecie-konta", "Jan Sawicki <jan.sawicki@example.pl>", "Żądanie usunięcia danych (RODO)", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia mojego konta oraz wszystkich
danych osobowych z nim związanych, w tym nagrań głosowych z głośnika i
historii zamówień, w zakresie, w jakim nie muszą być Państwo ich
przechowywać z mocy prawa. Proszę o pisemne potwierdzenie.

Jan Sawicki"""),
("pl", "b164-pl-dron-rejestracja-ulc", "Hubert Zawadzki <hubert.zawadzki@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, kupuję dron poniżej 250 g z kamerą. Czy muszę się
rejestrować w ULC jako operator i robić jakiś egzamin online? Chcę
latać nad Bałtykiem w Łebie w wakacje.

Hubert"""),
("pl", "b164-pl-sponsoring-turniej-technikum", "Technikum Informatyczne nr 2 <sekretariat@ti2-bialystok.example>", "Prośba o wsparcie turnieju", "general", "",
"""Szanowni Państwo,

uczniowie naszego technikum organizują w marcu międzyszkolny turniej
e-sportowy dla szkół z województwa podlaskiego. Zwracamy się z
uprzejmą prośbą o wsparcie w formie nagród rzeczowych lub wypożyczenia
kilku zestawów komputerowych na czas finału. Logo Państwa firmy
umieścimy na plakatach i podczas transmisji.

Z poważaniem
mgr inż. Robert Kalinowski
opiekun koła informatycznego"""),
("pl", "b164-pl-warsztaty-nocne-gdansk", "Emilia Borkowska <emilia.borkowska@example.pl>", "Warsztaty fotograficzne", "general", "",
"""Dzień dobry, zapisałam się na darmowe warsztaty z fotografii nocnej w
sklepie w Gdańsku 23-go. Czy trzeba mieć własny statyw, czy zapewniacie?
I czy mogę przyjść z aparatem innej marki?

Emilia"""),
("pl", "b164-pl-nie-zwrot-pytanie-mocowanie", "Grzegorz Bąk <grzegorz.bak@example.pl>", "Obiektyw", "general", "",
"""Dzień dobry, niczego nie zwracam ani nie reklamuję, mam tylko pytanie
przed zakupem: czy obiektyw 35 mm f/1.8 z Waszej strony będzie pasował
do mojego aparatu (bezlusterkowiec z mocowaniem Z) bez adaptera?

Grzegorz Bąk"""),
("pl", "b164-pl-sprzedawca-ojciec-kierownik", "Beata Sobczak <beata.sobczak@example.pl>", "Skarga na zachowanie pracownika - salon w Katowicach", "general", "high",
"""Dzień dobry,

w czwartek byłam z tatą (76 lat) w salonie w Silesii. Tata chciał
zapytać o czytnik z dużą czcionką. Sprzedawca przewracał oczami,
powiedział do kolegi na tyle głośno, żeby wszyscy słyszeli, "znowu
dziadek z pytaniami", a potem po prostu odszedł. Tata był bardzo
przykro zaskoczony i nie chciał już nic kupować.

Proszę o kontakt kierownika salonu lub osoby wyżej w sprawie tego
zachowania. Tel. 512 000 847.

Beata Sobczak"""),
("pl", "b164-pl-listwa-progowa-szczecin", "Leszek Domański <leszek.domanski@example.pl>", "Wejscie do sklepu", "general", "high",
"""Dzien dobry, w sklepie w Szczecinie na Galaxy przy samym wejsciu
odstaje metalowa listwa progowa, ostra krawedz wystaje na 2-3 cm. Dzis
przy mnie potknela sie o nia starsza pani i upadla, na szczescie tylko
obtarla kolano. Pracownik powiedzial ze "zglaszali juz". Prosze to
zabezpieczyc zanim ktos naprawde zrobi sobie krzywde.

Leszek Domanski"""),
("pl", "b164-pl-odbior-w-innym-sklepie", "Sylwia Ostrowska <sylwia.ostrowska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, przy zamówieniu 75318 wybrałam odbiór w sklepie we
Wrocławiu na Pasażu Grunwaldzkim, ale w przyszłym tygodniu będę w
Opolu. Czy da się przenieść odbiór do sklepu w Opolu?

Sylwia"""),
("pl", "b164-pl-petarda-premiera-krakow", "Dawid Jasiński <dawid.jasinski@example.pl>", "Nowe słuchawki", "general", "",
"""Siema, słyszałem że nowe słuchawki to petarda i zabójczy bas :D Kiedy
premiera w Polsce i czy będzie można je przetestować w sklepie w
Krakowie w Bonarce?"""),
]
