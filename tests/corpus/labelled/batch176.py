# batch176.py -- labelled test mails for the helpdesk classifier, held out
# of the tree until the rules it measures are final.  Nothing may be tuned
# or trained on them.  Kinds of business: home safety -- smoke alarm
# installers, burglar alarm monitoring, home CCTV, video doorbells, safes,
# personal safety apps, fire extinguisher servicing.  The failure classes
# in new situations -- escalation demands that keep their topic, legal
# threats and chargebacks, negations, Greeklish, subjects that say nothing
# or something else, replies quoting an earlier mail, plans ended or paused
# in other words, business outages told by their consequences, safety
# hazards told calmly, praise, payment questions -- and everyday mail of
# all three queues.  40 mails per language (en, el, es, pl), written
# separately for each language.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b176-en-monitoring-debit-twice", "Graham Pickering <graham.pickering@example.co.uk>", "Direct debit taken twice", "billing", "",
"""Hello,

Looking at my bank statement this morning I can see two payments of
24.99 to you on the 1st of this month, both with the reference for my
alarm monitoring (account HS-40917). It should only be one a month.

Could you refund the second one please and let me know it won't happen
again next month.

Regards,
Graham Pickering
Harrogate"""),
("en", "b176-en-mam-passed-pendant", "Siobhan Carey <siobhan.carey@example.ie>", "My mother's pendant alarm", "billing", "",
"""Hi there,

I'm writing on behalf of my mam, Bridget Carey, 12 Ashgrove Park, Ennis.
She passed away peacefully on the 3rd. She had the pendant alarm with
you for nearly six years and it gave us great peace of mind.

She won't be needing the service any more so could you stop the
monthly payment of 19.50 euro from her account. I have the pendant and
the base unit here if you need them back, just tell me where to send
them.

Many thanks,
Siobhan"""),
("en", "b176-en-doorbell-return-colour", "Tegan Marsh <tegan.marsh@example.com.au>", "Return - wrong finish", "billing", "",
"""Hi, I ordered the video doorbell in satin nickel but it really doesn't
go with our black front door. It's still in the box, never opened. Can I
send it back for a refund of the $249 or swap it for the black one? Do
I pay the postage?

Cheers, Tegan (Geelong)"""),
("en", "b176-en-cafe-vat-invoice", "Rosie's Kitchen <accounts@rosieskitchen.example.co.uk>", "Paperwork", "billing", "",
"""Hi,

Your engineer serviced the four extinguishers and the fire blanket at
the cafe last Tuesday and left a job sheet, but my accountant needs a
proper VAT invoice with your VAT number on it, not the job sheet.
Could you email one over to this address?

Thanks
Rosie Baines
Rosie's Kitchen, 3 Market Row, Ludlow"""),
("en", "b176-en-cloud-plan-downgrade", "Derek Olsen <derek.olsen@example.com>", "Switching plans", "billing", "",
"""Hey folks,

I'm on the 30-day cloud recording plan for my three cameras ($14.99 a
month). Honestly we never go back further than a couple days, so I'd
like to drop down to the 7-day plan. Does that take effect right away
or at the next billing date? And will I lose the older clips?

Thanks,
Derek
Boise, ID"""),
("en", "b176-en-safe-pay-over-time", "Marisol Bennett <marisol.bennett@example.com>", "Question about the fireproof safe", "billing", "",
"""Hi, I'm looking at the large fireproof safe for our documents and
the kids' passports ($689). Is there a way to split the payment, like
Affirm or 3-4 payments? I didn't see it at checkout."""),
("en", "b176-en-pause-during-renovation", "Ananya Krishnan <ananya.k@example.in>", "Monitoring during house work", "billing", "",
"""Dear Team,

We are getting our house in Indiranagar completely redone and will be
staying at my in-laws' place from 1st June till end of August. The
contractors are in and out all day and the dust keeps setting off the
sensors anyway, so your people have already called us 4 times for
nothing.

Kindly put the monitoring on hold for these three months and do not
charge the Rs 1,450 monthly fee during that period. We will resume
from September.

Thanks and regards,
Ananya Krishnan
Customer ID BLR-22871"""),
("en", "b176-en-renewal-price-jump", "Kevin Hollis <kev.hollis@example.co.uk>", "RENEWAL PRICE - URGENT", "billing", "",
"""I've just had the renewal letter for my alarm maintenance contract and
it's gone from 189 to 249 a year. THAT IS A 30% RISE. I've been with you
since 2016 and never once missed a payment.

I'm not paying that. Either you match last year's price or give me some
kind of loyalty discount or I'll go elsewhere when it's up in July.

Kevin Hollis"""),
("en", "b176-en-re-refund-short", "Harriet Cole <harriet.cole@example.co.uk>", "Re: Your refund has been processed", "billing", "",
"""Hi,

The refund that came through was 74.00, but I paid 89.00 for the
camera. Nobody told me you'd keep 15 back - it was unopened.

Harriet

> Dear Harriet,
> We have now received your return (order 88213) and your refund has
> been processed. Please allow 3-5 working days for it to reach your
> account.
> Kind regards, Returns Team"""),
("en", "b176-en-no-more-repairs-money-back", "Liam Doherty <liam.doherty@example.ie>", "Outdoor camera - third time", "billing", "",
"""Hello,

The outdoor camera I bought in January has now been back to you for
repair twice and the picture has gone fuzzy again. I don't want a third
repair and I don't want a replacement of the same model either. I'd
like my money back, 179 euro, and you can have the camera.

Order number is IE-30554.

Liam Doherty"""),
("en", "b176-en-deposit-chargeback", "Paula Grieve <paula.grieve@example.co.uk>", "Deposit for alarm installation", "billing", "high",
"""To whom it may concern,

On 4 March I paid a deposit of 350.00 by credit card for a wireless
alarm installation at 27 Fernbank Road, Stockport. The installation was
booked for 18 March. Nobody came. It was rebooked for 2 April. Nobody
came again and no one called. Since then I've sent three emails and had
no answer.

I no longer want the installation. I want the 350.00 refunded in full
within 7 days. If it isn't, I will raise a chargeback with my card
provider and I have kept copies of everything.

Paula Grieve"""),
("en", "b176-en-care-home-exit-fee", "Alan Prescott <alan.prescott@example.co.uk>", "Cancellation charge for my father's contract", "billing", "high",
"""Dear Sir or Madam,

My father, Mr Ronald Prescott, moved into residential care in September
and his bungalow has been sold. I rang to end his monitoring contract
and was told there is an early termination charge of 180.00 because
there are 14 months left on it.

He cannot use a monitored alarm in a house he no longer owns. I've read
the terms and I can't see anything that lets you charge this in these
circumstances. I'd ask you to waive it. If you won't, I'll be taking
this to Trading Standards and, if I have to, to the small claims court.

Alan Prescott (holding power of attorney)"""),
("en", "b176-en-agency-callouts-senior", "Karen Yates <k.yates@lettings.example.co.uk>", "Invoice 7741 - disputed call-out charges", "billing", "high",
"""Hello,

We manage 46 rental properties that you service for smoke and CO alarms
under our agency agreement. Your March invoice (7741) includes twelve
call-out charges at 55.00 each for properties where our tenants confirm
nobody attended, and two for addresses we don't even manage any more.

This is the second month in a row. I've raised it with the accounts
inbox and with the engineer who covers our area and got nowhere. I need
this looked at by someone senior - your regional manager or an account
director - before we pay anything further.

Karen Yates
Portfolio Manager"""),
("en", "b176-en-dog-gone-treat-cam", "Jenna Whitfield <jenna.whitfield@example.com>", "Biscuit", "billing", "",
"""Hi there,

We got the treat camera so we could check on our beagle Biscuit while
we were at work. He crossed the rainbow bridge last week at 14, so we
won't be needing the Premium subscription ($6.99/mo) any longer. Could
you stop it before the next charge on the 12th?

Thanks for making the last couple of years a bit easier.
Jenna"""),
("en", "b176-en-smoke-alarm-chirp", "Brenda Lowther <brenda.lowther@example.co.uk>", "Smoke alarm", "technical", "",
"""Dear Sirs,

The smoke alarm your man fitted on the landing has started giving a
little chirp every forty seconds or so. I had my grandson put a new
battery in it on Sunday but it's still doing it. There's no smoke and
the other one downstairs is quiet. It is keeping me awake.

Mrs B. Lowther"""),
("en", "b176-en-doorbell-offline-evenings", "Mitch Kowalski <mitch.k@example.com.au>", "Doorbell keeps dropping off", "technical", "",
"""G'day, the doorbell goes offline every night from about 6pm until
sometime after midnight. During the day it's fine. Router's about 8
metres away, two walls. Already restarted both. Any ideas?
Mitch"""),
("en", "b176-en-invoice-subject-app-crash", "Sunil Mehta <sunil.mehta@example.com>", "Invoice 58120", "technical", "",
"""Hi,

Please ignore the subject line, your contact form made me pick an
invoice. This is not about billing at all, the invoice is fine.

The problem is the app. Since the update on Friday it closes itself as
soon as I tap on live view for any of the cameras. Android 14, Pixel 7.
I've uninstalled and reinstalled it. The recordings tab still works,
it's only live view.

Sunil"""),
("en", "b176-en-safe-keypad-dead", "Rohit Bansal <rohit.bansal@example.in>", "Urgent!! safe not opening", "technical", "",
"""Hello sir,

The digital safe purchased from you in December is not opening. I have
changed the 4 AA batteries with new Duracell ones but the keypad is not
lighting up at all, no beep nothing. Our passports are inside and we
are travelling on Friday. Please tell me how to use the override key,
the key that came with it does not fit any hole I can see.

Regards
Rohit Bansal
Pune"""),
("en", "b176-en-reset-email-never-comes", "Tamara Jenkins <tamara.jenkins@example.com>", "can't log in", "technical", "",
"""I forgot my password for the camera portal and when I hit "reset
password" it says an email has been sent but nothing ever arrives.
Checked spam, checked promotions. Tried 5 times. Email is this one."""),
("en", "b176-en-false-alarms-escalate", "Declan Moran <declan.moran@example.ie>", "Alarm going off at night AGAIN", "technical", "high",
"""Hello,

Just to be clear I am not looking for a refund or a credit, I want the
alarm to work. It has gone off on its own in the middle of the night
four times in the last fortnight, always the hallway sensor according
to the app. No pets, no open windows. The neighbours are sick of it and
so am I.

Your engineer has been out twice, changed the sensor once and said it
was sorted both times. It isn't. I'd like this escalated to someone
senior in your service team who can actually get to the bottom of it,
not another visit from the same lad.

Declan Moran
Castlebar"""),
("en", "b176-en-safety-app-widget", "Chloe Park <chloe.park@example.com>", "widget disappeared", "technical", "",
"""hi! after the last update the "check in" widget on my iPhone home
screen just shows a grey box. I removed it and added it again, same
thing. the app itself opens fine. is this a known bug?"""),
("en", "b176-en-night-vision-washed-out", "Gordon Fairley <gordon.fairley@example.co.uk>", "Camera at night", "technical", "",
"""Good afternoon,

The camera over my back door gives a very good picture in the day but
at night it is all white, you cannot make out anything at all. It has
been like this since the clocks went back. I am 81 and not very good
with these things so please explain simply.

Yours faithfully,
Gordon Fairley"""),
("en", "b176-en-bell-box-smoke", "Martin Ashworth <martin.ashworth@example.co.uk>", "Bell box", "technical", "high",
"""Hello,

Not a panic, but I thought you should know. After the storm last night
there's a thin bit of smoke coming from the alarm bell box on the front
of the house and a burning plastic smell under it. The lights on the
front of it are flickering. I've switched the alarm off at the panel
and turned off the fused spur it runs from, and I've kept the kids away
from that side of the house.

Can someone come and look at it? I'm in all day.

Martin Ashworth
14 Cleveland Grove, Darlington"""),
("en", "b176-en-newsagent-panel-codes", "Raj Patel <raj@cornerstores.example.co.uk>", "Keypad", "technical", "high",
"""We couldn't get into the shop this morning. Keypad at the back door
shows "code rejected" for every code including the master. Had to keep
the shutters down until gone 11 with two staff sat in the car, missed
the whole paper round and the morning trade, the bread and milk
delivery driver left it all on the pavement.

It was the same at our Ashton shop yesterday afternoon so I don't think
it's the keypad. Need an engineer today please, we close at 9pm and
can't lock up without it setting.

Raj Patel
Corner Stores (Oldham & Ashton)"""),
("en", "b176-en-mom-pendant-no-signal", "Nicole Brandt <nicole.brandt@example.com>", "Mom's fall detector", "technical", "high",
"""Hi,

My mother is 87 and lives alone in Scranton. Her fall detection pendant
has shown a red "no connection" light since Tuesday and when she pressed
the test button nothing happened and nobody called back. She fell twice
last winter, which is why we got it. Right now she has no way to call
for help if she goes down and I'm four hours away.

Can someone please check her unit or send a new one overnight? Her
account is under Margaret Brandt.

Thank you,
Nicole Brandt"""),
("en", "b176-en-doorbell-battery-swollen", "Vikram Iyer <vikram.iyer@example.in>", "Doorbell battery", "technical", "high",
"""Hi,

When I took out the battery pack from the video doorbell to charge it
today, I noticed it is swollen, the casing has split a little on one
side and it was quite hot in my hand even though the doorbell is in the
shade. I have put it on the balcony floor away from anything that can
burn and not charged it.

Please advise what to do with it, and whether the doorbell is safe to
use with a new pack.

Regards,
Vikram Iyer
Chennai"""),
("en", "b176-en-question-invite-expired", "Ben Castillo <ben.castillo@example.com>", "Question", "technical", "",
"""How do I add my wife to the alarm app? I sent her an invite from
Settings > Users but when she taps the link it says "invitation expired",
even when she opens it right away. Tried 3 times."""),
("en", "b176-en-thanks-installer-kieran", "Julie Simmons <julie.simmons@example.co.uk>", "Thank you", "general", "",
"""Hello,

Just wanted to say a big thank you to Kieran who fitted our alarm and
two cameras on Thursday. He was on time, took his boots off without
being asked, explained everything to my husband twice (!) and left the
place cleaner than he found it. He absolutely killed it - please pass
this on to whoever is his boss.

Julie Simmons"""),
("en", "b176-en-showroom-saturday-hours", "Peter Ng <peter.ng@example.com.au>", "Saturday", "general", "",
"""Hi, is the showroom in Parramatta open on Saturday arvo? Want to look
at safes before buying. Thanks, Pete"""),
("en", "b176-en-keyholder-numbers", "Aoife Brennan <aoife.brennan@example.ie>", "Keyholder details", "general", "",
"""Hi,

Could you please update the keyholders on our account (monitoring
ref. DUB-11906)?

Remove: Sean Brennan (he has moved to Canada)
Add: Ciara Walsh, 087 000 3319 - she's next door at number 9 and has a
key.

My own number stays the same.

Thanks a million,
Aoife"""),
("en", "b176-en-engineer-left-drill", "Trevor Hughes <trevor.hughes@example.co.uk>", "Something of yours", "general", "",
"""Your engineer who fitted the smoke alarms on Monday has left a
cordless drill and a case of bits in our garage. Red Milwaukee one. He
might be looking for it. We're in most evenings if someone wants to
collect.
T. Hughes, 6 Orchard Close, Taunton"""),
("en", "b176-en-cub-scouts-fire-talk", "Dana Whitaker <dana.whitaker@example.com>", "Cub Scout pack visit?", "general", "",
"""Hello!

I'm a den leader with Pack 312 in Columbus. Our Wolf Cubs are working
on their safety adventure next month and I wondered if someone from your
team might come talk to about 15 kids (ages 7-8) about smoke alarms and
planning a way out of the house. Tuesday evenings 6:30-7:30 at the
Methodist church hall. We can't pay much but the kids make a mean thank
you card.

Dana Whitaker"""),
("en", "b176-en-cricket-sponsorship", "Arjun Nair <arjun.nair@example.in>", "Sponsorship request - Koramangala Cricket Club", "general", "",
"""Dear Sir/Madam,

Koramangala Cricket Club is organising an under-14 tournament in
December with 16 teams from across Bengaluru. We are looking for local
businesses to sponsor the trophies and the team kits and in return we
will display your banner at the ground and your logo on the t-shirts.

Please let us know whom we may contact regarding this.

Warm regards,
Arjun Nair
Secretary"""),
("en", "b176-en-subject-access-request", "Eleanor Frost <eleanor.frost@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including recordings of phone calls with your monitoring
centre between January and March this year, and any notes on my
account. My customer number is HS-55102.

Please send it to this email address.

Eleanor Frost"""),
("en", "b176-en-safe-delivery-third-floor", "Omar Siddiqui <omar.siddiqui@example.co.uk>", "Delivery on the 14th", "general", "",
"""Hiya, the safe being delivered on the 14th is 68kg according to the
site. I'm on the third floor and there's no lift, so can the driver
know to bring two people. Buzzer doesn't work - ring me on 07700 900412
when you're outside and I'll come down. Flat 9, Carrick House."""),
("en", "b176-en-urgent-new-email", "Brittany Cole <brittany.cole@example.com>", "URGENT!!!!", "general", "",
"""Please change the email on my account to brittany.cole.home@example.com,
I'm leaving my job Friday and won't have this one. Thanks!!"""),
("en", "b176-en-hello-do-you-cover", "Nuala Keane <nuala.keane@example.ie>", "Hello", "general", "",
"""Hello, do you install and monitor alarms out as far as Clifden, or is
it only Galway city? We've bought a cottage out there. Nuala"""),
("en", "b176-en-rude-installer-manager", "Susan Harrow <susan.harrow@example.co.uk>", "Your installer at my father's house", "general", "high",
"""I am writing about the installer who came to fit the new smoke alarms
at my father's house on Wednesday (27 Moorland Rise, Hexham). My father
is 84.

He smoked in the back garden and then came back in without wiping his
feet, and when my father asked him to mind the carpet he swore at him
and told him he had "better things to do". My father was shaken and
rang me in tears. The alarms themselves seem to be fine.

I don't want to deal with the call centre about this. I want the
manager responsible for your installers to contact me, and I want to
know that this man will not be sent to vulnerable customers again.

Susan Harrow
07700 900187"""),
("en", "b176-en-trade-counter-step", "Lachlan Murray <lachlan.murray@example.com.au>", "Your Osborne Park trade counter", "general", "high",
"""Morning,

The second step up to the trade counter at Osborne Park has come loose
- the whole front edge rocks when you stand on it. I watched an older
bloke go down on it yesterday, he caught the rail so he was alright
but it could've been nasty. Staff said they'd "mention it". There's no
tape or cone on it.

Someone's going to get hurt, might want to get it fixed or blocked off
today.

Lachlan"""),
("en", "b176-en-sar-ignored-ico", "Matthew Rowe <matthew.rowe@example.co.uk>", "Second request - personal data", "general", "high",
"""Dear Sir or Madam,

On 2 February I asked for a copy of the personal data you hold on me,
including the footage your monitoring centre pulled from my cameras on
the night of 28 January. The legal deadline was one month. It is now
more than two months and I have had nothing but an automatic
acknowledgement.

If I don't receive the data within 14 days I will complain to the
Information Commissioner's Office.

Matthew Rowe
Customer ref. HS-30281"""),
# ---------------- Greek ----------------
("el", "b176-el-gl-diplh-xrewsh-parakolouthisi", "Stelios M. <stelios.m@example.gr>", "xrewsh 2 fores", "billing", "",
"""Kalhspera sas,
vlepw sthn karta mou 2 xrewseis apo 19,90 eurw thn idia mera (5/3) gia
thn syndromh parakolou8hshs tou synagermou. Prepei na einai mia to mhna.
Mporeite na mou epistrepsete thn mia?
Eyxaristw
Stelios Makrhs"""),
("el", "b176-el-mitera-ekoimithi-koumpi", "Κατερίνα Ζ. <katerina.z@example.gr>", "Συνδρομή κουμπιού έκτακτης ανάγκης", "billing", "",
"""Καλημέρα σας,

Η μητέρα μου, Ευανθία Ζαχαρίου, εκοιμήθη τον περασμένο μήνα. Είχε
το κουμπί έκτακτης ανάγκης στον καρπό από εσάς εδώ και τρία χρόνια, με
μηνιαία χρέωση 15 € στον λογαριασμό της στην Πειραιώς.

Σας παρακαλώ να σταματήσετε τη συνδρομή και να μου πείτε αν πρέπει να
σας επιστρέψω τη συσκευή και πού.

Με εκτίμηση,
Κατερίνα Ζαχαρίου
Λάρισα"""),
("el", "b176-el-timologio-afm-kameres", "Φαρμακειο Ρηγα <info@farmakeio-riga.example.gr>", "Τιμολογιο", "billing", "",
"""Καλησπερα,

για την εγκατασταση των 4 καμερων στο φαρμακειο την περασμενη Τριτη
μας δωσατε αποδειξη λιανικης. Χρειαζομαστε τιμολογιο για το λογιστη.
Στοιχεια: Ρηγα Ελενη, Φαρμακειο, ΑΦΜ 000111222, ΔΟΥ Πατρων, Κορινθου 118,
Πατρα.

Ευχαριστουμε
Ελενη Ρηγα"""),
("el", "b176-el-epistrofi-thyrotileorasi", "Νίκος Β. <nikos.v@example.gr>", "Παραγγελία 51907", "billing", "",
"""Γεια σας,

Παρέλαβα χθες το κουδούνι με κάμερα (παραγγελία 51907, 139 €) αλλά
τελικά η πολυκατοικία μας δεν επιτρέπει να μπει στην είσοδο. Είναι
ακόμα σφραγισμένο στη συσκευασία του. Πώς το επιστρέφω και σε πόσες
μέρες θα δω τα χρήματα στην κάρτα;

Νίκος Βλάχος"""),
("el", "b176-el-gl-doseis-xrhmatokivwtio", "Giannis T. <giannis.t@example.gr>", "doseis?", "billing", "",
"""Geia, to xrhmatokivwtio gia oplo/kynhgetiko pou exete sto site
(1.150 eurw) ginetai se doseis me pistwtikh? Poses to poly? Den eida
epilogh sto kala8i.
Giannhs"""),
("el", "b176-el-pagoma-cloud-enoikiasi", "Μαρίνα Κ. <marina.kalog@example.gr>", "Καλοκαίρι στο Πήλιο", "billing", "",
"""Καλημέρα,

Έχουμε το σπίτι στη Ζαγορά με δύο εσωτερικές κάμερες και πληρώνουμε
την αποθήκευση cloud 9,90 € τον μήνα. Από Ιούνιο μέχρι τέλος
Σεπτεμβρίου το νοικιάζουμε και τις κάμερες μέσα θα τις βγάζουμε από
την πρίζα, οπότε δεν έχει νόημα να πληρώνουμε.

Μπορείτε να «παγώσετε» τη συνδρομή για αυτούς τους τέσσερις μήνες και
να ξαναρχίσει τον Οκτώβριο χωρίς να χάσω την τιμή που έχω;

Ευχαριστώ,
Μαρίνα Καλογεράκη"""),
("el", "b176-el-re-ananeosi-afxisi", "Θοδωρής Π. <thodoris.p@example.gr>", "Re: Ανανέωση συμβολαίου συναγερμού", "billing", "",
"""Καλησπέρα,

Πέρσι πλήρωσα 180 € και φέτος μου ζητάτε 228 €, χωρίς καμία αλλαγή
στην υπηρεσία. Γιατί η αύξηση; Είμαι πελάτης σας από το 2017. Αν
δεν γίνει κάποια έκπτωση θα το σκεφτώ να μην ανανεώσω.

Θοδωρής Παπαδάκης

> Αγαπητέ πελάτη,
> το ετήσιο συμβόλαιο παρακολούθησης του συναγερμού σας λήγει στις
> 30/4. Το ποσό ανανέωσης για την επόμενη περίοδο είναι 228,00 €
> (με ΦΠΑ). Η χρέωση θα γίνει αυτόματα στην κάρτα σας.
> Τμήμα Εξυπηρέτησης Πελατών"""),
("el", "b176-el-kouponi-den-efarmostike", "Αννα Μ. <anna.mylona@example.gr>", "κουπονι", "billing", "",
"""Καλημερα, εβαλα τον κωδικο ΑΣΦΑΛΕΙΑ15 για την εκπτωση 15% στους
ανιχνευτες καπνου, το καλαθι εδειξε την εκπτωση αλλα στην καρτα
χρεωθηκαν 84 ευρω αντι για 71,40. Μπορειτε να μου επιστρεψετε τη
διαφορα; Παραγγελια 52230.
Αννα Μυλωνα"""),
("el", "b176-el-gl-service-pyrosvesthres-4-oxi-6", "Taverna O Mpampis <tavernampampis@example.gr>", "timologio service", "billing", "",
"""Kalhmera. Sto timologio gia to etisio service twn pyrosvesthrwn mas
xrewnete 6 pyrosvesthres x 12 eurw. Emeis exoume 4 sthn taverna, 2 sthn
kouzina kai 2 sth sala. O texnikos ta metrhse o idios. Diorthwste to
timologio parakalw.
Mpampis Karagiannhs
Taverna O Mpampis, Nafplio"""),
("el", "b176-el-den-thelo-episkevi-seirina", "Χρύσα Δ. <chrysa.d@example.gr>", "Εξωτερική σειρήνα", "billing", "",
"""Γεια σας,

Η εξωτερική σειρήνα που αγοράσαμε τον Ιανουάριο έχει πάει ήδη δύο
φορές για επισκευή και ξαναχάλασε. Δεν θέλω να την ξαναστείλω για
επισκευή ούτε να πάρω την ίδια. Θέλω να μου επιστραφούν τα 95 € και
αγοράζω άλλη από αλλού.

Χρύσα Δημητρίου"""),
("el", "b176-el-poini-akyrosis-germania-synigoros", "Αλέξανδρος Φ. <alexandros.f@example.gr>", "Ρήτρα πρόωρης λύσης", "billing", "high",
"""Κύριοι,

Από τον Φεβρουάριο εργάζομαι και μένω μόνιμα στη Στουτγάρδη και το
διαμέρισμα στη Θεσσαλονίκη παραδόθηκε στον ιδιοκτήτη. Ζήτησα λύση του
συμβολαίου παρακολούθησης και μου απαντήσατε ότι οφείλω 240 € ως ρήτρα
πρόωρης λύσης, για υπηρεσία σε σπίτι που δεν είναι πια δικό μου.

Σας έστειλα τη βεβαίωση εργοδότη και το πρωτόκολλο παράδοσης του
ακινήτου. Αν δεν ακυρωθεί η ρήτρα μέσα σε 15 ημέρες, θα απευθυνθώ στον
Συνήγορο του Καταναλωτή.

Αλέξανδρος Φωτίου"""),
("el", "b176-el-gl-prokatavolh-amfisvhthsh", "Vaggelis K. <vaggelis.k@example.gr>", "prokatavolh 250", "billing", "high",
"""Geia sas. Edwsa 250 eurw prokatavolh me karta stis 10/2 gia
egkatastash synagermou sto spiti sthn Kalamaria. Mou eipan 8a er8ei
texnikos se 10 meres. Exei perasei ena mhna, kanenas den hr8e, sto
thlefwno den apanta kaneis kai sta email epishs.

Den thelw pleon thn egkatastash. An den epistrafoun ta 250 eurw mexri
thn Paraskevh, 8a kanw amfisvhthsh ths xrewshs sthn trapeza.

Vaggelhs Kwnstantinidhs"""),
("el", "b176-el-xreoseis-meta-katangelia-ypeythynos", "Σοφια Λ. <sofia.l@example.gr>", "Χρεωσεις μετα την καταγγελια", "billing", "high",
"""Καλησπερα,

Εστειλα καταγγελια της συμβασης για τις καμερες τον Νοεμβριο και μου
ηρθε επιβεβαιωση. Παρ ολα αυτα με χρεωνετε κανονικα 29,90 το μηνα,
Δεκεμβριο, Ιανουαριο και Φεβρουαριο. Εχω τηλεφωνησει τρεις φορες,
καθε φορα μου λενε «θα το δουμε» και τιποτα.

Δεν θελω να ξαναμιλησω με το τηλεφωνικο κεντρο. Ζητω να με καλεσει ο
υπευθυνος του λογιστηριου και να μου επιστραφουν τα 89,70.

Σοφια Λαμπρου
694 000 2281"""),
("el", "b176-el-loukto-fournos", "Μανώλης Σ. <manolis.s@example.gr>", "Φούρνος Σταυρακάκη - συναγερμός", "billing", "",
"""Καλημέρα,

Μετά από 32 χρόνια βάλαμε λουκέτο στον φούρνο στην οδό Έβανς στο
Ηράκλειο, βγήκα στη σύνταξη. Ο χώρος παραδίδεται στον ιδιοκτήτη τέλος
του μήνα. Τον συναγερμό και την παρακολούθηση δεν τα χρειαζόμαστε πια,
οπότε παρακαλώ σταματήστε τη μηνιαία χρέωση από τον επόμενο μήνα.

Ευχαριστούμε για όλα αυτά τα χρόνια.
Μανώλης Σταυρακάκης"""),
("el", "b176-el-gl-anixneyths-tsiou", "Kiki P. <kiki.p@example.gr>", "anixneyths", "technical", "",
"""Geia sas, o anixneyths kapnou sto diadromo kanei ena "tsiou" kathe
ena lepto peripou. Allaksa mpataria xthes, to idio. Den exei kapno
fysika. Ti allo na kanw? Mas exei trelanei.
Kiki"""),
("el", "b176-el-den-afora-xreosi-efarmogi", "Δημήτρης Α. <dimitris.a@example.gr>", "Λογαριασμός", "technical", "",
"""Καλησπέρα,

Ο τίτλος είναι «Λογαριασμός» γιατί αυτό μου έβγαλε η φόρμα, αλλά δεν
αφορά χρέωση, οι πληρωμές είναι εντάξει.

Η εφαρμογή των καμερών κλείνει μόνη της κάθε φορά που πάω να δω
καταγεγραμμένο βίντεο από χθες και πίσω. Η ζωντανή εικόνα δουλεύει.
iPhone 12, τελευταία έκδοση της εφαρμογής. Την έσβησα και την ξαναέβαλα.

Δημήτρης Αθανασίου"""),
("el", "b176-el-kamera-nyxta-proistamenos", "Λευτέρης Χ. <lefteris.ch@example.gr>", "Κάμερα αυλής - τρίτη φορά", "technical", "high",
"""Καλησπέρα σας,

Η κάμερα στην αυλή δεν δείχνει τίποτα το βράδυ, μόνο μαύρη εικόνα με
μια θολούρα. Τη μέρα είναι εντάξει. Έχει έρθει τεχνικός σας δύο φορές,
τη μία άλλαξε ρυθμίσεις και τη δεύτερη την κάμερα ολόκληρη, και το
πρόβλημα παραμένει.

Δεν θέλω τρίτη επίσκεψη από τον ίδιο άνθρωπο για να μου πει «τώρα θα
είναι εντάξει». Θέλω να μιλήσω με τον προϊστάμενο του τεχνικού τμήματος.

Λευτέρης Χατζηγεωργίου
Ιωάννινα"""),
("el", "b176-el-gl-login-kwdikos", "Fotis N. <fotis.n@example.gr>", "login", "technical", "",
"""kalhmera, den mporw na mpw sthn efarmogh tou synagermou, leei "lathos
stoixeia". ekana allagh kwdikou kai to email me to link leei "to link
exei lhksei" amesws. ti paizei?"""),
("el", "b176-el-xrimatokivotio-e2", "Γεωργια Τ. <georgia.t@example.gr>", "χρηματοκιβωτιο", "technical", "",
"""Καλημερα σας. Το ηλεκτρονικο χρηματοκιβωτιο που αγορασα τον Οκτωβριο
βγαζει «Ε2» στην οθονη οταν βαζω τον κωδικο και δεν ανοιγει. Αλλαξα
μπαταριες. Ο κωδικος ειναι σιγουρα σωστος, τον εχω γραμμενο. Πως
ανοιγει με το κλειδι εκτακτης αναγκης; Δεν βρισκω την κλειδαρια.
Γεωργια Τσακαλου"""),
("el", "b176-el-erotisi-zones-kinisis", "Παύλος Ρ. <pavlos.r@example.gr>", "Ερώτηση", "technical", "",
"""Καλησπέρα. Έχω ορίσει στο κουδούνι με κάμερα ζώνη κίνησης μόνο το
πεζοδρόμιο μπροστά στην πόρτα, αλλά μου έρχεται ειδοποίηση για κάθε
αυτοκίνητο που περνάει στον δρόμο. Σαν να μην αποθηκεύεται η ζώνη.
Κάνω κάτι λάθος;"""),
("el", "b176-el-gl-den-thelw-lefta-seirhna", "Takis V. <takis.v@example.gr>", "Seirhna ta xarammata", "technical", "",
"""Kalhspera. Na to ksekathariso apo thn arxh: den thelw na mou
epistrepsete xrhmata oute ekptwsh. Thelw apla na stamathsei h seirhna
na xtypaei monh ths stis 3-4 to prwi. Exei ginei 3 fores mesa sth
vdomada, o synagermos den deixnei kamia zwnh anoixth. Oi geitones mas
koitane strava.
Takhs Vlaxos, Larisa"""),
("el", "b176-el-re-egkatastasi-kamera-3", "Ρένα Κ. <rena.k@example.gr>", "Re: Ολοκληρώθηκε η εγκατάσταση", "technical", "",
"""Καλημέρα,

Όλες οι κάμερες δουλεύουν εκτός από την τρίτη, αυτή στο πίσω μπαλκόνι.
Στην εφαρμογή γράφει «εκτός σύνδεσης» από την πρώτη μέρα. Τα φωτάκια
της είναι σβηστά.

Ρένα

> Αγαπητή κυρία Κουτσού,
> σας ενημερώνουμε ότι η εγκατάσταση του συστήματος 4 καμερών
> ολοκληρώθηκε στις 12/3. Για οποιοδήποτε πρόβλημα είμαστε στη διάθεσή
> σας."""),
("el", "b176-el-koudouni-den-xtypaei-mesa", "Μιχαλης Ο. <michalis.o@example.gr>", "Κουδουνι", "technical", "",
"""Οταν πατανε το κουδουνι με την καμερα, στο κινητο ερχεται κανονικα η
ειδοποιηση αλλα το κουδουνακι μεσα στο σπιτι δεν χτυπαει πια. Μεχρι
πριν μια εβδομαδα χτυπουσε. Αλλαξα μπαταρια και στα δυο."""),
("el", "b176-el-pinakas-spithes", "Ευάγγελος Μ. <evangelos.m@example.gr>", "Πίνακας συναγερμού", "technical", "high",
"""Καλησπέρα,

Σας γράφω για τον πίνακα του συναγερμού στο κλιμακοστάσιο. Από το
μεσημέρι μυρίζει καμένο γύρω του και πριν από λίγο, όταν άνοιξα το
καπάκι, είδα μικρές σπίθες στη μεριά του τροφοδοτικού. Κατέβασα την
ασφάλεια του συναγερμού από τον γενικό πίνακα και δεν άγγιξα τίποτα
άλλο. Τώρα δεν μυρίζει.

Μπορεί να έρθει κάποιος να το δει σήμερα ή αύριο το πρωί;

Ευάγγελος Μαυρίδης
Κηφισίας 44, Μαρούσι"""),
("el", "b176-el-gl-magazi-kleisto-seirhna", "Ourania S. <ourania@kosmimata-ourania.example.gr>", "SYNAGERMOS MAGAZIOU", "technical", "high",
"""Kalhmera,
shmera to prwi den mporesame na anoiksoume to kosmhmatopwleio. Molis
mpainei o kwdikos h seirhna xtypaei kai den stamataei, oi ypallhloi
perimenan ekso apo tis 9 mexri tis 11, h policy ths asfaleias mas den
epitrepei na anoiksoume xwris synagermo. Exoume kai parallavh
emporevmatwn shmera.
Xreiazomaste texniko amesa. Ermou 12, Xania.
Ourania Spanoudakh"""),
("el", "b176-el-giagia-vraxioli-sos", "Αντώνης Γ. <antonis.g@example.gr>", "Η γιαγιά μου στην Κοζάνη", "technical", "high",
"""Καλημέρα σας,

Η γιαγιά μου είναι 84 χρονών και μένει μόνη της σε χωριό έξω από την
Κοζάνη. Από προχθές το βραχιόλι SOS που της πήραμε από εσάς δείχνει
κόκκινο φωτάκι και στην εφαρμογή λέει «χωρίς σύνδεση». Τη δοκιμάσαμε
μαζί στο τηλέφωνο, πάτησε το κουμπί και δεν ήρθε τίποτα σε κανέναν.

Έχει χιόνια εκεί πάνω αυτές τις μέρες και εμείς είμαστε στην Αθήνα.
Αν πέσει, δεν έχει τρόπο να ειδοποιήσει. Χρειαζόμαστε να το δείτε
άμεσα ή να μας στείλετε καινούριο.

Αντώνης Γρηγορίου
697 000 5530"""),
("el", "b176-el-trofodotiko-liose", "Στρατος Ε. <stratos.e@example.gr>", "Τροφοδοτικο καμερων", "technical", "high",
"""Γεια σας. Το τροφοδοτικο των καμερων στο παταρι ειναι καυτο, δεν
μπορεις να το κρατησεις στο χερι, και το πλαστικο στη μια γωνια εχει
λιωσει λιγο. Το εβγαλα απο την πριζα και το αφησα πανω σε πλακακι. Οι
καμερες τωρα φυσικα δεν δουλευουν. Τι κανουμε;
Στρατος Ευαγγελου, Βολος"""),
("el", "b176-el-efxaristies-texniko-giorgo", "Ελένη Π. <eleni.papa@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον κ. Γιώργο που ήρθε την Πέμπτη να βάλει τους
ανιχνευτές καπνού και μονοξειδίου στο σπίτι της μητέρας μου. Ήταν
ευγενέστατος, της εξήγησε με υπομονή τι κάνει το κάθε φωτάκι και της
έγραψε και σε χαρτί τι να κάνει αν χτυπήσει. Η μαμά τον έχει ήδη
φωνάξει για καφέ την άλλη φορά.

Να είστε καλά,
Ελένη Παπαδοπούλου"""),
("el", "b176-el-gl-wrario-savvato", "Nontas <nontas.k@example.gr>", "wrario", "general", "",
"""to katasthma sthn Tsimiskh einai anoixto Savvato apogeyma? 8elw na
dw ta xrhmatokivwtia apo konta."""),
("el", "b176-el-allagi-tilefonon-epafis", "Βασιλική Ν. <vasiliki.n@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλημέρα,

Παρακαλώ ενημερώστε τα τηλέφωνα επικοινωνίας για τον συναγερμό μου
(κωδ. πελάτη 33871):

- Βγάλτε τον αριθμό 210 000 4471 (σταθερό, καταργήθηκε)
- Πρώτο τηλέφωνο: 693 000 8812 (δικό μου κινητό)
- Δεύτερο: 698 000 1147 (αδελφή μου, Ιωάννα Νικολάου)

Ευχαριστώ,
Βασιλική Νικολάου"""),
("el", "b176-el-texnikos-ksexase-katsavidia", "Κωστας Μ. <kostas.mel@example.gr>", "Ξεχασμενα εργαλεια", "general", "",
"""Καλησπερα, ο τεχνικος που ηρθε χθες για το σερβις του συναγερμου
αφησε στο σαλονι μας μια θηκη με κατσαβιδια και ενα πολυμετρο. Αν τα
ψαχνει, ειμαστε σπιτι μετα τις 6. Αγιου Δημητριου 15, Θεσσαλονικη.
Κωστας Μελετιου"""),
("el", "b176-el-sxoleio-omilia-pyrasfaleia", "3ο Δημοτικό Αμπελοκήπων <mail@3dim-ampel.example.gr>", "Πρόσκληση για ενημέρωση μαθητών", "general", "",
"""Αξιότιμοι κύριοι,

Στο πλαίσιο της εβδομάδας πολιτικής προστασίας (12-16 Μαΐου) το σχολείο
μας οργανώνει ενημερωτικές δράσεις για τους μαθητές της Ε' και ΣΤ'
τάξης. Θα μας ενδιέφερε πολύ αν κάποιος από την εταιρεία σας μπορούσε
να μιλήσει στα παιδιά για τους ανιχνευτές καπνού και το τι κάνουμε σε
περίπτωση φωτιάς στο σπίτι, περίπου 45 λεπτά.

Παρακαλούμε ενημερώστε μας αν υπάρχει διαθεσιμότητα.

Με εκτίμηση,
Η Διευθύντρια
Μαρία Κωνσταντίνου"""),
("el", "b176-el-gl-xorhgia-mpasket", "Petros A. <petros.a@example.gr>", "xorhgia omadas", "general", "",
"""Geia sas,
eimaste h omada mpasket paidwn (U12) tou Aiolou Peristeriou. Psaxnoume
xorhgo gia tis fanelles ths neas xronias, kapou 25 fanelles. 8a
bainei to logotypo sas mprosta. Me poion mporw na milhsw gia ayto?
Petros Alexiou, proponhths"""),
("el", "b176-el-gdpr-aitima-prosvasis", "Ιωάννης Σ. <ioannis.s@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο
όλων των προσωπικών δεδομένων που τηρείτε για μένα, συμπεριλαμβανομένων
των καταγραφών συμβάντων του συναγερμού μου και των ηχογραφημένων
κλήσεων με το κέντρο λήψης σημάτων για το 2024.

Στοιχεία: Ιωάννης Σωτηρόπουλος, κωδ. πελάτη 28114.

Με εκτίμηση,
Ι. Σωτηρόπουλος"""),
("el", "b176-el-paradosi-xrimatokivotiou-odigies", "Άρης Λ. <aris.l@example.gr>", "Παράδοση την Τετάρτη", "general", "",
"""Γεια σας, για την παράδοση του χρηματοκιβωτίου την Τετάρτη: μένω στον
4ο χωρίς ασανσέρ, η πολυκατοικία έχει στενή σκάλα. Να είναι δύο άτομα
παρακαλώ. Το κουδούνι γράφει «Λυμπέρης», αν δεν απαντήσω πάρτε στο
690 000 3374, θα είμαι στο απέναντι καφέ.
Άρης"""),
("el", "b176-el-gl-epeigon-email", "Zeta M. <zeta.m@example.gr>", "EPEIGON!!!", "general", "",
"""allakste to email tou logariasmou mou se zeta.m.new@example.gr giati
to palio kleinei thn Paraskevh!! eyxaristw!!!"""),
("el", "b176-el-kalyptete-kerkyra", "Σπυρος Β. <spyros.vl@example.gr>", "Κερκυρα", "general", "",
"""Καλημερα, κανετε εγκατασταση και παρακολουθηση συναγερμου και στην
Κερκυρα η μονο Αθηνα και Θεσσαλονικη; Εχουμε σπιτι στους Αγιους
Δουλους.
Σπυρος"""),
("el", "b176-el-agenis-ypallilos-diefthyntis", "Ρούλα Κ. <roula.k@example.gr>", "Συμπεριφορά υπαλλήλου στο κατάστημα Γλυφάδας", "general", "high",
"""Κύριοι,

Χθες το πρωί πήγα στο κατάστημά σας στη Γλυφάδα με τον 80χρονο πατέρα
μου να δούμε ένα χρηματοκιβώτιο. Ο υπάλληλος στο ταμείο δεν σήκωσε
κεφάλι από το κινητό του, και όταν ο πατέρας μου ρώτησε δεύτερη φορά
την τιμή, του απάντησε μπροστά σε όλους «είναι γραμμένη, παππού, δεν
βλέπεις;». Φύγαμε χωρίς να αγοράσουμε τίποτα.

Δεν θέλω εκπτώσεις ούτε κουπόνια. Θέλω να μου τηλεφωνήσει ο διευθυντής
του καταστήματος ή ο υπεύθυνος των καταστημάτων σας.

Ρούλα Κυριακίδου
694 000 7719"""),
("el", "b176-el-gl-spasmeno-skalopati", "Mixalis D. <mixalis.d@example.gr>", "skalopati sto katasthma Patras", "general", "high",
"""Kalhspera,
sto katasthma sas sthn Patra, sthn eisodo pou katevainei pros to
showroom, to deytero skalopati einai spasmeno, leipei kommati apo thn
akrh kai kounietai. H mhtera mou skontapse shmera kai paraligo na pesei,
thn epiase enas ypallhlos. Den yparxei kamia shmansh. Kapoios 8a
xtyphsei sovara, ftiakste to h kleiste to.
Mixalhs Dhmopoulos"""),
("el", "b176-el-gl-aithsh-ergasias-texnikou", "Kostas Ath. <kostas.ath@example.gr>", "douleia", "general", "",
"""Kalhmera, eimai hlektrologos me 6 xronia empeiria se synagermous kai
kameres, menw sto Peristeri. Psaxnete texnikous gia egkatastaseis? Pou
na steilw viografiko?
Kwstas Athanasiou"""),
# ---------------- Spanish ----------------
("es", "b176-es-recibo-alarma-duplicado", "Montserrat Vidal <montse.vidal@example.es>", "Recibo duplicado", "billing", "",
"""Buenos días:

Este mes me han pasado dos veces el recibo de la alarma, 42,90 € el día
1 y otros 42,90 € el día 3, con el mismo concepto. Les ruego que me
devuelvan uno de los dos cargos a la misma cuenta.

Contrato n.º 7720-BCN.

Gracias,
Montserrat Vidal
Sabadell"""),
("es", "b176-es-mama-se-vino-a-queretaro", "Alejandra Ruiz <ale.ruiz@example.com.mx>", "Servicio de mi mamá", "billing", "",
"""Hola buenas tardes,

Mi mamá, la Sra. Guadalupe Treviño, tenía con ustedes el botón de pánico
en su departamento de la colonia Del Valle. Desde este mes se vino a
vivir conmigo aquí a Querétaro y el depa ya lo entregamos, entonces ya
no va a necesitar el servicio.

¿Me pueden ayudar a que ya no le cobren los $389 mensuales a su tarjeta?
Si tienen que recoger el aparatito díganme cómo se los hago llegar.

Saludos,
Alejandra Ruiz Treviño"""),
("es", "b176-es-factura-a-consultorio", "Consultorio Dra. Ferrari <consultorio.ferrari@example.com.ar>", "Factura", "billing", "",
"""Buenas tardes, por la instalación de las 3 cámaras en el consultorio
me llegó una Factura B a nombre personal. Necesito Factura A a nombre
de Ferrari Odontología SRL, CUIT 30-00000000-0, Responsable Inscripto.
¿Me la pueden rehacer? Gracias.
Dra. Valeria Ferrari
Rosario"""),
("es", "b176-es-caja-fuerte-cambio-mas-grande", "Jordi Puig <jordi.puig@example.es>", "Pedido 30418", "billing", "",
"""Hola,

me llego ayer la caja fuerte de 20 litros pero el portatil no cabe, me
equivoque al medir. Seguia en la caja sin abrir. Se puede cambiar por
la de 38 litros y pagar la diferencia (creo que son 45 euros)? Como lo
hago?

Gracias
Jordi"""),
("es", "b176-es-pago-pse-nequi", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Formas de pago", "billing", "",
"""Buenas, quiero comprar el kit de 4 cámaras ($1.290.000) pero no tengo
tarjeta de crédito. ¿Puedo pagar por PSE o por Nequi? En la página
solo me sale tarjeta. Mil gracias."""),
("es", "b176-es-comunidad-extintores-precio", "Administración Fincas Soler <admin@fincassoler.example.es>", "Revisión anual extintores - C/ Alcalá 212", "billing", "",
"""Estimados señores:

Como administradores de la comunidad de propietarios de la calle Alcalá
212 (Madrid), hemos recibido su presupuesto para la revisión anual de
los 14 extintores del edificio. El precio por unidad ha pasado de 14 €
a 19 € sin que se nos haya comunicado ningún cambio en el servicio.

La junta de propietarios nos pide que les solicitemos el motivo de la
subida y si es posible mantener la tarifa del año pasado, dado que la
comunidad es cliente suya desde 2015.

Un saludo,
Pilar Soler
Administración de Fincas Soler"""),
("es", "b176-es-re-pedido-envio-express", "Héctor Villanueva <hector.villanueva@example.com.mx>", "Re: Su pedido 44871 ha sido enviado", "billing", "",
"""Pagué $180 extra por el envío express de 24 horas y el paquete llegó
9 días después. Quiero que me regresen esos $180, no pagué por un envío
normal.

Héctor

> Hola Héctor,
> ¡Tu pedido 44871 va en camino! Método de envío: Express (24 h).
> Cámara Wi-Fi exterior x 1
> Gracias por tu compra."""),
("es", "b176-es-cambiar-tarjeta-cuota", "Beatriz Otero <beatriz.otero@example.es>", "Cambio de tarjeta", "billing", "",
"""Hola, me han cambiado la tarjeta en el banco porque la anterior
caducaba. ¿Cómo actualizo la tarjeta con la que pago la cuota mensual de
la app de seguridad? En el perfil no encuentro dónde.
Bea"""),
("es", "b176-es-cuotas-sin-interes-con-interes", "Facundo Giménez <facundo.gimenez@example.com.ar>", "6 cuotas sin interés???", "billing", "",
"""Hola, compré la cámara para el bebé en 6 cuotas sin interés según la
página, precio $186.000. En el resumen de la tarjeta me aparecen cuotas
de $36.400, o sea me están cobrando interés. ¿Me explican? Quiero que lo
corrijan.
Facundo"""),
("es", "b176-es-tarjeta-regalo-papa", "Nuria Campos <nuria.campos@example.es>", "Regalo para mi padre", "billing", "",
"""Buenas tardes:

Quería regalarle a mi padre por su cumpleaños la instalación de
detectores de humo en su casa (vive solo en Lugo). ¿Tienen tarjetas
regalo o algún bono que yo pueda pagar y que él use cuando le venga
bien? ¿Y cuánto costaría para un piso de tres habitaciones?

Muchas gracias,
Nuria Campos"""),
("es", "b176-es-permanencia-omic", "Rafael Moreno <rafael.moreno@example.es>", "Penalización por baja", "billing", "high",
"""Buenos días:

Me traslado por trabajo a Dublín el mes que viene y he solicitado la
baja del contrato de alarma de mi piso de Zaragoza, que además dejo al
propietario. Me indican que debo pagar 260 € de penalización por
permanencia.

En ningún momento se me informó por escrito de esa permanencia al
firmar; el comercial dijo que era "sin compromiso". Si no anulan la
penalización, pediré la hoja de reclamaciones y presentaré la queja en
la OMIC de Zaragoza, además de devolver el recibo en el banco.

Rafael Moreno Lasheras
DNI 00000000-T"""),
("es", "b176-es-cargo-triple-contracargo", "Daniela Castañeda <daniela.castaneda@example.com.mx>", "me cobraron 3 veces", "billing", "high",
"""Buenas tardes

Compré UN timbre con cámara el 14 de marzo por $2,499 y en mi estado de
cuenta aparecen TRES cargos iguales. Ya llamé dos veces y me dicen que
"se va a reflejar", ya pasaron tres semanas.

Si esta semana no veo los $4,998 de regreso voy a pedir el contracargo
al banco y a poner la queja en PROFECO. Tengo capturas de todo.

Daniela Castañeda
Monterrey, N.L."""),
("es", "b176-es-cobros-tras-baja-gerente", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "BASTA de cobrarme", "billing", "high",
"""Di de baja el monitoreo de la alarma en diciembre, tengo el número de
gestión 11-40872. Desde entonces me siguieron debitando $21.500 por mes,
enero, febrero y marzo. Cada vez que llamo me atiende alguien distinto
que no sabe nada y me dice que "ya lo pasa al área".

No quiero hablar más con el call center. Exijo que me llame un gerente
o un supervisor con poder para resolver y que me devuelvan los tres
meses.

Gustavo Pereyra
Córdoba"""),
("es", "b176-es-vendimos-el-piso", "Ines Arroyo <ines.arroyo@example.es>", "Baja", "billing", "",
"""Hola buenas, hemos vendido el piso de la calle Feria y el martes
entregamos las llaves a los nuevos dueños, ellos pondran su propia
alarma. Por favor no nos cobreis mas la cuota a partir de abril. El
contrato esta a nombre de Ines Arroyo Ruiz.
Un saludo"""),
("es", "b176-es-detector-pita-cada-minuto", "Encarna Gil <encarna.gil@example.es>", "El detector", "technical", "",
"""Buenas, el detector de humo del pasillo que me pusieron en octubre
pita cada minuto más o menos, un pitido corto. Mi nieto le cambió la
pila y sigue igual. No hay humo ni nada. No sé qué hacer, no me deja
dormir.
Encarnación Gil, Murcia"""),
("es", "b176-es-no-es-cobro-app-grabaciones", "Luis Fernando Ochoa <lf.ochoa@example.com.mx>", "Aclaración de cargo", "technical", "",
"""Buen día, puse "aclaración de cargo" porque el formulario no tenía
otra opción, pero no es tema de cobros, lo de los pagos está bien.

El problema es que la app se cierra sola cada vez que intento abrir una
grabación de más de un día. La vista en vivo sí funciona. Tengo un
Samsung A54, ya la borré y la volví a instalar.

Saludos,
Luis Fernando Ochoa"""),
("es", "b176-es-timbre-wifi-nuevo", "Martina Sosa <martina.sosa@example.com.ar>", "timbre", "technical", "",
"""Hola! cambiamos el modem (nos pasamos de proveedor) y ahora el timbre
con cámara no se conecta al wifi nuevo. La app me pide escanear un QR
y se queda en "conectando..." para siempre. Probé como 10 veces. Ayuda"""),
("es", "b176-es-codigo-sms-no-llega", "Andrés Quintero <andres.quintero@example.com.co>", "No puedo entrar", "technical", "",
"""Buenas noches. Cada vez que intento entrar a la app de las cámaras me
pide un código que llega por SMS, pero el mensaje nunca llega. Mi número
es el mismo de siempre. Ya reinicié el celular. Estoy en Medellín, tengo
Claro."""),
("es", "b176-es-caja-fuerte-codigo", "Pedro Sanz <pedro.sanz@example.es>", "caja fuerte no abre", "technical", "",
"""Hola, la caja fuerte electronica que compre en enero no acepta el
codigo, hace tres pitidos y se pone la luz roja. Le he cambiado las
pilas. Tengo dentro las escrituras. Donde se mete la llave de
emergencia? No veo ninguna cerradura.
Pedro"""),
("es", "b176-es-sensores-ventana-supervisor", "Catalina Rojas <catalina.rojas@example.cl>", "Alarma no arma - cuarta vez", "technical", "high",
"""Hola,

La alarma no me deja armar porque los sensores de las ventanas del
living y de la pieza de los niños marcan "zona abierta", con las
ventanas cerradas y con pestillo. Esto pasa desde febrero. Han venido
técnicos tres veces, cambiaron los imanes, y a la semana vuelve a
pasar.

Ya no quiero que me manden otra visita para lo mismo. Necesito que este
caso lo vea un supervisor o el jefe del área técnica y me den una
solución de verdad.

Catalina Rojas
Ñuñoa, Santiago"""),
("es", "b176-es-pregunta-grabacion-corta", "Sergio Navarro <sergio.navarro@example.es>", "Pregunta", "technical", "",
"""¿Por qué las grabaciones de la cámara del jardín se cortan a los 10
segundos? Tengo puesto "grabar mientras haya movimiento" y el gato se
pasea un minuto entero, pero el clip siempre dura 10 segundos."""),
("es", "b176-es-no-quiero-reembolso-sirena", "Rocío Hernández <rocio.hdz@example.com.mx>", "Sirena", "technical", "",
"""Hola, no quiero reembolso ni cambiar de equipo, me gusta la alarma.
Solo que la sirena de adentro casi no se oye, desde la recámara ni la
escuchamos cuando hacemos la prueba. En la app el volumen está en
máximo. ¿Se puede subir de alguna otra forma o está mal instalada?
Rocío"""),
("es", "b176-es-re-instalacion-camara-patio", "Marcelo Acosta <marcelo.acosta@example.com.ar>", "Re: Instalación completada - Orden 9931", "technical", "",
"""Buenas, todas andan bien menos la del patio del fondo, que en la app
figura "sin señal" desde el mismo día que la pusieron. Me fijé y la luz
de la cámara está apagada.

Marcelo

> Estimado cliente:
> Le confirmamos que la instalación de su sistema de 4 cámaras fue
> completada el día 2/4. Ante cualquier inconveniente, responda este
> correo.
> Saludos, Equipo Técnico"""),
("es", "b176-es-centralita-huele-quemado", "Elena Ibáñez <elena.ibanez@example.es>", "Centralita de la alarma", "technical", "high",
"""Buenas tardes:

Les escribo con calma pero creo que es importante. Desde esta mañana
la centralita de la alarma, la que está en el armario de la entrada,
huele a plástico quemado y la carcasa del transformador tiene una
grieta y está negra por un lado. He bajado el diferencial de ese
circuito y he dejado la puerta del armario abierta.

¿Pueden mandar a alguien lo antes posible?

Elena Ibáñez
C/ Mayor 18, 3.º B, Alcalá de Henares"""),
("es", "b176-es-farmacia-no-pudimos-abrir", "Farmacia San Judas <farmacia.sanjudas@example.com.mx>", "Urge técnico", "technical", "high",
"""Hoy no pudimos abrir la farmacia a las 8. El panel no acepta ninguna
clave, ni la mía ni la de los empleados, y si abrimos la cortina se
dispara y llega la patrulla. Tuvimos a los pacientes esperando afuera
con recetas, dos señoras mayores se fueron sin su insulina. Son las
10:40 y seguimos cerrados.

Sucursal Av. Juárez 305, Toluca. Necesitamos un técnico YA.

Q.F.B. Ricardo Salinas"""),
("es", "b176-es-teleasistencia-papa-marcapasos", "Lucía Benedetti <lucia.benedetti@example.com.ar>", "Pulsador de mi papá", "technical", "high",
"""Hola, mi papá tiene 79 años, usa marcapasos y vive solo en Villa
Urquiza. El pulsador de teleasistencia que le dieron ustedes no carga:
lo pone en la base y la luz queda titilando en rojo, y desde ayer ya
está apagado del todo. O sea que si se descompensa no tiene cómo
avisar.

Por favor necesito que alguien le lleve uno nuevo hoy o mañana
temprano. Dirección: Monroe 4820, 2.º A, CABA. Mi celular 11 0000 4471.

Lucía"""),
("es", "b176-es-timbre-da-calambre", "Alberto Núñez <alberto.nunez@example.es>", "Timbre con cámara", "technical", "high",
"""Hola,

Les cuento: esta tarde mi hijo de 9 años ha pulsado el timbre con cámara
de la puerta de la calle y le ha dado calambre, no fuerte, pero lo ha
notado bien en el dedo. Luego lo he tocado yo con el dorso de la mano
y también da corriente, sobre todo en el marco metálico. Ha estado
lloviendo todo el día.

He cortado la luz del timbre en el cuadro y he puesto una nota para que
llamen con los nudillos. El timbre lo instalaron ustedes en enero.

Alberto Núñez
Santander"""),
("es", "b176-es-gracias-tecnico-ivan", "Carmen Delgado <carmen.delgado@example.es>", "Enhorabuena a Iván", "general", "",
"""Buenos días:

Solo quería felicitar a Iván, el técnico que vino el jueves a instalar
las cámaras en nuestra casa de Jaén. Puntual, limpio y con una paciencia
infinita con mi suegra, que le preguntó por cada cable. Da gusto.

Un saludo,
Carmen Delgado"""),
("es", "b176-es-horario-sucursal-guadalajara", "Jorge Medina <jorge.medina@example.com.mx>", "Horario", "general", "",
"""Qué tal, ¿la sucursal de Av. Vallarta en Guadalajara abre los
domingos? Y si sí, ¿a qué hora? Gracias."""),
("es", "b176-es-contactos-emergencia", "Silvina Romero <silvina.romero@example.com.ar>", "Cambio de contactos", "general", "",
"""Hola, les pido que actualicen los contactos de emergencia de la alarma
(cliente 55219):

1) Silvina Romero - 11 0000 2268 (sigue igual)
2) Sacar a Pablo Romero
3) Agregar a Norma Aguirre, vecina, 11 0000 9153

