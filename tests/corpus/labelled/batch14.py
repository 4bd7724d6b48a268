# batch14.py -- labelled mails held out of the repository, written before
# the rules and the learned model are next changed, so that nothing is
# tuned or trained on them until they are wired in.  The failure classes
# in new situations -- escalation demands that keep their topic,
# negations, Greeklish, a body that tells what the subject does not, paid
# plans ended in other words, outages of a whole business told only by
# their consequences, safety hazards, praise -- and everyday mail of all
# three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "student-discount-missed", "Kieran Doyle <kieran.doyle@example.ac.uk>", "Student discount", "billing", "",
"""Hi,

I verified my student status on your site on Tuesday and got the
confirmation email, then bought a desk lamp and a chair (order 73305)
the same evening. The 10% student discount wasn't taken off - I paid
the full 142.50. Could you refund the 14.25?

Cheers,
Kieran"""),
("en", "late-father-gold-renewal", "Helen Marsh <helen.marsh@example.co.uk>", "My father's account", "billing", "",
"""Dear Sir or Madam,

My father, Mr Alan Marsh, passed away in January. I am dealing with his
affairs and have noticed that his Gold membership with you renewed on
2 March and 79.00 was taken from his bank account.

Could you please close the membership and refund this renewal to his
account? I can send a copy of the death certificate if needed.

Yours faithfully,
Helen Marsh (daughter and executor)"""),
("en", "fitting-fee-no-fitter", "Craig Holloway <craig.h@example.com>", "Fitting charge", "billing", "",
"""I paid 45 for you to fit the wall bracket when I bought the telly. Your
fitter was booked twice and didn't turn up either time, so in the end my
brother-in-law put it up. Please refund the 45, I'm not waiting in for a
third appointment."""),
("en", "extended-warranty-twice", "Amy Fletcher <amy.fletcher@example.com>", "charged for 2 warranties??", "billing", "",
"""hiya, i think i clicked the 3 year cover twice at checkout on the
fridge freezer because theres two of them on my receipt, 39.99 each.
i only have one fridge lol. can you take one off and refund it
thanks Amy"""),
("en", "invoice-serial-numbers-grant", "Dr Owen Pryce <o.pryce@geo.example.ac.uk>", "Invoice detail for grant audit", "billing", "",
"""Good afternoon,

We bought four laptops from you under order 70291, paid from a research
grant. The funder's auditors require the invoice to list each unit's
serial number and to show VAT per line rather than as a single total.
Would you be able to reissue the invoice in that form?

Best regards,
Owen Pryce
Department of Earth Sciences"""),
("en", "scratched-table-keep-discount", "Fiona Grant <fiona.grant@example.net>", "Dining table", "billing", "",
"""Hello,

The oak dining table arrived yesterday with a long scratch along one
edge. Honestly it would be more hassle to have it collected and wait for
another one - it took two men to get it through the door. Would you
consider a partial refund if we keep it as it is? Photos attached.

Fiona"""),
("en", "proforma-school-trip", "Bursar <bursar@stmarys-primary.example>", "Pro forma needed before payment", "billing", "",
"""Hello,

We'd like to order 30 of the children's camping mats for our Year 6
residential trip. Our finance system can't pay a card order - please
could you send a pro forma invoice so we can pay by BACS in advance, and
hold the stock until the payment clears?

Thank you,
Mrs K. Ainsworth
School Business Manager, St Mary's Primary"""),
("en", "evoucher-paid-not-sent", "Raymond Cho <raymond.cho@example.com>", "Gift voucher", "billing", "",
"""Bought a 50 e-gift voucher for my niece's birthday on Sunday, money
came out of my account straight away but neither she nor I have had the
email with the code. Her birthday was yesterday. Either send it or give
me the money back.

Ray"""),
("en", "fwd-paylater-after-return", "Megan Lloyd <megan.lloyd@example.co.uk>", "Fwd: Your payment is due in 3 days", "billing", "",
"""See below - I returned the boots two weeks ago (the store stamped my
return slip) so why am I still being asked to pay for them? Please sort
it before they take the money.

Megan

---------- Forwarded message ---------
From: PayLater <noreply@paylater.example>
Subject: Your payment is due in 3 days

Hi Megan, a reminder that your payment of 89.00 to Shop is due on
14 October. We'll collect it automatically from your card ending 4471."""),
("en", "mixer-too-loud-return", "Tasha Quinn <tasha.quinn@example.com>", "Stand mixer", "billing", "",
"""Just to be clear, nothing is wrong with the stand mixer, it works
perfectly. It's just far louder than I expected and we live in a flat
with thin walls and a baby. I'd like to return it for a refund - it's
been 9 days. Do I need the original box? I still have it."""),
("en", "craft-box-no-more", "Lucy Harper <lucy.harper@example.com>", "Craft club", "billing", "",
"""Hi, please don't send or charge for any more of the monthly kids'
craft boxes after this one. My two have had enough glitter to last a
lifetime and so has my carpet. Thanks! Lucy"""),
("en", "tv-cover-sold-tv", "Derek Mills <derek.mills@example.net>", "Care cover", "billing", "",
"""I've been paying 6.99 a month for the breakdown cover on the 55" TV I
bought from you in 2021. I sold the TV in the summer so there's nothing
left to cover. Can you end it please and stop the direct debit. Ref on
my statement is CC-228194.

D. Mills"""),
("en", "restocking-fee-citizens-advice", "Anthony Briggs <anthony.briggs@example.co.uk>", "Restocking fee on an unopened TV", "billing", "high",
"""I returned an unopened television within your 30-day window and you've
refunded me 20% less, calling it a "restocking fee". Nothing about this
fee was shown at checkout, and I have a screenshot of your returns page
from the day I ordered.

I've spoken to Citizens Advice, who say this isn't allowed for an
unopened item bought online. If the remaining 119.80 isn't back on my
card within 14 days I will report this to Trading Standards and issue a
claim through the small claims court.

Anthony Briggs"""),
("en", "import-fee-mother-someone-in-charge", "Sanjay Patel <sanjay.patel@example.co.uk>", "Customs charge my mother paid", "billing", "high",
"""Your website says prices include all duties. Yet when the courier
delivered the rug to my mother she had to hand over 38.60 in "import
charges" before they would let go of it. She is 81.

I've emailed twice and been sent the same template answer twice. I want
someone in charge of customer services to phone me, not another
template. And I want her 38.60 refunded.

Sanjay Patel
07700 900412"""),
("en", "kitchen-deposit-section75", "Joanne Ferris <jo.ferris@example.com>", "Kitchen deposit 1,200", "billing", "high",
"""We cancelled our kitchen order in writing on 2 September, before any
survey or manufacture, and your own terms say the deposit is refundable
up to the survey. Six weeks later there's still no sign of our 1,200.

I paid the deposit on my credit card. If it isn't refunded by the end of
next week I will ask my card provider to claim it back under section 75
and tell them you refused.

Joanne Ferris"""),
("en", "electric-blanket-one-side", "Maureen Ellis <maureen.ellis@example.org>", "Electric blanket", "technical", "",
"""Dear Sir/Madam

The dual control electric blanket I bought in November only warms up on
my husband's side. My controller lights up and I can turn it to 6 but my
side stays cold. We have swapped the controllers round and it is still
my side that doesn't work, so I think it is the blanket.

Mrs M. Ellis"""),
("en", "walkie-talkies-static", "Jason Webb <jason.webb@example.com>", "kids walkie talkies", "technical", "",
"""got the kids walkie talkies for my twins birthday. both on channel 3,
code 00, fresh batteries, but all they hear from each other is static
even standing in the same room. the call beep comes through just not
voices"""),
("en", "cooker-hood-one-speed", "Nina Ford <nina.ford@example.co.uk>", "Cooker hood", "technical", "",
"""Hi, the cooker hood fan only works on the top speed now - speed 1 and 2
do nothing at all, and the lights flicker when I press the buttons.
Installed in April. Is there a reset, or does someone need to come out?
Nina"""),
("en", "breadmaker-no-refund-sinks", "George Abbott <george.abbott@example.net>", "Bread maker - not after a refund", "technical", "",
"""I'm not after a refund or a replacement, I like the machine. I just
can't get a decent loaf out of it. Every basic white loaf rises well and
then sinks in the middle before the bake finishes, and the paddle stays
stuck in the bottom. I'm using the recipe in the book, fast action yeast,
weighing everything. Is there something in the settings I should change?

George"""),
("en", "re-order-scale-stones", "Rachel Dunn <rachel.dunn@example.com>", "Re: Your order 71120 has been dispatched", "technical", "",
"""The scale came, thanks, but it only shows stones and pounds and I need
kilograms for my diet plan. There's no button for it on the scale and the
app doesn't have a units option that I can see.

> Your order 71120 has been dispatched and should arrive within 2-3
> working days."""),
("en", "question-pressure-lid", "Ben Holt <ben.holt@example.com>", "Question", "technical", "",
"""How do you get the lid on the electric pressure cooker to lock? It
turns to the closed mark but the float valve never pops up, and after a
while it shows "Lid" on the display and beeps. Used it twice fine before
this."""),
("en", "wishlist-empty-on-phone", "Zara Khan <zara.khan@example.com>", "Wish list keeps emptying", "technical", "",
"""Every time I log in on my phone, the wish list I made on my laptop is
empty. Log back in on the laptop and everything's there again. Same
account, same email. It's my Christmas list so I'd really like it on my
phone when I'm in town!"""),
("en", "drill-battery-no-turn", "Phil Sutton <phil.sutton@example.co.uk>", "Cordless drill", "technical", "",
"""Battery charges (green light on charger), clicks into the drill fine,
but pull the trigger and nothing. Not even a hum. Tried the second
battery from the kit, same. Direction switch is on forward, not locked.
3 months old.

Phil"""),
("en", "photo-frame-no-new-pictures", "Carol Dean <carol.dean@example.com>", "Photo frame for Grandad", "technical", "",
"""We gave Grandad one of your digital photo frames so the family can
email pictures to it. It showed the first lot fine, but nothing we've
sent since Boxing Day has appeared. The frame is on his wifi (the symbol
is showing) and we're sending to the same address as before."""),
("en", "charger-scorched-socket", "Olivia Benson <olivia.benson@example.com>", "Phone charger", "technical", "high",
"""I've unplugged it and I won't use it again, but you need to know: the
fast charger I bought from you last month got so hot overnight that the
plastic has gone brown and the wall socket around it is scorched. My
daughter's phone was on it next to her bed. What should I do with it,
and is the same model safe?

Olivia Benson"""),
("en", "scooter-battery-hissing", "Marcus Lowe <marcus.lowe@example.net>", "e-scooter", "technical", "high",
"""My son's e-scooter was charging in the hallway and started hissing,
then smoke came out of the deck where the battery is. I've put it out in
the garden away from the house. The deck looks swollen. It's the Volt
300 bought in June. What do we do now?"""),
("en", "labels-courier-left-empty", "Dispatch <dispatch@hilltopcandles.example>", "No labels today", "technical", "high",
"""Hi,

Nothing has come through from the shipping integration since about 8
this morning - orders arrive from the shop but no labels are created, so
we've had nothing to pack. The courier came at 2 and left with an empty
van. That's 140 customer orders now sitting here with next-day delivery
promised.

We haven't changed anything on our side. Can someone look at it today?

Ruth Caldwell
Hilltop Candles"""),
("en", "dental-diary-blank", "Reception <reception@parkviewdental.example>", "Diary", "technical", "high",
"""The appointment diary in your practice software has been blank since
lunchtime on every computer in the practice. Patients are turning up and
we can't see who's booked with which dentist or what they're in for.
We're writing names on paper at the front desk. Please ring us on 0161
496 0033."""),
("en", "heating-controller-someone-senior", "Colin Baxter <colin.baxter@example.co.uk>", "Heating controller - 4th time", "technical", "high",
"""This is the fourth time I'm writing about the smart heating controller
your engineer fitted in October. Every night at around 1am it drops its
connection and the heating goes off until I reset it in the morning. We
have a newborn.

Three engineer visits, three "it's fine now". I do not want a fourth
engineer. I want somebody senior, someone who can actually make a
decision, to call me before the end of the week.

Colin Baxter"""),
("en", "thanks-interview-suit", "Angela Reid <angela.reid@example.com>", "Thank you to Priya in menswear", "general", "",
"""I just wanted to say thank you to Priya in menswear at your Leeds
store. My son had his first job interview and was in a right state about
what to wear. She spent nearly an hour with him, found him a suit that
fitted, and even showed him how to tie his tie properly. He got the job!

Please pass it on.

Angela Reid"""),
("en", "praise-chat-late-evening", "Bill Thornton <bill.thornton@example.net>", "Chat last night", "general", "",
"""Hello, a quick note to say thank you to Sam on your live chat last
night. He stayed with me until gone ten while I set up Mum's new tablet
step by step, and never once made me feel daft. Mum has been video
calling all her grandchildren today. Top man.

Bill"""),
("en", "paid-bed-frame-when", "Sophie Turner <sophie.turner@example.com>", "Order 69840", "general", "",
"""Hi, the payment for the bed frame (299) went through fine on the 1st and
I'm not asking for anything back - I just want an idea of when it'll be
delivered. The order page has said "processing" for 12 days and we're
sleeping on a mattress on the floor.

Thanks, Sophie"""),
("en", "hello-parcel-locker", "Adam Price <adam.price@example.com>", "Hello", "general", "",
"""Hello, I work long shifts and there's never anyone in. Can you deliver
to a parcel locker, and if so which option do I pick at checkout?"""),
("en", "leave-with-neighbour", "Iris Long <iris.long@example.org>", "Delivery on Thursday", "general", "",
"""My wardrobe is due on Thursday but I've been called in to work. Could
the driver leave it with my neighbour at number 12? She's in all day and
happy to take it in. Order 72214.

Iris Long"""),
("en", "plates-sold-singly", "Howard Keane <howard.keane@example.co.uk>", "Dinner plates", "general", "",
"""Do you sell the Linen White dinner plates on their own? We had the set
of 12 as a wedding present and are down to 9 after a clumsy Christmas."""),
("en", "seasonal-job-17", "Ellie Ward <ellie.ward2007@example.com>", "Christmas job", "general", "",
"""Hi,

I'm 17 and looking for a Saturday or Christmas temp job. Are you taking
people on at the Exeter store this year, and is there a minimum age?
I've attached my CV just in case.

Thanks,
Ellie Ward"""),
("en", "merge-loyalty-cards", "Norman Fisk <norman.fisk@example.net>", "Two reward cards", "general", "",
"""My wife and I each have a rewards card and we've both been collecting
points on them for years. Can they be joined into one, so we can use all
the points together?"""),
("en", "dog-in-store", "Kate Moody <kate.moody@example.com>", "dogs?", "general", "",
"""are dogs allowed in the Cheltenham store? he's small and well behaved,
just dont want to leave him in the car"""),
("en", "large-print-brochure", "Mr E. Hobbs <e.hobbs@example.org>", "Brochure", "general", "",
"""Dear Sirs,

My eyesight is poor and I cannot read your website. Do you produce the
garden furniture brochure in large print, or on paper at all? Please
post one to:

Mr E. Hobbs
7 Orchard Close
Ledbury HR8 1XP

Thank you."""),
("en", "blocked-blue-badge-bays-manager", "Patricia Lane <patricia.lane@example.co.uk>", "Disabled bays at your Hereford store", "general", "high",
"""For the third week running the disabled parking bays outside your
Hereford store have been full of delivery pallets and cages. I use a
wheelchair and today I had to park on the far side of the car park and
get across in the rain.

I mentioned it to a member of staff last week, who shrugged. I want the
store manager, or whoever is above them, to contact me and tell me what
is going to be done about it.

Patricia Lane"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "gl-xrewsi-antikatavolis-karta", "Thanasis P. <thanasis.p@example.gr>", "xrewsh antikatavolhs", "billing", "",
"""Kalhspera,
plhrwsa thn paraggelia 74410 me karta sto site, alla o kouriers mou
zhthse 2,50 eurw "gia thn antikatavolh" kai tou ta edwsa gia na parw
to dema. Afou htan hdh plhrwmeno giati na plhrwsw antikatavolh? 8elw ta
2,50 pisw.
Thanasis"""),
("el", "tokoi-se-atokes-doseis", "Ειρήνη Σ. <eirini.s@example.gr>", "Άτοκες δόσεις με τόκο;", "billing", "",
"""Καλημέρα σας,

Αγόρασα το πλυντήριο ρούχων με 12 άτοκες δόσεις, όπως έγραφε η σελίδα
του προϊόντος. Στην κίνηση της κάρτας βλέπω ότι κάθε δόση είναι 54,30 €
αντί για 49,90 €, δηλαδή μου χρεώνετε τόκο. Μπορείτε να το διορθώσετε
και να μου επιστρέψετε τη διαφορά για όσες δόσεις έχουν ήδη περάσει;

Ευχαριστώ,
Ειρήνη Σταυροπούλου"""),
("el", "diakopi-programmatos-syntirisis-klimatistikon", "Κώστας Λ. <kostas.l@example.gr>", "Πρόγραμμα συντήρησης", "billing", "",
"""Γεια σας. Πληρώνω κάθε χρόνο το πρόγραμμα συντήρησης για τα δύο
κλιματιστικά (σέρβις δύο φορές τον χρόνο). Μετακομίσαμε σε σπίτι με
αντλία θερμότητας και τα κλιματιστικά έμειναν στο παλιό. Δεν θέλω να
ανανεωθεί τον Μάρτιο - σταματήστε το παρακαλώ.

Κώστας Λιάπης"""),
("el", "gl-stamatima-backup-3-99", "Marina K. <marina.k@example.gr>", "backup", "billing", "",
"""Geia sas, otan phra to laptop mou egrapsan kai sto "asfales backup"
me 3,99 to mhna. Den to xrhsimopoiw kan, exw diko mou diskaki. Pws to
stamatame? Na mhn xrewthei pali h karta mou ton allo mhna.
Eyxaristw
Marina"""),
("el", "iris-plirosa-150-anti-15", "Αλέξης Δ. <alexis.d@example.gr>", "Λάθος ποσό μέσω IRIS", "billing", "",
"""Καλησπέρα,

Για την παραγγελία 71893 (θήκη κινητού, 15,00 €) πλήρωσα με IRIS και από
βιασύνη έβαλα 150,00 €. Στην τράπεζα φαίνεται ότι τα χρήματα ήρθαν σε
εσάς. Μπορείτε να μου επιστρέψετε τα 135 € που έδωσα παραπάνω; Σας
στέλνω και το αποδεικτικό.

Αλέξης Δημάκης"""),
("el", "prokatavoli-kourtines", "Φωτεινή Α. <foteini.a@example.gr>", "Προκαταβολή για κουρτίνες", "billing", "",
"""Πριν από τέσσερις μέρες έδωσα 120 € προκαταβολή στο κατάστημα της
Λάρισας για κουρτίνες κατά παραγγελία. Τελικά θα τις ράψει η κουνιάδα
μου. Αφού δεν τις έχετε ξεκινήσει ακόμα, μου επιστρέφετε ολόκληρη την
προκαταβολή ή κρατάτε κάτι;"""),
("el", "fpa-vivlia-24", "Παναγιώτης Ξ. <p.xenos@example.gr>", "ΦΠΑ στα βιβλία", "billing", "",
"""Στην απόδειξη της παραγγελίας 70055 τα τρία βιβλία είναι χρεωμένα με
ΦΠΑ 24% αντί για 6%. Δηλαδή πλήρωσα περίπου 8 € παραπάνω. Παρακαλώ
διορθώστε την απόδειξη και επιστρέψτε μου τη διαφορά.

Π. Ξένος"""),
("el", "gl-allagi-papoutsia-doro-diafora", "Vasw T. <vaso.t@example.gr>", "allagh", "billing", "",
"""geia! mou xarisan ena zeygari athlitika apo to katastima sas (exw to
xartaki allagis, oxi apodiksi). thelw na ta allaksw me ta sandalia pou
kostizoun 30 evrw ligotero. mou epistrefete th diafora i prepei na parw
kati allo gia na symplirwsw?"""),
("el", "epektasi-egguisis-meta-epistrofi", "Ηλίας Β. <ilias.v@example.gr>", "Επέκταση εγγύησης", "billing", "",
"""Καλημέρα,

Επέστρεψα την τηλεόραση μέσα στις 14 μέρες και πήρα πίσω τα 649 €. Όμως
η επέκταση εγγύησης 3 ετών (79 €) που αγόρασα μαζί της δεν μου
επιστράφηκε. Αφού δεν έχω πια την τηλεόραση, δεν έχει νόημα. Μπορείτε να
την ακυρώσετε και να μου δώσετε πίσω τα χρήματα;

Ηλίας Βασιλείου"""),
("el", "gl-den-einai-vlavi-psygeio-den-xwraei", "Dimitris Ch. <dimitris.ch@example.gr>", "Psygeio", "billing", "",
"""Kalhmera. Den einai vlavh, to psygeio douleuei mia xara. Apla metrhsa
lathos kai den xwraei sthn porta ths kouzinas, leipoun 2 ekatosta. 8elw
na to epistrepsw kai na parw ta lefta mou pisw. Poso kostizei h paralavh
apo to spiti kai se poses meres ginetai h epistrofh?

Dhmhtrhs Chatzhs"""),
("el", "erotisi-ypoloipo-metrita-paradosi", "Σταυρούλα Ν. <stavroula.n@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα, για τον καναπέ έδωσα 200 € στο κατάστημα και μου μένουν
330 €. Μπορώ να δώσω το υπόλοιπο μετρητά στον οδηγό την ημέρα της
παράδοσης ή πρέπει να το εξοφλήσω πριν;"""),
("el", "akyrosate-den-epistrafikan", "Ραφαήλ Μ. <rafail.m@example.gr>", "Ακυρώσατε την παραγγελία μου", "billing", "",
"""Στις 3 του μήνα μου στείλατε email ότι η παραγγελία 72760 ακυρώθηκε
επειδή το προϊόν εξαντλήθηκε. Δέκα μέρες μετά τα 86,40 € δεν έχουν
επιστραφεί στην κάρτα μου. Πότε να τα περιμένω;

Ραφαήλ"""),
("el", "gl-synigoros-katanaloti-karotsaki", "Eleni G. <eleni.g@example.gr>", "Karotsaki - epistrofh xrhmatwn", "billing", "high",
"""Agorasa to karotsaki 3 se 1 prin 10 meres kai o mprostinos troxos
kollaei apo thn prwth mera. Sto katasthma mou eipan oti kanoun mono
episkeuh, epistrofh xrhmatwn oxi. Einai elattwmatiko kai eimai mesa stis
14 meres.

An den mou epistrafoun ta 389 eurw mesa sthn evdomada 8a kanw anafora
ston Synhgoro tou Katanalwth.

Elenh Georgiou"""),
("el", "xreosi-epistrofis-apothema-ypeuthinos", "Σπύρος Κ. <spyros.k@example.gr>", "Κράτηση 15% στην επιστροφή", "billing", "high",
"""Επέστρεψα τα ακουστικά σφραγισμένα, με τη ζελατίνα, την ίδια εβδομάδα
που τα αγόρασα. Μου επιστρέψατε 15% λιγότερα, λέγοντας για «κόστος
επανένταξης στο απόθεμα». Αυτό δεν αναφέρεται πουθενά στους όρους σας.

Έχω μιλήσει ήδη με δύο υπαλλήλους στο τηλέφωνο χωρίς αποτέλεσμα. Ζητώ να
με καλέσει ο υπεύθυνος του τμήματος εξυπηρέτησης, όχι ξανά κάποιος από το
τηλεφωνικό κέντρο.

Σπύρος Καρράς
697 000 4412"""),
("el", "akyrosi-stalthike-amfisvitisi-trapeza", "Ναταλία Π. <natalia.p@example.gr>", "Ακύρωση που δεν έγινε ποτέ", "billing", "high",
"""Ακύρωσα την παραγγελία 73004 μισή ώρα αφού την έκανα και πήρα email
επιβεβαίωσης ακύρωσης. Παρ' όλα αυτά το δέμα στάλθηκε, το αρνήθηκα στην
πόρτα και γύρισε σε εσάς πριν από τρεις εβδομάδες. Τα 212 € ακόμα δεν
έχουν επιστραφεί.

Αν δεν τα δω στην κάρτα μου μέχρι την Παρασκευή, θα ζητήσω από την
τράπεζα να αμφισβητήσει τη χρέωση."""),
("el", "gl-tilexeiristirio-fahrenheit", "Manos R. <manos.r@example.gr>", "Klimatistiko", "technical", "",
"""To thlexeiristhrio tou klimatistikou deixnei 75 kai 78 anti gia 24-26,
mallon phge se Fahrenheit afou allaksa mpataries. Pws to gyrizw pisw se
va8mous Kelsiou? Sto egxeiridio den vriskw tipota."""),
("el", "gl-exypnos-diakoptis-thermosifona", "Giwta M. <yiota.m@example.gr>", "diakopths 8ermosifwna", "technical", "",
"""Kalhspera, valame ton eksypno diakopth ston 8ermosifwna kai apo to
kinhto anavei kanonika. Omws to programma pou evala (6:00-7:00 ka8e prwi)
den trexei pote, to prwi exoume krio nero. H wra sto kinhto einai swsth.
Ti allo na koitaksw?

Giwta"""),
("el", "ilektriko-mpriki-kleinei", "Μαρίκα Τ. <marika.t@example.gr>", "Μπρίκι", "technical", "",
"""Το ηλεκτρικό μπρίκι για ελληνικό καφέ κλείνει μόνο του πριν φουσκώσει
ο καφές, οπότε μένει χλιαρός και χωρίς καϊμάκι. Στην αρχή δούλευε σωστά.
Το καθάρισα με ξίδι όπως λέει το φυλλάδιο."""),
("el", "den-thelo-lefta-tablet-gonikos-elegxos", "Ανδρέας Φ. <andreas.f@example.gr>", "Tablet παιδικό - όχι επιστροφή", "technical", "",
"""Καλημέρα. Να πω από την αρχή ότι δεν θέλω να το επιστρέψω ούτε να πάρω
τα λεφτά μου πίσω, το tablet το λατρεύει ο γιος μου. Απλώς από τότε που
ενεργοποίησα τον γονικό έλεγχο με όριο μία ώρα τη μέρα, το tablet
κλειδώνει από το πρωί, πριν καν το ανοίξει, και λέει «ο χρόνος
τελείωσε». Τι έχω ρυθμίσει λάθος;

Ανδρέας"""),
("el", "re-paraggelia-anemistiras-orofis", "Τασούλα Γ. <tasoula.g@example.gr>", "Re: Η παραγγελία σας 55102 παραδόθηκε", "technical", "",
"""Ο ανεμιστήρας οροφής τοποθετήθηκε χθες από ηλεκτρολόγο. Γυρίζει, αλλά
το τηλεχειριστήριο δεν αλλάζει ταχύτητα, μόνο ανάβει και σβήνει το φως.
Υπάρχει κάποιο «ζευγάρωμα» που πρέπει να κάνουμε;

> Η παραγγελία σας 55102 παραδόθηκε. Ευχαριστούμε που μας
> προτιμήσατε!"""),
("el", "gl-geia-sas-kalathi-lefko", "Xristos A. <xristos.a@example.gr>", "Geia sas", "technical", "",
"""geia sas, sthn efarmogh sto iphone otan pataw to kalathi vgazei mia
aspri selida kai meta tipota. exw 3 pragmata mesa kai den mporw na
proxwrhsw. thn ksanaegkatesthsa, idio. sto pc douleyei"""),
("el", "ygrantiras-den-vgazei-atmo", "Λίνα Κ. <lina.k@example.gr>", "Υγραντήρας", "technical", "",
"""Ο υγραντήρας δείχνει συνέχεια ότι το δοχείο είναι γεμάτο, ακόμα κι όταν
είναι άδειο, και δεν βγάζει καθόλου υγρασία. Τον αγόρασα τον Νοέμβριο για
το παιδικό δωμάτιο."""),
("el", "ilektriko-podilato-sfalma-30", "Γιώργος Ζ. <giorgos.z@example.gr>", "Ηλεκτρικό ποδήλατο - Error 30", "technical", "",
"""Καλησπέρα σας,

Το ηλεκτρικό ποδήλατο που αγόρασα πέρσι δείχνει «Error 30» στην οθόνη
από χθες και το μοτέρ δεν βοηθάει καθόλου, κάνω σκέτο πετάλι. Η μπαταρία
είναι γεμάτη. Έβγαλα και ξανάβαλα το φις κάτω από τη σέλα.

Υπάρχει κάτι που μπορώ να κάνω μόνος μου ή να το φέρω στο σέρβις;

Γιώργος Ζαχαρίου"""),
("el", "kamera-nyxterini-omixli", "Όλγα Π. <olga.p@example.gr>", "Κάμερα αυλής", "technical", "",
"""Τη μέρα η κάμερα στην αυλή δείχνει μια χαρά, αλλά τη νύχτα η εικόνα
είναι ολόασπρη, σαν ομίχλη, δεν ξεχωρίζει τίποτα. Το τζαμάκι είναι
καθαρό. Έγινε πρόσφατα μια ενημέρωση"""),
("el", "gl-kalwdio-kouzinas-myrizei-kamena", "Kiki S. <kiki.s@example.gr>", "KOUZINA", "technical", "high",
"""Kalhspera, thn hlektrikh kouzina pou mas fernate kai syndesate thn
Triti, apo xthes otan anavoume to megalo mati myrizei kammeno plastiko
apo pisw kai shmera epese o diakopths ston pinaka. To kalwdio pisw einai
zesto kai mavrismeno konta sto kouti. Thn exoume kleisei apo thn
asfaleia. Steilte kapoion na th dei.

Kiki"""),
("el", "thermosifonas-revma-vrysi", "Χαράλαμπος Β. <charalampos.v@example.gr>", "Μας χτυπάει ρεύμα", "technical", "high",
"""Από τότε που ο τεχνικός σας άλλαξε τον θερμοσίφωνα την Πέμπτη, όταν
ακουμπάμε τη βρύση του μπάνιου μάς τινάζει ρεύμα. Η γυναίκα μου το ένιωσε
έντονα σήμερα το πρωί. Κατεβάσαμε την ασφάλεια του θερμοσίφωνα.
Χρειαζόμαστε κάποιον σήμερα αν γίνεται.

Χ. Βλάχος, 6944 000 318"""),
("el", "frontistirio-mathites-den-bainoun", "Φροντιστήριο Ορίζοντες <info@orizontes-frontistirio.example>", "Ηλεκτρονική τάξη", "technical", "high",
"""Καλησπέρα,

Από τις 4 το απόγευμα κανένας μαθητής μας δεν μπορεί να μπει στην
ηλεκτρονική τάξη - βλέπουν «η αίθουσα δεν είναι διαθέσιμη». Οι καθηγητές
περιμένουν μόνοι τους στις αίθουσες και οι γονείς μάς παίρνουν τηλέφωνο
ο ένας μετά τον άλλον. Απόψε έχουμε και διαγώνισμα προσομοίωσης για τις
Πανελλήνιες.

Μαρία Οικονόμου
Φροντιστήριο «Ορίζοντες», 2310 000 550"""),
("el", "gl-taverna-tablet-paraggelies", "Taverna O Platanos <info@platanos-taverna.example>", "tablet paraggeliwn", "technical", "high",
"""Kalimera, apo to prwi to tablet pou mas dwsate gia tis paraggelies
delivery deixnei "anamoni syndesis" kai den erxetai tipota. Oi pelates
mas pairnoun tilefwno kai rwtane giati den mporoun na paraggeiloun, oi
dianomeis kathontai xwris douleia. Kanonika Savvato exoume 60-70
paraggelies mexri to vrady.

Sakis, taverna O Platanos"""),
("el", "inverter-fotovoltaikon-episimi-kataggelia", "Νικόλαος Ε. <nikolaos.e@example.gr>", "Επίσημη καταγγελία - inverter φωτοβολταϊκών", "technical", "high",
"""Κύριοι,

Ο inverter των φωτοβολταϊκών που εγκαταστήσατε τον Μάιο σβήνει κάθε
μεσημέρι με σφάλμα «Grid overvoltage» και η παραγωγή μηδενίζεται για
ώρες. Έχουν έρθει δύο φορές τεχνικοί σας, άλλαξαν ρυθμίσεις και έφυγαν.
Το πρόβλημα παραμένει.

Με το παρόν υποβάλλω επίσημη καταγγελία και ζητώ να ασχοληθεί προσωπικά
ο υπεύθυνος του τεχνικού τμήματος.

Νικόλαος Ευαγγέλου"""),
("el", "gl-efxaristw-giorti-egkaira", "Popi L. <popi.l@example.gr>", "eyxaristw!!", "general", "",
"""Hthela na pw ena megalo eyxaristw! Paraggeila to dwro gia th giorth
ths mamas mou thn Tetarth kai eixa apelpistei, alla hr8e thn Paraskeuh
to prwi, mia mera prin. Kai to paketo htan panemorfo. Na ste kala!!
Popi"""),
("el", "efxaristo-ypomoni-giagia", "Ελένη Μ. <eleni.m@example.gr>", "Ένα ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω την κοπέλα στο κατάστημα της Πάτρας (νομίζω τη λένε
Δήμητρα) που χθες εξυπηρέτησε τη γιαγιά μου. Η γιαγιά ακούει λίγο βαριά
και ρωτούσε τα ίδια ξανά και ξανά, κι εκείνη της εξήγησε τα πάντα με
χαμόγελο και τη συνόδευσε μέχρι το ταξί. Δεν το βλέπεις συχνά.

