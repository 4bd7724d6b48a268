# batch154.py -- labelled mails held out of the tree until the rules it
# measures are final.  Insurance, third set: pet insurance renewals,
# gadget insurance, travel insurance claims, home emergency cover,
# landlord insurance, wedding insurance and bicycle insurance.  The
# failure classes in new situations -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# policies ended or paused in unusual wording, business outages told by
# their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.  Same tuple format
# as batch13.py-batch16.py: (lang, slug, from, subject, queue, priority,
# body).
M += [
# ---------------- English ----------------
("en", "b154-pet-renewal-spaniel-jump", "Gillian Moorcroft <gill.moorcroft@example.co.uk>", "Renewal for Barney", "billing", "",
"""Hello,

Barney's renewal letter came this morning. He's an 11 year old springer
spaniel and he hasn't been to the vet once this year apart from his
booster, yet the premium has gone from 38.40 a month to 71.15 a month.
That's nearly double. Is that right? Is it just his age?

If there's a lower level of cover that would bring it down I'd like to
hear about it before the renewal date (2nd of next month).

Many thanks,
Gill Moorcroft"""),
("en", "b154-tilly-gone-stop-cover", "Margaret Healey <m.healey1941@example.co.uk>", "Tilly", "billing", "",
"""Dear Sir or Madam,

I am sorry to tell you that our cat Tilly had to be put to sleep last
Tuesday. She was 19 and had a very good life. Her policy number is
PC-5520931.

I would be grateful if you would not renew it again and stop the monthly
payments from my bank. My husband says I should ask if there is anything
to pay back for the rest of this month but I leave that to you.

Yours faithfully,
Margaret Healey (Mrs)"""),
("en", "b154-gadget-excess-taken-twice", "Ciaran Doherty <ciaran.doherty@example.ie>", "Claim GC-88120", "billing", "",
"""Hi there,

I claimed for a cracked screen on my phone last week and you took the
excess of EUR 75 from my card - fine, that's what I signed up for. But
there are two payments of 75 on my statement, both on the 14th, both
with your name. Could you refund the second one?

Phone is back and working grand by the way.

Ciaran"""),
("en", "b154-travel-claim-short-manager", "Rebecca Ashworth <rebecca.ashworth@example.co.uk>", "Claim TRV-40217 - I want a manager to review this", "billing", "high",
"""I'm writing for the third time about claim TRV-40217.

Our flights home from Lisbon were cancelled and we had to stay two extra
nights and book new flights. I sent every receipt you asked for: hotel
186.00, new flights 294.00, total 480.00. You have paid 212.00 with no
breakdown and nobody on the phone can tell me why.

I don't want another call centre reply. Please pass this to a manager or
a senior claims handler who can look at the file properly and explain
the deduction in writing.

Rebecca Ashworth"""),
("en", "b154-bali-hospital-ombudsman", "Josh Whitfield <josh.whitfield@example.com.au>", "Rejected claim - Bali", "billing", "high",
"""G'day,

My claim for the hospital bill in Denpasar (AUD 6,340) was rejected on
the grounds of "pre-existing condition". I had food poisoning. I have
never had food poisoning before, it is not a condition, it's a bad
prawn. The hospital report says so in plain English.

I've paid 389 for this policy and I expect it to pay out. If I don't
get a proper review within 14 days I'm taking this to the Australian
Financial Complaints Authority. I've already got the form filled out.

Josh Whitfield
Policy TA-771203"""),
("en", "b154-landlord-dd-date-rent", "Derek Oyelaran <d.oyelaran@example.co.uk>", "Direct debit", "billing", "",
"""Morning,

My landlord policy payment goes out on the 3rd of each month but my
tenants' rent doesn't land until the 25th, so I'm running the account
close every month. Can the direct debit date be moved to the 28th? Same
amount, just a different day.

Derek Oyelaran
Policy LL-309945 (Flat 2, 17 Castle Street)"""),
("en", "b154-wedding-venue-administration", "Hannah Pryce <hannah.pryce@example.co.uk>", "Our venue has gone bust", "billing", "",
"""Hi,

We took out wedding insurance with you in January (policy WED-22019).
We've just had a letter saying Marsh Barn, our venue, has gone into
administration, and the administrators say there is no money to return
deposits. We paid them 6,500 in two instalments and I have both bank
statements and the contract.

How do we claim the deposit back under the policy and how long does it
usually take to be paid? The wedding is in August so we need to book
somewhere else fast.

Thank you,
Hannah and Tom"""),
("en", "b154-bike-sold-no-longer", "Lewis Grant <lewis.grant@example.com>", "Bike policy", "billing", "",
"""Sold the Canyon last weekend, so there's nothing left for you to
insure! Can you close the policy and send back whatever's left of the
annual premium? Paid 142 in March.

Cheers
Lewis"""),
("en", "b154-home-emergency-chargeback", "Stephen Kaye <stephen.kaye@example.co.uk>", "Still being charged after cancelling", "billing", "high",
"""I cancelled my home emergency cover on the phone on 6 March. I have the
cancellation reference (CX-11874) and the name of the person I spoke to.

You have since taken 14.99 in April, May and June. That's 44.97 I did
not authorise. I have emailed twice and had automatic replies only.

If the money isn't back in my account by the end of next week I will
raise a chargeback with my bank and report the direct debits under the
Direct Debit Guarantee. I'd rather not have to.

S. Kaye"""),
("en", "b154-re-premium-receipt-accountant", "Priya Raman <priya.raman@example.co.uk>", "Re: Your landlord insurance documents", "billing", "",
"""Hi,

Thanks for the documents, but my accountant says she needs an actual
receipt or statement showing the premium paid for the tax year (April
to April) for both flats, not the policy schedule. Is that something
you can send?

Priya

> From: Customer Documents
> Sent: 02 May 2024 11:20
> Subject: Your landlord insurance documents
>
> Dear Ms Raman,
> Please find attached your policy schedule and policy wording for
> policy LL-551209. Please keep these documents safe.
> Kind regards,
> Customer Documents Team"""),
("en", "b154-moving-to-pune-end-gadget", "Arjun Menon <arjun.menon@example.in>", "Relocating - gadget cover", "billing", "",
"""Dear Sir/Madam,

I am relocating back to Pune from London at the end of this month on
completion of my project. As I understand the gadget cover is only
valid for UK residents, kindly terminate my policy GD-90244 with effect
from 30th and advise if any pro-rata amount will be credited back to my
UK account, which I will be keeping open.

Kindly also confirm the same by mail.

Thanks and regards,
Arjun Menon"""),
("en", "b154-bike-annual-or-monthly", "Tyler Brooks <tyler.brooks@example.com>", "quick question", "billing", "",
"""hey - quote came to $21/month or $228 for the year for my road bike.
if I go annual and pay up front, can I split it across two cards? and is
there any fee to switch to monthly later if I want? thanks"""),
("en", "b154-multipet-discount-missing", "Dawn Fletcher <dawn.fletcher@example.co.uk>", "MULTI PET DISCOUNT???", "billing", "",
"""I HAVE THREE DOGS INSURED WITH YOU. Three! Pip, Nell and Bramble. Your
website says 10% off for each additional pet. The renewal for Nell and
Bramble shows no discount at all. This is the second year I've had to
chase it. Please sort it and send me revised renewals. This renewal
price is honestly killing me.

Dawn Fletcher"""),
("en", "b154-no-refund-move-trip-dates", "Siobhan Keane <siobhan.keane@example.ie>", "Change of dates - single trip policy", "billing", "",
"""Hello,

I bought a single trip policy for Boston in June (EUR 64.50) but my
sister's baby has arrived early so we're going in October instead. I
don't want a refund - I'd just like the policy moved to the new dates,
5 to 19 October. Is there a charge for that?

Thanks a million,
Siobhan"""),
("en", "b154-vet-invoice-upload-not-billing", "Rhys Jenkins <rhys.jenkins@example.co.uk>", "Claim form", "technical", "",
"""This isn't about the bill itself, the vet's been paid and I'm not
disputing anything. The problem is the app. When I try to attach the
vet invoice (a PDF, 400 KB) to the claim for Mabel's ear infection, the
upload circle spins forever and then says "Something went wrong". Tried
on wifi and 4G, iPhone 12, app updated yesterday.

Can I email it instead or is there a fix?

Rhys"""),
("en", "b154-landlord-portal-reset-email", "Colin Ashby <colin.ashby@example.co.uk>", "Can't get into my account", "technical", "",
"""I'm trying to log in to the landlord portal to download a certificate
for my letting agent. It says my password is wrong, so I press "forgot
password" and the reset email never arrives. Checked junk. Tried three
times over two days. Username is my email, this one."""),
("en", "b154-boiler-mum-87-no-heat", "Karen Liddell <karen.liddell@example.co.uk>", "Home emergency - no heating - 87 year old", "technical", "high",
"""Hello,

My mother's boiler stopped working on Saturday night. She's 87, lives
alone in Hexham and it was minus three there last night. She is on your
home emergency cover (HE-630117) and we reported it on Sunday morning.
We were given a slot for Monday and nobody came. No phone call either.

I've taken two fan heaters round but she can't stay like this. Please
can you get an engineer out today.

Karen Liddell (daughter)
07700 900418"""),
("en", "b154-faint-gas-smell-after-visit", "Alan Pritchard <alan.pritchard@example.co.uk>", "Visit on Thursday", "technical", "high",
"""Good afternoon,

Your engineer replaced the diverter valve on our boiler on Thursday,
which has fixed the hot water, thank you. However since then there has
been a faint smell of gas in the kitchen cupboard where the boiler is,
mostly in the mornings. It isn't strong.

I've turned the boiler off at the isolator and opened the window, and
we've called the gas emergency line as a precaution. I wanted you to
know as well, as I think something may not have been tightened up.

Alan Pritchard
HE-418823"""),
("en", "b154-replacement-phone-swelling", "Natalie Quigley <nat.quigley@example.com>", "Replacement handset", "technical", "high",
"""Hi,

The replacement phone you sent after my claim gets really hot when it's
charging, too hot to hold, and this morning I noticed the back has
lifted slightly at one corner as if something's pushing it out. I've
unplugged it and put it on the patio table for now.

I'm guessing the battery isn't right? What do I do with it?

Natalie"""),
("en", "b154-bike-tracker-no-location", "Owen Marsh <owen.marsh@example.co.uk>", "Tracker", "technical", "",
"""Hi, the GPS tracker that came with the bike policy has stopped
updating. The app shows the bike's last location as my office car park
on Tuesday, but it's been at home in my shed since. Battery shows 80%.
I've re-paired it twice. Any ideas?"""),
("en", "b154-wedding-quote-form-loop", "Megan Lloyd <megan.lloyd@example.com>", "Your website", "technical", "",
"""Trying to get a wedding insurance quote online. Every time I enter the
wedding date (14/09/2025) and press Next, it takes me back to step 1
and clears everything. Tried the date as 14 Sept and it won't accept
that either. Laptop, Firefox. Phone does the same."""),
("en", "b154-letting-agency-certificates", "Operations <ops@harbourlets.example.co.uk>", "Portal", "technical", "high",
"""Hello,

We manage 140 properties on your landlord scheme. Since Monday morning
the agent portal has shown a blank page after login, so we can't
generate insurance certificates for new tenancies. Three tenants were
due to get keys yesterday and we've had to postpone them, two more
today, and the phones haven't stopped.

Our account manager's out of office. Can somebody from your IT side
ring me please?

Fiona Blake
Operations Manager, Harbour Lets
01752 960 331"""),
("en", "b154-laptop-back-still-dead", "Benedict Sowerby <ben.sowerby@example.co.uk>", "Repair ref RP-20345", "technical", "",
"""Hello,

The laptop came back from your repair centre yesterday with a note
saying "charging port replaced, tested OK". It won't charge. Charging
light doesn't come on at all with either of my two chargers. Exactly
the same as before I sent it.

Do I have to send it off again? I need it for university.

Ben"""),
("en", "b154-sparks-socket-electrician", "Lorraine Castle <lorraine.castle@example.co.uk>", "Electrician visit", "technical", "high",
"""Hi,

The electrician you sent under my home emergency cover replaced the
kitchen socket on Wednesday. Since then, when I plug the kettle in
there's a little blue spark and a crackling noise, and the faceplate
feels warm. I've switched that circuit off at the fuse box and I'm
using an extension lead from the hall.

Could someone come back and look at it, please.

Lorraine Castle"""),
("en", "b154-otp-not-received-claim", "Venkatesh Iyer <venkatesh.iyer@example.in>", "OTP issue", "technical", "",
"""Dear Team,

I am unable to login to the travel claims portal as the OTP is not
getting delivered to my registered mobile number (+91 98450 xxxxx).
I have tried "resend OTP" multiple times since yesterday. Other OTPs
from my bank are coming properly.

Kindly do the needful at the earliest as I need to upload the documents
for claim no. TC-302261.

Regards,
Venkatesh Iyer"""),
("en", "b154-hello-app-crash-android", "Jade Holloway <jade.holloway@example.co.uk>", "Hello", "technical", "",
"""Hiya, since the last update your app just closes itself as soon as I
tap "My policies". Samsung A52. Deleted and reinstalled it, same thing.
Website works fine on my phone so it's just the app.
Jade"""),
("en", "b154-ebike-error-after-repair", "Graham Tulloch <graham.tulloch@example.co.uk>", "E-bike repair", "technical", "",
"""Dear team,

Following my accident claim, your approved bike shop in Perth replaced
the rear wheel and the speed sensor on my e-bike. It rides, but the
display now shows "E21" after about a mile and the motor assistance
cuts out. The shop say it's nothing to do with their work.

Who should be looking at this - them or you?

Graham Tulloch"""),
("en", "b154-thanks-megan-claims", "Patricia Doyle <patricia.doyle@example.ie>", "Thank you", "general", "",
"""Hello,

I just wanted to say thank you to Megan in your claims team. When our
old lab Rocco was ill in the spring she rang me back every time she
said she would and never once made me feel rushed, even when I was in
bits on the phone. It made a rotten few weeks a bit easier.

Please pass this on to her and her manager.

Patricia Doyle"""),
("en", "b154-landlord-new-correspondence-address", "Malcolm Reeve <malcolm.reeve@example.co.uk>", "Change of address", "general", "",
"""Hi,

I've moved house (not the rental property, which stays the same). Please
update my correspondence address on policy LL-227410 to:

4 Orchard Close
Tewkesbury
GL20 5PJ

Mobile number hasn't changed.

Malcolm Reeve"""),
("en", "b154-handler-laughed-manager", "Christine Pope <christine.pope@example.co.uk>", "Phone call on Friday", "general", "high",
"""I rang on Friday afternoon to let you know our dog Murphy had died and
to ask what happens with the policy. The man I spoke to laughed when I
said how he died (he ate a sock and they couldn't save him) and said
"well, that's a new one". I put the phone down in tears.

I'd like a manager to call me about this. I don't want an apology
email, I want to speak to someone senior.

Christine Pope
01604 555 218"""),
("en", "b154-sar-call-recordings", "Daniel Okafor <daniel.okafor@example.co.uk>", "Subject access request", "general", "",
"""To the Data Protection Officer,

Under the UK GDPR I request a copy of all personal data you hold about
me, including recordings of my telephone calls with your claims
department between January and April this year and any notes made on
my file.

My policy number is TR-603388 and my date of birth is 11/02/1986.

Yours faithfully,
Daniel Okafor"""),
("en", "b154-andorra-ski-question", "Fergus Dunlop <fergus.dunlop@example.co.uk>", "Andorra", "general", "",
"""Hi, I've got your annual multi-trip policy. Off to Andorra in January
with the lads - does it cover skiing on piste, and do I need to carry
anything to show the resort or the hospital if something happens?"""),
("en", "b154-glasses-left-at-branch", "Dorothy Finch <dorothy.finch@example.co.uk>", "My reading glasses", "general", "",
"""Dear Sir,

I came into your office on the High Street in Ashford on Wednesday
morning to hand in my claim form and I believe I left my reading
glasses on the desk by the window. They are in a green case with
"Specsavers" on it. Could somebody have a look? I can collect them.

Mrs D. Finch"""),
("en", "b154-sportive-sponsorship", "Ian Cathcart <secretary@tweedvalleywheelers.example>", "Sponsorship enquiry - Tweed Valley Sportive", "general", "",
"""Hello,

I'm the secretary of Tweed Valley Wheelers, a volunteer-run cycling club
in the Borders. Our annual sportive in September gets around 600
riders, and a few of our members are your customers.

Would you consider sponsoring the event or donating a prize? In return
we'd have your logo on the route signs and rider packs.

Best regards,
Ian Cathcart"""),
("en", "b154-phone-lines-bank-holiday", "Sean Maguire <sean.maguire@example.co.uk>", "Bank holiday", "general", "",
"""Are your phone lines open on Bank Holiday Monday? Need to talk
through a question about my policy and I'm only off that day."""),
("en", "b154-wet-floor-branch-dad", "Angela Morrow <angela.morrow@example.co.uk>", "Your reception area", "general", "high",
"""Hello,

I came into your branch on Bridge Street with my father yesterday (he
is 79 and walks with a stick). The floor just inside the door had been
mopped and there was no sign out. He slipped and only didn't fall
because I had hold of his arm. The lady on reception said it
"happens all the time when it rains".

Someone is going to get badly hurt. Please put a mat down and a sign
up.

Angela Morrow"""),
("en", "b154-surname-after-wedding", "Emily Barrow <emily.barrow@example.com>", "Name change", "general", "",
"""Hi!

We got married last month (and the wedding insurance wasn't needed, so
that's good!). I'd like to change my surname on my other policies with
you - the bike one and the gadget one - from Hargreaves to Barrow. Do
you need to see the marriage certificate?

Thanks,
Emily Barrow (formerly Hargreaves)"""),
("en", "b154-re-large-print-documents", "Harold Simms <harold.simms@example.co.uk>", "Re: Your documents are ready", "general", "",
"""Dear Sirs,

I cannot read these on the computer. My granddaughter has done this
email for me. Please would you send my policy papers by post in large
print from now on.

Harold Simms, 14 Larch Road, Kettering

----- Original message -----
From: no-reply@example-insurer.co.uk
Subject: Your documents are ready

Your pet insurance documents are now available to view in your online
account. Log in at any time to view or download them."""),
("en", "b154-policy-number-venue-letter", "Laura Bennett <laura.bennett@example.co.uk>", "WED-30551", "general", "",
"""Hi,

Our venue has asked for proof that we have public liability cover for
the day. I think that's part of the policy - could you send a letter or
certificate that shows it, with the date (7 June) and the venue name
(Oakley Court Barn) on it?

Thanks, Laura"""),
("en", "b154-assessor-shouted-tenant-escalate", "Richard Holt <richard.holt@example.co.uk>", "Escalation - your loss adjuster's behaviour", "general", "high",
"""Dear Sirs,

Your loss adjuster visited my rental flat on Thursday to look at the
water damage. My tenant, who was home alone, tells me he was rude,
raised his voice at her for not knowing where the stopcock was and
walked through the flat with muddy boots.

My tenant is now talking about leaving. I want this escalated to
someone senior in your claims department, not answered by the adjuster
himself.

Richard Holt
Policy LL-118722"""),
]
M += [
# ---------------- Greek ----------------
("el", "b154-gl-ananewsi-gata-louna", "Dimitra Karagianni <dimitra.kar@example.gr>", "ananewsh", "billing", "",
"""Kalhspera sas,
mou hr8e to mhnyma gia thn ananewsh ths asfaleias ths gatas mas ths
Lounas kai to asfalistro apo 96 euro to xrono paei 148. H gata einai 9
xronwn kai fetos den kaname kamia dhlwsh zhmias. Giati toso megalh
ayxhsh? Yparxei kapoio fthnotero paketo na thn kratisoume?
Eyxaristw,
Dhmhtra"""),
("el", "b154-efyge-o-reks", "Νίκος Σταματόπουλος <n.stamatopoulos@example.gr>", "Ασφάλεια σκύλου - Ρεξ", "billing", "",
"""Καλημέρα σας,

Δυστυχώς ο Ρεξ έφυγε από κοντά μας την περασμένη εβδομάδα, στα 14 του
χρόνια. Παρακαλώ να μην ανανεωθεί το συμβόλαιο (αρ. ΖΩ-441870) και να
σταματήσουν οι μηνιαίες χρεώσεις στην κάρτα μου από τον επόμενο μήνα.

Σας ευχαριστούμε για τα χρόνια που τον καλύπτατε.

Νίκος Σταματόπουλος
Λάρισα"""),
("el", "b154-diples-xreosi-gadget", "Γιαννης Μπουρας <gmpouras@example.gr>", "χρεωση", "billing", "",
"""Καλησπερα,

Για την ασφαλεια του κινητου μου (συμβολαιο ΣΚ-77120) βλεπω στην
καρτα μου δυο χρεωσεις των 9,90 ευρω στις 3 του μηνα, ιδια ωρα. Το
μηνιαιο ειναι 9,90 μια φορα. Μπορειτε να μου επιστρεψετε τη μια;

Ευχαριστω
Γιαννης"""),
("el", "b154-gl-valitsa-milano-synhgoros", "Panagiotis Vlaxos <p.vlachos@example.gr>", "apozhmiwsh aposkeyhs - TA-55012", "billing", "high",
"""Kalhmera,
8a grapsw teleytaia fora prin kinh8w allios. Sthn epistrofh apo to
Milano xa8hke h valitsa ths gynaikas mou kai h aeroporikh etairia
bebaiwse oti den vrethike pote. Kaname dhlwsh se esas ton Martio me oles
tis apodeikseis, 640 euro synolika. Perasan 3 mhnes kai akoma "einai se
elegxo". Kanenas den apantaei sto thlefwno.

An den plhrw8w mexri to telos tou mhna 8a kanw katagelia ston
Synhgoro tou Katanalwth kai sthn Trapeza ths Ellados. Ta exw etoima.

Panagiwths Vlaxos"""),
("el", "b154-gamos-anavoli-ktima", "Ελένη Ζαφειρίου <eleni.zafeiriou@example.gr>", "Αναβολή γάμου - ασφάλιση γάμου", "billing", "",
"""Καλησπέρα σας,

Έχουμε ασφάλιση γάμου μαζί σας (ΓΑ-20871). Ο πατέρας του αρραβωνιαστικού
μου νοσηλεύεται στο νοσοκομείο Παπανικολάου μετά από εγκεφαλικό και
αναγκαστήκαμε να αναβάλουμε τον γάμο που ήταν για τις 21 Σεπτεμβρίου.

Το κτήμα μάς κρατάει την προκαταβολή των 3.000€ και μας ζητάει άλλα 800€
για τη νέα ημερομηνία. Ο φωτογράφος θέλει 250€ επιπλέον. Τι έγγραφα
χρειάζεστε για να καλυφθούν αυτά τα ποσά και σε πόσο καιρό γίνεται η
αποζημίωση;

Ευχαριστώ πολύ,
Ελένη Ζαφειρίου"""),
("el", "b154-doseis-asfaleia-akinitou", "Σπύρος Αλεξανδρόπουλος <spyros.alex@example.gr>", "Τρόπος πληρωμής", "billing", "",
"""Καλημέρα,

Έχω δύο διαμερίσματα στην Πάτρα που νοικιάζω και θέλω να βγάλω για
αυτά την ασφάλεια ιδιοκτήτη που διαφημίζετε. Η προσφορά που πήρα είναι
412€ τον χρόνο για τα δύο. Μπορώ να το πληρώσω σε άτοκες δόσεις με
πιστωτική, και αν ναι σε πόσες;

Σπύρος Αλεξανδρόπουλος"""),
("el", "b154-gl-podhlato-kleftike-apomeiwsh", "Thodwris Kalogeropoulos <thodoris.kalo@example.gr>", "dhlwsh klophs podhlatou", "billing", "",
"""Geia sas,
mou eklepsan to podhlato apo thn eisodo ths polykatoikias kai h
apozhmiwsh hr8e xtes, 1.120 euro enw to agorasa 1.400 prin apo ena
xrono. Den 8elw na akyrwsw tipota oute na kanw parapono, apla 8elw na
katalavw pws vghke to poso. Einai h ekptwsh gia thn palaiothta? Pou
to grafei ayto sto symvolaio?
Eyxaristw
Thodwrhs"""),
("el", "b154-oikiaki-voitheia-amfisvitisi", "Αικατερίνη Ρήγα <k.riga@example.gr>", "Χρεώσεις μετά την ακύρωση", "billing", "high",
"""Κύριοι,

Ακύρωσα το πρόγραμμα οικιακής βοήθειας τηλεφωνικά στις 10 Φεβρουαρίου
και μου δόθηκε αριθμός αιτήματος 88213. Παρ' όλα αυτά συνεχίζετε να με
χρεώνετε 12,50€ τον μήνα: Μάρτιο, Απρίλιο και Μάιο.

Σας έχω στείλει δύο email χωρίς απάντηση. Αν δεν μου επιστραφούν τα
37,50€ μέσα σε μια εβδομάδα, θα κάνω αμφισβήτηση των χρεώσεων στην
τράπεζά μου και θα ζητήσω να μπλοκαριστεί κάθε μελλοντική χρέωση από
εσάς.

Αικατερίνη Ρήγα"""),
("el", "b154-re-timologio-afm-etaireia", "Λογιστήριο Δ. Παππάς Α.Ε. <logistirio@pappas-ae.example>", "RE: Ασφάλιση κτιρίου - Πλαστήρα 22", "billing", "",
"""Καλημέρα σας,

Σας ευχαριστούμε για την επιβεβαίωση. Για να περαστεί η δαπάνη στα
βιβλία μας χρειαζόμαστε τιμολόγιο στην επωνυμία της εταιρείας και όχι
απόδειξη στο όνομα του κ. Παππά.

Στοιχεία: Δ. ΠΑΠΠΑΣ Α.Ε., ΑΦΜ 099999999, ΔΟΥ Καλαμαριάς, Πλαστήρα 22,
Θεσσαλονίκη.

Με εκτίμηση,
Σοφία Ηλιάδου
Λογιστήριο

-----Original Message-----
From: Εξυπηρέτηση Πελατών
Sent: Τρίτη 14 Μαΐου 2024 10:02
Subject: Ασφάλιση κτιρίου - Πλαστήρα 22

Αγαπητέ κ. Παππά, σας επιβεβαιώνουμε την ανανέωση του συμβολαίου
ΑΚ-310522 για το ακίνητο επί της οδού Πλαστήρα 22. Το ποσό των 684,00€
εισπράχθηκε."""),
("el", "b154-pagoma-podilato-germania", "Στελιος Κουτσουκος <stelios.koutsoukos@example.gr>", "Ασφαλεια ποδηλατου", "billing", "",
"""Καλημερα,

Φευγω για δουλεια στο Μοναχο για εξι μηνες απο 1η Οκτωβριου. Το
ποδηλατο μενει στο σπιτι των γονιων μου στη Νεα Σμυρνη, κλειδωμενο
στην αποθηκη, δεν θα το οδηγει κανεις. Γινεται να παγωσει το
συμβολαιο για αυτο το διαστημα και να μη χρεωνομαι τα 11 ευρω το μηνα;
Θα το ξαναενεργοποιησω οταν γυρισω.

Στελιος"""),
("el", "b154-gl-kwdikos-ekptwshs-dyo-skylia", "Marianna P. <marianna.pap@example.gr>", "kwdikos prosforas", "billing", "",
"""Geia sas!! Ekana asfaleia kai gia ta dyo skylakia mou (Mpampis kai
Kanela) me ton kwdiko FILOS15 pou eixe h selida sas sto instagram, alla
sthn plhrwmh den afairethike tipota, plhrwsa 2 x 19,80. Mporeite na mou
epistrepsete th diafora h na to diorthwsete ston epomeno mhna?
fxaristw polu"""),
("el", "b154-akyrwsi-taxidiou-proistamenos", "Αριστείδης Μαυρίδης <a.mavridis@example.gr>", "Απόρριψη αίτησης - ζητώ προϊστάμενο", "billing", "high",
"""Κύριοι,

Η αίτηση αποζημίωσης για την ακύρωση του ταξιδιού μας στη Βιέννη
(αρ. ΤΑ-62190) απορρίφθηκε με ένα μονολεκτικό email. Ακυρώσαμε γιατί η
σύζυγός μου χειρουργήθηκε εκτάκτως δύο μέρες πριν την αναχώρηση. Σας
έστειλα το εξιτήριο του νοσοκομείου, τα εισιτήρια (486€) και την
κράτηση του ξενοδοχείου (390€) που δεν επιστρέφονται.

Δεν θέλω να ξαναμιλήσω με το τηλεφωνικό κέντρο. Ζητώ να εξεταστεί η
υπόθεση από τον προϊστάμενο του τμήματος αποζημιώσεων και να μου
απαντήσει εγγράφως.

Αριστείδης Μαυρίδης
Θεσσαλονίκη"""),
("el", "b154-apallagi-kleftiko-kinito", "Χρύσα Δημάκη <chrysa.dimaki@example.gr>", "Ερώτηση για απαλλαγή", "billing", "",
"""Καλησπέρα,

Μου έκλεψαν το κινητό στο μετρό και έκανα δήλωση. Μου είπαν στο
τηλέφωνο ότι θα πληρώσω απαλλαγή 120€ για να πάρω καινούργιο. Στο
συμβόλαιο που έχω μπροστά μου (ΣΚ-60318) γράφει 80€ για κλοπή. Ποιο
από τα δύο ισχύει;

Χρύσα"""),
("el", "b154-gl-skylaki-sto-xwrio", "Vaggelis Tsironis <vaggelis.ts@example.gr>", "Mpoyrmpoulhs", "billing", "",
"""Kalhmera,
to skylaki mas o Mpoyrmpoulhs phge na meinei monima me tous goneis mou
sto xwrio sta Giannena, exei aylh ekei kai einai poly pio xaroumenos.
Tha ton asfalisoun autoi an 8eloun. Opote apo mena stamathste th
xrewsh ths asfaleias tou apo ton epomeno mhna. Symvolaio ZW-330915.
Vaggelhs"""),
("el", "b154-efarmogi-apodeixi-ktiniatrou", "Κωνσταντίνος Λιάπης <k.liapis@example.gr>", "Δεν ανεβαίνει η απόδειξη", "technical", "",
"""Καλημέρα,

Δεν είναι θέμα χρέωσης, ο κτηνίατρος έχει πληρωθεί και δεν αμφισβητώ
κάτι. Το πρόβλημα είναι η εφαρμογή σας: όταν πάω να ανεβάσω τη
φωτογραφία της απόδειξης για τη δήλωση της Μέλι, βγάζει «Σφάλμα
μεταφόρτωσης» και σβήνει ό,τι έχω γράψει. Το δοκίμασα τρεις φορές,
με Wi-Fi και με δεδομένα. Κινητό Xiaomi, η εφαρμογή ενημερωμένη.

Κωνσταντίνος"""),
("el", "b154-gl-sms-kwdikos-den-erxetai", "Stavroula Nikolaidou <stavroula.nik@example.gr>", "den mporw na mpw", "technical", "",
"""Kalhspera, prospa8w na mpw sto logariasmo mou sto site gia na dw
thn asfaleia taksidiou alla o kwdikos me SMS den erxetai pote. Patao
"ksanasteile" kai tipota. To kinhto einai to idio poy exw dhlwsei.
Ti mporw na kanw?
Stavroula"""),
("el", "b154-kozani-kalorifer-pateras", "Θεοδώρα Παπαϊωάννου <theodora.papaioannou@example.gr>", "Επείγον - χωρίς θέρμανση ηλικιωμένος", "technical", "high",
"""Καλησπέρα,

Ο πατέρας μου είναι 84 χρονών, μένει μόνος του στην Κοζάνη και από
χθες το πρωί ο λέβητας του πετρελαίου δεν ανάβει. Έξω έχει -6 και
μέσα στο σπίτι 12 βαθμούς. Έχει το πρόγραμμα οικιακής βοήθειας από
εσάς (ΟΒ-204716). Καλέσαμε χθες στις 9 και μας είπαν ότι θα έρθει
τεχνικός μέσα στη μέρα, δεν ήρθε κανείς.

Σας παρακαλώ στείλτε κάποιον σήμερα. Εγώ είμαι στην Αθήνα και δεν
μπορώ να πάω.

Θεοδώρα Παπαϊωάννου
6944 000 217"""),
("el", "b154-myrodia-kamenou-pinakas", "Μιχάλης Ξενάκης <m.xenakis@example.gr>", "Επίσκεψη ηλεκτρολόγου", "technical", "high",
"""Καλημέρα σας,

Την Τρίτη ήρθε ο ηλεκτρολόγος σας, μέσω του προγράμματος οικιακής
βοήθειας, και άλλαξε μια ασφάλεια στον πίνακα που έπεφτε. Από χθες το
βράδυ υπάρχει μια ελαφριά μυρωδιά καμένου πλαστικού κοντά στον
πίνακα και το καπάκι του είναι ζεστό στην αφή.

Κατέβασα τον γενικό διακόπτη για σιγουριά και είμαστε χωρίς ρεύμα.
Μπορεί να ξανάρθει κάποιος να το δει;

Μιχάλης Ξενάκης
Ηράκλειο"""),
("el", "b154-gl-tablet-fouskwse", "Apostolis Gewrgiou <apostolis.g@example.gr>", "tablet antikatastash", "technical", "high",
"""Geia sas,
to tablet poy mou steilate gia antikatastash meta th dhlwsh zhmias
zestainetai poly otan fortizei kai shmera to prwi eida oti h o8onh
exei shkw8ei apo th mia akrh, san na fouskwnei kati apo mesa. To
evgala apo th priza kai to afhsa sto mpalkoni panw se plakaki. H mikrh
mou to xrhsimopoiei kathe mera gi auto anhsyxw.
Ti na to kanw?
Apostolhs"""),
("el", "b154-site-prosfora-sfalma-500", "Ιωαννα Κυριακου <ioanna.kyriakou@example.gr>", "Ιστοσελιδα", "technical", "",
"""Γεια σας, προσπαθω να βγαλω προσφορα για ταξιδιωτικη ασφαλεια για
Ιαπωνια και μολις βαζω ημερομηνιες και πατω "Υπολογισμος" βγαζει
"Error 500". Εγινε σε Chrome και σε Edge, απο χθες. Υπαρχει αλλος
τροπος να παρω προσφορα;
Ιωαννα"""),
("el", "b154-praktoreio-den-ekdidei", "Πρακτορείο Ασφαλίσεων Νικολάου <info@nikolaou-asfalistiki.example>", "Πλατφόρμα συνεργατών", "technical", "high",
"""Καλημέρα,

Είμαστε συνεργαζόμενο πρακτορείο στον Βόλο. Από τις 8:30 σήμερα η
πλατφόρμα συνεργατών μάς πετάει έξω αμέσως μετά τη σύνδεση. Δεν
μπορούμε να εκδώσουμε κανένα συμβόλαιο ούτε βεβαίωση ασφάλισης. Έχουμε
πελάτες στο γκισέ που περιμένουν, δύο ιδιοκτήτες χρειάζονται
βεβαίωση σήμερα για να υπογράψουν μισθωτήριο και ήδη τους στείλαμε
πίσω.

Ο υπεύθυνος περιοχής δεν σηκώνει. Παρακαλώ να μας καλέσει κάποιος από
την τεχνική υποστήριξη: 24210 00000.

Γιώργος Νικολάου"""),
("el", "b154-gl-kamera-thamph-meta-episkeyh", "Rena Xatzh <rena.xatzi@example.gr>", "episkeyh kinhtou", "technical", "",
"""Kalhmera, mou epistrepsate to kinhto apo thn episkeyh (zhtoumeno:
spasmeno tzami pisw) kai twra h kamera vgazei oles tis fwtografies
8ampes, san na exei omixlh. Prin thn episkeyh douleue kanonika. Prepei
na to ksanasteilw?
Rena"""),
("el", "b154-ydravlikos-akoma-stazei", "Παρασκευή Λαμπράκη <p.lamprakis@example.gr>", "Διαρροή κουζίνας", "technical", "",
"""Καλησπέρα σας,

Την Παρασκευή ήρθε ο υδραυλικός σας για τη διαρροή κάτω από τον
νεροχύτη και άλλαξε ένα σιφόνι. Από χθες στάζει πάλι, λίγο λιγότερο
από πριν, αλλά το ντουλάπι γεμίζει νερά. Έχω βάλει μια λεκάνη από κάτω.

Μπορείτε να τον ξαναστείλετε;

Παρασκευή Λαμπράκη
Χανιά"""),
("el", "b154-ebike-othoni-sfalma", "Ανδρέας Γαλανός <andreas.galanos@example.gr>", "Ηλεκτρικό ποδήλατο", "technical", "",
"""Γεια σας,

Μετά την πτώση που δήλωσα τον προηγούμενο μήνα, το συνεργαζόμενο
κατάστημα άλλαξε τον πίσω τροχό του ηλεκτρικού μου ποδηλάτου. Από τότε
η οθόνη βγάζει «Ε-07» κάθε λίγα λεπτά και κόβεται η υποβοήθηση του
μοτέρ. Το κατάστημα λέει ότι δεν έχει σχέση με τη δουλειά τους.

Ποιος αναλαμβάνει να το δει;

Ανδρέας"""),
("el", "b154-gl-geia-sas-efarmogh-keno", "Kwstas Mantzaris <kostas.mantz@example.gr>", "Geia sas", "technical", "",
"""meta thn teleytaia enhmerwsh h efarmogh sas mou deixnei "Den vre8hkan
symvolaia" enw exw 2 energa (spiti kai taxidiwtikh). apo to site ta
vlepw kanonika. iphone 13"""),
("el", "b154-rema-plyntirio-meta-episkeyi", "Ευαγγελία Σαββίδου <evangelia.savvidou@example.gr>", "Πλυντήριο μετά την επισκευή", "technical", "high",
"""Καλημέρα,

Ο τεχνικός του προγράμματος οικιακής βοήθειας άλλαξε χθες την αντίσταση
στο πλυντήριο ρούχων. Σήμερα το πρωί, όταν άγγιξα την πόρτα του
πλυντηρίου με βρεγμένο χέρι, με τίναξε ρεύμα. Δεν χτύπησα, είμαι καλά,
αλλά το έβγαλα από την πρίζα και δεν το ξαναχρησιμοποιώ μέχρι να
έρθει κάποιος.

Έχω δύο μικρά παιδιά στο σπίτι. Πότε μπορείτε να στείλετε κάποιον;

Ευαγγελία Σαββίδου"""),
("el", "b154-pdf-symvolaiou-den-anoigei", "Θανάσης Ρούσσος <thanasis.roussos@example.gr>", "Έγγραφα συμβολαίου", "technical", "",
"""Καλησπέρα,

Το συνημμένο PDF με τους όρους του συμβολαίου ασφάλισης γάμου που μου
στείλατε δεν ανοίγει. Βγάζει «Το αρχείο είναι κατεστραμμένο» και στον
υπολογιστή και στο κινητό. Το κατέβασα και από τον λογαριασμό μου στο
site, το ίδιο.

Θανάσης"""),
("el", "b154-efxaristo-kyria-maria-xania", "Ολυμπία Μαρκάκη <olympia.markaki@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω δημόσια την κυρία Μαρία από το γραφείο σας στα
Χανιά. Όταν μας χτύπησε η πλημμύρα στο ενοικιαζόμενο διαμέρισμα, ήρθε η
ίδια να δει τις ζημιές, μου εξήγησε τα πάντα με υπομονή και με πήρε
τηλέφωνο κάθε φορά που υπήρχε κάτι καινούργιο. Σπάνια βρίσκεις
τέτοιους ανθρώπους.

Με εκτίμηση,
Ολυμπία Μαρκάκη"""),
("el", "b154-gl-allagh-thlefwnou-dieythynshs", "Manolis Fragkiadakis <manolis.frag@example.gr>", "allagh stoixeiwn", "general", "",
"""Kalhmera, allaksa spiti kai kinhto. Parakalw enhmerwste ta stoixeia
mou sto symvolaio ths asfaleias podhlatou:
Nea dieythynsh: Agiou Dhmhtriou 45, Peristeri 12132
Neo kinhto: 6977 000 318
To email menei to idio.
Eyxaristw, Manwlhs"""),
("el", "b154-agenis-ypallilos-diefthyntis", "Σταυρούλα Οικονόμου <stavroula.oikonomou@example.gr>", "Παράπονο για υπάλληλο - ζητώ διευθυντή", "general", "high",
"""Κύριοι,

Χθες το μεσημέρι πήγα στο κατάστημά σας στην Ερμού για να ρωτήσω τι
χρειάζεται για τη δήλωση κλοπής του ποδηλάτου μου. Ο υπάλληλος στο
γκισέ δεν σήκωσε καν το βλέμμα από το κινητό του, μου είπε «όλα είναι
στο site, δεν έχω χρόνο για αυτά» και φώναξε τον επόμενο.

Είμαι 68 ετών και δεν τα καταφέρνω με το site. Ζητώ να επικοινωνήσει
μαζί μου ο διευθυντής του καταστήματος.

Σταυρούλα Οικονόμου
210 0000 412"""),
("el", "b154-diagrafi-prosopikon-dedomenon", "Λεωνίδας Καραμήτσος <l.karamitsos@example.gr>", "Αίτημα διαγραφής δεδομένων (GDPR)", "general", "",
"""Αξιότιμοι κύριοι,

Το συμβόλαιο ασφάλισης κατοικιδίου που είχα μαζί σας έληξε τον
Ιανουάριο και δεν το ανανέωσα. Σύμφωνα με το άρθρο 17 του ΓΚΠΔ ζητώ τη
διαγραφή των προσωπικών μου δεδομένων που δεν είστε υποχρεωμένοι εκ
του νόμου να τηρείτε, καθώς και να σταματήσετε να μου στέλνετε
διαφημιστικά μηνύματα.

Παρακαλώ επιβεβαιώστε μου εγγράφως.

Λεωνίδας Καραμήτσος"""),
("el", "b154-gl-veveosi-agglika-panepisthmio", "Eleni Tsoukala <eleni.tsoukala@example.gr>", "bebaiwsh", "general", "",
"""Kalhspera,
fevgw gia ena eksamhno Erasmus sto Amsterdam kai to panepisthmio
zhtaei vevaiwsh asfalishs sta agglika me tis hmeromhnies. Exw thn
taksidiwtikh sas (TA-90217). Mporeite na mou steilete mia tetoia
vevaiwsh? Xreiazetai kati allo apo mena?
Eyxaristw!!
Elenh"""),
("el", "b154-ksexasa-kleidia-patra", "Γεράσιμος Ανδριτσάνος <g.andritsanos@example.gr>", "Ξεχασμένα κλειδιά", "general", "",
"""Καλημέρα,

Ήρθα χθες το απόγευμα στο γραφείο σας στην Πάτρα, στην Κορίνθου, για να
υπογράψω το νέο συμβόλαιο και νομίζω ότι άφησα εκεί τα κλειδιά μου,
ένα μπρελόκ με τον Ολυμπιακό και τρία κλειδιά. Αν τα βρήκατε, περνάω
να τα πάρω.

Γεράσιμος"""),
("el", "b154-xorigia-podilatikos-agonas", "Ποδηλατικός Όμιλος Τρικάλων <info@po-trikalon.example>", "Πρόταση χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Ποδηλατικός Όμιλος Τρικάλων διοργανώνει τον 6ο Ποδηλατικό Γύρο
Τρικάλων στις 12 Οκτωβρίου, με περίπου 400 συμμετέχοντες από όλη τη
Θεσσαλία. Θα θέλαμε να σας προτείνουμε να γίνετε χορηγός της
διοργάνωσης, με προβολή του λογότυπού σας στις μπλούζες, στα πανό και
στην ιστοσελίδα μας.

Στη διάθεσή σας για περισσότερες πληροφορίες.

Με εκτίμηση,
Δημήτρης Λάππας
Πρόεδρος"""),
("el", "b154-orario-katharadeftera", "Αθηνά Κουκουλάκη <athina.koukoulaki@example.gr>", "Ωράριο", "general", "",
"""Καλησπέρα, είναι ανοιχτά τα γραφεία σας την Καθαρά Δευτέρα; Και το
τηλεφωνικό κέντρο; Ευχαριστώ."""),
("el", "b154-gl-spasmeno-skalopati-eisodos", "Xristina Mpalta <christina.mpalta@example.gr>", "to skalopati sthn eisodo sas", "general", "high",
"""Kalhmera,
sto katasthma sas sthn Kalamaria to deytero skalopati sthn eisodo
einai spasmeno sthn akrh kai kounietai. Shmera h mhtera mou (75) to
pathse kai paraligo na pesei, thn epiasa th teleytaia stigmh. O
kyrios mesa eipe oti "to kseroume". Prin xtyphsei kapoios sovara
ftiakste to h toulaxiston valte mia tainia na fainetai.
Xristina"""),
("el", "b154-efxaristo-asfaleia-gamou", "Μυρτώ & Παύλος <myrto.pavlos@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Γεια σας!

Παντρευτήκαμε το Σάββατο στη Σύρο και όλα πήγαν τέλεια, οπότε η
ασφάλεια γάμου δεν χρειάστηκε ευτυχώς. Θέλαμε όμως να πούμε ένα
ευχαριστώ στην Κατερίνα, που τις τελευταίες εβδομάδες απαντούσε σε
όλες τις αγχωμένες ερωτήσεις μας για τον καιρό και τα πλοία μέσα σε
λίγες ώρες. Μας ηρέμησε πολύ!

Μυρτώ και Παύλος"""),
("el", "b154-re-fakelos-periptero", "Κωστας Δρακος <kostas.drakos@example.gr>", "Re: Αποστολή εγγράφων συμβολαίου", "general", "",
"""Καλημερα,
δουλευω ολη μερα και δεν ειμαι σπιτι για να παραλαβω. Ο κουριερ να
αφησει τον φακελο στο περιπτερο στη γωνια (Αγιου Νικολαου και
Πλαπουτα), τον ξερουν εκει. Ευχαριστω.
Κωστας

> Στις 3/6 η Εξυπηρέτηση Πελατών έγραψε:
> Αγαπητέ κύριε Δράκο, τα πρωτότυπα έγγραφα του συμβολαίου ασφάλισης
> ιδιοκτήτη ΑΙ-77410 θα σας αποσταλούν με courier τις επόμενες
> ημέρες. Παρακαλούμε φροντίστε να είναι κάποιος στη διεύθυνσή σας."""),
("el", "b154-gl-pou-einai-oi-oroi", "Nikos Velissariou <nikos.vel@example.gr>", "erwthsh", "general", "",
"""Geia, pou mporw na vrw tous genikous orous ths asfaleias gadget?
Thelw na dw ti isxyei an spasei to kinhto sto eksoteriko. Sto site
vriskw mono to fylladio."""),
("el", "b154-enimerotiki-ekdilosi-idioktites", "Σύλλογος Ιδιοκτητών Ακινήτων Πειραιά <syllogos@idioktites-pir.example>", "Ενημερωτική εκδήλωση για ιδιοκτήτες", "general", "",
"""Κύριοι,

Ο Σύλλογός μας οργανώνει στις 25 Νοεμβρίου ενημερωτική βραδιά για τα
μέλη του με θέμα τις ζημιές σε μισθωμένα ακίνητα και τις ασφαλιστικές
λύσεις. Θα θέλαμε να συμμετάσχει ένας εκπρόσωπός σας ως ομιλητής για
περίπου 20 λεπτά. Η εκδήλωση θα γίνει στα γραφεία μας στην οδό
Καραΐσκου.

Παρακαλούμε ενημερώστε μας αν σας ενδιαφέρει.

Για το ΔΣ,
Ιωάννα Μελά"""),
]
M += [
# ---------------- Spanish ----------------
("es", "b154-renovacion-perro-sube", "Montserrat Vidal <montse.vidal@example.es>", "Renovación póliza de Kira", "billing", "",
"""Buenos días,

Me ha llegado la carta de renovación del seguro de Kira, mi pastora
alemana de 8 años. La cuota pasa de 24,60 € a 41,90 € al mes y este año
solo la hemos llevado al veterinario para las vacunas. ¿Me podéis
explicar a qué se debe una subida así? Si hay una modalidad más básica
que me salga más barata, me interesa antes del día 15, que es cuando
se renueva.

Gracias,
Montse Vidal
Sabadell"""),
("es", "b154-michi-cruzo-arcoiris", "Guadalupe Hernández <lupita.hdz@example.com.mx>", "Póliza de Michi", "billing", "",
"""Hola, buenas tardes.

Les escribo para avisarles que nuestra gatita Michi ya cruzó el arcoíris
el domingo pasado, tenía 16 años. Les pido por favor que ya no me sigan
cobrando los 289 pesos mensuales de su seguro a mi tarjeta. El número
de póliza es MX-MAS-40718.

Muchas gracias por todo este tiempo.
Lupita Hernández"""),
("es", "b154-doble-cobro-seguro-celular", "Matías Ferreyra <matias.ferreyra@example.com.ar>", "Cobro duplicado", "billing", "",
"""Hola, qué tal.

En el resumen de la Visa me aparecen dos débitos de $ 6.850 del seguro
del celular, los dos del 5/6. La cuota es una sola. ¿Me pueden
devolver el que está de más?

Póliza SC-118204.

Saludos,
Matías"""),
("es", "b154-reclamacion-vuelos-responsable", "Íñigo Etxeberria <inigo.etxeberria@example.es>", "Siniestro VJ-30877 - quiero hablar con un responsable", "billing", "high",
"""Buenas tardes,

Es la tercera vez que escribo por el siniestro VJ-30877. Nos cancelaron
el vuelo de vuelta desde Oporto y tuvimos que pagar dos noches más de
hotel (212 €) y billetes nuevos (348 €). Mandé todas las facturas que
me pidieron. Me habéis ingresado 190 € sin ninguna explicación, y en el
teléfono nadie sabe decirme por qué.

No quiero otra respuesta automática. Pido que revise el expediente un
responsable del departamento de siniestros y que me conteste por
escrito con el desglose.

Íñigo Etxeberria
Donostia"""),
("es", "b154-hospital-houston-condusef", "Ricardo Salinas <ricardo.salinas@example.com.mx>", "Reembolso rechazado", "billing", "high",
"""Buen día:

Durante un viaje de trabajo a Houston tuve una apendicitis y me
operaron de urgencia. Pagué de mi bolsa 4,800 dólares del hospital y
mandé todos los comprobantes para el reembolso dentro de su seguro de
gastos médicos en el extranjero (póliza GMX-772015). Ahora me dicen que
se rechaza porque "no se notificó dentro de las 24 horas". Estaba en
el quirófano, ¿cómo iba a notificar?

Si en 10 días hábiles no tengo una respuesta favorable voy a presentar
la queja ante la CONDUSEF y a buscar asesoría legal.

Atentamente,
Ing. Ricardo Salinas Treviño
Monterrey, N.L."""),
("es", "b154-cambio-iban-impago-alquiler", "Pilar Gómez Arranz <pilar.gomez.arranz@example.es>", "Cambio de cuenta", "billing", "",
"""Buenos días:

Tengo contratado con ustedes el seguro de impago de alquiler para mi
piso de la calle Zurita, en Zaragoza (póliza IA-205516). He cambiado de
banco y les ruego que a partir del próximo recibo lo carguen en esta
cuenta:

ES00 0000 0000 0000 0000 0000

Titular: Pilar Gómez Arranz.

Un saludo cordial."""),
("es", "b154-boda-banquete-quebro", "Valentina Ospina <valentina.ospina@example.com.co>", "Seguro de boda - proveedor que cerró", "billing", "",
"""Buenas tardes,

Con mi novio tomamos el seguro de boda con ustedes en febrero (póliza
SB-90412). La empresa de banquetes que contratamos en Medellín cerró de
un día para otro y no contesta, y les habíamos dado un anticipo de
$ 9.500.000. Tenemos el contrato y los comprobantes de las dos
transferencias.

¿Qué tenemos que enviarles para reclamar ese anticipo y en cuánto
tiempo pagan? La boda es en noviembre y tenemos que contratar a otro.

Mil gracias,
Valentina"""),
("es", "b154-patinete-baja-bici", "Javi Morales <javimorales88@example.es>", "seguro bici", "billing", "",
"""Hola, me he pasado al patinete electrico para ir al curro y la bici
la ha heredado mi sobrino, asi que ya no necesito la poliza. Dadla de
baja por favor y si me devolveis la parte que queda del año mejor,
pague 96 euros en enero.
Javi"""),
("es", "b154-asistencia-hogar-contracargo", "Silvina Acosta <silvina.acosta@example.com.ar>", "Baja no procesada", "billing", "high",
"""Señores:

Di de baja la asistencia al hogar por teléfono el 12 de marzo y me
dieron el número de gestión 44871. Igual me siguieron debitando
$ 9.200 en abril, mayo y junio de la tarjeta de crédito.

Ya les escribí dos veces y no me contestó nadie. Si no me devuelven
los tres débitos esta semana, voy a desconocer los cargos con el banco
y hacer la denuncia en Defensa del Consumidor.

Silvina Acosta
Rosario"""),
("es", "b154-re-factura-nif-autonomo", "Alberto Lozano <alberto.lozano@example.es>", "RE: Confirmación de renovación - póliza ALQ-66203", "billing", "",
"""Hola,

Gracias por la confirmación. Como el piso lo alquilo como autónomo, mi
gestor necesita una factura con mis datos fiscales para poder
deducirla, no el recibo del banco. NIF 00000000T, Alberto Lozano
Ruiz, C/ Mayor 8, 3º B, 28013 Madrid.

Un saludo,
Alberto

-----Mensaje original-----
De: Atención al Cliente
Enviado el: martes, 7 de mayo de 2024 9:41
Asunto: Confirmación de renovación - póliza ALQ-66203

Estimado cliente:
Le confirmamos la renovación de su seguro de hogar para arrendadores.
El importe de 318,40 € se cargará en su cuenta en los próximos días."""),
("es", "b154-cuotas-sin-interes-seguro-notebook", "Camila Rojas <camila.rojas@example.cl>", "Consulta pago", "billing", "",
"""Hola! Quiero contratar el seguro para mi notebook nuevo, la
cotización me salió $ 84.900 al año. ¿Se puede pagar en cuotas sin
interés con tarjeta de crédito? ¿O solo mensual con PAC? Gracias!!
Camila"""),
("es", "b154-no-quiero-reembolso-viaje", "Teresa Lorente <teresa.lorente@example.es>", "Póliza de viaje Japón", "billing", "",
"""Buenas tardes:

Contraté un seguro de viaje para Japón en abril (74,50 €), pero hemos
tenido que aplazar el viaje porque a mi marido le han cambiado las
vacaciones. No quiero que me devolváis el dinero; lo que querría es
cambiar las fechas de la póliza al viaje nuevo, del 3 al 17 de
noviembre. ¿Tiene algún coste?

Gracias y un saludo,
Teresa"""),
("es", "b154-deducible-laptop-robada", "Alejandro Pérez <alex.perez@example.com.mx>", "Deducible", "billing", "",
"""Que tal, me robaron la laptop del coche en Puebla y ya levanté el
acta en el MP. En la póliza dice deducible del 20%, ¿es sobre lo que
me costó (28,500 pesos) o sobre el valor de ahorita? ¿Y lo pago yo
aparte o se descuenta de la indemnización?
Saludos"""),
("es", "b154-boda-no-habra-boda", "Nerea Castillo <nerea.castillo@example.es>", "Seguro de boda", "billing", "",
"""Hola,

Os escribo porque al final no habrá boda: Dani y yo lo hemos dejado,
de mutuo acuerdo y sin dramas. Teníamos el seguro de boda contratado
para el 20 de septiembre (SB-31802) y pagamos 185 €. Entiendo que esto
no es un siniestro, pero ¿hay alguna forma de anularlo y recuperar al
menos una parte de la prima?

Gracias,
Nerea"""),
("es", "b154-app-factura-veterinario-no-pago", "Pablo Requena <pablo.requena@example.es>", "App", "technical", "",
"""Hola,

Aclaro de entrada que no es una queja sobre el pago ni sobre la
cobertura. El problema es la app: al adjuntar la factura del
veterinario (un PDF de 300 KB) en el siniestro de Coco, se queda
cargando un rato y luego sale "Error inesperado" y se borra todo lo
que he rellenado. Lo he intentado con wifi y con datos, Android 13, app
actualizada.

¿Lo puedo mandar por correo?

Pablo"""),
("es", "b154-no-puedo-entrar-contrasena", "Rosa María Chávez <rosamaria.chavez@example.com.mx>", "No puedo entrar a mi cuenta", "technical", "",
"""Buenas tardes, quiero entrar al portal para descargar mi póliza de
viaje y me dice "usuario o contraseña incorrectos". Le doy en
"olvidé mi contraseña" y el correo nunca me llega, ya revisé en spam.
Mi usuario es este mismo correo. Gracias."""),
("es", "b154-abuela-burgos-sin-calefaccion", "Sergio Alonso <sergio.alonso@example.es>", "Asistencia urgente - sin calefacción", "technical", "high",
"""Buenos días,

Mi abuela tiene 91 años y vive sola en Burgos. Desde ayer por la tarde
la caldera no se enciende y esta mañana estaban a -4 grados fuera. En
casa tiene 13. Tiene contratada la asistencia de hogar con ustedes
(AH-503318) y llamamos ayer a las siete; nos dijeron que iría un
técnico esta mañana y no ha ido nadie ni nos han llamado.

Le he llevado un radiador eléctrico, pero no puede seguir así. Por
favor, manden a alguien hoy.

Sergio Alonso (nieto)
600 000 214"""),
("es", "b154-olor-gas-gasista-asistencia", "Héctor Benítez <hector.benitez@example.com.ar>", "Visita del técnico del jueves", "technical", "high",
"""Buenas tardes,

El jueves vino el gasista de la asistencia al hogar y cambió la llave
de paso del calefón. El agua caliente anda bien, gracias. Pero desde
ayer hay un olor a gas leve en el lavadero, sobre todo a la mañana.

Cerré la llave general, abrí las ventanas y ya llamé a la
distribuidora por las dudas. Les aviso porque me parece que algo
quedó mal ajustado y alguien tendría que venir a revisarlo.

Héctor Benítez
Córdoba"""),
("es", "b154-movil-sustitucion-se-hincha", "Lucía Serrano <lucia.serrano@example.es>", "Móvil de sustitución", "technical", "high",
"""Hola,

El móvil que me mandasteis de sustitución después del siniestro se
pone muy caliente cuando lo cargo, tanto que quema en la mano, y hoy
he visto que la tapa trasera se ha levantado un poco por una esquina,
como si algo empujara desde dentro. Lo he desenchufado y lo he dejado
en el balcón encima de una baldosa.

Supongo que es la batería. ¿Qué hago con él?

Lucía"""),
("es", "b154-localizador-bici-no-actualiza", "Andrés Cárdenas <andres.cardenas@example.com.co>", "GPS", "technical", "",
"""Buenas, el localizador GPS que me enviaron con el seguro de la bici
dejó de actualizar. En la app aparece la última ubicación en la
oficina el martes, pero la bici está en mi apartamento desde ese día.
Batería al 75%. Ya lo desvinculé y lo volví a vincular dos veces.
¿Qué más puedo hacer?"""),
("es", "b154-inmobiliaria-plataforma-caida", "Administración Fincas Levante <admin@fincaslevante.example>", "Plataforma de mediadores", "technical", "high",
"""Buenos días,

Somos una inmobiliaria de Alicante y gestionamos con ustedes el seguro
de impago de 210 pisos. Desde ayer a primera hora, al entrar en la
plataforma de mediadores sale una página en blanco. No podemos emitir
ni un solo certificado para contratos nuevos: ayer tuvimos que
aplazar tres firmas con inquilinos que ya tenían la mudanza
contratada, hoy otras dos, y los propietarios nos están llamando sin
parar.

Nuestro gestor comercial está de vacaciones. ¿Puede llamarnos alguien
de soporte técnico?

Marta Climent
Responsable de Administración
965 000 118"""),
("es", "b154-laptop-reparada-no-prende", "Daniela Torres <daniela.torres@example.com.mx>", "Reparación RP-40912", "technical", "",
"""Hola,

Me regresaron la laptop del centro de reparación con una hojita que
dice "se cambió conector de carga, equipo probado OK". No prende. No
se enciende el led de carga con ninguno de mis dos cargadores. Está
igual que antes de mandarla.

¿La tengo que volver a mandar? La necesito para la escuela.

Daniela"""),
("es", "b154-web-presupuesto-boda-blanco", "Irene Navarro <irene.navarro@example.es>", "vuestra web", "technical", "",
"""Hola, intento calcular el precio del seguro de boda en la web y
cuando pongo la fecha de la boda y el numero de invitados y le doy a
"Calcular", la pagina se queda en blanco. Probado en el portatil con
Chrome y Firefox y en el movil. Asi no hay manera.
Irene"""),
("es", "b154-chispas-enchufe-electricista", "Francisco Javier Ruiz <fjruiz@example.es>", "Visita electricista", "technical", "high",
"""Buenas tardes:

El electricista que enviaron con la asistencia del hogar cambió el
enchufe de la cocina el miércoles. Desde entonces, cada vez que enchufo
el microondas salta una chispa azul y se oye un chisporroteo, y la
tapa del enchufe está templada. He bajado el diferencial de la cocina
y tiro de un alargador desde el salón.

Les agradecería que alguien volviera a revisarlo.

Francisco Javier Ruiz
Córdoba"""),
("es", "b154-consulta-app-se-cierra", "Nicolás Giménez <nico.gimenez@example.com.ar>", "Consulta", "technical", "",
"""hola, desde la ultima actualizacion la app se me cierra apenas toco
"Mis pólizas". Motorola g32. La desinstale y la volvi a instalar y
nada. Desde la web anda bien"""),
("es", "b154-cerradura-nueva-se-atasca", "Carmen Ibáñez <carmen.ibanez@example.es>", "Cerradura", "technical", "",
"""Buenos días,

El cerrajero de la asistencia me cambió el bombín de la puerta de
entrada el lunes porque la llave se había partido dentro. La cerradura
nueva se atasca: hay que mover la llave un buen rato para que gire y
anoche tardé diez minutos en entrar.

¿Puede volver a pasar a ajustarla?

Carmen Ibáñez"""),
("es", "b154-no-llega-codigo-verificacion", "Emiliano Vargas <emiliano.vargas@example.com.mx>", "Código de verificación", "technical", "",
"""Buenas, estoy dando de alta mi cuenta para ver la póliza del seguro
de mi perrita y el código de verificación por correo no me llega, ni
en spam. Ya le di a reenviar como cinco veces. Otros correos sí me
llegan normal.
Gracias"""),
("es", "b154-gracias-tramitadora-lola", "Rafael Muñoz <rafael.munoz@example.es>", "Agradecimiento", "general", "",
"""Buenas tardes,

Solo quería dar las gracias a Lola, del departamento de siniestros.
Cuando operaron a nuestro perro Tango en primavera nos llamó cada vez
que dijo que nos llamaría, nos explicó todo con mucha paciencia y nunca
nos hizo sentir que la estábamos molestando. En unas semanas muy malas
se agradece muchísimo.

Por favor, hacédselo llegar a ella y a su responsable.

Rafael Muñoz
Granada"""),
("es", "b154-cambio-domicilio-mail", "Florencia Quiroga <flor.quiroga@example.com.ar>", "actualizar datos", "general", "",
"""Hola! me mude, les paso el domicilio nuevo para la poliza del seguro
de la bici:
Av. Corrientes 4120, 5° C, CABA (1194)
El celular sigue siendo el mismo. Gracias!"""),
("es", "b154-ajustador-grosero-gerente", "Verónica Salazar <veronica.salazar@example.com.mx>", "Queja sobre su ajustador", "general", "high",
"""Buenas tardes:

El martes vino a mi departamento su ajustador por la fuga de agua que
reporté. Desde que llegó fue grosero: me dijo que "seguro yo había
dejado la llave abierta", se burló de cómo tengo la casa y le habló
feo a mi mamá, que tiene 80 años.

Exijo hablar con un gerente o con el responsable de ajustadores. No
quiero un correo de disculpa genérico.

Verónica Salazar
Querétaro
442 000 0871"""),
("es", "b154-rgpd-grabaciones-llamadas", "Jorge Molina Sáez <jorge.molina@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

En virtud del artículo 15 del RGPD, solicito copia de todos los datos
personales que tienen sobre mí, incluidas las grabaciones de las
llamadas que hice al departamento de siniestros entre febrero y abril
de este año y las notas de mi expediente.

Póliza de viaje VJ-508137. Adjunto copia de mi DNI.

Atentamente,
Jorge Molina Sáez"""),
("es", "b154-marruecos-cubre-cobertura", "Yolanda Prieto <yolanda.prieto@example.es>", "Viaje a Marruecos", "general", "",
"""Hola, tengo vuestro seguro anual de viajes. En octubre nos vamos una
semana a Marrakech y al desierto: ¿estamos cubiertos en Marruecos o
solo en Europa? ¿Y hay que llevar algún papel impreso por si tenemos
que ir a un hospital allí?
Gracias!"""),
("es", "b154-gafas-oficina-medellin", "Gloria Patiño <gloria.patino@example.com.co>", "Mis gafas", "general", "",
"""Buenos días,

El miércoles estuve en su oficina de El Poblado, en Medellín, para
entregar unos documentos del seguro, y creo que dejé mis gafas en el
escritorio de la señorita que me atendió. Son de montura roja, en un
estuche negro. ¿Me podrían confirmar si están ahí? Paso a recogerlas.

Muchas gracias,
Gloria Patiño"""),
("es", "b154-patrocinio-club-ciclista", "Club Ciclista Turia <junta@ccturia.example>", "Propuesta de patrocinio - Marcha Cicloturista", "general", "",
"""Buenos días:

Desde el Club Ciclista Turia, de Valencia, organizamos en octubre
nuestra 12ª Marcha Cicloturista, con unos 700 participantes. Muchos de
nuestros socios tienen la bici asegurada con vosotros.

¿Os interesaría patrocinar la marcha o aportar algún premio para el
sorteo? A cambio, vuestro logo iría en los maillots, en el arco de
salida y en nuestras redes.

Un saludo,
Vicente Llorens
Secretario"""),
("es", "b154-horario-guadalajara-festivo", "Martha Aguilar <martha.aguilar@example.com.mx>", "Horario", "general", "",
"""Buenas, ¿la oficina de Guadalajara abre el 16 de septiembre? Quiero
pasar a entregar unos papeles. Gracias."""),
("es", "b154-cristal-roto-rincon-infantil", "Beatriz Sanz <beatriz.sanz@example.es>", "Zona infantil de vuestra oficina", "general", "high",
"""Hola,

Esta mañana he estado en vuestra oficina de la calle Larios, en
Málaga, con mi hijo de tres años. En el rincón infantil de la sala de
espera hay un cristal de la mesita roto, con un trozo suelto por el
suelo entre los juguetes. Se lo he dicho a la chica de recepción y me
ha contestado que ya lo sabían.

Un niño se va a cortar. Por favor, retiradlo cuanto antes.

Beatriz Sanz"""),
("es", "b154-hola-felicitaciones-atencion", "Osvaldo Paz <osvaldo.paz@example.com.ar>", "Hola", "general", "",
"""Hola, quería felicitarlos. Llamé el sábado a la noche por una duda
con el seguro de viaje, estaba en el aeropuerto de Ezeiza medio
nervioso, y el chico que me atendió (Santiago) fue un genio, rápido y
clarísimo. Da gusto.
Osvaldo"""),
("es", "b154-re-entrega-documentacion-portero", "Ana Belén Díez <anabelen.diez@example.es>", "Re: Envío de documentación original", "general", "",
"""Hola,

Entre semana no estoy en casa. Por favor, que el mensajero deje el
sobre al portero de la finca (Antonio, de 8 a 14h), que ya está avisado.

Gracias,
Ana Belén

El 4/6/2024, a las 10:12, Atención al Cliente escribió:
> Estimada Sra. Díez:
> Le informamos de que la documentación original de su póliza de
> arrendador ALQ-71024 se enviará por mensajería en los próximos días.
> Por favor, asegúrese de que haya alguien en el domicilio."""),
("es", "b154-nombre-perro-mal-poliza", "Felipe Contreras <felipe.contreras@example.cl>", "Póliza 55-2301", "general", "",
"""Hola, en la póliza de mi perro aparece como "Toby" y se llama
"Tobías", y la fecha de nacimiento está mal: es 03/2019, no 03/2018.
¿Pueden corregirlo? El veterinario ya me preguntó por qué no coincide
con su carnet.
Felipe Contreras"""),
("es", "b154-tecnico-fumo-casa-escalar", "Manuel Prieto <manuel.prieto@example.es>", "Queja - técnico de asistencia", "general", "high",
"""Buenas tardes:

El martes vino a casa el técnico de la asistencia para revisar el
termo. Fumó dentro de casa sin preguntar, habló de malas maneras a mi
mujer y dejó el suelo del baño lleno de barro. El termo lo arregló,
eso sí.

Quiero que esta queja la vea alguien con responsabilidad en la empresa,
no el propio técnico ni la contrata. Les pido que la escalen.

Manuel Prieto
Valladolid"""),
]
M += [
# ---------------- Polish ----------------
("pl", "b154-odnowienie-kot-skladka", "Agnieszka Wróblewska <a.wroblewska@example.pl>", "Odnowienie polisy - Filemon", "billing", "",
"""Dzień dobry,

dostałam dziś propozycję odnowienia ubezpieczenia mojego kota
Filemona. Składka rośnie z 49 zł na 87 zł miesięcznie, a w tym roku nie
zgłaszaliśmy żadnej szkody, był tylko na szczepieniu. Z czego wynika
taka podwyżka? Czy jest jakiś tańszy wariant, na który mogłabym przejść
przed 20., kiedy polisa się odnawia?

Pozdrawiam
Agnieszka Wróblewska"""),
("pl", "b154-burek-teczowy-most", "Henryk Zawadzki <henryk.zawadzki@example.pl>", "Polisa psa", "billing", "",
"""Dzien dobry,

nasz Burek odszedl w zeszlym tygodniu za teczowy most, mial 15 lat.
Prosze nie pobierac juz skladek z mojego konta i nie odnawiac polisy
nr ZW-318844.

Dziekuje za te lata.
Henryk Zawadzki
Bialystok"""),
("pl", "b154-podwojne-obciazenie-telefon", "Karolina Mazur <karolina.mazur@example.pl>", "Dwie płatności", "billing", "",
"""Dzień dobry,

za ubezpieczenie telefonu (polisa UT-77023) pobraliście w tym miesiącu
dwa razy po 19,99 zł, obie płatności 4 czerwca. Składka jest jedna.
Proszę o zwrot nadpłaconej kwoty.

Karolina Mazur"""),
("pl", "b154-leczenie-turcja-rzecznik", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "Odmowa wypłaty - szkoda PZ-60431", "billing", "high",
"""Szanowni Państwo,

w lipcu w Alanyi trafiłem do szpitala z zapaleniem wyrostka i zostałem
zoperowany. Zapłaciłem z własnej kieszeni równowartość 14 300 zł i
złożyłem wszystkie dokumenty. Dostałem odmowę z uzasadnieniem, że nie
zgłosiłem zdarzenia do centrum alarmowego przed leczeniem. Leżałem na
stole operacyjnym.

Jeżeli w ciągu 14 dni decyzja nie zostanie zmieniona, złożę wniosek do
Rzecznika Finansowego i skieruję sprawę do sądu. Mam już kontakt z
kancelarią.

Tomasz Kaczmarek
Poznań"""),
("pl", "b154-odwolany-lot-kierownik", "Magdalena Sikora <magda.sikora@example.pl>", "Szkoda PR-22918 - proszę o kontakt przełożonego", "billing", "high",
"""Dzień dobry,

piszę już trzeci raz w sprawie szkody PR-22918. Nasz lot powrotny z
Malagi został odwołany, musieliśmy dopłacić do hotelu 1 180 zł i kupić
nowe bilety za 1 640 zł. Wysłałam wszystkie faktury. Wypłaciliście
860 zł bez żadnego wyliczenia, a konsultanci na infolinii nie potrafią
powiedzieć, skąd ta kwota.

Nie chcę kolejnej odpowiedzi z szablonu. Proszę, żeby sprawę przejrzał
kierownik działu likwidacji szkód i odpowiedział mi na piśmie.

Magdalena Sikora"""),
("pl", "b154-mieszkanie-wynajem-raty-rocznie", "Paweł Dudek <pawel.dudek@example.pl>", "Płatność za polisę", "billing", "",
"""Dzień dobry,

mam u Państwa ubezpieczenie mieszkania na wynajem we Wrocławiu (polisa
MW-401925) płatne kwartalnie po 148 zł. Przy odnowieniu chciałbym
zapłacić za cały rok z góry. Czy wtedy przysługuje jakaś zniżka i jak
mam to zrobić, przelewem czy kartą?

Pozdrawiam,
Paweł Dudek"""),
("pl", "b154-sala-weselna-upadlosc", "Justyna Pawlak <justyna.pawlak@example.pl>", "Ubezpieczenie wesela - sala zamknięta", "billing", "",
"""Dzień dobry,

w styczniu wykupiliśmy u Państwa ubezpieczenie wesela (polisa WS-70214).
Właśnie dowiedzieliśmy się, że dom weselny pod Rzeszowem, w którym
mieliśmy mieć przyjęcie, ogłosił upadłość, a zaliczki nikt nie zwraca.
Wpłaciliśmy 12 000 zł w dwóch ratach, mamy umowę i potwierdzenia
przelewów.

Co musimy przesłać, żeby odzyskać zaliczkę z polisy, i jak długo trwa
wypłata? Ślub jest we wrześniu, musimy szybko szukać innej sali.

Justyna i Michał"""),
("pl", "b154-rower-dla-corki-gdansk", "Zbigniew Lis <zbigniew.lis@example.pl>", "rower", "billing", "",
"""Dzien dobry, rower oddalem corce, ktora od pazdziernika studiuje w
Gdansku i tam go zabrala, sama go sobie ubezpieczy. Prosze zamknac
moja polise i zwrocic niewykorzystana czesc skladki, placilem 210 zl
w marcu.
Z.Lis"""),
("pl", "b154-assistance-chargeback-bank", "Renata Górska <renata.gorska@example.pl>", "Pobrania po rezygnacji", "billing", "high",
"""Szanowni Państwo,

z usługi assistance domowego zrezygnowałam telefonicznie 8 marca,
dostałam numer zgłoszenia 55120. Mimo to pobieracie z mojej karty
14,90 zł co miesiąc - w kwietniu, maju i czerwcu.

Pisałam już dwa razy, bez odpowiedzi. Jeśli do końca tygodnia nie
zwrócicie 44,70 zł, złożę w banku reklamację transakcji (chargeback) i
zablokuję kolejne obciążenia.

Renata Górska"""),
("pl", "b154-re-faktura-vat-nip", "Biuro Rachunkowe Kalina <biuro@kalina-ksiegowosc.example>", "Odp: Potwierdzenie odnowienia polisy MW-518206", "billing", "",
"""Dzień dobry,

dziękujemy za potwierdzenie. Nasz klient wynajmuje mieszkanie w ramach
działalności gospodarczej i potrzebujemy faktury na firmę, a nie samego
potwierdzenia. Dane: Jan Nowicki Usługi Remontowe, NIP 000-000-00-00,
ul. Ogrodowa 12, 20-001 Lublin.

Z poważaniem
Ewa Kalina
Biuro Rachunkowe Kalina

-----Wiadomość oryginalna-----
Od: Obsługa Klienta
Wysłano: wtorek, 14 maja 2024 10:05
Temat: Potwierdzenie odnowienia polisy MW-518206

Szanowny Panie,
potwierdzamy odnowienie polisy MW-518206. Składka w wysokości 624,00 zł
została zaksięgowana."""),
("pl", "b154-kontrakt-norwegia-zawiesic-rower", "Łukasz Jabłoński <lukasz.jablonski@example.pl>", "Zawieszenie polisy", "billing", "",
"""Cześć,

od września jadę na pół roku na kontrakt do Stavanger, a rower zostaje
zamknięty w piwnicy u rodziców w Opolu. Nikt nim nie będzie jeździł.
Czy mogę zawiesić ubezpieczenie na ten czas i nie płacić 24 zł
miesięcznie? Po powrocie chcę je wznowić.

Łukasz"""),
("pl", "b154-nowy-telefon-przeniesienie-polisy", "Monika Szymańska <monika.szymanska@example.pl>", "Nowy telefon", "billing", "",
"""Dzień dobry,

kupiłam nowy telefon, a stary oddałam mamie. Nie chcę rezygnować z
ubezpieczenia ani zwrotu pieniędzy - chcę tylko przenieść polisę na
nowy telefon (iPhone 15, kupiony 2 tygodnie temu). Czy składka się
zmieni i czy muszę coś dopłacić?

Pozdrawiam
Monika"""),
("pl", "b154-kod-rabatowy-schronisko", "Ola Czarnecka <ola.czarnecka@example.pl>", "kod rabatowy", "billing", "",
"""Hej, adoptowałam psa ze schroniska i w pakiecie adopcyjnym była ulotka
z kodem SCHRONISKO20 na 20% zniżki na ubezpieczenie. Wpisałam go, ale
przy płatności nic nie odjęło i zapłaciłam pełne 39 zł. Da się to
poprawić albo zwrócić różnicę?
Ola"""),
("pl", "b154-odszkodowanie-rower-przelew-kiedy", "Grzegorz Wójcik <grzegorz.wojcik@example.pl>", "Szkoda RW-11730", "billing", "",
"""Dzień dobry,

dostałem decyzję o wypłacie odszkodowania za skradziony rower (3 850 zł).
Minęło 10 dni roboczych i na koncie nadal nic nie ma. Na jaki numer
konta poszedł przelew? Przy zgłoszeniu podawałem konto w mBanku, ale
potem zmieniłem bank i nie wiem, czy to do Państwa dotarło.

Grzegorz Wójcik"""),
("pl", "b154-aplikacja-faktura-weterynarz", "Bartosz Michalski <bartosz.michalski@example.pl>", "Aplikacja - dodawanie dokumentów", "technical", "",
"""Dzień dobry,

od razu zaznaczę, że to nie jest sprawa rozliczeń ani wysokości
zwrotu. Problem jest z aplikacją: przy zgłoszeniu szkody dla psa
(Kajtek, zapalenie ucha) próbuję dodać fakturę od weterynarza w PDF,
ma 350 KB. Pasek ładowania dochodzi do końca i wyskakuje "Wystąpił
błąd", a formularz się czyści. Próbowałem na Wi-Fi i na LTE, Android
14, aplikacja zaktualizowana.

Czy mogę przesłać fakturę mailem?

Bartosz Michalski"""),
("pl", "b154-nie-moge-zalogowac-sms", "Danuta Kubiak <danuta.kubiak@example.pl>", "logowanie", "technical", "",
"""Dzien dobry, nie moge sie zalogowac na konto, bo nie przychodzi kod
SMS. Klikam "wyslij ponownie" i nic. Numer telefonu jest ten sam co
podalam przy polisie. Z banku SMS-y dochodza normalnie.
Danuta Kubiak"""),
("pl", "b154-babcia-suwalki-bez-ogrzewania", "Marek Olszewski <marek.olszewski@example.pl>", "Pilne - brak ogrzewania u starszej osoby", "technical", "high",
"""Dzień dobry,

moja babcia ma 88 lat i mieszka sama w Suwałkach. Od wczoraj wieczorem
nie działa jej piec gazowy, dziś rano było tam -9 stopni, w mieszkaniu
ma 13. Ma u Państwa assistance domowe (AD-302719). Zgłosiliśmy awarię
wczoraj o 19:00, obiecano hydraulika na dzisiejsze przedpołudnie i nikt
nie przyjechał ani nie zadzwonił.

Zawiozłem jej farelkę, ale tak nie może zostać. Bardzo proszę o
przysłanie kogoś jeszcze dziś.

Marek Olszewski (wnuk)
600 000 318"""),
("pl", "b154-zapach-gazu-po-hydrauliku", "Ireneusz Kowalczyk <ireneusz.kowalczyk@example.pl>", "Wizyta hydraulika 12.06", "technical", "high",
"""Dzień dobry,

w środę Państwa hydraulik z assistance wymienił zawór przy piecyku
gazowym w łazience. Ciepła woda jest, dziękuję. Od wczoraj jednak czuć
w łazience lekki zapach gazu, najbardziej rano.

Zakręciłem gaz przy liczniku, otworzyłem okna i na wszelki wypadek
zadzwoniłem na pogotowie gazowe. Piszę też do Państwa, bo chyba coś
zostało źle dokręcone i ktoś powinien to sprawdzić.

Ireneusz Kowalczyk
Kraków"""),
("pl", "b154-laptop-zastepczy-bateria-puchnie", "Weronika Adamczyk <weronika.adamczyk@example.pl>", "Laptop z wymiany", "technical", "high",
"""Dzień dobry,

laptop, który dostałam od Państwa w ramach ubezpieczenia sprzętu po
zalaniu poprzedniego, bardzo się grzeje przy ładowaniu, a od wczoraj
touchpad jest wypchnięty do góry i nie klika, jakby coś go podnosiło
od spodu. Czytałam, że tak wygląda spuchnięta bateria. Odłączyłam
zasilacz, laptop leży na parapecie i go nie używam.

Co mam z nim zrobić?

Weronika Adamczyk"""),
("pl", "b154-lokalizator-roweru-nie-odswieza", "Kamil Baran <kamil.baran@example.pl>", "Lokalizator GPS", "technical", "",
"""Dzień dobry, lokalizator GPS dołączony do ubezpieczenia roweru
przestał się odświeżać. W aplikacji ostatnia pozycja to parking pod
pracą we wtorek, a rower od tamtej pory stoi u mnie na balkonie.
Bateria 70%. Dwa razy go rozparowałem i sparowałem ponownie. Co jeszcze
mogę zrobić?"""),
("pl", "b154-agencja-system-nie-dziala", "Agencja Ubezpieczeniowa Polisa-Plus <biuro@polisaplus.example>", "System agencyjny", "technical", "high",
"""Dzień dobry,

jesteśmy agencją w Toruniu. Od rana system agencyjny po zalogowaniu
pokazuje pustą stronę. Nie możemy wystawić żadnej polisy ani
zaświadczenia - klienci siedzą u nas przy biurkach i czekają, dwóch
właścicieli mieszkań potrzebuje dziś zaświadczenia do podpisania umów
najmu, a jednego już odesłaliśmy z niczym.

Opiekun regionalny nie odbiera. Prosimy o telefon od wsparcia
technicznego: 56 000 04 12.

Anna Lewandowska
Agencja Polisa-Plus"""),
("pl", "b154-telefon-po-naprawie-glosnik", "Patrycja Kozłowska <patrycja.kozlowska@example.pl>", "Naprawa NP-40177", "technical", "",
"""Dzień dobry,

telefon wrócił z serwisu po wymianie zbitego ekranu i ekran jest super,
ale teraz nie działa głośnik przy rozmowach - ja słyszę rozmówcę
tylko na głośnomówiącym. Przed naprawą wszystko było w porządku. Mam
go odesłać jeszcze raz?

Patrycja"""),
("pl", "b154-formularz-szkody-nie-wysyla", "Robert Nowak <robert.nowak82@example.pl>", "formularz zgloszenia szkody", "technical", "",
"""Dzien dobry, probuje zglosic szkode (zalany laptop) przez formularz
na stronie i po kliknieciu "Wyslij" kreci sie kolko i nic sie nie
dzieje, zadnego potwierdzenia ani maila. Probowalem 4 razy, Chrome i
Edge. Czy zgloszenie w ogole doszlo?
Robert Nowak"""),
("pl", "b154-porazenie-wlacznik-elektryk", "Elżbieta Krawczyk <elzbieta.krawczyk@example.pl>", "Po wizycie elektryka", "technical", "high",
"""Dzień dobry,

we wtorek elektryk z Państwa assistance wymieniał u mnie włącznik
światła w przedpokoju. Dziś rano, gdy go włączyłam, kopnął mnie prąd -
poczułam mocne mrowienie w palcach aż do łokcia. Nic mi nie jest, ale
wykręciłam bezpiecznik od tego obwodu i nie korzystam z włącznika.

Mam w domu wnuki, proszę o przysłanie kogoś możliwie szybko.

Elżbieta Krawczyk
Gliwice"""),
("pl", "b154-pytanie-aplikacja-brak-polis", "Adrian Wieczorek <adrian.wieczorek@example.pl>", "Pytanie", "technical", "",
"""po ostatniej aktualizacji aplikacja pokazuje "Nie masz jeszcze zadnych
polis", a mam dwie aktywne (mieszkanie i podroz). Na stronie w
przegladarce wszystko widac. iPhone 13.
Adrian"""),
("pl", "b154-kran-dalej-cieknie", "Halina Jasińska <halina.jasinska@example.pl>", "Cieknący kran", "technical", "",
"""Dzień dobry,

w piątek był u mnie Państwa hydraulik i wymienił uszczelkę w kranie w
kuchni. Od wczoraj znowu kapie, może trochę mniej niż przedtem, ale
całą noc słychać. Czy mógłby przyjść jeszcze raz?

Z poważaniem
Halina Jasińska"""),
("pl", "b154-link-do-polisy-wygasl", "Sebastian Grabowski <seb.grabowski@example.pl>", "Link do dokumentów", "technical", "",
"""Dzień dobry, w mailu z polisą podróżną jest link "Pobierz dokumenty",
ale po kliknięciu wyświetla się "Link wygasł lub jest nieprawidłowy".
Mail przyszedł wczoraj. Na koncie klienta dokumentów też nie ma. Wylatuję
w sobotę, więc wolałbym mieć je w telefonie.
Sebastian"""),
("pl", "b154-podziekowanie-likwidatorka-ewa", "Jadwiga Sobczak <jadwiga.sobczak@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałabym bardzo podziękować pani Ewie z działu szkód. Gdy w lutym
zalało nasze mieszkanie, które wynajmujemy studentom, pani Ewa
cierpliwie wszystko mi tłumaczyła, oddzwaniała zawsze, kiedy obiecała,
i ani razu nie dała mi odczuć, że zawracam głowę. Rzadko się dziś
spotyka taką życzliwość.

Proszę przekazać te słowa jej i jej przełożonym.

Jadwiga Sobczak
Łódź"""),
("pl", "b154-zmiana-nazwiska-adresu-slub", "Natalia Zielińska <natalia.zielinska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Kamińska na Zielińska i przeprowadziłam
się. Proszę o zmianę danych na polisie rowerowej:
nowe nazwisko: Zielińska
nowy adres: ul. Słowackiego 7/3, 35-060 Rzeszów
Telefon bez zmian. Czy potrzebujecie skanu aktu małżeństwa?

Natalia Zielińska"""),
("pl", "b154-konsultantka-przelozony", "Wojciech Pietrzak <wojciech.pietrzak@example.pl>", "Skarga na konsultantkę", "general", "high",
"""Dzień dobry,

w piątek zadzwoniłem, żeby zgłosić śmierć naszej suczki Luny i zapytać,
co dalej z polisą. Konsultantka parsknęła śmiechem, kiedy
powiedziałem, że Luna połknęła skarpetkę, i rzuciła "no, to
oryginalne". Żona płakała obok.

Żądam kontaktu z przełożonym tej pani albo kierownikiem infolinii. Nie
chcę maila z przeprosinami z automatu.

Wojciech Pietrzak
tel. 600 000 771"""),
("pl", "b154-rodo-kopia-danych-nagrania", "Krzysztof Walczak <krzysztof.walczak@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o kopię wszystkich moich danych
osobowych, które Państwo przetwarzają, w tym nagrań moich rozmów z
infolinią z okresu styczeń-kwiecień br. oraz notatek w sprawie szkody
PZ-44102.

Z poważaniem
Krzysztof Walczak"""),
("pl", "b154-nurkowanie-egipt-pytanie", "Dominika Kaźmierczak <dominika.kazmierczak@example.pl>", "Wyjazd do Egiptu", "general", "",
"""Dzień dobry, mam u Was roczną polisę podróżną. W listopadzie lecimy
do Hurghady i chcemy zrobić kurs nurkowania. Czy polisa obejmuje
nurkowanie, czy to sport wysokiego ryzyka? I czy w razie czego szpital
tam od razu zaakceptuje polisę, czy trzeba mieć coś wydrukowanego?
Dominika"""),
("pl", "b154-szalik-placowka-lublin", "Teresa Michalak <teresa.michalak@example.pl>", "Zgubiony szalik", "general", "",
"""Dzien dobry,
bylam w czwartek w Panstwa placowce przy Krakowskim Przedmiesciu w
Lublinie i chyba zostawilam tam na krzesle szalik, welniany w kratke,
zielono-granatowy. Pamiatka po mamie. Jesli sie znalazl, prosze o
informacje, odbiore osobiscie.
Teresa Michalak"""),
("pl", "b154-bieg-charytatywny-schronisko", "Fundacja Psia Łapa <kontakt@psialapa.example>", "Partner biegu charytatywnego", "general", "",
"""Dzień dobry,

Fundacja Psia Łapa organizuje w czerwcu w Gdyni bieg charytatywny z
psami "Biegnij z Pupilem", z którego dochód trafi do schroniska w
Ciapkowie. Spodziewamy się ok. 500 uczestników.

Czy byliby Państwo zainteresowani zostaniem partnerem wydarzenia lub
ufundowaniem nagród? Logo pojawiłoby się na numerach startowych i w
naszych mediach.

Pozdrawiamy serdecznie,
Karolina Stępień"""),
("pl", "b154-godziny-wigilia", "Stanisław Kaczor <stanislaw.kaczor@example.pl>", "Godziny otwarcia", "general", "",
"""Do której otwarta jest placówka w Katowicach w Wigilię? Chcę
przynieść dokumenty."""),
("pl", "b154-oblodzone-schody-placowka", "Beata Domańska <beata.domanska@example.pl>", "Schody przed placówką", "general", "high",
"""Dzień dobry,

schody przed Państwa placówką przy ul. Piotrkowskiej w Łodzi są od
rana całe oblodzone i nieposypane. Mój tata (81 lat, chodzi o lasce)
poślizgnął się na drugim stopniu i nie upadł tylko dlatego, że
trzymałam go pod rękę. Pani w okienku powiedziała, że "to sprawa
zarządcy budynku".

Ktoś się tam w końcu połamie. Proszę to jak najszybciej posypać.

Beata Domańska"""),
("pl", "b154-dziekuje-chorwacja-assistance", "Jacek Malinowski <jacek.malinowski@example.pl>", "Dziękuję!", "general", "",
"""Dzień dobry!

Chciałem tylko podziękować. W sierpniu synowi w Splicie spuchła noga
po ukąszeniu, zadzwoniłem na Wasze centrum alarmowe o 23:00 i pani
Kasia w 20 minut znalazła nam przychodnię blisko hotelu i wszystko
załatwiła. Wróciliśmy zadowoleni, a syn już biega.

Pozdrowienia z Bydgoszczy,
Jacek"""),
("pl", "b154-odp-dokumenty-u-sasiada", "Mirosław Kamiński <miroslaw.kaminski@example.pl>", "Odp: Wysyłka oryginałów polisy", "general", "",
"""Dzień dobry,

w dzień pracuję i nie ma mnie w domu. Proszę, żeby kurier zostawił
kopertę u sąsiadki spod 5 (pani Bożena), jest uprzedzona.

Pozdrawiam
M. Kamiński

W dniu 3.06.2024 o 10:14 Obsługa Klienta pisze:
> Szanowny Panie,
> oryginały dokumentów polisy MW-90311 zostaną wysłane kurierem w
> ciągu kilku dni roboczych. Prosimy o zapewnienie obecności osoby
> uprawnionej do odbioru."""),
("pl", "b154-polisa-corka-osoba-kontaktowa", "Irena Zając <irena.zajac@example.pl>", "Polisa nr ZW-270018", "general", "",
"""Dzień dobry,

jestem w starszym wieku i nie zawsze słyszę dobrze przez telefon.
Chciałabym, żeby w sprawach mojej polisy mogła się z Państwem
kontaktować również moja córka, Agata Zając, tel. 600 000 512. Co
muszę w tym celu podpisać?

Z poważaniem
Irena Zając"""),
("pl", "b154-targi-slubne-zaproszenie", "Targi Ślubne Poznań <wystawcy@targislubne-pzn.example>", "Zaproszenie dla wystawców", "general", "",
"""Szanowni Państwo,

zapraszamy do udziału w charakterze wystawcy w Poznańskich Targach
Ślubnych, które odbędą się 18-19 stycznia. W ubiegłym roku odwiedziło
nas ponad 6 000 par. Ubezpieczenie wesela to temat, o który
narzeczeni coraz częściej pytają, a w tej kategorii nie mamy jeszcze
żadnego wystawcy.

W załączeniu plan hali i warunki udziału.

Z pozdrowieniami
Marta Kubacka
Dział Wystawców"""),
]
