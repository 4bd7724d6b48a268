# batch133.py -- labelled test mails, held out of the tree until the rules
# it measures are final.  Nothing is tuned or trained on them.  Retail
# this time: department stores, outlet villages, loyalty schemes,
# click-and-collect, gift wrapping, personal shoppers and price-match
# promises -- with the usual failure classes: escalation demands that keep
# their topic, legal threats and chargebacks, negations, subjects that say
# nothing (or something else), replies quoting an earlier mail, paid plans
# ended or paused in other words, business outages told only by their
# consequences, safety hazards told calmly, praise, payment questions, and
# everyday mail of all three queues.  40 mails each in en, el (about a
# third Greeklish), es (Spain and Latin America) and pl, written
# separately for each language.  Same tuple format as batch13-16.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b133-price-match-online-only", "Rachel Hughes <rachel.hughes@example.co.uk>", "Price match", "billing", "",
"""Hello,

I bought the Sonora 50" TV in your Cardiff store on Saturday for 549.
On Tuesday I found it for 499 at another big retailer and went back with
the screenshot, as your sign by the tills says "We'll match any
competitor's price within 14 days". The lady at customer services said
you don't match prices that are "online only". The sign doesn't say that
anywhere.

Could you please look at this again and refund the 50 difference to my
card? Receipt number is on the attached photo.

Many thanks,
Rachel Hughes"""),
("en", "b133-outlet-card-taken-twice", "Owen Pritchard <owen.pritchard@example.co.uk>", "Charged twice at the outlet", "billing", "",
"""Hi there,

Bought a pair of walking boots at your shop in the outlet village near
Bridgend on Sunday afternoon. The card machine said "declined" the first
time so the assistant tried again and it went through. Looking at my
banking app both payments have gone out, 2 x 74.99.

Can you refund one of them? I've still got the receipt (only one
receipt, obviously).

Owen"""),
("en", "b133-personal-shopper-fee", "Harriet Lyle <harriet.lyle@example.com>", "Styling appointment", "billing", "",
"""Dear Sir/Madam,

I booked a personal styling appointment at the Kensington store on the
2nd. The booking page said the session is complimentary if you spend
over 250 on the day, otherwise there is a 40 fee. I spent 312.50 (two
receipts, because the shoes were paid for in a different department),
yet I've since been charged the 40 fee separately on my card.

I imagine the two receipts confused the system. I'd be grateful if the
fee could be refunded.

Yours faithfully,
Harriet Lyle"""),
("en", "b133-click-collect-cancelled-no-refund", "Joe Kinsella <joe.kinsella@example.ie>", "Order 58210", "billing", "",
"""Hi, got an email on the 9th saying my click and collect order (a
kettle and toaster set, 89.99) was cancelled as the Dundrum store didn't
have it in stock after all. Grand, no problem, but the money hasn't come
back to my account yet and it's been 8 days. When should I expect it?

Thanks
Joe"""),
("en", "b133-husband-passed-premier", "Margaret Ellison <m.ellison@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my late husband, Geoffrey Ellison, who passed
away in February. He had your "Premier Rewards" membership which is
taken from our joint account at 7.50 each month. He was the one who
enjoyed the shopping, I am afraid I will not be using it.

Please could you bring it to an end and let me know if you need a copy
of the death certificate.

Yours sincerely,
Margaret Ellison"""),
("en", "b133-emi-options-sofa", "Venkatesh Raman <venkat.raman@example.in>", "Hello", "billing", "",
"""Dear Team,

Greetings. I am planning to purchase the 3-seater recliner sofa (Rs
84,500) from your Whitefield store. Kindly inform whether no-cost EMI is
available on HDFC credit card and for how many months. Also please
confirm if the EMI option is applicable on the festive sale price or only
on MRP.

Thanks and regards,
Venkatesh Raman
Bengaluru"""),
("en", "b133-re-credit-note-not-card", "Sinead Maguire <sinead.maguire@example.ie>", "Re: Your return has been processed", "billing", "",
"""Hi,

I didn't ask for a credit note. I paid for the coat on my Visa and I
returned it within the 28 days with all the tags on. I'd like the 145
back on the card please, not a voucher I'll never use.

Sinead

-----Original Message-----
From: Customer Care
Sent: 14 November 10:02
Subject: Your return has been processed

Dear Sinead,

Thank you for returning item 4471-22 (wool blend coat, navy). A credit
note for EUR 145.00 has been issued to your account and can be used
in any of our stores or online within 12 months.

Kind regards,
Customer Care"""),
("en", "b133-lamp-not-faulty-exchange", "Tom Hadley <tom.hadley@example.com>", "Lamp", "billing", "",
"""Hiya - just to be clear there is nothing wrong with the lamp, it works
fine! It's just that the brass one looks a lot more gold in real life
than on the website. Can I swap it for the black version (same price) at
the Leeds store, or do I have to send it back and reorder?"""),
("en", "b133-gold-card-pause-perth", "Lachlan Byrne <lachlan.byrne@example.com.au>", "Gold membership", "billing", "",
"""G'day,

I'm heading over to Perth for a year with work from next month and there's
no store over there. I'd rather not lose my Gold membership (the $89 a
year one with free delivery) since I'll be back in Brisbane after. Is
there a way to freeze it while I'm away so I'm not paying for nothing,
and pick it back up when I'm home?

Cheers,
Lachlan"""),
("en", "b133-vat-invoice-office-chairs", "Accounts <accounts@corrib-dental.example>", "VAT invoice please", "billing", "",
"""Hello,

We bought 6 office chairs in your Galway store last Thursday (receipt
no. 0913-2207-55, total EUR 1,194.00) for the practice. The till receipt
doesn't show VAT separately. Could you please send a proper VAT invoice
made out to Corrib Dental Practice Ltd, Eyre Square, Galway, VAT no.
IE9999999X?

Regards,
Aoife Kelly
Practice Manager"""),
("en", "b133-uncollected-order-chargeback", "Marcus Bennett <marcus.bennett@example.com>", "3 weeks and still no refund", "billing", "high",
"""I placed a click and collect order (no. 61877, 219.00) and the store
never sent the "ready to collect" email. When I phoned they said it had
been sent back to the warehouse because I hadn't picked it up in 7 days.
How could I pick it up when you never told me it was there??

I was promised a refund within 5 working days. That was three weeks ago.
I've emailed twice and had the automatic reply both times.

If the 219 isn't back on my card by Friday I'm raising a chargeback with
my bank and they can sort it out with you.

Marcus Bennett"""),
("en", "b133-price-match-manager-till", "Deborah Quinn <deborah.quinn@example.co.uk>", "I want to speak to the store manager", "billing", "high",
"""This is the second time I've been refused a price match at your Milton
Keynes store. The same cordless vacuum was 60 cheaper at the retail park
across the road, same model number, in stock, I had the price on my
phone. The supervisor on the tills told me to "go and buy it there then".

I was happy to buy from you, I have a store card with you and have done
for 11 years. I want the store manager to ring me, and I want the price
match honoured: the 60 back on my store card.

Deborah Quinn
07700 900418"""),
("en", "b133-tailoring-deposit-small-claims", "Daniel Okafor <daniel.okafor@example.co.uk>", "Deposit for made-to-measure suit", "billing", "high",
"""Dear Sir/Madam,

On 3 March I paid a deposit of 300 at your Manchester department store
for a made-to-measure wedding suit. On 20 April I was told that the
tailoring concession had closed, and that my deposit "would be dealt
with by head office". I have heard nothing since, despite three e-mails
and two phone calls. My wedding is in five weeks and I have had to pay
for a suit elsewhere.

Please treat this as a formal letter before action. If the 300 is not
refunded within 14 days I will issue a claim in the small claims court
without further notice.

Daniel Okafor"""),
("en", "b133-change-of-mind-fair-trading", "Bronwyn Tait <bronwyn.tait@example.com.au>", "Refund refused - Chatswood store", "billing", "high",
"""Hi,

Your website says, in black and white, "Changed your mind? Return within
30 days for a full refund". I returned an unopened espresso machine
($649) to the Chatswood store on day 12 with the receipt and was told
they only give store credit on "electricals". That is not what your
policy page says, I have a screenshot of it.

I've now been going back and forth with your online chat for a week.
If I don't have my $649 back by the end of next week I'll be lodging a
complaint with NSW Fair Trading.

Bronwyn Tait"""),
("en", "b133-loyalty-app-logs-out", "Kirsty Fraser <kirsty.fraser@example.co.uk>", "App", "technical", "",
"""Hi, your app keeps logging me out every time I close it, so when I get
to the till I have to log in again and wait for the code text, and the
queue behind me is not impressed. I've reinstalled it twice. iPhone 13,
latest iOS. Is it just me?
Kirsty"""),
("en", "b133-locker-code-rejected", "Ben Whitaker <ben.whitaker@example.com>", "Collection locker", "technical", "",
"""Hello, I'm stood at the collection locker outside your Chester store
right now and it keeps saying "invalid code" when I type in the 6-digit
code from the email (order 61204). Tried 4 times. There's nobody at the
customer service desk. Is there another code?"""),
("en", "b133-checkout-502-not-card", "Ayesha Siddiqui <ayesha.siddiqui@example.com>", "Can't check out", "technical", "",
"""Hi,

For two days now I've been trying to buy a pram from your website and
every time I press "Place order" I get a white page with "502 Bad
Gateway". Before anyone says it, it isn't my card - my bank can't see any
attempt at all, and the same card worked on another site 5 minutes
later. Tried Chrome, Edge and my phone.

Ayesha"""),
("en", "b133-password-reset-never-arrives", "Colin Draper <colin.draper@example.net>", "password", "technical", "",
"""Asked for a password reset 5 times, no email ever arrives, not in junk
either. Need to get into my account to see my order. C Draper"""),
("en", "b133-coffee-machine-leak", "Gillian Roberts <gillian.roberts@example.co.uk>", "Bean to cup machine", "technical", "",
"""Good afternoon,

The bean-to-cup coffee machine I bought from your John Street store in
September has started leaving a puddle under the drip tray every
morning. The tray isn't full and isn't cracked. It seems to come from
somewhere at the back when it does its rinse cycle at switch-on.

Is there something I can check myself, or does it need to go back?

Gillian Roberts"""),
("en", "b133-electric-blanket-scorch", "Patricia Doyle <patricia.doyle@example.ie>", "Electric blanket", "technical", "high",
"""Hello,

I bought a double electric blanket in your Limerick store about six
weeks ago. Last night I noticed a faint smell of burning and when I
pulled back the sheet there was a brown scorch mark about the size of
my palm near the controller lead. I've unplugged it and put it in the
shed.

Could you tell me what you'd like me to do with it? I'd be wary of
anyone else having the same one.

Regards,
Patricia Doyle"""),
("en", "b133-power-bank-swollen", "Rohan Kapoor <rohan.kapoor@example.com>", "Power bank from the tech dept", "technical", "high",
"""Hi,

Bought a 20,000mAh power bank from your electronics floor last month.
Since yesterday it gets very hot while charging, too hot to hold, and
this morning I noticed the case has bulged so it doesn't sit flat on the
table any more. I've put it on a tiled floor away from everything.
What should I do with it?

Rohan"""),
("en", "b133-concession-tills-down", "Heather & Co <hello@heatherandco.example>", "Our concession, Buchanan St", "technical", "high",
"""Hi,

