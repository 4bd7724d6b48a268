# batch138.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them.  Kinds of business: home improvement 3 -- kitchen
# worktops, tilers, plasterers, staircase makers, shower enclosures, loft
# ladders, skylights.  The failure classes in new situations -- escalation
# demands that keep their topic, legal threats and chargebacks, negations,
# Greeklish, subjects that say nothing or something else, replies quoting
# an earlier mail, paid plans ended or paused in other words, outages of a
# business told by their consequences, safety hazards told calmly, praise,
# payment questions -- and everyday mail of all three queues.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b138-quartz-template-deposit", "Helen Pryce <helen.pryce@example.co.uk>", "Deposit", "billing", "",
"""Hi,

We paid a £450 deposit on 3 March for the Calacatta quartz worktops
(order KT-20417) and the template visit was booked for the 21st. Since
then my husband's job has moved and we've had to pull out of the house
purchase, so the kitchen isn't going ahead. Nobody has been out to
template yet and nothing has been cut.

Could you let me know how much of the deposit comes back and how long
it takes? It was paid on my Nationwide debit card.

Thanks,
Helen Pryce"""),
("en", "b138-shower-door-two-charges-dispute", "Derek Holloway <d.holloway@example.com>", "Two charges for one shower door", "billing", "high",
"""I ordered ONE frameless sliding shower door (60 inch, order #SE-88412)
and my Visa shows two charges of $1,289.00 on the same day. I called
twice, sat on hold for 40 minutes, and was told it would "drop off". It
has been 12 days and it hasn't.

If the duplicate charge is not refunded by Friday I am filing a dispute
with my card issuer and letting them sort it out.

Derek Holloway
Columbus, OH"""),
("en", "b138-invoice-company-vat-glasnevin", "Ciarán Ó Dúill <ciaran@oduillbuilders.example>", "Invoice for the Glasnevin job", "billing", "",
"""Hi there,

Could you reissue invoice 7731 for the tiling materials (adhesive, grout
and the 60x60 porcelain) with the company name and VAT number on it?
O Dúill Builders Ltd, VAT IE3312874RH. The one we got is made out to
me personally and the accountant won't accept it.

Go raibh maith agat,
Ciarán"""),
("en", "b138-bulk-vitrified-tiles-rate", "Rajesh Kumar <rajesh.kumar@example.in>", "Rate enquiry", "billing", "",
"""Dear Sir/Madam,

Kindly let me know the rate for 42 sq m of the 600x600 glossy vitrified
tiles (ivory shade) shown on your website. As the quantity is big, is
any discount possible for bulk order? Also please confirm whether GST
18% is included in the Rs. 68 per sq ft rate or will be added extra.

We are in Pune (Baner). Awaiting your reply.

Regards,
Rajesh Kumar"""),
("en", "b138-loft-ladder-refund-fair-trading", "Shane Whitford <shane.whitford@example.com.au>", "Refund for returned ladder", "billing", "high",
"""Hi,

I sent the timber loft ladder back three weeks ago (unopened, still
strapped) and the tracking shows it was delivered to your Brisbane
warehouse on the 4th and signed for by "K. Tran". The $389 refund still
hasn't shown up. Every time I ring I get told it's "with the returns
team".

If the money isn't back in my account this week I'm lodging a complaint
with the Office of Fair Trading. I've kept every email.

Shane Whitford
Toowoomba QLD"""),
("en", "b138-skylight-visits-father-passed", "Alison Whitaker <alison.whitaker@example.co.uk>", "Mr E. Whitaker - yearly visit", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my father, Edward Whitaker, of 9 Hollins
Close, Harrogate, who passed away in January. He had your yearly
skylight check and clean, £85 taken by direct debit each April.

The bungalow is being sold, so there is no need for anyone to come out
this year or after. Please stop the direct debit before the next one is
taken. I can send a copy of the death certificate if you need it.

Yours faithfully,
Alison Whitaker (daughter and executor)"""),
("en", "b138-re-staircase-quote-three-payments", "Paul Grant <paul.grant@example.co.uk>", "Re: Your quotation Q-2291 - oak staircase", "billing", "",
"""Thanks Mark. We're keen to go ahead. Before we sign, would you be
able to split it into three payments rather than 50% up front? Say a
third on order, a third when the strings and treads are in and the rest
on completion. Also, do you take card or is it bank transfer only?

Paul & Nicola Grant

-----Original Message-----
From: Mark Ellison <mark@ellison-stairs.example>
Sent: 12 May 10:42
Subject: Your quotation Q-2291 - oak staircase

> Dear Mr and Mrs Grant,
>
> Please find attached our quotation for the solid oak staircase with
> glass balustrade as discussed on site: £6,840.00 including VAT.
> We ask for a 50% deposit on order and the balance on completion.
>
> Kind regards,
> Mark Ellison"""),
("en", "b138-drywall-skim-extra-supervisor", "Tanya Ruiz <tanya.ruiz@example.com>", "Invoice #4471", "billing", "high",
"""Your crew did the drywall and skim coat in our basement last week. The
written quote was $3,200. The invoice you emailed is $4,050 - there's
an $850 line for "additional skim coat to ceiling" that nobody
mentioned to us before, during or after the job.

I've called the office twice and both times was told the invoice is
correct and that's that. It isn't. I want a supervisor or the owner of
the company to call me before I pay anything beyond the quoted amount.

Tanya Ruiz
(614) 555-0187"""),
("en", "b138-shower-tray-swap-size", "Gary Lomax <gary.lomax@example.co.uk>", "Order 55127", "billing", "",
"""Hiya, I ordered the 1200x800 slate effect shower tray but the builder
measured wrong (his words) and we need the 1000x800. Still in the box,
never opened. Can I swap it and get the difference back, or do I have
to return it and order again? Cheers, Gary"""),
("en", "b138-kilkenny-voucher-invalid", "Siobhán Kearney <siobhan.kearney@example.ie>", "voucher code", "billing", "",
"""hi got a €50 voucher at the open evening in the Kilkenny showroom, code
KILK50, but the website says invalid code when I try it on the worktop
order. It says valid till end of the month on the card. thanks"""),
("en", "b138-hello-care-plan-pause-dubai", "Rob Fenwick <rob.fenwick@example.co.uk>", "Hello", "billing", "",
"""Hello,

We've got the Worktop Care plan with you (the £9.99 a month one where
you send the oil and someone comes to re-treat the oak twice a year).

We're off to Dubai for a year with my job from September and the house
is being let out. Can we put the plan on hold for the 12 months rather
than cancel it? I don't imagine tenants will want to bother and I'd
rather not pay for visits no one's going to use.

Thanks,
Rob"""),
("en", "b138-teak-staircase-receipts-loan", "Meenakshi Iyer <meenakshi.iyer@example.in>", "Payment receipts required", "billing", "",
"""Dear Team,

I need stamped receipts for the two payments made for the teak
staircase at our Adyar flat (Rs. 1,85,000 on 2nd Feb and Rs. 95,000 on
19th March). My bank requires them for disbursement of the home
improvement loan. Kindly send the same by mail at the earliest.

Thanking you,
Meenakshi Iyer
Chennai"""),
("en", "b138-tiler-billed-three-days", "Kylie Barnes <kylie.barnes@example.com.au>", "Ensuite invoice", "billing", "",
"""Not a complaint about Josh, he did a top job on the ensuite and was
lovely to have around. It's the invoice - it says 3 days labour at
$520 a day but he was here Tuesday and Wednesday only (Wednesday he
left about 1). Can someone check and send a corrected one before I pay?

Thanks
Kylie, Wollongong"""),
("en", "b138-skylight-leak-small-claims", "Martin Cole <martin.cole@example.co.uk>", "SKYLIGHT LEAKING AGAIN", "technical", "high",
"""This is the third time I'm writing about this.

The skylight you fitted over our landing in February leaks every single
time it rains. Your engineer has been out twice, put some sealant round
it and left, and both times it was dripping again within the week. The
plaster round it is now stained and soft and there's a bucket on the
landing permanently.

If someone isn't here this week to fix it properly I'll be filing a
small claims case for the cost of the roof and ceiling repair. I have
photos of every leak and copies of every email.

Martin Cole"""),
("en", "b138-attic-ladder-hinge-sheared", "Linda Marsh <linda.marsh@example.com>", "Attic ladder", "technical", "high",
"""Hi,

Wanted to let you know about the folding attic ladder we bought from
you in October (the FL-300 steel one).

On Saturday my husband was going up with a box of Christmas decorations
and the bolt on the left hinge sheared off, so the bottom section folded
under him. He slid down a few rungs onto the hallway floor. Bruised hip,
nothing worse, he's fine. We've closed the hatch and nobody is using it.
Our neighbor had a look and thinks the other hinge bolt is bent as well.

Could you tell us what to do next? We'd rather not use it until someone
has checked it.

Linda Marsh
Grand Rapids, MI"""),
("en", "b138-shower-panel-shattered-night", "Rhys Morgan <rhys.morgan@example.co.uk>", "Walk-in shower panel", "technical", "high",
"""Bit of a strange one. About 2am last night we heard a bang and found
the fixed glass panel of the walk-in shower had shattered on its own -
nobody was in the bathroom, nothing touched it. Little cubes of glass
all over the floor and in the tray.

We've swept up what we can and shut the door as we've got a toddler. It
was fitted by your team in November. Could someone come and look, and
tell us whether the other panel is safe to be near?

Rhys Morgan, Cardiff"""),
("en", "b138-roof-window-rain-sensor", "Declan Fahy <declan.fahy@example.ie>", "Roof window not closing in rain", "technical", "",
"""The electric roof window over the kitchen table doesn't close by itself
any more when it starts to rain, the rain sensor doesn't seem to do
anything. If I press close on the remote it closes grand. Table got
soaked twice this week. Is there a reset or does someone need to look
at it? Declan"""),
("en", "b138-grout-cracking-no-refund", "Suresh Nair <suresh.nair@example.in>", "Tiling work done at our flat", "technical", "",
"""Dear Sir,

I am not asking for a refund. The bathroom tiling was done by your
tiler on 5th of this month. Within three weeks the grout lines on the
floor have started cracking and four tiles near the drain sound hollow
when tapped. Water is also collecting in one corner instead of going to
the drain.

Kindly send the tiler back to redo the affected portion at the
earliest.

Regards,
Suresh Nair
Kochi"""),
("en", "b138-stairs-creak-not-bill", "Brendan Walsh <brendan.walsh@example.com.au>", "Stairs", "technical", "",
"""This isn't about the bill - paid in full and happy to. But three of the
treads on the new staircase creak like mad (4th, 5th and 9th from the
bottom), to the point the kids wake up when one of us goes up late.
They were silent for the first fortnight. Could your joiner come back
and have a look?

Cheers, Brendan"""),
("en", "b138-visualizer-crash-photo", "Amy Sorensen <amy.sorensen@example.com>", "app keeps crashing", "technical", "",
"""Your countertop visualizer app crashes every time I upload a photo of
my kitchen. iPhone 13, latest iOS, reinstalled it twice. Tried a
smaller photo too. It gets to "analyzing" and closes."""),
("en", "b138-portal-reset-email-missing", "Joanne Patel <joanne.patel@example.co.uk>", "Can't log in", "technical", "",
"""I've tried "forgot password" four times on the customer portal and the
reset email never comes. Checked spam and junk. I just want to see my
fitting date. Joanne"""),
("en", "b138-guesthouse-enclosures-ceilings", "Trevenna House <stay@trevennahouse.example>", "Rooms 2, 4 and 5", "technical", "high",
"""Hello,

