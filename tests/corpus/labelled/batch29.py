# batch29.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from the training and rule sources so
# that nothing is tuned or trained on them.  Written fresh for this batch,
# forty per language (en, el, es, pl), mostly from fashion and shoe
# shops, electronics shops, DIY stores and garden centres, bookshops,
# music shops, e-learning platforms, private tutoring, childcare and
# nurseries, care homes and veterinary clinics.  Covers the failure
# classes -- escalation demands and legal / chargeback threats that keep
# their topic, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, paid plans ended or
# paused in unusual words, business outages told by their consequences,
# safety hazards told calmly, premises hazards, praise, payment
# questions -- and everyday mail of all three queues.
# Tuple: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b29-ankle-boots-colour-swap", "Chloe Bennett <chloe.bennett@example.co.uk>", "Boots", "billing", "",
"""Hiya,

I bought the tan suede ankle boots in your sale last week (£45, down
from £70) and they're lovely but the tan is much more orange than on
the website. Can I swap them for the black ones? They've only been worn
round the living room on carpet. And if the black have gone back up to
full price do I have to pay the difference?

Thanks!
Chloe x"""),
("en", "b29-headphones-charged-twice", "Tyler Jameson <tjameson@example.com>", "Order #48120", "billing", "",
"""Hey there,

Just checked my banking app and there are two charges of $149.99 from
you on the same day, both for order #48120 (noise cancelling
headphones, black). I only ordered one pair and only one pair showed
up. Can you reverse the extra one?

Thanks,
Tyler"""),
("en", "b29-creche-moving-to-cork", "Aoife Brennan <aoife.brennan@example.ie>", "Saoirse - last day", "billing", "",
"""Hi Niamh,

Just to let you know we've finally got the house in Cork, so we're
moving at the end of next month. Saoirse's last day in the Bumblebees
room will be Friday the 28th. Could you make sure the €1,040 isn't taken
for the month after that? I think the contract says four weeks' notice
so hopefully this counts.

She's going to miss ye all terribly.

Aoife"""),
("en", "b29-data-course-emi-upi", "Rahul Verma <rahul.verma@example.in>", "Regarding fee payment for Data Science course", "billing", "",
"""Dear Sir/Madam,

I am interested to join the 6 month Data Science with Python programme
which is showing Rs. 42,000 on the website. Kindly let me know whether
the fee can be paid in instalments or EMI. Also please confirm if UPI
payment is accepted or only card, as I do not have a credit card.

Awaiting your kind reply.

Regards,
Rahul Verma
Pune"""),
("en", "b29-biscuit-rainbow-bridge", "Sharon Kelly <sharonkelly@example.com.au>", "Biscuit", "billing", "",
"""Hi all,

Sadly our old boy Biscuit crossed the rainbow bridge on Sunday. Thank
you to Dr Patel and the nurses for being so gentle with him at the end.

He was on the Healthy Pet plan at $39.95 a month, which obviously we
won't be needing now. Can you please stop the direct debit?

Sharon"""),
("en", "b29-re-care-home-hairdresser", "Jennifer Holt <jen.holt@example.co.uk>", "Re: Invoice for March - Mrs M. Holt, Room 14", "billing", "",
"""Hi Debbie,

Thanks for sending this over. Mum's fees are fine but there are two
"Hairdressing - £18.00" lines on it, and Mum tells me she didn't see
the hairdresser at all in March as she had a cold most of the month.
Could you check with the salon and take those off before I pay?

Best wishes,
Jen Holt

-----Original Message-----
From: Accounts <accounts@willowbank-care.example>
Sent: 02 April 2025 10:21
To: Jennifer Holt
Subject: Invoice for March - Mrs M. Holt, Room 14

Dear Ms Holt,

Please find attached the invoice for March. Payment is due by 14 April.

Kind regards,
Debbie Marsh
Administrator, Willowbank Care Home"""),
("en", "b29-bookshop-voucher-expired", "Alan Fenwick <alan.fenwick@example.co.uk>", "Gift voucher", "billing", "",
"""Good afternoon,

I was given one of your £25 gift vouchers for my birthday and have only
just found it again in a drawer. The date on the back says it expired in
January. Is there any chance you would still accept it? I'd like to put
it towards a new hardback on the history of the railways I saw in your
Durham window.

Yours,
Alan Fenwick"""),
("en", "b29-trumpet-rental-summer-hold", "Denise Carter <denise.carter@example.com>", "Trumpet rental - summer", "billing", "",
"""Hello,

My son Jaylen rents a student trumpet from you on the rent-to-own
program ($24 a month). School band is out from June 6 until the end of
August and he won't be taking lessons over the summer. Is it possible to
put the payments on hold for those months and restart in September,
without losing the credit he has built up toward buying it?

Thank you,
Denise Carter"""),
("en", "b29-trade-invoices-vat-number", "Gary Milner <accounts@milnerjoinery.example>", "Trade invoices", "billing", "",
"""Hi,

The last three invoices on our trade account (TA-20917) have come
through without our VAT number on them, so my accountant won't accept
them. VAT no. GB 000 1111 22. Can you add it to the account and resend
invoices 7731, 7768 and 7802?

Cheers
Gary Milner
Milner Joinery Ltd"""),
("en", "b29-tutor-block-grammar-place", "Priya Shah <priya.shah@example.co.uk>", "Ayaan's lessons", "billing", "",
"""Dear Mrs Okafor,

First of all, this is not a complaint - Ayaan has loved his maths
sessions with Daniel and we're sure they helped. He has now got his
place at the grammar school, so we won't need the remaining four lessons
of the 10-lesson block we paid for in January (£340).

Would it be possible to refund the four unused lessons, or does the
block have to be used up? His younger sister could use them next year if
that's the only option.

Kind regards,
Priya Shah"""),
("en", "b29-layby-ride-on-mower", "Darren Hughes <darren.hughes@example.com.au>", "Question", "billing", "",
"""G'day,

Do you guys do layby? Looking at the ride-on mower in the Toowoomba
store, the $3,299 one. Would rather pay it off over a couple of months
than whack it on the card. What's the deposit?

Cheers
Darren"""),
("en", "b29-laptop-refund-money-claim", "Michael Osborne <m.osborne@example.co.uk>", "Returned laptop - still no refund", "billing", "high",
"""To whom it may concern,

On 3 February I returned a laptop (order 552190, £899.00) to your
Croydon store, unopened and well within the 14 days. I was given a
returns receipt, which I still have. Six weeks on, nothing has reached
my card. I have phoned four times and been told each time that it is
"with the finance team".

I have run out of patience. Unless the full £899.00 is back on my card
within seven days I will start a claim through Money Claim Online for
the amount plus costs, and I will be reporting the store to Trading
Standards.

Michael Osborne"""),
("en", "b29-annual-renewal-amex-dispute", "Kevin Lutz <kevin.lutz@example.com>", "you renewed me without asking", "billing", "high",
"""I signed up for the monthly plan on your coding site last year to try
it out, used it for like 2 months and then stopped logging in. Today I
see a $299 charge for an "annual renewal". I never picked annual and I
never got a reminder email.

Refund it. If it's not back by Friday I'm calling Amex and disputing the
charge, and they can sort it out with you.

Kevin"""),
("en", "b29-runners-credit-note-area-manager", "Declan Murphy <declan.murphy@example.ie>", "Refund refused in Galway shop", "billing", "high",
"""Hi,

I brought back a pair of runners to your Galway shop on Saturday,
unworn, tags on, receipt in hand, 9 days after buying them (€110). The
girl at the till refused the refund because the box had a tear in the
lid, and said all she could do was a credit note. The box was torn when
I bought them!

I don't want a credit note, I want my €110 back on my card. I'd like
someone above store level - an area manager or whoever it is - to ring
me, as the store manager "wasn't available". 085 555 0142.

Declan Murphy"""),
("en", "b29-watercolour-videos-ipad", "Helen Grant <helen.grant@example.co.uk>", "Watercolour course", "technical", "",
"""Hello,

Let me say first I'm not after my money back - I love the course and
the tutor. It's just that since last week none of the videos in module 3
will play on my iPad. The little circle goes round and round and then
it says "Playback error 224003". Modules 1 and 2 still play fine, and
the same module 3 videos play on my husband's laptop.

I have updated the iPad and restarted it.

Regards,
Helen Grant"""),
("en", "b29-phone-slow-charging-kochi", "Arjun Nair <arjun.nair@example.in>", "New phone not charging properly", "technical", "",
"""Hello team,

This is not about payment or refund, payment is done and all fine. The
issue is with the phone itself. I bought the 5G phone from your Kochi
showroom on 12th. With the original charger it is taking more than 4
hours to charge fully and the "fast charging" message never comes. Tried
with another cable also, same thing.

Please advise what to do. Invoice no. KCH/2291.

Thanks and regards,
Arjun Nair"""),
("en", "b29-drill-second-battery-dies", "Mike Russo <mike.russo@example.com>", "drill battery", "technical", "",
"""Got the 20V drill combo kit from you in March. Second battery is
already crapping out - charges to full (green light) then dies after
maybe 5 screws. First battery is fine. Is that a warranty thing or what?
Mike"""),
("en", "b29-bookshop-reset-email-never-comes", "Patricia Lowe <pat.lowe@example.co.uk>", "Can't get into my account", "technical", "",
"""I have forgotten my password for your website and when I click
"forgot password" it says an email has been sent, but nothing arrives.
I've looked in the junk folder too. I've tried four times today. My
email address is the one I'm writing from.

Patricia Lowe"""),
("en", "b29-digital-piano-silent-keys", "Jess Nguyen <jess.nguyen@example.com.au>", "Piano", "technical", "",
"""Hi there,

Our digital piano (bought at your Parramatta store about 4 months ago)
has three keys near the top - the F, F sharp and G above top C - that
have stopped making any sound. You can press them and they feel normal,
just silent. Everything else plays fine. My daughter has her AMEB exam
in June so we'd love to get it sorted.

Thanks,
Jess"""),
("en", "b29-creche-app-grey-boxes", "Ciara Walsh <ciara.walsh@example.ie>", "the app", "technical", "",
"""Hi, since the update on Tuesday the parent app won't show any of the
photos or the daily diary for Oisín, just grey boxes. My husband's
phone is the same. Messages still come through grand. Is it just us?
Ciara"""),
("en", "b29-re-pond-filter-uv-light", "Robert Lane <rob.lane@example.co.uk>", "Re: Pond pump installation - job 4471", "technical", "",
"""Hi Sarah,

Afraid it's not quite right. Since your chap fitted the new pump and
filter on Thursday the waterfall is only a dribble compared to before,
and the little UV light on top of the filter box never comes on. The
water's already going a bit green. Could he pop back and have a look?

Rob Lane

> From: Sarah Quinn <installs@example-gardencentre.co.uk>
> Sent: Friday 16 May 2025 15:02
> Subject: Pond pump installation - job 4471
>
> Dear Mr Lane,
>
> Thank you for choosing us. We hope you are happy with your new pond
> pump and filter. If you have any questions please reply to this email.
>
> Sarah"""),
("en", "b29-hello-app-closes-bag", "Brianna Lopez <bri.lopez@example.com>", "Hello", "technical", "",
"""hi!! so every time I try to add the platform sandals to my bag in your
app it just closes itself. like the whole app crashes. tried 3 times,
deleted it and reinstalled, same thing. Samsung phone if that helps. I
really want them before they sell out in my size lol

Bri"""),
("en", "b29-straighteners-blue-spark", "Lucy Parr <lucy.parr@example.co.uk>", "Hair straighteners", "technical", "high",
"""Hello,

Just letting you know about the hair straighteners I bought from your
Derby store last month. This morning when I plugged them in there was a
small blue spark and a crackle from where the cable goes into the
handle, and a bit of a hot smell. Nobody was hurt and I've unplugged
them and put them away, but I thought someone should know in case it's
a batch problem.

Not sure what you want me to do with them.

Lucy Parr"""),
("en", "b29-bbq-gas-smell-regulator", "Craig Thompson <craig.thompson@example.com.au>", "BBQ", "technical", "high",
"""Hi,

Bought a 4-burner gas BBQ from your Joondalup store a fortnight ago and
put it together following the instructions. There's a fairly strong
gas smell around the regulator and hose even with all the knobs off. I
did the soapy water test and it bubbles where the hose meets the
regulator. I've turned the bottle off and disconnected it, and we won't
use it till someone has a look.

Craig"""),
("en", "b29-tuition-centre-white-screen", "Nadia Hussain <office@brightminds-tuition.example>", "Live classroom", "technical", "high",
"""Hi,

It's 4.45 and our first sessions started at 4. None of our tutors can
open a live classroom - they click "Start session" and get a white
screen. We have 11 tutors and about 60 children booked in tonight
across KS2 and GCSE, half of them with mocks next week. Parents are
already phoning and we've had to send the early groups home.

We've tried Chrome and Edge on several machines. Please ring me on
0161 496 0321 as soon as you can.

Nadia Hussain
Centre Manager, Bright Minds Tuition, Oldham"""),
("en", "b29-nurse-call-pagers-silent", "Paul Whitaker <p.whitaker@oakleigh-care.example>", "Call system", "technical", "high",
"""Good morning,

Since about 2am the call points in the residents' rooms on our first
floor aren't getting through to the carers' pagers. The lights outside
the rooms come on when a resident presses the button, but the pagers
stay silent and the panel at the nurses' station shows nothing. We've
put an extra member of staff on to walk the corridor every few minutes,
but with 22 residents up there, several at high risk of falls, we can't
keep that up for long.

The system was installed by your engineers last autumn. Please send
someone today.

Paul Whitaker
Deputy Manager, Oakleigh House Care Home"""),
("en", "b29-church-radio-mics-senior", "Graham Stewart <graham.stewart@example.com.au>", "Sound system - St Andrew's", "technical", "high",
"""To the service manager,

Your technicians have now been out three times to the sound system you
installed in St Andrew's in February. The radio microphones still cut
out every few minutes during services, which means half the
congregation, many of them hard of hearing, miss the readings. Each
time we are told it's "interference" and it's been "adjusted".

I'm not interested in a fourth visit from the same team. I'd like this
escalated to someone senior who can look at the whole installation and
tell us properly what is wrong.

Graham Stewart
Parish Council Secretary"""),
("en", "b29-thanks-hexham-bookseller", "Rebecca Shaw <rebecca.shaw@example.co.uk>", "Thank you to Tom in Hexham", "general", "",
"""Hi,

I just wanted to say thank you to Tom at your Hexham shop. My son is 11
and dyslexic and has always said he hates reading. Tom spent ages with
him on Saturday finding a couple of the dyslexia-friendly books with
the cream paper, and chatted to him about football the whole time.
He's read one already and asked for the next.

It really made our week.

Rebecca"""),
("en", "b29-black-friday-hours-austin", "Jake Morrison <jake.morrison@example.com>", "hours this week?", "general", "",
"""Hey, are you guys open the Friday after Thanksgiving and what time?
Your Black Friday deals last year were killer and I've got my eye on
that sunburst Strat copy. Also is the Austin store open on Thanksgiving
day itself or closed?

Thx
Jake"""),
("en", "b29-vet-waiting-room-scarf", "Mary O'Sullivan <mary.osullivan@example.ie>", "Left my scarf", "general", "",
"""Hello there,

I was in with my cat Tilly on Wednesday afternoon for her booster and I
think I left my scarf on the chair in the waiting room - a green wool
one with tassels, my daughter knitted it for me. Would anyone have seen
it? I could call in on Monday.

Many thanks,
Mary O'Sullivan"""),
("en", "b29-tuition-mobile-number-change", "Sneha Iyer <sneha.iyer@example.in>", "Change of mobile number", "general", "",
"""Hello,

Kindly update the registered mobile number on my daughter's account
(student ID 88120, Ananya Iyer). Old number ending 4412, new number
98450 00000. All class reminders are going to the old number which my
husband is no longer using.

Thank you,
Sneha Iyer
Bengaluru"""),
("en", "b29-care-home-spaniel-visit", "Laura Pike <laura.pike@example.co.uk>", "Visiting Grandad", "general", "",
"""Hello,

My grandad moved into Elm House last week. He's really missing his
spaniel, Bramble, who's living with us now. Would we be allowed to bring
her when we visit? She's calm and fully vaccinated. And are there set
visiting times at weekends or can we come whenever?

Thanks,
Laura"""),
("en", "b29-school-fete-prize-plants", "Kylie Morgan <pandc@wattlegrove-ps.example>", "Spring fete", "general", "",
"""Hi there,

I'm on the P&C at Wattle Grove Public School and we're putting together
prizes for the spring fete raffle on 14 September. Would your garden
centre be willing to donate a prize - a hamper of plants or some
gardening gear? We'd put your logo on the raffle posters and in the
newsletter, which goes to about 400 families.

Kind regards,
Kylie Morgan
P&C Fundraising Coordinator"""),
("en", "b29-urgent-dress-neighbour", "Sam Patel <sam.patel@example.co.uk>", "URGENT!!! parcel", "general", "",
"""URGENT - I'm away at a festival from Thursday till Monday and my dress
order (91337) says it's arriving Friday. Please can the driver leave it
with my neighbour at number 12 (Mrs Hartley) and NOT behind the bins
like last time lol. Thank you!!!
Sam"""),
("en", "b29-ccpa-copy-then-delete", "Rachel Kim <rachel.kim@example.com>", "Personal data request", "general", "",
"""Hello,

Under the California Consumer Privacy Act I am requesting a copy of the
personal information you hold about me, including the categories of
data, where you got it from, and any third parties you have shared it
with or sold it to. My account email is this one.

After that, please delete my account and data. I no longer use the
platform and have no active subscription.

Rachel Kim
Sacramento, CA"""),
("en", "b29-paint-counter-sigh", "Steve Collins <steve.collins@example.co.uk>", "Paint mixing counter", "general", "",
"""Not a massive deal but I thought I should say. I was at the paint
mixing counter in your Swindon store on Sunday around 3. The lad on it
sighed when I asked for a tester pot to be mixed, said "we're not really
doing those today" and went back to his phone. There was no one else
waiting. I went to the place down the road instead.

Steve"""),
("en", "b29-baby-room-waiting-list", "Sinead Byrne <sinead.byrne@example.ie>", "Baby room September", "general", "",
"""Hi,

Our little one is due in March and we're hoping to go back to work the
following September. Do you have a waiting list for the baby room at the
Drumcondra branch, and how early should we put her name down? Is there
an open day we could come to?

Thanks a million,
Sinéad & Conor"""),
("en", "b29-thanks-bayside-misty", "Lorraine Fisher <lorraine.fisher@example.com.au>", "Thank you", "general", "",
"""Dear Dr Campbell and the team at Bayside,

I wanted to write and thank you for the care you gave our Misty over
her last few weeks, and especially on Tuesday. You let us take our time
and never once made us feel rushed. The card the nurses sent, with her
paw print, arrived yesterday and we both cried.

With gratitude,
Lorraine and Bill Fisher"""),
("en", "b29-play-area-decking-nail", "Emma Clarke <emma.clarke@example.co.uk>", "Play area at your Leamington garden centre", "general", "high",
"""Hi,

I'm writing calmly but I do think this needs dealing with today. In the
children's play area next to the café at your Leamington garden centre
there's a loose board on the decking by the little slide, with a nail
sticking up about a centimetre. My four-year-old caught his knee on it
this morning - just a scratch, thankfully, and the café staff were
lovely and found a plaster - but a toddler falling on it could be hurt
properly.

I told the café, but there was no sign or cordon up when we left.

Emma Clarke"""),
("en", "b29-drum-room-staff-district-manager", "Angela Brooks <angela.brooks@example.com>", "What happened at your Oak Park store", "general", "high",
"""On Saturday afternoon my 15 year old daughter and her friend were
trying the electronic drum kits at your Oak Park music store. A member
of staff came over, told them loudly that the kits "aren't toys for
kids who can't afford them" and walked them to the door in front of
other customers. They were there with my permission and with my money -
she was choosing her birthday present. She came home in tears.

I want to speak to the district manager, not the store. I expect a call
this week.

Angela Brooks
(913) 555-0148"""),
]
M += [
# ---------------- Greek ----------------
("el", "b29-frontistirio-perase-nomiki", "Σταυρούλα Παπαδοπούλου <stavroula.papad@example.gr>", "Φροντιστήριο - Άγγελος Γ3", "billing", "",
"""Καλημέρα σας,

Με μεγάλη χαρά σας ενημερώνουμε ότι ο Άγγελος πέρασε στη Νομική
Θεσσαλονίκης! Σας ευχαριστούμε πολύ για όλη τη στήριξη αυτά τα τρία
χρόνια.

Επειδή πλέον δεν θα συνεχίσει, παρακαλώ να μη χρεωθεί η κάρτα μας με
τη μηνιαία δόση των 180€ για τον Σεπτέμβριο. Αν υπάρχει κάποιο υπόλοιπο
που χρωστάμε από τα επαναληπτικά του Ιουνίου, πείτε μας να το
εξοφλήσουμε.

Με εκτίμηση,
Σταυρούλα Παπαδοπούλου"""),
("el", "b29-gl-sneakers-allagi-noumerou", "Marilena K. <marilena.kost@example.gr>", "papoutsia", "billing", "",
"""Geia sas, phra apo to katasthma sthn Tsimiskh ta leuka sneakers se 39
alla mou einai mikra. Mporw na ta allaksw me 40 se opoiodhpote katasthma
h mono ekei pou ta phra? Ta foresa mono mia fora mesa sto spiti. Exw thn
apodeiksh.
Eyxaristw!!"""),
("el", "b29-tileorasi-atokes-doseis", "Γιώργος Αναστασίου <g.anastasiou@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα,

Ενδιαφέρομαι για την τηλεόραση 65 ιντσών που έχετε σε προσφορά στα
1.149€. Σε πόσες άτοκες δόσεις μπορώ να την πάρω με πιστωτική κάρτα;
Και αν την παραγγείλω online, ισχύουν οι ίδιες δόσεις με το κατάστημα
στη Λάρισα;

Ευχαριστώ,
Γιώργος"""),
("el", "b29-gl-gata-efyge-programma", "Dimitra Sarri <dimitra.sarri@example.gr>", "h Zoumpoulia", "billing", "",
"""Kalhmera sas,
h gata mas h Zoumpoulia efyge thn Kyriakh to vrady, htan 17 xronwn. Sas
eyxaristoume gia oles tis fores pou thn eidate, eidika thn k. Maraki.
Eixame to mhniaio programma prolhpshs me 25 euro to mhna apo thn karta.
Parakalw stamathste to, den to xreiazomaste pia.
Dhmhtra"""),
("el", "b29-monada-frontidas-pateras-analogia", "Νικόλαος Βλάχος <nikos.vlachos@example.gr>", "Μηνιαίο τροφείο - Ιωάννης Βλάχος", "billing", "",
"""Αξιότιμη κυρία Δημητρίου,

Όπως γνωρίζετε, ο πατέρας μου Ιωάννης Βλάχος απεβίωσε στις 9 του μήνα
στη μονάδα σας. Θέλω να ευχαριστήσω όλο το προσωπικό για τη φροντίδα
του τα τελευταία δύο χρόνια.

Το τροφείο του Μαρτίου (2.100€) είχε προπληρωθεί ολόκληρο στις αρχές
του μήνα. Θα ήθελα να μάθω αν επιστρέφεται το ποσό που αντιστοιχεί στις
υπόλοιπες ημέρες και τι χρειάζεται να προσκομίσω γι' αυτό.

Με εκτίμηση,
Νικόλαος Βλάχος"""),
("el", "b29-vivliopoleio-timologio-sxoleio", "Γραμματεια 4ου Δημοτικου <grammateia@4dim-volou.example>", "Τιμολογιο για βιβλια βιβλιοθηκης", "billing", "",
"""Καλημερα σας,

Την Τριτη ο διευθυντης του σχολειου μας αγορασε απο το καταστημα σας
στο Βολο 32 βιβλια για τη σχολικη βιβλιοθηκη, συνολο 418,60 ευρω, και
του κοπηκε αποδειξη λιανικης. Χρειαζομαστε τιμολογιο στα στοιχεια του
σχολειου για να πληρωθει απο τη σχολικη επιτροπη:

Σχολικη Επιτροπη Πρωτοβαθμιας Εκπαιδευσης Δημου Βολου
ΑΦΜ 090000000, ΔΟΥ Βολου

Ευχαριστουμε,
Η γραμματεια"""),
("el", "b29-gl-kouponi-excel-arxarioi", "Thanasis P. <thanasis.pap@example.gr>", "kouponi", "billing", "",
"""kalhspera, evala to kouponi FTHINOPORO20 gia to mathima Excel gia
arxarious, to site elege "to kouponi efarmosthke" alla telika xrewthika
89 euro kai oxi 69. mporeite na mou gyrisete ta 20?
eyxaristw
8anashs"""),
("el", "b29-re-plakakia-prokatavoli-iris", "Αλέξανδρος Ζαχαρίου <alex.zachariou@example.gr>", "Re: Παραγγελία πλακιδίων - ειδική παραγγελία 2231", "billing", "",
"""Καλησπέρα κ. Τσολάκη,

Ευχαριστώ για την ενημέρωση. Για να είμαι σίγουρος: με την προκαταβολή
των 300€ που έδωσα στο κατάστημα, μένουν 612€, σωστά; Μπορώ να τα
στείλω με IRIS ή με τραπεζική μεταφορά πριν έρθω να τα παραλάβω, ώστε
να μην περιμένω στο ταμείο; Αν ναι, στείλτε μου IBAN και αιτιολογία.

Αλέξανδρος

---- Αρχικό μήνυμα ----
Από: Παναγιώτης Τσολάκης <paraggelies@example-domika.gr>
Ημερομηνία: Πέμ, 10 Απρ 2025 12:40
Θέμα: Παραγγελία πλακιδίων - ειδική παραγγελία 2231

Κύριε Ζαχαρίου,
σας ενημερώνουμε ότι τα πλακίδια 60x120 (42 τ.μ., σύνολο 912€) έφτασαν
στην αποθήκη μας στο Περιστέρι και μπορείτε να τα παραλάβετε από
Δευτέρα.
Π. Τσολάκης"""),
("el", "b29-enoikiasi-pianou-germania", "Κατερινα Λιακου <katerina.liakou@example.gr>", "Ενοικιαση πιανου", "billing", "",
"""Καλησπερα,

νοικιαζουμε απο εσας ενα ορθιο πιανο για την κορη μας, 45 ευρω το μηνα.
Φευγουμε ολη η οικογενεια για Γερμανια απο Οκτωβριο μεχρι Μαρτιο για τη
δουλεια του αντρα μου. Μπορουμε να "παγωσουμε" το μισθωμα αυτους τους
μηνες και να συνεχισουμε οταν γυρισουμε; Το πιανο θα μεινει στο σπιτι.

Ευχαριστω,
Κατερινα"""),
("el", "b29-paidikos-stathmos-voucher-espa", "Φωτεινή Καραγιάννη <foteini.karagianni@example.gr>", "Voucher ΕΣΠΑ", "billing", "",
"""Καλημέρα,

Πήραμε φέτος voucher ΕΣΠΑ για τον μικρό μας (2,5 ετών) και θα θέλαμε να
τον γράψουμε στον σταθμό σας στην Καλαμαριά από Σεπτέμβριο. Είστε
ενταγμένοι στο πρόγραμμα; Αν τα δίδακτρα είναι πάνω από το ποσό του
voucher, πόση είναι η διαφορά που πληρώνουμε εμείς κάθε μήνα;

Ευχαριστώ,
Φωτεινή Καραγιάννη"""),
("el", "b29-gl-metaforika-pano-apo-50", "Xristina V. <xristina.v@example.gr>", "paraggelia 40512", "billing", "",
"""Geia sas! Ekana thn paraggelia 40512, 2 mplouzes kai mia fousta, synolo
64,90. Sto site leei dwrean metaforika panw apo 50 euro alla mou
xrewsate 3,90 metaforika. Giati? Mporw na ta parw pisw?"""),
("el", "b29-epistrofi-laptop-synigoros", "Ευάγγελος Ρήγας <e.rigas@example.gr>", "Επιστροφή χρημάτων - παραγγελία 883104", "billing", "high",
"""Κύριοι,

Στις 12 Φεβρουαρίου επέστρεψα στο κατάστημά σας στο Ηράκλειο φορητό
υπολογιστή αξίας 749€, σφραγισμένο, εντός 14 ημερών από την αγορά, και
μου δόθηκε έγγραφο παραλαβής. Έχουν περάσει 40 ημέρες και τα χρήματα
δεν έχουν επιστραφεί στην κάρτα μου, παρά τα τρία τηλεφωνήματά μου.

Αν μέχρι την Παρασκευή δεν έχει γίνει η επιστροφή, θα υποβάλω αναφορά
στον Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Ευάγγελος Ρήγας"""),
("el", "b29-gl-diplh-xrewsh-amfisvhthsh", "Stelios Georgiou <stelios.g@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Kalhspera. Ananewsa thn etisia syndromh sthn platforma sas (119 euro)
kai mou phrate DYO fores ta 119 apo thn karta, exw screenshot apo thn
trapeza. Egrapsa sto chat prin 5 meres kai akoma perimenw. An den
epistrepsete ta 119 mexri th Deutera 8a kanw amfisvhthsh ths xrewshs
sthn trapeza mou.
Stelios Gewrgiou"""),
("el", "b29-kratisi-epistrofis-palto-proistamenos", "Μαρία Σπανού <maria.spanou@example.gr>", "Κράτηση 15€ στην επιστροφή", "billing", "high",
"""Καλησπέρα,

Επέστρεψα παλτό από την ηλεκτρονική παραγγελία 51877, αφόρετο και με
ετικέτες, μέσα στις 30 ημέρες που γράφετε. Μου επιστρέψατε 104€ αντί
για 119€, με την αιτιολογία «τέλος επανεισαγωγής». Τέτοιο τέλος δεν
αναφέρεται πουθενά στους όρους σας.

Έχω μιλήσει δύο φορές με την εξυπηρέτηση και μου λένε ότι «έτσι είναι
το σύστημα». Ζητώ να με καλέσει προϊστάμενος ή υπεύθυνος του τμήματος
επιστροφών: 694 000 0000.

Μαρία Σπανού"""),
("el", "b29-gl-photoshop-enothta4", "Panagiwta L. <panagiota.lamprou@example.gr>", "mathima photoshop", "technical", "",
"""Kalhmera, sto online mathima Photoshop h enothta 4 den paizei. Pataw
play kai vgazei mavrh o8onh me to mhnyma "video unavailable". Oi alles
enothtes paizoun kanonika. Dokimasa kai apo to kinhto kai apo ton
ypologisth, Chrome kai Firefox. Ti na kanw?
Panagiwta"""),
("el", "b29-akoustika-mono-aristero", "Ηλίας Μπακάλης <ilias.bakalis@example.gr>", "Ακουστικά bluetooth", "technical", "",
"""Γεια σας,

Δεν ζητάω επιστροφή χρημάτων ούτε αλλαγή, απλώς θέλω να δουλέψουν
σωστά. Τα ασύρματα ακουστικά που πήρα πριν από δύο εβδομάδες παίζουν
μόνο από το αριστερό. Το δεξί ανάβει λευκό όταν το βγάζω από τη θήκη
αλλά δεν ακούγεται τίποτα. Έκανα επαναφορά όπως λέει το φυλλάδιο (10
δευτερόλεπτα πατημένο) και τα ξανασύνδεσα, τίποτα.

Ηλίας"""),
("el", "b29-gl-lathos-kwdikos-vivliopoleio", "Kwstas Drakos <kostas.drakos@example.gr>", "logariasmos", "technical", "",
"""Geia, den mporw na mpw ston logariasmo mou sto site. Vazw ton kwdiko kai
leei "lathos stoixeia", ekana allagh kwdikou apo to link pou mou hr8e kai
pali to idio. Thelw na dw tis palies paraggelies gia na ksanaparw ena
vivlio. Eyxaristw"""),
("el", "b29-xortokoptiko-svinei-chania", "Σπυρος Μαυρακης <spyros.mavrakis@example.gr>", "Χλοοκοπτικο", "technical", "",
"""Καλημερα,

Το ηλεκτρικο χλοοκοπτικο που πηρα τον Απριλιο απο το καταστημα σας στα
Χανια δουλευει 3-4 λεπτα και μετα σβηνει μονο του. Αν περιμενω λιγο
ξαναπαιρνει μπρος και παλι τα ιδια. Το γρασιδι δεν ειναι ψηλο και ο
καδος ειναι αδειος. Χρησιμοποιω την ιδια μπαλαντεζα που ειχα με το
παλιο.

Σπυρος Μαυρακης"""),
("el", "b29-enischytis-vouizei", "Άρης Κωνσταντίνου <aris.konst@example.gr>", "Ενισχυτής κιθάρας", "technical", "",
"""Γεια χαρά,

πήρα από το μαγαζί σας στην Πατησίων τον λαμπάτο ενισχυτή 30W πριν από
έναν μήνα. Τις τελευταίες μέρες έχει ένα δυνατό βούισμα ακόμα και χωρίς
κιθάρα συνδεδεμένη, και όταν ανεβάζω το gain κάνει κάτι σαν κροτάλισμα.
Δοκίμασα άλλο καλώδιο και άλλη πρίζα. Μήπως θέλει αλλαγή λυχνίες;

Άρης"""),
("el", "b29-rantevou-online-sfalma-500", "Ελενη Τζαννε <eleni.tzanne@example.gr>", "Ραντεβου online", "technical", "",
"""Γεια σας, δεν ειναι θεμα πληρωμης ουτε χρεωσης. Προσπαθω να κλεισω
ραντεβου για εμβολιο του σκυλου μας απο τη σελιδα σας και στο τελευταιο
βημα βγαζει "Σφαλμα 500" και δεν ολοκληρωνεται. Δοκιμασα τρεις φορες
χθες και σημερα. Μηπως φταιει κατι σε μενα;
Ελενη"""),
("el", "b29-gl-geia-app-kleinei", "Myrto S. <myrto.s@example.gr>", "Geia", "technical", "",
"""geia sas, to app sas kleinei mono tou otan paw na oloklhrwsw thn
paraggelia. vazw ta stoixeia ths kartas, patao "oloklhrwsh" kai pouf,
kleinei. iPhone 13, to ekana update kai xthes. 3 fores to dokimasa. ta
papoutsia einai akoma sto kalathi"""),
("el", "b29-re-xronodiakoptis-potismatos", "Θεόδωρος Αλεξίου <theodoros.alexiou@example.gr>", "Re: Εγκατάσταση αυτόματου ποτίσματος", "technical", "",
"""Καλημέρα κ. Ρούσσο,

Δυστυχώς δεν έφτιαξε. Όπως μου είπατε στο τηλέφωνο, άλλαξα τις μπαταρίες
στον προγραμματιστή και ξαναέβαλα τις ώρες (06:00 και 20:00). Η οθόνη
δείχνει κανονικά το πρόγραμμα αλλά η βάνα δεν ανοίγει, δεν βγαίνει
νερό πουθενά. Αν ανοίξω χειροκίνητα από το κουμπί, ποτίζει κανονικά.
Με αυτή τη ζέστη ο κήπος ξεραίνεται.

Θοδωρής Αλεξίου

> Στις 3/7/2025 11:12, ο/η Κώστας Ρούσσος <kipos@example-fytoria.gr> έγραψε:
> Κύριε Αλεξίου, καλημέρα. Η εγκατάσταση του αυτόματου ποτίσματος
> ολοκληρώθηκε. Για οποιοδήποτε πρόβλημα απαντήστε σε αυτό το μήνυμα.
> Κ. Ρούσσος"""),
("el", "b29-thermastra-lionei-fis", "Αγγελική Νικολάου <angeliki.nikolaou@example.gr>", "Θερμάστρα", "technical", "high",
"""Καλησπέρα σας,

Σας γράφω για τη θερμάστρα λαδιού που αγόρασα τον Νοέμβριο. Χθες το
βράδυ, ενώ ήταν αναμμένη στο δεύτερο σκαλί, μύρισε καμένο πλαστικό.
Όταν την έσβησα και έβγαλα το φις, είδα ότι είχε λιώσει λίγο στη μία
άκρη και η πρίζα είχε μαυρίσει. Δεν έγινε τίποτε άλλο, είμαστε καλά.
Δεν την ξαναχρησιμοποίησα.

Πώς προχωράμε;
Αγγελική Νικολάου"""),
("el", "b29-gl-polyprizo-spithes", "Manolis Xatzakis <manolis.x@example.gr>", "polyprizo", "technical", "high",
"""Kalhmera. To polyprizo me diakopth pou phra apo sas prin 2 evdomades
ekane spi8es otan evala mesa to fis tou vrasthra kai meta myrize kamena.
Den epese h asfaleia. To evgala apo thn priza kai to exw sto mpalkoni.
Ta paidia mou paizoun konta sto grafeio opou to eixa, gi auto sas grafw.
Na to ferw sto katasthma?
Manolhs"""),
("el", "b29-frontistirio-psifiaki-taxi-ektos", "Γραμματεία Φροντιστηρίου Ορίζοντες <info@orizontes-frontistirio.example>", "Ψηφιακή τάξη", "technical", "high",
"""Καλησπέρα,

Από τις 5 το απόγευμα κανένας καθηγητής μας δεν μπορεί να ανοίξει τα
τμήματα στην πλατφόρμα σας: πατάνε «Έναρξη μαθήματος» και μένει να
φορτώνει. Απόψε είχαμε 9 τμήματα, περίπου 140 μαθητές της Γ' Λυκείου,
τρεις εβδομάδες πριν τις Πανελλαδικές. Οι γονείς παίρνουν συνέχεια
τηλέφωνο και ήδη ακυρώσαμε τα δύο πρώτα τμήματα.

Παρακαλώ καλέστε μας στο 2310 000000 το συντομότερο.

Βάσω Γκίκα
Γραμματεία, Φροντιστήριο «Ορίζοντες», Θεσσαλονίκη"""),
("el", "b29-antlia-thermotitas-mitera-florina", "Δημήτρης Ιωαννίδης <dim.ioannidis@example.gr>", "Η αντλία θερμότητας δεν δουλεύει", "technical", "high",
"""Καλημέρα,

Η αντλία θερμότητας που μας εγκαταστήσατε τον Οκτώβριο στο σπίτι της
μητέρας μου στη Φλώρινα σταμάτησε να ζεσταίνει από χθες το απόγευμα.
Στην οθόνη δείχνει «E4». Η μητέρα μου είναι 88 χρονών, μένει μόνη και
έξω έχει -9. Μέσα στο σπίτι είχε 13 βαθμούς το πρωί και πέφτει. Της
πήγα ένα αερόθερμο για το υπνοδωμάτιο αλλά δεν αρκεί.

Χρειαζόμαστε τεχνικό σήμερα. Κινητό 697 000 0000.

Δημήτρης Ιωαννίδης"""),
("el", "b29-tameiaki-farmakeio-ypefthynos", "Φαρμακείο Κουτσούκου <farmakeio.koutsoukou@example.gr>", "ΤΑΜΕΙΑΚΗ", "technical", "high",
"""Καλημέρα,

η ταμειακή που μας πουλήσατε και συνδέσατε με το POS τον προηγούμενο
μήνα από το πρωί δεν βγάζει αποδείξεις. Γράφει «Σφάλμα επικοινωνίας»
και κλειδώνει. Έχουμε ουρά στο φαρμακείο, δεν μπορούμε να πουλήσουμε
τίποτα χωρίς απόδειξη και γράφουμε ό,τι μπορούμε σε χαρτί. Έχουμε πάρει
4 φορές τηλέφωνο την τεχνική σας υποστήριξη και μας λένε «θα σας
καλέσουμε».

Θέλω να μιλήσω με υπεύθυνο, όχι με τηλεφωνητή.

Κατερίνα Κουτσούκου
Φαρμακείο Κουτσούκου, Πάτρα"""),
("el", "b29-efxaristoume-paidiki-ekdilosi", "Βασιλική Θεοδωροπούλου <vasiliki.theod@example.gr>", "Ευχαριστούμε για το Σάββατο", "general", "",
"""Καλησπέρα σας,

Θέλαμε να πούμε ένα μεγάλο ευχαριστώ για την παρουσίαση του παιδικού
βιβλίου το Σάββατο το πρωί στο βιβλιοπωλείο της Καλαμάτας. Η συγγραφέας
ήταν υπέροχη με τα παιδιά, και η κοπέλα που έκανε το εργαστήρι με τις
μάσκες είχε απίστευτη υπομονή. Η κόρη μου δεν έχει σταματήσει να μιλάει
γι' αυτό.

Να κάνετε τέτοια πιο συχνά!

Βάσω"""),
("el", "b29-gl-fytwrio-dekapentavgoustos", "Nikos T. <nikos.triant@example.gr>", "15 Avgoustou", "general", "",
"""kalhspera, to fytwrio sth Vari 8a einai anoixto to Dekapentavgousto?
kai to Savvato 16? 8elw na perasw na parw glastres."""),
("el", "b29-xameno-arkoudaki-stathmos", "Ιφιγενεια Πετρου <ifigeneia.petrou@example.gr>", "Χαμενο αρκουδακι", "general", "",
"""Καλημερα σας,

Ο Στεφανος απο το τμημα με τις Πεταλουδες γυρισε χθες χωρις το γαλαζιο
αρκουδακι του, αυτο με το πλεκτο κασκολ. Δεν κοιμηθηκε ολο το βραδυ.
Μηπως το βρηκε καποια κυρια στο δωματιο του υπνου ή στην αυλη; Θα
περασει ο παππους του στις 12:30 να τον παρει.

Ευχαριστω πολυ,
Ιφιγενεια"""),
("el", "b29-allagi-eponymou-logariasmos", "Αναστασία Λαμπράκη <anastasia.lamprakh@example.gr>", "Αλλαγή επωνύμου στον λογαριασμό", "general", "",
"""Καλημέρα,

Παντρεύτηκα τον Ιούνιο και πλέον χρησιμοποιώ το επώνυμο Λαμπράκη αντί
για Σταθοπούλου. Θα ήθελα να αλλάξει το επώνυμο στον λογαριασμό μου στην
πλατφόρμα, ώστε να βγαίνει σωστά και στις βεβαιώσεις των σεμιναρίων που
θα ολοκληρώσω από εδώ και πέρα. Χρειάζεστε κάποιο έγγραφο;

Ευχαριστώ,
Αναστασία Λαμπράκη"""),
("el", "b29-gl-dema-periptero", "Vaggelis D. <vaggelis.dim@example.gr>", "paradosh", "general", "",
"""Kalhmera, h paraggelia 77290 (ta vivlia) erxetai ayrio alla leipw sth
douleia olh mera. Mporei o courier na thn afhsei sto periptero sth
gwnia, tou kyriou Lefterh? Ton kserei, ekei afhnoun ola ta dematia mou.
Eyxaristw"""),
("el", "b29-mathimata-mpouzoukiou-enilikes", "Παύλος Γεωργακόπουλος <pavlos.georgak@example.gr>", "Μαθήματα για ενήλικες", "general", "",
"""Καλησπέρα,

Είμαι 52 χρονών και πάντα ήθελα να μάθω μπουζούκι. Είδα στη σελίδα σας
ότι κάνετε μαθήματα στον πάνω όροφο του καταστήματος. Δέχεστε και
αρχάριους ενήλικες; Ποιες μέρες και ώρες γίνονται; Πρέπει να έχω δικό
μου όργανο από την αρχή;

Παύλος"""),
("el", "b29-kouneli-emvolia-savvato", "Ραλλου Κατσαρου <rallou.k@example.gr>", "Κουνελι", "general", "",
"""Καλησπερα,
κανετε εμβολια και σε κουνελια; Εχουμε ενα νανακι 6 μηνων. Και δεχεστε
ραντεβου Σαββατο πρωι; Δουλευουμε και οι δυο τις καθημερινες.
Ευχαριστω"""),
("el", "b29-gl-pwlhtria-ermou", "Eleni Karra <eleni.karra@example.gr>", "katasthma Ermou", "general", "",
"""Kalhspera. Hmoun sto katasthma sas sthn Ermou to Savvato to apogeuma
kai h pwlhtria sto tmhma papoutsiwn mou milhse poly asxhma otan zhthsa
na dokimasw ena noumero akoma. Mou eipe "ta exete dokimasei ola,
apofasiste" mprosta se allous pelates. Den grafw gia kati allo, apla na
to kserete, den einai etsi h eksyphrethsh.
Eleni"""),
("el", "b29-giorti-giagias-episkepsi", "Σοφία Παπανικολάου <sofia.papanik@example.gr>", "Γιορτή της γιαγιάς", "general", "",
"""Καλημέρα σας,

Η γιαγιά μας, η κα Ελένη Παπανικολάου (δωμάτιο 7), γιορτάζει στις 21
Μαΐου. Θα θέλαμε να έρθουμε το απόγευμα με τα δισέγγονα, περίπου 8
άτομα, και να φέρουμε μια τούρτα. Επιτρέπεται; Υπάρχει κάποιος χώρος
που μπορούμε να καθίσουμε όλοι μαζί; Αν πρέπει να προσέξουμε κάτι με τη
διατροφή της, πείτε μας.

Ευχαριστούμε,
Σοφία"""),
("el", "b29-xorigia-fanelakia-akadimia", "Χρήστος Μπούρας <christos.bouras@example.gr>", "Χορηγία ακαδημίας ποδοσφαίρου", "general", "",
"""Καλησπέρα σας,

Είμαι προπονητής στην ακαδημία ποδοσφαίρου του Α.Ο. Νέας Ιωνίας (παιδιά
8-12 ετών). Ψάχνουμε χορηγό για τις φανέλες της νέας σεζόν και
σκεφτήκαμε το κατάστημα οικοδομικών υλικών σας, που είναι ακριβώς
απέναντι από το γήπεδο. Σε αντάλλαγμα θα βάλουμε το λογότυπό σας στις
φανέλες και στο πανό του γηπέδου. Μπορούμε να κανονίσουμε μια
συνάντηση;

Χρήστος Μπούρας"""),
("el", "b29-gl-k-manolhs-foveros", "Dora Antoniou <dora.ant@example.gr>", "k. Manolhs", "general", "",
"""Geia sas!! Hthela na pw oti o k. Manolhs pou kanei idiaitero fysikh
ston Petro einai FOVEROS. O Petros phre 18 sto diagwnisma kai gyrise
spiti trelamenos apo th xara tou. Eyxaristoume poly, synexiste etsi!
Dwra"""),
("el", "b29-rafi-paidiki-gonia-giannena", "Άννα Βασιλείου <anna.vasileiou@example.gr>", "Ράφι στην παιδική γωνιά", "general", "high",
"""Καλησπέρα,

Σήμερα το μεσημέρι ήμουν με τον γιο μου στην παιδική γωνιά του
βιβλιοπωλείου σας στα Γιάννενα. Το ψηλό ράφι δίπλα στα μαξιλάρια δεν
είναι στερεωμένο στον τοίχο: ο γιος μου ακούμπησε για να πάρει ένα
βιβλίο και έγειρε προς το μέρος του. Προλάβαμε να το κρατήσουμε. Το
είπα στην υπάλληλο στο ταμείο, αλλά τα παιδιά συνέχισαν να παίζουν εκεί.

Νομίζω ότι πρέπει να το δει κάποιος σήμερα, πριν πέσει σε κάποιο παιδί.

Άννα Βασιλείου"""),
("el", "b29-ktiniatreio-ypodoxi-ypeuthynos", "Παναγιώτης Σταματόπουλος <p.stamatopoulos@example.gr>", "Συμπεριφορά στην υποδοχή", "general", "high",
"""Κύριοι,

Χθες το βράδυ έφερα στην κλινική σας τον σκύλο μου, που είχε φάει
κάτι στον δρόμο και έκανε εμετό. Η κοπέλα στην υποδοχή μου μίλησε με
ειρωνεία μπροστά σε όλη την αίθουσα αναμονής, είπε ότι «όλοι νομίζουν
ότι το δικό τους είναι επείγον» και με άφησε να περιμένω μία ώρα χωρίς
να ενημερώσει κανέναν γιατρό. Ο σκύλος τελικά είναι καλά, χάρη στον
γιατρό που τον είδε.

Ζητώ να επικοινωνήσει μαζί μου ο υπεύθυνος της κλινικής. Δεν θα το
αφήσω έτσι.

Παναγιώτης Σταματόπουλος
698 000 0000"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b29-cazadora-cambio-color", "Lucía Navarro <lucia.navarro@example.es>", "Cambio", "billing", "",
"""Hola,

Me llegó ayer la cazadora vaquera del pedido 30418, pero en persona el
azul claro no me queda nada bien. Quería cambiarla por la misma en
negro, que en la web está a 49,95 en vez de 39,95. ¿Se puede hacer el
cambio directamente pagando los 10 euros de diferencia, o tengo que
devolverla y comprar la otra?

Un saludo,
Lucía"""),
("es", "b29-bocina-cargo-doble-mx", "Jorge Ramírez <jorge.ramirez@example.com.mx>", "Pedido 71952", "billing", "",
"""Buenas tardes,

Compré una bocina en su página el martes por $2,899 MXN y en mi estado
de cuenta aparecen dos cargos por la misma cantidad, con la misma fecha.
Solo hice una compra y solo me llegó una bocina. ¿Me pueden regresar el
cargo que sobra?

Saludos,
Jorge Ramírez"""),
("es", "b29-cuotas-sintetizador-ar", "Martín Ferreyra <martin.ferreyra@example.com.ar>", "Consulta", "billing", "",
"""Hola, qué tal? Estoy por comprar el sintetizador de 61 teclas que
tienen a $1.250.000. ¿Lo puedo pagar en cuotas sin interés con Visa? Vi
que decía 6 cuotas pero no sé si es con cualquier banco o solo con
alguno. Y si pago por transferencia, ¿hay descuento?

Gracias!
Martín"""),
("es", "b29-guarderia-cole-septiembre", "Irene Castillo <irene.castillo@example.es>", "Pablo - curso que viene", "billing", "",
"""Hola Marta,

Ya nos han confirmado plaza para Pablo en el cole de al lado de casa
para septiembre, así que julio será su último mes con vosotras (¡qué
pena, con lo a gusto que ha estado!). Os aviso con tiempo para que no
se pase el recibo de agosto ni el de septiembre. ¿Hay que firmar algo
para la baja?

Un abrazo,
Irene"""),
("es", "b29-congelar-suscripcion-intercambio-co", "Valentina Ospina <valentina.ospina@example.com.co>", "Suscripción", "billing", "",
"""Buenos días,

Me voy de intercambio a Brasil por un semestre y allá voy a estar con
clases presenciales todo el día, así que no voy a alcanzar a usar la
plataforma. ¿Es posible congelar mi suscripción mensual de $59.900 desde
agosto hasta enero sin perder el avance de mis cursos?

Muchas gracias,
Valentina Ospina"""),
("es", "b29-residencia-padre-prorrateo", "Fernando Gil Ortega <fernando.gil@example.es>", "Mensualidad de mayo - D. Antonio Gil", "billing", "",
"""Estimada Sra. Beltrán:

Como ya sabe, mi padre, D. Antonio Gil, nos dejó el pasado día 9.
Quiero agradecerle a usted y a todo el equipo de la tercera planta el
cariño con que le cuidaron.

La mensualidad de mayo (2.150 €) se cobró completa por domiciliación el
día 1. Le agradecería que me indicara si procede la devolución de la
parte proporcional de los días restantes y qué documentación necesitan,
y que se dé de baja la domiciliación.

Atentamente,
Fernando Gil Ortega"""),
("es", "b29-plan-mascota-rocco-campo-cl", "Camila Fuentes <camila.fuentes@example.cl>", "Plan de salud de Rocco", "billing", "",
"""Hola,

Les cuento que Rocco se fue a vivir con mis suegros al campo, cerca de
Talca. En el departamento ya no podíamos tenerlo y allá está feliz
corriendo todo el día. Como ya no lo vamos a traer a la clínica de
Ñuñoa, quiero dar de baja el plan de salud de $18.990 mensuales que se
me descuenta de la tarjeta.

Gracias por todo,
Camila"""),
("es", "b29-bono-cultural-joven-web", "Hugo Serrano <hugo.serrano@example.es>", "bono cultural", "billing", "",
"""buenas, tengo el bono cultural joven y queria saber si se puede usar
en vuestra web o solo en la libreria fisica de Salamanca. quiero pillar
varios libros de la uni y algun manga. gracias"""),
("es", "b29-factura-cfdi-zapopan-mx", "Contabilidad Remodelaciones Tapia <contabilidad@remodelacionestapia.example>", "Solicitud de factura", "billing", "",
"""Buenas tardes,

Solicitamos factura (CFDI 4.0) de la compra realizada el 14 de marzo en
su sucursal de Zapopan, ticket 0042-118874, por $18,640.00 MXN
(material eléctrico y pintura).

Razón social: Remodelaciones Tapia S.A. de C.V.
RFC: RTA000000XX0
Régimen fiscal: 601
Uso de CFDI: G03
C.P. fiscal: 45010

Quedamos atentos.
Ana Lilia Tapia
Contabilidad"""),
("es", "b29-bono-clases-sobran-tres", "Mercedes Prieto <mercedes.prieto@example.es>", "Clases de Álvaro", "billing", "",
"""Hola Raquel:

Lo primero, que no se malinterprete: no es que estemos descontentos con
la profe, al contrario, Álvaro ha aprobado las matemáticas gracias a
ella. Pero ha aprobado en junio y ya no necesita la recuperación de
septiembre, así que le sobran 3 clases del bono de 10 que pagamos en
abril (220 €).

¿Se podrían devolver esas tres clases o quedan como saldo para el curso
que viene?

Gracias,
Mercedes"""),
("es", "b29-buzo-regalo-sin-ticket-ar", "Florencia Giménez <flor.gimenez@example.com.ar>", "Cambio de un regalo", "billing", "",
"""Hola chicos, me regalaron para mi cumple un buzo de su local de
Palermo pero me queda enorme. No tengo el ticket porque fue regalo, sí
tiene la etiqueta puesta. ¿Lo puedo cambiar igual? ¿Y si quiero otra
cosa que sale más barata me dan la diferencia en una nota de crédito?
Gracias!!"""),
("es", "b29-curso-verano-cancelado-omic", "José Antonio Ruiz <ja.ruiz@example.es>", "Curso intensivo de julio cancelado", "billing", "high",
"""Buenos días:

En abril pagué 480 € por el curso intensivo de inglés de julio para mi
hija. El 25 de junio nos comunicaron por WhatsApp que se cancelaba "por
falta de alumnos" y nos ofrecieron pasar el importe al curso de octubre,
que no nos interesa. He pedido la devolución por escrito dos veces y no
he recibido respuesta.

Si en diez días no tengo el dinero, presentaré una reclamación en la
OMIC del ayuntamiento y ante Consumo de la Comunidad de Madrid, con
todos los justificantes.

José Antonio Ruiz"""),
("es", "b29-membresia-contracargo-profeco-mx", "Diana Morales <diana.morales@example.com.mx>", "cancelé y me siguen cobrando", "billing", "high",
"""Hola. Cancelé mi membresía de la plataforma de cursos en febrero,
tengo el correo de confirmación de la cancelación. Aun así me cobraron
$349 en marzo y otros $349 en abril. Ya escribí al chat dos veces y
nada.

Si no me regresan los $698 esta semana voy a pedir el contracargo con
mi banco y levantar queja en PROFECO.

Diana Morales"""),
("es", "b29-notebook-cuotas-supervisor-ar", "Gustavo Paz <gustavo.paz@example.com.ar>", "Reintegro incompleto - quiero hablar con un supervisor", "billing", "high",
"""Buenas,

Devolví una notebook en el local de Córdoba (Nuevo Centro) a los 5 días
de comprarla, sin usar. La había pagado $1.480.000 en 12 cuotas con
tarjeta. Ahora me anularon solo 9 cuotas y las otras 3 me las siguen
debitando en el resumen. En el local me dicen que es cosa del banco, el
banco me dice que es cosa de ustedes.

Quiero que me llame un supervisor o alguien con autoridad para
resolverlo, no otro operador que me vuelva a mandar al banco.
Tel. 351 000-0000

Gustavo Paz"""),
("es", "b29-app-curso-descarga-offline", "Elena Martín <elena.martin@example.es>", "Curso de cerámica online", "technical", "",
"""Hola,

No es un tema de facturación ni quiero que me devolváis nada, el curso
me encanta. El problema es que la app no me deja descargar las lecciones
para verlas sin conexión: le doy al botón de descarga, llega al 100 % y
luego en "Mis descargas" aparece "Error - vuelve a intentarlo". Lo
necesito porque las veo en el tren de Cercanías, donde no hay cobertura.

Un saludo,
Elena"""),
("es", "b29-laptop-no-prende-actualizacion-mx", "Ricardo Hernández <ricardo.hdz@example.com.mx>", "Laptop", "technical", "",
"""Buen día. Mi laptop que compré con ustedes hace dos meses se actualizó
anoche y hoy ya no prende, nomás se enciende el foquito del cargador y
la pantalla se queda negra. Ya le dejé apretado el botón de encendido
30 segundos como dice en internet y nada. Tengo ahí mis tareas de la
maestría, ¿qué hago?

Ricardo"""),
("es", "b29-usuario-bloqueado-libreria-ar", "Sofia Benitez <sofi.benitez@example.com.ar>", "no puedo entrar", "technical", "",
"""hola, no puedo entrar a mi cuenta de la libreria online. pongo la
contraseña y me dice "usuario bloqueado por intentos fallidos", pero yo
no intente nada. espere 24 horas como decia y sigue igual. me ayudan?
sofia"""),
("es", "b29-taladro-cargador-parpadea", "Ramón Iglesias <ramon.iglesias@example.es>", "Taladro", "technical", "",
"""Buenas,

El taladro de batería que compré en vuestra tienda de Getafe hace tres
semanas ha dejado de cargar: pongo la batería en el cargador y la luz
parpadea en rojo sin parar. Con la segunda batería del kit pasa lo
mismo, así que supongo que es el cargador. ¿Me lo cambiáis en tienda o
hay que mandarlo al servicio técnico?

Ramón"""),
("es", "b29-pedal-sustain-al-reves-co", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Pedal del piano", "technical", "",
"""Buenas noches,

El piano digital que compramos en la tienda de Chapinero hace un mes
funcionaba bien, pero desde esta semana el pedal de sustain funciona al
revés: cuando lo piso se corta el sonido y cuando lo suelto las notas
quedan sonando. Ya revisé que esté bien conectado atrás. Mi hijo está
preparando la audición para el conservatorio.

Gracias,
Andrés Cárdenas"""),
("es", "b29-app-haurreskola-notificaciones", "Nerea Etxeberria <nerea.etxeberria@example.es>", "App", "technical", "",
"""Kaixo! Desde que cambié de móvil no me llegan las notificaciones de la
app de la haurreskola: ni los mensajes de las educadoras ni el aviso de
la comida y la siesta. Si entro en la app sí aparecen, pero no me avisa.
Tengo los permisos activados. Un saludo, Nerea"""),
("es", "b29-hola-filtro-talla-blanco-cl", "Catalina Rojas <cata.rojas@example.cl>", "Hola", "technical", "",
"""Hola! cuando en su página filtro los zapatos por talla (37) la página
se queda en blanco, y si saco el filtro vuelve a aparecer todo. Me pasa
en el computador y en el celular. Así es imposible encontrar algo jaja.
Saludos"""),
("es", "b29-re-split-gotea-sofa", "Pilar Domínguez <pilar.dominguez@example.es>", "RE: Instalación aire acondicionado - orden 5518", "technical", "",
"""Buenas tardes, Sergio:

Pues sigue igual. Ayer por la tarde, con el aparato puesto a 25 grados,
empezó otra vez a caer agua por debajo de la unidad de dentro, justo
encima del sofá. He tenido que poner un cubo. El técnico que vino el
jueves dijo que ya estaba arreglado el desagüe.

¿Puede volver a pasar alguien esta semana?

Pilar Domínguez

-----Mensaje original-----
De: Sergio Lozano <instalaciones@example-electro.es>
Enviado el: viernes, 4 de julio de 2025 13:05
Para: Pilar Domínguez
Asunto: Instalación aire acondicionado - orden 5518

Estimada Pilar:
Le confirmamos que el técnico revisó ayer el desagüe de la unidad
interior. Si vuelve a detectar alguna incidencia, responda a este correo.
Un saludo,
Sergio Lozano"""),
("es", "b29-scooter-bateria-abombada-mx", "Alejandra Vázquez <ale.vazquez@example.com.mx>", "Scooter eléctrico", "technical", "high",
"""Hola, buenas tardes.

Les escribo por el scooter eléctrico que compré en su tienda de Puebla
en diciembre. Hoy al cargarlo noté que la parte de abajo, donde va la
batería, está abombada y muy caliente, y olía a plástico quemado. Lo
desconecté y lo saqué al patio, lejos de todo. Todos estamos bien.

¿Qué hago con él? No quiero volver a conectarlo.

Alejandra Vázquez"""),
("es", "b29-estufa-butano-huele-gas", "Manuel Cabrera <manuel.cabrera@example.es>", "Estufa de butano", "technical", "high",
"""Buenos días,

Compré la semana pasada en su tienda de Valladolid una estufa de butano
con su regulador. Desde el primer día, cuando la rueda de encendido
hace clic y no prende a la primera, se queda un olor a gas muy fuerte
en el salón durante un buen rato, y ayer olía también con la estufa
apagada y la bombona abierta. He cerrado la bombona, la he sacado a la
terraza y he ventilado la casa. No la vamos a usar hasta que alguien la
revise.

Manuel Cabrera"""),
("es", "b29-examenes-finales-plataforma-ar", "Coordinación Instituto Lenguas del Sur <coordinacion@lenguasdelsur.example>", "Hoy no pudimos tomar ningún final", "technical", "high",
"""Buenas tardes,

Hoy teníamos programados los exámenes finales escritos de 4 niveles,
unos 200 alumnos, en la plataforma de ustedes. Desde las 9 de la mañana
los alumnos entran, ven el examen un segundo y los saca de nuevo a la
pantalla de inicio. Tuvimos que suspender todos los turnos de la mañana,
tenemos a los docentes parados y a los alumnos reclamando. A la tarde
rinden otros 150.

Necesitamos que alguien nos atienda ya. Tel. 0261 000-0000 (Mendoza).

Lic. Verónica Sosa
Coordinación Académica"""),
("es", "b29-grua-residentes-bloqueada", "Residencia Los Almendros <direccion@losalmendros-residencia.example>", "Grúa de traslado", "technical", "high",
"""Buenos días,

Les escribimos por una de las dos grúas eléctricas de traslado que nos
suministraron en enero. Esta mañana se ha quedado bloqueada con una
residente suspendida en el arnés, a medio camino entre la cama y la
silla: ni sube ni baja con el mando. Hemos tenido que bajarla con el
descenso manual de emergencia entre tres auxiliares. La señora está
bien, solo asustada.

Hemos retirado la grúa, pero con una sola para 46 residentes vamos muy
justos. Necesitamos que venga un técnico hoy.

Rosa María Quintana
Directora, Residencia Los Almendros (Jaén)"""),
("es", "b29-televisor-imagen-verde-superior-co", "Luis Fernando Mejía <lf.mejia@example.com.co>", "Televisor - caso 40917", "technical", "high",
"""Señores,

El televisor que compré en su almacén de Medellín lleva dos veces en el
servicio técnico por lo mismo: la imagen se pone verde y a los pocos
minutos se apaga solo. Las dos veces me lo devolvieron "reparado" y a
los tres días volvió a fallar. Ya van casi dos meses sin poderlo usar.

Exijo que el caso lo revise un superior o el jefe del servicio técnico.
No voy a llevarlo una tercera vez para que me digan lo mismo.

Luis Fernando Mejía"""),
("es", "b29-gracias-nala-operacion", "Beatriz Sanz <beatriz.sanz@example.es>", "¡Nala ya está en casa!", "general", "",
"""Hola a todo el equipo,

Solo queríamos daros las gracias. Nala ya está en casa, comiendo como
si nada después de la operación de la pata, y todo gracias a la Dra.
Ferrer y a las auxiliares que la cuidaron el fin de semana. Nos
mandabais fotos y mensajes y eso nos dio muchísima tranquilidad.

Os llevaremos unos bombones cuando vayamos a quitar los puntos.

Beatriz, Dani y Nala"""),
("es", "b29-horario-16-septiembre-mx", "Paola Guerrero <paola.guerrero@example.com.mx>", "Horario", "general", "",
"""Hola, ¿van a abrir la tienda de Plaza Satélite el 16 de septiembre?
Quiero ir por unos tenis para mi hijo. ¿En qué horario? Gracias"""),
("es", "b29-gafas-probador-bilbao", "Itziar Aguirre <itziar.aguirre@example.es>", "Gafas olvidadas", "general", "",
"""Hola, creo que el jueves me dejé las gafas de cerca en uno de los
probadores de la tienda de la Gran Vía de Bilbao (en la planta de
mujer). Son de pasta marrón, en una funda roja. ¿Las ha encontrado
alguien? Gracias, Itziar"""),
("es", "b29-cambio-mail-direccion-ar", "Nicolás Romero <nico.romero@example.com.ar>", "cambio de mail", "general", "",
"""Hola, necesito cambiar el mail de mi cuenta, el viejo
(nromero85@example.com.ar) ya no lo uso más. El nuevo es este desde el
que escribo. También me mudé: nueva dirección Av. Rivadavia 5200, 3° B,
CABA. Gracias!"""),
("es", "b29-clases-guitarra-ninos-cali", "Marcela Rincón <marcela.rincon@example.com.co>", "Clases de guitarra", "general", "",
"""Buenas tardes,

Quisiera saber si en la escuela de música de ustedes en Cali dictan
clases de guitarra para niños de 8 años, qué días y en qué horario, y
si el niño tiene que llevar su propia guitarra o allá se la prestan.

Mil gracias,
Marcela Rincón"""),
("es", "b29-entrega-conserjeria-paco", "Alberto Moreno <alberto.moreno@example.es>", "Entrega pedido 55130", "general", "",
"""Buenas, el pedido 55130 (la lámpara y los cojines) llega mañana según
el seguimiento. Por la mañana no hay nadie en casa, así que por favor
que lo dejen en conserjería, al conserje (se llama Paco), que está de 8
a 14. Gracias.
Alberto"""),
("es", "b29-eliminar-datos-ley-19628-cl", "Tomás Araya <tomas.araya@example.cl>", "Eliminación de mis datos personales", "general", "",
"""Estimados:

De acuerdo con la Ley N° 19.628 sobre protección de la vida privada,
solicito que eliminen mis datos personales de su base de clientes y que
dejen de enviarme correos y mensajes de WhatsApp con promociones. No
tengo ninguna compra pendiente con ustedes.

Favor confirmar cuando esté hecho.

Tomás Araya Muñoz
RUT 11.111.111-1"""),
("es", "b29-queja-dependiente-murcia", "Ana Belen Ruiz <anabelen.ruiz@example.es>", "queja tienda Murcia", "general", "",
"""Hola, el sabado por la tarde estuve en la tienda de Murcia mirando
televisores y pregunte a un dependiente (chico alto con barba) por la
diferencia entre dos modelos. Me contesto de muy malas formas que "eso
esta en la etiqueta" y se fue. No quiero nada en concreto, solo que lo
sepais porque asi se pierden clientes.
Ana Belen"""),
("es", "b29-kermes-rifa-vivero-mx", "Comité de Padres Esc. Benito Juárez <comitepadres.bj@example.com.mx>", "Apoyo para kermés", "general", "",
"""Buenas tardes,

Somos el comité de padres de familia de la Escuela Primaria Benito
Juárez en Tlaquepaque. El 15 de noviembre haremos nuestra kermés anual
para juntar fondos para techar el patio. ¿Podrían apoyarnos como
patrocinadores con algunos artículos de su vivero (plantas, macetas)
para la rifa? A cambio pondríamos su logo en las lonas y los volantes.

Atentamente,
Lupita Sandoval
Presidenta del Comité"""),
("es", "b29-residencia-comida-navidad", "Carmen Vidal <carmen.vidal@example.es>", "Día de Navidad", "general", "",
"""Buenas tardes,

Querríamos llevarnos a mi madre, Dña. Rosario Vidal (habitación 112), a
comer a casa el día de Navidad y traerla de vuelta por la tarde. ¿Hay
que avisar con antelación o firmar algo? ¿Y nos daríais la medicación
del mediodía para llevarla?

Muchas gracias,
Carmen Vidal"""),
("es", "b29-profe-julieta-bestia-ar", "Lorena Acosta <lorena.acosta@example.com.ar>", "La profe Julieta", "general", "",
"""Hola! Les escribo para felicitar a Julieta, la profe particular de
matemática de mi hijo Benja. Es una bestia!! En dos meses lo sacó de un
4 a un 8 y ahora dice que matemática le gusta jaja. La clase de ayer
con las funciones lo mató, volvió re contento. Gracias de verdad.
Lorena"""),
("es", "b29-sacos-sustrato-caen-alcobendas", "Raquel Montero <raquel.montero@example.es>", "Estantería de sacos en el vivero de Alcobendas", "general", "high",
"""Buenas tardes:

Esta mañana, en la zona de sustratos de su centro de jardinería de
Alcobendas, se cayó un saco de 50 litros desde la balda de arriba de
una estantería a menos de un metro de mi hijo de 5 años. Los sacos de
arriba estaban apilados de cualquier manera y sobresalían del borde.
Por suerte no le dio.

Se lo dije a un empleado y me contestó que "a veces pasa". Les escribo
para que lo revisen hoy mismo, antes de que le caiga a alguien.

Raquel Montero"""),
("es", "b29-vendedor-bateria-hija-gerente-mx", "Verónica Lara <veronica.lara@example.com.mx>", "Trato humillante a mi hija", "general", "high",
"""Buenas noches.

Hoy en su tienda de instrumentos de Coyoacán mi hija, que tiene
síndrome de Down, se acercó a probar una batería electrónica de las de
exhibición. El vendedor le quitó las baquetas de la mano, se rió con su
compañero y me dijo que "mejor la lleve a la sección de juguetes". Nos
fuimos sin comprar nada y mi hija lloró todo el camino.

Exijo hablar con el gerente de la tienda o con su jefe. Espero
respuesta esta semana.

Verónica Lara"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b29-kozaki-wymiana-lydka", "Karolina Nowicka <karolina.nowicka@example.pl>", "kozaki", "billing", "",
"""Dzien dobry, kupilam w sklepie internetowym kozaki za kolano w
rozmiarze 38, zamowienie 45117. Sa za ciasne w lydce. Czy moge je
wymienic na 39 czy musze zrobic zwrot i zamowic jeszcze raz? Nie byly
noszone na dworze.
Pozdrawiam
Karolina"""),
("pl", "b29-blik-dwa-razy-odkurzacz", "Piotr Wiśniewski <piotr.wisniewski@example.pl>", "Podwójna płatność", "billing", "",
"""Dzień dobry,

przy zamówieniu 88204 (odkurzacz pionowy, 899 zł) strona się zawiesiła
przy płatności BLIK-iem, więc zapłaciłem drugi raz. Teraz na koncie
widzę dwa obciążenia po 899 zł, a zamówienie jest jedno. Proszę o zwrot
nadpłaty na konto.

Piotr Wiśniewski"""),
("pl", "b29-raty-zero-laptop-student", "Jakub Lewandowski <jakub.lewandowski@example.pl>", "Raty", "billing", "",
"""Hej,
chcę kupić laptopa do nauki (ten za 3 499 zł), czy raty 0% są też dla
studentów bez umowy o pracę? Mam tylko stypendium i umowę zlecenie. Na
ile rat można to rozłożyć?
Dzięki, Kuba"""),
("pl", "b29-zlobek-miejsce-w-przedszkolu", "Magdalena Kowalczyk <magda.kowalczyk@example.pl>", "Zosia od września", "billing", "",
"""Dzień dobry Pani Aniu,

Zosia dostała się do przedszkola miejskiego na naszym osiedlu od
września, więc sierpień będzie jej ostatnim miesiącem w żłobku. Proszę
o informację, do kiedy mam złożyć wypowiedzenie, żeby nie naliczono już
czesnego (1 650 zł) za wrzesień.

Bardzo dziękujemy za te dwa lata, Zosia uwielbia Panie z grupy
Motylków.

Magdalena Kowalczyk"""),
("pl", "b29-kurs-angielskiego-platforma-wiertnicza", "Grzegorz Kaczmarczyk <grzegorz.kaczmarczyk@example.pl>", "Przerwa w kursie", "billing", "",
"""Dzień dobry,

od 1 marca wyjeżdżam na trzy miesiące na kontrakt na platformę
wiertniczą na Morzu Północnym i tam praktycznie nie będę miał
internetu. Czy mogę zawiesić abonament na kurs angielskiego (59 zł
miesięcznie) na marzec, kwiecień i maj i wrócić w czerwcu od tej samej
lekcji?

Grzegorz"""),
("pl", "b29-dom-opieki-mama-rozliczenie", "Barbara Zielińska <barbara.zielinska@example.pl>", "Rozliczenie pobytu - p. Helena Zielińska", "billing", "",
"""Szanowna Pani Dyrektor,

z przykrością informuję, że moja mama, Helena Zielińska, zmarła 11
października w szpitalu. Chciałabym bardzo podziękować całemu
personelowi za opiekę nad nią przez ostatnie półtora roku.

Opłata za październik (6 900 zł) została wpłacona z góry. Proszę o
informację, czy przysługuje zwrot za niewykorzystane dni i jakie
dokumenty są do tego potrzebne, a także o zakończenie obciążania mojego
konta od listopada.

Z wyrazami szacunku
Barbara Zielińska"""),
("pl", "b29-pakiet-burek-u-bylej-zony", "Andrzej Mazurek <andrzej.mazurek@example.pl>", "Pakiet dla Burka", "billing", "",
"""Dzień dobry,

po rozwodzie Burek został z byłą żoną i przeprowadził się z nią do
Olsztyna, więc nie będzie już przychodził do Państwa przychodni. Proszę
o zakończenie pakietu profilaktycznego (49 zł/mies.), który jest na mnie
i pobierany z mojej karty. Jeśli żona będzie chciała coś podobnego, sama
zgłosi się do weterynarza na miejscu.

Andrzej Mazurek"""),
("pl", "b29-faktura-korygujaca-adres-fundacja", "Fundacja Czytaj Razem <biuro@czytajrazem.example>", "Faktura FV/2025/03/118", "billing", "",
"""Dzień dobry,

na fakturze FV/2025/03/118 za książki do naszej biblioteczki jest
błędny adres - ul. Długa 12 zamiast ul. Długa 21. NIP jest poprawny.
Prosimy o wystawienie faktury korygującej z właściwym adresem, inaczej
księgowa nie może jej zaksięgować.

Z poważaniem
Ewa Pawlak
Fundacja Czytaj Razem, Toruń"""),
("pl", "b29-bon-sklep-muzyczny-online", "Kacper Wójcik <kacper.wojcik@example.pl>", "bon", "billing", "",
"""siema, dostałem na urodziny bon 300 zł do Waszego sklepu muzycznego w
Krakowie. da się go wykorzystać przy zamówieniu przez internet? chcę
kupić struny i efekt gitarowy (overdrive), a w sklepie nie ma tego
modelu.
Kacper"""),
("pl", "b29-korepetycje-chemia-stawka", "Dorota Szymańska <dorota.szymanska@example.pl>", "Cennik od września", "billing", "",
"""Dzień dobry,

od razu zaznaczę, że to nie jest skarga na pana Michała - syn bardzo go
lubi i widać postępy z chemii. Dostałam jednak informację, że od
września lekcja 60 minut będzie kosztować 120 zł zamiast 100 zł. Czy
jest możliwość zachowania starej stawki, jeśli wykupimy z góry pakiet
na cały semestr? Syn ma maturę w maju.

Pozdrawiam
Dorota Szymańska"""),
("pl", "b29-re-oferta-panele-zaliczka", "Marcin Dudek <biuro@dudek-remonty.example>", "Re: Oferta nr 2025/4471 - panele winylowe", "billing", "",
"""Dzień dobry Pani Kasiu,

dziękuję za ofertę. Klient akceptuje, więc zamawiamy. Dwa pytania:
czy zaliczkę 30% mogę zapłacić przelewem z konta firmowego dziś, a
resztę przy odbiorze kartą? I czy rabat 8% dla firm dotyczy też listew i
podkładu, bo w ofercie jest tylko przy panelach?

Pozdrawiam
Marcin Dudek
Dudek Remonty

> Wiadomość napisana przez Katarzyna Lis <oferty@example-budmarket.pl>
> w dniu 14.05.2025, o godz. 10:32:
>
> Dzień dobry,
> w załączeniu oferta nr 2025/4471 na panele winylowe Dąb Naturalny,
> 86 m2, wraz z listwami i podkładem. Cena paneli uwzględnia rabat 8%.
> Pozdrawiam, Katarzyna Lis"""),
("pl", "b29-zwrot-sukienki-rzecznik-uokik", "Monika Jabłońska <monika.jablonska@example.pl>", "Brak zwrotu pieniędzy - zamówienie 45930", "billing", "high",
"""Dzień dobry,

sukienkę z zamówienia 45930 (279 zł) odesłałam w ramach odstąpienia od
umowy 2 kwietnia. Według śledzenia przesyłki dotarła do Państwa 4
kwietnia. Minęło ponad 30 dni, a ustawowy termin na zwrot to 14 dni.
Pieniędzy nie ma, a na maile dostaję tylko automatyczne odpowiedzi.

Jeżeli środki nie wpłyną do końca tygodnia, zgłaszam sprawę do
miejskiego rzecznika konsumentów i do UOKiK.

Monika Jabłońska"""),
("pl", "b29-kurs-programowania-chargeback", "Łukasz Krawczyk <lukasz.krawczyk@example.pl>", "anulowalem subskrypcje", "billing", "high",
"""Anulowalem subskrypcje na platformie z kursami programowania 3
stycznia, mam maila z potwierdzeniem. Mimo to 3 lutego pobraliscie z
karty 79 zl a 3 marca znowu 79 zl. Pisalem na czat, zero odzewu.

Jesli do piatku nie oddacie 158 zl, skladam w banku reklamacje
transakcji (chargeback) i niech bank sie tym zajmie.

Lukasz Krawczyk"""),
("pl", "b29-kurtka-przecena-kierownik", "Agata Michalska <agata.michalska@example.pl>", "Odmowa zwrotu w sklepie w Poznaniu", "billing", "high",
"""Dzień dobry,

w sobotę w Waszym sklepie w Starym Browarze chciałam oddać kurtkę
kupioną 10 dni wcześniej, z metkami i paragonem. Pani przy kasie
odmówiła zwrotu pieniędzy, bo "przeceniona odzież nie podlega
zwrotowi", choć w regulaminie na stronie nic takiego nie ma, a kurtka
nie była przeceniona, kiedy ją kupowałam - przecena weszła dzień po
moim zakupie.

Chcę odzyskać 349 zł. Proszę o kontakt kierownika sklepu albo kogoś
wyżej, bo z obsługą nie da się tego załatwić. Tel. 600 000 000.

Agata Michalska"""),
("pl", "b29-certyfikat-nie-generuje-sie", "Natalia Kozłowska <natalia.kozlowska@example.pl>", "Certyfikat", "technical", "",
"""Dzień dobry,

nie chodzi o płatność, kurs jest opłacony i zaliczony (wszystkie moduły
na zielono, test końcowy 92%). Problem w tym, że po kliknięciu "Pobierz
certyfikat" pojawia się komunikat "Nie udało się wygenerować pliku" i
nic się nie pobiera. Próbowałam w Chrome i Firefoxie, też na telefonie.
Certyfikat jest mi potrzebny dla pracodawcy.

Natalia Kozłowska"""),
("pl", "b29-sluchawki-mikrofon-teams", "Tomasz Wróbel <tomasz.wrobel@example.pl>", "Słuchawki - mikrofon", "technical", "",
"""Dzień dobry,

kupione u Was słuchawki bezprzewodowe działają świetnie przy muzyce,
ale w czasie rozmów na Teamsie nikt mnie nie słyszy albo słyszy jak ze
studni. Na telefonie jest to samo. Aktualizowałem oprogramowanie przez
aplikację producenta. Da się to jakoś ustawić?

Tomasz"""),
("pl", "b29-kod-sms-logowanie-ksiegarnia", "Zofia Krajewska <zofia.krajewska@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry, od wczoraj przy logowaniu do księgarni internetowej
strona prosi o kod z SMS-a, ale SMS nie przychodzi. Numer telefonu w
koncie jest dobry. Próbowałam kilka razy. Mam w koszyku podręczniki dla
wnuczki i nie mogę ich zamówić.
Zofia Krajewska"""),
("pl", "b29-nozyce-zywoplot-staja", "Henryk Pietrzak <henryk.pietrzak@example.pl>", "Nożyce do żywopłotu", "technical", "",
"""Dzień dobry,

nożyce akumulatorowe do żywopłotu kupione w maju w Waszym markecie w
Rzeszowie po dwóch-trzech cięciach grubszej gałązki stają i trzeba je
wyłączyć i włączyć. Akumulator naładowany do pełna, ostrza czyste i
naoliwione. Żywopłot to tuja, nic grubego.

Henryk Pietrzak"""),
("pl", "b29-keyboard-bluetooth-aplikacja", "Wiktoria Sadowska <wiktoria.sadowska@example.pl>", "keyboard i aplikacja", "technical", "",
"""Hej, kupiłam córce keyboard 61 klawiszy w Waszym sklepie muzycznym.
Miał się łączyć przez Bluetooth z aplikacją do nauki gry, ale telefon
go w ogóle nie widzi na liście urządzeń. Bluetooth na keyboardzie
włączony (świeci niebieska dioda). iPhone i tablet z Androidem - na obu
to samo. Co robimy źle?
Wiktoria"""),
("pl", "b29-aplikacja-zlobka-brak-danych", "Ewelina Baran <ewelina.baran@example.pl>", "aplikacja", "technical", "",
"""Dzien dobry, od poniedzialku w aplikacji zlobka nie widze raportow
dziennych Antka (co jadl, ile spal), pojawia sie tylko napis "Brak
danych". Inne zakladki dzialaja. Maz ma to samo u siebie. Czy to u
wszystkich?
Ewelina Baran"""),
("pl", "b29-pytanie-zegarek-synchronizacja", "Rafal Gorski <rafal.gorski@example.pl>", "Pytanie", "technical", "",
"""Czesc, mam pytanie. Zegarek sportowy kupiony u Was w marcu przestal
synchronizowac kroki i treningi z aplikacja w telefonie. Ostatnia
synchronizacja 5 dni temu. Parowalem od nowa, restartowalem oba, nic.
Tetno na zegarku pokazuje normalnie.
Rafal"""),
("pl", "b29-re-naped-bramy-piloty", "Stanisław Kubiak <stanislaw.kubiak@example.pl>", "Re: Montaż napędu bramy garażowej - zlecenie 3390", "technical", "",
"""Dzień dobry,

niestety dalej to samo. Brama otwiera się przyciskiem na ścianie w
garażu, ale oba piloty działają tylko z odległości metra, czasem wcale.
Baterie w pilotach wymieniłem na nowe, jak Państwo radzili. Przed
montażem nowego napędu stary pilot działał z ulicy.

Proszę o przyjazd technika.
Stanisław Kubiak

-----Wiadomość oryginalna-----
Od: Serwis Montażowy <montaze@example-budmarket.pl>
Wysłano: wtorek, 10 czerwca 2025 09:14
Do: Stanisław Kubiak
Temat: Montaż napędu bramy garażowej - zlecenie 3390

Dzień dobry,
jeśli piloty mają słaby zasięg, prosimy w pierwszej kolejności wymienić
w nich baterie (CR2032). Jeśli to nie pomoże, prosimy o odpowiedź.
Z poważaniem
Serwis Montażowy"""),
("pl", "b29-lampka-gwiazdy-stopiona", "Joanna Czarnecka <joanna.czarnecka@example.pl>", "Lampka nocna", "technical", "high",
"""Dzień dobry,

piszę w sprawie lampki nocnej z projektorem gwiazd, którą kupiliśmy w
Waszym sklepie miesiąc temu. Wieczorem stała w pokoju synka i poczułam
zapach spalonego plastiku. Obudowa przy zasilaczu była bardzo gorąca i
częściowo się stopiła. Odłączyłam ją od prądu, synek spał, nic się nie
stało.

Myślę, że powinni Państwo to sprawdzić, bo to rzecz do pokoju dziecka.
Lampkę mam, mogę ją odesłać.

Joanna Czarnecka"""),
("pl", "b29-grzejnik-olejowy-kopie-pradem", "Zbigniew Lis <zbigniew.lis@example.pl>", "grzejnik olejowy", "technical", "high",
"""Dzien dobry. Grzejnik olejowy kupiony w Waszym markecie w Lublinie
kopie pradem przy dotknieciu obudowy, zona tez to poczula. Dzis przy
wlaczaniu cos trzasnelo w gniazdku i iskrzylo. Wylaczylem korki w tym
pokoju. Co mam z nim zrobic?
Zbigniew Lis"""),
("pl", "b29-ksiegarnia-kasy-wrzesien", "Księgarnia Pod Globusem <sklep@podglobusem.example>", "System kasowy", "technical", "high",
"""Dzień dobry,

od otwarcia o 9:00 żadna z naszych trzech kas nie łączy się z Państwa
systemem sprzedaży - skaner czyta kod, ale program wyświetla "Brak
połączenia z serwerem" i nie da się zamknąć paragonu. Mamy początek
września, kolejka rodziców z listami podręczników stoi aż na ulicę, a
my odsyłamy ludzi do konkurencji. Restart routera i komputerów nic nie
dał.

Proszę o pilny telefon: 85 000 00 00.

Paweł Adamczyk
Księgarnia Pod Globusem, Białystok"""),
("pl", "b29-piec-u-babci-suwalki", "Karol Witkowski <karol.witkowski@example.pl>", "Piec u babci nie grzeje", "technical", "high",
"""Dzień dobry,

piec gazowy kondensacyjny, który Państwa serwis zamontował w listopadzie
u mojej babci (ul. Sienkiewicza 14/3, Suwałki), od wczoraj wieczorem nie
grzeje - na wyświetlaczu miga błąd F28. Babcia ma 87 lat, jest po
zapaleniu płuc, na dworze -12, a w mieszkaniu rano było 14 stopni.
Zawiozłem jej farelkę, ale to nie wystarczy na całe mieszkanie.

Bardzo proszę o przyjazd serwisanta dzisiaj. Mój numer: 500 000 000.

Karol Witkowski"""),
("pl", "b29-laptop-trzecia-naprawa-przelozony", "Michał Sobczak <michal.sobczak@example.pl>", "Trzecia reklamacja laptopa - RMA 20718", "technical", "high",
"""Dzień dobry,

mój laptop wraca z serwisu po raz trzeci z tą samą usterką - po
kilkunastu minutach pracy ekran gaśnie i komputer się restartuje. Za
każdym razem w protokole stoi "nie stwierdzono usterki" albo
"zaktualizowano BIOS". Pracuję na nim zdalnie, od dwóch miesięcy
pożyczam sprzęt od znajomych.

Proszę o przekazanie sprawy do przełożonego lub kierownika serwisu. Nie
chcę kolejnego zgłoszenia, tylko decyzji.

Michał Sobczak"""),
("pl", "b29-podziekowanie-dyzur-filemon", "Aleksandra Nowak <ola.nowak@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować lekarce z nocnego dyżuru z soboty na
niedzielę (niestety nie zapamiętałam nazwiska - młoda pani doktor w
okularach). Nasz kot Filemon zjadł kawałek wstążki i byliśmy
przerażeni. Pani doktor wszystko spokojnie wytłumaczyła, zajęła się nim
świetnie i dziś Filemon znowu rządzi w domu.

Dziękujemy!
Ola i Bartek"""),
("pl", "b29-godziny-przed-wszystkich-swietych", "Teresa Kamińska <teresa.kaminska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, w jakich godzinach będzie otwarte centrum ogrodnicze w
Wieliczce 31 października i 1 listopada? Chciałabym kupić chryzantemy
na groby, ale nie chcę pocałować klamki.
Teresa Kamińska"""),
("pl", "b29-klucze-przymierzalnia-wroclaw", "Bartosz Jankowski <bartosz.jankowski@example.pl>", "Zgubione klucze", "general", "",
"""Dzień dobry,

wczoraj ok. 18 w Waszym sklepie w Pasażu Grunwaldzkim we Wrocławiu
zostawiłem chyba w przymierzalni klucze - pęk z breloczkiem Śląska
Wrocław i pilotem do bramy. Czy ktoś je znalazł? Mogę podjechać w każdej
chwili.

Bartosz"""),
("pl", "b29-zmiana-nazwiska-karta-klienta", "Paulina Grabowska <paulina.grabowska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Kamińska na Grabowska.
Proszę o zmianę nazwiska na koncie klienta i na karcie stałego klienta
(nr 0048 1127 3390). Nowy adres e-mail to ten, z którego piszę. Czy
potrzebny jest jakiś dokument?
Pozdrawiam
Paulina Grabowska"""),
("pl", "b29-fizyka-rozszerzona-online", "Iwona Malinowska <iwona.malinowska@example.pl>", "Fizyka - matura rozszerzona", "general", "",
"""Dzień dobry,

szukam korepetytora z fizyki dla córki, która w przyszłym roku pisze
maturę rozszerzoną. Mieszkamy pod Gorzowem, więc wchodzą w grę raczej
lekcje online. Czy mają Państwo nauczycieli, którzy prowadzą zajęcia
przez internet, i czy można najpierw umówić lekcję próbną, żeby córka
sprawdziła, czy jej pasuje?

Iwona Malinowska"""),
("pl", "b29-sadzonki-u-sasiadki", "Krystyna Wojciechowska <krystyna.w@example.pl>", "zamówienie 60917", "general", "",
"""Dzień dobry, kurier z moim zamówieniem 60917 (sadzonki borówek) ma
przyjechać jutro. Będę u lekarza do południa. Proszę, żeby zostawił
paczkę u sąsiadki spod czwórki, pani Wandy, ona jest cały dzień w domu.
Dziękuję
K. Wojciechowska"""),
("pl", "b29-rodo-skad-moj-numer", "Sebastian Olszewski <sebastian.olszewski@example.pl>", "Wniosek RODO", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych przetwarzanych przez Państwa sklep, informacji o celu
przetwarzania i o tym, komu zostały udostępnione. Od jakiegoś czasu
dostaję SMS-y z ofertami firm, których nie znam, i chciałbym wiedzieć,
skąd mają mój numer.

Sebastian Olszewski"""),
("pl", "b29-ekspedientka-rozmiar-44-gdynia", "Dominika Zawadzka <dominika.zawadzka@example.pl>", "Obsługa w sklepie w Gdyni", "general", "",
"""Dzień dobry,

w czwartek w Waszym sklepie w Gdyni poprosiłam ekspedientkę o spodnie w
rozmiarze 44. Usłyszałam "u nas takich dużych raczej nie ma, może pani
spróbuje w innym sklepie", powiedziane na głos przy innych klientkach.
Rozmiar 44 jest w Waszej tabeli rozmiarów. Było mi po prostu przykro.
Piszę, żeby zwrócić na to uwagę, nic więcej.

Dominika"""),
("pl", "b29-festyn-parafialny-ksiazki", "Rada Parafialna św. Józefa <rada@parafia-jozef.example>", "Festyn rodzinny - prośba o wsparcie", "general", "",
"""Szanowni Państwo,

w niedzielę 8 czerwca organizujemy festyn rodzinny przy parafii św.
Józefa w Kielcach. Dochód przeznaczamy na wyjazd wakacyjny dla dzieci z
uboższych rodzin. Czy Państwa księgarnia mogłaby przekazać kilka
książek dla dzieci jako nagrody w loterii fantowej? Chętnie
podziękujemy po mszy i umieścimy logo na plakacie.

Z wyrazami szacunku
Jan Stępień
Rada Parafialna"""),
("pl", "b29-wigilia-odwiedziny-tata", "Robert Kwiatkowski <robert.kwiatkowski@example.pl>", "Wigilia", "general", "",
"""Dzień dobry,

czy w Wigilię można odwiedzić tatę (pan Eugeniusz Kwiatkowski, pokój 23)
po południu, w czasie kolacji wigilijnej? Chcielibyśmy przyjść z
wnukami, łącznie 5 osób. I czy możemy przynieść domowe pierogi i
makowiec, czy są jakieś ograniczenia w diecie taty?

Robert Kwiatkowski"""),
("pl", "b29-kryminal-mnie-zabil", "Marta Pawłowska <marta.pawlowska@example.pl>", "polecajka", "general", "",
"""Hej! Muszę napisać - pani z Waszej księgarni na Kazimierzu poleciła mi
w zeszłym tygodniu kryminał, który mnie dosłownie zabił. Zarwałam dwie
noce, zakończenie rozwaliło mi mózg. Proszę jej przekazać wielkie
dzięki, jutro przychodzę po kolejne polecenia!
Marta"""),
("pl", "b29-furtka-plac-zabaw-zlobek", "Katarzyna Wieczorek <katarzyna.wieczorek@example.pl>", "Furtka od placu zabaw", "general", "high",
"""Dzień dobry,

od kilku dni furtka z placu zabaw żłobka na ulicę Polną nie zamyka się
na zatrzask - wystarczy ją pchnąć i się otwiera. Dziś przy odbiorze
widziałam, jak chłopiec z grupy Biedronek sam ją otworzył i pani
dobiegła do niego w ostatniej chwili. Za furtką jest ulica, którą
jeżdżą auta do szkoły.

Bardzo proszę o naprawienie tego od razu, zanim któreś dziecko
wybiegnie.

Katarzyna Wieczorek"""),
("pl", "b29-opiekunka-krzyczy-dyrektorka", "Adam Czerwiński <adam.czerwinski@example.pl>", "Zachowanie opiekunki w grupie Słoneczek", "general", "high",
"""Dzień dobry,

wczoraj przy odbiorze syna usłyszałem, jak jedna z opiekunek w grupie
Słoneczek krzyczy na płaczącego trzylatka "przestań ryczeć, bo cię
zamknę w łazience". Syn w domu powiedział, że "pani często tak mówi".
To jest dla mnie nie do przyjęcia.

Żądam pilnej rozmowy z dyrektorką żłobka, najlepiej jeszcze w tym
tygodniu.

Adam Czerwiński"""),
]