We run the Heather & Co knitwear concession on the first floor of your
Buchanan Street store. Since the store opened this morning our two
tills on your system won't take a single card - they sit on "connecting"
and then time out. Cash only, and nobody carries cash. We've had people
walking away with jumpers still in their hands since 9.30, and Saturday
is our biggest day.

Your floor manager says it's not on their side and to email you. Can
someone please call us on 0141 496 0772?

Fiona"""),
("en", "b133-wedding-list-all-purchased", "Emily Carter <emily.carter@example.co.uk>", "Our wedding list", "technical", "",
"""Hi,

Our wedding gift list (list number WL-20877, Carter/Nolan) suddenly
shows every single item as "purchased", even though the list page in
our account says only 9 of 46 have been bought. Guests are messaging us
saying they can't buy anything. Could you have a look?

Thanks so much,
Emily"""),
("en", "b133-smartwatch-pairing", "Deepa Krishnan <deepa.krishnan@example.in>", "Watch not connecting", "technical", "",
"""Hello,

The smartwatch I purchased from your Phoenix Marketcity store on 2nd is
not pairing with my phone. It shows "pairing failed" every time after
the 6 digit code. Phone is Samsung Galaxy S22, Bluetooth is on. I have
reset the watch two times also. Please advise the steps.

Regards,
Deepa"""),
("en", "b133-re-robot-vacuum-still-dead", "Alan Pearson <alan.pearson@example.co.uk>", "Re: Your repair is complete", "technical", "",
"""Hello,

It came back yesterday and it still doesn't charge - sits on the dock
with no light, same as before it went away. I don't want a refund or a
voucher, I actually like the thing, I just want it fixed properly this
time.

Alan Pearson

> Dear Mr Pearson,
> Good news! The repair of your robot vacuum (job ref RP-55190) is
> complete and the item has been dispatched back to you today.
> Customer Service"""),
("en", "b133-tv-third-repair-escalate", "Suresh Patel <suresh.patel@example.co.uk>", "TV repair - escalate please", "technical", "high",
"""To whoever deals with complaints,

Our 65" TV from your Croydon store has now been repaired three times for
the same fault: the picture goes black after 20 minutes while the sound
carries on. Each engineer has replaced something and each time it has
come back within a fortnight.

I am not going through a fourth visit with the same team. Please escalate
this to a senior person in your customer relations department who can
actually make a decision.

Suresh Patel"""),
("en", "b133-order-44817-straighteners", "Jade Morrison <jade.morrison@example.com>", "Order 44817", "technical", "",
"""hiya the straighteners from this order have stopped heating on one
side, the left plate stays cold and the right one gets hot, light comes
on fine. had them 3 weeks"""),
("en", "b133-bank-holiday-outlet-hours", "Paul Jennings <paul.jennings@example.co.uk>", "Bank holiday Monday", "general", "",
"""Hi, are the shops at the outlet village open on the bank holiday
Monday, and is it the usual 10 till 6? Thinking of coming up from
Swindon. Cheers, Paul"""),
("en", "b133-praise-personal-shopper-priya", "Catherine Ward <catherine.ward@example.co.uk>", "Thank you to Priya", "general", "",
"""Dear Sir or Madam,

I just wanted to write and say how wonderful Priya in the personal
shopping suite at your Birmingham store was last Thursday. I'm mother of
the groom in June and had been dreading it - I've not bought a "proper"
outfit in twenty years - and she had me sorted in an hour and a half
without once making me feel frumpy. The dress, the jacket, even a
fascinator I would never have picked.

Please do pass this on to her manager. She is a credit to you.

Catherine Ward"""),
("en", "b133-scarf-fitting-room", "Niamh O'Connor <niamh.oconnor@example.ie>", "Lost scarf", "general", "",
"""Hi, I think I left a scarf in the fitting rooms on the second floor
(ladieswear) of your Henry Street store on Saturday around 3. It's a
green and grey check wool one, not worth much but it was my nan's. Has
anyone handed it in?
Niamh"""),
("en", "b133-switch-collection-store", "Greg Holmes <greg.holmes@example.com>", "Change collection store?", "general", "",
"""Hey, I picked the Basingstoke store for click and collect order 61355
by mistake, I meant Winchester. It hasn't shipped yet. Can you change it?
The payment and everything else is fine."""),
("en", "b133-name-change-after-wedding", "Louise Grant <louise.grant@example.co.uk>", "Change of name", "general", "",
"""Hello,

I got married in May and would like to change the name on my rewards
account from Louise Pike to Louise Grant. The email and address stay the
same. Do you need to see anything?