Με εκτίμηση,
Ελένη Μαυρίδου"""),
("el", "orario-15-avgoustou", "Θοδωρής Κ. <thodoris.k@example.gr>", "Ωράριο", "general", "",
"""Θα ειναι ανοιχτο το καταστημα στη Χαλκιδα τον Δεκαπενταυγουστο; Κι αν
οχι, την Παρασκευη 16 ανοιγετε κανονικα;"""),
("el", "gl-paradosi-se-locker", "Fotis M. <fotis.m@example.gr>", "locker", "general", "",
"""Ginete h paradosi se locker? Leipw olh mera sth douleia kai o courier
panta afhnei xartaki. Yparxei ena sto super market dipla mou."""),
("el", "sxolikes-tsantes-apothema", "Κατερίνα Δ. <katerina.d@example.gr>", "Σχολικές τσάντες", "general", "",
"""Καλημέρα, θα ξαναφέρετε τη σχολική τσάντα με τους δεινόσαυρους (την
πράσινη με τα ροδάκια); Στο site γράφει «εξαντλήθηκε» εδώ και δύο
εβδομάδες και ο μικρός δεν θέλει άλλη. Μήπως υπάρχει σε κάποιο
κατάστημα;"""),
("el", "kalokairini-douleia-rodos", "Ιάσονας Π. <iasonas.p@example.gr>", "Θέση πωλητή για το καλοκαίρι", "general", "",
"""Καλησπέρα σας,

