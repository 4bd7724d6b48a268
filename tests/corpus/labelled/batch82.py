# batch82.py -- labelled mails held out of the tree until the rules it
# measures are final.  Appliance repair and warranties: washing machine
# and fridge repair, dishwasher engineers, extended warranty providers,
# appliance spare parts, cooker installation, boiler and appliance cover
# plans.  The failure classes in new situations -- escalation demands
# that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or quote an earlier mail, cover plans ended
# or paused in other words (a death, a move, a scrapped machine), outages
# of a business told only by their consequences, safety hazards told
# calmly, praise -- and everyday mail of all three queues.  Written
# separately in each language, not translated.  Same tuple format as
# batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b82-callout-paid-twice", "Rhiannon Pugh <rhiannon.pugh@example.co.uk>", "Two payments for one visit", "billing", "",
"""Hi there,

Your engineer came out on Tuesday to look at our washing machine (job
ref WM-228140) and I paid the £79 call-out on the card machine he had
with him. Checked my banking app this morning and there are two
payments of £79 to you on the same day, four minutes apart. He did say
the first one hadn't gone through, so I think he just tried again.

Could you refund the second one please?

Diolch,
Rhiannon Pugh
Swansea"""),
("en", "b82-hotpoint-gave-up-ghost", "Archie Lund <archie.lund@example.com>", "Appliance Care", "billing", "",
"""Hello,

Our old Hotpoint finally gave up the ghost on Saturday after 14 years
of faithful service, and rather than have it patched up again we've
bought a new one, which comes with its own 5-year guarantee. So there's
nothing left for the Appliance Care plan to look after - please don't
take the £8.50 on the 1st.

Policy number AC-00719335.

Cheers,
Archie"""),
("en", "b82-late-husband-boiler-cover", "Margaret Doyle <peggy.doyle@example.ie>", "Letter", "billing", "",
"""Dear Sir or Madam,

I am writing about my late husband Michael Doyle who passed away in
February. He had the boiler cover with ye for many years, it comes out
of his account with the credit union every month, 14.99 euro. I am
selling the house in Mullingar now and going to live with my son in
Galway so it will not be needed any more.

Please stop it and let me know if there is anything I have to sign.
The number on the letter is BC 4471920.

Thank you for your help,
Margaret Doyle"""),
("en", "b82-renewal-up-41-percent", "Colin Ashworth <colin.ashworth@example.co.uk>", "Renewal letter", "billing", "",
"""Your renewal letter for the fridge freezer cover arrived today. Last
year it was £119, this year you want £168 for exactly the same cover on
a fridge that's a year older and has never had a single claim. That's a
41% rise.

Can you explain how that's been worked out, and is there a cheaper
level of cover? I'm happy to take a higher excess if it brings it down.
Otherwise I'll let it lapse.

Colin Ashworth"""),
("en", "b82-wrong-gasket-exchange", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Order 38817", "billing", "",
"""Dear Team,

I had ordered one door gasket for my Bosch front load washing machine
(model WAK24268IN) vide order no. 38817 and paid Rs 2,450 online. The
part received is for some other model, it is smaller and not fitting
at all. Kindly arrange to exchange it with the correct gasket. I have
kept the original packing and the invoice.

Please do the needful at the earliest.

Regards,
Venkatesh Iyer
Chennai"""),
("en", "b82-landlord-vat-invoice", "Sunil Chaudhry <sunil@chaudhry-lettings.example>", "Question", "billing", "",
"""Hi,

Quick one - I'm a landlord and your engineer repaired the fridge at my
tenant's flat (42B Elm Grove, Leeds) on 3 June. She paid on the day and
I've reimbursed her, but my accountant needs a proper VAT invoice made
out to the business, not the card slip. Could you send one to this
address? Chaudhry Lettings Ltd, 18 Roundhay Road, Leeds LS8 5AJ.

Thanks
Sunil"""),
("en", "b82-urgent-receipt-self-assessment", "Tracey Holt <tracey.holt@example.com>", "URGENT!!! receipt needed", "billing", "",
"""Hi, URGENT please - I need a receipt for the cooker repair you did in
March (about £145, I think it was the 14th) for my self assessment, the
accountant wants everything by Friday and my email receipt seems to
have vanished. Name Tracey Holt, postcode NG5 3FA.
Ta,
Tracey"""),
("en", "b82-not-technical-pump-billed", "Gordon Fairbairn <g.fairbairn@example.co.uk>", "Dishwasher visit 22/05", "billing", "",
"""This isn't a technical query - the dishwasher has been working
perfectly since your engineer was here, and he was very good.

My question is about the bill. I was charged £62 for a drain pump, but
the dishwasher is covered by your 3-year extended warranty (certificate
EW-551203), which I bought along with it in 2023. As far as I can read
the terms, parts are included. Should that £62 not be refunded?

Regards,
Gordon Fairbairn
Edinburgh"""),
("en", "b82-wear-and-tear-chargeback", "Leanne Mercer <leanne.mercer@example.com>", "Claim ref CL-90412 - declined", "billing", "high",
"""I paid you £249 for three years of "complete peace of mind" cover on
my tumble dryer. The first time I actually need it, the drum bearing
goes and you decline the claim as "wear and tear". Nobody mentioned
that when I was sold the plan, and the exclusions your agent read out
on the phone didn't include it either.

I want the full £249 back. If I haven't heard from you by the end of
next week I'll be raising a chargeback with my credit card company - I
have already checked with them and I'm well within the time limit.

Leanne Mercer"""),
("en", "b82-fitting-refund-manager-call", "Pradeep Sharma <pradeep.sharma@example.co.uk>", "Refund - 5 weeks and counting", "billing", "high",
"""This is my fourth email about this.

I booked a cooker installation for 12 April and paid £95 in advance.
Your fitter cancelled the day before and I had to get a local man in
instead. Your colleague Jade confirmed on 13 April that the £95 would
be refunded "within 5-7 working days". It is now the 20th of May and I
have received nothing.

I'm done with being given reference numbers. I want a manager to ring
me today on 07700 900418 and tell me when my money is coming back.

Pradeep Sharma"""),
("en", "b82-auto-renewed-fspo", "Declan Furlong <declan.furlong@example.ie>", "Policy renewed without my consent", "billing", "high",
"""Hi,

I was surprised to see EUR 210 taken from my account on Monday for the
renewal of the appliance cover on my washer and dryer. I never got a
renewal notice, by post or by email, and when I took the plan out I
specifically ticked the box to NOT auto-renew - I have the confirmation
email showing that.

I want the 210 refunded and the policy closed. If this isn't sorted
promptly I'll be bringing a complaint to the Financial Services and
Pensions Ombudsman, I've already downloaded their form.

Declan Furlong
Kilkenny"""),
("en", "b82-compressor-payment-plan", "Bec Lawson <bec.lawson@example.com.au>", "Quote for fridge", "billing", "",
"""G'day,

Your tech came out to the fridge yesterday and reckons the compressor
is cactus, quote is $640 for the part and labour. We want to go ahead
but that's a lot in one hit right before Christmas. Do you do payment
plans, or Afterpay or anything like that? Even splitting it in two
would help.

Thanks heaps,
Bec"""),
("en", "b82-re-quote-deposit-gas-check", "Harriet Cole <harriet.cole@example.co.uk>", "Re: Your quote Q-4471 - range cooker installation", "billing", "",
"""Thanks Marcus, that all looks fine. One question before I pay the
deposit: if your fitter turns up and finds the gas supply isn't
suitable and can't go ahead, do I get the £150 back, or does some of it
go on the cost of the visit?

Harriet

On Mon, 3 Mar 2025 at 10:12, Marcus Webb <quotes@cookerfit.example> wrote:
> Dear Mrs Cole,
>
> Thank you for your enquiry. Please find below our quote for the
> installation of your 100cm dual fuel range cooker:
>
> Installation and gas safety check: £185.00
> Removal and disposal of old cooker: £35.00
> Total: £220.00 inc VAT
>
> A deposit of £150 secures your installation date.
>
> Kind regards,
> Marcus Webb
> CookerFit"""),
("en", "b82-promo-code-not-taken", "Jake Kowalski <jkowalski@example.com>", "Order 55123", "billing", "",
"""Hey, just placed order 55123 for a dryer heating element and belt kit
($86.40). I had the 15% off code SPRING15 from your newsletter and it
said "applied" but the total didn't change. Can you take the discount
off or refund the difference to my card? Thanks, Jake"""),
("en", "b82-washer-e18-filter-cleaned", "Sophie Marsh <sophie.marsh@example.co.uk>", "Washing machine", "technical", "",
"""Hi, our washing machine (Bosch Serie 4, on your repair cover) stopped
mid-cycle last night with water still in the drum and E18 on the
display. I've cleaned the filter at the bottom like the manual says,
there was a bit of fluff and a hair clip, but it still won't drain. Can
someone come out? I'm working from home all week so any day is fine.

Sophie"""),
("en", "b82-fridge-ice-back-wall", "Ananya Reddy <ananya.reddy@example.in>", "Refrigerator complaint", "technical", "",
"""Hello,

My double door refrigerator (purchased from your showroom in Hyderabad
in January, still under warranty) is forming a thick layer of ice on
the back wall of the fridge section. Water is dripping onto the
vegetables and the bottom tray is full of water every morning.
Temperature setting is normal, 4.

Kindly send a technician. Available any day after 11 am.

Thanks & regards,
Ananya Reddy
Mob: 98480 22107"""),
("en", "b82-dishwasher-same-fault-again", "Kev Hollis <kev.hollis@example.co.uk>", "SAME FAULT AGAIN", "technical", "",
"""Your engineer replaced the pump on my dishwasher TWO WEEKS AGO and it's
doing EXACTLY the same thing. Stops after 20 mins, beeps, water sat in
the bottom. Job number was DW-301877. I took a morning off work for
that visit and I'm not doing it again for nothing. When can you send
someone who actually knows what they're doing??

Kev"""),
("en", "b82-portal-reset-email-missing", "Nadia Rahman <nadia.rahman@example.com>", "Can't get in", "technical", "",
"""I'm trying to book a repair for my oven through your customer portal
but it keeps saying my password is wrong. I click "forgot password" and
the reset email never comes (checked spam, waited over an hour, tried
three times). It's the same email address as this one. Is there
another way in, or can you reset it at your end?

Nadia"""),
("en", "b82-oven-inner-glass-burst", "Eileen Rourke <eileen.rourke@example.ie>", "Oven door", "technical", "high",
"""Hello,

Just to let you know that the inner glass panel on my oven door
shattered this evening while a chicken was roasting, about 40 minutes
in at 200 degrees. There was a loud bang and the glass is in small
pieces on the oven floor and some on the kitchen floor. Nobody was
hurt, thankfully, the children were in the other room. I've switched
it off at the wall and won't use it.

It's the built-in oven you installed last September. I'd be glad if
someone could look at it and tell me whether it's safe, as I don't like
the thought of it happening again with the little ones around.

Kind regards,
Eileen Rourke"""),
("en", "b82-dryer-plug-brown-mark", "Trevor Blake <trevor.blake@example.co.uk>", "Tumble dryer - nothing urgent", "technical", "high",
"""Afternoon,

Not a big drama, but thought I'd mention it. The plug on our tumble
dryer (the one you repaired in the spring) gets quite hot by the end of
a cycle, and I noticed today there's a brownish mark on the socket
around one of the pins and a faint smell of hot plastic. Still dries
fine otherwise.

No rush, whenever an engineer is passing would be fine. We'll carry on
using it in the meantime unless you say otherwise.

Trevor Blake"""),
("en", "b82-new-cooker-faint-gas", "Josie Kemp <josie.kemp@example.com>", "New cooker", "technical", "high",
"""Hi,

Your fitter put in our new gas cooker on Thursday, lovely job and very
tidy. Since then there's been a faint gassy smell in the kitchen now
and again, mostly after the hob's been on. My husband says it's
probably just the new cooker bedding in so I'm not too worried, but
could someone pop round and check the connection at some point next
week?

Thanks,
Josie"""),
("en", "b82-trattoria-walk-in", "Marco Bellini <marco@trattoria-bellini.example>", "Walk-in", "technical", "high",
"""Binned about £600 of meat and dairy this morning. Had to take the lamb
and the tiramisu off tonight's menu and we've got 70 booked. The
thermometer in the walk-in says 13 and the unit outside is humming but
not blowing anything. Your maintenance contract says 4 hour response.
It's been 3 since I rang.

Marco Bellini
Trattoria Bellini, Deansgate"""),
("en", "b82-dad-87-boiler-f1", "Alison Park <alison.park@example.co.uk>", "Boiler - Dad is 87", "technical", "high",
"""Hello,

My father, Frank Heywood, has your HomeCare boiler cover (policy HC 118
2204) at 7 Moorside Road, Harrogate. His boiler has stopped working
since last night - no heating and no hot water, the pressure gauge is
on zero and it's showing F1. It was minus 3 here overnight. He's 87,
has COPD and lives alone. I've taken him round two fan heaters but they
can't keep the house warm.

The phone line told me the first appointment is Thursday. Please can
someone get to him sooner?

Alison Park (daughter)
07700 900265"""),
("en", "b82-re-repair-complete-clicking", "Graham Nuttall <graham.nuttall@example.co.uk>", "Re: Your repair is complete - job FR-77310", "technical", "",
"""Not complete as far as I'm concerned. Since your engineer changed the
thermostat the fridge clicks loudly every couple of minutes, all night,
and the top shelf is now colder than the freezer (the milk froze).
Could you send him back please.

Graham

-----Original Message-----
From: Service Team <noreply@fixitfast.example>
Sent: 14 November 2024 16:02
To: Graham Nuttall
Subject: Your repair is complete - job FR-77310

Dear Graham,

Your engineer has marked job FR-77310 as complete. We hope you are
happy with the service. Please rate your engineer using the link
below.

FixItFast Appliance Repairs"""),
("en", "b82-no-refund-just-spin", "Wendy Okafor <wendy.okafor@example.com>", "washing machine", "technical", "",
"""I don't want a refund and I don't want a new machine, I just want the
one I've got to spin. Ever since it was repaired it fills, washes,
drains and then just sits there when it gets to the spin, clothes come
out dripping. Tried the spin-only programme, same thing. It isn't
overloaded, I've tried it with two towels.

Wendy Okafor"""),
("en", "b82-washer-dryer-wifi-0x2f", "Ryan Cheng <ryan.cheng@example.com.au>", "App won't pair", "technical", "",
"""Hi, trying to connect our new washer-dryer to the wifi with your app.
It gets to "connecting to appliance" and then fails with error 0x2F
every time. Router is on 2.4GHz, phone is about a metre from the
machine, app is the latest version. Tried resetting the network
settings on the machine too. Any ideas?

Ryan (Brunswick, VIC)"""),
("en", "b82-icemaker-puddle-columbus", "Dana Whitfield <dana.whitfield@example.com>", "Hello", "technical", "",
"""Hello,

The ice maker in our side-by-side refrigerator (under your extended
protection plan, contract #EP-4418872) has started leaking. There's a
puddle in front of the fridge every morning and the ice comes out
fused together in one big lump. We've turned the water line off for
now.

Can you schedule a technician? We're in Columbus, Ohio, and mornings
work best for us.

Thanks,
Dana Whitfield"""),
("en", "b82-thanks-dave-shoe-covers", "Pat Gallagher <pat.gallagher@example.com>", "Thank you", "general", "",
"""Just a quick note to say thank you to Dave who came to fix our fridge
freezer last Friday. He was on time, explained everything, put shoe
covers on without being asked and even had a listen to our noisy
extractor fan while he was here. Couldn't have asked for better.
Please pass it on to his boss!

Pat and Joan Gallagher"""),
("en", "b82-trade-counter-saturday", "Mick Brennan <mick.brennan@example.co.uk>", "Trade counter", "general", "",
"""Is the spare parts trade counter in Wolverhampton open on Saturdays?
And do I need an account to collect there or can I just walk in?"""),
("en", "b82-new-mobile-and-email", "Helen Sutherland <helen.s@example.com>", "Contact details", "general", "",
"""Hello, could you please update the contact details on my account
(Helen Sutherland, postcode AB15 4RT). New mobile is 07700 900832 and
the new email is this one. The old number and email are no longer in
use. Nothing else needs changing.

Thanks, Helen"""),
("en", "b82-engineer-rude-wants-manager", "Rachel Greenwood <rachel.greenwood@example.co.uk>", "Your engineer on Wednesday", "general", "high",
"""I want this passed to whoever manages your engineers, not a general
reply.

The engineer who came to our house on Wednesday afternoon (job ref
4491037) was rude from the moment he walked in. He made a remark about
the state of my kitchen in front of my daughter, swore when he dropped
a panel, and when I asked him a question he said he "didn't have time
for a lecture". He then went outside and smoked right by our back door.

The dishwasher is fixed, I'm not complaining about that. I'm
complaining about how I was spoken to in my own home. I expect a call
from a manager - I'm on 07700 900611.

Rachel Greenwood"""),
("en", "b82-engineer-left-head-torch", "Owen Lloyd <owen.lloyd@example.co.uk>", "Left behind", "general", "",
"""Hiya, your engineer who fixed our cooker on Monday (tall lad, Liam I
think) left a head torch and a little set of screwdrivers on top of our
fridge. We're in most evenings if he wants to pick them up, or we can
drop them in somewhere. 16 Heol y Parc, Cardiff."""),
("en", "b82-keysafe-and-bramble", "Fiona Munro <fiona.munro@example.com>", "Visit on Thursday 24th", "general", "",
"""Hi, re the engineer visit on Thursday, I'll be at work, so:
- key is in the key safe to the left of the front door, code 4172
- please close the side gate behind you, our dog Bramble will be in
  the garden and she's an escape artist
- washing machine is in the utility room past the kitchen
Text me on 07700 900144 when you're done. Thanks! Fiona"""),
("en", "b82-subject-access-request", "Keith Morland <keith.morland@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I request a copy of all personal data you hold about
me, including call recordings and notes made on my account since 2021.
My details: Keith Morland, 9 Abbey Close, Whitby YO21 3LP, customer
number 20337815.

Please confirm receipt.

Yours faithfully,
Keith Morland"""),
("en", "b82-st-marys-fete-prize", "St Mary's PTA <pta@stmarys-chorley.example>", "St Mary's summer fete", "general", "",
"""Dear Sir/Madam,

St Mary's Primary in Chorley is holding its summer fete on Saturday 28
June. As a local business, would you consider sponsoring our tombola
or donating a prize (perhaps a free appliance service?) in exchange
for a mention in our programme and on our Facebook page?

Many thanks,
Sarah Whitlock
PTA Chair"""),
("en", "b82-smeg-range-cork", "Siobhan Keane <siobhan.keane@example.ie>", "Query", "general", "",
"""Hi, do ye repair Smeg range cookers in the Cork area, and do your
engineers carry Smeg parts or would they have to be ordered in? Ours
isn't broken, but the local fella who used to look after it has
retired and I'd like to know who to call when the day comes.
Thanks, Siobhan"""),
("en", "b82-trade-counter-step-broken", "Darren Fisk <darren.fisk@example.co.uk>", "Step at your Leicester branch", "general", "high",
"""Morning,

Calling in at your parts counter on Frog Island yesterday I noticed the
edge of the top step at the entrance has broken away - there's a loose
lump of concrete and a gap about 10cm deep. I caught my foot on it
going in and nearly went over with a box of parts in my hands, and an
older chap behind me did the same.

Nobody at the counter seemed to know about it. Thought you should get
it sorted before somebody ends up in A&E.

Darren Fisk"""),
("en", "b82-son-apprenticeship", "Carol Benson <carol.benson@example.com>", "Hello", "general", "",
"""Hello, my son Josh is 17 and finishing his college course in
electrical installation. He's really keen on becoming an appliance
repair engineer. Do you take on apprentices or trainees, and who should
he send his CV to?

Thank you,
Carol Benson"""),
("en", "b82-appointment-told-to-ex-ico", "Natalie Brooks <natalie.brooks@example.co.uk>", "Complaint - my details given out", "general", "high",
"""I rang your customer service line on 2 October and was told that "my
husband" had already called that morning to ask when the engineer was
coming. I am separated from my ex-husband and he does not live with
me. Your call handler gave him my appointment date and time and
confirmed my new address, without any security checks whatsoever.

This is a serious breach of my privacy and frankly of my safety. I want
a written explanation of how this happened and what you are doing about
it. I have also reported it to the Information Commissioner's Office.

Natalie Brooks"""),
("en", "b82-christmas-eve-legends", "Shane O'Reilly <shane.oreilly@example.com.au>", "You legends", "general", "",
"""Fridge died on Christmas Eve with a whole pavlova and 3kg of prawns in
it, I was ready to kill someone. Your bloke Tony turned up at 4pm on
Christmas Eve and had it going by 5. Absolute lifesaver. Lunch went
off without a hitch. Give that man a raise!

Shane, Geelong"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b82-gl-iris-texnikos-aplhrwto", "Nikos Vlachos <nvlachos@example.gr>", "plhrwmh texnikou", "billing", "",
"""Kalhspera,
o texnikos sas hr8e thn Triti gia to plynthrio kai tou plhrwsa ta 45
euro me IRIS ekei pou htan, mou edeixe kai to mhnyma oti phgan. Shmera
mou erxetai sms oti h episkeyh 3312 einai "anexoflhth" kai na plhrwsw
ews thn Paraskeyh. Ti ginetai? Na sas steilw to screenshot apo thn
trapeza?
Nikos"""),
("el", "b82-poulisame-spiti-levitas-menei", "Αικατερίνη Σταυροπούλου <k.stavropoulou@example.gr>", "Πρόγραμμα συντήρησης λέβητα", "billing", "",
"""Καλημέρα σας,

Πουλήσαμε το διαμέρισμα στη Νέα Σμύρνη και την 1η του μήνα το
παραδίδουμε στους νέους ιδιοκτήτες. Ο λέβητας μένει φυσικά μαζί με το
σπίτι, εμείς πάμε σε πολυκατοικία με κεντρική θέρμανση. Σας παρακαλώ
λοιπόν να σταματήσει το ετήσιο πρόγραμμα συντήρησης (συμβόλαιο
ΛΣ-20418) και να μη χρεωθεί η ανανέωση του Οκτωβρίου.

Αν οι νέοι ιδιοκτήτες θέλουν, θα επικοινωνήσουν μαζί σας οι ίδιοι.

Με εκτίμηση,
Αικατερίνη Σταυροπούλου"""),
("el", "b82-pagwma-kalypsis-germania", "Στέλιος Μανωλάκης <s.manolakis@example.gr>", "Κάλυψη συσκευών - Γερμανία", "billing", "",
"""Γεια σας,

Από τον Φεβρουάριο θα δουλεύω για οκτώ μήνες στο Μόναχο και το σπίτι
στο Ηράκλειο θα μείνει κλειστό, ρεύμα κομμένο, ψυγείο άδειο. Γίνεται
να "παγώσει" η κάλυψη συσκευών (9,90€ τον μήνα) για όσο λείπω και να
ξαναρχίσει όταν γυρίσω; Δεν θέλω να την ακυρώσω τελείως γιατί θα
χάσω την τιμή που έχω.

Στέλιος"""),
("el", "b82-gl-plyntirio-sto-xwrio-eggyhsh", "Despoina K. <despoina.k@example.gr>", "eggyhsh plynthriou", "billing", "",
"""Geia sas,
to plynthrio pou phra apo sas perysi me thn epektash eggyhshs 3 etwn
to phre o aderfos mou sto xwrio sthn Arta giati emeis metakomisame se
spiti pou exei hdh. Den to exw pia sta xeria mou. H eggyhsh mporei na
perasei sto onoma tou h prepei na thn akyrwsw? Kai an thn akyrwsw
pairnw pisw kati apo ta 89 euro?
Eyxaristw
Despoina"""),
("el", "b82-timologio-me-afm-kafeteria", "Λογιστήριο Cafe Πλατεία <logistirio@cafe-plateia.example>", "Τιμολόγιο αντί για απόδειξη", "billing", "",
"""Καλημέρα σας,

Στις 11/3 ο τεχνικός σας επισκεύασε το ψυγείο-βιτρίνα στο κατάστημά
μας στη Λάρισα (Πλατεία Ταχυδρομείου 4) και μας έδωσε απόδειξη
λιανικής 186,00€. Χρειαζόμαστε τιμολόγιο στα στοιχεία της εταιρείας:

ΠΛΑΤΕΙΑ Ο.Ε.
ΑΦΜ 099812345, ΔΟΥ Λάρισας

Μπορείτε να ακυρώσετε την απόδειξη και να εκδώσετε τιμολόγιο;

Ευχαριστούμε,
Γιώτα Ζαχαρίου"""),
("el", "b82-epektasi-eggyisis-atokes-doseis", "Παναγιώτης Ρήγας <p.rigas@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα,

Αγόρασα χθες πλυντήριο πιάτων από το κατάστημά σας στην Πάτρα και ο
πωλητής μου είπε ότι μπορώ να προσθέσω την επέκταση εγγύησης 5 ετών
μέσα σε 30 ημέρες. Κοστίζει 119€. Γίνεται να την πληρώσω με άτοκες
δόσεις με την πιστωτική μου, όπως πλήρωσα και το πλυντήριο;

Ευχαριστώ,
Παναγιώτης Ρήγας"""),
("el", "b82-antistasi-fournou-epistrofi", "Ευγενια Κολλια <evgenia.kollia@example.gr>", "Παραγγελια 61840", "billing", "",
"""Καλημερα,
Παρηγγειλα απο το site σας αντισταση για τον φουρνο (29,50€), αλλα
τελικα ο ηλεκτρολογος που ηρθε ειχε μαζι του και την εβαλε αυτος. Η
δικη σας εφτασε χθες και ειναι ακομα σφραγισμενη στο κουτι της. Πως
την επιστρεφω και ποτε θα μου γυρισουν τα χρηματα;
Ευγενια Κολλια"""),
("el", "b82-oxi-vlavi-120-anti-80", "Θεόδωρος Αναγνωστόπουλος <th.anagnostopoulos@example.gr>", "Επίσκεψη 4/4 - πλυντήριο πιάτων", "billing", "",
"""Καλησπέρα,

Δεν γράφω για κάποιο πρόβλημα λειτουργίας, το πλυντήριο πιάτων δουλεύει
μια χαρά από την επισκευή και ο τεχνικός ήταν εξαιρετικός.

Το θέμα είναι η χρέωση. Η γραπτή προσφορά που μου στείλατε έλεγε 80€
μαζί με το ανταλλακτικό. Στο τέλος μου ζητήθηκαν 120€, με την εξήγηση
ότι "μπήκε και λάστιχο". Κανείς δεν με ρώτησε πριν. Θα ήθελα να μου
εξηγήσετε τη διαφορά ή να μου επιστρέψετε τα 40€.

Θεόδωρος Αναγνωστόπουλος"""),
("el", "b82-prokatavoli-entoixismenwn-dikigoros", "Ιωάννης Δρακόπουλος <i.drakopoulos@example.gr>", "Προκαταβολή 300€ - τελευταία ειδοποίηση", "billing", "high",
"""Κύριοι,

Στις 2 Μαΐου σας κατέβαλα προκαταβολή 300€ για την τοποθέτηση
εντοιχιζόμενου φούρνου, εστιών και απορροφητήρα στην κουζίνα μας στο
Μαρούσι. Στις 20 Μαΐου με ενημερώσατε τηλεφωνικά ότι "δεν μπορείτε να
αναλάβετε την εργασία" λόγω φόρτου. Από τότε έχω στείλει τρία email
και δεν έχω πάρει ούτε απάντηση ούτε τα χρήματά μου.

Σας ζητώ την επιστροφή των 300€ στον λογαριασμό από τον οποίο έγινε η
κατάθεση εντός πέντε εργάσιμων. Σε αντίθετη περίπτωση η υπόθεση
περνάει στον δικηγόρο μου, χωρίς άλλη ειδοποίηση.

Ιωάννης Δρακόπουλος"""),
("el", "b82-gl-xrewnete-meta-akyrwsh-synhgoros", "Maria Tz. <mariatz@example.gr>", "XREWSEIS", "billing", "high",
"""Kalhmera,
akyrwsa thn kalypsh syskeywn apo ton Marth (exw to email sas pou to
epivevaiwnei, ari8mos aithmatos 55820) kai eseis synexizete na mou
pairnete 12,90 ka8e mhna. Einai hdh 3 mhnes, 38,70 euro. Egw ta exw
pei 2 fores sto thlefwno kai kaneis den kanei tipota.
8elw pisw ola ta lefta mexri telos ths evdomadas alliws kanw katagelia
ston Synhgoro tou Katanalwth. Telos.
Maria Tzanetou"""),
("el", "b82-diplh-xrewsi-epektasis-ypeythynos", "Χαραλαμπος Νικολαιδης <ch.nikolaidis@example.gr>", "ΔΙΠΛΗ ΧΡΕΩΣΗ", "billing", "high",
"""Καλησπερα,

Την περασμενη εβδομαδα αγορασα επεκταση εγγυησης για το ψυγειο μου
(189€) και απο την καρτα μου εφυγαν ΔΥΟ φορες 189€. Τηλεφωνησα δυο
φορες, την πρωτη μου ειπαν οτι θα "κοιταξουν", τη δευτερη οτι ειναι
"δεσμευση της τραπεζας" που θα φυγει μονη της. Δεν εφυγε, τα χρηματα
εχουν χρεωθει κανονικα.

Δεν θελω να ξαναμιλησω με το τηλεφωνικο κεντρο. Ζητω να με παρει
τηλεφωνο ο υπευθυνος του τμηματος σημερα, 6944 123 456.

Χ. Νικολαιδης
Θεσσαλονικη"""),
("el", "b82-re-prosfora-psygeiou-karta", "Αλεξάνδρα Μουρατίδου <alex.mouratidou@example.gr>", "Re: Προσφορά επισκευής ψυγείου Π-3391", "billing", "",
"""Καλησπέρα κ. Σαββίδη,

Εντάξει, προχωράμε με την αλλαγή του θερμοστάτη. Μια ερώτηση μόνο:
μπορώ να πληρώσω τον τεχνικό με κάρτα την ώρα της επισκευής ή πρέπει
να κάνω κατάθεση από πριν;

Ευχαριστώ,
Αλεξάνδρα

-----Αρχικό μήνυμα-----
Από: Σάββας Σαββίδης <service@psyxrotechniki.example>
Ημερομηνία: Δευτέρα, 9 Ιουνίου 2025 11:40
Θέμα: Προσφορά επισκευής ψυγείου Π-3391

Αγαπητή κα Μουρατίδου,

Σε συνέχεια του ελέγχου, το κόστος για αλλαγή θερμοστάτη στο ψυγείο
σας διαμορφώνεται ως εξής:
Ανταλλακτικό: 48,00€
Εργασία: 35,00€
Σύνολο: 83,00€ (με ΦΠΑ)

Παρακαλούμε επιβεβαιώστε για να κλείσουμε ραντεβού.

Σάββας Σαββίδης"""),
("el", "b82-gl-poso-antistash-plynthriou", "Giwrgos P. <giwrgosp88@example.gr>", "timh?", "billing", "",
"""geia sas, poso kanei peripou h allagh antistashs se plynthrio
rouxwn (Pitsos, 7 kila)? mazi me thn episkepsh. Menw Peristeri.
eyxaristw"""),
("el", "b82-psygeio-pano-zesto", "Ρένα Καλογεράκη <rena.kalogeraki@example.gr>", "Ψυγείο", "technical", "",
"""Καλημέρα,

Το ψυγείο μας (δίπορτο, το έχουμε με το πρόγραμμα κάλυψης) από χθες το
απόγευμα δεν κρυώνει στο πάνω μέρος, το γάλα είναι χλιαρό. Η κατάψυξη
από κάτω δουλεύει κανονικά και ο ανεμιστήρας μέσα ακούγεται. Έχουμε
ήδη δοκιμάσει να το σβήσουμε για μισή ώρα.

Μπορεί να έρθει κάποιος αύριο ή μεθαύριο; Είμαστε στο Χαλάνδρι.

Ρένα Καλογεράκη
6977 000 214"""),
("el", "b82-gl-plyntirio-piatwn-e24", "Thanos M. <thanos.m@example.gr>", "plyntirio piatwn", "technical", "",
"""Kalhspera, to plyntirio piatwn den vgazei ta nera, menoun sto
pato kai meta apo ligo vgazei E24 kai stamataei. Ka8arisa to filtro
kai to siphoni apo katw apo to nerohyth, tipota. Einai 2 hronwn,
exei akoma eggyhsh apo sas. Pote mporei na er8ei texnikos?
Thanos"""),
("el", "b82-keramiki-esti-mati-den-zestainei", "Σοφια Γεωργιου <sofia.georgiou@example.gr>", "Κουζινα", "technical", "",
"""Γεια σας,
Η κουζινα που μας τοποθετησατε πριν δυο εβδομαδες στο Βολο εχει ενα
προβλημα: το μεγαλο μπροστινο ματι της κεραμικης εστιας δεν ζεσταινει
καθολου. Αναβει το ενδεικτικο λαμπακι αλλα το ματι μενει κρυο. Τα αλλα
τρια και ο φουρνος δουλευουν κανονικα.
Ευχαριστω,
Σοφια"""),
("el", "b82-forma-vlavis-kollaei-vima-2", "Αντώνης Φραγκίσκος <a.fragkiskos@example.gr>", "Η φόρμα δήλωσης βλάβης δεν λειτουργεί", "technical", "",
"""Καλησπέρα,

Προσπαθώ από χθες να δηλώσω βλάβη για το πλυντήριο ρούχων μέσα από το
site σας. Στο βήμα 2 (στοιχεία συσκευής) πατάω "Συνέχεια" και απλώς
ξαναφορτώνει η ίδια σελίδα, με τα πεδία άδεια. Δοκίμασα Chrome και
Firefox, και από το κινητό. Υπάρχει κάποιος άλλος τρόπος να το δηλώσω;

Αντώνης"""),
("el", "b82-gl-plynthrio-xtypaei-reyma", "Kostas Iliadis <k.iliadis@example.gr>", "plynthrio", "technical", "high",
"""Kalhmera sas,
mia paratirhsh, tipota to tragiko: to plynthrio rouxwn pou mas
episkevasate prin 10 meres, otan akoumpas thn porta h to metalliko
kapaki enw douleyei, se "tsimpaei" ligo, san elafry reyma. H gynaika
mou to niw8ei pio poly otan einai ksypolhth. Douleyei kanonika
kata ta alla.
Otan exete xrono steilte kapoion na to dei.
Kwstas, Kalamaria"""),
("el", "b82-kapnos-piso-apo-psygeio", "Βασιλική Ντόκου <v.ntokou@example.gr>", "Ψυγείο - μυρωδιά", "technical", "high",
"""Καλησπέρα σας,

Σας γράφω ήρεμα γιατί δεν θέλω να πανικοβληθώ, αλλά απόψε βγήκε λίγος
καπνός από το πίσω μέρος του ψυγείου, κάτω χαμηλά εκεί που είναι το
μοτέρ, και μύριζε καμένο πλαστικό. Το έβγαλα από την πρίζα και ο
καπνός σταμάτησε. Είναι το ψυγείο που επισκευάσατε τον Ιανουάριο
(αλλάξατε ρελέ).

Δεν το ξαναβάζω στην πρίζα μέχρι να το δει κάποιος. Πείτε μου πότε
μπορείτε να έρθετε.

Βασιλική Ντόκου
Αγρίνιο"""),
("el", "b82-taverna-gamos-piata-sto-xeri", "Ταβέρνα Ο Πλάτανος <info@taverna-platanos.example>", "Πλυντήριο κουζίνας", "technical", "high",
"""Καλημέρα,

Από το μεσημέρι πλένουμε τα πιάτα στο χέρι, έχω βάλει τρεις σερβιτόρους
στον νεροχύτη και απόψε έχουμε γάμο 180 ατόμων. Το επαγγελματικό
πλυντήριο γεμίζει νερό, ανάβει το λαμπάκι και μετά δεν κάνει τίποτα.
Έχουμε συμβόλαιο συντήρησης μαζί σας (αρ. ΕΣ-0772).

Στείλτε κάποιον όσο πιο γρήγορα γίνεται.

Μανώλης Κατσαρός
Ταβέρνα Ο Πλάτανος, Ναύπλιο
6945 300 118"""),
("el", "b82-gl-giagia-florina-levhtas", "Eleni Papadopoulou <elenipap@example.gr>", "levhtas giagias", "technical", "high",
"""Kalhspera,
h giagia mou (Anastasia Papadopoulou, Florina, odos Pavlou Mela 12)
exei to programma kalypshs levhta apo sas. O levhtas den anavei apo
xthes to vrady, vgazei ena kokkino lampaki kai tipota allo. Exei -7
sth Florina kai xionizei, h giagia einai 90 xronwn kai menei monh
ths. Ths ephga ena aerotherm alla den zestainetai to spiti.
Sto thlefwno mou eipan gia rantevou thn Tetarth. Den ginetai na
perimenei toso, parakalw steilte kapoion shmera h avrio prwi.
Eleni (eggonh)
6983 554 120"""),
("el", "b82-tetarti-fora-psygeio-synigoros", "Δημητρης Σπανος <d.spanos@example.gr>", "Ψυγειο - 4η επισκεψη", "technical", "high",
"""Κυριοι,

Ερχεται σημερα ο τεχνικος σας για τεταρτη φορα σε δυο μηνες για το
ιδιο προβλημα: το ψυγειο σταματαει να κρυωνει καθε λιγες μερες.
Αλλαξατε θερμοστατη, μετα αισθητηρα, μετα "γεμισατε υγρο", και παλι
τα ιδια. Εχω πεταξει τροφιμα τρεις φορες.

Η συσκευη ειναι στην εγγυηση σας. Αν μετα απο αυτη την επισκεψη δεν
επισκευαστει οριστικα, θα καταθεσω αναφορα στον Συνηγορο του
Καταναλωτη και θα κινηθω νομικα.

Δημητρης Σπανος
Πειραιας"""),
("el", "b82-gl-den-thelw-lefta-apoxymanthrias", "Fotis Ch. <fotis.ch@example.gr>", "apoxymanthrias", "technical", "",
"""Kalhmera. Den 8elw na mou epistrepsete lefta oute kainourgio, 8elw
apla na douleyei o apoxymanthrias pou phra apo sas ton Dekemvrio.
Ksekinaei kanonika, meta apo 2 lepta kanei dynato 8oryvo san na
trivetai kati kai kovei. H kourtina pou evala htan mesa sto kalathi,
den einai apo yperfortwsh.
Fwths"""),
("el", "b82-re-episkepsi-katapsyxi-pagos", "Ουρανία Λαμπράκη <ourania.lamp@example.gr>", "Re: Επιβεβαίωση επίσκεψης τεχνικού 12/2", "technical", "",
"""Καλησπέρα,

Ο τεχνικός ήρθε κανονικά στις 12/2 και άλλαξε την αντίσταση
απόψυξης, αλλά ο καταψύκτης έχει ξαναγεμίσει πάγο στο πίσω τοίχωμα
και τα συρτάρια δεν κλείνουν. Μάλλον δεν ήταν αυτό το πρόβλημα. Μπορεί
να ξανάρθει;

Ουρανία

> Αγαπητή κα Λαμπράκη,
> σας επιβεβαιώνουμε την επίσκεψη τεχνικού την Τετάρτη 12/2,
> 09:00-13:00, για τον καταψύκτη σας. Παρακαλούμε να είναι κάποιος
> στο σπίτι.
> Τμήμα Εξυπηρέτησης"""),
("el", "b82-aporrofitiras-thoryvos-aeroplano", "Μιχάλης Τσουκαλάς <m.tsoukalas@example.gr>", "Απορροφητήρας", "technical", "",
"""Γεια σας, ο απορροφητήρας που μας τοποθετήσατε την Παρασκευή κάνει
θόρυβο σαν αεροπλάνο ακόμη και στην πρώτη ταχύτητα, και τρέμει όλο το
ντουλάπι από πάνω. Ο παλιός ήταν αθόρυβος στην ίδια θέση. Μήπως δεν
βιδώθηκε καλά;

Μιχάλης"""),
("el", "b82-gl-paraggelia-antlia-vouizei", "Lefteris Z. <lefteris.z@example.gr>", "Paraggelia 44120", "technical", "",
"""Geia sas,
phra apo to eshop sas thn antlia apoxeteyshs gia to plynthrio
(paraggelia 44120). Thn topo8ethsa opws akrivws htan h palia, ta
kalodia sta idia, alla otan paei na adeiasei apla vouizei kai to nero
den fevgei. Me thn palia toulaxiston efeyge ligo. Mhpws einai
elattwmatikh h kanw kati la8os?
Lefteris"""),
("el", "b82-vrysi-plyntiriou-stazei", "Γιαννης Μαυριδης <g.mavridis@example.gr>", "Εγκατασταση πλυντηριου", "technical", "",
"""Καλημερα,
Χθες ο συνεργατης σας συνδεσε το καινουργιο πλυντηριο. Απο τη συνδεση
του σωληνα παροχης με τη βρυση στο μπανιο σταζει μια σταγονα καθε
λιγο, εχω βαλει μια πετσετα απο κατω. Μηπως θελει αλλο παρεμβυσμα;
Μπορει να περασει να το σφιξει;
Γιαννης, Καλαμαρια"""),
("el", "b82-efxaristw-stelio", "Χρυσούλα Πετροπούλου <chr.petropoulou@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον τεχνικό σας κ. Στέλιο που ήρθε σήμερα για το
πλυντήριο. Ήταν ευγενέστατος, εξήγησε στον άντρα μου τι ακριβώς είχε,
καθάρισε μετά και μας έδωσε και συμβουλές να μην ξανασυμβεί. Σπάνια
βρίσκεις τέτοιους ανθρώπους σήμερα.

Να είστε καλά,
Χρυσούλα Πετροπούλου"""),
("el", "b82-gl-wraria-antallaktika-kalamaria", "Babis T. <babis.t@example.gr>", "wraria", "general", "",
"""kalhmera, ti wres einai anoixto to katasthma antallaktikwn sthn
Kalamaria to Savvato? kai to mesimeri kleinete h einai synexes?"""),
("el", "b82-allagi-thlefwnou-email", "Ελένη Καραγιάννη <eleni.karagianni@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλημέρα,

Παρακαλώ να ενημερώσετε τα στοιχεία επικοινωνίας μου στον πελατειακό
μου λογαριασμό (Ελένη Καραγιάννη, αρ. πελάτη 300291):

Νέο κινητό: 6970 112 233
Νέο email: το παρόν

Τα παλιά δεν τα χρησιμοποιώ πλέον. Κατά τα άλλα δεν αλλάζει τίποτα.

Ευχαριστώ,
Ελένη"""),
("el", "b82-agenis-texnikos-mitera-ypeythynos", "Νικολετα Σαραντη <nikoleta.saranti@example.gr>", "Συμπεριφορα τεχνικου", "general", "high",
"""Καλησπερα,

Ο τεχνικος που εστειλατε την Τριτη στο σπιτι της μητερας μου στο
Περιστερι (75 χρονων) για το ψυγειο της μιλησε με εναν τροπο που δεν
περιγραφεται. Της φωναξε οτι "δεν καταλαβαινει τιποτα", της ειπε να
κανει στην ακρη μεσα στο σπιτι της και οταν εκεινη τον ρωτησε ποσο θα
κοστισει της απαντησε "θα δεις". Η μητερα μου εκλαιγε οταν με πηρε
τηλεφωνο.

Για την επισκευη καθαυτη δεν εχω θεμα. Ζητω να επικοινωνησει μαζι μου
ο υπευθυνος του τεχνικου τμηματος και οχι το τηλεφωνικο κεντρο.

Νικολετα Σαραντη
6932 118 400"""),
("el", "b82-gl-ksexasa-omprela-service", "Anna Vasileiou <anna.vas@example.gr>", "ksexasa kati", "general", "",
"""Kalhspera, shmera to prwi hr8a sto service sas sthn Patra gia na
afhsw to mikrokymatwn kai ksexasa mia mple omprela me ksylino xerouli
dipla sto tameio. Thn vrhkate mhpws? 8a perasw na thn parw.
Anna"""),
("el", "b82-odigies-episkepsis-3os-orofos", "Κώστας Ζαφειρίου <k.zafeiriou@example.gr>", "Επίσκεψη Πέμπτης", "general", "",
"""Καλησπέρα, για την επίσκεψη του τεχνικού την Πέμπτη:

- Το κουδούνι γράφει "Ζαφειρίου-Λάμπρου", 3ος όροφος, δεν υπάρχει
  ασανσέρ (συγγνώμη!).
- Μπροστά στην πολυκατοικία δεν σταθμεύει κανείς, υπάρχει χώρος στο
  πίσω στενό, οδός Καλλιγά.
- Αν αργήσει, να με πάρει στο 6944 870 221 γιατί φεύγω στις 2.

Ευχαριστώ,
Κώστας"""),
("el", "b82-diagrafi-stoixeiwn-gdpr", "Πέτρος Αλεξίου <petros.alexiou@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού Προστασίας Δεδομένων
(ΓΚΠΔ), ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων από τα
αρχεία σας, καθώς και τη διακοπή αποστολής διαφημιστικών μηνυμάτων
(SMS και email). Δεν έχω πλέον καμία συσκευή ή σύμβαση μαζί σας.

Ονοματεπώνυμο: Πέτρος Αλεξίου
Τηλέφωνο: 6947 220 981

Παρακαλώ για γραπτή επιβεβαίωση.

Πέτρος Αλεξίου"""),
("el", "b82-xorigia-fanelles-akadimia", "Ακαδημία Ποδοσφαίρου Αστέρας Ευόσμου <info@asteras-evosmou.example>", "Χορηγια για τα παιδικα τμηματα", "general", "",
"""Καλησπερα σας,

Ειμαστε μια μικρη ακαδημια ποδοσφαιρου στον Ευοσμο με 90 παιδια 6-14
ετων. Για τη νεα σεζον ψαχνουμε χορηγους για τις φανελες των παιδικων
τμηματων. Σε αντιπαροχη το λογοτυπο σας θα μπει στις φανελες και στη
σελιδα μας. Αν σας ενδιαφερει, θα χαρουμε να τα πουμε.

Με εκτιμηση,
Σπυρος Χατζηδακης
Γραμματεας"""),
("el", "b82-gl-miele-paros", "Katerina Roussou <katerina.r@example.gr>", "erwthsh", "general", "",
"""Geia sas! Menoume monima sthn Paro. Kanete episkeyes se syskeyes
Miele kai sta nhsia h mono Athina? An nai, kathe pote erxetai texnikos
stis Kyklades? Den exoume kati xalasmeno akoma, apla na kserw.
Kalh synexeia,
Katerina"""),
("el", "b82-tampela-krematai-peristeri", "Γεράσιμος Λιάπης <g.liapis@example.gr>", "Κατάστημα Περιστερίου - ταμπέλα", "general", "high",
"""Καλησπέρα,

Πέρασα σήμερα από το κατάστημά σας στο Περιστέρι (Εθνάρχου Μακαρίου)
και η μεγάλη ταμπέλα πάνω από την είσοδο έχει ξεβιδωθεί από τη μία
μεριά και κρέμεται λοξά, κουνιέται όταν φυσάει. Από κάτω περνάει
όλος ο κόσμος, και παιδιά. Το είπα σε μια υπάλληλο και μου είπε ότι
"το ξέρουν".

Καλό θα ήταν να αποκλειστεί τουλάχιστον το σημείο πριν πέσει σε
κάποιο κεφάλι.

Γεράσιμος Λιάπης"""),
("el", "b82-gl-texnikos-fwtia", "Mpampis Karras <mpampis.k@example.gr>", "SYGXARHTHRIA", "general", "",
"""Re paidia o texnikos sas o Giannhs einai FWTIA! Hr8e se mish wra
apo to thlefwnhma, vrhke to provlhma sto pleon se 5 lepta kai efyge
xamogelastos. Skotwthke na mou eksighsei ti na kanw gia na mhn
ksanasymvei. Toso kalo service den to exw ksanadei. Bravo sas!!
Mpampis"""),
("el", "b82-ypalliloi-tilefwno-klisimo", "Αγγελική Χριστοφόρου <angeliki.christ@example.gr>", "Τηλεφωνικό κέντρο", "general", "",
"""Καλημέρα,

Θα ήθελα να σας μεταφέρω ένα παράπονο. Χθες το απόγευμα πήρα στο
τηλεφωνικό σας κέντρο για μια απλή ερώτηση σχετικά με τα καταστήματα
και η υπάλληλος, αφού με άφησε 10 λεπτά σε αναμονή, μου απάντησε
απότομα "δεν ξέρω, δείτε το site" και μου έκλεισε το τηλέφωνο.

Δεν ζητάω κάτι συγκεκριμένο, απλώς να το ξέρετε.

Αγγελική Χριστοφόρου"""),
("el", "b82-re-axiologisi-seminario-syntirisis", "Φίλιππος Κουτσούκος <f.koutsoukos@example.gr>", "Re: Ευχαριστούμε για την αξιολόγησή σας", "general", "",
"""Κι εγώ ευχαριστώ. Ο τεχνικός μου ανέφερε ότι κάνετε κάπου-κάπου
δωρεάν ενημερωτικές βραδιές για τη σωστή συντήρηση των λεβήτων και των
οικιακών συσκευών. Πότε είναι η επόμενη στη Θεσσαλονίκη και πρέπει να
δηλώσω συμμετοχή;

Φίλιππος

---------
Από: Εξυπηρέτηση Πελατών <noreply@thermoservice.example>
Θέμα: Ευχαριστούμε για την αξιολόγησή σας

Αγαπητέ πελάτη,
σας ευχαριστούμε που αφιερώσατε χρόνο να αξιολογήσετε την πρόσφατη
επίσκεψη του τεχνικού μας. Τα σχόλιά σας μας βοηθούν να γινόμαστε
καλύτεροι."""),
# ---------------- Spanish ----------------
("es", "b82-bizum-y-tarjeta-visita", "Nerea Olabarria <nerea.olabarria@example.es>", "Me habéis cobrado dos veces", "billing", "",
"""Hola:

El jueves vino vuestro técnico a mirar la lavadora y le pagué los 55 €
del desplazamiento por Bizum en ese momento, porque el datáfono no le
funcionaba. Hoy veo que además me habéis pasado un cargo de 55 € a la
tarjeta que tengo registrada en vuestra web. Os adjunto el justificante
del Bizum. ¿Me podéis devolver uno de los dos?

Gracias,
Nerea Olabarria
Getxo"""),
("es", "b82-mama-fallecio-refri-hermana", "Rogelio Castañeda <rogelio.castaneda@example.com.mx>", "Garantía extendida del refrigerador", "billing", "",
"""Buenas tardes,

Les escribo porque mi mamá, la Sra. Amparo Ruiz, falleció en agosto. El
refrigerador que tenía con su garantía extendida se lo llevó mi hermana
a Querétaro y ella ya tiene su propio seguro de la casa que lo cubre.
Por lo tanto les pido que ya no se cobren los $189 mensuales de la
tarjeta de mi mamá y que den por terminado el contrato (GE-5521087).

Si necesitan el acta de defunción me dicen y se las mando.

Saludos,
Rogelio Castañeda"""),
("es", "b82-nos-mudamos-lavarropas-con-la-casa", "Florencia Ibarra <flor.ibarra@example.com.ar>", "Plan de cobertura", "billing", "",
"""Hola, cómo andan?

Nos mudamos de Rosario a Córdoba y el lavarropas y la heladera se
quedaron con la casa, los compró la familia que vino. Así que el plan
de cobertura de electrodomésticos ya no tiene sentido para nosotros.
Por favor denlo de baja desde este mes, que no me debiten más los
$8.500 de la tarjeta.

Gracias!
Flor"""),
("es", "b82-invierno-canarias-caldera", "Josefina Arranz <josefina.arranz@example.es>", "Contrato de mantenimiento", "billing", "",
"""Muy señores míos:

Este invierno me voy a pasar los meses de frío con mi hija a Las
Palmas, de noviembre a marzo, y el piso de Burgos se queda cerrado y
con la calefacción apagada. Quisiera saber si se puede dejar en
suspenso el contrato de mantenimiento de la caldera durante esos
meses, para no pagar los 16,50 € de cuota, y que se reanude a mi
vuelta. No quiero darlo de baja, que llevo con ustedes muchos años.

Un saludo,
Josefina Arranz"""),
("es", "b82-factura-cif-restaurante", "Administracion Casa Paco <admin@casapaco-valencia.example>", "factura reparacion camara", "billing", "",
"""Buenos dias,

El martes vuestro tecnico reparo la camara frigorifica del restaurante
(Casa Paco, c/ Sueca 21, Valencia) y nos dejo un ticket de 312,40 euros.
Necesitamos factura completa a nombre de la sociedad:

Casa Paco Ruzafa S.L.
CIF B98765432
c/ Sueca 21, 46006 Valencia

Gracias,
Amparo
Administracion"""),
("es", "b82-cuotas-nevera-medellin", "Andrés Felipe Restrepo <afrestrepo@example.com.co>", "Pago de la reparación", "billing", "",
"""Buenas tardes,

El técnico revisó hoy la nevera y nos dio una cotización de $780.000
por el cambio del compresor. Queremos hacerlo, pero ¿se puede pagar
con tarjeta de crédito a tres cuotas, o tiene que ser de contado? Y si
es por transferencia, ¿a qué cuenta?

Muchas gracias,
Andrés Felipe Restrepo
Medellín"""),
("es", "b82-bomba-desague-sin-abrir", "Iker Gorostiza <iker.gorostiza@example.es>", "Pedido 40217", "billing", "",
"""Hola. Pedí una bomba de desagüe para el lavavajillas (pedido 40217,
34,90 €) pero al final mi cuñado encontró que lo que estaba atascado
era el filtro y ya funciona. La bomba está sin abrir, con el precinto.
¿Cómo os la devuelvo y me reembolsáis?
Iker"""),
("es", "b82-no-es-falla-diagnostico-garantia", "Verónica Salinas <vero.salinas@example.com.mx>", "Cobro de diagnóstico", "billing", "",
"""Hola buen día,

Aclaro que esto no es una falla técnica, la lavadora quedó perfecta
después de la visita y el técnico muy amable.

Lo que no entiendo es el cobro de $450 por "diagnóstico" que aparece en
mi estado de cuenta. La lavadora tiene 8 meses y está dentro de la
garantía, y cuando llamé para pedir la visita me dijeron que no tenía
ningún costo. ¿Me pueden explicar o hacer la devolución?

Saludos,
Verónica Salinas"""),
("es", "b82-garantia-rechazada-omic-abogado", "Tomás Villarreal <tomas.villarreal@example.es>", "Reclamación póliza GX-33018", "billing", "high",
"""Buenas tardes:

En 2023 les compré una garantía ampliada de tres años para mi
frigorífico combi por 179 €. El mes pasado dejó de enfriar y su perito
ha rechazado la reparación porque, según él, "el daño se debe a una
subida de tensión", cosa que nadie me ha demostrado y que no aparece
como exclusión en el contrato que firmé.

Si no me van a cubrir, exijo que me devuelvan los 179 € íntegros. Les
doy quince días. De lo contrario presentaré una reclamación en la OMIC
de mi ayuntamiento y pondré el asunto en manos de mi abogado.

Tomás Villarreal
Alcalá de Henares"""),
("es", "b82-desconozco-cargo-service-nunca-vino", "Gustavo Pereyra <gpereyra@example.com.ar>", "Cargo en tarjeta - service que nunca vino", "billing", "high",
"""Buenas.

El 5 de junio me debitaron $45.000 de la Visa por un service del
aire... perdón, del lavarropas, que ustedes mismos agendaron para el 7.
El técnico nunca vino, nadie avisó, y desde entonces llamé cuatro
veces y me dicen que "ya está pedido el reintegro".

Les aviso que si la plata no vuelve a la tarjeta esta semana voy a
desconocer el cargo con el banco y hacer la denuncia en Defensa del
Consumidor. Ya no tengo más paciencia.

Gustavo Pereyra"""),
("es", "b82-exijo-gerente-reembolso-instalacion", "Leticia Orozco <leticia.orozco@example.com.mx>", "REEMBOLSO", "billing", "high",
"""Buenas tardes,

Pagué $1,200 por la instalación de mi estufa el 2 de abril, ustedes
cancelaron la cita el mismo día y me dijeron que el reembolso se hacía
en 10 días hábiles. Ya pasó más de un mes, he llamado seis veces y cada
vez me dan un folio nuevo.

No quiero hablar otra vez con el call center. Exijo que me llame un
gerente o supervisor hoy mismo al 55 1234 8890 para decirme cuándo me
devuelven mi dinero.

Leticia Orozco
CDMX"""),
("es", "b82-re-presupuesto-iva-efectivo", "Paloma Cuesta <paloma.cuesta@example.es>", "Re: Presupuesto reparación frigorífico nº 2291", "billing", "",
"""Buenos días, Raúl:

De acuerdo con el presupuesto, podéis venir a hacer la reparación. Dos
dudas: ¿los 146 € llevan ya el IVA? ¿Y puedo pagar en efectivo al
técnico cuando termine?

Gracias,
Paloma

El 14/05/2025, a las 12:03, Raúl Medina <presupuestos@frioservicio.example> escribió:
> Estimada Sra. Cuesta:
>
> Le adjuntamos presupuesto nº 2291 para la sustitución del
> ventilador del evaporador de su frigorífico:
>
> Material: 64,00 €
> Mano de obra: 82,00 €
> Total: 146,00 €
>
> Quedamos a la espera de su confirmación.
> Un saludo,
> Raúl Medina"""),
("es", "b82-visita-tecnica-vina", "Camila Fuentes <camila.fuentes@example.cl>", "Consulta", "billing", "",
"""Hola, cuánto cobran por la visita técnica a domicilio en Viña del
Mar? Es para una lavadora que no centrifuga. Si después se hace la
reparación, la visita se descuenta o se paga aparte?
Gracias, Camila"""),
("es", "b82-lavadora-f21-no-centrifuga", "Marta Quiroga <marta.quiroga@example.es>", "Lavadora", "technical", "",
"""Hola, buenas.

La lavadora (Balay de 8 kg, la tenemos en el plan de mantenimiento)
lleva dos días sin centrifugar. Termina el lavado, desagua y se queda
parada con F21 en la pantalla. He limpiado el filtro de abajo y
tampoco. ¿Podéis mandar a alguien esta semana? Estamos en Carabanchel,
por las tardes siempre hay alguien en casa.

Marta"""),
("es", "b82-refri-ruido-no-enfria-abajo", "Hector Ramirez <hector.rmz@example.com.mx>", "refri", "technical", "",
"""buenas tardes, el refri que me repararon en marzo empezo a hacer un
ruido como de motor forzado y la parte de abajo ya no enfria, la de
arriba (congelador) si congela. ya lo desconecte y conecte y nada.
tiene garantia de la reparacion todavia. cuando pueden venir?
Hector Ramirez, Zapopan"""),
("es", "b82-lavavajillas-pierde-agua-instalacion", "Julián Sosa <julian.sosa@example.com.ar>", "Lavavajillas", "technical", "",
"""Hola,

El lavavajillas que nos instalaron el sábado pierde agua por abajo
durante el lavado, queda un charquito en el piso de la cocina al lado
del mueble. No es mucha, pero cada vez. Me parece que es la manguera de
entrada, que quedó medio doblada detrás. ¿Pueden mandar al instalador a
revisarlo?

Saludos,
Julián
Villa Urquiza"""),
("es", "b82-area-cliente-sms-no-llega", "Raquel Benítez <raquel.benitez@example.es>", "No puedo entrar", "technical", "",
"""Hola, intento entrar en el área de cliente para ver el estado de la
reparación de mi horno y me pide un código por SMS que nunca llega. He
pedido que me lo reenvíe cinco veces. El móvil es el mismo que os di al
abrir el aviso. ¿Podéis mirar qué pasa?

Raquel"""),
("es", "b82-enchufe-horno-chispitas", "Enrique Galán <enrique.galan@example.es>", "Horno - un detalle", "technical", "high",
"""Buenas tardes,

Os comento una cosa sin darle más importancia de la que tiene: desde
que vuestro técnico cambió la resistencia del horno, cuando lo
enciendo se oye un chasquido en el enchufe y a veces salta alguna
chispita. El enchufe está un poco ennegrecido por un lado. Por lo
demás el horno calienta bien.

Cuando os venga bien, que pase alguien a mirarlo. Mientras tanto no lo
uso.

Un saludo,
Enrique Galán
Sevilla"""),
("es", "b82-olor-gas-estufa-instalada", "Guadalupe Medina <lupita.medina@example.com.mx>", "Estufa nueva", "technical", "high",
"""Hola buenas tardes,

La estufa que me instalaron el lunes funciona muy bien, nada más que
de vez en cuando se siente un olorcito a gas en la cocina, sobre todo
en la mañana cuando llevo rato sin usarla. Mi esposo dice que es
normal al principio. No es urgente, pero me gustaría que el técnico
pasara a revisar las conexiones cuando tenga chance.

Gracias,
Lupita Medina
Puebla"""),
("es", "b82-lavanderia-devolver-dinero-clientes", "Lavandería La Burbuja <info@laburbuja.example>", "Lavandería c/ Delicias", "technical", "high",
"""Hoy hemos tenido que devolver el dinero a catorce clientes y a partir
de las diez ya había cola hasta la calle. Cuatro de las seis lavadoras
grandes se quedan con la puerta bloqueada a mitad de programa y con la
ropa dentro y el agua. Los clientes se van enfadados y con la ropa
mojada en bolsas. La de mantenimiento nos dijo que vendrían "esta
semana".

Contrato de mantenimiento nº LM-0381.

Óscar Lafuente
Lavandería La Burbuja, Zaragoza
976 000 412"""),
("es", "b82-papa-bariloche-sin-calefaccion", "Mariana Lüthi <mariana.luthi@example.com.ar>", "Caldera de mi papá - Bariloche", "technical", "high",
"""Hola,

Mi papá, Ernesto Lüthi, tiene con ustedes el plan de cobertura de la
caldera (contrato 778120), en Bariloche. Desde anoche la caldera no
prende, tira un código E1 y se apaga. Anoche hizo -6 y hoy está
nevando. Él tiene 84 años, vive solo y tiene problemas cardíacos. Le
llevé una estufa eléctrica pero no alcanza para la casa.

Por teléfono me dieron turno para el martes. Por favor, necesito que
vaya alguien hoy o mañana temprano.

Mariana Lüthi (hija)
294 15 555 0192"""),
("es", "b82-tercera-vez-frigo-hoja-reclamaciones", "Pilar Echeverría <pilar.echeverria@example.es>", "Tercera visita por la misma avería", "technical", "high",
"""A quien corresponda:

Es la tercera vez que su técnico viene a mi casa por la misma avería
del frigorífico: el congelador hace escarcha y se descongela cada pocos
días. Han cambiado la sonda y la placa y sigue igual. He tirado comida
tres veces.

El aparato está en garantía. Si después de la próxima visita no queda
reparado de forma definitiva, rellenaré la hoja de reclamaciones y
acudiré a Consumo, y estudiaré con mi abogado qué más hacer.

Pilar Echeverría
Pamplona"""),
("es", "b82-no-quiero-plata-quiero-lavadora", "Diana Carolina Ospina <dianacospina@example.com.co>", "Lavadora", "technical", "",
"""Buenas,

No quiero que me devuelvan la plata ni que me cambien nada, solamente
quiero que la lavadora funcione. Desde la reparación del mes pasado se
apaga sola a los quince minutos de empezar el ciclo, la pantalla se
pone en negro y hay que desenchufarla para que vuelva a prender.

Quedo atenta,
Diana Carolina Ospina
Bogotá"""),
("es", "b82-re-reparacion-finalizada-horno", "Ramón Iglesias <ramon.iglesias@example.es>", "Re: Su reparación ha finalizado", "technical", "",
"""Pues no ha finalizado, porque el horno sigue sin calentar por abajo.
Solo funciona el grill. El técnico lo probó cinco minutos con el
ventilador y se fue. ¿Cuándo puede volver?

Ramón

----- Mensaje original -----
De: Servicio Técnico <avisos@reparahogar.example>
Enviado: lunes, 3 de febrero de 2025 17:45
Asunto: Su reparación ha finalizado

Estimado cliente:
Le informamos de que la reparación de su aparato (aviso 88213) ha
finalizado. Gracias por confiar en nosotros."""),
("es", "b82-secadora-tres-horas-humeda", "Lucia Navarro <lucia.navarro@example.es>", "secadora", "technical", "",
"""Hola, la secadora de condensacion que me cambiasteis en garantia en
enero tarda casi tres horas en el programa de algodon y la ropa sale
humeda igual. Limpio el filtro y el condensador cada vez. Con la
anterior era hora y media. Podeis mirarlo?
Lucia, Murcia"""),
("es", "b82-resistencia-no-calienta-pedido", "Renzo Alvarado <renzo.alvarado@example.pe>", "Pedido 30917", "technical", "",
"""Estimados,

Compré en su tienda en línea una resistencia para la terma eléctrica
(pedido 30917). La instalé siguiendo el manual pero el agua sigue
saliendo fría después de dos horas. Con el multímetro marca circuito
abierto, así que creo que vino fallada de fábrica. ¿Cómo procedemos?

Saludos cordiales,
Renzo Alvarado
Arequipa"""),
("es", "b82-lavavajillas-pita-e15", "Begoña Larrañaga <begona.larranaga@example.es>", "Lavavajillas pitando", "technical", "",
"""Hola,
el lavavajillas se ha puesto a pitar a mitad de programa y en la
pantalla sale E15. Por fuera no veo agua en el suelo.
Lo he desenchufado un rato y al volver sale lo mismo. Tengo el seguro
de electrodomésticos con vosotros. ¿Cuándo podría venir un técnico?
Begoña"""),
("es", "b82-gracias-javier-tecnico", "Encarna Moreno <encarna.moreno@example.es>", "Agradecimiento", "general", "",
"""Buenas tardes:

Quería dar las gracias a Javier, el técnico que vino ayer a arreglar
la lavadora de mi madre en Jaén. Tiene 89 años y es muy desconfiada,
y él tuvo una paciencia infinita, le explicó todo despacito y hasta le
enseñó a limpiar el filtro. Mi madre no para de hablar de lo majo que
era.

Un saludo y enhorabuena por tener gente así,
Encarna Moreno"""),
("es", "b82-horario-sabado-guadalajara", "Rubén Cárdenas <ruben.cardenas@example.com.mx>", "Horario", "general", "",
"""Buen día, ¿el centro de servicio de avenida Vallarta en Guadalajara
abre los sábados? ¿En qué horario? Quiero llevar un microondas para
revisión. Gracias."""),
("es", "b82-cambio-telefono-contacto", "Alberto Peña <alberto.pena@example.es>", "cambio de telefono", "general", "",
"""Hola, quería cambiar el telefono de contacto de mi ficha de
cliente. El nuevo es 612 000 384. El nombre es Alberto Peña Soler,
cliente 5500219. El correo sigue siendo este.
Gracias"""),
("es", "b82-tecnico-grito-exijo-responsable", "Silvina Acosta <silvina.acosta@example.com.ar>", "Queja por el técnico", "general", "high",
"""Buenas tardes.

Quiero dejar asentada una queja formal sobre el técnico que vino ayer
a mi departamento en Caballito. Llegó dos horas tarde sin avisar, y
cuando le dije que me tenía que haber llamado me gritó delante de mis
hijos, me dijo que "si no me gustaba llamara a otro" y tiró la caja de
herramientas contra el piso.

No estoy reclamando por la heladera, eso lo arregló. Estoy reclamando
por el trato. Exijo que se comunique conmigo el responsable del área
técnica, no el call center.

Silvina Acosta
11 5555 2034"""),
("es", "b82-gafas-mostrador-recambios", "Manuel Castro <manuel.castro@example.es>", "Mis gafas", "general", "",
"""Buenas, esta mañana estuve en vuestro mostrador de recambios de la
calle Alfonso I comprando una goma para la puerta de la lavadora y creo
que me dejé allí las gafas de leer, en una funda marrón. ¿Las habéis
visto? Paso a recogerlas cuando me digáis.
Manolo"""),
("es", "b82-telefonillo-no-funciona-portal-3", "Irene Soler <irene.soler@example.es>", "Visita del martes", "general", "",
"""Hola, para la visita del técnico del martes por la mañana:

- Es el portal 3, 5º B.
- El telefonillo no funciona, por favor que me llame al móvil cuando
  llegue (654 000 127) y bajo a abrir.
- En la calle es imposible aparcar; hay un parking público a 100
  metros, en la plaza.

Gracias,
Irene"""),
("es", "b82-derechos-arco-acceso", "Octavio Navarrete <octavio.navarrete@example.com.mx>", "Solicitud de derechos ARCO", "general", "",
"""A quien corresponda:

Con fundamento en la Ley Federal de Protección de Datos Personales en
Posesión de los Particulares, solicito el acceso a los datos personales
que su empresa tiene sobre mí, incluyendo grabaciones de llamadas, y
que me indiquen con quién los han compartido.

Nombre: Octavio Navarrete Soto
Teléfono registrado: 33 2222 1590

Atentamente,
Octavio Navarrete Soto"""),
("es", "b82-patrocinio-club-baloncesto", "CB Vallecas Junior <club@cbvallecas.example>", "Patrocinio temporada", "general", "",
"""Hola:

Somos un club de baloncesto de barrio con 11 equipos de base, de
benjamines a juveniles. Estamos buscando patrocinadores para la
próxima temporada y hemos pensado en vosotros porque muchas familias
del club os conocen. A cambio ofrecemos el logo en las camisetas de
calentamiento, en la lona de la pista y en nuestras redes.

¿Con quién podríamos hablar?

Un saludo,
Nacho Peral
Coordinador"""),
("es", "b82-reparan-samsung-medellin", "Juan Pablo Arango <jparango@example.com.co>", "Información", "general", "",
"""Buenas tardes, ¿ustedes reparan neveras Samsung a domicilio en
Envigado o solo en Medellín? ¿Y son servicio técnico autorizado de la
marca? Gracias."""),
("es", "b82-cristal-roto-zona-infantil", "Alicia Montero <alicia.montero@example.es>", "Tienda de Zaragoza - cristales", "general", "high",
"""Buenas tardes:

Esta mañana he estado en vuestra tienda de la avenida de Madrid en
Zaragoza con mi hijo de tres años. Uno de los cristales de la mampara
que separa la zona infantil está roto y hay trozos de vidrio en el
suelo, justo donde juegan los niños. Se lo he dicho a una dependienta,
que ha puesto una silla delante, y ya está.

Os escribo para que lo retiréis cuanto antes, antes de que algún crío
se corte.

Alicia Montero"""),
("es", "b82-un-crack-me-salvo-la-vida", "Matías Giménez <matias.gimenez@example.com.ar>", "GRACIAS", "general", "",
"""Che, quería decirles que el técnico que vino el sábado, Lucas, es un
crack. Se mató laburando dos horas con la heladera y la dejó andando
como nueva. Me salvó la vida, tenía el asado del domingo adentro jaja.
Pásenle el mensaje.
Abrazo,
Matías"""),
("es", "b82-hola-trabajo-tecnico", "Eduardo Paredes <eduardo.paredes@example.es>", "Hola", "general", "",
"""Hola,

Soy técnico de FP en instalaciones electrotécnicas con cinco años de
experiencia reparando electrodomésticos en Málaga. ¿Estáis buscando
técnicos para la zona? ¿A dónde puedo mandar el currículum?

Un saludo,
Eduardo Paredes"""),
("es", "b82-re-jornada-puertas-abiertas-ninos", "Sonia Vidal <sonia.vidal@example.es>", "Re: Jornada de puertas abiertas - taller de reparación", "general", "",
"""¡Hola! Me apunto con mi marido para el sábado 15. ¿Podemos llevar a
nuestros hijos de 10 y 12 años? Les encanta desmontar cosas.

Sonia

El 2 jun 2025, a las 9:30, Taller Reparahogar <noticias@reparahogar.example> escribió:
> Este sábado 15 de junio abrimos las puertas de nuestro taller de
> Hospitalet de 10:00 a 14:00. Ven a ver cómo trabajan nuestros
> técnicos y aprende a alargar la vida de tus electrodomésticos.
> Plazas limitadas, responde a este correo para apuntarte."""),
# ---------------- Polish ----------------
("pl", "b82-przeglad-kotla-dwa-obciazenia", "Agnieszka Wróblewska <a.wroblewska@example.pl>", "Podwójna płatność za przegląd", "billing", "",
"""Dzień dobry,

14 października serwisant wykonał u mnie coroczny przegląd kotła
gazowego (zlecenie PK/2291/10). Zapłaciłam 250 zł kartą przez link,
który przyszedł SMS-em. Dziś w historii konta widzę dwie takie same
płatności po 250 zł, jedna po drugiej. Proszę o zwrot drugiej kwoty.

W załączniku potwierdzenia z banku.

Pozdrawiam
Agnieszka Wróblewska
Lublin"""),
("pl", "b82-pralka-kraina-wiecznego-wirowania", "Tomek Zawada <tomek.zawada@example.pl>", "pakiet ochronny", "billing", "",
"""Czesc,
nasza pralka po 11 latach odeszla do krainy wiecznego wirowania,
poszla na zlom razem z bebnem. Nowa ma 3 lata gwarancji producenta, wiec
pakiet ochronny AGD (19,99 zl/mies., umowa PO-448120) nie jest nam juz
potrzebny. Prosze go zakonczyc z koncem miesiaca i nie pobierac kolejnych
oplat.
Pozdro
Tomek"""),
("pl", "b82-kontrakt-norwegia-zawieszenie", "Paweł Sikora <pawel.sikora@example.pl>", "Zawieszenie abonamentu serwisowego", "billing", "",
"""Dzień dobry,

od marca wyjeżdżam na pół roku na kontrakt do Norwegii, a mieszkanie w
Gdańsku będzie w tym czasie puste (prąd i woda zakręcone). Czy mogę na
ten czas zawiesić abonament serwisowy na AGD (34 zł miesięcznie) i
wznowić go po powrocie we wrześniu, bez utraty obecnych warunków?

Z góry dziękuję za odpowiedź.
Paweł Sikora"""),
("pl", "b82-faktura-vat-nip-piekarnia", "Biuro Piekarnia Kłos <biuro@piekarnia-klos.example>", "Faktura do naprawy", "billing", "",
"""Dzień dobry,

w poniedziałek Państwa serwisant naprawiał zmywarkę w naszej piekarni
przy ul. Głównej 8 w Poznaniu i zostawił paragon na 486,00 zł.
Potrzebujemy faktury VAT na firmę:

Piekarnia Kłos Sp. z o.o.
NIP 779-000-12-34
ul. Główna 8, 61-005 Poznań

Paragon możemy odesłać, jeśli trzeba.

Pozdrawiam
Renata Kłos"""),
("pl", "b82-naprawa-lodowki-raty", "Krzysztof Dudek <krzysztof.dudek@example.pl>", "Raty", "billing", "",
"""Dzien dobry, technik wycenil naprawe lodowki (wymiana sprezarki) na
1 280 zl. Czy da sie to rozlozyc na raty albo zaplacic czesc teraz a
reszte w przyszlym miesiacu? Pensje mam 10-go.
Krzysztof"""),
("pl", "b82-filtr-zmywarki-nie-pasuje", "Ewa Makowska <ewa.makowska@example.pl>", "Zamówienie 77310", "billing", "",
"""Dzień dobry,

zamówiłam filtr siatkowy do zmywarki (zamówienie 77310, 42,90 zł),
niestety jest o kilka milimetrów za duży i nie wchodzi w gniazdo. Model
zmywarki wpisałam dobrze, może opis w sklepie jest błędny. Chciałabym
go zwrócić i dostać zwrot pieniędzy, filtr jest nieużywany, w
oryginalnym woreczku.

Ewa Makowska"""),
("pl", "b82-to-nie-usterka-faktura-korekta", "Marek Bielecki <marek.bielecki@example.pl>", "Faktura FV/2025/06/118", "billing", "",
"""Dzień dobry,

od razu zaznaczam, że to nie jest zgłoszenie usterki – zmywarka po
naprawie działa bez zarzutu.

Chodzi o fakturę FV/2025/06/118. Na fakturze jest dojazd 120 zł, a przy
zgłoszeniu konsultantka potwierdziła, że w ramach przedłużonej
gwarancji dojazd jest bezpłatny. Proszę o wystawienie korekty i zwrot
120 zł na konto.

Z poważaniem
Marek Bielecki"""),
("pl", "b82-odnowienie-gwarancji-drozej", "Jadwiga Lis <jadwiga.lis@example.pl>", "Odnowienie", "billing", "",
"""Szanowni Państwo,

dostałam pismo o odnowieniu przedłużonej gwarancji na pralkę. W
zeszłym roku płaciłam 189 zł, teraz jest 265 zł. Nie było żadnej
naprawy. Proszę mi wytłumaczyć, skąd taka podwyżka, bo jestem
emerytką i każda złotówka się liczy. Jeśli nie ma tańszej opcji, to
rezygnuję.

Jadwiga Lis
Kielce"""),
("pl", "b82-odmowa-gwarancji-rzecznik", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "Odmowa naprawy w ramach gwarancji - żądam zwrotu", "billing", "high",
"""Dzień dobry,

w 2023 r. wykupiłem u Państwa przedłużoną gwarancję na 4 lata na
lodówkę (349 zł, certyfikat PG-20117). W zeszłym tygodniu lodówka
przestała chłodzić, a Państwa rzeczoznawca odmówił naprawy, bo
uszkodzenie rzekomo wynika z "niewłaściwej eksploatacji". Nikt nie
wskazał, na czym ta niewłaściwa eksploatacja miałaby polegać.

Skoro gwarancja nic nie obejmuje, żądam zwrotu całych 349 zł w ciągu
14 dni. W przeciwnym razie skieruję sprawę do miejskiego rzecznika
konsumentów, a następnie do sądu.

Grzegorz Pawlak
Wrocław"""),
("pl", "b82-montaz-plyty-chargeback", "Karolina Mazurek <karolina.mazurek@example.pl>", "Montaż płyty gazowej - nikt nie przyjechał", "billing", "high",
"""Dzień dobry,

zapłaciłam z góry 180 zł za montaż płyty gazowej na 3 czerwca. Nikt nie
przyjechał, nikt nie zadzwonił. Od tamtej pory piszę i dzwonię, słyszę
tylko, że "zwrot jest w realizacji".

Jeśli do piątku pieniądze nie wrócą na kartę, składam w banku
reklamację transakcji (chargeback). Mam wszystkie maile i potwierdzenie
płatności.

Karolina Mazurek"""),
("pl", "b82-zaliczka-prosze-przelozonego", "Zbigniew Kaczmarek <zbigniew.kaczmarek@example.pl>", "ZALICZKA", "billing", "high",
"""Dzien dobry,

w kwietniu wplacilem 400 zl zaliczki na naprawe zamrazarki skrzyniowej.
Potem okazalo sie, ze czesci nie ma i naprawy nie bedzie - zgoda, ale
zaliczki do dzis nie oddaliscie. Dzwonilem piec razy, za kazdym razem
ktos inny i kazdy "przekazuje dalej".

Nie bede juz rozmawial z infolinia. Prosze, zeby zadzwonil do mnie
kierownik albo ktos, kto moze podjac decyzje: 601 000 274.

Zbigniew Kaczmarek
Lodz"""),
("pl", "b82-re-wycena-blik", "Natalia Górska <natalia.gorska@example.pl>", "Re: Wycena naprawy nr 5532", "billing", "",
"""Dzień dobry,

akceptuję wycenę. Czy mogę zapłacić serwisantowi BLIK-iem na miejscu,
czy lepiej zrobić przelew wcześniej?

Pozdrawiam
Natalia Górska

W dniu 12.03.2025 o 10:21, Serwis AGD Tęcza <serwis@agd-tecza.example> pisze:
> Dzień dobry,
> w nawiązaniu do diagnozy przesyłamy wycenę naprawy piekarnika:
> - termostat: 145,00 zł
> - robocizna: 120,00 zł
> Razem: 265,00 zł brutto.
> Prosimy o akceptację.
> Serwis AGD Tęcza"""),
("pl", "b82-tata-zmarl-umowa-kotla", "Beata Wojciechowska <beata.wojciechowska@example.pl>", "Umowa serwisowa - Jan Wojciechowski", "billing", "",
"""Dzień dobry,

mój tata, Jan Wojciechowski, zmarł w marcu. Miał u Państwa umowę
serwisową na kocioł (nr US-10482), opłacaną zleceniem stałym z jego
konta. Mieszkanie w Bydgoszczy będziemy sprzedawać, nikt tam już nie
mieszka. Proszę o rozwiązanie umowy i informację, czy potrzebny jest
akt zgonu.

Z poważaniem
Beata Wojciechowska"""),
("pl", "b82-pralka-e20-nie-odpompowuje", "Magdalena Kowal <magda.kowal@example.pl>", "Pralka", "technical", "",
"""Dzień dobry,

pralka (Samsung 7 kg, w abonamencie serwisowym) od wczoraj nie
odpompowuje wody – w bębnie zostaje woda, a na wyświetlaczu jest E20.
Wyczyściłam filtr pompy, znalazłam tam monetę i trochę kłaczków, ale
nadal to samo. Kiedy może przyjść serwisant? Jestem w domu po 15.

Magda Kowal
Kraków, Podgórze"""),
("pl", "b82-lodowka-nie-chlodzi-bez-pl", "Robert Nowicki <robert.nowicki@example.pl>", "lodowka", "technical", "",
"""Dzien dobry, lodowka ktora u Panstwa kupilem w listopadzie przestala
chlodzic w czesci lodowkowej, w srodku jest 14 stopni. Zamrazalnik
dziala. Swiatelko sie pali, slychac ze cos pracuje. Prosze o wizyte
serwisu, jest na gwarancji.
Robert Nowicki, Olsztyn"""),
("pl", "b82-zmywarka-po-naprawie-zimna-woda", "Sławomir Jasiński <slawek.jasinski@example.pl>", "ZNOWU TO SAMO", "technical", "",
"""Dzień dobry,

zmywarka po Państwa "naprawie" z zeszłego tygodnia DALEJ nie grzeje
wody. Naczynia wychodzą tłuste, a program kończy się po 40 minutach
zamiast po dwóch godzinach. Serwisant wymienił grzałkę i powiedział,
że "teraz będzie dobrze". NIE JEST. Numer zlecenia 2025/3391.

Proszę o wizytę kogoś, kto znajdzie prawdziwą przyczynę.

S. Jasiński"""),
("pl", "b82-portal-nieprawidlowy-token", "Dominika Krawczyk <dominika.krawczyk@example.pl>", "Nie mogę się zalogować", "technical", "",
"""Dzień dobry, przy próbie logowania do panelu klienta, żeby zgłosić
usterkę piekarnika, wyskakuje komunikat "Nieprawidłowy token sesji" i
wraca do strony logowania. Czyściłam ciasteczka, próbowałam na
telefonie i na laptopie. Hasło na pewno jest dobre, bo zmieniałam je
wczoraj.
Dominika"""),
("pl", "b82-czuc-gaz-po-montazu-kuchenki", "Halina Urbańska <halina.urbanska@example.pl>", "Kuchenka", "technical", "high",
"""Dzień dobry,

w czwartek Państwa monter podłączył nam nową kuchenkę gazową. Wszystko
ładnie działa, tylko od czasu do czasu w kuchni czuć gaz, zwłaszcza
rano. Mąż mówi, że to pewnie nic takiego, ale wolałabym, żeby ktoś to
sprawdził przy okazji, jak będzie w okolicy.

Pozdrawiam serdecznie
Halina Urbańska
Rzeszów"""),
("pl", "b82-pralka-kopie-pradem", "Artur Michalski <artur.michalski@example.pl>", "pralka kopie", "technical", "high",
"""Dzien dobry,
pralka po wymianie silnika (naprawa u Panstwa 2 tyg. temu) lekko
"kopie" pradem, jak sie dotknie metalowej obudowy albo bebna podczas
prania. Nic wielkiego, takie mrowienie, ale zona ostatnio dotknela jej
mokra reka i poczula to mocniej. Poza tym pierze normalnie.
Prosze o wizyte jak bedzie termin.
Artur Michalski"""),
("pl", "b82-stolowka-szkolna-myjemy-recznie", "Stołówka SP nr 12 <stolowka@sp12-opole.example>", "Zmywarka kapturowa", "technical", "high",
"""Dzień dobry,

od rana zmywamy ręcznie. Trzy panie z kuchni stoją przy zlewach
zamiast gotować, a o 11:30 wydajemy 320 obiadów i nie mamy czystych
talerzy na drugą zmianę. Zmywarka kapturowa pobiera wodę, a potem po
zamknięciu kaptura nic się nie dzieje, tylko miga dioda.

Mamy z Państwem umowę serwisową nr UG-0915.

Barbara Sadowska
kierownik stołówki
Szkoła Podstawowa nr 12, Opole"""),
("pl", "b82-babcia-91-kociol-suwalki", "Michał Rutkowski <michal.rutkowski@example.pl>", "kocioł babci - Suwałki", "technical", "high",
"""Dzień dobry,

moja babcia, Stanisława Rutkowska (ul. Kościuszki 40, Suwałki), ma u
Państwa pakiet serwisowy na kocioł gazowy. Od wczoraj wieczorem kocioł
się nie uruchamia, pokazuje błąd E01 i gaśnie. W nocy było -12.
Babcia ma 91 lat i mieszka sama, w mieszkaniu jest teraz 13 stopni.
Zawiozłem jej grzejnik olejowy, ale to nie wystarczy.

Na infolinii zaproponowano termin w czwartek. Bardzo proszę o
przyjazd dzisiaj albo jutro rano.

Michał Rutkowski (wnuk)
600 000 913"""),
("pl", "b82-trzecia-naprawa-piekarnika-sad", "Iwona Zalewska <iwona.zalewska@example.pl>", "Reklamacja piekarnika - trzecia naprawa", "technical", "high",
"""Szanowni Państwo,

trzeci raz w ciągu dwóch miesięcy zgłaszam tę samą usterkę piekarnika:
po kilkunastu minutach pieczenia wyłącza się i pokazuje F08.
Wymieniono już czujnik temperatury i moduł sterujący, bez skutku.

Piekarnik jest na gwarancji. Jeżeli po kolejnej wizycie nie będzie
naprawiony, skieruję sprawę do Rzecznika Praw Konsumentów i do sądu.
Oczekuję terminu wizyty w tym tygodniu.

Iwona Zalewska
Warszawa"""),
("pl", "b82-nie-chce-zwrotu-lodowka", "Jacek Sobczak <jacek.sobczak@example.pl>", "lodówka side by side", "technical", "",
"""Dzień dobry, nie chcę zwrotu pieniędzy ani nowej lodówki, chcę tylko,
żeby ta działała jak należy. Od naprawy z maja dystrybutor lodu co
kilka dni się zacina, a kostki zamarzają w jeden blok. Woda z
dystrybutora leci normalnie.
Jacek Sobczak"""),
("pl", "b82-re-wizyta-suszarka-piszczy", "Weronika Baran <weronika.baran@example.pl>", "Re: Potwierdzenie wizyty serwisanta 21.01", "technical", "",
"""Dzień dobry,

serwisant był 21.01, wyczyścił czujnik wilgotności i wymienił pasek,
ale suszarka po 10 minutach dalej piszczy, pokazuje "pełny zbiornik" i
staje, mimo że zbiornik jest pusty. Czy może przyjechać jeszcze raz?

Weronika Baran

> Szanowna Pani,
> potwierdzamy wizytę serwisanta we wtorek 21.01 w godzinach
> 8:00-12:00. Prosimy o zapewnienie dostępu do urządzenia.
> Dział Obsługi Klienta"""),
("pl", "b82-suszarka-nie-grzeje-bez-pl", "Lukasz Wisniewski <lukasz.wisniewski@example.pl>", "suszarka", "technical", "",
"""Hej, suszarka kondensacyjna kupiona u Was w lutym kreci bebnem ale
w ogole nie grzeje, po 2 godzinach pranie jest zimne i mokre. Filtry
czyste. Mozna zglosic naprawe na gwarancji tym mailem?
Lukasz, Torun"""),
("pl", "b82-okap-halasuje-po-montazu", "Anna Szymańska <anna.szymanska@example.pl>", "Okap", "technical", "",
"""Dzień dobry,

okap, który zamontowali Państwo w zeszłą środę, strasznie hałasuje i
drga, nawet na pierwszym biegu. Słychać też stukanie, jakby coś
luźnego było w środku. Prosiłabym o sprawdzenie montażu.

Anna Szymańska"""),
("pl", "b82-pytanie-piekarnik-f3", "Tadeusz Kowalczyk <tadeusz.kowalczyk@example.pl>", "Pytanie", "technical", "",
"""Dzien dobry. Piekarnik zamontowany przez Panstwa w kwietniu wyswietla
komunikat F3 i sam sie wylacza po wlaczeniu termoobiegu. Na innych
funkcjach dziala. Co mam zrobic?
T. Kowalczyk"""),
("pl", "b82-podziekowanie-pan-marek", "Teresa Głowacka <teresa.glowacka@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować panu Markowi, który w piątek naprawiał
moją pralkę. Przyjechał punktualnie, wszystko wytłumaczył, posprzątał
po sobie i był bardzo cierpliwy wobec mnie, starszej osoby. Takich
pracowników życzę każdej firmie.

Z wyrazami szacunku
Teresa Głowacka"""),
("pl", "b82-godziny-punkt-serwisowy-lodz", "Patryk Olszewski <patryk.olszewski@example.pl>", "godziny otwarcia", "general", "",
"""Dzień dobry, w jakich godzinach jest otwarty punkt serwisowy na
Piotrkowskiej w Łodzi? Czy w soboty też? Chcę podrzucić mikrofalówkę."""),
("pl", "b82-zmiana-maila-telefonu", "Monika Jabłońska <monika.jablonska@example.pl>", "Zmiana danych kontaktowych", "general", "",
"""Dzień dobry,

proszę o zmianę danych kontaktowych na moim koncie klienta (nr 40077215):
nowy telefon: 512 000 398
nowy e-mail: ten, z którego piszę.
Adres i pozostałe dane bez zmian.

Dziękuję
Monika Jabłońska"""),
("pl", "b82-serwisant-niestosownie-kierownik", "Aleksandra Wilk <aleksandra.wilk@example.pl>", "Skarga na serwisanta", "general", "high",
"""Dzień dobry,

składam skargę na serwisanta, który w poniedziałek był u mnie w sprawie
zmywarki (zlecenie 2025/4410). Od wejścia komentował mój wygląd, pytał,
czy mieszkam sama i czy "mąż nie będzie zazdrosny", a po wyjściu
jeszcze wysłał mi SMS-a z prywatnego numeru. Czułam się bardzo
niekomfortowo we własnym mieszkaniu.

Zmywarka działa, nie o to chodzi. Żądam kontaktu ze strony kierownika
serwisu i informacji, jakie kroki Państwo podejmą.

Aleksandra Wilk
Poznań"""),
("pl", "b82-serwisant-zostawil-miernik", "Dariusz Piątek <dariusz.piatek@example.pl>", "zostawiony miernik", "general", "",
"""Dzien dobry, serwisant ktory wczoraj naprawial u nas lodowke zostawil
na parapecie w kuchni miernik (zolty, w etui). Jestesmy w domu po 16,
moze po niego wpasc albo mozemy go podrzucic do punktu.
Dariusz Piatek, Chorzow"""),
("pl", "b82-domofon-kod-brama", "Joanna Kozłowska <joanna.kozlowska@example.pl>", "Wizyta w środę 9.04", "general", "",
"""Dzień dobry, informacje dla serwisanta na środę:

- kod do bramy: 2580#
- domofon 27, 4 piętro, winda działa
- jeśli nikt nie otworzy, proszę dzwonić na 606 000 145, syn może być
  w łazience :)