Your team fitted new shower enclosures in three of our en-suites three
weeks ago. Since Thursday water has been coming through the ceiling of
the breakfast room and of room 1 underneath. We've had to move the
guests out of rooms 1, 2, 4 and 5 and we've put buckets in the
breakfast room. We're fully booked for the bank holiday weekend and at
the moment I'm having to ring people to tell them not to come.

Can someone please get here today or tomorrow.

Jenny Penrose
Trevenna House, St Ives"""),
("en", "b138-trade-account-crews-idle", "Dispatch <dispatch@mesatile.example>", "trade account", "technical", "high",
"""Since 6:30 this morning your trade app and the website both say
"account unavailable" when we try to place pickup orders. I've got four
crews on three jobs sitting around waiting for thinset and tile we
can't order, and the branch says they can't put orders through for us
either until it's fixed on your end.

Account MT-00412. Please call me on (480) 555-0139.

Ray Delgado
Mesa Tile & Stone"""),
("en", "b138-plaster-still-damp-painter", "Orla Byrne <orla.byrne@example.ie>", "Front room plaster", "technical", "",
"""Hi, the new plaster in the front room still hasn't dried after four
weeks. There are dark patches under the window and a few bubbles coming
up near the skirting. The painter is booked for Monday week. Is this
normal for this time of year or is something wrong with it? Should I
cancel him?

Orla Byrne
Drogheda"""),
("en", "b138-gas-smell-after-drylining", "Fiona Reid <fiona.reid@example.co.uk>", "Kitchen wall", "technical", "high",
"""Hello,

Your plasterers finished dry-lining the kitchen wall on Thursday. Since
Friday there's been a faint smell of gas in the corner by the boiler,
a bit stronger when the heating comes on. I've turned the gas off at
the meter and the children are staying at my sister's for now.

I'm wondering whether one of the screws for the boards has gone into the
pipe that runs behind there. Could someone from your team ring me today
please? 07700 900412.

Fiona Reid
Dundee"""),
("en", "b138-skylight-blind-grinding", "Nigel Harper <nigel.harper@example.co.uk>", "Bedroom skylight blind", "technical", "",
"""Morning,

The blackout blind on the bedroom skylight has started making an awful
grinding noise and stops halfway. Tried the reset on the remote. My
wife will kill me if it's not sorted before her mother comes to stay on
the 20th, so any chance an engineer could pop round before then?

Nigel"""),
("en", "b138-leicester-bank-holiday", "Priya Chauhan <priya.chauhan@example.co.uk>", "Bank holiday", "general", "",
"""Is the Leicester showroom open on bank holiday Monday? We want to come
and look at worktops."""),
("en", "b138-plasterers-praise-hall", "Maureen Gallagher <maureen.gallagher@example.ie>", "Darren and Paddy", "general", "",
"""Just a short note to say the two lads who skimmed our hall and
landing last week, Darren and Paddy, were a credit to you. Dust sheets
down everywhere, hoovered before they left each day, and they even
carried my shopping in from the car. The walls are like glass.

Please pass on our thanks.
Maureen and Tom Gallagher, Mullingar"""),
("en", "b138-fitter-smoking-owner", "Carol Dunn <carol.dunn@example.com>", "Your installer at my mother's house", "general", "high",
"""This isn't about money and I don't want anything knocked off.

Your installer came to my mother's house on Tuesday to fit the
countertops. He smoked on her back porch the whole afternoon, flicked
the butts into her flowerbed, and when she (she is 81) politely asked
him not to, he told her to "mind her own business" and turned his music
up.

I want the owner of the company to call me personally. Not customer
service. Mom is still upset about it.

Carol Dunn
Knoxville, TN"""),
("en", "b138-update-mobile-address", "Anand Rao <anand.rao@example.in>", "Updation of contact details", "general", "",
"""Dear Sir/Madam,

Kindly update my mobile number in your records from 98440 21987 to
98450 12763. Also our address has changed to Flat 402, Sai Krupa
Apartments, ITPL Main Road, Whitefield, Bengaluru 560066.

Customer ID: SKL-22091.

Thanks and regards,
Anand Rao"""),
("en", "b138-glasses-left-parramatta", "Beverley Tran <bev.tran@example.com.au>", "Left my glasses", "general", "",
"""Hi there, I think I left my reading glasses (red frames in a black
case) on the counter at your Parramatta showroom on Saturday afternoon
when we were looking at benchtops. Has anyone handed them in? I can
pick them up any day. Thanks, Bev"""),
("en", "b138-worktop-delivery-farm-lane", "Hugh Pritchard <hugh.pritchard@example.co.uk>", "Thursday delivery", "general", "",
"""Hello,

Our worktops are due on Thursday. Just to warn you, the lane up to the
farm is single track with a hairpin and a big lorry won't get round it.
If the driver rings me when he gets to the chapel at the bottom
(07700 900733) I'll come down with the tractor and trailer and we can
move them across there. Please make sure the driver knows before he
sets off.

