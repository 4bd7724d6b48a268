# batch93.py -- labelled mails held out of the tree until the rules it
# measures are final.  Student life: student loans companies, halls of
# residence, university IT helpdesks, textbook rental, exam resit fees,
# student unions, graduation gowns and photos.  Covers the failure
# classes in new situations -- escalation demands that keep their topic,
# legal threats and chargebacks, negations, Greeklish, subjects that say
# nothing or something else, replies quoting an earlier mail, paid plans
# ended or paused in other words, outages of a business told by their
# consequences, safety hazards told calmly, praise and thanks, payment
# questions -- and everyday mail of all three queues.  Same tuple format
# as batch13.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b93-en-loan-still-deducted-after-payoff", "Rachel Dunmore <rachel.dunmore@example.co.uk>", "Repayments after balance cleared", "billing", "",
"""Hello,

I cleared the rest of my student loan with a lump sum on 3 February and
your online account shows a balance of 0.00. Despite that, my employer
has taken 86 GBP under plan 2 from both my February and March payslips.

Could you please stop the deductions and refund the two payments? My
customer reference is 7730 2291 58.

Kind regards,
Rachel Dunmore"""),
("en", "b93-en-halls-deposit-small-claims", "Tom Ashby <tom.ashby@example.co.uk>", "Deposit - Cavendish Court flat 4B", "billing", "high",
"""To whom it may concern,

I moved out of Cavendish Court on 28 June. The flat was cleaned by all
five of us and I have dated photos of every room, including the oven.
Today I received a statement deducting 180 GBP of my 250 GBP deposit for
"professional cleaning" and "carpet treatment". There is no carpet in
my room. It is laminate.

I am asking for the full 250 GBP back within 14 days. If it is not
returned I will file a claim through the small claims court online
service and include your deduction statement and my photographs.

Tom Ashby
Student no. 2104417"""),
("en", "b93-en-resit-fee-taken-twice", "Priya Raman <priya.raman@example.ac.uk>", "Question", "billing", "",
"""Hi there,

I registered for the August resit of ECON2040 and paid the 50 GBP fee on
the student portal. The page timed out so I paid again when it asked me
to - now I can see two payments of 50 on my bank app. I only have one
resit. Can one of them go back on my card?

Thanks,
Priya"""),
("en", "b93-en-textbook-late-fee-returned-on-time", "Owen Pritchard <owen.pritchard@example.com>", "Late fee on rental", "billing", "",
"""Hiya, I got an email saying I've been charged a 12.50 late fee for the
Organic Chemistry rental. I dropped it at the campus return box on the
Friday before the due date, I've still got the drop-off receipt slip.
Can you take the fee off please"""),
("en", "b93-en-gown-hire-visa-refund", "Chen Jiayi <jiayi.chen@example.com>", "Cannot attend ceremony - gown hire", "billing", "",
"""Dear Sir or Madam,

I booked and paid for a Master's gown and hood (order GH-58102, 62.00
GBP) for the graduation ceremony on 18 July. Unfortunately my visa
expires before that date and I will have to leave the UK on 30 June, so
I will not be able to attend.

Is it possible to cancel the hire and receive a refund? If there is a
cancellation charge please let me know the amount.

With thanks,
Jiayi Chen"""),
("en", "b93-en-su-gym-placement-galway", "Ciarán Doyle <ciaran.doyle@example.ie>", "Gym", "billing", "",
"""Hi lads,

I'm off on work placement in Galway from next month till the end of May
so I won't be next nor near the SU gym. Can you stop the monthly 22 euro
coming out of my account from the 1st? I'll sign up again when I'm back
in September.

Cheers,
Ciarán"""),
("en", "b93-en-halls-rent-twice-chargeback", "Aisha Bello <aisha.bello@example.co.uk>", "Rent instalment 2 taken TWICE", "billing", "high",
"""Hello,

My second rent instalment of 1,640.00 GBP was taken from my account on
6 January and again on 8 January. I rang the accommodation office on the
9th and was told it "would be looked into". It is now the 20th and
nothing has happened. That money is my entire maintenance loan for the
term and I've had to borrow from my sister to eat.

If the duplicate payment is not back in my account by Friday I'll ask my
bank to reverse it as a disputed transaction.

Aisha Bello, Room 214, Harrison Hall"""),
("en", "b93-en-convocation-photo-extra-copies", "Karthik Subramanian <karthik.s@example.in>", "Regarding convocation photographs", "billing", "",
"""Respected Sir/Madam,

I have already purchased the standard convocation photo package
(Rs. 1,800) at the venue. My parents would like two extra prints of the
stage photo in 8x10 size for relatives in Coimbatore. Kindly let me know
the cost for the same and whether I can pay through UPI.

Also please do the needful if any discount is available for alumni.

Thanking you,
Karthik Subramanian
Reg. No. 19MEC0412"""),
("en", "b93-en-re-invoice-employer-resit", "Daniel Frost <d.frost@example.co.uk>", "Re: Invoice request", "billing", "",
"""Hi Sandra,

Thanks for that - unfortunately our finance team say they can't pay it
as a personal receipt. Could you re-issue it as an invoice addressed to
Hartwell Engineering Ltd, Unit 7, Riverside Park, Derby DE1 3QT, with
our PO number 45-11873 on it?

Many thanks,
Dan

> On 4 Mar, Sandra Keel (Registry Fees) wrote:
> Dear Daniel,
> Please find attached your receipt for the resit assessment fee
> (Module ENG3110, 145.00 GBP).
> Kind regards, Sandra"""),
("en", "b93-en-meal-plan-pause-medical-leave", "Hannah Whitlock <hannah.whitlock@example.ac.uk>", "Catered plan while I'm away", "billing", "",
"""Hi,

I've been granted a leave of absence on medical grounds from 1 March
until the start of next academic year. I won't be living in Fenwick
Hall during that time. Can my catered meal plan be put on hold rather
than cancelled, so I keep the same plan when I come back? I'd rather not
keep paying 48 GBP a week for meals I can't eat.

Hannah"""),
("en", "b93-en-mum-passed-textbook-subscription", "Gareth Lewis <gareth.lewis@example.co.uk>", "My mother's account", "billing", "",
"""Good afternoon,

My mother, Mrs Eirlys Lewis, was studying with the Open University and
had your monthly textbook subscription. Sadly she passed away on 11
October. I'd be grateful if you would close her account and make sure
no further payments are taken from her card. I can send a copy of the
death certificate if needed.

Yours faithfully,
Gareth Lewis"""),
("en", "b93-en-loan-servicer-supervisor", "Brittany Kowalski <brittany.kowalski@example.com>", "Payment applied to wrong loan AGAIN", "billing", "high",
"""For the third month in a row my extra payment of $300 has been applied
to my lowest-interest loan (Group A, 3.73%) instead of Group D (6.8%),
even though I selected Group D online and confirmed it on the phone with
a rep named Kevin in January.

I am not calling the general line again to be told it will be "fixed in
the next billing cycle." I want this escalated to a supervisor who can
actually move the $900 to the right loan and recalculate the interest
I've been charged. Please have a supervisor contact me at 614-555-0187.

Brittany Kowalski
Account ending 4420"""),
("en", "b93-en-gown-exchange-not-refund", "Liam Fletcher <liam.fletcher@example.co.uk>", "Gown order 30917", "billing", "",
"""Hi, the gown that arrived is a size 36 but I'm 6'3 and it comes up to
my shins. I don't want a refund - can I just swap it for the 45 length
before the ceremony on the 12th? Happy to post it back today.

Liam"""),
("en", "b93-en-textbook-rental-afterpay", "Jess Nguyen <jess.nguyen@example.com.au>", "Paying for rentals", "billing", "",
"""Hey, quick one - can I pay for a semester textbook rental with
Afterpay or in a couple of instalments? My list comes to about $260 AUD
and I'd rather not put it all on my card in week 1. Also is there a
student concession price if I show my Guild card? Cheers, Jess"""),
("en", "b93-en-eduroam-certificate-mac", "Ella Brightman <ella.brightman@example.ac.uk>", "eduroam won't connect", "technical", "",
"""Hi IT,

Since updating my MacBook to the latest macOS, eduroam keeps asking me
to "trust" a certificate and then fails to connect. I've forgotten the
network and set it up again with my full uni email as the username. It
works fine on my phone. Any ideas? I'm in the Arts library most days
if it's easier to pop to the desk.

Ella"""),
("en", "b93-en-mfa-phone-stolen", "Jamal Osei <jamal.osei@example.ac.uk>", "Authenticator", "technical", "",
"""my phone got nicked on saturday and the authenticator app was on it so
now I can't log in to anything uni - email, canvas, nothing. I've got a
new phone and number. how do I reset the MFA? student number 2219930"""),
("en", "b93-en-halls-socket-scorch", "Megan Hughes <megan.hughes@example.co.uk>", "Socket in my room", "technical", "high",
"""Hello,

I thought I should let you know that the double socket by the desk in
room 31, Beaumont House, made a crackling noise last night when I
plugged my laptop charger in and there was a small flash. There's now a
brown scorch mark above the left-hand switch and it smells a bit like
burnt plastic. I've switched it off at the wall and I'm not using it.

Could someone take a look? I'm around most days after 2pm.

Thanks,
Megan"""),
("en", "b93-en-halls-heating-block-january", "Joe Whitfield <joe.whitfield@example.co.uk>", "Block C", "technical", "high",
"""Hi,

Writing on behalf of the flat reps in Block C, Ashgrove Village. None of
the radiators in the whole block have come on since Thursday evening and
the hot water is lukewarm at best. It was minus four last night. People
are sleeping in coats and a few have gone to stay with friends in town.
One of the girls on the ground floor has a chest condition and has
been told by her GP to keep warm.

There are around 180 of us in the block. Reception said a contractor was
"booked" on Friday but nobody has turned up. Can someone please tell us
when it will be fixed?

Joe Whitfield (Flat 12)"""),
("en", "b93-en-vle-exam-cohort", "Dr Ruth Okafor <r.okafor@example.ac.uk>", "Timed assessment - PSY1003", "technical", "high",
"""Dear IT Service Desk,

Our first-year timed online assessment opened at 10:00 this morning on
the VLE. Since about 10:20 students are getting a "session expired"
error as soon as they try to save or submit an answer, and being thrown
back to the login page. I have over 300 students sitting this paper, the
window closes at 12:00, and my inbox and the Teams chat are filling up
with screenshots.

Please can someone call me on ext. 4471 as soon as possible.

Ruth Okafor
Module Lead, PSY1003"""),
("en", "b93-en-etextbook-app-crash-not-billing", "Sophie Marchant <sophie.marchant@example.com>", "App", "technical", "",
"""Hello, this is not about my payment, that all went through fine. The
problem is the e-textbook app closes itself every time I try to open
chapter 4 of Clinical Anatomy. Chapters 1-3 open normally. I've deleted
and reinstalled it twice. iPad 9th gen, latest iPadOS.

Sophie"""),
("en", "b93-en-password-reset-mail-not-coming", "Ananya Iyer <ananya.iyer@example.in>", "Not able to reset password for student portal", "technical", "",
"""Dear Team,

I am trying to reset my student portal password since yesterday but the
reset mail is not coming to my registered email id. I have checked spam
folder also. I tried 4-5 times, now it is showing "too many attempts,
try after 24 hours". My fees receipt and hall ticket are to be
downloaded from portal only.

Please help to resolve the same at the earliest.

Regards,
Ananya Iyer
Roll No. 21BCA1187"""),
("en", "b93-en-print-release-card-not-read", "Finn Gallagher <finn.gallagher@example.ac.uk>", "Hello", "technical", "",
"""Hello,

The print release machines in the Hub don't recognise my student card -
I tap it and nothing happens, but my mate's card works fine on the same
machine. My card still opens the library gates so I don't think it's
damaged. Do I need to re-register it somewhere?

Finn"""),
("en", "b93-en-uni-bar-tills-orientation", "Bar Manager <bar@unilodge-bar.example.com.au>", "Tills - please call asap", "technical", "high",
"""Hi team,

It's O-Week and we've got the biggest night of the year on. Since about
6.30pm none of the tills at the Uni Bar will connect - every card
payment comes back "host unavailable" and the cash drawers won't open
without a completed sale. We've got a queue out the door onto the lawn
and staff are turning people away. Tried rebooting the router and each
terminal. Roughly 1,500 tickets sold for tonight.

Please ring me on 0412 555 019.

Mick Jarrett
Bar & Venue Manager"""),
("en", "b93-en-loan-portal-upload-fails", "Tyler Brooks <tyler.brooks@example.com>", "Can't upload income documents", "technical", "",
"""Hi,

I'm trying to upload my 2023 tax return transcript to my account for the
income-driven repayment recertification. Every time I hit upload, the
progress bar gets to 100% and then I get "Something went wrong (Error
502)". The file is a PDF, 1.2 MB. Tried Chrome and Edge, and the app.
My recertification deadline is the 30th so I'd like to get it in.

Tyler Brooks"""),
("en", "b93-en-grad-photo-gallery-404", "Nadia Rahman <nadia.rahman@example.co.uk>", "Gallery link", "technical", "",
"""Hi, the link in your email to view my graduation photos (ceremony 4,
Tuesday afternoon) just goes to a page saying 404 not found. I've tried
it on my phone and laptop. My code is KLM-4471. Thanks!"""),
("en", "b93-en-laundry-app-machines-busy", "Ruby Sinclair <ruby.sinclair@example.co.uk>", "Laundry room", "technical", "",
"""The laundry app has shown all six washers in the Elm Court laundry
room as "in use - 47 mins remaining" since Sunday. They're all empty with
the doors open. I tried starting two of them from the app and from the
panel and neither would go."""),
("en", "b93-en-loan-laptop-battery-bulging", "Arjun Mehta <arjun.mehta@example.ac.uk>", "Loan laptop LT-0392", "technical", "high",
"""Hi,

The laptop I borrowed from the library loan scheme (asset tag LT-0392)
has started to rock on the desk and the trackpad is pushed up at one
corner. When I turned it over the base is bulging and it was quite warm
even though it was off. I've left it on a tile on the windowsill,
unplugged.

Where should I bring it? I don't really want to carry it around in my
bag.

Arjun Mehta"""),
("en", "b93-en-lost-usb-library-level3", "Kirsty McLeod <kirsty.mcleod@example.co.uk>", "Lost memory stick", "general", "",
"""Hi, I think I left a black SanDisk memory stick in one of the PCs on
level 3 of the library yesterday afternoon (round about 4). It's got a
pink keyring tag with K.M. written on it. Has anyone handed it in? It
has my whole dissertation on it, honestly panicking a bit."""),
("en", "b93-en-thanks-helpdesk-corrupted-file", "Beatrice Onslow <beatrice.onslow@example.ac.uk>", "Thank you!", "general", "",
"""Dear IT Helpdesk,

I just wanted to say an enormous thank you to Sam on the desk on Tuesday
evening. I came in close to tears with a corrupted Word file two days
before my dissertation hand-in, and he spent nearly an hour patiently
digging out an autosaved version from OneDrive. He was kind, calm and
didn't make me feel stupid once.

Please pass this on to his manager - he deserves it.

Best wishes,
Beatrice Onslow"""),
("en", "b93-en-security-guard-conduct-manager", "Ifeoma Nwosu <ifeoma.nwosu@example.co.uk>", "Conduct of night security at Clarendon Halls", "general", "high",
"""Dear Accommodation Services,

At about 11.40pm on Saturday I returned to Clarendon Halls having
forgotten my key fob. The security guard at the front desk refused to
check my ID against the system, said I "didn't look like I lived here",
and made me wait outside in the rain for 35 minutes while he let other
residents in. When I asked for his name he laughed and turned away.

I have lived here for two years. I want this dealt with by the
Accommodation Manager, not by the security contractor, and I would like
a meeting with the manager this week. I have the time on my phone log
and a friend who witnessed it.

Ifeoma Nwosu
Block B, Room 7"""),
("en", "b93-en-change-name-records", "Alex Moreno-Hale <alex.morenohale@example.ac.uk>", "Updating my name", "general", "",
"""Hi,

I've changed my name by deed poll and would like my student record,
email display name and ID card updated to Alex Moreno-Hale. What do you
need from me - is a scan of the deed poll ok or do I need to bring the
original in?

Thanks,
Alex (student no. 2307715)"""),
("en", "b93-en-subject-access-request", "Michael Harte <michael.harte@example.co.uk>", "Request for my personal data", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of the personal data you hold
about me, including call notes and any records of correspondence
relating to my student loan account from 2015 to date.

Customer reference: 6612 0943 17
Date of birth: 14/08/1996

Please send the information electronically to this address.

Regards,
Michael Harte"""),
("en", "b93-en-su-stairwell-broken-tread", "Olu Adeyemi <olu.adeyemi@example.co.uk>", "Stairs in the Union building", "general", "high",
"""Hi,

Just flagging that the third step from the bottom on the back staircase
of the Union (the one going up to the society rooms) has come loose -
the metal nosing is lifting and the step rocks when you stand on it.
Someone in our society caught their foot on it last night and went down
hard, luckily just a bruised knee. It's badly lit there in the evening
too. Could someone tape it off or get it fixed before tonight's events?

Olu, Afro-Caribbean Society president"""),
("en", "b93-en-graduation-guest-tickets", "Siobhan Carey <siobhan.carey@example.ie>", "Graduation tickets", "general", "",
"""Hi,

How many guest tickets do we get for the conferring ceremony in
November? My mam, dad and nana all want to come and I'm dying to know
if I can bring all three, or is it two each? Also is there step-free
access to the hall for my nana's wheelchair?

Thanks a million,
Siobhan"""),
("en", "b93-en-society-sponsorship-cafe", "Leo Grant <leo@grindhousecoffee.example.co.uk>", "Sponsoring a society", "general", "",
"""Hello,

We run Grindhouse Coffee on Station Road, just down from campus, and a
lot of our regulars are students. We'd love to sponsor one of the
Union's societies this year - perhaps the film or hiking society - with
a small cash contribution and a loyalty discount for members.

Who at the Union should I speak to about this, and is there a
sponsorship pack?

Best,
Leo Grant"""),
("en", "b93-en-parcels-porters-lodge", "Grace Whelan <grace.whelan@example.co.uk>", "Order 48213", "general", "",
"""Hi, just re my textbook order 48213 - the courier tried to deliver
to my room in halls and left a card. Could you make sure future parcels
are left at the porters' lodge instead? Address: Grace Whelan, Porters'
Lodge, Somerville Court, Mill Road, Cambridge CB1 2AB. Thanks!"""),
("en", "b93-en-library-hours-easter", "Declan Murphy <declan.murphy@example.ie>", "Library over Easter", "general", "",
"""Hi, will the Boole library be open over the Easter break, and if so
what are the hours on Good Friday and Easter Monday? Thanks, Declan"""),
("en", "b93-en-re-lost-ring-exam-hall", "Zara Hussain <zara.hussain@example.co.uk>", "Re: Lost property enquiry LP-2291", "general", "",
"""Hi Julie,

That's it!! The gold one with the small green stone. Thank you so much
for checking. I can come to Estates reception tomorrow at 10 to collect
it - do I need to bring anything apart from my student card?

Zara

> From: Lost Property, Estates Office
> Sent: 12 May 15:02
> Hi Zara, a ring matching your description was handed in by an
> invigilator after the exam in the Sports Hall on Friday. Can you
> describe it in a bit more detail so we can confirm it's yours?
> Julie"""),
("en", "b93-en-urgent-caps-collection-time", "Kyle Donovan <kyle.donovan@example.com>", "URGENT!!!!", "general", "",
"""URGENT - what time does the gown collection desk open on Saturday??
my ceremony is at 11 and I need to know if I can pick it up the same
morning or if I have to come friday. thx"""),
("en", "b93-en-quiz-night-killer-thanks", "Georgia Pham <georgia.pham@example.com.au>", "Trivia night", "general", "",
"""G'day, just wanted to say the Guild trivia night on Thursday absolutely
killed it. The music round was murder and we lost by one point, still
gutted. Huge thanks to the volunteers who ran it - please do another one
before exams!

Georgia (Team Quizteama Aguilera)"""),
# ---------------- Greek ----------------
("el", "b93-el-gl-orkomosia-fotografies-diplh-xrewsh", "Marina Tz. <marina.tz@example.gr>", "fwtografies orkwmosias", "billing", "",
"""Kalhspera sas,

phra to paketo me tis fwtografies ths orkwmosias (3 fwto 20x30 + psifiaka)
apo to site sas thn Paraskevh kai mou xrewthikan 2 fores ta 65 eurw sthn
karta. H paraggelia einai mia, arithmos 11842. Mporeite na mou
epistrepsete th mia xrewsh?

Eyxaristw,
Marina"""),
("el", "b93-el-didaktra-doseis-kollegio", "Αντώνης Μαυρίδης <antonis.mavridis@example.gr>", "Δίδακτρα 2ου έτους", "billing", "",
"""Καλημέρα σας,

Ο γιος μου ξεκινά το δεύτερο έτος στο τμήμα Πληροφορικής του κολεγίου
σας τον Οκτώβριο. Τα δίδακτρα είναι 5.400 €. Θα ήθελα να ρωτήσω αν
υπάρχει δυνατότητα πληρωμής σε δόσεις με την πιστωτική κάρτα χωρίς τόκο
και σε πόσες, ή αν πρέπει να γίνει εφάπαξ κατάθεση στην τράπεζα.

Ευχαριστώ,
Αντώνης Μαυρίδης"""),
("el", "b93-el-estia-egguisi-synigoros", "Δήμητρα Καλογεράκη <dimitra.kalog@example.gr>", "Εγγύηση δωματίου 112", "billing", "high",
"""Αξιότιμοι κύριοι,

Αποχώρησα από το δωμάτιο 112 της φοιτητικής σας εστίας στις 30 Ιουνίου
και παρέδωσα τα κλειδιά με υπογεγραμμένο πρακτικό παράδοσης χωρίς καμία
παρατήρηση. Η εγγύηση των 400 € έπρεπε σύμφωνα με το συμφωνητικό να
επιστραφεί εντός 30 ημερών. Έχουν περάσει δύο μήνες, έχω στείλει τρία
email και κανείς δεν απαντά.

Αν δεν επιστραφεί το ποσό μέχρι τις 15 του μήνα, θα υποβάλω αναφορά
στον Συνήγορο του Καταναλωτή και θα κινηθώ νομικά.

Δήμητρα Καλογεράκη
6977 000 412"""),
("el", "b93-el-gl-gios-gyrise-xwrio-sitisi", "Giorgos Papadakis <g.papadakis@example.gr>", "Sitisi paidiou", "billing", "",
"""Geia sas. O gios mou o Nikos teleiwse thn sxolh ton Iounio kai
gyrise pisw sto Hrakleio, den menei pleon sthn Patra. Omws mou erxete
akoma kathe mhna h xrewsh 120 eurw gia to programma sitishs sto
estiatorio ths estias. Parakalw na stamathsei, den to xreiazomaste
pia. To paidi exei arithmo mhtrwou 1059872.

Eyxaristw
G. Papadakis"""),
("el", "b93-el-tivennos-egguisi-den-epistrafike", "Ελένη Σταματοπούλου <eleni.stam@example.gr>", "Εγγύηση τηβέννου", "billing", "",
"""Καλησπέρα,

Νοίκιασα τήβεννο και καπέλο για την ορκωμοσία της 14ης Ιουλίου και
πλήρωσα 25 € ενοίκιο και 40 € εγγύηση. Τα επέστρεψα την ίδια μέρα στο
περίπτερο έξω από την Αίθουσα Τελετών, αλλά η εγγύηση δεν έχει γυρίσει
ακόμα στην κάρτα μου. Μπορείτε να το ελέγξετε;

Ευχαριστώ πολύ,
Ελένη"""),
("el", "b93-el-paravolo-epanexetasis-ana-mathima", "Σταύρος Ιωάννου <stavros.ioannou@example.com.cy>", "Ερώτηση για παράβολο", "billing", "",
"""Καλησπέρα σας,

Έχω να ξαναδώσω δύο μαθήματα τον Σεπτέμβριο (Λογιστική ΙΙ και
Στατιστική). Το παράβολο επανεξέτασης των 75 ευρώ είναι για κάθε μάθημα
ή συνολικό; Και μέχρι πότε πρέπει να πληρωθεί για να με δεχτούν στην
εξέταση;

Σταύρος Ιωάννου, φοιτητής 3ου έτους"""),
("el", "b93-el-gl-enoikiasi-vivliwn-amfisvitisi", "Kostas Lamprou <kostas.lamprou@example.gr>", "XREWSH GIA VIVLIA POU EPESTREPSA", "billing", "high",
"""Epestrepsa kai ta 4 vivlia ths enoikiashs sto katasthma sas sthn
Egnatia stis 2 Fevrouariou, kai o ypallhlos mou edwse kai xarti
paralavhs. Shmera eida oti me xrewsate 148 eurw gia "mh epistrofh".

Exw hdh milhsei 2 fores sto thlefwno kai mou eipan na perimenw. Den
perimenw allo. An mexri thn Paraskevh den exete akyrwsei th xrewsh, 8a
kanw amfisvithsh ths synallaghs sthn trapeza mou kai 8a steilw kai
thn apodeixh paralavhs.

K. Lamprou"""),
("el", "b93-el-foititiko-daneio-epitokio-proistamenos", "Ιφιγένεια Ρούσσου <ifigeneia.roussou@example.gr>", "Αύξηση επιτοκίου φοιτητικού δανείου", "billing", "high",
"""Κύριοι,

Το φοιτητικό δάνειο που έλαβα το 2021 είχε, σύμφωνα με τη σύμβαση,
σταθερό επιτόκιο 4,2% για όλη τη διάρκεια των σπουδών. Από τον
Ιανουάριο η δόση μου αυξήθηκε από 96 σε 131 ευρώ χωρίς καμία
ενημέρωση. Στο κατάστημα μου είπαν ότι «έτσι βγαίνει από το σύστημα».

Ζητώ να επικοινωνήσει μαζί μου ο προϊστάμενος του τμήματος δανείων και
όχι ξανά το τηλεφωνικό κέντρο. Μέχρι τότε θεωρώ την αύξηση αυθαίρετη.

Ιφιγένεια Ρούσσου
Αρ. δανείου 4471-229-08"""),
("el", "b93-el-timologio-afm-estia", "Νίκος Βασιλείου <nikos.vasileiou@example.gr>", "Απόδειξη για φορολογική", "billing", "",
"""Καλησπέρα. Χρειάζομαι απόδειξη με το ΑΦΜ μου για τα ενοίκια της
εστίας από Σεπτέμβριο μέχρι Ιούνιο (10 x 280 €), γιατί τα δηλώνω στη
φορολογική μου δήλωση ως γονέας. Το ΑΦΜ μου είναι 128455903 (Νικόλαος
Βασιλείου). Μπορείτε να τη στείλετε με email;

Ν. Βασιλείου"""),
("el", "b93-el-ekptosi-deutero-paidi", "Κατερίνα Λιάπη <katerina.liapi@example.gr>", "Καλημέρα", "billing", "",
"""Καλημερα σας,

Η μεγαλη μου κορη μενει ηδη στην εστια σας στη Θεσσαλονικη και απο τον
Σεπτεμβριο ερχεται και η μικρη για σπουδες. Υπαρχει καποια εκπτωση στο
μηνιαιο ενοικιο οταν μενουν δυο αδερφια; Και αν ναι, ισχυει και για τα
δυο δωματια ή μονο για το δευτερο;

Ευχαριστω,
Κατερινα Λιαπη"""),
("el", "b93-el-tivennos-allagi-oxi-epistrofi", "Πέτρος Ζαχαρίου <petros.zachariou@example.gr>", "Παραγγελία 20931", "billing", "",
"""Γεια σας, μου ήρθε η τήβεννος που αγόρασα αλλά η κουκούλα είναι μπλε,
ενώ για τη Νομική είναι κόκκινη. Δεν θέλω τα χρήματα πίσω, θέλω απλώς
να την αλλάξω με τη σωστή πριν την ορκωμοσία στις 22. Πώς να σας τη
στείλω;

Πέτρος"""),
("el", "b93-el-gl-erasmus-pagwma-gymnastiriou", "Danai K. <danai.k@example.gr>", "syndromh gym", "billing", "",
"""Geia sas! Fevgw me Erasmus gia Lisabona apo Fevrouario mexri Iounio,
opote de 8a erxomai sto gymnastirio ths leshs. Mporw na "pagwsw" thn
syndromh (25e/mhna) gia auto to diasthma kai na ksanaxekinhsei ton
Iouli? Den thelw na th xasw giati exw thn fthinh timh apo ta palia.

Danai"""),
("el", "b93-el-re-epistrofi-kratisis", "Χρύσα Μπούρα <chrysa.boura@example.gr>", "RE: Ακύρωση κράτησης δωματίου", "billing", "",
"""Καλησπέρα κα Ανδρέου,

Σας ευχαριστώ για την απάντηση. Σας στέλνω το IBAN όπως μου ζητήσατε:
GR16 0110 1250 0000 0001 2300 695, δικαιούχος Χρυσάνθη Μπούρα. Πότε
περίπου να περιμένω την επιστροφή των 150 €;

Χρύσα

-----Original Message-----
Από: Γραφείο Κρατήσεων
Θέμα: RE: Ακύρωση κράτησης δωματίου

Αγαπητή κα Μπούρα,
Η ακύρωσή σας έγινε εντός προθεσμίας, επομένως δικαιούστε επιστροφή
του τέλους κράτησης. Παρακαλούμε στείλτε μας το IBAN σας.
Ε. Ανδρέου"""),
("el", "b93-el-skylaki-pethane-xrewsi-katoikidiou", "Λένα Χατζή <lena.chatzi@example.gr>", "Δωμάτιο 8, Εστία Καμάρας", "billing", "",
"""Γεια σας,

Η Μπέμπα, το σκυλάκι μου, έφυγε την προηγούμενη εβδομάδα σε ηλικία 14
χρονών. Όταν έκλεισα το δωμάτιο είχαμε συμφωνήσει επιπλέον 20 € το μήνα
επειδή ήταν μαζί μου. Αφού δεν είναι πια, σας παρακαλώ να σταματήσει
αυτή η χρέωση από τον επόμενο μήνα.

Λένα Χατζή"""),
("el", "b93-el-gl-eclass-login-meta-allagi-kwdikou", "Vasilis M. <vasilis.m@example.gr>", "eclass", "technical", "",
"""kalhmera, allaksa ton kwdiko tou idrymatikou logariasmou xtes kai apo
tote sto eclass mou vgazei "lathos onoma xrhsth h kwdikos". To webmail
mpainei kanonika me ton kainourgio. Dokimasa kai ton palio, tipota.
Exw ergasia na anevasw mexri thn Tetarth. username: up1088431"""),
("el", "b93-el-wifi-estia-3os-orofos", "Γιάννης Κουρής <giannis.kouris@example.gr>", "Internet στο δωματιο", "technical", "",
"""Καλησπερα, στον 3ο οροφο της Β πτερυγας το wifi της εστιας πεφτει
καθε 5-10 λεπτα εδω και μια εβδομαδα. Το σημα δειχνει γεματο αλλα δεν
φορτωνει τιποτα. Το ιδιο λενε και οι διπλανοι. Δωματιο 318."""),
("el", "b93-el-platforma-exetasewn-epesa", "Καθ. Ευάγγελος Σαρρής <e.sarris@example.gr>", "ΕΠΕΙΓΟΝ - εξέταση Μικροοικονομίας", "technical", "high",
"""Καλημέρα,

Η ηλεκτρονική εξέταση της Μικροοικονομίας Ι ξεκίνησε στις 9:00 στην
πλατφόρμα και από τις 9:15 περίπου οι φοιτητές βλέπουν λευκή σελίδα
όταν πατούν «Επόμενη ερώτηση». Είναι γραμμένοι 420 φοιτητές. Δεχόμαστε
δεκάδες μηνύματα και τηλέφωνα, η εξέταση λήγει στις 11:00.

Παρακαλώ καλέστε με άμεσα στο 2310 000 771.

Ε. Σαρρής"""),
("el", "b93-el-ntous-revma-estia", "Μαρία Αλεξίου <maria.alexiou@example.gr>", "Μπάνιο δωματίου 205", "technical", "high",
"""Καλησπέρα σας,

Θέλω να σας ενημερώσω ότι από χθες, όταν ακουμπάω τη μεταλλική βρύση
της ντουζιέρας ενώ τρέχει ζεστό νερό, νιώθω ένα ελαφρύ τσίμπημα σαν
ρεύμα. Το ίδιο το ένιωσε και η συγκάτοικός μου. Έχουμε σταματήσει να
κάνουμε μπάνιο εκεί και κλείσαμε τον θερμοσίφωνα από τον πίνακα.

Μπορεί να περάσει κάποιος τεχνικός να το δει;

Μαρία Αλεξίου, δωμάτιο 205"""),
("el", "b93-el-gl-plyntirio-kapnos", "Thodoris <thodoris.k@example.gr>", "koinoxrhsto plyntirio", "technical", "high",
"""Geia sas, sto plyntirio tou isogeiou sthn estia (to deksi, to pio
kainourgio) vgainei kapnos apo pisw otan ksekinaei to stipsimo kai
myrizei kammeno lasticho. Shmera to prwi ebgale ki ena mikro spinthira.
To bgalame apo thn priza kai grapsame xarti na mhn to xrhsimopoiei
kaneis. Steilte kapoion na to dei. Thodoris, dwm. 14"""),
("el", "b93-el-kafeteria-syllogou-pos", "Καφετέρια Φοιτητικού Συλλόγου <kafeteria.fs@example.gr>", "Τερματικά καρτών", "technical", "high",
"""Καλημέρα,

Από τις 8 το πρωί κανένα από τα τρία τερματικά καρτών που μας δώσατε
δεν περνάει συναλλαγή, βγάζει «σφάλμα επικοινωνίας». Οι περισσότεροι
φοιτητές πληρώνουν μόνο με κάρτα, οπότε φεύγουν χωρίς να πάρουν τίποτα
και η ουρά για μετρητά είναι ως την είσοδο της σχολής. Τα σάντουιτς της
ημέρας θα πεταχτούν. Κάναμε επανεκκίνηση σε όλα.

Τηλέφωνο: 2610 000 552, Σοφία"""),
("el", "b93-el-efarmogi-syggrammatwn-oxi-xrewsi", "Αλεξάνδρα Νικολαΐδου <alex.nikolaidou@example.gr>", "Εφαρμογή", "technical", "",
"""Καλησπέρα, δεν σας γράφω για την πληρωμή, αυτή έγινε κανονικά. Το
θέμα είναι ότι η εφαρμογή με τα ψηφιακά συγγράμματα κολλάει και
κλείνει μόλις ανοίξω το βιβλίο της Ανατομίας. Τα υπόλοιπα βιβλία
ανοίγουν. Έχω Android, Samsung A52, έκανα και επανεγκατάσταση.

Αλεξάνδρα"""),
("el", "b93-el-gl-vpn-apo-spiti", "Chrysanthi P. <chrysanthi.p@example.gr>", "VPN", "technical", "",
"""Kalhspera, prospathw na syndethw sto VPN tou panepisthmiou apo to
spiti gia na mpw sthn vash dedomenwn ths vivliothikis. To programma
leei "authentication failed" enw me ton idio kwdiko mpainw kanonika sto
webmail. Windows 11. Ti mporei na ftaiei?"""),
("el", "b93-el-link-fotografiwn-den-anoigei", "Θεοδώρα Πάλλα <theodora.palla@example.gr>", "Ψηφιακές φωτογραφίες", "technical", "",
"""Καλημέρα,
Πήρα το email με το link για να κατεβάσω τις ψηφιακές φωτογραφίες
της ορκωμοσίας μου αλλά όταν το πατάω λέει «Ο σύνδεσμος έχει λήξει».
Το email ήρθε χθες. Κωδικός παραγγελίας ΟΡ-7734.
Ευχαριστώ"""),
("el", "b93-el-authenticator-neo-kinito", "Στέλιος Ραφαηλίδης <stelios.rafailidis@example.gr>", "Ερώτηση", "technical", "",
"""Καλησπερα. Αλλαξα κινητο και δεν μεταφερθηκε η εφαρμογη
authenticator, οποτε δεν μπορω να μπω στον ιδρυματικο λογαριασμο γιατι
ζηταει τον εξαψηφιο κωδικο. Πως το επαναφερω; ΑΜ 1072205.
Στελιος"""),
("el", "b93-el-laptop-daneismou-den-fortizei", "Ευτυχία Δρόσου <eftychia.drosou@example.gr>", "Laptop από το πρόγραμμα δανεισμού", "technical", "",
"""Γεια σας,

Το laptop που δανείστηκα από τη βιβλιοθήκη (κωδικός ΒΛ-0218) δεν φορτίζει
πια. Το λαμπάκι του φορτιστή ανάβει, αλλά η μπαταρία μένει στο 0% και
κλείνει μόλις το βγάλω από την πρίζα. Δοκίμασα και φορτιστή φίλης μου,
το ίδιο. Να το φέρω για αλλαγή;

Ευτυχία"""),
("el", "b93-el-gl-thermansi-estia-xeimwnas", "Nikolas Dimou <nikolas.dimou@example.gr>", "Thermansi ktirio G", "technical", "high",
"""Kalhspera,

grafw ek merous twn paidiwn tou ktiriou G sthn estia sta Giannena. Apo
to Savvato den leitourgei h thermansh se olo to ktirio, ta kalorifer
einai krya kai to zesto nero bgainei xliaro. To vrady h 8ermokrasia
exei paei -3. Eimaste panw apo 150 atoma, kapoioi koimountai me ta
mpoufan kai alloi efygan se filous. Sto grafeio mas eipan oti
"8a er8ei texnikos" alla den hr8e kaneis.

Pote 8a ftiaxtei?

Nikolas Dimou, dwm. 41"""),
("el", "b93-el-karta-portas-epeigon", "Άρης Τσολάκης <aris.tsolakis@example.gr>", "ΕΠΕΙΓΟΝ!!!", "technical", "",
"""Η κάρτα του δωματίου μου (304) δεν ανοίγει την πόρτα από σήμερα το
μεσημέρι, ανάβει κόκκινο λαμπάκι. Με άνοιξε ο φύλακας αλλά θα πρέπει
να τον φωνάζω κάθε φορά. Μπορεί να την ξαναπρογραμματίσει κάποιος;"""),
("el", "b93-el-gl-wrario-grammateias-august", "Spyros Antoniou <spyros.antoniou@example.gr>", "wrario", "general", "",
"""Kalhmera, 8a einai anoixth h grammateia tou tmhmatos ton Augousto? Na
parw to pistopoihtiko spoudwn prepei na er8w apo to xwrio kai 8elw na
xerw poies meres kai ti wres. Eyxaristw"""),
("el", "b93-el-eyxaristies-helpdesk", "Ζωή Κατσαρού <zoi.katsarou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω θερμά τον κ. Μιχάλη από το Κέντρο Υπολογιστών, ο
οποίος την Παρασκευή το απόγευμα, ενώ είχε ήδη τελειώσει η βάρδιά του,
έμεινε μαζί μου μισή ώρα και με βοήθησε να ανακτήσω τη διπλωματική μου
από το cloud. Χωρίς αυτόν δεν θα την είχα παραδώσει.

Με εκτίμηση,
Ζωή Κατσαρού"""),
("el", "b93-el-fylakas-symperifora-dieythyntis", "Ραλλού Παπαθανασίου <rallou.papath@example.gr>", "Συμπεριφορά νυχτερινού φύλακα", "general", "high",
"""Κύριοι,

Την Πέμπτη γύρω στις 12 τα μεσάνυχτα επέστρεψα στην εστία με τη μητέρα
μου, η οποία είχε έρθει για δύο μέρες. Ο νυχτερινός φύλακας μας φώναξε
μπροστά σε άλλους φοιτητές, είπε στη μητέρα μου «εδώ δεν είναι
ξενοδοχείο» και την έβγαλε έξω, παρότι είχα δηλώσει την επίσκεψη στη
γραμματεία από τη Δευτέρα, όπως προβλέπει ο κανονισμός.

Ζητώ να ενημερωθεί ο διευθυντής της εστίας και να με καλέσει ο ίδιος.
Δεν θα το συζητήσω με τον υπεύθυνο βάρδιας.

Ραλλού Παπαθανασίου, δωμ. 119"""),
("el", "b93-el-allagi-stoixeiwn-tilefwno", "Μιχαλης Στεφανου <michalis.stefanou@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλησπερα, αλλαξα αριθμο κινητου και διευθυνση μονιμης κατοικιας.
Νεο κινητο 6940 000 287, νεα διευθυνση Αγ. Νικολαου 14, Λαρισα 41222.
Παρακαλω ενημερωστε το αρχειο μου. ΑΜ 2021045."""),
("el", "b93-el-gl-jacket-amfitheatro", "Eva Karali <eva.karali@example.gr>", "xamena", "general", "",
"""Geia, xtes sto mathima tis 5 sto amfi8eatro 2 ksexasa ena prasino
mpoufan North Face sthn 3h seira. Mhpws to vrhke kapoios? Sthn tsepi
eixe kai ta kleidia mou me ena mpreloki me koukouvagia."""),
("el", "b93-el-spasmeno-gyali-avli-estias", "Ηλίας Μπακάλης <ilias.bakalis@example.gr>", "Αυλή εστίας", "general", "high",
"""Καλημέρα. Στην αυλή πίσω από την εστία, εκεί που κάθονται οι φοιτητές
και παίζουν μπάσκετ, υπάρχουν σπασμένα γυαλιά από μπουκάλια σε όλο το
γήπεδο από χθες το βράδυ. Ένα παιδί ήδη κόπηκε στο χέρι όταν έπεσε.
Μάζεψα όσα μπορούσα αλλά είναι πολλά κομματάκια. Χρειάζεται να κλείσει
και να καθαριστεί σωστά πριν ξαναπαίξει κανείς.

Ηλίας"""),
("el", "b93-el-xorigia-festival-syllogou", "Ψητοπωλείο Ο Θανάσης <info@othanasis-grill.example>", "Χορηγία", "general", "",
"""Καλησπέρα σας,

Είμαστε το ψητοπωλείο δίπλα στην Πανεπιστημιούπολη. Μάθαμε ότι ο
φοιτητικός σύλλογος οργανώνει φεστιβάλ τον Μάιο και θα θέλαμε να
βοηθήσουμε ως χορηγοί, είτε με χρήματα είτε με φαγητό για τους
εθελοντές. Με ποιον μπορούμε να μιλήσουμε;

Θανάσης Κ."""),
("el", "b93-el-gl-orkwmosia-kalesmenoi", "Fotis <fotis.m@example.gr>", "orkwmosia 28/6", "general", "",
"""Kalhspera, posa atoma mporw na ferw sthn orkwmosia sto Aristoteleio
stis 28/6? Oi goneis, h giagia kai h adelfh mou thelan na er8oun. Prepei
na parw proskliseis apo kapou h mpainoun elef8era? Kai ti wra prepei
na eimaste ekei?

Eyxaristw, Fotis"""),
("el", "b93-el-gdpr-antigrafo-dedomenwn", "Αθηνά Γεωργίου <athina.georgiou@example.gr>", "Αίτημα πρόσβασης σε δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων,
παρακαλώ να μου χορηγήσετε αντίγραφο των προσωπικών δεδομένων που
τηρείτε για εμένα ως πρώην ένοικο της εστίας σας (2019-2023),
συμπεριλαμβανομένων των καταγραφών εισόδου-εξόδου.

Με εκτίμηση,
Αθηνά Γεωργίου"""),
("el", "b93-el-gl-paradosi-vivliwn-thyrwreio", "Lefteris <lefteris.b@example.gr>", "Paraggelia 60417", "general", "",
"""Geia sas, gia thn paraggelia 60417 (ta vivlia tou eksamhnou), mporeite
na peite ston courier na ta afhsei sto thyrwreio ths estias? Einai
anoixto 24 wres. Egw exw ergasthria olh mera kai den 8a eimai sto
dwmatio. Eyxaristw!"""),
("el", "b93-el-ethelontes-ypodoxi-protoetwn", "Σοφία Δημητρίου <sofia.dimitriou@example.gr>", "Εθελοντισμός", "general", "",
"""Γεια σας,

Είμαι στο δεύτερο έτος και θα ήθελα να βοηθήσω ως εθελόντρια στην
εβδομάδα υποδοχής των πρωτοετών τον Οκτώβριο. Πού κάνω αίτηση και
υπάρχει κάποια ενημέρωση πριν;

Σοφία"""),
("el", "b93-el-gl-re-kleidia-vrethikan", "Manos T. <manos.t@example.gr>", "Re: xamena kleidia", "general", "",
"""Xilia eyxaristw!!! Ta pira shmera to prwi apo thn reception, htan ola
ekei. H kyria Roula htan polu eugenikh. Na ste kala.

Manos

> Kale sas mera, vrethike ena matsaki kleidia me mpreloki tou PAOK sto
> anagnwsthrio. Mporeite na perasete apo thn reception ths vivliothikis
> na ta paralavete me thn foititiki taftotita.
> Vivliothiki"""),
("el", "b93-el-gl-fwtografos-fwtia", "Rena Alexandrou <rena.alexandrou@example.gr>", "oi fwtografies!!", "general", "",
"""Kalhspera! Phrame shmera tis fwtografies ths orkwmosias kai eiste
FWTIA. Skotwsate! H mama mou ekleige otan tis eide. Eyxaristoume para
poly ton fwtografo pou htan toso ypomonetikos me thn oikogeneia mou.

Rena"""),
# ---------------- Spanish ----------------
("es", "b93-es-orla-cobrada-dos-veces", "Lucía Fernández <lucia.fernandez@example.es>", "Orla de Enfermería", "billing", "",
"""Hola,

Reservé la orla de 4º de Enfermería con vuestra web y me habéis cobrado
los 45 € dos veces en la tarjeta, el mismo día y con un minuto de
diferencia. El pedido que me aparece es uno solo (ORL-2291). ¿Me podéis
devolver uno de los cargos?

Gracias,
Lucía Fernández"""),
("es", "b93-es-colegio-mayor-fianza-consumo", "Javier Ortega Ruiz <javier.ortega@example.es>", "Fianza no devuelta - hab. 208", "billing", "high",
"""Buenos días,

Dejé la habitación 208 del Colegio Mayor el 30 de junio tras pasar la
revisión de salida sin ninguna incidencia, tal y como consta en el
documento que firmó la gobernanta. Según el contrato, la fianza de
600 € se devuelve en un plazo máximo de 30 días. Han pasado casi tres
meses y nadie contesta a mis correos.

Si en diez días no tengo el dinero en mi cuenta, presentaré una
reclamación en la OMIC de mi ayuntamiento y, si hace falta, acudiré a
Consumo.

Un saludo,
Javier Ortega Ruiz"""),
("es", "b93-es-credito-educativo-supervisor", "Daniela Restrepo <daniela.restrepo@example.com.co>", "Abonos mal aplicados a mi crédito", "billing", "high",
"""Buenas tardes,

Desde hace tres meses estoy haciendo abonos extraordinarios de
$400.000 COP a capital de mi crédito educativo, pero en el extracto
aparecen aplicados a intereses y cuotas futuras. Ya llamé dos veces a la
línea de atención y en ambas me dijeron que "se iba a corregir en el
siguiente corte", y no ha pasado nada.

Solicito que mi caso sea escalado a un supervisor o al área encargada y
que me devuelvan los intereses que me han cobrado de más por este error.

Cordialmente,
Daniela Restrepo Gómez
C.C. 1.037.000.214
Medellín"""),
("es", "b93-es-residencia-cargo-doble-contracargo", "Emiliano Cárdenas <emiliano.cardenas@example.com.mx>", "Cobro doble de la renta de marzo", "billing", "high",
"""Hola, buen día.

Me cobraron dos veces la renta de marzo de la residencia ($6,800 MXN cada
uno) a mi tarjeta de débito. Fui a la administración y me dijeron que
hay que esperar a que "contabilidad lo revise", ya van tres semanas.
Con ese dinero pago la comida del mes.

Si no me regresan el cargo duplicado esta semana voy a pedirle a mi
banco que haga el contracargo.

Emiliano Cárdenas, cuarto 3-B"""),
("es", "b93-es-libros-pausa-intercambio-argentina", "Martina Sosa <martina.sosa@example.com.ar>", "Suscripción de apuntes y libros", "billing", "",
"""Hola! Me voy de intercambio a Porto Alegre el segundo cuatrimestre y
no voy a usar el alquiler de libros porque allá cursamos con otro
material. ¿Puedo dejar suspendida la suscripción (los $18.500 por mes)
de agosto a diciembre y retomarla en marzo sin perder el precio que
tengo? Gracias!!

Martina"""),
("es", "b93-es-toga-no-asisto-devolucion", "Pablo Iglesias Varela <pablo.iglesiasv@example.es>", "Alquiler de toga", "billing", "",
"""Buenas tardes:

Alquilé toga y birrete para el acto de graduación de Derecho del día
21 (pedido 4518, 38 €). Me ha salido una entrevista de trabajo en
Londres justo ese día y no voy a poder ir. ¿Es posible anular el
alquiler y que me devolváis el importe, aunque sea descontando algún
gasto?

Muchas gracias,
Pablo"""),
("es", "b93-es-tasa-extraordinaria-fraccionar", "Irene Gallardo <irene.gallardo@example.es>", "Duda tasas", "billing", "",
"""Hola, tengo que presentarme a la convocatoria extraordinaria de dos
asignaturas y he visto que por ser segunda matrícula cuestan bastante
más. ¿Cuánto sería exactamente por crédito? ¿Y se puede pagar en dos
plazos o tiene que ser de golpe antes del examen? Gracias"""),
("es", "b93-es-birrete-cambio-no-reembolso", "Sebastián Molina <sebastian.molina@example.cl>", "Pedido 7702", "billing", "",
"""Hola, me llegó el birrete talla S y pedí M, no me entra. No quiero que
me devuelvan la plata, solo cambiarlo por el M antes de la titulación
del 9 de diciembre. ¿Lo llevo a la tienda de Providencia o lo mando por
Chilexpress?

Saludos,
Sebastián"""),
("es", "b93-es-factura-empresa-residencia", "Marta Quintana <marta.quintana@example.es>", "Hola", "billing", "",
"""Hola,

Mi hija Carmen se aloja en vuestra residencia de Valencia y la
mensualidad la pagamos a través de la empresa familiar. ¿Podríais
emitir las facturas de septiembre a junio a nombre de Quintana
Instalaciones S.L., CIF B46000000, en lugar de a nombre de ella?

Un saludo,
Marta Quintana"""),
("es", "b93-es-hija-vuelve-a-casa-comedor", "Rosario Benítez <rosario.benitez@example.es>", "Mi hija Alba", "billing", "",
"""Buenos dias,

Mi hija Alba Benitez ha decidido dejar la carrera y se vuelve a casa,
a Zamora, este mismo mes. No quiero que sigais pasando el recibo del
comedor de la residencia a partir de noviembre. Ella ya ha recogido sus
cosas de la habitacion.

Muchas gracias y un saludo,
Rosario"""),
("es", "b93-es-descuento-familia-numerosa", "Alberto Navas <alberto.navas@example.es>", "Descuento familia numerosa", "billing", "",
"""Buenas,

Somos familia numerosa de categoría general y mi hijo empieza primero
en vuestra universidad en septiembre. ¿Aplicáis el descuento en la
matrícula y también en la residencia universitaria? ¿Qué documentación
hay que presentar y cuándo?

Gracias,
Alberto Navas"""),
("es", "b93-es-re-certificado-pagos-credito", "Valentina Ospina <valentina.ospina@example.com.co>", "RE: Solicitud certificado", "billing", "",
"""Hola Andrés, gracias por la respuesta.

El certificado que me enviaron trae solo los pagos de 2023, pero para
la declaración de renta me piden también los intereses pagados en el
año. ¿Me pueden mandar uno que incluya el desglose de intereses?

Valentina

-----Mensaje original-----
De: Servicio al Cliente
Asunto: RE: Solicitud certificado

Apreciada Valentina, adjuntamos el certificado de pagos realizados a su
crédito educativo durante el año 2023.
Andrés M."""),
("es", "b93-es-pago-oxxo-no-reflejado", "Fernanda Ríos <fer.rios@example.com.mx>", "ya pague", "billing", "",
"""hola, pague en oxxo el alquiler de mis libros del semestre ($1,450)
desde el viernes y en la app me sigue saliendo como pendiente y me
dice que me van a bloquear el prestamo. tengo el ticket con la
referencia, se los mando en foto?"""),
("es", "b93-es-gimnasio-rodilla-congelar", "Nicolás Ferreyra <nicolas.ferreyra@example.com.ar>", "Membresía gimnasio del centro de estudiantes", "billing", "",
"""Buenas, che. Me operaron de los ligamentos de la rodilla la semana
pasada y el traumatólogo me dijo que por lo menos tres meses nada de
gimnasio. ¿Se puede congelar la cuota hasta julio? No me quiero dar de
baja porque después me cobran la inscripción de nuevo.

Nico Ferreyra, Legajo 48.221"""),
("es", "b93-es-campus-virtual-examen-caido", "Prof. Carmen Aguirre <carmen.aguirre@example.es>", "Examen de Estadística - campus virtual", "technical", "high",
"""Buenos días,

El examen final online de Estadística I ha empezado a las 9:00 en el
campus virtual y desde las 9:10 los estudiantes no pueden pasar de la
primera pregunta: al pulsar "Siguiente" la página se queda cargando y
luego sale un error 504. Son 260 alumnos y el examen cierra a las
11:00. Tengo el correo y el foro llenos de capturas.

Por favor, llámenme al 954 000 318 en cuanto puedan.

Carmen Aguirre
Dpto. de Estadística"""),
("es", "b93-es-enchufe-chispas-residencia", "Clara Vidal <clara.vidal@example.es>", "Enchufe habitación 14", "technical", "high",
"""Hola,

Os escribo para avisar de que el enchufe de al lado del escritorio de
la habitación 14 soltó unas chispas anoche al enchufar el secador y
ahora tiene una mancha negra alrededor y huele a quemado. He bajado el
diferencial de la habitación y no lo estoy usando.

¿Puede pasar alguien de mantenimiento a mirarlo? Estoy por las tardes.

Gracias,
Clara"""),
("es", "b93-es-wifi-residencia-tercera-planta", "Rubén Castaño <ruben.castano@example.es>", "wifi", "technical", "",
"""Buenas, en la tercera planta de la residencia el wifi va fatal desde
el lunes, se conecta pero no carga nada y se corta cada dos por tres.
A mi compañero de al lado le pasa igual. Yo estoy en la 312."""),
("es", "b93-es-contrasena-institucional-vencida", "Agustina Paz <agustina.paz@example.com.ar>", "No puedo entrar al mail de la facultad", "technical", "",
"""Hola, me aparece que mi contraseña del mail institucional venció y
cuando quiero cambiarla me pide un código que llega a un celular que
ya no tengo. Fijate si me lo pueden resetear o cambiar el número, ¿qué
datos necesitan? Tengo que entregar un TP por el campus el jueves.

Agustina Paz, DNI 42.000.517"""),
("es", "b93-es-app-libros-no-es-cobro", "Diego Herrera <diego.herrera@example.com.mx>", "Aplicación", "technical", "",
"""Buenas tardes. Aclaro que no es por el cobro, el pago se hizo bien.
El problema es que la app de libros digitales se cierra sola cada vez
que abro el libro de Cálculo Diferencial. Los demás abren normal. Ya
la desinstalé y la volví a instalar. Tengo un Motorola g54.

Diego Herrera"""),
("es", "b93-es-cafeteria-delegacion-datafono", "Cafetería Delegación de Alumnos <cafeteria.delegacion@example.es>", "Datáfonos", "technical", "high",
"""Buenos días,

Desde las 8 de la mañana ninguno de los dos datáfonos que nos
instalasteis funciona, sale "error de comunicación con el host". La
mitad de los estudiantes solo paga con tarjeta o con el móvil, así que
se van sin desayunar y tenemos los bocadillos de la mañana sin vender.
Hemos reiniciado los aparatos y el router varias veces.

Es hora punta, llamadnos al 912 000 774, por favor.

Maite, encargada"""),
("es", "b93-es-calentador-olor-gas-residencia", "Jimena Torres <jimena.torres@example.com.mx>", "Calentador del piso 2", "technical", "high",
"""Hola buenas noches,

Les escribo para avisar que en la cocina compartida del segundo piso
huele a gas desde la tarde, sobre todo cerca del calentador. Ya
cerramos la llave de paso, abrimos las ventanas y pusimos un letrero
para que nadie prenda la estufa. Nadie se siente mal, pero creo que
alguien debería revisarlo hoy mismo.

Jimena Torres, cuarto 22"""),
("es", "b93-es-vpn-biblioteca-bases-datos", "Andrés Lozano <andres.lozano@example.es>", "Pregunta", "technical", "",
"""Hola, estoy intentando acceder a las bases de datos de la biblioteca
desde casa con la VPN y me da "error de autenticación", aunque con el
mismo usuario y contraseña entro sin problema al correo. Uso un Mac con
la última versión. ¿Hay que configurar algo más?"""),
("es", "b93-es-portal-credito-no-sube-notas", "Camilo Vargas <camilo.vargas@example.com.co>", "No deja subir certificado de notas", "technical", "",
"""Buenas tardes,

Estoy tratando de cargar el certificado de notas del semestre en el
portal para la renovación del crédito y al darle "Cargar" sale "Archivo
no válido". Es un PDF de 800 KB, igual al del semestre pasado que sí
subió. Probé desde Chrome, Edge y el celular. La fecha límite es el 15.

Gracias,
Camilo Vargas"""),
("es", "b93-es-fotos-graduacion-enlace-error", "Ximena Romero <ximena.romero@example.com.mx>", "Fotos de graduación", "technical", "",
"""Hola! Me llegó el correo para descargar las fotos de mi graduación
pero el enlace me manda a una página en blanco que dice "Access
Denied". Lo intenté en la compu y en el cel. Mi folio es GR-2024-1187.
Gracias!"""),
("es", "b93-es-tarjeta-puerta-urgente", "Hugo Prieto <hugo.prieto@example.es>", "URGENTE", "technical", "",
"""URGENTE: mi tarjeta no abre la puerta de la habitación 105 desde esta
mañana, se pone la luz roja. El conserje me ha abierto pero no puedo
estar llamándole cada vez. ¿Me la pueden reprogramar?"""),
("es", "b93-es-office-sin-licencia", "Laura Méndez <laura.mendez@example.es>", "Office dice sin licencia", "technical", "",
"""Hola,

Desde ayer el Word y el Excel que instalé con la cuenta de la
universidad me salen con "Producto sin licencia" y no me dejan editar,
solo leer. He cerrado sesión y he vuelto a entrar con mi correo de
alumna. Sigo matriculada este curso.

Laura Méndez"""),
("es", "b93-es-ascensor-residencia-se-para", "Gonzalo Peña <gonzalo.pena@example.cl>", "Ascensor torre B", "technical", "high",
"""Hola,

Aviso que el ascensor de la torre B de la residencia se detuvo ayer
entre el piso 4 y 5 con dos compañeras adentro; estuvieron 40 minutos
hasta que llegó el conserje. Hoy se volvió a parar un momento y las
puertas se abren antes de quedar nivelado, con un escalón de unos 20 cm.
En la torre vive un compañero en silla de ruedas que depende de ese
ascensor.

Gonzalo Peña, delegado torre B"""),
("es", "b93-es-horario-secretaria-agosto", "Inés Carrasco <ines.carrasco@example.es>", "Horario en agosto", "general", "",
"""Hola, ¿la secretaría de la facultad abre en agosto? Tengo que recoger
el título y vivo fuera, quería saber qué días y a qué hora. Gracias."""),
("es", "b93-es-agradecimiento-cau", "Manuel Rivas <manuel.rivas@example.es>", "Gracias", "general", "",
"""Buenas tardes,

Solo quería dar las gracias a Susana, del CAU de informática. El martes
se me borró medio TFG y ella consiguió recuperarlo de la copia de
OneDrive con una paciencia infinita, y encima me explicó cómo activar
las versiones para que no me vuelva a pasar. Un diez.

Manuel Rivas"""),
("es", "b93-es-conserje-trato-director", "Carolina Estévez <carolina.estevez@example.es>", "Queja sobre el conserje de noche", "general", "high",
"""Buenas noches,

El viernes a la 1:30 volví a la residencia y me había dejado la
tarjeta dentro. El conserje de noche se negó a comprobar mi nombre en
el sistema, me dijo delante de otros residentes que "a estas horas las
niñas buenas están en la cama" y me tuvo 40 minutos en la calle. No es
la primera vez que tiene comentarios así con las chicas.

Quiero hablar directamente con el director de la residencia, no con la
empresa de conserjería, y que esto conste por escrito.

Carolina Estévez, hab. 317"""),
("es", "b93-es-cambio-domicilio-correo", "Francisco Javier Soto <fj.soto@example.es>", "Cambio de datos", "general", "",
"""Buenos dias, me he mudado y quiero actualizar mi domicilio en el
expediente: C/ San Bernardo 22, 3º B, 28015 Madrid. El telefono sigue
siendo el mismo. DNI 50000213-K. Gracias"""),
("es", "b93-es-gafas-aula-magna", "Paula Herrero <paula.herrero@example.es>", "He perdido unas gafas", "general", "",
"""Hola, el jueves en la conferencia del Aula Magna me dejé unas gafas de
ver con la montura de carey en una funda azul, creo que en la fila 6.
¿Las ha entregado alguien en conserjería?"""),
("es", "b93-es-baldosa-suelta-patio", "Ramón Aguilar <ramon.aguilar@example.es>", "Patio de la residencia", "general", "high",
"""Hola,

Quería avisar de que en el patio de la residencia, en la zona de las
mesas, hay varias baldosas levantadas y una rota con una esquina de
hierro saliendo. Anoche, con poca luz, una compañera tropezó y se hizo
una herida en el tobillo que necesitó puntos. Hemos puesto unas sillas
alrededor, pero habría que vallarlo y arreglarlo.

Saludos,
Ramón"""),
("es", "b93-es-patrocinio-torneo-futbol", "Bar El Rincón de Toño <info@rincondetono.example>", "Patrocinio", "general", "",
"""Hola qué tal,

Tenemos un bar enfrente de la facultad de Económicas y nos gustaría
patrocinar el torneo de fútbol sala de la Delegación de Estudiantes
(camisetas, trofeos o lo que haga falta). ¿Con quién tenemos que
hablar?

Toño"""),
("es", "b93-es-acto-graduacion-invitados", "Valeria Cruz <valeria.cruz@example.com.mx>", "Ceremonia de graduación", "general", "",
"""Buenas tardes, ¿cuántos invitados podemos llevar a la ceremonia de
graduación de Ingeniería del 14 de junio? Mi familia viene desde
Oaxaca y quiero saber si necesitan boleto o pase impreso, y si hay
código de vestimenta. Muchas gracias."""),
("es", "b93-es-derechos-arco", "Ricardo Salinas <ricardo.salinas@example.com.mx>", "Solicitud ARCO", "general", "",
"""A quien corresponda:

Con fundamento en la Ley Federal de Protección de Datos Personales en
Posesión de los Particulares, solicito el acceso a los datos personales
que tienen registrados sobre mí como exresidente (2019-2022) y la
cancelación de los datos que ya no sean necesarios.

Adjunto copia de mi INE.

Atentamente,
Ricardo Salinas Ibarra"""),
("es", "b93-es-paquetes-conserjeria", "Noelia Pardo <noelia.pardo@example.es>", "Pedido 55821", "general", "",
"""Hola, sobre el pedido 55821 (los libros de primero): ¿podéis decirle al
mensajero que lo deje en la conserjería de la residencia? Yo estoy en
clase toda la mañana y la conserjería está abierta 24 horas. Gracias!"""),
("es", "b93-es-re-voluntariado-bienvenida", "Tomás Beltrán <tomas.beltran@example.es>", "Re: Voluntariado jornadas de bienvenida", "general", "",
"""Genial, muchas gracias. Me apunto al turno de mañana del día 9. ¿Hay
que llevar algo o nos dais la camiseta allí?

Tomás

El 2 sept., Delegación de Estudiantes escribió:
> Hola Tomás, gracias por tu interés. Las jornadas de bienvenida son
> el 9 y 10 de septiembre y necesitamos voluntarios en dos turnos
> (9-14 y 15-19). Dinos cuál prefieres.
> Un saludo, Delegación"""),
("es", "b93-es-orla-cambiar-sesion-fotos", "Adrián Lorenzo <adrian.lorenzo@example.es>", "Sesión de fotos", "general", "",
"""Buenas, me ha tocado la sesión de fotos para la orla el martes 12 a
las 10:30, pero ese día tengo prácticas en el hospital. ¿Puedo ir con
el grupo de la tarde o cambiarla a otro día de esa semana? Soy de 6º
de Medicina, grupo B.

Gracias, Adrián"""),
("es", "b93-es-fiesta-de-muerte", "Sara Blanco <sara.blanco@example.es>", "La fiesta de primavera", "general", "",
"""¡Hola! Solo escribo para decir que la fiesta de primavera del sábado
estuvo de muerte. El DJ nos mató, y el concurso de disfraces fue una
locura. Gracias a todos los de la Delegación que se lo curraron. ¡Que
se repita!

Sara"""),
# ---------------- Polish ----------------
("pl", "b93-pl-akademik-podwojna-oplata-chargeback", "Karolina Wiśniewska <karolina.wisniewska@example.pl>", "Podwójna opłata za akademik - październik", "billing", "high",
"""Dzień dobry,

opłata za akademik za październik (720 zł) została pobrana z mojego
konta dwa razy, 5 i 7 października. W administracji DS nr 3 usłyszałam,
że "księgowość to wyjaśni", ale minęły już trzy tygodnie i nikt się nie
odezwał. To są pieniądze, za które mam żyć do końca miesiąca.

Jeśli nadpłata nie wróci na moje konto do piątku, złożę w banku
reklamację transakcji i wniosek o chargeback.

Karolina Wiśniewska
pokój 412, nr albumu 301877"""),
("pl", "b93-pl-kredyt-studencki-splata-raty", "Mateusz Kaczmarek <mateusz.kaczmarek@example.pl>", "Spłata kredytu studenckiego", "billing", "",
"""Dzień dobry,

w czerwcu kończę studia i zaczyna mi się okres karencji. Chciałbym
zapytać, od kiedy dokładnie zacznę spłacać raty kredytu studenckiego,
ile mniej więcej będzie wynosić rata przy 36 000 zł zadłużenia i czy
mogę część spłacić wcześniej bez dodatkowej prowizji.

Pozdrawiam,
Mateusz Kaczmarek"""),
("pl", "b93-pl-kaucja-rzecznik-konsumentow", "Joanna Zielińska <joanna.zielinska@example.pl>", "Zwrot kaucji - Dom Studencki Babilon", "billing", "high",
"""Szanowni Państwo,

wyprowadziłam się z pokoju 215 w Domu Studenckim Babilon 30 czerwca.
Protokół zdawczo-odbiorczy został podpisany bez uwag. Zgodnie z umową
kaucja w wysokości 900 zł miała zostać zwrócona w ciągu 30 dni. Minęły
ponad dwa miesiące, a na moje trzy maile nikt nie odpowiedział.

Jeżeli kwota nie wpłynie na moje konto w ciągu 14 dni, zwrócę się do
miejskiego rzecznika konsumentów, a następnie skieruję sprawę do sądu.

Z poważaniem,
Joanna Zielińska"""),
("pl", "b93-pl-oplata-za-warunek-raty", "Bartek Nowicki <bartek.nowicki@example.pl>", "pytanie o warunek", "billing", "",
"""Dzien dobry, nie zaliczylem analizy matematycznej i mam wpisany
warunek na semestr letni. Ile wynosi oplata za powtarzanie przedmiotu
(to jest 6 ECTS) i czy mozna ja rozlozyc na raty? Do kiedy trzeba
zaplacic?

Bartek Nowicki, Informatyka II rok"""),
("pl", "b93-pl-tablo-faktura", "Agnieszka Pawlak <agnieszka.pawlak@example.pl>", "Faktura za tablo", "billing", "",
"""Dzień dobry,

zapłaciłam za tablo i zdjęcia dyplomowe dla całej grupy 3 (2 450 zł,
przelew z 12 maja). Potrzebuję faktury wystawionej na Samorząd
Studentów Wydziału Prawa - NIP podam w osobnym mailu, jak potwierdzę
go w dziekanacie. Czy mogę prosić o fakturę w formie
elektronicznej?

Agnieszka Pawlak, starościna roku"""),
("pl", "b93-pl-kara-zwloka-podreczniki", "Kuba Lewandowski <kuba.lewandowski@example.pl>", "kara za podreczniki", "billing", "",
"""hej, dostalem maila ze mam kare 35 zl za przetrzymanie podrecznikow z
mikrobiologii, ale oddalem je do wrzutni przy bibliotece 2 dni przed
terminem. Mozecie to sprawdzic i anulowac kare? nr karty 00412"""),
("pl", "b93-pl-toga-wymiana-nie-zwrot", "Natalia Krawczyk <natalia.krawczyk@example.pl>", "Toga - zamówienie 8842", "billing", "",
"""Dzień dobry, przyszła toga w rozmiarze S, a zamawiałam M - ledwo się
dopina. Nie chcę zwrotu pieniędzy, chcę tylko wymienić na M przed
uroczystością 24 czerwca. Czy mogę przynieść ją do punktu przy
rektoracie, czy trzeba odesłać kurierem?

Natalia"""),
("pl", "b93-pl-silownia-erasmus-zawieszenie", "Michał Wójcik <michal.wojcik@example.pl>", "Karnet na siłownię AZS", "billing", "",
"""Cześć,

od lutego do lipca jestem na Erasmusie w Walencji, więc nie będę
chodził na siłownię. Czy da się zawiesić karnet (89 zł/mies.) na ten
czas, tak żeby nie pobierało mi opłat i żebym potem wrócił na tę samą
cenę? Nie chcę z niego rezygnować na stałe.

Michał"""),
("pl", "b93-pl-podwyzka-akademik-kierownik", "Ewa Szymańska <ewa.szymanska@example.pl>", "Dzień dobry", "billing", "high",
"""Dzień dobry,

w październiku podpisałam umowę na miejsce w pokoju dwuosobowym za
640 zł miesięcznie do końca roku akademickiego. W styczniu, bez żadnego
aneksu ani informacji, pobrano mi 760 zł, a w administracji usłyszałam
tylko, że "wszystkim podnieśli".

Proszę o kontakt kierownika osiedla akademickiego, a nie kolejnej osoby
z recepcji. Nie zgadzam się na podwyżkę w trakcie trwania umowy i
oczekuję zwrotu różnicy.

Ewa Szymańska, DS Hajduczek, pok. 118"""),
("pl", "b93-pl-syn-wrocil-do-domu-stolowka", "Grażyna Mazur <grazyna.mazur@example.pl>", "Syn - stołówka", "billing", "",
"""Dzień dobry. Mój syn Paweł Mazur zrezygnował ze studiów i od tego
tygodnia jest z powrotem w domu w Siedlcach. Proszę więcej nie pobierać
z mojego konta opłat za obiady w stołówce akademika. Klucze oddał w
portierni w poniedziałek.

Z poważaniem
Grażyna Mazur"""),
("pl", "b93-pl-re-zwrot-odwolana-sesja", "Tomasz Dąbrowski <tomasz.dabrowski@example.pl>", "Re: Odwołana sesja zdjęciowa", "billing", "",
"""Dzień dobry Pani Moniko,

dziękuję za informację. W takim razie wolę zwrot pieniędzy niż nowy
termin - 180 zł proszę przelać na konto, z którego przyszła płatność.
Ile to mniej więcej potrwa?

Tomasz Dąbrowski

W dniu 4.06 Studio Foto Kadr napisał(a):
> Panie Tomaszu, z powodu choroby fotografa sesja dyplomowa z 8 czerwca
> została odwołana. Możemy zaproponować nowy termin albo zwrot
> wpłaconej kwoty. Proszę dać znać, co Pan wybiera.
> Monika, Studio Foto Kadr"""),
("pl", "b93-pl-juwenalia-bilety-cena", "Ola Kamińska <ola.kaminska@example.pl>", "Karnety na juwenalia", "billing", "",
"""Hej! Ile kosztuje karnet na wszystkie trzy dni juwenaliów dla
studentów i czy jest jakaś zniżka, jak kupimy 10 sztuk dla całego
roku? Można płacić BLIKIEM czy tylko kartą?

Ola"""),
("pl", "b93-pl-blik-pobrane-brak-oplaty", "Piotr Jabłoński <piotr.jablonski@example.pl>", "Płatność za egzamin poprawkowy", "billing", "",
"""Dzień dobry,

opłaciłem egzamin poprawkowy z makroekonomii (150 zł) BLIKIEM przez
system uczelni. Pieniądze zeszły z konta, mam potwierdzenie z banku,
ale w systemie dalej widnieje "nieopłacone", a termin mija w środę.
Co mam zrobić?

Piotr Jabłoński, nr albumu 244019"""),
("pl", "b93-pl-mama-zmarla-platforma-podrecznikow", "Krzysztof Górski <krzysztof.gorski@example.pl>", "Konto mojej mamy", "billing", "",
"""Dzien dobry,

moja mama, Halina Gorska, studiowala zaocznie pedagogike i miala u
Panstwa abonament na platforme z podrecznikami. Niestety zmarla w
listopadzie. Prosze o zamkniecie konta i zaprzestanie pobierania
oplat z jej karty. Jesli potrzebny jest akt zgonu, moge przeslac skan.

Krzysztof Gorski"""),
("pl", "b93-pl-usos-rejestracja-caly-rok", "Starosta roku <starosta.biotech@example.pl>", "Rejestracja na przedmioty", "technical", "high",
"""Dzień dobry,

rejestracja na przedmioty obieralne na II roku Biotechnologii wystartowała
o 10:00 i od tego czasu USOSweb pokazuje wszystkim "Błąd 500" przy
próbie zapisu. Około 230 osób siedzi i odświeża stronę, a limity miejsc
się nie zmieniają, więc nikt nie wie, czy jest zapisany. Rejestracja
zamyka się o 14:00, a dziekanat odsyła nas do Was.

Proszę o pilną informację, co robić.

Paweł, starosta roku"""),
("pl", "b93-pl-eduroam-android", "Zuzanna Kowalczyk <zuzanna.kowalczyk@example.pl>", "eduroam", "technical", "",
"""Dzień dobry, na telefonie (Android 14) nie mogę połączyć się z
eduroamem - przy ustawieniach "Certyfikat CA" nie mam opcji "Nie
sprawdzaj" i nie wiem, co wybrać. Na laptopie działa. Jak to skonfigurować?"""),
("pl", "b93-pl-haslo-reset-nie-przychodzi", "Adam Kozlowski <adam.kozlowski@example.pl>", "haslo", "technical", "",
"""Dzien dobry, probuje zresetowac haslo do poczty uczelnianej, ale
mail z linkiem nie przychodzi na moj prywatny adres (sprawdzalem spam).
Teraz system pisze "zbyt wiele prob". Nr albumu 310552."""),
("pl", "b93-pl-gniazdko-iskry-akademik", "Magdalena Wróbel <magdalena.wrobel@example.pl>", "Gniazdko w pokoju 307", "technical", "high",
"""Dzień dobry,

chciałam zgłosić, że gniazdko przy biurku w pokoju 307 (DS Żaczek) przy
podłączaniu czajnika zaiskrzyło, a teraz obudowa jest nadtopiona i
czuć swąd spalenizny. Wyłączyłyśmy bezpiecznik od pokoju i nie
korzystamy z niego.

Czy ktoś z konserwacji mógłby to obejrzeć? Jesteśmy w pokoju po 15.

Magda Wróbel"""),
("pl", "b93-pl-zapach-gazu-kuchnia", "Dawid Piotrowski <dawid.piotrowski@example.pl>", "Kuchnia na 2 piętrze", "technical", "high",
"""Dobry wieczór,

w kuchni na drugim piętrze od popołudnia czuć gaz, najmocniej przy
kuchence przy oknie. Zakręciliśmy kurek, otworzyliśmy okna i
powiesiliśmy kartkę, żeby nikt nie zapalał palników. Nikt nie czuje
się źle, ale myślę, że ktoś powinien to sprawdzić jeszcze dziś.

Dawid Piotrowski, pokój 221"""),
("pl", "b93-pl-punkt-ksero-system-wydruku", "Punkt Ksero Pod Biblioteką <ksero.biblioteka@example.pl>", "system wydruków", "technical", "high",
"""Dzień dobry,

od rana wasz system do kolejkowania wydruków nie widzi żadnej z
naszych drukarek - wszystkie zlecenia wiszą jako "oczekujące". Jest
ostatni tydzień składania prac dyplomowych, kolejka studentów ciągnie
się na korytarz, ludzie płaczą, bo muszą oddać wydrukowane prace do
dziekanatu do 15:00. Restart serwera i drukarek nic nie dał.

Prosimy o telefon: 600 000 431, Renata"""),
("pl", "b93-pl-aplikacja-nie-platnosc", "Wiktoria Jankowska <wiktoria.jankowska@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, to nie jest sprawa płatności, abonament mam opłacony i
wszystko się zgadza. Problem w tym, że aplikacja z e-podręcznikami
zamyka się, gdy tylko otworzę "Fizjologię człowieka". Inne książki
działają. iPhone 12, zainstalowałam ją od nowa dwa razy.

Wiktoria"""),
("pl", "b93-pl-teams-brak-licencji", "Hubert Majewski <hubert.majewski@example.pl>", "Teams", "technical", "",
"""Dzien dobry,
od poniedzialku Teams po zalogowaniu kontem studenckim pokazuje "Nie
masz licencji do korzystania z aplikacji" i nie moge wejsc na zajecia
online. Jestem normalnie na 3 roku, nic sie nie zmienilo.
Hubert Majewski, WZiEU"""),
("pl", "b93-pl-wifi-akademik-wieczorami", "Filip Grabowski <filip.grabowski@example.pl>", "internet w DS 5", "technical", "",
"""Hej, w DS 5 na 4 pietrze wieczorami od jakichs 19 do polnocy internet
praktycznie nie dziala - pingi po 2000 ms, strony sie nie laduja.
Rano i w dzien jest ok. Sasiad z pokoju obok ma to samo."""),
("pl", "b93-pl-galeria-zdjec-dyplomatorium", "Aleksandra Nowak <aleksandra.nowak@example.pl>", "Zdjęcia z dyplomatorium", "technical", "",
"""Dzień dobry, link do galerii ze zdjęciami z dyplomatorium, który
przyszedł mailem, po wpisaniu hasła wyświetla tylko pustą białą stronę.
Próbowałam na telefonie i komputerze. Kod galerii: DYP-0614. Pozdrawiam!"""),
("pl", "b93-pl-pralka-karta-nie-startuje", "Szymon Zając <szymon.zajac@example.pl>", "Pralnia", "technical", "",
"""Dzień dobry, w pralni w piwnicy DS Olimp żadna z pralek nie
startuje po przyłożeniu karty - wyświetla się "Err 07". Środki na
karcie mam, suszarki działają normalnie. Próbowałem na trzech."""),
("pl", "b93-pl-laptop-wypozyczony-bateria", "Oliwia Baran <oliwia.baran@example.pl>", "Laptop z wypożyczalni", "technical", "high",
"""Dzień dobry,

laptop, który wypożyczyłam z biblioteki (nr inw. BW-1187), zaczął się
chybotać na biurku, a gładzik jest wypchnięty do góry. Od spodu obudowa
jest wybrzuszona i była ciepła, mimo że był wyłączony. Odłączyłam go i
położyłam na balkonie na płytkach.

Gdzie mogę go oddać? Wolałabym nie wozić go w plecaku tramwajem.

Oliwia Baran"""),
("pl", "b93-pl-praca-dyplomowa-upload", "Jakub Wieczorek <jakub.wieczorek@example.pl>", "APD - nie mogę wgrać pracy", "technical", "",
"""Dzień dobry,

próbuję wgrać pracę magisterską do Archiwum Prac Dyplomowych, ale po
wybraniu pliku wyskakuje "Plik przekracza dopuszczalny rozmiar". PDF ma
18 MB, bo jest sporo wykresów. Jaki jest limit i czy mogę go jakoś
obejść, czy muszę kompresować?

Jakub Wieczorek"""),
("pl", "b93-pl-godziny-administracji-swieta", "Beata Sikora <beata.sikora@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy administracja akademika będzie czynna między świętami
a Nowym Rokiem? Chciałabym odebrać zaświadczenie o zakwaterowaniu.
Dziękuję."""),
("pl", "b93-pl-podziekowanie-informatycy", "Rafał Kubiak <rafal.kubiak@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałem serdecznie podziękować panu Markowi z Centrum Informatycznego.
W piątek wieczorem padł mi dysk w laptopie trzy dni przed obroną, a pan
Marek nie tylko pomógł odzyskać pliki z kopii w chmurze, ale jeszcze
pożyczył mi komputer na weekend. Proszę przekazać to jego przełożonemu.

Z wyrazami szacunku,
Rafał Kubiak"""),
("pl", "b93-pl-portier-skarga-kierownik", "Monika Walczak <monika.walczak@example.pl>", "Skarga na portiera", "general", "high",
"""Dzień dobry,

w sobotę ok. 23:00 odwiedzili mnie rodzice, którzy przyjechali z
Rzeszowa. Wizyta była zgłoszona. Portier na zmianie nocnej krzyczał na
nich przy innych mieszkańcach, nazwał mojego tatę "kombinatorem" i
kazał im wyjść. Mama się rozpłakała. To nie pierwszy raz, kiedy ten pan
tak się zachowuje.

Proszę o spotkanie z kierownikiem domu studenckiego. Nie chcę tego
załatwiać z firmą ochroniarską.

Monika Walczak, pok. 504"""),
("pl", "b93-pl-zmiana-nazwiska-po-slubie", "Marta Zalewska-Król <marta.krol@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzien dobry, we wrzesniu wzielam slub i zmienilam nazwisko z Zalewska
na Krol. Prosze o zmiane danych w systemie i informacje, czy musze
wyrobic nowa legitymacje. Nr albumu 287761."""),
("pl", "b93-pl-zgubiony-portfel-czytelnia", "Sebastian Wróblewski <sebastian.wroblewski@example.pl>", "Zguba", "general", "",
"""Dzień dobry, wczoraj ok. 18 zostawiłem chyba w czytelni na 2 piętrze
brązowy portfel z legitymacją i dowodem. Czy ktoś go oddał? Gdzie
mogę go odebrać?"""),
("pl", "b93-pl-oblodzone-schody-akademik", "Patrycja Lis <patrycja.lis@example.pl>", "Schody przy wejściu do DS 2", "general", "high",
"""Dzień dobry,

od dwóch dni schody przy wejściu do DS 2 są całe oblodzone i nikt ich
nie posypał. Dziś rano koleżanka się na nich przewróciła i skończyło
się na SOR-ze z podejrzeniem złamania nadgarstka. Poręcz z jednej
strony jest też urwana. Proszę o pilne posypanie i naprawę poręczy.

Patrycja Lis"""),
("pl", "b93-pl-sponsoring-juwenaliow", "Pizzeria Da Bruno <kontakt@dabruno.example.pl>", "Współpraca przy juwenaliach", "general", "",
"""Dzień dobry,

prowadzimy pizzerię przy miasteczku studenckim i chcielibyśmy zostać
sponsorem tegorocznych juwenaliów - np. stoisko z pizzą i vouchery dla
wolontariuszy. Z kim w samorządzie można porozmawiać o warunkach?

Pozdrawiamy,
Bruno i Kasia"""),
("pl", "b93-pl-gala-absolwentow-info", "Łukasz Adamczyk <lukasz.adamczyk@example.pl>", "Gala absolwentów", "general", "",
"""Dzień dobry,

ile osób towarzyszących mogę zabrać na galę absolwentów Wydziału
Mechanicznego 28 czerwca? Czy trzeba się wcześniej zarejestrować i o
której zaczyna się uroczystość? Przyjeżdżają dziadkowie z Gdańska.

Łukasz Adamczyk"""),
("pl", "b93-pl-rodo-kopia-danych", "Hanna Pietrzak <hanna.pietrzak@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych przetwarzanych przez Państwa w związku z zakwaterowaniem w
domu studenckim w latach 2020-2023, w tym rejestrów wejść na kartę.

Z poważaniem,
Hanna Pietrzak"""),
("pl", "b93-pl-paczki-portiernia", "Igor Michalski <igor.michalski@example.pl>", "Zamówienie 73310", "general", "",
"""Hej, co do zamówienia 73310 (podręczniki na semestr) - możecie przekazać
kurierowi, żeby zostawił paczkę na portierni DS Kredka? Portiernia
jest czynna całą dobę, a ja mam zajęcia do wieczora. Dzięki!"""),
("pl", "b93-pl-odbior-tog-godziny", "Dominika Czarnecka <dominika.czarnecka@example.pl>", "Zamówienie 30417", "general", "",
"""Dzien dobry, w jakich godzinach mozna odebrac zamowione togi w punkcie
przy auli? Jestem starosta i odbieram 25 sztuk dla calego roku, wiec
chcialabym przyjsc, jak nie bedzie duzej kolejki."""),
("pl", "b93-pl-re-zakwaterowanie-termin", "Kamil Sadowski <kamil.sadowski@example.pl>", "Re: Przydział miejsca w DS", "general", "",
"""Dzień dobry,

dziękuję za przydział. Czy mogę się wprowadzić wcześniej, np. 27
września? Przyjeżdżam z Suwałk i pociąg mam tylko wtedy.

Kamil Sadowski

> Szanowny Panie,
> informujemy, że otrzymał Pan miejsce w DS nr 7, pokój 213.
> Zakwaterowanie odbywa się w dniach 29-30 września w godz. 9-16.
> Administracja Osiedla Akademickiego"""),
("pl", "b93-pl-impreza-bomba", "Julia Wysocka <julia.wysocka@example.pl>", "Otrzęsiny", "general", "",
"""Hej! Otrzęsiny w piątek były po prostu BOMBA, zabójcza muzyka i
świetna ekipa. Wielkie dzięki dla samorządu za ogarnięcie wszystkiego,
mimo że byliście padnięci. Do zobaczenia na juwenaliach!

Julka"""),
]