Είμαι φοιτητής 20 ετών και θα ήθελα να δουλέψω το καλοκαίρι στο
κατάστημά σας στη Ρόδο. Μιλάω αγγλικά και ιταλικά και πέρσι δούλεψα σε
κατάστημα με σουβενίρ. Επισυνάπτω το βιογραφικό μου.

Με εκτίμηση,
Ιάσονας Παπαδάκης"""),
("el", "plirosa-tha-erthei-prin-xristougenna", "Μαρία Λ. <maria.l@example.gr>", "Παραγγελία 74951", "general", "",
"""Γεια σας, η πληρωμή έγινε κανονικά και δεν ζητάω καμία επιστροφή, απλώς
θέλω να ξέρω: η κουζινούλα για την εγγονή μου θα έρθει πριν τα
Χριστούγεννα; Στην παραγγελία γράφει «αποστολή σε 10-15 εργάσιμες»."""),
("el", "gl-pontoi-xamenh-karta", "Yannis D. <yannis.d@example.gr>", "pontoi", "general", "",
"""Ehasa tin karta pontwn mou (eiha mazepsei kamia 3000 pontous). An vgalw
kainourgia, mporoun na metaferthoun oi pontoi apo tin palia? Ton arithmo
tis palias ton ehw se mia apodiksi.