Louise"""),
("en", "b133-subject-access-request", "Martin Shaw <martin.shaw@example.net>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data
you hold about me, including my rewards card purchase history, any
profiling or marketing segments I have been placed in, and any CCTV
footage connected to my visits, together with the purposes and the
recipients.

Name: Martin Shaw
Rewards card: 6339 0012 4477 81
Address: 22 Orchard Road, Reading RG1 8PP

Yours faithfully,
Martin Shaw"""),
("en", "b133-gift-wrap-bought-elsewhere", "Sheila Morgan <sheila.morgan@example.co.uk>", "Question", "general", "",
"""Does the gift wrapping desk at the Cork store wrap things that weren't
bought in your shop? I have a few bits for the grandchildren from the
market and my hands aren't what they were."""),
("en", "b133-school-fashion-show", "Ms R. Adeyemi <r.adeyemi@stmarks-academy.example>", "Year 11 charity fashion show", "general", "",
"""Dear Community Team,

Our Year 11 students are putting on a charity fashion show on 22 March
in aid of the local children's ward. Would your Lewisham store be
willing to lend a few outfits for the evening, or donate a small prize
for the raffle? We'd be delighted to credit you on the programme and on
the night.

With thanks,
Rachel Adeyemi
Head of Year 11, St Mark's Academy"""),
("en", "b133-security-followed-son", "Janet Collins <janet.collins@example.co.uk>", "Your security guard", "general", "",
"""My son is 15. On Saturday he went into your Bluewater store on his own
to buy trainers with his birthday money and the security guard followed
him around three floors, right up to the till. He came home really upset.
He's never taken anything in his life.

I'm not after anything, I'd just like your staff to think about how
they treat teenagers.

Janet Collins"""),
("en", "b133-stair-nosing-loose", "Graham Lowe <graham.lowe@example.co.uk>", "Stairs, 2nd floor", "general", "high",
"""Hello,

Just to let you know, the metal strip on the edge of the top step of
the main staircase on the second floor of your Nottingham store has come
loose at one end - it sticks up a good centimetre. My wife caught her heel on it this morning
and only didn't go down because I had her arm. There was a pushchair
right behind us.

I told a member of staff but nothing had been put round it when we left
an hour later.

Graham Lowe"""),
("en", "b133-store-detective-head-office", "Tunde Bakare <tunde.bakare@example.co.uk>", "Complaint - treatment at Oxford Street", "general", "high",
"""I was stopped at the exit of your Oxford Street store yesterday by a
store detective who asked to search my bag in front of a queue of
people. I had a receipt for everything in it. When I asked why me, he
said "you know why".

I have already spoken to the duty manager, who shrugged. I want this
escalated to head office and I want a written response from someone
senior, not a customer services template.

Tunde Bakare"""),
("en", "b133-cctv-shoplifter-board-solicitor", "Karen Whitfield <karen.whitfield@example.co.uk>", "Photo of me behind your customer service desk", "general", "high",
"""A friend has told me that there is a printed CCTV photo of me pinned
up behind the customer service desk at your Taunton store, under the
heading "Do not serve - suspected shoplifters". I have never been
accused of anything, I have never been spoken to by your staff, and I
shop there every week.

I want the picture taken down today and an explanation of where it came
from and who has seen it. I have passed this to my solicitor, who will
be in touch with you if I don't have an answer by Monday.

Karen Whitfield"""),
("en", "b133-christmas-shopping-evening-tickets", "Mel Cooper <mel.cooper@example.com.au>", "Question", "general", "",
"""Hi! Is the Christmas late-night shopping evening at the Melbourne
Central store ticketed or can you just rock up? And is it the same
night as the personal shopper "mini sessions"? My sister and I want to
do both. Your December sale was an absolute killer last year, we're
coming prepared this time haha
Mel"""),
# ---------------- Greek ----------------
("el", "b133-gl-mixer-eggyhsh-timhs", "Thanasis Karras <thanasis.karras@example.gr>", "eggyhsh xamhlhs timhs", "billing", "",
"""Kalhspera sas,
phra to Savvato to koyzinomhxanhma (to kokkino, 5 litrwn) apo to
polykatasthma sas sthn Tsimiskh 189,90. Shmera to eida se allo
katasthma sthn Thessalonikh 159. Sto tameio sas exei tampela "an to vreite
fthnotero se 14 meres sas epistrefoume th diafora". Sas stelnw
fwtografia ths timhs kai ths apodeikshs. Pws ginetai h epistrofh twn 30,90?
Eyxaristw,
Thanasis Karras"""),
("el", "b133-diplh-xrewsh-outlet-spata", "Μαρίνα Ζαχαρίου <marina.zachariou@example.gr>", "Διπλή χρέωση", "billing", "",
"""Καλησπέρα σας,

Την Κυριακή αγόρασα δύο τζιν από το κατάστημά σας στο outlet στα Σπάτα,
σύνολο 79,80€. Το POS έβγαλε πρώτα «απορρίφθηκε», η ταμίας το ξαναπέρασε
και πέρασε. Σήμερα βλέπω στην τράπεζα και τις δύο χρεώσεις των 79,80€.

Σας επισυνάπτω την απόδειξη και το στιγμιότυπο από την εφαρμογή της
τράπεζας. Παρακαλώ επιστρέψτε τη μία.

Ευχαριστώ,
Μαρίνα Ζαχαρίου"""),
("el", "b133-karta-melous-metakomish-germania", "Κωνσταντινος Φωτιου <k.fotiou@example.gr>", "Καρτα μελους Plus", "billing", "",
"""Καλημερα σας,

Απο τον επομενο μηνα μετακομιζω μονιμα στο Μοναχο για δουλεια. Εχω την
καρτα μελους Plus με 29 ευρω τον χρονο, η οποια ανανεωνεται τον Σεπτεμβριο.
Δεν θα εχω πια πως να την χρησιμοποιησω. Μπορειτε να σταματησετε την
ανανεωση για να μη χρεωθει η καρτα μου;

Ευχαριστω πολυ,
Κωνσταντινος Φωτιου"""),
("el", "b133-gl-dwroepitagh-outlet", "Elina P. <elina.p@example.gr>", "dwroepitagh", "billing", "",
"""Geia sas, mou xarisan mia dwroepitagh 50 eyrw apo to polykatasthma sas
kai phga na thn xrhsimopoihsw sto outlet sas sthn Patra kai mou eipan oti
den isxyei ekei. Pouthena panw sthn karta den grafei kati tetoio. Isxyei
telika h oxi? kai an oxi mporw na thn allaksw me kati pou na isxyei kai
sta outlet? Den exw polykatasthma konta mou.
Elina"""),
("el", "b133-re-epistrofi-click-collect", "Ιωάννης Μπακάλης <i.bakalis@example.gr>", "Re: Ακύρωση παραγγελίας 84422", "billing", "",
"""Καλησπέρα,

Έχουν περάσει 10 εργάσιμες από το παρακάτω μήνυμα και τα 124,50€ δεν
έχουν επιστραφεί στην κάρτα μου. Η τράπεζα λέει ότι δεν έχει έρθει
τίποτα. Μπορείτε να ελέγξετε;

Γιάννης Μπακάλης

> Αγαπητέ πελάτη,
> Λυπούμαστε, η παραγγελία σας 84422 (Παραλαβή από το κατάστημα
> Μαρούσι) ακυρώθηκε λόγω έλλειψης αποθέματος. Το ποσό θα επιστραφεί
> στην κάρτα σας εντός 5-7 εργάσιμων ημερών.
> Η ομάδα εξυπηρέτησης"""),
("el", "b133-papoutsia-allagi-noumerou", "Δέσποινα Αλεξίου <despoina.alexiou@example.gr>", "Αλλαγή μεγέθους", "billing", "",
"""Γεια σας,

Τα αθλητικά που παρήγγειλα (παραγγελία 84190) είναι μια χαρά, δεν έχουν
κανένα ελάττωμα, απλώς μου είναι μικρά. Μπορώ να τα αλλάξω με ένα νούμερο
μεγαλύτερο σε κατάστημα, π.χ. στο Ηράκλειο, ή πρέπει να τα στείλω πίσω
με κούριερ; Αν υπάρχει διαφορά τιμής τι γίνεται;

Δέσποινα"""),
("el", "b133-gl-timologio-epixeirhsh-rafia", "Stavros Lekkas <stavros@lekkas-cafe.example>", "timologio", "billing", "",
"""Kalhmera,
agorasa xthes apo to tmhma oikiakou e3oplismou sto katasthma ths Larisas
4 rafieres kai 2 skamnia gia to magazi mou (apodeiksh 5512-0933,
sunolo 486 eyrw). Xreiazomai timologio ston epixeirhsh. Stoixeia:
Lekkas Stavros, kafeteria, AFM 099999999, DOY Larisas, Kouma 12 Larisa.
Mporeite na to ekdwsete kai na mou to steilete me email?
Eyxaristw,
Stavros"""),
("el", "b133-pet-club-skylos-efyge", "Αγγελική Ραφαηλίδου <a.rafailidou@example.gr>", "Μηνιαία αποστολή τροφής", "billing", "",
"""Καλημέρα σας,

Ο σκύλος μας, ο Μπάμπης, έφυγε από κοντά μας την περασμένη εβδομάδα,
στα 14 του χρόνια. Κάθε μήνα μας έρχεται από το pet τμήμα σας η
αποστολή με την τροφή του και χρεώνεται 38,60€ στην κάρτα μου.

Δεν θα τη χρειαστούμε άλλο. Σας παρακαλώ να μη σταλεί η επόμενη και να
μη γίνει άλλη χρέωση.

Ευχαριστώ,
Αγγελική"""),
("el", "b133-personal-shopper-xreosi-30", "Φωτεινή Λαμπράκη <foteini.lamprakis@example.gr>", "Ραντεβού με personal shopper", "billing", "",
"""Καλησπέρα,

Την Πέμπτη είχα ραντεβού με personal shopper στο κατάστημα της Γλυφάδας.
Κατά την κράτηση πλήρωσα 30€, τα οποία, όπως έγραφε η σελίδα, «αφαιρούνται
από τις αγορές σας την ίδια μέρα». Ψώνισα 265€ αλλά στο ταμείο δεν
αφαιρέθηκαν τα 30€, και η υπάλληλος μου είπε να σας στείλω email.

Παρακαλώ επιστρέψτε μου τα 30€ στην κάρτα. Επισυνάπτω και τις δύο
αποδείξεις.

Φωτεινή Λαμπράκη"""),
("el", "b133-gl-geia-plhrwmh-dyo-kartes", "Nikos <nikos.vlachos77@example.gr>", "Geia sas", "billing", "",
"""Geia sas, thelw na parw ena koustoumi kai poukamisa me paralavh apo
to katasthma (click and collect) kai to synolo einai 420. Mporw na
plhrwsw ta misa me karta kai ta ypoloipa metrhta otan paw na ta paralavw?
Ayto giati h karta mou exei orio.
Eyxaristw"""),
("el", "b133-premium-akyromeni-trapeza", "Παρασκευή Γεωργίου <p.georgiou@example.gr>", "Χρέωση ετήσιας συνδρομής που είχα ακυρώσει", "billing", "high",
"""Κύριοι,

Στις 2 Μαΐου ακύρωσα τη συνδρομή μου «Premium Δωρεάν Αποστολές» από τον
λογαριασμό μου και έλαβα email επιβεβαίωσης (το επισυνάπτω). Στις 20
Μαΐου η κάρτα μου χρεώθηκε παρ' όλα αυτά 49,00€ για ανανέωση.

Σας έχω γράψει ήδη δύο φορές χωρίς απάντηση. Αν τα χρήματα δεν
επιστραφούν μέχρι το τέλος της εβδομάδας, θα κάνω αμφισβήτηση της
χρέωσης μέσω της τράπεζάς μου.

Παρασκευή Γεωργίου"""),
("el", "b133-gl-tameio-diafora-ypeythynos", "Kostas Mavros <kostas.mavros@example.gr>", "8ELW NA MILHSW ME YPEY8YNO", "billing", "high",
"""Sto katasthma sas sto Peristeri to raf me tis mpoufan eixe tampela
-40% kai sto tameio mou xrewsan thn arxikh timh 149 eyrw. H tamias eipe
"h prosfora teleiwse xthes" kai o ypallhlos tou orofou oti "den einai
douleia tou". H tampela HTAN EKEI, thn exw fwtografisei.
Thelw na me parei thlefwno o ypeythynos tou katasthmatos h kapoios
anwteros kai na mou epistrafei h diafora (59,60).
Kostas Mavros 69XXXXXXXX"""),
("el", "b133-pistotiko-anti-xrimaton-synigoros", "Αικατερίνη Σταματοπούλου <aik.stamatopoulou@example.gr>", "Άρνηση επιστροφής χρημάτων - παραγγελία 83907", "billing", "high",
"""Αξιότιμοι κύριοι,

Επέστρεψα στο κατάστημά σας στο Σύνταγμα, εντός 15 ημερών και με την
απόδειξη, ένα φόρεμα αξίας 189€ με τις ετικέτες του. Η πολιτική
επιστροφών στην ιστοσελίδα σας γράφει ρητά «επιστροφή χρημάτων στον
ίδιο τρόπο πληρωμής». Στο κατάστημα αρνήθηκαν και επέμειναν να μου
δώσουν πιστωτικό σημείωμα.

Ζητώ την επιστροφή των 189€ στην κάρτα μου εντός 7 ημερών. Διαφορετικά
θα απευθυνθώ στον Συνήγορο του Καταναλωτή και θα υποβάλω καταγγελία
στη Γενική Γραμματεία Εμπορίου.

Αικατερίνη Σταματοπούλου"""),
("el", "b133-prokataboli-kouzina-dikigoros", "Ευάγγελος Τσιρίγος <e.tsirigos@example.gr>", "Προκαταβολή κουζίνας", "billing", "high",
"""Κύριοι,

Τον Φεβρουάριο έδωσα προκαταβολή 1.200€ στο τμήμα «Κουζίνα & Σπίτι»
του πολυκαταστήματός σας στον Πειραιά για έπιπλα κουζίνας. Τον Απρίλιο
με ενημέρωσαν ότι το τμήμα κλείνει και ότι «θα επικοινωνήσει μαζί μου
το λογιστήριο». Από τότε κανείς δεν απαντά.

Σας ενημερώνω ότι έχω αναθέσει την υπόθεση σε δικηγόρο. Αν η
προκαταβολή δεν επιστραφεί εντός 10 ημερών, θα κινηθώ νομικά.

Ευάγγελος Τσιρίγος"""),
("el", "b133-gl-efarmogh-karta-loading", "Christina L. <christina.lia@example.gr>", "efarmogh", "technical", "",
"""Kalhmera, apo th Deytera h efarmogh sas kollaei sto loading otan
pataw "h karta mou" kai den emfanizetai to QR gia to tameio. Ola ta
alla anoigoun kanonika. Thn ksanaegkatesthsa, tipota. Android 14.
Christina"""),
("el", "b133-thyrida-paralavis-den-anoigei", "Μιχάλης Αντωνίου <michalis.antoniou@example.gr>", "Θυρίδα παραλαβής", "technical", "",
"""Καλησπέρα,

Πληκτρολογώ τον κωδικό που μου ήρθε με SMS στη θυρίδα παραλαβής έξω από
το κατάστημα της Κηφισιάς (παραγγελία 84518). Η οθόνη γράφει «Η θυρίδα
ανοίγει» αλλά τίποτα δεν ανοίγει. Το δοκίμασα τρεις φορές, και σήμερα το
πρωί και το απόγευμα.

Μιχάλης"""),
("el", "b133-site-kati-pige-strava", "Ολγα Δημητρακοπούλου <olga.dimitrakopoulou@example.gr>", "Δεν ολοκληρώνεται η παραγγελία", "technical", "",
"""Γεια σας,

Δεν είναι θέμα χρέωσης ή κάρτας, η τράπεζα δεν βλέπει καν προσπάθεια.
Όταν πατάω «Ολοκλήρωση παραγγελίας» στο site σας βγαίνει «Κάτι πήγε
στραβά, δοκιμάστε ξανά» και αδειάζει το καλάθι. Δοκίμασα από υπολογιστή
και κινητό, με Chrome και Firefox, από χθες το βράδυ.

Όλγα"""),
("el", "b133-gl-skoupa-den-fortizei", "Giannis K. <giannis.kout@example.gr>", "skoupa", "technical", "",
"""Geia sas, h skoupa stick pou phra apo to katasthma sto Mall pro 2
mhnes den fortizei pia. Th vazw sth vash kai h lampitsa anavosvhnei
kokkino 3 fores kai meta svhnei. Dokimasa kai allh priza. Ti na kanw?"""),
("el", "b133-kafetiera-den-vgazei-atmo", "Σταυρουλα Πετρακη <stavroula.petraki@example.gr>", "Καφετιερα espresso", "technical", "",
"""Καλησπερα,
η καφετιερα espresso που αγορασα απο το πολυκαταστημα τον Ιανουαριο
δεν βγαζει πια ατμο απο το ακροφυσιο για το γαλα. Καφε βγαζει κανονικα.
Εχω κανει αφαλατωση με το υγρο που προτεινετε. Μηπως ειναι βουλωμενο;
Σταυρουλα"""),
("el", "b133-aerothermo-priza-mavrise", "Ηλίας Κωνσταντίνου <ilias.konstantinou@example.gr>", "Αερόθερμο", "technical", "high",
"""Καλημέρα,

Το αερόθερμο που πήραμε από το κατάστημά σας πριν από έναν μήνα, ενώ
δούλευε χθες το βράδυ στο παιδικό δωμάτιο, άρχισε να μυρίζει καμένο
πλαστικό. Το έσβησα αμέσως. Το φις και η πρίζα γύρω του έχουν μαυρίσει
και το φις έχει λιώσει λίγο στη μία πλευρά. Η πρίζα με άλλες συσκευές
δούλευε πάντα κανονικά.

Το έχω αποσυνδέσει και δεν θα το ξαναχρησιμοποιήσω. Πείτε μου τι
χρειάζεστε από εμένα.

Ηλίας Κωνσταντίνου"""),
("el", "b133-gl-tostiera-reyma", "Vaso Tzavara <vaso.tzavara@example.gr>", "tostiera", "technical", "high",
"""Kalhspera,
h tostiera pou agorasa apo to polykatasthma sas sto Volo me xtyphse
reyma shmera to prwi otan akoumphsa to metalliko kapaki enw htan
anamenh. Den pa8a tipota, alla to ni8sa kala sto xeri. Thn exw
vgalei apo thn priza kai den thn akoumpaw. Exw ki ena paidi 8 xronwn sto
spiti. Ti prepei na kanw?
Vaso"""),
("el", "b133-marketplace-paraggelies-den-pernane", "Κεραμικά Ναξου <info@keramika-naxou.example>", "Marketplace - κατάστημα μας", "technical", "high",
"""Καλημέρα σας,

Πουλάμε τα κεραμικά μας μέσα από το marketplace του site σας. Από χθες
το μεσημέρι δεν έχει περάσει ούτε μία παραγγελία. Πελάτες μας παίρνουν
τηλέφωνο και λένε ότι τα προϊόντα μας εμφανίζονται «μη διαθέσιμα», ενώ
στο panel μας έχουν απόθεμα. Είναι η εβδομάδα πριν τη γιορτή της μητέρας
και από αυτό ζούμε όλο τον μήνα. Μιλήσαμε και με άλλους δύο πωλητές, το
ίδιο τους συμβαίνει.

Παρακαλούμε να μας καλέσει κάποιος στο 22850 00000.

Μαρία Σιγάλα
Κεραμικά Νάξου"""),
("el", "b133-gl-tileorasi-wifi-update", "Petros <petros.ger@example.gr>", "thleorash", "technical", "",
"""Meta to update pou ekane h thleorash (smart 43") prin 2 meres den
vriskei pleon to wifi tou spitiou. Ta kinhta kai to laptop to vriskoun
kanonika. Thn ekana reset apo ta rythmiseis, tipota.
Petros"""),
("el", "b133-re-plyntirio-piaton-e24", "Χρύσα Μανωλάκη <chrysa.manolaki@example.gr>", "Re: Ολοκλήρωση επισκευής", "technical", "",
"""Καλησπέρα,

Το πλυντήριο πιάτων βγάζει πάλι το ίδιο σφάλμα E24 και δεν αδειάζει το
νερό, δύο μέρες μετά την επίσκεψη του τεχνικού. Δεν θέλω αντικατάσταση
ούτε χρήματα πίσω, θέλω απλώς να δουλεύει. Πότε μπορεί να ξαναέρθει
κάποιος;

Χρύσα Μανωλάκη

> Αγαπητή κυρία Μανωλάκη,
> Σας ενημερώνουμε ότι η επισκευή του πλυντηρίου πιάτων σας (αρ. δελτίου
> ΕΠ-22871) ολοκληρώθηκε στις 14/3.
> Εξυπηρέτηση Πελατών"""),
("el", "b133-lista-gamou-den-fainontai", "Άννα Ζερβού <anna.zervou@example.gr>", "Λίστα γάμου", "technical", "",
"""Καλησπέρα σας,

Οι καλεσμένοι μας λένε ότι όταν ανοίγουν τη λίστα γάμου μας (κωδικός
ΛΓ-4471, Ζερβού - Παππάς) βλέπουν μια κενή σελίδα χωρίς κανένα δώρο.
Εμείς από τον λογαριασμό μας τα βλέπουμε όλα κανονικά. Ο γάμος είναι σε
τρεις εβδομάδες. Μπορείτε να το κοιτάξετε;

Ευχαριστούμε,
Άννα και Θοδωρής"""),
("el", "b133-zygaria-lathos-varos", "Σπύρος Αθανασίου <spyros.athanasiou@example.gr>", "Ζυγαριά", "technical", "",
"""Η ψηφιακή ζυγαριά μπάνιου που πήρα δείχνει κάθε φορά διαφορετικό βάρος,
με διαφορά 3-4 κιλά μέσα σε ένα λεπτό. Άλλαξα τις μπαταρίες."""),
("el", "b133-gl-kwdikos-sms-den-erxetai", "Dora M. <dora.m@example.gr>", "kwdikos", "technical", "",
"""geia, zhtaw allagh kwdikou sto site kai to sms me ton kwdiko den
erxetai pote. exw dokimasei 6 fores apo xthes. to kinhto einai to idio
me auto pou exw dhlwsei. den mporw na mpw ston logariasmo mou"""),
("el", "b133-orario-kyriakes-xristougenna", "Γεώργιος Παπαδόπουλος <g.papadopoulos55@example.gr>", "Ωράριο", "general", "",
"""Καλησπέρα σας. Θα είναι ανοιχτό το πολυκατάστημα στη Θεσσαλονίκη τις
δύο Κυριακές πριν τα Χριστούγεννα, και αν ναι τι ώρες; Ευχαριστώ."""),
("el", "b133-gl-eyxaristw-personal-shopper-eleni", "Katerina Vlachou <katerina.vlachou@example.gr>", "Eyxaristw!!", "general", "",
"""Kalhspera sas!
Hthela na pw ena megalo eyxaristw sthn Elenh, thn personal shopper sto
katasthma ths Ermou. Eixa gamo ths koumparas mou se 3 meres kai tipota
na foresw, kai mesa se mia wra eixa forema, papoutsia kai tsanta, kai
mesa sto budget mou! Htan ypomonetikh kai poly eilikrinhs ("ayto de sas
kanei" :) ). Na ths to pete parakalw.
Katerina"""),
("el", "b133-gyalia-iliou-dokimastirio", "Λευτέρης Χατζής <lefteris.chatzis@example.gr>", "Ξεχασμένα γυαλιά", "general", "",
"""Καλημέρα, το Σάββατο το απόγευμα ξέχασα μάλλον τα γυαλιά ηλίου μου σε
δοκιμαστήριο του ανδρικού τμήματος, 3ος όροφος, στο κατάστημα της
Πάτρας. Είναι μαύρα κοκάλινα σε καφέ θήκη. Τα έχει παραδώσει κανείς;

Λευτέρης Χατζής"""),
("el", "b133-gl-allagh-katasthmatos-paralavhs", "Alexandros T. <alex.tsak@example.gr>", "Paraggelia 84733", "general", "",
"""Kalhmera, sthn paraggelia 84733 evala paralavh apo to katasthma Ermou
alla telika doulevw ayth th vdomada Glyfada. Mporei na stal8ei ekei
anti gia Ermou? Den exei fygei akoma apo oti vlepw.
Eyxaristw"""),
("el", "b133-allagi-tilefonou-karta-melous", "Ευδοκία Μαργαρίτη <evdokia.margariti@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα σας,

Θα ήθελα να αλλάξω το κινητό τηλέφωνο και τη διεύθυνση στην κάρτα μέλους
μου (αρ. 4400 1873 2290). Νέα διεύθυνση: Αγίου Δημητρίου 41, 54633
Θεσσαλονίκη. Νέο κινητό: 6900 000 000.

Με εκτίμηση,
Ευδοκία Μαργαρίτη"""),
("el", "b133-diagrafi-dedomenon-arthro17", "Νικόλαος Ρούσσος <n.roussos@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Δυνάμει του άρθρου 17 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων από τα
συστήματά σας, συμπεριλαμβανομένου του λογαριασμού μου στο πρόγραμμα
επιβράβευσης, και την επιβεβαίωση της διαγραφής εγγράφως.

Ονοματεπώνυμο: Νικόλαος Ρούσσος
Email λογαριασμού: n.roussos@example.gr

Νικόλαος Ρούσσος"""),
("el", "b133-peritiligma-etairika-dora", "Γραμματεία - Αφοί Κουτσούκου ΑΕ <grammateia@koutsoukos-ae.example>", "Εταιρικά δώρα Χριστουγέννων", "general", "",
"""Καλησπέρα σας,

Φέτος σκεφτόμαστε να αγοράσουμε τα χριστουγεννιάτικα δώρα για το
προσωπικό μας (περίπου 60 άτομα) από το πολυκατάστημά σας. Θα θέλαμε να
μάθουμε αν το τμήμα περιτυλίγματος δώρων αναλαμβάνει τόσο μεγάλο αριθμό,
αν μπορούν να μπουν κάρτες με τα ονόματα, και πόσες μέρες νωρίτερα πρέπει
να σας ενημερώσουμε.

Με εκτίμηση,
Σοφία Καραγιάννη
Γραμματεία"""),
("el", "b133-xorigia-syllogos-goneon", "Σύλλογος Γονέων 5ου Δημ. Χαλανδρίου <sg5dimxal@example.gr>", "Χριστουγεννιάτικο παζάρι", "general", "",
"""Καλησπέρα σας,

Ο Σύλλογος Γονέων του 5ου Δημοτικού Σχολείου Χαλανδρίου οργανώνει στις
14 Δεκεμβρίου χριστουγεννιάτικο παζάρι, τα έσοδα του οποίου θα διατεθούν
για τη βιβλιοθήκη του σχολείου. Θα μπορούσε το κατάστημά σας να
προσφέρει κάποιο δώρο για τη λαχειοφόρο αγορά; Θα αναφέρουμε την
ευγενική σας χορηγία στις αφίσες.

Με εκτίμηση,
Για το ΔΣ, Ελένη Μπούρα"""),
("el", "b133-gl-agenhs-pwlhtria-kallyntika", "Roula <roula.kostaki@example.gr>", "tmhma kallyntikwn", "general", "",
"""Kalhspera, 8elw apla na sas pw oti h kyria sto tmhma kallyntikwn sto
isogeio (Kifisia, Triti apogeyma) htan poly agenhs. Rwthsa gia ena
kragion kai mou eipe "ayto den einai gia thn hlikia sas" kai gyrise
thn plath. Den 8elw tipota, apla na to 3erete.
Roula"""),
("el", "b133-spasmeno-giali-paidiki-gonia", "Θεοδώρα Μελά <theodora.mela@example.gr>", "Παιδική γωνιά, 2ος όροφος", "general", "high",
"""Καλησπέρα,

Θέλω να σας ενημερώσω ότι στην παιδική γωνιά με τα τουβλάκια, στον
2ο όροφο του καταστήματος στο Μαρούσι, το τζάμι στο χαμηλό ράφι δίπλα
στο χαλάκι είναι ραγισμένο και λείπει ένα κομμάτι από τη γωνία. Η
άκρη είναι κοφτερή και είναι ακριβώς στο ύψος των παιδιών. Η κόρη μου
παραλίγο να ακουμπήσει.

Το είπα σε μια πωλήτρια στις 12 αλλά όταν φύγαμε στις 2 ήταν ακόμα
έτσι, χωρίς τίποτα γύρω του.

Θεοδώρα Μελά"""),
("el", "b133-gl-security-pateras-diey8ynths", "Apostolos Nikas <apostolos.nikas@example.gr>", "Parapono gia thn asfaleia", "general", "high",
"""O pateras mou, 82 xronwn, to Savvato sto katasthma sas sto Syntagma
stamathke apo ton fylaka sthn eksodo epeidh xtyphse o synagermos. Ton
ekanan na anoiksei thn tsanta tou mprosta se olo ton kosmo kai tou
milousan san na einai kleftis. Telika htan mia etiketa pou ksexasan na
vgaloun sto tameio.
Zhtaw na epikoinwnhsei mazi mou o dieythynths tou katasthmatos h kapoios
apo th dieythynsh. Den 8a to afhsw etsi.
Apostolos Nikas"""),
("el", "b133-sms-marketing-arxi-prostasias", "Μαρία Λιονάκη <maria.lionaki@example.gr>", "Συνεχίζετε να μου στέλνετε SMS", "general", "high",
"""Κύριοι,

Στις 3 Μαρτίου ζήτησα γραπτώς (και έλαβα επιβεβαίωση) να σταματήσετε
να μου στέλνετε διαφημιστικά SMS και email. Από τότε έχω λάβει άλλα 11
SMS, το τελευταίο σήμερα στις 7:40 το πρωί.

Αν λάβω έστω ένα ακόμη, θα υποβάλω καταγγελία στην Αρχή Προστασίας
Δεδομένων Προσωπικού Χαρακτήρα με όλα τα στιγμιότυπα.

Μαρία Λιονάκη"""),
("el", "b133-erotisi-parking-epideixi-modas", "Ειρήνη Σαββάκη <eirini.savvaki@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα, για την επίδειξη μόδας της Παρασκευής στο κατάστημα του
Ηρακλείου χρειάζεται πρόσκληση ή είναι ελεύθερη η είσοδος; Και ισχύει η
δωρεάν στάθμευση στο πάρκινγκ του καταστήματος και το βράδυ; Ευχαριστώ!"""),
# ---------------- Spanish ----------------
("es", "b133-igualacion-precio-cafetera", "Amparo Ferrer <amparo.ferrer@example.es>", "Garantía de mejor precio", "billing", "",
"""Buenas tardes:

El martes compré en vuestros grandes almacenes de la calle Colón, en
Valencia, una cafetera superautomática por 429 €. Ayer la vi en otra
cadena a 379 €, mismo modelo y en stock. En vuestra web pone "Si lo
encuentras más barato en los 15 días siguientes, te devolvemos la
diferencia". Os adjunto el ticket y la captura con el precio.

¿Cómo hago para que me devolváis los 50 €?

Un saludo,
Amparo Ferrer"""),
("es", "b133-cobro-doble-outlet-lerma", "Jorge Salinas <jorge.salinas@example.com.mx>", "cobro doble", "billing", "",
"""Buen dia, el domingo compre unos tenis en su tienda del outlet de
Lerma, $1,899.00 MXN. La terminal marco error y la cajera volvio a pasar
la tarjeta, y ahora en mi estado de cuenta aparecen los dos cargos. Solo
me dieron un ticket. Me pueden regresar uno de los cargos por favor?
Gracias
Jorge Salinas"""),
("es", "b133-cuotas-heladera-banco-nacion", "Marcela Ruiz Díaz <marcela.ruizdiaz@example.com.ar>", "Consulta", "billing", "",
"""Hola, qué tal? Quiero comprar la heladera no frost de 400 litros que
está a $1.249.999 en la sucursal de Unicenter. ¿Cuántas cuotas sin
interés tienen con Visa del Banco Nación? ¿Y es lo mismo si la compro por
la web y la retiro en la sucursal?

Gracias!
Marcela"""),
("es", "b133-madre-fallecio-club-plus", "Alfonso Gil Herrero <alfonso.gil@example.es>", "Tarjeta de mi madre", "billing", "",
"""Estimados señores:

Mi madre, Dolores Herrero Sanz, falleció el pasado mes de enero. Tenía
la tarjeta "Club Plus" de sus almacenes, por la que se le cobra una cuota
de 4,99 € al mes en su cuenta de Ibercaja, que ahora estamos cerrando.
Ella ya no va a disfrutar de las ventajas, como comprenderán.

Les ruego que den por terminada la suscripción y me indiquen si
necesitan el certificado de defunción.

Atentamente,
Alfonso Gil Herrero"""),
("es", "b133-re-vale-en-vez-de-dinero", "Lucía Navarro <lucia.navarro@example.es>", "Re: Tu devolución", "billing", "",
"""Hola,

No quiero un vale. Pagué el bolso con tarjeta y lo devolví a los 5 días
sin usar, con la etiqueta y el ticket. Quiero que me devolváis los 89,95 €
a la tarjeta, como dice vuestra política de devoluciones.

Lucía

> Hola Lucía:
> Te confirmamos que hemos recibido tu devolución del pedido 70211.
> Hemos emitido un vale por importe de 89,95 € válido durante 6 meses en
> cualquiera de nuestras tiendas.
> Un saludo, Atención al Cliente"""),
("es", "b133-factura-electronica-nit", "Contabilidad Ferretería El Tornillo <contabilidad@eltornillo.example.co>", "Factura electrónica", "billing", "",
"""Buenos días,

El pasado jueves compramos en su almacén de Chapinero (Bogotá) dos
archivadores metálicos y una silla ergonómica por un total de
$2.340.000 COP. La factura salió a nombre de consumidor final. Por favor
reexpedir la factura electrónica a nombre de Ferretería El Tornillo
S.A.S., NIT 900.000.000-1, correo contabilidad@eltornillo.example.co.

Quedo atenta,
Paola Cárdenas
Contabilidad"""),
("es", "b133-abrigo-no-defecto-cambio-talla", "Inés Cabrera <ines.cabrera@example.es>", "Abrigo", "billing", "",
"""Buenas, el abrigo que me llegó no tiene ningún defecto, está perfecto,
pero me queda grande. ¿Puedo cambiarlo por una talla menos en la tienda de
Goya o tengo que devolverlo por mensajería y volver a pedirlo? Si la otra
talla estuviera más barata en rebajas, ¿me devolvéis la diferencia?
Gracias, Inés"""),
("es", "b133-cupon-cumpleanos-no-aplicado", "Francisca Muñoz <francisca.munoz@example.cl>", "Cupon de cumpleaños", "billing", "",
"""Hola, me llegó al correo un cupón de 10% de descuento por mi cumpleaños
y lo mostré en caja en la tienda de Parque Arauco. La cajera lo escaneó y
dijo que estaba bien, pero en la boleta no aparece el descuento y me
cobraron los $64.990 completos. ¿Me pueden devolver los $6.499? Tengo la
boleta.
Francisca"""),
("es", "b133-club-vinos-pausa-monterrey", "Rodrigo Treviño <rodrigo.trevino@example.com.mx>", "Club de vinos", "billing", "",
"""Que tal,

Estoy suscrito al Club de Vinos de su departamento gourmet ($890 al mes,
3 botellas). Nos estamos mudando a Monterrey y en lo que nos instalamos
no voy a poder recibir nada, unos tres meses calculo. Se puede dejar en
pausa y que no se me cobre mientras? No quiero darlo de baja, me gusta
mucho.

Saludos
Rodrigo Treviño"""),
("es", "b133-asesora-imagen-no-se-presento", "Beatriz Soler <beatriz.soler@example.es>", "Cita con asesora de imagen", "billing", "",
"""Hola:

Reservé una sesión con asesora de imagen (personal shopper) para el
sábado 8 a las 11:00 en el centro de Diagonal, en Barcelona, y pagué la
reserva de 50 € por la web. Fui puntual y estuve esperando 40 minutos en
la planta de señora; nadie apareció y en el mostrador no sabían nada de
mi cita.

Os pido que me devolváis los 50 €.

Beatriz Soler"""),
("es", "b133-recogida-tienda-retrocesion-banco", "Sergio Pastor <sergio.pastor@example.es>", "Pedido 70933 - reembolso", "billing", "high",
"""Hola,

Pedí el 2 de mayo unas zapatillas y una mochila (112,40 €) con recogida
en la tienda de Murcia. Nunca me llegó el aviso de que estaba listo y
cuando fui me dijeron que se había devuelto al almacén. Me prometieron
el reembolso en 5 días laborables. Han pasado tres semanas y he escrito
dos veces.

Si el viernes no tengo el dinero en la cuenta, voy al banco a pedir la
retrocesión del cargo y que lo reclamen ellos.

Sergio Pastor"""),
("es", "b133-garantia-precio-profeco", "Adriana Castillo <adriana.castillo@example.com.mx>", "Garantia de precio mas bajo", "billing", "high",
"""A quien corresponda:

Compre una pantalla de 55 pulgadas en su tienda de Perisur por $12,499.
A los cuatro dias la encontre en otra tienda departamental en $10,999,
mismo modelo. Su publicidad dice "Si lo encuentras mas barato, te
bonificamos la diferencia". Fui con la evidencia y el gerente de piso
dijo que esa promocion "no aplica en pantallas".

En ningun lugar de la publicidad dice eso. Exijo la bonificacion de los
$1,500. De lo contrario presentare una queja formal ante la PROFECO por
publicidad enganosa.

Adriana Castillo"""),
("es", "b133-cobro-de-mas-gerente-cordoba", "Gustavo Ferreyra <gustavo.ferreyra@example.com.ar>", "QUIERO HABLAR CON UN GERENTE", "billing", "high",
"""Ayer en la sucursal del Patio Olmos en Córdoba compré dos pantalones
que estaban en la góndola con cartel de 2x1. En la caja me cobraron los
dos, $84.000 en total. El cajero dijo que "la promo es solo online" y el
encargado del piso ni me quiso escuchar.

Exijo hablar con un gerente o con alguien de la gerencia regional y que
me devuelvan los $42.000 que me cobraron de más. Tengo foto del cartel.

Gustavo Ferreyra"""),
("es", "b133-senal-sofa-abogado", "Manuel Ortega Ríos <manuel.ortega@example.es>", "Señal del sofá a medida", "billing", "high",
"""Muy Sres. míos:

El 10 de febrero entregué una señal de 600 € en la sección de muebles de
sus grandes almacenes de Málaga por un sofá a medida. En abril me
comunicaron que la sección de muebles a medida se había cerrado y que
"el departamento de administración se pondría en contacto". Nadie lo ha
hecho.

He puesto el asunto en manos de mi abogado. Si en el plazo de diez días
no tengo devueltos los 600 €, presentaremos reclamación ante la Junta
Arbitral de Consumo y, si hace falta, en el juzgado.

Manuel Ortega Ríos"""),
("es", "b133-app-tarjeta-sin-codigo", "Nuria Blanco <nuria.blanco@example.es>", "App", "technical", "",
"""Hola, desde la última actualización la app no me enseña el código de
barras de la tarjeta de cliente, sale un cuadro gris con un icono de
"recargar" y ya está. En caja me tienen que buscar por el DNI cada vez.
iPhone 12. Ya la he desinstalado y vuelto a instalar.
Nuria"""),
("es", "b133-locker-pickup-no-abre", "Karla Mendoza <karla.mendoza@example.com.mx>", "Locker", "technical", "",
"""Hola, estoy en el locker de pick up de su tienda Santa Fe, meto el
codigo del correo (pedido 55421) y la pantalla dice "puerta abierta" pero
no se abre ninguna puerta. Ya lo intente 3 veces y en modulo de atencion
no hay nadie. Que hago??"""),
("es", "b133-web-error-pago-no-tarjeta", "Federico Sosa <federico.sosa@example.com.ar>", "No puedo terminar la compra", "technical", "",
"""Buenas. No es la tarjeta: el banco me confirma que no les llega ningún
intento de cobro. En la web, cuando aprieto "Finalizar compra" me queda la
ruedita girando y al minuto aparece "Error 500". Probé desde la
computadora, desde el celular, con Chrome y con Firefox. Hace dos días
que estoy así con un lavarropas en el carrito.

Federico"""),
("es", "b133-correo-contrasena-no-llega", "Pilar Ramos <pilar.ramos@example.es>", "contraseña", "technical", "",
"""He pedido cambiar la contraseña cuatro veces y no me llega ningun
correo, ni en spam. Necesito entrar para ver mis pedidos. Pilar Ramos"""),
("es", "b133-robot-aspirador-wifi", "Tomás Araya <tomas.araya@example.cl>", "Robot aspirador", "technical", "",
"""Hola, el robot aspirador que compré en la tienda de Costanera Center no
se conecta al wifi. La app se queda en "buscando dispositivo" y al final
dice que falló. El router es de 2,4 GHz, ya revisé eso. Limpiar limpia
bien, solo que no lo puedo programar.
Saludos, Tomás"""),
("es", "b133-smart-tv-se-apaga", "Encarnación Vega <encarna.vega@example.es>", "Televisor", "technical", "",
"""Buenos días,

El televisor que compramos en su centro de Sevilla en Navidad se apaga
solo cada media hora más o menos, da igual el canal o si estamos con la
aplicación de películas. Luego se vuelve a encender. Mi marido dice que
no tiene activado ningún temporizador.

Un saludo,
Encarnación Vega"""),
("es", "b133-bateria-patinete-hinchada", "Álvaro Méndez <alvaro.mendez@example.es>", "Patinete eléctrico", "technical", "high",
"""Hola:

Compré un patinete eléctrico en vuestra sección de deportes en marzo.
Desde hace unos días, al cargarlo, la zona de la batería se pone muy
caliente y esta mañana he visto que la tapa de abajo está abombada,
como si algo empujara desde dentro. Lo he sacado a la terraza, lejos de
todo, y ya no lo cargo.

¿Qué hago con él? No sé si es seguro ni moverlo.

Álvaro"""),
("es", "b133-lavadora-da-toques", "María Guadalupe Flores <lupita.flores@example.com.mx>", "Lavadora", "technical", "high",
"""Buenas tardes,

La lavadora que compramos en su tienda de Guadalajara hace dos meses da
toques. Hoy mi esposo la tocó con la mano mojada mientras centrifugaba y
le dio un toque fuerte en el brazo. Está bien, pero ya la desconectamos.
La instalaron ustedes mismos. Tengo hijos pequeños que juegan en el patio
de servicio.

Quedo al pendiente,
Guadalupe Flores"""),
("es", "b133-corner-cosmetica-lectores-bilbao", "Olatz Cosmetics <tienda.bilbao@olatzcosmetics.example>", "Corner planta baja Bilbao", "technical", "high",
"""Buenos días:

Somos el corner de Olatz Cosmetics en la planta baja de vuestro centro
de Bilbao, trabajamos con vuestro TPV. Desde que abrimos a las 10:00 los
lectores no leen ningún código de barras y el sistema no nos deja meter
los artículos a mano. Llevamos toda la mañana diciéndoles a las clientas
que vuelvan luego y la mayoría no vuelve. Hoy es el primer día de la
campaña del Día de la Madre.

El jefe de planta dice que os escribamos. Por favor, llamadnos al
944 000 000.

Olatz Etxeberria"""),
("es", "b133-re-nevera-sigue-sin-enfriar", "Hernán Quintero <hernan.quintero@example.co>", "RE: Servicio técnico - orden 8812", "technical", "",
"""Buenas tardes,

El técnico vino el martes, cambió una pieza y dijo que quedaba lista,
pero la nevera sigue sin enfriar abajo, la leche se dañó otra vez. No
quiero que me devuelvan la plata ni un bono, quiero que la arreglen
bien. ¿Cuándo puede venir de nuevo?

Hernán Quintero

-----Mensaje original-----
De: Servicio Técnico
Enviado: lunes, 3 de junio
Asunto: Servicio técnico - orden 8812

Señor Quintero, le confirmamos la visita técnica para el martes 4 de
junio entre 8:00 y 12:00."""),
("es", "b133-app-autopago-se-cierra", "Raúl Iglesias <raul.iglesias@example.es>", "escanear y pagar", "technical", "",
"""Hola, la función de "escanea y paga" de la app se cierra en cuanto
apunto a un código de barras, me echa a la pantalla de inicio del móvil.
Antes iba bien. Android 13, Xiaomi. Ayer en el super de la planta -1 tuve
que hacer cola normal, que es para lo que la uso."""),
("es", "b133-pedido-auriculares-un-lado", "Camila Benítez <camila.benitez@example.com.ar>", "Pedido 55012", "technical", "",
"""hola!! los auriculares bluetooth de este pedido se escuchan solo del
lado derecho, el izquierdo prende la lucecita pero no sale sonido. ya
los resetee como dice el manual. gracias"""),
("es", "b133-impresora-wifi-actualizacion", "Arturo Gutiérrez <arturo.gutierrez@example.com.mx>", "Impresora", "technical", "",
"""Buenos dias. La impresora multifuncional que compre en su tienda de
Puebla dejo de imprimir por wifi despues de una actualizacion. La
computadora la ve "sin conexion" aunque la impresora dice que esta
conectada a la red. Con cable USB si imprime.
Arturo"""),
("es", "b133-horario-festivo-las-rozas", "Pablo Serrano <pablo.serrano@example.es>", "¿Abrís el 12 de octubre?", "general", "",
"""Hola, ¿las tiendas del outlet de Las Rozas abren el 12 de octubre? ¿Con
el horario normal? Gracias."""),
("es", "b133-gracias-personal-shopper-lupita", "Verónica Aguilar <veronica.aguilar@example.com.mx>", "Agradecimiento", "general", "",
"""Buenas tardes,

Quiero agradecer muchísimo a Lupita, del servicio de personal shopper de
su tienda de Polanco. Iba a la boda de mi hijo y estaba perdidísima, y
ella en una tarde me ayudó a encontrar vestido, zapatos y hasta el
bolso, sin presionarme nunca a gastar de más. Además me contó que ella
también es mamá de novio este año. Un encanto.

Por favor háganle llegar mi felicitación a su jefa.

Verónica Aguilar"""),
("es", "b133-campera-olvidada-patio-comidas", "Silvina Paz <silvina.paz@example.com.ar>", "Campera olvidada", "general", "",
"""Hola, el sábado a la tarde nos olvidamos la campera de mi hijo (azul,
talle 10, con un parche de un dinosaurio) en el patio de comidas del
tercer piso de la sucursal de Alto Palermo. ¿Alguien la entregó? Gracias!
Silvina"""),
("es", "b133-pedido-dejar-portero", "Carmen Domínguez <carmen.dominguez@example.es>", "Pedido 71044", "general", "",
"""Buenas, el pedido 71044 llega mañana y yo estaré trabajando. ¿Pueden
dejárselo al portero, Juan, en la misma dirección? Está de 8 a 15. Si no
es posible, prefiero que lo intenten el viernes por la tarde.
Gracias, Carmen"""),
("es", "b133-cambio-correo-cuenta-club", "Ignacio Rojas <ignacio.rojas@example.cl>", "Cambio de correo", "general", "",
"""Hola, quiero cambiar el correo de mi cuenta del club de beneficios.
El antiguo (ignacio.rojas@oldmail.example) ya no lo uso. El nuevo es
este desde el que les escribo. RUT 12.345.678-9.
Saludos"""),
("es", "b133-derecho-acceso-rgpd", "Miguel Ángel Prieto <ma.prieto@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

En virtud del artículo 15 del RGPD, solicito copia de todos los datos
personales que su empresa trata sobre mí, incluido el historial de
compras asociado a mi tarjeta de cliente, los perfiles comerciales que
se hayan elaborado, y las empresas a las que se hayan cedido.

Nombre: Miguel Ángel Prieto Gómez
DNI: 00000000T
Tarjeta de cliente: 2214 8830 0019

Atentamente,
Miguel Ángel Prieto"""),
("es", "b133-envoltorio-recogida-dedicatoria", "Rosa María Lozano <rosa.lozano@example.es>", "Paquete de regalo", "general", "",
"""Hola! Quiero hacer un pedido para recoger en la tienda de Zaragoza y es
para un regalo. ¿Me lo pueden tener ya envuelto cuando vaya a buscarlo?
¿Y se puede poner una tarjetita con una dedicatoria? Es para mi suegra,
así que mejor que quede bonito, jeje.
Rosa"""),
("es", "b133-patrocinio-torneo-futbol-infantil", "Club Deportivo Los Cerezos <cdloscerezos@example.co>", "Solicitud de patrocinio", "general", "",
"""Señores,

El Club Deportivo Los Cerezos de Medellín organiza del 12 al 14 de julio
un torneo de fútbol infantil con 24 equipos de barrios de la comuna 13.
Quisiéramos saber si su almacén estaría interesado en patrocinar las
camisetas o donar algunos premios para los niños. A cambio, su logo iría
en las camisetas y en las pancartas.

Cordialmente,
Jhon Fredy Ospina
Coordinador"""),
("es", "b133-cajera-grosera-sin-mas", "Leticia Romero <leticia.romero@example.com.mx>", "Cajera", "general", "",
"""Solo quiero comentar que la cajera de la caja 4 en la tienda de Coapa
el domingo como a las 6 fue muy grosera con una señora grande que no le
entendía a la terminal. Le hablaba fuerte y de mala gana. No me pasó a mí
pero me dio pena ajena. Deberían capacitarla."""),
("es", "b133-escalon-parking-suelto", "Fernando Castro <fernando.castro@example.es>", "Escalera del parking", "general", "high",
"""Buenas tardes:

Les aviso de que en la escalera que sube del parking -2 a la planta baja
de su centro de Alicante, el tercer escalón tiene el borde metálico
suelto y se mueve al pisarlo. Casi me caigo esta mañana bajando con
bolsas, y detrás venía una señora mayor con bastón. Se lo dije al de
seguridad pero no vi que pusieran nada.

Fernando Castro"""),
("es", "b133-guardia-discriminacion-superior", "Jonathan Ayala <jonathan.ayala@example.com.ar>", "Trato de seguridad en sucursal Abasto", "general", "high",
"""Ayer en la sucursal del Abasto el guardia de seguridad me siguió por
todo el local y en la salida me pidió que le mostrara la mochila, solo a
mí, delante de todos. Cuando pregunté por qué, me dijo "ya sabés por
qué". Mis amigos, que entraron conmigo, no tuvieron ningún problema.

Hablé con la encargada y me dijo que "es el protocolo". Quiero que esto
lo vea alguien de la gerencia o un superior y que me respondan por
escrito.

Jonathan Ayala"""),
("es", "b133-retenida-cuarto-abogado", "Rocío Vidal <rocio.vidal@example.es>", "Lo ocurrido el sábado en su tienda de Valladolid", "general", "high",
"""Señores:

El sábado, al salir de su tienda de Valladolid, sonó la alarma de la
puerta. Dos vigilantes me llevaron a un cuarto y me tuvieron allí 40
minutos, sin dejarme llamar, hasta que comprobaron que el problema era
una etiqueta que la cajera no había quitado de una blusa pagada.

Nadie se ha disculpado. He consultado con un abogado y estamos valorando
presentar denuncia. Les pido que conserven las grabaciones de las
cámaras de ese día entre las 17:00 y las 18:30.

Rocío Vidal"""),
("es", "b133-hola-sala-lactancia-sevilla", "Marta Gallardo <marta.gallardo@example.es>", "Hola", "general", "",
"""Hola, teneis cambiador de bebes y sala de lactancia en el centro de
Nervion? Voy a ir con mi hija de 3 meses y no se cuanto tiempo estare.
Gracias!!"""),
# ---------------- Polish ----------------
("pl", "b133-gwarancja-najnizszej-ceny-ekspres", "Magdalena Wróbel <magdalena.wrobel@example.pl>", "Gwarancja najniższej ceny", "billing", "",
"""Dzień dobry,

w sobotę kupiłam w Państwa domu towarowym przy Marszałkowskiej ekspres
ciśnieniowy za 1 299 zł. Dziś ten sam model (ten sam numer katalogowy)
jest w innej sieci za 1 149 zł. Na plakacie przy kasach jest napisane,
że w ciągu 14 dni zwracają Państwo różnicę, jeśli klient znajdzie
taniej. W załączniku paragon i zrzut ekranu.

Proszę o informację, jak mogę odzyskać 150 zł.

Z poważaniem
Magdalena Wróbel"""),
("pl", "b133-podwojne-obciazenie-outlet", "Pawel Kaczmarek <pawel.kaczmarek@example.pl>", "2 razy pobrane", "billing", "",
"""Dzien dobry, w niedziele kupilem kurtke w waszym sklepie w outlecie pod
Piasecznem za 349,99 zl. Terminal za pierwszym razem pokazal blad,
kasjerka przylozyla karte drugi raz i przeszlo. W banku widze dwie
platnosci po 349,99. Paragon mam jeden. Prosze o zwrot jednej.
Pawel Kaczmarek"""),
("pl", "b133-raty-zero-odbior-osobisty", "Grzegorz Lis <grzegorz.lis@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, chciałbym kupić lodówkę side by side za 4 899 zł z
odbiorem w sklepie w Poznaniu (Posnania). Czy raty 0% obowiązują też
przy zamówieniu z odbiorem osobistym, czy tylko przy dostawie do domu?
I na ile rat maksymalnie?

Pozdrawiam
Grzegorz Lis"""),
("pl", "b133-zona-zmarla-klub-premium", "Zbigniew Pawlak <zbigniew.pawlak@example.pl>", "Karta żony", "billing", "",
"""Szanowni Państwo,

moja żona Krystyna zmarła w marcu. Miała u Państwa kartę "Klub Premium",
za którą co miesiąc schodzi z naszego wspólnego konta 19,99 zł. To ona
chodziła po sklepach, ja już z tego nie skorzystam.

Uprzejmie proszę o zakończenie tej usługi. Jeśli potrzebny jest akt
zgonu, mogę przesłać skan.

Z poważaniem
Zbigniew Pawlak"""),
("pl", "b133-re-bon-zamiast-przelewu", "Joanna Sikora <joanna.sikora@example.pl>", "Re: Zwrot towaru - zamówienie 88301", "billing", "",
"""Dzień dobry,

nie prosiłam o bon. Płaciłam kartą i zwróciłam sukienkę w 7 dni z
metkami. Proszę o zwrot 259,90 zł na kartę, tak jak piszecie w
regulaminie.

Joanna Sikora

W dniu 12.06 Obsługa Klienta napisał(a):
> Szanowna Pani,
> informujemy, że zwrot do zamówienia 88301 został przyjęty. Na Pani
> konto wydano bon o wartości 259,90 zł, ważny 6 miesięcy.
> Pozdrawiamy, Obsługa Klienta"""),
("pl", "b133-faktura-vat-nip-paragon", "Biuro Rachunkowe Saldo <biuro@saldo-rachunki.example>", "Faktura do paragonu", "billing", "",
"""Dzień dobry,

w zeszły czwartek kupiliśmy w Państwa domu towarowym we Wrocławiu
niszczarkę i dwa fotele biurowe (paragon nr 4471/0921, razem
2 147,00 zł). Przy kasie nie podaliśmy NIP-u. Czy możliwe jest
wystawienie faktury na firmę?

Biuro Rachunkowe Saldo Anna Michalak
ul. Świdnicka 10, 50-001 Wrocław
NIP 000-000-00-00

Pozdrawiam
Anna Michalak"""),
("pl", "b133-buty-syna-wymiana-model", "Ewa Krawczyk <ewa.krawczyk@example.pl>", "Wymiana butów", "billing", "",
"""Dzień dobry, buty które kupiłam synowi są w porządku, nic im nie jest,
tylko on twierdzi że "takich nikt nie nosi" :) Nie były noszone, mają
metki. Czy mogę je wymienić na inny model w sklepie w Galerii Bałtyckiej
i dopłacić różnicę? Te kosztowały 229 zł, tamte 279."""),
("pl", "b133-pakowanie-prezentu-nie-zapakowane", "Agnieszka Nowicka <agnieszka.nowicka@example.pl>", "Zamówienie 88412", "billing", "",
"""Dzień dobry,

