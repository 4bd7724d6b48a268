# batch39.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them.  Mostly utilities and business services: water and
# sewage, waste collection, district heating, gas and electricity
# suppliers, business telecoms and cloud phone systems, payroll software,
# point-of-sale providers and card payment terminals.  The failure
# classes in these settings -- escalation demands that keep their topic,
# legal threats and chargebacks, negations, Greeklish, subjects that say
# nothing or something else, replies quoting an earlier mail, plans ended
# or paused in unusual wording, business outages told only by their
# consequences, safety hazards told calmly, praise -- and everyday mail of
# all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b39-leak-allowance-supply-pipe", "Graham Whitfield <g.whitfield@example.co.uk>", "Leak allowance - account 6120 4478 90", "billing", "",
"""Dear Sir/Madam,

In September our meter showed we were using far more than normal and a
plumber found a leak on the supply pipe under the front path. It was
repaired on 2 October (invoice from R&J Plumbing attached) and our usage
is back to about 0.3 cubic metres a day.

The bill that has just arrived covers the leak period and comes to
£412.60, against our usual £140 or so. I understand you sometimes allow
a one-off leak allowance when the repair has been done promptly. Could
you please look at whether we qualify?

Yours faithfully,
Graham Whitfield
14 Larch Close, Kettering"""),
("en", "b39-widow-gas-in-husbands-name", "Joan Ashworth <joan.ashworth@example.co.uk>", "My husband's gas account", "billing", "",
"""Dear Sir or Madam,

My husband Dennis always dealt with the bills and he passed away on the
3rd of last month. The gas is still in his name and the direct debit
comes out of his old bank account, which the bank have now frozen.

I still live here and I still need the gas. I just want it put in my
name and the payments taken from my own account instead. I am 81 and not
very good with computers, my granddaughter is typing this for me, so
please write to me by post if you can.

Mrs Joan Ashworth
22 Bank Terrace
Burnley"""),
("en", "b39-garden-paved-brown-bin", "Steph Corrigan <steph.corrigan@example.co.uk>", "Brown bin", "billing", "",
"""Hi,

We've had the back garden paved over and put in a couple of raised beds,
so there's nothing going in the garden waste bin any more. Please don't
renew our garden waste subscription when it comes round in April (it's
£52 a year I think). Do you want the bin back or shall we leave it for
whoever lives here next?

Thanks,
Steph Corrigan, 9 Weaver Way"""),
("en", "b39-poop-scoop-dog-passed", "Karen Lindqvist <karen.lindqvist@example.com>", "Weekly yard service", "billing", "",
"""Hi there,

Our old lab Moose passed away on Saturday. He was 14 and had a good long
life. So we won't be needing the weekly yard cleanup anymore - please
stop the $22/week on my card starting this week.

Your guy Luis was always great with him, Moose got a biscuit every
Tuesday and knew exactly when the truck was coming.

Karen
Maple Grove, MN"""),
("en", "b39-terminal-rate-not-as-quoted", "Aoife Brennan <aoife@brennansbakery.example>", "Statement for October", "billing", "",
"""Hi,

When we signed up for the card machine in the summer your sales rep
(Declan) quoted us 0.99% on debit cards and €15 a month rental. Our
October statement shows 1.65% on nearly every transaction plus a €9.50
"PCI compliance fee" that nobody mentioned. I've attached the quote he
emailed us.

Can someone explain the difference and correct it going back to August?

Thanks,
Aoife Brennan
Brennan's Bakery, Ennis"""),
("en", "b39-payroll-seasonal-headcount", "Rob Pengelly <rob@pengellyholidays.example>", "Number of employees", "billing", "",
"""Morning,

We're a holiday park in Cornwall and our headcount goes from about 45 in
the summer down to 11 over the winter. Your payroll software charges per
employee per month. If we mark the seasonal staff as leavers at the end
of October does the monthly charge drop automatically, or do we have to
change the plan ourselves? Looking back, I think we paid for 45 all the
way through last winter.

Cheers,
Rob"""),
("en", "b39-pos-nothing-wrong-extra-till", "Mick Fairweather <mick@fairweathershardware.example>", "Extra till", "billing", "",
"""G'day,

Nothing wrong with the system at all, it's been rock solid since we put
it in. We're opening a second counter for the Christmas rush and wanted
to know what it'd cost to add another till and card reader for
November to January only. Is there a short-term option or is it a
12 month thing? Prices in AUD please.

Cheers,
Mick Fairweather
Fairweather's Hardware, Ballarat"""),
("en", "b39-re-final-bill-after-move", "Tom Hargreaves <tomhargreaves@example.co.uk>", "Re: Your final electricity bill", "billing", "",
"""That's not right. I gave you the final meter reading on the day I moved
out (1 August, reading 48213) and you've billed me up to 14 September.
The new tenants moved in on the 2nd. Please reissue the bill to 1 August.

Tom

On 20 Sep, Customer Accounts wrote:
> Dear Mr Hargreaves,
> Please find attached your final bill for 3 Cotton Street, Leeds,
> for the period 1 May to 14 September. Amount due: £236.18.
> Payment is due within 14 days."""),
("en", "b39-catch-up-bill-ombudsman", "Priya Raman <priya.raman@example.co.uk>", "Catch-up bill of £1,874 - formal complaint", "billing", "high",
"""To whom it may concern,

For three years you've sent me estimated bills, even though I tried
again and again to submit readings through your app, which never
accepted them (I have screenshots of the error). An engineer finally
read the meter last month and I've now been sent a catch-up bill of
£1,874.32 going back to 2021.

As I understand the back-billing rules, you can't charge a domestic
customer for energy used more than 12 months before the bill when the
delay was your fault. I expect the bill to be reduced accordingly.

If I don't have a satisfactory answer within eight weeks I'll be taking
this to the Energy Ombudsman.

Priya Raman
Flat 3, 88 Kingsway, Hove"""),
("en", "b39-line-contract-ended-dd-guarantee", "Accounts <accounts@meadowsjoinery.example>", "Still being charged after contract end", "billing", "high",
"""Our business phone line and broadband contract with you ended on 31 May
and we moved to another provider - I have your confirmation of the
cancellation (ref CX-55129). You have still taken £118.40 by direct
debit in June, July and again this month.

Please refund all three payments, £355.20 in total. If the money is not
back in our account by Friday I will reclaim it through our bank under
the Direct Debit Guarantee and cancel the mandate.

Sandra Meadows
Director, Meadows Joinery Ltd"""),
("en", "b39-heat-credit-escalate", "Declan O'Rourke <declan.orourke@example.ie>", "Account 30088117 - I want this escalated", "billing", "high",
"""This is my fourth email. In March you agreed to credit €286 to my heat
account because the heat meter in the apartment had been faulty since
the autumn and was overcharging us. I was given a reference (HN-7731)
and told it would show on the next bill. Three bills later there's no
credit, and every time I ring I'm told it's "with the team".

I'm not ringing again. Please escalate this to a supervisor or team
leader who can actually apply the credit and give me a date.

Declan O'Rourke
Apt 12, Dock Mill, Dublin 8"""),
("en", "b39-prepaid-recharge-not-credited", "Suresh Iyer <suresh.iyer@example.in>", "Recharge not reflected", "billing", "",
"""Dear Sir/Madam,

I did a recharge of Rs. 2,000 for my prepaid electricity meter (consumer
no. 1104 5567 2230) on 12th through UPI. Amount is debited from my SBI
account, UTR no. 431288761190, but the balance is not updated in the
portal nor in the meter. Kindly do the needful and credit the amount at
the earliest.

Regards,
Suresh Iyer
Chennai"""),
("en", "b39-budget-billing-winter", "Dwayne Porter <dporter@example.com>", "budget billing?", "billing", "",
"""Hey, last January my gas bill was $389 and it about killed me. My
neighbor says you have some kind of plan where you pay the same amount
every month all year round. How do I sign up for that and can I still
start it now in October? Account is under Dwayne Porter, 1412 Birch St,
Dayton.

Thanks"""),
("en", "b39-pressure-after-street-works", "Margaret Doyle <mags.doyle@example.co.uk>", "Water pressure", "technical", "",
"""Since your men were digging in Chapel Road last week our water
pressure has been poor. The shower upstairs is a trickle and the washing
machine takes ages to fill, though the kitchen tap downstairs is just
about all right. Next door say theirs is the same. Could someone check
the valve they were working on?

Margaret Doyle
31 Chapel Road"""),
("en", "b39-hello-brown-tap-water", "Jason Mwangi <jason.mwangi@example.com>", "Hello", "technical", "",
"""Hello, since about 7 this morning the cold water from all our taps has
been coming out brown, like weak tea. I ran the kitchen tap for ten
minutes and it's a bit better but still not clear. Should I keep running
it or wait for you to do something? Postcode LS6 2QT."""),
("en", "b39-not-billing-ihd-no-gas-signal", "Neil Ferguson <neil.ferguson@example.co.uk>", "Smart meter", "technical", "",
"""This isn't a billing query, the bills have been fine.

The in-home display has said "No signal from gas meter" for about three
weeks now, and my online account has gone back to estimated gas
readings. The electricity side is still working. I've unplugged the
display and plugged it back in, and moved it nearer the meter. What
next?

Neil"""),
("en", "b39-voicemail-to-email-stopped", "Ruth Pike <office@harrisandpike.example>", "Voicemails", "technical", "",
"""Hi,

Since the weekend, voicemails left on our main number no longer come
through as emails to reception@. They're still there if you dial into
the mailbox, so they are being recorded. The settings in the portal
look the same as before. Could you take a look? It's not the end of the
world but we keep missing messages.

Thanks
Ruth Pike
Office Manager, Harris & Pike Solicitors"""),
("en", "b39-p60-portal-error", "Kelly Watts <kelly.watts@example.co.uk>", "P60", "technical", "",
"""Hi I'm trying to get my P60 off the employee portal because the
mortgage advisor needs it and it just says "Something went wrong (500)"
when I click download. Payslips download fine. My employer said to
email you direct, it's Brookside Care Homes.
Kelly"""),
("en", "b39-contactless-card-read-error", "Finn Gallagher <finn@thesaltedcaramel.example>", "Card machine", "technical", "",
"""Hiya,

Our terminal has started declining every contactless payment since
Tuesday - "Card read error, insert card". Chip and PIN works fine so
we're still trading, but it's slow and people are giving out about it.
I've restarted it loads of times. The serial on the back is PX4-229071.

Finn
The Salted Caramel, Galway"""),
("en", "b39-order-rolls-faint-receipts", "Anjali Mistry <anjali@spiceroutedeli.example>", "Order 55310", "technical", "",
"""The till rolls from this order arrived fine, thanks, but that's not the
problem. Since last Thursday the receipt printer on till 2 prints so
faintly you can barely read the total. It does it with the new rolls
and the old ones, and till 1 prints fine with the same rolls. Is there
a setting for this or is the print head going?

Anjali
Spice Route Deli, Leicester"""),
("en", "b39-reset-link-expired", "Bernard Quinn <b.quinn@example.co.uk>", "Can't get in", "technical", "",
"""I have tried four times to reset my password on your website for my
water account. Each time the email arrives within a minute, and as soon
as I click the link it says "This link has expired". I am using an iPad.
What am I doing wrong?

B. Quinn"""),
("en", "b39-heat-network-mother-no-heating", "Fiona Kerr <fiona.kerr@example.co.uk>", "No heating - Flat 7, Wallace Court", "technical", "high",
"""Hello,

My mother lives in flat 7, Wallace Court, which is on your heat
network. She's 86 and has COPD. Her radiators and hot water have been
stone cold since Sunday night and it's meant to go down to minus 4
tonight. I've lent her a fan heater but I'm not happy about her running
it all night off the one socket in the living room.

Your emergency line just plays a recorded message. Please can someone
come out today.

Fiona Kerr (daughter)
07700 900481"""),
("en", "b39-faint-gas-smell-meter-box", "Harold Bates <harold.bates@example.co.uk>", "Meter box", "technical", "high",
"""Good afternoon,

Not wishing to make a fuss, but for a couple of days there has been a
faint smell of gas around the meter box on the side of the house,
mainly in the mornings. It isn't in the house itself and the boiler is
working as usual. I expect it's nothing, but my wife thought I ought to
mention it. Whenever is convenient.

Harold Bates
5 Orchard Rise, Malvern"""),
("en", "b39-inbound-calls-ring-out", "Nadia Rahman <ops@northgatelettings.example>", "inbound calls", "technical", "high",
"""Since about 9.40 this morning customers have been telling us, by email
and web chat, that they ring our main number, it rings out and then cuts
off. Nothing is ringing on any of our 26 desk phones or the softphones.
Outbound calls work. It's the first of the month, tenants are trying to
reach us about rent and repairs, and the office is completely silent.

Please call me back on my mobile, 07700 900236.

Nadia Rahman
Office Manager, Northgate Lettings"""),
("en", "b39-eftpos-host-unavailable-cash-only", "Bec Morrison <bec@thelittlewharf.example>", "no eftpos", "technical", "high",
"""Both our EFTPOS terminals have been showing "host unavailable" since 7am.
We've got a handwritten CASH ONLY sign up and half the breakfast crowd
has walked out because nobody carries cash anymore. I've sent two staff
to the ATM for change. Your phone line is a 40 minute wait. Please get
someone onto it.

Bec
The Little Wharf, Hobart"""),
("en", "b39-payroll-finalise-error-212-staff", "Venkatesh Rao <venkatesh.rao@sreeprecision.example>", "Payroll processing error - month end", "technical", "high",
"""Dear Support Team,

We are unable to process the salary for October. When we click on
"Finalise payroll" the system shows "Error code PR-417: statutory
component mismatch" and nothing happens. We have 212 employees and the
bank file must be uploaded by 4 pm tomorrow for salaries to be credited
on the 1st. We have already raised ticket 884213 yesterday but there is
no response till now.

Kindly treat this as top priority and call me at the earliest.

Regards,
Venkatesh Rao
Manager - HR & Admin
Sree Precision Components Pvt Ltd, Bengaluru"""),
("en", "b39-meter-buzzing-scorch-mark", "Carla Jimenez <carla.jimenez@example.com>", "meter", "technical", "high",
"""Hi, the electric meter on the outside of our house is making a
buzzing/crackling noise and there's a brown scorch mark on the plastic
at the bottom where the wires go in. It smelled a bit like burnt plastic
when I got close. The lights inside flicker a little now and then.
Didn't know if I should call you or an electrician. We have two little
kids. Address is 88 Juniper Lane, Tucson AZ.

Carla"""),
("en", "b39-christmas-collections-trees", "Louise Barton <lou.barton@example.co.uk>", "Christmas", "general", "",
"""Hi, which days will the bins be collected over Christmas and New Year?
We're normally a Thursday (grey and blue alternate weeks). Also do you
take real Christmas trees? Thanks, Lou"""),
("en", "b39-meter-reader-side-gate-dog", "Siobhán Keane <siobhan.keane@example.ie>", "Meter reading", "general", "",
"""Hi there,

Just a note for whoever reads the meter at 12 Ashgrove Park, Tralee:
please use the side gate, not the front. We have a new rescue dog in
the front garden and he's not fond of strangers yet. The meter is on the
left wall just past the bins.

Thanks a million,
Siobhán"""),
("en", "b39-name-change-water-account", "Jess Nguyen <jess.nguyen@example.com.au>", "Name change", "general", "",
"""Hi! I got married in March and changed my surname from Cartwright to
Nguyen. Can you update the name on our water account (ref 2200 8431 67)?
Happy to send a copy of the marriage certificate. Bills can keep coming
to this email. Thanks! Jess"""),
("en", "b39-subject-access-call-recordings", "Anthony Kirwan <anthony.kirwan@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all the personal
data you hold about me, including recordings of the calls I made to your
customer service line between January and April this year and any notes
made on my account (account number 77120418).

Please send the information to me by email.

Yours faithfully,
Anthony Kirwan"""),
("en", "b39-thanks-burst-pipe-sunday", "Karen Hollis <karen.hollis@example.co.uk>", "Sunday night", "general", "",
"""Just wanted to say a big thank you to Gary and the lad with him who
came out on Sunday evening when the pipe burst outside our house. It was
chucking it down and they were at it till nearly midnight, and Gary still
took the time to explain to my dad what they were doing. Please pass it
on to whoever his boss is.

Karen Hollis, Wigan"""),
("en", "b39-school-visit-treatment-works", "Patience Okafor <p.okafor@stmarksprimary.example>", "School visit", "general", "",
"""Dear Sir or Madam,

Our Year 5 class (28 pupils, aged 9-10) is learning about the water cycle
next term. Do you offer visits to a water treatment works, or a speaker
who could come into school? We are in Northampton and could travel up to
about 30 miles.

Kind regards,
Patience Okafor
Year 5 teacher, St Mark's C of E Primary"""),
("en", "b39-junior-footy-sponsor", "Dave Kowalczyk <secretary@bellbirdjfc.example>", "Sponsorship", "general", "",
"""Hi,

I'm the secretary at Bellbird Junior Football Club in Newcastle NSW,
about 140 kids from U8s to U16s. We're looking for a sponsor for next
season's training tops, roughly $3,500. A lot of our families are your
electricity customers. Who would be the right person to talk to?

Cheers,
Dave Kowalczyk"""),
("en", "b39-engineer-left-torch", "Edna Pollard <edna.pollard@example.co.uk>", "Your engineer's things", "general", "",
"""Your engineer who came to fit our smart meter on Tuesday left a torch
and a yellow case with screwdrivers in it on our kitchen windowsill. I
expect he's missing them. We are in most days after 2 o'clock.
17 Fern Road, Stockport.

Mrs E. Pollard"""),
("en", "b39-no-compensation-when-works-end", "Colin Matthews <colin@matthewsflorists.example>", "Roadworks outside 42 High Street", "general", "",
"""I don't want compensation or anything like that, I'd just like a
straight answer: when are the works outside my shop actually going to
finish? The sign says "Water main renewal - 3 weeks" and it's been six.
I need to know whether to move my Christmas deliveries to the back lane.

Colin Matthews
Matthews Florists, Thame"""),
("en", "b39-bin-crew-swore-neighbour", "Paul Benson <paul.benson@example.co.uk>", "Your bin crew this morning", "general", "high",
"""This morning at about 7.30 my neighbour Mrs Dunn, who is 79, went out
to ask your bin crew why her green bin had been left. The driver swore
at her, told her to "read the bloody leaflet" and drove off while she was
still talking. She came round to my door shaking.

I want a manager to contact me about this and tell me what you intend to
do about that driver. It was the lorry that does Hawthorn Avenue on
Tuesday mornings.

Paul Benson
18 Hawthorn Avenue, Swindon"""),
("en", "b39-tip-steps-loose-handrail", "Mark Ellison <mark.ellison@example.co.uk>", "Steps at Lower Road recycling centre", "general", "high",
"""Hi,

At the Lower Road tip, the handrail on the left of the metal steps up to
the cardboard and garden waste skips is loose at the bottom and swings
out when you lean on it. My dad (72) grabbed it on Saturday with a bag
of hedge cuttings and very nearly went over the side - it's a good two
metre drop. The staff said they'd report it but it was exactly the same
on Sunday.

Someone is going to get hurt.

Mark Ellison"""),
("en", "b39-question-payroll-training", "Meera Krishnan <meera.k@lotustextiles.example>", "Question", "general", "",
"""Hi team,

We have two new joiners in our accounts team who will be handling
payroll from next month. Do you conduct any training sessions or
webinars for new users? If yes please share the schedule. Online is
fine.

Thanks & regards,
Meera Krishnan
Accounts, Lotus Textiles, Coimbatore"""),
("en", "b39-urgent-office-saturday", "Wayne Tibbs <waynetibbs77@example.com>", "URGENT!!!!", "general", "",
"""WHAT TIME DOES YOUR OFFICE ON MARKET STREET OPEN ON SATURDAY?? NEED TO
DROP SOME FORMS IN FOR MY MUMS ACCOUNT. THANKS"""),
]
M += [
# ---------------- Greek (and Greeklish) ----------------
("el", "b39-klimakes-nerou-polykatoikia", "Νίκος Σταματόπουλος <diaxeirisi.achilleos12@example.gr>", "Λογαριασμός νερού πολυκατοικίας - αρ. παροχής 40-118822", "billing", "",
"""Καλημέρα σας,

Είμαι ο διαχειριστής της πολυκατοικίας στην οδό Αχιλλέως 12 στο
Περιστέρι. Η πολυκατοικία έχει έναν κεντρικό υδρομετρητή για 8
διαμερίσματα. Στον τελευταίο λογαριασμό (Ιούλιος - Σεπτέμβριος, 612,40 €)
βλέπω ότι η κατανάλωση χρεώθηκε σαν να ήταν μία κατοικία, οπότε το
μεγαλύτερο μέρος έπεσε στην ακριβότερη κλίμακα. Στους προηγούμενους
λογαριασμούς η χρέωση γινόταν για 8 κατοικίες.

Μπορείτε να το διορθώσετε και να εκδώσετε νέο λογαριασμό;

Με εκτίμηση,
Νίκος Σταματόπουλος
διαχειριστής"""),
("el", "b39-gl-pateras-spiti-xwrio-reuma", "Vasilis Tzanakis <vtzanakis@example.gr>", "reuma sto xwrio", "billing", "",
"""Kalhspera sas.

O pateras mou, Giwrgos Tzanakhs, efyge apo th zwh ton Septemvrio. To
spiti tou sto xwrio (Kastelli Kissamou) 8a meinei kleisto gia polu
kairo, den to xreiazetai kaneis pleon. 8elw na kleisei o logariasmos
reumatos pou einai sto onoma tou kai na stamathsei h pagia entolh apo
ton logariasmo tou sthn trapeza.

Ti xartia xreiazeste? Exw lh3iarxikh pra3h 8anatou kai mporw na sas
dwsw endei3h metrhth.

Eyxaristw,
Vasilis"""),
("el", "b39-tilethermansi-germania-anastoli", "Ευαγγελια Μυλωνα <eva.mylona@example.gr>", "Διαμερισμα στην Κοζανη", "billing", "",
"""Καλησπερα σας.

Ο αντρας μου πηρε μεταθεση στη Γερμανια για δυο χρονια και φευγουμε
τελος Νοεμβριου. Το διαμερισμα μας στην οδο Δημοκρατιας θα μεινει
κλειστο, δεν θα το νοικιασουμε. Μπορουμε να σταματησουμε προσωρινα
την τηλεθερμανση και το παγιο για οσο λειπουμε; Και τι γινεται με το
μεριδιο μας για τους κοινοχρηστους χωρους;

Ευχαριστω,
Ευαγγελια Μυλωνα"""),
("el", "b39-pos-promitheia-diafora", "Καφέ Ανάσα <info@anasa-cafe.example>", "Προμήθειες Οκτωβρίου", "billing", "",
"""Καλησπέρα,

όταν βάλαμε το τερματικό POS μας είπατε προμήθεια 0,45% για
χρεωστικές κάρτες και 0,90% για πιστωτικές. Στην ανάλυση του Οκτωβρίου
βλέπω 1,20% σχεδόν σε όλες τις συναλλαγές, και μια χρέωση 12,40 €
«τέλος διαχείρισης» που δεν μας είχε αναφέρει κανείς.

Θα ήθελα μια εξήγηση και διόρθωση. Έχω το συμφωνητικό σκαναρισμένο αν
το χρειάζεστε.

Ευχαριστώ,
Στέλλα Ραυτοπούλου
Καφέ Ανάσα, Ιωάννινα"""),
("el", "b39-gl-misthodosia-xeimwnas-pagwma", "Hotel Kymata <info@kymata-hotel.example>", "syndromh misthodosias", "billing", "",
"""Kalhmera,

eimaste epoxiko 3enodoxeio sth Sithwnia kai kleinoume 31/10 mexri arxes
Aprilh. To xeimwna den exoume kanenan ergazomeno sth misthodosia.
Mporoume na pagwsoume th syndromh sto programma misthodosias gia
autous tous mhnes kai na thn energopoihsoume 3ana thn anoi3h xwris na
xasoume ta dedomena? Perysi plhrwname 39e to mhna gia to tipota.

Eyxaristw,
Xristina Pappa, logisthrio"""),
("el", "b39-fysiko-aerio-doseis-syntaxiouxos", "Αντώνης Καλογερόπουλος <antonis.kal@example.gr>", "Λογαριασμός 480 ευρώ", "billing", "",
"""Καλησπέρα.

Ήρθε ο εκκαθαριστικός για το φυσικό αέριο του χειμώνα, 480,30 €, και
ειλικρινά δεν μπορώ να τον πληρώσω μονομιάς. Γίνεται να τον σπάσω σε
δόσεις; Πόσες και με τι επιβάρυνση; Είμαι συνταξιούχος και ως τώρα
πλήρωνα πάντα στην ώρα μου.

Αντώνης Καλογερόπουλος
Λάρισα"""),
("el", "b39-syndesi-ok-mikrotero-paketo", "Πέτρος Μαυρίδης <grafeio@mavridis-mixanikoi.example>", "Επαγγελματικό πακέτο", "billing", "",
"""Δεν έχουμε κανένα πρόβλημα με τη σύνδεση, όλα δουλεύουν κανονικά.

Απλώς πληρώνουμε 89 € τον μήνα για 4 γραμμές και 200 Mbps, και από
τότε που κλείσαμε το δεύτερο γραφείο χρησιμοποιούμε μόνο τις δύο
γραμμές. Υπάρχει μικρότερο επαγγελματικό πακέτο; Το συμβόλαιο λήγει
τον Φεβρουάριο.

Ευχαριστώ,
Πέτρος Μαυρίδης
Μαυρίδης & Συνεργάτες Μηχανικοί"""),
("el", "b39-gl-re-ypenthymish-plhrwsa", "Marina Kostopoulou <marina.kost@example.gr>", "Re: Υπενθύμιση οφειλής", "billing", "",
"""To plhrwsa sthn trapeza stis 14/10, exw thn apodei3h, 73,20e me
kwdiko plhrwmhs RF18 0000 4451 2290. Giati mou steilate ypenthymish?
Koita3te to parakalw.

Marina

-----
> Αγαπητέ πελάτη,
> σας ενημερώνουμε ότι ο λογαριασμός νερού με λήξη 10/10 παραμένει
> απλήρωτος. Παρακαλούμε να εξοφλήσετε το ποσό των 73,20 EUR το
> συντομότερο δυνατό, ώστε να αποφύγετε τυχόν προσαυξήσεις."""),
("el", "b39-taverna-syntaxi-kados", "Γιάννης Φραγκιαδάκης <giannos.taverna@example.gr>", "Κάδος 1100 λίτρων", "billing", "",
"""Καλημέρα σας.

Μετά από 32 χρόνια βγαίνω στη σύνταξη και η ταβέρνα κλείνει στις 30
του μήνα. Δεν θα χρειαστούμε πια την αποκομιδή των οργανικών ούτε τον
κάδο των 1100 λίτρων που μας έχετε δώσει. Πότε μπορείτε να περάσετε
να τον πάρετε, και να σταματήσει η μηνιαία χρέωση των 65 €;

Να σας ευχαριστήσω για όλα αυτά τα χρόνια.

Γιάννης Φραγκιαδάκης
Ταβέρνα «Ο Γιάννος», Ρέθυμνο"""),
("el", "b39-ektimomeni-katanalosi-synigoros", "Κατερίνα Λάμπρου <katerina.lamprou@example.gr>", "Εκκαθαριστικός 1.312 € - επίσημη καταγγελία", "billing", "high",
"""Προς το Τμήμα Παραπόνων,

Επί 14 μήνες μου στέλνατε λογαριασμούς με εκτιμώμενη κατανάλωση, επειδή
ο καταμετρητής σας «δεν είχε πρόσβαση», ενώ ο μετρητής βρίσκεται στην
πρόσοψη, πάνω στον δρόμο. Τώρα έλαβα εκκαθαριστικό 1.312,60 €.

Ζητώ να επανεξεταστεί ο λογαριασμός και να μου δοθεί η δυνατότητα να
τον εξοφλήσω χωρίς προσαυξήσεις. Αν δεν λάβω γραπτή απάντηση εντός 15
ημερών, θα απευθυνθώ στον Συνήγορο του Καταναλωτή και στη ΡΑΑΕΥ.

Κατερίνα Λάμπρου
Αρ. παροχής 1 23456789-01"""),
("el", "b39-gl-dyo-fores-telos-syndeshs-trapeza", "Thanos Petrakis <thanos.pet@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Mou xrewsate DYO fores to telos syndeshs fysikou aeriou, 250e + 250e,
sthn idia karta thn idia mera (24/9). To exw grapsei hdh 2 fores sto
chat kai mou lene "8a to e3etasoume". Exoun perasei 3 evdomades.

An mexri th Deutera den mou epistrafoun ta 250e 8a kanw amfisvhthsh
xrewshs sthn trapeza mou.

Thanos Petrakis"""),
("el", "b39-eggyisi-nerou-proistamenos", "Σωτήρης Μαργαρίτης <sotiris.m@example.gr>", "Επιστροφή εγγύησης - 5 μήνες", "billing", "high",
"""Κύριοι,

Τον Μάιο έκλεισα την παροχή νερού στο κατάστημα που νοίκιαζα στην οδό
Ερμού (αρ. παροχής 7782110) και μου είπαν ότι η εγγύηση των 150 € θα
επιστραφεί σε 30 ημέρες στο IBAN που έδωσα. Έχουν περάσει πέντε μήνες.
Έχω πάρει έξι φορές τηλέφωνο, έχω στείλει δύο email, και κάθε φορά
ακούω άλλη δικαιολογία.

Δεν θέλω να ξαναμιλήσω με το τηλεφωνικό κέντρο. Ζητώ να με καλέσει ο
προϊστάμενος του λογιστηρίου.

Σωτήρης Μαργαρίτης
6944 000318"""),
("el", "b39-gl-timologio-anti-apodei3hs", "Lefteris Dimoulas <lefteris@dimoulas-logistiko.example>", "timologio anti gia apodeixh", "billing", "",
"""Kalhmera,

gia tis 2 epaggelmatikes grammes kinhths pou exw sto onoma mou
(6940001122 kai 6970003344) mou erxetai apodei3h lianikhs. Mporeite apo
ton epomeno mhna na erxetai timologio sto onoma tou grafeiou me AFM
801234988, DOY Patrwn? Kai an ginetai na 3anavgei kai o Septemvrios.

Eyxaristw,
Lefteris Dimoulas"""),
("el", "b39-piesi-pempto-orofo", "Ελισάβετ Κυριακίδου <elisavet.k@example.gr>", "Πίεση νερού", "technical", "",
"""Καλησπέρα.

Εδώ και δέκα μέρες το νερό στον πέμπτο όροφο (Εγνατίας 118,
Θεσσαλονίκη) έρχεται πολύ αδύναμα, ειδικά το πρωί από τις 7 μέχρι τις 9.
Η ντουζιέρα ίσα που τρέχει και το πλυντήριο βγάζει σφάλμα παροχής
νερού. Οι κάτω όροφοι έχουν κάπως καλύτερη πίεση. Μήπως άλλαξε κάτι στο
δίκτυο;

Ευχαριστώ,
Ελισάβετ Κυριακίδου"""),
("el", "b39-gl-kalhmera-aspro-nero", "Popi Samara <popi.s@example.gr>", "Kalhmera", "technical", "",
"""Kalhmera sas, apo xthes to nero sthn kouzina vgainei aspro san gala.
An to afhsw sto pothri se ligo ka8arizei apo katw pros ta panw. Einai
kati na anhsyxhsw h apla aeras sto diktyo? Menw Nea Smyrnh, odos
Omhrou.

Eyxaristw poly,
Popi"""),
("el", "b39-pos-apodeixeis-xwris-qr", "Αλεξάνδρα Τσολάκη <farmakeio.tsolaki@example.gr>", "Αποδείξεις χωρίς σήμανση", "technical", "",
"""Από χθες το μεσημέρι οι αποδείξεις που βγάζει το ταμείο δεν έχουν τον
κωδικό QR και στην οθόνη γράφει «Σφάλμα διαβίβασης στον πάροχο - θα γίνει
επαναποστολή». Οι πληρωμές με κάρτα περνάνε κανονικά. Έχουμε κάνει
επανεκκίνηση και στο ταμείο και στο τερματικό.

Πρέπει να κάνουμε κάτι εμείς ή φαίνεται από τη μεριά σας;

Ευχαριστούμε,
Αλεξάνδρα Τσολάκη
Φαρμακείο Τσολάκη, Ξάνθη"""),
("el", "b39-gl-mousikh-anamonhs-siwph", "Giorgos Fotiou <g.fotiou@fotiou-ktimatomesites.example>", "thlefwniko kentro", "technical", "",
"""Geia sas,

apo thn Paraskevh otan kapoios mas pairnei kai ton vazoume se anamonh,
akouei apolyth siwph anti gia th mousikh, kai oi perissoteroi kleinoun
nomizontas oti kophke h grammh. Den alla3ame tipota sto panel. Kata
ta alla oi klhseis leitourgoun kanonika. Mporeite na to koita3ete?

Giorgos Fotiou
Fotiou Ktimatomesites"""),
("el", "b39-ergani-sfalma-401", "Μαρία Χατζή <info@chatzis-logistiki.example>", "Σφάλμα στην υποβολή", "technical", "",
"""Καλησπέρα σας,

Μετά την τελευταία ενημέρωση του προγράμματος μισθοδοσίας, η αποστολή
του ψηφιακού ωραρίου στο ΕΡΓΑΝΗ βγάζει «Σφάλμα 401 - μη έγκυρα
διαπιστευτήρια», ενώ οι κωδικοί είναι σωστοί (μπαίνουμε κανονικά από τον
ιστότοπο). Συμβαίνει σε τρεις διαφορετικούς πελάτες μας.

Χρειάζεται κάποια ρύθμιση από εμάς;

Με εκτίμηση,
Μαρία Χατζή
Λογιστικό Γραφείο Χατζή"""),
("el", "b39-oxi-plirwmi-sms-den-erxetai", "Ηλίας Βασιλείου <ilias.v@example.gr>", "Σύνδεση στον λογαριασμό", "technical", "",
"""Δεν έχω θέμα με την πληρωμή, τον λογαριασμό τον πλήρωσα κανονικά.

Το πρόβλημα είναι ότι δεν μπορώ να μπω στον λογαριασμό μου στην
εφαρμογή σας. Βάζω τον κωδικό και μετά ζητάει κωδικό μιας χρήσης με
SMS, που δεν έρχεται ποτέ. Πάτησα «επαναποστολή» πέντε φορές. Το κινητό
είναι το ίδιο που έχω δηλώσει.

Ηλίας Βασιλείου"""),
("el", "b39-gl-e3ypnos-metrhths-com", "Kostas Manolis <kmanolis@example.gr>", "Metrhths", "technical", "",
"""Geia. Mou alla3ate ton metrhth reumatos me e3ypno prin 2 mhnes. Apo
tote anavosvhnei synexeia ena kokkino lampaki pou grafei COM, kai sto
site leei "den yparxoun metrhseis gia thn teleutaia periodo". Reuma
exoume kanonika, apla na 3erw an metraei swsta.
Kostas"""),
("el", "b39-thermidometritis-err3", "Θοδωρης Κωτσιδης <thodoris.kotsidis@example.gr>", "Θερμιδομετρητης", "technical", "",
"""Καλημερα.

Ο θερμιδομετρητης στο διαμερισμα μας (Πτολεμαιδα, Αγιου Δημητριου 5,
3ος οροφος) δειχνει εδω και μια εβδομαδα «Err 3» αντι για ενδειξη. Τα
καλοριφερ ζεσταινονται κανονικα. Μπορει να ερθει καποιος να τον δει
πριν την καταμετρηση;

Θοδωρης Κωτσιδης"""),
("el", "b39-tilethermansi-goneis-krywnoun", "Χρυσούλα Παπαδοπούλου <chrysoula.p@example.gr>", "Χωρίς θέρμανση από χθες - Αμύνταιο", "technical", "high",
"""Καλησπέρα σας,

Οι γονείς μου, 84 και 87 χρονών, μένουν στο Αμύνταιο, οδός
Μακεδονομάχων 9. Από χθες το μεσημέρι τα καλοριφέρ τους είναι κρύα και
ζεστό νερό δεν έχουν. Η πρόβλεψη για απόψε είναι -7. Ο πατέρας μου έχει
καρδιολογικό πρόβλημα. Τους έχουμε τυλίξει σε κουβέρτες και άνοιξαν τον
φούρνο για να ζεσταθούν, που δεν μου αρέσει καθόλου.

Στο τηλέφωνο βλαβών δεν απαντάει κανείς. Παρακαλώ στείλτε κάποιον
σήμερα.

Χρυσούλα Παπαδοπούλου (κόρη)
6977 000215"""),
("el", "b39-gl-myrwdia-aeriou-klimakostasio", "Mixalhs Andreou <m.andreou@example.gr>", "mia parathrhsh", "technical", "high",
"""Kalhspera,

den 3erw an einai kati, alla edw kai dyo meres sto klimakostasio ths
polykatoikias (Kalamaria, odos Pontou 40) myrizei ligo aerio konta sta
koutia twn metrhtwn, sto isogeio. Oxi poly, kyriws to prwi otan mpaineis
apo thn eisodo. Tous metrhtes tous evale to synergeio sas prin ena mhna.

Opote mporeite perasete na ri3ete mia matia.

Eyxaristw,
Mixalhs Andreou"""),
("el", "b39-tameia-kollimena-kartotsia", "Παναγιώτης Ζερβός <farma.market@example.gr>", "Ταμεία", "technical", "high",
"""Από τις 10 το πρωί και τα τέσσερα ταμεία έχουν κολλήσει στην οθόνη
«Συγχρονισμός...» και δεν χτυπάνε τίποτα. Η ουρά φτάνει μέχρι τα ψυγεία,
ο κόσμος αφήνει τα καρότσια γεμάτα στους διαδρόμους και φεύγει, και
είναι Σάββατο πρωί πριν από τριήμερο. Έχουμε πάρει τηλέφωνο τρεις φορές.

Χρειαζόμαστε κάποιον τώρα.

Παναγιώτης Ζερβός
Σούπερ Μάρκετ «Η Φάρμα», Άργος"""),
("el", "b39-gl-radiotaxi-den-mpainoun-klhseis", "Radio Taxi Astrapi <kentro@astrapi-taxi.example>", "to kentro", "technical", "high",
"""EDW KAI MIA WRA DEN MPAINEI KAMIA KLHSH STO KENTRO. oi pelates mas
grafoun sto facebook oti akoune "o arithmos den einai diathesimos".
exoume 60 aftokinhta ston dromo pou kanoun volta adeia kai tous eipame
na pairnoun mono apo piatsa. kaleste me sto 6945000127 amesws.

Stratos, vardia prwinh"""),
("el", "b39-metritis-spithes-meta-allagi", "Ευτυχία Σαββίδου <eftychia.s@example.gr>", "Μετά την αλλαγή του μετρητή", "technical", "high",
"""Καλησπέρα.

Χθες ήρθε συνεργείο σας και άλλαξε τον μετρητή ρεύματος στο σπίτι μας
στην Καρδίτσα. Από σήμερα το πρωί, όταν ανάβει ο θερμοσίφωνας, ακούγεται
ένα τσιτσίρισμα από το κουτί του μετρητή και από τη σχισμή φαίνονται
σπίθες. Μυρίζει και λίγο καμένο. Κατεβάσαμε τον γενικό διακόπτη και
περιμένουμε.

Πότε μπορεί να έρθει κάποιος;

Ευτυχία Σαββίδου
6932 000440"""),
("el", "b39-spasmenos-agwgos-geitonia-volos", "Γιαννης Δημας <giannis.dimas@example.gr>", "Σπασμενος αγωγος στην Παπαναστασιου", "technical", "high",
"""Στη γωνια Παπαναστασιου και Κρητης στον Βολο εχει σπασει αγωγος απο
τις 6 το πρωι. Το νερο βγαινει σαν πηγη μεσα απο την ασφαλτο και
κατεβαινει ποταμι στον δρομο. Ολη η γειτονια ειμαστε χωρις νερο, και το
δημοτικο σχολειο στη γωνια εστειλε τα παιδια σπιτι. Το τηλεφωνο βλαβων
ειναι συνεχεια κατειλημμενο.

Γιαννης Δημας"""),
("el", "b39-gl-wrario-paramones", "Eleni Papadaki <eleni.pap@example.gr>", "wrario", "general", "",
"""kalhmera, ti wres einai anoixto to katasthma e3yphrethshs sthn
Kalamata paramones Xristougennwn kai Prwtoxronias? 8elw na perasw na
ferw kapoia xartia. eyxaristw"""),
("el", "b39-allagi-kinitou-email", "Ανδρέας Νικολάου <andreas.nikolaou@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα, παρακαλώ αλλάξτε το κινητό επικοινωνίας στη σύμβαση αερίου
με αρ. 300124559 σε 6981 000342 και το email σε αυτό από το οποίο σας
γράφω. Το παλιό κινητό δεν το έχω πια.

Ευχαριστώ,
Ανδρέας Νικολάου"""),
("el", "b39-gdpr-ixografiseis-klisewn", "Μελίνα Καρρά <melina.karra@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων,
ζητώ αντίγραφο όλων των προσωπικών μου δεδομένων που τηρείτε,
συμπεριλαμβανομένων των ηχογραφήσεων των κλήσεών μου με το τμήμα
εξυπηρέτησης από τον Ιούνιο και μετά. Αριθμός πελάτη: 55-201877.

Παρακαλώ να μου αποσταλούν ηλεκτρονικά.

Με εκτίμηση,
Μελίνα Καρρά"""),
("el", "b39-efxaristo-kyria-dimitra", "Ζαχαρένια Μαυρογιάννη <zacharenia.m@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Ήθελα να πω ένα μεγάλο ευχαριστώ στην κυρία Δήμητρα από το τηλεφωνικό
σας κέντρο. Με βοήθησε σχεδόν μισή ώρα να φτιάξω λογαριασμό στην
εφαρμογή και να βλέπω τους λογαριασμούς του ρεύματος στο κινητό, και δεν
βαρέθηκε ούτε στιγμή, ας είμαι 78 χρονών και δεν ξέρω από αυτά. Να της
το μεταφέρετε.

Να είστε καλά,
Ζαχαρένια Μαυρογιάννη, Χανιά"""),
("el", "b39-xorigia-antamoma-xorwn", "Σύλλογος Αγίας Παρασκευής <syllogos.agparaskevi@example.gr>", "Χορηγία", "general", "",
"""Αξιότιμοι κύριοι,

Ο Πολιτιστικός Σύλλογος Αγίας Παρασκευής Λέσβου διοργανώνει στις 26
Ιουλίου το 15ο Αντάμωμα Παραδοσιακών Χορών, με 12 χορευτικά από όλη την
Ελλάδα. Θα θέλαμε να σας ζητήσουμε να γίνετε χορηγός της εκδήλωσης (το
κόστος του φωτισμού και της ηχητικής κάλυψης είναι περίπου 2.000 €). Το
λογότυπό σας θα εμφανίζεται στην αφίσα και στο πρόγραμμα.

Με εκτίμηση,
Για το Δ.Σ.
Σταυρούλα Χατζηδήμου, Πρόεδρος"""),
("el", "b39-gl-anakyklwsh-pote-pernaei", "Nektarios Vlachos <nektarios.v@example.gr>", "anakyklwsh", "general", "",
"""Geia sas, metakomisame sto Xalandri (odos Kolokotrwnh). Pote pernaei
to aporrimmatoforo gia thn anakyklwsh, ton mple kado? Kai to gyali to
pame sthn kampana dipla sto periptero h to vazoume ki auto ston mple?
Eyxaristw"""),
("el", "b39-3exasa-gyalia-katastima", "Ευγενία Τσιάμη <evgenia.t@example.gr>", "Ξέχασα τα γυαλιά μου", "general", "",
"""Καλησπέρα σας.

Την Πέμπτη το πρωί ήμουν στο κατάστημά σας στην Τρίπολη, στην Εθνικής
Αντιστάσεως, για να φέρω κάποια δικαιολογητικά, και νομίζω ότι ξέχασα
τα γυαλιά μου πάνω στον πάγκο, σε μια κόκκινη θήκη. Μήπως τα βρήκε
κανείς;

Ευγενία Τσιάμη"""),
("el", "b39-gl-odhgies-katametrhth-kleidi", "Dimos Karalis <dimos.kar@example.gr>", "gia ton katamethrhth", "general", "",
"""Kalhmera, gia ton katamethrhth tou nerou: o metrhths einai mesa sthn
aulh kai h porta einai kleidwmenh giati leipoume sth douleia. To kleidi
to exei h kyria Voula sto isogeio apenanti (koudouni Lamprou). Kleiste
thn porta meta giati exoume gata.
Dimos"""),
("el", "b39-oxi-logariasmos-episkepsi-kel", "Αθανάσιος Ρήγας <a.rigas@uni-example.gr>", "Επίσκεψη φοιτητών", "general", "",
"""Καλησπέρα σας.

Δεν πρόκειται για θέμα λογαριασμού ή βλάβης. Διδάσκω στο Τμήμα
Πολιτικών Μηχανικών και θα ήθελα να οργανώσω μια εκπαιδευτική επίσκεψη
περίπου 30 φοιτητών στο Κέντρο Επεξεργασίας Λυμάτων τον Απρίλιο. Ποια
είναι η διαδικασία και σε ποιον πρέπει να απευθυνθώ;

Με εκτίμηση,
Αθανάσιος Ρήγας
Επίκουρος Καθηγητής"""),
("el", "b39-gl-eyxaristw-vaggelh-pos", "Fournos Stavrou <fournos.stavrou@example.gr>", "eyxaristw", "general", "",
"""Ena megalo eyxaristw ston Vaggelh pou hr8e na mas egkatasthsei ta
kainouria tameia kai to POS. Hr8e 6 to prwi gia na mhn kleisoume to
magazi, e3hghse se olh th vardia pws douleuoun kai efyge mono otan
eide oti ola paizoun kanonika. Tetoioi an8rwpoi spanizoun.

Stavros
Fournos Stavrou, Peristeri"""),
("el", "b39-ypallilos-agenis-mitera-diefthyntis", "Κωνσταντίνος Ράπτης <k.raptis@example.gr>", "Συμπεριφορά υπαλλήλου στο κατάστημα Πειραιά", "general", "high",
"""Χθες η μητέρα μου, 76 ετών, πήγε στο κατάστημά σας στον Πειραιά να
ρωτήσει κάτι. Ο υπάλληλος στο γκισέ 3 της μίλησε με απίστευτη αγένεια,
της είπε μπροστά σε όλους ότι «δεν έχει χρόνο για γιαγιάδες που δεν
ξέρουν να διαβάζουν» και της γύρισε την πλάτη. Γύρισε σπίτι κλαίγοντας.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του καταστήματος και να μάθω
τι μέτρα θα ληφθούν.

Κωνσταντίνος Ράπτης
6944 000871"""),
("el", "b39-rampa-amea-plaka-sikwmeni", "Αργύρης Θεοδωρίδης <argyris.th@example.gr>", "Η ράμπα στην είσοδό σας", "general", "high",
"""Καλησπέρα.

Στη ράμπα ΑμεΑ στην είσοδο των γραφείων σας στη Λάρισα (Ηρώων
Πολυτεχνείου) μια πλάκα έχει σηκωθεί σχεδόν πέντε πόντους και κουνιέται
όταν την πατάς. Σήμερα το μεσημέρι ένας ηλικιωμένος κύριος με
περπατούρα σκόνταψε πάνω της και τον πιάσαμε την τελευταία στιγμή. Δεν
υπάρχει καμία σήμανση. Το είπα στον φύλακα, αλλά φαντάζομαι πρέπει να
το ξέρει και κάποιος υπεύθυνος πριν χτυπήσει κανείς.

Αργύρης Θεοδωρίδης"""),
("el", "b39-erwtisi-dieuthynsi-systimenis", "Χαράλαμπος Νταλάκας <ch.ntalakas@example.gr>", "Ερώτηση", "general", "",
"""Καλημέρα. Σε ποια διεύθυνση στέλνω συστημένη επιστολή για την εταιρεία
σας; Στο site γράφει ακόμα την παλιά διεύθυνση στη Συγγρού, αλλά ένας
γνωστός μου είπε ότι έχετε μετακομίσει.

Ευχαριστώ,
Χ. Νταλάκας"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b39-recibo-luz-devuelto-por-error", "Marta Aranda <marta.aranda@example.es>", "Recibo devuelto", "billing", "",
"""Buenos días:

Me ha llegado una carta diciendo que el recibo de la luz de septiembre
(64,18 €) ha sido devuelto por el banco. Ha sido un error de mi banco,
que me cambió el número de cuenta al fusionarse con otra entidad, y no
me avisó. Ya les he pasado la cuenta nueva por el área de clientes.

¿Cómo puedo pagar ese recibo ahora sin que me cobren el recargo por
devolución? ¿Me vale una transferencia?

Gracias,
Marta Aranda"""),
("es", "b39-pago-oxxo-gas-no-aparece", "Rogelio Treviño <rogelio.trevino@example.com.mx>", "pago no reflejado", "billing", "",
"""Buenas tardes, el día 3 pagué mi recibo de gas natural en un OXXO,
$742.00, tengo el ticket con el número de referencia. Hoy me llegó un
aviso de suspensión porque según ustedes no he pagado. ¿Me pueden
confirmar que sí les llegó el pago para que no me corten? Mi número de
cuenta es 0041 7789 3321.

Rogelio Treviño
Col. Mitras Centro, Monterrey"""),
("es", "b39-jubilacion-baja-internet-local", "Hector Bustos <hector.bustos@example.com.ar>", "baja del servicio", "billing", "",
"""Buenas, me jubilo a fin de mes despues de 38 años con la ferreteria y
el local de Av. San Martin 1450 (Rosario) cierra el 30. Quiero dar de
baja el internet y la linea fija del comercio a partir del 1 del mes
que viene. El modem y el telefono los tengo guardados en la caja, me
dicen donde los llevo o si pasan a buscarlos?

Les pido que no me sigan debitando de la tarjeta despues de la baja.

Hector Bustos
Ferreteria Bustos"""),
("es", "b39-madre-fallecida-cambio-titular-gas", "Inmaculada Ortega <inma.ortega@example.es>", "Contrato de gas de mi madre", "billing", "",
"""Hola, buenas.

Mi madre, Dolores Ruiz, falleció en agosto. El contrato de gas del piso
de la calle Feria, en Sevilla, estaba a su nombre y los recibos se
siguen cargando en su cuenta, que vamos a cerrar cuando terminemos los
papeles de la herencia. Mi hermano y yo seguimos usando el piso.

¿Qué tenemos que hacer para pasar el contrato a mi nombre y domiciliarlo
en mi cuenta? Tengo el certificado de defunción y el libro de familia.

Un saludo,
Inma Ortega"""),
("es", "b39-cobro-reconexion-habiendo-pagado", "Luz Marina Cárdenas <luzmarina.cardenas@example.com.co>", "Cobro de reconexión", "billing", "",
"""Buenas tardes.

El 14 de octubre me suspendieron el servicio de agua por supuesta falta
de pago, pero la factura la había pagado el 10 por PSE (adjunto el
comprobante). Me lo reconectaron al otro día, está bien, pero en la
factura de noviembre me aparece un cobro de reconexión de $68.400. No es
justo que pague una reconexión por un error de ustedes. Solicito que me
quiten ese valor.

Luz Marina Cárdenas
Bello, Antioquia"""),
("es", "b39-datafono-comision-pactada", "Jordi Puig <jordi@forndelcarrer.example>", "Comisiones del datáfono", "billing", "",
"""Hola,

cuando contratamos el datáfono el comercial nos dijo 0,40% por
operación con tarjeta de débito y sin cuota mensual. En el extracto de
octubre veo un 0,95% en casi todas las operaciones y una cuota de 9,90 €
de «mantenimiento». Tengo el correo del comercial con las condiciones.

¿Me lo podéis revisar y devolver la diferencia desde julio?

Jordi Puig
Forn del Carrer, Reus"""),
("es", "b39-remuneraciones-temporada-baja", "Paula Soto <psoto@agricolaelmaiten.example>", "Plan de remuneraciones fuera de temporada", "billing", "",
"""Estimados:

Somos una exportadora de cerezas en Curicó. Entre noviembre y febrero
procesamos liquidaciones de sueldo para unas 180 personas, pero el resto
del año quedamos con 9 trabajadores de planta. ¿Es posible bajar a un
plan más chico entre marzo y octubre y volver a subir en temporada, o
el plan es anual? Hoy estamos pagando 4,2 UF mensuales todo el año.

Saludos cordiales,
Paula Soto
Administración, Agrícola El Maitén"""),
("es", "b39-centralita-va-bien-extensiones", "Sonia Benítez <sonia.benitez@asesoriabenitez.example>", "Más extensiones", "billing", "",
"""Buenas,

no es una incidencia, la centralita funciona estupendamente desde que
la instalasteis. Es que en enero entran cinco personas nuevas en la
asesoría y necesitaríamos cinco extensiones más con sus teléfonos de
sobremesa. ¿Cuánto subiría la cuota mensual y hay coste de alta?

Gracias,
Sonia Benítez
Asesoría Benítez, Albacete"""),
("es", "b39-re-cancelacion-recoleccion-cobro", "Restaurante La Tapatía <administracion@latapatia.example>", "Re: Cancelación de servicio de recolección", "billing", "",
"""Buen día, les reenvío su propia confirmación. Cancelamos el servicio
desde el 1 de octubre y aun así nos cargaron $1,850.00 MXN a la tarjeta
el día 5. Favor de hacer el reembolso.

Atte.
Guadalupe Ríos
Administración, Restaurante La Tapatía

----- Mensaje original -----
De: Atención a Clientes
Enviado: 22 de septiembre
Asunto: Cancelación de servicio de recolección

Estimado cliente:
Le confirmamos la cancelación del servicio de recolección de residuos
para el domicilio Av. Chapultepec 214, Guadalajara, con efecto a partir
del 1 de octubre. No se realizarán más cargos a su tarjeta."""),
("es", "b39-cambio-comercializadora-devolver-recibos", "Álvaro Méndez <alvaro.mendez@example.es>", "Cobros después de cambiarme de compañía", "billing", "high",
"""Buenos días:

El 1 de julio cambié de comercializadora de luz y ustedes me enviaron la
factura de cierre, que pagué. Aun así me han seguido cargando recibos en
agosto (52,30 €), septiembre (58,75 €) y octubre (61,10 €) por un
suministro que ya no es suyo.

Quiero la devolución de los tres recibos en un plazo de diez días. Si
no, devolveré los recibos en el banco y presentaré una reclamación en la
OMIC de mi ayuntamiento.

Álvaro Méndez Gil
DNI 00000000T"""),
("es", "b39-gas-estimado-defensa-consumidor", "Silvina Ferreyra <silvina.ferreyra@example.com.ar>", "FACTURA DE GAS ESTIMADA", "billing", "high",
"""Buenas tardes.

Me llego una factura de gas de $182.340 con consumo "estimado", cuando
el medidor esta en la vereda y cualquiera lo puede leer. Vivo sola, en
un dos ambientes, y nunca pague mas de $40.000. Saque foto del medidor
hoy: la lectura real es 04417, muy por debajo de lo que ustedes
facturaron.

Pido que rehagan la factura con la lectura real. Si en cinco dias
habiles no tengo respuesta hago la denuncia en Defensa del Consumidor y
en el ENARGAS.

Silvina Ferreyra
Cliente 100-445-2219, Córdoba"""),
("es", "b39-terminal-retiene-depositos-supervisor", "Arturo Galindo <arturo.galindo@example.com.mx>", "DEPÓSITOS RETENIDOS - quiero hablar con un supervisor", "billing", "high",
"""Señores:

Desde hace 15 días tienen retenidos los depósitos de las ventas con
tarjeta de mi papelería, $38,400 en total, "por revisión de seguridad".
Nadie me explica qué se revisa ni cuándo me van a pagar. Con ese dinero
pago a proveedores y la nómina de mis dos empleadas.

No quiero otra respuesta automática. Quiero que me llame un supervisor
hoy mismo. Si no se liberan los fondos esta semana presentaré queja ante
la CONDUSEF.

Arturo Galindo
Papelería El Estudiante, Puebla
222 000 1144"""),
("es", "b39-red-calor-radiadores-cerrados", "Nuria Campos <nuria.campos@example.es>", "Factura calefacción", "billing", "",
"""Hola,

vivo en un piso conectado a la red de calor del barrio y tengo una duda
con la factura: el invierno pasado tuve los radiadores cerrados casi
todo el tiempo porque trabajo fuera, y aun así pago unos 38 € al mes.
¿Eso es solo el término fijo? ¿Hay alguna forma de pagar menos si casi
no uso la calefacción?

Gracias,
Nuria"""),
("es", "b39-contador-agua-gotea-rosca", "Francisco Javier Lorenzo <fjlorenzo@example.es>", "Contador", "technical", "",
"""Buenas tardes,

el contador del agua de mi casa, que está en la fachada, gotea por la
rosca de la tuerca de entrada, la que va antes de la llave de paso. No
es mucho, pero el hueco está siempre encharcado. Como es antes de mi
llave no puedo cortarlo yo. ¿Pueden mandar a alguien?

Calle Mayor 22, Tordesillas.
Francisco Javier Lorenzo"""),
("es", "b39-tinaco-no-se-llena", "Verónica Salgado <vero.salgado@example.com.mx>", "No llega agua al tinaco", "technical", "",
"""Buenos días, desde hace una semana el agua llega nada más como de 2 a
5 de la mañana y con muy poca presión, el tinaco ya no se llena y en la
tarde nos quedamos sin agua. Antes llegaba todo el día. Los vecinos de
enfrente dicen que a ellos sí les llega normal. ¿Pueden revisar la toma?
Calle Jacarandas 41, col. Las Flores, Cuernavaca.
Verónica"""),
("es", "b39-app-luz-usuario-bloqueado", "Matías Ledesma <mati.ledesma@example.com.ar>", "no puedo entrar a la app", "technical", "",
"""Hola, la app me dice "usuario bloqueado por intentos fallidos" y
cuando voy a "olvidé mi contraseña" me pide el mail, lo pongo y me dice
que no existe. Es el mismo mail con el que me llegan las facturas. Ya
probé desinstalar y volver a instalar. Nro de cliente 5520-118822.
Gracias"""),
("es", "b39-nominas-irpf-mal-tras-actualizacion", "Carmen Villalba <cvillalba@gestoriavillalba.example>", "Cálculo de IRPF en nóminas", "technical", "",
"""Buenos días:

No es una duda de facturación. Desde la actualización del día 2, el
programa de nóminas calcula mal la retención de IRPF en los contratos a
tiempo parcial: aplica el mismo porcentaje que a jornada completa y no
tiene en cuenta la regularización. Lo hemos comprobado en cuatro
empresas distintas. Antes de la actualización salía bien.

¿Es un fallo conocido? Tenemos que cerrar las nóminas de noviembre la
semana que viene.

Un saludo,
Carmen Villalba
Gestoría Villalba, Zaragoza"""),
("es", "b39-datafono-no-imprime-comprobante", "Andrés Guzmán <andres@panaderiaelrodeo.example>", "Datáfono", "technical", "",
"""Buenas tardes, el datáfono aprueba las compras pero no imprime el
comprobante, ni el del cliente ni el del comercio. Ya le cambiamos el
rollo y lo apagamos y prendimos. La pantalla dice "error impresora 02".
Serial 7731-AB-0092.

Andrés Guzmán
Panadería El Rodeo, Medellín"""),
("es", "b39-llamadas-cortan-30-segundos", "Iker Etxeberria <iker@etxeberriaseguros.example>", "Llamadas que se cortan", "technical", "",
"""Kaixo,

desde el lunes muchas llamadas entrantes de la centralita en la nube se
cortan justo a los 30 segundos de descolgar. Las salientes van bien.
Pasa en los softphones y en los teléfonos de mesa. No hemos tocado
nada del router.

¿Podéis mirarlo?

Iker Etxeberria
Etxeberria Correduría de Seguros, Donostia"""),
("es", "b39-router-empresa-reinicia", "Renzo Quispe <renzo.quispe@estudioquispe.example>", "Internet empresarial", "technical", "",
"""Buenos dias, el router del plan empresarial se reinicia solo mas o
menos cada hora, se apagan todas las luces y vuelve a los 3 minutos.
Nos corta las videollamadas con clientes. Ya lo cambiamos de enchufe.
Codigo de cliente 9008812.
Renzo Quispe, Estudio Contable Quispe, Arequipa"""),
("es", "b39-hola-caldera-tras-cambio-contador", "Pilar Sanz <pilar.sanz@example.es>", "Hola", "technical", "",
"""Hola, el martes vinieron a cambiar el contador del gas y desde
entonces la caldera no arranca, hace el clic y se pone el piloto rojo
con el error F28. Antes funcionaba perfectamente. No huele a gas ni
nada, simplemente no enciende. ¿Puede ser que no hayan abierto bien la
llave? Estoy sin agua caliente.
Pilar, calle Huesca 7, Teruel"""),
("es", "b39-olor-gas-portal-tranquilo", "Manuel Carrasco <manolo.carrasco@example.es>", "Una cosa del portal", "technical", "high",
"""Buenas tardes,

no sé si tiene importancia, pero desde el fin de semana en el portal de
mi edificio (calle Álamos 14, Valladolid) huele un poco a gas en la
zona del armario de los contadores, sobre todo a primera hora. Dentro de
casa no huele. Lo comento por si quieren pasarse cuando les venga bien.

Un saludo,
Manuel Carrasco"""),
("es", "b39-terminal-caida-clientes-sin-pagar", "Taquería Don Chuy <contacto@taqueriadonchuy.example>", "terminal", "technical", "high",
"""Desde las 8 de la noche las dos terminales dicen "sin conexión con el
servidor" y no pasa ningún pago con tarjeta. Tenemos el local lleno,
la gente ya cenó y no trae efectivo, estamos apuntando nombres en una
libreta para que nos transfieran mañana y varios ya se fueron. Viernes
de quincena. Necesitamos que alguien lo resuelva YA.

Jesús Medina
Taquería Don Chuy, Zapopan"""),
("es", "b39-centralita-caida-pedidos-delivery", "Pizzeria Sorrento <pedidos@pizzeriasorrento.example>", "urgente telefonos", "technical", "high",
"""Desde las 20:15 no entra ninguna llamada al numero de pedidos. Los
clientes nos escriben por Instagram que les da ocupado o que "el numero
no existe". Es sabado a la noche, tenemos seis cadetes parados en la
vereda y la cocina sin comandas. Ya reiniciamos todo. Llamen al
11 5000 3321 por favor.

Gustavo, encargado
Pizzeria Sorrento, Caballito"""),
("es", "b39-remesa-nominas-no-genera", "Recursos Humanos <rrhh@logisticaeljarama.example>", "No se genera la remesa de nóminas", "technical", "high",
"""Buenos días:

Desde ayer por la tarde el programa no genera el fichero SEPA de la
remesa de nóminas: al pulsar «Generar remesa» aparece «Error interno
(código 5012)» y se cierra. Tenemos 312 trabajadores y el banco necesita
el fichero antes de las 13:00 de mañana para que cobren el día 30.
Tenemos abierta la incidencia 77-20418 desde ayer sin respuesta.

Por favor, llámenme en cuanto lo vean: 600 000 418.

Beatriz Lozano
Responsable de RR. HH., Logística El Jarama"""),
("es", "b39-red-calor-abuela-sin-calefaccion", "Raquel Hernando <raquel.hernando@example.es>", "Sin calefacción - C/ Numancia 3, Soria", "technical", "high",
"""Buenas noches,

mi abuela, de 91 años, vive sola en C/ Numancia 3, 2.º B, Soria, que está
conectado a su red de calor. Desde esta mañana los radiadores están
fríos y tampoco tiene agua caliente. Estamos a -5 grados esta noche y
ella apenas puede moverse. Le he llevado mantas y una estufa eléctrica
pequeña, pero no puede estar así varios días.

En el teléfono de averías no contesta nadie. Por favor, manden a alguien
cuanto antes.

Raquel Hernando (nieta)
600 000 315"""),
("es", "b39-medidor-chispas-tras-cambio", "Claudia Fuentes <claudia.fuentes@example.cl>", "Medidor nuevo", "technical", "high",
"""Hola, el jueves vino un técnico de ustedes a cambiar el medidor de luz
de mi casa por uno inteligente. Desde ayer, cuando prendo el hervidor o
la lavadora, se escucha un chisporroteo dentro de la caja del medidor y
por la rendija se ven chispitas. Hay olor a plástico quemado. Bajé el
automático general por si acaso. ¿Cuándo pueden venir?

Claudia Fuentes
Pasaje Los Aromos 318, Temuco"""),
("es", "b39-horario-oficina-agosto", "Vicente Ferrer Climent <vicente.climent@example.es>", "Horario", "general", "",
"""Buenos días, ¿la oficina de atención al cliente de la avenida del
Puerto en Valencia abre en agosto? ¿Con horario de verano? Tengo que
llevar un papel firmado y prefiero hacerlo en persona.
Gracias."""),
("es", "b39-cambio-celular-correo", "Yolanda Morales <yolanda.morales@example.com.mx>", "actualizar datos", "general", "",
"""Hola buenas tardes, cambié de número de celular, el nuevo es
55 0000 7712. Por favor actualícenlo en mi contrato de luz a nombre de
Yolanda Morales Peña, y el correo también, que sea este. Gracias!!"""),
("es", "b39-rgpd-derecho-acceso", "Ignacio Robles <ignacio.robles@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

En virtud del artículo 15 del Reglamento General de Protección de Datos,
solicito que me faciliten una copia de todos los datos personales que
tratan sobre mí como cliente (número de contrato 4410221987), incluidas
las grabaciones de mis llamadas al servicio de atención al cliente y el
origen de los datos, así como los fines del tratamiento.

Adjunto copia de mi DNI.

Atentamente,
Ignacio Robles Sáez"""),
("es", "b39-gracias-cuadrilla-perdida", "Norma Giménez <norma.gimenez@example.com.ar>", "Agradecimiento", "general", "",
"""Quería agradecerles a los muchachos de la cuadrilla que vinieron el
martes a arreglar la pérdida de agua en la esquina de casa, en Villa
Crespo. Trabajaron bajo el sol toda la tarde, dejaron la vereda
limpia y hasta le acomodaron las macetas a mi vecina. Que se sepa que
hay gente que hace bien su trabajo.

Norma Giménez"""),
("es", "b39-patrocinio-carrera-10k", "Fundación Corre Barranquilla <info@correbarranquilla.example>", "Solicitud de patrocinio", "general", "",
"""Cordial saludo.

La Fundación Corre Barranquilla organiza el 16 de marzo la 5.ª Carrera
10K por el Río, con unos 2.000 corredores y recaudo para el programa de
natación de niños de la ribera. Queremos invitar a su empresa a ser
patrocinadora de los puntos de hidratación. Con gusto les enviamos el
portafolio de patrocinio.

Atentamente,
Camilo Restrepo
Director de la Fundación"""),
("es", "b39-recogida-muebles-viejos", "Jose Luis Pardo <jlpardo@example.es>", "Recogida de muebles", "general", "",
"""Buenas, hemos cambiado el sofa y el colchon y queremos saber como
funciona la recogida de muebles viejos en Alcala de Henares. Hay que
pedir cita? Se dejan en la calle la noche antes o hay que llevarlos a
algun punto limpio? Gracias.
Jose Luis"""),
("es", "b39-credencial-olvidada-sucursal", "Ernesto Villaseñor <ernesto.villasenor@example.com.mx>", "Olvidé mi credencial", "general", "",
"""Buenas tardes. El lunes estuve en su sucursal de avenida Vallarta y
creo que dejé mi credencial del INE en el módulo 4, la tuve que enseñar
y ya no la traía al llegar a la casa. ¿Me la pueden guardar? Paso a
recogerla el sábado.

Ernesto Villaseñor"""),
("es", "b39-lector-llave-en-el-bar", "Mercedes Lago <mercedes.lago@example.es>", "Lectura del contador", "general", "",
"""Hola, para la próxima lectura del contador del agua: la puerta del
cuarto de contadores está cerrada con llave porque nos han entrado a
robar. La llave la tiene Paco, el del bar de la esquina (Bar Lago,
mismo nombre pero no somos familia). Abre de 7 a 15.

Mercedes, comunidad de propietarios Rúa do Vilar 9, Santiago"""),
("es", "b39-no-queja-dureza-agua-biberones", "Laura Pizarro <laura.pizarro@example.es>", "Pregunta sobre el agua", "general", "",
"""Hola, no es ninguna queja, el agua llega perfectamente.

Acabo de tener un bebé y la pediatra me ha preguntado si el agua del
grifo de mi zona es muy dura o tiene mucho sodio, para saber si puedo
usarla para los biberones. Vivo en Getafe, barrio de Sector III. ¿Dónde
puedo ver los análisis?

Muchas gracias,
Laura"""),
("es", "b39-pregunta-visita-potabilizadora", "Escuela N.º 14 Domingo F. Sarmiento <direccion.esc14@example.com.ar>", "Pregunta", "general", "",
"""Buenos días. Soy directora de una escuela primaria de Paraná. Nuestros
alumnos de 5.º grado están trabajando el ciclo del agua y nos gustaría
saber si la planta potabilizadora recibe visitas de escuelas, y qué hay
que hacer para pedir turno. Serían unos 50 chicos con 4 docentes.

Saludos cordiales,
Mónica Aguirre"""),
("es", "b39-lector-entro-sin-permiso-responsable", "Begoña Iturbe <begona.iturbe@example.es>", "Comportamiento de su lector de contadores", "general", "high",
"""Buenas tardes:

Ayer por la mañana un lector de contadores de su empresa saltó la valla
de casa de mi madre, en Getxo, sin llamar al timbre, y se puso a dar
golpes en la ventana de la cocina para que le abriera el cuarto de
contadores. Mi madre tiene 84 años, vive sola y se llevó un susto
tremendo. Cuando le pidió que se identificara, le contestó de malas
maneras que «no tenía toda la mañana».

Quiero que un responsable de su empresa se ponga en contacto conmigo
para explicarme qué ha pasado y qué van a hacer al respecto.

Begoña Iturbe
600 000 925"""),
("es", "b39-rampa-sucursal-silla-ruedas", "Fernanda Quiroz <fernanda.quiroz@example.com.mx>", "Rampa de la sucursal Centro", "general", "high",
"""Buenas tardes.

La rampa de acceso de su oficina de cobro en el Centro de Querétaro
tiene varias losetas sueltas y una está rota justo en la bajada. Hoy mi
papá, que va en silla de ruedas, se atoró ahí y casi se voltea hacia
la calle; lo detuvo un señor que pasaba. Le avisamos al guardia y nos
dijo que "ya lo saben". Alguien se va a lastimar feo.

Fernanda Quiroz"""),
("es", "b39-gracias-tecnico-pos-chile", "Rodrigo Mella <rodrigo@almacenlaesquina.example>", "Felicitaciones", "general", "",
"""Hola, escribo solo para felicitar al técnico Cristián, que vino el
sábado a instalar el sistema de caja y la máquina de tarjetas en el
almacén. Súper paciente con mi mamá, que es la que atiende más, le dejó
todo anotado en un cuaderno y volvió a llamar el lunes para ver si
andaba todo bien. Un siete.

Rodrigo Mella
Almacén La Esquina, Valdivia"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b39-nadplata-gaz-zwrot-na-konto", "Barbara Nowicka <barbara.nowicka@example.pl>", "Nadpłata z rozliczenia", "billing", "",
"""Dzień dobry,

w rozliczeniu gazu za okres kwiecień - wrzesień wyszła mi nadpłata
312,45 zł. Na fakturze jest napisane, że zostanie zaliczona na poczet
przyszłych płatności. Wolałabym zwrot na konto, numer rachunku podaję
poniżej. Czy wystarczy ten mail, czy muszę wypełnić jakiś wniosek?

PL 00 1140 2004 0000 3102 7765 1234

Z poważaniem
Barbara Nowicka
nr klienta 600118274"""),
("pl", "b39-taryfa-g12-pompa-ciepla", "Tomasz Zielinski <tomek.zielinski@example.pl>", "taryfa", "billing", "",
"""Dzien dobry, od pazdziernika mamy pompe ciepla i rachunki za prad
poszly mocno w gore. Znajomy mowi ze powinnismy przejsc z G11 na G12w.
Ile by to mniej wiecej dalo przy zuzyciu okolo 7000 kWh rocznie i czy
zmiana taryfy cos kosztuje? Licznik trzeba wymieniac?
Tomek"""),
("pl", "b39-mama-zmarla-umowa-woda", "Grażyna Pawlak <grazyna.pawlak@example.pl>", "Umowa na wodę po mamie", "billing", "",
"""Szanowni Państwo,

moja mama, Helena Kowalczyk, zmarła 2 października. Umowa na dostawę
wody i odprowadzanie ścieków do domu przy ul. Polnej 8 w Kutnie była
zawarta na nią. Dom przejmuję ja i będę w nim mieszkać. Proszę o
informację, jak przepisać umowę na mnie i od kiedy faktury będą
wystawiane na moje nazwisko. Mam akt zgonu i postanowienie o nabyciu
spadku.

Z poważaniem
Grażyna Pawlak"""),
("pl", "b39-dzialka-sprzedana-wywoz", "Krzysztof Duda <k.duda@example.pl>", "Domek w Borach", "billing", "",
"""Dzień dobry,

sprzedaliśmy działkę z domkiem letniskowym w Borach Tucholskich (Bachorze
14), akt notarialny był 28 września. Proszę o zakończenie umowy na
odbiór odpadów od tej nieruchomości i niepobieranie już opłat. Pojemniki
zostały na miejscu, nowy właściciel mówi, że chętnie je przejmie, jeśli
się da.

Pozdrawiam
Krzysztof Duda"""),
("pl", "b39-zamykam-sklep-zwrot-terminala", "Jadwiga Sobczak <sklep.jadzia@example.pl>", "Terminal - zamknięcie działalności", "billing", "",
"""Dzień dobry,

po 26 latach zamykam sklep spożywczy (idę na emeryturę, wnuki czekają)
i z końcem grudnia kończę działalność. Jak mam oddać terminal płatniczy
i czy muszę płacić jakąś karę za wcześniejsze rozwiązanie umowy? Umowa
jest do czerwca przyszłego roku. Opłata miesięczna to 49 zł.

Jadwiga Sobczak
Sklep „U Jadzi”, Łowicz"""),
("pl", "b39-kadry-place-mniejszy-pakiet", "Michał Lis <michal.lis@drukarnia-lis.example>", "Licencja programu kadrowo-płacowego", "billing", "",
"""Dzień dobry,

mamy wykupiony pakiet do 50 pracowników, ale po zamknięciu drugiej
zmiany zatrudniamy już tylko 19 osób. Czy możemy od stycznia przejść na
pakiet do 25 pracowników? Licencja odnawia się 1 lutego - czy różnica
zostanie uwzględniona w fakturze, czy musimy to zgłosić osobno?

Pozdrawiam
Michał Lis
Drukarnia Lis sp. z o.o., Bydgoszcz"""),
("pl", "b39-centrala-dziala-korekta-numerow", "Anna Czerwińska <biuro@czerwinska-nieruchomosci.example>", "Faktura FV/2024/10/0871", "billing", "",
"""Dzień dobry,

od razu zaznaczam, że nie chodzi o awarię - centrala działa bez
zarzutu. Na fakturze za październik naliczono nam abonament za 12
numerów wewnętrznych, a mamy ich 10 (dwa zostały usunięte we wrześniu,
mam potwierdzenie z Państwa systemu zgłoszeń). Proszę o fakturę
korygującą.

Anna Czerwińska
Czerwińska Nieruchomości"""),
("pl", "b39-odp-zaliczki-cieplo-za-wysokie", "Paweł Krawczyk <pawel.krawczyk@example.pl>", "Odp: Prognoza opłat za ciepło na sezon 2024/2025", "billing", "",
"""Dzień dobry,

zaliczka 640 zł miesięcznie to prawie dwa razy więcej niż w zeszłym
sezonie. W lecie docieplilismy dom i wymieniliśmy okna, zużycie na
pewno spadnie. Proszę o obniżenie zaliczek do poziomu z poprzedniego
roku, czyli ok. 350 zł. Mogę przesłać faktury za termomodernizację.

Paweł Krawczyk

-----Wiadomość oryginalna-----
Od: Biuro Obsługi Klienta
Temat: Prognoza opłat za ciepło na sezon 2024/2025

Szanowny Kliencie,
w załączeniu przesyłamy prognozę opłat za ciepło dla węzła przy ul.
Lipowej 3. Miesięczna zaliczka wynosi 640,00 zł brutto, płatna do 15.
dnia każdego miesiąca."""),
("pl", "b39-blik-dwa-razy-woda", "Kasia Wrobel <kasia.wrobel@example.pl>", "platnosc", "billing", "",
"""hej, placilam faktura za wode przez BLIK w ebok i chyba sie zawiesilo,
kliknelam drugi raz i teraz z konta zeszlo dwa razy po 118,60 zl. w
eboku widac tylko jedna wplate. co z ta druga? moze byc na kolejna
fakture albo zwrot, obojetnie
Kasia"""),
("pl", "b39-przedluzenie-umowy-rzecznik", "Zbigniew Maciejewski <z.maciejewski@example.pl>", "Kara za rozwiązanie umowy - reklamacja", "billing", "high",
"""Szanowni Państwo,

moja umowa na sprzedaż energii z gwarancją ceny kończyła się 31 sierpnia.
Nikt mnie nie poinformował, że zostanie „automatycznie przedłużona” na
kolejne 24 miesiące. Gdy we wrześniu przeszedłem do innego sprzedawcy,
dostałem od Państwa notę na 800 zł kary za przedterminowe rozwiązanie
umowy.

Nie wyrażałem zgody na przedłużenie i żądam anulowania noty. Jeśli nie
otrzymam pozytywnej odpowiedzi w ciągu 14 dni, sprawę przekażę
miejskiemu rzecznikowi konsumentów i zgłoszę do URE.

Zbigniew Maciejewski
nr umowy E/2021/55810"""),
("pl", "b39-telekom-karta-chargeback", "Natalia Rutkowska <natalia@rutkowska-design.example>", "Dalej pobieracie opłaty", "billing", "high",
"""Dzień dobry,

umowę na internet i telefon dla firmy rozwiązałam ze skutkiem na 30
czerwca (mam potwierdzenie, nr sprawy 2024/RZ/11873). Mimo to w lipcu,
sierpniu i wrześniu pobraliście z mojej karty po 129,99 zł. Piszę
trzeci raz.

Jeśli do piątku nie dostanę zwrotu 389,97 zł, składam w banku reklamację
transakcji (chargeback) i zastrzegam kartę dla Państwa firmy.

Natalia Rutkowska
Rutkowska Design"""),
("pl", "b39-nota-odsetkowa-kierownik", "Ryszard Kołodziej <ryszard.kolodziej@example.pl>", "Nota odsetkowa", "billing", "high",
"""Dzień dobry,

otrzymałem notę odsetkową na 47,20 zł za rzekomo spóźnioną płatność za
ciepło za wrzesień. Zapłaciłem 12 września, termin był do 15, mam
potwierdzenie przelewu. To już druga taka nota w tym roku i za pierwszym
razem konsultantka też przyznała, że to Państwa błąd.

Nie będę znowu tłumaczył się na infolinii. Proszę, żeby skontaktował się
ze mną kierownik działu rozliczeń.

Ryszard Kołodziej
tel. 600 000 217"""),
("pl", "b39-prosument-depozyt-zwrot", "Mariusz Błaszczyk <mariusz.blaszczyk@example.pl>", "Depozyt prosumencki", "billing", "",
"""Dzień dobry,

mam fotowoltaikę 6,2 kWp w net-billingu od dwóch lat. Na koncie
prosumenckim zostało mi 684 zł niewykorzystanego depozytu po pierwszych
12 miesiącach. Czytałem, że można dostać zwrot części nadwyżki. Jak
złożyć taki wniosek i ile procent mi się należy?

Pozdrawiam
Mariusz Błaszczyk"""),
("pl", "b39-woda-czuc-chlorem", "Dorota Wieczorek <dorota.wieczorek@example.pl>", "Woda z kranu", "technical", "",
"""Dzień dobry, od wczoraj woda z kranu w całym mieszkaniu bardzo mocno
pachnie chlorem, jak na basenie. Wcześniej nic takiego nie było. Czy
coś się dzieje w sieci? Mieszkam na os. Rusa w Poznaniu.
Dorota"""),
("pl", "b39-kaloryfery-letnie-przelozony", "Andrzej Wróblewski <andrzej.wroblewski@example.pl>", "TRZECIE zgłoszenie - kaloryfery", "technical", "high",
"""Dzień dobry,

to już trzecie zgłoszenie (poprzednie: 4471/10 i 4598/10). Od początku
sezonu grzewczego kaloryfery w naszym mieszkaniu przy ul. Kościuszki
40/12 są ledwo letnie, w pokojach jest 17 stopni. Dwa razy był Państwa
technik, odpowietrzył grzejniki, „wszystko w normie”, i po dwóch dniach
to samo. Sąsiedzi z pionu mają identycznie.

Proszę przekazać sprawę przełożonemu, bo kolejna wizyta tego samego
technika nic nie da.

Andrzej Wróblewski"""),
("pl", "b39-ebok-nie-o-platnosc-logowanie", "Irena Kaczmarek <irena.kaczmarek@example.pl>", "eBOK", "technical", "",
"""Dzień dobry,

nie chodzi o płatność, faktury opłacam normalnie przelewem. Od kilku
dni nie mogę zalogować się do eBOK: po wpisaniu hasła strona odświeża
się i wraca do ekranu logowania, bez żadnego komunikatu. Próbowałam na
komputerze i na telefonie, zmieniłam też hasło. Nadal to samo.

Irena Kaczmarek"""),
("pl", "b39-licznik-zdalny-brak-odczytow", "Łukasz Jankowski <lukasz.jankowski@example.pl>", "Licznik", "technical", "",
"""Dzień dobry,

w maju wymieniono mi licznik na zdalny. W aplikacji od sierpnia nie ma
żadnych odczytów, a faktury przychodzą na podstawie prognozy. Na
liczniku miga dioda przy napisie „komunikacja”. Czy ktoś może sprawdzić,
czy ten licznik w ogóle się łączy?

Łukasz Jankowski
PPE 590243000000112233"""),
("pl", "b39-terminal-wifi-nie-laczy", "Salon Fryzjerski Viola <salon.viola@example.pl>", "terminal", "technical", "",
"""Dzien dobry, terminal od tygodnia nie chce sie polaczyc z naszym wifi,
pisze "brak sieci", laczy sie tylko przez karte SIM i wtedy platnosc
idzie po minucie albo wcale. Router jest ten sam, haslo to samo, inne
urzadzenia dzialaja. Jak to ustawic od nowa?
Viola, salon w Pabianicach"""),
("pl", "b39-pit11-zly-urzad", "Edyta Szczepańska <e.szczepanska@biuro-rachunkowe-es.example>", "PIT-11 - błędny urząd skarbowy", "technical", "",
"""Dzień dobry,

przy generowaniu PIT-11 za ubiegły rok program wpisuje części
pracowników urząd skarbowy sprzed zmiany adresu, mimo że w kartotekach
mają wpisany nowy adres i nowy urząd. Dotyczy to co najmniej 7 osób u
dwóch klientów. Ręczna poprawka na deklaracji nie zapisuje się.

Proszę o pomoc, bo wolałabym to wyjaśnić przed końcem lutego.

Edyta Szczepańska
Biuro Rachunkowe ES"""),
("pl", "b39-przekierowanie-po-godzinach", "Gabinet Weterynaryjny Azor <rejestracja@azor-vet.example>", "Przekierowanie po 18", "technical", "",
"""Dzień dobry,

w panelu centrali mamy ustawione, że po 18:00 połączenia na numer
rejestracji idą na komórkę dyżurnego lekarza. Od zmiany czasu na zimowy
przekierowanie włącza się dopiero o 19:00, a między 18 a 19 klienci
słyszą komunikat, że gabinet jest zamknięty. Strefa czasowa w panelu
jest ustawiona na Warszawę.

Pozdrawiam
Marta Kubacka, rejestracja"""),
("pl", "b39-pytanie-pos-drukarka-fiskalna", "Kawiarnia Ziarenko <ziarenko.kawa@example.pl>", "Pytanie", "technical", "",
"""Dzień dobry, mam pytanie. Po wczorajszej aktualizacji systemu POS
kasa nie widzi drukarki fiskalnej - przy zamknięciu rachunku wyskakuje
„Brak połączenia z drukarką fiskalną (COM3)”. Drukarka jest włączona i
sama drukuje raport. Czy trzeba coś przestawić po aktualizacji?

Basia, Kawiarnia Ziarenko, Toruń"""),
("pl", "b39-gaz-w-piwnicy-spokojnie", "Stefan Olszewski <stefan.olszewski@example.pl>", "Zapach w piwnicy", "technical", "high",
"""Dzień dobry,

piszę spokojnie, bo nic się nie dzieje, ale od wczoraj w piwnicy
naszego bloku, przy gazomierzach, czuć lekki zapach gazu. Na klatce i w
mieszkaniach nie czuć. Sąsiad mówi, że tak już było jesienią i samo
przeszło. Może ktoś by przy okazji zajrzał.

ul. Słoneczna 17, Olsztyn
Stefan Olszewski"""),
("pl", "b39-babcia-bez-ogrzewania-mroz", "Magdalena Wysocka <magda.wysocka@example.pl>", "Brak ogrzewania - ul. Grunwaldzka 5/3", "technical", "high",
"""Dzień dobry,

moja babcia (89 lat, leżąca) mieszka sama przy ul. Grunwaldzkiej 5/3 w
Suwałkach. Od wczoraj wieczorem kaloryfery są zimne i nie ma ciepłej
wody. W nocy ma być -12 stopni, w mieszkaniu jest już 14. Opiekunka
przyniosła farelkę, ale to nie wystarczy na dłużej.

Na numer alarmowy nikt nie odbiera. Bardzo proszę o pilny przyjazd.

Magdalena Wysocka (wnuczka)
tel. 600 000 589"""),
("pl", "b39-stacja-terminale-kierowcy-odjezdzaja", "Stacja Paliw Bór <stacja.bor@example.pl>", "Płatności", "technical", "high",
"""Od 6:30 żaden z trzech terminali nie przyjmuje kart, pokazują
„Błąd autoryzacji - brak połączenia z hostem”. Kierowcy tankują, nie
mają gotówki, zostawiają dowody osobiste w zastaw albo w ogóle
odjeżdżają sprzed dystrybutora. Ciężarówki z bazy obok nie mogą
zatankować na karty flotowe. Infolinia - 45 minut czekania.

Proszę o natychmiastowy kontakt: 600 000 744.

Wiesław Borek, właściciel"""),
("pl", "b39-dyspozytornia-telefony-gluche", "Trans-Pol Dyspozytornia <dyspozytor@transpol-logistyka.example>", "TELEFONY", "technical", "high",
"""Od rana nie dziala zaden numer stacjonarny w dyspozytorni, w
sluchawkach cisza, nie ma nawet sygnalu. Kierowcy nie moga sie do nas
dodzwonic, stoja na rozladunkach i nie wiedza gdzie jechac dalej, a
klienci dzwonia na moja prywatna komorke. 40 aut w trasie. Prosze o
pilny kontakt 600 000 402.
Dariusz, kierownik dyspozytorni"""),
("pl", "b39-przelewy-wynagrodzen-nie-generuja", "Kadry <kadry@zakladymiesnekrol.example>", "Nie generują się przelewy wynagrodzeń", "technical", "high",
"""Dzień dobry,

od wczoraj program nie generuje paczki przelewów wynagrodzeń do banku -
po kliknięciu „Eksport przelewów” pojawia się „Nieoczekiwany błąd
(0x80004005)” i nic się nie dzieje. Lista płac za październik jest
zatwierdzona. Mamy 164 pracowników, a wynagrodzenia muszą wyjść
najpóźniej jutro, bo termin wypłaty w regulaminie to 10. dzień miesiąca.

Zgłoszenie nr 33107 wysłane wczoraj, brak odpowiedzi. Proszę o
telefon: 600 000 833.

Agnieszka Mróz
Kadry i płace, Zakłady Mięsne Król"""),
("pl", "b39-iskrzenie-skrzynka-licznikowa", "Wspólnota Mieszkaniowa Ogrodowa 9 <zarzad.ogrodowa9@example.pl>", "Skrzynka z licznikami na klatce", "technical", "high",
"""Dzień dobry,

w skrzynce z licznikami prądu na parterze naszej klatki od wczoraj coś
trzaszczy i iskrzy, widać to przez szparę w drzwiczkach, a obudowa przy
jednym z liczników jest nadtopiona. Czuć spaleniznę na całej klatce. W
budynku mieszka 18 rodzin, w tym kilkoro małych dzieci. Elektryk
wspólnoty powiedział, że to po stronie operatora i nie może tego
ruszać.

Za zarząd wspólnoty
Jolanta Kamińska, tel. 600 000 611"""),
("pl", "b39-bok-wigilia-godziny", "Henryka Laskowska <henryka.laskowska@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, w jakich godzinach będzie czynne Biuro Obsługi Klienta
przy ul. Piłsudskiego w Wigilię i między świętami? Chciałabym przyjść
osobiście złożyć dokumenty. Z góry dziękuję. H. Laskowska"""),
("pl", "b39-zmiana-adresu-korespondencyjnego", "Jarosław Kalinowski <jaroslaw.kalinowski@example.pl>", "Zmiana danych kontaktowych", "general", "",
"""Dzień dobry,

proszę o zmianę adresu korespondencyjnego dla umowy nr W/118/2019 na:
ul. Wojska Polskiego 31/4, 75-712 Koszalin, oraz numeru telefonu na
600 000 145. Adres punktu poboru się nie zmienia.

Dziękuję
Jarosław Kalinowski"""),
("pl", "b39-rodo-usuniecie-danych", "Oliwia Zawadzka <oliwia.zawadzka@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

w związku z zakończeniem umowy na dostawę gazu (rozliczenie końcowe
zostało opłacone) na podstawie art. 17 RODO wnoszę o usunięcie moich
danych osobowych w zakresie, w jakim nie są Państwo zobowiązani do ich
przechowywania, oraz o zaprzestanie przesyłania mi ofert
marketingowych SMS-em.

Z poważaniem
Oliwia Zawadzka"""),
("pl", "b39-podziekowanie-pogotowie-wodociagowe", "Janina Górecka <janina.gorecka@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam serdecznie podziękować panom z pogotowia wodociągowego, którzy
w sobotę w nocy usuwali awarię na ul. Kwiatowej w Zgierzu. Byli
uprzejmi, wszystko wytłumaczyli, a rano jeszcze zapukali zapytać, czy
woda leci jak trzeba. Rzadko się takich ludzi spotyka.

Z wyrazami szacunku
Janina Górecka"""),
("pl", "b39-sponsoring-festyn-osp", "OSP Wola Mała <osp.wolamala@example.pl>", "Prośba o wsparcie festynu", "general", "",
"""Szanowni Państwo,

Ochotnicza Straż Pożarna w Woli Małej organizuje 15 czerwca festyn
rodzinny z okazji 100-lecia jednostki. Zwracamy się z prośbą o wsparcie
w formie sponsoringu (nagrody w konkursach dla dzieci, ok. 1 500 zł).
Logo firmy umieścimy na banerze i w lokalnej gazecie.

Z poważaniem
dh Roman Pietrzak
Prezes OSP Wola Mała"""),
("pl", "b39-harmonogram-wielkogabaryty", "Piotr Sadowski <piotr.sadowski@example.pl>", "gabaryty", "general", "",
"""Dzien dobry, kiedy jest najblizszy odbior gabarytow na ul. Brzozowej
w Lesznie? Mamy stara szafe i dwa fotele. Wystawiac dzien wczesniej
wieczorem czy rano? I czy biora tez stare drzwi?
Pozdrawiam, Piotr"""),
("pl", "b39-zostawilam-teczke-bok", "Elżbieta Michalak <ela.michalak@example.pl>", "Zostawiona teczka", "general", "",
"""Dzień dobry,

we wtorek około 11 byłam w Państwa BOK przy ul. Dworcowej i chyba
zostawiłam przy stanowisku nr 2 zieloną teczkę z dokumentami (m.in.
zaświadczenie z ZUS na moje nazwisko). Czy ktoś ją znalazł? Mogę
odebrać w każdej chwili.

Elżbieta Michalak
tel. 600 000 390"""),
("pl", "b39-inkasent-domofon", "Zofia Czarnecka <zofia.czarnecka@example.pl>", "Odczyt wodomierza", "general", "",
"""Dzień dobry, mam prośbę do pana inkasenta: dzwonek przy furtce nie
działa, proszę dzwonić domofonem pod numer 12 albo na komórkę
600 000 208, wyjdę i otworzę. W tygodniu jestem w domu po 15.

Zofia Czarnecka, ul. Wiśniowa 4, Kielce"""),
("pl", "b39-nie-reklamacja-dzien-otwarty", "Bartosz Górski <bartosz.gorski@example.pl>", "Dzień otwarty", "general", "",
"""Dzień dobry,

to nie reklamacja, rachunki się zgadzają. Mój syn (12 lat) jest
zafascynowany elektrociepłownią, którą widzimy z okna. Czy organizują
Państwo dni otwarte albo zwiedzanie dla rodzin? Chętnie byśmy
przyjechali.

Pozdrawiam
Bartosz Górski"""),
("pl", "b39-dziekuje-pani-agnieszce", "Halina Wojcik <halina.wojcik@example.pl>", "podziekowanie", "general", "",
"""Dzien dobry, chcialam bardzo podziekowac Pani Agnieszce z dzialu
wsparcia, ktora w piatek przez godzine tlumaczyla mi krok po kroku
zamkniecie roku w programie placowym. Jestem w kadrach dopiero od
wrzesnia i bez niej bym nie dala rady. Prosze przekazac jej
przelozonemu, ze ma swietna pracownice.
Halina Wojcik, Przedszkole Niezapominajka"""),
("pl", "b39-monter-agresywny-kierownik", "Robert Szulc <robert.szulc@example.pl>", "Skarga na zachowanie montera", "general", "high",
"""Dzień dobry,

w czwartek przyszedł do nas Państwa monter w sprawie plomby na
gazomierzu. Gdy żona zapytała o legitymację, zaczął na nią krzyczeć, że
„nie ma czasu na takie cyrki”, a wychodząc kopnął w furtkę i rzucił
wulgarnym słowem w stronę naszego syna. Żona była roztrzęsiona przez
cały dzień.

Żądam rozmowy z kierownikiem odpowiedzialnym za tego pracownika i
pisemnej informacji, jakie wyciągnięto konsekwencje.

Robert Szulc
ul. Lipowa 19, Nowy Sącz
tel. 600 000 930"""),
("pl", "b39-pekniete-drzwi-bok", "Kamil Urbański <kamil.urbanski@example.pl>", "Drzwi w BOK przy Rynku", "general", "high",
"""Dzień dobry,

w szklanych drzwiach wejściowych do BOK przy Rynku pęknięta jest dolna
szyba i na wysokości kolan wystaje ostry kawałek szkła. Dziś rano moja
córka w wózku przejeżdżała obok może 10 cm od niego. Drzwi są
oklejone tylko taśmą klejącą, bez żadnej osłony ani oznakowania, a
codziennie wchodzi tam mnóstwo ludzi z dziećmi.

Kamil Urbański"""),
("pl", "b39-webinar-zmiany-przepisow", "Renata Kozłowska <r.kozlowska@pracownia-kozlowska.example>", "Szkolenie", "general", "",
"""Dzień dobry,

czy planują Państwo webinar dla użytkowników programu o zmianach w
przepisach od stycznia (minimalne wynagrodzenie, nowe wzory
deklaracji)? W zeszłym roku było takie szkolenie i bardzo się przydało.
Jeśli tak, proszę o link do zapisów.

Pozdrawiam
Renata Kozłowska"""),
]
