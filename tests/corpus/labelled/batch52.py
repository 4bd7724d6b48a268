# batch52.py -- labelled mails held out of the tree until the rules they
# measure are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Businesses for babies and families -- nanny agencies,
# baby classes, breast pump rental, baby photographers, pram repair, child
# car seat fitting, family organiser apps -- with the failure classes in
# new situations: escalation demands and legal threats that keep their
# topic, chargebacks, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, plans ended or paused
# in unusual wording, business outages told only by their consequences,
# safety hazards told calmly, praise, payment questions -- and everyday
# mail of all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b52-en-placement-fee-twice", "Rachel Ainsworth <rachel.ainsworth@example.co.uk>", "Placement fee", "billing", "",
"""Hi there,

We signed up with you last month to find a part-time nanny for our two
boys and paid the 350 placement fee by card on the 4th. My statement now
shows 350 taken on the 4th AND again on the 6th. We've only had one
placement (Sophie, who is lovely by the way).

Could you please refund the second one?

Thanks,
Rachel Ainsworth"""),
("en", "b52-en-pump-rental-bottle-convert", "Niamh Gallagher <niamh.gallagher@example.ie>", "Pump", "billing", "",
"""Hello,

Good news from our house - after 5 months of pumping round the clock
Aoife has finally decided bottles of formula are acceptable to her
majesty, so I'm retiring the hospital-grade pump. Can you stop the
monthly rental (EUR 39) and tell me where to post it back? I still have
the original box.

Niamh"""),
("en", "b52-en-newborn-shoot-deposit-small-claims", "Hayley Brooks <hayley.brooks@example.co.uk>", "Newborn session - deposit", "billing", "high",
"""Dear Sir/Madam,

I booked a newborn session with your studio for 12 February and paid a
150 deposit. Two days before, your photographer cancelled because of
"double booking" and offered no new date. I asked for the deposit back
on 14 February, 28 February and 11 March. Each time I was told it would
be "processed this week".

Our daughter is now eleven weeks old, so the newborn shoot is no longer
possible anyway. I want the full 150 returned within 7 days. If it is not,
I will file a claim through the small claims court without further
notice.

Yours faithfully,
Hayley Brooks"""),
("en", "b52-en-swim-invoice-employer-scheme", "Tom Whitfield <tom.whitfield@example.co.uk>", "Invoice for baby swim", "billing", "",
"""Hi, my employer reimburses childcare-type costs if I give them a proper
invoice with your company number on it. Could you send one for the
spring term of Little Splashers (Tuesdays 10am, Harrogate pool) for
Freya Whitfield, 96.00? The booking confirmation email isn't accepted.
Cheers, Tom"""),
("en", "b52-en-organiser-app-empty-nest", "Gordon Pike <gordon.pike@example.com>", "Family plan", "billing", "",
"""Hello,

Our youngest has now flown the nest to university, so there are only
two of us left to organise and the five-person Family plan is rather
overkill. Can we go down to the Couple plan from the next renewal date?
We still use the shopping list every day so don't close anything.

Regards,
Gordon and Ann Pike"""),
("en", "b52-en-car-seat-fitting-charged-twice-dispute", "Kayla Jenkins <kayla.jenkins@example.com>", "Charged twice for car seat install", "billing", "high",
"""Hi,

On Saturday your tech installed a convertible car seat in our Honda at
the Columbus store. Install fee was $45. I got charged $45 at the
register and then another $45 showed up on my Visa Monday morning
labeled with your store name. I called twice and was told "someone will
get back to you." Nobody has.

If this isn't reversed by Friday I'm disputing the charge with my bank.

Kayla Jenkins"""),
("en", "b52-en-pram-wheel-price", "Chris Dunmore <chris.dunmore@example.co.uk>", "How much?", "billing", "",
"""Hiya, how much do you charge to replace a front wheel on a 2019 Bugaboo
Fox? One of them has a flat spot. Just want a price before I bring it in."""),
("en", "b52-en-baby-massage-voucher-expired", "Siobhan Kearney <siobhan.kearney@example.ie>", "Gift voucher", "billing", "",
"""Hi,

My sister gave me a voucher for your five-week baby massage course when
Cian was born. What with one thing and another I only got round to
booking now, and the website says the code expired on 31 January. It
cost her EUR 75. Is there any way you could honour it or extend it?
Cian is still only 4 months so he's well within the age range.

Many thanks,
Siobhan"""),
("en", "b52-en-monitor-not-faulty-return", "Ben Ashworth <ben.ashworth@example.co.uk>", "Return - not a fault", "billing", "",
"""Just to be clear before anyone sends me troubleshooting steps: there's
nothing wrong with the video monitor. We were given an identical one at
the baby shower two days after yours arrived. It's still sealed. I'd like
to send it back for a refund of the 129.99. What's the process?

Ben"""),
("en", "b52-en-nappy-box-hold-kerala", "Priya Menon <priya.menon@example.in>", "Nappy subscription", "billing", "",
"""Dear Team,

Greetings. We are travelling to my parents' home in Kochi on 2nd May and
shall be returning only on 30th June. Kindly hold the monthly nappy box
(size 3, Rs 1,899) for May and June and resume from July. Please do not
cancel the subscription as we are very happy with the product.

Also kindly confirm that no amount will be debited during these two
months.

Thanks and regards,
Priya Menon
Bengaluru"""),
("en", "b52-en-music-class-refund-manager", "Jess Harrington <jess.harrington@example.com.au>", "Refund for cancelled term - want a manager", "billing", "high",
"""Hi,

Your Paddington centre cancelled the last four weeks of Mini Maestros
term 2 because of "staffing issues". I paid $240 for ten weeks and we got
six. I've been told three times that the refund has been "sent to
accounts". I'm done with the front desk. Please have the centre manager
or someone from head office call me on 0412 555 019 - today, not next
week.

Jess Harrington"""),
("en", "b52-en-re-invoice-vat-breakdown", "Accounts <accounts@cobbleday-nursery.example>", "Re: Your invoice INV-4471", "billing", "",
"""Hi Marcus,

Thanks for this. Our accountant needs the VAT shown separately for the
three pram repairs and the replacement canopy - the invoice just gives
one total of 312.00. Could you reissue it with a breakdown?

Best,
Della Okafor
Cobbleday Day Nursery

-----Original Message-----
From: Marcus Lyle
Sent: 14 May 10:02
To: Accounts
Subject: Your invoice INV-4471

Hi Della, please find attached the invoice for the work on the nursery
buggies collected last Thursday. Payment terms 30 days.
Marcus"""),
("en", "b52-en-nanny-share-wife-passed", "Alan Petrie <alan.petrie@example.co.uk>", "Our account", "billing", "",
"""Good afternoon,

I'm sorry to write with sad news. My wife Karen passed away in March. She
set up our nanny-share membership and the monthly direct debit of 45 is
still coming out of her account. My mother-in-law is helping with the
children now and we no longer need the service.

Could you please close the membership and stop the payments? If you need
a copy of the death certificate let me know.

Alan Petrie"""),
("en", "b52-en-twins-swim-discount", "Megan Lloyd <megan.lloyd@example.co.uk>", "twins", "billing", "",
"""do you do any discount for twins on the baby swim lessons? paying 2 x
the full price every term is killing us. ta"""),
("en", "b52-en-pump-one-side-weak", "Laura Finch <laura.finch@example.co.uk>", "Rental pump losing suction", "technical", "",
"""Hello,

The double pump I'm renting from you has been losing suction on the
left side for about three days. The right side is fine. I've swapped the
valves and membranes with the spares in the kit and checked the tubing
is pushed on properly. It makes the normal noise but barely anything
happens on that side.

I'm exclusively pumping so I really need this sorted. Can you send a
replacement or more parts?

Laura Finch
Reading"""),
("en", "b52-en-app-calendar-not-billing", "Ryan Costello <ryan.costello@example.com>", "This is NOT a billing question", "technical", "",
"""The last two people I spoke to sent me to billing. My payment is fine.
The problem is that events I add to the family calendar on my phone
don't appear on my wife's phone, and hers don't appear on mine. We're
both on the same Family plan, both on the latest version, iPhone 13 and
a Pixel 7. Started after the update last Wednesday. We missed our son's
dentist appointment because of it."""),
("en", "b52-en-monitor-parent-unit-swollen", "Gillian Shaw <gillian.shaw@example.co.uk>", "Parent unit", "technical", "high",
"""Hello,

I noticed this morning that the back of the parent unit of our baby
monitor has bulged out and the case has split slightly at the seam. It
was quite warm to the touch even though it was off the charger. I've
unplugged it, put it on a plate in the garage and we're using the app
instead for now.

It's about 14 months old. Could you tell me what to do with it and
whether it's a known problem?

Gillian Shaw"""),
("en", "b52-en-car-seat-isofix-red", "Daniel Okoro <daniel.okoro@example.co.uk>", "Car seat fitted yesterday", "technical", "high",
"""Hi,

Your fitter put our new i-Size seat into my Golf yesterday at the
Croydon branch. Today the left ISOFIX indicator is showing red again and
the base moves a good couple of inches side to side when I pull it. I
haven't driven the baby in it since. I'm not sure if it was fitted wrong
or if the base is faulty, but I'd rather someone looked at it before we
use it again.

Daniel"""),
("en", "b52-en-portal-reset-email", "Fiona McAllister <fiona.mcallister@example.co.uk>", "Can't log in", "technical", "",
"""Morning,

I'm trying to log into the family portal to check Tuesday's timesheet
for our nanny. It says my password is wrong, and when I click "forgot
password" the reset email never arrives - not in spam either. Tried
about five times yesterday and again this morning. Email address is the
one I'm writing from.

Fiona"""),
("en", "b52-en-nursery-signin-app-down", "Manager <manager@littleacorns-nursery.example>", "Sign-in", "technical", "high",
"""Hi,

Since 7am none of our parents can sign their children in on the app and
our room iPads just show a spinning wheel. We've got 48 children in the
building and no electronic register, so staff are writing names and
times on paper, and we can't see allergy notes or who is authorised to
collect which child at pick-up. Our Ofsted ratios check is due this
afternoon.

Please can someone call me on 01632 960 447.

Sarah Bell
Manager, Little Acorns Nursery"""),
("en", "b52-en-pram-fold-still-stiff", "Oliver Hunt <oliver.hunt@example.co.uk>", "Re: Repair 2281 collected", "technical", "",
"""Hi,

Picked the pram up on Saturday after the fold repair. It folds now but
you have to really force the left hinge, same as before just slightly
less bad. My partner can't do it one-handed at all.

Can I bring it back in?

Oliver

> On 18 May, Pram Clinic wrote:
> Your pram (job 2281) is ready for collection. We replaced the left
> hinge spring and lubricated both fold joints.
> Thanks, the Pram Clinic team"""),
("en", "b52-en-gallery-zip-fails", "Amanda Ruiz <amanda.ruiz@example.com>", "Photos!!", "technical", "",
"""Hi Jenna!

We LOVE the previews from Milo's 6 month session, thank you. Problem is
the download button on the gallery keeps failing - the zip gets to about
70% and then says "network error". I've tried on my laptop and my
husband's, Chrome and Safari, on home wifi. Could you maybe send a
different link?

Amanda"""),
("en", "b52-en-steriliser-e3", "Karen Doyle <karen.doyle@example.ie>", "Steriliser E3", "technical", "",
"""Steam steriliser showing E3 and beeping after about 2 mins, every time.
Descaled it Sunday. Water up to the line. Any ideas?
Karen"""),
("en", "b52-en-bottle-warmer-burning-smell", "Harriet Cole <harriet.cole@example.co.uk>", "Bottle warmer", "technical", "high",
"""Hello,

Not a huge drama, but I thought I should let you know: the bottle warmer
I bought from you in January has started giving off a strong burning
plastic smell when it's switched on, and last night there was a little
wisp of smoke from the base. I've unplugged it and we're boiling the
kettle instead.

Harriet"""),
("en", "b52-en-baby-yoga-stream-freezes", "Deborah Quinn <deborah.quinn@example.com>", "Online class", "technical", "",
"""Hi, the Thursday baby yoga livestream froze for me every couple of
minutes this week and last - sound keeps going but the picture stops. My
internet is fine for Netflix etc. Is it something on your end?"""),
("en", "b52-en-question-app-crash-vaccine", "Arjun Sharma <arjun.sharma@example.in>", "Question", "technical", "",
"""Hello,

Whenever I try to add a vaccination reminder for my daughter in the app,
the app closes immediately. Other reminders are working. Phone is
Samsung M31, Android 12. I have reinstalled the app also.

Kindly help.
Arjun"""),
("en", "b52-en-night-light-wont-pair", "Lucy Barnes <lucy.barnes@example.com.au>", "Night light", "technical", "",
"""G'day, the smart night light won't pair with the app - it flashes blue,
finds it, then "pairing failed". Reset it three times. Any tricks?
Lucy"""),
("en", "b52-en-easter-monday-open", "Paul Green <paul.green@example.co.uk>", "Easter Monday", "general", "",
"""Are you open Easter Monday? Want to drop the buggy in for a look."""),
("en", "b52-en-thanks-nanny-lucia", "Emma Thornton <emma.thornton@example.co.uk>", "Thank you", "general", "",
"""Dear all,

Lucia has been with us for two years now and is moving back to Spain in
the summer, so I wanted to write while I'm still a bit teary. She has
been the most wonderful nanny - patient, funny, and the boys adore her.
Thank you for finding her for us and for how carefully you matched us at
the start.

We'll be in touch about a replacement soon, but mainly this is just a
thank you.

Warmest wishes,
Emma Thornton"""),
("en", "b52-en-swim-teacher-shouted-owner", "Claire Hughes <claire.hughes@example.co.uk>", "Saturday 9.30 class", "general", "high",
"""Hello,

At Saturday's 9.30 toddler swim class the teacher, I believe her name is
Danielle, shouted at my 2 year old in front of the whole group for
crying when he didn't want to put his face in, and then told me I was
"making him soft". Two other parents came up to me afterwards to say they
were shocked.

I'm not interested in a standard reply from the bookings inbox. I want
the owner of the swim school to contact me personally about this.

Claire Hughes"""),
("en", "b52-en-lost-grey-bunny", "Holly Watts <holly.watts@example.co.uk>", "lost bunny!", "general", "",
"""Hi, I think we left a grey knitted bunny at the sensory class in the
church hall on Wednesday afternoon. It's got a pink ear (the other fell
off and Granny made a new one). Has anyone handed it in? Bedtime has been
a disaster. Holly (mum to Isla)"""),
("en", "b52-en-change-address-fitting", "Steve Marsh <steve.marsh@example.co.uk>", "New address", "general", "",
"""Hi,

We moved house last week. Please update my details:

New address: 27 Orchard Close, Kettering NN15 6QT
Mobile unchanged.

Thanks,
Steve Marsh"""),
("en", "b52-en-data-copy-agency", "Olivia Grant <olivia.grant@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

I was registered with your agency as a nanny from 2021 to 2023. Under
the UK GDPR I would like a copy of all personal data you hold about me,
including any references and notes from families you placed me with.

Please send it to this email address.

Kind regards,
Olivia Grant"""),
("en", "b52-en-sponsor-toddler-dash", "Mark Ellison <mark.ellison@example.co.uk>", "Toddler Dash sponsorship", "general", "",
"""Hi,

I'm on the PTA at St Brendan's Primary and we're running a Toddler Dash
(50m for the under-4s, lots of bubbles and medals) on the green on 22
June. We wondered if your studio would like to sponsor it - in return
we'd put your logo on the medals and the banner, and you'd be welcome to
take photos on the day.

Best,
Mark"""),
("en", "b52-en-soft-play-glass", "Rebecca Stone <rebecca.stone@example.co.uk>", "Soft play room at Thursday class", "general", "high",
"""Hi,

Just to let you know, at the end of today's baby sensory class in the
soft play room at your Eastgate venue, my son picked up a piece of
broken glass from under the ball pit netting. He wasn't cut, thankfully.
There were a couple more small bits near the door. I told the girl on
reception but I'm not sure anything was done, and there's a class in
there first thing tomorrow.

Rebecca"""),
("en", "b52-en-leave-pump-with-neighbour", "Grace Pollard <grace.pollard@example.co.uk>", "Delivery tomorrow", "general", "",
"""Hi, the pump is due tomorrow - I'll be at the hospital for the baby's
check. Please leave it with Maureen at no. 12 (blue door) rather than
taking it back to the depot. Thanks!"""),
("en", "b52-en-forward-facing-age", "Tariq Hussain <tariq.hussain@example.com>", "Forward facing", "general", "",
"""Hello,

Our daughter is 14 months and 10kg. At what point can she go forward
facing in the seat you fitted? And do you also check seats people bought
somewhere else, or only your own?

Thanks
Tariq"""),
("en", "b52-en-hello-irish-speaking-nanny", "Aoife Ni Bhriain <aoife.nibhriain@example.ie>", "Hello", "general", "",
"""Hello,

We're moving to Galway in September and we'd love our two to keep their
Irish. Do you have nannies on your books who speak Irish, or could you
look out for one? Three days a week, Knocknacarra area.

Go raibh maith agat,
Aoife"""),
("en", "b52-en-open-day-grandparents", "Julie Morton <julie.morton@example.co.uk>", "Open day", "general", "",
"""Hi, is the open day on the 8th just for parents or can grandparents
come along too? My mum looks after Poppy two days a week and would love
to see the classes. Julie"""),
("en", "b52-en-photos-instagram-regulator", "Natalie Cross <natalie.cross@example.co.uk>", "Photos of my son on your Instagram", "general", "high",
"""Dear Ms Hale,

I have just found four photographs of my son from our session in April
on your studio's Instagram and website portfolio. I ticked "no" to
marketing use on your booking form, and I have a copy of that form.

Please remove them from every platform today and confirm in writing. If
they are still up on Monday I will report this to the Information
Commissioner's Office.

Natalie Cross"""),
]
M += [
# ---------------- Greek ----------------
("el", "b52-el-gl-kolymvisi-dyo-fores", "Katerina P. <katerina.pap@example.gr>", "xrewsh", "billing", "",
"""Kalhmera sas,
plhrwsa to paketo me ta 8 ma8hmata kolymvishs gia mwra (120e) me karta
sto site thn Triti kai mou to xrewsate 2 fores, to vlepw sto e-banking.
Ena paketo exw parei, gia to Nikolaki. Mporeite na mou gyrisete ta alla
120?
Eyxaristw
Katerina Papadaki"""),
("el", "b52-el-engyisi-thilastrou", "Σοφία Αλεξίου <sofia.alexiou@example.gr>", "Εγγύηση θήλαστρου", "billing", "",
"""Καλησπέρα σας,

Επέστρεψα το νοσοκομειακό θήλαστρο που νοίκιαζα στο κατάστημά σας στο
Χαλάνδρι στις 3 Απριλίου, μαζί με όλα τα εξαρτήματα και την τσάντα. Μου
είχαν πει ότι η εγγύηση των 50€ θα επιστραφεί στην κάρτα μέσα σε μια
εβδομάδα, αλλά έχουν περάσει σχεδόν τρεις και δεν έχει έρθει τίποτα.

Μπορείτε να το ελέγξετε;

Ευχαριστώ,
Σοφία Αλεξίου"""),
("el", "b52-el-timologio-nyxterini-ntanta", "Γιαννης Σταυρου <g.stavrou@example.gr>", "Τιμολογιο", "billing", "",
"""Καλημερα,

Για τις νυχτες που ηρθε η νταντα τον Μαρτιο (6 νυχτες, 540 ευρω) θα
ηθελα τιμολογιο στην εταιρεια μου και οχι αποδειξη. Στοιχεια:
ΣΤΑΥΡΟΥ ΙΩΑΝΝΗΣ & ΣΙΑ ΟΕ, ΑΦΜ 099887766, ΔΟΥ Λαρισας.
Μπορειτε να το στειλετε σε αυτο το email;

Ιωαννης Σταυρου"""),
("el", "b52-el-fotografos-neogennitou-synigoros", "Βασιλική Ζαχαρίου <v.zachariou@example.gr>", "Προκαταβολή φωτογράφισης νεογέννητου", "billing", "high",
"""Κύριοι,

Στις 20 Φεβρουαρίου είχαμε κλείσει φωτογράφιση νεογέννητου στο σπίτι μας
στην Καλαμαριά και είχα καταβάλει προκαταβολή 200€ με κατάθεση. Η
φωτογράφος δεν ήρθε ποτέ και δεν απάντησε στο τηλέφωνο εκείνη τη μέρα.
Την επόμενη μέρα μου έγραψε ότι «κάτι προέκυψε».

Από τότε έχω ζητήσει γραπτώς τρεις φορές την επιστροφή των 200€ χωρίς
καμία απάντηση. Αν τα χρήματα δεν επιστραφούν μέσα σε δέκα ημέρες, θα
απευθυνθώ στον Συνήγορο του Καταναλωτή και θα κινηθώ νομικά.

Βασιλική Ζαχαρίου"""),
("el", "b52-el-efarmogi-oikogeneias-giagia", "Ανδρέας Μελετίου <a.meletiou@example.gr>", "Λογαριασμός οικογένειας", "billing", "",
"""Καλησπέρα σας,

Στο οικογενειακό πακέτο της εφαρμογής είχαμε και τη μητέρα μου, που μας
βοηθούσε με τα παιδιά και έβλεπε το πρόγραμμα από εκεί. Δυστυχώς έφυγε
από τη ζωή τον προηγούμενο μήνα. Είμαστε πλέον τέσσερα άτομα, οπότε θα
θέλαμε να αφαιρεθεί ο λογαριασμός της και να περάσουμε στο μικρότερο
πακέτο από την επόμενη ανανέωση.

Ευχαριστώ,
Ανδρέας"""),
("el", "b52-el-gl-mousiki-mwra-doseis", "Dimitra Kon. <dimitra.kon@example.gr>", "Erwthsh", "billing", "",
"""Geia sas! To trimhno ma8hmatwn mousikhs gia mwra 6-18 mhnwn pou leei
165e, mporei na plhrw8ei se 3 doseis h prepei oloklhro sthn arxh? Kai
dexeste iris h mono karta?
Dhmhtra"""),
("el", "b52-el-topothetisi-kathismatos-dorean", "Θοδωρής Καραγιάννης <th.karagiannis@example.gr>", "Τοποθέτηση καθίσματος", "billing", "",
"""Γεια σας,

Να ξεκαθαρίσω ότι το παιδικό κάθισμα είναι μια χαρά και η τοποθέτηση
έγινε πολύ προσεκτικά, δεν έχω κανένα παράπονο γι' αυτό. Το θέμα μου
είναι ότι στην απόδειξη χρεώθηκα 35€ για την τοποθέτηση, ενώ η προσφορά
στο site έγραφε «δωρεάν τοποθέτηση με κάθε αγορά καθίσματος». Το πήραμε
από το κατάστημα του Πειραιά το Σάββατο.

Παρακαλώ να μου επιστρέψετε τα 35€.

Θοδωρής Καραγιάννης"""),
("el", "b52-el-allagi-xromatos-karotsiou", "Ελπίδα Νικολαΐδου <elpida.nik@example.gr>", "Παραγγελία 50317", "billing", "",
"""Καλημέρα. Παρήγγειλα το καρότσι σε χρώμα μπεζ αλλά από κοντά δεν μας
αρέσει καθόλου. Είναι ακόμα στο κουτί του. Μπορώ να το αλλάξω με το
γκρι; Αν έχει διαφορά στην τιμή τη πληρώνω."""),
("el", "b52-el-masaz-vrefous-ypefthynos", "Ρένα Χατζηδάκη <rena.chatzidaki@example.gr>", "Ακύρωση σεμιναρίου - θέλω τον υπεύθυνο", "billing", "high",
"""Καλησπέρα,

Πλήρωσα 90€ για το σεμινάριο βρεφικού μασάζ των τεσσάρων εβδομάδων στο
Ηράκλειο, το οποίο ακυρώσατε μία μέρα πριν ξεκινήσει. Από τότε έχω πάρει
τηλέφωνο πέντε φορές και κάθε φορά μου λένε «θα σας καλέσει το
λογιστήριο». Δεν με κάλεσε κανείς.

Δεν θέλω να ξαναμιλήσω με τη γραμματεία. Ζητώ να με καλέσει ο υπεύθυνος
του κέντρου στο 6944 123 456 για να μου πει πότε θα πάρω πίσω τα
χρήματά μου.

Ρένα Χατζηδάκη"""),
("el", "b52-el-gl-parkokrevato-naxos-trapeza", "Stelios M. <stelios.m@example.gr>", "parko krevati", "billing", "high",
"""Kalhspera.
Eixa nikiasei parkokrevato + karekla fagitou gia tis diakopes mas sth
Naxo, 60e plhrwmena apo ton Maio. Den hr8e pote tipota sto dwmatio,
koimi8hke to mwro 5 nyxtes se kanape me maksilaria. Exw steilei 3 mail
kai den apantaei kaneis.
An den mou epistrepsete ta 60e mexri thn Paraskeuh, kanw amfisvhthsh
ths xrewshs sthn trapeza kai telos.
Stelios Mavridis"""),
("el", "b52-el-panes-xorio-avgoustos", "Μαρια Κωστοπουλου <maria.kostopoulou@example.gr>", "Συνδρομη πανες", "billing", "",
"""Καλημερα σας,

Τον Αυγουστο θα ειμαστε ολοι στο χωριο στην Αρκαδια και δεν θελω να
ερθει το κουτι με τις πανες στην Αθηνα. Μπορειτε να σταματησετε τη
συνδρομη μονο για τον Αυγουστο και να συνεχισει κανονικα τον Σεπτεμβριο;
Να μη χρεωθει η καρτα τον Αυγουστο.

Ευχαριστω
Μαρια"""),
("el", "b52-el-re-timokatalogos-ektyposeis", "Νατάσα Γεωργίου <natasa.georgiou@example.gr>", "Re: Φωτογραφίες Ηλέκτρας - τελική επιλογή", "billing", "",
"""Καλησπέρα Μυρτώ,

Διαλέξαμε τις 20 φωτογραφίες, είναι όλες υπέροχες! Πόσο κοστίζει αν
θέλουμε και 5 επιπλέον εκτυπώσεις σε μέγεθος 20x30 και ένα άλμπουμ για
τη γιαγιά; Στο πακέτο μας δεν το βρήκα.

Νατάσα

-----
Στις 2/6, η Μυρτώ Φωτογραφία έγραψε:
> Γεια σας! Η γκαλερί με τις φωτογραφίες της Ηλέκτρας είναι έτοιμη.
> Το πακέτο σας περιλαμβάνει 20 ψηφιακές φωτογραφίες και 10 εκτυπώσεις
> 13x18. Περιμένω την επιλογή σας μέσα σε 15 μέρες.
> Μυρτώ"""),
("el", "b52-el-gl-kouponi-den-perase", "Giwrgos Lamprou <giorgos.lamprou@example.gr>", "kouponi", "billing", "",
"""geia sas, evala ton kwdiko MAMA15 pou mou hr8e sto newsletter gia thn
agora tou marsipou alla dn afairese tipota, plhrwsa kanonika 89e. mporeite
na mou epistrepsete th diafora? thx"""),
("el", "b52-el-ekptosi-polyteknon", "Ευάγγελος Τσιρίγος <e.tsirigos@example.gr>", "Έκπτωση", "billing", "",
"""Γεια σας, είμαστε πολύτεκνη οικογένεια (4 παιδιά) και θέλουμε να
γράψουμε τα δύο μικρά στα μαθήματα κολύμβησης. Κάνετε έκπτωση με κάρτα
πολυτέκνων; Ευχαριστώ."""),
("el", "b52-el-thilastro-den-fortizei", "Χριστίνα Μπαλτά <christina.balta@example.gr>", "Θήλαστρο", "technical", "",
"""Καλημέρα σας,

Το ηλεκτρικό θήλαστρο που νοικιάζω από εσάς εδώ και δύο μήνες δεν
φορτίζει πια. Το αφήνω όλο το βράδυ στην πρίζα, το λαμπάκι ανάβει, αλλά
το πρωί η μπαταρία δείχνει άδεια και κλείνει μετά από πέντε λεπτά.
Δοκίμασα άλλη πρίζα και άλλο καλώδιο USB.

Μπορείτε να μου το αλλάξετε;

Χριστίνα Μπαλτά
Πάτρα"""),
("el", "b52-el-gl-lista-agorwn-sygxronismos", "Manos Vlachos <manos.vlachos@example.gr>", "app", "technical", "",
"""Kalhmera,
h lista me ta pswnia sthn efarmogh den syghronizetai metaxy emou kai ths
gynaikas mou. Ego pros8etw gala kai panes, ekeinh sto kinhto ths den ta
vlepei. Apo to Savvato pou kaname update. Exoume kanei logout/login kai
tipota.
Manos"""),
("el", "b52-el-syskevi-parakolouthisis-spithes", "Αικατερίνη Ρήγα <aik.riga@example.gr>", "Συσκευή παρακολούθησης μωρού", "technical", "high",
"""Καλησπέρα σας,

Χθες το βράδυ, όταν έβαλα τη μονάδα γονέα της συσκευής παρακολούθησης
μωρού να φορτίσει, είδα μικρές σπίθες στο σημείο που μπαίνει το βύσμα
και μύρισε λίγο καμένο. Το έβγαλα αμέσως από την πρίζα και δεν το
ξαναχρησιμοποιήσαμε. Ο φορτιστής είναι ο αυθεντικός που ήταν στη
συσκευασία.

Θα ήθελα να μου πείτε τι πρέπει να κάνω.

Αικατερίνη Ρήγα"""),
("el", "b52-el-gl-den-mpainw-logariasmo", "Eleni K. <elenik88@example.gr>", "logariasmos", "technical", "",
"""Geia sas, prospa8w na mpw ston logariasmo mou sto site gia na dw ta
programmata ths ntantas alla moy leei "lathos kwdikos". Pataw "ksexasa
ton kwdiko" kai to email den erxetai pote. Exw koitaksei kai ta
anepithimhta. Ti na kanw?
Elenh"""),
("el", "b52-el-kentro-vrefon-kratiseis-xathikan", "Κέντρο Μικροί Εξερευνητές <info@mikroi-exerevnites.example>", "Σύστημα κρατήσεων", "technical", "high",
"""Καλημέρα σας,

Από χθες το απόγευμα το σύστημα κρατήσεων εμφανίζει όλα τα τμήματα της
εβδομάδας ως ακυρωμένα. Οι γονείς πήραν αυτόματο μήνυμα ακύρωσης. Σήμερα
το πρωί ήρθαν μόνο 3 μαμάδες από τις 24 στα δύο πρωινά τμήματα, οι δύο
εκπαιδεύτριες περίμεναν χωρίς δουλειά, και το τηλέφωνό μας δεν σταματά
να χτυπά. Νέες κρατήσεις δεν μπορούν να γίνουν καθόλου.

Παρακαλούμε να μας καλέσετε το συντομότερο στο 2310 456 789.

Λίνα Δημητρίου
Κέντρο Μικροί Εξερευνητές, Θεσσαλονίκη"""),
("el", "b52-el-karotsi-meta-episkevi-trizei", "Πέτρος Αναστασίου <petros.anast@example.gr>", "Καρότσι - επισκευή", "technical", "",
"""Γεια σας,

Πήρα πίσω το καρότσι την Πέμπτη μετά την αλλαγή του μπροστινού άξονα.
Τώρα η μπροστινή δεξιά ρόδα τρίζει πολύ δυνατά σε κάθε στροφή και
ξυπνάει το μωρό. Πριν την επισκευή δεν το έκανε. Μπορώ να το φέρω ξανά
να το δείτε;

Πέτρος"""),
("el", "b52-el-gl-oxi-xrewsh-kollaei", "Vicky Drosou <vicky.drosou@example.gr>", "plhrwmh", "technical", "",
"""Geia sas, to 8ema dn einai h plhrwmh, plhrwsa kanonika kai mou hr8e h
apodeixh. To provlima einai oti h efarmogh kleinei kathe fora pou paw na
anevasw fwtografies sto album tou mwrou. Me 1 fwto douleuei, me
perissoteres kleinei. iPhone 12, teleutaia ekdosh.
Viky"""),
("el", "b52-el-rilax-motor-kaigetai", "Ιωάννης Παππάς <ioannis.pappas@example.gr>", "Ηλεκτρικό ριλάξ", "technical", "high",
"""Καλησπέρα,

Το ηλεκτρικό ριλάξ που αγοράσαμε πριν από δύο μήνες: σήμερα, μετά από
περίπου είκοσι λεπτά λειτουργίας, η βάση κάτω από το κάθισμα είχε
ζεσταθεί τόσο που δεν μπορούσες να κρατήσεις το χέρι σου, και μύριζε
καμένο πλαστικό. Το μωρό ήταν μέσα. Το κλείσαμε και το αποσυνδέσαμε.

Δεν το χρησιμοποιούμε πλέον. Παρακαλώ πείτε μου πώς θα προχωρήσουμε.

Ιωάννης Παππάς"""),
("el", "b52-el-gkaleri-den-anoigei", "Δέσποινα Λιάκου <despina.liakou@example.gr>", "Φωτογραφίες βάπτισης", "technical", "",
"""Καλησπέρα! Ο σύνδεσμος για τη γκαλερί με τις φωτογραφίες της
βάπτισης που μου στείλατε βγάζει «Η σελίδα δεν βρέθηκε», και από το
κινητό και από τον υπολογιστή. Μήπως έληξε; Ευχαριστώ πολύ, Δέσποινα"""),
("el", "b52-el-gl-vasi-kathismatos-kounietai", "Nikos Tzanis <nikos.tzanis@example.gr>", "kathisma", "technical", "high",
"""Kalhspera,
thn Tetarth mou topo8ethsate to paidiko ka8isma me th vash isofix sto
amaxi (Yaris). Shmera to deikth sth vash ton vlepw kokkino kai h vash
kouniete arketa pros ta plagia otan thn travaw. Dn exw valei to mwro
mesa apo tote. Mporei na to dei kapoios prin to xrhsimopoihsoume ksana?
Nikos"""),
("el", "b52-el-thermantiras-mpimpero", "Ολγα Σιδερη <olga.sideri@example.gr>", "Θερμαντηρας μπιμπερο", "technical", "",
"""Καλημερα, ο θερμαντηρας μπιμπερο που πηρα απο εσας πριν ενα μηνα δεν
ζεσταινει πια. Αναβει το πρασινο φωτακι κανονικα αλλα το γαλα μενει
κρυο ακομα και μετα απο 15 λεπτα. Εχω κανει και αφαλατωση.
Ολγα"""),
("el", "b52-el-gl-online-mathima-ixos", "Fotini Ar. <fotini.ar@example.gr>", "online ma8hma", "technical", "",
"""Kalhmera! Sto online ma8hma gia mamades kai mwra ths Deuteras vlepw
thn ekpaideutria kanonika alla den akougetai tipota. To idio kai shmera.
Ta alla video sto laptop paizoun me hxo kanonika. Mhpws ftaiei kati apo
th meria sas?"""),
("el", "b52-el-zygaria-mwrou-diaforetiko-varos", "Ευτυχία Λαζαρίδου <eftychia.laz@example.gr>", "Ζυγαριά", "technical", "",
"""Καλησπέρα σας,

Η βρεφική ζυγαριά που μας στείλατε δείχνει κάθε φορά άλλο βάρος. Ζύγισα
τη μικρή τρεις φορές στη σειρά και πήρα 5,2 - 5,6 - 4,9 κιλά. Είναι σε
ίσιο πάτωμα και έχω βάλει καινούργιες μπαταρίες. Ο παιδίατρος θέλει να
την παρακολουθούμε κάθε εβδομάδα, γι' αυτό τη νοικιάσαμε.

Ευτυχία Λαζαρίδου"""),
("el", "b52-el-orario-savvato", "Κώστας Μπούρας <kostas.bouras@example.gr>", "Σάββατο", "general", "",
"""Το Σάββατο είστε ανοιχτά; Και μέχρι τι ώρα; Θέλω να φέρω το καρότσι
να δείτε το φρένο."""),
("el", "b52-el-gl-efxaristies-fotografo", "Anna-Maria Kalogirou <annamaria.kal@example.gr>", "Eyxaristoume!!!", "general", "",
"""Agaphth Xrysa,
molis eidame tis fwtografies tou Aggelou kai klaigame kai oi dyo me ton
Petro! Einai panemorfes, eixes toso ypomonh me to mwro pou eklaige olh
wra. Ta proteinoume hdh se oles tis filenades.
Se eyxaristoume apo kardias
Anna-Maria"""),
("el", "b52-el-ntanta-symperifora-diefthyntria", "Χαρίκλεια Μανωλάκη <charikleia.man@example.gr>", "Παράπονο για τη νταντά", "general", "high",
"""Κυρία Βρεττού,

Η νταντά που μας στείλατε αντικαταστάτρια την Τρίτη μιλούσε στο κινητό
σχεδόν όλο το απόγευμα, μίλησε απαξιωτικά στην εξάχρονη κόρη μου όταν
ζήτησε βοήθεια με τα μαθήματα και έφυγε είκοσι λεπτά νωρίτερα χωρίς να
μας ειδοποιήσει. Το είπα ήδη τηλεφωνικά στη γραμματεία και μου
απάντησαν «θα το σημειώσουμε».

Δεν θεωρώ ότι αυτό αρκεί. Ζητώ να μιλήσω με τη διευθύντρια του γραφείου
προσωπικά, όχι με τη γραμματεία.

Χαρίκλεια Μανωλάκη"""),
("el", "b52-el-xameno-kouvertaki", "Ζωή Αποστολίδου <zoi.apostolidou@example.gr>", "Κουβερτάκι", "general", "",
"""Καλημέρα! Μήπως βρέθηκε ένα λευκό πλεκτό κουβερτάκι με κεντημένο το
όνομα «Μάρκος» μετά το μάθημα αισθητηριακής της Πέμπτης; Το είχε πλέξει
η γιαγιά του και το ψάχνουμε παντού. Ζωή"""),
("el", "b52-el-allagi-kinitou", "Σπυρος Δελης <spyros.delis@example.gr>", "Αλλαγη τηλεφωνου", "general", "",
"""Καλησπερα, αλλαξα αριθμο κινητου. Ο νεος ειναι 6977 456 210. Παρακαλω
να τον περασετε στον λογαριασμο μου για τα ραντεβου. Ευχαριστω,
Σπυρος Δελης"""),
("el", "b52-el-gl-diagrafi-stoixeiwn", "Marina Tsoukala <marina.tsoukala@example.gr>", "diagrafh", "general", "",
"""Kalhspera,
eixa kanei eggrafh sto grafeio sas prin 2 xronia san gonios pou epsaxne
ntanta, telika den xreiasthke. Parakalw na diagrapsete ola ta stoixeia
mou kai ta stoixeia twn paidiwn mou apo to systhma sas kai na mou to
epivevaiwsete.
Marina Tsoukala"""),
("el", "b52-el-xorigia-syllogos-goneon", "Σύλλογος Γονέων 4ου Νηπιαγωγείου <goneis4@example.gr>", "Γιορτή λήξης - χορηγία", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων του 4ου Νηπιαγωγείου Γλυφάδας διοργανώνει τη γιορτή
λήξης της σχολικής χρονιάς στις 14 Ιουνίου, με παιχνίδια, κουκλοθέατρο
και μπουφέ για περίπου 120 οικογένειες. Θα θέλαμε να σας προτείνουμε να
γίνετε χορηγός της εκδήλωσης με ένα δώρο για τη λαχειοφόρο (π.χ. μια
δωρεάν φωτογράφιση οικογένειας). Σε αντάλλαγμα θα αναφέρουμε το όνομά
σας στην αφίσα και στη σελίδα μας.

Με εκτίμηση,
Για το ΔΣ,
Αλεξάνδρα Πετροπούλου"""),
("el", "b52-el-spasmeno-skali-eisodos", "Μαρίνα Κυριακού <marina.kyriakou@example.gr>", "Η είσοδος του κέντρου σας", "general", "high",
"""Καλησπέρα,

Θέλω να σας ενημερώσω ότι το δεύτερο σκαλί στην είσοδο του κέντρου
σας στο Μαρούσι έχει σπάσει στην άκρη και κουνιέται όταν πατάς. Σήμερα
μια μαμά με το μωρό στον μάρσιπο παραλίγο να πέσει. Καθημερινά περνάνε
από εκεί γονείς με καρότσια και μωρά στην αγκαλιά. Καλό θα ήταν να το
δείτε πριν χτυπήσει κάποιος.

Μαρίνα"""),
("el", "b52-el-odigies-paradosis-koudouni", "Αθηνα Φραγκου <athina.fragkou@example.gr>", "Παραδοση αυριο", "general", "",
"""Καλησπερα, για την αυριανη παραδοση: το κουδουνι της πολυκατοικιας
δεν δουλευει. Πειτε στον κουριερ να με παρει τηλεφωνο στο 6985 332 100
και θα κατεβω. 3ος οροφος, δεν εχει ασανσερ. Ευχαριστω!"""),
("el", "b52-el-gl-ilikia-kolymvisi", "Thanos G. <thanos.g@example.gr>", "mwra kolymvhsh", "general", "",
"""Geia sas, apo poso mhnwn mporei na ksekinhsei ena mwro ma8hmata
kolymvhshs se sas? H mikrh mas einai 4 mhnwn. Prepei na exei kanei ta
emvolia prwta?
Eyxaristw, Thanos"""),
("el", "b52-el-geia-sas-ntanta-gallika", "Claire Ανδρεάδη <claire.andreadi@example.gr>", "Γεια σας", "general", "",
"""Γεια σας,

Είμαστε μικτή οικογένεια (εγώ Γαλλίδα) και μένουμε στη Θεσσαλονίκη.
Ψάχνουμε νταντά για το απόγευμα που να μιλάει γαλλικά, για δύο παιδιά 3
και 5 ετών. Έχετε τέτοιες νταντάδες στο δυναμικό σας;

Ευχαριστώ,
Claire"""),
("el", "b52-el-anoixti-mera-adelfaki", "Γεωργία Σαββίδου <georgia.savvidou@example.gr>", "Ανοιχτή μέρα", "general", "",
"""Καλημέρα! Για την ανοιχτή μέρα γνωριμίας την Κυριακή μπορώ να φέρω
μαζί και τον μεγάλο μου γιο, 4 χρονών; Και υπάρχει χώρος να αφήσω το
καρότσι μέσα; Ευχαριστώ, Γεωργία"""),
("el", "b52-el-gl-dedomena-trita-prosopa-arxi", "Fani Roussou <fani.roussou@example.gr>", "prosopika dedomena", "general", "high",
"""Kalhspera,
xtes me phre thlefwno mia etaireia me paidika paixnidia kai hxere to
onoma mou, to onoma kai thn hmeromhnia gennhshs ths korhs mou kai oti
eixa kanei eggrafh sta dika sas ma8hmata gia mwra. Mou eipan oti ta
stoixeia ta phran "apo synergati". Egw pote den edwsa synainesh gia
kati tetoio.
8elw grapta mexri thn Paraskeuh poios edwse ta stoixeia mas kai se
poion. Alliws kanw kataggelia sthn Arxh Prostasias Dedomenwn.
Fani Roussou"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b52-es-horas-extra-canguro-no-hechas", "Marta Lozano <marta.lozano@example.es>", "Factura de marzo", "billing", "",
"""Hola,

En la factura de marzo de la canguro nos aparecen 4 horas extra el día
14 (de 20:00 a 24:00) que no se hicieron: ese día volvimos a casa a las
19:45 y Lucía se fue a su hora. Son 52 € de más. ¿Podéis revisarlo y
mandarnos la factura corregida?

Gracias,
Marta Lozano"""),
("es", "b52-es-mx-extractor-ya-no-pecho", "Fernanda Ríos <fer.rios@example.com.mx>", "Renta del extractor", "billing", "",
"""Hola buenas tardes,

Les escribo porque mi bebé de plano ya no quiso pecho, lleva dos semanas
solo con fórmula y el extractor ya nada más está guardado. Quiero
regresarlo y que ya no me cobren la renta de $650 al mes. ¿Lo paso a
dejar a la sucursal de Coyoacán o ustedes mandan por él?

Gracias!!
Fernanda"""),
("es", "b52-es-ar-sena-newborn-defensa-consumidor", "Julieta Ferraro <julieta.ferraro@example.com.ar>", "Seña sesión newborn", "billing", "high",
"""Hola,

El 3 de marzo les pagué una seña de $40.000 por transferencia para la
sesión newborn de mi hijo, pactada para el 18. El 16 la fotógrafa me
canceló por WhatsApp y nunca me propuso otra fecha. Desde entonces les
reclamé la devolución por mail cuatro veces y me clavan el visto.

Les doy plazo hasta el viernes para devolverme la plata. Si no, hago la
denuncia en Defensa del Consumidor y sigo por la vía legal.

Julieta Ferraro
DNI 35.412.889"""),
("es", "b52-es-factura-nif-deduccion", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Factura con NIF", "billing", "",
"""Buenos dias,

Necesito una factura completa con mi NIF (72.345.118-K) de las clases
de estimulacion de Ane de enero a junio para presentarla en la
declaracion. Con el recibo del banco no me vale.

Eskerrik asko,
Iñaki"""),
("es", "b52-es-co-app-renovo-anual", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Cobro de renovación", "billing", "",
"""Buenas tardes,

Me llegó un cobro de $189.900 de la renovación anual de la aplicación de
organización familiar. No recibí ningún aviso antes, y de hecho ya casi
no la usábamos desde que los niños entraron al colegio. Quisiera saber
si es posible que me reembolsen ese cobro y cancelar la renovación.

Quedo atento,
Andrés Cárdenas
Medellín"""),
("es", "b52-es-no-quiero-reembolso-talla-saco", "Rocío Benítez <rocio.benitez@example.es>", "Cambio de talla", "billing", "",
"""Hola! No quiero que me devolváis el dinero, el saco de dormir nos
encanta. Solo necesito cambiarlo por la talla 2 (6-18 meses) porque la
mía se ha quedado corta enseguida. Está lavado una vez, ¿se puede
cambiar igualmente? Pedido 88214."""),
("es", "b52-es-cl-matronatacion-cuotas", "Camila Soto <camila.soto@example.cl>", "Pack de matronatación", "billing", "",
"""Hola, el pack de 10 clases de matronatación que sale $95.000 se puede
pagar en cuotas sin interés con tarjeta? O hay que pagarlo todo junto
al inscribirse? Gracias, Camila"""),
("es", "b52-es-mx-instalacion-silla-contracargo", "Luis Alberto Mendoza <luisalberto.mendoza@example.com.mx>", "Cobro de instalación", "billing", "high",
"""Buen día.

El 6 de mayo pagué $850 en línea por la instalación de la silla de auto
en la sucursal de Satélite. El día de la cita me hablaron una hora antes
para decir que el técnico no iba a ir y que me llamarían para
reprogramar. Nunca llamaron y el cobro sigue en mi tarjeta.

Ya hablé dos veces a su línea. Si al 20 de mayo no veo el reembolso,
voy a pedir el contracargo a mi banco.

Luis Alberto Mendoza"""),
("es", "b52-es-curso-porteo-responsable", "Pilar Gutiérrez <pilar.gutierrez@example.es>", "Quiero hablar con el responsable", "billing", "high",
"""Buenas tardes,

Pagué 70 € por el taller de porteo del 9 de abril en vuestro local de
Chamberí y lo suspendisteis esa misma mañana. En recepción me dijeron
que me devolverían el importe "en unos días". Han pasado cinco semanas,
he llamado cuatro veces y cada vez me atiende una persona distinta que
no sabe nada.

No quiero volver a explicarlo a otra persona de recepción. Quiero que me
llame el responsable del centro al 612 448 903 y me diga cuándo me
devuelven mis 70 €.

Pilar Gutiérrez"""),
("es", "b52-es-congelar-julio-agosto-pueblo", "Carmen Ruiz <carmen.ruiz@example.es>", "Clases de musica en verano", "billing", "",
"""Hola, buenas. La niña se va con sus abuelos al pueblo en julio y
agosto, asi que no va a ir a las clases de musica. ¿Podeis congelar la
cuota esos dos meses y que vuelva a cobrarse en septiembre? No quiero
darla de baja que luego no hay plaza.
Un saludo
Carmen"""),
("es", "b52-es-ar-re-presupuesto-cochecito", "Martín Ocampo <martin.ocampo@example.com.ar>", "Re: Presupuesto arreglo cochecito", "billing", "",
"""Hola Gustavo, gracias por la respuesta rápida. Una consulta: en el
local me habían dicho $28.000 por todo y acá el presupuesto suma
$41.500. ¿Qué es lo que se agregó? Si es lo de la capota, esa no hace
falta cambiarla.

Abrazo,
Martín

El mar, 7 may a las 11:20, Taller de Cochecitos Palermo escribió:
> Hola Martín, te paso el presupuesto para el cochecito:
> - Cambio de rueda delantera: $12.500
> - Freno trasero: $15.500
> - Capota nueva: $13.500
> Total: $41.500. Quedamos a la espera de tu confirmación."""),
("es", "b52-es-hola-bono-embarazo-caducado", "Sandra Molina <sandra.molina@example.es>", "Hola", "billing", "",
"""Hola,

Mis compañeras de trabajo me regalaron un bono para una sesión de fotos
de embarazo en vuestro estudio (costó 120 €). Con los vómitos del primer
trimestre y luego el reposo no pude usarlo, y ahora veo que caducó el
mes pasado. Ya he dado a luz. ¿Podría usarlo para una sesión de recién
nacido en su lugar?

Muchas gracias,
Sandra"""),
("es", "b52-es-mx-abuela-panales-nieta-monterrey", "Guadalupe Herrera <lupita.herrera@example.com.mx>", "Ya no voy a necesitar los pañales", "billing", "",
"""Buenas tardes señores,

Yo recibo cada mes la caja de pañales etapa 4 para mi nieta Valeria,
pero ya se fue a vivir con su mamá a Monterrey y en mi casa ya no hay
bebé. Ya no me manden la caja ni me cobren los $749 de cada mes por
favor.

Que Dios los bendiga,
Sra. Guadalupe Herrera"""),
("es", "b52-es-bizum-clases", "Álvaro Pardo <alvaro.pardo@example.es>", "Pago", "billing", "",
"""Buenas, ¿se pueden pagar las clases de masaje infantil por Bizum o
solo con tarjeta en la web? Gracias"""),
("es", "b52-es-sacaleches-motor-ruido", "Nuria Vidal <nuria.vidal@example.es>", "Sacaleches alquilado", "technical", "",
"""Hola,

El sacaleches doble que os tengo alquilado desde febrero ha empezado a
hacer un ruido como de traqueteo y casi no succiona, en los dos lados.
He cambiado las válvulas y las membranas por las de repuesto y sigue
igual. Me saco casi la mitad que antes.

¿Me lo podéis cambiar? Vivo en Sabadell.

Nuria"""),
("es", "b52-es-mx-no-es-cobro-notificaciones", "Daniela Castro <daniela.castro@example.com.mx>", "No es sobre mi pago", "technical", "",
"""Hola, ya me mandaron dos veces con el área de pagos y mi pago está
bien, no es eso. El problema es que la app dejó de mandar los
recordatorios de las tomas del bebé y de las medicinas. Las alarmas
están activadas en la app y en el celular. Tengo un Motorola g54 y ya la
desinstalé y la volví a instalar.
Daniela"""),
("es", "b52-es-ar-monitor-cargador-chispas", "Florencia Giménez <flor.gimenez@example.com.ar>", "Monitor de bebé", "technical", "high",
"""Hola, ¿cómo están?

Les cuento que anoche, al enchufar el cargador del monitor de bebé, vi
que salieron unas chispitas del enchufe y quedó un olor a quemado. Lo
desenchufé enseguida y no lo volví a usar. El enchufe de la pared anda
bien con otras cosas. El monitor lo compré en su local de Caballito hace
tres meses.

¿Qué hago con él?

Saludos,
Flor"""),
("es", "b52-es-usuario-bloqueado", "Javier Serrano <javier.serrano@example.es>", "Usuario bloqueado", "technical", "",
"""Buenas,

He intentado entrar en el área de familias para ver el horario de la
canguro y me sale "usuario bloqueado por demasiados intentos". Han
pasado ya más de 24 horas y sigue igual. ¿Me lo podéis desbloquear?

Javier Serrano"""),
("es", "b52-es-agencia-canguros-turnos-no-salen", "Coordinación <coordinacion@canguros-aldia.example>", "Plataforma de turnos", "technical", "high",
"""Buenos días,

Desde anoche nuestra cuenta en vuestra plataforma de turnos no muestra
ningún servicio. Las 30 canguros que trabajan hoy no saben a qué casa
tienen que ir ni a qué hora, y las familias nos están llamando porque
nadie se ha presentado. Estamos intentando reconstruir los turnos a mano
desde correos antiguos.

Por favor, llamadnos en cuanto leáis esto: 91 555 78 20.

Elena Martos
Canguros al Día, Madrid"""),
("es", "b52-es-cl-coche-plegado-se-traba", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Coche reparado", "technical", "",
"""Hola, retiré el coche de la guagua el sábado después de la reparación
del plegado y sigue trabándose al cerrarlo, hay que golpearlo para que
cierre. Lo puedo llevar de nuevo esta semana? Orden 5521.
Ignacio"""),
("es", "b52-es-mx-fotos-pixeladas", "Ximena Delgado <ximena.delgado@example.com.mx>", "Fotos del bautizo", "technical", "",
"""Hola Andrea!! Las fotos del bautizo de Santi se ven preciosas en la
galería, pero cuando las descargo se ven todas pixeladas, como de
tamaño chiquito. Las quiero imprimir grandes para la sala. ¿Hay otra
forma de descargarlas en alta resolución? Ya lo intenté desde la compu
y desde el cel."""),
("es", "b52-es-lampara-quitamiedos-derretida", "Lorena Campos <lorena.campos@example.es>", "Lámpara quitamiedos", "technical", "high",
"""Hola,

Os escribo para comentaros algo que nos pasó con la lámpara quitamiedos
de enchufe que compramos en vuestra web. Esta mañana he notado olor a
plástico quemado en la habitación del bebé y al quitarla he visto que
la carcasa estaba deformada junto a las patillas y muy caliente. La
tenemos a 40 cm de la cuna.

Ya está desenchufada y fuera de la habitación. Quería saber si es algo
conocido y qué hacemos.

Lorena Campos"""),
("es", "b52-es-co-silla-hebilla-se-abre", "Paola Restrepo <paola.restrepo@example.com.co>", "Silla para carro", "technical", "high",
"""Buenas tardes,

La silla para carro que nos instalaron el sábado en su tienda de Bogotá:
ya dos veces la hebilla del arnés se ha soltado sola estando el niño
sentado, una de ellas con el carro andando. Menos mal que fue a poca
velocidad. No la estamos usando hasta que alguien la revise.

Paola Restrepo"""),
("es", "b52-es-esterilizador-luz-roja", "Begoña Salas <begona.salas@example.es>", "esterilizador", "technical", "",
"""el esterilizador electrico se queda con la luz roja parpadeando y no
empieza el ciclo. tiene agua, lo he limpiado con vinagre. que puede ser?"""),
("es", "b52-es-ar-link-estimulacion-no-anda", "Agustina Paz <agustina.paz@example.com.ar>", "clase online", "technical", "",
"""Hola! El link de la clase de estimulación temprana de los miércoles no
me anda, me dice "la reunión no existe". Ayer me pasó lo mismo y me perdí
la clase. Me lo pueden revisar? Gracias!"""),
("es", "b52-es-pregunta-segundo-hijo-app", "Sergio Navarro <sergio.navarro@example.es>", "Pregunta", "technical", "",
"""Hola,

Cuando intento añadir a nuestro segundo hijo en la app (nació hace dos
semanas), le doy a guardar y me sale "Error 500" y no se añade. Con el
primero no hubo problema. Lo he intentado desde el móvil y desde la web.

Un saludo,
Sergio"""),
("es", "b52-es-mx-columpio-no-mece", "Rodrigo Vázquez <rodrigo.vazquez@example.com.mx>", "Columpio electrico", "technical", "",
"""Buenas, el columpio electrico prende las luces y la musica pero ya no
se mece en ninguna velocidad. Le cambie las pilas y lo probe con el
eliminador tambien. Tiene 5 meses de uso.
Rodrigo"""),
("es", "b52-es-horario-pilar", "Ana Belén Lacasa <anabelen.lacasa@example.es>", "Día del Pilar", "general", "",
"""Buenas, ¿abrís el día del Pilar? Quería pasar a recoger el cochecito
del arreglo. Gracias"""),
("es", "b52-es-ar-gracias-ninera-romina", "Valeria Sosa <valeria.sosa@example.com.ar>", "Gracias por Romi", "general", "",
"""Hola chicas!

Les quería escribir para agradecerles por Romina. Hace un año que cuida
a los mellis y es un amor, los chicos la adoran y nosotros estamos re
tranquilos cuando salimos a trabajar. Cuando la entrevistamos nos
dijeron que la habían elegido pensando en nosotros y tenían toda la
razón.

Mil gracias por el laburo que hacen.

Vale"""),
("es", "b52-es-mx-recepcionista-gerente", "Adriana Morales <adriana.morales@example.com.mx>", "Trato en recepción", "general", "high",
"""Buenas tardes,

El jueves llegué diez minutos tarde a la clase de bebés por el tráfico
en Periférico y la recepcionista de la sucursal Polanco me dijo en voz
alta, delante de todas las mamás, que "si no puedo organizarme mejor
para qué tengo hijos". Salí de ahí llorando con mi bebé en brazos.

Exijo hablar con el gerente de la sucursal o con alguien de la dirección.
No quiero una disculpa por correo de parte de ella.

Adriana Morales"""),
("es", "b52-es-chupete-cadenita-plata", "Noelia Prieto <noelia.prieto@example.es>", "chupete perdido", "general", "",
"""Hola! Creo que nos dejamos un chupete con una cadenita de plata en el
vestuario de la piscina el sábado después de matronatación (clase de
las 11). La cadenita fue regalo del bautizo y le tengo mucho cariño.
¿La ha encontrado alguien? Noelia, mamá de Hugo"""),
("es", "b52-es-co-cambio-correo", "Juliana Ospina <juliana.ospina@example.com.co>", "Actualizar correo", "general", "",
"""Buenos días, por favor actualizar mi correo electrónico en mi perfil
de la agencia. El nuevo es juliana.ospina.r@example.com.co. Los demás
datos siguen igual. Gracias."""),
("es", "b52-es-rgpd-acceso-datos", "Eduardo Blanco <eduardo.blanco@example.es>", "Solicitud de acceso a mis datos", "general", "",
"""Estimados señores:

En virtud del artículo 15 del RGPD, solicito que me faciliten copia de
todos los datos personales que conservan sobre mí y sobre mis dos hijos
menores, derivados de nuestra inscripción en sus cursos de 2022 y 2023,
así como la finalidad del tratamiento y el plazo de conservación.

Atentamente,
Eduardo Blanco Ortega"""),
("es", "b52-es-ar-patrocinio-feria-club", "Comisión de Familias Club Villa Sarmiento <familias@clubvillasarmiento.example>", "Feria de las familias", "general", "",
"""Hola, ¿qué tal?

Desde la comisión de familias del club estamos organizando la Feria de
las Familias el domingo 15 de septiembre, con juegos, inflables, feria
de emprendedores y mucha gente del barrio. Queríamos saber si les
interesaría patrocinar el espacio de bebés (colchonetas, cambiador,
zona de lactancia). A cambio ponemos su logo en la cartelería y en las
redes del club, y pueden tener un stand.

Quedamos atentos,
Mariela, Comisión de Familias"""),
("es", "b52-es-cambiador-bano-suelto", "Cristina Moreno <cristina.moreno@example.es>", "Cambiador del baño", "general", "high",
"""Hola,

El cambiador abatible del baño de vuestro centro de la calle Alcalá
tiene una de las bisagras casi suelta de la pared. Hoy, al apoyar a mi
hija, la tabla ha cedido hacia un lado y menos mal que la tenía
agarrada. Se lo he dicho a la chica de recepción pero seguía igual
cuando me he ido, sin ningún cartel.

Lo usan muchos bebés al día, por eso os escribo.

Cristina"""),
("es", "b52-es-mx-entrega-caseta", "Héctor Ramírez <hector.ramirez@example.com.mx>", "Pedido 30977", "general", "",
"""Buenas, para la entrega del pedido 30977: vivo en un fraccionamiento
cerrado, por favor dejen el paquete en la caseta de vigilancia con el
guardia, ya está avisado. No hace falta que suban a la casa. Gracias."""),
("es", "b52-es-edad-minima-matronatacion", "Laura Castaño <laura.castano@example.es>", "Edad para empezar", "general", "",
"""Buenas tardes,

Tengo un bebé de tres meses. ¿Desde qué edad aceptáis en matronatación?
¿Y tiene que estar vacunado de algo en concreto para meterse en la
piscina?

Gracias,
Laura"""),
("es", "b52-es-cl-puertas-abiertas", "Francisca Muñoz <francisca.munoz@example.cl>", "Jornada de puertas abiertas", "general", "",
"""Hola! Vi en Instagram que el sábado hacen jornada de puertas abiertas
en la sala de Providencia. Hay que inscribirse antes o se puede llegar
no más? Iríamos con mi guagua de 8 meses y el papá. Saludos!"""),
("es", "b52-es-ar-fotos-publicidad-abogado", "Gonzalo Acosta <gonzalo.acosta@example.com.ar>", "Uso de las fotos de mi hija", "general", "high",
"""Señores:

Ayer vi una foto de mi hija, tomada en la sesión que hicimos con ustedes
en diciembre, en un cartel publicitario del estudio en la vidriera de
Av. Santa Fe y en su página. En ningún momento autorizamos el uso de su
imagen para publicidad, y así consta en el contrato que firmamos.

Les pido que retiren la foto del cartel y de todas sus redes en 48
horas. Ya consulté con mi abogado y, si no lo hacen, vamos a iniciar
las acciones que correspondan.

Gonzalo Acosta"""),
("es", "b52-es-canguros-primeros-auxilios", "Irene Pascual <irene.pascual@example.es>", "Una consulta", "general", "",
"""Hola, estamos pensando en contratar una canguro a través de vosotros
para nuestra hija de 10 meses. ¿Las canguros tienen formación en
primeros auxilios pediátricos? ¿Y comprobáis el certificado de delitos
sexuales? Gracias, Irene"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b52-pl-zastepstwo-niani-nie-bylo", "Karolina Nowicka <karolina.nowicka@example.pl>", "Faktura za kwiecień", "billing", "",
"""Dzień dobry,

na fakturze za kwiecień jest pozycja "zastępstwo niani - 2 dni, 360 zł".
Żadnego zastępstwa nie było - pani Ania była chora w czwartek i piątek,
ale nikt od Państwa nie przyszedł, mąż wziął urlop na żądanie. Proszę o
korektę faktury.

Pozdrawiam
Karolina Nowicka"""),
("pl", "b52-pl-laktator-koniec-mm", "Ewelina Sroka <ewelina.sroka@example.pl>", "Laktator", "billing", "",
"""Dzien dobry,
mala przeszla calkiem na mleko modyfikowane, wiec laktator juz nam sie
nie przyda. Prosze zakonczyc wypozyczenie od przyszlego miesiaca i
napisac gdzie go odeslac (mam caly zestaw w pudelku). Co miesiac
schodzi 119 zl, wiec wolalabym zeby majowa oplata juz nie weszla.
Ewelina"""),
("pl", "b52-pl-zadatek-sesja-rzecznik", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Zadatek za sesję noworodkową", "billing", "high",
"""Szanowni Państwo,

10 stycznia wpłaciłam 300 zł zadatku za sesję noworodkową zaplanowaną na
2 lutego. Dzień wcześniej fotografka odwołała sesję SMS-em, bez podania
nowego terminu. Od tamtej pory trzy razy prosiłam mailowo o zwrot
zadatku i nie dostałam żadnej odpowiedzi. Córka ma już trzy miesiące,
więc sesja noworodkowa nie ma już sensu.

Oczekuję zwrotu 300 zł w ciągu 7 dni. W przeciwnym razie zgłoszę sprawę
do miejskiego rzecznika praw konsumentów i skieruję ją do sądu.

Z poważaniem
Agnieszka Wróbel"""),
("pl", "b52-pl-faktura-vat-szkola-rodzenia", "Tomasz Krajewski <t.krajewski@krajewski-projekt.example>", "Faktura VAT", "billing", "",
"""Dzień dobry,

proszę o wystawienie faktury VAT za kurs szkoły rodzenia (8 spotkań, 650
zł) na moją firmę:
KRAJEWSKI PROJEKT Tomasz Krajewski, ul. Lipowa 12/4, 20-020 Lublin,
NIP 946-123-45-67.
Płatność była przelewem 3 marca.

Tomasz Krajewski"""),
("pl", "b52-pl-aplikacja-rozwod-plan", "Marcin Zieliński <marcin.zielinski@example.pl>", "Plan Rodzina", "billing", "",
"""Dzień dobry,

z żoną się rozstajemy i każde z nas będzie teraz prowadzić kalendarz
dzieci osobno. Plan Rodzina (29,99 zł/mies.) jest na moją kartę -
proszę o zmianę na plan indywidualny od następnego okresu
rozliczeniowego. Żona założy sobie własne konto.

Marcin"""),
("pl", "b52-pl-nie-reklamacja-drugi-fotelik", "Justyna Kaczmarek <justyna.kaczmarek@example.pl>", "Zwrot fotelika", "billing", "",
"""Dzień dobry, od razu zaznaczam, że to NIE jest reklamacja - fotelik
jest świetny i już jeździmy. Po prostu teściowie kupili nam taki sam
w prezencie, więc ten od Państwa (zamówienie 61482) jest nadal
nierozpakowany. Chcę go zwrócić i dostać zwrot 899 zł. Jak to zrobić?
Justyna"""),
("pl", "b52-pl-blik-oczekuje-na-platnosc", "Paweł Dudek <pawel.dudek@example.pl>", "Zamówienie 73390", "billing", "",
"""Zaplacilem BLIKiem za wozek spacerowy wczoraj o 21, pieniadze zeszly z
konta (1 349 zl), a zamowienie dalej ma status "oczekuje na platnosc".
Czy mam cos zrobic czy samo sie zaksieguje? Nie chce zeby zamowienie
sie anulowalo."""),
("pl", "b52-pl-montaz-fotelika-dwa-razy-chargeback", "Łukasz Pietrzak <lukasz.pietrzak@example.pl>", "Podwójne obciążenie karty", "billing", "high",
"""Dzień dobry,

11 maja w Waszym sklepie w Gdańsku zamontowano nam fotelik, usługa
montażu 79 zł. Z karty zeszło 79 zł dwa razy, jedno po drugim. W sklepie
powiedzieli, że to "blokada, która sama zniknie". Minęły dwa tygodnie i
nic nie zniknęło, a na infolinii nikt nie umie pomóc.

Jeżeli do piątku nie dostanę zwrotu drugiej opłaty, składam w banku
reklamację transakcji (chargeback).

Łukasz Pietrzak"""),
("pl", "b52-pl-basen-zamkniety-kierownik", "Monika Jabłońska <monika.jablonska@example.pl>", "Zwrot za semestr - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

zapłaciłam 480 zł za semestr zajęć "Pływający Maluch" (12 spotkań).
Basen przy Wawelskiej był zamknięty przez awarię od marca i odbyło się
tylko 5 zajęć. Obiecano nam zwrot za 7 zajęć do końca kwietnia. Jest
czerwiec.

Rozmawiałam już z trzema osobami w recepcji. Proszę, żeby skontaktowała
się ze mną kierowniczka szkoły pływania albo właściciel, telefon
501 222 874.

Monika Jabłońska"""),
("pl", "b52-pl-zawieszenie-karnetu-anglia", "Anna Szymańska <anna.szymanska@example.pl>", "Karnet na zajęcia sensoryczne", "billing", "",
"""Dzień dobry,

mąż dostał kontrakt w Anglii i wyjeżdżamy całą rodziną od lipca do
grudnia. Czy można zawiesić nasz karnet na zajęcia sensoryczne na te
pół roku, żeby nie przepadły 4 niewykorzystane wejścia i żeby nie szła
opłata miesięczna? W styczniu chcielibyśmy wrócić.

Pozdrawiam serdecznie,
Anna Szymańska"""),
("pl", "b52-pl-re-wycena-wozka", "Grzegorz Michalak <grzegorz.michalak@example.pl>", "Re: Wycena naprawy wózka nr 1187", "billing", "",
"""Dzien dobry,
przez telefon byla mowa o 150 zl za wymiane kolka, a w wycenie jest 260
zl. Skad ta roznica? Na "diagnostyke" sie nie umawialem.
Grzegorz

W dniu 14.05 Serwis Wózków Bobas napisał(a):
> Dzień dobry, przesyłamy wycenę naprawy wózka nr 1187:
> - wymiana przedniego kółka: 150 zł
> - diagnostyka: 60 zł
> - czyszczenie i smarowanie stelaża: 50 zł
> Razem: 260 zł. Prosimy o akceptację."""),
("pl", "b52-pl-pytanie-bon-na-dwie-sesje", "Dorota Kubiak <dorota.kubiak@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, mam bon podarunkowy na 600 zł do Waszego studia. Czy mogę
go wykorzystać na dwie mniejsze sesje (ciążową teraz i rodzinną
później), czy musi być na jedną? Dziękuję, Dorota"""),
("pl", "b52-pl-pies-bruno-dodatek", "Halina Jasińska <halina.jasinska@example.pl>", "Dodatek Zwierzaki", "billing", "",
"""Szanowni Państwo,

nasz pies Bruno odszedł w zeszłym tygodniu, miał 14 lat. W aplikacji
mamy wykupiony dodatek "Zwierzaki" z przypomnieniami o szczepieniach i
odrobaczaniu, 4,99 zł miesięcznie. Nie będzie już potrzebny, proszę go
wyłączyć. Reszta planu rodzinnego zostaje bez zmian.

Halina Jasińska"""),
("pl", "b52-pl-karta-duzej-rodziny", "Rafał Sikora <rafal.sikora@example.pl>", "Znizka KDR", "billing", "",
"""Czy na zajecia dla niemowlat jest znizka z Karta Duzej Rodziny? Mamy
trojke dzieci, najmlodszy ma 5 miesiecy. Pozdrawiam"""),
("pl", "b52-pl-laktator-wyswietlacz-gasnie", "Natalia Borkowska <natalia.borkowska@example.pl>", "Laktator - wyświetlacz", "technical", "",
"""Dzień dobry,

w wypożyczonym laktatorze od dwóch dni gaśnie wyświetlacz w trakcie
odciągania, a potem laktator się wyłącza i trzeba go włączać od nowa i
ustawiać wszystko jeszcze raz. Zdarza się to kilka razy w ciągu jednej
sesji. Jest podłączony do prądu, a nie na baterii.

Czy mogą Państwo wymienić urządzenie? Mieszkam w Poznaniu, Jeżyce.

Natalia Borkowska"""),
("pl", "b52-pl-zaproszenie-partnera-nie-dziala", "Kamil Wójcik <kamil.wojcik@example.pl>", "To nie sprawa płatności", "technical", "",
"""Dzień dobry,

poprzednio odesłano mnie do działu płatności, a płatność jest w
porządku. Problem: wysyłam żonie zaproszenie do naszej rodziny w
aplikacji, ona klika w link i dostaje "zaproszenie wygasło". Wysyłałem
je już 6 razy, także od razu przed kliknięciem. Oboje mamy Androida,
najnowsza wersja aplikacji.

Kamil"""),
("pl", "b52-pl-niania-zasilacz-trzeszczy", "Beata Wysocka <beata.wysocka@example.pl>", "Zasilacz niani elektronicznej", "technical", "high",
"""Dzień dobry,

chciałam zgłosić, że zasilacz kamery od niani elektronicznej zaczął
trzeszczeć i robi się tak gorący, że trudno go dotknąć. Wczoraj
wieczorem poczułam w pokoju córki zapach spalenizny. Odłączyłam go i
kamera stoi teraz nieużywana.

Niania jest z grudnia, kupiona w Państwa sklepie internetowym. Co mam
zrobić?

Beata Wysocka"""),
("pl", "b52-pl-kod-sms-nie-przychodzi", "Sylwia Adamczyk <sylwia.adamczyk@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, nie moge sie zalogowac do panelu rodzica, bo kod SMS nie
przychodzi. Numer telefonu jest dobry, inne SMS dochodza. Probowalam
wczoraj i dzisiaj kilkanascie razy. Pilne bo musze zatwierdzic godziny
niani do piatku.
Sylwia"""),
("pl", "b52-pl-szkola-rodzenia-zajecia-online-padly", "Szkoła Rodzenia Bociania Łąka <kontakt@bocianialaka.example>", "Platforma", "technical", "high",
"""Dzień dobry,

dziś od 17:00 żadna z par nie może wejść na nasze zajęcia online - po
kliknięciu linku pojawia się pusty ekran. Mieliśmy trzy grupy, razem 38
par, położna czekała sama w pokoju. Dwie kolejne grupy mają zajęcia jutro
rano i już dostajemy telefony, czy w ogóle się odbędą, a część osób prosi
o zwrot pieniędzy za kurs.

Prosimy o pilny kontakt: 604 318 220.

Joanna Lis
Szkoła Rodzenia Bociania Łąka, Wrocław"""),
("pl", "b52-pl-wozek-po-naprawie-hamulec-piszczy", "Adam Górski <adam.gorski@example.pl>", "Wózek po serwisie", "technical", "",
"""Dzień dobry,

odebrałem wózek w sobotę po wymianie łożysk. Teraz tylne kółko piszczy
przy każdym obrocie, słychać na pół osiedla. Przed naprawą tego nie
było. Kiedy mogę go podrzucić, żeby ktoś spojrzał?

Adam Górski"""),
("pl", "b52-pl-galeria-link-wygasl", "Magdalena Lewandowska <magda.lewandowska@example.pl>", "Galeria zdjęć", "technical", "",
"""Hej Kasiu! Link do galerii z sesji Zosi pokazuje "link wygasł", a
jeszcze nie zdążyłam pobrać wszystkich zdjęć (było ich 40, mam 12).
Możesz odnowić albo wysłać nowy? Buziaki, Magda"""),
("pl", "b52-pl-przewijak-mata-kopie-pradem", "Piotr Kowalczyk <piotr.kowalczyk@example.pl>", "Przewijak z matą grzewczą", "technical", "high",
"""Dzień dobry,

przy włączaniu podgrzewanej maty na przewijaku (kupiona u Państwa w
marcu) dwa razy poczułem wyraźne kopnięcie prądem w rękę, raz żona też.
Dziecka na szczęście wtedy na niej nie było. Matę odłączyliśmy i nie
używamy. Gniazdko jest z bolcem, inne urządzenia działają normalnie.

Proszę o informację, co dalej.

Piotr Kowalczyk"""),
("pl", "b52-pl-fotelik-pas-nie-blokuje", "Aleksandra Mazurek <aleksandra.mazurek@example.pl>", "Fotelik po montażu", "technical", "high",
"""Dzien dobry,
w srode w Waszym sklepie w Krakowie zamontowano nam fotelik obrotowy.
Dzis zauwazylam, ze po zapieciu pas barkowy da sie swobodnie wyciagnac
nawet mocnym szarpnieciem, w ogole sie nie blokuje. Przed montazem tak
nie bylo. Nie wozimy w nim synka dopoki ktos tego nie sprawdzi.
Aleksandra Mazurek"""),
("pl", "b52-pl-sterylizator-blad-e2", "Izabela Kamińska <izabela.kaminska@example.pl>", "Sterylizator", "technical", "",
"""Sterylizator parowy pokazuje błąd E2 po minucie i się wyłącza.
Odkamieniony, woda do kreski. Co to znaczy?"""),
("pl", "b52-pl-zajecia-online-dzwiek-opozniony", "Weronika Zając <weronika.zajac@example.pl>", "Zajęcia z masażu online", "technical", "",
"""Dzień dobry,

na nagraniach zajęć z masażu Shantala dźwięk jest przesunięty względem
obrazu o jakieś 3-4 sekundy, przez co ciężko nadążyć za ruchami
instruktorki. Tak jest na telefonie i na laptopie. Inne filmy działają
normalnie.

Weronika"""),
("pl", "b52-pl-zamowienie-pilot-bujaczka", "Daria Pawlak <daria.pawlak@example.pl>", "Zamówienie 48211", "technical", "",
"""Dzien dobry, bujaczek z zamowienia 48211 dziala, ale pilot w ogole nie
reaguje. Bateria nowa, wlozona dobrze, probowalam z bliska. Da sie to
jakos sparowac od nowa?"""),
("pl", "b52-pl-termometr-kapiel-err", "Bartosz Czarnecki <bartosz.czarnecki@example.pl>", "Termometr", "technical", "",
"""Dzień dobry, termometr do kąpieli w kształcie kaczuszki od tygodnia
pokazuje tylko "Err" po włożeniu do wody. Wymieniłem baterię. Ma dwa
miesiące. Pozdrawiam, Bartek"""),
("pl", "b52-pl-wielka-sobota-godziny", "Renata Walczak <renata.walczak@example.pl>", "Wielka Sobota", "general", "",
"""Do której jesteście otwarci w Wielką Sobotę? Chcę odebrać laktator."""),
("pl", "b52-pl-podziekowania-pani-krysia", "Elżbieta i Jan Sadowscy <sadowscy@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chcielibyśmy bardzo podziękować za panią Krystynę, która od trzech lat
opiekuje się naszymi wnukami, kiedy córka jest w pracy. To osoba
niezwykle ciepła i odpowiedzialna, dzieci nazywają ją "ciocią Krysią"
i nie wyobrażamy sobie lepszej opiekunki. Córka nie ma czasu pisać,
więc robimy to my.

Z wyrazami szacunku
Elżbieta i Jan Sadowscy"""),
("pl", "b52-pl-montazysta-palil-przelozony", "Michał Baran <michal.baran@example.pl>", "Skarga na pracownika", "general", "high",
"""Dzień dobry,

w czwartek Wasz pracownik przyjechał do nas zamontować fotelik. Przez
cały czas był opryskliwy, na pytania żony odpowiadał "pani się nie zna",
a na koniec zapalił papierosa siedząc w naszym samochodzie, w którym
wozimy niemowlę. Fotelik jest zamontowany dobrze, nie o to chodzi.

Nie chcę odpowiedzi z biura obsługi. Proszę o kontakt jego przełożonego
albo kogoś z kierownictwa firmy.

Michał Baran"""),
("pl", "b52-pl-zgubiona-czapeczka", "Kinga Nowak <kinga.nowak@example.pl>", "Zguba", "general", "",
"""Dzien dobry, po wtorkowych zajeciach z chusty zostala chyba u Was
zolta czapeczka w kropki z uszkami. Czy ktos ja znalazl? Kinga"""),
("pl", "b52-pl-zmiana-nazwiska-po-slubie", "Paulina Michalska <paulina.michalska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

wyszłam za mąż i zmieniłam nazwisko z Grabowska na Michalska. Proszę o
zmianę nazwiska w moim profilu w agencji (jestem opiekunką). Adres
e-mail i telefon zostają te same.

Dziękuję,
Paulina Michalska"""),
("pl", "b52-pl-rodo-usuniecie-profilu-opiekunki", "Wiktoria Sowa <wiktoria.sowa@example.pl>", "Usunięcie danych", "general", "",
"""Dzień dobry,

nie pracuję już jako opiekunka i proszę o usunięcie mojego profilu,
zdjęcia i danych kontaktowych z Państwa bazy oraz strony internetowej,
zgodnie z art. 17 RODO. Proszę o potwierdzenie mailowe.

Wiktoria Sowa"""),
("pl", "b52-pl-sponsoring-piknik-rodzinny", "Rada Osiedla Zielone Wzgórze <rada@zielonewzgorze.example>", "Piknik rodzinny - sponsoring", "general", "",
"""Dzień dobry,

Rada Osiedla Zielone Wzgórze w Łodzi organizuje 1 czerwca piknik
rodzinny z okazji Dnia Dziecka (ok. 400 osób, dmuchańce, malowanie
twarzy, konkursy). Czy byliby Państwo zainteresowani sponsoringiem,
np. ufundowaniem nagrody w konkursie dla najmłodszych? W zamian logo na
plakatach i w mediach społecznościowych osiedla.

Pozdrawiamy,
Urszula Kołodziej"""),
("pl", "b52-pl-brodzik-pekniete-plytki", "Katarzyna Wieczorek <katarzyna.wieczorek@example.pl>", "Brodzik na basenie", "general", "high",
"""Dzień dobry,

w brodziku, w którym odbywają się zajęcia dla niemowląt na basenie przy
ul. Słonecznej, przy schodkach pękły dwie płytki i mają ostre krawędzie.
Dzisiaj jedna z mam rozcięła sobie stopę, a dzieci siedzą i raczkują
właśnie w tym miejscu. Ratownik powiedział, że "wie". Zajęcia odbyły
się normalnie.

Piszę, zanim coś stanie się dziecku.

Katarzyna Wieczorek"""),
("pl", "b52-pl-paczkomat-zamiast-kuriera", "Oskar Jankowski <oskar.jankowski@example.pl>", "Dostawa", "general", "",
"""Dzien dobry, czy moge prosic o wyslanie paczki do paczkomatu KRA12M
zamiast kurierem na adres domowy? W ciagu dnia nikogo nie ma w domu.
Zamowienie 55107. Dzieki!"""),
("pl", "b52-pl-od-ilu-miesiecy-sensoryka", "Ilona Mróz <ilona.mroz@example.pl>", "Zajęcia sensoryczne", "general", "",
"""Dzień dobry, od ilu miesięcy dziecko może chodzić na zajęcia
sensoryczne? Mój syn ma 7 tygodni. Czy zajęcia są w grupach wiekowych?
Pozdrawiam, Ilona"""),
("pl", "b52-pl-dzien-dobry-dzien-dziecka", "Joanna Kwiatkowska <joanna.kwiatkowska@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry,

czy w tym roku też organizujecie coś na Dzień Dziecka w studiu? W
zeszłym roku były bańki i mini sesje przy tle z balonami i moja córka
do dziś ogląda te zdjęcia. Chciałabym wiedzieć, czy trzeba się
wcześniej zapisać.

Joanna"""),
("pl", "b52-pl-dane-rodzin-uodo", "Barbara Zawadzka <barbara.zawadzka@example.pl>", "Dane mojej rodziny", "general", "high",
"""Dzień dobry,

wczoraj zadzwoniła do mnie opiekunka, której nigdy nie zatrudnialiśmy i
która nie była u nas na rozmowie. Znała mój adres, imiona i wiek moich
dzieci oraz informację o alergii syna. Powiedziała, że dostała "listę
rodzin z okolicy" od Państwa agencji.

Żądam pisemnej informacji, komu i na jakiej podstawie przekazano nasze
dane. Jeśli nie otrzymam odpowiedzi w ciągu 7 dni, złożę skargę do
Prezesa UODO.

Barbara Zawadzka"""),
("pl", "b52-pl-niekaralnosc-opiekunek", "Robert Maciejewski <robert.maciejewski@example.pl>", "Pytanie o opiekunki", "general", "",
"""Dzień dobry,

szukamy opiekunki dla 8-miesięcznych bliźniąt w Warszawie (Ursynów), na
pełen etat. Czy Państwa opiekunki mają zaświadczenie o niekaralności i
ukończony kurs pierwszej pomocy? I czy sprawdzacie referencje od
poprzednich rodzin?

Robert Maciejewski"""),
]