do zamówienia z odbiorem w sklepie (perfumy dla mamy) dokupiłam usługę
pakowania na prezent za 15 zł. Przy odbiorze w Katowicach dostałam
perfumy w zwykłej reklamówce, a pani przy ladzie powiedziała, że
"pakowania dziś nie było". Proszę o zwrot 15 zł.

Agnieszka"""),
("pl", "b133-stylistka-pakiet-zawieszenie", "Katarzyna Zając <katarzyna.zajac@example.pl>", "Pakiet stylizacji", "billing", "",
"""Dzień dobry,

wykupiłam w marcu pakiet 3 spotkań ze stylistką (450 zł, płatne w trzech
ratach po 150 zł). Po pierwszym spotkaniu złamałam nogę i przez najbliższe
dwa miesiące nie dam rady przyjechać do sklepu. Czy mogę zawiesić pakiet
i kolejne raty do lipca? Nie chcę rezygnować.

Pozdrawiam serdecznie
Katarzyna Zając"""),
("pl", "b133-doladowanie-karty-podarunkowej-saldo", "Marcin Wysocki <marcin.wysocki@example.pl>", "karta podarunkowa", "billing", "",
"""dzien dobry, doladowalem w kasie w Arkadii karte podarunkowa na 200 zl
(zaplacone karta, mam paragon) a na stronie saldo dalej pokazuje 0,00 zl.
to mial byc prezent na urodziny corki w sobote. co z tym zrobic?"""),
("pl", "b133-przedsprzedaz-anulowana-chargeback", "Tomasz Michalski <tomasz.michalski@example.pl>", "Zwrot 1 899 zł - ostatnie wezwanie", "billing", "high",
"""Dzień dobry,