Giannis"""),
("el", "katalogos-eidi-banyou", "Αριστείδης Ν. <aristeidis.n@example.gr>", "Κατάλογος", "general", "",
"""Αξιότιμοι κύριοι,

Θα ήθελα να μου αποστείλετε τον έντυπο κατάλογο με τα πλακάκια και τα
είδη μπάνιου της νέας χρονιάς, στη διεύθυνση:

Αριστείδης Νικολάου
Αγίου Δημητρίου 18
412 22 Λάρισα

Ευχαριστώ."""),
("el", "gl-fwd-afiste-sto-periptero", "Akis V. <akis.v@example.gr>", "Fwd: Η παραγγελία σας 75120 απεστάλη", "general", "",
"""Kalhmera, an den eimai spiti thn Pempth mporei o kouriers na to afhsei
sto periptero akrivws katw apo thn polykatoikia? O kyr Stelios mou ta
kratane panta. H die8ynsh idia.

---------- Προωθημένο μήνυμα ---------
Από: Shop <noreply@shop.example>
Θέμα: Η παραγγελία σας 75120 απεστάλη

Η παραγγελία σας 75120 παραδόθηκε στην εταιρεία courier και αναμένεται
να παραδοθεί την Πέμπτη 14/11."""),
("el", "skylos-odigos-aporripsi-diefthyntis", "Στέλιος Α. <stelios.a@example.gr>", "Δεν μας άφησαν να μπούμε με τον σκύλο-οδηγό", "general", "high",
"""Είμαι τυφλός και κυκλοφορώ με σκύλο-οδηγό. Χθες το απόγευμα ο φύλακας
στο κατάστημα του Πειραιά δεν μας άφησε να μπούμε, παρότι του έδειξα την
κάρτα του σκύλου και του εξήγησα ότι ο νόμος το επιτρέπει.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος και να μου
πει τι θα γίνει ώστε να μην ξανασυμβεί.

