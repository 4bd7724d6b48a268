# batch175.py -- labelled test mails for the helpdesk classifier, held out
# of the tree until the rules it measures are final.  Nothing is tuned or
# trained on them.  Kinds of business: arts and performance 2 -- dance
# schools, theatre workshops for children, choir memberships, music
# festivals for families, ballet shoe shops, costume makers, stage school
# fees.  40 mails each in English, Greek (a third in Greeklish), Spanish
# (Spain and Latin America) and Polish (with and without diacritics),
# written separately per language.  Covers escalation demands that keep
# their topic, legal threats and chargebacks, negations, subjects that say
# nothing or quote an earlier mail, plans ended or paused in other words,
# business outages told by their consequences, safety hazards told calmly,
# praise, payment questions and everyday mail of all three queues.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b175-en-sibling-discount-missing", "Rebecca Holloway <rebecca.holloway@example.co.uk>", "Autumn term fees", "billing", "",
"""Hi there,

Both my girls are at Pointe & Play on Saturdays now (Millie in
Pre-Primary ballet, Ava in Grade 3 tap) and your website says the second
child gets 10% off. The autumn term invoice has both of them at full
price, 168.00 each. Could you take a look and send a corrected one
before the direct debit goes out on the 1st?

Many thanks,
Rebecca Holloway"""),
("en", "b175-en-choir-off-to-cork", "Siobhan Ni Bhriain <siobhan.nibhriain@example.ie>", "Tuesday nights", "billing", "",
"""Hi Aoife,

Sad news from the second altos - I got the job in Cork, so the last
rehearsal I'll make is the 27th of August. The monthly membership on the
choir website takes 25 euro off my card on the 1st. Can you make sure it
stops after August so I'm not paying for September? I'd hate to be a
ghost member.

Will miss ye all terribly.
Siobhan"""),
("en", "b175-en-tap-shoes-retired", "Jennifer Kowalski <jen.kowalski@example.com>", "Kaylee - Tap Level 2", "billing", "",
"""Hi Miss Dana,

Kaylee has officially retired her tap shoes (her words - she's 9 and has
discovered soccer). Please take her off autopay starting next month. The
$85 that came out on the 1st is fine since she finished out May.

Thanks for everything this year!
Jen"""),
("en", "b175-en-festival-family-pass-twice", "Brendan O'Neill <brendo.oneill@example.com.au>", "Family pass", "billing", "",
"""G'day,

Bought a family pass for the Little Ears festival at Werribee on Sunday
night. The page hung after I hit pay so I tried again, and now there's
two lots of $189 on my card. Only one set of tickets came through in my
email. Can you refund the second one?

Cheers,
Brendan"""),
("en", "b175-en-stage-school-instalments", "Ramesh Iyer <ramesh.iyer@example.in>", "Regarding fee payment for Diploma in Musical Theatre", "billing", "",
"""Respected Sir/Madam,

My daughter Kavya has been selected for the one-year Diploma in Musical
Theatre at your Andheri centre, for which we are very grateful. The fee
mentioned in the admission letter is Rs. 1,45,000. Kindly let me know
whether it is possible to pay the same in three instalments, and whether
UPI or NEFT transfer is accepted. Also please confirm if GST is included
in the above amount.

Thanking you,
Ramesh Iyer
Thane (W)"""),
("en", "b175-en-tutu-deposit-money-claim", "Helen Cartwright <helen.cartwright@example.co.uk>", "Deposit - tutu order", "billing", "high",
"""Dear Ms Barraclough,

On 3 March I paid you a deposit of 150.00 for a made-to-measure Sugar
Plum Fairy tutu for my daughter's Grade 5 showcase on 14 June. You
promised a first fitting in April. Since then I have had two cancelled
appointments and no reply to four messages. The showcase has now
happened, in a borrowed costume.

I no longer want the tutu. I want the 150.00 returned within 14 days. If
it is not, I will start a claim through Money Claim Online without
further notice.

Yours sincerely,
Helen Cartwright"""),
("en", "b175-en-pointe-swap-half-size", "Madison Reyes <maddie.reyes@example.com>", "pointe shoes wrong size", "billing", "",
"""Hi! I bought a pair of pointe shoes on your site last week (5.5 narrow,
medium shank). I only tried them on at home on the carpet, no ribbons
sewn, never worn outside - but my teacher says I need a 6. Can I swap
them for the 6 narrow, and do I have to pay shipping again?
Thanks, Madison"""),
("en", "b175-en-re-invoice-to-school", "School Business Office <office@st-aidans-primary.example.sch.uk>", "Re: Drama Days booking confirmation - Year 4", "billing", "",
"""Hello Jo,

Thanks for this. Could the invoice be made out to St Aidan's C of E
Primary School rather than to me personally, and could it show our
purchase order number PO-2291? Our finance system won't let me pay it
otherwise. The 30 children x 12.00 is correct.

Kind regards,
Mrs K. Dobson
School Business Manager

-----Original Message-----
From: Jo Pennington <bookings@drama-days.example.co.uk>
Sent: 12 September 2024 15:40
Subject: Drama Days booking confirmation - Year 4

Dear Mrs Dobson,

Thank you for booking a Drama Days workshop for Year 4 on Thursday
3 October (9.15am - 12 noon). Invoice attached, total 360.00 for 30
pupils.

Best wishes,
Jo"""),
("en", "b175-en-theater-camp-dispute", "Tanya Brooks <tanya.brooks@example.com>", "Spring Break camp - STILL no refund", "billing", "high",
"""To whoever reads this inbox,

You cancelled the Spring Break Theater Camp (Little Mermaid Jr, March
25-29) four days before it started, "due to low enrollment". I paid $320
for my son back in January. That was three weeks ago. I've called twice
and been told the refund is "processing".

If it's not back on my Visa by Friday I'm disputing the charge with my
card company. I'd rather not, but I'm done waiting.

Tanya Brooks"""),
("en", "b175-en-late-husband-male-voice-choir", "Margaret Jennings <m.jennings1947@example.co.uk>", "Arthur Jennings", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my late husband, Arthur Jennings, who sang
bass with the Harrogate Male Voice Choir for over thirty years. Arthur
passed away peacefully on the 2nd of this month. His yearly subscription
is taken from our joint account each October and I would be grateful if
it could be stopped.

The choir sang at his funeral and I cannot tell you what that meant to
our family.

Yours faithfully,
Margaret Jennings (Mrs)"""),
("en", "b175-en-hello-broken-wrist-freeze", "Deirdre Kavanagh <deirdre.kav@example.ie>", "Hello", "billing", "",
"""Hello,

Our Cian (Hip Hop Juniors, Thursdays 5pm) came off his bike and broke
his wrist, he's in a cast for 6 weeks. Is there any way to freeze his
membership until he's back instead of paying the 40 a month for
nothing? He'll be back, he talks about nothing else.

Thanks a million,
Deirdre"""),
("en", "b175-en-voucher-expired-studio-manager", "Caroline Webb <caroline.webb@example.co.uk>", "Gift voucher", "billing", "high",
"""I was given a gift voucher for a 10-class adult contemporary pass for
my 50th (my sister paid 95.00 for it). I tried to book yesterday and your
receptionist told me it expired in March and there's "nothing she can
do". There is no expiry date anywhere on the voucher itself - I have it
in front of me.

I'd like this looked at by the studio manager, not the front desk.
Please ask them to call me on 07700 900318.

Caroline Webb"""),
("en", "b175-en-passes-cheaper-now", "Marcus Bell <marcus.bell@example.com>", "Passes", "billing", "",
"""Hey folks, we bought 2 adult + 2 kid weekend passes for Riverbend
Family Folk Fest back in February, $236 total. This week I see the exact
same bundle on sale for $199. Any chance you'd refund the difference or
give us a credit toward food tokens? Not the end of the world if not,
just figured I'd ask.
- Marcus"""),
("en", "b175-en-fsa-receipt-summer-intensive", "Grace Chen <grace.chen@example.com>", "Receipt for FSA", "billing", "",
"""Hi,
Could you send me an itemized receipt for Olivia Chen's Summer Musical
Theatre Intensive (June 17 - July 26)? My employer's Dependent Care FSA
needs the provider's name, tax ID number, dates of care and the amount
paid ($1,450). The confirmation email doesn't have the tax ID on it.
Thank you!
Grace Chen"""),
("en", "b175-en-app-login-loop-not-payment", "Sarah Whitfield <sarah.whitfield@example.co.uk>", "App keeps throwing me out", "technical", "",
"""Hi, this is nothing to do with my payment, that's gone through fine.

The problem is the Studio app - every time I log in it shows the class
list for half a second and then throws me back to the login screen. I've
deleted it and reinstalled it. iPhone 12, latest iOS. I can't book
Freya's place in Saturday's musical theatre class and it always fills up
by Wednesday.

Sarah"""),
("en", "b175-en-festival-app-no-tickets", "Kylie Marsh <kylie.marsh@example.com.au>", "Tickets not in app", "technical", "",
"""Hi team, downloaded the festival app like the email said but the
Tickets tab just says "No tickets found", even though I'm logged in with
the same email I bought them with (the order confirmation came through
fine). Festival is this Saturday - will they turn up or do I need to do
something? Samsung S21.
Thanks, Kylie"""),
("en", "b175-en-jellyfish-costume-battery-hot", "Lucy Armitage <lucy@rippleyouthdance.example.org.uk>", "Costume battery pack", "technical", "high",
"""Hello,

We hired six of your light-up jellyfish costumes for our youth dance
show. During the dress rehearsal last night one of the battery packs
clipped inside the skirt got very hot - the dancer said she could feel it
burning through the fabric against her leg, and when we took it out the
casing had gone soft and there was a strong smell of burning plastic.
She wasn't hurt, thankfully.

We've taken that pack out and left it on a tiled floor. We have two more
performances this weekend, so could you tell us whether the other five
packs are safe to use, and whether you can get a replacement to us?

Kind regards,
Lucy Armitage
Artistic Director, Ripple Youth Dance"""),
("en", "b175-en-recital-stream-freezing", "Dorothy Harris <dot.harris@example.net>", "Recital", "technical", "",
"""Hello, I paid for the livestream of the spring recital so I could
watch my granddaughter from Phoenix. It keeps freezing every few seconds
and then the little circle goes round and round. My internet is fine, I
was on a video call with my sister right before. Please, I do not want
my money back, I just want to see Emma's solo, she is on after the
intermission. What can I do?
Dorothy Harris"""),
("en", "b175-en-registers-down-saturday", "Natalie Greaves <natalie@stepupdance.example.co.uk>", "Saturday", "technical", "high",
"""Hi,

Saturday is our busiest day - 14 classes, about 220 children. Since 8am
none of our teachers can open the registers on the tablets, the parent
check-in screen at the door just shows a grey box, and we can't see
which children have allergies or medical notes, which we need for every
class. We're ticking names off on paper at reception and the queue is
out of the door.

Please can someone call me - 0161 496 0722.

Natalie Greaves
Owner, Step Up Dance Academy, Stockport"""),
("en", "b175-en-pointe-shank-snapped", "Isla Murray <isla.murray@example.co.uk>", "Pointe shoes", "technical", "",
"""Hello, I bought a pair of pointe shoes from your Leeds shop on the 2nd
(fitted by Anna, who was lovely). I've done three 30-minute pointe
classes in them and the shank in the left shoe has snapped right under
the arch - it just folds in half now. The right one is fine. My teacher
says that's not normal at all after so little wear. Is it a faulty
shank? Photos attached.
Isla Murray"""),
("en", "b175-en-feis-dress-zip-split", "Maeve Gallagher <maeve.gallagher@example.ie>", "Roisin's dress", "technical", "",
"""Hi Niamh, the zip on the back of the green solo dress you made for
Roisin went at the feis on Sunday - the teeth came apart from the bottom
up just as she was going on. She's only worn it four times. Is it
something you could put a new zip in before the Oireachtas? It's on the
23rd.
Thanks, Maeve"""),
("en", "b175-en-pa-speaker-jolt", "Bec Thompson <bec.thompson@example.com.au>", "Speaker", "technical", "high",
"""Hi,
I teach a kids dance fitness class in a community hall and bought your
rechargeable PA speaker (the 15 inch one with the trolley handle) about a
month ago. Twice now, while it's been plugged in to charge, I've felt a
tingle in my fingers touching the metal grille at the front, and this
morning it was a proper little jolt up my arm. I've stopped using it. The
kids always crowd round it to pick songs so I'm not taking any chances.
What do you need from me?
Bec Thompson
Geelong"""),
("en", "b175-en-portal-reset-mail-missing", "Sunita Reddy <sunita.reddy@example.in>", "Password", "technical", "",
"""Hello team,
I am trying to reset the password of the parent portal since yesterday.
It is showing "reset link sent" but no mail is coming, I checked spam
folder also. Registered email is this one only. Kindly look into it as I
have to download my son's Bharatanatyam exam hall ticket.
Regards,
Sunita Reddy
Hyderabad"""),
("en", "b175-en-learning-tracks-wont-open", "Jean Pollard <jean.pollard@example.org.uk>", "Learning tracks", "technical", "",
"""Dear Choir Office,

I have downloaded the alto learning tracks for the Messiah from the
members' area as Pauline explained, but when I click on them my computer
says "this file cannot be opened". I have tried three of them. I am using
the laptop my grandson set up, it is Windows. Last year's tracks still
play.

Regards,
Jean Pollard"""),
("en", "b175-en-schedule-page-blank", "Tyler Nguyen <tnguyen22@example.com>", "schedule page", "technical", "",
"""your class schedule page is totally blank on my phone (iphone,
safari). works on my laptop. fyi"""),
("en", "b175-en-gate-two-scanners-sync", "Gareth Lloyd <gareth.lloyd@meadowlark-fest.example.co.uk>", "Gate 2", "technical", "high",
"""Gate 2 scanners (the six handhelds we hired from you for Meadowlark
Family Festival) all show "sync failed" and won't read any tickets. It's
10:40, gates opened at 10. There's a queue of families with pushchairs
back to the car park and we're letting people in by eyeballing phone
screens, so we've no idea how many are on site.

Tried restarting, tried the hotspot and the site wifi. Please ring me on
07700 900661.

Gareth Lloyd
Site Operations"""),
("en", "b175-en-re-selftape-upload-escalate", "Priya Sharma <priya.sharma@example.co.uk>", "Re: Self-tape upload failing [Ticket 40213]", "technical", "high",
"""Hi,

I did all of that - converted it to MP4, it's 1.2 GB so under the 2 GB
limit, tried Chrome and Edge and a different wifi. It still gets to 99%
and then says "Upload failed, please try again". That's nine attempts
now.

The deadline for the Foundation Course self-tape is 5pm Friday. I'm not
getting anywhere with the standard replies, so I'd like this escalated to
someone senior in your digital team who can either fix it or accept the
video some other way.

Priya Sharma

On 8 Jan 2025, at 10:12, Admissions Support <admissions@example-stageschool.ac.uk> wrote:
> Dear Priya,
> Please make sure your file is in MP4 format and under 2 GB, and try a
> different browser.
> Kind regards, Admissions Support"""),
("en", "b175-en-nutcracker-thanks", "Laura Pemberton <laura.pemberton@example.co.uk>", "Saturday's show", "general", "",
"""Just wanted to say thank you to everyone who put on the Nutcracker at
the Civic on Saturday. My son (7, Mouse no. 4) has not stopped talking
about it, and my dad, who hasn't been to the theatre since about 1980,
cried at the snow scene. The chaperones were brilliant with the little
ones backstage. We'll be back next year.
Laura"""),
("en", "b175-en-lost-cardigan-drama-workshop", "Funmi Adebayo <funmi.adebayo@example.co.uk>", "Lost property", "general", "",
"""Hi, my daughter Poppy (6) left her navy school cardigan and a purple
water bottle with a unicorn on it at the Saturday drama workshop in the
Methodist hall. Name tape in the cardigan says P. ADEBAYO. Has anyone
handed them in? I can pick them up next week.
Thanks, Funmi"""),
("en", "b175-en-question-kings-birthday", "Jess Taylor <jess.t@example.com.au>", "Question", "general", "",
"""Hi, are you open on the King's Birthday Monday? And do I need to book a
ballet shoe fitting for a 4 year old or can I just turn up?
Thanks, Jess"""),
("en", "b175-en-sub-teacher-shouted-director", "Amanda Foster <amanda.foster@example.com>", "Tuesday's class", "general", "high",
"""I'm writing about what happened in the 4:30 Creative Movement class on
Tuesday. My daughter Ellie is six. She mixed up her left and right and
the substitute teacher shouted at her in front of the whole class and
told her she was "ruining it for everyone". Ellie came out in tears and
says she never wants to go back. Other parents in the waiting area heard
it too.

I don't want another reply from the front desk. I want the studio
director to call me this week.

Amanda Foster
(512) 555-0187"""),
("en", "b175-en-change-email-choir-list", "Chris Okafor <chris.okafor@example.org>", "Change of email", "general", "",
"""Hello, please could you update my email address on the choir mailing
list to this one - the old btinternet one is closing at the end of the
month. Phone number stays the same.
Chris Okafor (tenor)"""),
("en", "b175-en-sar-photos-stage-school", "Daniel Ellison <d.ellison@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of all the personal data you hold
about my son, Jacob Ellison (date of birth 14/05/2013), who attended your
Saturday stage school from 2019 to 2023. I would also like you to remove
the photographs and video of him that are still on your website gallery
and Instagram page, as we did not consent to them being used after he
left.

Please confirm receipt of this request.

Yours faithfully,
Daniel Ellison"""),
("en", "b175-en-bakery-sponsor-family-day", "Ciara Doyle <ciara@doylesbakehouse.example.ie>", "Sponsoring the family day", "general", "",
"""Hi there,
We run a small bakery in Bray and saw you're looking for local sponsors
for the family music day on the seafront in July. We'd love to get
involved - maybe cupcakes for the kids' stage, or our logo on something.
What sort of packages do you have, and who should I talk to?
Ciara Doyle
Doyle's Bakehouse"""),
("en", "b175-en-loose-step-studio-two", "Paul Hendry <paul.hendry@example.co.uk>", "Stairs to Studio 2", "general", "high",
"""Hi,

Just flagging that the second step on the stairs up to Studio 2 has
come loose at the front edge - it tips forward when you put your weight
on it. I nearly went down with my bag on Wednesday evening, and there are
little ones going up and down those stairs all Saturday morning. I stuck
a note on it but someone's probably taken it off by now.

Paul (Wednesday adult jazz)"""),
("en", "b175-en-urchin-costumes-neighbour", "Lisa Brennan <lisa.brennan@example.co.uk>", "Delivery tomorrow", "general", "",
"""Hi, my order 58812 (the two Victorian street urchin costumes for the
school play) is out for delivery tomorrow. I'm at work till 6 - please
could the driver leave it with my neighbour at number 14, or in the
green bin store by the side gate if she's not in.
Thanks, Lisa Brennan"""),
("en", "b175-en-junior-choir-age-enquiry", "Anil Kumar <anil.kumar77@example.in>", "Enquiry - junior choir", "general", "",
"""Dear Sir/Ma'am,
Please let me know the age criteria for the junior batch of your Western
Vocals and Choir programme. My son is 8 years and 4 months. Also kindly
inform whether there is any audition for the same or direct admission,
and whether classes are held on Sundays at the Koramangala branch.
Thanks and regards,
Anil Kumar"""),
("en", "b175-en-glass-in-kids-sandpit", "Nat Sorensen <nat.sorensen@example.com.au>", "Kids zone sandpit", "general", "high",
"""Hi,

We're at the festival now (Sunday). Just letting you know there's a lot
of broken glass in the sandpit in the kids' zone next to the bubble tent
- looks like a bottle got smashed in there overnight. My daughter found
a piece about the size of a 50c coin. No one's hurt. I told a volunteer
in a hi-vis vest but nothing's happened in the last half hour and there
are toddlers digging in it right now.

Nat"""),
("en", "b175-en-order-40917-pickup-instead", "Hannah Lindgren <hannah.lindgren@example.com>", "Order 40917", "general", "",
"""Hi, I placed order 40917 this morning (two pairs of canvas split-sole
slippers and a pink leotard) and picked shipping, but I'm going to be in
Portland on Thursday anyway. Can I switch it to pick up at your Pearl
District store instead?
Thanks!
Hannah"""),
("en", "b175-en-re-carol-visit-care-home", "Susan Parry <susan.parry@example.org.uk>", "Re: Carol visit to Beechwood House", "general", "",
"""Dear Jonathan,

Thank you for your lovely reply. I just wanted to add that the choir's
visit to Mum's care home on Sunday was the best afternoon she has had in
months. She sang along to every word of "We'll Meet Again" and the staff
said she was chatty all evening. Please pass on our thanks to everyone,
especially the lady who sat and held her hand during the last song.

Warmest wishes,
Susan Parry

On Fri, 6 Dec 2024 at 09:15, Jonathan Reeve <music@example-community-choir.org.uk> wrote:
> Dear Susan,
> We're delighted to confirm the choir will visit Beechwood House this
> Sunday at 3pm. We'll do about forty minutes of carols and wartime songs.
> Best, Jonathan"""),
# ---------------- Greek ----------------
("el", "b175-el-diplh-xrewsh-septemvriou", "Σοφία Αντωνίου <sofia.antoniou@example.gr>", "Συνδρομή Σεπτεμβρίου", "billing", "",
"""Καλησπέρα σας,

Η κόρη μου η Δανάη παρακολουθεί μπαλέτο στη σχολή σας στο Χαλάνδρι
(τμήμα Δευτέρας-Τετάρτης). Σήμερα είδα στην κάρτα μου δύο χρεώσεις των
55€ με την ίδια ημερομηνία, 02/09, και οι δύο με περιγραφή "Συνδρομή
Σεπτεμβρίου". Μπορείτε να το ελέγξετε και να μου επιστρέψετε τη μία;

Ευχαριστώ,
Σοφία Αντωνίου"""),
("el", "b175-el-gl-telos-ta-baleta-mpasket", "Thanasis Georgiou <thanasis.g@example.gr>", "Marilena", "billing", "",
"""Geia sas,
h Marilena apofasise oti "telos ta baleta, 8elei mpasket", opws mas
anakoinwse xthes sto trapezi, opote den 8a synexisei apo Oktwvrio.
Mporeite na stamathsete th mhniaia xrewsh twn 45e apo thn karta? Ton
Septemvrio ton plhrwsame kanonika.
Eyxaristoume gia ola, ths arese poly h kyria Popi.
Thanasis"""),
("el", "b175-el-didaktra-dramatikis-doseis", "Κωνσταντινα Λαμπρου <k.lamprou@example.gr>", "Διδακτρα πρωτου ετους", "billing", "",
"""Καλημερα σας,
περασα στις εισαγωγικες εξετασεις της δραματικης σχολης για το πρωτο
ετος (ευχαριστω πολυ!). Τα διδακτρα ειναι 2.400 ευρω το χρονο. Θα ηθελα
να ρωτησω αν γινεται να πληρωθουν σε δοσεις, π.χ. μηνιαιες, και αν
δεχεστε καρτα η μονο καταθεση σε τραπεζα. Επισης υπαρχει εκπτωση αν
πληρωσω ολοκληρο το ποσο απο την αρχη;
Με εκτιμηση,
Κωνσταντινα Λαμπρου"""),
("el", "b175-el-xorodia-pateras-efyge", "Νίκος Βασιλείου <nikos.vasileiou@example.gr>", "Η συνδρομή του πατέρα μου", "billing", "",
"""Αγαπητοί φίλοι της Χορωδίας Ζωγράφου,

σας γράφω για να σας ενημερώσω ότι ο πατέρας μου, Παναγιώτης
Βασιλείου, που τραγουδούσε στους βαρύτονους εδώ και δεκαπέντε χρόνια,
έφυγε από τη ζωή την περασμένη εβδομάδα. Η ετήσια συνδρομή του (120€)
χρεώνεται αυτόματα στον λογαριασμό του κάθε Ιανουάριο. Παρακαλώ να τη
διακόψετε.

Σας ευχαριστούμε για τη συντροφιά που του κάνατε όλα αυτά τα χρόνια. Η
χορωδία ήταν η χαρά του.

Νίκος Βασιλείου"""),
("el", "b175-el-gl-festival-paidi-3-xronwn", "Dimitra Karra <dimitra.karra@example.gr>", "eisithria festival", "billing", "",
"""Kalhmera, agorasa 4 eisithria gia to paidiko mousiko festival sto
Parko Tritsi to Savvatokyriako, 2 enhlikwn kai 2 paidika. Meta eida oti
ta paidia katw apo 4 xronwn mpainoun dwrean kai o mikros mou einai 3.
Dhladh plhrwsa 12e xwris logo. Ginetai na mou ta epistrecete?
Dimitra"""),
("el", "b175-el-prokatavoli-kostoumia-synigoros", "Αγγελική Παπαδάκη <a.papadaki@example.gr>", "Προκαταβολή για κοστούμια παράστασης", "billing", "high",
"""Κυρία Μανωλάκη,

στις 10 Μαρτίου σας κατέβαλα προκαταβολή 280€ για την κατασκευή οκτώ
κοστουμιών για την παράσταση του χορευτικού μας ομίλου στις 25 Μαΐου.
Τα κοστούμια δεν παραδόθηκαν ποτέ, η παράσταση έγινε με νοικιασμένα,
και από τότε δεν απαντάτε ούτε στο τηλέφωνο ούτε στα μηνύματα.

Σας ζητώ να μου επιστρέψετε τα 280€ εντός δέκα ημερών. Διαφορετικά θα
απευθυνθώ στον Συνήγορο του Καταναλωτή και θα κινηθώ νομικά.

Αγγελική Παπαδάκη
Πρόεδρος, Πολιτιστικός Σύλλογος Νέας Σμύρνης"""),
("el", "b175-el-allagi-noumerou-papoutsakia", "Ελενη Σταυρου <eleni.stavrou@example.gr>", "Αλλαγη νουμερου", "billing", "",
"""Γεια σας, αγορασα προχθες απο το καταστημα σας στην Τσιμισκη ενα
ζευγαρι παπουτσακια μπαλετου νουμερο 33 για την κορη μου, αλλα της
ειναι μικρα. Δεν τα εχει φορεσει καθολου, εχω και την αποδειξη. Μπορω
να περασω να τα αλλαξω με 34;
Ευχαριστω, Ελενη"""),
("el", "b175-el-re-timologio-syllogos-goneon", "Σύλλογος Γονέων 5ου Δημοτικού Βόλου <sg5dimvolou@example.gr>", "Re: Θεατρικό εργαστήρι για την Γ' τάξη", "billing", "",
"""Καλημέρα κυρία Ρένα,

ευχαριστούμε πολύ για την πρόταση. Συμφωνούμε για τα δύο τρίωρα
εργαστήρια στις 14 και 21 Νοεμβρίου. Επειδή την πληρωμή θα την κάνει ο
Σύλλογος Γονέων, χρειαζόμαστε τιμολόγιο παροχής υπηρεσιών στο όνομα του
Συλλόγου με το ΑΦΜ μας (099876543) και όχι απόδειξη. Μπορείτε να το
εκδώσετε έτσι; Και η πληρωμή γίνεται με κατάθεση πριν ή μετά το
εργαστήριο;

Με εκτίμηση,
Μαρία Τσιρίγου
Ταμίας Συλλόγου

-----Αρχικό μήνυμα-----
Από: Ρένα Αθανασίου <rena@theatraki-volou.example.gr>
Θέμα: Θεατρικό εργαστήρι για την Γ' τάξη

Καλησπέρα σας,
σας στέλνω την πρόταση για δύο εργαστήρια θεατρικού παιχνιδιού για τα
δύο τμήματα της Γ' τάξης. Το κόστος είναι 150€ ανά εργαστήριο, σύνολο
300€.
Ρένα"""),
("el", "b175-el-gl-kalokairino-ergasthri-chargeback", "Stelios Mavros <stelios.mavros@example.gr>", "kalokairino ergasthri theatrou", "billing", "high",
"""Kalhspera.
Plhrwsa 180 euro ton Maio gia to kalokairino ergasthri theatrou ths
koris mou (1-12 Iouliou). To akyrwsate 3 meres prin, me ena sms, kai mou
eipate oti h epistrofh 8a ginei mesa se 10 meres. Perasan 5 vdomades.
Exw parei 4 fores thlefwno, kaneis den xerei tipota.
An mexri thn Paraskeuh den exoun mpei ta lefta, kanw amfisvhthsh ths
xrewshs sthn trapeza (chargeback) kai telos.
Stelios Mavros"""),
("el", "b175-el-kalispera-pagoma-egkymosyni", "Ιωάννα Κυριακίδου <ioanna.kyr@example.gr>", "Καλησπέρα", "billing", "",
"""Καλησπέρα σας!

Έχω ευχάριστα νέα, είμαι έγκυος στον 5ο μήνα και η γιατρός μου είπε να
κάνω ένα διάλειμμα από τα latin. Δεν θέλω όμως να χάσω τη θέση μου στο
τμήμα της Πέμπτης. Γίνεται να "παγώσει" η συνδρομή μου (40€/μήνα) από
τον Νοέμβριο και να την ξαναξεκινήσουμε όταν επιστρέψω, κάπου τον
Ιούνιο;

Ευχαριστώ πολύ,
Ιωάννα"""),
("el", "b175-el-ekptosi-adelfon-diefthyntria", "Γιώργος Δημητρίου <g.dimitriou@example.gr>", "Έκπτωση για δεύτερο παιδί - τρίτη φορά που γράφω", "billing", "high",
"""Κύριοι,

Γράφω τρίτη φορά για το ίδιο θέμα. Στην εγγραφή μας είπατε ότι το
δεύτερο παιδί έχει 20% έκπτωση. Από τον Σεπτέμβριο πληρώνω 60€ για κάθε
αγόρι, δηλαδή μέχρι τώρα έχω δώσει 48€ παραπάνω. Η γραμματεία μου
απαντά κάθε φορά "θα το δούμε".

Δεν θέλω άλλη απάντηση από τη γραμματεία. Ζητώ να με καλέσει η ίδια η
διευθύντρια της σχολής, 6944 123456.

Γιώργος Δημητρίου"""),
("el", "b175-el-gl-plhrwmh-me-iris", "Kostis P. <kostis.p@example.gr>", "plhrwmh", "billing", "",
"""Geia sas, mporw na plhrwnw th mhniaia syndromh ths xorwdias (25e) me
IRIS apo to kinhto h mono me katathesh? An ginetai me IRIS, se poio
noumero?
thanks"""),
("el", "b175-el-dorokarta-tango-metavivasi", "Βασω Νικολαου <vaso.nikolaou@example.gr>", "Δωροεπιταγη", "billing", "",
"""Καλησπερα,
εχω μια δωροεπιταγη για 10 μαθηματα tango απο τη σχολη σας, δωρο απο τα
παιδια μου, αξιας 100 ευρω. Δυστυχως με τη μεση μου δεν θα μπορεσω να
την χρησιμοποιησω. Μπορω να τη μεταβιβασω στην ανιψια μου, η να
χρησιμοποιηθει για αλλο τμημα, π.χ. μπαλετο για ενηλικες;
Βασω Νικολαου"""),
("el", "b175-el-efarmogi-kleinei-oxi-pliromi", "Μαρίνα Τσολάκη <marina.tsolaki@example.gr>", "Η εφαρμογή της σχολής", "technical", "",
"""Καλημέρα,

δεν σας γράφω για την πληρωμή, αυτή έγινε κανονικά. Από την τελευταία
ενημέρωση η εφαρμογή της σχολής κλείνει μόλις πατήσω "Πρόγραμμα
μαθημάτων". Το δοκίμασα και στο κινητό του άντρα μου, το ίδιο. Xiaomi
και τα δύο. Θέλω να δηλώσω την κόρη μου στο έξτρα μάθημα του Σαββάτου.

Μαρίνα"""),
("el", "b175-el-gl-eisithria-den-fainontai-app", "Nikos Chr. <nikos.chr@example.gr>", "eisithria", "technical", "",
"""kalhspera, katebasa to app tou festival alla sta "Ta eisithria mou"
den emfanizetai tipota, leei "Den vre8hkan eisithria". To email me thn
agora to exw kanonika kai mpainw me to idio email. iPhone 13. To
festival einai aurio...
Nikos"""),
("el", "b175-el-ftera-led-fortish-fouskwse", "Χριστίνα Μελά <christina.mela@example.gr>", "Φωτιζόμενα φτερά", "technical", "high",
"""Καλησπέρα σας,

αγοράσαμε από το κατάστημά σας τρία ζευγάρια φωτιζόμενα φτερά πεταλούδας
για την καλοκαιρινή παράσταση της σχολής. Χθες το βράδυ τα έβαλα να
φορτίζουν με τα καλώδια που είχαν μέσα. Μετά από καμιά ώρα μύρισε
καμένο πλαστικό, και το ένα κουτάκι της μπαταρίας είχε φουσκώσει και
ήταν καυτό. Το έβγαλα από την πρίζα και το άφησα στο μπαλκόνι πάνω σε
πλακάκι. Ευτυχώς δεν έπιασε φωτιά.

Τα άλλα δύο δεν τα ξαναφορτίζω μέχρι να μου πείτε τι να κάνω. Τα
παιδιά θα τα φορέσουν πάνω τους και δεν θέλω να ρισκάρω.

Χριστίνα Μελά"""),
("el", "b175-el-gl-live-parastash-kollaei", "Roula Zacharaki <roula.zach@example.gr>", "live", "technical", "",
"""Kalhspera, plhrwsa gia na dw th parastash ths eggonhs mou live apo to
Hrakleio kai h eikona kollaei ka8e 2-3 defterolepta, o hxos paei
mprosta. Ta alla video sto youtube paizoun kanonika. Den 8elw ta lefta
pisw, 8elw na dw to paidi na xorevei! Ti na kanw?
Roula"""),
("el", "b175-el-systima-kratiseon-sxoli-xorou", "Σχολή Χορού Κίνηση <info@kinisi-dance.example.gr>", "Πρόγραμμα κρατήσεων", "technical", "high",
"""Καλησπέρα,

από το μεσημέρι το σύστημα κρατήσεων που έχουμε από εσάς δεν ανοίγει
ούτε στους υπολογιστές της γραμματείας ούτε στην εφαρμογή των γονιών.
Σήμερα ανοίγουν οι εγγραφές για τη νέα χρονιά και έχουμε ήδη πάνω από
60 τηλεφωνήματα από γονείς που δεν μπορούν να κλείσουν θέση. Οι
καθηγήτριες δεν βλέπουν ποια παιδιά είναι γραμμένα στα απογευματινά
τμήματα και η γραμματεία κρατάει σημειώσεις σε χαρτί.

Παρακαλώ καλέστε με στο 2310 123456.

Αλεξάνδρα Ιωάννου
Σχολή Χορού Κίνηση, Καλαμαριά"""),
("el", "b175-el-pouent-xekollise-sola", "Ραφαηλια Κωστα <rafaela.kosta@example.gr>", "Πουεντ", "technical", "",
"""Καλησπερα σας,
πριν απο δυο εβδομαδες αγορασα απο το καταστημα σας πουεντ (38,5 Μ).
Τα εχω φορεσει μονο σε 4 μαθηματα και η σολα στο δεξι εχει ξεκολλησει
απο τη μυτη, ανοιγει σαν στοματακι. Δεν ζηταω επιστροφη χρηματων, μου
αρεσουν πολυ και μου κανουν τελεια. Θελω μονο να μαθω αν ειναι
ελαττωματικο το ζευγαρι και αν μπορει να φτιαχτει.
Ραφαηλια"""),
("el", "b175-el-gl-kwdikos-link-elhxe", "Panos Lykos <panos.lykos@example.gr>", "kwdikos", "technical", "",
"""Geia, zhtaw allagh kwdikou sto site ths xorwdias gia na mpw sto
tmhma melwn kai na katevasw tis partitoures. To link erxetai alla otan
to pataw leei "O syndesmos exei lhxei", akoma kai an to pathsw amesws.
To ekana 3 fores.
Panos, tenoros"""),
("el", "b175-el-enisxytis-spithes-priza", "Θοδωρής Παπαναστασίου <thodoris.pap@example.gr>", "Ηχητικά για την παράσταση", "technical", "high",
"""Καλησπέρα,

νοικιάσαμε από εσάς ηχητικά για τη γιορτή λήξης της σχολής μας το
Σάββατο. Σήμερα στην πρόβα, όταν βάλαμε τον ενισχυτή στην πρίζα, βγήκαν
σπίθες από το φις και μύρισε καμένο. Το ίδιο έγινε και σε δεύτερη
πρίζα. Το καλώδιο εκεί που μπαίνει στο φις φαίνεται λιωμένο.

Δεν το ξαναχρησιμοποιήσαμε. Στην αίθουσα θα είναι περίπου 200 άτομα,
πολλά μικρά παιδιά. Μπορείτε να μας φέρετε άλλον ενισχυτή πριν το
Σάββατο;

Θοδωρής Παπαναστασίου"""),
("el", "b175-el-re-iatriki-vevaiosi-pdf", "Άννα Μπακάλη <anna.bakali@example.gr>", "Re: Εγγραφή 2024-25 - εκκρεμότητα", "technical", "",
"""Καλησπέρα,

έκανα ακριβώς ό,τι μου γράψατε, αποθήκευσα τη βεβαίωση του παιδιάτρου
σε PDF (είναι 300 KB), αλλά η φόρμα συνεχίζει να βγάζει "Μη αποδεκτός
τύπος αρχείου". Δοκίμασα από Chrome και από Firefox. Μπορώ να σας τη
στείλω με email;

Άννα Μπακάλη

Στις 3/9/2024 11:20 π.μ., η Γραμματεία <grammateia@example-sxoli-xorou.gr> έγραψε:
> Αγαπητή κυρία Μπακάλη,
> η εγγραφή της Ελπίδας εκκρεμεί γιατί λείπει η ιατρική βεβαίωση.
> Παρακαλούμε ανεβάστε τη στη φόρμα εγγραφής σε μορφή PDF.
> Ευχαριστούμε"""),
("el", "b175-el-programma-aspri-selida-kinito", "Στελιος Κ. <stelios.k88@example.gr>", "site", "technical", "",
"""Η σελιδα με το προγραμμα των τμηματων δεν φορτωνει στο κινητο, μενει
ασπρη. Απο υπολογιστη ανοιγει κανονικα. Android."""),
("el", "b175-el-gl-mikrofwna-headset-thoryvos", "Lena Stefanou <lena.stef@example.gr>", "mikrofwna", "technical", "",
"""Kalhmera, phrame apo sas 2 asyrmata mikrofwna headset gia tis
solistries ths xorwdias. To ena kanei synexeia ena "krrr" kai kovei otan
h kopela kounietai, to allo einai mia xara. Allaxame mpataries,
allaxame kanali, tipota. Einai kati pou ftiaxnetai?
Lena"""),
("el", "b175-el-festival-vraxiolakia-den-diavazoun", "Φεστιβάλ Παιδιού Πάτρας <org@paidiko-festival-patras.example.gr>", "Βραχιολάκια", "technical", "high",
"""Καλησπέρα,

εδώ και μία ώρα κανένα από τα τερματικά που μας δώσατε για τα
βραχιολάκια του φεστιβάλ δεν διαβάζει. Τα κυλικεία και τα παιδικά
εργαστήρια δεν μπορούν να εξυπηρετήσουν κανέναν, έχουν γίνει ουρές με
γονείς και παιδιά που περιμένουν για ένα νερό μέσα στη ζέστη, και στην
είσοδο δεν μπορούμε να ενεργοποιήσουμε καινούρια βραχιολάκια. Κάναμε
επανεκκίνηση σε όλα.

Καλέστε τον Μιχάλη στο 6977 654321.

Μιχάλης Σπυρόπουλος
Οργανωτική Επιτροπή"""),
("el", "b175-el-ilektriko-piano-plektra", "Ευτυχία Ραφαηλίδου <eftychia.raf@example.gr>", "Πιάνο αίθουσας", "technical", "",
"""Γεια σας,

τον Ιούνιο αγοράσαμε από εσάς ένα ηλεκτρικό πιάνο για τη συνοδεία στα
μαθήματα μπαλέτου. Εδώ και μια εβδομάδα δύο πλήκτρα (το ρε και το μι
κάτω από το μεσαίο ντο) δεν βγάζουν καθόλου ήχο, ή βγάζουν μόνο αν τα
πατήσεις πολύ δυνατά. Η πιανίστριά μας έχει απελπιστεί. Μπορεί να έρθει
κάποιος να το δει;

Ευτυχία Ραφαηλίδου
Studio Ρυθμός, Λάρισα"""),
("el", "b175-el-efxaristoume-xristougenniatiki", "Κατερίνα Λιάπη <katerina.liapi@example.gr>", "Ευχαριστούμε!", "general", "",
"""Καλησπέρα σε όλη την ομάδα,

θέλαμε να σας ευχαριστήσουμε για τη χριστουγεννιάτικη παράσταση την
Κυριακή στο Δημοτικό Θέατρο. Ο Άρης μας (το τρίτο αστεράκι από
αριστερά!) ήταν πολύ αγχωμένος όλη την εβδομάδα, αλλά η κυρία Δέσποινα
τον ηρέμησε με τόση υπομονή. Η γιαγιά του ακόμα το συζητάει.

Καλές γιορτές!
Κατερίνα και Σπύρος"""),
("el", "b175-el-gl-xamenh-zaketa-provas", "Maria Pap. <maria.pap79@example.gr>", "xamena", "general", "",
"""Kalhspera, h mikrh mou (Anastasia, tmhma proetoimasias) xexase thn
Tetarth sthn prova mia roz zaketa kai ena mple mpoukali nerou. H zaketa
exei to onoma ths grammeno sthn etiketa. Mhpws ta vrhkate? Na perasw na
ta parw?
Eyxaristw
Maria"""),
("el", "b175-el-orario-megali-evdomada", "Ανθή Μουρτζούκου <anthi.m@example.gr>", "Ωράριο Πάσχα", "general", "",
"""Καλημέρα, θα είναι ανοιχτό το κατάστημα τη Μεγάλη Εβδομάδα; Ειδικά το
Μεγάλο Σάββατο θέλω να περάσω για καλσόν και κορμάκι. Και μετά το Πάσχα
ανοίγετε Τρίτη;"""),
("el", "b175-el-kathigitria-kila-diefthyntis", "Παρασκευη Ζαχαριου <p.zachariou@example.gr>", "Παραπονο για τη συμπεριφορα καθηγητριας", "general", "high",
"""Κυριοι,

την Πεμπτη στο μαθημα μοντερνου χορου (παιδια 10-12) η καθηγητρια ειπε
μπροστα σε ολη την ταξη στην κορη μου οτι "με αυτα τα κιλα δεν θα γινει
ποτε χορευτρια". Το παιδι ηρθε σπιτι κλαιγοντας και δεν θελει να
ξαναπατησει. Το επιβεβαιωσαν και δυο αλλες μητερες.

Δεν θα το αφησω ετσι. Θελω να μιλησω απευθειας με τον διευθυντη της
σχολης, οχι με τη γραμματεια.

Παρασκευη Ζαχαριου
6945 112233"""),
("el", "b175-el-gl-allagh-stoixeiwn", "Vasilis Antoniadis <v.antoniadis@example.gr>", "allagh stoixeiwn", "general", "",
"""Geia sas, allaxa kinhto, to neo einai 6981 234567. Episis
metakomisame, h nea dieu8ynsh einai Kolokotrwnh 12, Peristeri. Parakalw
allaxte ta sthn kartela tou Aggelou (tmhma hip hop 8-10).
Eyxaristw, Vasilis"""),
("el", "b175-el-gdpr-fotografies-paidiou", "Δήμητρα Οικονόμου <d.oikonomou@example.gr>", "Αίτημα για προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΓΚΠΔ), σας ζητώ
να αφαιρέσετε από τη σελίδα σας στο Facebook και από την ιστοσελίδα σας
όλες τις φωτογραφίες και τα βίντεο στα οποία εμφανίζεται ο γιος μου,
Λευτέρης Οικονόμου, από την παράσταση του Ιουνίου. Δεν έχουμε δώσει
συγκατάθεση για δημοσίευση. Παρακαλώ επιβεβαιώστε μου γραπτώς όταν
γίνει.

Με εκτίμηση,
Δήμητρα Οικονόμου"""),
("el", "b175-el-xorigia-festival-farmakeio", "Φαρμακειο Καραγιαννη <farmakeio.karagianni@example.gr>", "Χορηγια φεστιβαλ", "general", "",
"""Καλησπερα σας,
ειμαστε ενα φαρμακειο στην Ηλιουπολη και ειδαμε την αφισα για το
Οικογενειακο Μουσικο Φεστιβαλ του Σεπτεμβριου. Θα θελαμε να στηριξουμε
την εκδηλωση, π.χ. με αντηλιακα και καπελακια για τα παιδια. Με ποιον
μπορουμε να μιλησουμε;
Γιαννης Καραγιαννης"""),
("el", "b175-el-kathreftis-ragismenos-aithousa", "Λουκία Δρόσου <loukia.drosou@example.gr>", "Αίθουσα 1", "general", "high",
"""Καλησπέρα,

να σας ενημερώσω ότι ο μεγάλος καθρέφτης στην αίθουσα 1 έχει ραγίσει
στην κάτω γωνία, δίπλα στη μπάρα, και ένα κομμάτι έχει αρχίσει να
ξεκολλάει με κοφτερή άκρη, ακριβώς στο ύψος που ακουμπάνε τα μικρά στις
διατάσεις. Το είδα σήμερα περιμένοντας την κόρη μου. Καλό θα ήταν να το
δει κάποιος πριν το μάθημα των προνηπίων αύριο.

Λουκία Δρόσου"""),
("el", "b175-el-gl-paraggelia-periptero", "Fotis Kalogeropoulos <fotis.kalog@example.gr>", "paraggelia 20817", "general", "",
"""Kalhmera, gia thn paraggelia 20817 (stolh gia th sxolikh giorth):
douleuw ws tis 5 kai den 8a einai kaneis spiti. Mporei o courier na to
afhsei sto periptero sth gwnia (sthn kyria Toula), to xerei. Alliws
sthn pylwrida, prwto koudouni.
Eyxaristw, Fotis"""),
("el", "b175-el-ilikia-theatriko-ergastiri", "Ευαγγελία Τσακίρη <evangelia.tsakiri@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα σας,
από ποια ηλικία δέχεστε παιδιά στο θεατρικό εργαστήρι του Σαββάτου; Ο
γιος μου είναι πεντέμισι και πολύ ντροπαλός, σκέφτομαι ότι θα του έκανε
καλό. Μπορούμε να έρθουμε σε ένα δοκιμαστικό να δει τι γίνεται;
Ευαγγελία"""),
("el", "b175-el-gl-eyxaristw-kyria-eleni", "Xristos Mantzaris <xr.mantzaris@example.gr>", "Eyxaristw", "general", "",
"""Geia sas, h8ela apla na pw ena megalo eyxaristw sthn kyria Elenh apo
to tmhma enhlikwn. Sta 62 mou phga prwth fora sth zwh mou se ma8hma
xorou (paradosiakoi) kai me ekane na nivw san sto spiti mou. H gynaika
mou leei oti exw allaxei xarakthra :)
Xrhstos"""),
("el", "b175-el-paraggelia-5521-paralavi", "Σταυρούλα Γεωργακοπούλου <stavroula.g@example.gr>", "Παραγγελία 5521", "general", "",
"""Καλημέρα,
για την παραγγελία 5521 (δύο φορεματάκια για το ρεσιτάλ) είχαμε πει ότι
θα περάσω να τα παραλάβω από το εργαστήριο. Τι ώρες είστε εκεί την
επόμενη εβδομάδα; Μπορώ Τρίτη ή Πέμπτη απόγευμα.
Σταυρούλα"""),
("el", "b175-el-gl-akroash-xorwdia", "Irini V. <irini.v@example.gr>", "akroash", "general", "",
"""Kalhspera! 8a h8ela na mpw sth xorwdia alla den exw kanei pote
mousikh, mono san paidi sthn ekklhsia. Kanete akroash? Prepei na xerw
nota? Kai poies meres einai oi proves?
Eirhnh"""),
("el", "b175-el-festival-fylakas-oxi-epistrofi", "Σπύρος Καλαμπόκης <spyros.kalampokis@example.gr>", "Συμπεριφορά προσωπικού ασφαλείας", "general", "high",
"""Καλησπέρα,

να ξεκαθαρίσω από την αρχή ότι δεν ζητάω επιστροφή χρημάτων για τα
εισιτήρια. Το φεστιβάλ ήταν υπέροχο.

Όμως το Σάββατο στην έξοδο ένας από τους φύλακες φώναξε και έσπρωξε
τον πατέρα μου, 74 χρονών, επειδή προσπάθησε να ξαναμπεί να πάρει το
καπέλο του εγγονού του. Μπροστά στα παιδιά. Όταν ζήτησα το όνομά του,
γύρισε την πλάτη.

Θέλω να μιλήσω με τον υπεύθυνο της διοργάνωσης, όχι με την εταιρεία
φύλαξης.

Σπύρος Καλαμπόκης"""),
# ---------------- Spanish ----------------
("es", "b175-es-recibo-julio-sin-clases", "Marta Gil Sanz <marta.gilsanz@example.es>", "Recibo de julio", "billing", "",
"""Hola, buenas:

Me acaba de llegar al banco el recibo de julio de la academia (48 €) por
las clases de contemporáneo de mi hija Lucía. Según la hoja de
inscripción el curso acaba el 30 de junio con el festival y en julio no
hay clases. ¿Es un error? Si es así, ¿me lo podéis devolver?

Gracias,
Marta"""),
("es", "b175-es-baja-se-muda-monterrey", "Claudia Ibarra <claudia.ibarra@example.com.mx>", "Baja de Regina", "billing", "",
"""Buenas tardes Miss Fer,
le escribo porque Regina se va a vivir con su papa a Monterrey en agosto,
asi que ya no va a seguir en jazz. Le pido que ya no le cobren la
mensualidad de $950 a mi tarjeta a partir de agosto. Julio si lo toma
completo.
Muchas gracias por todo lo que le enseñaron, las va a extrañar mucho.
Claudia Ibarra"""),
("es", "b175-es-coro-ultima-temporada-tenor", "Tomás Echevarría <tomas.echevarria@example.es>", "Cuota del coro", "billing", "",
"""Estimada Begoña:

Después de 22 años cantando con los tenores, he decidido que esta
temporada será la última; la voz ya no es la que era y las escaleras del
local tampoco me lo ponen fácil. Te agradecería que a partir de enero no
me pasarais más la cuota trimestral de 45 €.

Seguiré yendo a los conciertos, eso que no falte.

Un abrazo,
Tomás"""),
("es", "b175-es-entradas-chicos-cobradas-adulto", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "Entradas del festival", "billing", "",
"""Hola, ¿qué tal? Compré por la web 4 entradas para el Festival de Música
para Chicos en Palermo, 2 de adulto y 2 de menor. En el resumen de la
tarjeta me aparecen las 4 a $18.500, o sea todas como adulto, cuando la
de menor sale $9.000. Me deben $19.000. ¿Me lo pueden reintegrar a la
tarjeta?
Gracias,
Lucas"""),
("es", "b175-es-colegiatura-meses-sin-intereses", "Alejandro Torres <alejandro.torres@example.com.mx>", "Colegiatura diplomado", "billing", "",
"""Buen día,

Mi hijo fue aceptado en el Diplomado en Teatro Musical (generación
2025). La colegiatura total es de $38,000 MXN. Quisiera saber si la puedo
pagar a meses sin intereses con tarjeta de crédito y con qué bancos, o
si hay un plan de pagos mensuales directo con la escuela. También, ¿me
pueden dar factura a nombre de mi empresa?

Saludos cordiales,
Alejandro Torres"""),
("es", "b175-es-traje-flamenca-senal-omic", "Rocío Márquez <rocio.marquez@example.es>", "Traje de flamenca - señal de 300 €", "billing", "high",
"""Buenas tardes, Encarna:

En enero te dejé 300 € de señal para el traje de flamenca de mi hija,
con la prueba en marzo y la entrega "sin falta" antes de la Feria. La
Feria ha pasado, mi hija fue con un traje prestado y tú sigues sin coger
el teléfono.

Ya no quiero el traje. Quiero los 300 € de vuelta antes del día 30. Si
no, pondré una reclamación en la OMIC y el asunto pasará a mi abogado.

Rocío Márquez"""),
("es", "b175-es-cambio-talla-media-punta", "Valentina Soto <vale.soto@example.cl>", "cambio de talla", "billing", "",
"""Hola!! compré unas zapatillas de media punta de lona talla 31 para mi
hija en la tienda de Providencia, pero le quedan grandes. Están sin uso,
con la caja y la boleta. ¿Puedo cambiarlas por una 30 en la tienda de
Las Condes o tiene que ser en la misma?
Gracias, Vale"""),
("es", "b175-es-re-factura-ampa-cif", "AMPA CEIP Miguel Hernández <ampa.miguelhernandez@example.es>", "RE: Presupuesto taller de teatro 3º y 4º", "billing", "",
"""Hola, Nuria:

Gracias por el presupuesto, nos encaja perfectamente. Necesitaríamos que
la factura saliera a nombre de la AMPA con nuestro CIF (G12345678) y no a
nombre de Pilar, que es quien os escribió primero. ¿El pago sería por
transferencia al terminar el taller o se paga una parte por adelantado?

Un saludo,
Javier Ruiz
Tesorero AMPA

-----Mensaje original-----
De: Nuria Sala <talleres@teatrotxiki.example.es>
Asunto: Presupuesto taller de teatro 3º y 4º

Hola, Pilar:
Os paso el presupuesto del taller de teatro de 6 sesiones para los grupos
de 3º y 4º: 540 € (exento de IVA).
Un abrazo,
Nuria"""),
("es", "b175-es-taller-vacaciones-contracargo", "Andrés Felipe Rojas <andres.rojas@example.com.co>", "Reembolso taller de vacaciones", "billing", "high",
"""Buenas tardes.

Pagué $450.000 por el taller de teatro de vacaciones de mi hijo (del 16
al 27 de diciembre). Ustedes lo cancelaron el 13 por WhatsApp y me
dijeron que el reembolso llegaba en cinco días hábiles. Ya vamos en
cuatro semanas y nadie me da razón.

Si esta semana no veo la plata en la tarjeta, le pido al banco el
contracargo. Ustedes verán.

Andrés Felipe Rojas"""),
("es", "b175-es-fallecio-mama-cuota-coro", "Silvia Benedetti <silvia.benedetti@example.com.ar>", "Cuota de Nelly Benedetti", "billing", "",
"""Estimados:

Les escribo para avisarles que mi mamá, Nelly Benedetti, que cantaba en
el coro de la Asociación los martes y jueves, falleció el mes pasado.
Veo que se le sigue debitando la cuota social de $12.000 de su caja de
ahorro. Les pido que den de baja el débito.

Gracias por todos estos años; el coro fue su familia después de que
murió papá.

Silvia Benedetti"""),
("es", "b175-es-hola-operacion-rodilla-pausa", "Pilar Ortega <pilar.ortega@example.es>", "Hola", "billing", "",
"""Hola, me operan de la rodilla el día 12 y voy a estar unos dos meses
sin poder bailar sevillanas. ¿Se puede dejar la matrícula en pausa esos
meses sin perder la plaza en el grupo de los miércoles? No me importa
pagar algo simbólico para guardarla, pero la mensualidad entera no.
Pilar"""),
("es", "b175-es-recargo-fuera-plazo-directora", "Fernando Lozano <fernando.lozano@example.es>", "Recargo de 15 €", "billing", "high",
"""Buenas,

Este mes me habéis cobrado la cuota de la escuela de artes escénicas de
mi hijo con un recargo de 15 € "por pago fuera de plazo". El recibo lo
devolvió el banco por un error suyo, no mío, y en cuanto me avisasteis
pagué por transferencia ese mismo día. Tengo el justificante.

En secretaría me dicen que no pueden hacer nada. Pues quiero hablar con
la directora, porque no pienso pagar un recargo por algo que no es culpa
mía.

Fernando Lozano"""),
("es", "b175-es-certificado-regalo-salsa", "Ximena Cruz <ximena.cruz@example.com.mx>", "certificado de regalo", "billing", "",
"""hola! me regalaron un certificado de regalo por un mes de clases de
salsa en linea ($1,200) pero lo quiero usar para las clases presenciales
en su sucursal de Coyoacan, que cuestan $1,500. puedo usar el
certificado y pagar la diferencia?"""),
("es", "b175-es-campamento-bizum-fianza", "Nerea Aguirre <nerea.aguirre@example.es>", "Pago inscripción", "billing", "",
"""Kaixo! Para la inscripción del campamento urbano de danza y teatro de
julio, ¿se puede pagar por Bizum o sólo por transferencia? Y la fianza de
50 € de la reserva, ¿se descuenta luego del total?
Gracias!
Nerea"""),
("es", "b175-es-app-error-500-no-recibos", "Raúl Castaño <raul.castano@example.es>", "No puedo entrar en la app", "technical", "",
"""Buenas tardes,

Os escribo por la app de la escuela, no por los recibos (eso está todo
bien). Desde ayer, al meter mi usuario y contraseña me sale "Error 500" y
se queda en blanco. He borrado la app y la he vuelto a instalar y nada.
Necesito ver el horario de ensayos del fin de semana.

Raúl"""),
("es", "b175-es-boletos-qr-no-carga", "Fernanda López <fer.lopez@example.com.mx>", "Boletos festival", "technical", "",
"""Hola, compré los boletos para el festival familiar del domingo y en la
app me aparecen, pero al abrir el QR dice "No se pudo cargar el código" y
se queda la ruedita. Ya cerré sesión y volví a entrar. ¿Los puedo
imprimir en algún lado o qué hago? Tengo un Motorola.
Fer"""),
("es", "b175-es-maquina-humo-olor-quemado", "Compañía La Chistera <produccion@lachistera-teatro.example.es>", "Máquina de humo alquilada", "technical", "high",
"""Hola,

Os alquilamos la máquina de humo para las funciones escolares de esta
semana en el Teatro Principal. Hoy en el ensayo técnico, a los diez
minutos de encenderla, empezó a salir un olor fuerte a quemado de la
parte de atrás, la carcasa estaba muy caliente y saltó el diferencial de
toda la sala. La hemos desenchufado y apartado.

Mañana tenemos dos funciones con unos 300 niños de primaria cada una.
Necesitamos saber si nos podéis traer otra máquina y cuándo pasáis a
recoger esta.

Gracias,
Marina Vidal
Producción, Compañía La Chistera"""),
("es", "b175-es-streaming-muestra-pantalla-negra", "Graciela Ponce <graciela.ponce@example.com.ar>", "transmision de la muestra", "technical", "",
"""Buenas noches. Pagué el link para ver la muestra de danza de mi nieta
desde Córdoba y no se ve nada, pantalla negra y el audio entrecortado.
Probé en la computadora y en el celular. No quiero que me devuelvan la
plata, quiero ver a Martina bailar. Sale en el segundo bloque. ¿Qué
puedo hacer?
Graciela"""),
("es", "b175-es-sistema-rentas-disfraces-caido", "Disfraces La Catrina <gerencia@disfraceslacatrina.example.com.mx>", "Sistema", "technical", "high",
"""Buenos días,

Desde que abrimos a las 10 el sistema de rentas que nos instalaron no
abre en ninguna de las tres computadoras del mostrador, se queda en
"Conectando con el servidor". Es la semana de Día de Muertos, tenemos
más de 40 apartados para entregar hoy y no podemos ver qué disfraz es de
quién ni registrar las devoluciones. Ya hay fila afuera y estamos
anotando todo a mano.

Por favor llámenme al 55 1234 5678.

Patricia Mendoza
Gerente, Disfraces La Catrina"""),
("es", "b175-es-puntas-caja-blanda", "Irene Navarro <irene.navarro@example.es>", "Puntas", "technical", "",
"""Hola, compré en vuestra tienda de Valencia unas puntas (talla 37, ancho
X) hace tres semanas. Las he usado en 5 clases y la caja del pie
izquierdo está completamente blanda, se dobla como si llevara meses. La
del pie derecho sigue bien. ¿Puede ser un defecto de fabricación? Os
mando fotos.
Irene"""),
("es", "b175-es-vestido-salsa-destinio", "Paola Andrea Gómez <paola.gomez@example.com.co>", "Vestido de la presentación", "technical", "",
"""Buenas tardes,

Les compré el vestido de salsa caleña para la presentación de mi hija.
Lo lavé a mano con agua fría como dice la etiqueta y el rojo se corrió
por todo el blanco de los volantes, quedó rosado. Y se le están cayendo
las lentejuelas del cuello. Solo lo ha usado una vez. ¿Esto tiene
arreglo? La presentación es el 15.

Paola"""),
("es", "b175-es-tira-led-transformador-humo", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "Tira LED", "technical", "high",
"""Hola, buenas tardes. Les compramos hace dos semanas 10 metros de tira
LED con su transformador para el borde del escenario de nuestra escuela
de danza. Ayer, después de una hora encendida, el transformador empezó a
echar un humito blanco y olía a plástico quemado. Lo desenchufé al tiro
y no lo he vuelto a conectar. Está a medio metro de las cortinas del
escenario. ¿Qué hacemos?
Rodrigo Fuentes
Escuela de Danza Movimiento, Viña del Mar"""),
("es", "b175-es-no-llega-correo-contrasena", "Luis Herrero <luis.herrero@example.es>", "contraseña", "technical", "",
"""buenas, le doy a "he olvidado mi contraseña" en el area de socios del
coro y no me llega ningun correo, ni en spam. Lo he intentado 4 veces
desde ayer. Mi correo es este mismo."""),
("es", "b175-es-boleteria-online-funcion-17", "Teatro de Títeres El Farolito <administracion@elfarolito.example.com.ar>", "Función de las 17", "technical", "high",
"""Hola,

Desde las 11 la página de venta de entradas que nos dan ustedes muestra
"Servicio no disponible" y los puntos de venta tampoco pueden emitir. Hoy
es domingo, tenemos función a las 17 con sala para 180, ya hay familias
escribiéndonos por Instagram que no pueden comprar, y los que ya
compraron no pueden descargar la entrada. En la puerta no vamos a tener
forma de saber quién pagó.

Necesitamos que alguien nos llame: 11 4567-8901.

Sofía Medina
Administración, El Farolito"""),
("es", "b175-es-pistas-contraltos-0-00", "Carmen Vidal <carmen.vidal@example.es>", "Las pistas de contraltos", "technical", "",
"""Hola, buenas tardes:

Me he descargado las pistas de contraltos del Réquiem de Fauré desde la
web del coro, pero en el móvil aparecen con duración 0:00 y no suenan.
En el ordenador de mi hija sí se oyen. Tengo un Samsung de hace unos
años. ¿Hay que tener algún programa especial?

Gracias,
Carmen, contralto 2"""),
("es", "b175-es-formulario-fecha-nacimiento", "Diego Ramírez <diego.ramirez@example.com.mx>", "formulario", "technical", "",
"""El formulario de inscripcion no me deja poner la fecha de nacimiento de
mi hija, el calendario solo llega hasta 2015 y ella nacio en 2018."""),
("es", "b175-es-re-campus-sesion-caducada", "Alba Moreno <alba.moreno@example.es>", "RE: Incidencia 7734 - campus virtual", "technical", "high",
"""Hola de nuevo:

He probado lo que me decís: borrar caché, modo incógnito, otro navegador
y hasta el ordenador de la biblioteca. En cuanto abro el examen de
Historia del Teatro, a los dos minutos me expulsa con "Sesión caducada" y
me lo cuenta como intento. Ya he gastado dos de los tres.

El plazo acaba el viernes y no me voy a jugar el último intento a ver si
esta vez funciona. Quiero que esto lo vea un responsable del campus
virtual o la jefatura de estudios, no otra respuesta automática.

Alba Moreno
2º curso, Interpretación

El 14/01/2025, a las 9:05, Soporte Campus <soporte@example-escueladearte.es> escribió:
> Hola, Alba:
> Prueba a borrar la caché del navegador o a usar una ventana de
> incógnito.
> Un saludo."""),
("es", "b175-es-gracias-festival-fin-de-curso", "Mariana Herrera <mariana.herrera@example.com.mx>", "Gracias!!", "general", "",
"""Hola a todo el equipo!!

Solo queríamos darles las gracias por el festival de fin de curso del
sábado. Todo salió precioso, las maestras súper organizadas con los
niños tras bambalinas y el vestuario de las abejitas estaba divino.
Emiliano salió con una sonrisa que no le cabía en la cara. Los abuelos
vinieron desde Puebla y no paraban de aplaudir.

Nos vemos en agosto!
Mariana y familia"""),
("es", "b175-es-gafas-olvidadas-auditorio", "Mercedes Blanco <mercedes.blanco@example.es>", "Gafas olvidadas", "general", "",
"""Buenos días:

El domingo fuimos a la gala de la escuela en el auditorio y mi madre, que
tiene 84 años, se dejó las gafas de cerca en la fila 9, en una funda
marrón de piel. ¿Las ha encontrado alguien? Sin ellas no puede ni leer
el periódico.

Muchas gracias,
Mercedes Blanco"""),
("es", "b175-es-consulta-enero-sabados", "Romina Acosta <romi.acosta@example.com.ar>", "Consulta", "general", "",
"""Hola! una consulta, en enero el local de Almagro sigue abriendo los
sabados? y si vamos con la nena para que le prueben las zapatillas de
jazz hace falta sacar turno?
Gracias!!"""),
("es", "b175-es-conserje-gritos-director", "Ángel Prieto <angel.prieto@example.es>", "Queja por el trato recibido", "general", "high",
"""Buenas tardes:

El jueves fui a recoger a mi hijo a la escuela de teatro con diez minutos
de retraso por un atasco. El conserje me recibió a gritos delante de los
niños, me llamó "irresponsable" y me dijo que "la próxima vez se queda en
la calle". Mi hijo tiene ocho años.

Entiendo que llegar tarde es un fastidio, pero no acepto ese trato.
Quiero que esto llegue al director del centro y que se me llame para
hablarlo.

Ángel Prieto
600 123 456"""),
("es", "b175-es-contacto-emergencia-abuela", "Lorena Vázquez <lorena.vazquez@example.com.mx>", "Actualizar datos", "general", "",
"""Buenas tardes, por favor actualicen el contacto de emergencia de Sofía
Vázquez (grupo de ballet infantil B). Ya no es su tía Karla, ahora es su
abuela, Rosa María Ortiz, cel. 33 9876 5432. También cambié de correo,
favor de usar este.
Gracias
Lorena"""),
("es", "b175-es-derechos-arco-academia", "Jorge Salinas <jorge.salinas@example.com.mx>", "Solicitud de derechos ARCO", "general", "",
"""A quien corresponda:

Por medio del presente, y con fundamento en la Ley Federal de Protección
de Datos Personales en Posesión de los Particulares, solicito ejercer
mis derechos de acceso y cancelación respecto de los datos personales de
mi hija, Andrea Salinas Peña, quien estuvo inscrita en su academia de
danza de 2021 a 2023. Pido conocer qué datos conservan y que
posteriormente sean eliminados, incluidas las fotografías en redes
sociales.

Quedo atento a su respuesta.

Jorge Salinas"""),
("es", "b175-es-scouts-voluntarios-festival", "Hugo Sánchez <hugo.sanchez@example.es>", "Voluntarios para el festival", "general", "",
"""Hola:
Somos un grupo scout de Getafe (unos 12 monitores) y nos gustaría echar
una mano como voluntarios en el Festival de Música en Familia de junio:
montaje, zona infantil, lo que haga falta. ¿Aceptáis voluntarios? ¿A
quién tenemos que escribir?
Un saludo,
Hugo, Grupo Scout Alhambra"""),
("es", "b175-es-tablon-levantado-escenario", "Constanza Muñoz <coni.munoz@example.cl>", "Escenario del salón", "general", "high",
"""Hola, les aviso que en el escenario del salón donde ensayan los niños
de teatro hay un tablón levantado, casi al centro, con clavos que
sobresalen un poco. Hoy mi hijo se enganchó la calceta y por suerte no
se cayó. El sábado tienen ensayo general con los más chicos descalzos.
Alguien debería revisarlo antes.
Constanza Muñoz"""),
("es", "b175-es-disfraces-conserjeria-paco", "Beatriz Molina <beatriz.molina@example.es>", "Pedido de disfraces", "general", "",
"""Hola, el pedido de los disfraces de la obra del cole (pedido 80453)
llega el jueves según el seguimiento. Por las mañanas no estoy en casa;
por favor, que lo dejen en conserjería, el conserje se llama Paco y está
de 8 a 14. Gracias!"""),
("es", "b175-es-audiciones-coro-ninos", "Federico Ríos <fede.rios@example.com.ar>", "Coro de niños", "general", "",
"""Buenas tardes, quería saber si el coro de niños del Centro Cultural
toma audiciones este año, desde qué edad, y si hace falta que sepan leer
música. Mi hija tiene 9 años y canta todo el día. ¿Los ensayos son los
sábados?
Saludos,
Federico"""),
("es", "b175-es-salida-emergencia-bloqueada", "Óscar Domínguez <oscar.dominguez@example.es>", "Salida de emergencia", "general", "high",
"""Hola,

Ayer en la función infantil de las 12 me fijé en que la salida de
emergencia del lateral izquierdo del patio de butacas estaba tapada por
completo con cajas y percheros de vestuario. La sala estaba llena y con
muchos carritos. No pasó nada, pero si hubiera pasado algo no se podía
salir por ahí. Os lo comento para que lo reviséis antes del fin de
semana.

Un saludo,
Óscar"""),
("es", "b175-es-pedido-30871-corona-varita", "Javiera Contreras <javiera.contreras@example.cl>", "Pedido 30871", "general", "",
"""Hola, consulta por el pedido 30871 (disfraz de hada talla 6). En la
foto de la página sale con corona y varita, ¿vienen en el paquete o no?
Es para saber si tengo que conseguirlas por otro lado antes del acto del
colegio.
Gracias
Javiera"""),
("es", "b175-es-re-horario-enero-gracias-pablo", "Lola Serrano <lola.serrano@example.es>", "Re: Horario de enero", "general", "",
"""Hola, Elena:

Gracias por la respuesta tan rápida. Ya que estoy, quería deciros algo
que no os he dicho nunca: este trimestre con vosotros ha sido lo mejor
que le ha pasado a Pablo en mucho tiempo. Con su autismo le cuesta
muchísimo estar en grupo, y el profe Dani ha tenido una paciencia
infinita, dejándole su rincón y su tiempo. El viernes salió al escenario
a decir su frase. Yo lloré, claro.

Gracias de corazón,
Lola Serrano

El mar, 10 dic 2024 a las 18:22, Elena Ruiz (<secretaria@example-escuelateatro.es>) escribió:
> Hola, Lola:
> Sí, el taller sigue en enero con el mismo horario, martes de 17:30 a
> 19:00.
> Un saludo, Elena"""),
# ---------------- Polish ----------------
("pl", "b175-pl-karnet-pobrany-dwa-razy", "Joanna Kaczmarek <joanna.kaczmarek@example.pl>", "Karnet październik", "billing", "",
"""Dzień dobry,

za październikowy karnet Zuzi (balet, grupa 6-7 lat, wtorki i czwartki)
pobrano mi z konta dwa razy po 220 zł, 1 i 2 października. Proszę o
sprawdzenie i zwrot jednej płatności.

Pozdrawiam
Joanna Kaczmarek"""),
("pl", "b175-pl-kuba-konczy-z-breakdance", "Tomasz Nowicki <tomek.nowicki@example.pl>", "Kuba", "billing", "",
"""Czesc,
Kuba oznajmil przy kolacji, ze breakdance to "juz nie jego klimat" i od
listopada przechodzi na szachy. Prosze o wylaczenie comiesiecznej
platnosci 160 zl z karty od listopada. Pazdziernik chodzi do konca.
Dzieki za wszystko, trener Mateusz to gosc!
Tomek"""),
("pl", "b175-pl-chor-wyjazd-do-bergen", "Elżbieta Górska <elzbieta.gorska@example.pl>", "Składka członkowska", "billing", "",
"""Szanowna Pani Dyrygent,

z końcem roku wyjeżdżamy z mężem na stałe do córki, do Bergen. Oznacza to
niestety koniec mojego śpiewania w sopranach. Proszę o zatrzymanie
comiesięcznej składki (50 zł) pobieranej z mojego konta od stycznia.

Dziękuję za wszystkie próby i koncerty, będzie mi Was bardzo brakowało.

Z serdecznymi pozdrowieniami
Elżbieta Górska"""),
("pl", "b175-pl-oplata-serwisowa-festiwal", "Marcin Lewandowski <marcin.lew@example.pl>", "Bilety na festiwal", "billing", "",
"""Dzien dobry, kupilem 4 bilety na Festiwal Muzyki dla Dzieci w Sopocie
po 49 zl, a z karty zeszlo 268 zl. Okazuje sie, ze doliczyliscie 18 zl
"oplaty serwisowej" do kazdego biletu. Na stronie z cena nigdzie tego nie
bylo, dopiero w ostatnim kroku malym drukiem. Czy mozna te oplaty
zwrocic?
Marcin"""),
("pl", "b175-pl-czesne-studium-raty", "Katarzyna Zielińska <k.zielinska@example.pl>", "Czesne - rok 2024/25", "billing", "",
"""Dzień dobry,

córka dostała się do Studium Wokalno-Aktorskiego (jeszcze raz
dziękujemy!). Czesne za rok wynosi 7 800 zł. Czy jest możliwość
rozłożenia go na 10 rat miesięcznych? I czy przy płatności jednorazowej
przysługuje jakiś rabat? Potrzebowałabym też faktury wystawionej na
córkę, bo jest już pełnoletnia.

Pozdrawiam,
Katarzyna Zielińska"""),
("pl", "b175-pl-zaliczka-stroje-rzecznik-sad", "Barbara Mazur <barbara.mazur@example.pl>", "Zaliczka za stroje krakowskie", "billing", "high",
"""Pani Danuto,

15 lutego wpłaciłam zaliczkę 600 zł na uszycie sześciu strojów
krakowskich dla dzieci na występ 3 maja. Strojów nie dostaliśmy, dzieci
wystąpiły w pożyczonych, a od miesiąca nie odbiera Pani telefonu.

Stroje nie są nam już potrzebne. Oczekuję zwrotu 600 zł w ciągu 7 dni.
W przeciwnym razie zgłaszam sprawę do miejskiego rzecznika konsumentów i
kieruję ją do sądu.

Barbara Mazur
Tarnów"""),
("pl", "b175-pl-wymiana-baletek-rozmiar", "Ola Krawczyk <ola.krawczyk@example.pl>", "wymiana", "billing", "",
"""Hej, zamowilam u Was baletki skorzane rozmiar 28 dla corki, ale sa za
male. Nie byly noszone, tylko przymierzone w domu. Moge je odeslac i
dostac 29? Trzeba placic za przesylke w druga strone?
Ola"""),
("pl", "b175-pl-odp-faktura-przedszkole", "Przedszkole nr 12 <sekretariat@p12-lublin.example.pl>", "Odp: Warsztaty teatralne dla grup starszaków", "billing", "",
"""Dzień dobry Pani Magdo,

dziękujemy za ofertę, bierzemy oba terminy (14 i 28 listopada). Fakturę
proszę wystawić na: Miasto Lublin, NIP 123-456-78-90, odbiorca:
Przedszkole nr 12 w Lublinie. Potrzebujemy minimum 14 dni terminu
płatności, przelewem. Czy to możliwe?

Z poważaniem
Renata Sowa
sekretariat

-----Wiadomość oryginalna-----
Od: Magda Wrona <warsztaty@teatrzyk-fasolka.example.pl>
Temat: Warsztaty teatralne dla grup starszaków

Dzień dobry,
w załączeniu oferta na warsztaty teatralne dla dwóch grup 5-6-latków.
Koszt jednego spotkania (90 min) to 450 zł brutto.
Pozdrawiam serdecznie
Magda Wrona"""),
("pl", "b175-pl-polkolonie-odwolane-chargeback", "Paweł Dudek <pawel.dudek@example.pl>", "Zwrot za półkolonie - ostatnie przypomnienie", "billing", "high",
"""Dzień dobry,

zapłaciłem 890 zł za półkolonie teatralne syna (8-12 lipca). Odwołaliście
je dwa dni przed startem SMS-em, obiecując zwrot w ciągu 14 dni. Minął
ponad miesiąc. Dzwoniłem trzy razy i za każdym razem słyszę, że
"księgowa jest na urlopie".

Jeśli pieniądze nie wrócą do piątku, składam w banku reklamację
transakcji kartą (chargeback).

Paweł Dudek"""),
("pl", "b175-pl-dogdancing-fado-odszedl", "Iwona Pawlak <iwona.pawlak@example.pl>", "Fado", "billing", "",
"""Dzien dobry,
w zeszlym tygodniu odszedl nasz Fado, mial 13 lat. Chodzilismy z nim na
Wasze sobotnie zajecia dog dancingu od trzech lat i to byly nasze
najfajniejsze godziny w tygodniu. Prosze o anulowanie karnetu od
grudnia, na razie nie planujemy nowego psa.
Dziekuje za wszystko i pozdrawiam Pania Agate.
Iwona Pawlak"""),
("pl", "b175-pl-dzien-dobry-erasmus-zawieszenie", "Weronika Sikora <weronika.sikora@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,
od lutego do czerwca wyjeżdżam na Erasmusa do Lizbony. Czy mogę zawiesić
członkostwo w studiu (Open, 4 zajęcia w tygodniu, 289 zł) na ten czas i
wrócić od lipca na tych samych warunkach? Nie chcę stracić ceny z
promocji.
Weronika"""),
("pl", "b175-pl-odwolane-zajecia-kierownik", "Grzegorz Wiśniewski <g.wisniewski@example.pl>", "Zajęcia odwołane a płatność", "billing", "high",
"""W listopadzie odwołaliście 3 z 8 zajęć jazzu mojej córki (choroba
instruktorki, rozumiem), ale zapłaciłem pełne 240 zł i nie dostałem ani
zwrotu, ani odrabiania. Recepcja twierdzi, że "karnet jest miesięczny i
nie podlega zwrotom".

Nie zgadzam się. Proszę, żeby skontaktował się ze mną kierownik szkoły,
a nie recepcja. Tel. 601 234 567.

Grzegorz Wiśniewski"""),
("pl", "b175-pl-multisport-blik-salsa", "Monika Jaworska <monika.jaworska@example.pl>", "multisport", "billing", "",
"""Dzien dobry, czy na zajecia salsy dla doroslych mozna wejsc na karte
Multisport? Jesli tak, to czy jest jakas doplata? I czy reszte moge
placic BLIKiem na miejscu?
Monika"""),
("pl", "b175-pl-bon-tango-przedluzenie", "Anna Kowalczyk <anna.kowalczyk@example.pl>", "Bon dla rodziców", "billing", "",
"""Dzień dobry,
na 40. rocznicę ślubu kupiłyśmy z siostrą rodzicom bon na kurs tanga
(8 spotkań, 560 zł). Jest ważny do końca marca, a tata właśnie przeszedł
operację biodra i do wiosny nie zatańczy. Czy da się przedłużyć ważność
bonu o kilka miesięcy?
Pozdrawiam
Anna Kowalczyk"""),
("pl", "b175-pl-qr-bramka-nie-platnosc", "Michał Grabowski <michal.grabowski@example.pl>", "Bramka", "technical", "",
"""Dzień dobry, od razu piszę, że to nie sprawa płatności - karnet jest
opłacony i w aplikacji widnieje jako aktywny. Tyle że od poniedziałku
kod QR z aplikacji nie otwiera bramki przy wejściu do studia, czytnik
miga na czerwono. Dwa razy recepcja musiała mnie wpuścić ręcznie.
Telefon Pixel 7, jasność na maksa.
Michał"""),
("pl", "b175-pl-aplikacja-festiwalu-mapa", "Kasia Wrobel <kasia.wrobel@example.pl>", "apka festiwalu", "technical", "",
"""Hej, w aplikacji festiwalu nie laduje sie ani mapa terenu, ani
harmonogram koncertow dla dzieci, tylko kreci sie kolko. Wylogowalam
sie, wyczyscilam dane, nic. iPhone SE. Jutro przyjezdzamy z dziecmi i
chcialam zaplanowac dzien.
Kasia"""),
("pl", "b175-pl-parownica-kopie-pradem", "Pracownia Krawiecka Igła <pracownia@igla-kostiumy.example.pl>", "Parownica do kostiumów", "technical", "high",
"""Dzień dobry,

miesiąc temu kupiliśmy u Państwa parownicę pionową do prasowania
kostiumów. Od kilku dni przy dotykaniu metalowego drążka czuć lekkie
mrowienie, a dziś krawcowa dostała wyraźnie prądem, aż jej ręka
odskoczyła. Nic jej się nie stało. Urządzenie odłączyliśmy i nie
używamy.

Proszę o informację, jak to zgłosić i co dalej.

Z poważaniem
Teresa Baran
Pracownia Krawiecka Igła"""),
("pl", "b175-pl-nagranie-koncertu-link", "Halina Wojcik <halina.wojcik@example.pl>", "Nagranie", "technical", "",
"""Dzien dobry, kupilam nagranie koncertu koncowego szkoly baletowej
(wnuczka tanczy w grupie Motylki). Link z maila prowadzi do strony
"Plik niedostepny". Nie chodzi mi o zwrot pieniedzy, chce tylko zobaczyc
wnuczke, bo nie moglam przyjechac. Prosze o pomoc.
Halina Wojcik"""),
("pl", "b175-pl-bramki-studio-zablokowane", "Studio Tańca Rytm <biuro@studio-rytm.example.pl>", "Bramki wejściowe", "technical", "high",
"""Dzień dobry,

od 16:00 system wejść, który mamy od Was, nie przyjmuje żadnych
karnetów ani kodów - bramki są zablokowane, a panel recepcji pokazuje
"Brak połączenia z serwerem". Właśnie zaczynają się popołudniowe zajęcia
dla dzieci, w holu stoi kilkadziesiąt osób z rodzicami, instruktorzy
czekają na salach. Wpuszczamy ludzi bocznymi drzwiami i spisujemy na
kartce.

Proszę o telefon: 512 345 678.

Karolina Kubiak
Studio Tańca Rytm, Poznań"""),
("pl", "b175-pl-stepowki-blaszka-sie-odkreca", "Julia Adamczyk <julia.adamczyk@example.pl>", "Stepówki", "technical", "",
"""Dzień dobry,
kupiłam u Was stepówki trzy tygodnie temu. Blaszka na lewym czubku
ciągle się odkręca - dokręcam śrubki przed każdą lekcją, a po 20
minutach znowu lata i klekocze. Raz śrubka wypadła na parkiet. Czy to
wada? Da się to jakoś naprawić?
Julia"""),
("pl", "b175-pl-sukienka-turniejowa-cyrkonie", "Dorota Kaminska <dorota.kaminska@example.pl>", "sukienka turniejowa", "technical", "",
"""Dzien dobry, sukienka do latino uszyta u Pani w pazdzierniku - po
pierwszym turnieju w Lodzi odpadlo chyba z 40 cyrkonii z gory i z
rekawa, klej sie nie trzyma. Czy moze Pani to poprawic przed
Mistrzostwami Okregu 7 grudnia?
Dorota (mama Niki)"""),
("pl", "b175-pl-grzejnik-iskrzy-sala-prob", "Chór Cantilena <zarzad@chor-cantilena.example.pl>", "Grzejnik", "technical", "high",
"""Dzień dobry,

w listopadzie kupiliśmy od Państwa grzejnik olejowy do naszej sali prób
(piwnica przy parafii). Na ostatniej próbie, przy przełączaniu mocy na
III, z pokrętła poszły iskry i poczuliśmy swąd spalenizny. Wyłączyliśmy
go z gniazdka. Na próbach jest ok. 35 osób, większość w wieku
emerytalnym, i bez ogrzewania jest tam zimno, ale tego grzejnika już nie
włączymy. Co proponujecie?

Za zarząd chóru
Stanisław Kozłowski"""),
("pl", "b175-pl-konto-rodzica-zablokowane", "Bartek Zajac <bartek.zajac@example.pl>", "konto zablokowane", "technical", "",
"""Czesc, po trzech nieudanych probach logowania do panelu rodzica konto
sie zablokowalo "na 24h", a minely juz 3 dni i dalej to samo. Chcialem
zapisac syna na warsztaty aktorskie w ferie."""),
("pl", "b175-pl-formularz-chorow-termin", "Festiwal Chórów Dziecięcych <biuro@festiwal-chorow.example.pl>", "Formularz zgłoszeń", "technical", "high",
"""Dzień dobry,

formularz zgłoszeń, który dla nas prowadzicie, od rana zwraca błąd przy
wysyłaniu - dyrygenci po wypełnieniu całości dostają komunikat
"Wystąpił nieoczekiwany problem". Dziś o północy mija termin zgłoszeń,
co chwilę dzwoni do nas ktoś z innego chóru, mamy już kilkanaście
zespołów z całej Polski, które nie mogą się zapisać. Terminu nie
przesuniemy, bo jury dostaje listę jutro rano.

Proszę o kontakt: 22 123 45 67.

Agnieszka Pietrzak
Biuro Festiwalu"""),
("pl", "b175-pl-nuty-pdf-tablet", "Jadwiga Michalska <jadwiga.michalska@example.pl>", "nuty", "technical", "",
"""Dzien dobry, wnuk skonfigurowal mi tablet, zebym nie nosila teczki z
nutami na proby. Nuty z Waszej strony dla chorzystow sie sciagaja, ale
przy otwieraniu tablet pisze "Nie mozna otworzyc pliku". Na komputerze
corki sie otwieraja. Co mam zrobic?
Jadwiga Michalska, alt"""),
("pl", "b175-pl-grafik-z-czerwca-na-stronie", "Łukasz Kamiński <lukasz.kaminski@example.pl>", "grafik", "technical", "",
"""Na stronie w zakładce Grafik cały czas wyświetla się grafik z czerwca,
nawet po odświeżeniu i w innej przeglądarce."""),
("pl", "b175-pl-odp-pianino-serwis-przelozony", "Szkoła Baletowa Pas de Deux <sekretariat@pasdedeux.example.pl>", "Odp: Zgłoszenie nr 3318 - pianino cyfrowe", "technical", "high",
"""Dzień dobry,

pianino wróciło z serwisu w piątek z adnotacją "brak usterki", a w
poniedziałek na pierwszej lekcji znowu to samo: po kilkunastu minutach
grania gaśnie wyświetlacz i pianino milknie na kilka sekund. To już
drugi raz, kiedy je odsyłamy. Akompaniatorka gra teraz na keyboardzie
przyniesionym z domu.

Nie chcę trzeciego zgłoszenia na tych samych zasadach. Proszę o
przekazanie sprawy przełożonemu działu serwisu, który podejmie decyzję o
wymianie podzespołów albo wizycie technika na miejscu.

Ewa Szymańska
dyrektor szkoły

W dniu 2.12.2024 o 10:14, Serwis <serwis@example-instrumenty.pl> pisze:
> Szanowni Państwo,
> po testach urządzenie działa prawidłowo, nie stwierdzono usterki.
> Pianino zostanie odesłane kurierem.
> Pozdrawiamy, Dział Serwisu"""),
("pl", "b175-pl-podziekowanie-jaselka", "Beata Kwiatkowska <beata.kwiatkowska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,
chciałam bardzo podziękować za wczorajsze jasełka grup teatralnych. Mój
syn Antek (pastuszek z owieczką) przez dwa miesiące bał się wyjść na
scenę, a pani Ola tak pięknie go ośmieliła, że wczoraj powiedział swoją
kwestię najgłośniej ze wszystkich. Babcia płakała w pierwszym rzędzie.
Wesołych Świąt dla całego zespołu!
Beata Kwiatkowska"""),
("pl", "b175-pl-zgubiony-worek-baletki", "Magda Olszewska <magda.olszewska@example.pl>", "zguba", "general", "",
"""Dzien dobry, corka zostawila w szatni po sobotnich zajeciach (grupa
4-5 lat, 10:00) rozowy worek z baletkami i spodenkami, na worku jest
naszywka z imieniem LENA. Czy ktos go znalazl? Moge podjechac w tygodniu.
Magda"""),
("pl", "b175-pl-pytanie-11-listopada", "Renata Majewska <renata.majewska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy sklep z obuwiem tanecznym na Piotrkowskiej będzie
otwarty 11 listopada? A jeśli nie, to czy w sobotę 9-go można przyjść na
przymiarkę puent bez umawiania się?
Pozdrawiam"""),
("pl", "b175-pl-instruktor-szarpal-wlasciciel", "Robert Jasinski <robert.jasinski@example.pl>", "Skarga na instruktora", "general", "high",
"""Dzien dobry,

w czwartek na zajeciach akrobatyki tanecznej instruktor (pan Kamil)
szarpal moja 7-letnia corke za reke, bo "nie slucha", a potem kazal jej
siedziec pod sciana do konca lekcji, bo sie rozplakala. Inne mamy
widzialy to przez szybe.

Nie zycze sobie takiego traktowania dziecka. Prosze o kontakt wlasciciela
szkoly, nie recepcji. Tel. 698 765 432.

Robert Jasinski"""),
("pl", "b175-pl-zmiana-nazwiska-chorzystka", "Natalia Wróblewska <natalia.wroblewska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,
wyszłam za mąż i zmieniłam nazwisko z Pawłowska na Wróblewska. Proszę o
aktualizację danych w moim profilu w chórze i na liście do newslettera.
Nowy adres e-mail to ten, z którego piszę.
Natalia Wróblewska (sopran I)"""),
("pl", "b175-pl-rodo-wizerunek-syna", "Krzysztof Borkowski <krzysztof.borkowski@example.pl>", "RODO - wizerunek dziecka", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO wnoszę o usunięcie wizerunku mojego syna,
Igora Borkowskiego, ze wszystkich zdjęć i filmów opublikowanych na
Państwa profilu na Facebooku i kanale YouTube (m.in. film z koncertu
finałowego z czerwca). Wycofuję zgodę na publikację wizerunku udzieloną
przy zapisie.

Proszę o potwierdzenie realizacji wniosku.

Krzysztof Borkowski"""),
("pl", "b175-pl-stomatolog-partner-festiwalu", "Usmiech Stomatologia Dziecieca <recepcja@usmiech-dent.example.pl>", "Wspolpraca przy festiwalu", "general", "",
"""Dzien dobry,
prowadzimy gabinet stomatologii dzieciecej w Gdyni i chetnie zostalibysmy
partnerem Rodzinnego Festiwalu Muzycznego w sierpniu - np. stoisko z
nauka mycia zebow, nagrody w konkursach dla dzieci. Czy macie pakiety
sponsorskie? Z kim mozemy porozmawiac?
Pozdrawiamy
dr Marta Lis"""),
("pl", "b175-pl-hak-w-szatni-wysokosc-twarzy", "Aleksandra Jakubowska <aleksandra.jakubowska@example.pl>", "Szatnia", "general", "high",
"""Dzień dobry,
w szatni dziewczęcej przy sali B urwał się jeden z wieszaków i z listwy
wystaje ostry metalowy hak, dokładnie na wysokości twarzy pięciolatków.
Dzieci przebierają się tam w ścisku. Dziś moja córka prawie zahaczyła o
niego policzkiem. Zakleiłam go taśmą, ale to prowizorka - proszę, żeby
ktoś go zdjął przed jutrzejszymi zajęciami.
Aleksandra Jakubowska"""),
("pl", "b175-pl-paczkomat-kostium-smoka", "Piotr Sadowski <piotr.sadowski@example.pl>", "zamowienie 66120", "general", "",
"""Dzien dobry, co do zamowienia 66120 (kostium smoka dla syna) - kurier
nie zastanie nikogo w domu w tym tygodniu. Czy mozna przekierowac paczke
do paczkomatu WAW21M przy Grojeckiej? Albo zostawic u sasiadki pod 7.
Piotr"""),
("pl", "b175-pl-od-ilu-lat-balet", "Zofia Czarnecka <zofia.czarnecka@example.pl>", "Zapisy", "general", "",
"""Dzień dobry,
od ilu lat przyjmujecie dzieci na balet? Moja córka ma 3 i pół roku i
ciągle tańczy przed lustrem. Czy są zajęcia próbne i czy rodzic może
zostać na sali na pierwszych zajęciach?
Zofia"""),
("pl", "b175-pl-odp-wozek-odebrany-dzieki", "Agata Malinowska <agata.malinowska@example.pl>", "Odp: Zgubiony wózek", "general", "",
"""Dzień dobry,
odebraliśmy wczoraj wózek, wszystko w komplecie, łącznie z kocykiem.
Bardzo dziękujemy panu z ochrony, który go przechował i jeszcze zostawił
nam karteczkę. W tym zamieszaniu po koncercie, z dwójką dzieci na
rękach, kompletnie o nim zapomnieliśmy. Za rok na pewno przyjedziemy
znowu!
Agata i Paweł Malinowscy

W dniu 18.08.2024 o 09:32, Biuro Festiwalu <info@example-festiwal-rodzinny.pl> pisze:
> Dzień dobry,
> potwierdzamy, że wózek w kolorze grafitowym został znaleziony przy
> scenie głównej. Można go odebrać w punkcie informacji do poniedziałku
> do godz. 18.
> Pozdrawiamy"""),
("pl", "b175-pl-zamowienie-48210-zdazy", "Ewelina Ostrowska <ewelina.ostrowska@example.pl>", "Zamówienie 48210", "general", "",
"""Dzień dobry, w zamówieniu 48210 (strój biedronki, rozm. 116) status od
4 dni to "w realizacji". Przedstawienie w przedszkolu jest w piątek rano
- zdąży dojść? Jeśli nie, wolałabym wiedzieć teraz, żeby coś wymyślić.
Ewelina"""),
("pl", "b175-pl-zaproszenie-chor-dozynki", "Henryk Wójcik <soltys.zalesie@example.pl>", "Zaproszenie", "general", "",
"""Szanowni Państwo,
to nie jest żadna reklamacja, tylko zaproszenie :) Jako sołtys wsi
Zalesie chciałbym zaprosić Wasz chór na nasze dożynki 7 września, na
występ ok. 30-40 minut. Zapewniamy scenę z nagłośnieniem, transport
autokarem z Kielc i poczęstunek. Czy jest szansa? Jeśli tak, proszę o
kontakt telefoniczny: 604 111 222.
Z poważaniem
Henryk Wójcik"""),
]