Gracias!
Silvina"""),
("es", "b176-es-tecnico-dejo-escalera", "Diana Cárdenas <diana.cardenas@example.com.co>", "Escalera", "general", "",
"""Hola, el técnico que vino el sábado a instalar la alarma dejó una
escalera de aluminio en el patio de atrás. Está guardada. Díganme cuándo
pasan por ella, estoy en casa en las tardes. Calle 45 # 12-30, Bucaramanga.
Diana"""),
("es", "b176-es-charla-colegio-incendios", "AMPA CEIP Miguel Hernández <ampa.ceipmh@example.es>", "Charla para el cole", "general", "",
"""Hola:

Somos el AMPA del CEIP Miguel Hernández de Elche. Para la semana
cultural de mayo estamos organizando talleres para los niños de 3.º a
6.º de primaria y nos encantaría que alguien de vuestra empresa les
diera una charla sencilla sobre detectores de humo y qué hacer si hay
un incendio en casa. Sería un viernes por la mañana, una hora.

¿Sería posible? Muchas gracias.

Marta, del AMPA"""),
("es", "b176-es-patrocinio-futbol-barrio", "Club Deportivo Villa Alemana <cdvillaalemana@example.cl>", "Solicitud de auspicio", "general", "",
"""Estimados:

El Club Deportivo Villa Alemana organiza en julio el campeonato de
baby fútbol de la comuna, con 20 equipos infantiles. Buscamos empresas
de la zona que quieran auspiciar los trofeos y las camisetas de los
árbitros, a cambio de publicidad en la cancha y en nuestras redes.