Στέλιος Αναστασίου
(γραμμένο με αναγνώστη οθόνης)"""),
# ---------------- Spanish ----------------
("es", "bizum-senal-duplicado", "Rocío Navarro <rocio.navarro@example.es>", "Bizum repetido", "billing", "",
"""Hola, para la señal del sofá (pedido 80377) os mandé 100 € por Bizum y
como no me salía la confirmación lo repetí. Ahora veo en el banco que
se han enviado los dos. ¿Me podéis devolver uno de los 100 €?

Gracias,
Rocío"""),
("es", "factura-rectificativa-devolucion-parcial", "Administración <admin@talleresgomez.example>", "Factura rectificativa pedido 79412", "billing", "",
"""Buenos días:

Del pedido 79412 devolvimos dos de las cinco sillas de oficina y ya nos
han abonado el importe, pero necesitamos la factura rectificativa
correspondiente para la contabilidad del trimestre. ¿Nos la pueden
enviar a este correo?

Un saludo,
Montse Gómez
Talleres Gómez S.L."""),
("es", "academia-cocina-dejar-de-pagar", "Javier Ortega <javier.ortega@example.es>", "Academia online", "billing", "",
"""Buenas, me apunté a la academia online de cocina con la cuota de 14,90
al mes y la verdad es que no tengo tiempo ni de entrar. No quiero seguir
pagando a partir de ahora. ¿Lo podéis gestionar vosotros o tengo que
hacer algo desde la web? No encuentro dónde.

Javi"""),
("es", "abono-parking-no-renovar", "Carmen Ibáñez <carmen.ibanez@example.es>", "Abono del parking", "billing", "",
"""Buenas tardes,

Tengo el abono anual del parking del centro comercial (matrícula 4821
KLM), que se renueva solo el 1 de diciembre. Ya no trabajo por la zona,
así que les ruego que no lo renueven y que no me pasen el cargo.

Atentamente,
Carmen Ibáñez"""),
("es", "financiacion-tras-devolucion", "Luis Prieto <luis.prieto@example.es>", "Me siguen cobrando la financiación", "billing", "",
"""Devolví la tele en tienda a los 10 días (tengo el justificante de
devolución), pero la financiera me ha vuelto a pasar la cuota de 33,25 €
este mes. ¿No se anulaba la financiación al devolver el producto? ¿Quién
me devuelve esa cuota?"""),
("es", "regalo-ticket-regalo-dinero", "Nuria Castells <nuria.castells@example.es>", "Devolver un regalo", "billing", "",
"""Hola, me regalaron una plancha de pelo que ya tengo. No tengo el ticket
de compra pero sí el ticket regalo. ¿Me podéis devolver el dinero o
solo se puede cambiar por otra cosa?"""),
("es", "subida-domicilio-no-hecha", "Francisco Moya <francisco.moya@example.es>", "Servicio de subida", "billing", "",
"""Pagué 25 € por el servicio de subida a domicilio del frigorífico (vivo
en un cuarto sin ascensor, lo indiqué en el pedido). Los transportistas
lo dejaron en el portal y se fueron diciendo que ellos no subían. Lo
tuvimos que subir entre mi hijo y un vecino. Quiero que me devolváis los
25 €.

Paco Moya"""),
("es", "no-rota-cuna-duplicada", "Alba Serrano <alba.serrano@example.es>", "Cuna", "billing", "",
"""No, no está rota ni le pasa nada :) Es que en la lista de nacimiento dos
personas compraron la misma cuna y nos han llegado dos. Queremos
devolver una, sin abrir, y que el dinero vuelva a quien la pagó (mi
cuñada). ¿Cómo lo hacemos?"""),
("es", "envio-cobrado-mas-de-50", "Diego Fuentes <diego.fuentes@example.es>", "Gastos de envío", "billing", "",
"""En la web pone envío gratis a partir de 50 €. Mi pedido (81044) era de
63,80 y me habéis cobrado 4,95 de envío. ¿Me lo devolvéis?"""),
("es", "rv-recibo-devuelto-comision", "Manuel Vidal <manuel.vidal@example.es>", "RV: Aviso de recibo devuelto", "billing", "",
"""Hola, os reenvío esto. El recibo de octubre se devolvió porque cambié
de banco, y ya os mandé el IBAN nuevo en septiembre (tengo el correo).
Ahora me reclamáis 6 € de "gastos de devolución". Eso no lo voy a
pagar, el fallo es vuestro por no actualizar la cuenta.

-----Mensaje original-----
De: Administración <cobros@shop.example>
Asunto: Aviso de recibo devuelto

Estimado cliente: su recibo del mes de octubre ha sido devuelto por su
entidad. Se cargarán 6,00 € en concepto de gastos de devolución junto
con el próximo recibo."""),
("es", "abono-todo-en-tarjeta-regalo", "Irene Molina <irene.molina@example.es>", "Devolución mal hecha", "billing", "",
"""Pagué el abrigo (119 €) con una tarjeta regalo de 40 € y el resto con mi
Visa. Al devolverlo en la tienda de Zaragoza me lo han abonado todo en
una tarjeta regalo nueva. Yo quiero los 79 € en mi Visa, que es como los
pagué."""),
("es", "iva-canarias-cobrado", "Yeray Hernández <yeray.hernandez@example.es>", "IVA en pedido a Canarias", "billing", "",
"""Buenas, vivo en La Laguna (Tenerife). En el pedido 80912 me cobrasteis
el IVA del 21% y encima, al llegar, la empresa de transporte me pidió
18 € de despacho de aduana e IGIC. Estoy pagando impuestos dos veces.
¿Me devolvéis el IVA?

Saludos, Yeray"""),
("es", "permanencia-alarma-omic", "Pilar Romero <pilar.romero@example.es>", "Penalización por baja de la alarma", "billing", "high",
"""Buenos días:

Solicité la baja del servicio de alarma el 3 de octubre porque vendimos
el piso. Me han cobrado 240 € de "penalización por permanencia", cuando
el contrato que firmé (lo tengo delante) habla de 12 meses de
permanencia y llevo 19.

Si no se me devuelven los 240 € en diez días, presentaré una reclamación
en la OMIC de mi ayuntamiento y solicitaré el arbitraje de consumo.

Pilar Romero Sanz"""),
("es", "abogado-facturas-servicio-no-contratado", "Ernesto Gil <ernesto.gil@example.es>", "Facturas de un servicio que no contraté", "billing", "high",
"""Llevo tres meses recibiendo facturas de 19,99 € por un "servicio de
asistencia técnica premium" que nunca he contratado, y me las estáis
cobrando en la tarjeta. He pedido la anulación dos veces por teléfono.

He puesto el asunto en manos de mi abogado. Exijo la devolución de los
59,97 € cobrados y la baja inmediata; de lo contrario, él se pondrá en
contacto con ustedes.

Ernesto Gil"""),
("es", "taller-anulado-responsable", "Marta Reyes <marta.reyes@example.es>", "Taller cancelado - quiero hablar con un responsable", "billing", "high",
"""Pagamos 90 € por el taller de cerámica para niños de la tienda de
Sevilla, que anulasteis el mismo día por la mañana. En tienda nos dijeron
que el dinero volvería en "unos días". Han pasado cinco semanas.

No quiero más correos automáticos. Quiero que me llame un responsable y
me diga cuándo me devolvéis los 90 €.

Marta Reyes
612 000 447"""),
("es", "persiana-baja-sola", "Andrés Lozano <andres.lozano@example.es>", "Persiana motorizada", "technical", "",
"""La persiana motorizada del salón se baja sola todas las noches sobre
las 3 y nos despierta. No tengo ningún horario programado en la app (lo
he comprobado) y el mando está en un cajón. ¿Qué puede ser?"""),
("es", "termo-agua-tibia", "Rosa Delgado <rosa.delgado@example.es>", "Termo", "technical", "",
"""El termo eléctrico de 80 litros que nos instalaron en verano ahora solo
da agua tibia, aunque lo tengo al máximo. Da para una ducha corta y se
acabó. La luz de "calentando" se enciende."""),
("es", "induccion-no-detecta-sarten", "Beatriz Campos <beatriz.campos@example.es>", "Placa de inducción", "technical", "",
"""Hola,
la placa de inducción no detecta mi sartén grande (que sí es para
inducción, lo pone en la base): parpadea una "U" y se apaga. Con las
ollas pequeñas va bien. ¿Es la sartén o la placa?
Bea"""),
("es", "no-reembolso-despertador-luz", "Óscar Pascual <oscar.pascual@example.es>", "Despertador de luz", "technical", "",
"""No quiero que me devolváis el dinero ni cambiarlo, solo que haga lo que
tiene que hacer. El despertador con luz suena a su hora, pero la luz no
se enciende ni antes ni después, que es justo para lo que lo compré. La
simulación de amanecer está activada en el menú, a 30 minutos."""),
("es", "re-pedido-reloj-sos-abuela", "Lucía Marín <lucia.marin@example.es>", "Re: Pedido 81530 entregado", "technical", "",
"""Hola, el reloj para mi abuela llegó bien, pero el botón SOS no llama a
nadie. Lo mantiene pulsado 3 segundos, vibra y ya está. En la app he
puesto mi número y el de mi madre como contactos de emergencia. La SIM
tiene saldo y las llamadas normales sí las hace.