w kwietniu zamówiłem w przedsprzedaży konsolę z odbiorem w sklepie
(zamówienie 87650, 1 899 zł, zapłacone z góry). 15 maja dostałem maila,
że zamówienie zostało anulowane. Zwrot miał być w 14 dni. Minęło ponad
pięć tygodni, pisałem trzy razy, odpowiedzi brak.

Jeśli do piątku pieniądze nie wrócą na moje konto, składam w banku
reklamację transakcji (chargeback).

Tomasz Michalski"""),
("pl", "b133-cena-polka-kasa-kierownik", "Halina Dąbrowska <halina.dabrowska@example.pl>", "Żądam kontaktu z kierownikiem sklepu", "billing", "high",
"""Wczoraj w sklepie w Galerii Mokotów na wieszaku z płaszczami była
wywieszka "-30% w kasie". W kasie policzono mi pełną cenę 699 zł.
Kasjerka powiedziała, że "promocja nie dotyczy tej marki", kierownik
zmiany nie chciał ze mną rozmawiać.

Żądam kontaktu z kierownikiem sklepu albo kimś wyżej i zwrotu 209,70 zł.
Zdjęcie wywieszki w załączniku.

Halina Dąbrowska
tel. 600 000 000"""),
("pl", "b133-odmowa-zwrotu-14-dni-rzecznik", "Krzysztof Grabowski <krzysztof.grabowski@example.pl>", "Odstąpienie od umowy - zamówienie 88002", "billing", "high",
"""Szanowni Państwo,