- parkowanie tylko na ulicy, na osiedlu są szlabany.

Dziękuję
Joanna Kozłowska"""),
("pl", "b82-rodo-usuniecie-danych", "Wojciech Majewski <wojciech.majewski@example.pl>", "RODO - żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia moich danych osobowych z
Państwa bazy oraz zaprzestania wysyłania mi ofert SMS i e-mail. Nie
korzystam już z Państwa usług.

Imię i nazwisko: Wojciech Majewski
Telefon: 693 000 551

Proszę o potwierdzenie na piśmie.

Wojciech Majewski"""),
("pl", "b82-festyn-parafialny-nagroda", "Parafia św. Józefa <festyn@parafia-jozefa.example>", "Festyn rodzinny", "general", "",
"""Szczęść Boże,

w niedzielę 22 czerwca nasza parafia w Tarnowie organizuje festyn
rodzinny z loterią fantową. Czy zechcieliby Państwo przekazać jakąś
nagrodę lub voucher na przegląd sprzętu AGD? W zamian podziękujemy w
ogłoszeniach i na plakatach.

Z pozdrowieniami
ks. Adam Żak"""),
("pl", "b82-zakopane-czy-dojezdzacie", "Kinga Gąsienica <kinga.gasienica@example.pl>", "Zakopane", "general", "",
"""Dzień dobry, czy Państwa serwis dojeżdża do Zakopanego i okolic
(Kościelisko)? Pytam na przyszłość, bo mamy pensjonat i sporo sprzętu
AGD, a dotychczasowy serwisant zamyka działalność.
Kinga"""),
("pl", "b82-oblodzone-schody-punkt", "Henryk Zieliński <henryk.zielinski@example.pl>", "Schody przy punkcie na Mokotowie", "general", "high",
"""Dzień dobry,

byłem dziś rano w punkcie serwisowym przy Puławskiej. Schody przy
wejściu są całkowicie oblodzone, nikt ich nie odśnieżył ani nie
posypał, a poręcz z jednej strony jest urwana. Sam się poślizgnąłem,
na szczęście złapałem się drzwi. Za mną szła pani z laską.

Proszę to szybko zrobić, zanim ktoś połamie nogi.

Henryk Zieliński"""),
("pl", "b82-pan-tomek-wymiata", "Kuba Pietrzyk <kuba.pietrzyk@example.pl>", "pan Tomek", "general", "",
"""Siema, chciałem tylko napisać, że Wasz serwisant pan Tomek to petarda.
Rozwalił system - w 20 minut ogarnął zmywarkę, z którą inny serwis
męczył się miesiąc. Zabił mnie tylko tym, że odmówił kawy :) Dajcie
mu premię!
Kuba"""),
("pl", "b82-infolinia-rozlaczenie", "Grażyna Kamińska <grazyna.kaminska@example.pl>", "Infolinia", "general", "",
"""Dzień dobry,

chciałam zwrócić uwagę na zachowanie konsultanta na infolinii. Wczoraj
około 14:00 zadzwoniłam z prostym pytaniem o adres punktu w Katowicach,
a pan po minucie rzucił "proszę sobie sprawdzić w internecie" i się
rozłączył. Mam 72 lata i nie każdy z nas sprawnie korzysta z
internetu.

Nic więcej nie oczekuję, tylko żeby Państwo o tym wiedzieli.

Grażyna Kamińska"""),
("pl", "b82-re-ankieta-sms-przed-przyjazdem", "Rafał Adamczyk <rafal.adamczyk@example.pl>", "Re: Jak oceniasz wizytę naszego serwisanta?", "general", "",
"""Dzień dobry,

daję 5/5, serwisant bardzo kompetentny i miły. Jedna sugestia: przydałby
się SMS pół godziny przed przyjazdem, bo okno "8-14" to prawie cały
dzień wolnego z pracy. Poza tym wszystko super.

Rafał

> Dziękujemy za skorzystanie z naszych usług!
> Jak oceniasz wizytę naszego serwisanta? Odpowiedz na tę wiadomość,
> wpisując ocenę od 1 do 5 i ewentualny komentarz.
> Serwis AGD Tęcza"""),
]
