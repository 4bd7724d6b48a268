# batch163.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them before then.
# Building services for businesses -- commercial roofing, fire alarm
# servicing, sprinkler maintenance, lift maintenance contracts, HVAC
# servicing, security shutters, commercial locksmiths -- in English,
# Greek (with Greeklish), Spanish and Polish, written separately for each
# language.  Covers escalation demands that keep their topic, legal
# threats and chargebacks, negations, subjects that say nothing or quote
# an earlier mail, contracts ended or paused in other words, business
# outages told by their consequences, safety hazards told calmly, hazards
# in premises, praise, payment questions and everyday mail of all three
# queues.  Same tuple format as batch13.py-batch16.py.
M += [
# ---------------- English ----------------
("en", "b163-en-lift-renewal-uplift", "Graham Ellery <g.ellery@harcourt-estates.example>", "Lift maintenance renewal - Harcourt House", "billing", "",
"""Hello,

Our lift maintenance contract for Harcourt House (2 passenger lifts, 1
goods lift) renews on 1 April and the renewal letter shows the annual
charge going from 4,860.00 to 5,735.00. That's an 18% rise and nothing
about the scope has changed as far as I can see.

Could you send me a breakdown of what's gone up and why? I need to take
it to the board before we sign.

Regards,
Graham Ellery
Facilities Manager, Harcourt Estates"""),
("en", "b163-en-invoice-old-company-name", "Accounts <accounts@northgate-printworks.example>", "Invoice 44871", "billing", "",
"""Hi,

Invoice 44871 for the fire alarm service on 9th Feb is still made out to
Northgate Print Ltd. We changed our name to Northgate Printworks Ltd last
summer (same company number) and our auditors won't accept it with the
old name. Can you reissue it and update your records please?

Thanks
Shona Clark
Accounts"""),
("en", "b163-en-cafe-last-coffee-sprinklers", "Aoife Brennan <aoife@thelittlekettle.example>", "The Little Kettle, Drumcondra", "billing", "",
"""Hi there,

We poured our last flat white on Friday and the keys of the unit went
back to the landlord this morning, so The Little Kettle is no more.
Thanks for looking after the sprinklers and the alarm for the last six
years.

Your renewal for the annual service (EUR 640) is due in March - please
don't renew it and don't take anything further from the account.

All the best,
Aoife"""),
("en", "b163-en-dad-passed-shutter-dd", "Karen Whitlock <karen.whitlock@example.co.uk>", "Whitlock Hardware, Bolton - direct debit", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my father, Dennis Whitlock, who ran Whitlock
Hardware on Chorley New Road for forty years. Sadly Dad died in January
and the shop will not be reopening.

There is still a monthly direct debit of 38.50 going out to you for the
shutter maintenance plan. Could you please bring this to an end? I am
the executor and can send a copy of the death certificate if needed.

Yours faithfully,
Karen Whitlock"""),
("en", "b163-en-gym-gutted-pause-hvac", "Brodie Nguyen <brodie@ironbarkfitness.example>", "HVAC service - hold off for a few months", "billing", "",
"""G'day,

Heads up that the Ironbark Fitness building in Fortitude Valley is being
stripped back to the slab from next week - new floor, new change rooms,
the lot. Builders reckon four months.

No point you coming out for the quarterly air con service while it's a
building site, so can we put the contract on ice until August and not
pay the AUD 1,150 a quarter in the meantime? Happy to restart it as soon
as we reopen.

Cheers,
Brodie"""),
("en", "b163-en-callout-never-came-amex", "Dana Kowalczyk <dana@peachtree-dental.example>", "Emergency call-out charge - tech never showed", "billing", "high",
"""To whom it may concern,

On March 14 our office called your emergency line at 7:10 am because the
rear door lock was jammed. We were told a locksmith would arrive within
the hour. Nobody came. At 10:30 we called a local company, who fixed it
in 20 minutes.

Your company has now charged our Amex $285.00 for an "emergency call-out"
that did not happen. I have called twice and been promised a callback
both times.

If the charge is not reversed by Friday I will dispute it with American
Express and let them sort it out.

Dana Kowalczyk
Office Manager, Peachtree Family Dental"""),
("en", "b163-en-shutter-dd-twice", "Mo Rahman <mo.rahman@example.co.uk>", "charged TWICE", "billing", "",
"""Hi, just checked the business account and you've taken the shutter
maintenance payment TWICE this month, 46.20 on the 1st and 46.20 again on
the 3rd. Same reference. Can you put one of them back please.

Mo - Rahman Convenience Store, Leicester"""),
("en", "b163-en-roof-deposit-card-rest-later", "Helen Osei <helen.osei@osei-logistics.example>", "Quote RQ-2291 - payment", "billing", "",
"""Hello Mark,

We'd like to go ahead with the roof sheet replacement on unit 4 as per
quote RQ-2291 (19,400 + VAT).

Our finance director has asked whether we can pay the 30% deposit by
company credit card and the balance by BACS on completion, rather than
all by transfer. Please let me know if that works and whether there's a
card surcharge.

Kind regards,
Helen Osei
Operations Manager"""),
("en", "b163-en-amc-gst-wrong", "Ramesh Iyer <ramesh.iyer@sunrisetowers.example>", "AMC invoice - GST calculation", "billing", "",
"""Dear Sir/Madam,

With reference to the Annual Maintenance Contract for the four elevators
at Sunrise Towers, Whitefield, your invoice no. AMC/24-25/0193 shows the
contract value as Rs. 3,20,000 but GST @18% has been calculated as
Rs. 64,800, which is on Rs. 3,60,000. Kindly verify and send a revised
tax invoice at the earliest so we can process payment.

Thanks and regards,
Ramesh Iyer
Secretary, Sunrise Towers Owners' Association"""),
("en", "b163-en-roof-deposit-small-claims", "Neil Harrop <neil.harrop@example.co.uk>", "Deposit 1,800 - roof repair that never happened", "billing", "high",
"""I paid you a deposit of 1,800 on 2nd October to repair the flat roof
over our workshop in Stockport. The job was booked for the week of 21st
October. Nobody turned up, nobody rang, and since then I've had three
different excuses from your office and no start date.

I no longer want the work done by you. I want the 1,800 back.

If it isn't in my account within 14 days I will issue a claim in the
small claims court without further notice.

Neil Harrop
Harrop Joinery"""),
("en", "b163-en-credit-note-someone-above", "Fiona McLeish <fiona.mcleish@caledonia-hotels.example>", "Credit note for missed visits - 4th request", "billing", "high",
"""Hello,

This is the fourth time I'm writing about this. Under our HVAC
maintenance contract you are due to attend our Glasgow hotel monthly. No
one attended in November, December or January - your own portal shows
the visits as "not completed". Your account manager agreed on the phone
on 6 February that we would get a credit note for those three months.
Nothing has arrived and she no longer replies.

I want this escalated to whoever she reports to. Please have a senior
person contact me this week with the credit note.

Fiona McLeish
Group Facilities Lead, Caledonia Hotels"""),
("en", "b163-en-master-key-price", "Tom Bryant <tom.bryant@example.co.uk>", "Question", "billing", "",
"""Hi, roughly what would it cost to put a master key system on our
office? 14 internal doors plus the front door, euro cylinders on all of
them. Do you do a discount if we also take the annual service?
Tom"""),
("en", "b163-en-re-job-5512-hours", "Priya Shah <priya.shah@lumen-architects.example>", "Re: Job 5512 completed", "billing", "",
"""Hi Jason,

Thanks - the new condensing unit is running beautifully and the office
is finally a sensible temperature, so no complaints about the work at
all.

My only query is the invoice. It charges 6 hours' labour for two
engineers, but they signed in at reception at 9:40 and left at 12:55,
so just over 3 hours. Could you check and amend?

Best,
Priya

On Tue, 11 Jun at 16:22, Jason Pike <service@example-coolair.co.uk> wrote:
> Hi Priya,
>
> Job 5512 is now complete and the invoice is attached. Please don't
> hesitate to get in touch if you need anything else.
>
> Kind regards,
> Jason"""),
("en", "b163-en-care-home-lift-dining", "Maureen Tait <manager@rowanbank-care.example>", "Lift at Rowan Bank", "technical", "high",
"""Good afternoon,

Our passenger lift has been out since about 4pm yesterday - it sits at
the ground floor with the doors open and won't answer any call button.
We have 14 residents on the first floor, most of them on frames or in
wheelchairs, and none of them can come down to the dining room or the
lounge. Staff have been carrying meals up on trays since last night and
two residents have missed hospital appointments today.

Your out-of-hours line took the details but nobody has been out yet.
Please can someone come today.

Maureen Tait
Home Manager, Rowan Bank Care Home"""),
("en", "b163-en-butcher-shutter-stuck-down", "Gary Fenwick <gary@fenwickbutchers.example>", "Morning", "technical", "high",
"""Shutter won't go up. Motor hums and nothing. It's 7:40, the meat
delivery is sat outside in the van and we can't get in the shop at all,
only way in is through the shutter. We open at 8.
Gary, Fenwick's Butchers, Hexham
07700 900 614"""),
("en", "b163-en-panel-earth-fault-not-bill", "Lucy Adebayo <lucy.adebayo@example.co.uk>", "Fire alarm panel", "technical", "",
"""Hi,

Before anything else - this is not about the invoice, which we've paid.

Since your engineer did the six-monthly service last Tuesday the fire
alarm panel shows "EARTH FAULT" and gives a short beep every few
minutes, mostly overnight. The alarms themselves seem to work (we did
our weekly bell test on Monday). Silencing the buzzer only lasts until
the next beep.

Is this something we can reset or does someone need to come back?

Lucy Adebayo
Office Manager, Adebayo & Finch Solicitors"""),
("en", "b163-en-rooftop-ac-sparks-calm", "Simon Ferreira <simon.ferreira@example.com>", "Roof unit", "technical", "high",
"""Hi,

Just to let you know, our maintenance guy was up on the roof this
morning and noticed small sparks coming from the side panel of the big
condenser unit (the one nearest the stairwell door), along with a smell
of something burning. He switched it off at the isolator beside it and
it's been off since.

The offices are a bit warm but we're managing. Could you get someone to
look at it when you can?

Thanks,
Simon Ferreira
Building Services, 40 Temple Row"""),
("en", "b163-en-sprinkler-drip-aisle4", "Warehouse Office <office@dunmore-distribution.example>", "small drip", "technical", "",
"""Hello, there's a slow drip from a joint on the sprinkler pipe above
aisle 4 in the main warehouse - maybe one drop every ten seconds. We've
put a bucket under it and moved the pallets out of the way. Could you
add it to the list for your next visit or send someone sooner if you
think it needs it?

Regards
Dave, Dunmore Distribution"""),
("en", "b163-en-access-portal-login-loop", "Harriet Cole <harriet.cole@example.co.uk>", "Access control portal", "technical", "",
"""I reset my password for the door access portal yesterday as prompted,
and now every time I log in it takes me straight back to the login page.
No error message, just back to the start. Tried Edge and Chrome, cleared
cookies. I need to add two new starters' fobs by Monday.

Harriet Cole, HR"""),
("en", "b163-en-elevator-doors-reopen", "Marcus Bell <mbell@linden-lofts.example>", "Elevator B doors", "technical", "",
"""Hi,

Elevator B at Linden Lofts has started reopening its doors two or three
times before it will leave a floor. Nothing's in the way - it just
closes, stops, opens again. It does eventually go, it just takes a
minute or so each time and the residents are starting to grumble.

Elevator A is fine. Can you schedule a tech?

Marcus Bell
Building Manager, Linden Lofts, Minneapolis"""),
("en", "b163-en-server-room-ac-failed", "Vikram Nair <vikram.nair@kestrelsoft.example>", "Server room", "technical", "high",
"""Hello team,

The precision AC unit in our server room at Kestrel Soft, Hinjewadi
Phase 2 tripped at around 6:15 this morning and will not restart. Room
temperature is now 38 degrees and climbing. Two of our storage servers
have already shut down on thermal protection and the entire office (about
180 people) has no access to email, files or our client VPN.

We have opened the doors and put in pedestal fans but it is not enough.
Please send an engineer immediately. Contact me on +91 98450 00000.

Regards,
Vikram Nair
IT Infrastructure Lead"""),
("en", "b163-en-school-roof-leak-senior", "Jill Pearson <bursar@stmarks-primary.example>", "Roof leak - Year 3 classroom - third time", "technical", "high",
"""Dear Sir or Madam,

Your roofers have now been to the flat roof above our Year 3 classroom
twice, in November and again in January, and both times we were told
the leak was fixed. It rained overnight and this morning there was water
coming through the ceiling tiles over the reading corner again. We've
had to move 28 children into the hall.

I don't want another visit from the same team. I want this taken over by
someone senior who can tell me what is actually wrong with the roof and
when it will be properly fixed.

Jill Pearson
School Business Manager, St Mark's Primary"""),
("en", "b163-en-zone3-freezing", "Kylie Shaw <kylie.shaw@example.com.au>", "Level 2 freezing", "technical", "",
"""Hi guys, the back half of level 2 (zone 3 on your controller I think) is
freezing - 18 degrees on the wall thermostat even though it's set to 23.
The rest of the floor is fine. Been like this since Monday. Everyone's
sitting in jumpers in November which is a bit ridiculous in Perth!

Kylie - Reception, Swan River Accountants"""),
("en", "b163-en-keypad-new-code", "Ben Moffat <ben.moffat@example.co.uk>", "Keypad", "technical", "",
"""Changed the batteries on the staff entrance keypad and now it won't take
the new code we set. Old code doesn't work either. Key still works so
we're using that for now."""),
("en", "b163-en-kitchen-detector-no-discount", "Sinead Walsh <sinead@theoldmill-kilkenny.example>", "Smoke detector in the kitchen", "technical", "",
"""Hi,

I'll be clear up front - I don't want money off or a refund, I just want
this sorted.

The detector you fitted in our staff kitchen in February goes off every
time someone makes toast, even with the door shut and the extractor on.
It's happened four times this month and each time the whole restaurant
has to stop while we check it. The old one never did this. Is it the
wrong type of detector for a kitchen?

Sinead Walsh
The Old Mill, Kilkenny"""),
("en", "b163-en-shutter-remote-close-range", "Paul Jennings <paul.jennings@example.com>", "Roller shutter remote", "technical", "",
"""The remote for the roller shutter at our unit only works if I stand about
a metre from the motor box. It used to work from the car. New battery
in it, same thing. Is there a way to re-pair it or do we need a new one?

Paul"""),
("en", "b163-en-service-reports-pdf-error", "Rachel Dunne <rachel.dunne@example.ie>", "Service reports won't download", "technical", "",
"""Hello,

When I try to download our sprinkler service reports from your customer
portal I get "Error 500 - document unavailable" on every one of them
from 2024 onwards. The older ones open fine. I need the last two for our
insurance renewal so a quick fix would be appreciated.

Rachel Dunne
Facilities, Limerick Business Park"""),
("en", "b163-en-lift-engineer-thanks", "Declan O'Rourke <declan.orourke@example.ie>", "Thank you to Ciaran", "general", "",
"""Hi,

Just a quick note to say thanks to Ciaran, your lift engineer, who came
out to us at 6am on Sunday when the goods lift stopped. He had it going
before our first deliveries arrived, talked our weekend lads through what
had happened and left the place tidier than he found it. A credit to
the company.

Declan O'Rourke
Site Manager, Liffey Cold Store, Dublin 12"""),
("en", "b163-en-certificate-for-insurer", "Joanne Price <joanne.price@example.co.uk>", "Fire alarm certificate", "general", "",
"""Hi, our insurers have asked for a copy of the latest fire alarm service
certificate for 22 Castle Street before they'll renew. Could you email
it over? The service was done in May I think.
Thanks, Jo"""),
("en", "b163-en-new-facilities-contact", "Alan Cross <alan.cross@meridian-park.example>", "Change of contact", "general", "",
"""Hello,

Please note that from 1 July I will be leaving Meridian Park and Sarah
Okafor will take over as Facilities Manager. Please use her for all
visit bookings and reports from then on:

Sarah Okafor
sarah.okafor@meridian-park.example
0161 496 0772

Can you also remove my mobile number from your out-of-hours list?

Many thanks,
Alan Cross"""),
("en", "b163-en-trade-counter-bank-holiday", "Steve Lowe <steve@lowelocks.example>", "Trade counter Monday", "general", "",
"""Are you open on the bank holiday Monday at the Hull trade counter, and if
so what hours? Need to pick up some cylinders.
Steve"""),
("en", "b163-en-engineer-rude-area-manager", "Angela Brooks <angela.brooks@example.co.uk>", "Your engineer at Brooks & Lane", "general", "high",
"""Dear Sir or Madam,

Your sprinkler engineer attended our offices on Thursday 6 June. When
our receptionist asked him to sign in, as every visitor must, he told
her to "stop wasting his f***ing time" and walked past her. Later he was
seen smoking in the rear stairwell, which is a no smoking area and next
to a fire exit.

Our receptionist is 19 and was very upset. I expect an apology and I
want a call from the area manager, not the office, about what will be
done. I don't want the same engineer sent to us again.

Angela Brooks
Managing Partner, Brooks & Lane"""),
("en", "b163-en-subject-access-request", "Daniel Hurst <daniel.hurst@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am requesting a copy of all personal data you hold
about me, including any access control logs linked to my fob at
Westgate House, where I worked until March.

Please confirm receipt.

Daniel Hurst"""),
("en", "b163-en-under11s-sponsorship", "Craig Mullen <craig.mullen@example.co.uk>", "Sponsorship", "general", "",
"""Hi,

I coach the under-11s at Castleford Juniors. We're looking for a local
business to sponsor our new kit for next season - your logo would go on
the front of the shirts. Would you be interested? Happy to send details
and a mock-up.

Thanks,
Craig"""),
("en", "b163-en-engineer-left-toolbag", "Reception <reception@ashworthhouse.example>", "Tool bag", "general", "",
"""Hello, one of your engineers has left a blue tool bag in our plant room
after Tuesday's HVAC visit. We've put it behind reception. Someone can
collect it any weekday 8-6.
Thanks, Ashworth House reception"""),
("en", "b163-en-trade-counter-ramp-hazard", "Colin Marsh <colin.marsh@example.co.uk>", "Ramp at your Leeds branch", "general", "high",
"""Hello,

Just flagging something I noticed at your Leeds trade counter this
morning. The metal edge strip on the ramp by the entrance has come
loose and is sticking up about an inch at one end. I caught my boot on
it and nearly went over, and the chap behind me was carrying a box of
padlocks and didn't see it either.

I mentioned it to the lad on the counter but I'm not sure it got passed
on. Someone's going to get hurt on it.

Colin Marsh"""),
("en", "b163-en-service-kone-brisbane", "Tash Morgan <tash.morgan@example.com.au>", "Hello", "general", "",
"""Hello, do you look after Kone lifts in Brisbane? We've just bought a
small office building in Milton with one 8-person lift and the previous
owner's maintenance contract ends next month.
Thanks, Tash"""),
("en", "b163-en-roof-access-instructions", "Rob Tierney <rob.tierney@example.co.uk>", "Next week's roof works - site access", "general", "",
"""Hi Lee,

For your team next week at Unit 9, Orchard Trading Estate:

- Please park in the rear yard, not the front car park (it's customer
  parking).
- Sign in with security at gate 2 and collect visitor passes.
- No work on the roof before 8am please, the offices next door have
  complained before.
- Skip can go where the old one was by the fence.

Any problems ring me on 07700 900 381.

Rob"""),
("en", "b163-en-re-fire-warden-training", "Nadia Hussain <nadia.hussain@example.co.uk>", "Re: Fire warden training", "general", "",
"""Hi Emma,

Thanks for this. Are you running the fire warden course again in the
autumn? Three of our new staff missed it and I'd rather they come to one
of yours than do it online.

Nadia

On 3 June, Emma Grant <training@example-firesafe.co.uk> wrote:
> Hi Nadia,
>
> Thank you to your team for attending the fire warden training day on
> 28 May. Certificates for all attendees are attached.
>
> Best wishes,
> Emma"""),
("en", "b163-en-urgent-what-time-thursday", "Barbara Fox <barbara.fox@example.co.uk>", "URGENT!!!", "general", "",
"""URGENT - I need to know what time your man is coming on Thursday for
the boiler service at the church hall so I can get someone down to let
him in. I'm 79 and can't wait about all day. Barbara Fox (Mrs), St
Luke's Hall committee"""),
# ---------------- Greek ----------------
("el", "b163-el-xenodoxeio-anelkystires-ekptosi", "Ξενοδοχείο Αρμονία <info@armonia-chania.example>", "Σύμβαση συντήρησης ανελκυστήρων 2025", "billing", "",
"""Καλημέρα σας,

Λάβαμε την ανανέωση της σύμβασης συντήρησης για τους τρεις ανελκυστήρες
του ξενοδοχείου, με ετήσιο κόστος 5.940€ πλέον ΦΠΑ, δηλαδή 1.980€ ανά
ανελκυστήρα. Επειδή οι δύο είναι ίδιοι και στο ίδιο φρεάτιο, θα
μπορούσατε να μας κάνετε κάποια έκπτωση για το σύνολο; Άλλη εταιρεία
μας έδωσε προσφορά χαμηλότερη, αλλά θα προτιμούσαμε να μείνουμε μαζί
σας.

Με εκτίμηση,
Ειρήνη Μαραγκάκη
Διεύθυνση, Ξενοδοχείο Αρμονία, Χανιά"""),
("el", "b163-el-gl-katevasame-ta-rola-syntaksi", "Thanasis Liakos <thanasis.liakos@example.gr>", "to magazi sto Peristeri", "billing", "",
"""Kalhmera sas,
thn Paraskeyh katebasame ta rola gia teleutaia fora, meta apo 32 xronia
to magazaki sto Peristeri kleinei, bgainw sth syntaksh. Sas eyxaristw
gia th syntirhsh ola auta ta xronia.
Na mhn xrewthei apo thn epomenh mhna to pagio ton 25e gia ta rola
parakalw, kai an xreiazetai kati na ypograpsw pete mou.
Thanasis Liakos"""),
("el", "b163-el-lathos-afm-timologio-mydata", "Λογιστήριο Κυκλάδες Α.Ε. <logistirio@kyklades-ae.example>", "Τιμολόγιο 2025/0318", "billing", "",
"""Καλησπέρα,

Στο τιμολόγιο 2025/0318 για τη συντήρηση του συστήματος πυρανίχνευσης
στην αποθήκη μας στον Ασπρόπυργο αναγράφεται λάθος ΑΦΜ (έχουν μπει
ανάποδα δύο ψηφία: 094812376 αντί για 094812736). Λόγω myDATA δεν
μπορούμε να το περάσουμε. Παρακαλώ εκδώστε πιστωτικό και νέο τιμολόγιο
με το σωστό ΑΦΜ.

Ευχαριστώ,
Σοφία Βλάχου
Λογιστήριο"""),
("el", "b163-el-doseis-pyranixneusi", "Μιχάλης Τσακίρης <m.tsakiris@example.gr>", "Πληρωμή σε δόσεις;", "billing", "",
"""Καλησπέρα σας,

Μας στείλατε προσφορά 7.800€ για νέο σύστημα πυρανίχνευσης στο
εργοστάσιο ζυμαρικών στη Λάρισα. Γίνεται να πληρώσουμε με εταιρική
πιστωτική σε 12 άτοκες δόσεις ή πρέπει να είναι μετρητά/κατάθεση; Αν
υπάρχει επιβάρυνση για τις δόσεις, πόση είναι;

Μιχάλης Τσακίρης"""),
("el", "b163-el-gl-dipli-xrewsi-episkepsis", "Vaggelis K. <vaggelis.k@example.gr>", "xrewsh", "billing", "",
"""geia sas, eidame sthn kartela ths etaireias oti mas xrewsate 2 fores
thn episkeyh tou texnikou gia to klimatistiko (86,80e kai 86,80e sthn
idia mera, 12/3). o texnikos hr8e mia fora. pote 8a ginei h epistrofh?
Vaggelhs"""),
("el", "b163-el-xeimonas-kleistoi-pausi-klimatismos", "Ταβερνα Το Κυμα <kyma.naxos@example.gr>", "Χειμερινη περιοδος", "billing", "",
"""Καλησπερα σας,

Οπως καθε χρονο κλεινουμε την ταβερνα απο 1 Νοεμβριου μεχρι τελη
Μαρτιου. Θα θελαμε να σταματησει η συντηρηση του κλιματισμου και του
απορροφητηρα αυτους τους μηνες και να μην πληρωνουμε τη μηνιαια
συνδρομη των 60 ευρω. Τον Απριλιο ξαναξεκιναμε κανονικα.

Ευχαριστουμε,
Γιαννης Ραφτοπουλος"""),
("el", "b163-el-re-prosfora-fpa-metrita", "Αντώνης Ζαφειρίου <a.zafeiriou@example.gr>", "Re: Προσφορά Σ-4521 - στεγάνωση οροφής αποθήκης", "billing", "",
"""Καλημέρα κ. Παπαδόπουλε,

Ευχαριστώ για την προσφορά. Δύο ερωτήσεις πριν προχωρήσουμε: το ποσό
των 14.200€ περιλαμβάνει τον ΦΠΑ 24% ή είναι χωρίς; Και αν εξοφλήσουμε
όλο το ποσό με την ανάθεση, γίνεται κάποια έκπτωση;

Αντώνης Ζαφειρίου

Στις Πεμ, 6 Μαρ 2025 στις 10:14 π.μ., ο/η Γιώργος Παπαδόπουλος <prosfores@example-stegi.gr> έγραψε:
> Κύριε Ζαφειρίου,
>
> Σας επισυνάπτουμε την προσφορά Σ-4521 για τη στεγάνωση της μεταλλικής
> οροφής της αποθήκης σας στη Σίνδο (1.150 τ.μ.).
>
> Με εκτίμηση,
> Γιώργος Παπαδόπουλος"""),
("el", "b163-el-farmakeio-pateras-efyge", "Κατερίνα Δρόσου <katerina.drosou@example.gr>", "Φαρμακείο Δρόσου - διακοπή σύμβασης", "billing", "",
"""Αξιότιμοι κύριοι,

Σας γράφω για το φαρμακείο του πατέρα μου, Ευάγγελου Δρόσου, στην οδό
Ερμού στην Πάτρα. Ο πατέρας μου έφυγε από τη ζωή τον Ιανουάριο και το
φαρμακείο έκλεισε οριστικά.

Εξακολουθεί να χρεώνεται πάγια εντολή 42€ τον μήνα για τη συντήρηση του
συστήματος ασφαλείας και της μεταλλικής πόρτας. Παρακαλώ να μην
γίνουν άλλες χρεώσεις. Μπορώ να σας στείλω ό,τι έγγραφο χρειάζεστε.

Με εκτίμηση,
Κατερίνα Δρόσου"""),
("el", "b163-el-pistotiko-episkepseis-pou-den-eginan", "Γεώργιος Μαυρίδης <g.mavridis@mavridis-cold.example>", "Συντήρηση sprinkler - επισκέψεις που δεν έγιναν", "billing", "",
"""Καλησπέρα,

Στη σύμβαση συντήρησης του συστήματος καταιονισμού (sprinkler) που έχουμε
μαζί σας προβλέπονται τριμηνιαίες επισκέψεις. Το 2024 έγιναν μόνο δύο
από τις τέσσερις, αλλά χρεωθήκαμε ολόκληρο το ετήσιο ποσό (2.400€).
Θεωρώ λογικό να πάρουμε πιστωτικό για τις δύο επισκέψεις που δεν
έγιναν. Πείτε μου πώς προχωράμε.

Γεώργιος Μαυρίδης
Μαυρίδης Ψυκτική Α.Ε."""),
("el", "b163-el-xreosi-ektaktis-dikigoros", "Παναγιώτης Λαζαρίδης <p.lazaridis@example.gr>", "Χρέωση έκτακτης επέμβασης που δεν έγινε ποτέ", "billing", "high",
"""Κύριοι,

Στις 18/2 καλέσαμε τη γραμμή έκτακτης ανάγκης επειδή είχε κολλήσει η
κλειδαριά στην είσοδο του γραφείου μας. Μας είπαν ότι θα έρθει τεχνικός
σε μία ώρα. Δεν ήρθε ποτέ κανείς και τελικά φέραμε άλλον κλειδαρά.

Σήμερα λάβαμε τιμολόγιο 190€ για "έκτακτη επέμβαση εκτός ωραρίου". Δεν
θα το πληρώσουμε. Αν δεν ακυρωθεί εντός της εβδομάδας, θα παραδώσω την
υπόθεση στον δικηγόρο της εταιρείας.

Παναγιώτης Λαζαρίδης
Λαζαρίδης & Συνεργάτες, Θεσσαλονίκη"""),
("el", "b163-el-gl-prokatavoli-stegi-amfisvitisi", "Nikos Stavrou <nikos.stavrou@example.gr>", "prokatavolh", "billing", "high",
"""Kalhspera,
plhrwsa me karta 1.500e prokatavolh ton Dekemvrio gia na mas
steganwsete th stegh sto synergeio sth Nea Smyrnh. Mou eipate Ianouario.
Twra eimaste Aprilio, den exei er8ei kaneis, sto thlefwno den apantaei
kaneis kai sta email tipota.
Den 8elw pleon th douleia. An den mou epistrepsete ta 1.500 mexri thn
Paraskeyh kanw amfisvhthsh ths xrewshs sthn trapeza.
Nikos Stavrou"""),
("el", "b163-el-timologio-meta-akyrosi-proistamenos", "Ελένη Κωνσταντίνου <eleni.konst@example.gr>", "Τιμολόγιο μετά την καταγγελία της σύμβασης", "billing", "high",
"""Καλησπέρα,

Καταγγείλαμε τη σύμβαση συντήρησης κλιματισμού για το κατάστημα στο
Μαρούσι εγγράφως στις 10 Δεκεμβρίου, με την προθεσμία του ενός μήνα
που προβλέπει. Έχω την απάντησή σας ότι το λάβατε.

Παρ' όλα αυτά μας ήρθε τιμολόγιο 1.320€ για όλο το 2025. Έχω μιλήσει
ήδη τρεις φορές με το τηλεφωνικό σας κέντρο και κάθε φορά μου λένε ότι
"θα το δουν". Ζητώ να με καλέσει ο προϊστάμενος του λογιστηρίου ή ο
διευθυντής σας, όχι άλλος εκπρόσωπος.

Ελένη Κωνσταντίνου
210 000 4471"""),
("el", "b163-el-gl-pliromi-iris", "Roula P. <roula.p@example.gr>", "erwthsh", "billing", "",
"""Kalhmera, mporw na plhrwsw to timologio gia thn allagh kleidarias me
IRIS h mono me katathesh se logariasmo? An einai katathesh steilte mou
to IBAN. Eyxaristw, Roula"""),
("el", "b163-el-anelkystiras-kollise-mitera", "Σταυρούλα Νικολάου <stavroula.nik@example.gr>", "Ανελκυστήρας οδού Κύπρου 14", "technical", "high",
"""Καλησπέρα σας,

Χθες το απόγευμα ο ανελκυστήρας της πολυκατοικίας σταμάτησε ανάμεσα
στον 3ο και τον 4ο όροφο με τη μητέρα μου μέσα (είναι 81 ετών). Έμεινε
κλεισμένη περίπου 40 λεπτά μέχρι να έρθει ο τεχνικός σας. Είναι καλά,
απλώς τρόμαξε.

Σήμερα το πρωί ο ανελκυστήρας κάνει πάλι τον ίδιο θόρυβο, ένα τράνταγμα
πριν σταματήσει σε κάθε όροφο. Έχουμε βάλει χαρτί να μην τον
χρησιμοποιεί κανείς, αλλά μένουν στο κτίριο και άλλοι ηλικιωμένοι.
Παρακαλώ να έρθει κάποιος να τον ελέγξει σήμερα.

Σταυρούλα Νικολάου
Διαχείριση πολυκατοικίας"""),
("el", "b163-el-gl-super-market-rolo-mises", "Mini Market Aigaio <aigaio.market@example.gr>", "rolo", "technical", "high",
"""kalhmera, to rolo ths eisodou sto market kolhse sth mesh. oute panw
oute katw. h porta einai apo pisw kai den xwrame na perasoume. exoume
pelates apo tis 7:00 pou perimenoun apeksw kai to fortigo me ta
katepsugmena einai sthn porta kai den mporei na ksefortwsei. ola ta
katepsugmena 8a xalasoun se mia wra.
Manolis, 697 000 1122"""),
("el", "b163-el-pinakas-pyranixneusis-kapnos", "Δημήτρης Αλεξίου <d.alexiou@example.gr>", "Πίνακας πυρανίχνευσης", "technical", "high",
"""Καλημέρα,

Σας ενημερώνω ότι σήμερα το πρωί η υπάλληλος της υποδοχής αντιλήφθηκε
μυρωδιά καμένου από τον πίνακα πυρανίχνευσης στο ισόγειο και λίγο γκρι
καπνό να βγαίνει από τις σχισμές στο πάνω μέρος. Κατεβάσαμε την ασφάλειά
του και ο καπνός σταμάτησε. Αυτή τη στιγμή ο πίνακας είναι σβηστός.

Θα ήθελα να έρθει κάποιος να το δει όταν μπορείτε.

Δημήτρης Αλεξίου
Τεχνικός υπεύθυνος, Κτίριο γραφείων Λεωφ. Κηφισίας 212"""),
("el", "b163-el-xenodoxeio-rodos-chiller", "Ξενοδοχείο Ήλιος Ρόδου <reception@ilios-rodos.example>", "Κλιματισμός", "technical", "high",
"""Καλησπέρα,

Από τις 2 το μεσημέρι ο κεντρικός ψύκτης (chiller) του ξενοδοχείου έχει
σταματήσει και βγάζει συναγερμό υψηλής πίεσης. Και τα 64 δωμάτια είναι
χωρίς κλιματισμό, έξω έχει 38 βαθμούς. Έχουμε ήδη τέσσερις οικογένειες
στη ρεσεψιόν που ζητούν αλλαγή ξενοδοχείου και έρχεται γκρουπ 40
ατόμων απόψε.

Ο τεχνικός μας δοκίμασε επανεκκίνηση δύο φορές χωρίς αποτέλεσμα.
Χρειαζόμαστε τεχνικό σας σήμερα.

Κώστας Χατζηγεωργίου
Υποδιευθυντής"""),
("el", "b163-el-gl-sprinkler-trith-fora-ypeuthinos", "Alexandros T. <alexandros.t@example.gr>", "SPRINKLER - 3h fora", "technical", "high",
"""Kalhmera,
ayth einai h trith fora pou grafw. O texnikos sas hr8e 3 fores (12/2,
20/2, 4/3) gia ton synagermo xamhlhs pieshs sto sprinkler ths apo8hkhs
kai ka8e fora "to ftiaxnei" kai se 2 meres xtypaei pali. H asfalistikh
mas leei oti an den leitourgei swsta to systhma mporei na mhn mas
kalypsei.
De 8elw na ksanarthei o idios texnikos. 8elw na milhsw me ton
ypeu8yno tou texnikou tmhmatos shmera.
Alexandros Tsolakis
Tsolakis Logistics"""),
("el", "b163-el-kleidaria-asfaleias-den-kleidonei", "Ιωάννα Πετροπούλου <ioanna.petropoulou@example.gr>", "Κλειδαριά ασφαλείας", "technical", "",
"""Καλημέρα,

Η κλειδαριά ασφαλείας που τοποθετήσατε στην πόρτα του γραφείου τον
περασμένο μήνα έχει αρχίσει να κάνει κάτι περίεργο: το κλειδί γυρίζει
κανονικά, ακούγεται το κλικ, αλλά οι πείροι δεν βγαίνουν και η πόρτα
ανοίγει με ένα σπρώξιμο. Αν τη γυρίσουμε δεύτερη φορά κλειδώνει.
Μπορεί να περάσει κάποιος να τη ρυθμίσει;

Ιωάννα Πετροπούλου"""),
("el", "b163-el-klimatistiko-grafeio-stazei", "Χρηστος Βασιλειου <christos.vas@example.gr>", "Κλιματιστικο γραφειου", "technical", "",
"""Καλησπερα,
Το κλιματιστικο στο λογιστηριο (αυτο που συντηρησατε τον Μαιο) εχει
αρχισει να σταζει νερο απο την εσωτερικη μοναδα πανω στο γραφειο απο
κατω. Βαλαμε μια πετσετα. Ψυχει κανονικα. Πότε μπορειτε να το δειτε;
Χρηστος"""),
("el", "b163-el-gl-efarmogi-rola-neo-router", "Panos D. <panos.d@example.gr>", "app gia ta rola", "technical", "",
"""Geia sas. Den 8elw na to epistrepsw oute kati allo, apla na doulepsei.
Allaksame router sto katasthma kai apo tote h efarmogh gia ta hlektrika
rola deixnei "Offline". Ta rola anevainoun kanonika me to thlekontrol,
apla den ta vlepw sto kinhto. Pws to ksanasyndew sto neo WiFi?
Panos"""),
("el", "b163-el-vrv-sfalma-u4", "Μαρία Γεωργίου <maria.georgiou@example.gr>", "Σφάλμα U4", "technical", "",
"""Καλημέρα σας,

Από χθες το απόγευμα τα χειριστήρια του κλιματισμού στον 2ο όροφο
δείχνουν "U4" και αναβοσβήνουν. Οι μονάδες δεν ξεκινούν ούτε σε ψύξη
ούτε σε θέρμανση. Στον 1ο όροφο όλα λειτουργούν. Τι σημαίνει αυτό;

Μαρία Γεωργίου
Γραμματεία, Ιατρικό Κέντρο Βύρωνα"""),
("el", "b163-el-asanser-porta-argei", "Σπύρος Μανωλάκης <spyros.manolakis@example.gr>", "Πόρτα ανελκυστήρα", "technical", "",
"""Καλησπέρα,
στο ασανσέρ του κτιρίου μας στο Ηράκλειο η πόρτα στο ισόγειο κλείνει
πολύ αργά και χτυπάει ένα βομβητάκι για αρκετή ώρα πριν ξεκινήσει. Στους
άλλους ορόφους είναι κανονικό. Δουλεύει, απλώς καθυστερεί. Να το δει ο
τεχνικός στην επόμενη συντήρηση ή νωρίτερα;
Σπύρος"""),
("el", "b163-el-oxi-timologio-vlavi-zonis", "Αγγελική Σαββίδου <angeliki.savvidou@example.gr>", "Επίσκεψη 14/4", "technical", "",
"""Καλησπέρα,

Για να μην υπάρξει παρεξήγηση: δεν γράφω για το τιμολόγιο της επίσκεψης,
αυτό έχει εξοφληθεί.

Από τότε που έγινε η εξαμηνιαία συντήρηση στο σύστημα πυρανίχνευσης, ο
πίνακας δείχνει μόνιμα "ΒΛΑΒΗ ΖΩΝΗΣ 3" (είναι το υπόγειο). Κάνουμε
επαναφορά και σε λίγες ώρες επανέρχεται. Πριν από τη συντήρηση δεν
εμφανιζόταν. Μήπως έμεινε κάτι αποσυνδεδεμένο;

Αγγελική Σαββίδου
Βιβλιοπωλείο Σελίδες, Βόλος"""),
("el", "b163-el-gl-portal-kwdikos-email", "Giorgos M. <giorgos.m@example.gr>", "kwdikos", "technical", "",
"""Kalhspera, patisa "ksexasa ton kwdiko" sto portal pelatwn 4 fores apo
xthes alla to email gia na ton allaksw den erxetai pote (koitaksa kai
sta spam). 8elw na katevasw thn teleutaia anafora syntirhshs.
Giwrgos"""),
("el", "b163-el-fegitis-apothiki-stazei", "Ευάγγελος Παππάς <v.pappas@example.gr>", "Φεγγίτης αποθήκης", "technical", "",
"""Καλημέρα,

Μετά την καταιγίδα της Κυριακής, ο τρίτος φεγγίτης στην οροφή της
αποθήκης (πάνω από τις ράμπες φόρτωσης) στάζει όταν βρέχει. Λίγο νερό,
ένα κουβαδάκι τη μέρα, αλλά φοβάμαι μη χειροτερέψει. Την οροφή την
είχατε φτιάξει εσείς το 2022.

Ευάγγελος Παππάς
Παππάς Χρώματα, Ιωάννινα"""),
("el", "b163-el-kodikos-plhktrologio-master", "Ελενα Ρηγα <elena.riga@example.gr>", "Κωδικος κλειδαριας", "technical", "",
"""Καλημερα,
η ηλεκτρονικη κλειδαρια με πληκτρολογιο στην πισω πορτα δεν δεχεται
πια τον master κωδικο. Οι κωδικοι των υπαλληλων δουλευουν. Χρειαζομαι
τον master για να προσθεσω δυο καινουριους. Τι κανω;
Ελενα"""),
("el", "b163-el-eyxaristo-texniko-stavro", "Αθανασία Κουρή <athanasia.kouri@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω τον τεχνικό σας κ. Σταύρο, που ήρθε την Κυριακή το
πρωί όταν ο ανελκυστήρας του γηροκομείου μας είχε σταματήσει. Ήταν
ευγενέστατος με τους ενοίκους μας, εξήγησε με υπομονή τι έγινε και
έμεινε μέχρι να βεβαιωθεί ότι όλα λειτουργούν. Τέτοιους ανθρώπους
σπάνια βρίσκει κανείς.

Με εκτίμηση,
Αθανασία Κουρή
Διευθύντρια, Στέγη Ηλικιωμένων Άγιος Νικόλαος"""),
("el", "b163-el-gl-wrario-avgoustos", "Kostas Z. <kostas.z@example.gr>", "wrario", "general", "",
"""kalhmera, to katasthma sas sthn Kallithea me ta kleidia einai anoixto
ton Augousto? 8elw na perasw na parw antigrafa kleidiwn gia to grafeio
meta tis 15.
eyxaristw"""),
("el", "b163-el-vevaiosi-pyrosvestiki", "Νίκος Αθανασίου <nikos.athanasiou@example.gr>", "Βεβαίωση συντήρησης", "general", "",
"""Καλημέρα,

Για την ανανέωση του πιστοποιητικού πυροπροστασίας από την Πυροσβεστική
χρειαζόμαστε βεβαίωση για την τελευταία συντήρηση των πυροσβεστήρων και
του συστήματος πυρανίχνευσης στο κατάστημα της Καλαμάτας. Μπορείτε να
μας τη στείλετε με email;

Νίκος Αθανασίου"""),
("el", "b163-el-allagi-diaxeiristi", "Γραφειο Διαχειρισης <diaxeirisi.pol14@example.gr>", "Νεος διαχειριστης", "general", "",
"""Καλησπερα σας,
απο 1η Ιουνιου διαχειριστρια της πολυκατοικιας στην Αγιου Δημητριου 48
ειναι η κα Αννα Λαμπρου (τηλ. 693 000 2245, anna.lamprou@example.gr).
Παρακαλω για οτιδηποτε αφορα τον ανελκυστηρα να επικοινωνειτε μαζι της
και οχι πια με εμενα.
Ευχαριστω,
Παυλος Καραλης"""),
("el", "b163-el-texnikos-agenis-diefthintis", "Βασιλική Ρήγα <vasiliki.riga@example.gr>", "Η συμπεριφορά του τεχνικού σας", "general", "high",
"""Κύριοι,

Την Τρίτη ήρθε τεχνικός σας για τη συντήρηση του ανελκυστήρα στην
πολυκατοικία μας στην Κυψέλη. Όταν ο 84χρονος πατέρας μου, που μένει στο
ισόγειο, τον ρώτησε πόση ώρα θα μείνει σταματημένο το ασανσέρ, του
απάντησε "ανέβα με τα πόδια, παππού, κάνει καλό" και του έκλεισε την
πόρτα του φρεατίου στα μούτρα. Ο πατέρας μου ήταν πολύ αναστατωμένος όλη
μέρα.

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής της εταιρείας, όχι το
τηλεφωνικό κέντρο, και να μη ξαναστείλετε αυτόν τον τεχνικό στο κτίριο.

Βασιλική Ρήγα"""),
("el", "b163-el-gl-xorigia-mpasket", "Stelios Xatzis <stelios.xatzis@example.gr>", "xorhgia", "general", "",
"""Geia sas,
eimai proponhths sto paidiko tmhma mpasket tou A.O. Kalamarias. Psaxnoume
xorhgous gia tis fanelles ths neas sezon kai skefthkame kai thn
etaireia sas. An sas endiaferei na sas steilw perissoteres plhrofories?
Eyxaristw,
Stelios"""),
("el", "b163-el-gdpr-dedomena-kartes", "Ορέστης Μελάς <orestis.melas@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Βάσει του Γενικού Κανονισμού Προστασίας Δεδομένων (ΓΚΠΔ), παρακαλώ να
με ενημερώσετε ποια προσωπικά δεδομένα μου τηρείτε, συμπεριλαμβανομένων
των καταγραφών εισόδου-εξόδου από την κάρτα πρόσβασης που είχα στο
κτίριο γραφείων της οδού Σταδίου 10, όπου εργαζόμουν μέχρι τον
Φεβρουάριο, και για πόσο χρόνο τα διατηρείτε.

Ορέστης Μελάς"""),
("el", "b163-el-gl-texnikos-ksexase-kinito", "Eftyxia L. <eftyxia.l@example.gr>", "kinhto", "general", "",
"""Kalhmera, o texnikos pou hr8e xthes gia ta sprinkler sto super market
sthn Kalamaria ksexase to kinhto tou pano sto rafi sto mhxanostasio.
To exoume sto tameio, as perasei otan 8elei.
Eytyxia"""),
("el", "b163-el-ekthesi-spasmeno-tzami", "Ραλλού Θεοδωρίδη <rallou.theod@example.gr>", "Έκθεσή σας στην Πυλαία", "general", "high",
"""Καλησπέρα,

Ήμουν σήμερα το μεσημέρι στην έκθεσή σας στην Πυλαία για να δω
κλειδαριές ασφαλείας. Στο βάθος, δίπλα στις βιτρίνες, μία από τις
γυάλινες προθήκες έχει σπάσει και υπάρχουν κομμάτια γυαλί στο πάτωμα
και στο κάτω ράφι, στο ύψος που φτάνουν τα παιδιά. Ο γιος μου έπιασε ένα
κομμάτι πριν το δω και έκοψε ελαφρά το δάχτυλό του. Δεν είναι κάτι
σοβαρό, αλλά όταν φύγαμε ήταν ακόμη εκεί.

Ραλλού Θεοδωρίδη"""),
("el", "b163-el-seminario-pyrasfaleias", "Θεόδωρος Καλογήρου <theodoros.kalogirou@example.gr>", "Σεμινάριο", "general", "",
"""Καλησπέρα,

Διοργανώνετε εκπαίδευση πυρασφάλειας για προσωπικό επιχειρήσεων (χρήση
πυροσβεστήρων, εκκένωση κτιρίου); Είμαστε 25 άτομα σε ένα call center
στο Χαλάνδρι και θα θέλαμε να γίνει στον χώρο μας, αν είναι δυνατόν.

Θεόδωρος Καλογήρου"""),
("el", "b163-el-gl-odigies-prosvasis-texnikou", "Dimitra Sarri <dimitra.sarri@example.gr>", "Pempth", "general", "",
"""Kalhspera, gia thn Pempth pou 8a er8ei o texnikos gia to klimatistiko:
to kleidi tou mhxanostasiou to afhnoume sto periptero apenanti (ston
kyrio Lakh). Parkarei sthn pisw eisodo, sthn Anagnwstopoulou. Ama
8elei kati na parei th Maria sto 210 000 3388.
Dimitra"""),
("el", "b163-el-re-allagi-imerominias-syntirisis", "Λίνα Χριστοδούλου <lina.christodoulou@example.gr>", "Re: Ετήσια συντήρηση ανελκυστήρων - 22/5", "general", "",
"""Καλημέρα κα Νικολαΐδου,

Ευχαριστούμε για την ενημέρωση. Στις 22/5 έχουμε όμως συνέδριο στο
κτίριο με 300 συμμετέχοντες και δεν μπορούμε να έχουμε ανελκυστήρα
εκτός λειτουργίας. Γίνεται να μεταφερθεί στις 26 ή 27/5; Όλα
λειτουργούν κανονικά, απλώς θέλουμε να αλλάξει η μέρα.

Λίνα Χριστοδούλου

Στις Τρί, 29 Απρ 2025 στις 12:05 μ.μ., ο/η Κατερίνα Νικολαΐδου <programmatismos@example-lift.gr> έγραψε:
> Αγαπητή κα Χριστοδούλου,
>
> Σας ενημερώνουμε ότι η ετήσια συντήρηση των ανελκυστήρων του κτιρίου
> σας έχει προγραμματιστεί για την Πέμπτη 22/5, 08:00-14:00.
>
> Με εκτίμηση,
> Κατερίνα Νικολαΐδου"""),
("el", "b163-el-gl-epeigon-ti-ora", "Fwtini K. <fwtini.k@example.gr>", "EPEIGON!!!", "general", "",
"""EPEIGON!!! pote akrivws erxetai o texnikos gia tous pyrosvesthres
avrio? prepei na kseroume na kleisoume th sygkentrwsh ths ekklhsias
pio noris h oxi. eyxaristw, Fwtinh"""),
# ---------------- Spanish ----------------
("es", "b163-es-comunidad-ascensor-subida-ipc", "Administración Fincas Berrocal <admin@fincasberrocal.example>", "Renovación contrato ascensores C/ Alcalá 312", "billing", "",
"""Buenos días:

Les escribo como administrador de la comunidad de propietarios de la
calle Alcalá 312 (Madrid). Hemos recibido la renovación del contrato de
mantenimiento de los dos ascensores con una cuota de 268 € al mes por
aparato, frente a los 231 € actuales. El IPC del último año no llega ni
de lejos a ese 16 %.

¿Podrían enviarnos el desglose de la subida? Tengo junta de propietarios
el día 20 y necesito justificarla o buscar otras ofertas.

Un saludo,
Julián Berrocal
Administración de Fincas Berrocal"""),
("es", "b163-es-mx-cfdi-rfc-incorrecto", "Cuentas por Pagar <cxp@grupoalvear.example.mx>", "Factura F-20931", "billing", "",
"""Buenas tardes,

La factura F-20931 por el servicio preventivo del sistema de detección
de incendios en nuestra planta de Querétaro trae mal el RFC (pusieron
GAL190411KT3 y el correcto es GAL190411KT8) y el uso de CFDI como "Gastos
en general" cuando debe ser G03. No la podemos pagar así. ¿Nos la pueden
cancelar y reemitir?

Saludos,
Mariana Téllez
Cuentas por Pagar, Grupo Alvear"""),
("es", "b163-es-ar-cuotas-tarjeta-deteccion", "Federico Sosa <fede.sosa@example.com.ar>", "Pago en cuotas", "billing", "",
"""Hola, qué tal.

Me pasaron el presupuesto por la central de detección de incendios para
el depósito de Avellaneda, $ 4.850.000 con instalación. ¿Se puede pagar
con tarjeta en cuotas sin interés? ¿Cuántas? Si no, ¿hay descuento por
transferencia?

Gracias,
Fede"""),
("es", "b163-es-bar-traspasado-campana", "Bar Los Arcos <barlosarcos@example.es>", "baja mantenimiento", "billing", "",
"""Hola buenas

Os escribo porque hemos traspasado el bar, el ultimo dia que abrimos
fue el domingo y desde el lunes el local es de otra gente que ya tiene
su propio tecnico. Asi que el mantenimiento de la campana y el aire
acondicionado (los 55 euros al mes) lo tenemos que dar de baja. Que
no nos paseis mas recibos porfa.

Gracias por todo estos años
Paco y Merche"""),
("es", "b163-es-cl-cerramos-definitivo-monitoreo", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "Local Providencia", "billing", "",
"""Estimados:

Les informo que bajamos la cortina de la librería de Providencia por
última vez el 31 de mayo; no encontramos quién se quedara con el
arriendo y se terminó. Les pido que no sigan cargando los $ 39.900
mensuales de la mantención de la cortina metálica y la cerradura a mi
tarjeta desde junio.

Atentamente,
Ignacio Fuentes"""),
("es", "b163-es-obras-pausar-climatizacion", "Elena Quiroga <elena.quiroga@clinicaquiroga.example>", "Mantenimiento climatización - obras", "billing", "",
"""Hola,

La clínica estará cerrada por obras de reforma desde el 1 de julio hasta
finales de septiembre. Durante esos tres meses no tiene sentido hacer la
revisión mensual de la climatización, y además los equipos van a estar
desconectados. ¿Podemos dejar el contrato en suspenso esos meses, sin
pagar la cuota, y retomarlo en octubre?

Gracias,
Elena Quiroga
Clínica Dental Quiroga, Vigo"""),
("es", "b163-es-mx-cargo-doble-cerrajero-contracargo", "Rodrigo Paredes <rodrigo.paredes@example.com.mx>", "Cargo duplicado - servicio de cerrajería", "billing", "high",
"""Buenas tardes.

El 3 de abril su cerrajero vino a abrir la puerta de la bodega y cambiar
el cilindro. El servicio costó $ 2,450.00 MXN y lo pagué con tarjeta en
la terminal del técnico. En mi estado de cuenta aparecen DOS cargos de
$ 2,450.00 con la misma fecha.

Llevo dos semanas hablando a su número y siempre me dicen que "ya está
reportado". Si el lunes no veo la devolución, levanto la aclaración con
el banco para que me regresen el cargo por contracargo.

Rodrigo Paredes"""),
("es", "b163-es-cubierta-nave-abogado", "Jordi Puig <jordi.puig@puigembalatges.example>", "Impermeabilización cubierta nave 7 - reclamación", "billing", "high",
"""Buenos días,

En enero les pagamos 4.200,00 € por adelantado para impermeabilizar la
cubierta de la nave 7 en el polígono de Sabadell. Vinieron dos días,
hicieron aproximadamente un tercio del trabajo, retiraron el andamio y
no han vuelto. Desde marzo nadie nos da fecha.

Ya hemos contratado a otra empresa para terminarlo. Les reclamo la
devolución de la parte no ejecutada, que cuantificamos en 2.800,00 €. Si
en diez días no tenemos respuesta, nuestro abogado presentará la
reclamación judicial.

Jordi Puig
Gerente, Puig Embalatges S.L."""),
("es", "b163-es-co-visitas-no-hechas-gerente", "Luz Marina Ortiz <luz.ortiz@edificiolaspalmas.example.co>", "Cobro de mantenimientos que no se hicieron", "billing", "high",
"""Señores,

En la factura de marzo nos cobran $ 1.960.000 por tres mantenimientos
preventivos de los ascensores del Edificio Las Palmas en Medellín. La
portería lleva el registro de quién entra y en marzo no vino ningún
técnico de ustedes. Es la segunda vez que pasa.

Ya hablé con la asesora comercial y con servicio al cliente y no me dan
solución. Solicito que me llame el gerente de la regional, no otra vez
la línea de atención.

Luz Marina Ortiz
Administradora, Edificio Las Palmas"""),
("es", "b163-es-descuento-varias-sedes", "Marta Echeverría <marta.echeverria@gimnasiosforma.example>", "Consulta", "billing", "",
"""Hola,

Tenemos tres gimnasios en Bilbao, Barakaldo y Getxo, y ahora mismo cada
uno tiene un contrato distinto de mantenimiento de climatización con
vosotros. ¿Hacéis algún descuento si lo unificamos todo en un único
contrato y una sola factura mensual?

Un saludo,
Marta"""),
("es", "b163-es-ar-re-presupuesto-factura-a", "Lucía Benedetti <lucia.benedetti@example.com.ar>", "Re: Presupuesto 0317 - mantenimiento rociadores", "billing", "",
"""Hola Martín,

Gracias por el presupuesto. Dos cosas: ¿el importe de $ 1.320.000
mensuales incluye IVA? Y necesitamos factura A, somos responsables
inscriptos, te paso el CUIT: 30-71234567-9.

Saludos,
Lucía

El mié, 12 mar 2025 a las 11:40, Martín Ferreyra <ventas@example-rociadores.com.ar> escribió:
> Estimada Lucía:
>
> Te adjunto el presupuesto 0317 por el mantenimiento mensual de la red
> de rociadores del depósito de Tigre.
>
> Quedo atento,
> Martín"""),
("es", "b163-es-no-es-averia-desplazamiento", "Ramón Gil <ramon.gil@example.es>", "Aviso 88213", "billing", "",
"""Hola,

Que conste que no es una avería: la persiana motorizada funciona
perfectamente desde que vino el técnico y estoy contento con el trabajo.

Lo que no entiendo es la factura. Me cobran 45 € de desplazamiento,
cuando al contratar el mantenimiento anual me dijeron por teléfono que
los desplazamientos estaban incluidos. ¿Me lo podéis revisar?

Ramón Gil"""),
("es", "b163-es-mx-papa-fallecio-tortilleria", "Guadalupe Hernández <lupita.hdz@example.com.mx>", "Tortillería Hernández", "billing", "",
"""Buenas tardes

Les escribo porque mi papá, Don Arturo Hernández, dueño de la Tortillería
Hernández en Tlaquepaque, falleció el mes pasado. La familia decidió
cerrar el negocio.

Ustedes le daban mantenimiento al extractor y al minisplit, y le
cobraban $ 850 cada mes a su cuenta. Les pido por favor que ya no hagan
más cargos. Si necesitan el acta de defunción se la mando.

Gracias,
Guadalupe Hernández"""),
("es", "b163-es-residencia-ascensor-comedor", "Residencia Santa Clara <direccion@residenciasantaclara.example>", "Ascensor", "technical", "high",
"""Buenos días:

El ascensor de la residencia está parado desde anoche con un error en
el cuadro y no responde. Tenemos 22 residentes en la segunda planta, la
mayoría en silla de ruedas o con andador, y ninguno puede bajar al
comedor ni a la sala de rehabilitación. Estamos subiendo las comidas
a mano y hemos tenido que anular las sesiones de fisioterapia de hoy.

Llamamos al teléfono de averías a las 22:00 y todavía no ha venido
nadie.

Pilar Olmedo
Directora, Residencia Santa Clara, Zamora"""),
("es", "b163-es-mx-cortina-no-sube", "Abarrotes La Güera <abarroteslaguera@example.com.mx>", "la cortina", "technical", "high",
"""buenos dias la cortina electrica del negocio no sube, hace un ruido y se
queda trabada como a un metro. la unica entrada es por ahi, no podemos
abrir y ya estan los de la coca y el pan esperando afuera para surtir.
son las 7:15. manden a alguien
Doña Reyna, abarrotes la guera, Iztapalapa"""),
("es", "b163-es-motor-puerta-chispas", "Alberto Casado <alberto.casado@example.es>", "Puerta enrollable muelle 2", "technical", "high",
"""Hola,

Os aviso de que esta mañana, al subir la puerta enrollable del muelle 2
del almacén, han salido unas chispas del motor y ha olido a quemado.
La hemos dejado bajada y hemos cortado la corriente en el cuadro. Por
ahora trabajamos con el muelle 1 y nos apañamos.

¿Podéis mandar a alguien a revisarlo cuando podáis?

Gracias,
Alberto Casado
Jefe de almacén, Transportes Casado, Valladolid"""),
("es", "b163-es-ar-hotel-alarma-madrugada", "Hotel Plaza Rosario <gerencia@hotelplazarosario.example>", "Central de incendio - disparos nocturnos", "technical", "high",
"""Buenas,

Por tercera vez en esta semana la central de incendio se disparó de
madrugada (martes 3:40, jueves 2:15 y hoy 4:05) sin ningún humo ni
fuego. Cada vez evacuamos a todo el hotel, unos 120 pasajeros, a la
vereda en pijama. Tenemos quejas, dos reservas canceladas y los
bomberos ya nos advirtieron.

Necesitamos que venga un técnico hoy mismo a revisar los detectores y la
central.

Gabriel Romano
Gerente, Hotel Plaza Rosario"""),
("es", "b163-es-cl-cubierta-tercera-vez-responsable", "Valentina Muñoz <valentina.munoz@example.cl>", "Filtración cubierta bodega - TERCERA visita", "technical", "high",
"""Estimados,

Es la tercera vez que sus técnicos vienen por la filtración en la
cubierta de la bodega de Quilicura, y la tercera vez que nos dicen que
quedó sellada. Con la lluvia del fin de semana volvió a entrar agua
sobre el rack 12 y tuvimos que mover mercadería.

No quiero una cuarta visita de la misma cuadrilla. Quiero que el caso lo
tome un jefe técnico o el responsable de la zona y que me diga qué se
va a hacer distinto.

Valentina Muñoz
Jefa de Operaciones"""),
("es", "b163-es-lector-tarjetas-oficina", "Nuria Sanz <nuria.sanz@example.es>", "Lector de tarjetas", "technical", "",
"""Buenas,

El lector de la puerta principal de la oficina no reconoce las tres
tarjetas nuevas que dimos de alta el lunes en el programa. Las antiguas
siguen funcionando. En el programa aparecen como activas. ¿Hay que
hacer algo más?

Nuria Sanz
Recursos Humanos"""),
("es", "b163-es-mx-minisplit-gotea", "Hector Salinas <hector.salinas@example.com.mx>", "minisplit oficina", "technical", "",
"""Que tal, el minisplit de la sala de juntas esta goteando agua por
abajo, sobre la pared. Enfria bien. Lo acaban de limpiar en el
mantenimiento de hace dos semanas, no se si quedo algo mal puesto. Me
dicen cuando pueden pasar?
Hector Salinas"""),
("es", "b163-es-detector-pita-no-devolucion", "Carmen Lozano <carmen.lozano@example.es>", "Detector que pita", "technical", "",
"""Hola,

No quiero que me devolváis nada ni que me hagáis descuento, solo que
deje de pitar.

Desde la revisión del jueves, el detector de humo del pasillo de la
oficina da un pitido corto cada 40 segundos, día y noche. Lo hemos
sacado de la base y vuelto a poner y sigue. Los demás están bien.

Carmen Lozano
Gestoría Lozano, Murcia"""),
("es", "b163-es-ar-app-porton-no-conecta", "Martín Acosta <martin.acosta@example.com.ar>", "App del portón", "technical", "",
"""Buenas, la app para abrir el portón del estacionamiento de la empresa
me tira "dispositivo no disponible" desde ayer. Con el control remoto
anda bien. Ya la desinstalé y la volví a instalar. ¿Tienen idea?
Martín"""),
("es", "b163-es-portal-contrasena-caducada", "Sergio Prats <sergio.prats@example.es>", "No puedo entrar al portal", "technical", "",
"""Buenas,
El portal de clientes me dice que mi contraseña ha caducado y que la
cambie, pero el enlace para cambiarla lleva a una página en blanco.
Necesito descargar los certificados de revisión de los extintores.
Sergio Prats"""),
("es", "b163-es-co-ascensor-ruido-arranque", "Andrés Galindo <andres.galindo@example.co>", "Ruido ascensor torre 2", "technical", "",
"""Buenas tardes,

El ascensor de la torre 2 del conjunto hace un ruido metálico fuerte,
como un golpe, cada vez que arranca desde el primer piso. Después
funciona normal. Los residentes están preguntando. ¿Pueden mandar al
técnico a revisarlo esta semana?

Andrés Galindo
Administración Conjunto Reservas del Norte, Bogotá"""),
("es", "b163-es-termostato-zonas-frio", "Inés Barrios <ines.barrios@example.es>", "Frío en la zona de administración", "technical", "",
"""Hola buenas, en la zona de administracion hace un frio que pela. El
termostato esta en 23 y la pantalla marca 18. En el resto de la planta
bien. Lleva asi desde el lunes. Alguien puede venir a mirarlo?
Ines"""),
("es", "b163-es-mx-bomba-incendio-arranca-sola", "Ing. Raúl Cárdenas <raul.cardenas@example.com.mx>", "Bomba jockey", "technical", "",
"""Buen día,

La bomba jockey del sistema contra incendio de la nave arranca sola cada
10 o 15 minutos y trabaja unos segundos. Antes arrancaba muy de vez en
cuando. No vemos fugas a simple vista. ¿Pueden programar una revisión?

Ing. Raúl Cárdenas
Mantenimiento, Plásticos del Bajío"""),
("es", "b163-es-pedido-candados-llave-maestra", "Ferreteria Lopez <ferreterialopez@example.es>", "Pedido 4471", "technical", "",
"""Buenos dias,
de los 12 candados amaestrados que nos instalasteis en las taquillas, la
llave maestra no abre dos de ellos (el 7 y el 11). Sus llaves propias si
los abren. Podeis pasar a revisarlos?
Antonio Lopez"""),
("es", "b163-es-felicitar-tecnico-noche", "Rosa Medina <rosa.medina@panaderiamedina.example>", "Agradecimiento", "general", "",
"""Buenas tardes:

Solo quería dar las gracias a Javier, el técnico que vino anoche a las
once cuando se nos quedó abierta la persiana del obrador. Fue amable,
rapidísimo y encima se quedó a explicarle a mi hijo cómo bajarla a mano
si vuelve a pasar. Da gusto.

Un saludo,
Rosa Medina
Panadería Medina, Toledo"""),
("es", "b163-es-mx-horario-semana-santa", "Patricia Ruelas <paty.ruelas@example.com.mx>", "Horario", "general", "",
"""Hola, ¿qué horario tienen en su sucursal de Zapopan en Semana Santa?
Necesito pasar por unas copias de llaves. Gracias"""),
("es", "b163-es-ar-certificado-habilitacion", "Sebastián Rivas <sebastian.rivas@example.com.ar>", "Certificado para la habilitación", "general", "",
"""Hola, ¿cómo están?

Para renovar la habilitación municipal del local en Palermo nos piden el
certificado de mantenimiento del sistema de detección y de los
matafuegos firmado por el técnico. ¿Me lo pueden mandar por mail? El
último mantenimiento fue en febrero.

Gracias,
Sebastián"""),
("es", "b163-es-cambio-administrador-contacto", "Luis Moreno <luis.moreno@example.es>", "Cambio de contacto", "general", "",
"""Buenos días,

Les comunico que desde el 1 de abril dejo de ser el presidente de la
comunidad de Avenida de la Constitución 22 (Sevilla). El nuevo
presidente es D. Francisco Vela, teléfono 600 000 418, correo
francisco.vela@example.es. Para cualquier cosa del ascensor, por favor,
contacten con él.

Un saludo,
Luis Moreno"""),
("es", "b163-es-co-tecnico-acoso-gerente", "Carolina Restrepo <carolina.restrepo@example.co>", "Queja sobre su técnico", "general", "high",
"""Buenas tardes,

El técnico que vino el miércoles a hacer el mantenimiento del aire
acondicionado en nuestras oficinas de Cali se dedicó a hacerle
comentarios sobre su físico a una de nuestras practicantes, y le pidió
el número varias veces aunque ella le dijo que no. Ella está muy
incómoda y no quiere venir los días de mantenimiento.

Exijo hablar con el gerente de la empresa, no con servicio al cliente,
y que ese técnico no vuelva a nuestras instalaciones.

Carolina Restrepo
Directora Administrativa"""),
("es", "b163-es-rgpd-derecho-acceso", "Álvaro Pastor <alvaro.pastor@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD, solicito que me faciliten una copia de
los datos personales que tratan sobre mí, incluidos los registros de
accesos asociados a mi tarjeta en el edificio de oficinas de Diagonal
640, donde trabajé hasta diciembre.

Atentamente,
Álvaro Pastor"""),
("es", "b163-es-mx-patrocinio-carrera", "Comité Carrera 5K Coyoacán <carrera5k@example.com.mx>", "Patrocinio", "general", "",
"""Hola!

Estamos organizando la Carrera 5K Coyoacán a beneficio del DIF local el
próximo 15 de septiembre. ¿Les interesaría patrocinarnos? A cambio su
logo iría en las playeras y en la meta. Les mando la carpeta con los
paquetes si les interesa.

Saludos,
Karla Domínguez"""),
("es", "b163-es-caja-herramientas-olvidada", "Recepcion Edificio Nexus <recepcion@edificionexus.example>", "Caja de herramientas", "general", "",
"""Hola, los técnicos que vinieron ayer a revisar los rociadores se dejaron
una caja de herramientas roja en el cuarto de bombas. La tenemos en
recepción. Pueden pasar a recogerla de lunes a viernes de 8 a 20 h.
Gracias"""),
("es", "b163-es-placa-techo-sala-espera", "Montserrat Vidal <montserrat.vidal@example.es>", "Su oficina de atención al cliente en Zaragoza", "general", "high",
"""Hola,

Esta mañana estaba en la sala de espera de su oficina de atención al
cliente en Zaragoza y una placa del falso techo se ha caído justo al
lado de una señora mayor. No le ha dado por poco. Al lado hay otras dos
placas que se ven combadas, como si hubiera humedad. La recepcionista
ha apartado la placa pero la gente sigue sentándose debajo.

Lo comento para que lo revisen antes de que alguien salga herido.

Montserrat Vidal"""),
("es", "b163-es-cl-mantencion-valparaiso", "Jorge Araya <jorge.araya@example.cl>", "Consulta", "general", "",
"""Hola, ¿ustedes trabajan en Valparaíso? Tenemos un edificio de oficinas
de 6 pisos en el plan con dos ascensores y queremos cambiar de empresa
de mantención. ¿Qué marcas atienden?
Saludos, Jorge Araya"""),
("es", "b163-es-ar-indicaciones-obra-techo", "Consorcio Billinghurst 1450 <administracion@billinghurst1450.example>", "Acceso para la obra del techo", "general", "",
"""Buenas,

Para la obra de la terraza que empieza el lunes:

- El encargado, Ramón, les abre a las 8. Antes no hay nadie.
- Usen el ascensor de servicio, no el principal.
- Los materiales se descargan por la cochera de Billinghurst, no por
  la entrada de Paraguay.
- Por favor no dejen escombros en el palier del último piso.

Cualquier cosa, Ramón: 11 5000 2233.

Saludos,
Adriana, administración"""),
("es", "b163-es-re-jornada-simulacro", "Beatriz Navarro <beatriz.navarro@example.es>", "Re: Jornada de formación en extinción de incendios", "general", "",
"""Hola Raquel,

Confirmo que iremos cuatro personas de nuestra empresa a la jornada del
día 14. ¿Hace falta llevar ropa especial para la parte práctica con
extintores? ¿Y hay aparcamiento en el centro de formación?

Gracias,
Beatriz

El 2 jun 2025, a las 9:30, Raquel Martín <formacion@example-extincion.es> escribió:
> Buenos días:
>
> Les recordamos que el próximo 14 de junio celebramos la jornada de
> formación en extinción de incendios para clientes, de 9:00 a 14:00.
>
> Un saludo,
> Raquel Martín"""),
("es", "b163-es-mx-urgente-credencial", "Omar Villanueva <omar.villanueva@example.com.mx>", "URGENTE", "general", "",
"""URGENTE: el técnico que viene el jueves a revisar el elevador necesita
traer INE y credencial de la empresa, si no el guardia del corporativo no
lo deja pasar. Nada más para que lo sepan. Saludos, Omar"""),
# ---------------- Polish ----------------
("pl", "b163-pl-dzwigi-umowa-podwyzka", "Zarząd Wspólnoty Os. Słoneczne <zarzad@wm-sloneczne.example>", "Przedłużenie umowy serwisowej dźwigów", "billing", "",
"""Dzień dobry,

otrzymaliśmy aneks do umowy konserwacji czterech dźwigów osobowych na
Osiedlu Słonecznym w Rzeszowie. Miesięczna opłata za jeden dźwig rośnie
z 420 zł do 510 zł netto, czyli o ponad 20%. Zakres prac się nie
zmienia.

Prosimy o uzasadnienie podwyżki i informację, czy jest możliwość
negocjacji. Zebranie wspólnoty mamy 18 marca.

Z poważaniem
Anna Król
Zarząd Wspólnoty Mieszkaniowej"""),
("pl", "b163-pl-faktura-zly-nip", "Ksiegowosc Drewpol <ksiegowosc@drewpol.example>", "Faktura FV/2025/03/112", "billing", "",
"""Dzien dobry,
na fakturze FV/2025/03/112 za przeglad systemu sygnalizacji pozaru w
naszym zakladzie w Kaliszu jest bledny NIP (618-20-44-317 zamiast
618-20-44-371). Prosimy o wystawienie faktury korygujacej, bo w KSeF
nie mozemy jej zaksiegowac.
Pozdrawiam
Beata Michalak"""),
("pl", "b163-pl-piekarnia-emerytura-rolety", "Henryk Zając <henryk.zajac@example.pl>", "Piekarnia przy Kościuszki", "billing", "",
"""Szanowni Państwo,

w sobotę upiekłem ostatnie bułki - po 38 latach zamykam piekarnię przy
ul. Kościuszki w Sandomierzu i idę na zasłużoną emeryturę. Lokal
oddaję właścicielowi.

Proszę więc nie pobierać już opłaty 65 zł miesięcznie za serwis rolet
antywłamaniowych. Jeśli trzeba coś podpisać, proszę przysłać pocztą.

Dziękuję za lata współpracy,
Henryk Zając"""),
("pl", "b163-pl-remont-hali-zawieszenie-klimy", "Piotr Sobczak <piotr.sobczak@sobczak-meble.example>", "Serwis klimatyzacji - remont hali", "billing", "",
"""Dzień dobry,

od 1 czerwca do końca sierpnia hala produkcyjna będzie w przebudowie,
a instalacja klimatyzacji zostanie na ten czas zdemontowana. Czy możemy
zawiesić umowę serwisową na te trzy miesiące i nie płacić abonamentu
(1 150 zł netto/mies.)? Od września wracamy do normalnego trybu.

Pozdrawiam
Piotr Sobczak
Kierownik utrzymania ruchu"""),
("pl", "b163-pl-raty-ssp", "Agnieszka Wilk <agnieszka.wilk@example.pl>", "Raty", "billing", "",
"""Dzień dobry, dostaliśmy Państwa ofertę na system sygnalizacji pożaru do
hotelu w Zakopanem na 46 800 zł brutto. Czy można to rozłożyć na raty,
np. 12 miesięcznych, albo zapłacić część teraz, a resztę po odbiorze?
Agnieszka Wilk"""),
("pl", "b163-pl-podwojne-obciazenie-gasnice", "Marek Pawłowski <marek.pawlowski@example.pl>", "Dwa razy ta sama kwota", "billing", "",
"""Dzień dobry,

za przegląd gaśnic i hydrantów w naszym sklepie w Gnieźnie zapłaciliśmy
przelewem 738 zł 4 kwietnia, a 7 kwietnia ta sama kwota została jeszcze
raz pobrana z karty firmowej, którą mieli Państwo zapisaną. Proszę o
zwrot jednej z płatności.

Marek Pawłowski"""),
("pl", "b163-pl-zaliczka-dach-sad", "Zbigniew Kurek <zbigniew.kurek@example.pl>", "Zaliczka za naprawę dachu hali - wezwanie do zwrotu", "billing", "high",
"""Szanowni Państwo,

10 stycznia wpłaciłem 6 000 zł zaliczki na wymianę pokrycia dachu hali
magazynowej w Skierniewicach. Termin rozpoczęcia prac ustalono na
luty. Do dziś nikt się nie pojawił, a kolejne terminy są przesuwane
bez podania przyczyny.

Odstępuję od umowy i wzywam do zwrotu 6 000 zł w terminie 7 dni. W
przeciwnym razie sprawa trafi do sądu, a ja zgłoszę Państwa praktyki
do UOKiK.

Zbigniew Kurek
Kurek Transport"""),
("pl", "b163-pl-wkladki-chargeback", "Ola Sadowska <ola.sadowska@example.pl>", "obciążenie karty 1 140 zł", "billing", "high",
"""Dzień dobry,

miała być wymiana 6 wkładek w drzwiach naszego biura. Ślusarz przyszedł,
zobaczył drzwi, powiedział że nie ma odpowiednich wkładek i że wróci.
Nie wrócił. A z karty zeszło 1 140 zł.

Pisałam już dwa razy. Jeśli do piątku pieniądze nie wrócą, zgłaszam
reklamację transakcji w banku (chargeback) i niech bank to odzyska.

Ola Sadowska"""),
("pl", "b163-pl-faktury-po-wypowiedzeniu-kierownik", "Tomasz Gorecki <tomasz.gorecki@example.pl>", "FAKTURY PO WYPOWIEDZENIU UMOWY", "billing", "high",
"""Dzien dobry,

umowe na konserwacje instalacji tryskaczowej wypowiedzielismy pisemnie
w listopadzie, z zachowaniem 3-miesiecznego okresu. Umowa skonczyla sie
31 stycznia. Mimo to dostalismy faktury za luty i marzec, po 890 zl
netto kazda, a teraz jeszcze wezwanie do zaplaty.

Rozmawialem juz trzy razy z dzialem obslugi i nic. Zadam rozmowy z
kierownikiem dzialu rozliczen albo kims z zarzadu, i to w tym tygodniu.

Tomasz Gorecki
Gorecki Logistyka, Piotrkow Trybunalski"""),
("pl", "b163-pl-rabat-trzy-budynki", "Kamil Bąk <kamil.bak@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, administruję trzema budynkami biurowymi w Katowicach i
każdy ma osobną umowę na serwis wind u Państwa. Czy jest jakiś rabat,
jeśli połączymy je w jedną umowę?
Kamil Bąk"""),
("pl", "b163-pl-odp-oferta-tryskacze-mpp", "Justyna Lis <justyna.lis@example.pl>", "Odp: Oferta O/441/2025 - modernizacja instalacji tryskaczowej", "billing", "",
"""Dzień dobry Panie Łukaszu,

dziękuję za ofertę, zarząd ją zaakceptował. Czy fakturę wystawią
Państwo z adnotacją "mechanizm podzielonej płatności"? I czy zaliczka
30% może być zapłacona dopiero po podpisaniu umowy, a nie przy
zamówieniu?

Pozdrawiam
Justyna Lis

pt., 7 mar 2025 o 14:20 Łukasz Zawadzki <oferty@example-tryskacze.pl> napisał:
> Szanowna Pani,
>
> w załączeniu przesyłam ofertę O/441/2025 na modernizację instalacji
> tryskaczowej w magazynie w Strykowie, wartość 184 500 zł netto.
>
> Z poważaniem
> Łukasz Zawadzki"""),
("pl", "b163-pl-to-nie-usterka-dojazd-dwa-razy", "Wojciech Kania <wojciech.kania@example.pl>", "Faktura za serwis klimatyzacji", "billing", "",
"""Dzień dobry,

to nie jest zgłoszenie usterki - klimatyzacja chodzi bez zarzutu od
wizyty serwisanta.

Chodzi o fakturę: dojazd jest policzony dwa razy (2 x 120 zł), a
serwisant był u nas raz, 14 maja. Proszę o korektę.

Wojciech Kania"""),
("pl", "b163-pl-maz-zmarl-kamienica", "Teresa Olszewska <teresa.olszewska@example.pl>", "Umowa na konserwację windy - ul. Gdańska 7", "billing", "",
"""Szanowni Państwo,

mój mąż, Stanisław Olszewski, który był właścicielem kamienicy przy
ul. Gdańskiej 7 w Bydgoszczy i podpisywał z Państwem umowę na
konserwację windy, zmarł w lutym. Kamienica przechodzi na syna, który
ma już swoją firmę serwisową.

Proszę o zakończenie umowy i informację, czy jest jeszcze coś do
zapłaty lub do zwrotu.

Z poważaniem
Teresa Olszewska"""),
("pl", "b163-pl-przychodnia-winda-pacjenci", "Przychodnia Zdrowie <rejestracja@przychodnia-zdrowie.example>", "Winda w przychodni", "technical", "high",
"""Dzień dobry,

winda w budynku przychodni przy ul. Lipowej stoi od wczoraj po
południu - wyświetlacz pokazuje "E-07" i nie reaguje na przyciski.
Rehabilitacja i poradnia ortopedyczna są na 2 piętrze. Dziś musieliśmy
odwołać 31 pacjentów, bo nie są w stanie wejść po schodach (wózki,
kule, pacjenci po operacjach). Jutro to samo, jeśli winda nie ruszy.

Zgłoszenie na infolinii zrobiliśmy wczoraj o 15:30.

Elżbieta Szymańska
Kierownik przychodni"""),
("pl", "b163-pl-brama-magazyn-tiry", "Dyspozytor <dyspozytor@hurtownia-mazur.example>", "brama nr 3", "technical", "high",
"""Dzień dobry, brama segmentowa nr 3 w magazynie nie podnosi się od 5
rano, napęd klika i nic. Przy tej bramie jest jedyna rampa chłodnicza.
Na placu stoją dwa TIR-y z nabiałem, kierowcy czekają, a o 10 mamy
wysyłkę do sklepów. Reszta bram działa, ale nie mają ramp.
Kuba, dyspozytor, Hurtownia Mazur, Olsztyn, tel. 89 500 12 12"""),
("pl", "b163-pl-nagrzewnica-gaz-zapach", "Robert Duda <robert.duda@example.pl>", "Nagrzewnica w warsztacie", "technical", "high",
"""Dzień dobry,

informuję, że od wczorajszego przeglądu nagrzewnicy gazowej w naszym
warsztacie przy nagrzewnicy czuć wyraźny zapach gazu, zwłaszcza rano.
Zakręciliśmy zawór, wywietrzyliśmy i na razie pracujemy bez
ogrzewania. Proszę o przyjazd serwisanta, żeby to sprawdził.

Robert Duda
Auto Serwis Duda, Radom"""),
("pl", "b163-pl-hostel-centrala-ssp-martwa", "Hostel Stare Miasto <recepcja@hostel-staremiasto.example>", "Centrala pożarowa", "technical", "high",
"""Dzień dobry,

od około 23:00 wczoraj centrala sygnalizacji pożaru w hostelu jest
całkowicie wyłączona - wyświetlacz zgasł, diody nie świecą, a przycisk
testu nic nie robi. W budynku śpi dziś 70 gości. Na noc posadziliśmy
dodatkową osobę na obchód, ale to nie zastąpi czujek.

Proszę o pilny przyjazd serwisu.

Marta Nowak
Hostel Stare Miasto, Kraków"""),
("pl", "b163-pl-dach-trzeci-raz-przelozony", "Grzegorz Wrobel <grzegorz.wrobel@example.pl>", "Przeciekajacy dach - trzecia reklamacja", "technical", "high",
"""Dzien dobry,

trzeci raz zglaszam ten sam przeciek w dachu hali nad linia pakowania.
Panowie byli 11 lutego i 3 marca, za kazdym razem "uszczelnione". W
nocy padalo i rano woda kapala na tasmociag, musielismy zatrzymac linie
na 2 godziny.

Nie chce kolejnej wizyty tej samej ekipy. Prosze o kontakt przelozonego
albo kierownika robot, ktory wreszcie ustali przyczyne.

Grzegorz Wrobel
Kierownik produkcji, Wrobel Opakowania"""),
("pl", "b163-pl-karty-dostepu-po-aktualizacji", "Paulina Kaczmarek <paulina.kaczmarek@example.pl>", "Karty dostępu", "technical", "",
"""Dzień dobry,

od czwartkowej aktualizacji systemu kontroli dostępu karty pracowników
działu IT nie otwierają drzwi do serwerowni. Czytnik miga na czerwono.
W programie mają te same uprawnienia co wcześniej. Pozostałe drzwi
działają normalnie.

Paulina Kaczmarek
Administrator biura"""),
("pl", "b163-pl-klima-piszczy", "Adam Zielinski <adam.zielinski@example.pl>", "klimatyzacja", "technical", "",
"""dzien dobry, jednostka klimatyzacji w sali konferencyjnej od kilku
dni wydaje wysoki pisk przez pierwsze 10 minut po wlaczeniu. potem
przestaje. chlodzi normalnie. da sie to jakos naprawic przy okazji?
Adam"""),
("pl", "b163-pl-nie-chce-zwrotu-zamek-szatnia", "Łukasz Baran <lukasz.baran@example.pl>", "Zamek szyfrowy - szatnia", "technical", "",
"""Dzień dobry,

od razu zaznaczam: nie chcę zwrotu pieniędzy ani wymiany na inny model,
tylko żeby zamek działał.

Zamek szyfrowy na drzwiach szatni pracowniczej, montowany w marcu, co
kilka dni się blokuje - po wpisaniu kodu mruga na czerwono i nie
otwiera, dopiero po wyjęciu i włożeniu baterii wraca do normy.

Łukasz Baran
Kierownik zmiany"""),
("pl", "b163-pl-portal-brak-protokolow", "Ewa Malinowska <ewa.malinowska@example.pl>", "Portal klienta", "technical", "",
"""Dzień dobry, po zalogowaniu do portalu klienta zakładka "Protokoły"
jest pusta, a jeszcze w zeszłym miesiącu widziałam tam wszystkie
protokoły z przeglądów wind. Potrzebuję ostatniego dla UDT.
Ewa Malinowska"""),
("pl", "b163-pl-winda-panel-nie-swieci", "Jan Kowalik <jan.kowalik@example.pl>", "Winda klatka B", "technical", "",
"""Dzień dobry,

w windzie na klatce B przestał świecić panel z przyciskami i
wyświetlacz piętra. Winda jeździ normalnie, przyciski działają, ale po
ciemku trudno trafić, szczególnie starszym mieszkańcom. Proszę o
naprawę przy najbliższej okazji.

Jan Kowalik
Administrator, ul. Ogrodowa 15, Łódź"""),
("pl", "b163-pl-czujka-serwerownia-usterka", "Sylwia Dudek <sylwia.dudek@example.pl>", "Czujka", "technical", "",
"""Centrala od tygodnia pokazuje "USTERKA - linia 4, czujka 12", to ta w
serwerowni. Kasujemy i po paru godzinach wraca. Reszta systemu OK. Kiedy
może ktoś podjechać?
Sylwia"""),
("pl", "b163-pl-roleta-w-polowie-rano", "Mirek Sikora <mirek.sikora@example.pl>", "roleta", "technical", "",
"""czesc, juz drugi raz rano roleta w sklepie byla opuszczona tylko do
polowy, a wieczorem zamykam ja do konca, widze to na wlasne oczy.
pilot ok, bateria nowa. co to moze byc?
Mirek, sklep z rowerami, Torun"""),
("pl", "b163-pl-termostat-e3", "Monika Jabłońska <monika.jablonska@example.pl>", "Błąd E3", "technical", "",
"""Dzień dobry,
sterownik ścienny klimatyzacji w gabinecie nr 4 pokazuje "E3" i
jednostka nie startuje. Wyłączaliśmy zasilanie na 10 minut, bez
zmian. Inne gabinety działają.
Monika, Gabinet Stomatologiczny Uśmiech"""),
("pl", "b163-pl-tryskacze-spadek-cisnienia", "Rafał Witkowski <rafal.witkowski@example.pl>", "Instalacja tryskaczowa - ciśnienie", "technical", "",
"""Dzień dobry,

od kilku dni manometr na zaworze kontrolno-alarmowym pokazuje spadek
ciśnienia w nocy, a pompa uzupełniająca włącza się znacznie częściej
niż wcześniej. Nie widzimy żadnego wycieku na hali. Proszę o
sprawdzenie instalacji przy najbliższej możliwości.

Rafał Witkowski
Dział techniczny, Centrum Logistyczne Stryków"""),
("pl", "b163-pl-podziekowanie-dekarze", "Halina Krawczyk <halina.krawczyk@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować ekipie pana Darka, która w zeszłym tygodniu
kładła nowe pokrycie na dachu naszej szkoły muzycznej. Pracowali tak,
że nie przeszkodzili w ani jednej lekcji, codziennie sprzątali po sobie
i skończyli dzień przed terminem. Dawno nie spotkałam takiej ekipy.

Z wyrazami szacunku
Halina Krawczyk
Dyrektor, Szkoła Muzyczna I st. w Nowym Sączu"""),
("pl", "b163-pl-godziny-wigilia-klucze", "Bartek Nowicki <bartek.nowicki@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, do której czynny jest punkt dorabiania kluczy w Poznaniu
przy Głogowskiej w Wigilię? Dzięki, Bartek"""),
("pl", "b163-pl-protokol-dla-ubezpieczyciela", "Krystyna Mazur <krystyna.mazur@example.pl>", "Protokół z przeglądu", "general", "",
"""Dzień dobry,

ubezpieczyciel prosi o kopię protokołu z ostatniego przeglądu systemu
sygnalizacji pożaru w naszej drukarni w Pile (był w październiku).
Czy mogą mi go Państwo przesłać mailem?

Dziękuję,
Krystyna Mazur"""),
("pl", "b163-pl-zmiana-adresu-korespondencji", "Wojciech Piątek <wojciech.piatek@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

od 1 maja zmienia się adres do korespondencji naszej firmy:
Piątek Nieruchomości sp. z o.o., ul. Długa 40, 80-827 Gdańsk.
Nowy numer telefonu do osoby kontaktowej (Ewelina Kot): 58 500 40 30.
Proszę o aktualizację danych we wszystkich umowach serwisowych.

Pozdrawiam
Wojciech Piątek"""),
("pl", "b163-pl-serwisant-agresywny-kierownik", "Dariusz Kołodziej <dariusz.kolodziej@example.pl>", "Zachowanie Waszego serwisanta", "general", "high",
"""Dzień dobry,

w czwartek Wasz serwisant przyjechał na przegląd klimatyzacji do
naszego centrum handlowego. Kiedy nasz pracownik ochrony poprosił go o
wpisanie się do książki wejść, serwisant zaczął na niego krzyczeć,
wyzywać go i popchnął go na drzwi. Wszystko jest na nagraniu z
monitoringu.

Żądam kontaktu z kierownikiem regionu lub kimś z zarządu w tej
sprawie, a ten pan nie ma już wstępu na nasz obiekt.

Dariusz Kołodziej
Kierownik obiektu, Galeria Pod Zegarem"""),
("pl", "b163-pl-rodo-usuniecie-danych", "Natalia Grabowska <natalia.grabowska@example.pl>", "Wniosek RODO", "general", "",
"""Dzien dobry,
zgodnie z art. 17 RODO prosze o usuniecie moich danych osobowych
(imie, nazwisko, telefon, dane karty dostepu) z Panstwa systemow. Nie
pracuje juz w firmie, w ktorej budynku obslugujecie kontrole dostepu.
Prosze o potwierdzenie.
Natalia Grabowska"""),
("pl", "b163-pl-sponsoring-piknik", "Rada Osiedla Zielone Wzgórza <rada@zielonewzgorza.example>", "Piknik rodzinny - sponsoring", "general", "",
"""Dzień dobry,

w czerwcu organizujemy piknik rodzinny na naszym osiedlu (ok. 800
mieszkańców). Szukamy sponsorów nagród w konkursach dla dzieci. Czy
Państwa firma byłaby zainteresowana? W zamian logo na plakatach i
podziękowanie ze sceny.

Pozdrawiamy
Rada Osiedla Zielone Wzgórza, Białystok"""),
("pl", "b163-pl-klucze-w-aucie-serwisanta", "Iwona Kamińska <iwona.kaminska@example.pl>", "Klucze", "general", "",
"""Dzień dobry, po wczorajszej wizycie serwisanta od wind nie możemy
znaleźć pęku kluczy do maszynowni (niebieski brelok z napisem
MASZYNOWNIA). Może przez przypadek zabrał je ze sobą? Proszę zapytać.
Iwona, administracja"""),
("pl", "b163-pl-punkt-obslugi-szklane-drzwi", "Leszek Żak <leszek.zak@example.pl>", "Punkt obsługi klienta w Opolu", "general", "high",
"""Dzień dobry,

byłem dziś w Państwa punkcie obsługi klienta w Opolu. Jedno skrzydło
szklanych drzwi wejściowych jest pęknięte przez całą wysokość, a dolny
róg jest wyszczerbiony, ostre szkło na wysokości kolan. Drzwi normalnie
się otwierają i ludzie przechodzą tuż obok, w tym matka z wózkiem
przede mną.

Piszę spokojnie, ale myślę, że trzeba to zabezpieczyć, zanim ktoś się
pokaleczy.

Leszek Żak"""),
("pl", "b163-pl-przeglady-hydrantow-lublin", "Paweł Domański <pawel.domanski@example.pl>", "Zapytanie", "general", "",
"""Dzień dobry, czy wykonujecie przeglądy hydrantów wewnętrznych i gaśnic
na terenie Lublina? Chodzi o biurowiec na 5 kondygnacji. Jakie
dokumenty wydajecie po przeglądzie?
Paweł Domański"""),
("pl", "b163-pl-wejscie-dla-ekipy", "Marcin Zawada <marcin.zawada@example.pl>", "Wtorek - wejście na dach", "general", "",
"""Dzień dobry,

dla ekipy, która we wtorek przyjeżdża do przeglądu dachu:
- wjazd od ul. Przemysłowej, brama nr 2,
- klucz do wyłazu dachowego w portierni, trzeba się wpisać,
- parking dla busa przy rampie nr 5,
- przed wejściem na dach proszę zgłosić się do mnie (tel. 600 700 800).

Pozdrawiam
Marcin Zawada, Dział Administracji"""),
("pl", "b163-pl-odp-szkolenie-ewakuacja", "Agata Wrona <agata.wrona@example.pl>", "Odp: Szkolenie z ewakuacji", "general", "",
"""Dzień dobry Pani Kasiu,

czy szkolenie z ewakuacji i obsługi gaśnic może odbyć się u nas w
firmie, a nie w Państwa siedzibie? Mamy salę na 30 osób. I czy termin
23 maja jest jeszcze aktualny?

Agata Wrona

śr., 9 kwi 2025 o 10:12 Katarzyna Bielecka <szkolenia@example-ppoz.pl> napisała:
> Dzień dobry,
>
> zapraszamy na szkolenie z zakresu ewakuacji i obsługi podręcznego
> sprzętu gaśniczego, planowane na 23 maja.
>
> Pozdrawiam
> Katarzyna Bielecka"""),
("pl", "b163-pl-pilne-lista-drzwi", "Renata Górska <renata.gorska@example.pl>", "PILNE!!!", "general", "",
"""PILNE!!! Na jaki adres mam wysłać listę drzwi i pracowników do
planu klucza generalnego? Pan, który był na oględzinach, mówił, że mailem, ale nie podał
do kogo. Renata Górska"""),
]
