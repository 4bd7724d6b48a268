# batch38.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them before
# then.  Mostly small culture-and-learning businesses: libraries and
# bookshops, art supplies, framing shops, galleries, music lessons, dance
# schools, martial arts clubs, yoga studios, language exchange apps and
# online course marketplaces.  The failure classes in these settings --
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that say nothing or something else,
# replies quoting an earlier mail, paid plans ended or paused in other
# words, outages of a business told only by their consequences, safety
# hazards told calmly, praise, payment questions -- and everyday mail of
# all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b38-framing-balance-on-collection", "Nicola Brennan <nicola.brennan@example.ie>", "Re: Your framing quote FQ-2231", "billing", "",
"""Hi Siobhán,

Thanks for this. We're happy to go ahead with the walnut moulding and
the museum glass. You mention a 50% deposit - can I pay that by card
over the phone, and is the balance paid when I collect or before? I'd
rather not have to make two trips into Galway for it.

Nicola

On Tue 4 Mar, Siobhán at Claddagh Frames wrote:
> Hi Nicola,
> For the two embroidered panels (40 x 50 cm each), walnut moulding,
> acid-free double mount and museum glass, the total comes to EUR 310.
> We take a 50% deposit to order the moulding in.
> Kind regards, Siobhán"""),
("en", "b38-yoga-off-the-mat-till-baby", "Harriet Okafor <harriet.okafor@example.co.uk>", "Membership", "billing", "",
"""Hello lovely people at Still Point,

Some happy news - I'm expecting in April and my midwife has told me to
stay off the mat for a while after a wobbly scan. Could you freeze my
unlimited membership from the 1st of next month until, say, the end of
June? I'd rather not cancel it completely because I'll definitely be
back. I think I'm on 68 a month.

Harriet x"""),
("en", "b38-language-app-renewed-unused", "Ravi Menon <ravi.menon@example.in>", "Premium charged Rs 3,499", "billing", "",
"""Dear Team,

My Premium subscription on your language exchange app was renewed
automatically for one more year on 2nd of this month and Rs 3,499 has
been debited from my HDFC card. I had switched off the auto-renewal
last month itself (screenshot attached). I have not used the app after
the renewal date.

Kindly refund the amount at the earliest and confirm that the
subscription is closed.

Thanks and regards,
Ravi Menon
Kochi"""),
("en", "b38-watercolor-course-two-charges", "Dana Kowalski <dana.kowalski@example.com>", "Order #CM-558120", "billing", "",
"""Hey there - I bought the "Loose Watercolor Florals" course last night
for $49.99 and my card got hit twice, two separate $49.99 pending
charges from you. There's only the one course in my account. Can you
drop the second one?

Thanks!
Dana"""),
("en", "b38-piano-term-fees-split", "Declan Fahy <declan.fahy@example.ie>", "Piano lessons - Aoife and Conor", "billing", "",
"""Hi Margaret,

Both kids are keen to keep going with piano after Christmas, thanks for
all your patience with Conor! The term fee for the two of them comes to
EUR 420 which is a bit of a lump in January. Would you be OK with us
paying it in three monthly amounts instead of all up front? Happy to
set up a standing order.

Declan"""),
("en", "b38-book-voucher-expired", "Maureen Hislop <maureen.hislop@example.co.uk>", "Book voucher", "billing", "",
"""Dear Sir or Madam,

My grandson was given one of your book vouchers for twenty-five pounds
for his birthday two years ago and it has been sitting in a drawer.
When he went to use it in your Stirling shop on Saturday he was told it
had expired. Is there anything at all that can be done? It seems a
shame for the money to be lost.

Yours faithfully,
Maureen Hislop (Mrs)"""),
("en", "b38-tap-shoes-size-up", "Kayla Brooks <kayla.brooks@example.com>", "Tap shoes", "billing", "",
"""Hi! We got Mia's tap shoes from your studio shop at registration and
she's grown like a weed over the summer, they're already pinching.
They've only been worn twice, indoors. Can I swap them for a size up or
do I need to return them and buy again? Receipt says $54.

Kayla (Mia's mom, Tuesday Tiny Taps)"""),
("en", "b38-grading-fee-flu-week", "Steve Hurley <steve.hurley@example.com.au>", "Grading", "billing", "",
"""G'day,

You've taken the $45 grading fee for Lachlan's yellow belt again this
month but he didn't grade - he had the flu that whole week and we told
Sensei Mark at the time. Can you either refund it or carry it over to
the next grading?

Cheers,
Steve"""),
("en", "b38-gallery-prints-vat-invoice", "Accounts <accounts@harbourdental.example>", "Artwork for reception", "billing", "",
"""Good afternoon,

We purchased two limited edition prints from your gallery last week for
our new reception area (receipt no. 4471, total 1,150.00). Our
accountant needs a proper VAT invoice made out to Harbour Dental
Practice Ltd, VAT reg. GB 123 4567 89, rather than the till receipt.
Could you email one over?

Many thanks,
Priya Shah
Practice Manager"""),
("en", "b38-friends-membership-joan-ellis", "Robert Ellis <robert.ellis@example.co.uk>", "Joan Ellis", "billing", "",
"""Dear Friends' Office,

I am writing on behalf of my mother, Joan Ellis, who died peacefully in
October at the age of 91. She was a Friend of the gallery for over
twenty years and loved your Thursday talks. I have found a note that
her membership renews by direct debit in January. Please could you see
that it doesn't, and let me know if you need a copy of the death
certificate.

With thanks,
Robert Ellis"""),
("en", "b38-app-fine-price-went-up", "Tom Villiers <tom.villiers@example.com>", "Plus plan", "billing", "",
"""Nothing wrong with the app, it works great and I've found two good
conversation partners through it. My question is just why I was
charged 9.99 this month when the Plus plan page still says 7.99. Did
the price go up without anyone telling me?"""),
("en", "b38-course-guarantee-chargeback", "Marcus Bell <marcus.bell@example.com>", "30-day guarantee - 3rd request", "billing", "high",
"""This is my third email. I bought the "Guitar from Zero" bundle for
$129 on the 2nd, asked for a refund on the 9th under your 30-day money
back guarantee, and have had nothing back but an auto-reply. Your site
still advertises the guarantee on every course page.

If the refund isn't processed by Friday I'm filing a dispute with my
credit card company and reporting the listing to the FTC.

Marcus Bell"""),
("en", "b38-medals-frame-deposit-claim", "Gillian Murray <gillian.murray@example.co.uk>", "Deposit £95", "billing", "high",
"""In August I paid a £95 deposit to have my late father's medals framed.
I was told six weeks. It is now November, the shop has been shut every
time I've called in, and nobody answers the phone. I no longer want the
frame. I want the medals returned and the £95 refunded.

If I do not hear from you by 30 November I will issue a claim through
Money Claim Online without further notice.

Gillian Murray"""),
("en", "b38-ballet-fees-ankle-owner", "Claire Donnelly <claire.donnelly@example.co.uk>", "Autumn term", "billing", "high",
"""Hello,

My daughter broke her ankle in week two of term (not at your school, at
netball) and can't dance until January. I asked at reception for the
remaining eight weeks of ballet and jazz to be refunded or credited and
was told "no refunds, it's in the terms". I have read the terms and
they say fees can be credited for medical absence with a doctor's note,
which I have.

I would like this looked at by the owner of the school, please, not the
front desk.

Claire Donnelly"""),
("en", "b38-voice-calls-cut-30s", "Ana Souza <ana.souza@example.com>", "calls", "technical", "",
"""every voice call I start with a partner on the app cuts off at exactly
30 seconds. text chat is fine. tried wifi and 4G, reinstalled, same
thing. Pixel 7, latest version. we can't practise speaking at all which
is kind of the whole point"""),
("en", "b38-calligraphy-videos-spin-ipad", "Lorraine Gibbs <lorraine.gibbs@example.co.uk>", "Videos", "technical", "",
"""Good morning,

I purchased the beginners' calligraphy course and the lesson videos
just show a spinning circle on my iPad. The little preview video on the
course page plays perfectly, so I don't think it is my internet. My
granddaughter has tried turning it off and on again.

I don't want my money back, I want to learn calligraphy!

Lorraine Gibbs"""),
("en", "b38-hi-library-loans-not-showing", "Sunil Varma <sunil.varma@example.in>", "Hi", "technical", "",
"""Hi,
I borrowed 2 ebooks from the library app on Sunday, it says "loan
successful" but the books are not coming in my shelf. Logged out and in
again also. Library card no. 2290 1143 8876. Please check.
Sunil"""),
("en", "b38-not-refund-reset-email", "Erin Walsh <erin.walsh@example.ie>", "Can't get into my account", "technical", "",
"""Just to be clear I'm not looking for money back or anything, I just
want to book my classes! I've pressed "forgot password" on the booking
app about six times since yesterday and the reset email never arrives.
Not in spam either. Same email I've always used."""),
("en", "b38-bookshop-gateway-timeout", "Meera Iyer <meera.iyer@example.in>", "Order not going through", "technical", "",
"""Hello,
Tried to buy the Tamil children's books set three times since morning
and every time after entering the OTP your site shows "gateway timeout
- please try again". Money is NOT deducted, I checked with the bank. Is
your site having some issue? Using Chrome on laptop.
Regards, Meera"""),
("en", "b38-digital-piano-top-keys-silent", "Brian Costello <brian.costello@example.ie>", "Digital piano", "technical", "",
"""Hello,

The digital piano we bought from your music shop in September has
developed a fault. The two top C keys and the B below make no sound at
all, the rest are fine. It's the same through headphones and through
the speakers. Is it still under guarantee and what do we do?

Brian Costello"""),
("en", "b38-certificate-pdf-blank", "Olumide Adeyemi <olumide.adeyemi@example.co.uk>", "Certificate", "technical", "",
"""Finished the bookkeeping course (100% on all quizzes) and when I click
"Download certificate" I get a PDF that's completely blank - just a
white page. I need it for a job application next week. Tried Edge and
Chrome."""),
("en", "b38-re-club-app-timetable-white", "Connor Hughes <connor.hughes@example.co.uk>", "Re: Your support request #44817", "technical", "",
"""Cleared the cache like you said and reinstalled, still just a white
screen where the timetable should be. Can't book onto Thursday sparring.
My mate's iPhone shows it fine, I'm on a Samsung A52.

> Thanks for getting in touch. Please try clearing the app cache
> (Settings > Apps > Club > Storage > Clear cache) and let us know if
> the timetable loads after that.
> Kind regards, Member Support"""),
("en", "b38-livestream-drops-whole-class", "Studio Manager <hello@pointeandflex.example>", "Live classes", "technical", "high",
"""Hi,

Our online ballet classes run through your live room feature. Since
Monday every class drops all the students after about five minutes -
they get "session ended by host" and can't rejoin. That's 11 classes and
roughly 140 students so far, and parents have started asking for their
money back. We had to move tonight's classes to a free video call link,
which we don't want to keep doing.

Can someone look at this today?

Nadia
Pointe & Flex Dance Academy"""),
("en", "b38-framer-terminal-offcuts", "Owen Rees <owen@reesframing.example>", "terminal", "technical", "high",
"""Morning. Third customer today I've had to send to the cash machine down
the road. The card terminal I rent from you just says "host
unreachable" and the order screen won't save anything, so I'm writing
jobs on the back of mount-board offcuts. Saturday is my busiest day.
Please ring the shop.

Owen
Rees Framing, Cardiff"""),
("en", "b38-encaustic-hotplate-spark", "Pauline Sutherland <pauline.sutherland@example.co.uk>", "Encaustic hot plate", "technical", "high",
"""Hello,

I thought I should let you know about the encaustic hot plate I bought
from you in the spring. Yesterday when I switched it on at the wall
there was a little blue spark and a crack from where the lead goes into
the plate, and a smell of hot plastic. I've unplugged it and it's
sitting out on the patio. The lead looks slightly browned near the join.

No great drama, but I imagine you'll want to know.

Pauline"""),
("en", "b38-practice-amp-bulging", "Jordan Pike <jordan.pike@example.com.au>", "amp", "technical", "high",
"""hey, the little rechargeable practice amp my son uses for his guitar
lessons was really hot when I picked it up off the charger this arvo
and the back panel is bulging out. I've put it outside on the concrete.
Is this a known thing? Bought it from your Fremantle shop in March."""),
("en", "b38-violin-pickup-third-time", "Isabel Grant <isabel.grant@example.co.uk>", "Repair ref 30418 - again", "technical", "high",
"""This is the third time my violin pickup has come back from your
workshop "fixed" and it still cuts out whenever I shift position. I
have a wedding booking on Saturday and I've now missed two rehearsals
because of it.

I do not want to go through the front desk again. I want someone senior
in the repair workshop to contact me directly.

Isabel Grant"""),
("en", "b38-library-paddys-day", "Siobhan Kerrigan <siobhan.kerrigan@example.ie>", "Opening on Paddy's Day?", "general", "",
"""Hi, is the Tralee library open on St Patrick's Day or the Monday after?
I want to get my books back before they go overdue. Thanks!"""),
("en", "b38-thanks-miss-priya-recital", "Angela Moore <angela.moore@example.com>", "Thank you!!", "general", "",
"""I just had to write after Saturday's recital. Our Ellie has been so shy
all year and would barely go on stage at the dress rehearsal, and Miss
Priya stood in the wings and did every single step with her. By the end
she was grinning. I cried, her dad cried, grandma definitely cried.
Please tell Miss Priya she's a star.

Angela (Ellie's mom, Junior Jazz)"""),
("en", "b38-scarf-thursday-yin", "Fiona Baird <fiona.baird@example.co.uk>", "Left something behind", "general", "",
"""Hello, I think I left a grey cashmere scarf in the changing room after
Thursday's 7.30 yin class at the Leith studio. It was my mum's so I'd
love to get it back. Has anyone handed it in?

Fiona"""),
("en", "b38-change-login-email", "Vikram Rao <vikram.rao@example.in>", "Change email", "general", "",
"""Hello team, I am shifting from my company so my account email
vikram.rao@oldcorp.example will stop working end of this month. Please
change it to this address (vikram.rao@example.in). Username vikramr_92.
Thank you."""),
("en", "b38-subject-access-request", "Helen Ashdown <helen.ashdown@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me as a user of your course marketplace, including my
viewing history, any profiling or recommendation data, and details of
any third parties with whom you have shared my data.

My account is registered to this email address. I look forward to your
response within one month.

Yours faithfully,
Helen Ashdown"""),
("en", "b38-sponsor-junior-karate-open", "Darren Whitlock <darren.whitlock@example.com.au>", "Sponsorship - Junior Karate Open", "general", "",
"""Hi there,

I run the Geelong Junior Karate Open, a one-day tournament for about
300 kids aged 6 to 15, held every May. We're looking for local
businesses to sponsor the trophies or the first-aid tent, in return for
a banner and a mention in the programme. Would your shop be interested?
Happy to chat on the phone.

Darren Whitlock
Tournament Coordinator
0400 123 456"""),
("en", "b38-books-leave-with-neighbour", "Patrick Dunne <patrick.dunne@example.ie>", "Order 55183", "general", "",
"""Hi, I'll be away Tuesday to Friday when the books are due. Could the
courier leave the parcel with my neighbour at number 14 (Mrs Quinn)?
She's home all day. Thanks, Patrick"""),
("en", "b38-framer-laughed-at-painting", "Lucy Chambers <lucy.chambers@example.co.uk>", "Saturday visit", "general", "",
"""I came into your framing shop on Saturday with a painting my little
boy did, which I wanted framed for my mum's 80th. The man at the
counter laughed and asked if I "really wanted to spend money on that".
I did get it framed in the end, elsewhere. I'm not after anything, I
just think you should know how your customers are being spoken to."""),
("en", "b38-instructor-grabbed-son-gi", "Nadia Hassan <nadia.hassan@example.co.uk>", "Wednesday juniors class", "general", "high",
"""Dear Sir/Madam,

At Wednesday's juniors jiu-jitsu class one of your assistant instructors
pulled my 9-year-old son off the mat by the collar of his gi and
shouted in his face for talking. He came home with a red mark on his
neck and doesn't want to go back.

I want to speak to the head coach or the club owner this week, not the
assistant. Until then he won't be attending.

Nadia Hassan"""),
("en", "b38-cracked-mirror-studio-two", "Becky Lam <becky.lam@example.com.au>", "Studio 2", "general", "high",
"""Hi, just letting you know the big mirror panel in Studio 2 has a long
crack top to bottom and a piece near the floor has come away - there
were little slivers of glass on the floor after our contemporary class
tonight, and we dance barefoot. A couple of us swept up what we could.
Might be worth taping it off before the kids' classes tomorrow."""),
("en", "b38-not-payment-which-exam-board", "Harpreet Sandhu <harpreet.sandhu@example.co.uk>", "Question", "general", "",
"""Hi, not a payment question this time! Which exam board do your
teachers prepare students for - ABRSM or Trinity? My daughter did
Grade 3 with Trinity at her old school and we'd like her to carry on
with the same one if possible."""),
("en", "b38-hello-signing-tickets", "Gail Fenwick <gail.fenwick@example.com>", "Hello", "general", "",
"""Hello,
Is the signing with the author of the Harbour Lights books on the 22nd
a ticketed event or can I just turn up? I'll be coming in from out of
town with my sister so I'd like to know before we set off.
Gail"""),
("en", "b38-fantasy-section-killing-me", "Liam O'Connor <liam.oconnor@example.ie>", "your fantasy shelves", "general", "",
"""Your new fantasy section is killing me, I've no room left on my
shelves and it's all your fault. Seriously though, any idea when you'll
have the second Ember Crown book in? The girl on the till said "soon"
but that was a fortnight ago."""),
]
M += [
# ---------------- Greek (and Greeklish) ----------------
("el", "b38-gl-yoga-pagwma-taxidi", "Marianna K. <marianna.kost@example.gr>", "syndromh", "billing", "",
"""Kalhspera sas,
fevgw gia douleia sto Amsterdam apo 1h Fevrouariou gia 3 mhnes kai de
8a mporw na erxomai sto studio. Ginetai na pagwsei h syndromh mou (to
paketo me ta 8 ma8hmata, 55e to mhna) kai na synexisei otan gyrisw ton
Maio? Den thelw na thn akyrwsw, mou aresoun poly ta ma8hmata ths Elenhs.
Eyxaristw,
Marianna"""),
("el", "b38-vivliopoleio-dyo-xreoseis-pos", "Σταυρουλα Παπαδακη <s.papadaki@example.gr>", "Χρεωση", "billing", "",
"""Καλημερα σας,
Το Σαββατο αγορασα απο το βιβλιοπωλειο σας στην Ερμου τρια παιδικα
βιβλια, συνολο 38,50€. Το POS την πρωτη φορα εβγαλε "απορριφθηκε" και η
κοπελα το ξαναπερασε. Σημερα βλεπω στην εφαρμογη της τραπεζας δυο
χρεωσεις των 38,50€. Μπορειτε να μου επιστρεψετε τη μια;
Σταυρουλα Παπαδακη"""),
("el", "b38-seminario-timologio-afm", "Γιωργος Αθανασιου <g.athanasiou@athanasiou-logistiki.example>", "Αποδειξη αντι για τιμολογιο", "billing", "",
"""Καλησπερα,
αγορασα χθες απο την πλατφορμα σας το σεμιναριο "Excel για λογιστες"
(129€) αλλα ξεχασα να επιλεξω τιμολογιο και βγηκε αποδειξη λιανικης. Θα
ηθελα να ακυρωθει η αποδειξη και να εκδοθει τιμολογιο στα στοιχεια:
ΑΘΑΝΑΣΙΟΥ ΛΟΓΙΣΤΙΚΗ ΙΚΕ, ΑΦΜ 801234567, ΔΟΥ Καλαμαριας,
Εθνικης Αντιστασεως 45, Θεσσαλονικη.
Ευχαριστω,
Γιωργος Αθανασιου"""),
("el", "b38-odeio-didaktra-iris", "Παναγιώτης Λιάπης <p.liapis@example.gr>", "Δίδακτρα κιθάρας", "billing", "",
"""Καλησπέρα σας,

Ο γιος μου ο Άρης ξεκινάει κλασική κιθάρα στο ωδείο σας τον Σεπτέμβριο.
Για τα μηνιαία δίδακτρα (60€) γίνεται να πληρώνουμε με IRIS από το
κινητό ή με μεταφορά σε λογαριασμό, αντί για μετρητά στη γραμματεία;
Δουλεύουμε και οι δύο ως αργά και δύσκολα προλαβαίνουμε τις ώρες της
γραμματείας.

Ευχαριστώ,
Παναγιώτης Λιάπης"""),
("el", "b38-xoros-metakomisi-giannena", "Δέσποινα Ζαχαρίου <despoina.zachariou@example.gr>", "Η Μυρτώ", "billing", "",
"""Καλημέρα κυρία Βάσω,

Με λύπη σας γράφω ότι από τον Νοέμβριο μετακομίζουμε στα Γιάννενα,
γιατί πήρε μετάθεση ο άντρας μου. Η Μυρτώ θα χορέψει για τελευταία
φορά μαζί σας στις 28 Οκτωβρίου. Σας παρακαλώ να σταματήσει η πάγια
εντολή των 45€ από τον Νοέμβριο και μετά.

Σας ευχαριστούμε πολύ για όλα, η Μυρτώ έκλαιγε όλο το βράδυ.
Δέσποινα"""),
("el", "b38-gl-premium-xronos-anti-mhna", "Kostis V. <kostis.vlachos@example.gr>", "premium", "billing", "",
"""geia sas, ekana anavathmish se premium sthn efarmogh xthes. sthn
o8onh egrafe 4,99 to mhna kai me xrewsate 59,88 olo to xrono mazi!!
egw hthela mhniaio. mporeite na mou gyrisete ta lefta kai na to kanete
mhniaio? den 8elw na desmeutw gia xrono"""),
("el", "b38-kavaleto-allagi-dapedou", "Ηλέκτρα Σωτηρίου <ilektra.sotiriou@example.gr>", "Παραγγελία 20481", "billing", "",
"""Καλησπέρα,

Παρέλαβα σήμερα το καβαλέτο ζωγραφικής που παρήγγειλα, αλλά είναι το
επιτραπέζιο και όχι το δαπέδου που ήθελα - το λάθος είναι δικό μου,
διάλεξα λάθος μοντέλο. Είναι ακόμα στο κουτί του, ανοιγμένο μόνο από
πάνω. Μπορώ να το αλλάξω με το ξύλινο δαπέδου (89€) και να πληρώσω τη
διαφορά; Αν γίνεται, πώς το στέλνω πίσω;

Ηλέκτρα"""),
("el", "b38-gkaleri-doseis-pinakas", "Αντώνης Μαυρίδης <a.mavridis@example.gr>", "Ο πίνακας με τα κύματα", "billing", "",
"""Καλησπέρα σας,

Πέρασα χθες από την γκαλερί στο Κολωνάκι και μου έκανε μεγάλη εντύπωση
ο πίνακας της Κατερίνας Σφακιανού με τα κύματα (1.800€). Θα ήθελα να
τον αγοράσω, αλλά μου είναι δύσκολο να δώσω όλο το ποσό μαζί. Δέχεστε
πληρωμή με άτοκες δόσεις στην πιστωτική, ή μια προκαταβολή για να μου
τον κρατήσετε;

Με εκτίμηση,
Αντώνης Μαυρίδης"""),
("el", "b38-re-kodikos-ekptosis-oxi-texniko", "Νεφέλη Τσιρίγου <nefeli.tsirigou@example.gr>", "Re: Η παραγγελία σας #A-77120", "billing", "",
"""Να διευκρινίσω ότι το e-shop δουλεύει μια χαρά, δεν είναι τεχνικό το
θέμα. Ο κωδικός ΜΑΘΗΤΗΣ15 έγραφε «εφαρμόστηκε», αλλά χρεώθηκα
ολόκληρο το ποσό, 64,20€ αντί για 54,57€. Θα ήθελα πίσω τη διαφορά.

Νεφέλη

> Ευχαριστούμε για την παραγγελία σας #A-77120 από το κατάστημα
> ειδών ζωγραφικής Παλέτα. Σύνολο: 64,20€. Τρόπος πληρωμής: κάρτα."""),
("el", "b38-gl-karate-xrewsh-meta-diakoph", "Thanasis R. <thanasis.r@example.gr>", "XREWSH", "billing", "high",
"""Kalhmera.
Ton Iounio eipa sth grammateia oti o mikros stamataei to karate kai mou
eipate "ok, to kleinoume". Ton Septemvrio kai ton Oktwvrio omws mou
travhksate apo thn karta ta 40e ths syndromhs. Zhtaw na mou epistrepsete
ta 80e mexri thn Paraskeuh, alliws kanw amfisvhthsh xrewshs sthn
trapeza kai telos.
Thanashs Rallis"""),
("el", "b38-ypanaxorisi-synigoros-katanaloti", "Μαρία Κοντού <maria.kontou@example.gr>", "Αίτημα υπαναχώρησης - 2η υπενθύμιση", "billing", "high",
"""Κύριοι,

Στις 3 Μαρτίου αγόρασα από την πλατφόρμα σας το πρόγραμμα «Ψηφιακό
Μάρκετινγκ Pro» αξίας 349€. Στις 6 Μαρτίου, χωρίς να έχω
παρακολουθήσει ούτε ένα μάθημα, σας έστειλα δήλωση υπαναχώρησης, όπως
δικαιούμαι εντός 14 ημερών. Μέχρι σήμερα δεν έχω λάβει ούτε απάντηση
ούτε τα χρήματά μου.

Σας ενημερώνω ότι, αν δεν γίνει η επιστροφή εντός 5 εργάσιμων ημερών,
θα απευθυνθώ στον Συνήγορο του Καταναλωτή και στη νομική μου σύμβουλο.

Μαρία Κοντού"""),
("el", "b38-korniza-prokatavoli-idioktitis", "Χρήστος Μπαλτάς <christos.baltas@example.gr>", "Προκαταβολή 70€", "billing", "high",
"""Καλησπέρα.

Στις 10 του μήνα άφησα στο κατάστημά σας στην Πάτρα ένα κέντημα της
γιαγιάς μου για κορνίζα και έδωσα 70€ προκαταβολή. Την επομένη πήρα
τηλέφωνο και ακύρωσα, γιατί βρήκα αλλού αυτό που ήθελα, και η
υπάλληλος μου είπε ότι η προκαταβολή «δεν επιστρέφεται», παρότι δεν
είχε κοπεί ακόμα τίποτα.

Θέλω να μιλήσω με τον ιδιοκτήτη του καταστήματος, όχι ξανά με την
υπάλληλο. Το τηλέφωνό μου είναι 6944 123 456.

Χρήστος Μπαλτάς"""),
("el", "b38-doga-efyge-o-bobos", "Ευτυχία Λαμπράκη <eftychia.lambraki@example.gr>", "Μπόμπος", "billing", "",
"""Καλημέρα Ρένα μου,

Ο Μπόμπος μας έφυγε την περασμένη Τετάρτη, ήταν πια 14 χρονών. Δεν θα
έρχομαι στο doga της Κυριακής, δεν έχει νόημα χωρίς αυτόν. Σταμάτησε
σε παρακαλώ τη μηνιαία συνδρομή των 30€ από τον επόμενο μήνα.

Σε ευχαριστώ για τις ωραίες Κυριακές, του άρεσαν πολύ τα στρωματάκια
σας.
Ευτυχία"""),
("el", "b38-gl-login-google-gyrnaei-arxh", "Dimitris Pap. <dimpap91@example.gr>", "login", "technical", "",
"""Kalhspera, apo xthes den mporw na mpw sthn efarmogh me "Syndesh me
Google". Pataw, dialegw logariasmo kai meta gyrnaei sthn arxikh o8onh
san na mhn egine tipota. Exw iPhone 13, thn svhsa kai thn ksanaevala.
Exw 3 synomilhtes gia ellhnika-ispanika kai xanw ta ma8hmata mas"""),
("el", "b38-ereader-den-fortizei", "Ελισάβετ Κουτσούκου <elisavet.k@example.gr>", "Ηλεκτρονικός αναγνώστης", "technical", "",
"""Καλημέρα σας,

Ο ηλεκτρονικός αναγνώστης που αγόρασα από το βιβλιοπωλείο σας τον
Δεκέμβριο δεν φορτίζει πλέον. Όταν βάζω το καλώδιο ανάβει για δυο
δευτερόλεπτα το πορτοκαλί λαμπάκι και μετά σβήνει, και η μπαταρία
μένει στο 3%. Δοκίμασα άλλο καλώδιο και άλλο φορτιστή.

Ελισάβετ Κουτσούκου
Λάρισα"""),
("el", "b38-ypotitloi-kathysteroun", "Βασιλης Τζαννετος <v.tzannetos@example.gr>", "Υποτιτλοι", "technical", "",
"""Στο μαθημα 4 και 5 του σεμιναριου φωτογραφιας οι ελληνικοι υποτιτλοι
ερχονται περιπου 10 δευτερολεπτα μετα απο οσα λεει ο εισηγητης. Στα
υπολοιπα μαθηματα ειναι κανονικα. Δοκιμασα σε υπολογιστη και κινητο,
το ιδιο."""),
("el", "b38-gl-geia-efarmogi-vivliothikis-kleinei", "Kyriakos T. <kyriakos.t@example.gr>", "Geia sas", "technical", "",
"""Geia sas, meta thn teleutaia enhmerwsh h efarmogh ths Dhmotikhs
Vivlio8hkhs kleinei monh ths molis thn anoigw, prin kan vgei to
logotypo. Exw Xiaomi me Android 13. Eixa daneistei 2 audiobooks kai
twra den mporw na ta akousw.
Kyriakos"""),
("el", "b38-oxi-epistrofi-piano-aristero-icheio", "Σοφία Γεωργαντά <sofia.georganta@example.gr>", "Ηλεκτρικό πιάνο", "technical", "",
"""Καλησπέρα,

Δεν ζητάω αλλαγή ούτε επιστροφή χρημάτων, το πιάνο μας αρέσει πολύ.
Από την περασμένη εβδομάδα όμως ο ήχος βγαίνει μόνο από το αριστερό
ηχείο. Με ακουστικά ακούγεται κανονικά και από τις δύο πλευρές.
Υπάρχει κάποια ρύθμιση που πατήσαμε κατά λάθος ή πρέπει να το φέρουμε
για έλεγχο;

Σοφία"""),
("el", "b38-kamvas-anevasma-99", "Λευτέρης Δρόσος <lefteris.drosos@example.gr>", "Εκτύπωση και κορνίζα", "technical", "",
"""Προσπαθώ από το πρωί να ανεβάσω μια φωτογραφία για εκτύπωση σε καμβά
με κορνίζα στο site σας και η μπάρα κολλάει στο 99%. Το αρχείο είναι
JPG, 6 MB. Δοκίμασα Firefox και Chrome. Μπορώ να σας τη στείλω με
email;"""),
("el", "b38-gl-app-leei-gemato", "Xristina M. <xristina.m@example.gr>", "kratisi", "technical", "",
"""kalhmera! h efarmogh gia tis krathseis leei oti to vinyasa ths Triths
stis 19:00 einai "plhres" edw kai 3 vdomades, alla h Lina mou eipe oti
erxontai mono 6 atoma kai xwraei 14. Den mporw na kleisw tipota. Mhpws
kati den paei kala me to app?"""),
("el", "b38-enisxytis-kapnos-aithousa", "Σχολή Χορού Κίνηση <info@kinisi-dance.example>", "Ενισχυτής αίθουσας 1", "technical", "high",
"""Καλησπέρα σας,

Ο ενισχυτής που μας τοποθέτησε ο τεχνικός σας στην αίθουσα 1 τον
Σεπτέμβριο, σήμερα το απόγευμα, στη μέση του μαθήματος, άρχισε να
βγάζει λίγο καπνό από τις γρίλιες στο πίσω μέρος και μύριζε καμένο.
Τον κλείσαμε αμέσως και τον βγάλαμε από την πρίζα, τα παιδιά ήταν σε
άλλη αίθουσα. Δεν έγινε κάτι άλλο. Θα θέλαμε να έρθει κάποιος να τον
δει πριν τον ξανανοίξουμε.

Με εκτίμηση,
Αλεξάνδρα Νικολάου"""),
("el", "b38-gl-video-eksafanistikan-foitites", "Stelios Georgiou <stelios@mathimata-kithara.example>", "ta mathimata mou", "technical", "high",
"""Kalhmera,
eimai ekpaideuths sthn platforma sas me to "Ki8ara apo to mhden". Apo
xthes to vrady exw 60+ mhnymata apo foithtes oti vlepoun mono mauro
para8yro me "to periexomeno den einai diathesimo" se ola ta 42 video.
Kapoioi hdh zhtane ta lefta tous pisw kai oi pwlhseis ths evdomadas
einai mhden. Sto dashboard mou ta video fainontai kanonika. Parakalw
koitaxte to shmera.
Stelios Georgiou"""),
("el", "b38-eshop-vivliopoleiou-kamia-paraggelia", "Βιβλιοπωλείο Ο Ναυτίλος <eshop@naftilos-books.example>", "Πληρωμές e-shop", "technical", "high",
"""Καλημέρα,

Από την Πέμπτη το πρωί δεν έχει περάσει ούτε μία παραγγελία στο e-shop
μας. Πελάτες μάς παίρνουν τηλέφωνο ότι φτάνουν μέχρι την πληρωμή,
βάζουν την κάρτα και η σελίδα ξαναγυρνάει στο καλάθι. Μέχρι την Τετάρτη
είχαμε 30-40 παραγγελίες τη μέρα και είμαστε λίγο πριν τις σχολικές
λίστες. Το πρόσθετο πληρωμών είναι το δικό σας.

Παρακαλούμε για άμεσο έλεγχο.
Γιάννης Σαββίδης
Βιβλιοπωλείο Ο Ναυτίλος, Βόλος"""),
("el", "b38-raga-fotismou-reyma", "Αγγελική Ρούσσου <aggeliki@gallery-pleiades.example>", "Ράγα φωτισμού", "technical", "high",
"""Καλησπέρα,

Χθες, καθώς γύριζα ένα από τα σποτ που εγκατέστησε το συνεργείο σας
στη ράγα της μεγάλης αίθουσας, με τίναξε ρεύμα στο χέρι. Δεν έπαθα
κάτι σοβαρό. Το ίδιο συνέβη το πρωί και στη συνεργάτιδά μου, σε άλλο
σποτ. Έχουμε κατεβάσει την ασφάλεια της αίθουσας και την κρατάμε
κλειστή για το κοινό. Την Παρασκευή έχουμε εγκαίνια έκθεσης.

Αγγελική Ρούσσου
Γκαλερί Πλειάδες, Θεσσαλονίκη"""),
("el", "b38-gl-systhma-skor-agwnas-ypeuthynos", "Syllogos Taekwondo Ermis <info@tkd-ermis.example>", "SYSTHMA SKOR", "technical", "high",
"""Kalhspera,
to hlektroniko systhma skor pou agorasame apo esas (8wrakes kai 4
tablet) den syndeetai, ta tablet deixnoun "no sensor found". Ayrio to
prwi exoume panellhnio agwna me 220 a8lhtes kai xwris ayto den ginetai
agwnas. Milhsame 2 fores me to thlefwniko kentro kai mas eipan na
perimenoume. Theloume na milhsoume me kapoion ypeu8yno twra.
Nikos Karras, proedros"""),
("el", "b38-pistoli-thermokollisis-kryo", "Ουρανία Πετράκη <ourania.petraki@example.gr>", "Πιστόλι θερμοκόλλησης", "technical", "",
"""Καλησπέρα, το πιστόλι θερμοκόλλησης που πήρα για τις χειροτεχνίες
του νηπιαγωγείου δεν ζεσταίνεται καθόλου. Ανάβει το λαμπάκι αλλά η
σιλικόνη μένει σκληρή ακόμα και μετά από 15 λεπτά. Το χρησιμοποίησα
δύο φορές όλες κι όλες.
Ουρανία"""),
("el", "b38-gl-re-link-kwdikou-liksei", "Giota Manou <giota.manou@example.gr>", "Re: Aithma 18820", "technical", "",
"""Kalhmera, to ekana opws mou eipate alla to link apo to email leei "o
syndesmos exei lhksei" akoma ki an to pathsw amesws. To dokimasa 3
fores. H kori mou exei online ma8hma solfez thn Pempth kai den mporoume
na mpoume.
Giwta

> Για να ορίσετε νέο κωδικό πατήστε «Ξέχασα τον κωδικό» στη σελίδα
> σύνδεσης και ακολουθήστε τον σύνδεσμο που θα λάβετε με email."""),
("el", "b38-vivliothiki-orario-avgoustou", "Κωνσταντίνα Ρήγα <konstantina.riga@example.gr>", "Ωράριο Αυγούστου", "general", "",
"""Καλημέρα σας, η Δημοτική Βιβλιοθήκη Χαλανδρίου θα είναι ανοιχτή τον
Αύγουστο; Κι αν ναι, με ποιο ωράριο; Θέλω να έρθω με τα παιδιά να
δανειστούν βιβλία για τις διακοπές.
Ευχαριστώ,
Κωνσταντίνα"""),
("el", "b38-gl-eyxaristw-anna-prwino", "Popi Karagianni <popi.karag@example.gr>", "ena megalo eyxaristw", "general", "",
"""Kalhspera,
hthela apla na pw ena megalo eyxaristw sthn Anna pou kanei to prwino
ma8hma ths Deuteras. Meta to xeirourgeio sth mesh eixa kleistei sto
spiti gia mhnes kai me voh8hse na ksanavrw thn empistosynh mou, me
ypomonh kai xamogelo. Twra kanw kai th gefyra!! Na thn prosexete, einai
8hsauros.
Popi"""),
("el", "b38-xechasmeni-zoni-paguri", "Μιχάλης Αλεξίου <michalis.alexiou@example.gr>", "Ξεχάσαμε πράγματα", "general", "",
"""Καλησπέρα, ο γιος μου ο Φώτης (τμήμα 8-10 ετών, Τρίτη-Πέμπτη) ξέχασε
την Πέμπτη στα αποδυτήρια την κίτρινη ζώνη του και ένα μπλε παγούρι με
το όνομά του. Μήπως τα βρήκατε; Θα περάσω αύριο να τα πάρω αν είναι
εκεί.
Μιχάλης"""),
("el", "b38-kyklos-filon-nea-dieuthynsi", "Ευαγγελος Χατζης <evaggelos.chatzis@example.gr>", "Αλλαγη διευθυνσης", "general", "",
"""Καλημερα,
Ειμαι μελος του Κυκλου Φιλων της γκαλερι εδω και χρονια. Μετακομισα
και θα ηθελα να αλλαξετε τη διευθυνση για τις προσκλησεις και το
περιοδικο σε: Αγιου Δημητριου 112, 54632 Θεσσαλονικη. Το κινητο μου
παραμενει ιδιο.
Ευχαριστω,
Ευαγγελος Χατζης"""),
("el", "b38-diagrafi-dedomenon-arthro-17", "Ιφιγένεια Ρωμανού <ifigeneia.romanou@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Δυνάμει του άρθρου 17 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), ζητώ τη διαγραφή του λογαριασμού μου στην εφαρμογή γλωσσικής
ανταλλαγής σας και όλων των προσωπικών δεδομένων που τηρείτε για εμένα,
συμπεριλαμβανομένων των συνομιλιών και των φωτογραφιών προφίλ.
Παρακαλώ επιβεβαιώστε εγγράφως την ολοκλήρωση της διαγραφής.

Το email του λογαριασμού είναι αυτό από το οποίο σας γράφω.

Με εκτίμηση,
Ιφιγένεια Ρωμανού"""),
("el", "b38-gl-xorhgia-giorth-sxoleiou", "Syllogos Goneon 5ou Dim. Irakleiou <sgoneon5@example.gr>", "xorhgia", "general", "",
"""Kalhmera sas,
eimaste o Syllogos Gonewn tou 5ou Dhmotikou Hrakleiou. Sto telos ths
xronias kanoume giorth me zwgrafikh sthn aulh gia 250 paidia kai
psaxnoume xorhgo gia mpogies, xartia kai pinelia. Sas vrhkame san
katasthma eidwn zwgrafikhs ths perioxhs. 8a sas endiefere? Se
antallagh vazoume to logotypo sas sthn afisa kai sto programma.
Me ektimhsh,
Katerina Fragkiadaki, tamias"""),
("el", "b38-parousiasi-vivliou-pempti", "Νίκη Σταματίου <niki.stamatiou@example.gr>", "Παρουσίαση Πέμπτης", "general", "",
"""Καλησπέρα, για την παρουσίαση του νέου μυθιστορήματος της Ελένης
Πάσχου την Πέμπτη στις 8, χρειάζεται να κλείσουμε θέση ή έρχεται όποιος
θέλει; Θα είμαστε τέσσερα άτομα.
Νίκη"""),
("el", "b38-ypalliloi-kinito-marousi", "Φωτεινη Β. <foteini.v@example.gr>", "Σχολιο για την εξυπηρετηση", "general", "",
"""Καλησπερα,
Δεν θελω να γινει θεμα, απλα να το ξερετε. Χθες στο βιβλιοπωλειο σας
στο Μαρουσι ρωτησα μια υπαλληλο αν εχετε ενα βιβλιο μαγειρικης και μου
απαντησε χωρις να σηκωσει το κεφαλι απο το κινητο "κοιτα μονη σου στα
ραφια". Ημουν με το μωρο στο καροτσι. Δεν ειναι αυτη η εξυπηρετηση που
ειχα συνηθισει απο εσας.
Φωτεινη Β."""),
("el", "b38-kathigitria-pianou-diefthyntis", "Ανδρέας Κολοκοτρώνης <andreas.kolok@example.gr>", "Συμπεριφορά καθηγήτριας πιάνου", "general", "high",
"""Κύριε διευθυντά,

Η κόρη μου, 11 ετών, γύρισε χθες από το μάθημα πιάνου κλαίγοντας. Η
καθηγήτριά της είπε μπροστά σε άλλους γονείς ότι «είναι χαμένη
υπόθεση» και ότι «κρίμα τα λεφτά των γονιών της». Δεν είναι η πρώτη
φορά που μας μεταφέρει τέτοια σχόλια.

Ζητώ να συναντηθούμε με εσάς προσωπικά μέσα στην εβδομάδα. Μέχρι τότε
η κόρη μου δεν θα κάνει μάθημα με τη συγκεκριμένη καθηγήτρια.

Ανδρέας Κολοκοτρώνης"""),
("el", "b38-gl-spasmeno-skalopati-vivliothikis", "Lefteris Ch. <lefteris.ch@example.gr>", "skalopati eisodou", "general", "high",
"""Kalhmera, sthn eisodo ths vivlio8hkhs sthn odo Korin8ou to deutero
skalopati exei spasei sthn akrh kai kounietai to marmaro. Shmera h
mhtera mou (78) paraligo na pesei, thn epiase enas kyrios apo pisw.
Ekei pernane ka8e mera hlikiwmenoi kai paidia gia thn wra tou
paramythiou. Valte toulaxiston mia tainia h mia pinakida mexri na
ftiaxtei.
Lefteris"""),
("el", "b38-den-afora-pliromi-tango", "Ζωή Παπαναστασίου <zoi.papanastasiou@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα! Δεν αφορά πληρωμή ή κάτι τέτοιο. Θα ήθελα να μάθω αν η
σχολή σας έχει τμήμα αργεντίνικου τάνγκο για αρχάριους ενήλικες και αν
χρειάζεται να έρθουμε ζευγάρι ή μπορώ να έρθω μόνη μου.
Ζωή"""),
("el", "b38-gl-paradosi-sto-periptero", "Babis T. <babis.tsol@example.gr>", "paraggelia 30417", "general", "",
"""geia sas, gia thn paraggelia me ta vivlia (30417): douleuw olh mera
kai to koudouni mou den doulevei. an ginetai o kourieris na to afhsei
sto periptero ston diplano ari8mo, ston kyrio Vaggelh, ton exw
enhmerwsei. eyxaristw!"""),
("el", "b38-epeigon-episkepsi-gymnasiou", "Μαρίνα Δεληγιάννη <m.deligianni@example.gr>", "ΕΠΕΙΓΟΝ", "general", "",
"""ΕΠΕΙΓΟΝ!!! Καλημέρα, είμαι εκπαιδευτικός στο 3ο Γυμνάσιο Λάρισας και
πρέπει να δώσω μέχρι αύριο στη διεύθυνση το πρόγραμμα της
εκπαιδευτικής επίσκεψης. Δέχεστε σχολικές ομάδες (25 μαθητές) την
Τρίτη 14/11 το πρωί, και γίνεται ξενάγηση στην έκθεση χαρακτικής;
Μαρίνα Δεληγιάννη"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b38-baile-baja-mudanza-zaragoza", "Rocío Almagro <rocio.almagro@example.es>", "Lucía - Danza moderna", "billing", "",
"""Hola Marta:

Te escribo para contarte que a finales de mes nos vamos a vivir a
Zaragoza por el trabajo de mi marido, así que Lucía deja las clases de
danza moderna de los martes y jueves. Por favor, que no se pase el
recibo de 42 € de diciembre ni los siguientes.

Muchísimas gracias por estos tres años, ha aprendido un montón.
Un abrazo,
Rocío"""),
("es", "b38-curso-cobrado-en-dolares", "Héctor Villaseñor <hector.villasenor@example.com.mx>", "Cobro en dólares", "billing", "",
"""Buenas tardes,

Compré el curso de ilustración digital en su plataforma y en la página
el precio aparecía en pesos, $899 MXN. En mi estado de cuenta el cargo
salió en dólares (US$52.40) y mi banco me cobró además una comisión por
compra en el extranjero de $38. Quisiera que me reembolsen esa
comisión, porque yo pagué en pesos según su página.

Saludos,
Héctor Villaseñor
Guadalajara, Jal."""),
("es", "b38-premium-anual-a-mensual", "Florencia Ibarra <flor.ibarra@example.com.ar>", "plan anual", "billing", "",
"""Hola! Hace dos semanas me pasé al plan Premium anual de la app
(ARS 38.000) pensando que me iba a servir para el viaje a Italia, pero
se suspendió el viaje. ¿Puedo pasarme al plan mensual y que me
devuelvan la diferencia? Uso la app igual, eh, me encanta, pero no
quiero tener tanta plata metida en un año.
Gracias!
Flor"""),
("es", "b38-factura-nif-colegio", "Secretaría CEIP Los Almendros <secretaria@ceiplosalmendros.example>", "Pedido de lecturas 2º ciclo", "billing", "",
"""Buenos días:

El martes recogimos en su librería las 48 unidades de lecturas para el
segundo ciclo (importe 412,80 €). Necesitamos factura a nombre del
centro para justificar el gasto ante la Consejería, no nos sirve el
ticket. Datos:

CEIP Los Almendros
NIF Q-2800000-X
C/ Olivo, 7 - 28850 Torrejón de Ardoz (Madrid)

Un saludo,
Pilar Garrido, secretaria"""),
("es", "b38-guitarra-pagar-nequi", "Juan Camilo Restrepo <jcrestrepo@example.com.co>", "Pagos clases de guitarra", "billing", "",
"""Buenas noches, muy amable.

Mi hija Valentina empieza la otra semana las clases de guitarra de los
sábados. La mensualidad es de $180.000, ¿me confirma si se puede pagar
por Nequi o por PSE? No manejo efectivo y la sede de Laureles me queda
lejos para ir a pagar.

Quedo atento,
Juan Camilo Restrepo"""),
("es", "b38-pinceles-cambio-sin-tildes", "Alvaro Pineda <alvaro.pineda@example.es>", "Pedido 88213", "billing", "",
"""Buenas, me llego ayer el pedido y el juego de pinceles es de pelo
sintetico, yo pedi el de marta (el de 34,90). Esta sin abrir. Me lo
podeis cambiar o prefiero devolverlo y que me devolvais el dinero,
como os venga mejor. Gracias
Alvaro"""),
("es", "b38-yoga-pausa-intercambio-lisboa", "Josefa Carrasco <josefa.carrasco@example.cl>", "Mi plan", "billing", "",
"""Hola, ¿cómo están?

Me voy de intercambio a Lisboa por el semestre (¡por fin salió la
beca!), así que de marzo a julio no voy a poder ir al estudio. ¿Se
puede congelar el plan ilimitado de $45.000 mientras estoy afuera y
retomarlo en agosto? No quiero darlo de baja porque me costó harto
conseguir cupo en la clase de las 7.

Gracias!!
Jose"""),
("es", "b38-galeria-senal-reembolsable", "Ignacio Luque <ignacio.luque@example.es>", "Reserva de obra", "billing", "",
"""Buenas tardes,

Me interesa el óleo grande de la exposición de Carmen Vidal ("Marea
baja", 2.400 €). Antes de decidirme me gustaría enseñárselo a mi
pareja, que está de viaje hasta el día 20. ¿Podéis reservármelo con
una señal? Y si al final no nos lo quedamos, ¿se devuelve la señal?

Gracias,
Ignacio Luque"""),
("es", "b38-dojo-inscripcion-doble", "Mariana Solís <mariana.solis@example.com.mx>", "Inscripción Santiago", "billing", "",
"""Hola buenas tardes, inscribí a mi hijo Santiago al taller de karate
de los miércoles en el dojo de Coyoacán y me llegaron dos cargos de
inscripción de $650 en la tarjeta, el mismo día con dos minutos de
diferencia. Solo es un niño jaja. ¿Me pueden regresar uno? Gracias"""),
("es", "b38-app-bien-cobro-raro", "Sergio Beltrán <sergio.beltran@example.es>", "Cargo de 14,99", "billing", "",
"""La aplicación funciona perfecta, no es eso. Lo que no entiendo es por
qué este mes me habéis cobrado 14,99 € si yo tengo el plan Básico de
6,99 €. No he cambiado nada. ¿Me lo podéis mirar?"""),
("es", "b38-enmarcado-contracargo-consumo", "Amparo Soler <amparo.soler@example.es>", "Enmarcado pagado y no entregado", "billing", "high",
"""Buenos días:

El 12 de septiembre pagué por adelantado 140 € por enmarcar dos
grabados en su tienda de Ruzafa (tengo el justificante del datáfono).
Me dijeron que estarían en dos semanas. Han pasado dos meses, he ido
cuatro veces y siempre "la semana que viene". Ya no quiero los marcos:
quiero mis grabados y mi dinero.

Si el viernes no tengo la devolución, pediré el contracargo a mi banco
y pondré una reclamación en la Oficina Municipal de Información al
Consumidor.

Amparo Soler"""),
("es", "b38-curso-defensa-consumidor", "Martín Quiroga <martin.quiroga@example.com.ar>", "Reembolso curso de fotografía - URGENTE", "billing", "high",
"""Buenas. Compré el curso de fotografía de producto ($54.990) el 1 de
este mes y a los 3 días pedí el arrepentimiento porque el contenido no
es para nada lo que dice la descripción. En la web tienen el "botón de
arrepentimiento" y lo usé. Nadie contesta.

Tienen 5 días hábiles para devolverme la plata. Si no, hago la denuncia
en Defensa del Consumidor y que lo resuelvan ahí.

Martín Quiroga
CABA"""),
("es", "b38-musica-anualidad-profeco-gerente", "Leticia Paredes <leticia.paredes@example.com.mx>", "Cobro de anualidad completa", "billing", "high",
"""Buenas tardes.

Al inscribir a mis dos hijos en la escuela de música me dijeron que se
pagaba mes a mes. Hoy me aparece en la tarjeta un cargo de $14,400, la
anualidad completa de los dos, que yo nunca autoricé. En recepción me
dicen que "así es el sistema" y que no pueden hacer nada.

Quiero hablar con el gerente o con el director de la escuela, y si no
me reembolsan la diferencia voy a poner la queja en PROFECO.

Leticia Paredes"""),
("es", "b38-suscripcion-libros-residencia", "Concepción Ferrer <concha.ferrer@example.es>", "Suscripción de mi madre", "billing", "",
"""Buenas tardes:

Mi madre, Remedios Ferrer, tiene contratada con ustedes la caja mensual
de novela histórica. Desde este mes vive en una residencia y ya apenas
puede leer por la vista, así que no tiene sentido seguir recibiendo
libros. ¿Pueden anularla para que no se le cobre más? La cuenta está a
su nombre y el correo es el mío.

Muchas gracias,
Concha Ferrer"""),
("es", "b38-app-idiomas-sin-notificaciones", "Nuria Camps <nuria.camps@example.es>", "Notificaciones", "technical", "",
"""Hola, desde hace una semana no me llega ninguna notificación de la app
cuando mis compañeros de intercambio me escriben. Me entero al abrirla y
ya han pasado horas. Tengo los permisos activados y no estoy en modo
ahorro. Android 14, Samsung. ¿Os pasa con más gente?"""),
("es", "b38-tarea-no-sube-error-413", "Diego Arrieta <diego.arrieta@example.com.mx>", "No puedo entregar la tarea", "technical", "",
"""Qué tal, estoy en el curso de After Effects y al subir la tarea del
módulo 3 (un video de 180 MB, el límite dice 500 MB) me sale "Error 413"
y no se sube. Ya lo intenté desde dos computadoras. La fecha de entrega
es el domingo."""),
("es", "b38-consulta-lector-biblioteca-cuelga", "Gabriela Ortiz <gabriela.ortiz@example.com.ar>", "Consulta", "technical", "",
"""Hola, buen día. Tengo carnet de la biblioteca y saco libros digitales
por la app. Desde la semana pasada, cuando paso de página en cualquier
libro, la app se queda colgada unos segundos y después se cierra sola.
Tengo una tablet Lenovo. ¿Saben si es algo de la app?
Gracias, Gaby"""),
("es", "b38-pedal-sustain-no-responde", "Jordi Roca <jordi.roca@example.es>", "Teclado", "technical", "",
"""Hola, el pedal de sustain del teclado que compramos en la escuela de
musica en octubre no hace nada. Las notas se cortan igual con el pedal
pisado. Lo he probado en los dos conectores de atras y con otro pedal
de un amigo y tampoco. El resto del teclado va bien."""),
("es", "b38-no-reembolso-audio-salsa", "Natalia Cárdenas <natalia.cardenas@example.com.co>", "Clases grabadas", "technical", "",
"""Buenas tardes, no estoy pidiendo reembolso ni nada de eso, las clases
me encantan. Lo que pasa es que en las clases grabadas de salsa caleña
nivel 2 el audio va como un segundo adelantado a la imagen, y así es
imposible seguir los pasos con la música. En nivel 1 no pasa. ¿Lo
pueden revisar?

Mil gracias,
Natalia"""),
("es", "b38-web-galeria-error-500", "Pablo Herrero <pablo.herrero@example.es>", "Entradas exposición", "technical", "",
"""Buenas, intento comprar dos entradas para la visita guiada del
sábado a la exposición de fotografía y al darle a "Continuar" la web
me da "Error 500 - Internal Server Error". Lo he intentado desde el
móvil y desde el ordenador."""),
("es", "b38-reloj-no-sincroniza-yoga", "Catalina Fuentes <catalina.fuentes@example.cl>", "app y reloj", "technical", "",
"""Hola! La app del estudio dejó de sincronizar con mi reloj, las clases
que hago no aparecen en el historial desde el viernes. Ya desvinculé y
volví a vincular el reloj. Antes funcionaba perfecto."""),
("es", "b38-calefactor-chispas-estudio", "Estudio de Danza Alba <hola@estudioalba.example>", "Calefactor comprado en noviembre", "technical", "high",
"""Buenas tardes:

Os escribimos por uno de los tres calefactores cerámicos que nos
vendisteis en noviembre para las salas. Esta mañana, al encenderlo,
ha soltado un par de chispas por la rejilla de abajo y ha empezado a
oler a plástico quemado. Lo hemos apagado y desenchufado enseguida y
ya está fuera de la sala. Los otros dos funcionan normal, pero por si
acaso tampoco los estamos usando.

¿Nos decís cómo procedemos?

Un saludo,
Elena Marín"""),
("es", "b38-salas-grupo-200-alumnos", "Coordinación Académica <coordinacion@idiomasnorte.example>", "Salas de conversación", "technical", "high",
"""Buenos días,

Somos una academia de idiomas en Monterrey y damos todas las sesiones de
conversación en las salas grupales de su aplicación. Desde las 8 de la
mañana ningún alumno puede entrar a las salas, se queda cargando y
luego sale "sala no disponible". Hoy se han caído 14 sesiones, más de
200 alumnos sin clase, y los profesores están esperando sin poder hacer
nada. Tenemos alumnos con examen de certificación la próxima semana.

Les agradeceré que lo revisen cuanto antes.

Lic. Adriana Treviño
Coordinación Académica"""),
("es", "b38-libreria-caja-no-emite-tickets", "Librería El Aleph <libreria@elaleph-libros.example>", "sistema", "technical", "high",
"""Hola, escribo desde la librería de Palermo. Desde que abrimos, el
sistema que nos proveen no emite los tickets ni las facturas, queda
"procesando" y nunca termina. Tenemos cola de gente en la caja con los
libros en la mano, ya se fueron varios, y es sábado de feria. Por
favor llámennos al local urgente: 11 4000-1234.

Ezequiel"""),
("es", "b38-portal-bloquea-tercera-vez-supervisor", "Raquel Gil <raquel.gil@example.es>", "Tercera vez", "technical", "high",
"""Es la tercera vez en un mes que el portal de alumnos me bloquea la
cuenta "por seguridad" sin motivo, y cada vez tardáis cuatro días en
desbloquearla. Estoy a mitad del curso de monitora de yoga y me quedan
dos semanas para el examen final.

No quiero otra respuesta automática. Quiero hablar con un supervisor
o con alguien responsable de soporte que me explique por qué pasa esto.

Raquel Gil"""),
("es", "b38-lampara-dibujo-corriente", "Andrés Felipe Moreno <af.moreno@example.com.co>", "Lámpara de mesa", "technical", "high",
"""Hola. La lámpara de brazo para dibujo que les compré hace un mes da
corriente cuando uno toca la base metálica con la lámpara encendida.
No es fuerte, pero se siente el corrientazo en los dedos, y a mi
hermana le pasó lo mismo. Ya la desconecté y la guardé. Es la de 60 cm
con lupa.

Andrés Felipe"""),
("es", "b38-re-incidencia-iniciar-sesion", "Montserrat Vila <montse.vila@example.es>", "Re: Incidencia 7781", "technical", "",
"""Hola de nuevo. He borrado las cookies y probado en otro navegador como
me dijisteis y sigue igual: meto usuario y contraseña, la página se
recarga y vuelve a pedírmelos.

Montse

> Hola, Montserrat:
> Prueba a borrar las cookies del navegador o a entrar desde otro
> navegador y nos cuentas si el problema persiste.
> Un saludo, Equipo de Soporte"""),
("es", "b38-biblioteca-horario-semana-santa", "Encarnación Ruiz <encarni.ruiz@example.es>", "Semana Santa", "general", "",
"""Buenos días, ¿la biblioteca municipal abre el Jueves y el Viernes
Santo? Quería ir con mi nieto a devolver unos cuentos y a sacar otros.
Gracias.
Encarni Ruiz"""),
("es", "b38-gracias-maestra-folklorico", "Guadalupe Hernández <lupita.hernandez@example.com.mx>", "Muchas gracias", "general", "",
"""Buenas noches,

Solo quería agradecerle a la maestra Rosario por el festival del
sábado. Las niñas de folklórico se vieron preciosas con sus vestidos de
Jalisco y se notaba todo lo que ensayaron. Mi hija no deja de hablar de
eso. Se ve que la maestra les tiene muchísima paciencia y cariño.

Dios la bendiga,
Lupita Hernández"""),
("es", "b38-abanico-olvidado-milonga", "Silvina Romero <silvina.romero@example.com.ar>", "Me olvidé algo", "general", "",
"""Hola chicos! El jueves en la práctica de tango me olvidé un abanico
negro de encaje, creo que quedó en la silla al lado del equipo de
música. Tiene valor sentimental porque era de mi abuela. ¿Lo vieron?
Paso el jueves que viene a buscarlo.
Besos, Silvina"""),
("es", "b38-judo-cambio-telefono-domicilio", "Fernando Castaño <fernando.castano@example.es>", "Cambio de datos", "general", "",
"""Buenas tardes,

Os escribo para actualizar los datos de mi hijo, Hugo Castaño (judo
infantil, martes y jueves). Nuevo domicilio: C/ Pintor Sorolla 23, 3ºB,
46930 Quart de Poblet. Nuevo teléfono de contacto: 600 123 456. El
correo sigue siendo este.

Gracias,
Fernando"""),
("es", "b38-rgpd-supresion-plataforma", "Beatriz Montero Salas <beatriz.montero@example.es>", "Ejercicio del derecho de supresión", "general", "",
"""Muy señores míos:

Al amparo del artículo 17 del Reglamento (UE) 2016/679, solicito la
supresión de todos mis datos personales tratados por su plataforma de
cursos en línea, incluidos el historial de compras y de navegación, y
que dejen de enviarme comunicaciones comerciales.

Les ruego me confirmen por escrito la supresión en el plazo legal de
un mes.

Atentamente,
Beatriz Montero Salas
DNI 12345678-Z"""),
("es", "b38-patrocinio-festival-danza-escolar", "Centro de Padres Colegio San Esteban <cpadres@sanesteban.example>", "Festival de danza", "general", "",
"""Estimados:

Junto con saludar, les escribo del Centro de Padres del Colegio San
Esteban de Concepción. En noviembre hacemos nuestro festival anual de
danza, con unas 400 personas de público, y estamos buscando auspiciadores
para los premios de los cursos. ¿Les interesaría participar? A cambio
pondríamos su logo en el programa y en el lienzo del escenario.

Quedo atenta a su respuesta,
Paula Sepúlveda
Tesorera"""),
("es", "b38-club-lectura-cupo", "Carolina Mejía <carolina.mejia@example.com.co>", "Club de lectura de los jueves", "general", "",
"""Hola, buenas tardes. Quisiera saber si todavía hay cupo en el club de
lectura de los jueves en la librería, y cuál es el libro de este mes
para irlo leyendo. Sería mi primera vez.
Muchas gracias,
Carolina"""),
("es", "b38-dependiente-borde-libreria", "Irene Castillo <irene.castillo@example.es>", "Mi visita del sábado", "general", "",
"""Hola:

El sábado pregunté en vuestra librería de la calle Mayor por un libro
de texto de mi hija y el dependiente me contestó de muy malas formas
que "eso se mira en la web, que para eso está" y se dio la vuelta. No
busco nada en concreto, solo que lo sepáis, porque siempre había
comprado allí a gusto.

Irene"""),
("es", "b38-recepcionista-humillo-madre-duena", "Verónica Salgado <veronica.salgado@example.com.mx>", "Trato inaceptable en recepción", "general", "high",
"""Buenas tardes.

Ayer acompañé a mi mamá, de 67 años, a su primera clase de yoga en su
estudio de la colonia Roma. La recepcionista, delante de otras
alumnas, le dijo que "esta clase no es para personas de su talla" y que
mejor buscara algo "más suave". Mi mamá salió llorando.

Exijo hablar directamente con la dueña del estudio. Esto no se puede
quedar así.

Verónica Salgado"""),
("es", "b38-estanteria-suelta-infantil", "Lucía Benítez <lucia.benitez@example.com.ar>", "Estantería sección chicos", "general", "high",
"""Hola, ayer estuve en la librería de Rosario con mis hijos y en la
sección infantil la estantería alta del rincón está suelta de la
pared: cuando un nene se colgó de un estante se balanceó para adelante
y casi se viene abajo. Una vendedora la empujó de vuelta contra la
pared, pero sigue igual. Ahí están siempre los chicos sentados en el
piso leyendo. Avisen para que la aseguren.
Lucía"""),
("es", "b38-hola-talleres-acuarela", "Teresa Pons <teresa.pons@example.es>", "Hola", "general", "",
"""Hola, ¿hacéis talleres de acuarela para adultos en la tienda? Vi un
cartel hace tiempo pero no me acuerdo de los días. Soy jubilada y
tengo las mañanas libres.
Teresa"""),
("es", "b38-entrega-caseta-vigilancia", "Ricardo Zamora <ricardo.zamora@example.com.mx>", "Pedido 40922", "general", "",
"""Que tal, para el pedido 40922 (los libros de la escuela), vivo en un
fraccionamiento cerrado. Si no estoy, por favor que el repartidor deje
el paquete en la caseta de vigilancia con el guardia, ya están
avisados. Casa 14, Privada Los Pinos. Gracias."""),
("es", "b38-no-pagos-certificado-valido", "Rosa Huamán <rosa.huaman@example.pe>", "Duda sobre el curso", "general", "",
"""Buenas tardes, no es sobre pagos. Quería saber si el certificado del
curso de fotografía que ofrecen tiene valor curricular o si es solo un
diploma de participación. Es para presentarlo en un concurso público
aquí en Lima.
Saludos cordiales,
Rosa Huamán"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b38-karnet-joga-kolano-zawieszenie", "Agnieszka Wilk <agnieszka.wilk@example.pl>", "Karnet", "billing", "",
"""Dzień dobry,

w sobotę na nartach zerwałam więzadło w kolanie i ortopeda zabronił mi
ćwiczyć przez co najmniej dwa miesiące. Czy mogę zawiesić karnet open
(189 zł miesięcznie) od lutego do końca marca, tak żeby nie pobierać
opłat? Mam zaświadczenie od lekarza, mogę przesłać.

Pozdrawiam serdecznie,
Agnieszka Wilk"""),
("pl", "b38-kurs-faktura-vat-nip", "Michał Duda <michal.duda@dudait.example>", "Faktura", "billing", "",
"""Dzień dobry,
kupiłem wczoraj na platformie kurs "Python dla analityków" za 399 zł,
ale system wystawił paragon na osobę prywatną. Potrzebuję faktury VAT
na firmę:
DUDA IT Michał Duda
NIP 123-456-78-90
ul. Półwiejska 12/4, 61-885 Poznań
Z góry dziękuję,
Michał Duda"""),
("pl", "b38-bon-ksiegarnia-online", "Jadwiga Sobczak <jadwiga.sobczak@example.pl>", "Bon podarunkowy", "billing", "",
"""Szanowni Państwo,

dostałam od wnuczki na imieniny bon do Państwa księgarni na 150 zł.
Niestety nie mam w okolicy sklepu stacjonarnego (mieszkam w Sandomierzu).
Czy tym bonem można zapłacić w sklepie internetowym, a jeżeli tak, to
gdzie się wpisuje numer?

Z poważaniem,
Jadwiga Sobczak"""),
("pl", "b38-corka-woli-konie-bez-ogonkow", "Tomasz Jablonski <tomasz.jablonski@example.pl>", "Zuzia - balet", "billing", "",
"""Dzien dobry,
Zuzia po wakacjach oznajmila, ze balet to nie dla niej i od wrzesnia
jezdzi konno. Prosze wiec nie pobierac juz z konta oplaty 160 zl za
pazdziernik i kolejne miesiace. Dziekujemy Pani Ewie za dwa lata
cierpliwosci :)
Tomasz Jablonski"""),
("pl", "b38-gitara-blik-raty", "Kacper Zieliński <kacper.zielinski@example.pl>", "płatność za lekcje", "billing", "",
"""Hej, chcę się zapisać na pakiet 10 lekcji gitary elektrycznej za
900 zł. Da się zapłacić BLIKiem? I czy można to rozbić na 2-3 raty,
bo jestem studentem i całość na raz to dla mnie sporo. Dzięki!
Kacper"""),
("pl", "b38-blejtramy-zly-rozmiar-zwrot", "Renata Kaczmarek <renata.kaczmarek@example.pl>", "Zamówienie 66130", "billing", "",
"""Dzień dobry, zamówiłam 5 blejtramów 50x70, a przyszły 50x60. Są
zafoliowane, nieotwierane. Wolałabym wymianę na właściwy rozmiar niż
zwrot pieniędzy. Jak mam je odesłać i czy ponoszę koszt przesyłki?
Renata"""),
("pl", "b38-aplikacja-dwa-razy-4999", "Paweł Nowicki <pawel.nowicki@example.pl>", "Podwójna płatność", "billing", "",
"""Dzień dobry, przy przedłużaniu Premium w aplikacji zostałem obciążony
dwa razy po 49,99 zł (16.01, godz. 21:03 i 21:04). Konto Premium mam
jedno. Proszę o zwrot jednej kwoty.
Paweł Nowicki"""),
("pl", "b38-kara-biblioteka-dwa-razy", "Halina Czarnecka <halina.czarnecka@example.pl>", "Opłata za przetrzymanie", "billing", "",
"""Dzień dobry,

w środę zapłaciłam przez internet karę za przetrzymanie książek,
12,60 zł. W piątek w filii na Zabłociu pani bibliotekarka powiedziała,
że w systemie nadal wisi, więc zapłaciłam drugi raz gotówką. Teraz na
koncie czytelnika mam nadpłatę. Czy mogę odebrać te pieniądze, czy
zostaną na przyszłość?

Halina Czarnecka"""),
("pl", "b38-rama-piekna-paragon-260", "Bartosz Wróbel <bartosz.wrobel@example.pl>", "Rama do plakatu", "billing", "",
"""Rama wyszła świetnie, nic jej nie brakuje - zawisła już w salonie.
Piszę tylko w sprawie paragonu: przy zamówieniu pan wycenił ramę z
passe-partout na 230 zł, a przy odbiorze zapłaciłem kartą 260 zł.
Zauważyłem dopiero w domu. Skąd ta różnica?"""),
("pl", "b38-odp-galeria-zaliczka-rezerwacja", "Magdalena Sikora <magdalena.sikora@example.pl>", "Odp: Obraz \"Wisła o świcie\"", "billing", "",
"""Dzień dobry Pani Anno,

bardzo dziękuję za szybką odpowiedź. Zdecydowaliśmy się - proszę o
rezerwację. Na jaki numer konta przelać zaliczkę 30% i co wpisać w
tytule? Resztę zapłacimy przy odbiorze w grudniu.

Magdalena Sikora

> Dzień dobry,
> obraz "Wisła o świcie" (olej, 80x100) jest nadal dostępny, cena
> 4 800 zł. Możemy go zarezerwować po wpłacie zaliczki 30%.
> Anna Kowal, Galeria Pod Arkadami"""),
("pl", "b38-karate-chargeback-po-rezygnacji", "Robert Mazur <robert.mazur@example.pl>", "SKŁADKI", "billing", "high",
"""W czerwcu złożyłem w klubie pisemną rezygnację z zajęć syna (mam
kopię z pieczątką). Mimo to we wrześniu, październiku i listopadzie
ściągnęliście z mojej karty po 140 zł. Trzy maile bez odpowiedzi.

Jeśli do piątku nie dostanę zwrotu 420 zł, zgłaszam w banku
reklamację transakcji (chargeback) i sprawa będzie załatwiona bez was.

Robert Mazur"""),
("pl", "b38-kurs-odstapienie-rzecznik", "Ewelina Pawlak <ewelina.pawlak@example.pl>", "Odstąpienie od umowy - kurs UX", "billing", "high",
"""Szanowni Państwo,

10 maja kupiłam kurs "Projektowanie UX od podstaw" (1 290 zł).
13 maja, nie uruchomiwszy żadnej lekcji, złożyłam oświadczenie o
odstąpieniu od umowy przez formularz na Państwa stronie. Do dziś nie
otrzymałam zwrotu ani żadnej odpowiedzi, mimo ustawowego terminu 14
dni.

Informuję, że jeżeli zwrot nie wpłynie w ciągu 7 dni, zwrócę się do
miejskiego rzecznika konsumentów i zgłoszę sprawę do UOKiK.

Z poważaniem,
Ewelina Pawlak"""),
("pl", "b38-szkola-muzyczna-semestr-dyrektor", "Krystyna Lis <krystyna.lis@example.pl>", "Opłata za semestr", "billing", "high",
"""Dzień dobry,

mój syn zrezygnował z lekcji fortepianu po pierwszym miesiącu, zgodnie
z regulaminem z miesięcznym wypowiedzeniem. Sekretariat naliczył nam
jednak opłatę za cały semestr, 1 800 zł, i twierdzi, że "tak działa
system". Regulamin mówi co innego.

Proszę o kontakt dyrektora szkoły, nie sekretariatu. Tel. 601 234 567.

Krystyna Lis"""),
("pl", "b38-logowanie-apple-petla", "Oliwer Kamiński <oliwer.kaminski@example.pl>", "nie mogę się zalogować", "technical", "",
"""Cześć, od wczoraj przy logowaniu przez Apple aplikacja pokazuje
kręciołek, potem wraca do ekranu startowego i tak w kółko. Reinstalacja
nie pomogła. iPhone 14, iOS aktualny. Mam umówioną rozmowę z
partnerką z Hiszpanii na wieczór :("""),
("pl", "b38-film-zacina-lekcja-5", "Grzegorz Adamczyk <grzegorz.adamczyk@example.pl>", "Lekcja 5", "technical", "",
"""Dzien dobry, w kursie fotografii lekcja 5 (swiatlo zastane) zawsze
zacina sie na 2:14 i dalej juz nie idzie, nawet jak przewine do
przodu. Inne lekcje dzialaja. Sprawdzalem na laptopie i telefonie.
Grzegorz"""),
("pl", "b38-czytnik-ekran-zostaja-slady", "Beata Krawczyk <beata.krawczyk@example.pl>", "Czytnik", "technical", "",
"""Dzień dobry,

czytnik e-booków kupiony w Państwa księgarni w listopadzie od kilku
dni zostawia na ekranie ślady poprzednich stron - tekst nakłada się na
siebie i trudno czytać. Pełne odświeżanie ustawione, restart robiłam.
Czy to kwalifikuje się do reklamacji?

Beata Krawczyk"""),
("pl", "b38-katalog-rezerwacja-blad", "Marek Szymański <marek.szymanski@example.pl>", "Katalog", "technical", "",
"""Przy próbie zarezerwowania książki w katalogu online biblioteki
wyskakuje "Błąd: nieprawidłowy numer karty", choć numer jest dobry -
tym samym numerem logowałem się chwilę wcześniej. Próbowałem z kilkoma
różnymi książkami."""),
("pl", "b38-dzien-dobry-kalendarz-zla-godzina", "Natalia Kowalczyk <natalia.kowalczyk@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry, od zmiany czasu aplikacja studia pokazuje wszystkie
zajęcia godzinę wcześniej niż są w rzeczywistości - dziś przyszłam na
jogę o 17:00, a zajęcia zaczynały się o 18:00. U koleżanki to samo.
Pozdrawiam, Natalia"""),
("pl", "b38-nie-zwrot-pianino-sluchawki", "Andrzej Pietrzak <andrzej.pietrzak@example.pl>", "Pianino cyfrowe", "technical", "",
"""Dzień dobry,

nie chodzi mi o zwrot pieniędzy ani wymianę, pianino jest bardzo
dobre. Problem w tym, że po podłączeniu słuchawek nie słychać nic -
ani w słuchawkach, ani z głośników. Słuchawki działają z telefonem.
Córka ćwiczy wieczorami, a mieszkamy w bloku, więc bez słuchawek
ciężko.

Andrzej Pietrzak"""),
("pl", "b38-odp-zgloszenie-koszyk-sie-czysci", "Joanna Michalak <joanna.michalak@example.pl>", "Odp: Zgłoszenie 55102", "technical", "",
"""Wyczyściłam pamięć przeglądarki, tak jak Państwo radzili, i dalej to
samo: dodaję farby do koszyka, przechodzę do dostawy i koszyk jest
pusty. Próbowałam też na telefonie.

Joanna

> Dzień dobry, prosimy o wyczyszczenie pamięci podręcznej przeglądarki
> i ponowną próbę. Jeżeli problem się powtórzy, prosimy o informację.
> Zespół sklepu Paleta"""),
("pl", "b38-lampa-sztalugowa-iskrzy", "Wiesław Kozłowski <wieslaw.kozlowski@example.pl>", "Lampa LED do sztalugi", "technical", "high",
"""Dzień dobry,

chciałem zgłosić, że lampa LED na klips do sztalugi, kupiona u Państwa
w październiku, wczoraj przy włączaniu zaiskrzyła w miejscu, gdzie
kabel wchodzi do zasilacza, i poczułem swąd palonej izolacji. Odłączyłem
ją od prądu i już nie używam. Zasilacz jest w tym miejscu lekko
nadtopiony.

Pozdrawiam,
Wiesław Kozłowski"""),
("pl", "b38-system-zapisow-kursanci-przychodza", "Szkoła Tańca Rytm <biuro@rytm-taniec.example>", "Zapisy", "technical", "high",
"""Dzień dobry,

od poniedziałku Państwa system zapisów wysyła naszym kursantom
przypomnienia o zajęciach ze starego grafiku. Wczoraj wieczorem
kilkanaście osób przyszło na salsę, której w tym dniu nie ma, a na
bachatę nie przyszedł nikt. Mamy około 400 aktywnych kursantów i
telefon w recepcji dzwoni bez przerwy. W panelu grafik jest poprawny.

Prosimy o pilny kontakt.
Karolina Wójcik
Szkoła Tańca Rytm, Łódź"""),
("pl", "b38-terminal-galeria-wernisaz", "Galeria Nowa Przestrzeń <kontakt@nowaprzestrzen.example>", "terminal", "technical", "high",
"""Dzień dobry, terminal płatniczy, który od Was dzierżawimy, od rana
pokazuje "brak połączenia z hostem". Dziś o 18:00 mamy wernisaż i
sprzedaż prac, spodziewamy się ponad 150 osób, a nie mamy jak przyjąć
płatności kartą. Restart i inny kabel nic nie dały. Bardzo proszę o
telefon: 512 345 678.
Łukasz Wojciechowski"""),
("pl", "b38-mata-podgrzewana-przypalona", "Dorota Jankowska <dorota.jankowska@example.pl>", "Mata do jogi z podgrzewaniem", "technical", "high",
"""Dzień dobry,

podgrzewana mata do jogi, którą kupiłam w Państwa sklepie przy studiu,
przy ostatnim użyciu zrobiła się w jednym rogu bardzo gorąca. Po
zwinięciu zobaczyłam brązową, przypaloną plamę i czuć było spaleniznę.
Wyłączyłam ją z kontaktu i odstawiłam. Piszę, bo mogą ją mieć też
inne osoby z zajęć.

Dorota Jankowska"""),
("pl", "b38-pianino-trzecia-naprawa-przelozony", "Stanisław Kubiak <stanislaw.kubiak@example.pl>", "Serwis - zgłoszenie 2291", "technical", "high",
"""Po raz trzeci odbieram z Państwa serwisu pianino cyfrowe z tym samym
problemem - klawisze w średnicy co jakiś czas grają dwa razy głośniej
niż powinny. Za każdym razem słyszę, że "usterka usunięta". Uczę na nim
uczniów w domu i od miesiąca muszę przekładać lekcje.

Nie chcę więcej rozmawiać z infolinią. Proszę o kontakt przełożonego
albo kierownika serwisu.

Stanisław Kubiak"""),
("pl", "b38-karate-brak-sms", "Iwona Grabowska <iwona.grabowska@example.pl>", "SMS-y z klubu", "technical", "",
"""Dzień dobry, od dwóch tygodni nie dostaję SMS-ów z klubowego systemu
o odwołanych treningach, a w zeszły czwartek pojechaliśmy z synem na
darmo. Numer w profilu jest dobry, mąż dostaje wiadomości normalnie.
Iwona Grabowska"""),
("pl", "b38-biblioteka-majowka", "Zofia Wysocka <zofia.wysocka@example.pl>", "Majówka", "general", "",
"""Dzień dobry, czy biblioteka na Ochocie będzie czynna 2 maja? Chciałam
oddać książki przed wyjazdem.
Zofia Wysocka"""),
("pl", "b38-podziekowanie-pierwszy-taniec", "Aleksandra i Mateusz Dąbrowscy <ola.dabrowska@example.pl>", "Dziękujemy!", "general", "",
"""Pani Moniko!

Chcieliśmy bardzo podziękować za lekcje pierwszego tańca. Mateusz na
pierwszych zajęciach deptał mi po palcach i mówił, że "on się do tego
nie nadaje", a w sobotę goście bili brawo na stojąco i ciocia płakała.
Bez Pani cierpliwości nie dalibyśmy rady. Polecamy wszystkim znajomym!

Ola i Mateusz"""),
("pl", "b38-zgubione-okulary-ksiegarnia", "Leszek Baran <leszek.baran@example.pl>", "okulary", "general", "",
"""Dzien dobry, w piatek po poludniu bylem w ksiegarni na Rynku i chyba
zostawilem okulary do czytania w brazowym etui, przy stoliku w dziale
z reportazami. Czy ktos je znalazl? Bez nich nie przeczytam nawet tego
co kupilem :)
Leszek Baran"""),
("pl", "b38-zmiana-nazwiska-karta", "Karolina Nowak-Zięba <karolina.zieba@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Zięba na Nowak-Zięba. Proszę o
aktualizację danych na mojej karcie członkowskiej klubu judo (nr
karty 0457). Nowy dowód mogę pokazać na recepcji przy najbliższym
treningu.

Pozdrawiam,
Karolina Nowak-Zięba"""),
("pl", "b38-rodo-usuniecie-danych", "Piotr Szewczyk <piotr.szewczyk@example.pl>", "Żądanie usunięcia danych (RODO)", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych
osobowych przetwarzanych w związku z kontem w aplikacji do wymiany
językowej (login: piotr_sz), w tym historii rozmów i zdjęć profilowych,
oraz potwierdzenia wykonania tego żądania na piśmie.

Z poważaniem,
Piotr Szewczyk"""),
("pl", "b38-sponsoring-turniej-judo-dzieci", "UKS Tori Gdańsk <kontakt@uks-tori.example>", "Propozycja współpracy", "general", "",
"""Dzień dobry,

w imieniu Uczniowskiego Klubu Sportowego Tori zwracam się z pytaniem o
możliwość wsparcia VII Turnieju Judo Dzieci o Puchar Wybrzeża (15
czerwca, hala AWFiS, ok. 300 zawodników). Szukamy sponsora medali i
dyplomów. W zamian oferujemy logo na banerze, dyplomach i w mediach
społecznościowych klubu.

Z poważaniem,
Jacek Borowski
prezes UKS Tori"""),
("pl", "b38-spotkanie-autorskie-zapisy", "Elżbieta Głowacka <elzbieta.glowacka@example.pl>", "Spotkanie autorskie 18.10", "general", "",
"""Dzień dobry, czy na spotkanie autorskie z panią Martą Kisiel 18
października trzeba się wcześniej zapisać? I czy będzie można kupić
książki na miejscu i dostać autograf?
Pozdrawiam, Ela"""),
("pl", "b38-pracownik-galerii-chodzil-za-nami", "Rafał Kołodziej <rafal.kolodziej@example.pl>", "Wizyta w niedzielę", "general", "",
"""Dzien dobry,

w niedziele bylismy z zona w galerii na wystawie grafiki. Jeden z
pracownikow przez caly czas chodzil krok za nami i zwrocil nam uwage
trzy razy, ze "nie wolno dotykac", chociaz nikt niczego nie dotykal.
Inni zwiedzajacy mogli ogladac w spokoju. Niczego nie oczekuje,
uwazam tylko, ze powinniscie o tym wiedziec.

Rafal Kolodziej"""),
("pl", "b38-trener-obrazil-syna-kierownik", "Monika Lewandowska <monika.lewandowska@example.pl>", "Zachowanie trenera", "general", "high",
"""Dzień dobry,

na wtorkowym treningu karate trener grupy młodszej nazwał mojego
10-letniego syna przy całej grupie "grubasem, który się do niczego nie
nadaje" i kazał mu siedzieć na ławce do końca zajęć. Syn nie chce
więcej chodzić na treningi.

Żądam rozmowy z kierownikiem klubu jeszcze w tym tygodniu. Proszę o
telefon: 698 765 432.

Monika Lewandowska"""),
("pl", "b38-schody-szkola-tanca-stopien", "Elżbieta Markiewicz <e.markiewicz@example.pl>", "Schody na piętro", "general", "high",
"""Dzień dobry, na schodach prowadzących do sali na piętrze w Państwa
szkole tańca od dwóch tygodni brakuje kawałka krawędzi na piątym
stopniu. Wczoraj moja mama, która przychodzi na zajęcia dla seniorów,
potknęła się tam i w ostatniej chwili złapała poręczy. Na schodach
jest ciemnawo i tego ubytku prawie nie widać. Proszę to zabezpieczyć,
zanim ktoś spadnie.
Elżbieta Markiewicz"""),
("pl", "b38-pytanie-lekcje-dla-doroslych", "Janusz Olszewski <janusz.olszewski@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy Państwa szkoła muzyczna przyjmuje dorosłych
początkujących na lekcje skrzypiec? Mam 58 lat i zawsze chciałem
spróbować.
Janusz Olszewski"""),
("pl", "b38-paczka-u-sasiadki", "Weronika Sadowska <weronika.sadowska@example.pl>", "Zamówienie 71840", "general", "",
"""Hej, do zamówienia 71840 (farby akwarelowe i papier): w czwartek
będę w pracy do 18. Jeśli kurier przyjedzie wcześniej, proszę zostawić
paczkę u sąsiadki spod 5, pani Teresy, wie o tym. Dzięki!"""),
("pl", "b38-nie-platnosc-pies-asystujacy", "Ryszard Górecki <ryszard.gorecki@example.pl>", "Zajęcia próbne", "general", "",
"""Dzień dobry, NIE chodzi o płatności, tylko o organizację. Chciałbym
przyjść na zajęcia próbne jogi dla seniorów, ale jestem słabowidzący
i chodzę z psem asystującym. Czy pies może być ze mną na sali? Jest
spokojny i przeszkolony.
Ryszard Górecki"""),
("pl", "b38-pilne-czy-galeria-otwarta", "Sylwia Kaczor <sylwia.kaczor@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! Czy jutro w poniedziałek galeria jest otwarta? Mamy tylko
jeden dzień w Krakowie i bardzo chcemy zobaczyć wystawę Wyspiańskiego.
Sylwia"""),
]