Lucía

> Su pedido 81530 ha sido entregado. ¡Gracias por su compra!"""),
("es", "consulta-correo-ya-registrado", "Enrique Soler <enrique.soler@example.es>", "Consulta", "technical", "",
"""Al intentar registrarme en la web me dice que "este correo ya está en
uso", pero yo nunca he tenido cuenta con vosotros. Le doy a recuperar
contraseña y no llega nada (he mirado en spam). ¿Cómo entro?"""),
("es", "robot-cocina-se-reinicia", "Gloria Méndez <gloria.mendez@example.es>", "Robot de cocina", "technical", "",
"""Buenas, el robot de cocina se reinicia a mitad de receta, sobre todo en
las de más de media hora: se apaga la pantalla, vuelve al menú principal
y hay que empezar otra vez. Enchufado directo a la pared, sin regletas.
Tiene 4 meses.
Gloria"""),
("es", "bici-estatica-resistencia", "Raúl Cabrera <raul.cabrera@example.es>", "bici estatica", "technical", "",
"""la rueda de resistencia de la bici estatica gira de 1 a 8 pero da
igual, pedaleo igual de suelto en todas. hasta la semana pasada iba
bien"""),
("es", "robot-cortacesped-no-sale-base", "Jordi Puig <jordi.puig@example.es>", "Robot cortacésped", "technical", "",
"""El robot cortacésped no sale de la base desde que cambiamos el router de
casa. La app lo ve "offline" y en la pantallita del robot pone "esperando
programación". El cable perimetral está bien (luz verde en la base).

Jordi"""),
("es", "calefactor-enchufe-derretido", "Susana Vega <susana.vega@example.es>", "Calefactor - olor a quemado", "technical", "high",
"""Buenas noches, el calefactor que compré la semana pasada empezó a oler a
quemado y al desenchufarlo el enchufe estaba negro y medio derretido, y
la pared de alrededor también. Ya no lo uso. Tengo otro igual en el
cuarto de los niños, ¿es seguro? Quiero que alguien me diga algo hoy."""),
("es", "caldera-humo-negro", "Antonio Ruiz <antonio.ruiz@example.es>", "Caldera", "technical", "high",
"""La caldera de gas que nos instaló vuestro técnico hace un mes da como
petardazos al encenderse y esta mañana ha salido humo negro por la
rejilla de abajo. Hemos cerrado la llave del gas y abierto las ventanas.
Necesitamos que venga alguien."""),
("es", "autoescuela-alumnos-sin-test", "Autoescuela Vía Libre <info@autoescuelavialibre.example>", "Plataforma de test", "technical", "high",
"""Desde ayer por la tarde ningún alumno de la autoescuela puede entrar en
la plataforma de test: a todos les sale "usuario no válido", también a
los que llevan meses usándola. Tenemos exámenes teóricos el jueves, la
gente está sin practicar y llamando a la oficina sin parar.

Un saludo,
Rafa Medina - Autoescuela Vía Libre"""),
("es", "basculas-no-imprimen-etiquetas", "Frutas Lola <frutaslola@example.es>", "básculas", "technical", "high",
"""Desde la actualización de anoche ninguna de las tres básculas de la
tienda imprime etiquetas. Pesamos, le damos al botón y nada. Estamos
apuntando precios a mano y cobrando con calculadora, la cola llega a la
puerta y es sábado por la mañana. Llamadme al 600 000 215 por favor.
Lola"""),
("es", "fibra-tres-semanas-queja-formal", "Sergio Blanco <sergio.blanco@example.es>", "Queja formal - fibra sin funcionar", "technical", "high",
"""Buenas:

Hace tres semanas que me instalaron la fibra y no ha funcionado ni un
solo día: el router tiene la luz LOS en rojo todo el tiempo. He tenido
dos citas con técnicos que no han aparecido y una visita en la que el
técnico dijo que "era cosa de la central".

Presento por este medio una queja formal y pido que la lleve un
responsable, no el servicio de atención de siempre. Necesito saber qué
día va a funcionar.

Sergio Blanco"""),
("es", "gracias-repartidor-abuelo", "Elena Castro <elena.castro@example.es>", "Gracias al repartidor", "general", "",
"""Quería dar las gracias al repartidor que llevó ayer el sillón a casa de
mi abuelo en Lugo. Mi abuelo tarda mucho en llegar a la puerta y el chico
esperó, le ayudó a colocar el sillón y hasta le quitó el plástico. Mi
abuelo está encantado con él (y con el sillón).

Un abrazo,
Elena"""),
("es", "no-es-queja-montador", "Pablo Núñez <pablo.nunez@example.es>", "No es una queja", "general", "",
"""Ya sé que a este correo solo os escriben para quejarse, así que esto es
lo contrario: el montador que vino a montar el armario (Iván, creo) fue
rapidísimo, lo dejó todo recogido y hasta niveló la puerta del baño que
estaba torcida de antes. Que conste.

Pablo"""),
("es", "abren-festivo-san-isidro", "Maite Alonso <maite.alonso@example.es>", "¿Abrís el 15?", "general", "",
"""¿La tienda de Madrid Río abre el 15 de mayo, San Isidro? Y si abre,
¿con horario normal?"""),
("es", "disfraz-talla-4", "Ana Rubio <ana.rubio@example.es>", "Disfraz", "general", "",
"""Hola, ¿os quedan disfraces de bombero en talla 4 años? En la web solo
salen las tallas grandes y es para el carnaval del cole el viernes."""),
("es", "cv-reponedor", "Adrián Santos <adrian.santos@example.es>", "Currículum", "general", "",
"""Buenos días, adjunto mi currículum por si necesitan reponedor o mozo de
almacén en la tienda de Getafe. Tengo carnet de carretillero y
disponibilidad de mañana y tarde.

Un saludo,
Adrián Santos Ruiz"""),
("es", "pagado-recoger-en-tienda", "Silvia León <silvia.leon@example.es>", "Pedido 81109", "general", "",
"""Hola! El cargo del pedido está bien y no quiero que me devolváis nada,
pero me ha surgido un viaje. ¿Puedo pasar a recogerlo a la tienda de
Alicante en vez de que me lo lleven a casa?"""),
("es", "caducan-puntos", "Vicente Marco <vicente.marco@example.es>", "Puntos", "general", "",
"""¿Caducan los puntos de la tarjeta de cliente? Tengo unos 2.000
acumulados y no sé si me da tiempo a gastarlos después de Reyes."""),
("es", "hola-tienda-valladolid", "Mercedes Sanz <mercedes.sanz@example.es>", "Hola", "general", "",
"""Hola buenas, teneis tienda fisica en Valladolid o lo mas cerca es
Madrid? Quiero ver los colchones antes de comprar. Gracias"""),
("es", "catalogo-juguetes-colegio", "AMPA CEIP Los Almendros <ampa@ceiplosalmendros.example>", "Catálogo de juguetes", "general", "",
"""Buenas tardes:

Desde el AMPA del colegio estamos preparando la carta a los Reyes Magos
con los niños de infantil. ¿Podrían enviarnos unos 40 catálogos de
juguetes en papel? Nuestra dirección es Calle Almendro 3, 30005 Murcia.

Muchas gracias,
AMPA del CEIP Los Almendros"""),
("es", "entrega-sabados", "Ramón Iglesias <ramon.iglesias@example.es>", "Entrega en sábado", "general", "",
"""Buenas, ¿hacéis entregas los sábados por la mañana? Entre semana no hay
nadie en casa. Si el envío cuesta algo más no me importa, lo que quiero
es saber si existe la opción."""),
("es", "cajera-grito-madre-director", "Cristina Pardo <cristina.pardo@example.es>", "Trato a mi madre en caja", "general", "high",
"""Ayer por la tarde, en la tienda de Valencia (Avenida del Puerto), una
cajera le gritó a mi madre, de 79 años, porque tardaba en encontrar la
tarjeta de cliente, delante de toda la cola. Mi madre llegó a casa
llorando.

Quiero que el director de la tienda me llame personalmente. Espero su
llamada en el 655 000 903.

Cristina Pardo"""),
# ---------------- Polish ----------------
("pl", "zwrot-bez-kosztu-wysylki", "Agnieszka Wójcik <agnieszka.wojcik@example.pl>", "Zwrot niepełny", "billing", "",
"""Dzień dobry,

odstąpiłam od umowy i odesłałam sukienkę (zamówienie 54120). Zwrot
przyszedł, ale tylko 189 zł za sukienkę, bez 14,99 zł za wysyłkę do
mnie, którą też zapłaciłam. Z tego co wiem, przy odstąpieniu od umowy
zwraca się też koszt najtańszej dostawy. Proszę o dopłatę.

