# batch42.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them until
# they are wired in.  Mostly beauty and personal care (nail salons,
# barbers, tattoo and piercing studios, laser hair removal, cosmetic
# clinics, perfume and cosmetics shops, contact lens subscriptions) and
# small repairs and second-hand trade (laundromats, dry cleaners,
# tailors, shoe and watch repair, pawn shops, antique dealers, auction
# houses).  The failure classes in these settings -- escalation demands
# that keep their topic, legal threats and chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies quoting
# an earlier mail, paid plans ended or paused in other words, business
# outages told only by their consequences, safety hazards told calmly,
# premises hazards that are not a product fault, harmless alarming words,
# praise -- and everyday mail of all three queues.  40 mails per
# language, written separately for each.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b42-en-lenses-after-eye-surgery", "Harriet Lowe <harriet.lowe@example.co.uk>", "My lens order", "billing", "",
"""Hello,

Good news for me, less so for you I suppose - I had laser eye surgery
in August and the consultant says I won't need contact lenses again.
I'm still getting a box of dailies every month and paying 22.50 for
it. Could you stop that from now on please?

Many thanks,
Harriet Lowe"""),
("en", "b42-en-barber-club-late-husband", "Maureen Kavanagh <mo.kavanagh@example.ie>", "Desmond Kavanagh", "billing", "",
"""Dear Sir or Madam,

My husband Desmond went to your barbers on Main Street in Naas every
second Saturday for nearly six years and he always spoke very well of
the lads there. He passed away at the end of March.

I have only now noticed that 30 euro is still going out of our joint
account every month for his "Gentleman's Club". I would be grateful if
you could stop it. I do not know how these things are done so please
tell me if you need anything from me.

Yours faithfully,
Maureen Kavanagh"""),
("en", "b42-en-tattoo-deposit-artist-left", "Kai Bennett <kai.bennett@example.com>", "Deposit - Sam's booking", "billing", "",
"""Hi guys,

I put down a 100 quid deposit in June for a half sleeve with Sam, first
session booked for 12 October. Just seen on your Instagram that Sam
has left the studio. I'm not really keen on anyone else doing this one
as it was his design. Can I get the deposit back please? If not, can
it at least go towards something smaller with one of the others?

Cheers,
Kai"""),
("en", "b42-en-gel-nails-charged-twice", "Tahlia Nguyen <tahlia.nguyen@example.com.au>", "Charged twice", "billing", "",
"""Hi there, I had gel extensions done at your Chapel St salon on
Thursday, $65. The girl said the first tap didn't go through so I
tapped again, and now my bank shows two $65 payments, both cleared.
Can you refund one of them? Happy to send a screenshot.

Thanks, Tahlia"""),
("en", "b42-en-question-pawn-redeem-early", "Darren Pugh <darren.pugh@example.co.uk>", "Question", "billing", "",
"""alright, I pawned my gold chain with you on the 3rd of last month,
ticket number 7731. Got a bit of money in sooner than expected so I
want to get it back early. How much do I owe as of this week, and can
I pay half by bank transfer and the rest in cash when I come in?

Darren"""),
("en", "b42-en-lot-214-premium", "Jonathan Ashworth <j.ashworth@example.org>", "Lot 214", "billing", "",
"""Good afternoon,

I was the successful bidder on lot 214 (pair of Georgian silver
candlesticks) in Tuesday's sale. The invoice you've sent adds a
buyer's premium of 25% plus VAT. The printed catalogue and your
website both state 20% for sales in this calendar year. Could you
please reissue the invoice at the correct rate so I can pay it?

Kind regards,
Jonathan Ashworth"""),
("en", "b42-en-dress-preservation-dispute", "Brittany Sosa <brittany.sosa@example.com>", "Wedding dress cleaning - overcharged", "billing", "high",
"""I dropped off my wedding gown on May 2 for cleaning and the
preservation box. The lady at the counter quoted me $120 and wrote it
on the ticket, which I still have. When I picked it up I was in a hurry
and just tapped my card, and I only saw afterwards that you charged me
$180.

I called twice and was told the "beaded gown surcharge" applies. Nobody
mentioned that and it's not on the ticket. Please refund the $60
difference by the end of next week. If I don't hear back, I'm filing a
dispute with my credit card company.

Brittany Sosa"""),
("en", "b42-en-laser-package-freeze-pregnant", "Sophie Marsh <sophie.marsh@example.co.uk>", "Laser sessions", "billing", "",
"""Hi,

I'm 4 sessions into my 10-session underarm and bikini package and I've
just found out I'm pregnant (yay!). Your practitioner said no laser
during pregnancy, which is fine. I don't want a refund - could you put
the remaining 6 sessions on hold until next year instead? I'd hate to
lose them.

Sophie"""),
("en", "b42-en-boots-storage-fee", "Alan Crowther <alan.crowther@example.co.uk>", "Boots", "billing", "",
"""I've just collected my resoled walking boots and was charged an extra
8 pounds for "storage" because they'd been there more than 30 days. I
was in hospital for most of that time. I'm not making a fuss but could
you waive it? Happy to pop back in for the refund.

A. Crowther"""),
("en", "b42-en-watch-service-owner", "Graham Whitfield <graham.whitfield@example.co.uk>", "Omega service - I want the owner to call me", "billing", "high",
"""I left my Omega Seamaster for a full service on 14 January. The
written estimate was 220 pounds. Nobody contacted me about any extra
work, and when I collected it yesterday the bill was 340. I paid only
because I needed the watch for a trip.

The young man on the counter said it was "parts" and that he can't do
anything about it. I'm not discussing this with the counter staff
again. I want the owner or the workshop manager to ring me this week
and explain the extra 120 pounds, or refund it.

Graham Whitfield
07700 900482"""),
("en", "b42-en-perfume-set-exchange", "Niamh Brennan <niamh.brennan@example.ie>", "Gift set", "billing", "",
"""Hiya, got one of your perfume gift sets for my birthday but I'm
allergic to something in that one. It's still in the cellophane and
I have the gift receipt. Can I swap it for a different scent in the
Grafton St shop or do I have to send it back to you? Thanks a mil"""),
("en", "b42-en-re-invoice-costume-alterations", "Wardrobe Dept <wardrobe@theplayhousecompany.example>", "Re: Your alterations are ready", "billing", "",
"""Hi Leanne,

Thanks, we'll collect on Friday. Before we do, could you send a proper
VAT invoice to the company rather than a till receipt? Our accounts
team can't process the receipt. Details:

The Playhouse Company Ltd
VAT no. GB 123 4567 89
PO ref: PH-2291

Best,
Orla
Wardrobe Supervisor

> Hi Orla,
> All 14 costumes for the Christmas show have been taken in / let out as
> marked. Total for the job is 486.00 as quoted. They're ready to collect.
> Leanne - Stitch & Mend Alterations"""),
("en", "b42-en-skin-clinic-emi", "Ritika Sharma <ritika.sharma@example.in>", "EMI option for treatment package", "billing", "",
"""Dear Team,

I had a consultation at your Indiranagar clinic last week and the
doctor has recommended the 6-session chemical peel package, which comes
to Rs 48,000. Kindly let me know if the package can be paid in EMIs on
credit card, and if so whether there is any processing fee or interest.
Also, is there any discount if I pay full amount upfront?

Thanks and regards,
Ritika Sharma"""),
("en", "b42-en-laundry-wallet-vanished", "Marcus Bell <marcus.bell@example.com>", "My $50 is gone", "billing", "high",
"""I loaded $50 into the SpinCycle wallet on Sunday to pay for washes at
your Elm Avenue laundromat. After the app updated on Tuesday my balance
shows $0.00 and my transaction history is empty. I have the receipt
email for the top-up.

I've already emailed twice and got an auto-reply. If the $50 isn't back
in my wallet or on my card in 5 days I will file a complaint with the
state attorney general's consumer protection office.

Marcus Bell"""),
("en", "b42-en-lens-app-login-loop", "Ben Harrow <ben.harrow@example.co.uk>", "App", "technical", "",
"""Not a billing thing, my payments are fine. I just can't get into the
app to move my next lens delivery. I enter my email and password, it
says "signing you in..." and then goes straight back to the login
screen. Deleted and reinstalled, same. iPhone 12, latest iOS."""),
("en", "b42-en-watch-stopped-after-battery", "Pamela Ford <pam.ford@example.co.uk>", "Watch battery", "technical", "",
"""Hello, you put a new battery in my Seiko on Saturday at your kiosk in
the Harlequin Centre. It ran perfectly until Monday night and has now
stopped again at twenty past nine. Could you have another look at it?
I can bring it in on Thursday.

Pamela Ford"""),
("en", "b42-en-salon-dryer-shock", "Chloe Adebayo <chloe.adebayo@example.co.uk>", "Hair dryer", "technical", "high",
"""Hi,

I bought the ProStyle 2400 dryer from your Croydon store about a month
ago. This morning I got a small electric shock from the metal bit at
the front when I touched it while it was running. The cable looks fine.
I've unplugged it and put it in a cupboard so nobody else uses it.

Let me know what you need from me.

Chloe"""),
("en", "b42-en-saturday-nail-diary", "Polished Nail Bar <bookings@polishednailbar.example>", "Saturday", "technical", "high",
"""Hi,

Clients keep walking in saying they have appointments and the diary
shows nothing for them. Two of my girls have been double booked since
we opened at nine, and I've had to send six ladies away already. The
online booking page still takes new bookings for slots we haven't got.

We use your Salonly system on the front desk iPad and on the website.
Saturday is our busiest day, please can someone look at it right now.

Jade Morrison
Polished Nail Bar, Chelmsford"""),
("en", "b42-en-barber-card-machine", "Sharp Lines Barbers <sharplinesbarbers@example.co.uk>", "card machine", "technical", "high",
"""The card reader you rent us has been saying "communication error" on
every card since 10am. Router is fine, we've restarted it four times.
We've had to put a cash only sign on the door and half the lads walk
off to the cash machine and don't come back. It's a Friday. Need
someone on this today.

Tariq
Sharp Lines, Leeds"""),
("en", "b42-en-launderette-dryer-burning", "Siobhan Healy <siobhan.healy@example.ie>", "Dryer 6", "technical", "high",
"""Hi, just to let you know dryer number 6 in your launderette on Bridge
Street, Dundalk, has a strong smell of burning. My towels came out far
too hot to hold, a couple of them are scorched brown on one side. I've
stuck a note on it saying not to use it, but someone should look at it
before it goes on fire.

Siobhan"""),
("en", "b42-en-tattoo-gallery-iphone", "Ellie Parsons <ellie.parsons@example.com>", "website", "technical", "",
"""hey, the flash gallery on your website just shows grey boxes on my
phone, tried safari and chrome. works on my laptop. wanted to show my
mate the designs before we book in"""),
("en", "b42-en-hi-consultation-502", "Aoife Quinn <aoife.quinn@example.ie>", "Hi", "technical", "",
"""Hi,

I'm trying to book a free consultation for lip filler on your website.
I get to the last page, put in my details, and press confirm, and it
goes to a white page that says "502 Bad Gateway". Tried three times
yesterday and once this morning.

Thanks,
Aoife"""),
("en", "b42-en-live-bidding-froze", "Howard Lindgren <howard.lindgren@example.com>", "Live bidding problem", "technical", "",
"""Good morning,

During Thursday's online sale the live bidding screen froze on lot 57
and didn't recover until lot 63, by which time the clock I was waiting
for had gone. To be clear, I'm not after any refund or compensation, I
hadn't bought anything. I'd just like to know whether it was my end or
yours, because I intend to bid on several lots in the sale next week
and I don't want it happening again.

I was using Firefox on a Windows 11 laptop on a decent fibre line.

Howard Lindgren"""),
("en", "b42-en-uv-lamp-timer", "Danielle Price <danielle.price@example.com>", "UV lamp", "technical", "",
"""The 48W UV/LED nail lamp I ordered from you last month has stopped
timing. Pressing 60s or 90s just keeps it on until I unplug it, and the
little screen flickers. Is there a reset or should I send it back for
repair?"""),
("en", "b42-en-shaver-battery-swollen", "Liam O'Connor <liam.oconnor@example.com.au>", "Shaver", "technical", "high",
"""G'day,

The rechargeable shaver I bought from your Parramatta store in
February has a swollen battery. The back of the case has split open
and it was hot while it was charging last night. I've taken it off the
charger and left it on the concrete outside in the meantime. Figured
you'd want to know since they're still on your shelves.

Liam"""),
("en", "b42-en-atomiser-leaking", "Georgia Hale <georgia.hale@example.co.uk>", "Travel atomiser leaking", "technical", "",
"""Hello, the refillable travel atomiser I bought with my perfume leaks
from the bottom every time I fill it. I've tried filling it less and
tightening it but it still seeps into my handbag. Is there a knack to
it or is it faulty?"""),
("en", "b42-en-loyalty-password-reset", "Anjali Patel <anjali.patel@example.co.uk>", "Password reset", "technical", "",
"""Hi,

I've forgotten my password for my beauty rewards account. I've asked
for the reset email four times over two days and nothing arrives, not
even in spam. My email address is spelled correctly. Can you reset it
from your end?

Anjali Patel"""),
("en", "b42-en-thanks-tailor-funeral-suit", "Robert Clegg <robert.clegg@example.co.uk>", "Thank you", "general", "",
"""Dear Mr Hussain,

I wanted to write and thank you properly. When I came in on the Monday
with my late father's suit, I didn't expect you to be able to take it
in for me in time for his funeral on the Wednesday. You did, it fitted
perfectly, and it meant a great deal to me to wear it.

Thank you for your kindness and for not making a fuss.

With best wishes,
Robert Clegg"""),
("en", "b42-en-barber-killed-it", "Josh Farrell <josh.farrell@example.co.uk>", "Jamie", "general", "",
"""Just wanted to say Jamie absolutely killed it with my fade on
Saturday, missus says I look ten years younger. Dead chuffed. Give
the lad a pint on me"""),
("en", "b42-en-scarf-left-drycleaner", "Victoria Lang <victoria.lang@example.co.uk>", "Scarf", "general", "",
"""Hello, I think I left a grey cashmere scarf on your counter when I
dropped off my coat on Tuesday afternoon. Has anyone handed it in? I
can collect it with the coat on Saturday."""),
("en", "b42-en-urgent-bank-holiday", "Kirsty Doyle <kirsty.doyle@example.co.uk>", "URGENT!!!", "general", "",
"""URGENT - are you open on bank holiday Monday??? need my nails done for
a wedding on the Tuesday!!"""),
("en", "b42-en-lens-new-address", "Peter Mallory <peter.mallory@example.co.uk>", "Moving house", "general", "",
"""Hi, I'm moving on the 28th so please send my lenses to the new address
from then on. I'm not cancelling or changing anything else, just the
address:

Flat 3, 19 Carlton Road
Nottingham NG3 2DG

Thanks,
Peter"""),
("en", "b42-en-sar-clinic-photos", "Lucy Hargreaves <lucy.hargreaves@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am making a subject access request. Please provide
copies of all personal data you hold about me, including my treatment
notes, consent forms and the before and after photographs taken at your
Harrogate clinic between 2021 and 2023.

Date of birth: 14/06/1988

Yours sincerely,
Lucy Hargreaves"""),
("en", "b42-en-longcase-clock-valuation", "Derek Simms <derek.simms@example.co.uk>", "Clock", "general", "",
"""Hello,

We have a longcase clock that came from my wife's grandparents. We're
not sure we want to sell it but would like to know what it is and
roughly what it might be worth. Do you do valuations, and would someone
need to come to the house? It's not something I can get in the car.

Derek Simms"""),
("en", "b42-en-piercer-comments-manager", "Rachel Hollis <rachel.hollis@example.com>", "Your piercer on Saturday", "general", "high",
"""On Saturday I brought my 16 year old daughter in to have her nose
pierced, with my written consent as you require. While he was setting
up, your piercer made two comments about her weight and one about her
skin, laughing with the other staff member. My daughter was in tears in
the car.

I have not had a reply to my message on Instagram. I want the studio
manager or the owner to contact me this week. This isn't about money
and we won't be back.

Rachel Hollis"""),
("en", "b42-en-salon-loose-step", "Angela Brooks <angela.brooks@example.co.uk>", "Your front step", "general", "high",
"""Morning,

Just a word of warning - the second step up to your salon door has
come loose and rocks when you stand on it. My mum is 79 and she very
nearly went over on it this morning when I brought her in for her set.
Luckily I had her arm. Might be worth getting it fixed or taped off
before someone has a fall.

Angela"""),
("en", "b42-en-school-fete-sponsor", "Fiona Reid <fiona.reid@example.co.uk>", "Summer fair", "general", "",
"""Hello,

I'm on the PTA at Westfield Primary. Our summer fair is on Saturday 21
June and we're looking for local businesses to donate raffle prizes or
sponsor a stall. A mini manicure voucher or a pamper set would be
brilliant. We'll put your logo on the programme and thank you on our
Facebook page.

Fiona Reid, PTA"""),
("en", "b42-en-re-drop-dress-neighbour", "Gemma Whitehouse <gemma.whitehouse@example.co.uk>", "Re: Delivery of your altered bridesmaid dresses", "general", "",
"""Hi, Thursday is fine but I'll be at work. Could the driver leave them
with my neighbour at number 12 (Mrs Patel)? She knows they're coming.
Please don't leave them on the doorstep.

Gemma

> Dear Gemma,
> Your three bridesmaid dresses are ready and will be delivered on
> Thursday between 10am and 2pm. Please reply if you need to change this.
> The Sewing Room"""),
("en", "b42-en-piercing-age-bengaluru", "Kavya Reddy <kavya.reddy@example.in>", "Helix piercing for my son", "general", "",
"""Hello,

My son is 15 and wants a helix piercing. Do you pierce minors at your
Koramangala studio if a parent comes along and signs? Also which days
is your senior piercer available? We would prefer someone experienced.

Regards,
Kavya Reddy"""),
("en", "b42-en-consign-grandmothers-rings", "Helen Forsyth <helen.forsyth@example.co.uk>", "Selling my grandmother's jewellery", "general", "",
"""Hello,

My grandmother has left me a few rings and a brooch which I think are
Victorian. How does it work if I want to put them in one of your
sales? Do I bring them in, and when is your next jewellery auction?

Helen Forsyth"""),
]
M += [
# ---------------- Greek (and Greeklish) ----------------
("el", "b42-el-gl-fakoi-metakomisi-germania", "Stavros K. <stavros.kar@example.gr>", "fakoi epafhs", "billing", "",
"""Kalhspera,
apo ton allo mhna fevgw gia douleia sto Monaxo gia toulaxiston 2 xronia,
opote den xreiazomai allous fakous apo esas. Stamathste parakalw th
mhniaia apostolh kai th xrewsh twn 24,90. An exei hdh fygei to kouti
tou Oktwvriou ok, apo ekei kai pera.
Eyxaristw
Stavros"""),
("el", "b42-el-syndromi-kallopismou-skylou", "Αγλαΐα Σταθοπούλου <aglaia.stath@example.gr>", "Ο Μπόμπος", "billing", "",
"""Καλημέρα σας,

Ο σκύλος μας ο Μπόμπος έφυγε από κοντά μας την περασμένη εβδομάδα, στα
14 του. Σας ευχαριστούμε για όλα τα χρόνια που τον περιποιόσασταν στο
κομμωτήριο, πάντα γύριζε σπίτι σαν πρίγκιπας.

Σας παρακαλώ να σταματήσετε τη μηνιαία συνδρομή των 35€ για το λούσιμο
και το κούρεμά του. Η επόμενη χρέωση είναι στις 5 του μήνα.

Αγλαΐα Σταθοπούλου"""),
("el", "b42-el-laser-dosi-dyo-fores", "Δέσποινα Μαυρίδου <d.mavridou@example.gr>", "Δόσεις πακέτου αποτρίχωσης", "billing", "",
"""Καλησπέρα,

Έχω αγοράσει το πακέτο 8 συνεδριών laser για πόδια και μασχάλες, 720€
σε 6 άτοκες δόσεις με την πιστωτική. Αυτόν τον μήνα βλέπω στην κίνηση
της κάρτας την 3η δόση των 120€ δύο φορές, με την ίδια ημερομηνία.
Μπορείτε να το ελέγξετε και να μου επιστρέψετε τη μία;

Ευχαριστώ,
Δέσποινα Μαυρίδου"""),
("el", "b42-el-gl-dwroepitagi-nyxia-lhksh", "Katerina P. <katerina.pap@example.gr>", "dwroepitagh", "billing", "",
"""Geia sas! H koumpara mou mou ekane dwro mia dwroepitagh 60e gia
manikiour-pedikiour sto magazi sas sth Kalamaria. Molis eida oti elhxe
prin 10 meres, to eixa ksexasei teleiws giati gennhsa ton Iounio :(
Ginetai na thn paratathte liges vdomades? Exw ton kwdiko.
Katerina"""),
("el", "b42-el-gl-enexyro-mono-tokos", "Nikos Tz. <nikostz@example.gr>", "symvash 5512", "billing", "",
"""kalhmera, exw afhsei ena xrysso vraxioli kai ena daxtylidi sto
enexyrodaneisthrio sas sthn Athinas, symvash 5512, lhgei se 10 meres.
den mporw na ta eksoflhsw akoma. mporw na plhrwsw mono ton toko gia na
paratathei allous 3 mhnes? kai mporw na ton steilw me IRIS h prepei na
er8w apo ekei?"""),
("el", "b42-el-dimoprasia-plirwmi-se-dyo", "Αλέξανδρος Βλάχος <alex.vlachos@example.gr>", "Παρτίδα 87", "billing", "",
"""Αξιότιμοι κύριοι,

Κατακύρωσα στη δημοπρασία της Πέμπτης την παρτίδα 87 (ελαιογραφία,
τοπίο Ύδρας) αντί 3.400€ πλέον προμήθειας. Θα ήθελα να ρωτήσω αν
μπορώ να εξοφλήσω το ποσό με δύο τραπεζικά εμβάσματα, ένα τώρα και ένα
στις αρχές του επόμενου μήνα, λόγω ορίου της τράπεζας. Θα παραλάβω το
έργο μετά την εξόφληση.

Με τιμή,
Αλέξανδρος Βλάχος"""),
("el", "b42-el-stegnokatharistirio-xali-eirinodikeio", "Ευτυχία Λαμπράκη <eft.lamprakh@example.gr>", "Χρέωση για χαλί που δεν σας έφερα ποτέ", "billing", "high",
"""Κύριοι,

Στις 3 Μαΐου σας παρέδωσα για καθάρισμα ένα νυφικό και δύο κουβέρτες.
Στην απόδειξη που μου χρεώσατε στην κάρτα (210€) υπάρχει και
«χαλί 2x3 - 95€». Δεν σας έφερα ποτέ χαλί και δεν έχω καν χαλί αυτών
των διαστάσεων. Το έχω πει δύο φορές στο κατάστημα και μου απαντούν ότι
«έτσι βγήκε από το σύστημα».

Ζητώ την επιστροφή των 95€ μέσα σε 10 ημέρες. Διαφορετικά θα καταθέσω
αγωγή μικροδιαφορών στο Ειρηνοδικείο, έχω ήδη μιλήσει με δικηγόρο.

Ευτυχία Λαμπράκη"""),
("el", "b42-el-tattoo-prokatavoli-synigoros", "Θοδωρής Κεχαγιάς <th.kechagias@example.gr>", "Προκαταβολή 150€", "billing", "high",
"""Καλησπέρα,

Τον Ιούνιο έδωσα 150€ προκαταβολή για τατουάζ στην πλάτη, με ραντεβού
στις 20 Σεπτεμβρίου. Δύο μέρες πριν με πήρατε τηλέφωνο ότι ο tattoo
artist φεύγει από το στούντιο και ότι το ραντεβού ακυρώνεται. Από τότε
σας έχω στείλει τρία μηνύματα για την επιστροφή της προκαταβολής και μου
λέτε «θα δούμε».

Η ακύρωση ήταν δική σας. Αν δεν μου επιστραφούν τα 150€ μέχρι το τέλος
του μήνα, θα κάνω καταγγελία στον Συνήγορο του Καταναλωτή.

Θοδωρής Κεχαγιάς"""),
("el", "b42-el-gl-botox-prosfora-amfisvhthsh", "Marina Dim. <marina.dim@example.gr>", "xrewsh botox", "billing", "high",
"""Kalhspera sas,
hr8a sthn klinikh sas sto Kolwnaki sthn prosfora tou Septemvriou gia
botox metwpo kai matia sta 280e. Sto POS egine xrewsh 380e kai to
eida mono sto spiti. Phra thlefwno 2 fores, h kopela sth reception
leei oti h prosfora "den isxue gia dyo perioxes" pragma pou den to
grafei poythena sthn diafhmish (exw screenshot).
An den mou epistrepsete ta 100e mexri thn Paraskeuh, 8a kanw
amfisvhthsh ths xrewshs sthn trapeza mou.
Marina"""),
("el", "b42-el-raftis-strifomata-idioktitis", "Παναγιώτης Ρήγας <p.rigas@example.gr>", "Κοστούμι - θέλω να μιλήσω με τον ιδιοκτήτη", "billing", "high",
"""Καλημέρα,

Έφερα στο ραφείο σας ένα κοστούμι για κόντεμα μανικιών και στρίφωμα στο
παντελόνι. Η υπάλληλος μου είπε 35€ και το σημείωσε σε ένα χαρτάκι.
Όταν πήγα να το πάρω μου ζήτησαν 78€ γιατί «το σακάκι είχε φόδρα». Τα
πλήρωσα για να το έχω για τον γάμο του ανιψιού μου, αλλά δεν το δέχομαι.

Δεν θέλω να το ξανασυζητήσω με το προσωπικό του πάγκου. Ζητώ να με πάρει
τηλέφωνο ο ίδιος ο ιδιοκτήτης για να μου εξηγήσει τα 43€ διαφορά.

Παναγιώτης Ρήγας
697 000 1234"""),
("el", "b42-el-gl-isiwtiki-dwro-allagh", "Vaso Giannakou <vaso.g@example.gr>", "isiwtikh", "billing", "",
"""Geia, mou xarisan mia isiwtikh mallion apo to katasthma sas alla
eixa hdh akrivws thn idia. Einai kleisth sto kouti ths, exw kai thn
apodeiksh dwrou. Mporw na thn allaksw me kati allo h na parw pistwtiko?
Eyxaristw!"""),
("el", "b42-el-re-aromata-antistoixisi-timis", "Ιωάννα Φωτίου <ioanna.fotiou@example.gr>", "Re: Αντιστοίχιση τιμής", "billing", "",
"""Καλησπέρα κ. Αναστασίου,

Σας στέλνω όπως μου είπατε τον σύνδεσμο και το στιγμιότυπο από το άλλο
ηλεκτρονικό κατάστημα, όπου το ίδιο άρωμα (100ml) είναι 89€ και εγώ το
πλήρωσα 112€ στο δικό σας πριν από 4 ημέρες. Μπορείτε να μου επιστρέψετε
τη διαφορά των 23€ στην κάρτα;

Ευχαριστώ,
Ιωάννα Φωτίου

> Αγαπητή κα Φωτίου,
> Εφαρμόζουμε αντιστοίχιση τιμής εντός 7 ημερών από την αγορά, εφόσον το
> προϊόν είναι διαθέσιμο σε μικρότερη τιμή σε άλλο ελληνικό κατάστημα.
> Παρακαλούμε στείλτε μας τον σύνδεσμο και ένα στιγμιότυπο οθόνης.
> Γιώργος Αναστασίου, Εξυπηρέτηση Πελατών"""),
("el", "b42-el-gl-koureio-fantaros", "Giorgos Lamprou <glamprou@example.gr>", "syndromh", "billing", "",
"""Ela file, kalhmera. Phra xarti katataxhs, 8a eimai fantaros apo th
Deutera gia 9 mhnes sthn Ksanthi. H mhniaia syndromh sto koureio den
exei nohma na trexei, ekei 8a me koureuoun me th mhxanh :P
Mporeite na thn pagwsete mexri na gyrisw? Na mh th xasw giati exw thn
palia timh.
Giwrgos"""),
("el", "b42-el-timologio-stoles-afm", "Λογιστήριο Ξενοδοχείο Αιγαίον <logistirio@aigaion-hotel.example>", "Τιμολογιο για μεταποιησεις", "billing", "",
"""Καλημερα σας,

Για τις μεταποιησεις στις 22 στολες του προσωπικου (παραδοση την
περασμενη Τεταρτη) μας δωσατε απλη αποδειξη 396 ευρω. Χρειαζομαστε
τιμολογιο στην εταιρεια για να το περασουμε. Στοιχεια:

ΑΙΓΑΙΟΝ ΞΕΝΟΔΟΧΕΙΑΚΗ Α.Ε.
ΑΦΜ 099999999, ΔΟΥ Ρόδου
Λεωφ. Ιαλυσού 41, Ρόδος

Ευχαριστω,
Μαρια Χατζη"""),
("el", "b42-el-gl-app-koureio-lathos-wres", "Manolis V. <manolis.v@example.gr>", "app", "technical", "",
"""To app gia ta rantevou sto koureio deixnei diathesimes wres pou
otan tis pathsw leei "h wra den einai pleon diathesimh". Dokimasa
ka8e mera thn teleutaia vdomada, panta to idio. Android 14, Samsung.
Telika phra thlefwno alla 8elw na kleinw apo to app"""),
("el", "b42-el-rologi-xanei-lepta", "Σπύρος Αλεξίου <spyros.alexiou@example.gr>", "Ρολόι μετά το σέρβις", "technical", "",
"""Καλημέρα σας,

Παρέλαβα πριν από δέκα ημέρες το αυτόματο ρολόι μου από το σέρβις στο
εργαστήριό σας. Από τότε χάνει περίπου 10 λεπτά την ημέρα, ενώ πριν
χάνει μόνο ένα-δύο. Δεν ζητάω τα χρήματά μου πίσω, θέλω απλώς να
δουλεύει σωστά. Πότε μπορώ να το φέρω να το ξαναδείτε;

Σπύρος Αλεξίου"""),
("el", "b42-el-presa-spithes", "Ελένη Καραγιάννη <eleni.karagianni@example.gr>", "Πρέσα μαλλιών", "technical", "high",
"""Καλησπέρα σας,

Η πρέσα μαλλιών που αγόρασα από το κατάστημά σας στη Λάρισα τον
Αύγουστο έβγαλε σήμερα το πρωί μερικές σπίθες εκεί που το καλώδιο
μπαίνει στη λαβή και μύρισε λίγο καμένο πλαστικό. Την έβγαλα αμέσως
από την πρίζα και δεν την ξαναχρησιμοποίησα. Πείτε μου τι να κάνω.

Ελένη Καραγιάννη"""),
("el", "b42-el-gl-plyntirio-pliromes-nekro", "Self Wash Pefki <selfwash.pefki@example.gr>", "PLHRWMES", "technical", "high",
"""Kalhmera, apo tis 8 to prwi oi kartanagnwstes se OLA ta plyntiria
kai stegnwthria sto katasthma deixnoun "offline". Den pairnoun oute
karta oute kinhto. Oi pelates erxontai me ta kalathia, vlepoun oti
den douleuei tipota kai fevgoun. Exoume kanei restart to router kai
ton pinaka. To katasthma einai adeio edw kai 3 wres.
Steilte kapoion, einai Savvato.
Alekos, Self Wash Peykh"""),
("el", "b42-el-lampa-nyxion-kapnos", "Nail Studio Μελίνα <info@nailstudio-melina.example>", "Λάμπα LED", "technical", "high",
"""Καλησπέρα,

Η επαγγελματική λάμπα UV/LED που σας αγοράσαμε για το σαλόνι πριν από
δύο μήνες έβγαλε καπνό από τη βάση σήμερα, την ώρα που είχε το χέρι
της μέσα μια πελάτισσα. Δεν έπαθε τίποτα, τη βγάλαμε από την πρίζα και
την αφήσαμε στο μπαλκόνι. Η βάση από κάτω έχει μαυρίσει.

Έχουμε άλλη μία ίδια στον δεύτερο πάγκο και δεν τη χρησιμοποιούμε μέχρι
να μας πείτε.

Μελίνα Τσιρίγου"""),
("el", "b42-el-kodikos-eshop-kallyntikon", "Αννα Ρουσσου <anna.roussou@example.gr>", "κωδικος", "technical", "",
"""καλησπερα, προσπαθω να μπω στον λογαριασμο μου στο eshop και μου
λεει λαθος κωδικος. εκανα αλλαγη κωδικου απο το link στο email,
μου βγαζει οτι αλλαξε, αλλα με τον καινουργιο παλι λαθος κωδικος.
τι να κανω;"""),
("el", "b42-el-erwtisi-syntagi-fakon", "Χρήστος Παππάς <christos.pappas@example.gr>", "Ερώτηση", "technical", "",
"""Γεια σας,

Στην εφαρμογή για τους φακούς επαφής, όταν πάω να ανεβάσω τη νέα
συνταγή του οφθαλμίατρου (φωτογραφία), βγάζει «Σφάλμα μεταφόρτωσης,
δοκιμάστε ξανά» και δεν προχωράει. Η φωτογραφία είναι jpg, 1,8 MB.

Ευχαριστώ"""),
("el", "b42-el-gl-geia-sas-dimoprasia-kinito", "Fotis Arvanitis <fotis.arv@example.gr>", "Geia sas", "technical", "",
"""Geia sas, sthn online dhmoprasia sas to koumpi "Ypovolh prosforas"
den kanei tipota apo to kinhto (iPhone, Safari). To pataw kai den
ginetai tipota, oute mhnyma lathous. Apo ton ypologisth douleuei.
H dhmoprasia klinei thn Kyriakh to vrady."""),
("el", "b42-el-klinikh-systima-rantevou", "Ιατρείο Αισθητικής Δρ. Βαρδάκη <grammateia@vardaki-clinic.example>", "Σύστημα ραντεβού", "technical", "high",
"""Καλημέρα,

Από το πρωί το πρόγραμμα ραντεβού που μας έχετε εγκαταστήσει ανοίγει
κενό σε όλους τους υπολογιστές της γραμματείας. Δεν βλέπουμε ποιος έχει
ραντεβού, τι θεραπεία κάνει, ούτε το ιστορικό του. Αυτή τη στιγμή έχουμε
έξι ασθενείς στην αναμονή και η γιατρός δεν ξέρει ποιον να πρωτοδεί.
Ακυρώνουμε τηλεφωνικά όσα ραντεβού θυμόμαστε.

Παρακαλώ καλέστε μας στο 2810 000 552.

Σοφία, Γραμματεία"""),
("el", "b42-el-gl-ksyristiki-den-fortizei", "Panos M. <panos.mitr@example.gr>", "ksyristikh", "technical", "",
"""h ksyristikh pou phra apo esas prin 2 mhnes den fortizei pia. to
lampaki anavei mia stigmh kai meta svhnei. allaksa kalwdio kai priza,
tipota."""),
("el", "b42-el-apotrixotiki-stamataei", "Ροδάνθη Μιχαηλίδου <rodanthi.m@example.gr>", "Αποτριχωτική μηχανή", "technical", "",
"""Καλημέρα,

Η αποτριχωτική μηχανή (επιλέιτ) που αγόρασα τον Μάρτιο σταματάει μόνη
της μετά από ένα-δυο λεπτά χρήσης, ακόμα και όταν είναι πλήρως
φορτισμένη. Μετά ξαναδουλεύει για λίγο και πάλι σβήνει. Είναι στην
εγγύηση, πώς προχωράμε;

Ροδάνθη"""),
("el", "b42-el-gl-ipl-error-e3", "Dimitra Sot. <dimitra.sot@example.gr>", "IPL E3", "technical", "",
"""Kalhspera, h syskeuh IPL gia to spiti pou agorasa deixnei E3 sthn
o8onh kai den kanei flash. To egxeiridio leei "epikoinwnhste me to
service". Ti prepei na kanw?
Dhmhtra"""),
("el", "b42-el-psygeiaki-kallyntikon-thoryvos", "Μαίρη Ζαφειρίου <mairi.zafeiriou@example.gr>", "Ψυγειάκι καλλυντικών", "technical", "",
"""Καλησπέρα,

Το μικρό ψυγειάκι για καλλυντικά που παρήγγειλα έκανε από την πρώτη
μέρα ένα δυνατό βουητό, και από χθες δεν κρυώνει καθόλου, οι κρέμες
μέσα είναι σε θερμοκρασία δωματίου. Μπορείτε να μου πείτε αν
επισκευάζεται;

Μαίρη"""),
("el", "b42-el-gl-tattoo-pone-san-trelo", "Lefteris Ch. <lefteris.ch@example.gr>", "eyxaristw", "general", "",
"""Re paides, 8elw na pw ena megalo eyxaristw ston Aris gia to
tatouaz sto pleyro. Ponese san trelo 6 wres, nomiza oti 8a pe8anw,
alla to apotelesma einai fonos!! Epoulwnei teleia. Ta leme gia to
epomeno"""),
("el", "b42-el-eyxaristo-raftria", "Ευανθία Μπούρα <ev.boura@example.gr>", "Ένα ευχαριστώ", "general", "",
"""Αγαπητή κυρία Σούλα,

Θέλω να σας ευχαριστήσω από καρδιάς για το φόρεμα της εγγονής μου. Το
φόρεμα της βάφτισης της μητέρας της, από το 1979, το κάνατε καινούργιο
και της έκατσε σαν να ήταν ραμμένο πάνω της. Όλη η εκκλησία ρωτούσε.

Να είστε καλά, με εκτίμηση,
Ευανθία Μπούρα"""),
("el", "b42-el-gialia-koureio", "Κωνσταντίνος Ράπτης <k.raptis@example.gr>", "Γυαλιά", "general", "",
"""Καλησπέρα, νομίζω ότι ξέχασα τα γυαλιά οράσεως μου (μαύρος σκελετός,
σε καφέ θήκη) πάνω στο ραφάκι δίπλα στην καρέκλα, στο κούρεμα της
Πέμπτης. Τα βρήκατε; Περνάω αύριο να τα πάρω."""),
("el", "b42-el-gl-epeigon-avgoustos", "Dora K. <dora.k@example.gr>", "EPEIGON!!!", "general", "",
"""EPEIGON!! einai anoixto to salon sto Xalandri ton Dekapentaygousto
h kleinete olo to Augousto?? 8elw na kleisw gia 12/8"""),
("el", "b42-el-allagi-kinitou-karta", "Γεωργία Νταλάκα <georgia.ntalaka@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα,

Άλλαξα αριθμό κινητού. Μπορείτε να ενημερώσετε την κάρτα πελάτη μου
στο αρωματοπωλείο (όνομα Γεωργία Νταλάκα, e-mail αυτό εδώ) με το νέο
νούμερο 694 000 7781; Το παλιό δεν το έχω πια.

Ευχαριστώ πολύ"""),
("el", "b42-el-diagrafi-dedomenon-gdpr", "Ηλιας Σαββιδης <ilias.savvidis@example.gr>", "Διαγραφη προσωπικων δεδομενων", "general", "",
"""Καλησπερα σας,

Συμφωνα με τον Κανονισμο (ΕΕ) 2016/679 (GDPR), ζητω τη διαγραφη
ολων των προσωπικων μου δεδομενων απο τα αρχεια σας και απο τη
λιστα του newsletter, καθως και τις φωτογραφιες πριν/μετα που
τραβηξατε στην κλινικη το 2022. Παρακαλω επιβεβαιωστε μου εγγραφως
οταν ολοκληρωθει.

Ηλιας Σαββιδης"""),
("el", "b42-el-palaiopoleio-eikones", "Βαγγέλης Δρόσος <vag.drosos@example.gr>", "Παλιές εικόνες", "general", "",
"""Καλησπέρα,

Αδειάζουμε το πατρικό στο Βόλο και έχουμε τρεις παλιές ξύλινες εικόνες
και ένα μπρούτζινο καντήλι. Αγοράζετε τέτοια πράγματα ή ξέρετε ποιος
θα μπορούσε να μας πει αν έχουν κάποια αξία; Μπορώ να στείλω
φωτογραφίες.

Βαγγέλης Δρόσος"""),
("el", "b42-el-sympeirifora-nyxia-ypeythinos", "Χαρίκλεια Νικολάου <hariklia.nikolaou@example.gr>", "Συμπεριφορά στο κατάστημα Γλυφάδας", "general", "high",
"""Κύριοι,

Την Τρίτη το απόγευμα η κοπέλα που μου έκανε πεντικιούρ στο κατάστημα
της Γλυφάδας σχολίαζε στα... ρωσικά, νομίζοντας ότι δεν καταλαβαίνω, τα
πόδια μου και την ηλικία μου με τη συνάδελφό της, και γελούσαν. Είμαι
από την Οδησσό και κατάλαβα κάθε λέξη.

Δεν ζητάω έκπτωση ούτε χρήματα. Ζητώ να μου τηλεφωνήσει η υπεύθυνη του
καταστήματος ή κάποιος από τη διοίκηση της αλυσίδας.

Χαρίκλεια Νικολάου"""),
("el", "b42-el-plakaki-eisodos-koureio", "Στέλιος Αθανασίου <stelios.athanasiou@example.gr>", "Είσοδος", "general", "high",
"""Καλησπέρα, να σας πω ότι το μεγάλο πλακάκι στο κατώφλι της εισόδου
σας έχει σπάσει και κουνιέται, με μια μύτη που εξέχει. Σήμερα ένας
ηλικιωμένος κύριος σκόνταψε και παραλίγο να χτυπήσει στη βιτρίνα. Αν
βρέξει θα γλιστράει κιόλας. Καλό θα ήταν να το δείτε γρήγορα.

Στέλιος"""),
("el", "b42-el-gl-xorigia-omada", "Apostolis Ntinas <apostolis.ntinas@example.gr>", "xorhgia", "general", "",
"""Geia sas, eimai proponhths sthn omada podosfairou paidwn (K12) tou
Astera Xaidariou. Psaxnoume xorhgo gia tis kainouries fanelles ths
sezon kai skefthkame to koureio sas afou ta misa paidia koureuontai
ekei :) Tha mporousame na valoume to logo sas sthn plath. An sas
endiaferei peite mas na ta poume.
Apostolhs"""),
("el", "b42-el-re-paralavi-thyroros", "Νεφέλη Ζαχαρίου <nefeli.zachariou@example.gr>", "Re: Παραλαβή ρούχων για καθάρισμα", "general", "",
"""Καλημέρα, η Τετάρτη μάς βολεύει, αλλά θα λείπουμε όλη μέρα. Θα
αφήσουμε τη σακούλα με τα παλτά στον θυρωρό (κ. Βασίλης) στο ισόγειο,
και το ίδιο στην επιστροφή παρακαλώ. Μην τα αφήσετε έξω από την πόρτα.

Νεφέλη

> Αγαπητή πελάτισσα,
> Η παραλαβή των ρούχων σας από το σπίτι έχει προγραμματιστεί για την
> Τετάρτη 13/11, 9:00-13:00. Απαντήστε σε αυτό το μήνυμα για οποιαδήποτε
> αλλαγή.
> Καθαριστήρια Λευκό"""),
("el", "b42-el-dimoprasia-ekthesi-imeres", "Ανδρέας Κουτσογιάννης <andreas.koutsog@example.gr>", "Έκθεση πριν τη δημοπρασία", "general", "",
"""Καλησπέρα σας,

Ποιες ημέρες και ώρες μπορεί κανείς να δει από κοντά τα έργα της
δημοπρασίας χαρακτικών του Δεκεμβρίου; Χρειάζεται ραντεβού ή είναι
ελεύθερη η είσοδος; Θα έρθω από τη Θεσσαλονίκη γι' αυτό.

Ευχαριστώ,
Α. Κουτσογιάννης"""),
("el", "b42-el-tattoo-16-xronon", "Σοφία Κρητικού <sofia.kritikou@example.gr>", "Τατουάζ σε ανήλικη", "general", "",
"""Γεια σας,

Η κόρη μου είναι 16 και θέλει ένα μικρό τατουάζ στον καρπό. Κάνετε σε
ανήλικους με υπογραφή γονέα, ή πρέπει να περιμένει να κλείσει τα 18;

Σοφία"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b42-es-lentillas-paso-a-gafas", "Montserrat Vidal <montse.vidal@example.es>", "Baja lentillas", "billing", "",
"""Hola,

El oftalmólogo me ha dicho que deje las lentillas una temporada larga
porque tengo los ojos muy secos, así que vuelvo a las gafas. Os pido que
no me mandéis más cajas ni me cobréis los 19,90 € al mes a partir de
ahora. Si hay que hacer algo desde la web decídmelo, porque no lo
encuentro.

Gracias,
Montse"""),
("es", "b42-es-barberia-congelar-intercambio", "Emiliano Ríos <emiliano.rios@example.com.mx>", "Membresía", "billing", "",
"""Qué tal, buenas tardes.

Tengo la membresía mensual de corte y barba en su sucursal de la Roma
Norte ($650 al mes). Me voy de intercambio a Montreal de enero a junio
y obviamente no voy a poder ir. ¿Se puede congelar esos seis meses y
retomarla cuando regrese, sin perder el precio que tengo?

Saludos,
Emiliano"""),
("es", "b42-es-sena-tatuaje-cambio-fecha", "Agustina Ferreyra <agus.ferreyra@example.com.ar>", "seña turno", "billing", "",
"""Hola! Les transferí $30.000 de seña para el turno del 14 con Nico
(el tatu de la golondrina en el antebrazo). Me surgió un viaje por
laburo y necesito pasarlo para fin de mes. La seña me la respetan si
cambio la fecha o la pierdo? Avisenme porfa
Agus"""),
("es", "b42-es-bono-laser-bizum-doble", "Lucía Romero <lucia.romero@example.es>", "Bizum repetido", "billing", "",
"""Buenas,

Ayer pagué por Bizum el bono de 6 sesiones de láser de axilas (189 €) en
vuestro centro de Nervión y la app me dio error, así que lo repetí.
Ahora veo que se me han cobrado las dos veces. ¿Me podéis devolver uno
de los dos pagos? Os adjunto captura.

Un saludo,
Lucía Romero"""),
("es", "b42-es-cuotas-clinica-estetica", "Valentina Ospina <valentina.ospina@example.com.co>", "Pago diferido", "billing", "",
"""Buenos días,

Quisiera saber si el tratamiento de rejuvenecimiento facial que me
cotizaron ($2.800.000) se puede pagar con tarjeta de crédito a 12
cuotas, y si la clínica cobra algún recargo por diferirlo. También me
interesa saber si hay descuento pagando de contado.

Muchas gracias,
Valentina Ospina
Medellín"""),
("es", "b42-es-tintoreria-nordico-precio", "Ramón Gil <ramon.gil@example.es>", "Precio del nórdico", "billing", "",
"""Hola buenas, el cartel de la tintorería dice "Nórdico 150 cm - 18 €" y
a mí me cobraron 26 € por uno de 150. La chica me dijo que era por el
relleno de pluma pero eso no pone en ningún sitio. ¿Me devolvéis los
8 €? Tengo el ticket.

Ramón"""),
("es", "b42-es-boleta-empeno-refrendo", "Juan Carlos Mendoza <jc.mendoza@example.com.mx>", "Boleta 44821", "billing", "",
"""buenas tardes, tengo empeñado un reloj con ustedes boleta 44821,
vence el 30. no lo puedo desempeñar todavia, quiero nomas pagar el
refrendo para que no se venza. cuanto es y puedo pagar en OXXO o
transferencia o tengo que ir a la sucursal? gracias"""),
("es", "b42-es-subasta-comision-iva", "Ignacio Ortega <ignacio.ortega@example.es>", "Factura lote 112", "billing", "",
"""Estimados señores:

Adjudicado el lote 112 (cómoda isabelina) en la subasta del pasado
jueves, he recibido la factura. Observo que se aplica el IVA sobre el
precio de remate además de sobre la comisión del comprador, cuando
según sus condiciones generales el lote estaba en régimen especial de
bienes usados. ¿Podrían revisarla y emitir una nueva?

Atentamente,
Ignacio Ortega Llorente"""),
("es", "b42-es-perfume-devolucion-omic", "Carmen Núñez <carmen.nunez@example.es>", "DEVOLUCIÓN DE HACE 6 SEMANAS", "billing", "high",
"""Les devolví el 2 de septiembre un perfume de 95 € sin abrir, dentro del
plazo de 14 días, con su propia etiqueta de devolución. Según el
seguimiento lo recibieron el 5. Han pasado seis semanas, he escrito
tres veces y sigo sin mi dinero.

Si en una semana no tengo el reembolso pondré una reclamación en la
OMIC de mi ayuntamiento y en la Junta Arbitral de Consumo.

Carmen Núñez Sanz"""),
("es", "b42-es-keratina-doble-cargo-desconocer", "Florencia Ibarra <flor.ibarra@example.com.ar>", "Doble cobro keratina", "billing", "high",
"""Hola. El sabado me hice el alisado con keratina en el local de Palermo
($85.000). En el resumen de la tarjeta me aparecen DOS consumos de
$85.000 del mismo dia con el mismo nombre de comercio.

Ya les mande whatsapp el lunes y me clavaron el visto. Si no me
devuelven uno de los dos cobros esta semana, desconozco el consumo con
el banco y que lo resuelvan ellos.

Florencia"""),
("es", "b42-es-relojeria-triple-presupuesto", "Rodrigo Valenzuela <rodrigo.valenzuela@example.cl>", "Cobro reparación reloj - quiero hablar con el dueño", "billing", "high",
"""Buenas tardes,

Llevé el reloj de mi papá (un Longines antiguo) a su relojería en
Providencia para cambiarle el vidrio y limpiarlo. Me dieron un
presupuesto de $90.000 escrito en la boleta. Hoy me llaman para
retirarlo y me dicen que son $270.000 porque "había que cambiar la
corona y ajustar la máquina". Nadie me pidió autorización para eso.

No voy a pagar ese monto sin que alguien me lo explique. Quiero hablar
directamente con el dueño o el encargado del taller, no con el
vendedor.

Rodrigo Valenzuela
+56 9 0000 4512"""),
("es", "b42-es-rv-ticket-arreglos-factura", "Administración Bodegas Olmedo <admin@bodegasolmedo.example>", "RV: Su ticket - Arreglos Costura Rosi", "billing", "",
"""Buenos días Rosi,

Te reenvío el ticket de los arreglos de los uniformes de sala. ¿Nos
puedes hacer una factura a nombre de la empresa? Sin factura no lo
podemos meter en contabilidad.

Bodegas Olmedo S.L.
CIF B00000000
C/ Real 14, 47300 Peñafiel (Valladolid)

Gracias,
Begoña (administración)

-----Mensaje original-----
De: Arreglos Costura Rosi
Enviado el: martes, 8 de octubre
Asunto: Su ticket

12 x Bajo pantalón         72,00
6 x Entallar chaleco       54,00
TOTAL                     126,00 €
Pagado con tarjeta"""),
("es", "b42-es-secadora-regalo-profeco", "Daniela Herrera <daniela.herrera@example.com.mx>", "Devolución secadora", "billing", "high",
"""Buenas tardes.

En mi baby shower me regalaron dos secadoras de cabello iguales de su
tienda en Plaza Satélite. Una está sellada y con su ticket de regalo
de hace 10 días. Fui a cambiarla y el gerente de piso me dijo que "los
electrodomésticos de cuidado personal no tienen cambio", cosa que no
dice en ningún lado del ticket ni de su página.

Si no me aceptan el cambio o el reembolso de los $1,499, voy a poner
una queja en PROFECO.

Daniela Herrera"""),
("es", "b42-es-app-peluqueria-no-entra", "Pablo Serrano <pablo.serrano@example.es>", "No puedo entrar en la app", "technical", "",
"""Hola, no es nada de pagos ni de la cita, es la app. Desde la última
actualización, cuando pongo el correo y la contraseña se queda la
ruedita girando y de ahí no pasa. Con el wifi y con datos igual. Tengo
un Xiaomi. ¿Sabéis si es cosa mía?"""),
("es", "b42-es-reloj-empanado", "Marisol Cárdenas <marisol.cardenas@example.com.mx>", "Reloj", "technical", "",
"""Buen día, hace tres semanas me cambiaron la pila y los empaques de mi
reloj en su local de Guadalajara y me dijeron que quedó sumergible.
Ayer me lavé las manos con él puesto y hoy amaneció empañado por
dentro. ¿Me lo pueden revisar?

Marisol"""),
("es", "b42-es-plancha-chispas-cable", "Camila Sosa <camila.sosa@example.com.ar>", "Planchita", "technical", "high",
"""Hola, les escribo porque la planchita de pelo que compré en el local
de Córdoba hace dos meses largó unas chispitas donde el cable entra al
mango, y olía a quemado. La desenchufé y no la volví a usar. No me
pasó nada. Mi hermana se compró la misma ese día, así que le dije
que tampoco la use. Qué hago?

Camila"""),
("es", "b42-es-lavanderia-datafonos-caidos", "Lavandería Autoservicio La Burbuja <laburbuja@example.es>", "Máquinas", "technical", "high",
"""Buenos días,

Desde las 8 ninguno de los lectores de tarjeta de las lavadoras ni de
las secadoras funciona, en la pantallita sale "sin conexión con
servidor". Tenemos 14 máquinas y solo las dos viejas de monedas están
funcionando. La gente entra con la ropa, ve la cola y se va. Ya hemos
reiniciado el router y el cuadro.

Es sábado y es el día que más trabajamos. Por favor que alguien nos
llame al 600 000 317.

Javier Marín
La Burbuja, Zaragoza"""),
("es", "b42-es-agenda-salon-unas-borrada", "Nails & Co Chapinero <citas@nailsco.example>", "Agenda", "technical", "high",
"""Hola,

Hoy desde temprano las clientas llegan con la confirmación de su cita
en el celular y en la agenda no aparece nada. Tenemos a cuatro
manicuristas y se nos han cruzado las citas toda la mañana, hay
señoras esperando hace una hora y ya se fueron varias bravas. Además
la página sigue dejando reservar horas que ya están ocupadas.

Usamos su programa de agenda en la recepción y en la web. Por favor,
ayúdennos hoy mismo.

Paola Cifuentes, administradora
Nails & Co, Bogotá"""),
("es", "b42-es-secadora-3-olor-quemado", "Begoña Larrañaga <begona.larranaga@example.es>", "Secadora 3", "technical", "high",
"""Hola,

Solo para avisar: la secadora número 3 de la lavandería de la calle
Autonomía, en Bilbao, huele muchísimo a quemado y la ropa sale
ardiendo, no se puede ni tocar. Una de mis camisetas ha salido con una
mancha marrón. He puesto un papel encima para que nadie la use, pero
convendría que la miraseis cuanto antes.

Begoña"""),
("es", "b42-es-hola-foto-valoracion", "Ignacia Muñoz <ignacia.munoz@example.cl>", "Hola", "technical", "",
"""Hola, estoy tratando de pedir la valoración online para el
tratamiento de manchas y en el paso donde hay que subir la foto de la
cara me sale "formato no soportado". La saqué con el celular normal,
es una foto jpg. Lo intenté también desde el computador y lo mismo.

Gracias,
Ignacia"""),
("es", "b42-es-lentillas-receta-formulario", "Álvaro Domínguez <alvaro.dominguez@example.es>", "Graduación", "technical", "",
"""Buenas tardes. Al intentar cambiar la graduación de mis lentillas en
vuestra web, el campo del cilindro no me deja poner -0,75, solo deja
valores positivos, y sin eso no me deja guardar. ¿Podéis mirarlo?"""),
("es", "b42-es-depiladora-ipl-error", "Karla Jiménez <karla.jimenez@example.com.mx>", "depiladora", "technical", "",
"""hola, la depiladora de luz pulsada que compre en su tienda en linea
prende pero parpadea la luz naranja y no dispara. ya la cargue toda la
noche y limpie la ventanita como dice el manual. que puede ser?"""),
("es", "b42-es-consulta-subasta-fotos", "Martín Gutiérrez <martin.gutierrez@example.com.ar>", "Consulta", "technical", "",
"""Buenas, en la subasta online de esta semana las fotos de los lotes no
cargan, queda el cuadradito gris y el ícono de la imagen rota. Probé
con Chrome y con el celu. Así no puedo ofertar por cosas que no veo.
Saludos, Martín"""),
("es", "b42-es-cortapelos-no-carga-no-devolver", "Sergio Castaño <sergio.castano@example.es>", "Recortadora de barba", "technical", "",
"""Hola. Compré la recortadora de barba hace un mes y estoy encantado
con ella, no la quiero devolver ni cambiar. El problema es que desde
hace unos días no carga: la pongo en la base, se enciende la lucecita
un segundo y se apaga. ¿Hay alguna forma de arreglarlo o de que la
miréis?

Sergio"""),
("es", "b42-es-codigo-sms-perfumeria", "Rosa Quispe <rosa.quispe@example.pe>", "codigo de verificacion", "technical", "",
"""Buenas noches, quiero entrar a mi cuenta de la tienda para ver mis
puntos y me pide un código por SMS que nunca me llega. Ya le di
"reenviar" como diez veces. Mi número es de Lima, está bien escrito.

Rosa"""),
("es", "b42-es-bajo-descosido", "Inmaculada Prieto <inma.prieto@example.es>", "El bajo del pantalón", "technical", "",
"""Buenos días,

La semana pasada me cogisteis el bajo a unos pantalones de traje y en
la primera puesta se me ha descosido por detrás, me iba arrastrando el
dobladillo por la calle. ¿Me los podéis volver a coser? Me pasaré por
la tienda el jueves.

Inma"""),
("es", "b42-es-lampara-uv-temporizador", "Yesenia Torres <yesenia.torres@example.com.mx>", "Lámpara uñas", "technical", "",
"""Buenas, la lámpara UV/LED para uñas que compré con ustedes ya no
respeta el temporizador, le pongo 30 segundos y se apaga a los 5, y a
veces ni prende con el sensor. El gel queda pegajoso. Qué hago?"""),
("es", "b42-es-gracias-esteticista", "Teresa Moreno <teresa.moreno@example.es>", "Gracias a Elena", "general", "",
"""Buenas tardes,

Quería agradecer a Elena, de vuestro centro de Alicante, el trato que
me dio el viernes. Tengo la piel muy sensible después de la
quimioterapia y fue delicadísima, me explicó todo y me hizo sentir
guapa por primera vez en meses.

Un abrazo,
Teresa"""),
("es", "b42-es-tatuador-la-rompio", "Tomás Acosta <tomas.acosta@example.com.ar>", "Fede es un asesino", "general", "",
"""Che, solo para decirles que Fede es un asesino, la rompió con el
tatuaje del lobo. Me mató el dolor en las costillas pero valió cada
minuto. Ya lo subí a instagram y los arrobé. Abrazo!"""),
("es", "b42-es-lentes-olvidados-barberia", "Héctor Aguilar <hector.aguilar@example.com.mx>", "Mis lentes", "general", "",
"""Buenas tardes, creo que el sábado dejé mis lentes de ver (armazón café,
en estuche negro) en la barbería de Coyoacán, junto al espejo. ¿Los
encontraron? Paso por ellos el miércoles."""),
("es", "b42-es-urgente-horario-agosto", "Noelia Benítez <noelia.benitez@example.es>", "URGENTE", "general", "",
"""URGENTE!!! Abrís en agosto o cerráis por vacaciones?? necesito hacerme
las uñas el 16 para una boda"""),
("es", "b42-es-cambio-celular-ficha", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Actualizar datos", "general", "",
"""Buenos días, cambié de número de celular. Por favor actualicen mi ficha
de clienta con el nuevo: 300 000 1122. El correo sigue siendo este.
Mil gracias"""),
("es", "b42-es-acceso-datos-historia-clinica", "Raquel Fuentes <raquel.fuentes@example.es>", "Ejercicio del derecho de acceso (RGPD)", "general", "",
"""A la atención del Delegado de Protección de Datos:

Por medio del presente ejercito mi derecho de acceso conforme al
artículo 15 del RGPD. Solicito copia de todos los datos personales que
conservan sobre mí, incluida mi historia clínica, los consentimientos
firmados y las fotografías tomadas en su clínica de Valencia con
motivo de los tratamientos de 2022 y 2023.

Adjunto copia de mi DNI.

Atentamente,
Raquel Fuentes Morales"""),
("es", "b42-es-anticuario-compra-muebles", "Patricio Soto <patricio.soto@example.cl>", "Muebles antiguos", "general", "",
"""Estimados, estamos desarmando la casa de mi abuela en Viña y hay un
aparador y una mesa de arrimo que parecen bastante antiguos. ¿Ustedes
compran muebles o solo venden? Si compran, ¿vienen a verlos a
domicilio? Puedo mandarles fotos.

Patricio"""),
("es", "b42-es-recepcionista-trato-direccion", "Pilar Navarro <pilar.navarro@example.es>", "Queja sobre la recepción de su clínica de Chamberí", "general", "high",
"""Buenas tardes,

El martes acudí a mi revisión en su clínica de Chamberí. Llegué diez
minutos tarde por una avería del metro y la recepcionista me dijo,
delante de toda la sala de espera, que "la gente como yo" es la que
les descuadra la agenda, y se negó a avisar a la doctora. Me fui sin
que me atendieran.

No quiero ningún descuento. Quiero que la dirección de la clínica se
ponga en contacto conmigo para tratar este asunto.

Pilar Navarro"""),
("es", "b42-es-piso-mojado-mama-resbalo", "Guadalupe Cruz <lupita.cruz@example.com.mx>", "Piso de la entrada", "general", "high",
"""Buenas noches,

Hoy en la tarde fui con mi mamá a su estética de la colonia Del Valle.
El piso de la entrada estaba recién trapeado, sin ningún letrero, y mi
mamá (72 años) se resbaló; alcancé a detenerla del brazo. Al salir
seguía mojado y nadie había puesto nada. Les aviso para que lo tomen
en cuenta antes de que alguien se caiga de verdad.

Guadalupe Cruz"""),
("es", "b42-es-patrocinio-carrera-solidaria", "Club Atletismo Ribera <club@atletismoribera.example>", "Carrera solidaria", "general", "",
"""Hola,

Desde el Club Atletismo Ribera organizamos el 23 de noviembre una
carrera solidaria a favor de la asociación de Alzheimer de Alzira.
Buscamos comercios del barrio que quieran colaborar con algún
obsequio para la bolsa del corredor (muestras de cosmética, por
ejemplo) o con un pequeño patrocinio. A cambio saldríais en el cartel
y en nuestras redes.

Un saludo,
Marta Pons, secretaria"""),
("es", "b42-es-re-entrega-traje-portero", "Gonzalo Paz <gonzalo.paz@example.com.ar>", "Re: Su traje está listo", "general", "",
"""Perfecto, gracias. El jueves no estoy en casa, lo pueden dejar con el
encargado del edificio (Don Rubén)? Está de 8 a 17. Que no lo dejen en
el palier por favor.

Gonzalo

El mar, 5 nov a las 11:20, Sastrería Ferraro escribió:
> Sr. Paz, su traje ya está con los arreglos terminados. Podemos
> llevárselo a su domicilio el jueves por la mañana. Confírmenos si le
> queda bien.
> Sastrería Ferraro"""),
("es", "b42-es-taller-maquillaje-plazas", "Irene Cabrera <irene.cabrera@example.es>", "Taller de maquillaje", "general", "",
"""Hola! He visto en vuestro Instagram que vais a hacer un taller de
maquillaje para novias en la tienda de Granada. ¿Qué día es y quedan
plazas? Iríamos la novia, mi hermana, y yo."""),
("es", "b42-es-aretes-bebe", "Fernanda Lozano <fernanda.lozano@example.com.mx>", "Perforación de orejitas", "general", "",
"""Hola buenas tardes, ¿a partir de qué edad perforan las orejitas a las
bebés? Mi niña tiene 4 meses. ¿Usan pistola o aguja, y hay que sacar
cita o puedo llegar directo?

Gracias"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b42-pl-soczewki-po-zacmie", "Halina Wróblewska <halina.wroblewska@example.pl>", "Soczewki", "billing", "",
"""Szanowni Państwo,

w październiku miałam operację zaćmy na oba oczy i lekarz powiedział, że
soczewek kontaktowych już nie będę potrzebowała, wystarczą mi okulary do
czytania. Proszę więc nie przysyłać mi kolejnych paczek i nie pobierać
z konta 89 zł miesięcznie. Wnuczka mi pomaga pisać tego maila, bo sama
nie umiem tego wyłączyć na stronie.

Z poważaniem
Halina Wróblewska"""),
("pl", "b42-pl-karnet-barber-syn-holandia", "Jolanta Kaczmarek <jola.kaczmarek@example.pl>", "Karnet syna", "billing", "",
"""Dzień dobry,

płacę za karnet mojego syna Kacpra w Waszym barberze na Ruczaju
(120 zł/mies., z mojej karty). Kacper od października studiuje w
Rotterdamie i wraca najwcześniej na święta, a i tak twierdzi, że się
tam zapuści. Proszę zakończyć karnet od następnego miesiąca.

Pozdrawiam
Jolanta Kaczmarek"""),
("pl", "b42-pl-paznokcie-blik-dwa-razy", "Natalia Zielińska <natalia.zielinska@example.pl>", "Podwójna płatność", "billing", "",
"""Hej, w sobotę płaciłam BLIK-iem za manicure hybrydowy (140 zł) w
salonie na Jeżycach. Terminal pokazał błąd, więc wpisałam kod jeszcze
raz, a w aplikacji banku mam teraz dwie płatności po 140 zł. Możecie
zwrócić jedną? Mogę podesłać potwierdzenia.
Natalia"""),
("pl", "b42-pl-laser-raty-zero", "Magdalena Sikora <magda.sikora@example.pl>", "Raty", "billing", "",
"""Dzień dobry,

interesuje mnie pakiet 8 zabiegów depilacji laserowej całych nóg za
3200 zł. Czy można go rozłożyć na raty 0%, i jeśli tak, to przez jaki
bank i na ile miesięcy? Czy jest jakaś zniżka przy płatności z góry?

Magdalena Sikora"""),
("pl", "b42-pl-lombard-przedluzenie", "Krzysztof Nowak <k.nowak77@example.pl>", "umowa 2291/L", "billing", "",
"""dzien dobry, mam u was w zastawie laptopa i obraczke, umowa 2291/L,
termin mija w piatek. nie dam rady wykupic w calosci, chcialbym
przedluzyc o miesiac. ile to bedzie kosztowac i czy moge zaplacic
przelewem czy musze przyjsc osobiscie do punktu na Piotrkowskiej?"""),
("pl", "b42-pl-aukcja-oplata-faktura-marza", "Andrzej Pietrzak <andrzej.pietrzak@example.pl>", "Faktura za obiekt 45", "billing", "",
"""Szanowni Państwo,

wylicytowałem obiekt nr 45 (zegar kominkowy, Francja ok. 1880) na
aukcji 12 października. W przesłanej fakturze opłata aukcyjna wynosi
20%, a w regulaminie aukcji podano 18%. Dodatkowo potrzebuję faktury
VAT marża, a nie zwykłej. Proszę o korektę.

Z wyrazami szacunku
Andrzej Pietrzak"""),
("pl", "b42-pl-pralnia-ekspres-cztery-dni", "Ewa Górecka <ewa.gorecka@example.pl>", "Usługa ekspresowa", "billing", "",
"""Dzień dobry,

oddałam w poniedziałek płaszcz do czyszczenia w trybie ekspresowym 24 h
i dopłaciłam za to 40 zł, bo był mi potrzebny na środę. Odebrałam go
dopiero w piątek. Płaszcz czysty, wszystko w porządku, ale za ekspres
chyba nie powinnam płacić. Proszę o zwrot 40 zł na kartę.

Ewa Górecka"""),
("pl", "b42-pl-zadatek-tatuaz-rzecznik", "Bartosz Lewandowski <bartosz.lewandowski@example.pl>", "Zadatek 500 zł", "billing", "high",
"""Dzień dobry,

w maju wpłaciłem 500 zł zadatku na tatuaż (rękaw, 3 sesje). Tydzień
przed pierwszą sesją studio napisało, że artystka odchodzi i termin
jest odwołany. Nie ja zrezygnowałem, tylko Wy, a od miesiąca słyszę,
że "zadatek przepada".

Zgodnie z kodeksem cywilnym w takiej sytuacji zadatek powinien zostać
zwrócony, i to w podwójnej wysokości. Jeśli do 15 listopada nie dostanę
przynajmniej 500 zł, sprawę zgłaszam do miejskiego rzecznika
konsumentów.

Bartosz Lewandowski"""),
("pl", "b42-pl-klinika-oplata-za-nieodbyty-chargeback", "Karolina Wojciechowska <karolina.w@example.pl>", "Obciążenie karty", "billing", "high",
"""Dzien dobry,

13.09 mialam umowiony zabieg mezoterapii w Waszej klinice na Mokotowie.
Dzien wczesniej odwolaliscie go SMS-em "z powodu choroby lekarza". Mimo
to 16.09 karta zostala obciazona kwota 950 zl z opisem Waszej kliniki.

Dzwonilam dwa razy, za kazdym razem ktos mial oddzwonic. Jesli
pieniadze nie wroca do piatku, zglaszam w banku reklamacje transakcji
(chargeback).

Karolina Wojciechowska"""),
("pl", "b42-pl-kaletnik-torebka-wlasciciel", "Grażyna Kowalczyk <grazyna.kowalczyk@example.pl>", "Naprawa torebki - proszę o kontakt właściciela", "billing", "high",
"""Dzień dobry,

zostawiłam w Waszym warsztacie skórzaną torebkę do wymiany zamka i
przeszycia rączki. Pan przy ladzie wycenił to na 150 zł i napisał na
kwitku. Przy odbiorze zażądano 320 zł, bo "skóra była trudna". Nikt
do mnie nie dzwonił z pytaniem o zgodę. Zapłaciłam, bo torebka była
mi potrzebna, ale nie zgadzam się na to.

Nie chcę już rozmawiać z pracownikami. Proszę, żeby zadzwonił do mnie
właściciel zakładu, tel. 600 000 215.

Grażyna Kowalczyk"""),
("pl", "b42-pl-perfumeria-odmowa-wymiany-kierownik", "Monika Jabłońska <monika.jablonska@example.pl>", "Zestaw prezentowy", "billing", "high",
"""Dzień dobry,

dostałam na urodziny zestaw perfum z Waszej perfumerii w Galerii
Bałtyckiej, nadal w folii, z paragonem prezentowym sprzed 9 dni. W
sklepie pani odmówiła wymiany i zwrotu, twierdząc że "kosmetyków się
nie wymienia", choć na Waszej stronie jest 30 dni na zwrot
nieotwartych produktów.

Proszę o kontakt kierownika sklepu albo kogoś z działu obsługi klienta
wyżej niż sklep, bo w sklepie nikt nie chce mnie słuchać.

Monika Jabłońska"""),
("pl", "b42-pl-odp-faktura-garnitur-nip", "Tomasz Mazur <tomasz.mazur@example.pl>", "Odp: Garnitur gotowy do odbioru", "billing", "",
"""Dzień dobry Pani Basiu,

dziękuję, odbiorę w sobotę. Czy mogłaby Pani wystawić fakturę na
firmę zamiast paragonu? Dane:

MAZUR CONSULTING Tomasz Mazur
NIP 000-000-00-00
ul. Długa 8/3, 31-147 Kraków

Pozdrawiam,
Tomasz Mazur

> Szanowny Panie,
> Garnitur szyty na miarę jest gotowy do odbioru. Do zapłaty pozostało
> 1800 zł (zaliczka 1000 zł została wpłacona przy zamówieniu).
> Barbara Kwiatkowska, Pracownia Krawiecka"""),
("pl", "b42-pl-pytanie-karta-podarunkowa-online", "Aleksandra Dudek <ola.dudek@example.pl>", "Pytanie", "billing", "",
"""Hej, dostałam kartę podarunkową do Waszej drogerii na 200 zł. Czy
mogę nią zapłacić przy zamówieniu w sklepie internetowym, czy tylko w
sklepach stacjonarnych? I czy jak zamówienie wyjdzie 230, to resztę
dopłacę kartą?"""),
("pl", "b42-pl-pralnia-abonament-pralka", "Michal Zawadzki <michal.zawadzki@example.pl>", "abonament pranie z odbiorem", "billing", "",
"""Czesc, od grudnia przeprowadzam sie do mieszkania z pralka i suszarka,
wiec abonament na pranie z odbiorem (99 zl/mies.) nie bedzie mi juz
potrzebny. Prosze go zakonczyc z koncem listopada. Dzieki za te dwa
lata, kurier zawsze punktualny.
Michal"""),
("pl", "b42-pl-aplikacja-barber-kod-sms", "Patryk Wiśniewski <patryk.wisniewski@example.pl>", "apka", "technical", "",
"""Siema, w aplikacji do rezerwacji wizyt nie przychodzi mi kod SMS przy
logowaniu. Klikam wyślij ponownie i dalej nic. Numer dobry, inne SMS
dochodzą normalnie. Play, Android."""),
("pl", "b42-pl-zegarek-bateria-nie-chodzi", "Zofia Majewska <zofia.majewska@example.pl>", "Zegarek", "technical", "",
"""Dzień dobry,

w zeszły wtorek wymieniali Państwo baterię w moim zegarku (Atlantic,
damski) w punkcie w Galerii Krakowskiej. Chodził do soboty, teraz znów
stoi. Nie chodzi mi o pieniądze, chcę tylko, żeby działał, bo to
pamiątka po mamie. Kiedy mogę go przynieść?

Zofia Majewska"""),
("pl", "b42-pl-prostownica-iskry", "Wiktoria Kamińska <wiktoria.kaminska@example.pl>", "Prostownica", "technical", "high",
"""Dzień dobry,

prostownica, którą kupiłam u Was w sierpniu, dziś rano zaiskrzyła w
miejscu, gdzie kabel wchodzi w rączkę, i poczułam zapach spalonego
plastiku. Od razu wyjęłam wtyczkę i więcej jej nie używam. Co mam z
nią zrobić?

Wiktoria"""),
("pl", "b42-pl-fryzjer-terminal-caly-dzien", "Studio Fryzur Agata <studio.agata@example.pl>", "Terminal", "technical", "high",
"""Dzień dobry,

terminal płatniczy, który od Was dzierżawimy, od otwarcia pokazuje
"brak połączenia z hostem" przy każdej karcie i przy BLIK-u też.
Internet działa, restartowaliśmy terminal kilka razy. Klientki po
farbowaniu nie mają czym zapłacić, dwie poszły do bankomatu i wróciły,
trzy wyszły i nie wróciły. Na dziś mamy jeszcze 11 wizyt.

Proszę o pilny kontakt: 500 000 874.

Agata Malinowska
Studio Fryzur Agata, Lublin"""),
("pl", "b42-pl-suszarka-pralnia-dym", "Damian Szymański <damian.szymanski@example.pl>", "suszarka nr 2", "technical", "high",
"""Dobry wieczór, w pralni samoobsługowej na Kazimierza Wielkiego
suszarka nr 2 zaczęła lekko dymić z tyłu w trakcie mojego suszenia i
było czuć spaleniznę. Wyciągnąłem swoje rzeczy i wyłączyłem ją, na
drzwiczkach zostawiłem kartkę. Ktoś powinien to sprawdzić, zanim się
zapali."""),
("pl", "b42-pl-klinika-system-rejestracji", "Recepcja Klinika Estetica <recepcja@estetica-klinika.example>", "System", "technical", "high",
"""Dzień dobry,

od rana Wasz program do rejestracji nie wyświetla żadnych wizyt ani
kart pacjentów, na wszystkich trzech komputerach. Nie wiemy, kto
jest umówiony na jaki zabieg, a w poczekalni siedzi już pięć osób.
Lekarze czekają, przyjmujemy "na pamięć" i z kartek.

Proszę o natychmiastowy kontakt: 22 000 45 12.

Justyna, recepcja"""),
("pl", "b42-pl-dzien-dobry-koszyk", "Elżbieta Czarnecka <ela.czarnecka@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry, od wczoraj w Waszym sklepie internetowym nie mogę
przejść do koszyka. Dodaję krem i perfumy, ikonka pokazuje 2, ale
jak klikam w koszyk, strona jest pusta i kręci się kółeczko. Próbowałam
na komputerze i telefonie.

Pozdrawiam"""),
("pl", "b42-pl-soczewki-zmiana-daty-blad", "Rafał Olszewski <rafal.olszewski@example.pl>", "Data wysyłki", "technical", "",
"""Dzien dobry, w aplikacji probuje przesunac date nastepnej wysylki
soczewek o dwa tygodnie (bede na urlopie), ale po wybraniu daty
wyskakuje "Wystapil nieoczekiwany blad" i nic sie nie zapisuje.
Probowalem kilka razy w ciagu dwoch dni."""),
("pl", "b42-pl-licytacja-na-zywo-rwie", "Leszek Baran <leszek.baran@example.pl>", "Transmisja aukcji", "technical", "",
"""Szanowni Państwo,

podczas wczorajszej aukcji na żywo obraz i dźwięk transmisji co chwilę
się zacinały, a licznik ofert pokazywał ceny z opóźnieniem nawet 20
sekund. Przy licytacji to zasadnicza sprawa. Łącze mam 300 Mb/s, inne
transmisje działają bez zarzutu. Czy to problem po Państwa stronie?

Leszek Baran"""),
("pl", "b42-pl-depilator-ipl-nie-wlacza", "Paulina Adamczyk <paulina.adamczyk@example.pl>", "Depilator IPL", "technical", "",
"""Dzień dobry, depilator IPL zamówiony u Was w lipcu przestał się
włączać. Naładowany, dioda ładowania świeci na zielono, ale po
wciśnięciu przycisku nic się nie dzieje. Jest na gwarancji, jak mam
go odesłać do naprawy?"""),
("pl", "b42-pl-maszynka-szarpie", "Marcin Grabowski <marcin.grabowski@example.pl>", "Maszynka do strzyżenia", "technical", "",
"""Maszynka do strzyżenia, którą kupiłem w zeszłym miesiącu, zaczęła
szarpać włosy zamiast je ciąć i pracuje dużo głośniej niż na
początku. Smarowałem olejkiem z zestawu. Czy to wada ostrza?"""),
("pl", "b42-pl-podeszwa-odkleila", "Jan Kubiak <jan.kubiak@example.pl>", "Buty po naprawie", "technical", "",
"""Dzien dobry,
tydzien temu odebralem od Panstwa buty po wymianie zelowek. Po trzech
dniach chodzenia lewa podeszwa odkleja sie z przodu na dlugosci kilku
centymetrow. Prosze o poprawke, przyniose je w poniedzialek.
J. Kubiak"""),
("pl", "b42-pl-lampa-uv-nie-utwardza", "Sandra Pawlak <sandra.pawlak@example.pl>", "Lampa do paznokci", "technical", "",
"""Hej, moja lampa UV/LED od was od tygodnia nie utwardza hybrydy,
po 60 s lakier dalej jest lepki, a połowa diod po lewej stronie chyba
nie świeci. Da się to naprawić czy wymieniacie?"""),
("pl", "b42-pl-podziekowanie-krawcowa", "Irena Sadowska <irena.sadowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowna Pani Krystyno,

chciałam bardzo podziękować za przerobienie sukni ślubnej mojej mamy
dla mojej córki. Suknia z 1985 roku wyglądała jak nowa i leżała
idealnie. Córka płakała ze wzruszenia, a ja razem z nią. Polecę Panią
każdemu.

Z serdecznymi pozdrowieniami
Irena Sadowska"""),
("pl", "b42-pl-tatuaz-zabojczy", "Kuba Wójcik <kuba.wojcik@example.pl>", "Tatuaż", "general", "",
"""Siema, chciałem tylko napisać, że tatuaż od Oskara wyszedł zabójczo.
Bolało jak cholera, myślałem że padnę na tym żebrze, ale warto było.
Goi się super. Na pewno wrócę na kolejny!"""),
("pl", "b42-pl-parasol-salon", "Beata Michalska <beata.michalska@example.pl>", "Parasol", "general", "",
"""Dzień dobry, we czwartek po południu zostawiłam chyba parasol w
Waszym salonie kosmetycznym (granatowy w białe kropki, stał przy
wieszaku). Czy ktoś go znalazł? Odbiorę przy następnej wizycie."""),
("pl", "b42-pl-pilne-wigilia", "Agnieszka Krawczyk <agnieszka.krawczyk@example.pl>", "PILNE", "general", "",
"""PILNE!! czy salon jest otwarty w Wigilię rano? muszę zrobić paznokcie
przed kolacją"""),
("pl", "b42-pl-zmiana-nazwiska-karta", "Anna Kowalska-Bąk <anna.kowalskabak@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Kowalska na Kowalska-Bąk. Proszę o
zmianę nazwiska na mojej karcie stałej klientki perfumerii. E-mail
i telefon zostają te same.

Dziękuję
Anna Kowalska-Bąk"""),
("pl", "b42-pl-rodo-usuniecie-zdjec", "Dorota Kwiatkowska <dorota.kwiatkowska@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych
osobowych, w tym zdjęć "przed i po" wykonanych w Państwa klinice w
2021 roku, oraz wypisania mnie z newslettera. Nie wyrażam zgody na
dalsze wykorzystywanie tych zdjęć, także w mediach społecznościowych.
Proszę o pisemne potwierdzenie.

Dorota Kwiatkowska"""),
("pl", "b42-pl-antykwariat-stare-zegary", "Henryk Wilk <henryk.wilk@example.pl>", "Stare zegary", "general", "",
"""Dzień dobry,

mam po dziadku kilka starych zegarów ściennych i jeden kieszonkowy,
srebrny. Czy Państwa antykwariat skupuje takie rzeczy albo przyjmuje w
komis? Czy trzeba się umówić na wycenę?

Henryk Wilk, Toruń"""),
("pl", "b42-pl-lombard-pracownik-kierownik", "Sebastian Król <sebastian.krol@example.pl>", "Zachowanie pracownika w punkcie na Grochowie", "general", "high",
"""Dzień dobry,

wczoraj przyszedłem do Waszego punktu na Grochowie zapytać o wycenę
konsoli. Pracownik od progu zapytał, czy "to na pewno moje", a po
pokazaniu paragonu powiedział koledze na głos, że "znowu jakiś
ćpun". Przy innych klientach.

Nie chcę żadnej wyceny ani rabatu. Żądam rozmowy z kierownikiem
regionu albo kimś z centrali.

Sebastian Król"""),
("pl", "b42-pl-schody-luzny-prog", "Wanda Szulc <wanda.szulc@example.pl>", "Schody do salonu", "general", "high",
"""Dzień dobry,

chciałam zwrócić uwagę, że na schodach prowadzących do Państwa salonu
w piwnicy ostatni stopień ma oderwaną metalową listwę, która wystaje
kilka centymetrów. Zahaczyłam o nią dziś obcasem i mało nie spadłam,
na szczęście była poręcz. Przy starszych klientkach może się to źle
skończyć.

Wanda Szulc"""),
("pl", "b42-pl-sponsoring-turniej", "Szkoła Podstawowa nr 12 <sp12@example.edu.pl>", "Turniej szkolny", "general", "",
"""Dzień dobry,

nasza szkoła organizuje 7 czerwca rodzinny turniej piłki nożnej. Czy
Państwa barber shop byłby zainteresowany ufundowaniem drobnych nagród,
np. voucherów na strzyżenie dla zwycięskiej drużyny rodziców? Logo
umieścimy na plakatach i na stronie szkoły.

Pozdrawiam
Marek Zając, wicedyrektor"""),
("pl", "b42-pl-odp-odbior-domofon", "Łukasz Piotrowski <lukasz.piotrowski@example.pl>", "Odp: Odbiór rzeczy z pralni - potwierdzenie", "general", "",
"""Dzień dobry, wtorek pasuje. Kod do domofonu to 2408, paczka z
koszulami będzie w przedsionku na 3 piętrze przy drzwiach nr 14.
Oddając, proszę zostawić u sąsiadki pod 15, wie o wszystkim.

Łukasz

> Dzień dobry,
> potwierdzamy odbiór rzeczy z Pana adresu we wtorek 19.11 w godz.
> 8:00-12:00. W razie zmian prosimy o odpowiedź na tę wiadomość.
> Pralnia Biały Kruk"""),
("pl", "b42-pl-kurtka-puchowa-ile-trwa", "Weronika Stępień <weronika.stepien@example.pl>", "kurtka puchowa", "general", "",
"""Dzien dobry, czy czyscicie tez kurtki puchowe (dluga, z kapturem
z futerkiem)? Jesli tak, to ile to trwa i czy futerko trzeba odpiac
wczesniej? Punkt na Bronowicach czy tylko glowna pracownia?
Weronika"""),
("pl", "b42-pl-barber-z-psem", "Adam Zalewski <adam.zalewski@example.pl>", "pies", "general", "",
"""Siema, mogę przyjść na strzyżenie z psem? Spokojny labrador, poleży
pod krzesłem. Pytam zanim się umówię"""),
]