zamówiłem przez Państwa stronę internetową odkurzacz (599 zł) z odbiorem
w sklepie w Łodzi. Po 6 dniach, w ustawowym terminie 14 dni, chciałem go
zwrócić w tym samym sklepie. Pracownik odmówił, twierdząc, że towar
odebrany w sklepie "jest jak kupiony w sklepie" i zwrotu nie ma.

Umowa została zawarta na odległość, więc przysługuje mi prawo
odstąpienia. Jeżeli w ciągu 7 dni nie przyjmą Państwo zwrotu i nie
oddadzą pieniędzy, zwrócę się do miejskiego rzecznika konsumentów i
złożę skargę do UOKiK.

Krzysztof Grabowski"""),
("pl", "b133-zadatek-suknia-slubna-pozew", "Natalia Kowalczyk <natalia.kowalczyk@example.pl>", "Zadatek za suknię - salon w Państwa domu towarowym", "billing", "high",
"""Szanowni Państwo,

15 stycznia wpłaciłam 1 500 zł zadatku w salonie sukien ślubnych na
2. piętrze Państwa domu towarowego w Krakowie. W maju salon zamknięto,
a na drzwiach wisiała kartka "w sprawie zamówień prosimy o kontakt z
obsługą klienta". Obsługa klienta odsyła mnie do najemcy, najemca nie
odbiera telefonu.