Pozdrawiam
Agnieszka Wójcik"""),
("pl", "faktura-zaliczkowa-kuchnia", "Biuro <biuro@kowalczyk-remonty.example>", "Faktura zaliczkowa", "billing", "",
"""Dzień dobry,
wpłaciliśmy 3000 zł zaliczki na zabudowę kuchenną (umowa KZ/118/24).
Prosimy o wystawienie faktury zaliczkowej na firmę:
Kowalczyk Remonty Sp. z o.o., NIP 000-000-00-00
ul. Lipowa 5, 20-001 Lublin
Z poważaniem
Beata Kowalczyk"""),
("pl", "kurs-angielskiego-online-rezygnacja", "Kamil Lewandowski <kamil.lewandowski@example.pl>", "kurs angielskiego", "billing", "",
"""Hej, mam u was dostęp do kursu angielskiego online, płacony co miesiąc
po 39 zł. Dostałem pracę na zmiany i nie daję rady, chcę z tego
zrezygnować od przyszłego miesiąca. Co muszę zrobić? W panelu nie ma
żadnego przycisku.

Kamil"""),
("pl", "karta-klubowa-premium-zwrot", "Halina Mazur <halina.mazur@example.pl>", "Karta Premium", "billing", "",
"""Dzień dobry, wczoraj pobraliście 49 zł za przedłużenie karty klubowej
Premium na kolejny rok. Nie chciałam jej przedłużać, od pół roku nic u
was nie kupiłam. Proszę ją zamknąć i oddać pieniądze.

Halina Mazur"""),
("pl", "oplata-magazynowa-przesuniecie", "Marek Zieliński <marek.zielinski@example.pl>", "Opłata za magazynowanie", "billing", "",
"""Dzień dobry,

to WY przesunęliście dostawę szafy o trzy tygodnie (mam SMS od
przewoźnika: „z przyczyn leżących po stronie sprzedawcy”), a teraz w
podsumowaniu zamówienia widzę „opłata za magazynowanie 60 zł”. Proszę
o usunięcie tej opłaty i zwrot, bo już mi ją pobrano.

Marek Zieliński"""),
("pl", "wymiana-tanszy-model-roznica", "Iwona Kaczmarek <iwona.kaczmarek@example.pl>", "Wymiana butów", "billing", "",
"""Chciałabym wymienić kozaki (299 zł) na botki z tej samej kolekcji
(219 zł). Czy różnicę 80 zł oddacie mi na kartę, czy dostanę bon?"""),
("pl", "nie-usterka-odkurzacz-za-ciezki", "Wojciech Nowak <wojciech.nowak@example.pl>", "Odkurzacz", "billing", "",
"""Dzień dobry. Odkurzacz działa bez zarzutu, nie chodzi o żadną usterkę.
Kupiłem go dla mamy, ale jest dla niej za ciężki na schody. Jesteśmy w
14 dniach od dostawy. Chcę go odesłać i odzyskać pieniądze. Kuriera
zamawiacie wy, czy ja?

Wojciech Nowak"""),
("pl", "pd-platnosc-odrzucona-pieniadze-pobrane", "Julia Szymańska <julia.szymanska@example.pl>", "Pd: Płatność za zamówienie 55307 nie powiodła się", "billing", "",
"""Dostałam od was maila jak niżej, ale pieniądze z konta zeszły (174,50
zł, widzę w historii w banku). Zapłaciłam drugi raz i wtedy przeszło.
Czyli zapłaciłam podwójnie? Proszę o zwrot jednej płatności.

---------- Przekazana wiadomość ---------
Od: Sklep <platnosci@shop.example>
Temat: Płatność za zamówienie 55307 nie powiodła się

Niestety płatność za zamówienie 55307 nie została zrealizowana.
Prosimy spróbować ponownie."""),
("pl", "karta-duzej-rodziny-rabat", "Ewelina Pawlak <ewelina.pawlak@example.pl>", "Karta Dużej Rodziny", "billing", "",
"""Dzień dobry, w sklepie na Mokotowie pokazałam przy kasie Kartę Dużej
Rodziny w aplikacji i kasjerka ją zeskanowała, ale na paragonie nie ma
rabatu 5%. Paragon z 12.11, kwota 412 zł. Czy można dostać zwrot tych
5%?"""),
("pl", "zwrot-dwoch-krzesel-wyliczenie", "Grzegorz Wróbel <grzegorz.wrobel@example.pl>", "Zwrot 2 krzeseł z kompletu", "billing", "",
"""Kupiłem komplet 6 krzeseł w promocji „6 w cenie 5” za 1250 zł. Dwa
oddałem, bo się nie zmieściły. Zwróciliście mi tylko 100 zł, tłumacząc,
że promocja przestała obowiązywać. Moim zdaniem powinno być 416,67
(dwie szóste ceny). Proszę o wyjaśnienie tego wyliczenia."""),
("pl", "pytanie-platnosc-dwiema-kartami", "Adam Krawczyk <adam.krawczyk@example.pl>", "Pytanie", "billing", "",
"""Czy da się zapłacić za jedno zamówienie dwiema kartami? Chcę kupić
laptopa za 4200 zł, a na jednej karcie mam limit 3000."""),
("pl", "prezent-zwrot-na-moje-konto", "Zuzanna Michalak <zuzanna.michalak@example.pl>", "Zwrot prezentu", "billing", "",
"""Babcia kupiła mi u was na urodziny słuchawki, ale dostałam już takie
same. Chcę je oddać. Czy pieniądze mogą wrócić na moje konto? Babcia
płaciła kartą i nie chce, żeby jej coś wracało, mówi, że to ma być dla
mnie."""),
("pl", "odmowa-odstapienia-rzecznik", "Stanisław Górski <stanislaw.gorski@example.pl>", "Odmowa przyjęcia zwrotu", "billing", "high",
"""Szanowni Państwo,

kupiłem przez internet fotel biurowy i w ciągu 14 dni złożyłem
oświadczenie o odstąpieniu od umowy. Odmówiliście przyjęcia zwrotu,
twierdząc, że „folia została otwarta”. To nie jest podstawa do odmowy
przy zakupie na odległość.

Jeżeli w ciągu 7 dni nie otrzymam instrukcji zwrotu i potwierdzenia
zwrotu 899 zł, kieruję sprawę do miejskiego rzecznika konsumentów
i do UOKiK.

Z poważaniem
Stanisław Górski"""),
("pl", "blad-ceny-anulowane-chargeback", "Dawid Kubiak <dawid.kubiak@example.pl>", "Anulowane zamówienie 55011", "billing", "high",
"""Anulowaliście moje zamówienie na telewizor 55011, pisząc o „błędzie
cenowym”. Trudno, ale pieniądze (1899 zł) pobraliście od razu i po
trzech tygodniach dalej ich nie ma. Na moje maile nikt nie odpowiada.

Jeśli do piątku nie zobaczę zwrotu, składam w banku reklamację
transakcji (chargeback).

Dawid Kubiak"""),
("pl", "potracenie-za-opakowanie-kierownik", "Renata Sikora <renata.sikora@example.pl>", "Potrącenie ze zwrotu", "billing", "high",
"""Zwróciłam ekspres do kawy po 10 dniach. Z 1299 zł oddaliście mi 1039 zł,
potrącając 20% za „uszkodzone opakowanie”, bo karton był rozcięty
nożem - a jak miałam go otworzyć?

Rozmawiałam dwa razy z infolinią i za każdym razem to samo. Proszę, żeby
skontaktował się ze mną kierownik działu reklamacji, a nie kolejny
konsultant.

Renata Sikora, tel. 600 000 781"""),
("pl", "glowica-termostatyczna-nie-zamyka", "Piotr Jasiński <piotr.jasinski@example.pl>", "Głowica termostatyczna", "technical", "",
"""Założyłem kupioną u was elektroniczną głowicę na kaloryfer w sypialni.
Ustawiona na 19 stopni, a w pokoju jest 25 i kaloryfer cały czas gorący.
Kalibrację robiłem dwa razy. Aplikacja pokazuje, że zawór jest
„zamknięty”."""),
("pl", "kostkarka-nie-robi-lodu", "Joanna Duda <joanna.duda@example.pl>", "lód", "technical", "",
"""kostkarka w lodowce side by side nie robi lodu od tygodnia. woda z
dozownika leci normalnie, zamrazarka mrozi. kostkarka jest wlaczona
(swieci sie ikonka)."""),
("pl", "nie-chce-zwrotu-zegarek-lokalizacja", "Tomasz Baran <tomasz.baran@example.pl>", "Zegarek dla dziecka", "technical", "",
"""Nie chcę zwracać zegarka ani pieniędzy, córka go uwielbia. Chcę tylko,
żeby działała lokalizacja, bo po to go kupiłem. W aplikacji od trzech
dni wisi ta sama pozycja - szkoła, a córka jest w domu. Karta SIM ma
internet, zegarek się łączy (dzwoni do mnie bez problemu)."""),
("pl", "odp-zamowienie-licznik-rowerowy", "Michał Kozłowski <michal.kozlowski@example.pl>", "Odp: Zamówienie 54981 zostało wysłane", "technical", "",
"""Licznik doszedł, zamontowałem, ale nie liczy kilometrów - cały czas
0.0, chociaż czujnik przy kole miga przy każdym obrocie. Obwód koła
wpisałem 2105, jak w tabelce.

Michał