Quedamos atentos a quién podemos dirigirnos.

Saludos cordiales,
Juan Carlos Fuentes
Presidente"""),
("es", "b176-es-rgpd-acceso-datos", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

De conformidad con el artículo 15 del RGPD, solicito que me faciliten
una copia de todos los datos personales que tratan sobre mí, incluidas
las grabaciones de llamadas con la central receptora de alarmas y el
registro de eventos de mi sistema durante el último año.

Titular: Iñaki Etxeberria Goikoetxea, contrato 5511-BIO.

Atentamente,
Iñaki Etxeberria"""),
("es", "b176-es-entrega-vigilante-privada", "Paola Jiménez <paola.jimenez@example.com.mx>", "Entrega pedido 47720", "general", "",
"""Hola, el jueves no voy a estar en la casa. El pedido se lo pueden dejar
al vigilante de la caseta de la privada, se llama Don Rubén, ya le
avisé. Privada Los Olivos 23, Zapopan. Gracias!"""),
("es", "b176-es-hola-mar-del-plata", "Nicolas Ferreyra <nico.ferreyra@example.com.ar>", "Hola", "general", "",
"""Hola que tal, hacen instalacion de alarmas con monitoreo en Mar del
Plata o solo en capital y GBA? Gracias"""),
("es", "b176-es-felicitar-operadora-central", "Consuelo Prieto <consuelo.prieto@example.es>", "Agradecimiento a la operadora", "general", "",
"""Buenas noches:

El domingo saltó la alarma de casa de mi madre, de 88 años, a las tres
de la madrugada. Casi me muero del susto cuando me llamaron. Al final
fue una persiana que se había quedado mal cerrada, pero la operadora,
creo que se llamaba Raquel, se quedó al teléfono con mi madre hasta que
llegué yo, tranquilizándola y hablándole de sus nietos.

Quería que constara mi agradecimiento. Gente así vale oro.

Consuelo Prieto"""),
("es", "b176-es-comercial-madre-consumo", "Víctor Carrasco <victor.carrasco@example.es>", "Comercial en casa de mi madre", "general", "high",
"""Buenas tardes:

Ayer por la mañana un comercial con acreditación de su empresa se
presentó en casa de mi madre, de 82 años, en Getafe. Le dijo que
venía "de parte de la comunidad" a revisar la alarma, cosa que es
falsa, y estuvo más de una hora en el salón sin querer irse, insistiendo
en que firmara. No firmó nada, gracias a que llegó la vecina.

Exijo que se ponga en contacto conmigo un responsable del equipo
comercial, que me digan el nombre de esa persona y qué medidas van a
tomar. Si no recibo respuesta esta semana lo pondré en conocimiento de
Consumo de la Comunidad de Madrid.

Víctor Carrasco
600 000 318"""),
("es", "b176-es-vidrio-roto-showroom", "Mariana Ortega <mariana.ortega@example.com.mx>", "Puerta de su tienda en Puebla", "general", "high",
"""Buenas tardes

Hoy fuimos a su tienda de Puebla (Blvd. Atlixco) a ver cajas fuertes.
La puerta de vidrio de la entrada tiene el cristal estrellado en la
parte de abajo y le falta un pedazo, con la orilla filosa a la altura de
un niño. Mi hijo de 5 años se rozó la mano y se cortó, nada grave, le
pusieron una curita. Le avisé al encargado y dijo que "ya lo tienen
reportado", pero no hay ni una cinta ni un aviso.

Alguien se va a lastimar en serio, arréglenlo o tapen esa parte por
favor.

Mariana Ortega"""),
("es", "b176-es-urgente-cambio-correo", "Tomas Valenzuela <tomas.valenzuela@example.cl>", "URGENTE", "general", "",
"""hola, necesito cambiar el correo de mi cuenta, este lo voy a cerrar.
el nuevo es tomas.valenzuela.v@example.cl. gracias"""),
# ---------------- Polish ----------------
("pl", "b176-pl-monitoring-dwa-razy", "Grzegorz Wójcik <grzegorz.wojcik@example.pl>", "Podwójna opłata za monitoring", "billing", "",
"""Dzień dobry,

w tym miesiącu z mojego konta zeszły dwie płatności po 69,00 zł za
monitoring alarmu (umowa MON/4471/2022), obie 2 kwietnia. Proszę o zwrot
jednej z nich na to samo konto.

Pozdrawiam
Grzegorz Wójcik
Kraków"""),
("pl", "b176-pl-sprzedana-dzialka-kamera", "Bozena Kaczmarek <bozena.kaczmarek@example.pl>", "umowa kamera dzialka", "billing", "",
"""Dzien dobry, sprzedalismy dzialke z domkiem w Mielnie, akt notarialny
byl w zeszly piatek. Kamera z abonamentem chmurowym zostala na miejscu
dla nowych wlascicieli, jak sie umowili to niech sobie zaloza swoje
konto. Prosze o rozwiazanie mojej umowy i zeby juz nie pobierac
29,99 zl miesiecznie.
Bozena Kaczmarek"""),
("pl", "b176-pl-faktura-nip-montaz", "Biuro Rachunkowe Lis <biuro@rachunkowe-lis.example.pl>", "Faktura", "billing", "",
"""Dzien dobry,
za montaz alarmu w naszym biurze (ul. Dluga 8, Lodz) dostalismy paragon.
Prosze o wystawienie faktury VAT na firme:
Biuro Rachunkowe Lis sp. z o.o.
NIP 000-111-22-33
Paragon nr 2025/04/118, kwota 2 460,00 zl.
Pozdrawiam
Agnieszka Lis"""),
("pl", "b176-pl-zwrot-sejfu-nie-miesci", "Tomasz Mazur <tomasz.mazur@example.pl>", "Sejf - zwrot", "billing", "",
"""Witam,

sejf meblowy, który przyszedł we wtorek (zamówienie 60219), nie mieści
się w szafie - pomyliłem wymiary, brakuje 3 cm głębokości. Nie był
przykręcany, stoi w kartonie. Chciałbym go zwrócić w ramach 14 dni.
Czy kurier go odbierze (waży 31 kg) i ile to kosztuje?

Tomasz Mazur"""),
("pl", "b176-pl-raty-zero-alarm", "Kinga Pawlak <kinga.pawlak@example.pl>", "Raty", "billing", "",
"""Dzień dobry, czy zestaw alarmowy z montażem za 3 490 zł można kupić na
raty 0%? Jeśli tak, to na ile rat i czy potrzebne jest zaświadczenie o
dochodach? Dziękuję."""),
("pl", "b176-pl-blik-pieniadze-zeszly", "Kacper Zieliński <kacper.zielinski@example.pl>", "Zamówienie 61880", "billing", "",
"""Hej, zapłaciłem BLIKIEM za zamówienie 61880 (2 kamery, 598 zł),
pieniądze zeszły z konta, a na stronie zamówienie dalej ma status
"oczekuje na płatność" i dostałem maila, że zostanie anulowane za 24h.
Co mam zrobić? Nie chcę płacić drugi raz."""),
("pl", "b176-pl-re-odnowienie-abonamentu", "Ewa Michalska <ewa.michalska@example.pl>", "Re: Odnowienie abonamentu", "billing", "",
"""Dzień dobry,

skąd podwyżka z 49 na 59 zł miesięcznie? Nic się w usłudze nie
zmieniło. Jestem klientką od 2019 roku. Czy jest możliwość zostania przy
starej cenie albo jakiegoś rabatu przy płatności z góry za rok?

Ewa Michalska

> Szanowna Pani,
> informujemy, że od 1 czerwca opłata za pakiet "Bezpieczny Dom" wyniesie
> 59,00 zł brutto miesięcznie. Abonament zostanie odnowiony
> automatycznie.
> Zespół Obsługi Klienta"""),
("pl", "b176-pl-kod-rabatowy", "Marek Dudek <marek.dudek@example.pl>", "kod rabatowy", "billing", "",
"""Dzien dobry, wpisalem kod WIOSNA10 przy zamowieniu czujek dymu, koszyk
pokazal -10%, ale z karty zeszlo 219 zl zamiast 197,10. Zamowienie
62004. Prosze o zwrot roznicy.
M. Dudek"""),
("pl", "b176-pl-przeglad-gasnic-10-zamiast-6", "Warsztat Nowak <warsztat.nowak@example.pl>", "Faktura za przegląd gaśnic", "billing", "",
"""Dzień dobry,

na fakturze FV/2025/03/442 za przegląd gaśnic policzyli Państwo 10 sztuk
po 18 zł netto. U nas w warsztacie jest 6 gaśnic, serwisant sam je
oklejał. Proszę o fakturę korygującą.

Pozdrawiam
Stanisław Nowak
Auto-Serwis Nowak, Radom"""),
("pl", "b176-pl-nie-chce-naprawy-zwrot", "Joanna Krawczyk <joanna.krawczyk@example.pl>", "Kamera zewnętrzna - reklamacja", "billing", "",
"""Dzień dobry,

kamera zewnętrzna kupiona w styczniu wraca do Państwa już trzeci raz,
znowu przestała łączyć się z siecią. Nie chcę kolejnej naprawy ani
wymiany na ten sam model. Odstępuję od umowy i proszę o zwrot 449 zł na
konto 00 0000 0000 0000 0000 0000 0000.

Joanna Krawczyk"""),
("pl", "b176-pl-maz-odszedl-rzecznik", "Halina Sobczak <halina.sobczak@example.pl>", "Umowa po śmierci męża", "billing", "high",
"""Szanowni Państwo,

mój mąż, Ryszard Sobczak, odszedł w lutym. To on podpisywał umowę na
monitoring alarmu w naszym mieszkaniu. Poinformowałam Państwa i
przesłałam akt zgonu, a w odpowiedzi dostałam wezwanie do zapłaty
1 140 zł, czyli abonamentu do końca umowy.

Uważam to za nieuczciwe. Jeśli nie anulujecie tego wezwania, zwrócę się
do miejskiego rzecznika konsumentów i złożę skargę do UOKiK.

Halina Sobczak
Lublin"""),
("pl", "b176-pl-okres-probny-chargeback", "Natalia Wróbel <natalia.wrobel@example.pl>", "obciazenie 299 zl", "billing", "high",
"""Dzien dobry,

anulowalam okres probny aplikacji "Bezpieczny Powrot" 5 dnia z 7, mam
maila z potwierdzeniem. Mimo to 3 dni pozniej pobraliscie z karty 299 zl
za roczny pakiet Premium. Dwa maile bez odpowiedzi.

Jesli do piatku pieniadze nie wroca, skladam w banku reklamacje
transakcji (chargeback) i przekaze im cala korespondencje.

Natalia Wrobel"""),
("pl", "b176-pl-faktura-montaz-kierownik", "Adam Jabłoński <adam.jablonski@example.pl>", "Faktura niezgodna z ofertą - prośba o kontakt kierownika", "billing", "high",
"""Dzień dobry,

w ofercie z 12 marca cena montażu systemu alarmowego z 6 czujkami i
monitoringiem wynosiła 2 900 zł brutto. Faktura, którą dostałem po
montażu, opiewa na 3 800 zł. Handlowiec nie odbiera telefonu, a na
infolinii usłyszałem, że "tak wyszło w systemie".

Nie zapłacę kwoty, na którą się nie umawiałem. Proszę o kontakt
kierownika działu sprzedaży lub kogoś, kto może podjąć decyzję - nie
kolejnego konsultanta.

Adam Jabłoński
Gdynia
tel. 600 000 412"""),
("pl", "b176-pl-syn-na-studiach-pakiet", "Dorota Lewandowska <dorota.lewandowska@example.pl>", "Pakiet rodzinny", "billing", "",
"""Dzień dobry, mamy pakiet rodzinny aplikacji bezpieczeństwa na 4 osoby
(39,99 zł/mies.). Syn od października mieszka we Wrocławiu w akademiku i
sam sobie założył konto, więc chcemy przejść na pakiet dla 3 osób albo
na pakiet "Para", jeśli będzie taniej. Od kiedy zmieni się opłata?
Dorota"""),
("pl", "b176-pl-czujka-piszczy", "Zofia Kubiak <zofia.kubiak@example.pl>", "czujka", "technical", "",
"""Dzien dobry. Czujka dymu w przedpokoju piszczy krotko co pol minuty.
Wnuczek wymienil baterie i dalej to samo. Dymu nie ma. Co robic, bo nie
da sie spac.
Zofia Kubiak"""),
("pl", "b176-pl-nie-rozliczenia-wylogowuje", "Michał Szymański <michal.szymanski@example.pl>", "Płatności", "technical", "",
"""Dzień dobry,

temat "Płatności", bo tylko taki mogłem wybrać w formularzu - to nie
jest sprawa rozliczeń, z płatnościami wszystko ok.

Aplikacja do alarmu wylogowuje mnie co kilka minut i za każdym razem
muszę wpisywać hasło i kod SMS. Wcześniej pamiętała logowanie. Telefon
Xiaomi, Android 14, aplikacja zaktualizowana.

Michał"""),
("pl", "b176-pl-dzwonek-nowy-router", "Paweł Kozłowski <pawel.kozlowski@example.pl>", "Wideodzwonek nie łączy się z Wi-Fi", "technical", "",
"""Po wymianie routera (nowy od operatora) wideodzwonek nie chce się
połączyć z siecią. Konfiguracja kończy się błędem "E-104". Sieć jest na
2,4 GHz, hasło na pewno dobre. Co jeszcze sprawdzić?"""),
("pl", "b176-pl-nowy-telefon-dwuetapowa", "Łukasz Grabowski <lukasz.grabowski@example.pl>", "Logowanie po zmianie telefonu", "technical", "",
"""Dzień dobry, zmieniłem telefon i nie mogę się zalogować do panelu
kamer, bo prosi o kod z aplikacji uwierzytelniającej, która została na
starym telefonie (oddałem go do skupu). Kodów zapasowych nie mam. Jak
mogę odzyskać dostęp?
Łukasz Grabowski"""),
("pl", "b176-pl-sejf-drzwi-nie-domykaja", "Ryszard Kowalczyk <ryszard.kowalczyk@example.pl>", "Sejf", "technical", "",
"""Witam. Sejf kupiony u Panstwa w grudniu przestal sie zamykac - drzwi
sie domykaja, ale rygle nie wchodza, po przekreceniu pokretla slychac
tylko klikniecie. Kod i baterie ok. Sejf przykrecony do podlogi, wiec nie
chce go wozic.
R. Kowalczyk"""),
("pl", "b176-pl-kamera-karta-sd-kierownik", "Iwona Wieczorek <iwona.wieczorek@example.pl>", "Kamera nie nagrywa - trzecie zgłoszenie", "technical", "high",
"""Dzień dobry,

to już trzecie zgłoszenie w tej sprawie. Kamera w garażu nie zapisuje
nagrań na kartę SD - w aplikacji pokazuje "brak karty", choć karta jest
w środku. Wymieniłam kartę na nową, serwisant był raz i sformatował
ją, działało dwa dni.

W zeszłym tygodniu ktoś nam przebił opony i akurat nie ma nagrania.
Proszę o przekazanie sprawy wyżej, do kierownika serwisu, bo na poziomie
infolinii nikt tego nie rozwiąże.

Iwona Wieczorek
Bielsko-Biała"""),
("pl", "b176-pl-pytanie-czujka-kot", "Robert Sikora <robert.sikora@example.pl>", "Pytanie", "technical", "",
"""Czujka ruchu w salonie jest niby "odporna na zwierzęta do 25 kg", a
alarm i tak się włącza, jak kot (4 kg) przejdzie po podłodze. Już dwa
razy dzwonił do mnie monitoring w nocy. Jak to ustawić?"""),
("pl", "b176-pl-nie-chce-zwrotu-dzwonek-czarne", "Karolina Baran <karolina.baran@example.pl>", "dzwonek z kamerą", "technical", "",
"""Dzień dobry, od razu piszę, że nie chcę zwrotu pieniędzy, dzwonek jest
fajny. Ale od kilku dni wszystkie nagrania w nocy są całkiem czarne,
tryb nocny włączony, lampa przed drzwiami świeci. W dzień jest ok. Jak
to naprawić?
Karolina"""),
("pl", "b176-pl-re-montaz-klawiatura", "Henryk Szulc <henryk.szulc@example.pl>", "Re: Montaż zakończony - zlecenie 7742", "technical", "",
"""Dzień dobry,

klawiatura przy drzwiach wejściowych od dnia montażu nie świeci i nie
reaguje na przyciski. Alarm uzbrajam tylko pilotem. Ta w sypialni
działa normalnie.

H. Szulc

> Szanowny Panie,
> dziękujemy za skorzystanie z naszych usług. Montaż systemu alarmowego
> (zlecenie 7742) został zakończony 8 kwietnia. W razie pytań prosimy o
> odpowiedź na tę wiadomość."""),
("pl", "b176-pl-gasnica-syczy", "Jolanta Mroczek <jolanta.mroczek@example.pl>", "Gaśnica po przeglądzie", "technical", "high",
"""Dzień dobry,

w czwartek Państwa serwisant robił przegląd gaśnicy proszkowej w naszej
kuchni. Dziś rano zauważyłam, że przy zaworze coś cicho syczy, a na
szafce i podłodze jest biały proszek. Wskazówka manometru spadła na
czerwone pole. Wyniosłam gaśnicę na balkon i zamknęłam tam drzwi,
dzieci do niej nie podchodzą.

Proszę o informację, co dalej, i o kogoś, kto to zabierze lub wymieni.

Jolanta Mroczek
ul. Lipowa 7/12, Toruń"""),
("pl", "b176-pl-magazyn-brama-kierowcy", "Logistyka Polanex <logistyka@polanex.example.pl>", "Brama magazynu", "technical", "high",
"""Od 6 rano nie możemy otworzyć bramy magazynu w Strykowie - centrala
alarmowa nie przyjmuje żadnego kodu i blokuje sterowanie bramą. Pod
rampą stoi sześć ciężarówek, kierowcy mają swoje okna czasowe, zmiana
(14 osób) siedzi w socjalnym. Dwa sklepy sieciowe już dzwonią, że nie
dostaną dziś towaru.

Potrzebny technik na miejscu natychmiast.

Krzysztof Maj
kierownik zmiany, tel. 600 000 917"""),
("pl", "b176-pl-tata-za-drzwiami-mroz", "Monika Wasilewska <monika.wasilewska@example.pl>", "zamek sie nie otwiera - tata na zewnatrz", "technical", "high",
"""Dzien dobry,

moj tata (85 lat) stoi pod drzwiami swojego domu w Suwalkach, a
inteligentny zamek, ktory od Was mamy, nie otwiera sie ani z aplikacji,
ani z klawiatury - na aplikacji jest "urzadzenie offline". Na dworze jest
minus 12. Kluczy zapasowych nie ma, bo zamek mial je zastapic. Sasiad
wzial go na razie do siebie, ale tata bierze leki, ktore sa w domu.

Prosze o pilny kontakt i zdalne otwarcie albo technika.
Monika Wasilewska, tel. 500 000 266"""),
("pl", "b176-pl-ladowarka-dzwonka-stopiona", "Dariusz Kalinowski <dariusz.kalinowski@example.pl>", "Ładowarka", "technical", "high",
"""Dzień dobry,

ładowarka z zestawu wideodzwonka, podłączona do gniazdka w korytarzu,
była tak gorąca, że nie dało się jej dotknąć, a obudowa przy wtyczce jest
stopiona i pociemniała. Na szczęście zauważyłem po zapachu. Odłączyłem ją
i wyłączyłem bezpiecznik w tym obwodzie. Gniazdko też jest lekko
przypalone.

Czy możecie przysłać nową ładowarkę i czy w ogóle bezpiecznie jest
ładować tę baterię?

Dariusz Kalinowski"""),
("pl", "b176-pl-podziekowanie-monter-bomba", "Agata Woźniak <agata.wozniak@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam podziękować panu Sebastianowi, który w poniedziałek montował u
nas kamery i alarm. Bomba! Wszystko wytłumaczył, posprzątał po sobie, a
przewody poprowadził tak, że w ogóle ich nie widać. Mąż, który zwykle
wszystko krytykuje, nie miał się do czego przyczepić.

Pozdrawiam serdecznie
Agata Woźniak"""),
("pl", "b176-pl-godziny-salon-wigilia", "Piotr Jaworski <piotr.jaworski@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której czynny jest salon w Gdańsku Oliwie w Wigilię i
czy 27 grudnia będzie normalnie otwarty?"""),
("pl", "b176-pl-zmiana-osob-kontaktowych", "Renata Olszewska <renata.olszewska@example.pl>", "osoby kontaktowe", "general", "",
"""Dzien dobry, prosze o zmiane osob kontaktowych przy alarmie (klient
MON/2231):
- usunac: Jan Olszewski
- dodac: Beata Kurek (corka), 600 000 774
- dodac: Leszek Pietrzak (sasiad z parteru), 600 000 385
Dziekuje, Renata Olszewska"""),
("pl", "b176-pl-zgubiony-brelok-salon", "Beata Górska <beata.gorska@example.pl>", "Zgubione klucze", "general", "",
"""Dzień dobry, chyba zostawiłam w Państwa salonie na ul. Piotrkowskiej
pęk kluczy z czerwonym brelokiem (w sobotę koło 12). Czy ktoś je
znalazł? Mogę podjechać w każdej chwili.
Beata Górska"""),
("pl", "b176-pl-przedszkole-straz-pogadanka", "Przedszkole Słoneczko <slonko@przedszkole-slonko.example.pl>", "Zaproszenie", "general", "",
"""Szanowni Państwo,

Przedszkole nr 14 "Słoneczko" w Rzeszowie organizuje w maju tydzień
bezpieczeństwa. Chcielibyśmy zaprosić kogoś z Państwa firmy, kto w
prosty sposób opowie starszakom (5-6 lat), do czego służy czujka dymu i
jak się zachować, gdy zapiszczy. Wystarczy 30 minut.

Z poważaniem
Anna Rutkowska, dyrektor"""),
("pl", "b176-pl-sponsoring-festyn-osp", "OSP Brzozowa <osp.brzozowa@example.pl>", "Festyn strażacki - sponsoring", "general", "",
"""Dzień dobry,

Ochotnicza Straż Pożarna w Brzozowej organizuje 15 czerwca festyn
rodzinny z pokazami ratownictwa. Szukamy sponsorów nagród do konkursów
dla dzieci. W zamian umieścimy logo firmy na plakatach i podziękujemy ze
sceny. Czy byliby Państwo zainteresowani?

Druh Tadeusz Wilk
prezes OSP"""),
("pl", "b176-pl-rodo-kopia-danych", "Sebastian Czarnecki <sebastian.czarnecki@example.pl>", "Żądanie dostępu do danych (art. 15 RODO)", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych przetwarzanych przez Państwa firmę, w tym historii zdarzeń z
systemu alarmowego oraz nagrań rozmów z centrum monitorowania z ostatnich
12 miesięcy.

Numer klienta: MON/5590.

Z poważaniem
Sebastian Czarnecki"""),
("pl", "b176-pl-dostawa-sejfu-instrukcje", "Wojciech Pietrzyk <wojciech.pietrzyk@example.pl>", "dostawa w czwartek", "general", "",
"""Dzien dobry, co do dostawy sejfu w czwartek - mieszkam na 4 pietrze
bez windy, sejf wazy 55 kg, wiec prosze o dwie osoby. Domofon nie
dziala, prosze dzwonic 600 000 128, zejde otworzyc. Wejscie od podworka.
W. Pietrzyk"""),
("pl", "b176-pl-pilne-nazwisko-slub", "Magdalena Nowicka <magdalena.nowicka@example.pl>", "PILNE!!!", "general", "",
"""Dzień dobry!! Wyszłam za mąż i zmieniłam nazwisko z Nowicka na
Zalewska. Proszę zmienić dane na koncie. Adres i telefon bez zmian.
Magdalena Zalewska"""),
("pl", "b176-pl-dzien-dobry-zakopane", "Jerzy Chmielewski <jerzy.chmielewski@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry, czy montujecie i monitorujecie alarmy też w okolicach
Zakopanego (Kościelisko)? Kupiliśmy tam dom. Pozdrawiam."""),
("pl", "b176-pl-monter-niekulturalny-przelozony", "Elżbieta Zając <elzbieta.zajac@example.pl>", "Skarga na montera", "general", "high",
"""Dzień dobry,

w środę u mojej mamy (78 lat, Opole, ul. Ozimska) montowano czujki
dymu. Monter przyszedł z papierosem, palił na klatce, a gdy mama
zwróciła mu uwagę, że ma buty całe w błocie, powiedział do niej
"niech się pani nie wtrąca, babciu". Mama była tak roztrzęsiona, że
musiała brać leki na ciśnienie. Czujki działają, nie o to chodzi.

Żądam rozmowy z przełożonym tego pana lub kierownikiem działu montażu i
informacji, jakie wyciągnięto konsekwencje.

Elżbieta Zając
tel. 600 000 553"""),
("pl", "b176-pl-oblodzone-schody-salon", "Ireneusz Kowal <ireneusz.kowal@example.pl>", "Schody przed Waszym salonem w Kielcach", "general", "high",
"""Dzien dobry,

schody przed Waszym salonem przy ul. Sienkiewicza w Kielcach sa od rana
calkowicie oblodzone, nikt ich nie posypal. Widzialem, jak starsza pani
przewrocila sie na drugim stopniu, na szczescie skonczylo sie na
stluczonym lokciu. Pracownik powiedzial, ze "to sprawa zarzadcy
budynku". Ktos tam sobie zaraz polamie nogi, prosze to natychmiast
zalatwic.

Ireneusz Kowal"""),
("pl", "b176-pl-praktyki-student", "Oliwia Sadowska <oliwia.sadowska@example.pl>", "praktyki", "general", "",
"""Dzień dobry, jestem studentką 3. roku automatyki na Politechnice
Poznańskiej i szukam praktyk na lato (lipiec-sierpień). Czy przyjmujecie
praktykantów do działu technicznego? Do kogo mogę wysłać CV?
Oliwia Sadowska"""),
]