Ślub mam za 6 tygodni. Jeśli w ciągu 7 dni nie otrzymam zwrotu zadatku,
sprawę przejmie mój pełnomocnik i skierujemy pozew do sądu.

Natalia Kowalczyk"""),
("pl", "b133-aplikacja-karta-blad-logowania", "Dominika Mazurek <dominika.mazurek@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, od wczoraj nie mogę się zalogować do aplikacji. Wpisuję
e-mail i hasło i wyskakuje "Coś poszło nie tak (kod 1042)". Na stronie
internetowej to samo hasło działa. Android, aplikacja zaktualizowana.
Dominika"""),
("pl", "b133-automat-odbioru-nie-otwiera", "Lukasz Wojcik <lukasz.wojcik@example.pl>", "automat odbioru", "technical", "",
"""Stoje przy automacie do odbioru zamowien przed sklepem w Gdyni,
wpisuje kod z SMS-a (zamowienie 88519) i ekran mowi "skrytka otwarta",
ale zadna sie nie otwiera. Probowalem 3 razy. W sklepie mowia ze to nie
ich automat i mam pisac do was."""),
("pl", "b133-koszyk-sie-czysci-nie-platnosc", "Beata Szulc <beata.szulc@example.pl>", "Nie da się złożyć zamówienia", "technical", "",
"""Dzień dobry,

to nie jest problem z płatnością, do płatności w ogóle nie dochodzę. Po
wybraniu sklepu odbioru i kliknięciu "Dalej" strona się przeładowuje i
koszyk jest pusty. Tak samo na laptopie i na telefonie, od dwóch dni.

Beata Szulc"""),
("pl", "b133-sms-kod-logowania-nie-przychodzi", "Ryszard Kołodziej <ryszard.kolodziej@example.pl>", "kod sms", "technical", "",
"""Nie przychodzi mi SMS z kodem do logowania. Numer telefonu jest dobry.
Próbowałem kilka razy wczoraj i dziś. R. Kołodziej"""),
("pl", "b133-odkurzacz-pionowy-wylacza-sie", "Iwona Jasińska <iwona.jasinska@example.pl>", "Odkurzacz", "technical", "",
"""Dzień dobry, odkurzacz pionowy kupiony u Państwa w lutym wyłącza się
po kilku sekundach od włączenia, choć bateria pokazuje pełne
naładowanie. Filtr wyczyszczony, pojemnik pusty, szczotka bez włosów.
Co mogę jeszcze sprawdzić?

Iwona Jasińska"""),
("pl", "b133-re-pralka-blad-po-naprawie", "Stanisław Czarnecki <stanislaw.czarnecki@example.pl>", "Re: Potwierdzenie naprawy - zgłoszenie RK/2291", "technical", "",
"""Dzień dobry,

pralka po naprawie działała dwa dni i znowu w trakcie wirowania wyświetla
błąd E21 i staje z wodą w bębnie. Nie chcę zwrotu pieniędzy ani nowej
pralki, chcę tylko, żeby ktoś ją porządnie naprawił.

Stanisław Czarnecki

> Szanowny Panie,
> uprzejmie informujemy, że naprawa pralki w ramach zgłoszenia RK/2291
> została zakończona 4 czerwca.
> Dział Serwisu"""),
("pl", "b133-listwa-zasilajaca-iskrzy", "Mirosław Sadowski <miroslaw.sadowski@example.pl>", "Listwa zasilająca", "technical", "high",
"""Dzień dobry,

listwa zasilająca z wyłącznikiem, kupiona w dziale RTV w zeszłym
tygodniu, zaiskrzyła dziś przy włączaniu komputera, a potem poczułem
zapach spalenizny. Obudowa przy jednym gniazdku jest stopiona i
brązowa. Wyjąłem ją z kontaktu i wyniosłem na balkon.

Proszę o informację, co dalej. Mam drugą taką samą, z tej samej partii,
jeszcze w pudełku.

Mirosław Sadowski"""),
("pl", "b133-kuchenka-gazowa-zapach-gazu", "Elzbieta Olszewska <elzbieta.olszewska@example.pl>", "kuchenka", "technical", "high",
"""Dzien dobry,
w poniedzialek Panstwa instalator podlaczyl nam kuchenke gazowa kupiona u
Panstwa. Od wczoraj czuc gaz przy lewym tylnym palniku, nawet jak
kurek jest zakrecony. Zakrecilam zawor przy rurze i wietrze mieszkanie,
nie gotuje na niej. Kiedy ktos moze przyjechac?
Elzbieta Olszewska"""),
("pl", "b133-portal-franczyzowy-puste-polki", "Sklep Pod Lipami s.c. <sklep@podlipami.example>", "Portal zamówień", "technical", "high",
"""Dzień dobry,

prowadzimy trzy sklepy partnerskie Państwa sieci w powiecie
tarnowskim. Od wczoraj rana portal zamówień dla partnerów po zalogowaniu
pokazuje pustą stronę i nie da się złożyć dostawy. Termin zamówień na
weekend mija dziś o 14:00. Jeśli nie zamówimy, w sobotę nie będziemy
mieli czym handlować, a już dziś brakuje pieczywa i nabiału.

Na infolinii od rana nikt nie odbiera. Proszę o pilny telefon:
14 000 00 00.

Jerzy Lipa"""),
("pl", "b133-zamowienie-sluchawki-nie-laduja", "Oliwia Król <oliwia.krol@example.pl>", "Zamówienie 88120", "technical", "",
"""hej, słuchawki z tego zamówienia nie ładują się w etui, dioda w etui
mruga na czerwono i tyle. sprawdziłam inny kabel i inną ładowarkę."""),
("pl", "b133-telewizor-brak-dzwieku-hdmi", "Henryk Zalewski <henryk.zalewski@example.pl>", "Telewizor", "technical", "",
"""Szanowni Państwo,

telewizor kupiony w Państwa sklepie w Rzeszowie nie wydaje dźwięku, gdy
podłączony jest dekoder przez HDMI. Obraz jest, dźwięku brak. Przy
zwykłej antenie dźwięk jest. Wnuk sprawdzał ustawienia i kabel.

Z poważaniem
Henryk Zalewski"""),
("pl", "b133-ekspres-ciagle-odkamienianie", "Renata Baran <renata.baran@example.pl>", "ekspres do kawy", "technical", "",
"""Ekspres od tygodnia ciągle pokazuje "odkamienianie" mimo że
odkamieniałam go dwa razy zgodnie z instrukcją. Kawy przez to nie chce
zrobić. Kupiony w grudniu w Silesia City Center."""),
("pl", "b133-lista-prezentow-komunia-link", "Monika Górecka <monika.gorecka@example.pl>", "Lista prezentów komunijnych", "technical", "",
"""Dzień dobry,

założyłam u Państwa listę prezentów na komunię córki (lista nr
LP-30871). Goście piszą mi, że link, który im wysłałam, otwiera stronę
"Lista nie istnieje lub wygasła". Komunia jest 19 maja, lista ma datę
ważności do czerwca. Co jest nie tak?

Monika Górecka"""),
("pl", "b133-godziny-otwarcia-11-listopada", "Jan Witkowski <jan.witkowski@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy dom towarowy w Lublinie jest otwarty 11 listopada,
a jeśli tak, to w jakich godzinach? Dziękuję."""),
("pl", "b133-pochwala-stylistka-agnieszka", "Barbara Lewandowska <barbara.lewandowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować Pani Agnieszce, stylistce z działu personal
shopping w Państwa sklepie w Gdańsku. Szukałam stroju na 40-lecie
pracy męża i byłam przekonana, że nic na mnie nie będzie dobre. Pani
Agnieszka w godzinę znalazła mi garsonkę, buty i torebkę, a na dodatek
była przemiła i cierpliwa. Mąż aż zaniemówił, a koleżanki pytały,
gdzie się ubieram. Wyprzedaż była po prostu zabójcza :)

Proszę przekazać jej przełożonej moje podziękowania.

Barbara Lewandowska"""),
("pl", "b133-rekawiczki-przymierzalnia", "Adam Nowak <adam.nowak@example.pl>", "Zgubione rękawiczki", "general", "",
"""Dzień dobry, w piątek po południu zostawiłem chyba skórzane
rękawiczki (brązowe, męskie) w przymierzalni w dziale męskim, 1 piętro,
w sklepie w Galerii Krakowskiej. Czy ktoś je oddał?
Adam Nowak"""),
("pl", "b133-odbior-poczeka-do-srody", "Piotr Jankowski <piotr.jankowski@example.pl>", "Odbiór w sklepie - zamówienie 88633", "general", "",
"""Dzień dobry, dostałem SMS-a, że zamówienie 88633 czeka na odbiór w
sklepie w Bydgoszczy. Jestem do wtorku na wyjeździe służbowym. Czy
paczka może poczekać do środy, czy zostanie odesłana?
Pozdrawiam, Piotr"""),
("pl", "b133-zmiana-nazwiska-program-lojalnosciowy", "Aleksandra Pietrzak <aleksandra.pietrzak@example.pl>", "zmiana danych", "general", "",
"""Dzien dobry, po slubie zmienilam nazwisko z Kubiak na Pietrzak. Prosze
o zmiane nazwiska na karcie programu lojalnosciowego, numer karty
2290 4418 0071. Adres i telefon bez zmian. Pozdrawiam, Aleksandra"""),
("pl", "b133-rodo-sprzeciw-marketing", "Wiesław Zieliński <wieslaw.zielinski@example.pl>", "RODO - usunięcie danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 i art. 21 RODO wnoszę o usunięcie moich danych
osobowych przetwarzanych w celach marketingowych oraz o zamknięcie
konta w programie lojalnościowym. Proszę o pisemne potwierdzenie.

Wiesław Zieliński
e-mail: wieslaw.zielinski@example.pl

Z poważaniem
W. Zieliński"""),
("pl", "b133-stoisko-pakowania-swieta", "Justyna Majewska <justyna.majewska@example.pl>", "Pakowanie prezentów w grudniu", "general", "",
"""Dzień dobry! Czy w grudniu w sklepie w Galerii Krakowskiej będzie
stoisko pakowania prezentów, i czy pakują też rzeczy kupione w innych
sklepach w galerii? Mam dwie lewe ręce do pakowania :)"""),
("pl", "b133-sponsoring-dzien-dziecka", "Rada Rodziców SP nr 12 w Opolu <rada.rodzicow.sp12@example.pl>", "Festyn z okazji Dnia Dziecka", "general", "",
"""Szanowni Państwo,