Hugh Pritchard
Llanfair Farm, Powys"""),
("en", "b138-subject-access-request", "Daniel Okafor <daniel.okafor@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am requesting a copy of all personal
data you hold about me, including call recordings, notes and the
source from which you obtained my mobile number. I have received
several sales calls about kitchen worktops from your company although
I have never been a customer.

Name: Daniel Okafor
Address: 27 Brompton Road, Gillingham ME7 5QT
Mobile: 07700 900856

I look forward to your response within one month.

Daniel Okafor"""),
("en", "b138-little-league-sponsor", "Coach Mike Reyes <coachmike@example.com>", "Sponsorship - Westside Little League", "general", "",
"""Hi folks,

I coach the Westside Little League Tigers (ages 9-10) here in
Sacramento. We're looking for a local business to sponsor the team's
shirts this season, the sponsor's logo goes on the back and on the
banner at the field. Would your company be interested? Happy to send
details.

Thanks,
Mike Reyes"""),
("en", "b138-showroom-display-tread-chin", "Laura Bishop <laura.bishop@example.co.uk>", "Saturday at your Chelmsford showroom", "general", "high",
"""Hello,

On Saturday at your Chelmsford showroom my son (6) went up the display
staircase at the back. One of the treads wasn't fixed down and tipped
under him, he fell forward and split his chin on the edge of the next
step. Three stitches at A&E.

Your staff were kind and got us the first aid kit, but the step was
still loose and the staircase wasn't roped off when we left. I'd like
to know it has been fixed before another child goes up it.

Laura Bishop"""),
("en", "b138-cork-tiling-workshop", "Eimear Lynch <eimear.lynch@example.ie>", "Tiling workshop", "general", "",
"""Hi, do you still do the Saturday morning tiling workshops for
beginners? When's the next one in Cork and do I need to bring anything
with me? Thanks a million, Eimear"""),
("en", "b138-question-hatch-size", "Graham Stokes <graham.stokes@example.co.uk>", "Question", "general", "",
"""Will your standard aluminium loft ladder fit a hatch opening of
560 x 710 mm? Floor to ceiling is 2.45 m.

G. Stokes"""),
("en", "b138-urgent-dog-geelong", "Jess McKenzie <jess.mckenzie@example.com.au>", "URGENT!!!", "general", "",
"""can I bring my dog into the Geelong showroom tomorrow?? he's a little
cavoodle and very well behaved, it's meant to be 38 and I'm not leaving
him in the car. we're coming to pick the tiles for the laundry"""),
("en", "b138-re-fitting-start-time", "Sarah Whitmore <sarah.whitmore@example.co.uk>", "Re: Fitting confirmation - Tuesday 14th", "general", "",
"""Thanks for this. Would it be possible for the fitters to come at 9:15
instead of 8? I do the school run and there'll be nobody in to let them
in until then. If not I'll leave a key with next door (number 18).

Sarah

On Fri, 10 May at 16:02, Fitting Team <fitting@greenfieldkitchens.example> wrote:
> Dear Mrs Whitmore,
>
> We are pleased to confirm that your worktops will be fitted on
> Tuesday 14th May. Our fitters will arrive at 8:00am and the job is
> expected to take one day. Please make sure the base units are clear.
>
> Greenfield Kitchens Fitting Team"""),
("en", "b138-pushy-sales-executive", "Kavita Menon <kavita.menon@example.in>", "Feedback on your sales executive", "general", "",
"""Hello,

Your sales executive came on Sunday to take measurements for the shower
enclosure. He was on time and knew his work, but he kept pressuring us
to book "today itself" for the offer and would not leave till we said
we'd think about it. My father-in-law found it quite uncomfortable.

No action needed from our side, just please let him know this is not
the way to treat customers.

Kavita Menon, Hyderabad"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b138-gl-prokatavoli-pagkos-xalazia", "Dimitris Karalis <dim.karalis@example.gr>", "prokatavoli", "billing", "",
"""Kalispera sas,

dwsame prokatavoli 400 eurw gia ton pagko xalazia (paraggelia 3319)
prin 2 evdomades. Telika o pe8eros mou vrhke pagko apo gnwsto tou kai
8a to akyrwsoume. Den exei er8ei akoma kaneis gia metrhseis, den exei
kopei tipota.

Mporeite na mou epistrepsete thn prokatavoli? Thn eixa plhrwsei me
karta Eurobank.

Eyxaristw
Dimitris"""),
("el", "b138-kampina-dipli-xreosi-amfisvitisi", "Βασιλική Μαυρίδου <vasiliki.mavridou@example.gr>", "Διπλή χρέωση - παραγγελία 58127", "billing", "high",
"""Καλησπέρα σας,

Στις 14/5 αγόρασα από το ηλεκτρονικό σας κατάστημα καμπίνα ντουζιέρας
90x90 (παραγγελία 58127) και η κάρτα μου χρεώθηκε δύο φορές από
389,00 €. Σας έστειλα email πριν από δέκα μέρες και δεν πήρα καμία
απάντηση, ούτε στο τηλέφωνο σηκώνει κανείς.

Αν δεν επιστραφεί η δεύτερη χρέωση μέχρι την Παρασκευή, θα κάνω
αμφισβήτηση της συναλλαγής στην τράπεζά μου.

Βασιλική Μαυρίδου
Θεσσαλονίκη"""),
("el", "b138-timologio-anti-apodeixis-skala", "Κωστας Τσιρος <k.tsiros@tsiros-oe.example>", "Τιμολογιο αντι για αποδειξη", "billing", "",
"""Καλησπερα,

για την παραγγελια 60412 (σκαλα σοφιτας αλουμινιου) μου κοψατε
αποδειξη λιανικης ενω χρειαζομαι τιμολογιο για την εταιρεια.
Στοιχεια: ΤΣΙΡΟΣ ΟΕ, ΑΦΜ 099812345, ΔΟΥ Λαρισας, Ηρωων Πολυτεχνειου
18, Λαρισα.

Γινεται να ακυρωθει η αποδειξη και να εκδοθει τιμολογιο;

Ευχαριστω
Κωστας Τσιρος"""),
("el", "b138-gl-doseis-skala-pistotiki", "Nikos Vlachos <nikosvl@example.gr>", "doseis", "billing", "",
"""Geia sas, mporw na plirwsw th skala (3.600 e) se doseis me pistwtikh?
Poses atokes dinete? Kai xreiazetai prokatavolh me metrhta h mpainei
oloklhro sthn karta? Nikos"""),
("el", "b138-symvolaio-fegiton-oikos-eugirias", "Γιάννης Ζαχαρίου <g.zachariou@example.gr>", "Συμβόλαιο συντήρησης - Ελένη Ζαχαρίου", "billing", "",
"""Καλημέρα σας,

Η μητέρα μου, Ελένη Ζαχαρίου, έχει συμβόλαιο ετήσιας συντήρησης για
τους δύο φεγγίτες του σπιτιού της στο Χαλάνδρι (60 € τον χρόνο με
πάγια εντολή από την Alpha Bank).

Από τον Μάρτιο μένει μόνιμα σε οίκο ευγηρίας και το σπίτι θα μείνει
κλειστό μέχρι να αποφασίσουμε τι θα κάνουμε. Σας παρακαλώ να
σταματήσει το συμβόλαιο και η πάγια χρέωση από εδώ και πέρα.
Επισυνάπτω την εξουσιοδότηση που μου έχει υπογράψει.

Με εκτίμηση,
Γιάννης Ζαχαρίου"""),
("el", "b138-epistrofi-koutia-plakakia-patra", "Σταυρούλα Ανδρικοπούλου <stavroula.andr@example.gr>", "Επιστροφή πλακακιών", "billing", "",
"""Καλησπέρα,

μου περίσσεψαν 4 κούτια από τα πλακάκια 30x60 γκρι ματ (κωδικός
44710), κλειστά όπως ήρθαν. Μπορώ να τα φέρω στο κατάστημα της Πάτρας
και να πάρω πίσω τα χρήματα; Η απόδειξη είναι από 20 Απριλίου.

Ευχαριστώ,
Σταυρούλα"""),
("el", "b138-sovatzis-epipleon-ypeuthynos", "Αλέξανδρος Κουτσούρης <alex.koutsouris@example.gr>", "Υπενθύμιση οφειλής που δεν οφείλω", "billing", "high",
"""Κύριοι,

Συμφωνήσαμε γραπτώς 1.450 € για το σοβάτισμα δύο δωματίων στο σπίτι
μου στο Περιστέρι. Την τελευταία μέρα ο σοβατζής σας μου ζήτησε
1.750 €, λέγοντας ότι μπήκαν "έξτρα υλικά". Κανείς δεν με ενημέρωσε
ούτε πριν ούτε κατά τη διάρκεια της δουλειάς.

Πλήρωσα τα 1.450 € που συμφωνήσαμε και αρνήθηκα τα υπόλοιπα. Τώρα μου
στέλνετε υπενθύμιση οφειλής για 300 €. Ζητώ να με καλέσει ο υπεύθυνος
της εταιρείας, όχι το λογιστήριο, για να το λύσουμε.

Αλέξανδρος Κουτσούρης
6944 123 456"""),
("el", "b138-gl-re-prosfora-metrhta-ekptosi", "Marina Stefanou <marina.stef@example.gr>", "Re: Προσφορά για πάγκο κουζίνας", "billing", "",
"""Kalhmera k. Stavrou,

an plhrwsoume olo to poso mprosta me trapeziki metafora, yparxei kapoia
ekptwsh? Kai ta 1.980 einai me FPA h xwris?

Eyxaristw,
Marina

---
Από: Πάγκοι Σταύρου <info@stavrou-pagkoi.example>
Ημερομηνία: Τρίτη 9 Απριλίου
> Αγαπητή κα Στεφάνου,
> σας στέλνουμε την προσφορά μας για πάγκο compact 12mm, μήκους 3,20μ.,
> με κοπή για νεροχύτη και εστίες: 1.980 €. Η προσφορά ισχύει 30 ημέρες.
> Με εκτίμηση, Γ. Σταύρου"""),
("el", "b138-erotisi-dorokarta-ekthesi", "Ρένα Παπαθανασίου <rena.papath@example.gr>", "Ερώτηση", "billing", "",
"""Γεια σας. Στην έκθεση στο Μαρούσι μας δώσατε δωροεπιταγή 50 € για
αγορές πάνω από 500 €. Βάζω τον κωδικό στο e-shop για τον πάγκο και
λέει "μη έγκυρος κωδικός". Μήπως ισχύει μόνο στα καταστήματα;"""),
("el", "b138-skala-sofitas-epistrofi-synigoros", "Θεόδωρος Λιάκος <theodoros.liakos@example.gr>", "Επιστροφή χρημάτων - σκάλα σοφίτας", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 2 Απριλίου επέστρεψα στο κατάστημά σας στο Ηράκλειο τη σκάλα
σοφίτας που είχα αγοράσει (κλειστή στη συσκευασία της) και ο υπάλληλος
μου είπε ότι τα 289 € θα επιστραφούν στην κάρτα μου μέσα σε 10 μέρες.
Έχει περάσει πάνω από μήνας. Έχω τηλεφωνήσει τρεις φορές.

Αν μέχρι το τέλος της εβδομάδας δεν έχω τα χρήματά μου, θα απευθυνθώ
στον Συνήγορο του Καταναλωτή με όλα τα αποδεικτικά.

Θεόδωρος Λιάκος"""),
("el", "b138-gl-care-plan-xylinos-pagkos-monaxo", "Eleni Routsi <eleni.routsi@example.gr>", "care plan pagkou", "billing", "",
"""Kalhmera,

exoume to "Care plan" gia ton xylino pagko ths kouzinas (8,90 to mhna,
erxetai o texnikos 2 fores to xrono na ton ladwsei). Fevgoume gia
Monaxo ton Septemvrio gia douleia tou antra mou kai to diamerisma to
dinoume. Den 8a to xreiastoume allo. Pws to stamatame? Na steilw kati
yperografo h ftanei auto to mail?

Eleni Routsi"""),
("el", "b138-allagi-kampinas-80-se-90", "Μιχάλης Δρόσος <m.drosos@example.gr>", "Αλλαγή καμπίνας", "billing", "",
"""Καλησπέρα σας,

αγόρασα πριν από μια εβδομάδα καμπίνα 80x80 με γωνιακή είσοδο
(κωδ. ΚΝ-8080), αλλά ο υδραυλικός μου λέει ότι χωράει άνετα 90x90 και
θα ήθελα την αλλαγή. Είναι στη συσκευασία της, δεν έχει ανοιχτεί.
Πόση είναι η διαφορά να την πληρώσω και μπορώ να κάνω την αλλαγή στο
κατάστημα της Λάρισας;

Μιχάλης Δρόσος"""),
("el", "b138-gl-kampina-fthinoteri-diafora", "Giorgos Pappas <gpappas88@example.gr>", "timh kampinas", "billing", "",
"""Geia sas, thn idia kampina pou phra prin 5 meres sta 420 twra thn
vlepw sto site 339 me prosfora. Ginetai na parw pisw th diafora h prepei
na thn epistrepsw kai na thn xanagorasw? :) H kampina einai akoma
sto kouti.
Giorgos"""),
("el", "b138-gl-fegitis-trexei-nera", "Christina Lazou <christina.lazou@example.gr>", "fegitis", "technical", "",
"""Kalhspera,

o fegitis (parathyro orofhs) pou mas topo8ethsate ton Dekemvrio sto
paidiko dwmatio trexei nera apo thn panw gwnia otan vrexei dynata.
Exoume valei kouva apo katw kai metakinhsame to krevati. Pote mporei
na er8ei texnikos na to dei?

Christina, Kifisia"""),
("el", "b138-skala-sofitas-elatirio-epese", "Ευάγγελος Μπούρας <vangelis.mpouras@example.gr>", "Σκάλα σοφίτας - σπασμένο ελατήριο", "technical", "high",
"""Καλημέρα σας,

Σας γράφω για την πτυσσόμενη σκάλα σοφίτας που μας τοποθετήσατε τον
Φεβρουάριο. Χθες το απόγευμα, όταν ανοίξαμε το καπάκι, έσπασε το ένα
από τα δύο ελατήρια και η σκάλα κατέβηκε με όλο της το βάρος μέχρι το
πάτωμα. Ο γιος μου (9 χρονών) ήταν στον διάδρομο και πέρασε δίπλα της
κυριολεκτικά μισό μέτρο.

Δεν χτύπησε κανείς. Την έχουμε δέσει με σχοινί κλειστή και δεν την
ακουμπάμε. Θα ήθελα να έρθει κάποιος να τη δει το συντομότερο.

Ευάγγελος Μπούρας
Βόλος"""),
("el", "b138-kampina-porta-vgike-odigo", "Αθηνά Κυριακίδου <athina.kyriakidou@example.gr>", "Συρόμενη πόρτα καμπίνας", "technical", "high",
"""Καλησπέρα.

Η συρόμενη γυάλινη πόρτα της καμπίνας που μας βάλατε πριν από δύο
μήνες βγήκε από τον πάνω οδηγό ενώ έβγαινε η κόρη μου από το μπάνιο
και έγειρε πάνω της. Ευτυχώς την κράτησε και δεν έσπασε το γυαλί, έχει
μόνο μια μελανιά στον ώμο.

Την έχουμε στηρίξει στον τοίχο και χρησιμοποιούμε το άλλο μπάνιο. Τα
ροδάκια στο πάνω μέρος μου φαίνονται λυγισμένα. Παρακαλώ στείλτε
κάποιον να τη δει.

Αθηνά Κυριακίδου"""),
("el", "b138-plakakia-koufia-den-thelo-lefta", "Παναγιωτης Σαββιδης <p.savvidis@example.gr>", "Πλακακια μπανιου", "technical", "",
"""Καλησπερα σας.

Δεν θελω τα λεφτα μου πισω, θελω να ξαναερθει ο τεχνιτης να το
φτιαξει σωστα. Τα πλακακια στον τοιχο της ντουζιερας ακουγονται
κουφια και δυο απο αυτα εχουν ηδη ξεκολλησει απο πανω. Η δουλεια εγινε
πριν απο ενα μηνα.

Παναγιωτης Σαββιδης, Καλαμαρια"""),
("el", "b138-gl-3d-sxediasmos-den-fortwnei", "Anna Georgiou <anna.georgiou@example.gr>", "3D sxediasmos", "technical", "",
"""To ergaleio 3D sxediasmou gia th kouzina sto site sas den fortwnei,
menei sto 80% kai meta vgazei "sfalma". Dokimasa se Chrome kai Firefox
kai apo to kinhto. Thelw na dw pws 8a einai o pagkos me ta ntoulapia
prin paragkeilw."""),
("el", "b138-logariasmos-kleidothike", "Σοφία Αντωνίου <sofia.antoniou@example.gr>", "Δεν μπορώ να μπω στον λογαριασμό", "technical", "",
"""Καλησπέρα, έβαλα λάθος κωδικό τρεις φορές και ο λογαριασμός μου
κλειδώθηκε. Το "ξέχασα τον κωδικό" μου στέλνει SMS αλλά ο κωδικός
που έρχεται δεν γίνεται δεκτός. Θέλω να δω την κατάσταση της
παραγγελίας για τη σκάλα. Ευχαριστώ, Σοφία"""),
("el", "b138-priza-zestainetai-meta-sova", "Χρήστος Παπαγεωργίου <christos.papag@example.gr>", "Πρίζα στο σαλόνι", "technical", "high",
"""Καλημέρα σας,

Την περασμένη εβδομάδα τα συνεργεία σας σοβάτισαν τον τοίχο του
σαλονιού και έβαλαν ξανά τις πρίζες. Από χθες η μεσαία πρίζα ζεσταίνεται
όταν είναι αναμμένη η τηλεόραση και μυρίζει καμένο πλαστικό. Κατέβασα
την ασφάλεια αυτού του κυκλώματος και δεν χρησιμοποιούμε τίποτα σε
εκείνο τον τοίχο.

Φοβάμαι μήπως πιάστηκε κάποιο καλώδιο μέσα στον σοβά. Μπορεί να
έρθει κάποιος σήμερα ή αύριο;

Χρήστος Παπαγεωργίου
Ιωάννινα"""),
("el", "b138-platforma-b2b-synergeia-perimenoun", "Τεχνική Ρήγας <info@rigas-techniki.example>", "Πλατφόρμα παραγγελιών", "technical", "high",
"""Καλημέρα,

Από τις 7 το πρωί δεν μπορούμε να μπούμε στην πλατφόρμα επαγγελματικών
παραγγελιών σας, βγάζει "σφάλμα σύνδεσης" σε όλους τους χρήστες της
εταιρείας μας. Έχουμε τρία συνεργεία πλακάδων σε εργοτάξια στην
Καλαμαριά και στην Πυλαία που περιμένουν κόλλες και αρμόστοκο, και το
ξενοδοχείο που φτιάχνουμε παραδίδεται τη Δευτέρα. Το κατάστημα λέει
ότι χωρίς την πλατφόρμα δεν μπορεί να κόψει παραγγελία.

Κωδικός πελάτη: ΕΠ-2207
Νίκος Ρήγας, 2310 555 014"""),
("el", "b138-gl-pagkos-ragise-esties", "Katerina Mpaka <katerina.mpaka@example.gr>", "KATASTROFH!!!", "technical", "",
"""KATASTROFH!!! o kainourgios pagkos (quartz, lefkos) ragise dipla stis
esties, mia grammh 15 ek. apo thn gwnia tou kopsimatos mexri to
xeilos. Den epesen tipota epanw tou, apla to eidame to prwi. Ton
exoume 2 evdomades. Ti kanoume twra? Na steilw fwtografies?

Katerina"""),
("el", "b138-skala-trizei-oxi-pliromi", "Ιωάννα Μελετίου <ioanna.meletiou@example.gr>", "Ξύλινη σκάλα", "technical", "",
"""Καλησπέρα σας,

δεν είναι θέμα πληρωμής, όλα εξοφλήθηκαν κανονικά και είμαστε πολύ
ευχαριστημένοι με την εμφάνιση της σκάλας. Όμως από τότε που άνοιξε
το καλοριφέρ τρίζουν έντονα τρία σκαλοπάτια (το 3ο, το 7ο και το 8ο) και
ένα έχει αρχίσει να ανοίγει αρμό στο πλάι. Θα μπορούσε να έρθει ο
μάστορας να το δει;

Ιωάννα Μελετίου, Γλυφάδα"""),
("el", "b138-sovas-fouskonei-ygrasia", "Σπύρος Καλλέργης <spyros.kallergis@example.gr>", "Σοβάς", "technical", "",
"""Ο καινούργιος σοβάς στον τοίχο του υπνοδωματίου (αυτός που βλέπει
βόρεια) έχει αρχίσει να φουσκώνει και να ξεφλουδίζει κάτω από το
παράθυρο, σε περίπου ένα τετραγωνικό. Η δουλειά έγινε τον Οκτώβριο.
Είναι υγρασία από έξω ή κάτι δεν έγινε σωστά; Πότε μπορεί να περάσει
κάποιος;

Σπύρος Καλλέργης"""),
("el", "b138-gl-ntouziera-trexei-dikigoros", "Vasilis Tzanis <vasilis.tzanis@example.gr>", "ntouziera - 4h fora", "technical", "high",
"""Kalhspera,

auth einai h tetarth fora pou sas grafw. H ntouziera pou mas valate
ton Genaraio vgazei nera sto patwma apo thn katw meria ths portas. Oi
texnikoi sas hr8an 3 fores, allaxan lastixa, evalan silikonh, kai
pali ta idia. To parketo ston diadromo exei fouskwsei.

An den erthei kapoios na to ftiaxei kanonika mexri telos tou mhna, to
dinw ston dikhgoro mou kai 8a zhthsw kai ta xrhmata gia to parketo.

Vasilis Tzanis
Patra"""),
("el", "b138-fegitis-tilexeiristirio", "Ελπίδα Ραφαηλίδου <elpida.rafailidou@example.gr>", "Ηλεκτρικός φεγγίτης", "technical", "",
"""Καλησπέρα σας, ο ηλεκτρικός φεγγίτης στη σοφίτα δεν ανοίγει πια από
το τηλεχειριστήριο. Άλλαξα μπαταρίες, το λαμπάκι στο τηλεχειριστήριο
ανάβει, αλλά ο φεγγίτης δεν κάνει τίποτα. Από τον διακόπτη στον τοίχο
ανοίγει κανονικά. Τι μπορεί να φταίει;

Ελπίδα"""),
("el", "b138-orario-savvato-irakleio", "Μανώλης Χατζάκης <manolis.chatzakis@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, τι ώρα κλείνει η έκθεση στο Ηράκλειο το Σάββατο; Θέλουμε να
έρθουμε να δούμε πάγκους μετά τη δουλειά."""),
("el", "b138-gl-eyxaristies-plakas-mpampis", "Fotini Karra <fotini.karra@example.gr>", "eyxaristoume", "general", "",
"""Kalhmera sas,

8elame na poume ena megalo eyxaristw ston k. Mpampi ton plaka pou
ekane to mpanio mas sto Peristeri. Poly kalos mastoras, katharos,
synephs sthn wra tou, kai mas e3hghse ta panta gia to pws na
katharizoume tous armous. To mpanio egine kouklaki!

Fotini kai Tasos"""),
("el", "b138-technitis-agenis-diefthyntis", "Δημοσθένης Αργυρίου <d.argyriou@example.gr>", "Συμπεριφορά του τεχνίτη σας", "general", "high",
"""Κύριοι,

Το θέμα μου δεν είναι ούτε η δουλειά ούτε τα χρήματα. Την Πέμπτη ο
τεχνίτης σας που ήρθε να τοποθετήσει τον πάγκο φώναξε στη γυναίκα μου
μπροστά στα παιδιά μας επειδή του ζήτησε να βγάλει τα λασπωμένα
παπούτσια του, και της μίλησε με τρόπο που δεν θα επιτρέψω σε κανέναν.

Ζητώ να μου τηλεφωνήσει ο διευθυντής της εταιρείας προσωπικά.

Δημοσθένης Αργυρίου
6977 456 120"""),
("el", "b138-allagi-email-tilefonou", "Ευτυχια Νικολαου <eftychia.nikolaou@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα σας,
παρακαλω αλλαξτε το email μου σε eftychia.nikolaou@example.gr και το
κινητο σε 6945 778 210. Το παλιο κινητο δεν το εχω πια.
Αριθμος πελατη 118204.
Ευχαριστω
Ευτυχια Νικολαου"""),
("el", "b138-gl-xexasa-kleidia-ekthesi", "Thanasis Doukas <thanasis.doukas@example.gr>", "kleidia", "general", "",
"""Geia sas, mallon ksexasa ena matso kleidia (me mprelok sxhma mpala
mpasket) sthn ek8esh sas sthn Peiraiws to Sabbato, ekei pou koitazame
tis skales. Ta vrhkate kamia fora? Thanasis, 6932 110 874"""),
("el", "b138-paradosi-pagkou-4os-orofos", "Ρούλα Μιχαηλίδου <roula.michailidou@example.gr>", "Παράδοση πάγκου Τετάρτη", "general", "",
"""Καλησπέρα σας,

ο πάγκος μας (3,10 μ.) έρχεται την Τετάρτη. Να ξέρετε ότι μένουμε στον
4ο όροφο σε πολυκατοικία χωρίς ασανσέρ, με στενή σκάλα, και στον δρόμο
(Αγίου Δημητρίου 14, Νέα Σμύρνη) δεν σταματάει εύκολα φορτηγό. Μπορεί
ο οδηγός να με πάρει τηλέφωνο μισή ώρα πριν για να του κρατήσω θέση
μπροστά στην είσοδο;

Ρούλα, 6936 220 418"""),
("el", "b138-gdpr-diagrafi-dedomenon", "Λεωνίδας Φραγκιαδάκης <leonidas.fr@example.gr>", "Αίτημα διαγραφής προσωπικών δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων από τα
αρχεία σας και τη διακοπή κάθε διαφημιστικής επικοινωνίας (email,
SMS). Ήμουν πελάτης σας το 2021.

Παρακαλώ επιβεβαιώστε εγγράφως την ολοκλήρωση της διαγραφής.

Λεωνίδας Φραγκιαδάκης
Χανιά"""),
("el", "b138-xorigia-akadimia-basket-volos", "Α.Σ. Αργοναύτες Βόλου <info@argonautes-volou.example>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Αθλητικός Σύλλογος Αργοναύτες Βόλου έχει ακαδημία μπάσκετ με 120
παιδιά από 6 έως 16 ετών. Για τη νέα σεζόν αναζητούμε χορηγό για τις
φανέλες των τμημάτων μας και ένα πανό στο κλειστό γυμναστήριο της Νέας
Ιωνίας. Θα χαρούμε να σας στείλουμε την πρόταση αναλυτικά.

Με εκτίμηση,
Γιώργος Σακελλαρίου
Ταμίας"""),
("el", "b138-ekthesi-larisa-spasmeno-skali", "Ευανθία Τζιόλα <evanthia.tziola@example.gr>", "Το σκαλί στην είσοδο της έκθεσης", "general", "high",
"""Καλησπέρα,

Στην είσοδο της έκθεσής σας στη Λάρισα (οδός Φαρσάλων) λείπει ένα
μεγάλο κομμάτι από την άκρη του δεύτερου σκαλιού και δεν φαίνεται
καθόλου γιατί είναι ίδιο χρώμα με το υπόλοιπο. Η μητέρα μου, 74 ετών,
πάτησε στο κενό το Σάββατο και έπεσε μπροστά. Ευτυχώς μόνο γδάρθηκαν
τα γόνατά της.

Δεν ζητάω αποζημίωση, θέλω να φτιαχτεί ή τουλάχιστον να σημανθεί πριν
χτυπήσει κάποιος άλλος πιο άσχημα.

Ευανθία Τζιόλα"""),
("el", "b138-gl-erotisi-anoigma-60x90", "Lefteris Mavros <lefteris.mavros@example.gr>", "Erwthsh", "general", "",
"""Kalhspera, exete skala sofitas pou na xwraei se anoigma 60x90 ek. me
ypsos tavaniou 2,70? Kai poso varos shkwnei? Eyxaristw"""),
("el", "b138-imera-gnorimias-pagkoi-thessaloniki", "Χαρίκλεια Ντίνου <chariklia.ntinou@example.gr>", "Εκδήλωση για πάγκους", "general", "",
"""Καλησπέρα σας, είδα στο Facebook ότι κάνετε μέρα παρουσίασης των νέων
πάγκων από πέτρα στη Θεσσαλονίκη. Ποια μέρα είναι ακριβώς και
χρειάζεται να δηλώσουμε συμμετοχή; Μπορούμε να έρθουμε με τον
αρχιτέκτονά μας;"""),
("el", "b138-gl-re-texnites-meta-tis-10", "Stelios Paraskevas <stelios.paraskevas@example.gr>", "Re: Epivevaiwsh rantevou topothetisis", "general", "",
"""Eyxaristw gia thn epivevaiwsh. 8a mporousan oi texnites na er8oun meta
tis 10 anti gia tis 8? Exoume mwro 3 mhnwn kai koimatai mexri tote.
An den ginetai, den peirazei, apla na xtyphsoun sigana :)

Stelios

> Στις 06/06, η Υπηρεσία Τοποθετήσεων έγραψε:
> Αγαπητέ κύριε Παρασκευά,
> σας επιβεβαιώνουμε την τοποθέτηση της καμπίνας ντουζιέρας την Πέμπτη
> 13/06. Οι τεχνικοί μας θα είναι στον χώρο σας στις 8:00.
> Ευχαριστούμε."""),
("el", "b138-epaineos-skala-trela", "Κατερίνα Βλάχου <katerina.vlachou@example.gr>", "Συγχαρητήρια!", "general", "",
"""Καλημέρα!

Θέλω απλώς να σας πω ότι η σκάλα είναι σκέτη τρέλα. Όποιος μπαίνει στο
σπίτι ρωτάει ποιος την έφτιαξε. Σκοτωθήκατε στη δουλειά, το ξέρω, αλλά
άξιζε! Ευχαριστούμε πολύ τον κύριο Άρη και τα παιδιά του.

Κατερίνα και Μάνος, Κηφισιά"""),
("el", "b138-politria-den-apantise", "Ολγα Πετρακη <olga.petraki@example.gr>", "Παραπονο", "general", "",
"""Καλησπερα,

περιμενα πανω απο 20 λεπτα στο καταστημα σας στη Ροδο για να με
εξυπηρετησει καποιος για πλακακια και η πωλητρια μιλουσε στο κινητο
της και δεν σηκωσε καν το κεφαλι. Οταν τελικα τη ρωτησα μου απαντησε
"περιμενετε". Τελικα εφυγα. Απλως να το ξερετε.

Ολγα Πετρακη"""),
# ---------------- Spanish ----------------
("es", "b138-senal-encimera-silestone", "Lucía Navarro <lucia.navarro@example.es>", "Señal encimera", "billing", "",
"""Buenas tardes:

El 18 de abril dejamos una señal de 600 € para la encimera de Silestone
de la cocina (presupuesto 2024-0517). Finalmente no vamos a hacer la
reforma este año porque a mi marido le han operado y tenemos otras
prioridades. Todavía no han venido a tomar medidas ni se ha cortado
nada.

¿Podrían decirme si nos devuelven la señal entera y en cuánto tiempo?
La pagamos con tarjeta en la tienda de Alcobendas.

Un saludo,
Lucía Navarro"""),
("es", "b138-cancel-bano-cobro-doble-profeco", "Jorge Alberto Salinas <jorge.salinas@example.com.mx>", "Me cobraron dos veces", "billing", "high",
"""Buenas tardes.

El pasado 3 de mayo compré en su tienda en línea un cancel de baño de
cristal templado (pedido 77304) por $8,450.00 MXN y en mi estado de
cuenta aparecen DOS cargos por la misma cantidad. Ya hablé dos veces a
su línea de atención y nada más me dicen que "se va a reflejar".

Si en esta semana no me reembolsan el cargo duplicado voy a presentar
una queja formal ante Profeco. Tengo capturas de todo.

Jorge Alberto Salinas
Guadalajara, Jal."""),
("es", "b138-cuotas-mesada-granito", "Florencia Acosta <flor.acosta@example.com.ar>", "Consulta por cuotas", "billing", "",
"""Hola! Quería saber si la mesada de granito gris mara que cotizamos
($1.150.000) se puede pagar en cuotas sin interés con tarjeta, y en
cuántas. Si pago por transferencia, ¿hay algún descuento? Gracias!!

Flor, Rosario"""),
("es", "b138-factura-comunidad-claraboya-portal", "Administración de Fincas Lacasa <admin@fincaslacasa.example>", "Factura claraboya - C.P. Alfonso I 22", "billing", "",
"""Buenos días:

Les escribo como administrador de la Comunidad de Propietarios de la
calle Alfonso I, 22 (Zaragoza). La factura de la sustitución de la
claraboya del portal ha salido a nombre del presidente, D. Ramón
Gil, y no de la comunidad. Les ruego que la anulen y emitan una nueva
a nombre de la Comunidad de Propietarios Alfonso I 22, CIF H50123456.

Atentamente,
Pedro Lacasa
Administración de Fincas Lacasa"""),
("es", "b138-revision-claraboyas-mama-medellin", "Catalina Restrepo <catalina.restrepo@example.com.co>", "Plan de mantenimiento", "billing", "",
"""Buenas tardes,

Mi mamá, Gloria Restrepo, tiene con ustedes el plan de revisión anual
de las claraboyas de su casa en Chía, que se le descuenta de la tarjeta
cada año ($420.000). Ella se fue a vivir con mi hermana a Medellín y la
casa va a quedar desocupada hasta que la vendamos, así que ya no
necesitamos que vayan más.

¿Qué tenemos que hacer para que no le vuelvan a cobrar? La renovación
creo que es en julio.

Muchas gracias,
Catalina Restrepo"""),
("es", "b138-devolucion-cajas-azulejo-sobrante", "Manolo Ortega <manolo.ortega@example.es>", "devolucion azulejos", "billing", "",
"""hola buenas, me han sobrado 3 cajas del azulejo blanco 20x20 biselado
que compre en la tienda de Getafe hace dos semanas, estan sin abrir.
se pueden devolver y que me abonen el dinero? tengo el ticket
gracias"""),
("es", "b138-yesero-cobro-extra-gerente", "Mariana Treviño <mariana.trevino@example.com.mx>", "Cobro que no se acordó", "billing", "high",
"""Buen día.

Contratamos con ustedes el trabajo de tablaroca y yeso para dos
recámaras en nuestra casa de San Pedro Garza García. La cotización
firmada fue de $38,500.00. Al terminar, el encargado de la cuadrilla
nos pidió $46,000.00 diciendo que hubo "material adicional" y un día
más de trabajo. Nadie nos avisó de eso antes.

Pagamos lo acordado y ahora nos llegan correos de cobranza por la
diferencia. Quiero hablar con el gerente, no con el área de cobranza,
para aclarar esto.

Mariana Treviño
81 5555 0192"""),
("es", "b138-re-cotizacion-meson-transferencia", "Rodrigo Fuentes <rodrigo.fuentes@example.cl>", "RE: Cotización mesón de cuarzo N° 1842", "billing", "",
"""Hola Daniela,

Gracias por la cotización. Dos consultas antes de confirmar: ¿aceptan
transferencia o sólo tarjeta? Y si pagamos el 100% al confirmar, ¿nos
pueden hacer algún descuento? La idea es instalar antes del 18.

Saludos,
Rodrigo Fuentes
Ñuñoa

De: Daniela Soto <dsoto@cubiertasandes.example>
Enviado: martes, 7 de mayo
Asunto: Cotización mesón de cuarzo N° 1842
> Estimado Rodrigo:
> Junto con saludar, le envío la cotización del mesón de cuarzo blanco
> de 2,60 m con corte para lavaplatos y encimera: $1.290.000 IVA
> incluido. Forma de pago: 50% al confirmar y 50% contra instalación.
> Saludos cordiales, Daniela"""),
("es", "b138-escalera-escamoteable-contracargo", "Íñigo Arrieta <inigo.arrieta@example.es>", "Reembolso escalera escamoteable", "billing", "high",
"""Buenos días:

El 22 de marzo devolví por mensajería la escalera escamoteable de
madera que les compré (pedido 41920), sin abrir. Según el seguimiento
se entregó en su almacén el 26 de marzo. Han pasado cinco semanas y
todavía no me han devuelto los 245 €. He escrito tres veces y nadie
responde.

Si esta semana no tengo el reembolso, pediré a mi banco que haga un
contracargo de la compra.

Íñigo Arrieta
Donostia"""),
("es", "b138-antideslizante-escalera-perro", "Pilar Domínguez <pilar.dominguez@example.es>", "Mantenimiento antideslizante", "billing", "",
"""Hola,

Hace dos años contratamos con vosotros el mantenimiento anual del
tratamiento antideslizante de la escalera de madera (89 € al año, lo
cobráis en septiembre). Lo pusimos por Toby, nuestro perro mayor, que
resbalaba al bajar. Toby murió en marzo y ya no lo vamos a necesitar.

¿Podéis darlo de baja para que no se cobre la próxima cuota?

Gracias,
Pilar"""),
("es", "b138-cambio-mampara-70-80", "Alberto Ramos <alberto.ramos@example.es>", "Cambio de mampara", "billing", "",
"""Buenas,

compré el sábado una mampara frontal de 70 cm y al final el hueco de
la ducha mide 80 (el fontanero quitó el bordillo). Está en su caja, sin
abrir. ¿Puedo cambiarla en la tienda de Málaga por la de 80 y pagar la
diferencia?

Alberto"""),
("es", "b138-pedido-30418-cfdi", "Comercializadora Ibarra <compras@ibarra-comercial.example>", "Pedido 30418", "billing", "",
"""Buenas tardes, del pedido 30418 (3 escaleras plegables para tapanco)
no nos ha llegado la factura CFDI. Les paso los datos:
Razón social: Comercializadora Ibarra SA de CV
RFC: CIB180305KJ2
Uso de CFDI: G03
Correo: compras@ibarra-comercial.example

Gracias,
Rebeca Ibarra"""),
("es", "b138-club-hogar-suspender-viaje", "Martín Giordano <martin.giordano@example.com.ar>", "Club del Hogar", "billing", "",
"""Buenas, soy socio del Club del Hogar (la membresía de $9.500 por mes
que da descuento en materiales). Nos vamos seis meses a España por
trabajo de mi señora. ¿Se puede suspender la membresía mientras
estamos afuera y retomarla a la vuelta sin perder la antigüedad?

Saludos,
Martín, La Plata"""),
("es", "b138-claraboya-gotea-bano", "Vicent Ferrer <vicent.ferrer@example.es>", "Claraboya del baño", "technical", "",
"""Hola,

La claraboya que nos pusisteis en el baño de arriba en enero gotea
cuando llueve fuerte, justo por la esquina que da al patio. Ayer cayeron
bastantes gotas encima del lavabo. ¿Cuándo podría venir alguien a
revisarla?

Vicent, Castelló"""),
("es", "b138-escalera-tapanco-peldano-caida", "Rosa Elena Vázquez <rosaelena.vazquez@example.com.mx>", "Escalera plegable", "technical", "high",
"""Buenas tardes,

Les escribo por la escalera plegable para tapanco que nos instalaron
hace un mes. El domingo mi esposo subía a guardar unas cajas y se zafó
el cuarto peldaño, se le fue el pie y se cayó desde la mitad. Se
lastimó la muñeca pero ya lo revisaron y no está fracturada.

Revisamos y los otros peldaños tienen los tornillos flojos también.
Ya no la estamos usando. Queremos que alguien venga a revisarla antes
de que alguien más se lastime.

Rosa Elena Vázquez
Querétaro"""),
("es", "b138-mampara-estallo-noche", "Gabriela Ferraro <gabi.ferraro@example.com.ar>", "Mampara", "technical", "high",
"""Hola, les cuento: anoche, sin que nadie la tocara, estalló el vidrio
fijo de la mampara que nos colocaron hace tres meses. Estábamos
cenando y escuchamos el ruido. Quedó todo el baño lleno de pedacitos.

Ya barrimos y cerramos el baño con llave porque tenemos dos nenes
chicos. La hoja corrediza sigue entera pero no sé si es seguro
acercarse. ¿Pueden mandar a alguien a verla?

Gabriela Ferraro
Córdoba"""),
("es", "b138-azulejos-sueltos-no-dinero", "Begoña Echeverría <begona.echeverria@example.es>", "Alicatado de la cocina", "technical", "",
"""Buenas tardes:

No quiero que me devuelvan el dinero, quiero que vuelva el alicatador y
lo deje bien. Desde que terminó hace tres semanas se han despegado
cuatro azulejos de la pared de la cocina, detrás de la vitrocerámica,
y otros dos suenan huecos. Las juntas también se están abriendo.

Begoña Echeverría
Bilbao"""),
("es", "b138-app-agendar-visita-se-cierra", "Andrés Felipe Mejía <andres.mejia@example.com.co>", "La app no funciona", "technical", "",
"""Buenas, la app para agendar la visita de medición de la escalera se
cierra sola cuando le doy a "confirmar cita". Tengo un Samsung A54,
ya la desinstalé y la volví a instalar. ¿Hay otra forma de agendar?"""),
("es", "b138-no-puedo-entrar-cuenta", "Jose Luis Pardo <joseluis.pardo@example.es>", "no puedo entrar", "technical", "",
"""Buenas, no puedo entrar en mi cuenta de la web, me dice que la
contraseña no es correcta y cuando le doy a recuperar me llega un
enlace que dice "enlace caducado" aunque lo abra al momento. Ya lo he
probado 4 veces. Necesito descargar la garantia de la mampara.
Jose Luis"""),
("es", "b138-ventana-techo-chispas-motor", "Carmen Ibáñez <carmen.ibanez@example.es>", "Ventana de tejado motorizada", "technical", "high",
"""Buenos días:

Les escribo con calma pero creo que es importante. La ventana de
tejado motorizada que nos instalaron en la buhardilla hizo anoche un
chasquido al cerrarse, salieron unas chispas de la caja del motor y
ahora huele a quemado en toda la habitación.

He bajado el diferencial de esa planta y nadie está usando la
buhardilla. Necesito que venga un técnico a revisarla cuanto antes.

Carmen Ibáñez
Segovia"""),
("es", "b138-hostal-mamparas-reservas-canceladas", "Hostal Giralda Chica <reservas@giraldachica.example>", "Habitaciones 3, 5 y 6", "technical", "high",
"""Buenos días:

Hace diez días nos instalaron mamparas nuevas en tres habitaciones del
hostal. Desde el fin de semana el agua se sale por la parte de abajo
y pasa al pasillo y a la recepción, que está justo debajo. Tuvimos que
cerrar las tres habitaciones y cancelar las reservas de este puente,
y en recepción tenemos cubos en el techo.

Necesitamos que venga alguien hoy o mañana como muy tarde.

Reyes Morales
Hostal Giralda Chica, Sevilla"""),
("es", "b138-cielorraso-fisuras-yeso", "Pablo Benítez <pablo.benitez@example.com.ar>", "Fisuras en el cielorraso", "technical", "",
"""Buenas, a las dos semanas de terminar el cielorraso de yeso del
living ya aparecieron fisuras en las uniones, una de casi un metro
cerca de la ventana. ¿Es normal que pase mientras seca o hay que
repararlo? Pablo, Mendoza"""),
("es", "b138-no-es-factura-escalera-cruje", "Nuria Puig <nuria.puig@example.es>", "Escalera nueva", "technical", "",
"""Hola,

No es por la factura, que ya está pagada y todo bien. Es que la
escalera de roble que nos montasteis en mayo ha empezado a crujir en
casi todos los peldaños de la mitad para arriba, sobre todo por la
noche. Al principio no hacía ningún ruido. ¿Podría pasar el carpintero
a revisarla?

Nuria Puig
Sabadell"""),
("es", "b138-meson-cuarzo-trizadura-lavaplatos", "Javiera Muñoz <javiera.munoz@example.cl>", "Trizadura en el mesón", "technical", "",
"""Hola, el mesón de cuarzo que instalaron hace un mes tiene una
trizadura que sale de la esquina del corte del lavaplatos hacia el
borde. Nadie le pegó ni le puso nada caliente encima, la vimos un día
limpiando. ¿Qué hacemos? Les puedo mandar fotos.

Javiera Muñoz, Viña del Mar"""),
("es", "b138-mampara-descarrila-abogado", "Francisco Javier Soler <fj.soler@example.es>", "Cuarta vez: mampara", "technical", "high",
"""Buenas tardes:

Es la cuarta vez que les escribo por la misma mampara. La puerta
corredera se descarrila cada pocos días, se queda colgando de un lado
y no cierra, y el agua sale al suelo del baño. Sus técnicos han venido
tres veces, han ajustado las ruedas y a la semana vuelve a pasar.

Si en quince días no la dejan funcionando como es debido o la
sustituyen, pondré el asunto en manos de mi abogado y reclamaré
también los daños del suelo.

Francisco Javier Soler
Alicante"""),
("es", "b138-tragaluz-escurre-agua", "Hector Garza <hector.garza@example.com.mx>", "tragaluz", "technical", "",
"""Buenas tardes, el tragaluz de la cocina escurre agua por dentro en
las mañanas, se forman gotas en el vidrio y caen sobre la barra. No
llueve, es como humedad. Lo instalaron en noviembre. Es normal o se
puede arreglar? Saludos, Hector"""),
("es", "b138-horario-agosto-showroom", "Elena Castillo <elena.castillo@example.es>", "Horario en agosto", "general", "",
"""Hola, ¿el showroom de Valencia abre en agosto? ¿Y por las tardes?
Queremos ir a ver encimeras la semana del 12. Gracias."""),
("es", "b138-agradecimiento-yeseros-palermo", "Silvina Rossi <silvina.rossi@example.com.ar>", "Gracias!", "general", "",
"""Hola! Les escribo sólo para agradecerles. Los chicos que vinieron a
hacer el yeso del departamento (Nahuel y Ezequiel) trabajaron
impecable, súper prolijos, taparon todo, barrían al final de cada día
y encima terminaron un día antes. Quedó hermoso.

Muchas gracias de verdad,
Silvina, Palermo"""),
("es", "b138-montador-maleducado-responsable", "Ana Belén Cortés <anabelen.cortes@example.es>", "Comportamiento de su montador", "general", "high",
"""Buenos días:

No les escribo por el trabajo, que está bien hecho, ni por dinero. Les
escribo porque el montador que vino ayer a instalar la escalera se
dirigió a mi madre, que tiene 82 años y vive conmigo, con gritos y de
muy malas maneras cuando ella le preguntó si iba a tardar mucho. Le
dijo que "no molestara" y que "se fuera a su cuarto".

Exijo hablar con un responsable de la empresa. No quiero que esa
persona vuelva a entrar en mi casa.

Ana Belén Cortés
Valladolid"""),
("es", "b138-cambio-domicilio-correo", "Itzel Hernández <itzel.hernandez@example.com.mx>", "Actualizar mis datos", "general", "",
"""Hola, me cambié de domicilio. La nueva dirección es Calle Morelos 214,
Col. Centro, Puebla, C.P. 72000, y mi nuevo correo es el de este mensaje.
Número de cliente 55-3021. Gracias."""),
("es", "b138-paraguas-olvidado-tienda", "Luz Marina Ospina <luzmarina.ospina@example.com.co>", "objeto olvidado", "general", "",
"""Buenas tardes, el jueves creo que deje un paraguas verde con mango de
madera en la tienda de la Calle 80, en la zona de las duchas. Es de mi
papa y le tiene cariño. Si lo encuentran me avisan por favor.
Luz Marina"""),
("es", "b138-entrega-casco-antiguo-toledo", "Fernando Rubio <fernando.rubio@example.es>", "Entrega de la encimera", "general", "",
"""Buenas:

La encimera la traen el martes. Vivimos en el casco antiguo de Toledo
(Calle de la Plata, 9) y el camión no puede entrar: la calle es
peatonal y muy estrecha. Lo mejor es que aparquen en la plaza de
Zocodover y me llamen al 655 432 118, bajo yo con mi hijo y os
ayudamos a subirla.

Gracias,
Fernando"""),
("es", "b138-rgpd-acceso-datos-telefono", "Sergio Lozano <sergio.lozano@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

Al amparo del artículo 15 del RGPD, solicito que me indiquen qué datos
personales míos tratan, con qué finalidad y de dónde han obtenido mi
número de teléfono, ya que recibo llamadas comerciales de su empresa
sobre reformas de baño sin haber sido nunca cliente.

Adjunto copia de mi DNI.

Atentamente,
Sergio Lozano Gómez"""),
("es", "b138-patrocinio-futbol-infantil-quilmes", "Club Social Villa Alegre <prensa@villaalegre.example>", "Propuesta de patrocinio", "general", "",
"""Buenas tardes,

Somos el Club Social y Deportivo Villa Alegre, de Quilmes. Tenemos
futbol infantil con más de 150 chicos y chicas. Estamos buscando
empresas de la zona que quieran acompañarnos con la camiseta de la
temporada o con un cartel en la cancha. Les podemos mandar una
propuesta con los detalles.

Un saludo grande,
Claudio Pereyra
Comisión Directiva"""),
("es", "b138-cajas-azulejo-caen-pasillo", "Verónica Aguilar <veronica.aguilar@example.com.mx>", "Peligro en su tienda", "general", "high",
"""Buenas tardes,

Ayer en su tienda de Monterrey, en el pasillo de los pisos y azulejos,
había cajas apiladas en el estante más alto completamente ladeadas.
Cuando pasamos se cayó una caja de azulejo a menos de un metro de mi
hija de 5 años y se hizo pedazos en el piso. Le avisé a un empleado y
me dijo que "así las dejó el montacargas".

Cuando nos fuimos las demás seguían igual. Alguien va a salir
lastimado. Por favor revisen eso.

Verónica Aguilar"""),
("es", "b138-hola-escalera-caracol-medida", "Joaquín Serrano <joaquin.serrano@example.es>", "Hola", "general", "",
"""Hola, ¿hacéis escaleras de caracol a medida? Es para subir a un
altillo de 2,40 m y el hueco que tenemos es de 1,30 x 1,30.
Gracias"""),
("es", "b138-taller-ceramicas-sabado", "Constanza Reyes <constanza.reyes@example.cl>", "Taller de cerámica", "general", "",
"""Hola, vi que hacen talleres los sábados para aprender a instalar
cerámica en el baño. ¿Cuándo es el próximo en la sucursal de La
Florida? ¿Hay que inscribirse antes? Gracias!"""),
("es", "b138-re-operarios-antes-nueve", "Raquel Gallego <raquel.gallego@example.es>", "Re: Confirmación de instalación - mampara y alicatado", "general", "",
"""Gracias por confirmar. Una cosa: en nuestra comunidad no se pueden
hacer obras antes de las 9:00 (nos lo ha recordado el administrador).
¿Pueden venir los operarios a las 9 en vez de a las 8?

Raquel

El 3 jun., a las 12:10, Instalaciones <instalaciones@banoreforma.example> escribió:
> Estimada Raquel:
> Le confirmamos la instalación de la mampara y el alicatado de la
> zona de ducha para el lunes 10 de junio. Nuestros operarios llegarán
> a las 8:00.
> Un saludo."""),
("es", "b138-felicitaciones-cocina-me-muero", "Daniela Cárdenas <daniela.cardenas@example.com.co>", "Felicitaciones", "general", "",
"""Hola!!! Me muero de lo linda que quedó la cocina con el mesón nuevo,
quedó de muerte. Mi suegra vino el domingo y no lo podía creer.
Gracias a don Wilson y a su ayudante por la paciencia con todos mis
cambios de idea.

Un abrazo,
Daniela, Bogotá"""),
("es", "b138-dependienta-no-atendio", "Montserrat Vidal <montse.vidal@example.es>", "Atención en tienda", "general", "",
"""Hola. El viernes estuve casi media hora en la tienda de Girona
esperando a que alguien me atendiera para preguntar por platos de
ducha. La dependienta estaba con el móvil y cuando por fin le pregunté
me dijo que volviera otro día. No pido nada, sólo que lo sepáis.

Montse"""),
# ---------------- Polish ----------------
("pl", "b138-zaliczka-blat-debowy-rezygnacja", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Zaliczka za blat", "billing", "",
"""Dzień dobry,

10 kwietnia wpłaciliśmy 1500 zł zaliczki na blat dębowy do kuchni
(zamówienie BD-3381). Niestety musimy zrezygnować, bo remont przesuwa
się na przyszły rok - wykonawca od zabudowy wycofał się z terminu. Nikt
jeszcze nie był u nas na pomiarze i blat nie był cięty.

Czy zaliczka zostanie zwrócona w całości i w jakim terminie?

Pozdrawiam
Agnieszka Wróbel
Kraków"""),
("pl", "b138-kabina-podwojne-obciazenie-chargeback", "Tomasz Zieliński <tomasz.zielinski@example.pl>", "Podwójna płatność za kabinę", "billing", "high",
"""Dzień dobry,

za kabinę prysznicową 90x120 (zamówienie 64418) moja karta została
obciążona dwa razy po 2 349 zł. Piszę już trzeci raz, na infolinii
słyszę tylko, że "pieniądze wrócą same". Minęły dwa tygodnie.

Jeżeli do piątku nie dostanę zwrotu drugiej płatności, składam w banku
reklamację transakcji (chargeback).

Tomasz Zieliński"""),
("pl", "b138-faktura-na-firme-nip", "Marek Kaczmarek <biuro@kaczmarek-remonty.example>", "Faktura na firme", "billing", "",
"""Dzien dobry,
do zamowienia 71205 (kleje i fugi, odbior w Poznaniu) dostalem paragon,
a potrzebuje faktury na firme:
KACZMAREK REMONTY Marek Kaczmarek
ul. Grunwaldzka 44, 60-311 Poznan
NIP 7792345610
Czy mozna wystawic fakture do paragonu?
Pozdrawiam
Marek"""),
("pl", "b138-raty-schody-debowe", "Katarzyna Michalak <kasia.michalak@example.pl>", "Raty", "billing", "",
"""Dzień dobry, czy schody dębowe według wyceny (18 900 zł) można
rozłożyć na raty 0%? Jeśli tak, to na ile rat i czy potrzebny jest
wkład własny? Pozdrawiam, Kasia"""),
("pl", "b138-serwis-okien-dachowych-blok", "Jerzy Nowicki <jerzy.nowicki@example.pl>", "Umowa serwisowa okien", "billing", "",
"""Szanowni Państwo,

od trzech lat mam u Państwa roczny serwis okien dachowych (przegląd i
smarowanie, 240 zł pobierane w październiku). Sprzedaliśmy z żoną dom
w Gliwicach i przenieśliśmy się do mieszkania w bloku na parterze, więc
okien dachowych już nie mamy i serwis jest zbędny.

Proszę o zakończenie umowy, żeby w październiku nie pobrano kolejnej
opłaty.

Z poważaniem
Jerzy Nowicki"""),
("pl", "b138-zwrot-nadwyzki-plytek", "Beata Sobczak <beata.sobczak@example.pl>", "Zwrot płytek", "billing", "",
"""Dzień dobry, zostały mi 3 pełne, nieotwierane paczki płytek 60x120
"Calacatta" (kupione 2 tygodnie temu w salonie we Wrocławiu). Czy mogę
je oddać i dostać zwrot pieniędzy? Mam paragon. Beata"""),
("pl", "b138-tynkarz-doplata-kierownik", "Grzegorz Wiśniewski <grzegorz.wisniewski@example.pl>", "Dopłata, której nie było w umowie", "billing", "high",
"""Dzień dobry,

w umowie na tynki gipsowe w naszym domu w Markach mieliśmy 12 400 zł za
całość. Po skończeniu pracy brygadzista zażądał dodatkowych 2 100 zł za
"dodatkowe narożniki i siatkę", o których nikt wcześniej nie mówił.
Zapłaciliśmy kwotę z umowy, a teraz dostajemy od Państwa wezwania do
zapłaty różnicy.

Proszę o kontakt z kierownikiem lub właścicielem firmy, nie z działem
windykacji.

Grzegorz Wiśniewski
tel. 601 222 748"""),
("pl", "b138-re-oferta-rabat-przelew", "Monika Lewandowska <monika.lewandowska@example.pl>", "Re: Oferta na blat kwarcowy - Lewandowska", "billing", "",
"""Dzień dobry Panie Pawle,

dziękuję za ofertę. Czy przy płatności całej kwoty z góry przelewem
możliwy jest jakiś rabat? I czy cena zawiera montaż, czy to osobno?

Pozdrawiam
Monika Lewandowska

Dnia 14.05 Paweł Duda <pawel.duda@blaty-duda.example> napisał(a):
> Szanowna Pani,
> w załączeniu oferta na blat kwarcowy biały 3,4 m z wycięciem pod
> zlew podwieszany i płytę indukcyjną: 7 850 zł brutto.
> Termin realizacji 3 tygodnie od pomiaru.
> Pozdrawiam, Paweł Duda"""),
("pl", "b138-schody-strychowe-zwrot-rzecznik", "Halina Kowalczyk <halina.kowalczyk@example.pl>", "Brak zwrotu pieniędzy", "billing", "high",
"""Szanowni Państwo,

30 marca odesłałam kurierem schody strychowe (zamówienie 38821),
nierozpakowane, w ramach odstąpienia od umowy. Według śledzenia
przesyłka dotarła do Państwa magazynu 2 kwietnia. Do dziś nie
otrzymałam zwrotu 899 zł, a na moje maile nikt nie odpowiada.

Jeżeli pieniądze nie wrócą w ciągu 7 dni, sprawa trafi do miejskiego
rzecznika konsumentów.

Halina Kowalczyk
Lublin"""),
("pl", "b138-klub-fachowca-zawieszenie-zima", "Krzysztof Mazur <krzysztof.mazur@example.pl>", "Klub Fachowca", "billing", "",
"""Cześć, mam kartę Klubu Fachowca (49 zł miesięcznie, rabaty na gładzie
i kleje). Jestem tynkarzem i od grudnia do marca praktycznie nie mam
zleceń. Da się zawiesić członkostwo na zimę, żeby nie płacić, i wrócić
wiosną z tym samym rabatem? Krzysiek"""),
("pl", "b138-wymiana-brodzika-90-80", "Paulina Dąbrowska <paulina.dabrowska@example.pl>", "Wymiana brodzika", "billing", "",
"""Dzień dobry,

kupiłam w zeszłym tygodniu brodzik konglomeratowy 90x90, ale po
skuciu płytek okazało się, że zmieści się tylko 80x80. Brodzik jest w
folii, nieużywany. Czy mogę go wymienić w sklepie w Gdańsku na mniejszy
i dostać zwrot różnicy?

Paulina"""),
("pl", "b138-zamowienie-20931-faktura-ulga", "Zbigniew Pawlak <zbigniew.pawlak@example.pl>", "Zamowienie 20931", "billing", "",
"""Dzien dobry,
do zamowienia 20931 (2 okna dachowe z montazem) potrzebuje faktury
imiennej, bo chce odliczyc wydatek w uldze termomodernizacyjnej.
Dostalem tylko paragon. Dane: Zbigniew Pawlak, ul. Lipowa 7,
15-427 Bialystok, PESEL podam telefonicznie jesli trzeba.
Z powazaniem
Z. Pawlak"""),
("pl", "b138-bon-podarunkowy-czesciowo", "Natalia Jasińska <natalia.jasinska@example.pl>", "Bon", "billing", "",
"""Dostaliśmy od rodziców bon podarunkowy na 1000 zł do Waszego salonu.
Czy można wykorzystać go częściowo (np. 600 zł na płytki teraz, resztę
za kilka miesięcy na kabinę)? Do kiedy jest ważny? Natalia"""),
("pl", "b138-okno-dachowe-przecieka", "Robert Krawczyk <robert.krawczyk@example.pl>", "Okno dachowe", "technical", "",
"""Dzień dobry,

okno dachowe zamontowane u nas w listopadzie (pokój córki na poddaszu)
przecieka przy mocniejszym deszczu - woda spływa po lewej stronie
ościeżnicy i jest już zaciek na płycie g-k. Kiedy może przyjechać
serwis?

Robert Krawczyk
Olsztyn"""),
("pl", "b138-klapa-schodow-strychowych-otworzyla", "Ewa Adamczyk <ewa.adamczyk@example.pl>", "Schody strychowe", "technical", "high",
"""Dzień dobry,

piszę w sprawie schodów strychowych, które montowali Państwo u nas
miesiąc temu. Wczoraj wieczorem klapa razem ze złożoną drabinką sama
się otworzyła i opadła w dół, kiedy teściowa przechodziła korytarzem.
Zahaczyła ją w ramię - na szczęście tylko siniak, bo szła z boku.

Klapa nie trzyma się w zamknięciu, zatrzask chyba nie zaskakuje.
Zabezpieczyliśmy ją taśmą i nie chodzimy pod nią. Proszę o pilny
przyjazd montera.

Ewa Adamczyk
Rzeszów"""),
("pl", "b138-drzwi-kabiny-pajeczyna", "Michał Szymański <michal.szymanski@example.pl>", "Szkło w kabinie", "technical", "high",
"""Dzień dobry,

szyba w drzwiach kabiny prysznicowej (montaż w lutym) popękała dziś
rano w "pajęczynę" na całej powierzchni - nikt jej nie uderzył, żona
tylko zamknęła drzwi. Na razie trzyma się w całości, ale słychać, jak
co jakiś czas coś trzeszczy.

Okleiliśmy ją taśmą, zamknęliśmy łazienkę i korzystamy z toalety na
dole. Proszę o informację, kiedy ktoś może ją zdemontować lub
wymienić.

Michał Szymański
Łódź"""),
("pl", "b138-plytki-odpadaja-nie-zwrot", "Dorota Lis <dorota.lis@example.pl>", "Płytki w łazience", "technical", "",
"""Dzień dobry,

nie chcę zwrotu pieniędzy, chcę, żeby glazurnik wrócił i poprawił swoją
pracę. Miesiąc po położeniu płytek na ścianie nad wanną odpadły dwie,
a kolejne trzy głucho brzmią przy stukaniu. Fugi przy brodziku też
pękają.

Dorota Lis
Katowice"""),
("pl", "b138-konfigurator-schodow-nie-dziala", "Adam Wójcik <adam.wojcik@example.pl>", "Konfigurator", "technical", "",
"""Konfigurator schodów na stronie nie działa w Safari ani na iPadzie -
po wybraniu balustrady strona robi się biała. Na komputerze w Chrome
dochodzę do kroku 4 i przycisk "Dalej" nic nie robi. Chciałem wysłać
zapytanie z wymiarami."""),
("pl", "b138-sms-logowanie-nie-przychodzi", "Lukasz Grabowski <lukasz.grabowski@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, nie moge sie zalogowac do panelu klienta, bo nie
przychodzi kod SMS. Numer w profilu jest dobry (+48 512 339 018).
Probowalem wczoraj i dzisiaj kilka razy. Chce sprawdzic termin montazu.
Lukasz"""),
("pl", "b138-kabina-hydromasaz-kopie-pradem", "Iwona Baran <iwona.baran@example.pl>", "Kabina z hydromasażem", "technical", "high",
"""Dzień dobry,

od wczoraj kabina z hydromasażem, którą Państwo montowali w marcu,
lekko "kopie prądem" przy dotknięciu metalowej baterii, kiedy leci woda
i jest włączone podświetlenie. Najpierw poczuł to syn, potem
sprawdziłam sama - wyraźne mrowienie w palcach.

Wyłączyłam bezpiecznik kabiny i nikt z niej nie korzysta. Proszę o
szybki przyjazd serwisu.

Iwona Baran
Toruń"""),
("pl", "b138-salon-fryzjerski-okna-leje", "Salon Fryzjerski Loczek <kontakt@loczek-salon.example>", "Okna dachowe - salon", "technical", "high",
"""Dzień dobry,

od rana oba elektryczne okna dachowe w naszym salonie (montowane przez
Państwa w kwietniu) stoją otwarte i nie reagują ani na pilot, ani na
przycisk. Pada od godziny 10, woda leje się na stanowiska i na
podłogę. Musiałyśmy odwołać wszystkie klientki na dziś i jutro, a
dwie fryzjerki siedzą bez pracy.

Prosimy o pilny przyjazd, telefon 698 410 227.

Joanna Malinowska
Salon Loczek, Bydgoszcz"""),
("pl", "b138-gladz-peka-sufit", "Sebastian Kozłowski <sebastian.kozlowski@example.pl>", "Gładź", "technical", "",
"""Dzień dobry, na suficie w salonie, gdzie dwa tygodnie temu Państwa
ekipa robiła gładź, pojawiły się pęknięcia wzdłuż łączeń płyt, jedno
ma prawie metr. Czy to normalne przy schnięciu, czy trzeba to
poprawić? Sebastian"""),
("pl", "b138-nie-cena-lakier-schody", "Renata Pietrzak <renata.pietrzak@example.pl>", "Lakier na schodach", "technical", "",
"""Dzień dobry,

to nie jest reklamacja ceny ani faktury, wszystko zapłacone. Chodzi o
to, że na schodach jesionowych, które Państwo robili w marcu, lakier
łuszczy się na krawędziach stopni i na trzech stopniach zrobił się
matowy, jakby starty. Używamy tylko kapci i środka, który Państwo
polecili.

Czy ktoś może przyjechać to obejrzeć?

Renata Pietrzak"""),
("pl", "b138-pilne-blat-spuchl-zlew", "Marcin Olszewski <marcin.olszewski@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! blat laminowany spuchl przy zlewie, krawedz sie podniosla i
odchodzi okleina, a mamy go dopiero 5 tygodni. Zlew byl montowany przez
Waszego montazyste. Co z tym robimy?"""),
("pl", "b138-blat-szczelina-sad", "Anna Zawadzka <anna.zawadzka@example.pl>", "Blat kwarcowy - trzecie zgłoszenie", "technical", "high",
"""Szanowni Państwo,

blat kwarcowy zamontowany u nas w lutym jest źle docięty: między blatem
a ścianą jest szczelina do 8 mm, a przy płycie indukcyjnej blat nie
leży równo i płyta się kiwa. Monter był dwa razy, dołożył silikon i
podkładki, nic się nie zmieniło.

Jeśli w ciągu 14 dni blat nie zostanie poprawiony lub wymieniony,
skieruję sprawę do sądu i dołączę opinię rzeczoznawcy.

Anna Zawadzka
Warszawa, Ursynów"""),
("pl", "b138-swietlik-tunelowy-skropliny", "Jan Borkowski <jan.borkowski@example.pl>", "Świetlik w łazience", "technical", "",
"""Dzień dobry, w świetliku tunelowym w łazience zbiera się woda na
kloszu od środka i kapie na podłogę, głównie rano. Nie pada wtedy, to
chyba skropliny. Montaż był w październiku. Jak to naprawić?
Jan Borkowski"""),
("pl", "b138-11-listopada-godziny", "Piotr Sadowski <piotr.sadowski@example.pl>", "11 listopada", "general", "",
"""Czy salon w Lublinie jest otwarty 11 listopada? Jeśli tak, to w
jakich godzinach?"""),
("pl", "b138-podziekowania-glazurnicy", "Teresa Kubacka <teresa.kubacka@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować panu Mariuszowi i panu Kamilowi, którzy
kładli u nas płytki w łazience i kuchni. Praca wykonana starannie,
wszystko po sobie posprzątali, a do tego cierpliwie tłumaczyli mojemu
mężowi, jak dbać o fugi. Łazienka wygląda jak z katalogu.

Pozdrawiam serdecznie,
Teresa Kubacka
Opole"""),
("pl", "b138-monter-alkohol-przelozony", "Wojciech Jabłoński <wojciech.jablonski@example.pl>", "Zachowanie montera", "general", "high",
"""Dzień dobry,

nie piszę w sprawie jakości montażu ani pieniędzy. We wtorek monter,
który przyjechał montować nam kabinę, był wyraźnie po alkoholu - czuć
było od niego od progu. Kiedy żona zwróciła mu uwagę, zaczął
przeklinać i trzasnął drzwiami. Wyszedł po godzinie, nic nie robiąc.

Żądam rozmowy z jego przełożonym i nie życzę sobie, żeby ten człowiek
jeszcze raz pojawił się w naszym domu.

Wojciech Jabłoński
tel. 605 117 390"""),
("pl", "b138-zmiana-nazwiska-po-slubie", "Aleksandra Nowak-Wilk <aleksandra.wilk@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko z Nowak na Nowak-Wilk.
Proszę o zmianę danych na koncie klienta (nr 44102). Adres i telefon
bez zmian. Dziękuję, Aleksandra"""),
("pl", "b138-pluszowy-zajac-salon", "Karolina Duda <karolina.duda@example.pl>", "zgubiona zabawka", "general", "",
"""Dzien dobry, w sobote bylismy w salonie w Gdyni przy kabinach i synek
zgubil pluszowego zajaca (szary, z niebieska kokarda). Nie moze bez
niego zasnac. Moze ktos go znalazl? Karolina, 509 331 201"""),
("pl", "b138-dostawa-brama-kod-domofon", "Stefan Górecki <stefan.gorecki@example.pl>", "Dostawa blatu w czwartek", "general", "",
"""Dzień dobry,

w czwartek ma przyjechać blat. Wjazd na osiedle jest od ul. Polnej,
brama na kod 4471#. Domofon pod klatką nie działa, więc proszę, żeby
kierowca zadzwonił na 600 300 245 - zejdę i otworzę. Mieszkamy na 3.
piętrze, winda jest.

Stefan Górecki"""),
("pl", "b138-rodo-usuniecie-danych", "Bartosz Kalinowski <bartosz.kalinowski@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia wszystkich moich danych
osobowych przetwarzanych przez Państwa firmę oraz zaprzestania
wysyłania mi ofert SMS i e-mail. Proszę o pisemne potwierdzenie.

Bartosz Kalinowski
ul. Słoneczna 3, 80-171 Gdańsk"""),
("pl", "b138-sponsoring-siatkowka-mlodziczki", "UKS Jedynka Kielce <uks.jedynka@example.pl>", "Propozycja współpracy", "general", "",
"""Dzień dobry,

jesteśmy Uczniowskim Klubem Sportowym "Jedynka" z Kielc. Nasza drużyna
młodziczek awansowała do finału wojewódzkiego w siatkówce i szukamy
lokalnego sponsora strojów oraz wyjazdu na turniej. W zamian
oferujemy logo na koszulkach i banerze w hali.

Czy byliby Państwo zainteresowani? Chętnie prześlę szczegóły.

Z pozdrowieniami
Magdalena Sowa, trenerka"""),
("pl", "b138-salon-ekspozycja-blatu-chwieje", "Agata Rutkowska <agata.rutkowska@example.pl>", "Niebezpieczna ekspozycja w salonie", "general", "high",
"""Dzień dobry,

w sobotę w Państwa salonie w Łodzi (Piotrkowska) ciężka płyta
ekspozycyjna z blatem kamiennym, oparta o ścianę przy wejściu do
działu kuchni, przechyliła się, kiedy mój syn przechodził obok. Mąż w
ostatniej chwili ją przytrzymał. Pracownik powiedział, że "ona tak
zawsze stoi".

Proszę to natychmiast zabezpieczyć, zanim przygniecie jakieś dziecko.

Agata Rutkowska"""),
("pl", "b138-pytanie-schody-dywanowe", "Henryk Mroczek <henryk.mroczek@example.pl>", "Pytanie", "general", "",
"""Szanowni Państwo,
czy wykonują Państwo schody dywanowe z drewna na istniejące schody
betonowe? Mamy 14 stopni, zabiegowe, dom w Zakopanem. Proszę o
informację, czy taki zakres Państwo robią.
Z poważaniem
Henryk Mroczek"""),
("pl", "b138-warsztaty-dni-otwarte", "Julia Wysocka <julia.wysocka@example.pl>", "Warsztaty", "general", "",
"""Hej, widziałam na Instagramie, że robicie warsztaty "zrób to sam"
z układania płytek. Kiedy będą następne we Wrocławiu i czy trzeba się
zapisać wcześniej?"""),
("pl", "b138-re-ekipa-parkowanie-podworko", "Leszek Sikorski <leszek.sikorski@example.pl>", "Re: Potwierdzenie terminu - tynki", "general", "",
"""Dzień dobry,

dziękuję za potwierdzenie. Ekipa może wjechać busem na podwórko od ul.
Ogrodowej, brama będzie otwarta od 7:30. Proszę tylko nie stawać przed
garażem sąsiada, bo rano wyjeżdża do pracy.

Leszek Sikorski

> Wiadomość od: Biuro Tynki-Pro <biuro@tynki-pro.example>
> Potwierdzamy rozpoczęcie prac tynkarskich w poniedziałek 3 czerwca
> o godz. 8:00. Prosimy o zapewnienie dostępu do wody i prądu.
> Pozdrawiamy, Biuro"""),
("pl", "b138-schody-zabojczo-piekne", "Izabela Górska <izabela.gorska@example.pl>", "Schody", "general", "",
"""Dzień dobry!

Schody są po prostu zabójczo piękne. Goście pytają o nie szybciej niż
o kawę. Serdeczne podziękowania dla pana Zenona - widać, że to człowiek,
który kocha drewno.

Izabela i Tomek, Sopot"""),
("pl", "b138-sprzedawca-nie-oddzwonil", "Ryszard Wieczorek <ryszard.wieczorek@example.pl>", "Brak kontaktu", "general", "",
"""Dzien dobry, w zeszlym tygodniu w salonie w Radomiu sprzedawca
obiecal, ze oddzwoni z informacja o dostepnosci okien dachowych w
kolorze antracyt. Nie oddzwonil, dzwonilem dwa razy, zawsze "zaraz
oddzwoni". Nie oczekuje niczego, ale tak sie nie robi.
R. Wieczorek"""),
]
