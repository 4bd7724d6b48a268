# batch86.py -- labelled mails held out of the tree until the rules it
# measures are final.  Forty mails per language (en, el, es, pl), written
# separately for each language, drawn mostly from energy services for
# businesses: commercial energy brokers, generator hire, fleet EV charging,
# LED lighting retrofits, energy audits, building management systems and
# commercial solar maintenance.  Covers the failure classes -- escalation
# demands and legal threats / chargebacks that keep their topic,
# negations, subjects that say nothing or quote an earlier mail, plans
# ended or paused in unusual wording, business outages told only by their
# consequences, safety hazards told calmly, praise -- and everyday mail of
# all three queues.  Greek partly in Greeklish; Polish with and without
# diacritics; Spanish from Spain and Latin America.  Same tuple format as
# batch13.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b86-en-broker-commission-in-unit-rate", "Dawn Pickering <dawn@thecornerpantry.example.co.uk>", "Our electricity contract", "billing", "",
"""Hello,

You arranged our current electricity contract for the cafe last October
(two years, fixed). I've just been told by another cafe owner on our
street that brokers are paid through an uplift on the unit rate, which
nobody mentioned to me at the time.

Could you please send me a breakdown showing how much of our 27.4p per
kWh is your commission, and what that has come to in pounds so far? I'm
not accusing anyone of anything, I just want to know what I'm paying
for.

Many thanks,
Dawn Pickering
The Corner Pantry, Whitby"""),
("en", "b86-en-generator-deposit-three-weeks", "Cathal Brennan <cathal.brennan@example.ie>", "Deposit - hire ref GH-40716", "billing", "",
"""Hi folks,

We had the 60kVA generator from your Limerick depot for the marquee at
my daughter's wedding. Your driver collected it on the 2nd and said
everything was grand, full tank, no damage. The deposit of EUR 1,500
still hasn't come back to my card and it's three weeks now.

Can someone check it please?

Cathal Brennan
087 555 0193"""),
("en", "b86-en-ev-sessions-billed-twice-amex", "Rachel Ostrowski <r.ostrowski@pinebrookdelivery.example.com>", "March statement - duplicate sessions", "billing", "high",
"""To your billing team,

Every single charging session our drivers made between March 4 and
March 11 appears twice on the March statement for account FL-22190. That
is 214 sessions billed twice, an overcharge of $3,862.40. I sent the
session export with the duplicates highlighted to your portal on the
14th and again on the 21st, and have had no response either time.

Our card is an Amex corporate card. If I do not have a corrected
statement and confirmation of the credit by Friday, I will dispute the
full March amount with American Express and let them sort it out.

Rachel Ostrowski
Fleet Operations Manager, Pinebrook Delivery
Columbus, OH"""),
("en", "b86-en-warehouse-sold-solar-plan", "Greg Thornton <greg@thorntonfreight.example.com.au>", "Unit 4 Kewdale", "billing", "",
"""G'day,

Just a heads up that we've sold the Kewdale warehouse and settlement is
on the 30th. The new owners are bringing in their own people for the
roof, so we won't need you to keep looking after the panels after that.
Please don't bill us for anything past the end of the month, and send
through a final invoice if there's anything outstanding.

Thanks for looking after it all these years, no dramas ever.

Cheers,
Greg"""),
("en", "b86-en-led-retrofit-instalments-gst", "Sunil Menon <accounts@menontextiles.example.in>", "LED retrofit quotation - payment terms", "billing", "",
"""Dear Sir/Madam,

We are in receipt of your quotation no. LQ/2291 for the LED retrofit of
our weaving shed at Tiruppur, amounting to Rs. 7,84,500 plus GST.

Kindly confirm whether the amount can be paid in six monthly instalments
instead of 50% advance, and whether separate GST invoices will be raised
for each instalment. Our auditor requires the GSTIN to be printed on all
invoices.

Awaiting your early reply.

Regards,
Sunil Menon
Accounts, Menon Textiles Pvt. Ltd."""),
("en", "b86-en-hello-audit-cost", "Aoife Kinsella <aoife.kinsella@example.ie>", "Hello", "billing", "",
"""Hi, roughly what would an energy audit cost for a three storey office
building, about 1,800 sq m, in Galway? Ballpark is fine for now."""),
("en", "b86-en-not-technical-invoice-po-number", "Helen Marsh <h.marsh@stagecoachwines.example.co.uk>", "Invoice INV-55817", "billing", "",
"""Hi,

Just to be clear, this isn't a technical issue - the BMS is working
absolutely fine since your engineer's visit. It's the invoice for that
visit. It's addressed to our old trading name and has no purchase order
number on it, so our accounts system won't let me pay it. The PO is
PO-7731 and the company is Stagecoach Wines Ltd.

Could you reissue it?

Thanks,
Helen"""),
("en", "b86-en-broker-rollover-ombudsman", "Martin Oyelaran <martin@oyelaranprint.example.co.uk>", "Contract renewed without my agreement", "billing", "high",
"""Dear Sir or Madam,

Our gas contract for the print works in Leicester ended on 31 May. I
told your account manager by phone in April that we did not want to
renew through you. I have now received a bill from the supplier showing
we were rolled onto a new three year contract at 9.8p per kWh, almost
double the old rate, with your company listed as the broker.

I did not sign anything and did not agree to anything. I want the
contract cancelled and the difference refunded for June and July.

We are a micro business. If this is not resolved within eight weeks I
will take it to the Energy Ombudsman, and I have already kept a copy of
my call log from April.

Martin Oyelaran
Oyelaran Print Ltd"""),
("en", "b86-en-father-passed-bakery-lighting", "Joanne Keane <joanne.keane@example.co.uk>", "Keane's Bakery, Market Street", "billing", "",
"""Dear all,

I'm writing on behalf of my father, Tom Keane, who ran Keane's Bakery on
Market Street. Dad passed away in March and the family has decided not
to reopen the shop. I found your lighting maintenance agreement in his
papers - it seems to be paid monthly by direct debit at 38.50.

Could you please close it and let me know if anything else needs to be
paid? I can send a copy of the death certificate if you need it.

Kind regards,
Joanne Keane"""),
("en", "b86-en-re-quote-multisite-discount", "Priyanka Shah <p.shah@shahpharmacies.example.co.uk>", "Re: Your quotation Q-30518 - LED retrofit, Harrow branch", "billing", "",
"""Hi Ben,

Thanks for this. We have four more branches (Wembley, Pinner, Edgware
and Stanmore) that are all roughly the same size. If we went ahead with
all five, would you be able to do better than the price below? Also,
is the 10% deposit refundable if our landlord at Edgware says no?

Best,
Priyanka

On Thu, 6 Feb 2025 at 15:12, Ben Rowley <ben.rowley@example-lighting.co.uk> wrote:
> Dear Priyanka,
>
> Thank you for meeting me at your Harrow branch on Tuesday. Please
> find our quotation for replacing the 46 fluorescent fittings with LED
> panels and linear battens:
>
> Supply and installation: GBP 6,940.00 + VAT
> Deposit on order: 10%
>
> Kind regards,
> Ben Rowley"""),
("en", "b86-en-fleet-off-road-wet-season", "Kylie Nguyen <kylie@topendtours.example.com.au>", "Charging plan over the wet", "billing", "",
"""Hi team,

Our tour vans are off the road from December to the end of March like
every year (roads up here are shut for the wet). Can we put the fleet
charging plan on hold for those four months so we're not paying the
monthly fee per charger for nothing? Happy to start it back up in April.

Kylie Nguyen
Top End Tours, Darwin"""),
("en", "b86-en-late-fee-escalate", "Gordon Fairbairn <g.fairbairn@example.co.uk>", "Late payment charge - I want this escalated", "billing", "high",
"""This is my third email about the same thing.

Invoice 20417 for our energy audit was paid on 12 September by BACS,
four days before it was due. I sent your credit control team the
remittance advice twice. You have now added a GBP 40 late payment
charge and threatened to pass the account to a debt collector.

I am not dealing with credit control again. Please pass this to someone
senior who can actually remove the charge and stop the letters.

Gordon Fairbairn
Director, Fairbairn & Ross Architects, Edinburgh"""),
("en", "b86-en-chamber-voucher-not-applied", "Lisa Carroll <lisa.carroll@example.com>", "Chamber of Commerce offer", "billing", "",
"""Hi there,

We booked an energy audit through the Chamber of Commerce members offer,
which is meant to be 20% off (code CHAMBER20). The invoice we received
is for the full $2,400. Could you please apply the discount and send a
revised invoice?

Thanks,
Lisa Carroll
Office Manager, Carroll & Diaz Dental, Tucson"""),
("en", "b86-en-return-unused-panels", "Declan Moore <declan@mooreelectrical.example.ie>", "Returning 8 panels", "billing", "",
"""Hi,

Ordered 40 of the 600x600 backlit panels for the school job in Navan,
only needed 32 in the end. The other 8 are still boxed, never opened.
Can I send them back for a credit on the account? Order number
TR-88104.

Declan"""),
("en", "b86-en-depot-this-morning", "Tyrell Jackson <t.jackson@swiftlinecouriers.example.com>", "Depot this morning", "technical", "high",
"""We came in at 5am and only 3 of our 28 vans had charged overnight.
Every charger in the depot screen says "Faulted - contact operator" and
the app shows them offline since 11:42pm. Drivers have been sent home,
we have cancelled the morning routes for two of our biggest customers
and we're now looking at the afternoon too.

Please call me on 614-555-0148 as soon as you read this.

Tyrell Jackson
Depot Supervisor, Swiftline Couriers - Reynoldsburg"""),
("en", "b86-en-generator-diesel-puddle-festival", "Siobhan Daly <siobhan.daly@example.ie>", "Generator at the field", "technical", "high",
"""Hi,

Not a huge panic, but I thought I'd better let you know. The generator
you dropped out to the GAA field for our summer festival has a puddle
of diesel underneath it this morning, maybe a metre across, and it
seems to be dripping from somewhere near the back. Some of the cable
runs go right through it. We've taped the area off and moved the kids'
bouncy castle.

Could someone come out and have a look? We're on until Sunday.

Siobhan Daly
Festival Committee, Ballymore"""),
("en", "b86-en-led-flicker-dimmed", "Owen Price <owen.price@example.co.uk>", "Flickering lights on the 2nd floor", "technical", "",
"""Hi,

The new LED panels on our second floor work fine at full brightness, but
as soon as anyone turns the dimmer below about half, the whole row by
the windows starts flickering. It's giving a few people headaches. The
first floor panels are the same model and don't do it.

Owen Price
Facilities, Cardiff"""),
("en", "b86-en-bms-reset-email-never-arrives", "Anand Raghavan <anand.r@sriramhospitality.example.in>", "Unable to login to BMS portal", "technical", "",
"""Dear Support Team,

I am unable to login to the building management portal for our hotel at
Coimbatore. Password reset was requested 4 times since yesterday but the
reset mail is not coming, checked spam folder also. Username is
anand.r. Kindly do the needful at the earliest.

Thanks and regards,
Anand Raghavan
Chief Engineer, Sriram Residency"""),
("en", "b86-en-inverter-grid-overvoltage", "Mick Sullivan <mick@sullivanmotors.example.com.au>", "inverter", "technical", "",
"""Inverter on the workshop roof has been showing "Grid Overvoltage" on
the screen since Tuesday arvo and the app says 0 kW even in full sun.
Tried switching it off and on at the isolator like your guy showed us.
No luck. When can someone come out?

Mick"""),
("en", "b86-en-isolator-scorch-marks", "Peter Lomas <peter.lomas@example.co.uk>", "Roof visit", "technical", "high",
"""Hello,

We had a roofer up on the factory roof on Friday clearing the gutters.
He mentioned that one of the grey boxes next to the solar panels (he
thinks it's a DC isolator, third row from the north end) has brown
scorch marks around where the cables go in and the plastic had a hot,
melted sort of smell. He didn't touch it.

I don't know if that's normal, but I assume it isn't. The panels are
covered by your maintenance contract, SM-1187.

Regards,
Peter Lomas
Site Manager, Lomas Packaging, Bolton"""),
("en", "b86-en-no-refund-fix-sensors", "Karen Whitlock <karen.whitlock@example.com>", "Motion sensors", "technical", "",
"""Your sales rep offered us a partial refund when I complained on the
phone. I don't want a refund or a credit. I want the lights to stay on
while people are sitting at their desks. Since the retrofit, the
occupancy sensors in our open plan office switch everything off after
about ten minutes if nobody walks past, and my staff are waving their
arms in the air several times an hour. Please send someone to adjust
them properly.

Karen Whitlock
HR Manager, Denver"""),
("en", "b86-en-care-home-heating-controller", "Bernadette Flynn <manager@stritascarehome.example.ie>", "Heating", "technical", "high",
"""Hello,

The heating controller your company installed in St Rita's went blank
some time overnight and the boilers have not come on since. It's 13
degrees in the residents' lounge this morning and we have 34 elderly
residents, several of them very frail. The night staff have put out
every blanket we have and we're borrowing oil heaters.

I rang your out of hours number at 6.15 and left a message but nobody
has called back. Please send someone today.

Bernadette Flynn
Person in Charge, St Rita's Nursing Home, Mullingar"""),
("en", "b86-en-not-billing-app-crash", "Derek Simms <derek.simms@example.com>", "Billing history", "technical", "",
"""This is not about the bill itself, the charges are fine. The problem
is that the fleet app crashes every time I tap on "Billing history" to
look at the sessions. Screen goes white and it closes. iPhone 13, app
updated yesterday. Same on my colleague's phone.

Derek"""),
("en", "b86-en-emergency-lights-failed-test", "Nicola Hartley <n.hartley@example.co.uk>", "Monthly emergency lighting test", "technical", "high",
"""Good afternoon,

Our caretaker did the monthly emergency lighting test yesterday, the
first since your team replaced the warehouse lighting in May. When he
cut the supply, none of the new fittings along the racking aisles or
above the two fire exits came on. The old emergency bulkheads were
removed as part of the job.

We have 60 staff on shifts, including nights. Could you treat this as a
priority and let me know when someone can attend?

Nicola Hartley
Health & Safety Coordinator, Castleford"""),
("en", "b86-en-solar-portal-no-data-router", "Arjun Bhatt <arjun.bhatt@example.com.au>", "No data on monitoring", "technical", "",
"""Hi,

Since our IT people replaced the office router two weeks ago the solar
monitoring portal hasn't shown any data - last reading is the 14th. The
panels are obviously still producing (the power bill shows it) but we
can't see anything. Does the data logger need setting up again with the
new wifi password?

Arjun Bhatt
Brisbane"""),
("en", "b86-en-re-case-generator-wont-start", "Hugh Lawlor <hugh.lawlor@example.ie>", "Re: Case 77312 - standby generator", "technical", "",
"""Hi Fiona,

Tried all that this morning. Bled the fuel line, checked the fuel tap
was open, battery reads 12.6V on the meter. It turns over fine but
won't catch. Not urgent as such, the mains is fine, it's only there for
the milking parlour if there's a power cut, but I'd like it sorted
before the winter storms.

Hugh

On Mon, 14 Oct 2024 at 09:40, Fiona Reid <service@example-powerhire.ie> wrote:
> Hi Hugh,
>
> Sorry to hear the standby set isn't starting. Before we send an
> engineer could you try bleeding the fuel line (instructions attached),
> make sure the fuel tap is open and check the battery voltage?
>
> Fiona"""),
("en", "b86-en-rfid-card-rejected", "Carla Mendes <carla.mendes@example.com>", "Charge card", "technical", "",
"""Hello, my RFID charging card for the company car gets "Card not
recognised" on every charger I've tried this week, both at our office
and at public ones on your network. The card isn't damaged. Card number
ends 4471.

Carla"""),
("en", "b86-en-thanks-auditor-priya", "Colin Ashworth <colin.ashworth@example.co.uk>", "Thank you", "general", "",
"""Hi,

I just wanted to say thank you to Priya, who did our energy audit at the
mill last month. She was thorough without being a nuisance to the shop
floor, explained everything in plain English, and the report was the
most useful thing anyone has put on my desk this year. We've already
done three of the quick wins.

Please pass this on to her manager.

Colin Ashworth
Operations Director, Ashworth Mill, Rochdale"""),
("en", "b86-en-trade-counter-saturday", "Wayne Doyle <wayne@doylesparks.example.co.uk>", "Trade counter", "general", "",
"""Is the trade counter in Coventry open Saturday mornings? Need to pick
up some fittings."""),
("en", "b86-en-engineer-left-meter", "Sandra Lee <sandra.lee@example.com>", "Left behind", "general", "",
"""Hi,

Your engineer who was here on Thursday to look at the chargers left a
yellow clamp meter in a black case on the shelf in our plant room. I've
put it in the office for safekeeping. Let me know if someone will pick
it up or if you want me to post it.

Sandra Lee
Facilities, Northgate Medical Center, Raleigh"""),
("en", "b86-en-generator-delivery-gate-code", "Ravi Chandran <ravi.chandran@example.co.uk>", "Delivery Monday - site access", "general", "",
"""Hi,

For Monday's delivery of the 100kVA set to the new build on Kingsway:

- please come via the Old Road entrance, not Kingsway (low railway
  bridge, 3.4m)
- gate code is 4718, site opens 7am
- ask for Darren, he's the site foreman, mobile 07700 900417
- the set goes on the hardstanding next to the welfare cabins

Thanks,
Ravi Chandran
Project Manager"""),
("en", "b86-en-new-facilities-contact", "Emma Sinclair <emma.sinclair@example.com.au>", "Change of contact", "general", "",
"""Hi,

Please note that John Pettigrew has left the company and I've taken over
as facilities manager for both our Adelaide sites. Could you update your
records so that service reports and visit notices come to me instead
(emma.sinclair@example.com.au, 08 5550 2291)?

Thanks,
Emma"""),
("en", "b86-en-sar-ico", "Liam Gallagher <liam.gallagher@example.co.uk>", "Subject access request - second time of asking", "general", "high",
"""Dear Data Protection Officer,

On 3 January I made a subject access request for all personal data you
hold about me, including call recordings from my time as a sales
contact for your energy broking service. The one month deadline passed
over three weeks ago and I have had nothing, not even an
acknowledgement.

If I do not receive the data within 7 days I will be making a complaint
to the Information Commissioner's Office.

Liam Gallagher
14 Harrow Close, Stockport"""),
("en", "b86-en-engineer-swore-at-receptionist", "Deborah Quinn <deborah.quinn@example.co.uk>", "Your engineer's behaviour on Tuesday", "general", "high",
"""Dear Sir/Madam,

Your engineer arrived at our practice on Tuesday for the lighting
service visit an hour and a half late. When our receptionist, who is 19,
asked him to sign in, he swore at her in front of the waiting room and
told her to "get out of his way". She was in tears afterwards.

I do not want him on our premises again. I would like to speak to your
operations manager personally, not customer services, and I expect an
apology to her.

Deborah Quinn
Practice Manager, Riverside Veterinary Surgery, Exeter"""),
("en", "b86-en-rugby-club-kit-sponsorship", "Shane Murphy <secretary@example-rfc.ie>", "Sponsorship", "general", "",
"""Hi there,

I'm the secretary of Kilcoole RFC. Our under-12s need a new set of
jerseys for next season and we're looking for a local business to put
their name on the front. Given you've done the solar on half the
businesses in the town we thought of ye first! Would you be interested?
Happy to send the details.

Shane Murphy"""),
("en", "b86-en-training-centre-loose-tile", "Anil Kapoor <anil.kapoor@example.co.uk>", "Training day at your Milton Keynes centre", "general", "high",
"""Hello,

I attended the BMS operator training at your Milton Keynes centre on
Wednesday. I wanted to flag that one of the large floor tiles just
inside the main door is loose and tips up when you step on the edge.
One of the other delegates caught her foot on it and nearly went over
with a coffee in hand, and I saw at least two others stumble during
the day. There's no sign or tape on it.

Someone is going to get hurt, so worth sorting before the next course.

Anil Kapoor"""),
("en", "b86-en-esos-webinar-recorded", "Fiona Baxter <fiona.baxter@example.co.uk>", "Webinar 12 March", "general", "",
"""Hi, I've registered for your ESOS phase 4 webinar on 12 March but I'm
now going to be on a site visit that afternoon. Will it be recorded and
sent to people who registered?

Thanks, Fiona"""),
("en", "b86-en-blown-away-new-lights", "Mark Delaney <mark@delaneysgym.example.com>", "Blown away", "general", "",
"""Hey guys,

Just wanted to say the new lights in the gym are absolutely killing it.
The members keep saying the place looks twice the size and the old
buzzing is gone. Our electric bill also dropped like a rock. Honestly
blown away. Tell Jake and Luis they did a killer job.

Mark Delaney
Delaney's Gym, Austin TX"""),
("en", "b86-en-cover-northern-ireland", "Ruth McCann <ruth.mccann@example.co.uk>", "Question", "general", "",
"""Hello,

Do you cover sites in Northern Ireland for solar maintenance, or only
Scotland and the north of England? We have a distribution warehouse
near Lisburn with about 250kW on the roof.

Ruth McCann"""),
("en", "b86-en-urgent-insurance-certificate", "Procurement <procurement@example-foods.co.uk>", "URGENT!!! supplier form", "general", "",
"""URGENT - we need your company registration number, VAT number and a
copy of your public liability insurance certificate TODAY to finish the
new supplier form, otherwise our system won't let us raise the PO for
the LED job. Thanks!!

Jade
Procurement, Hillside Foods"""),
# ---------------- Greek ----------------
("el", "b86-el-mesitis-promitheia-analysi", "Αγγελική Σταυροπούλου <a.stavropoulou@kafe-agora.example>", "Σύμβαση ρεύματος καταστήματος", "billing", "",
"""Καλημέρα σας,

Μέσω της εταιρείας σας κλείσαμε πέρσι τον Νοέμβριο τη σύμβαση ρεύματος
για την καφετέρια μας στην Καλαμάτα. Στον λογαριασμό του προμηθευτή
βλέπω μια γραμμή «χρέωση διαμεσολάβησης» 0,012 €/kWh, την οποία δεν
θυμάμαι να μου την είχε αναφέρει ο συνεργάτης σας.

Θα ήθελα μια αναλυτική κατάσταση: πόσα έχουμε πληρώσει συνολικά σε
προμήθεια από την αρχή της σύμβασης και αν αυτό ήταν γραμμένο κάπου
στην προσφορά που υπέγραψα.

Ευχαριστώ,
Αγγελική Σταυροπούλου"""),
("el", "b86-el-gl-egguisi-gennitria", "Nikos Bakalis <nikos.bakalis@example.gr>", "eggyhsh gennhtrias", "billing", "",
"""Kalhmera sas,
nikiasame th gennhtria 45kVA gia to panhgyri tou xwriou (Agia Paraskevh,
Trikala) kai thn epistrepsame sthn wra ths stis 28/7, xwris kamia zhmia.
H eggyhsh twn 800e akoma den exei epistrafei sto IBAN pou sas dwsame.
Mporeite na koitaksete ti ginetai?
Eyxaristw
Nikos Bakalis
6945 550 781"""),
("el", "b86-el-diplh-xreosi-fortisi-amfisvitisi", "Παναγιώτης Ρήγας <p.rigas@taxydromiki-voreiou.example>", "Διπλες χρεωσεις φορτισεων Φεβρουαριου", "billing", "high",
"""Καλησπερα σας,

Στην καρτα της εταιρειας μας χρεωθηκαν δυο φορες ολες οι φορτισεις του
στολου απο 3 εως 10 Φεβρουαριου, συνολο 1.284,60 ευρω παραπανω. Σας
εστειλα το αρχειο με τις διπλες εγγραφες στις 15/2 και στις 22/2 και
δεν εχω παρει καμια απαντηση.

Αν μεχρι την Παρασκευη δεν δω πιστωτικο, θα κανω αμφισβητηση ολου του
ποσου στην τραπεζα που εκδιδει την καρτα.

Παναγιωτης Ρηγας
Υπευθυνος Στολου, Ταχυδρομικη Βορειου, Θεσσαλονικη"""),
("el", "b86-el-gl-beach-bar-xeimwnas", "Manos Tsatsaronakis <manos@kymata-beach.example>", "fortistes xeimwna", "billing", "",
"""Geia sas,
to beach bar kleinei 15 Oktwvriou opws ka8e xrono kai den 8a ksananiksei
prin ton Maio. Oi dyo fortistes sto parking de 8a xrhsimopoih8oun katholou
to xeimwna. Ginetai na pagwsei h mhniaia syndromh gia 6 mhnes kai na
3anarxisei thn 1h Maiou? De thelw na th kopsw, mono na mhn plhrwnw
tzampa.
Manos
Kymata Beach Bar, Stalida"""),
("el", "b86-el-doseis-led-karta", "Ευάγγελος Μαυρίδης <e.mavridis@example.gr>", "Προσφορά LED - τρόπος πληρωμής", "billing", "",
"""Καλησπέρα σας,

Λάβαμε την προσφορά σας για την αντικατάσταση των φωτιστικών στο
σούπερ μάρκετ μας στη Δράμα, σύνολο 18.420 € πλέον ΦΠΑ. Θα θέλαμε να
ρωτήσουμε αν γίνεται η εξόφληση με εταιρική πιστωτική κάρτα σε 12
άτοκες δόσεις, ή αν δουλεύετε μόνο με προκαταβολή και τραπεζική
κατάθεση.

Με εκτίμηση,
Ευάγγελος Μαυρίδης
Μαυρίδης Α.Ε. - Σούπερ Μάρκετ"""),
("el", "b86-el-erotisi-kostos-epitheorisis", "Ζαχαρίας Βλαζάκης <z.vlazakis@example.gr>", "Ερώτηση", "billing", "",
"""Καλημέρα. Πόσο κοστίζει περίπου ένας ενεργειακός έλεγχος για
ξενοδοχείο 48 δωματίων στα Χανιά; Θέλω μια τάξη μεγέθους πριν ζητήσω
επίσημη προσφορά."""),
("el", "b86-el-oxi-texniko-timologio-afm", "Λογιστήριο Θερμοκήπια Νέστου <logistirio@thermokipia-nestou.example>", "Τιμολόγιο 2024-1187", "billing", "",
"""Καλημέρα,

Δεν πρόκειται για τεχνικό θέμα - το σύστημα ελέγχου των θερμοκηπίων
δουλεύει κανονικά μετά την επίσκεψη του τεχνικού σας. Το θέμα είναι
το τιμολόγιο της επίσκεψης: έχει λάθος ΑΦΜ (γράφει 099871234 αντί για
099781234) και λάθος ΔΟΥ (Καβάλας αντί για Ξάνθης). Δεν μπορούμε να
το περάσουμε έτσι.

Παρακαλούμε εκδώστε πιστωτικό και νέο τιμολόγιο με τα σωστά στοιχεία.

Ευχαριστούμε,
Ρένα Κοσμίδου
Λογιστήριο"""),
("el", "b86-el-ananeosi-xoris-syinainesi-raaey", "Δημοσθένης Καραγιάννης <d.karagiannis@tipografeio-karagianni.example>", "Ανανέωση σύμβασης χωρίς τη συγκατάθεσή μου", "billing", "high",
"""Κύριοι,

Η σύμβαση φυσικού αερίου του τυπογραφείου μας στον Βόλο έληξε στις
30 Ιουνίου. Είχα ενημερώσει τον συνεργάτη σας τηλεφωνικά από τον
Απρίλιο ότι δεν επιθυμούμε ανανέωση μέσω της εταιρείας σας. Τώρα μου
ήρθε λογαριασμός από τον πάροχο με νέο τιμολόγιο σχεδόν διπλάσιο και
την εταιρεία σας ως διαμεσολαβητή.

Δεν υπέγραψα τίποτα. Ζητώ ακύρωση της «ανανέωσης» και επιστροφή της
διαφοράς για Ιούλιο και Αύγουστο.

Αν δεν λυθεί το θέμα εντός 15 ημερών, θα υποβάλω καταγγελία στη ΡΑΑΕΥ
και στον Συνήγορο του Καταναλωτή. Έχω κρατήσει το αρχείο κλήσεων.

Δημοσθένης Καραγιάννης"""),
("el", "b86-el-gl-metaforika-dyo-fores-proistamenos", "Stathis Kouvelas <stathis.k@example.gr>", "metaforika 2 fores", "billing", "high",
"""Kalhspera,
sto timologio ths enoikiashs ths gennhtrias (ergo Peristeri) mou xrewsate
ta metaforika 2 fores, 180 + 180 euro, enw hr8e ena fortigo kai th
phre to idio fortigo. Exw milhsei 3 fores me to thlefwniko kentro kai
mou lene "8a to prow8hsoume". Den thelw na ksanamilhsw me to kentro.
Thelw na me parei thlefwno o proistamenos tou logisthriou h kapoios
ypeu8ynos ayrio.
Sta8hs Kouvelas
Kouvelas Kataskeyastikh"""),
("el", "b86-el-re-prosfora-fotovoltaika-efapax", "Ιφιγένεια Λαμπράκη <i.lamprakis@oinopoieio-lamprakis.example>", "Re: Προσφορά Φ-2207 - συντήρηση φωτοβολταϊκού 100 kW", "billing", "",
"""Καλησπέρα κ. Σιδηρόπουλε,

Ευχαριστώ για την προσφορά. Αν πληρώσουμε και τα τρία χρόνια εφάπαξ
τώρα, αντί για ετήσια, υπάρχει κάποια έκπτωση; Και το ΦΠΑ υπολογίζεται
στο σύνολο από την αρχή;

Ιφιγένεια Λαμπράκη
Οινοποιείο Λαμπράκη, Πεζά Ηρακλείου

Στις Τρί, 11 Μαρ 2025 στις 12:30 μ.μ., ο/η Άρης Σιδηρόπουλος <prosfores@example-solarservice.gr> έγραψε:
> Αγαπητή κα Λαμπράκη,
>
> Σας αποστέλλουμε την προσφορά μας για τη συντήρηση του
> φωτοβολταϊκού σταθμού 100 kW του οινοποιείου:
>
> - 2 προγραμματισμένες επισκέψεις/έτος, καθαρισμός πάνελ, θερμογράφηση
> - Ετήσιο κόστος: 2.150 € + ΦΠΑ, διάρκεια 3 έτη
>
> Με εκτίμηση,
> Άρης Σιδηρόπουλος"""),
("el", "b86-el-gl-kwdikos-emporikou-syllogou", "Eleni Gkika <eleni.gkika@example.gr>", "ekptwsh emporikou syllogou", "billing", "",
"""Kalhmera sas, eimaste melh tou Emporikou Syllogou Larisas kai sthn
prosfora gia ton energeiako elegxo tou katasthmatos grafei oti exoume
15% ekptwsh me ton kwdiko ESL15. To timologio pou hr8e einai 1.200e,
xwris thn ekptwsh. Mporeite na to dior8wsete?
Eyxaristw, Elenh Gkika
Gkikas Epiplo"""),
("el", "b86-el-epistrofi-lamptires-apothiki", "Χρήστος Παππάς <c.pappas@pappas-ilektrologos.example>", "Επιστροφη λαμπτηρων", "billing", "",
"""Καλημερα,

Απο την παραγγελια 55120 μου περισσεψαν 24 λαμπτηρες LED T8 120cm,
σφραγισμενοι στα κουτια τους. Μπορω να τους επιστρεψω στην αποθηκη σας
στο Σχηματαρι και να μου πιστωθουν στον λογαριασμο;

Χρηστος Παππας
Ηλεκτρολογος, Χαλκιδα"""),
("el", "b86-el-skylos-pethane-gennitria-mina", "Ευτέρπη Καλογεροπούλου <efterpi.k@example.gr>", "Η γεννήτρια του Λούκυ", "billing", "",
"""Αγαπητοί κύριοι,

Από τον Ιούνιο νοικιάζω από εσάς τη μικρή γεννήτρια των 5 kVA, με 90
ευρώ τον μήνα, για να δουλεύει το κλιματιστικό στο δωμάτιο του
σκύλου μου του Λούκυ όταν κόβεται το ρεύμα εδώ στο χωριό. Ήταν 16 χρονών
και δεν άντεχε τη ζέστη.

Ο Λούκυ έφυγε την περασμένη Κυριακή. Δεν τη χρειάζομαι πια, σας
παρακαλώ να σταματήσετε την πάγια εντολή και να στείλετε κάποιον να
την πάρει όποτε σας βολεύει.

Ευχαριστώ για όλα,
Ευτέρπη Καλογεροπούλου
Άνω Σούλι Μαραθώνα"""),
("el", "b86-el-gl-etisia-antl-mhniaias", "Giorgos Fragos <g.fragos@example.gr>", "syndromh BMS", "billing", "",
"""Geia sas. H syndromh gia to apomakrysmeno monitoring tou BMS sto
ksenodoxeio mas ananew8hke apo monh ths se ethsia kai xrew8hkame 1.440e
mazi. Eixame zhthsei na pame se mhniaia apo fetos (eixa steilei mail
ton Ianouario). Mporeite na to allaksete kai na epistrepsete th
diafora? Eyxaristw, Giwrgos"""),
("el", "b86-el-simera-to-proi-van", "Κατερίνα Δουλγεράκη <k.doulgeraki@astrapi-courier.example>", "Σήμερα το πρωί", "technical", "high",
"""Καλημέρα,

Στις 6 ήρθαμε στο κέντρο διανομής στον Ασπρόπυργο και μόνο 4 από τα 31
βαν είχαν φορτίσει. Όλοι οι φορτιστές γράφουν «Εκτός λειτουργίας» και
στην εφαρμογή φαίνονται offline από τις 00:20. Τα δρομολόγια της
πρωινής βάρδιας έχουν ακυρωθεί, οι οδηγοί κάθονται, και τα δέματα
δύο μεγάλων πελατών μας μένουν στα ράφια.

Πάρτε με τηλέφωνο μόλις το δείτε: 210 555 0177.

Κατερίνα Δουλγεράκη
Υπεύθυνη Βάρδιας"""),
("el", "b86-el-gl-gennitria-mauros-kapnos-gamos", "Aris Voulgaris <aris@ktima-voulgari.example>", "gennhtria", "technical", "high",
"""Kalhspera,
h gennhtria pou mas feratai gia th dexiwsh sto ktima vgazei mauro kapno
apo to plai kai mirizei kammeno plastiko. Thn esvhsa kai thn afhsa
na krywsei, kanena panic, alla den 8elw na thn ksanavalw mprosta sto
kosmo. Exoume allo ena gamo to Savvato. Mporei na er8ei kapoios na th
dei h na thn allaksei?
Arhs Voulgarhs
Ktima Voulgarh, Kalampaka"""),
("el", "b86-el-led-trempoulizoun-tameia", "Σοφία Αναστασίου <s.anastasiou@example.gr>", "Φωτισμός στα ταμεία", "technical", "",
"""Καλημέρα σας,

Μετά την αντικατάσταση με LED, τα φωτιστικά πάνω από τα ταμεία 3 έως 6
τρεμοπαίζουν κάθε λίγα λεπτά, κυρίως το απόγευμα. Τα υπόλοιπα στο
κατάστημα είναι μια χαρά. Οι ταμίες παραπονιούνται ότι κουράζονται τα
μάτια τους.

Σοφία Αναστασίου
Υπεύθυνη Καταστήματος, Ιωάννινα"""),
("el", "b86-el-bms-xehasa-kodiko", "Γιαννης Τσολακης <g.tsolakis@example.gr>", "Κωδικος BMS", "technical", "",
"""Καλημερα, ξεχασα τον κωδικο για την πλατφορμα BMS του κτιριου και
οταν πατω «Ξεχασα τον κωδικο» μου βγαζει «Ο χρηστης δεν βρεθηκε», ενω
με αυτο το email μπαινω δυο χρονια τωρα. Τι να κανω;
Γιαννης Τσολακης"""),
("el", "b86-el-gl-inverter-sfalma-f07", "Thanasis Liakos <thanasis.liakos@example.gr>", "inverter", "technical", "",
"""Geia sas
o inverter sto fwtovoltaiko ths apo8hkhs deixnei "F07 Isolation fault"
apo xtes to prwi kai h paragwgh einai mhden, enw exei liakada. Ton
ekleisa k ton ksananoiksa opws m eipe o texnikos sas thn allh fora,
tipota. Pote mporei na er8ei kapoios?
Thanashs
Liakos Trofima, Lamia"""),
("el", "b86-el-pinakas-dc-spinthires", "Μιχάλης Τζαννετάκης <m.tzannetakis@example.gr>", "Πίνακας φωτοβολταϊκών στην αποθήκη", "technical", "high",
"""Καλησπέρα,

Σας ενημερώνω ότι ο πίνακας DC των φωτοβολταϊκών στον τοίχο της
αποθήκης μας κάνει από χθες ένα τσιτσίρισμα, σαν τηγάνι, και το
βράδυ ο φύλακας είδε λίγες σπίθες από τη χαραμάδα της πόρτας του
πίνακα. Δεν τον ανοίξαμε και κανείς δεν πλησιάζει. Από δίπλα είναι
στοιβαγμένες παλέτες με χαρτόκουτα, τις απομακρύναμε όσο μπορούσαμε.

Το σύστημα είναι στο συμβόλαιο συντήρησης ΣΣ-0412. Πότε μπορείτε να
στείλετε τεχνικό;

Μιχάλης Τζαννετάκης
Τζαννετάκης Logistics, Σούδα"""),
("el", "b86-el-den-thelo-epistrofi-aisthitires", "Δέσποινα Μαργαρίτη <d.margariti@hotel-galini.example>", "Αισθητήρες στους διαδρόμους", "technical", "",
"""Καλησπέρα σας,

Ο πωλητής σας μου πρότεινε έκπτωση στο επόμενο τιμολόγιο. Δεν θέλω
έκπτωση ούτε επιστροφή χρημάτων. Θέλω να δουλεύουν σωστά οι αισθητήρες
κίνησης που βάλατε στους διαδρόμους του ξενοδοχείου: σβήνουν τα φώτα
μετά από 15 δευτερόλεπτα και οι πελάτες μένουν στο σκοτάδι μπροστά
στην πόρτα τους ψάχνοντας την κάρτα. Στείλτε κάποιον να τους ρυθμίσει.

Δέσποινα Μαργαρίτη
Ξενοδοχείο Γαλήνη, Ναύπλιο"""),
("el", "b86-el-girokomeio-thermansi-kozani", "Φωτεινή Ζαχαρίου <f.zachariou@example.gr>", "Θέρμανση", "technical", "high",
"""Καλημέρα,

Ο ελεγκτής θέρμανσης που εγκαταστήσατε στο γηροκομείο μας έσβησε μέσα
στη νύχτα και οι λέβητες δεν έχουν ξεκινήσει από τις 3 τα ξημερώματα.
Έξω έχει -6, μέσα στους θαλάμους είμαστε στους 14 βαθμούς και έχουμε
41 ηλικιωμένους, αρκετοί κατάκοιτοι. Τους έχουμε βάλει όλες τις
κουβέρτες και φέρνουμε αερόθερμα από σπίτια.

Πήρα τον αριθμό έκτακτης ανάγκης στις 6:30 και άφησα μήνυμα, κανείς
δεν απάντησε. Στείλτε τεχνικό σήμερα, σας παρακαλώ.

Φωτεινή Ζαχαρίου
Διευθύντρια, Μονάδα Φροντίδας Ηλικιωμένων «Άγιος Νικόλαος», Κοζάνη"""),
("el", "b86-el-gl-den-einai-xrewsh-efarmogh", "Lefteris Pap. <lefteris.pap@example.gr>", "istoriko xrewsewn", "technical", "",
"""Den einai gia tis xrewseis, aytes einai ok. To 8ema einai oti h
efarmogh tou stolou kleinei monh ths otan paw sto "Istoriko xrewsewn"
na dw tis fortiseis. Aspriszei h o8onh kai feygei. Android, Samsung A54,
th enhmerwsa xtes. To idio kanei kai sto kinhto tou synergath mou."""),
("el", "b86-el-re-ypothesi-kalodio-den-xeklidonei", "Βασίλης Ντόκος <v.ntokos@example.gr>", "Re: Υπόθεση 44817 - φορτιστής εταιρικού parking", "technical", "",
"""Καλησπέρα κα Αθανασίου,

Έκανα επανεκκίνηση από τον διακόπτη όπως μου είπατε, περίμενα και τα
5 λεπτά. Το καλώδιο εξακολουθεί να μην απασφαλίζει από το αυτοκίνητο
μετά το τέλος της φόρτισης, και ο συνάδελφος έμεινε πάλι χθες μία ώρα
μέχρι να το βγάλουμε με το χειροκίνητο.

Βασίλης Ντόκος

Στις Δευ, 3 Φεβ 2025 στις 10:05 π.μ., ο/η Μαρία Αθανασίου <support@example-fortisi.gr> έγραψε:
> Καλημέρα σας κ. Ντόκο,
>
> Παρακαλούμε κλείστε τον φορτιστή από τον διακόπτη του πίνακα,
> περιμένετε 5 λεπτά και ανοίξτε τον ξανά. Αν το πρόβλημα συνεχιστεί
> ενημερώστε μας για να προγραμματίσουμε επίσκεψη.
>
> Μαρία Αθανασίου"""),
("el", "b86-el-monitoring-den-deixnei-router", "Σταυρος Κυπραιος <s.kypraios@example.gr>", "Δεν φαινονται δεδομενα", "technical", "",
"""Καλησπερα,

Απο τοτε που αλλαξαμε ρουτερ στο γραφειο (πριν 10 μερες) η πλατφορμα
παρακολουθησης του φωτοβολταικου δεν δειχνει τιποτα, η τελευταια
μετρηση ειναι της 12ης. Το συστημα παραγει κανονικα, το βλεπουμε στον
μετρητη. Χρειαζεται να ξαναστησει καποιος το data logger με τον νεο
κωδικο του wifi;

Σταυρος Κυπραιος"""),
("el", "b86-el-gl-karta-rfid-den-anagnwrizetai", "Marina Xatzh <marina.xatzh@example.gr>", "karta fortishs", "technical", "",
"""Kalhmera, h karta RFID gia th fortish tou etairikou autokinhtou mou
vgazei "Mh egkyrh karta" se olous tous fortistes pou dokimasa ayth thn
evdomada, kai sto grafeio kai sta dhmosia shmeia sas. Den exei pa8ei
tipota h karta. Teleytaia 4 pshfia 2290.
Marina"""),
("el", "b86-el-fournos-pefti-asfaleia", "Ηλίας Κωστόπουλος <ilias@fournos-kostopoulou.example>", "Από την Τρίτη", "technical", "high",
"""Καλημέρα σας,

Από την Τρίτη, που τελείωσαν οι δικοί σας την αλλαγή των φώτων στο
εργαστήριο, κάθε πρωί γύρω στις 4 πέφτει η γενική ασφάλεια μόλις
ανάψουν όλα μαζί. Οι φούρνοι σταματάνε στη μέση του ψησίματος,
πετάξαμε δύο φουρνιές ψωμί, και τα τρία σούπερ μάρκετ που
τροφοδοτούμε έμειναν χωρίς ψωμί το πρωί. Οι αρτοποιοί δουλεύουν με
φακούς μέχρι να το ξαναηλεκτροδοτήσουμε.

Χρειάζομαι ηλεκτρολόγο σας εδώ πριν από αύριο τα ξημερώματα.

Ηλίας Κωστόπουλος
Φούρνος Κωστόπουλου, Πύργος"""),
("el", "b86-el-efxaristo-texniko-stelio", "Παρασκευή Δημάκη <p.dimaki@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα,

Θέλω να ευχαριστήσω τον τεχνικό σας τον Στέλιο, που ήρθε την Παρασκευή
για τη συντήρηση των φωτοβολταϊκών στο ελαιοτριβείο μας. Ήταν
συνεπής, πολύ ευγενικός, μου εξήγησε με υπομονή τι έκανε και άφησε
τον χώρο πιο καθαρό απ' ό,τι τον βρήκε. Σπάνια βλέπεις τέτοιο
επαγγελματία.

Να τον προσέχετε!

Παρασκευή Δημάκη
Ελαιοτριβείο Δημάκη, Μολάοι"""),
("el", "b86-el-gl-wrario-avgoustos", "Kostas Zisis <k.zisis@example.gr>", "wrario", "general", "",
"""kalhmera, to grafeio sas sth Thessalonikh einai anoixto ton Avgousto h
kleinete gia diakopes? thelw na perasw na ferw kapoia xartia."""),
("el", "b86-el-ksexasa-portofoli-ekthesi", "Ανδρέας Μπεκιάρης <a.bekiaris@example.gr>", "Ξεχασμένο πορτοφόλι", "general", "",
"""Καλημέρα σας,

Την Τετάρτη το απόγευμα ήμουν στην έκθεσή σας στη Λάρισα για να δω τους
φορτιστές και νομίζω ότι ξέχασα ένα μαύρο δερμάτινο πορτοφόλι πάνω στο
τραπεζάκι με τα φυλλάδια. Έχει μέσα τα διπλώματά μου και μια φωτογραφία
των παιδιών μου. Μήπως το βρήκε κανείς;

Ανδρέας Μπεκιάρης
697 555 0912"""),
("el", "b86-el-paradosi-gennitrias-santorini", "Νεκταρια Σιγαλα <n.sigala@example.gr>", "Παραδοση γεννητριας - Σαντορινη", "general", "",
"""Καλησπερα,

Για την παραδοση της γεννητριας στη Σαντορινη την Πεμπτη:

- Το φορτηγο να ερθει με το πλοιο των 7:00 απο Πειραια, στο Αθηνιος
  θα το περιμενει ο Γιωργος (694 555 0231) με το αγροτικο
- Ο δρομος για Οια μετα τις 10 κλεινει για τα φορτηγα, οποτε να
  ανεβει αμεσως
- Η γεννητρια μπαινει πισω απο την κουζινα, διπλα στις δεξαμενες

Ευχαριστω,
Νεκταρια Σιγαλα
Σιγαλας Catering"""),
("el", "b86-el-allagi-stoixeion-nomimou", "Θεόδωρος Αλεξίου <t.alexiou@alexiou-metallika.example>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλημέρα,

Σας ενημερώνω ότι από 1/4 νόμιμος εκπρόσωπος της εταιρείας είναι ο γιος
μου Θεόδωρος Αλεξίου του Κωνσταντίνου, και ότι η διεύθυνση των
γραφείων άλλαξε σε Λεωφ. Αθηνών 112, Κιλκίς. Το νέο τηλέφωνο είναι
23410 55510. Παρακαλώ ενημερώστε τα στοιχεία μας στο αρχείο σας για τις
επισκέψεις συντήρησης.

Με εκτίμηση,
Κωνσταντίνος Αλεξίου"""),
("el", "b86-el-gl-aitima-dedomenwn-arxh", "Dimitra Sarri <dimitra.sarri@example.gr>", "aithma prosvashs sta dedomena mou", "general", "high",
"""Kalhspera sas,
stis 10 Ianouariou esteila aithma prosvashs (GDPR) gia ola ta proswpika
dedomena pou kratate gia mena, mazi me tis hxografhseis twn klhsewn pou
mou ekanan oi pwlhtes sas gia thn allagh parochou reymatos. Perasan
pano apo 2 mhnes kai den phra oute apanthsh oti to lavate.
An den ta lavw mesa se 10 meres 8a kanw kataggelia sthn Arxh Prostasias
Dedomenwn Proswpikou Xarakthra.
Dimhtra Sarrh"""),
("el", "b86-el-agenis-texnikos-diefthyntis", "Χαρίκλεια Παπαθανασίου <ch.papathanasiou@example.gr>", "Συμπεριφορά συνεργείου σας", "general", "high",
"""Κύριοι,

Την Πέμπτη το συνεργείο σας ήρθε για την εγκατάσταση των φορτιστών στο
πάρκινγκ της κλινικής μας. Όταν η προϊσταμένη των νοσηλευτών τους ζήτησε
να μην κλείνουν με το φορτηγό την είσοδο των ασθενοφόρων, ο επικεφαλής
της ομάδας της φώναξε μπροστά σε ασθενείς και συνοδούς και την είπε
«να κοιτάει τη δουλειά της».

Αυτό δεν είναι αποδεκτό. Ζητώ να επικοινωνήσει μαζί μου ο γενικός
διευθυντής της εταιρείας σας, όχι το τμήμα εξυπηρέτησης, και να μην
ξαναστείλετε τον συγκεκριμένο άνθρωπο στο κτίριό μας.

Χαρίκλεια Παπαθανασίου
Διοικητική Διευθύντρια, Κλινική «Υγεία Θράκης», Κομοτηνή"""),
("el", "b86-el-xorigia-agonas-dromou", "Σύλλογος Δρομέων Αγρινίου <info@dromeis-agriniou.example>", "Χορηγία", "general", "",
"""Καλησπέρα σας,

Ο Σύλλογος Δρομέων Αγρινίου διοργανώνει τον 5ο Νυχτερινό Αγώνα Δρόμου
τον Σεπτέμβριο, με περίπου 900 συμμετοχές. Ψάχνουμε χορηγό για τον
φωτισμό της διαδρομής και σκεφτήκαμε ότι θα ταίριαζε στην εταιρεία σας.
Θα θέλατε να σας στείλουμε το πακέτο χορηγιών;

Με εκτίμηση,
Νίκος Καραμπάς
Πρόεδρος"""),
("el", "b86-el-ekthesi-spasmeno-skalopati", "Σπύρος Λιάπης <s.liapis@example.gr>", "Η σκάλα στην έκθεσή σας", "general", "high",
"""Καλημέρα,

Χθες ήμουν στην έκθεσή σας στο Μαρούσι και θέλω να σας πω ότι το
δεύτερο σκαλοπάτι της σκάλας που κατεβαίνει στο υπόγειο με τους
φορτιστές είναι σπασμένο στην άκρη και κουνιέται. Μια κυρία μπροστά
μου παραπάτησε και κρατήθηκε από την κουπαστή την τελευταία στιγμή.
Δεν υπήρχε καμία σήμανση.

Κάποιος θα χτυπήσει άσχημα, καλό θα ήταν να το φτιάξετε ή τουλάχιστον
να το κλείσετε.

Σπύρος Λιάπης"""),
("el", "b86-el-gl-seminario-patra", "Vasw Kontogianni <vaso.k@example.gr>", "seminario", "general", "",
"""Geia sas! Eida oti kanete seminario gia thn energeiakh anavath mish
epaggelmatikwn ktiriwn sthn Patra stis 14 tou mhna. 8a ginei kai
zwntana sthn ai8ousa h mono online? Kai prepei na dhlwsw symmetoxh apo
prin?
Vasw"""),
("el", "b86-el-magazi-egine-fotia", "Λευτέρης Γεωργίου <l.georgiou@example.gr>", "Τα νέα φώτα", "general", "",
"""Γεια σας παιδιά,

Να σας πω μόνο ότι με τα καινούρια φώτα το μαγαζί έγινε φωτιά! Οι
πελάτες μπαίνουν και λένε «τι κάνατε εδώ μέσα;», οι βιτρίνες
σκοτώνουν. Μπράβο στον Άλκη και στον Σάκη, δούλεψαν γρήγορα και
καθαρά.

Λευτέρης
Υποδήματα Γεωργίου, Τρίπολη"""),
("el", "b86-el-epeigon-antigrafo-ekthesis", "Γραφείο Μελετών Ρούσσου <info@roussos-meletes.example>", "ΕΠΕΙΓΟΝ - αντίγραφο έκθεσης", "general", "",
"""ΕΠΕΙΓΟΝ!!! Χρειαζομαστε σημερα αντιγραφο της εκθεσης ενεργειακου
ελεγχου που κανατε για το ξενοδοχειο «Αστερια» στη Ναξο τον Μαιο,
για τον φακελο της επιδοτησης. Ο πελατης το εχασε. Στειλτε το σε αυτο
το email αν γινεται. Ευχαριστουμε!

Ρουσσος"""),
("el", "b86-el-gl-kalhspera-nhsia", "Petros Kalogeras <petros.kalogeras@example.gr>", "Kalhspera", "general", "",
"""Kalhspera, kalyptete kai nhsia gia syntirhsh fwtovoltaikwn? Exoume
ena mikro parko 80kW sth Naxo kai o texnikos pou eixame
syntaksiodoth8hke. Kanete episkepseis ekei?
Petros"""),
# ---------------- Spanish ----------------
("es", "b86-es-comision-asesoria-bar-sevilla", "Rocío Montero <rocio.montero@example.es>", "Contrato de la luz del bar", "billing", "",
"""Buenos días:

El año pasado nos gestionasteis el contrato de electricidad del bar (Bar
La Alameda, Sevilla) a precio fijo durante dos años. Ahora me entero por
otro hostelero de que las asesorías cobran su comisión metida dentro
del precio del kWh, y a mí eso nadie me lo explicó al firmar.

¿Me podéis mandar por escrito cuánto de los 0,168 €/kWh que pagamos es
comisión vuestra, y cuánto llevamos pagado por ese concepto desde que
empezó el contrato? No es una queja, solo quiero saber qué estoy
pagando.

Un saludo,
Rocío Montero"""),
("es", "b86-es-garantia-grupo-electrogeno-cordoba", "Facundo Herrera <facu.herrera@example.com.ar>", "Devolución de la garantía", "billing", "",
"""Hola, ¿qué tal?

Alquilamos el grupo electrógeno de 60 kVA para la fiesta de la cosecha en
Colonia Caroya y lo devolvimos el 3 de marzo, con el tanque lleno y sin
un rayón, lo firmó el chofer de ustedes. La garantía de $450.000 todavía
no volvió a la cuenta. Ya pasaron tres semanas. ¿Me pueden fijar qué
pasó?

Gracias,
Facundo Herrera
351 555-0184"""),
("es", "b86-es-cobro-doble-recargas-contracargo", "Ximena Castañeda <x.castaneda@rutaverde-logistica.example.mx>", "Cargos duplicados en el estado de cuenta", "billing", "high",
"""Buenas tardes:

En el estado de cuenta de febrero de nuestra cuenta de flotilla (FL-30722)
aparecen dos veces todas las sesiones de carga del 5 al 12 de febrero:
188 sesiones duplicadas, un cobro de más de $41,860.00 MXN a nuestra
tarjeta empresarial. Mandé el reporte con los duplicados marcados el 14
y el 21 por su portal y no he recibido ninguna respuesta.

Si para el viernes no tengo la nota de crédito, voy a pedir al banco el
contracargo del importe total y que ellos lo resuelvan.

Ximena Castañeda
Gerente de Flotilla, Ruta Verde Logística, Guadalajara"""),
("es", "b86-es-colgamos-las-botas-mantenimiento-fv", "Julián Ortega <julian.ortega@example.es>", "Nave de Villamalea", "billing", "",
"""Hola, buenas:

Os escribo para deciros que mi hermano y yo colgamos las botas a final
de año. Cerramos la carpintería y la nave se la alquilamos a una empresa
de Albacete que ya tiene su propio instalador para las placas del
tejado. Así que a partir de enero no hace falta que sigáis con el
mantenimiento ni que nos paséis más recibos. Si queda algo pendiente,
mandadnos la última factura.

Gracias por todos estos años, siempre cumplisteis.

Julián Ortega
Carpintería Hermanos Ortega"""),
("es", "b86-es-cuotas-led-factura-nit", "Andrés Felipe Rincón <compras@textilesandinos.example.co>", "Cotización LED - forma de pago", "billing", "",
"""Cordial saludo,

Recibimos la cotización No. CT-1184 para el cambio a LED de la planta de
confección en Itagüí por valor de $96.480.000 más IVA.

Quisiéramos saber si es posible pagarla en seis cuotas mensuales en
lugar del 50% de anticipo, y si en ese caso se emitiría una factura
electrónica por cada cuota. Nuestro NIT es 900.555.118-4 y debe
aparecer en todas las facturas.

Quedo atento a sus comentarios.

Andrés Felipe Rincón
Jefe de Compras, Textiles Andinos S.A.S."""),
("es", "b86-es-hola-precio-auditoria-nave", "Marisa Lanuza <mlanuza@example.es>", "Hola", "billing", "",
"""Hola, ¿cuánto cuesta más o menos una auditoría energética para una nave
industrial de unos 4.000 m2 en Zaragoza? Es para ir haciéndome una idea
antes de pedir presupuesto formal."""),
("es", "b86-es-no-es-averia-factura-cif", "Administracion Quesos La Vega <admin@quesoslavega.example.es>", "Factura F-2025-0419", "billing", "",
"""Buenos dias,

Para que no haya confusion: no es una averia, el sistema de control de
las camaras funciona perfectamente desde que vino vuestro tecnico. Es la
factura de esa visita: sale con el CIF antiguo de la empresa (B-37555112)
y sin nuestro numero de pedido, y asi no la podemos contabilizar. El CIF
correcto es B-37555221 y el pedido es el 2025/118.

¿Podeis anularla y mandarnos una nueva?

Gracias,
Lucia Sanchez
Administracion"""),
("es", "b86-es-renovacion-sin-firma-abogado", "Ramón Iturriaga <r.iturriaga@graficasiturriaga.example.es>", "Renovación de contrato que no he autorizado", "billing", "high",
"""Muy señores míos:

El contrato de gas de nuestra imprenta en Vitoria venció el 30 de junio.
En abril comuniqué por teléfono a su comercial que no queríamos renovar
a través de ustedes. Ahora recibo una factura de la comercializadora con
un nuevo contrato a tres años y un precio casi el doble del anterior,
con su empresa como intermediaria.

No he firmado nada. Exijo la anulación de esa renovación y la devolución
de la diferencia de julio y agosto.

He puesto el asunto en manos de nuestro abogado, que tiene copia del
registro de llamadas. Si en quince días no está resuelto, presentaremos
la reclamación por vía judicial.

Ramón Iturriaga
Gráficas Iturriaga S.L."""),
("es", "b86-es-recargo-mora-supervisor-chile", "Patricio Vergara <p.vergara@example.cl>", "Recargo por mora - necesito hablar con un supervisor", "billing", "high",
"""Es el tercer correo que mando por lo mismo.

La factura 30551 de la auditoría energética la pagamos por transferencia
el 9 de septiembre, cinco días antes del vencimiento. Les envié el
comprobante dos veces. Ahora nos aparece un recargo por mora de
$45.000 y una carta diciendo que pasarán la deuda a cobranza.

No voy a seguir hablando con el área de cobranza. Quiero que esto lo vea
un supervisor o alguien con autoridad para quitar el recargo y parar las
cartas.

Patricio Vergara
Gerente de Administración, Vergara y Cía., Concepción"""),
("es", "b86-es-re-presupuesto-varias-farmacias", "Nuria Soler <nuria@farmaciasoler.example.es>", "RE: Presupuesto P-4471 - iluminación LED farmacia Gràcia", "billing", "",
"""Hola Jordi,

Gracias por el presupuesto. Tenemos otras tres farmacias (Sant Andreu,
Horta y Sarrià) más o menos del mismo tamaño. Si hacemos las cuatro a la
vez, ¿podríais mejorar el precio? Y otra cosa: si al final el
propietario del local de Sarrià no nos da permiso, ¿nos devolvéis la
paga y señal?

Un saludo,
Nuria

El jue, 6 feb 2025 a las 15:12, Jordi Puig (<jordi.puig@example-ilumina.es>) escribió:
> Hola Nuria:
>
> Gracias por recibirnos el martes en la farmacia de Gràcia. Te adjunto
> el presupuesto para sustituir las 38 pantallas fluorescentes por
> paneles LED:
>
> Suministro e instalación: 5.260,00 € + IVA
> Paga y señal: 10 %
>
> Un saludo,
> Jordi Puig"""),
("es", "b86-es-camping-pausar-cargadores-invierno", "Camping Playa Dorada <recepcion@campingplayadorada.example.es>", "Cargadores en invierno", "billing", "",
"""Buenas,

El camping cierra del 15 de octubre al 15 de marzo, como cada año. Los
seis puntos de carga de la entrada no se van a usar en esos meses.
¿Podemos dejar en pausa la cuota mensual de los cargadores durante el
cierre y reactivarla en marzo? No queremos darnos de baja, solo no pagar
por algo que está apagado.

Saludos,
Maite
Recepción, Camping Playa Dorada (Peñíscola)"""),
("es", "b86-es-codigo-camara-comercio-mx", "Leticia Ramírez <leticia.ramirez@example.com.mx>", "Descuento CANACO", "billing", "",
"""Buen día,

Contratamos la auditoría energética con la promoción para socios de la
CANACO, que es de 20% de descuento (código CANACO20). La factura que nos
llegó es por el total, $38,500.00 más IVA. ¿Me pueden aplicar el
descuento y mandar la factura corregida?

Gracias,
Leticia Ramírez
Administración, Panificadora La Espiga, Puebla"""),
("es", "b86-es-devolver-reflectores-sobrantes", "Gustavo Pereyra <gpereyra.electricidad@example.com.ar>", "Devolución de reflectores", "billing", "",
"""Buenas, de la compra 71105 me sobraron 10 reflectores LED de 150W, están
en la caja cerrada, ni los abrí. ¿Los puedo llevar al depósito de
ustedes en Rosario y que me los acrediten en la cuenta corriente?

Gustavo Pereyra
Electricidad Pereyra"""),
("es", "b86-es-nos-vamos-a-portugal-bms", "Beatriz Quintana <b.quintana@conservasquintana.example.es>", "Fábrica de Vigo", "billing", "",
"""Buenos días:

Os comunico que trasladamos toda la producción a nuestra planta de
Portugal y la fábrica de Vigo queda cerrada a partir del 31 de mayo.
Por tanto ya no necesitaremos la monitorización remota del sistema de
gestión del edificio. Os agradecería que no se girasen más cuotas a
partir de junio y que nos confirmarais la baja por escrito.

Atentamente,
Beatriz Quintana
Directora Financiera, Conservas Quintana S.A."""),
("es", "b86-es-furgonetas-sin-cargar-coslada", "Sergio Llorente <s.llorente@repartoexpress.example.es>", "Esta mañana en la base", "technical", "high",
"""Buenos días,

A las 5:30 hemos llegado a la base de Coslada y solo 3 de las 26
furgonetas habían cargado. Todos los cargadores marcan «Fuera de
servicio» y en la aplicación aparecen desconectados desde las 00:15. Los
repartidores están parados, hemos cancelado las rutas de la mañana de
dos clientes grandes y ya vamos a tener que cancelar las de la tarde.

Llamadme en cuanto leáis esto: 655 555 021.

Sergio Llorente
Jefe de Base, Reparto Express"""),
("es", "b86-es-planta-humo-salon-xv", "Salón Los Arcos <eventos@salonlosarcos.example.mx>", "la planta de luz", "technical", "high",
"""Buenas noches,

La planta de luz que nos rentaron para los eventos del fin de semana
empezó a echar humo negro por un costado hace rato y huele a cable
quemado. La apagamos y la dejamos enfriar, nadie se acercó, todo bien
por ahora. Pero el sábado tenemos unos XV años con 300 invitados y no la
queremos volver a prender así. ¿Pueden mandar a alguien a revisarla o
cambiarla?

Atte.
Rodrigo Salas
Salón Los Arcos, Querétaro"""),
("es", "b86-es-led-parpadean-muelles", "Iñaki Etxeberria <i.etxeberria@example.es>", "Luces muelles de carga", "technical", "",
"""Kaixo,

Desde el cambio a LED, las campanas de los muelles de carga 4 a 7
parpadean de vez en cuando, sobre todo a primera hora cuando hace frío.
Las del resto del almacén van bien. Los carretilleros dicen que molesta
bastante.

Iñaki Etxeberria
Mantenimiento, Almacenes Urola"""),
("es", "b86-es-bms-no-deja-entrar-bogota", "Diana Marcela Páez <dpaez@example.com.co>", "No puedo ingresar a la plataforma", "technical", "",
"""Buenas tardes,

No he podido ingresar a la plataforma del BMS del edificio desde el
lunes. Me sale "Usuario o contraseña incorrectos" aunque la contraseña
es la misma de siempre, y cuando pido restablecerla nunca me llega el
correo. Ya revisé spam. Mi usuario es dpaez.

Agradezco su ayuda.

Diana Marcela Páez
Administración, Edificio Torre 93, Bogotá"""),
("es", "b86-es-inversor-error-aislamiento", "Paco Jiménez <paco@bodegasjimenez.example.es>", "inversor", "technical", "",
"""El inversor de las placas de la bodega marca "Error de aislamiento" desde
ayer por la mañana y la producción está a cero, con el sol que hace. Lo
apagué y lo encendí como me dijo vuestro técnico la otra vez y nada.
¿Cuándo podéis venir?

Paco"""),
("es", "b86-es-chispazos-caja-techo-lluvia", "Mariela Gómez <mariela.gomez@frigorificodelsur.example.com.ar>", "Caja del techo", "technical", "high",
"""Hola,

Les cuento que con la lluvia de ayer el encargado de mantenimiento vio
chispazos dentro de una de las cajas grises de los paneles solares que
están en el techo del galpón (la del lado de la calle). Se escuchaba
como un chisporroteo. No tocó nada y cortó el acceso al techo. Hoy no
llueve y parece tranquilo, pero nos quedamos con la duda.

La instalación está dentro del contrato de mantenimiento de ustedes,
¿pueden mandar a alguien?

Saludos,
Mariela Gómez
Frigorífico del Sur, Bahía Blanca"""),
("es", "b86-es-no-quiero-devolucion-sensores", "Amparo Giner <amparo.giner@example.es>", "Sensores de presencia", "technical", "",
"""Buenas tardes:

Vuestro comercial me ofreció un descuento en la próxima factura. No
quiero descuentos ni devoluciones. Quiero que los sensores de presencia
de la oficina funcionen bien: apagan las luces a los diez minutos si
nadie se mueve, y tenemos a la gente sentada haciendo aspavientos para
que vuelvan a encenderse. Mandad a alguien a ajustarlos, por favor.

Amparo Giner
Responsable de RR. HH., Valencia"""),
("es", "b86-es-residencia-sin-calefaccion-leon", "Residencia San Froilán <direccion@residenciasanfroilan.example.es>", "Calefacción", "technical", "high",
"""Buenos días:

El controlador de la calefacción que instalaron ustedes en la residencia
se quedó en negro esta madrugada y las calderas no arrancan desde las
3:00. Fuera estamos a -4 y en las habitaciones a 14 grados. Tenemos 52
residentes mayores, varios encamados. Hemos repartido todas las mantas
y estamos trayendo radiadores de casa.

Llamé al teléfono de urgencias a las 6:30 y dejé un mensaje. Nadie ha
devuelto la llamada. Necesitamos un técnico hoy.

Pilar Fernández
Directora, Residencia San Froilán, León"""),
("es", "b86-es-no-es-cobro-app-se-cierra", "Óscar Villalobos <oscar.villalobos@example.com.mx>", "historial de cobros", "technical", "",
"""No es por los cobros, esos están bien. El problema es que la app de la
flotilla se cierra sola cada vez que entro a "Historial de cobros" para
ver las cargas. Se pone la pantalla en blanco y se sale. Android, Moto
G84, la actualicé ayer. Al de mi compañero le pasa lo mismo."""),
("es", "b86-es-re-caso-conector-no-libera", "Tomás Beltrán <t.beltran@example.es>", "Re: Incidencia 60912 - punto de carga parking oficinas", "technical", "",
"""Hola Elena,

Hice lo que me dijiste: lo apagué en el cuadro, esperé los cinco minutos
y lo volví a encender. El conector sigue sin liberarse del coche cuando
termina la carga, y ayer un compañero estuvo una hora esperando hasta
que lo soltamos con el desbloqueo manual.

Tomás

El lun, 3 feb 2025 a las 10:05, Elena Marín (<soporte@example-recarga.es>) escribió:
> Hola Tomás:
>
> Por favor, apaga el punto de carga desde el diferencial del cuadro,
> espera 5 minutos y vuelve a encenderlo. Si el problema sigue,
> avísanos y programamos una visita.
>
> Un saludo,
> Elena Marín"""),
("es", "b86-es-monitoreo-sin-datos-router", "Cristián Muñoz <cristian.munoz@example.cl>", "Monitoreo sin datos", "technical", "",
"""Hola,

Desde que cambiamos el router de la oficina hace unos diez días, la
plataforma de monitoreo de la planta solar no muestra nada; la última
lectura es del 12. La planta está generando normal, se ve en el medidor.
¿Hay que volver a configurar el datalogger con la nueva clave del wifi?

Saludos,
Cristián Muñoz
Viña Santa Emilia, Curicó"""),
("es", "b86-es-tarjeta-rfid-no-reconocida", "Laura Ibanez <laura.ibanez@example.es>", "Tarjeta de carga", "technical", "",
"""Hola, la tarjeta RFID de carga del coche de empresa me da "Tarjeta no
reconocida" en todos los cargadores que he probado esta semana, tanto en
la oficina como en los publicos de vuestra red. La tarjeta esta
perfecta. Acaba en 7715.
Laura"""),
("es", "b86-es-camaras-frias-subiendo-super", "Supermercado El Buen Precio <gerencia@elbuenprecio.example.mx>", "Cámaras", "technical", "high",
"""Buenos días,

Desde anoche el tablero del sistema de control del edificio que nos
instalaron no responde y las cámaras frías dejaron de enfriar. Ya
están a 11 grados. Tuvimos que tirar la leche y el pollo, tenemos
cerrada la sección de carnes y perecederos, y el proveedor de lácteos
no nos quiere dejar el pedido de hoy.

Necesitamos a un técnico aquí ahorita. Tel. 81 5555 0349.

Héctor Garza
Gerente, Supermercado El Buen Precio, Monterrey"""),
("es", "b86-es-gracias-auditora-carmen", "Enrique Basterra <e.basterra@example.es>", "Agradecimiento", "general", "",
"""Buenas tardes:

Quería daros las gracias por el trabajo de Carmen, que hizo la auditoría
energética del hotel el mes pasado. Fue meticulosa sin molestar a nadie
del personal, lo explicó todo clarísimo y el informe es de lo más útil
que hemos recibido en años. Ya hemos hecho tres de las medidas rápidas.

Si podéis, hacédselo llegar a su responsable.

Enrique Basterra
Director, Hotel Mirador de Laredo"""),
("es", "b86-es-horario-semana-santa", "Manuel Caro <manuel.caro@example.es>", "Horario", "general", "",
"""Buenas, ¿la oficina de Sevilla abre en Semana Santa o cerráis toda la
semana? Tengo que llevaros unos papeles."""),
("es", "b86-es-tecnico-olvido-escalera", "Silvina Acosta <silvina.acosta@example.com.ar>", "Se olvidaron una escalera", "general", "",
"""Hola, ¿cómo andan?

El técnico que vino el jueves a revisar los cargadores se olvidó una
escalera de aluminio de tres tramos en el estacionamiento del edificio.
La guardamos en la sala de máquinas. Avísenme si pasan a buscarla o
cómo hacemos.

Silvina Acosta
Administración Consorcio Av. Libertador 4512, CABA"""),
("es", "b86-es-entrega-planta-obra-instrucciones", "Jorge Treviño <j.trevino@constructoranorte.example.mx>", "Entrega del lunes - acceso a la obra", "general", "",
"""Buenas tardes,

Para la entrega de la planta de 100 kVA del lunes en la obra de Av.
Constitución:

- Entrar por la calle Zaragoza, no por Constitución (hay un paso a
  desnivel de 3.5 m)
- La caseta abre a las 7:00, preguntar por el ingeniero Rubén, cel.
  81 5555 0172
- La planta va en la losa junto a los contenedores de oficina

Gracias,
Ing. Jorge Treviño
Residente de Obra"""),
("es", "b86-es-cambio-contacto-mantenimiento", "Natalia Ospina <natalia.ospina@example.com.co>", "Actualización de contacto", "general", "",
"""Cordial saludo,

Les informo que el señor Camilo Reyes ya no trabaja con nosotros y que
desde este mes quedo yo a cargo del mantenimiento de las dos sedes de
Cali. Les agradezco que los reportes de visita y los avisos me lleguen
a mí (natalia.ospina@example.com.co, 602 555 0148).

Muchas gracias,
Natalia Ospina"""),
("es", "b86-es-acceso-datos-aepd", "Alberto Garrido <alberto.garrido@example.es>", "Derecho de acceso - segunda solicitud", "general", "high",
"""A la atención del Delegado de Protección de Datos:

El 8 de enero ejercí mi derecho de acceso a todos los datos personales
que tienen sobre mí, incluidas las grabaciones de las llamadas de sus
comerciales ofreciéndome cambiar de comercializadora. Ha pasado más de
un mes del plazo legal y no he recibido ni un acuse de recibo.

Si en diez días no recibo la información, presentaré una reclamación
ante la Agencia Española de Protección de Datos.

Alberto Garrido
C/ Ancha 14, 3º B, Cádiz"""),
("es", "b86-es-instalador-grosero-gerente", "Verónica Luna <veronica.luna@clinicasanrafael.example.mx>", "Comportamiento de su personal", "general", "high",
"""A quien corresponda:

El jueves su cuadrilla vino a instalar los cargadores en el
estacionamiento de la clínica. Cuando nuestra jefa de enfermeras les
pidió que no bloquearan con el camión la entrada de ambulancias, el
encargado le gritó delante de pacientes y familiares y le dijo que "se
fuera a hacer su trabajo".

Esto es inaceptable. Quiero que me llame directamente el gerente general
de su empresa, no el área de atención a clientes, y no quiero volver a
ver a esa persona en nuestras instalaciones.

Lic. Verónica Luna
Directora Administrativa, Clínica San Rafael, Mérida"""),
("es", "b86-es-patrocinio-club-futbol", "CD Atlético Benicalap <cdbenicalap@example.es>", "Patrocinio", "general", "",
"""Hola!

Somos el CD Atlético Benicalap, un club de fútbol base de barrio. Los
alevines necesitan equipaciones nuevas para la próxima temporada y
buscamos una empresa que quiera poner su nombre en la camiseta. Como
habéis puesto las placas en media calle pensamos en vosotros primero.
¿Os interesaría? Os mandamos el dossier si queréis.

Vicent
Secretario"""),
("es", "b86-es-vidrios-estacionamiento-oficina", "Francisca Rojas <francisca.rojas@example.cl>", "Estacionamiento de su oficina", "general", "high",
"""Hola,

Ayer fui a su oficina de Providencia a la charla sobre paneles solares
y quería avisarles que en el estacionamiento, justo al lado de la
puerta de entrada, hay un montón de vidrios rotos de un ventanal que se
quebró. Nadie lo había acordonado. Una señora que iba con un niño chico
casi pisa encima, y un perro de un vecino se cortó una pata.

Alguien se va a lastimar feo. Ojalá lo limpien pronto.

Francisca Rojas"""),
("es", "b86-es-jornada-autoconsumo-presencial", "Elena Vidal <elena.vidal@example.es>", "Jornada del día 20", "general", "",
"""Buenas, he visto la jornada sobre autoconsumo industrial del día 20 en
Murcia. ¿Es presencial o se puede seguir online? ¿Hay que inscribirse
antes?
Gracias!
Elena"""),
("es", "b86-es-quedo-bomba-la-rompieron", "Nicolás Ferrari <nico@cerveceriaferrari.example.com.ar>", "Las luces nuevas", "general", "",
"""Che, les quería decir que con las luces nuevas el bar quedó una bomba.
La rompieron. Los clientes entran y preguntan si remodelamos. Un
aplauso para Lucas y el Tano, laburaron rápido y dejaron todo limpio.

Nico
Cervecería Ferrari, Mar del Plata"""),
("es", "b86-es-urgente-documentacion-proveedor", "Compras Grupo Alimentario Levante <compras@galevante.example.es>", "URGENTE!!! alta de proveedor", "general", "",
"""URGENTE - necesitamos HOY vuestro CIF, certificado de estar al corriente
con Hacienda y la poliza de responsabilidad civil para terminar el alta
de proveedor, si no el sistema no nos deja emitir el pedido de la
obra de iluminacion. Gracias!!

Raquel
Departamento de Compras"""),
("es", "b86-es-consulta-canarias", "Adrián Hernández <adrian.hernandez@example.es>", "Consulta", "general", "",
"""Buenas tardes,

¿Trabajáis también en Canarias el mantenimiento de instalaciones
fotovoltaicas, o solo en la península? Tenemos una nave en Arinaga
(Gran Canaria) con unos 200 kW en cubierta.

Adrián Hernández"""),
# ---------------- Polish ----------------
("pl", "b86-pl-prowizja-brokera-piekarnia", "Halina Wojciechowska <h.wojciechowska@piekarnia-zlotyklos.example.pl>", "Umowa na prąd dla piekarni", "billing", "",
"""Dzień dobry,

W październiku zeszłego roku pośredniczyli Państwo w zawarciu umowy na
energię elektryczną dla naszej piekarni w Swarzędzu (cena stała na dwa
lata). Od znajomej z cechu dowiedziałam się, że brokerzy dostają
prowizję doliczoną do ceny za kWh, o czym nikt mi przy podpisywaniu nie
powiedział.

Proszę o informację na piśmie, jaka część z 0,79 zł/kWh netto to
Państwa prowizja i ile łącznie zapłaciliśmy z tego tytułu od początku
umowy. Nie robię afery, chcę po prostu wiedzieć, za co płacę.

Z poważaniem
Halina Wojciechowska
Piekarnia Złoty Kłos"""),
("pl", "b86-pl-kaucja-agregat-wesele", "Marcin Dudek <marcin.dudek@example.pl>", "Zwrot kaucji - agregat", "billing", "",
"""Dzien dobry,

wynajmowalismy agregat 40 kVA na wesele corki w remizie w Brzesku,
oddalismy go 14 lipca, pelny bak, bez zadnych uszkodzen, kierowca
podpisal protokol. Kaucja 3000 zl do dzisiaj nie wrocila na konto, a
minely juz trzy tygodnie. Prosze sprawdzic co sie dzieje.

Marcin Dudek
tel. 605 555 218"""),
("pl", "b86-pl-podwojne-obciazenie-chargeback", "Agnieszka Szulc <a.szulc@szybkakurierka.example.pl>", "Zdublowane sesje ładowania - faktura za marzec", "billing", "high",
"""Dzień dobry,

Na fakturze za marzec dla konta flotowego FL-41830 wszystkie sesje
ładowania naszych kierowców z okresu 4-11 marca występują dwukrotnie.
To 197 zdublowanych sesji i nadpłata 8 412,36 zł, pobrana z naszej
karty firmowej. Zestawienie z zaznaczonymi duplikatami wysłałam przez
portal 14 i 21 marca - bez żadnej odpowiedzi.

Jeżeli do piątku nie otrzymam faktury korygującej, złożę w banku
reklamację transakcji (chargeback) na całą kwotę.

Agnieszka Szulc
Kierownik Floty, Szybka Kurierka sp. z o.o., Łódź"""),
("pl", "b86-pl-sprzedalismy-hale-serwis-pv", "Jerzy Kaczmarek <jerzy.kaczmarek@example.pl>", "Hala w Gnieźnie", "billing", "",
"""Dzień dobry Panie Tomku,

Chciałem dać znać, że sprzedaliśmy halę w Gnieźnie, akt notarialny
podpisujemy 30-go. Nowy właściciel ma swoją firmę od fotowoltaiki, więc
od przyszłego miesiąca nie będzie już potrzeby, żebyście dbali o panele
na dachu. Proszę nie wystawiać nam nic za okres po końcu miesiąca, a
jeśli coś jeszcze zostało do zapłaty, to proszę o ostatnią fakturę.

Dziękuję za lata współpracy, zawsze wszystko było na czas.

Pozdrawiam
Jerzy Kaczmarek"""),
("pl", "b86-pl-raty-modernizacja-led", "Katarzyna Mazur <k.mazur@mebleprzybysz.example.pl>", "Oferta LED - forma płatności", "billing", "",
"""Szanowni Państwo,

Otrzymaliśmy ofertę nr OF/LED/2217 na modernizację oświetlenia hali
produkcyjnej w Kaliszu na kwotę 186 400 zł netto.

Uprzejmie prosimy o informację, czy istnieje możliwość rozłożenia
płatności na sześć miesięcznych rat zamiast 50% przedpłaty, oraz czy
do każdej raty będzie wystawiana osobna faktura VAT. Na fakturach
prosimy o NIP 618-555-21-47.

Z poważaniem
Katarzyna Mazur
Dział Zakupów, Meble Przybysz sp. j."""),
("pl", "b86-pl-dzien-dobry-cena-audytu", "Robert Zielinski <robert.zielinski@example.pl>", "Dzien dobry", "billing", "",
"""Dzien dobry, ile mniej wiecej kosztuje audyt energetyczny dla biurowca
ok. 2500 m2 we Wroclawiu? Na razie chodzi mi o rzad wielkosci, zanim
poprosze o oficjalna oferte."""),
("pl", "b86-pl-to-nie-usterka-faktura-nip", "Księgowość Chłodnie Mazowsze <ksiegowosc@chlodnie-mazowsze.example.pl>", "Faktura FV/2025/03/118", "billing", "",
"""Dzień dobry,

Żeby nie było nieporozumień: to nie jest zgłoszenie usterki, system
sterowania komorami działa bez zarzutu od wizyty Państwa serwisanta.
Chodzi o fakturę za tę wizytę - jest wystawiona na stary NIP spółki
(przed przekształceniem) i bez numeru naszego zamówienia, więc nie
możemy jej zaksięgować. Aktualny NIP: 521-555-08-93, zamówienie
ZAM/2025/044.

Proszę o korektę.

Pozdrawiam
Ewa Król
Księgowość"""),
("pl", "b86-pl-przedluzenie-bez-zgody-sad", "Andrzej Wróblewski <a.wroblewski@drukarnia-wroblewski.example.pl>", "Przedłużenie umowy bez mojej zgody", "billing", "high",
"""Szanowni Państwo,

Umowa na gaz dla naszej drukarni w Bydgoszczy wygasła 30 czerwca. Już w
kwietniu telefonicznie poinformowałem Państwa doradcę, że nie chcemy jej
przedłużać za Państwa pośrednictwem. Teraz otrzymałem fakturę od
sprzedawcy z nową, trzyletnią umową po cenie niemal dwukrotnie wyższej,
z Państwa firmą jako pośrednikiem.

Niczego nie podpisywałem. Żądam unieważnienia tej „umowy" i zwrotu
różnicy za lipiec i sierpień.

Sprawę przekazałem naszemu radcy prawnemu. Jeśli w ciągu 14 dni nie
zostanie rozwiązana, skierujemy ją do sądu i zgłosimy do Rzecznika
Małych i Średnich Przedsiębiorców. Mam zachowany wykaz połączeń z
kwietnia.

Andrzej Wróblewski
Drukarnia Wróblewski"""),
("pl", "b86-pl-odsetki-za-zwloke-przelozony", "Beata Nowicka <b.nowicka@example.pl>", "Odsetki za zwłokę - proszę o kontakt przełożonego", "billing", "high",
"""To już trzeci mail w tej samej sprawie.

Fakturę nr 2024/09/311 za audyt energetyczny zapłaciliśmy przelewem
10 września, cztery dni przed terminem. Potwierdzenie przelewu
wysyłałam do działu windykacji dwa razy. Teraz doliczyli Państwo 40 euro
rekompensaty i odsetki, a do tego przyszło pismo o przekazaniu sprawy
do firmy windykacyjnej.

Nie będę już rozmawiać z windykacją. Proszę, żeby sprawą zajął się
ktoś wyżej - kierownik działu albo przełożony - kto może te opłaty
anulować i wstrzymać pisma.

Beata Nowicka
Prezes Zarządu, Nowicka Architekci sp. z o.o., Gdynia"""),
("pl", "b86-pl-re-oferta-rabat-kilka-sklepow", "Paweł Lis <pawel.lis@delikatesy-lis.example.pl>", "Re: Oferta OF/2025/031 - oświetlenie LED, sklep Rataje", "billing", "",
"""Dzień dobry Panie Michale,

Dziękuję za ofertę. Mamy jeszcze trzy sklepy (Winogrady, Wilda i
Piątkowo), mniej więcej tej samej wielkości. Gdybyśmy robili wszystkie
cztery naraz, czy dałoby się zejść z ceny? I jeszcze jedno: jeśli
właściciel lokalu na Wildzie nie zgodzi się na prace, to zaliczka
wraca?

Pozdrawiam
Paweł Lis

W dniu 6.02.2025 o 15:12, Michał Górecki <oferty@example-oswietlenie.pl> pisze:
> Szanowny Panie,
>
> Dziękujemy za spotkanie w sklepie na Ratajach. W załączeniu oferta
> na wymianę 42 opraw świetlówkowych na panele LED:
>
> Dostawa i montaż: 24 860,00 zł netto
> Zaliczka przy zamówieniu: 10%
>
> Z poważaniem
> Michał Górecki"""),
("pl", "b86-pl-stok-zawieszenie-lato", "Stacja Narciarska Biały Jar <biuro@bialyjar-stok.example.pl>", "Ładowarki poza sezonem", "billing", "",
"""Dzień dobry,

Stok działa od grudnia do końca marca, a od kwietnia do listopada
parking praktycznie stoi pusty. Czy możemy zawiesić abonament za cztery
ładowarki na parkingu na te miesiące i wznowić go od 1 grudnia? Nie
chcemy rezygnować, tylko nie płacić za coś, z czego nikt nie korzysta.

Pozdrawiam
Grzegorz Bielak
Stacja Narciarska Biały Jar, Karpacz"""),
("pl", "b86-pl-kod-izba-rzemieslnicza", "Monika Wasilewska <monika.wasilewska@example.pl>", "Rabat dla członków Izby", "billing", "",
"""Dzień dobry,

Zamówiliśmy audyt energetyczny zakładu w ramach oferty dla członków
Izby Rzemieślniczej, która miała obejmować 15% rabatu (kod IZBA15).
Faktura przyszła na pełną kwotę 7 200 zł netto. Proszę o uwzględnienie
rabatu i przesłanie faktury korygującej.

Dziękuję,
Monika Wasilewska
Zakład Stolarski Wasilewscy, Białystok"""),
("pl", "b86-pl-zwrot-nadwyzki-opraw", "Krzysztof Pietrzak <k.pietrzak.elektro@example.pl>", "zwrot opraw", "billing", "",
"""Dzien dobry, z zamowienia 88213 zostalo mi 12 opraw hermetycznych LED
150 cm, nowe, w zaklejonych kartonach. Moge je odwiezc do Panstwa
magazynu w Strykowie i dostac korekte na koncie?
Krzysztof Pietrzak
Usługi Elektryczne"""),
("pl", "b86-pl-odeszla-klacz-stajnia", "Teresa Jabłońska <teresa.jablonska@example.pl>", "Stajnia", "billing", "",
"""Szanowni Państwo,

W zeszłym tygodniu odeszła nasza Iskra, ostatnia klacz, która u nas
została. Miała 27 lat. Stajnia stoi teraz pusta i nie będziemy już
brać koni, więc zdalny nadzór nad ogrzewaniem i wentylacją stajni,
który mamy u Państwa w abonamencie, nie jest nam już potrzebny.

Proszę o zakończenie abonamentu od przyszłego miesiąca i informację,
czy coś jeszcze muszę dopłacić.

Z poważaniem
Teresa Jabłońska
Stadnina pod Lipami, Nałęczów"""),
("pl", "b86-pl-baza-dzis-rano", "Łukasz Kowalewski <l.kowalewski@paczkomobil.example.pl>", "Baza dziś rano", "technical", "high",
"""Dzień dobry,

O 5:30 przyjechaliśmy do bazy w Pruszkowie i tylko 4 z 30 busów były
naładowane. Wszystkie ładowarki pokazują „Awaria - skontaktuj się z
operatorem", w aplikacji są offline od 0:10. Kierowcy siedzą w
socjalnym, odwołaliśmy poranne trasy dla dwóch największych klientów i
wygląda na to, że popołudniowe też.

Proszę o telefon jak najszybciej: 512 555 907.

Łukasz Kowalewski
Kierownik Bazy"""),
("pl", "b86-pl-agregat-spalenizna-festyn", "Sołectwo Wola Radziszowska <soltys.wolaradz@example.pl>", "agregat na festynie", "technical", "high",
"""Dzień dobry,

Agregat, który wypożyczyliśmy na festyn parafialny, od rana śmierdzi
spalenizną, a z jednego gniazda 230V idzie iskra jak się wkłada
wtyczkę. Wyłączyliśmy go spokojnie, nikt nie ucierpiał, kuchnia
chodzi teraz na przedłużaczu ze świetlicy. Festyn trwa jeszcze jutro.
Czy możecie przywieźć inny albo przysłać kogoś, żeby go obejrzał?

Pozdrawiam
Stanisław Gil
sołtys"""),
("pl", "b86-pl-migotanie-led-magazyn", "Dariusz Sobczak <d.sobczak@example.pl>", "Migotanie oświetlenia", "technical", "",
"""Dzień dobry,

Po modernizacji oświetlenia oprawy nad regałami w alejkach 8-12
migoczą co kilka minut, najbardziej rano, kiedy w hali jest zimno.
Reszta magazynu świeci normalnie. Operatorzy wózków narzekają, że to
męczy oczy.

Dariusz Sobczak
Utrzymanie Ruchu, Centrum Logistyczne Stryków"""),
("pl", "b86-pl-bms-nie-moge-sie-zalogowac", "Joanna Michalak <joanna.michalak@example.pl>", "logowanie do BMS", "technical", "",
"""Dzien dobry, od poniedzialku nie moge sie zalogowac do platformy BMS
naszego biurowca. Wyskakuje "Nieprawidlowy login lub haslo", chociaz
haslo jest to samo co zawsze, a mail z resetem hasla w ogole nie
przychodzi (spam sprawdzony). Login: jmichalak.
Joanna Michalak
Administrator Budynku, Kraków"""),
("pl", "b86-pl-falownik-blad-izolacji", "Tadeusz Wróbel <tadeusz.wrobel@example.pl>", "falownik", "technical", "",
"""Falownik na dachu chłodni pokazuje od wczoraj rana „Błąd izolacji" i
produkcja stoi na zerze, a słońce świeci. Wyłączyłem i włączyłem, tak
jak mówił Wasz serwisant poprzednim razem, i nic. Kiedy ktoś może
przyjechać?

Tadeusz Wróbel
Sady Wróbel, Grójec"""),
("pl", "b86-pl-stopiony-przewod-dach", "Ireneusz Lewandowski <i.lewandowski@example.pl>", "Przegląd dachu", "technical", "high",
"""Dzień dobry,

W piątek dekarz czyścił rynny na dachu naszej hali i zwrócił uwagę, że
przy jednym z rzędów paneli (trzeci od strony północnej) przewód
wychodzący z puszki ma stopioną izolację, a obok na membranie dachowej
jest osmalony ślad. Niczego nie ruszał. Dzisiaj wszystko wygląda
spokojnie, ale wolałem dać znać.

Instalacja jest objęta Państwa umową serwisową nr SP-0731.

Z poważaniem
Ireneusz Lewandowski
Kierownik Zakładu, Opakowania Lewandowski, Ostrów Wlkp."""),
("pl", "b86-pl-nie-chce-zwrotu-czujniki", "Magdalena Kubacka <m.kubacka@example.pl>", "Czujniki obecności", "technical", "",
"""Dzień dobry,

Państwa handlowiec zaproponował mi rabat na następną fakturę. Nie chcę
rabatu ani zwrotu pieniędzy. Chcę, żeby czujniki obecności w biurze
działały normalnie: wyłączają światło po dziesięciu minutach, jeśli
nikt nie przejdzie, i ludzie siedzą przy biurkach machając rękami, żeby
się zapaliło. Proszę przysłać kogoś, kto je porządnie wyreguluje.

Magdalena Kubacka
Kierownik Biura, Rzeszów"""),
("pl", "b86-pl-dps-brak-ogrzewania", "Dom Pomocy Społecznej Pod Dębami <dyrekcja@dps-poddebami.example.pl>", "Ogrzewanie", "technical", "high",
"""Dzień dobry,

Sterownik ogrzewania, który Państwo montowali w naszym DPS, zgasł w
nocy i od 3:00 kotły nie ruszają. Na zewnątrz jest -9, w pokojach 14
stopni. Mamy 64 mieszkańców, w większości starszych, kilkoro leżących.
Rozdaliśmy wszystkie koce i zwozimy farelki z domów.

O 6:20 dzwoniłam na numer awaryjny i nagrałam wiadomość, nikt nie
oddzwonił. Potrzebujemy serwisanta dzisiaj.

Elżbieta Kowal
Dyrektor, DPS Pod Dębami, Suwałki"""),
("pl", "b86-pl-to-nie-rozliczenia-aplikacja", "Piotr Adamczyk <piotr.adamczyk@example.pl>", "historia rozliczen", "technical", "",
"""To nie chodzi o rozliczenia, kwoty sie zgadzaja. Problem w tym, ze
aplikacja flotowa sie zamyka za kazdym razem, jak wchodze w "Historia
rozliczen", zeby zobaczyc sesje. Bialy ekran i wyrzuca. iPhone 14,
aktualizacja wczoraj. U kolegi z pracy to samo."""),
("pl", "b86-pl-re-zgloszenie-wtyczka-blokada", "Wojciech Czarnecki <w.czarnecki@example.pl>", "Re: Zgłoszenie 71420 - ładowarka na parkingu firmowym", "technical", "",
"""Dzień dobry Pani Karolino,

Zrobiłem tak, jak Pani pisała: wyłączyłem ładowarkę w rozdzielnicy,
odczekałem 5 minut i włączyłem ponownie. Wtyczka dalej nie odblokowuje
się z auta po zakończeniu ładowania, wczoraj kolega czekał godzinę,
zanim wyjęliśmy ją awaryjną linką.

Wojciech Czarnecki

W dniu 3.02.2025 o 10:05, Karolina Zając <serwis@example-ladowanie.pl> pisze:
> Dzień dobry,
>
> Prosimy wyłączyć ładowarkę wyłącznikiem w rozdzielnicy, odczekać
> 5 minut i włączyć ponownie. Jeśli problem się powtórzy, prosimy o
> informację - umówimy wizytę serwisanta.
>
> Pozdrawiamy
> Karolina Zając"""),
("pl", "b86-pl-monitoring-brak-danych-router", "Adam Kołodziej <adam.kolodziej@example.pl>", "Brak danych w monitoringu", "technical", "",
"""Dzień dobry,

Od kiedy wymieniliśmy router w biurze (ok. 10 dni temu), portal do
monitoringu farmy PV nic nie pokazuje, ostatni odczyt jest z 12-go.
Instalacja produkuje normalnie, widać na liczniku. Czy trzeba na nowo
skonfigurować datalogger z nowym hasłem do wifi?

Pozdrawiam
Adam Kołodziej"""),
("pl", "b86-pl-karta-rfid-nie-dziala", "Sylwia Rutkowska <sylwia.rutkowska@example.pl>", "karta do ladowania", "technical", "",
"""Dzien dobry, karta RFID do ladowania sluzbowego auta pokazuje "Karta
nierozpoznana" na kazdej ladowarce, ktora probowalam w tym tygodniu,
i w firmie, i na publicznych w Panstwa sieci. Karta nie jest
uszkodzona. Konczy sie na 5083.
Sylwia"""),
("pl", "b86-pl-hala-ciemno-nocna-zmiana", "Zakład Produkcyjny Metalplast <utrzymanie@metalplast.example.pl>", "Hala B", "technical", "high",
"""Dzień dobry,

Od 22:00 sterownik oświetlenia, który montowaliście w hali B, nie
odpowiada i w całej hali jest ciemno - działają tylko pojedyncze oprawy
przy wyjściach. Nocna zmiana stanęła, 120 osób odesłaliśmy do domu,
linie lakiernicze są wyłączone, a rano mamy wysyłkę do klienta z
Niemiec, której nie zdążymy przygotować.

Proszę o pilny kontakt serwisu: 601 555 384.

Rafał Domański
Kierownik Utrzymania Ruchu, Metalplast, Mielec"""),
("pl", "b86-pl-podziekowanie-audytor-kasia", "Henryk Banaś <h.banas@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

Chciałbym podziękować Pani Katarzynie, która w zeszłym miesiącu robiła
u nas audyt energetyczny. Bardzo dokładna, nikomu nie przeszkadzała na
produkcji, wszystko tłumaczyła po ludzku, a raport to najbardziej
konkretna rzecz, jaką dostałem w tym roku. Trzy proste zalecenia już
wdrożyliśmy.

Proszę przekazać to jej przełożonym.

Z poważaniem
Henryk Banaś
Dyrektor Techniczny, Mleczarnia Sądecka"""),
("pl", "b86-pl-biuro-wigilia", "Ewelina Marczak <ewelina.marczak@example.pl>", "godziny otwarcia", "general", "",
"""Dzień dobry, czy biuro w Katowicach jest czynne w Wigilię i między
świętami? Chciałam podrzucić podpisane dokumenty."""),
("pl", "b86-pl-serwisant-zostawil-miernik", "Iwona Piątek <iwona.piatek@example.pl>", "Zostawiony sprzęt", "general", "",
"""Dzień dobry,

Serwisant, który był u nas w czwartek przy ładowarkach, zostawił w
pomieszczeniu technicznym żółty miernik cęgowy w czarnym etui.
Schowałam go w sekretariacie. Proszę dać znać, czy ktoś po niego
przyjedzie, czy mam go odesłać kurierem.

Iwona Piątek
Administracja, Przychodnia Zdrowie Plus, Toruń"""),
("pl", "b86-pl-dostawa-agregatu-budowa", "Tomasz Kurek <t.kurek@example.pl>", "Dostawa w poniedzialek - dojazd", "general", "",
"""Dzien dobry,

W sprawie dostawy agregatu 100 kVA w poniedzialek na budowe przy
ul. Hallera:

- prosze wjezdzac od ul. Kolejowej, nie od Hallera (wiadukt 3,5 m)
- brama otwierana od 7:00, kod 2291
- pytac o kierownika budowy p. Zenona, tel. 698 555 411
- agregat stawiamy na utwardzonym placu obok kontenerow socjalnych

Dziekuje
Tomasz Kurek
Inzynier Budowy"""),
("pl", "b86-pl-zmiana-danych-nowy-adres", "Renata Głowacka <r.glowacka@example.pl>", "Zmiana danych kontaktowych", "general", "",
"""Dzień dobry,

Uprzejmie informuję, że pan Marek Sowa nie pracuje już w naszej firmie
i od tego miesiąca to ja odpowiadam za utrzymanie obu budynków w
Lublinie. Proszę, aby raporty z przeglądów i zawiadomienia o wizytach
przychodziły na mój adres (r.glowacka@example.pl, tel. 81 555 02 17).

Pozdrawiam
Renata Głowacka"""),
("pl", "b86-pl-dostep-do-danych-uodo", "Michał Sikorski <michal.sikorski@example.pl>", "Żądanie dostępu do danych - ponownie", "general", "high",
"""Szanowni Państwo,

10 stycznia złożyłem żądanie dostępu do wszystkich moich danych
osobowych, które Państwo przetwarzają, w tym nagrań rozmów, w których
Państwa konsultanci namawiali mnie na zmianę sprzedawcy prądu. Minął
już ponad miesiąc ponad termin z RODO i nie dostałem nawet
potwierdzenia otrzymania wniosku.

Jeżeli w ciągu 7 dni nie otrzymam danych, złożę skargę do Prezesa
Urzędu Ochrony Danych Osobowych.

Michał Sikorski
ul. Ogrodowa 7/3, Opole"""),
("pl", "b86-pl-handlowiec-nieuprzejmy-zarzad", "Dorota Zawadzka <d.zawadzka@przedszkole-tecza.example.pl>", "Zachowanie Państwa przedstawiciela", "general", "high",
"""Szanowni Państwo,

We wtorek był u nas Państwa przedstawiciel w sprawie audytu
energetycznego przedszkola. Kiedy nasza intendentka poprosiła go, żeby
nie wchodził w butach na salę, gdzie dzieci leżakowały, podniósł na nią
głos przy dzieciach i powiedział, że „nie ma czasu na takie bzdury".

Jest to niedopuszczalne. Proszę o kontakt kogoś z zarządu firmy, a nie
z biura obsługi klienta, i nie życzę sobie, żeby ten pan jeszcze kiedyś
do nas przyjeżdżał.

Dorota Zawadzka
Dyrektor, Przedszkole Tęcza, Sosnowiec"""),
("pl", "b86-pl-sponsoring-osp-festyn", "OSP Dębina <osp.debina@example.pl>", "Sponsoring", "general", "",
"""Dzień dobry,

Ochotnicza Straż Pożarna w Dębinie organizuje w sierpniu festyn z
okazji 90-lecia jednostki. Szukamy sponsorów, m.in. na oświetlenie
placu i scenę. Skoro robiliście fotowoltaikę na połowie gospodarstw w
gminie, pomyśleliśmy o Was w pierwszej kolejności. Czy bylibyście
zainteresowani? Możemy przesłać szczegóły.

Druh Zbigniew Pawlak
Prezes OSP Dębina"""),
("pl", "b86-pl-oblodzone-schody-biuro", "Ryszard Malinowski <r.malinowski@example.pl>", "Schody przed Państwa biurem", "general", "high",
"""Dzień dobry,

Byłem wczoraj rano w Państwa biurze w Olsztynie podpisać umowę i muszę
zwrócić uwagę, że schody przed wejściem były całe oblodzone, nic nie
posypane, a poręcz z jednej strony jest urwana. Starsza pani przede mną
poślizgnęła się i tylko cudem nie spadła, ja też ledwo się utrzymałem.

Ktoś się tam w końcu połamie. Proszę coś z tym zrobić.

Ryszard Malinowski"""),
("pl", "b86-pl-targi-kielce-stoisko", "Aleksandra Nowak <aleksandra.nowak@example.pl>", "Targi w Kielcach", "general", "",
"""Dzień dobry,

Czy będziecie mieli stoisko na targach energetycznych w Kielcach w
kwietniu? Chciałabym porozmawiać o audycie dla naszej szkoły, a przy
okazji zapytać, czy macie jakieś darmowe wejściówki.

Pozdrawiam
Aleksandra Nowak"""),
("pl", "b86-pl-petarda-nowe-oswietlenie", "Kamil Wrona <kamil@silowniawrona.example.pl>", "Nowe oswietlenie", "general", "",
"""Czesc,

chcialem tylko napisac, ze nowe oswietlenie na silowni to petarda.
Klienci mowia, ze sala wyglada dwa razy wieksza, to brzeczenie starych
swietlowek zniknelo, a rachunek za prad spadl na leb na szyje. Sztos.
Pozdrowienia dla Bartka i Szymona, robota na medal.

Kamil Wrona
Silownia Wrona, Plock"""),
("pl", "b86-pl-pilne-dokumenty-dostawca", "Dział Zakupów Agropol <zakupy@agropol.example.pl>", "PILNE!!! rejestracja dostawcy", "general", "",
"""PILNE - potrzebujemy DZIŚ numeru KRS, NIP-u i kopii polisy OC, żeby
dokończyć rejestrację Państwa firmy jako dostawcy. Bez tego system nie
pozwoli nam wystawić zamówienia na modernizację oświetlenia. Dzięki!!

Justyna
Dział Zakupów, Agropol"""),
("pl", "b86-pl-pytanie-podkarpacie", "Zdzislaw Rybak <zdzislaw.rybak@example.pl>", "Pytanie", "general", "",
"""Dzien dobry,

czy Panstwo obsluguja tez serwis farm fotowoltaicznych na Podkarpaciu,
czy tylko w centralnej Polsce? Mamy farme 1 MW pod Sanokiem.

Z powazaniem
Zdzislaw Rybak"""),
]