Rada Rodziców Szkoły Podstawowej nr 12 w Opolu organizuje 1 czerwca
festyn rodzinny z okazji Dnia Dziecka. Czy Państwa sklep zechciałby
przekazać drobne nagrody do loterii fantowej? W zamian umieścimy logo
sklepu na plakatach i podziękujemy ze sceny.

Z wyrazami szacunku
Małgorzata Kubicka
Przewodnicząca Rady Rodziców"""),
("pl", "b133-ochroniarz-bez-zadan", "Kamil Stępień <kamil.stepien@example.pl>", "Ochrona w sklepie", "general", "",
"""Dzień dobry, chciałem tylko zwrócić uwagę, że ochroniarz przy wejściu
do sklepu w Galerii Łódzkiej w sobotę bardzo nieuprzejmie odzywał się
do starszego pana, który pytał o drogę do toalety. Nic nie chcę, ale
może warto z nim porozmawiać.
Kamil"""),
("pl", "b133-rozbite-lustro-przymierzalnia", "Sylwia Kozłowska <sylwia.kozlowska@example.pl>", "Przymierzalnia nr 3", "general", "high",
"""Dzień dobry,

w damskiej przymierzalni na parterze sklepu w Toruniu lustro w kabinie
nr 3 jest pęknięte i w dolnym rogu brakuje kawałka. Na podłodze leżały
drobne odłamki. Weszłam tam z córką, która była boso, bo przymierzała
spodnie. Powiedziałam o tym ekspedientce, ale kabina dalej była
otwarta, kiedy wychodziłam.

Sylwia Kozłowska"""),
("pl", "b133-ekspedientka-krzyczala-dyrektor", "Marta Borkowska <marta.borkowska@example.pl>", "Skarga - chcę rozmawiać z dyrektorem sklepu", "general", "high",
"""Szanowni Państwo,

w środę w dziale zabawek w Państwa sklepie w Białymstoku ekspedientka
nakrzyczała na mojego syna, który ma autyzm i głośno reagował na
hałas. Powiedziała przy innych klientach, że "takie dzieci powinny
siedzieć w domu".

Nie zamierzam tego tak zostawić. Żądam rozmowy z dyrektorem sklepu lub
kimś z centrali oraz pisemnego wyjaśnienia.

Marta Borkowska"""),
("pl", "b133-kamera-przymierzalnia-uodo", "Dorota Sobczak <dorota.sobczak@example.pl>", "Kamera nad przymierzalniami", "general", "high",
"""Dzień dobry,

w sklepie w Galerii Malta w Poznaniu nad wejściem do przymierzalni
zamontowana jest kamera, która przez szczelinę nad zasłonami obejmuje
wnętrze kabin. Zwróciłam na to uwagę kierowniczce, usłyszałam, że "to
tylko dla bezpieczeństwa".

Jeśli w ciągu 7 dni nie dostanę informacji, że kamera została
przestawiona, złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych.

Dorota Sobczak"""),
("pl", "b133-dzien-dobry-wozki-dla-dzieci", "Kinga Walczak <kinga.walczak@example.pl>", "Dzień dobry", "general", "",
"""Czy w sklepie w Szczecinie są wózki sklepowe z siedziskiem dla małych
dzieci i miejsca parkingowe dla rodzin z dziećmi? Dziękuję, Kinga"""),
]