> Twoje zamówienie 54981 zostało wysłane. Numer przesyłki znajdziesz
> w panelu klienta."""),
("pl", "dzien-dobry-kod-pocztowy-odrzucany", "Barbara Kwiatkowska <barbara.kwiatkowska@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry, przy składaniu zamówienia formularz ciągle pokazuje
„nieprawidłowy kod pocztowy” przy moim kodzie 87-100, chociaż jest
dobry. Wpisywałam z kreską i bez. Przez to nie mogę nic zamówić.
Pozdrawiam, B. Kwiatkowska"""),
("pl", "robot-kuchenny-waga-zero", "Anna Pietrzak <anna.pietrzak@example.pl>", "Waga w robocie kuchennym", "technical", "",
"""Waga w robocie kuchennym cały czas pokazuje 0 g, cokolwiek wsypię do
misy. Przepisy przez to stają na kroku „dodaj 200 g mąki”. Misa
założona dobrze, robot stoi na blacie, nie na ściereczce."""),
("pl", "soundbar-brak-dzwieku-arc", "Łukasz Majewski <lukasz.majewski@example.pl>", "Soundbar", "technical", "",
"""soundbar podłączony kablem HDMI do gniazda ARC w telewizorze, telewizor
widzi soundbar w menu, ale dźwięku nie ma ani z telewizora, ani z
soundbara. Przez optyczny działa. Kabel nowy, z zestawu. Co jeszcze
ustawić?"""),
("pl", "oczyszczacz-czujnik-czerwony", "Krystyna Olszewska <krystyna.olszewska@example.pl>", "Oczyszczacz powietrza", "technical", "",
"""Dzień dobry,
oczyszczacz powietrza od miesiąca świeci cały czas na czerwono (bardzo
złe powietrze) i chodzi na najwyższych obrotach, nawet na działce przy
otwartym oknie. Filtr wymieniony w marcu. Czy czujnik jest zepsuty?
Krystyna Olszewska"""),
("pl", "lampki-choinkowe-polowa", "Rafał Wieczorek <rafal.wieczorek@example.pl>", "Lampki", "technical", "",
"""Kupiłem w zeszłym tygodniu lampki LED na choinkę (200 szt.) i świeci
tylko pierwsza połowa, od połowy dalej ciemno. Sterownik zmienia tryby,
ale ta druga połowa nie reaguje na żaden."""),
("pl", "plyta-indukcyjna-dym-trzask", "Elżbieta Jabłońska <elzbieta.jablonska@example.pl>", "Płyta indukcyjna", "technical", "high",
"""Dziś przy gotowaniu obiadu płyta indukcyjna głośno trzasnęła i spod
niej poszedł dym, w całej kuchni czuć spaleniznę. Wyłączyłam
bezpiecznik. Płyta ma pół roku. Proszę o szybki kontakt, nie mamy na
czym gotować, a boję się ją włączać."""),
("pl", "przewod-grzejnika-stopil-wykladzine", "Henryk Adamski <henryk.adamski@example.pl>", "Grzejnik elektryczny", "technical", "high",
"""Grzejnik konwektorowy od was był włączony przez noc na 2000 W. Rano
przewód przy wtyczce był tak gorący, że stopił wykładzinę pod spodem i
zostawił przypaloną plamę. Grzejnik jest nowy, używany od tygodnia. Nie
włączam go więcej. Co dalej?

H. Adamski"""),
("pl", "piekarnia-zamowienia-przepadly", "Piekarnia Kłos <zamowienia@piekarniaklos.example>", "Zamówienia ze strony", "technical", "high",
"""Dzień dobry,

od wtorku żadne zamówienie złożone przez naszą stronę nie dociera do
panelu - klienci dostają potwierdzenia, a my nie widzimy nic. Dziś rano
przyszło sześć osób po torty, o których nie mieliśmy pojęcia, w tym
jeden na komunię. Jutro i w sobotę może być to samo.

Proszę o telefon: 600 000 144.
Krzysztof Kłos"""),
("pl", "hotel-karty-do-pokoi", "Recepcja Hotel Pod Lipami <recepcja@podlipami.example>", "karty", "technical", "high",
"""Od około 14:00 koder na recepcji nie zapisuje kart do pokoi. Goście,
którzy się dziś meldują, nie mogą wejść do pokoi, otwieramy im drzwi
kartą serwisową jednym po drugim. Wieczorem przyjeżdża autokar z
wycieczką, 40 osób. Na waszej infolinii nikt nie odbiera.

Recepcja, Hotel Pod Lipami"""),
("pl", "laptop-trzecia-naprawa-przelozony", "Sebastian Woźniak <sebastian.wozniak@example.pl>", "Trzecia naprawa laptopa - skarga", "technical", "high",
"""Laptop wrócił z waszego serwisu po raz trzeci z tą samą usterką: po
kilku minutach gaśnie ekran, a komputer dalej pracuje. Za każdym razem
w protokole „usterki nie stwierdzono” albo „wymieniono taśmę”.

Proszę traktować to jako oficjalną skargę. Chcę rozmawiać z przełożonym
serwisu, nie z kolejnym konsultantem, i chcę wiedzieć, co zostanie
zrobione, żeby laptop wreszcie działał.

Sebastian Woźniak"""),
("pl", "podziekowanie-czat-prezent-tata", "Natalia Grabowska <natalia.grabowska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry, chciałam podziękować pani Ewie z czatu. Kompletnie nie
wiedziałam, co kupić tacie na 60. urodziny, a ona cierpliwie dopytała,
czym się interesuje, i podsunęła zestaw do wędzenia. Tata zachwycony!
Pozdrawiam serdecznie."""),
("pl", "brawo-pakowanie-bez-plastiku", "Oskar Czarnecki <oskar.czarnecki@example.pl>", "pakowanie", "general", "",
"""Tak tylko piszę, żeby pochwalić: cała paczka zapakowana w papier i
karton, zero folii i styropianu, a szklanki doszły całe. Oby tak dalej."""),
("pl", "godziny-wszystkich-swietych", "Danuta Lis <danuta.lis@example.pl>", "1 listopada", "general", "",
"""Czy sklep w Galerii Krakowskiej jest otwarty 1 listopada? A 31
października do której?"""),
("pl", "kalendarz-adwentowy-herbata", "Magdalena Urban <magdalena.urban@example.pl>", "Kalendarz adwentowy", "general", "",
"""Dzień dobry, czy w tym roku będzie znowu kalendarz adwentowy z
herbatami? W zeszłym roku skończył się błyskawicznie. Kiedy mniej więcej
wejdzie do sprzedaży?"""),
("pl", "praca-student-weekendy", "Bartosz Zając <bartosz.zajac@example.pl>", "Praca na weekendy", "general", "",
"""Dzień dobry,
jestem studentem drugiego roku i szukam pracy w weekendy. Czy w sklepie
w Poznaniu (Posnania) szukacie kogoś na kasę albo na halę? W załączniku
CV.
Bartosz Zając"""),
("pl", "kierowca-telefon-przed-dostawa", "Aleksandra Sobczak <aleksandra.sobczak@example.pl>", "Dostawa lodowki", "general", "",
"""Czy kierowca moze zadzwonic pol godziny przed przyjazdem? Pracuje 10
minut od domu i wtedy podjade. Zamowienie 55230, dostawa w srode."""),
("pl", "zaplacone-zmiana-godziny-dostawy", "Jan Kalinowski <jan.kalinowski@example.pl>", "Zamówienie 55092", "general", "",
"""Dzień dobry, z płatnością wszystko w porządku, nic nie reklamuję.
Chciałbym tylko przesunąć piątkową dostawę z rana na popołudnie, po
15:00. Da się?"""),
("pl", "punkty-po-mamie", "Dorota Wilk <dorota.wilk@example.pl>", "Karta stałego klienta mamy", "general", "",
"""Dzień dobry, w zeszłym miesiącu zmarła moja mama. Miała u was kartę
stałego klienta z dość dużą liczbą punktów. Czy można je przenieść na
moją kartę, czy po prostu przepadają? Nie chodzi o wielkie rzeczy, ale
mama zbierała je latami."""),
("pl", "katalog-kuchni", "Leszek Ostrowski <leszek.ostrowski@example.pl>", "katalog", "general", "",
"""Poproszę o papierowy katalog kuchni na ten rok. Adres: ul. Słoneczna
12, 62-800 Kalisz. Leszek Ostrowski"""),
("pl", "fwd-bony-w-sklepie", "Patrycja Wróblewska <patrycja.wroblewska@example.pl>", "Fwd: Święta z nami", "general", "",
"""W newsletterze piszecie o bonach podarunkowych na święta. Czy takie
bony można kupić też na miejscu w sklepie w Gdyni, czy tylko przez
stronę? I czy są w jakiejś kopercie do wręczenia?

> Podaruj bliskim wybór! Bony podarunkowe od 50 do 500 zł już
> dostępne."""),
("pl", "kierowca-zablokowal-wyjazd-kierownik", "Ryszard Marciniak <ryszard.marciniak@example.pl>", "Zachowanie waszego kierowcy", "general", "high",
"""Dziś rano wasz kierowca dostawczy zaparkował dokładnie przed moją bramą
i przez 40 minut nie mogłem wyjechać do pracy. Kiedy poprosiłem, żeby
przestawił auto, zwyzywał mnie przy sąsiadach.

Żądam rozmowy z kierownikiem odpowiedzialnym za dostawy i wyjaśnienia,
jakie konsekwencje poniesie ten kierowca. Samochód miał wasze logo,
numer rejestracyjny mam zapisany.

Ryszard Marciniak"""),
]
