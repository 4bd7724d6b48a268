# batch75.py -- labelled mails held out of the tree until the rules it
# measures are final.  Kept apart from gen.py so that nothing is tuned or
# trained on them.  Businesses: clothing services -- made-to-measure suits,
# workwear and uniform suppliers, printed team kit and embroidery, clothing
# rental, shoe subscriptions, alterations by post, school sportswear.
# Failure classes: escalation demands that keep their topic, legal threats
# and chargebacks, negations, subjects that say nothing (Hello, Question,
# Order NNNNN, Re: with a quoted earlier mail), plans ended or paused in
# unusual wording, business outages told only by their consequences,
# safety hazards told calmly, praise, payment questions, Greeklish, Polish
# and Spanish with and without diacritics -- and everyday mail of all three
# queues.  40 mails per language, written separately (not translations).
# Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b75-suit-balance-split", "Graham Whitley <graham.whitley@example.co.uk>", "Balance on my suit", "billing", "",
"""Good afternoon,

I had my first fitting for the navy three-piece at your Leeds rooms last
Thursday and paid the 350 deposit on the day. Jamie said the balance of
745 is due at the second fitting. Could I pay that in two parts, half at
the fitting and half on collection? If not it's no problem, I'd just
rather not put it all on the card in one month.

Many thanks,
Graham Whitley"""),
("en", "b75-tux-hire-damage-fee", "Ciarán Doyle <ciaran.doyle@example.ie>", "Damage charge??", "billing", "",
"""Hi there,

Returned the dinner suit from my brother's wedding on Monday and today I
see €60 taken off my card for "damage - lining". The lining on the left
sleeve was already torn when I collected it, I even mentioned it to the
girl in the shop in Galway and she said not to worry about it. Can you
take that charge back off please.

Ciarán"""),
("en", "b75-shoe-box-husband-passed", "Margaret Holloway <m.holloway@example.co.uk>", "My husband's account", "billing", "",
"""Dear Sir or Madam,

My husband Dennis had the shoes sent to him every three months from
your company. I am sorry to say he passed away in January. I have found
the payment on our bank statement again this month, 54.00. Please would
you close his account so nothing more is sent or taken. I do not use a
computer much so a letter would be best if you need anything from me.

Yours faithfully,
Margaret Holloway
12 Orchard Close, Kettering NN15 7PL"""),
("en", "b75-pe-kit-swap-bigger", "Kerry-Ann Spencer <kerryann.s@example.com>", "Hello", "billing", "",
"""Hi, my son's PE kit for St Wilfrid's came yesterday but the shorts and
the rugby top are both too small, he's in age 9-10 and really needs the
11-12. Can I send them back and swap them for the bigger size? Tags
still on. Do I need to pay postage for the swap?

Thanks
Kerry-Ann"""),
("en", "b75-uniform-invoice-vat", "Accounts <accounts@fenwick-heating.example>", "Invoice INV-20931", "billing", "",
"""Hello,

Please could you reissue invoice INV-20931 (14 embroidered softshells
and 28 polos) with our VAT registration number shown - GB 284 5519 07 -
and addressed to Fenwick Plumbing & Heating Ltd rather than to Steve
personally. Our accountant won't accept it as it stands.

Regards,
Joanne Reid
Accounts, Fenwick Plumbing & Heating Ltd"""),
("en", "b75-digitising-fee-twice-chargeback", "Dale Harper <dale@harperscoffee.example>", "Setup fee charged twice", "billing", "high",
"""G'day,

Ordered another 20 aprons with our logo (order 7741). Your website says
the $65 digitising fee is one-off and you've had our logo on file since
last March, yet I've been charged it again AND it's been taken twice on
the card for this order, so that's $130 I shouldn't have paid.

I emailed about this ten days ago and nobody has got back to me. If it's
not refunded by Friday I'm disputing the payments with my bank.

Dale Harper
Harper's Coffee, Fremantle"""),
("en", "b75-rental-hibernate-baby", "Tash Green <tash.green@example.co.uk>", "Putting my wardrobe to sleep", "billing", "",
"""Hiya! Bit of news - I'm due in March so nothing in the rental rail is
going to fit me for a good while 😅 Is there a way to freeze my
membership from next month until about July without losing my spot on
the 4-items plan? I'd rather not cancel and rejoin at the new price.

Tash x"""),
("en", "b75-hemmed-too-short-solicitor", "Jonathan Pryce <jonathan.pryce@example.co.uk>", "Alterations order AL-3382 - ruined trousers", "billing", "high",
"""To whom it may concern,

I posted two pairs of wool trousers to you on 3 May for shortening,
clearly pinned and with the inside leg written on the form (31 inches).
They have come back at 29. They are unwearable and cannot be let down
as the fabric has been cut.

The trousers cost me 180 a pair. I expect a refund of 360 plus the 38 I
paid for the alteration. I have already raised this twice by phone.
If I do not receive a full refund within 14 days I will pass the matter
to my solicitor.

Jonathan Pryce"""),
("en", "b75-re-quote-netball-discount", "Bec Thornton <treasurer@northsidenetball.example>", "Re: Quote Q-4471", "billing", "",
"""Hi Josh,

Thanks for this. Quick one before I take it to the committee - does the
10% club discount from the website apply on top of this price, or is it
already included? And can we pay half now and half on delivery?

Cheers,
Bec (Treasurer, Northside Netball Club)

-----Original Message-----
From: Josh <sales@kitworks.example>
Sent: Tuesday, 4 June
Subject: Quote Q-4471

Hi Bec, please find below your quote:
32 x sublimated netball dresses, club design, names on back - $2,176.00
32 x bibs printed - $288.00
Freight to Brisbane - $25.00
Lead time 4 weeks from artwork approval.
Josh"""),
("en", "b75-double-charged-supervisor", "Tyler Brooks <tyler.brooks@example.com>", "charged twice - need a supervisor", "billing", "high",
"""I was charged $1,240 TWICE for my custom suit (order MTM-55018). Your
chat agent told me it's a "pending authorization" and will drop off.
It's been 9 days and both charges have posted, my account is overdrawn
because of it.

I've been through chat twice and by phone once and I keep getting the
same script. I want a supervisor to call me today at (312) 555-0186
and I want the duplicate charge reversed.

Tyler Brooks"""),
("en", "b75-polo-price-match-pune", "Ananya Krishnan <ananya.k@example.in>", "Quotation for 50 polo t-shirts", "billing", "",
"""Dear Sir/Madam,

Greetings from Pune. We had requested a quotation for 50 polo t-shirts
with our company logo embroidered on the chest. Your quote is Rs 38,500
inclusive of GST. Another vendor has quoted Rs 33,000 for the same
quantity but we prefer your fabric quality.

Kindly let us know if you can revise the rate, and whether payment can be
made 50% advance and 50% on delivery by NEFT.

Thanks and regards,
Ananya Krishnan
Admin, Sahyadri Analytics Pvt Ltd"""),
("en", "b75-bridesmaid-rental-instalments", "Megan O'Brien <megan.obrien@example.com>", "payment question", "billing", "",
"""Hi! I'm renting 5 bridesmaid dresses for my wedding in September ($89
each). Is there any way to split the total into 3 payments? I saw
something about Pay in 4 at checkout but only for purchases, not
rentals. Thank you so much!!
Megan"""),
("en", "b75-alterations-voucher-expired", "Eileen Murphy <eileen.murphy@example.ie>", "Gift voucher", "billing", "",
"""Hello,

My daughter gave me a gift voucher for €50 of alterations for my
birthday last year and I'm only getting round to using it now, and of
course it ran out at the end of last month. Is there any chance you
could extend it? I have a coat that badly needs new sleeves.

Kind regards,
Eileen Murphy (Mrs)"""),
("en", "b75-workwear-rental-rollover-small-claims", "Kev Bishop <kev@brightspark-electrical.example>", "Workwear contract", "billing", "high",
"""Hi,

We rented workwear from you for 3 years for our 6 lads. I gave notice by
email in February, which I have a copy of, that we would not renew in
May. Your account manager has now told me the contract rolled over for
another 3 years because notice had to be by "recorded letter", and I'm
being invoiced 212.40 a month.

We don't have your garments anymore, they were collected in May by your
own driver. I am not paying for three more years of nothing. Cancel the
invoices or I'll be filing a small claims case.

Kevin Bishop
Director, Bright Spark Electrical Ltd"""),
("en", "b75-heated-vest-battery-hot", "Gareth Lloyd <gareth.lloyd@example.co.uk>", "Heated vest", "technical", "high",
"""Hi,

Thought I'd better let you know. One of the heated work vests we bought
in November - the battery pack got very hot in the inside pocket this
morning, hot enough that one of my lads couldn't keep his hand on it,
and there was a smell of burning plastic. He took the vest off and
we've put the battery outside on the concrete. The other five seem fine
but we've stopped using them until we hear from you.

Batch number on the battery is HV-2210-B.

Gareth Lloyd
Site foreman, Lloyd & Sons Groundworks, Wrexham"""),
("en", "b75-fit-app-crash-not-billing", "Priyanka Rao <priyanka.rao@example.in>", "Measurement app", "technical", "",
"""Hi, this is not about the payment, the payment went through fine. The
problem is your measuring app closes by itself every time I reach the
side-profile photo step. Front photo works. I have tried 4 times and also
reinstalled. Phone is a Redmi Note 12. My suit order is waiting for
these measurements so please help.

Priyanka"""),
("en", "b75-reset-link-never-arrives", "Des Flanagan <des.flanagan@example.ie>", "Question", "technical", "",
"""Hi, I can't get into my account. I click forgot password and it says a
link has been sent but nothing comes, not in junk either. Tried three
times over two days. Email is this one.
Des"""),
("en", "b75-hotel-portal-new-starters", "Rachel Dunn <r.dunn@lakesidehotels.example>", "Uniform ordering", "technical", "high",
"""Hello,

Since Friday afternoon none of our seven hotels can place uniform
orders. We log in to the portal and get a white page with "Error 502" at
the top. Our HR team has tried on different computers and browsers.

We have 38 seasonal staff starting on Monday across the group and
nothing ordered for them yet, and housekeeping at Windermere is already
short of tunics after last week's intake. Please can someone look at
this as a priority.

Rachel Dunn
Group HR Coordinator, Lakeside Hotels"""),
("en", "b75-logo-upload-invalid-png", "Jake Mills <jake.mills@example.com>", "can't upload our logo", "technical", "",
"""Trying to design jerseys for our little league team in the kit builder.
Every time I upload the logo (PNG, 1.2 MB, transparent background) it
says "Invalid file type". Tried a JPG too, same thing. Using Chrome on a
Mac. What am I doing wrong?"""),
("en", "b75-hivis-tape-peeling", "Safety Manager <safety@roadline-tm.example>", "Hi-vis jackets - reflective tape", "technical", "high",
"""Good morning,

We took delivery of 60 Class 3 hi-vis jackets (order PO-88231) at the
start of April. After two washes at 40, as per the label, the
reflective tape is lifting at the seams and on about a third of them
whole sections have come away.

Our crews work at night on live carriageways and I've had to withdraw
these jackets, so I'm now short of compliant PPE. I need to know whether
this is a faulty batch and how quickly you can get replacements to us,
and I'd like this passed to someone senior at your end.

Regards,
Martin Hale
Health & Safety Manager, Roadline Traffic Management"""),
("en", "b75-trouser-zip-fix-not-refund", "Arjun Sharma <arjun.sharma@example.co.uk>", "Zip", "technical", "",
"""Hello,

The zip on the trousers of my made-to-measure suit came apart on the
second time I wore them - the teeth have split at the bottom and it
won't close. I don't want my money back, I love the suit, I just want
the zip repaired or replaced. Should I post them to you or bring them to
the Manchester shop?

Arjun"""),
("en", "b75-gaa-numbers-cracking", "Shannon Kelly <shannon.kelly@example.ie>", "Jerseys", "technical", "",
"""Hi,

We got the new U14 jerseys for the club three weeks ago and after one
wash (30 degrees, inside out, no dryer, like the card said) the numbers
on the back are cracking and peeling at the edges. It's on nearly all of
them. They're for the county final so the kids are gutted. Is it the
print or are we doing something wrong?

Shannon Kelly
Kit officer, St Brigid's GAA"""),
("en", "b75-light-up-trainers-sparked", "Rebecca Turner <bec.turner@example.com.au>", "School shoes with lights", "technical", "high",
"""Hi there,

My daughter has the light-up school runners from your range. Last night
I plugged them in to charge with the cable that came in the box and
there was a little spark and a crackle from the port on the left shoe
and a smell like a burnt match. I unplugged it straight away. The shoe
is a bit warm and there's a black mark around the port.

I won't be charging them again. Can you tell me what I should do with
them and whether others have had this?

Rebecca Turner
Geelong VIC"""),
("en", "b75-basket-empties-checkout", "Linda Perez <linda.perez@example.com>", "Website", "technical", "",
"""Every time I click Checkout my basket goes back to empty. I've added
the two work shirts about six times now. I'm logged in. It's done this
since yesterday on both my phone and my laptop."""),
("en", "b75-size-quiz-wrong-result", "Neha Gupta <neha.gupta@example.in>", "Size finder showing wrong size", "technical", "",
"""Hello team,

The size finder on your school sportswear page is giving strange
results. For my son who is 6 years, 118 cm and 21 kg it recommends
"Adult XL". My friend tried for her daughter and also got an adult size.
I think something is broken. Kindly check.

Regards,
Neha Gupta"""),
("en", "b75-re-repair-clasp-still-broken", "Oliver Grant <oliver.grant@example.co.uk>", "Re: Your repair request R-1062", "technical", "",
"""Afraid it's not sorted. The coat came back today and the magnetic clasp
still doesn't hold - it pops open as soon as I move my arm. It looks as
if the same clasp has just been re-stitched rather than replaced.

Oliver

On 12 Jun, Repairs Team <repairs@tailorpost.example> wrote:
> Dear Oliver,
> Good news - your coat has been repaired and is on its way back to you
> by tracked post. The magnetic clasp has been fixed.
> Kind regards,
> The Repairs Team"""),
("en", "b75-shoe-app-size-greyed", "Brendan Walsh <brendan.walsh@example.com>", "app", "technical", "",
"""Hey - trying to change my shoe size from 10 to 10.5 in the app before my
next box goes out. The Save button stays greyed out no matter what I
change. iPhone 13, app updated this morning. Can you change it on your
end or fix the button?"""),
("en", "b75-urgent-saturday-fitting-times", "Tom Fairweather <tom.fairweather@example.co.uk>", "URGENT", "general", "",
"""URGENT - what time do you open on Saturday at the Bath showroom?? I need
to come in for my final fitting and I'm working till 2.
Tom"""),
("en", "b75-wedding-suits-thanks", "Declan Byrne <declan.byrne@example.ie>", "Thank you!", "general", "",
"""Hi all,

Just wanted to say a massive thanks to Aoife and the team in Cork. The
suits for me and the four groomsmen were spot on, every one of them fit
first time, and the lads looked killer in the photos. My mother-in-law
asked where we got them about five times.

Will be recommending ye to everyone.

Declan"""),
("en", "b75-fitter-remarks-manager", "Fiona Campbell <fiona.campbell@example.co.uk>", "My fitting on Tuesday", "general", "high",
"""Hello,

I had a fitting for a jacket at your Glasgow branch on Tuesday at 3pm.
The gentleman measuring me made several comments about my weight, asked
whether I was "sure about a fitted cut at my size" and laughed with a
colleague while I was standing there. I left feeling humiliated.

I would like the branch manager, or someone above them, to contact me
about this. I don't think anyone should be spoken to like that when
they're paying for a service.

Fiona Campbell
07700 900 418"""),
("en", "b75-scarf-left-fitting-room", "Harriet Lowe <harriet.lowe@example.com>", "Left my scarf", "general", "",
"""Hi, I think I left a green and cream silk scarf in the second fitting
room at your Marylebone shop yesterday afternoon. It was my
grandmother's so I'd love to get it back. Has anyone handed it in?
Harriet"""),
("en", "b75-parcel-leave-with-neighbour", "Sam Patel <sam.patel@example.co.uk>", "Order 62290 delivery", "general", "",
"""Hi, I'll be out at work when my order comes on Thursday. Please can the
driver leave it with my neighbour at no. 14, or behind the green bin by
the side gate if nobody's in. Thanks, Sam"""),
("en", "b75-order-58213-new-address", "Jenny Kowalski <jenny.kowalski@example.com>", "Order 58213", "general", "",
"""Hello,

We're moving this weekend. Could you change the shipping address on this
order, and my account address, to:

4417 Maple Ridge Dr, Apt 2B
Columbus, OH 43219

Phone number stays the same. Thank you!
Jenny"""),
("en", "b75-delete-body-scan-data", "Amelia Hart <amelia.hart@example.co.uk>", "My measurements and photos", "general", "",
"""Dear Sir or Madam,

Last year I used your 3D body scan for a made-to-measure dress. I no
longer wish you to hold my measurements or the photographs from the
scan. Please delete them, together with my account, and confirm in
writing when this has been done. If you have shared them with any other
company please tell me who.

Regards,
Amelia Hart"""),
("en", "b75-u12-girls-kit-sponsor", "Niamh Furlong <coach@castlebridgecelticgirls.example>", "Sponsorship", "general", "",
"""Hi,

I coach the Castlebridge Celtic U12 girls. We've 18 players and are
entering the regional league for the first time this season. We're
looking for a local business to sponsor us - in return your logo would
go on the front of the jerseys and on our club Facebook page.

Would you be interested? Happy to chat on the phone.

Niamh Furlong
087 555 0193"""),
("en", "b75-melbourne-trunk-show", "Hamish Reid <hamish.reid@example.com.au>", "Trunk show", "general", "",
"""Hi, saw on Instagram you're doing a trunk show with the Italian mill in
Melbourne next month. Do I need to book, and is it just cloth to look
at or can you take measurements there as well? Cheers, Hamish"""),
("en", "b75-showroom-step-loose", "Robert Ainsworth <robert.ainsworth@example.co.uk>", "Your front step", "general", "high",
"""Dear Sirs,

When I brought my father to your Harrogate showroom on Saturday, the
stone step at the front door rocked as he put his weight on it and he
very nearly went over backwards. He is 84. Fortunately I had hold of his
arm. I mentioned it to the young lady inside and she said it has "been
like that for a while".

I would be grateful if this could be looked at before someone has a
bad fall.

Yours faithfully,
Robert Ainsworth"""),
("en", "b75-matching-tie-cloth", "Vikram Iyer <vikram.iyer@example.in>", "Matching tie", "general", "",
"""Hello,

I have ordered a bandhgala jacket in the midnight blue linen. Can you
also make a tie or pocket square in the same fabric? My cousin's
wedding is in Chennai in December and I would like them to match.

Regards,
Vikram"""),
("en", "b75-crested-pe-tops-stock", "Jodie Marsh <jodie.marsh@example.com.au>", "Sports polos back in stock?", "general", "",
"""Hi, the crested sports polo for Banksia Primary has been out of stock in
size 8 for weeks and Term 3 starts on the 15th. Any idea when more are
coming in? Thanks, Jodie"""),
("en", "b75-re-dispatched-thanks", "Patricia Lewis <patricia.lewis@example.com>", "Re: Your order has been dispatched", "general", "",
"""It arrived this morning and I just had to write. The jacket fits like
it was poured on, and the note from Nadia about the sleeve pitch was
such a lovely touch. Nothing wrong at all, please don't go looking for
a problem - I simply wanted someone to pass my thanks on to her.

Warmly,
Patricia Lewis
Asheville, NC

> Hello Patricia,
> Your order MTM-60477 has been dispatched with UPS. Your tracking
> number is 1Z 999 AA1 01 2345 6784.
> Thank you for shopping with us!"""),
# ---------------- Greek ----------------
("el", "b75-prokatavoli-gamos-metathesi", "Στέλιος Καραγιάννης <stelios.karagiannis@example.gr>", "Προκαταβολή - κοστούμι γαμπρού", "billing", "",
"""Καλησπέρα σας,

Τον Φεβρουάριο παρήγγειλα κοστούμι επί μέτρω για τον γάμο μου και
έδωσα προκαταβολή 300€. Ο γάμος μετατέθηκε από τις 22 Ιουνίου στις 14
Σεπτεμβρίου. Η προκαταβολή ισχύει κανονικά για τη νέα ημερομηνία; Και
το υπόλοιπο (560€) πότε πρέπει να το εξοφλήσω, στη δεύτερη πρόβα ή στην
παραλαβή;

Ευχαριστώ,
Στέλιος Καραγιάννης"""),
("el", "b75-gl-syndromi-papoutsia-germania", "Thanos M. <thanos.m@example.gr>", "syndromh", "billing", "",
"""Kalhmera,
fevgoume oikogeneiaka gia Stoutgardh ton Augousto, opote kleiste mas
parakalw th syndromh gia ta papoutsia tou mikrou (to kouti ka8e 3 mhnes).
Na mhn xrew8ei h karta ton Septemvrio.
Eyxaristw,
Thanos"""),
("el", "b75-diplh-xreosi-stoles-estiatorio", "Λογιστήριο <logistirio@taverna-thalassa.example>", "Παραγγελία 33190", "billing", "high",
"""Καλημέρα,

Η παραγγελία 33190 (24 ποδιές με κέντημα και 12 σακάκια σεφ, σύνολο
1.148,00€) χρεώθηκε δύο φορές στην εταιρική μας κάρτα, στις 3 και στις
4 του μήνα. Έχουμε στείλει ήδη δύο email και έχουμε καλέσει το
τηλεφωνικό κέντρο χωρίς αποτέλεσμα.

Αν η δεύτερη χρέωση δεν επιστραφεί μέχρι την Τετάρτη, θα ζητήσουμε από
την τράπεζα αμφισβήτηση της συναλλαγής.

Με εκτίμηση,
Κατερίνα Ζαφειρίου
Λογιστήριο, Ταβέρνα Θάλασσα Ε.Ε."""),
("el", "b75-eggyisi-forema-eirinodikeio", "Δέσποινα Λαμπράκη <despoina.lampraki@example.gr>", "Η εγγύηση μου", "billing", "high",
"""Κύριοι,

Νοίκιασα από εσάς βραδινό φόρεμα για βάφτιση στις 11 Μαΐου και το
επέστρεψα στις 13, στην ώρα του, καθαρό και χωρίς καμία φθορά. Η εγγύηση
των 80€ έπρεπε να επιστραφεί σε 7 εργάσιμες. Έχει περάσει ένας μήνας.

Σας έχω γράψει τρεις φορές και κάθε φορά μου απαντάτε ότι «το θέμα
ελέγχεται». Αν δεν δω τα χρήματα στον λογαριασμό μου ως το τέλος της
εβδομάδας, θα καταθέσω αγωγή μικροδιαφοράς στο Ειρηνοδικείο.

Δέσποινα Λαμπράκη"""),
("el", "b75-timologio-afm-formes-synergeio", "Γιωργος Παπαδακης <g.papadakis@example.gr>", "Τιμολογιο", "billing", "",
"""Καλησπερα σας,
για την παραγγελια 41877 (8 φορμες εργασιας με το σημα του συνεργειου)
χρειαζομαστε τιμολογιο και οχι αποδειξη. Στοιχεια:
ΠΑΠΑΔΑΚΗΣ ΓΕΩΡΓΙΟΣ - ΣΥΝΕΡΓΕΙΟ ΑΥΤΟΚΙΝΗΤΩΝ
ΑΦΜ 084512377, ΔΟΥ Ηρακλειου
Λεωφ. Κνωσου 112, Ηρακλειο
Ευχαριστω"""),
("el", "b75-gl-kentima-mplouzes-palaimaxoi", "Nikos Vrettos <nikos.vrettos@example.gr>", "timh", "billing", "",
"""Geia sas,
8eloume 20 mplouzakia gia thn omada basket twn palaimaxwn, me to shma
mprosta kai noumera + epi8eta pisw. Poso vgainei peripou? Yparxei kamia
ekptwsh an paroume kai tis formes mazi? Plhrwnoume me katathesh h mono
me karta?
Nikos"""),
("el", "b75-metapoiisi-metaforika-dyo-fores", "Ρένα Αθανασίου <rena.athanasiou@example.gr>", "Απόδειξη μεταποίησης", "billing", "",
"""Καλησπέρα,

Σας έστειλα με courier δύο παντελόνια για κόντεμα (15€ το καθένα). Ήρθαν
πίσω μια χαρά, σε ένα δέμα. Στην απόδειξη όμως βλέπω δύο φορές τα
μεταφορικά επιστροφής, 4,50€ + 4,50€. Μήπως έγινε λάθος; Αφού ήρθαν
μαζί, νομίζω πρέπει να χρεωθώ μόνο μία φορά.

Ρένα"""),
("el", "b75-kostoumi-den-irthe-synigoros", "Μιχάλης Ντόκος <michalis.ntokos@example.gr>", "Ζητώ επιστροφή 890€", "billing", "high",
"""Αξιότιμοι κύριοι,

Πλήρωσα ολόκληρο το ποσό των 890€ για κοστούμι επί μέτρω, με
δεσμευτική ημερομηνία παράδοσης την 1η Ιουνίου, γιατί παντρευόμουν
στις 8. Το κοστούμι δεν ήρθε ποτέ. Παντρεύτηκα με δανεικό.

Δεν το θέλω πλέον. Ζητώ την επιστροφή ολόκληρου του ποσού εντός 10
ημερών, διαφορετικά θα υποβάλω καταγγελία στον Συνήγορο του Καταναλωτή
και στη Γενική Γραμματεία Εμπορίου.

Μιχάλης Ντόκος
Λάρισα"""),
("el", "b75-gl-re-prosfora-doseis-syllogos", "Eleni Kwsta <eleni.kosta@example.gr>", "Re: Προσφορά για φόρμες ομάδας", "billing", "",
"""Kalhspera k. Stavro,
eyxaristoume polu gia thn prosfora. To DS ths akadhmias symfwnhse.
Mporoume na plhrwsoume se 3 doseis me thn karta tou syllogou h prepei
oli mazi? Kai ta 60e gia to kentima einai mesa sto synolo?
Eleni Kwsta, tameias AO Neas Smyrnhs

> Αγαπητή κα Κώστα,
> Σας στέλνουμε την προσφορά μας:
> 45 φόρμες προπόνησης (σακάκι + παντελόνι) με κέντημα σήματος: 1.395,00€
> Προετοιμασία κεντήματος (εφάπαξ): 60,00€
> Παράδοση σε 3 εβδομάδες από την έγκριση.
> Με εκτίμηση,
> Σταύρος Πετρίδης"""),
("el", "b75-gl-syllogos-dialythike-kit", "Kostas Ralis <kralis@example.gr>", "ka8e xrono ta kit", "billing", "",
"""Kalhmera sas.
O podosfairikos mas syllogos (Astera Kalamakiou) dialy8hke, den
mazeutikan paidia fetos kai kleisame. Eixame mazi sas thn etisia
symfwnia gia ta kit ka8e Septemvrio. Na mhn ananew8ei kai na mhn
xrew8ei tipota ston logariasmo.
Eyxaristoume gia ola ta xronia.
K. Rallis"""),
("el", "b75-epistrofi-sxolikes-formes-proistamenos", "Αγγελική Σωτηροπούλου <angeliki.sotiropoulou@example.gr>", "Επιστροφή χρημάτων - θέλω να μιλήσω με προϊστάμενο", "billing", "high",
"""Καλησπέρα,

Στις 20 Μαΐου επέστρεψα με κούριερ τις δύο σχολικές φόρμες γυμναστικής
(παραγγελία 57302, 64,00€) γιατί ήταν λάθος μέγεθος. Το δέμα παραδόθηκε
σε εσάς στις 22, έχω την απόδειξη. Τρεις εβδομάδες μετά δεν έχω πάρει
πίσω ούτε ευρώ.

Στο τηλέφωνο μου είπαν τρεις διαφορετικές ημερομηνίες. Δεν θέλω να
ξαναμιλήσω με το τηλεφωνικό κέντρο. Ζητώ να με καλέσει ο προϊστάμενος
του τμήματος, στο 6944 555 218.

Αγγελική Σωτηροπούλου"""),
("el", "b75-ekptosi-polyteknoi-athlitika", "Βασιλική Τζαννετάκη <vasiliki.tz@example.gr>", "Έκπτωση", "billing", "",
"""Καλημέρα,
έχω τέσσερα παιδιά που πάνε στο ίδιο δημοτικό και κάθε Σεπτέμβρη
παίρνω από εσάς τις αθλητικές φόρμες του σχολείου. Κάνετε κάποια
έκπτωση σε πολύτεκνους; Αν ναι, τι χαρτί χρειάζεστε;
Ευχαριστώ πολύ,
Βάσω"""),
("el", "b75-gl-dorokarta-metapoiisi-diafora", "Maria P. <mariap88@example.gr>", "dwrokarta", "billing", "",
"""Geia sas! Exw mia dwrokarta 50e apo to katasthma sas gia
metapoihseis. H metapoihsh gia to palto (kainouria fodra) mou eipan oti
einai 70e. Mporw na dwsw thn dwrokarta kai ta ypoloipa 20 me karta h
metrhta? Thnx"""),
("el", "b75-antallagi-papoutsia-noumero", "Παναγιώτης Λιάπης <p.liapis@example.gr>", "Παραγγελία 58120", "billing", "",
"""Γεια σας,

Στο κουτί αυτού του μήνα ήρθαν τα δερμάτινα μοκασίνια σε 43, αλλά
στενεύουν πολύ. Μπορώ να τα στείλω πίσω και να πάρω 44 στο ίδιο
μοντέλο; Τα φόρεσα μόνο μέσα στο σπίτι για να τα δοκιμάσω. Η αλλαγή
έχει χρέωση;

Παναγιώτης"""),
("el", "b75-atmosidero-spithes-katastima", "Ξενοφών Μπέλλος <x.bellos@example.gr>", "Ατμοσιδερωτής", "technical", "high",
"""Καλημέρα σας,

Μαζί με τις στολές του καταστήματος είχαμε πάρει από εσάς και έναν
όρθιο ατμοσιδερωτή ρούχων. Χθες το απόγευμα, ενώ τον χρησιμοποιούσε μια
υπάλληλος, βγήκαν σπίθες από το σημείο που μπαίνει το καλώδιο στη βάση,
ακούστηκε ένα «τσακ» και έπεσε η ασφάλεια. Κανείς δεν έπαθε τίποτα. Το
καλώδιο εκεί έχει μαυρίσει. Τον έχουμε αποσυνδέσει και δεν τον
ξαναχρησιμοποιούμε.

Τι πρέπει να κάνουμε;

Ξενοφών Μπέλλος
Boutique Ελιά, Χανιά"""),
("el", "b75-gl-efarmogi-metra-kollaei", "Giannis Tsolakis <giannis.tsol@example.gr>", "efarmogh metrwn", "technical", "",
"""Kalhspera, den einai 8ema plhrwmhs, h plhrwmh perase kanonika.
To 8ema einai oti h efarmogh gia ta metra kollaei sto vhma me th
fwtografia apo to plai. Pagwnei h o8onh kai meta kleinei. To ekana 3
fores, ekana kai apegkatastash. Exw iPhone 11. To koustoumi perimenei
ta metra opote an ginetai voh8hste.
Giannis"""),
("el", "b75-syndesi-lathos-kodikos", "Σοφια Αλεξιου <sofia.alexiou@example.gr>", "Ερωτηση", "technical", "",
"""Καλημερα, προσπαθω να μπω στον λογαριασμο μου και μου βγαζει συνεχεια
«λαθος email ή κωδικος». Τον κωδικο τον αλλαξα χθες απο το link που μου
στειλατε και ειμαι σιγουρη οτι τον γραφω σωστα. Τι μπορει να φταιει;
Σοφια"""),
("el", "b75-ntoulapi-stolon-kouzina-stamatise", "Ηλίας Χατζής <ilias.chatzis@gefsi-group.example>", "Ντουλάπι στολών κεντρικής κουζίνας", "technical", "high",
"""Καλημέρα,

Από τις 6 το πρωί το αυτόματο ντουλάπι διανομής στολών που έχετε
εγκαταστήσει στην κεντρική μας κουζίνα στο Ρέντη δεν ανοίγει με καμία
κάρτα. Η οθόνη γράφει «Σφάλμα επικοινωνίας - E14». Το κλείσαμε και το
ανοίξαμε από τον διακόπτη, τίποτα.

Η πρωινή βάρδια (25 άτομα) δεν έχει καθαρές στολές και με τον
υγειονομικό κανονισμό δεν μπορούν να μπουν στην παραγωγή. Από την
κουζίνα αυτή τροφοδοτούνται και τα 6 εστιατόριά μας για το μεσημέρι.

Ηλίας Χατζής
Υπεύθυνος Εγκαταστάσεων, Γεύση Group
210 555 4402"""),
("el", "b75-stampa-xefloudizei-frontistirio", "Φροντιστήριο Πρόοδος <info@frontistirio-proodos.example>", "Μπλουζάκια με λογότυπο", "technical", "",
"""Καλησπέρα,

Πριν ένα μήνα πήραμε 40 μπλουζάκια με το λογότυπο του φροντιστηρίου για
τους μαθητές. Μετά από δύο πλυσίματα στους 30 βαθμούς το τύπωμα έχει
αρχίσει να ξεφλουδίζει και να σπάει, σχεδόν σε όλα. Είναι θέμα της
εκτύπωσης; Θέλουμε να ξέρουμε τι γίνεται πριν την εκδήλωση του Ιουνίου.

Χαρά Δημητρίου"""),
("el", "b75-gl-antanaklastika-gileka-ethniki", "Vasilis Georgiou <v.georgiou@ergotech.example>", "gileka asfaleias", "technical", "high",
"""Kalhmera,
phrame 30 antanaklastika gileka apo esas (paraggelia 22815). Xtes to
vrady ta dokimasame me fanaria autokinhtou giati douleuoume nyxterina
sthn E8nikh Odo, kai oi lwrides sxedon den gyrizoun fws, einai 8ampes
san gkri. Ta palia mas fainontai apo 200 metra, auta mono apo konta.
Ta stamathsame, ta paidia douleuoun me ta palia pou einai liga.
Pote mporeite na steilete swsta?
Vasilis Georgiou
Ergotech ATE"""),
("el", "b75-rafes-kavalos-stoles-servitoron", "Ξενοδοχείο Αλκυών <fb@alkyon-hotel.example>", "Παντελόνια σερβιτόρων", "technical", "",
"""Καλημέρα,

Σε 6 από τα 20 μαύρα παντελόνια σερβιτόρων που μας στείλατε τον Απρίλιο
έχει ανοίξει η ραφή στον καβάλο, μέσα σε λίγες εβδομάδες. Δεν ζητάμε
χρήματα ούτε καινούρια. Θέλουμε να μάθουμε αν μπορείτε να τα
επιδιορθώσετε και πώς να σας τα στείλουμε.

Ευχαριστούμε,
Νεφέλη Ρούσσου, F&B"""),
("el", "b75-configurator-elliniko-kentima", "Άρης Κουτσούκος <aris.koutsoukos@example.gr>", "Κέντημα ονόματος", "technical", "",
"""Γεια σας, στη σελίδα που σχεδιάζεις το κέντημα στη φόρμα, όταν γράφω το
όνομα του γιου μου με ελληνικά («ΣΩΤΗΡΗΣ») η προεπισκόπηση βγάζει
ερωτηματικά «?????». Με λατινικά δουλεύει. Υποτίθεται ότι υποστηρίζετε
ελληνικούς χαρακτήρες. Κάτι δεν πάει καλά στη σελίδα;"""),
("el", "b75-gl-site-leuki-selida-kinito", "Dimitra <dimitra.kal@example.gr>", "site", "technical", "",
"""to site sas den anoigei apo to kinhto, menei lefkh selida. apo to
laptop anoigei kanonika. dokimasa kai chrome kai to kanoniko tou
samsung. 8elw na parw ta sxolika gia th mikrh prin teleiwsoun ta
noumera"""),
("el", "b75-led-sakakia-xoreutiko-zestainontai", "Λευτέρης Σαμαράς <lefteris.samaras@example.gr>", "Σακάκια με φωτάκια", "technical", "high",
"""Καλησπέρα,

Για το χορευτικό μας συγκρότημα παραγγείλαμε 12 σακάκια με ενσωματωμένα
LED. Στην πρόβα της Κυριακής, μετά από περίπου 20 λεπτά, σε δύο σακάκια
τα καλώδια κάτω από τη φόδρα ζεστάθηκαν τόσο πολύ που το ύφασμα έλιωσε
σε ένα σημείο και μύριζε καμένο. Ένας χορευτής κάηκε ελαφρά στο πλευρό.

Δεν τα χρησιμοποιούμε πλέον. Η παράσταση είναι σε δέκα μέρες. Θα
ήθελα να μου πείτε αν πρόκειται για ελάττωμα όλης της σειράς.

Λευτέρης Σαμαράς
Χορευτικός Όμιλος Ιωαννίνων"""),
("el", "b75-re-episkevi-fodra-xanaskistike", "Κωνσταντίνα Βλάχου <k.vlachou@example.gr>", "Re: Η επισκευή σας ολοκληρώθηκε", "technical", "",
"""Καλησπέρα,
το σακάκι ήρθε χθες, αλλά η φόδρα στη δεξιά μασχάλη σκίστηκε ξανά από
την πρώτη φορά που το φόρεσα, ακριβώς στο ίδιο σημείο. Φαίνεται ότι
απλώς ράφτηκε το σκίσιμο και δεν αλλάχτηκε το κομμάτι.
Κωνσταντίνα

> Αγαπητή κα Βλάχου,
> Η επισκευή του σακακιού σας (αρ. εργασίας Ε-4471) ολοκληρώθηκε και το
> ένδυμα αποστέλλεται σήμερα μέσω ACS.
> Με εκτίμηση,
> Τμήμα Επισκευών"""),
("el", "b75-rantevou-provas-sfalma", "Θεόδωρος Ανδρεάδης <theodoros.andreadis@example.gr>", "Ραντεβού για πρόβα", "technical", "",
"""Καλημέρα σας,

Προσπαθώ να κλείσω ραντεβού για δεύτερη πρόβα στο κατάστημα της
Γλυφάδας. Διαλέγω μέρα και ώρα και όταν πατάω «Επιβεβαίωση» βγάζει
«Κάτι πήγε στραβά, δοκιμάστε ξανά». Το έχω δοκιμάσει από χθες, από
υπολογιστή και κινητό.

Θεόδωρος Ανδρεάδης"""),
("el", "b75-gl-qr-etiketa-den-anoigei", "Alexandros Nt. <alex.nt@example.gr>", "QR", "technical", "",
"""Geia, to QR code pou exei h etiketa sta kainouria poukamisa ths stolhs
(gia tis odhgies plysimatos) vgazei "Page not found". To dokimasa se 3
poukamisa kai 2 kinhta. Mhpws allakse to link?"""),
("el", "b75-orario-thessaloniki-savvato", "Ευτυχία Παπαδοπούλου <eftychia.pap@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα σας,
το κατάστημα στην Τσιμισκή είναι ανοιχτό το Σάββατο το απόγευμα; Θέλω
να περάσω να δω τα υφάσματα για κοστούμι του άντρα μου.
Ευχαριστώ"""),
("el", "b75-gl-efxaristo-koustoumi-fotia", "Petros Xatzis <petros.xatzis@example.gr>", "EYXARISTW!!", "general", "", 
"""Kalhspera paidia,
h8ela na pw ena megalo eyxaristw ston k. Antwnh sto katasthma tou
Marousiou. To koustoumi htan fwtia, oloi sto gamo rwtousan pou to
eftiaxa. Kai to pantaloni sto mhkos akrivws opws to h8ela.
8a ta poume sthn epomenh eukairia!
Petros"""),
("el", "b75-agenia-ypallilou-ypeuthynos", "Χαρίκλεια Νικολαΐδου <chariklia.nikolaidou@example.gr>", "Παράπονο για τη συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Το Σάββατο το πρωί πήγα στο κατάστημά σας στον Πειραιά να παραλάβω τη
στολή της κόρης μου για το σχολείο. Η υπάλληλος στο ταμείο μιλούσε στο
κινητό της όσο με εξυπηρετούσε, όταν ρώτησα κάτι μου απάντησε «δεν
βλέπετε ότι είμαι απασχολημένη;» και στο τέλος μου πέταξε τη σακούλα
στον πάγκο μπροστά σε άλλους πελάτες.

Θέλω να μιλήσω με τον υπεύθυνο του καταστήματος ή με κάποιον ανώτερο.
Δεν είναι η πρώτη φορά.

Χαρίκλεια Νικολαΐδου
697 555 3310"""),
("el", "b75-gl-gyalia-dokimastirio", "Anna Zervou <anna.zervou@example.gr>", "gyalia", "general", "",
"""Kalhmera sas, mhpws vrhkate ena zeugari gyalia hliou (kafe skeletos,
Ray-Ban) sto dokimasthrio tou katasthmatos sthn Ermou? Ta afhsa ekei
thn Paraskeuh to mesimeri mallon. Eyxaristw polu!!
Anna"""),
("el", "b75-gl-paradosi-periptero", "Manolis K. <manolis.k@example.gr>", "paradosh", "general", "",
"""geia sas, gia thn paraggelia 60354 den 8a eimai spiti olh mera.
afhste to paketo sto periptero sth gwnia (Kyrillou kai Ypsilantou) to
3erei o kyr Stathis. An den ginetai, sto 8yrwro ths polykatoikias.
eyxaristw"""),
("el", "b75-allagi-tilefonou-email", "Ιωαννης Κυριακου <i.kyriakou@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλησπερα,
παρακαλω αλλαξτε στον λογαριασμο μου το κινητο απο 6977 555 104 σε
6945 555 882 και το email σε αυτο απο το οποιο σας γραφω. Το παλιο δεν
το χρησιμοποιω πια.
Ιωαννης Κυριακου"""),
("el", "b75-gdpr-dedomena-metra", "Ραλλού Φωτίου <rallou.fotiou@example.gr>", "Αίτημα πρόσβασης σε δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (άρθρο 15), σας
παρακαλώ να μου γνωστοποιήσετε ποια προσωπικά δεδομένα μου τηρείτε
(συμπεριλαμβανομένων των σωματικών μετρήσεων από την πρόβα του 2023),
για ποιο σκοπό και για πόσο χρόνο, καθώς και αν τα έχετε διαβιβάσει
σε τρίτους.

Με εκτίμηση,
Ραλλού Φωτίου"""),
("el", "b75-xorigia-volei-korasides", "Γ.Σ. Αιγάλεω - Τμήμα Βόλεϊ <volley@gs-aigaleo.example>", "Πρόταση χορηγίας", "general", "",
"""Καλησπέρα σας,

Είμαστε το τμήμα βόλεϊ κορασίδων του Γ.Σ. Αιγάλεω, με 22 αθλήτριες 11
έως 15 ετών. Για τη νέα σεζόν ψάχνουμε χορηγό από τη γειτονιά μας. Σε
αντάλλαγμα, το λογότυπό σας θα μπει στις φανέλες αγώνα, στο πανό του
γηπέδου και στις σελίδες μας στα social.

Θα ήταν χαρά μας να συζητήσουμε.

Μαρίνα Κουκουλάκη
Υπεύθυνη Τμήματος"""),
("el", "b75-gl-noumero-paidi-9", "Froso <froso.dim@example.gr>", "megethos", "general", "",
"""Kalhspera, ti noumero na parw sth forma tou sxoleiou gia paidi 9
xronwn, 1,38 ypsos kai arketa adynato? To 9-10 8a einai terastio h to
7-8 8a einai mikro? Ta dika sas vgainoun megala h mikra?"""),
("el", "b75-spasmenos-kathreftis-dokimastirio", "Όλγα Τσιρίγου <olga.tsirigou@example.gr>", "Καθρέφτης στο δοκιμαστήριο", "general", "high",
"""Καλησπέρα,

Σήμερα το μεσημέρι στο κατάστημα της Κηφισιάς, στο δεύτερο δοκιμαστήριο
αριστερά, ο μεγάλος καθρέφτης έχει μια ρωγμή από πάνω ως κάτω και λείπει
ένα κομμάτι στη γωνία, κοντά στο πάτωμα. Στο χαλί υπήρχαν μικρά
κομματάκια γυαλί. Ο γιος μου, που είναι 4 ετών, κάθισε κάτω να με
περιμένει και ευτυχώς τον σήκωσα πριν κοπεί.

Το είπα στην υπάλληλο αλλά το δοκιμαστήριο έμεινε ανοιχτό. Νομίζω πρέπει
να κλείσει μέχρι να αλλάξει ο καθρέφτης.

Όλγα Τσιρίγου"""),
("el", "b75-re-paraggelia-40211-pote", "Σπυρος Μαυριδης <spyros.mavridis@example.gr>", "Re: Παραγγελια 40211", "general", "",
"""Καλημερα, περασε κι αλλη εβδομαδα. Υπαρχει ημερομηνια αποστολης;
Σπυρος

> Αγαπητέ κύριε Μαυρίδη,
> Η παραγγελία σας 40211 (2 πουκάμισα επί μέτρω) βρίσκεται στο στάδιο
> της ραφής. Αναμένουμε να αποσταλεί εντός της επόμενης εβδομάδας.
> Με εκτίμηση,
> Εξυπηρέτηση Πελατών"""),
("el", "b75-parousiasi-yfasmaton-ekdilosi", "Λάμπρος Γιαννόπουλος <lampros.g@example.gr>", "Βραδιά υφασμάτων", "general", "",
"""Καλημέρα σας,

Είδα στο newsletter ότι οργανώνετε βραδιά παρουσίασης υφασμάτων από
ιταλικά εργοστάσια στο ατελιέ της Πάτρας. Χρειάζεται δήλωση συμμετοχής;
Μπορώ να φέρω και τον γιο μου, που ψάχνει κοστούμι για την ορκωμοσία
του;

Λάμπρος Γιαννόπουλος"""),
("el", "b75-epeigon-gravates-bordo", "Νίκη Σαββίδου <niki.savvidou@example.gr>", "ΕΠΕΙΓΟΝ!!!", "general", "",
"""ΕΠΕΙΓΟΝ!!! Έχετε γραβάτες σε μπορντό σκούρο, μεταξωτές; Θέλω δύο ίδιες
για τον άντρα μου και τον κουμπάρο. Ο γάμος είναι τον Οκτώβριο."""),
# ---------------- Spanish ----------------
("es", "b75-traje-senal-bizum", "Álvaro Sanz <alvaro.sanz@example.es>", "Pago del traje", "billing", "",
"""Hola, buenas:

La semana pasada dejé 200 € de señal por el traje a medida (el gris
marengo de tres piezas) en la tienda de la calle Serrano. Me dijeron que
el resto, 640 €, se paga en la última prueba. ¿Puedo pagarlo por Bizum o
transferencia antes de ir, para no tener que llevar la tarjeta ese día?

Gracias,
Álvaro"""),
("es", "b75-renta-esmoquin-cargo-tintoreria", "Rodrigo Zamora <rodrigo.zamora@example.com.mx>", "cargo extra", "billing", "",
"""Buenas tardes,
rente un esmoquin para la graduacion de mi hijo y lo devolvimos el
lunes. Hoy veo en mi estado de cuenta un cargo extra de $450 MXN que
dice "tintoreria". Nadie nos dijo que la tintoreria se cobraba aparte,
en el contrato dice que la limpieza esta incluida. Me pueden explicar o
regresar ese cargo?
Saludos
Rodrigo Zamora"""),
("es", "b75-zapatillas-rodilla-jubilado-running", "Gustavo Ferreyra <gustavo.ferreyra@example.com.ar>", "Suscripción zapatillas", "billing", "",
"""Hola, ¿qué tal?

Les escribo porque en abril me operaron de la rodilla y el traumatólogo
fue clarito: se terminó el running para mí. Así que no tiene sentido
seguir recibiendo un par de zapatillas cada tres meses. ¿Me pueden dar
de baja? El próximo débito de ARS 89.900 sería el 1° del mes que viene y
no quiero que se cobre.

Gracias por estos años, las últimas Pegasus fueron las mejores.
Gustavo"""),
("es", "b75-chandal-colegio-cambio-talla", "Nuria Vidal <nuria.vidal@example.es>", "Hola", "billing", "",
"""Hola,

Me llegó ayer el chándal del colegio Santa Teresa para mi hija pero la
talla 8 le queda pequeñísima. ¿Puedo devolverlo y que me mandéis la
talla 10? Está sin estrenar, con las etiquetas. ¿El envío del cambio lo
tengo que pagar yo?

Un saludo,
Nuria"""),
("es", "b75-factura-cif-limpiezas", "Administracion Limpiezas Ebro <admin@limpiezas-ebro.example>", "Factura pedido 20456", "billing", "",
"""Buenos dias,
necesitamos que nos emitan factura del pedido 20456 (30 casacas y 30
pantalones de trabajo) a nombre de la empresa y no del particular que
hizo el pedido:
LIMPIEZAS EBRO S.L.
CIF B50123456
C/ Predicadores 18, 50003 Zaragoza
Gracias.
Pilar Lasheras - Administracion"""),
("es", "b75-cobro-doble-uniformes-club-contracargo", "Andrés Restrepo <andres.restrepo@example.com.co>", "Cobro doble - uniformes Club Deportivo Los Andes", "billing", "high",
"""Buenas tardes,

El 2 de mayo pagamos con la tarjeta del club el pedido de 40 uniformes
estampados, por COP 4.680.000. En el extracto aparecen dos cobros
idénticos por ese valor. Ya van tres correos y dos llamadas y nadie nos
da una respuesta concreta.

Le informo que si el segundo cobro no se reversa antes del viernes,
vamos a pedir al banco el contracargo.

Andrés Restrepo
Tesorero, Club Deportivo Los Andes - Medellín"""),
("es", "b75-arriendo-vestido-garantia-sernac", "Camila Muñoz <camila.munoz@example.cl>", "Garantía no devuelta", "billing", "high",
"""Estimados:

El 20 de abril arrendé un vestido de fiesta (reserva N° 8812) y dejé una
garantía de $60.000. Lo devolví el 22 en perfecto estado, con la boleta
de la tintorería incluso. Hasta hoy no me han devuelto la garantía y
nadie contesta los correos.

Si no me reembolsan en cinco días hábiles, voy a presentar un reclamo en
el SERNAC.

Camila Muñoz
Santiago"""),
("es", "b75-arreglo-cobrado-no-hecho-responsable", "Mercedes Gallardo <mercedes.gallardo@example.es>", "Quiero hablar con un responsable", "billing", "high",
"""Buenos días,

Les mandé por correo una americana y dos pantalones para arreglar: meter
de cintura la americana y subir bajos a los pantalones. Me cobraron 58 €.
Me ha llegado todo de vuelta y la americana está exactamente igual, no
la han tocado. Los pantalones sí.

He llamado dos veces y me dicen que "consta como realizado". No pienso
pagar por un arreglo que no se ha hecho. Quiero que me llame una persona
responsable del taller, no la centralita, y que me devuelvan la parte de
la americana.

Mercedes Gallardo
655 555 014"""),
("es", "b75-re-presupuesto-camisetas-pena", "Javi Ortega <javi.ortega@example.es>", "Re: Presupuesto camisetas Peña El Botijo", "billing", "",
"""Buenas Lucía,

Gracias por el presupuesto. Al final somos 60 en vez de 45, ¿se aplica
algún descuento a partir de 50? Y si pagamos todo por adelantado por
transferencia, ¿hay algo de rebaja?

Un abrazo,
Javi

El 3 jun, a las 12:41, Lucía - Estampados Norte <pedidos@estampadosnorte.example> escribió:
> Hola Javi:
> Te paso el presupuesto para la peña:
> 45 camisetas algodón, estampado 2 colores delante y detrás: 9,80 €/ud
> Pantalla y fotolito (una sola vez): 35 €
> Total: 476 € + IVA. Plazo: 10 días laborables.
> Saludos, Lucía"""),
("es", "b75-erasmus-congelar-armario", "Irene Pastor <irene.pastor@example.es>", "pausa", "billing", "",
"""holaa! me voy de erasmus a cracovia de septiembre a febrero y no voy a
poder devolver ni recibir prendas desde alli. se puede congelar la
suscripcion del armario esos meses sin perder la tarifa antigua? no
quiero darme de baja del todo. gracias!!
irene"""),
("es", "b75-meses-sin-intereses-traje", "Fernanda Ríos <fernanda.rios@example.com.mx>", "Formas de pago", "billing", "",
"""Hola, buen día.

Estoy por encargar un traje a la medida para la boda de mi hermano (unos
$14,500 MXN). ¿Aceptan pago a meses sin intereses con tarjeta de
crédito? Si sí, ¿con qué bancos y a cuántos meses?

Muchas gracias,
Fernanda"""),
("es", "b75-renting-ropa-laboral-renovado-omic", "Talleres Hermanos Iglesias <taller@hnosiglesias.example>", "Contrato de renting de ropa - baja", "billing", "high",
"""Buenos días:

Comunicamos la baja del servicio de renting de ropa de trabajo por
correo electrónico el 10 de enero, con más de dos meses de antelación.
Tenemos el acuse de lectura. Aun así nos han renovado el contrato por
otros 24 meses y nos siguen pasando el recibo de 186,30 € al mes.

Hemos devuelto toda la ropa a su repartidor en marzo y tenemos el
albarán firmado. Exigimos que anulen la renovación y devuelvan los
recibos cobrados desde entonces. En caso contrario presentaremos
reclamación ante la OMIC y lo pondremos en manos de nuestro abogado.

Marcos Iglesias
Talleres Hermanos Iglesias, Ourense"""),
("es", "b75-vale-regalo-arreglos-valencia", "Amparo Ferrer <amparo.ferrer@example.es>", "Vale regalo", "billing", "",
"""Buenas tardes,

Mis hijos me regalaron un vale de 40 € para arreglos de ropa por
correo. ¿Podría usarlo en vez de eso en su tienda de Valencia, en la
calle Colón? Es que prefiero llevar yo misma el abrigo y que me lo vean
allí.

Muchas gracias,
Amparo Ferrer"""),
("es", "b75-madre-fallecida-suscripcion-alquiler", "Lorena Cuesta <lorena.cuesta@example.es>", "Cuenta de mi madre", "billing", "",
"""Hola,

Mi madre, Concepción Arias, tenía contratado con ustedes el alquiler
mensual de ropa (el plan de 3 prendas). Falleció en marzo y hasta ahora
no he podido ocuparme de sus papeles. Les pido que cancelen el plan
para que no se le cobre más. Las prendas que tenía en casa se las
devuelvo esta semana por mensajería.

Si necesitan el certificado de defunción me dicen.

Gracias,
Lorena Cuesta"""),
("es", "b75-chaleco-calefactable-bateria-hinchada", "Sergio Lozano <sergio.lozano@example.es>", "Chaleco calefactable", "technical", "high",
"""Hola,

Les escribo por uno de los chalecos calefactables que compramos para el
personal de la cámara frigorífica. Esta mañana, al sacar la batería del
bolsillo para cargarla, el compañero vio que estaba hinchada, como un
cojín, y muy caliente. Olía a plástico quemado. La hemos dejado en un
cubo de arena en el patio y nadie ha tocado las demás hasta que nos
digan algo.

Lote de la batería: CB-0923-17.

Sergio Lozano
Jefe de almacén, Frigoríficos del Segura, Murcia"""),
("es", "b75-app-medidas-no-es-cobro", "Diego Salinas <diego.salinas@example.com.mx>", "App de medidas", "technical", "",
"""Hola, no es un tema de cobro, el pago ya quedó. El problema es que la
app para tomar las medidas se cierra sola cuando llego a la foto de
perfil. La de frente sí la toma. Ya la borré y la volví a instalar y
nada. Tengo un Motorola g84. Sin las medidas no avanza mi pedido,
¿me ayudan?
Diego"""),
("es", "b75-consulta-contrasena-no-llega", "Rosa Quispe <rosa.quispe@example.pe>", "Consulta", "technical", "",
"""Buenas tardes. Le doy a "olvidé mi contraseña", me sale que el enlace se
envió, pero nunca me llega. Revisé spam. Ya lo intenté como cinco veces
desde ayer. Mi correo es este. Gracias."""),
("es", "b75-tienda-merch-pedidos-no-pasan-taller", "Martín Giménez <martin@clubesmerch.example>", "Pedidos", "technical", "high",
"""Hola,

Desde el jueves a la tarde ningún pedido de nuestra tienda online pasa a
su taller. En nuestro panel figuran como "enviado a producción" pero en
su portal no aparece nada nuevo desde el 6. Ya son más de 300 pedidos
parados, entre ellos las camisetas de tres clubes para el torneo del
sábado.

Los clientes nos están escribiendo para cancelar y tuvimos que frenar
las ventas en la web. Necesitamos que alguien lo revise ya.

Martín Giménez
Clubes Merch - Rosario"""),
("es", "b75-vinilo-dorsales-se-despega", "Carlos Beltrán <carlos.beltran@example.es>", "Dorsales", "technical", "",
"""Buenas,

Compramos las camisetas del equipo de baloncesto con los dorsales en
vinilo y tras el primer lavado (30 grados, del revés, sin secadora) los
números se están despegando por los bordes en casi todas. ¿Es un
problema del vinilo o hay que lavarlas de otra forma?

Carlos"""),
("es", "b75-botas-seguridad-puntera-hundida", "Prevención - Metalúrgica Ríos <prevencion@metalurgicarios.example>", "Botas de seguridad S3 - puntera", "technical", "high",
"""Buenos días:

Les comunico una incidencia con las botas de seguridad S3 del pedido
P-30871. Ayer a un operario se le cayó una pieza de unos 6 kg sobre el
pie, desde la altura de la mesa. La puntera se hundió y le pilló los
dedos. Por suerte solo tiene contusión, pero con una puntera certificada
eso no debería haber pasado.

Hemos retirado todas las botas de ese lote (48 pares) y el personal
trabaja con las antiguas. Necesitamos saber si el lote es defectuoso y
cuándo nos pueden reponer.

Un saludo,
Beatriz Ocaña
Técnica de Prevención"""),
("es", "b75-botones-saco-no-quiero-devolucion", "Felipe Cárdenas <felipe.cardenas@example.com.co>", "Botones", "technical", "",
"""Buenos días,

Al saco del vestido que me hicieron se le han caído ya dos botones de la
manga y el de adelante está flojo, y apenas lo he usado tres veces. No
quiero devolución ni nada, el vestido me encanta. Solo quiero que me
los cosan bien. ¿Lo llevo a la tienda de Chapinero o se los envío?

Con gusto quedo atento,
Felipe Cárdenas"""),
("es", "b75-disenador-camisetas-sin-enie", "Pablo Núñez <pablo.nunez@example.es>", "No deja poner la ñ", "technical", "",
"""Hola, en el diseñador de camisetas cuando escribo el nombre de la peña
("LOS ÑUS DE CARABANCHEL") la Ñ sale como un cuadradito en la vista
previa. Con las demás letras va bien. ¿Se imprimirá así? Porque no
quiero pedir 30 camisetas con un cuadrado."""),
("es", "b75-web-no-carga-movil", "Lucia Romero <lucia.romero@example.es>", "web", "technical", "",
"""hola, la web no me carga en el movil, se queda en blanco despues del
logo. en el ordenador si va. tengo un iphone y he probado safari y
chrome. quiero pedir la ropa del cole antes de que se acaben las
tallas"""),
("es", "b75-tenis-luces-cargador-chispas", "Verónica Paredes <veronica.paredes@example.com.mx>", "Tenis con luces", "technical", "high",
"""Hola,

Les quiero avisar de algo que pasó anoche. Mi hijo tiene los tenis
escolares con luces que compramos con ustedes. Al conectarlos con el
cargador que venía en la caja, salieron chispas del puerto del tenis
derecho y olió a quemado. Lo desconecté enseguida. Alrededor del puerto
quedó una mancha negra.

Ya no los vamos a cargar. ¿Qué hacemos con ellos? Me preocupa que otros
niños tengan los mismos.

Verónica Paredes
Puebla"""),
("es", "b75-re-reparacion-chaqueta-costura", "Ignacio Herrero <ignacio.herrero@example.es>", "Re: Su reparación está lista", "technical", "",
"""Hola,

La recogí el martes y hoy, al ponérmela, se ha vuelto a abrir la
costura del hombro derecho por el mismo sitio. Creo que solo le dieron
unas puntadas por encima.

Ignacio

> Estimado Ignacio:
> Le informamos de que la reparación de su chaqueta (ref. R-2290) ya está
> lista para recoger en nuestra tienda de Bilbao.
> Un saludo,
> Taller de Arreglos"""),
("es", "b75-cita-prueba-error-reserva", "Teresa Molina <teresa.molina@example.es>", "No puedo reservar cita", "technical", "",
"""Buenos días,

Intento reservar la segunda prueba del traje de novio de mi hijo en la
web. Elijo día y hora, le doy a confirmar y sale "Se ha producido un
error. Inténtelo de nuevo más tarde". Llevo así desde el domingo, con el
ordenador y con el móvil.

Teresa Molina"""),
("es", "b75-cinta-bluetooth-no-empareja", "Matías Acosta <matias.acosta@example.com.uy>", "Cinta de medir", "technical", "",
"""Buenas, me llegó la cinta de medir bluetooth para las medidas del
traje, pero no se empareja con el celular. La app dice "buscando
dispositivo" y no la encuentra nunca. La cargué toda la noche, la luz
azul parpadea. Tengo un Samsung A54. ¿Hay que hacer algo más?
Matías"""),
("es", "b75-horario-sevilla-semana-santa", "Rocío Jiménez <rocio.jimenez@example.es>", "Horario", "general", "",
"""Buenas, ¿qué horario tiene la tienda de la calle Tetuán durante Semana
Santa? En concreto el Jueves y el Viernes Santo. Gracias."""),
("es", "b75-vestido-alquilado-de-muerte", "Marta Aguilar <marta.aguilar@example.es>", "¡Gracias!", "general", "",
"""¡Hola!

Solo quería daros las gracias. El vestido verde esmeralda que alquilé
para la boda de mi prima me quedaba de muerte, y la chica de la tienda
de Málaga me ayudó un montón a elegirlo. Hasta la novia me preguntó de
dónde era jaja.

Repetiré seguro.
Marta"""),
("es", "b75-vendedor-maltrato-gerente", "Silvina Pereyra <silvina.pereyra@example.com.ar>", "Trato recibido en el local de Palermo", "general", "high",
"""Buenas tardes,

El sábado fui con mi hija de 15 años al local de Palermo a ver vestidos
para su fiesta. El vendedor que nos atendió hizo comentarios sobre el
cuerpo de mi hija ("con esas caderas mejor algo suelto, ¿no?") y cuando
le pedí que no hablara así se rió y nos dijo que si no nos gustaba nos
fuéramos. Mi hija salió llorando.

Quiero hablar con el gerente o con alguien de la empresa por encima del
local. Esto no puede quedar así.

Silvina Pereyra
11 5555-3871"""),
("es", "b75-anillo-olvidado-probador", "Alejandra Torres <ale.torres@example.com.mx>", "olvide un anillo", "general", "",
"""Hola buenas tardes, creo que olvide un anillo de plata con una piedra
azul en el probador de su tienda de Polanco, ayer como a las 6. Me lo
quite para probarme los sacos. Alguien lo encontro? Tiene mucho valor
sentimental para mi.
Alejandra"""),
("es", "b75-entrega-conserjeria", "Julián Prieto <julian.prieto@example.es>", "Entrega pedido 66109", "general", "",
"""Hola, el jueves no habrá nadie en casa. Por favor, que el repartidor
deje el paquete en la conserjería del edificio (portal 3), el conserje
está de 8 a 15. Gracias."""),
("es", "b75-cambio-contacto-colegio", "Colegio San Esteban <secretaria@colegiosanesteban.example>", "Actualización de datos de contacto", "general", "",
"""Estimados:

Les informamos que a partir de este mes la persona de contacto para los
pedidos de uniformes deportivos del colegio será la Sra. Paula Contreras
(paula.contreras@colegiosanesteban.example, +56 2 2555 4410), en
reemplazo del Sr. Hernán Vega, que dejó el establecimiento. Agradecemos
actualizar sus registros.

Atentamente,
Secretaría - Colegio San Esteban, Viña del Mar"""),
("es", "b75-rgpd-que-datos-teneis", "Víctor Manzano <victor.manzano@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Buenos días:

Al amparo del artículo 15 del RGPD, solicito que me indiquen qué datos
personales míos conservan (incluidas las medidas corporales y fotos que
tomaron para el traje a medida en 2022), con qué finalidad, durante
cuánto tiempo y si los han cedido a terceros.

Atentamente,
Víctor Manzano Ruiz
DNI 12345678Z"""),
("es", "b75-patrocinio-futsal-femenino", "CD Futsal Ronda Femenino <cdfutsalronda@example.es>", "Patrocinio temporada 24/25", "general", "",
"""Hola,

Somos el equipo de fútbol sala femenino de Ronda y este año subimos a
categoría regional. Buscamos patrocinadores locales para las equipaciones
de la nueva temporada: vuestro logo iría en el pecho de la camiseta y en
nuestras redes.

¿Os interesaría? Podemos pasarnos por la tienda cuando os venga bien.

Laura Becerra
Capitana y delegada"""),
("es", "b75-desfile-guadalajara-evento", "Emilio Navarro <emilio.navarro@example.com.mx>", "Evento", "general", "",
"""Qué tal, vi en Instagram que van a hacer un desfile y noche de sastrería
en la tienda de Guadalajara. ¿Es abierto al público o hay que
registrarse? ¿Puedo ir con mi pareja?
Saludos"""),
("es", "b75-perchero-cayo-junto-nina", "Inmaculada Vera <inma.vera@example.es>", "Lo que pasó ayer en su tienda", "general", "high",
"""Buenas tardes:

Ayer por la tarde, en su tienda de Alcalá de Henares, una barra de
perchas de la pared (de las de trajes, con todo colgado) se soltó y cayó
a medio metro de mi hija de 6 años. Si llega a estar debajo no quiero
ni pensarlo. La dependienta la volvió a colgar en los mismos tacos.

Les escribo para que la revisen y fijen bien todas las barras antes de
que se caiga encima de alguien.

Inmaculada Vera"""),
("es", "b75-pedido-58812-cuando-llega", "Nicolás Ibarra <nico.ibarra@example.com.ar>", "Pedido 58812", "general", "",
"""Hola, el pedido lo hice hace diez días y en el seguimiento sigue
diciendo "en preparación". ¿Tenés idea de cuándo sale? Es el uniforme
de educación física de mi hija y arranca el cuatrimestre.
Gracias
Nico"""),
("es", "b75-tallas-chandal-escolar", "Beatriz Campos <beatriz.campos@example.es>", "Tallas", "general", "",
"""Hola, una pregunta: las tallas del chándal del colegio, ¿son por edad o
por altura? Mi hijo tiene 7 años pero mide 1,35 y no sé si pedir la 8 o
la 10. ¿Tallan grande o pequeño?
Gracias"""),
("es", "b75-urgente-hora-cierre", "Paola Gómez <paola.gomez@example.com.co>", "URGENTE", "general", "",
"""URGENTE por favor, ¿hasta qué hora está abierta hoy la tienda del
Centro Andino? Necesito recoger el vestido del matrimonio de mi hermana
que es mañana. Mil gracias"""),
# ---------------- Polish ----------------
("pl", "b75-garnitur-zaliczka-blik", "Tomasz Wróblewski <tomasz.wroblewski@example.pl>", "Dopłata za garnitur", "billing", "",
"""Dzień dobry,

w zeszłym tygodniu byłem na pierwszej miarze w salonie przy Mokotowskiej
i wpłaciłem 800 zł zaliczki na garnitur. Pozostało 1 650 zł do zapłaty
przy odbiorze. Czy mogę dopłacić wcześniej BLIK-iem albo przelewem, żeby
przy odbiorze już tylko przymierzyć i zabrać?

Pozdrawiam
Tomasz Wróblewski"""),
("pl", "b75-kaucja-stroj-potracenie-czyszczenie", "Kasia Nowicka <kasia.nowicka@example.pl>", "kaucja", "billing", "",
"""Dzien dobry,
wypozyczylam u Panstwa suknie na studniowke corki i oddalam ja w
poniedzialek w stanie idealnym. Dzis dostalam zwrot kaucji 180 zl
zamiast 300, w mailu jest napisane "potracenie - czyszczenie". W
regulaminie jest ze czyszczenie jest w cenie wypozyczenia. Prosze o
wyjasnienie i zwrot brakujacych 120 zl.
Katarzyna Nowicka"""),
("pl", "b75-buty-tata-dom-opieki", "Ewa Jankowska <ewa.jankowska@example.pl>", "Abonament taty", "billing", "",
"""Dzień dobry,

mój tata, Henryk Jankowski, ma u Państwa abonament na buty (wysyłka co
kwartał). Od przyszłego miesiąca tata zamieszka w domu opieki i chodzi
już tylko w kapciach, więc kolejne pary nie będą mu potrzebne. Proszę o
zakończenie abonamentu i niepobieranie już płatności z jego karty.

Jeśli potrzebne jest jakieś upoważnienie, proszę dać znać.

Ewa Jankowska"""),
("pl", "b75-stroj-wf-wymiana-rozmiar", "Agnieszka Kowal <agnieszka.kowal@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,
zamówiłam strój na WF dla syna (koszulka + spodenki z logo SP nr 12) w
rozmiarze 134, ale jest za mały. Czy mogę go odesłać i dostać 146? Metki
są, nic nie było prane. Kto płaci za przesyłkę przy wymianie?
Agnieszka"""),
("pl", "b75-faktura-nip-odziez-robocza", "Biuro BUD-MAR <biuro@bud-mar.example>", "Faktura do zamówienia 55120", "billing", "",
"""Dzień dobry,

prosimy o wystawienie faktury VAT do zamówienia 55120 (12 kompletów
ubrań roboczych z nadrukiem) na dane firmy:

BUD-MAR Marek Sobczak
ul. Przemysłowa 7, 62-800 Kalisz
NIP 618-123-45-67

Do zamówienia wpisaliśmy przez pomyłkę dane prywatne.

Pozdrawiamy,
Joanna Sobczak"""),
("pl", "b75-haft-podwojne-obciazenie-chargeback", "Krzysztof Malinowski <k.malinowski@piekarnia-klos.example>", "Podwójna płatność za haft", "billing", "high",
"""Dzień dobry,

za zamówienie 90332 (30 fartuchów z haftem logo piekarni) zostałem
obciążony dwa razy po 2 460,00 zł, 14 i 15 maja. Piszę już trzeci raz,
na infolinii słyszę tylko, że "sprawa jest w toku".

Jeśli do piątku druga kwota nie wróci na konto, zgłaszam w banku
reklamację transakcji (chargeback).

Krzysztof Malinowski
Piekarnia Kłos, Gniezno"""),
("pl", "b75-abonament-platforma-wiertnicza", "Pawel Dudek <pawel.dudek@example.pl>", "zawieszenie", "billing", "",
"""Czesc,
od wrzesnia do konca grudnia jestem na kontrakcie na platformie na
Morzu Polnocnym, nie bede mial jak odbierac ani odsylac ubran. Da sie
zawiesic abonament wypozyczalni na te 4 miesiace? Nie chce rezygnowac,
bo mam jeszcze stara cene 149 zl.
Pawel"""),
("pl", "b75-poprawki-spodnie-przypalone-rzecznik", "Barbara Lis <barbara.lis@example.pl>", "Reklamacja - zniszczone spodnie", "billing", "high",
"""Szanowni Państwo,

20 maja wysłałam do Państwa pracowni spodnie od kostiumu (wełna, marka
Vistula, cena 420 zł) do skrócenia. Wróciły skrócone, ale z
przypaleniem od żelazka na prawej nogawce, wyraźnym i błyszczącym.
Spodnie nadają się do wyrzucenia, a bez nich kostium jest niekompletny.

Żądam zwrotu 420 zł za spodnie oraz 45 zł za usługę w terminie 14 dni.
W przeciwnym razie zwrócę się do miejskiego rzecznika konsumentów.

Barbara Lis
Lublin"""),
("pl", "b75-re-oferta-klub-rabat", "Michał Zieliński <michal.zielinski@example.pl>", "Re: Oferta - stroje meczowe KS Orzeł", "billing", "",
"""Dzień dobry Pani Moniko,

dziękuję za ofertę. Zarząd pyta, czy przy 40 kompletach jest jakiś
dodatkowy rabat, i czy możemy zapłacić w dwóch ratach - połowa przy
zamówieniu, połowa przy odbiorze.

Pozdrawiam
Michał Zieliński, KS Orzeł Łowicz

W dniu 5.06 Monika - Sport Druk <oferty@sportdruk.example> napisała:
> Dzień dobry,
> w załączeniu oferta na komplety meczowe (koszulka + spodenki +
> getry) z nadrukiem numerów i nazwisk: 129 zł/komplet przy 30 szt.
> Termin realizacji: 3 tygodnie od akceptacji projektu.
> Pozdrawiam, Monika"""),
("pl", "b75-zwrot-odziez-szkolna-kierownik", "Renata Górska <renata.gorska@example.pl>", "Zwrot pieniędzy - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

25 maja odesłałam Państwu dwie bluzy szkolne (zamówienie 47781, 198 zł),
zgodnie z instrukcją zwrotu. Paczka została doręczona 27 maja, mam
potwierdzenie z InPostu. Do dzisiaj nie dostałam pieniędzy.

Trzy razy dzwoniłam i za każdym razem słyszę inny termin. Nie chcę już
rozmawiać z infolinią. Proszę, żeby skontaktował się ze mną kierownik
działu lub ktoś, kto może tę sprawę faktycznie załatwić: 601 555 734.

Renata Górska"""),
("pl", "b75-raty-paypo-garnitur-komunia", "Dorota Wasilewska <dorota.wasilewska@example.pl>", "płatność", "billing", "",
"""Dzień dobry, czy przy zamówieniu garnituru komunijnego dla syna (ok.
590 zł) można zapłacić PayPo albo w ratach? Na stronie widzę tylko
kartę i przelew. Pozdrawiam, Dorota"""),
("pl", "b75-najem-odziezy-przedluzona-sad", "Stolarnia Dąbek <biuro@stolarnia-dabek.example>", "Umowa najmu odzieży - wypowiedzenie", "billing", "high",
"""Szanowni Państwo,

umowę najmu odzieży roboczej wypowiedzieliśmy mailowo 8 stycznia, z
zachowaniem trzymiesięcznego okresu wypowiedzenia. Mimo to umowa
została "automatycznie przedłużona" na kolejne 24 miesiące i nadal
otrzymujemy faktury po 318,00 zł miesięcznie.

Odzież została odebrana przez Państwa kierowcę 10 kwietnia, mamy
podpisany protokół. Wzywamy do anulowania faktur i zwrotu pobranych
kwot. Jeśli sprawa nie zostanie załatwiona, skierujemy ją do sądu i
zgłosimy praktykę do UOKiK.

Jan Dąbek
Stolarnia Dąbek s.c."""),
("pl", "b75-bon-poprawki-przedluzenie", "Halina Mazur <halina.mazur@example.pl>", "Bon upominkowy", "billing", "",
"""Szanowni Państwo,

dostałam od wnuczki bon na 100 zł na usługi krawieckie. Niestety przez
chorobę nie zdążyłam go wykorzystać i termin minął w zeszłym miesiącu.
Czy jest możliwość przedłużenia? Mam płaszcz do skrócenia rękawów.

Z poważaniem
Halina Mazur"""),
("pl", "b75-ubranka-pies-odszedl", "Magda Szulc <magda.szulc@example.pl>", "Pudełko dla Fafika", "billing", "",
"""Dzień dobry,

nasz Fafik odszedł w zeszłą niedzielę, miał 14 lat. Nie wysyłajcie
proszę więcej pudełek z ubrankami, a jeśli płatność za lipiec jeszcze
nie została pobrana, to proszę jej nie pobierać. Dziękujemy za te
wszystkie sweterki, w zimie naprawdę się przydawały.

Magda"""),
("pl", "b75-rekawice-grzewcze-kopie-pradem", "Robert Sowa <robert.sowa@example.pl>", "Rękawice grzewcze", "technical", "high",
"""Dzień dobry,

syn dostał od nas na urodziny Państwa rękawice grzewcze na motocykl.
Wczoraj w deszczu kabel przy mankiecie prawej rękawicy bardzo się
nagrzał, izolacja się nadtopiła i syn poczuł wyraźne kopnięcie prądem w
nadgarstek. Ma tam zaczerwienienie. Rękawice odłączyliśmy od
akumulatora i nie będą używane.

Proszę o informację, co dalej i czy ten model jest bezpieczny.

Robert Sowa"""),
("pl", "b75-aplikacja-pomiar-nie-platnosc", "Łukasz Kaczmarek <lukasz.kaczmarek@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, to nie w sprawie płatności - zapłata przeszła bez
problemu. Chodzi o to, że aplikacja do pomiaru sylwetki zawiesza się na
zdjęciu z boku i się zamyka. Zdjęcie z przodu robi normalnie.
Reinstalowałem dwa razy. Telefon Xiaomi 13. Bez pomiaru zamówienie stoi.
Łukasz"""),
("pl", "b75-pytanie-reset-hasla", "Grzegorz Adamski <grzegorz.adamski@example.pl>", "Pytanie", "technical", "",
"""Dzien dobry. Klikam "nie pamietam hasla", strona pisze ze link zostal
wyslany, ale nic nie przychodzi, spam tez sprawdzalem. Probowalem juz
kilka razy od wczoraj. Jak mam sie zalogowac?"""),
("pl", "b75-automat-odziezy-nocna-zmiana", "Utrzymanie ruchu <ur@zaklady-miesne-lesna.example>", "Automat z odzieżą - hala B", "technical", "high",
"""Dzień dobry,

od około 21:30 automat wydający odzież ochronną, który Państwo
zamontowali w hali B, nie reaguje na karty pracowników. Na ekranie jest
komunikat "Brak połączenia z serwerem (E-07)". Restart z wyłącznika nic
nie dał.

Nocna zmiana, 46 osób, nie ma czystej odzieży, a bez niej zgodnie z
przepisami sanitarnymi nie możemy wpuścić ludzi na produkcję. Linia
rozbioru stoi. Prosimy o pilny kontakt z serwisem: 62 555 19 40.

Adam Kubiak
Kierownik zmiany, Zakłady Mięsne Leśna"""),
("pl", "b75-nadruk-peka-po-praniu", "Szkoła Tańca Rytm <kontakt@szkola-rytm.example>", "Koszulki z nadrukiem", "technical", "",
"""Dzień dobry,

miesiąc temu zamówiliśmy 35 koszulek z nadrukiem dla naszych kursantów.
Po dwóch praniach w 30 stopniach, na lewej stronie, nadruk zaczął pękać
i łuszczyć się prawie na wszystkich. Czy to wada nadruku, czy robimy coś
źle?

Pozdrawiamy,
Ola Lewandowska"""),
("pl", "b75-kamizelki-odblaski-tory", "BHP - Tor-Serwis <bhp@tor-serwis.example>", "Kamizelki ostrzegawcze - zamówienie 77812", "technical", "high",
"""Dzień dobry,

otrzymaliśmy 50 kamizelek ostrzegawczych (zamówienie 77812). Podczas
kontroli nocą okazało się, że taśmy odblaskowe praktycznie nie odbijają
światła latarki, są matowe i szare. Nasze brygady pracują w nocy przy
czynnych torach i kamizelki muszą być widoczne z daleka.

Wycofaliśmy całą dostawę, ludzie pracują w starych, których mamy za
mało. Proszę o informację, czy to wadliwa partia i kiedy możemy dostać
właściwe. Proszę też o przekazanie sprawy osobie odpowiedzialnej za
jakość.

Piotr Wawrzyniak
Specjalista ds. BHP"""),
("pl", "b75-zamek-spodnie-robocze-nie-zwrot", "Marek Kołodziej <marek.kolodziej@example.pl>", "Zamek", "technical", "",
"""Dzień dobry,

w spodniach roboczych, które kupiłem w marcu, rozszedł się zamek -
suwak jedzie, ale ząbki się nie łączą. Spodnie poza tym są świetne i
nie chcę zwrotu pieniędzy ani nowych. Czy możecie wymienić sam zamek?
Gdzie je wysłać?

Marek"""),
("pl", "b75-konfigurator-haftu-polskie-znaki", "Zofia Pawlak <zofia.pawlak@example.pl>", "Haft z imieniem", "technical", "",
"""Dzień dobry, w konfiguratorze haftu na ręcznik i szlafrok, kiedy
wpisuję imię "Łucja", na podglądzie zamiast Ł jest znak zapytania, a
"ż" w nazwisku też się nie wyświetla. Czy tak się wyhaftuje? Wydaje mi
się, że to błąd strony."""),
("pl", "b75-strona-safari-nie-dziala", "Iwona Baran <iwona.baran@example.pl>", "strona", "technical", "",
"""dzien dobry, strona sie nie laduje na safari na macu, tylko kreci sie
kolko. na chromie dziala. chcialam zamowic stroj na basen dla corki ze
szkoly ale na tym komputerze nie mam chrome'a"""),
("pl", "b75-kurtka-powerbank-dymil", "Sebastian Wojciechowski <seba.wojciechowski@example.pl>", "Kurtka podgrzewana", "technical", "high",
"""Dzień dobry,

wczoraj wieczorem powerbank dołączony do kurtki podgrzewanej (model
Thermo Pro) zaczął dymić w wewnętrznej kieszeni, kiedy kurtka wisiała
w przedpokoju podłączona do ładowania. Wyczułem zapach spalenizny,
wyniosłem ją na balkon. Kieszeń jest osmalona. Nikomu nic się nie
stało.

Nie będę już tego używał. Co mam zrobić z kurtką i powerbankiem?

Sebastian"""),
("pl", "b75-re-naprawa-marynarki-podszewka", "Jolanta Krawczyk <jolanta.krawczyk@example.pl>", "Re: Naprawa zakończona", "technical", "",
"""Dzień dobry,

marynarka wróciła, ale podszewka pod lewą pachą znowu się pruje, w tym
samym miejscu, już po pierwszym założeniu. Wygląda na to, że zszyto
tylko dziurę zamiast wymienić kawałek podszewki.

Jolanta Krawczyk

> Szanowna Pani,
> uprzejmie informujemy, że naprawa marynarki (zlecenie N-1187) została
> zakończona. Przesyłka została nadana kurierem DPD.
> Pozdrawiamy
> Pracownia Krawiecka"""),
("pl", "b75-aplikacja-buty-rozmiar-nie-zapisuje", "Kamil Wróbel <kamil.wrobel@example.pl>", "zmiana rozmiaru", "technical", "",
"""Hej, próbuję w aplikacji zmienić rozmiar butów z 43 na 44 przed
następną wysyłką, ale po kliknięciu "Zapisz" wyskakuje "Wystąpił błąd"
i zostaje 43. Android, aktualna wersja apki. Możecie to zmienić u
siebie albo naprawić?"""),
("pl", "b75-przymierzalnia-ar-czarny-ekran", "Natalia Bielecka <natalia.bielecka@example.pl>", "Wirtualna przymierzalnia", "technical", "",
"""Dzień dobry,
wirtualna przymierzalnia na Państwa stronie pokazuje mi tylko czarny
ekran. Zgoda na kamerę jest dana, kamera działa w innych aplikacjach.
Próbowałam na laptopie i na telefonie.
Natalia"""),
("pl", "b75-godziny-wigilia-krakow", "Janusz Pietrzyk <janusz.pietrzyk@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której będzie otwarty salon na Floriańskiej w Wigilię?
Chciałbym odebrać koszule, które były szyte na prezent.
Pozdrawiam"""),
("pl", "b75-podziekowania-pani-halina", "Elżbieta Nowak <elzbieta.nowak@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować pani Halinie z pracowni w Toruniu. Suknia
po mojej mamie, którą trzeba było całkiem przerobić na mnie, leży jak
ulał, a pani Halina zachowała nawet oryginalne koronki. Na weselu
wszyscy pytali, gdzie to robiłam.

Z serdecznymi pozdrowieniami
Elżbieta Nowak"""),
("pl", "b75-skarga-pracownik-salonu-kierownik", "Wojciech Borkowski <wojciech.borkowski@example.pl>", "Skarga na obsługę w salonie w Poznaniu", "general", "high",
"""Dzień dobry,

w sobotę byłem w salonie w Starym Browarze, żeby umówić miarę na
garnitur. Sprzedawca przez dziesięć minut mnie ignorował, rozmawiając z
kolegą, a kiedy poprosiłem o pomoc, powiedział, że "garnitury na miarę
to raczej nie na moją kieszeń" i że mogę "poszukać czegoś w
sieciówce". Wyszedłem upokorzony.

Proszę o kontakt kierownika salonu albo kogoś wyżej. Takie traktowanie
klientów jest niedopuszczalne.

Wojciech Borkowski
tel. 693 555 210"""),
("pl", "b75-spinki-zostawione-przymierzalnia", "Adrian Michalski <adrian.michalski@example.pl>", "Spinki do mankietów", "general", "",
"""Dzień dobry, we wtorek po przymiarce w salonie na Piotrkowskiej
zostawiłem chyba w przymierzalni srebrne spinki do mankietów z
granatowym oczkiem. Czy ktoś je znalazł? To pamiątka po dziadku.
Adrian"""),
("pl", "b75-paczkomat-zamiast-kuriera", "Kinga Zawadzka <kinga.zawadzka@example.pl>", "Dostawa zamówienia 61420", "general", "",
"""Dzien dobry, prosze o dostarczenie zamowienia do paczkomatu WAW123M
przy Pulawskiej zamiast pod adres domowy, bo caly tydzien jestem w
pracy. Dziekuje, Kinga"""),
("pl", "b75-zmiana-nazwiska-po-slubie", "Julia Kamińska <julia.kaminska@example.pl>", "Zmiana danych w koncie", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Pawłowska na Kamińska. Proszę o zmianę
nazwiska w moim koncie klienta i w karcie z wymiarami w pracowni. Adres
i telefon bez zmian.

Dziękuję,
Julia Kamińska"""),
("pl", "b75-rodo-kopia-danych", "Andrzej Szymański <andrzej.szymanski@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przesłanie kopii moich danych
osobowych przetwarzanych przez Państwa firmę, w tym wymiarów i zdjęć
wykonanych podczas miary w 2023 r., wraz z informacją o celu i okresie
ich przechowywania.

Z poważaniem
Andrzej Szymański"""),
("pl", "b75-sponsoring-siatkowka-juniorki", "UKS Iskra Siatkówka <uks.iskra@example.pl>", "Propozycja współpracy", "general", "",
"""Dzień dobry,

jesteśmy klubem siatkarskim z Bielska-Białej, trenujemy 26 dziewczyn w
wieku 12-16 lat. W nowym sezonie gramy w lidze wojewódzkiej i szukamy
sponsora. W zamian oferujemy logo na koszulkach meczowych, baner na hali
i informacje w naszych mediach społecznościowych.

Chętnie porozmawiamy.
Aneta Grabowska, trenerka"""),
("pl", "b75-dzien-otwarty-pokaz-tkanin", "Bartosz Lewicki <bartosz.lewicki@example.pl>", "Pokaz tkanin", "general", "",
"""Dzień dobry, widziałem na Facebooku, że w pracowni we Wrocławiu będzie
dzień otwarty z pokazem tkanin z angielskich manufaktur. Czy trzeba się
zapisać? I czy tego dnia można też zamówić miarę?"""),
("pl", "b75-porecz-schody-pracownia", "Teresa Wójcik <teresa.wojcik@example.pl>", "Schody do pracowni", "general", "high",
"""Dzień dobry,

byłam wczoraj na przymiarce w Państwa pracowni na pierwszym piętrze przy
ul. Długiej. Poręcz na schodach jest luźna, przy schodzeniu odchyliła
się razem ze mną i o mało nie spadłam. Mam 71 lat i chodzę z kijkiem.
Pani w pracowni powiedziała, że "tak już jest od dawna".

Bardzo proszę, żeby ktoś to naprawił, zanim ktoś się poważnie
połamie.

Teresa Wójcik"""),
("pl", "b75-re-zamowienie-30417-gdzie-paczka", "Rafal Gajewski <rafal.gajewski@example.pl>", "Re: Zamowienie 30417", "general", "",
"""Dzien dobry, minal kolejny tydzien i status dalej "w realizacji". Kiedy
w koncu wyjdzie paczka?
Rafal

> Dzień dobry,
> Pana zamówienie 30417 (dresy szkolne, 2 szt.) jest w trakcie
> kompletowania. Wysyłka planowana jest w ciągu 3-5 dni roboczych.
> Pozdrawiamy, Biuro Obsługi Klienta"""),
("pl", "b75-rozmiary-stroje-szkolne", "Monika Sikora <monika.sikora@example.pl>", "Rozmiary", "general", "",
"""Dzień dobry, czy rozmiary dresów szkolnych są według wzrostu czy
wieku? Córka ma 8 lat i 136 cm wzrostu, jest szczupła. Brać 134 czy
140? Czy Wasze rzeczy są raczej obszerne?
Pozdrawiam"""),
("pl", "b75-pilne-czy-szyjecie-suknie", "Ola Czarnecka <ola.czarnecka@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! czy szyjecie tez suknie wieczorowe na miare czy tylko
garnitury? mam wesele brata w sierpniu"""),
]
