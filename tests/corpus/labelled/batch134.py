# batch134.py -- labelled mails held out of the tree until the rules it
# measures are final, so that nothing is tuned or trained on them.
# Mostly public services this time: vehicle tax,
# fishing and hunting licences, building permits and planning
# applications, birth and marriage certificates, public pool bookings,
# local taxes.  The failure classes in these situations -- escalation
# demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that say nothing or quote an earlier
# mail, plans ended or paused in other words, outages of a business told
# only by their consequences, safety hazards told calmly, praise,
# payment questions -- and everyday mail of all three queues.
# 40 mails per language, written separately for each language.
M += [
# ---------------- English ----------------
("en", "b134-vehicle-tax-dd-twice", "Graham Pollard <graham.pollard@example.co.uk>", "Vehicle tax direct debit", "billing", "",
"""Hello,

I pay the vehicle tax on my Skoda (reg ends 4KX) monthly by direct debit.
This month two payments of 15.75 went out, one on the 1st and another on
the 3rd. My statement shows both with the same reference. Could you look
into it and return the second one please?

Regards,
Graham Pollard"""),
("en", "b134-sold-car-tax-left", "Shauna Birch <shauna.birch@example.co.uk>", "Hello", "billing", "",
"""Hi,

I sold my car privately on 12 May and sent off the form the same day. I'd
paid 12 months' tax in one go back in January so there should be some
left over. Nothing has come through yet - how long does the refund
normally take and will it be a cheque or straight to my bank?

Thanks
Shauna"""),
("en", "b134-motor-tax-six-months", "Declan Fahy <declan.fahy@example.ie>", "Motor tax - wrong period", "billing", "",
"""Hi there,

I renewed the motor tax on the van online last night and it went through
for 12 months at 333 euro. I only wanted 6 months as it's going off the
road in the autumn. Can ye cancel it and let me pay for the 6 months, or
refund the difference? Disc hasn't arrived yet if that makes any
difference.

Declan
087 555 0142"""),
("en", "b134-deer-tag-not-drawn", "Travis Hensley <t.hensley@example.com>", "Antlerless tag fee", "billing", "",
"""I applied for an antlerless deer tag for Unit 14 and paid the $34
application fee plus the $45 tag fee on the same card. Got the email
saying I wasn't drawn this year, which is fine, but only the $45 has come
back. Was the $34 supposed to be refunded too or is that kept either way?
Not mad, just want to know so I budget right next year.

Travis Hensley"""),
("en", "b134-rates-quarterly-pensioner", "Margaret O'Loughlin <marg.oloughlin@example.com.au>", "Rates", "billing", "",
"""Good morning,

I have just received the rates notice for 2024-25 which says $2,184.00 due
in full by 30 September. I am on the aged pension and would much prefer to
pay it in four quarterly instalments as I did when my husband was alive.
Is that still allowed? And do I still get the pensioner rebate, because I
can't see it on the notice this year.

Kind regards,
Margaret O'Loughlin"""),
("en", "b134-knees-pool-membership", "Bernard Salt <bernard.salt@example.co.uk>", "Swimming", "billing", "",
"""Dear Leisure Centre,

After 11 years of early morning lengths my knees have finally handed in
their notice and the consultant has told me to stop swimming altogether.
Please would you cancel my monthly Swim Plus membership (29.50) so that
nothing further is taken after this month.

Many thanks to the staff at the Halton pool for all those years.

Bernard Salt"""),
("en", "b134-mother-council-tax-credit", "Alison Brady <alison.brady@example.co.uk>", "Council tax - 7 Orchard Close", "billing", "",
"""Dear Sir/Madam,

My mother, Mrs Joan Brady of 7 Orchard Close, died on 2 February. The
house is now empty and is being sold. I have already told you through the
Tell Us Once service but her council tax account still shows the direct
debit running and a payment of 148.00 was taken on 1 March.

Could you please stop the direct debit, close her account from the date
of death and refund any credit to her estate account? I'm the executor
and can supply the grant of probate once I have it.

Yours faithfully,
Alison Brady"""),
("en", "b134-permit-review-fee-small-claims", "Ray Kowalczyk <ray.k@example.com>", "Withdrawn permit application #BP-23-0917", "billing", "high",
"""To whom it may concern,

I withdrew building permit application BP-23-0917 (detached garage, 1840
Birch Ave) in writing on October 2, before any plan review had started.
Your own fee schedule says 80% of the plan review fee is refundable if
the application is withdrawn before review. That is $412 of the $515 I
paid.

I have written three times since November and been told each time it is
"with accounting". If the refund is not issued by the end of this month I
will file in small claims court for the full amount plus costs. I'd
rather not, but I'm done waiting.

Ray Kowalczyk"""),
("en", "b134-property-tax-debited-twice-india", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Property tax paid twice - PID 114-27-0339", "billing", "high",
"""Respected Sir/Madam,

I had paid the property tax for my flat (PID 114-27-0339) for the year
2024-25 through your online portal on 28th April. Amount Rs. 9,860 was
debited from my SBI account twice within two minutes, the first time the
page showed "transaction failed" and hence I tried again. Bank has
confirmed both amounts have been credited to the Corporation account.

I had visited the ward office twice and the clerk is telling me to
apply again and again. Kindly do the needful and refund the excess amount
of Rs. 9,860. I request that this matter may please be escalated to the
Assistant Commissioner (Revenue) or any senior officer as the counter
staff are not taking any responsibility.

Thanking you,
Venkatesh Iyer
Flat 302, Sai Residency, Koramangala"""),
("en", "b134-re-certificate-priority-fee", "Helen Cartwright <helen.cartwright@example.co.uk>", "Re: Your certificate order REG-558120", "billing", "",
"""Hello again,

Thanks for the reply below but it doesn't really answer my question. I
paid the extra 24.00 for the priority service so the certificate would
arrive within a week for my passport appointment. It came 16 days later
by second class post. I'd like the priority part back please, I had to
move the appointment anyway.

Helen

On 14 June, Register Office <certificates@register.example.gov.uk> wrote:
> Dear Ms Cartwright,
> Thank you for your email. We can confirm that your order for one
> full birth certificate (REG-558120) was dispatched on 11 June.
> Kind regards,
> Certificates Team"""),
("en", "b134-salmon-licence-twice-bank", "Pádraig Nolan <padraig.nolan@example.ie>", "double charge - salmon licence", "billing", "high",
"""Hello,

I bought a 21-day salmon licence on your site on 3 April and was charged
100 euro twice on my credit card. I emailed on the 5th, the 15th and the
29th of April and have had nothing back except the automatic reply.

I'm giving it until Friday. If the second 100 isn't back on my card by
then I'm raising a dispute with my card provider and letting them sort it
out.

Pádraig Nolan"""),
("en", "b134-bluey-dog-rego", "Kylie Matthews <kylie.m@example.com.au>", "Dog rego renewal - Bluey", "billing", "",
"""Hi,

Got the renewal reminder for Bluey's registration this week. Sadly the
old fella went to sleep for good in March, he was 15. Can you take him
off the system so we don't get charged the $62 again? We've still got
Rosie (kelpie, tag 40221) so keep her on.

Cheers,
Kylie"""),
("en", "b134-marriage-licence-receipt-only", "Danielle Ortiz <dani.ortiz@example.com>", "Marriage license", "billing", "",
"""Hi! We picked up our marriage license last week and paid the $87 fee
by card at the counter. I don't want a refund or anything, everything was
great - I just never got a receipt and my fiance's employer reimburses it
if we send one. Could you email one over? License no. ML-2024-03319.
Thanks so much!
Danielle"""),
("en", "b134-planning-resubmission-fee", "Owen Pritchard <owen@pritchard-arch.example.co.uk>", "Application 23/01442/FUL resubmission", "billing", "",
"""Good afternoon,

Application 23/01442/FUL (single storey rear extension, 22 Wellfield
Road) was refused in March. We intend to resubmit with the reduced depth
the case officer suggested. Can you confirm whether this qualifies as a
free resubmission within 12 months, or whether the full fee of 578.00 will
be payable again? The portal is asking for the full amount.

Regards,
Owen Pritchard
Pritchard Architecture"""),
("en", "b134-tax-reference-not-accepted", "Colin Fairweather <colin.fairweather@example.co.uk>", "Can't tax my car online", "technical", "",
"""Hi,

This isn't about the cost, I'm happy to pay. The problem is the website
won't take the 16-digit reference number from my reminder letter - it
says "reference not recognised" every time. I've typed it in five times,
tried with and without spaces, and also tried on my wife's laptop. The tax
runs out on Sunday so I'd like to get it done.

Colin"""),
("en", "b134-pool-app-lane-swim-crash", "Jess Okafor <jess.okafor@example.co.uk>", "booking app", "technical", "",
"""the pool booking app closes itself every time I tap on lane swimming for
next week. general swim and the gym classes open fine. iPhone 13, app
updated yesterday. deleted and reinstalled, same thing"""),
("en", "b134-hunting-licence-qr-no-refund", "Dale Whitaker <dale.whitaker@example.com>", "License won't scan", "technical", "",
"""Morning,

I bought my small game license through your app on Saturday. Game warden
checked me Sunday and his scanner couldn't read the QR code on my phone,
said it came up "invalid format". He let me go since I had the
confirmation email but I don't want that every time.

To be clear I don't want a refund, the license is paid for and I want to
keep it. I just need the code in the app to work. Android, app version
4.2.1.

Dale Whitaker"""),
("en", "b134-lpt-reset-email", "Siobhán Kearney <siobhan.kearney@example.ie>", "Password", "technical", "",
"""Hi, I'm trying to log in to the property tax account to check what's
due, and I've forgotten the password. I've pressed "reset password" four
times since yesterday and no email arrives - not in spam either. Is it
going to an old address maybe? My email changed last year. Siobhán"""),
("en", "b134-birth-cert-otp", "Ananya Reddy <ananya.reddy@example.in>", "OTP not coming for birth certificate download", "technical", "",
"""Dear Sir/Madam,

I am trying to download the birth certificate of my son (registration no.
BR/2024/118734) from the portal. After entering the mobile number the
OTP is not coming at all. I waited 10 minutes and tried resend option
also. My mobile number is same as given at time of registration in the
hospital. Other OTPs (bank etc.) are coming properly on same number.

Please help.
Ananya Reddy"""),
("en", "b134-fishing-app-shows-expired", "Brett Nguyen <brett.nguyen@example.com.au>", "Fishing licence", "technical", "",
"""G'day,

Renewed my recreational fishing licence online on Tuesday, got the email
and the new expiry date (14/03/2027). But the app on my phone still shows
the old one in red as EXPIRED. Logged out and back in, no change. Heading
up to the Hawkesbury this weekend and don't want to be pulled up by
fisheries.

Brett"""),
("en", "b134-dealer-tax-service-down", "Sales Office <sales@marlow-motors.example.co.uk>", "Dealer service error since Monday", "technical", "high",
"""Hello,

Since Monday morning every new registration we put through the dealer
service comes back with "Error 5012 - unable to complete request". We've
got eleven cars sold and paid for sitting on the forecourt that we can't
tax, so customers are coming in to collect and going home without them.
Two of them had taken the day off work for it.

We've cleared the browser, tried three different PCs and two logins.
Our systems supplier says the problem is on your side. Can someone who
can actually look at it please ring me today on 01628 555 0199.

Nick Harland
Sales Manager, Marlow Motors"""),
("en", "b134-permit-portal-inspections-down", "Luis Alvarado <luis@alvarado-builders.example>", "Cannot schedule inspections", "technical", "high",
"""Your permit portal has been throwing a blank white page since about
6am yesterday whenever we try to schedule an inspection. Phone line just
says to use the portal.

We have framing inspections due on three houses on Creekside Dr. Until
they're signed off the drywall crew can't start, so I've got 12 guys on
the clock with nothing they're allowed to do and a concrete pour pushed.
That's real money every hour.

I need a supervisor or somebody in IT to call me back today, not a ticket
number. 512-555-0147.

Luis Alvarado
Alvarado Builders LLC"""),
("en", "b134-changing-room-dryer-sparks", "Fiona Gallagher <fiona.gallagher@example.co.uk>", "Changing room", "technical", "high",
"""Hello,

Just letting you know that the wall-mounted hair dryer in the women's
changing room at Riverside pool (the one nearest the lockers) gave a
couple of sparks from the back this evening when I switched it on, and
there was a smell of burning plastic afterwards. I unplugged it, well,
switched it off at the wall, and told the girl on reception, but there
was no sign on it when I left and there were children using the changing
room. Probably best someone looks at it before it's used again.

Fiona"""),
("en", "b134-car-park-charger-melted", "Tom Reardon <tom.reardon@example.com.au>", "EV charger at Beach Rd car park", "technical", "high",
"""Hi,

Used the council EV charger in the Beach Road car park this morning
(the left-hand one, unit 2). After about 20 minutes the session stopped
and when I unplugged, the car end of the cable was too hot to hold and
a couple of the plastic pins are melted. Bit of a smell too. My car's
fine as far as I can tell.

Someone else was waiting to use it after me so I've hung my beach towel
over it with a note but you probably want to switch it off properly.

Tom Reardon"""),
("en", "b134-planning-drawings-blank", "Kate Summers <kate.summers@example.co.uk>", "Drawings", "technical", "",
"""Hi, I submitted my householder application yesterday (PP-12877301) and
when I look at it on the public access site all four drawing PDFs show as
blank white pages. They open fine on my computer. Neighbours have already
been in touch saying they can't see anything. Do I need to upload them
again?

Kate"""),
("en", "b134-mother-heating-council-flat", "Eileen Doherty <eileen.doherty@example.ie>", "No heat - 14 St Brigid's Terrace", "technical", "high",
"""Hello,

My mother Kathleen Doherty lives in the council flat at 14 St Brigid's
Terrace. The heating system the council put in last year has stopped
working since Friday night - the panel just flashes E4 and the radiators
are stone cold. She is 91, has a heart condition and lives alone, and it
was minus two overnight.

I rang the emergency number on Saturday and was told someone would call
out, but no one has come. I've brought her an oil heater from my own
house but she can't manage it safely on her own. Please can someone come
out today.

Eileen Doherty (daughter)
086 555 0373"""),
("en", "b134-marriage-appointment-timeout", "Brittany Shaw <brittany.shaw@example.com>", "URGENT!!! SITE NOT WORKING", "technical", "",
"""I HAVE BEEN TRYING FOR TWO DAYS TO BOOK A MARRIAGE LICENSE APPOINTMENT.
Every time I pick a date and hit continue it spins and then says "session
timed out". Chrome, Safari, my phone, my mom's computer. Wedding is not
until October so it's not the end of the world but seriously this is so
frustrating. Please fix it!!!"""),
("en", "b134-register-office-bank-holiday", "Sandra Pike <sandra.pike@example.co.uk>", "Opening on bank holiday?", "general", "",
"""Hi, is the register office on Castle Street open on the late May bank
holiday? We need to give notice of marriage and that's the only day we're
both off. Thanks, Sandra"""),
("en", "b134-registrar-thanks", "James and Priya Holt <jamesandpriya@example.co.uk>", "Thank you", "general", "",
"""Dear all,

We were married at the Old Library on Saturday 8 June and just wanted to
say a huge thank you to the two registrars, Lorraine and Michael. When our
best man got stuck on the motorway they calmly rearranged the running
order, kept everyone laughing and still had us finished on time. My nan
said it was the nicest ceremony she's been to, and she's been to a lot.

Please pass this on to them and to their manager.

With thanks,
James and Priya Holt"""),
("en", "b134-wedding-ring-pool", "Niamh Costello <niamh.costello@example.ie>", "Lost ring", "general", "",
"""Hi there,

I think I lost my wedding ring at the public pool on Tuesday evening
(6-7pm adult swim). It's a plain gold band, slightly worn, with "N & C
2009" engraved inside. I may have left it in locker 48 or it could have
come off in the water. Has anything been handed in? Even if not, could
you keep an eye out?

Thanks a million,
Niamh"""),
("en", "b134-new-address-hunting-licence", "Glenn Matheson <glenn.matheson@example.com>", "Address change", "general", "",
"""We moved from Bozeman to 418 Sunset Ridge Rd, Livingston MT 59047 last
month. Please update the address on my hunting and fishing license
account (customer ID 7740913) so the regs booklet and any draw results
come to the right place.

Glenn Matheson"""),
("en", "b134-birth-cert-spelling-documents", "Mohammed Farooq Shaikh <farooq.shaikh@example.in>", "Correction of name in birth certificate", "general", "",
"""Sir,

In my daughter's birth certificate the name is printed as "Ayesha
Farukh Shaikh" instead of "Ayesha Farooq Shaikh". Kindly inform what
documents are required for correction and whether we must come in person
to the zonal office or it can be applied online. Also please inform
which day of the week the concerned section is open.

Regards,
M. Farooq Shaikh"""),
("en", "b134-counter-staff-rude-manager", "Darren Hooper <darren.hooper@example.com.au>", "Complaint - customer service centre", "general", "high",
"""I went into the customer service centre on Tuesday at about 2.30 to
ask a simple question about a building application. The bloke at the
second window (glasses, grey jumper) rolled his eyes, talked over me the
whole time and then told me "read the website, mate" and called the next
person while I was still standing there. My 80 year old father was with
me and was embarrassed for me.

I'm not interested in a form reply. I want the centre manager to contact
me personally about this. 0412 555 883.

Darren Hooper"""),
("en", "b134-glass-pool-toddler-area", "Rachel Lomax <rachel.lomax@example.co.uk>", "Kingsway pool", "general", "high",
"""Hello,

I took my two-year-old to the toddler splash session at Kingsway this
morning. There were small pieces of broken glass on the tiles between the
baby pool and the family changing rooms - my son picked one up before I
could stop him. Luckily he didn't cut himself. I showed a lifeguard who
swept some of it up, but when we came out there were still bits by the
drain.

I don't know where it came from but I thought you should know before
somebody's child gets hurt.

Rachel Lomax"""),
("en", "b134-subject-access-request", "Stephen Carr <stephen.carr@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data the
council holds about me, including any notes or correspondence relating to
planning application 22/00871/FUL and my council tax account. My
details are:

Stephen Carr, 31 Holly Bank, date of birth 17/09/1971.

I'd prefer to receive the information electronically at this address.

Yours sincerely,
Stephen Carr"""),
("en", "b134-fishing-derby-sponsor", "Pine Lake Anglers Club <info@pinelakeanglers.example>", "Kids' fishing derby - June 15", "general", "",
"""Hello,

The Pine Lake Anglers Club is running its free kids' fishing derby again
on June 15 at Pine Lake Park. Last year we had 140 kids under 14 come
out. We were wondering whether the Parks and Wildlife department would
be willing to sponsor the event this year - a banner, a few prizes, or
having a warden come along to talk about the regulations would all be
great.

Thanks for considering,
Don Pelletier
Club Secretary"""),
("en", "b134-question-kids-rod-licence", "Gary Blythe <gary.blythe@example.co.uk>", "Question", "general", "",
"""Hi, quick one. Taking my two lads (11 and 14) fishing on the canal
over half term. Do they both need a rod licence or only the older one?
And is it the same licence for the canal as for the river? Ta, Gary"""),
("en", "b134-motor-tax-office-staff-ombudsman", "Brendan Keogh <brendan.keogh@example.ie>", "Treatment at the motor tax office", "general", "high",
"""Dear Sir or Madam,

On Thursday 9 May I attended the motor tax office with my son, who has
a hearing impairment, to change the ownership of his car. The staff
member at the desk refused to speak to him directly, spoke only to me as
if he wasn't there, and when I asked her to face him so he could lip
read she said loudly that she "didn't have all day for this".

I have raised this twice by phone and have been told nobody can say who
was on duty. I expect a written response within 20 working days. If I
do not get one I will be bringing the matter to the Ombudsman.

Brendan Keogh"""),
("en", "b134-planning-talk-residents", "Hazel Grove Residents' Association <secretary@hazelgrove-ra.example.org.uk>", "Talk at our AGM?", "general", "",
"""Dear Planning Team,

Our residents' association holds its AGM on Wednesday 18 September at
7pm in the church hall. A lot of members have questions about how the
new local plan will affect the green behind Hazel Grove. Would someone
from the planning department be able to come and give a short talk and
answer questions? Twenty minutes would be plenty.

Best wishes,
Margaret Finch
Secretary"""),
("en", "b134-lap-lanes-killing-me", "Zoe Papadopoulos <zoe.pap@example.com.au>", "Early lap lanes", "general", "",
"""Hi team, the new winter timetable is killing me - the 5.30am lap lane
session seems to have disappeared and 6.30 is too late for me to get to
work. Is it gone for good or just over the school holidays? Thanks, Zoe"""),
# ---------------- Greek ----------------
("el", "b134-teli-kykloforias-dyo-fores", "Νικόλαος Βαρβέρης <n.varveris@example.gr>", "Τέλη κυκλοφορίας 2025", "billing", "",
"""Καλημέρα σας,

Πλήρωσα τα τέλη κυκλοφορίας για το αυτοκίνητό μου (ΙΚΡ 4581) στις 3
Δεκεμβρίου μέσω e-banking, 180€. Επειδή δεν εμφανιζόταν η πληρωμή, η
σύζυγός μου τα πλήρωσε ξανά την επόμενη μέρα από το δικό της λογαριασμό.
Τώρα φαίνονται και οι δύο πληρωμές. Πώς μπορούμε να πάρουμε πίσω τα 180€
της δεύτερης;

Ευχαριστώ,
Νίκος Βαρβέρης"""),
("el", "b134-gl-pinakides-xrewsh", "Stavros Gkikas <stavros.gkikas@example.gr>", "pinakides", "billing", "",
"""Kalhmera,
eixa katathesei tis pinakides tou palioy mou ammaxiou apo ton Septemvrio
(den to kykloforw pia, einai sthn avlh tou patera mou sto xwrio). Twra
mou hr8e eidopoihsh gia tela kykloforias 2025 kai mou ta travhxe kiolas
apo thn pagia entolh, 225 eyrw. Afou einai akinhtopoihmeno giati me
xrewnete? Thelw na mou ta gyrisete.
Stavros"""),
("el", "b134-kolymvitirio-pagoma-syndromis", "Ελισάβετ Κουρή <elisavet.kouri@example.gr>", "Συνδρομή κολυμβητηρίου", "billing", "",
"""Καλησπέρα σας,

Η μητέρα μου, Μαρία Κουρή, έχει μηνιαία συνδρομή στο Δημοτικό
Κολυμβητήριο (πρωινό πρόγραμμα τρίτης ηλικίας, 25€ τον μήνα). Χειρουργήθηκε
στο γόνατο την προηγούμενη εβδομάδα και ο γιατρός είπε καθόλου νερό
μέχρι τον Σεπτέμβριο.

Μπορείτε να παγώσετε τη συνδρομή της μέχρι τότε, ώστε να μη χρεώνεται,
και να την ενεργοποιήσετε ξανά από 1η Σεπτεμβρίου;

Με εκτίμηση,
Ελισάβετ Κουρή"""),
("el", "b134-gl-kynhgetikh-ekptwsh-65", "Kostas Lamprou <k.lamprou@example.gr>", "kynhgetikh adeia", "billing", "",
"""Geia sas,
kleinw ta 66 ton Noemvrio kai 8elw na vgalw thn kynhgetikh adeia gia thn
kainourgia periodo. Akousa sto kafeneio oti oi syntaxiouxoi pano apo 65
plhrwnoun mikrotero paravolo. Isxyei? Kai an nai, ti xartia 8elete gia
na to apodeiksw? Na plhrwsw me karta h mono sthn trapeza?
Eyxaristw
K. Lamprou"""),
("el", "b134-tap-poulimeno-diamerisma-synigoros", "Παναγιώτα Σαρρή <p.sarri@example.gr>", "ΤΑΠ για ακίνητο που δεν μου ανήκει", "billing", "high",
"""Κύριοι,

Από το 2022 χρεώνομαι μέσω του λογαριασμού ρεύματος Τέλος Ακίνητης
Περιουσίας για το διαμέρισμα της οδού Κανάρη 14, το οποίο πούλησα με το
συμβόλαιο 8.214/14-3-2022. Σας έχω στείλει αντίγραφο του συμβολαίου δύο
φορές, τον Ιούνιο και τον Οκτώβριο, και δεν έχω λάβει ούτε απάντηση.
Μέχρι σήμερα έχω πληρώσει αχρεωστήτως 318,40€.

Ζητώ τη διαγραφή της χρέωσης και την επιστροφή του ποσού. Αν δεν λάβω
γραπτή απάντηση εντός 15 ημερών, θα προσφύγω στον Συνήγορο του Πολίτη.

Παναγιώτα Σαρρή"""),
("el", "b134-e-paravolo-lathos-kodikos", "Γιάννης Τζαννετάκης <giannis@tzannetakis-mixanikos.example>", "Ηλεκτρονικό παράβολο οικοδομικής άδειας", "billing", "",
"""Καλημέρα,

Για την άδεια δόμησης στο Μαλεβίζι (αίτηση 41233) πλήρωσα κατά λάθος
e-παράβολο με λάθος κωδικό τύπου, 150€, αντί για εκείνο των 75€ που
ζητούσε η υπηρεσία. Πλήρωσα μετά και το σωστό. Το πρώτο δεν έχει
χρησιμοποιηθεί. Μπορεί να επιστραφεί ή να συμψηφιστεί με την επόμενη
αίτηση που θα καταθέσω τον άλλο μήνα;

Γιάννης Τζαννετάκης
Πολιτικός Μηχανικός"""),
("el", "b134-erotisi-antigrafa-pistopoiitikou", "Φωτεινή Ανδρέου <foteini.andreou@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα, ζήτησα ηλεκτρονικά ένα επικυρωμένο απόσπασμα ληξιαρχικής
πράξης γάμου για χρήση στο εξωτερικό και στην πληρωμή χρεώθηκα 3 φορές
το παράβολο των 10€, ενώ στην αίτηση έγραψα "αντίγραφα: 1". Μου ήρθε
και ένα μόνο έγγραφο. Επιστρέφονται τα υπόλοιπα 20€;
Ευχαριστώ, Φωτεινή"""),
("el", "b134-gl-pateras-kolymvhthrio-diarkeias", "Eleni Mpaka <eleni.mpaka@example.gr>", "karta diarkeias patera mou", "billing", "",
"""Kalhspera sas,
o pateras mou Xristos Mpakas, pou koluboyse ka8e prwi sto dhmotiko
kolymvhthrio edw kai 20 xronia, efyge apo th zwh ton Ianouario. Eixe
plhrwsei etisia karta 220e ton Oktwvrio. Mporoume na akyrwsoume thn
karta kai na mas epistrafei to ypoloipo gia tous mhnes pou den 8a
xrhsimopoih8ei? Exoume th lhksiarxikh praksh 8anatou an th xreiazeste.
Eyxaristoume poly,
Elenh"""),
("el", "b134-doseis-dimotika-teli-xwris-tonous", "Αποστολος Ζερβας <a.zervas@example.gr>", "Δοσεις", "billing", "",
"""Καλημερα σας,
εχω ενα χρεος απο δημοτικα τελη του 2023, περιπου 640 ευρω, και μου ηρθε
ειδοποιηση. Δεν μπορω να τα δωσω ολα μαζι. Μπορω να κανω ρυθμιση σε
δοσεις; Ποσες δοσεις το μεγιστο και πρεπει να ερθω στο δημαρχειο η
γινεται ηλεκτρονικα;
Ευχαριστω
Αποστολος Ζερβας"""),
("el", "b134-re-epistrofi-mathimata-kolymvisis-proistamenos", "Χριστίνα Παπαθανασίου <christina.papath@example.gr>", "Re: Ακύρωση τμήματος κολύμβησης παίδων", "billing", "high",
"""Καλησπέρα,

Είναι η τρίτη φορά που γράφω. Στις 12 Φεβρουαρίου μου γράψατε (βλ.
παρακάτω) ότι η επιστροφή των 90€ θα γίνει "εντός 10 εργάσιμων". Έχουν
περάσει σχεδόν δύο μήνες. Στο τηλέφωνο μου λένε ότι δεν είναι δική τους
αρμοδιότητα.

Ζητώ να με καλέσει ο προϊστάμενος του τμήματος οικονομικών, σήμερα ή
αύριο. Δεν θα ξαναμιλήσω με το γκισέ.

Χριστίνα Παπαθανασίου
694 555 2718

-----Αρχικό μήνυμα-----
Από: Δημοτικό Κολυμβητήριο <kolymvitirio@dimos.example.gr>
Ημερομηνία: 12 Φεβρουαρίου 2025
Θέμα: Ακύρωση τμήματος κολύμβησης παίδων

Αγαπητή κ. Παπαθανασίου,
λόγω έλλειψης προπονητή το τμήμα 7-9 ετών της Τρίτης/Πέμπτης ακυρώνεται.
Το ποσό των 90€ θα σας επιστραφεί εντός 10 εργάσιμων ημερών.
Με εκτίμηση,
Γραμματεία"""),
("el", "b134-gl-adeia-aliias-diplh-trapeza", "Manolis Daskalakis <manolis.dask@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Kalhmera. Ekdwsa thn adeia erasitexnikhs alieias apo to site sas stis
2 tou mhna kai mou xrewsate thn karta 2 fores apo 15e. Sas exw steilei
3 email kai den apantaei kaneis. An mexri thn Paraskeuh den dw ta 15e
pisw 8a kanw amfisvhthsh ths xrewshs sthn trapeza mou kai as ta
vreite me autous.
Manwlhs Daskalakhs"""),
("el", "b134-skafos-poulithike-ananeosi", "Σπύρος Μαρκεζίνης <s.markezinis@example.gr>", "Ανανέωση άδειας αλιείας από σκάφος", "billing", "",
"""Καλημέρα σας,

Τον Μάρτιο πούλησα τη βάρκα μου (ΚΕΡ 2188) σε έναν φίλο από την Κέρκυρα.
Η άδεια ερασιτεχνικής αλιείας από σκάφος που είχα ανανεώνεται αυτόματα
τον Ιούνιο με χρέωση της κάρτας μου. Παρακαλώ σταματήστε την αυτόματη
ανανέωση, αφού σκάφος δεν υπάρχει πια. Ο νέος ιδιοκτήτης θα βγάλει δική
του.

Σπύρος Μαρκεζίνης"""),
("el", "b134-den-zito-epistrofi-apodeixi", "Όλγα Ιωαννίδου <olga.ioannidou@example.gr>", "Αποδεικτικό πληρωμής", "billing", "",
"""Καλημέρα,

Δεν ζητάω επιστροφή χρημάτων ούτε έχω κάποιο παράπονο. Πλήρωσα στο
γκισέ της Δημοτικής Αστυνομίας το τέλος κατάληψης πεζοδρομίου για το
καφέ μας (240€) και ο λογιστής μου χρειάζεται αποδεικτικό πληρωμής με
το ΑΦΜ της επιχείρησης. Η απόδειξη που μου έδωσαν γράφει μόνο το όνομά
μου. Μπορείτε να μου στείλετε μία με τα στοιχεία της εταιρείας;

ΑΦΜ 801234567, «Κάτι Γλυκό Ο.Ε.»

Όλγα Ιωαννίδου"""),
("el", "b134-gl-efarmogh-kolymvhthriou-kleinei", "Dimitra Vlaxou <dimitra.vl@example.gr>", "efarmogh", "technical", "",
"""Geia sas, h efarmogh gia tis krathseis sto kolymvhthrio kleinei
monh ths molis pataw "Kratisi diadromou". Exw Samsung A52, thn
egkatesthsa3a apo thn arxh, tipota. H gynaika mou sto iPhone kleinei
kanonika. Ti na kanw?"""),
("el", "b134-taxisnet-syndesi-dimou", "Αθανάσιος Ρούσσος <thanasis.roussos@example.gr>", "Σύνδεση με κωδικούς Taxisnet", "technical", "",
"""Καλησπέρα σας,

Προσπαθώ να συνδεθώ στην πλατφόρμα ηλεκτρονικών υπηρεσιών του δήμου με
τους κωδικούς Taxisnet για να κατεβάσω βεβαίωση μη οφειλής. Βάζω τους
κωδικούς, μου ζητάει την έγκριση, πατάω «Συνέχεια» και με γυρίζει πάλι
στην αρχική σελίδα του δήμου, χωρίς να είμαι συνδεδεμένος. Στο gov.gr
οι ίδιοι κωδικοί δουλεύουν κανονικά.

Δοκίμασα Chrome και Firefox.

Αθανάσιος Ρούσσος"""),
("el", "b134-ypoboli-sxedion-megethos-xwris-tonous", "Ευθυμια Καρρα <efthymia.karra@example.gr>", "Δεν ανεβαινουν τα σχεδια", "technical", "",
"""Καλησπερα,
στην ηλεκτρονικη υποβολη για την αδεια μικρης κλιμακας προσπαθω να
ανεβασω τα αρχιτεκτονικα σχεδια (pdf 8 MB) και μου βγαζει "το αρχειο
υπερβαινει το επιτρεπτο μεγεθος". Στις οδηγιες γραφει οριο 20 MB.
Το δοκιμασα και σε 3 MB, το ιδιο. Τι φταιει;
Ευθυμια Καρρα, αρχιτεκτων"""),
("el", "b134-texniko-grafeio-ergotaxia-stamatisan", "Τεχνικό Γραφείο Λαμπρόπουλος <info@lampropoulos-tech.example>", "Αιτήσεις αδειών", "technical", "high",
"""Καλημέρα,

Από την Τρίτη το πρωί το σύστημα ηλεκτρονικής έκδοσης αδειών δεν μας
αφήνει να ολοκληρώσουμε καμία υποβολή: στο τελευταίο βήμα εμφανίζεται
«Σφάλμα επικοινωνίας με τον διακομιστή» και χάνονται όλα τα
συνημμένα.

Έχουμε τρεις οικοδομές στη Λάρισα που περιμένουν την άδεια για να
ξεκινήσουν. Τα συνεργεία είναι κλεισμένα, ο γερανός πληρώνεται μέρα με
τη μέρα και ένας πελάτης απειλεί να αποσυρθεί από το συμβόλαιο. Οι
συνάδελφοι σε άλλα γραφεία μας λένε ότι έχουν το ίδιο πρόβλημα.

Παρακαλούμε να μας ενημερώσετε πότε θα αποκατασταθεί.

Κ. Λαμπρόπουλος
Πολιτικός Μηχανικός"""),
("el", "b134-gl-katasthma-alieutika-adeies", "Psarotopos Halkidas <psarotopos.halkida@example.gr>", "to systhma den vgazei adeies", "technical", "high",
"""Kalhmera sas,
eimaste katasthma alieutikwn eidwn sth Xalkida kai ekdidoume tis adeies
erasitexnikhs alieias san shmeio e3yphrethshs. Apo to Savvato to
termatiko vgazei "mh e3oysiodothmenos xrhsths" kai den vgainei kamia
adeia. Einai h arxh ths sezon, exoume ouras apo pelates, tous leme na
gyrisoun avrio kai fevgoun. Mono to Savvatokyriako xasame kana 40
pelates. To thlefwno sas den to shkwnei kaneis.
Parakalw opoios mporei na to dei shmera.
Thanos"""),
("el", "b134-kolymvitirio-ilektrismos-doush", "Αικατερίνη Μανωλάκη <aikaterini.manolaki@example.gr>", "Αποδυτήρια γυναικών", "technical", "high",
"""Καλησπέρα,

Χθες το απόγευμα στα αποδυτήρια γυναικών του κλειστού κολυμβητηρίου,
όταν άγγιξα με βρεγμένο χέρι το μεταλλικό κουτί του ηλεκτρικού
στεγνωτήρα μαλλιών δίπλα στα ντους, ένιωσα ένα δυνατό τίναγμα ρεύματος
στο χέρι μέχρι τον αγκώνα. Είμαι καλά. Το ίδιο μου είπε και μια άλλη
κυρία ότι το έπαθε την προηγούμενη εβδομάδα.

Το ανέφερα στην υποδοχή. Σας γράφω και εδώ γιατί εκεί γύρω περνάνε
πολλά παιδιά με βρεγμένα πόδια.

Αικατερίνη Μανωλάκη"""),
("el", "b134-gl-den-thelw-lefta-adeia-den-fainetai", "Giorgos Kalaitzis <gkalaitzis@example.gr>", "h adeia den fainetai", "technical", "",
"""Kalhspera. Plhrwsa thn adeia alieias sto site, phra to email epivevaiwshs
kai h xrewsh egine kanonika. Den zhtaw ta lefta pisw, ola kala me thn
plhrwmh. To 8ema einai oti sthn efarmogh sto kinhto h adeia den
emfanizetai, grafei "Den exete energes adeies". Exw kanei aposyndesh,
epanasyndesh, tipota. Thn Kyriakh 8a psarepsw kai 8elw na thn exw.
Giwrgos"""),
("el", "b134-sfalma-500-pliromi-tap", "Δέσποινα Χατζή <despoina.chatzi@example.gr>", "Σφάλμα στη σελίδα πληρωμών", "technical", "",
"""Καλημέρα. Να ξεκαθαρίσω ότι δεν έχω θέμα με το ποσό, είναι σωστό. Η
σελίδα ηλεκτρονικών πληρωμών του δήμου, όταν πατάω «Προβολή οφειλών»
με τον ΑΦΜ μου, βγάζει λευκή σελίδα με «Error 500». Από χθες. Θέλω απλά
να πληρώσω.
Δέσποινα Χατζή"""),
("el", "b134-tilefrontida-mitera-koumpi", "Μιχαήλ Στεφανίδης <m.stefanidis@example.gr>", "Τηλεφροντίδα - Ευανθία Στεφανίδου", "technical", "high",
"""Καλησπέρα σας,

Η μητέρα μου, Ευανθία Στεφανίδου, 86 ετών, μένει μόνη της στην οδό
Ολύμπου 27 και είναι ενταγμένη στο πρόγραμμα Τηλεφροντίδας του δήμου.
Από χθες το βράδυ η συσκευή στο σπίτι αναβοσβήνει κόκκινο και όταν
πατάει το κουμπί στο βραχιόλι δεν συνδέεται με το κέντρο — το
δοκιμάσαμε μαζί δύο φορές. Έχει πέσει δύο φορές μέσα στη χρονιά και δεν
μπορεί να σηκωθεί μόνη της.

Εγώ μένω στη Θεσσαλονίκη και δεν μπορώ να είμαι εκεί συνέχεια.
Παρακαλώ στείλτε κάποιον να το δει σήμερα.

Μιχάλης Στεφανίδης
697 555 4102"""),
("el", "b134-gl-den-erxetai-email-kwdikou", "Nefeli P. <nefeli.p@example.gr>", "kwdikos", "technical", "",
"""kalhmera, ksexasa ton kwdiko gia to logariasmo mou sthn platforma tou
dhmou kai pataw "anaktisi kwdikou" alla den erxetai kanena email, oute
sta anepi8ymhta. to exw kanei 4 fores apo xtes. ti ginetai?"""),
("el", "b134-pdf-lixiarxikis-allokota", "Ιωάννης Πετράκης <i.petrakis@example.gr>", "Ληξιαρχική πράξη γέννησης", "technical", "",
"""Καλησπέρα,

Κατέβασα από την πλατφόρμα το απόσπασμα ληξιαρχικής πράξης γέννησης της
κόρης μου, αλλά στο PDF τα ελληνικά γράμματα εμφανίζονται σαν
ερωτηματικά και κουτάκια (π.χ. «??????? ???????»). Τα λατινικά και οι
αριθμοί είναι κανονικά. Το άνοιξα σε δύο υπολογιστές και στο κινητό.
Δεν μπορώ να το καταθέσω έτσι στο σχολείο.

Γιάννης Πετράκης"""),
("el", "b134-qr-eisitirio-tourniketo", "Σοφία Ραυτοπούλου <sofia.raftop@example.gr>", "Το QR δεν ανοίγει την μπάρα", "technical", "",
"""Γεια σας,

Έκλεισα διαδρομή στο κολυμβητήριο για σήμερα στις 7:00 και το QR που
μου ήρθε στο κινητό δεν το διάβαζε η μπάρα στην είσοδο. Με άφησε να
περάσω ο φύλακας, αλλά μου είπε ότι έχει γίνει και σε άλλους. Το ίδιο
έγινε και την Πέμπτη. Μπορείτε να το κοιτάξετε;

Σοφία"""),
("el", "b134-arithmos-kykloforias-mi-egkyros-xwris-tonous", "Θεοδωρος Ναστος <th.nastos@example.gr>", "Κωδικος πληρωμης τελων", "technical", "",
"""Καλησπερα,
πηγα να εκδωσω κωδικο πληρωμης για τα τελη κυκλοφοριας της μηχανης μου
και στο πεδιο αριθμου κυκλοφοριας μου βγαζει "μη εγκυρος αριθμος". Ο
αριθμος ειναι ΧΚΑ 312 οπως γραφει η αδεια. Δοκιμασα με και χωρις κενο,
με ελληνικους και λατινικους χαρακτηρες. Τιποτα.
Θοδωρης"""),
("el", "b134-gl-sos-me-petaei-ektos", "Vaggelis Tsirigotis <vaggelis.ts@example.gr>", "SOS!!!!!", "technical", "",
"""SOS!!! KA8E FORA POU PAW NA KLEISW WRA STO KOLYMVHTHRIO ME PETAEI EKTOS
TOU LOGARIASMOU KAI PREPEI NA KSANAMPW. Exei ginei 5 fores shmera. Den
einai kai tipota tragiko, apla exw trela8ei. Ti ftaiei?"""),
("el", "b134-politikos-gamos-savvato", "Ανδρέας Κοντός <andreas.kontos@example.gr>", "Πολιτικός γάμος Σάββατο", "general", "",
"""Καλημέρα σας,

Θέλουμε να τελέσουμε πολιτικό γάμο στο δημαρχείο μέσα στον Σεπτέμβριο.
Γίνονται τελετές και Σάββατο ή μόνο καθημερινές; Και πόσο νωρίτερα
πρέπει να κλείσουμε ημερομηνία;

Ευχαριστώ,
Ανδρέας Κοντός"""),
("el", "b134-gl-eyxaristw-navagosostis", "Kyria Toula <toula.v@example.gr>", "eyxaristw", "general", "",
"""Kalhmera sas,
8elw na pw ena megalo eyxaristw ston navagoswsth Pavlo sto dhmotiko
kolymvhthrio. O eggonos mou o Lefteris fovotan to nero kai den evaze
oute to podi mesa. O Pavlos ka8otan mazi tou ka8e Tetarth me toso
ypomonh kai shmera kolymphse monos tou mia diadromh! Eimaste olh h
oikogeneia toso xarou pou den fantazeste.
Me agaph,
Toula Vasileiou"""),
("el", "b134-allagi-dieythynsis-dimotologio", "Ευάγγελος Γιαννόπουλος <v.giannopoulos@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλησπέρα,

Μετακομίσαμε από την οδό Αγίου Νικολάου 8 στην οδό Κορίνθου 112, Πάτρα
26223. Παρακαλώ να αλλάξετε τη διεύθυνση αλληλογραφίας μου και το
τηλέφωνο (νέο: 693 555 8120) στα στοιχεία μου στον δήμο, ώστε να έρχονται
σωστά οι ειδοποιήσεις.

Ευάγγελος Γιαννόπουλος"""),
("el", "b134-xameno-gyalia-xwris-tonous", "Ρενα Μουστακα <rena.moustaka@example.gr>", "Ξεχασμενα γυαλια", "general", "",
"""Καλησπερα σας,
την Κυριακη το πρωι ξεχασα στην κερκιδα του ανοιχτου κολυμβητηριου ενα
ζευγαρι γυαλια ορασεως σε μπλε θηκη. Μηπως τα βρηκε καποιος; Ειναι
καινουργια και δεν βλεπω χωρις αυτα.
Ευχαριστω πολυ,
Ρενα"""),
("el", "b134-kep-ypallilos-agenis-dieythyntis", "Κωνσταντίνα Ζαχαρίου <k.zachariou@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Κύριοι,

Την Πέμπτη 6/3 πήγα στο ΚΕΠ του δήμου για πιστοποιητικό οικογενειακής
κατάστασης. Ο υπάλληλος στη θυρίδα 3 μου μίλησε με απαράδεκτο τρόπο
μπροστά σε όλους, με αποκάλεσε «κυρία μου, δεν καταλαβαίνετε ελληνικά;»
επειδή ρώτησα δεύτερη φορά τι δικαιολογητικό χρειάζεται, και πέταξε τα
χαρτιά μου στον πάγκο.

Δεν δέχομαι να μου απαντήσει πάλι ο ίδιος. Ζητώ να επικοινωνήσει μαζί
μου ο διευθυντής της υπηρεσίας.

Κωνσταντίνα Ζαχαρίου"""),
("el", "b134-spasmeno-plakaki-paidiki-pisina", "Λευτέρης Ανδριανός <l.andrianos@example.gr>", "Σπασμένο πλακάκι", "general", "high",
"""Καλησπέρα,

Στην παιδική πισίνα του δημοτικού κολυμβητηρίου, στη σκάλα στη γωνία
προς τα ντους, λείπει ένα κομμάτι πλακάκι και η άκρη που έμεινε είναι
κοφτερή σαν ξυράφι. Η κόρη μου (5 ετών) κόπηκε στη φτέρνα σήμερα και
χρειάστηκε δύο ράμματα. Ο ναυαγοσώστης μάς είπε ότι είναι σπασμένο
από την προηγούμενη εβδομάδα.

Δεν ζητάω τίποτα για εμάς, απλώς κλείστε τη σκάλα μέχρι να φτιαχτεί,
πριν κοπεί κι άλλο παιδί.

Λευτέρης Ανδριανός"""),
("el", "b134-gl-adeia-alieias-touristas", "Hans Becker <hans.becker@example.de>", "adeia psarematos", "general", "",
"""Geia sas! Eimai Germanos, menw ka8e kalokairi 3 mhnes sth Naxo kai
ma8ainw ellhnika. 8elw na psarevw me kalami apo ta vraxia. Xreiazomai
adeia? An nai, mporw na thn vgalw san ksenos kai ti xartia xreiazontai?
Eyxaristw poly,
Hans"""),
("el", "b134-aitisi-prosvasis-dedomena", "Ηλίας Σκουλούδης <ilias.skouloudis@example.gr>", "Αίτηση πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων του Δήμου,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο
όλων των προσωπικών δεδομένων που τηρεί ο δήμος για εμένα, καθώς και
πληροφορίες για το σε ποιους τρίτους έχουν διαβιβαστεί, ιδίως σε σχέση
με τον φάκελο της αίτησης άδειας δόμησης 2211/2023.

Στοιχεία: Ηλίας Σκουλούδης του Γεωργίου, ΑΔΤ ΑΚ 331204.

Με εκτίμηση,
Ηλίας Σκουλούδης"""),
("el", "b134-gl-xorigia-diagwnismos-psarematos", "Omilos Erasitexnwn Alieon Prevezas <oea.preveza@example.gr>", "diagwnismos psarematos Iounios", "general", "",
"""Kalhspera sas,
o Omilos Erasitexnwn Alieon Prevezas organwnei ton 12o diagwnismo
psarematos apo akth sto limani sthn 22 Iouniou, me symmetoxh kai
paidiwn. 8a 8elame na rwthsoume an o dhmos mporei na ginei xorhgos h na
voh8hsei me kapoio tropo (trapezia, hxeiko, kypella gia ta paidia).
Sas eyxaristoume ek twn proterwn,
Sakis Rentzos, Grammateas"""),
("el", "b134-epainos-lixiarxos-xwris-tonous", "Μαριλενα Θεοχαρη <marilena.theochari@example.gr>", "Ευχαριστηριο", "general", "",
"""Καλημερα,
θελω να ευχαριστησω την κα Σταυρουλα στο ληξιαρχειο. Ειχαμε ενα
περιπλοκο θεμα με τη δηλωση γεννησης του γιου μας (γεννηθηκε στη Γερμανια)
και μας βοηθησε με απιστευτη υπομονη, μας τηλεφωνησε κιολας η ιδια για να
μας πει οτι ολοκληρωθηκε. Σπανια βλεπεις τετοια εξυπηρετηση.
Μαριλενα Θεοχαρη"""),
("el", "b134-gl-re-hmeromhnia-gamou", "Alexandros Pappas <alex.pappas@example.gr>", "Re: Αίτηση τέλεσης πολιτικού γάμου", "general", "",
"""Kalhmera sas,
eyxaristw gia thn apanthsh. Mia erwthsh akoma: oi martyres prepei na
einai Ellhnes h mporei na einai kai h Agglida filh ths arrabwniastikhs
mou? Kai prepei na ferei metafrasmeno diavathrio?
Alexandros

> Αγαπητέ κ. Παππά,
> η αίτησή σας καταχωρήθηκε. Η τελετή έχει προγραμματιστεί για το
> Σάββατο 14 Ιουνίου, ώρα 12:00, στην αίθουσα τελετών του δημαρχείου.
> Παρακαλούμε να προσέλθετε με δύο μάρτυρες και τα πρωτότυπα
> δικαιολογητικά.
> Ληξιαρχείο"""),
("el", "b134-ypallilos-dimosiopoiise-stoixeia-dikigoros", "Δημοσθένης Καλλέργης <d.kallergis@example.gr>", "Διαρροή στοιχείων μου από υπάλληλο", "general", "high",
"""Κύριοι,

Πληροφορήθηκα ότι υπάλληλος της πολεοδομίας μετέφερε σε γείτονά μου,
με τον οποίο έχω αντιδικία, στοιχεία από τον φάκελο της αίτησής μου για
άδεια δόμησης, συμπεριλαμβανομένων της διεύθυνσης και του τηλεφώνου
μου. Ο γείτονας το παραδέχτηκε ο ίδιος μπροστά σε μάρτυρες.

Ζητώ να μου γνωστοποιηθεί εγγράφως τι ενέργειες θα κάνει ο δήμος.
Έχω ήδη ενημερώσει τον δικηγόρο μου και θα κινηθώ νομικά αν δεν υπάρξει
σοβαρή απάντηση.

Δημοσθένης Καλλέργης"""),
("el", "b134-kolymvitikos-marathonios-eggrafes", "Ζωή Αλεξίου <zoi.alexiou@example.gr>", "Κολυμβητικός μαραθώνιος", "general", "",
"""Καλησπέρα σας,

Είδα στη σελίδα του δήμου ότι τον Ιούλιο θα γίνει ο κολυμβητικός
διάπλους του κόλπου. Πότε ανοίγουν οι εγγραφές και υπάρχει ηλικιακό
όριο; Ο γιος μου είναι 15 και κολυμπάει σε σύλλογο.

Ζωή"""),
# ---------------- Spanish ----------------
("es", "b134-ivtm-cobrado-dos-veces", "Mercedes Lozano <mercedes.lozano@example.es>", "Impuesto de circulación duplicado", "billing", "",
"""Buenos días:

Tengo domiciliado el impuesto de vehículos de tracción mecánica de mi
coche (matrícula 4821 KLM). Este año me han pasado dos cargos de 68,40 €,
uno el 2 de abril y otro el 5 de abril, con el mismo concepto. Les
adjunto el extracto del banco. ¿Pueden devolverme el segundo?

Un saludo,
Mercedes Lozano Ruiz"""),
("es", "b134-predial-descuento-enero", "Arturo Villaseñor <arturo.villasenor@example.com.mx>", "Descuento predial", "billing", "",
"""Buenas tardes,

Pagué el predial 2025 de mi casa (cuenta predial 082-114-07-003) el 20 de
enero en línea, $4,312.00 MXN. En la página decía que pagando en enero
había 15% de descuento, pero me cobraron completo. ¿Me pueden reembolsar
la diferencia o abonarla para el próximo año?

Saludos cordiales,
Arturo Villaseñor"""),
("es", "b134-patente-plan-cuotas", "Gabriela Ferraro <gabi.ferraro@example.com.ar>", "Consulta patente", "billing", "",
"""Hola, buen día. Tengo atrasadas las cuotas 3 a 6 de la patente del auto
(dominio AE 512 KT), en total me figuran $187.400 con intereses. Quería
saber si me puedo adherir a algún plan de pagos en cuotas y si hay que
pedir turno o se hace por la web. Gracias!
Gabi"""),
("es", "b134-cadera-abono-piscina", "Rosario Gil <rosario.gil@example.es>", "Abono de verano", "billing", "",
"""Buenas tardes,

Me compré el abono de temporada de la piscina municipal de verano (45 €)
en mayo, pero el sábado pasado me caí en casa y me he roto la cadera.
Este verano no voy a pisar la piscina ni de lejos. ¿Sería posible
darme de baja del abono y que me devuelvan el dinero, aunque sea una
parte? No lo he usado ni un día.

Muchas gracias,
Rosario Gil"""),
("es", "b134-tasa-licencia-obra-defensor", "Ignacio Beltrán <ignacio.beltran@example.es>", "Devolución tasa licencia de obra expte. 2023/OBR/0412", "billing", "high",
"""Muy señores míos:

En octubre de 2023 solicité licencia de obra mayor para la reforma de mi
vivienda en calle Almendros 9 y aboné 1.240 € entre tasa e ICIO. En
enero de 2024 presenté escrito de desistimiento, antes de que se
emitiera ningún informe técnico, y solicité la devolución del ICIO al no
haberse realizado la obra.

Han pasado más de catorce meses sin resolución. He presentado dos
reiteraciones por registro electrónico sin respuesta. Les comunico que,
si en el plazo de un mes no recibo resolución, presentaré queja ante el
Defensor del Pueblo y valoraré la vía contencioso-administrativa.

Atentamente,
Ignacio Beltrán Sáez
DNI 12345678Z"""),
("es", "b134-acta-nacimiento-cobro-doble-banco", "Yesenia Rangel <yesenia.rangel@example.com.mx>", "cobro doble acta", "billing", "high",
"""buenas, pedí una copia certificada del acta de nacimiento de mi hijo en
la página y me cobraron dos veces los $187 pesos, tengo los dos cargos en
la tarjeta del mismo día. ya les escribí la semana pasada y nadie
contesta. si no me regresan uno esta semana voy a hablar al banco para
desconocer el cargo y que ellos lo reclamen.
Yesenia Rangel"""),
("es", "b134-permiso-circulacion-segunda-cuota", "Cristián Fuentes <cristian.fuentes@example.cl>", "Segunda cuota permiso de circulación", "billing", "",
"""Estimados:

En marzo pagué la primera cuota del permiso de circulación de mi
camioneta ($98.350). Quiero pagar ahora la segunda cuota en vez de
esperar a agosto, porque voy a estar fuera del país. ¿Se puede pagar
anticipada por la web o tengo que ir a la municipalidad? ¿Me sirve el
mismo comprobante?

Saludos,
Cristián Fuentes"""),
("es", "b134-re-devolucion-licencia-pesca-responsable", "Josep Martí <josep.marti@example.es>", "RE: Su solicitud de devolución - licencia de pesca", "billing", "high",
"""Buenos días otra vez,

Les recuerdo que el 10 de febrero me respondieron (ver abajo) que la
devolución de los 25,30 € de la licencia de pesca que pagué por
duplicado se haría "en un plazo de 15 días". Estamos a 2 de abril y no
ha llegado nada. Cada vez que llamo me pasan con una persona distinta
que no sabe nada del tema.

Quiero hablar con el responsable del servicio, no con otro operador.
Mi teléfono es 655 555 218.

Josep Martí

-----Mensaje original-----
De: Atención Ciudadana <atencion@ayto.example.es>
Enviado: lunes, 10 de febrero de 2025 12:41
Asunto: Su solicitud de devolución - licencia de pesca

Estimado Sr. Martí:
Hemos verificado el pago duplicado. La devolución de 25,30 € se
realizará en la cuenta indicada en un plazo de 15 días.
Un saludo."""),
("es", "b134-licencia-caza-jubilado", "Héctor Sosa <hector.sosa@example.com.ar>", "licencia de caza - jubilados", "billing", "",
"""Buenas tardes. Soy jubilado, tengo 71 años y salgo a cazar perdices en
temporada con mi hijo. Quería saber si hay descuento para jubilados en la
licencia de caza menor, porque este año me dicen que está $45.000 y con
la jubilación no me alcanza. Si hay descuento, qué tengo que presentar?
Muchas gracias.
Héctor Sosa, Tandil"""),
("es", "b134-vado-padre-fallecido", "Lucía Domínguez <lucia.dominguez@example.es>", "Tasa de vado - c/ San Roque 14", "billing", "",
"""Buenas,

Mi padre, Antonio Domínguez Pérez, tenía concedido el vado permanente de
la cochera de calle San Roque 14. Falleció en noviembre y el coche ya lo
hemos vendido, así que ya no hay nada que guardar ahí. Queremos dar de
baja el vado para que no se cobre más la tasa anual (la última vez 96 €).
¿Qué tenemos que hacer? ¿Hay que devolver la placa?

Gracias,
Lucía"""),
("es", "b134-recibo-impuesto-vehicular-nit", "Andrés Cardona <andres.cardona@transportes-cardona.example.co>", "Recibo impuesto vehicular a nombre de la empresa", "billing", "",
"""Buenos días,

No estoy pidiendo devolución de nada, el pago está bien. Pagué el
impuesto vehicular de la furgoneta placas TKM-418 por PSE y el recibo me
salió a mi nombre personal, pero el vehículo es de la empresa y el
contador necesita el soporte con razón social y NIT:

Transportes Cardona S.A.S., NIT 900.123.456-7

¿Me lo pueden reexpedir así?

Andrés Cardona
Medellín"""),
("es", "b134-hola-recargo-ibi", "Pilar Navarro <pilar.navarro@example.es>", "Hola", "billing", "",
"""Hola buenos dias,
me ha llegado una carta de recargo de apremio del IBI de 2024 de 38,12
euros, pero yo el IBI lo pague en plazo, el 28 de octubre, en el cajero
del banco. Tengo el justificante. Como puede ser? Les mando foto del
justificante. No quiero pagar un recargo de algo que pague a tiempo.
Pilar"""),
("es", "b134-mudanza-alberca-domiciliacion", "Fernanda Quiroga <fer.quiroga@example.com.mx>", "Mensualidad alberca", "billing", "",
"""Hola, qué tal!

Nos mudamos a Querétaro a fin de mes por trabajo de mi esposo, así que
mis dos hijos ya no van a seguir en las clases de natación de la alberca
municipal. Les pido por favor que ya no carguen la mensualidad ($650 por
niño) a mi tarjeta a partir de julio.

Muchas gracias por todo, los profes son lo máximo.
Fernanda"""),
("es", "b134-pausa-natacion-embarazo", "Camila Herrera <cami.herrera@example.com.ar>", "Pausar clases", "billing", "",
"""Hola! Estoy embarazada de 7 meses y la obstetra me dijo que deje la
pileta hasta después del parto. Se puede pausar el abono mensual de
natación adultos por unos 4 meses y retomarlo después, sin perder la
vacante? No quiero que me sigan debitando mientras no voy. Gracias!!
Cami"""),
("es", "b134-sede-electronica-certificado", "Eduardo Castaño <eduardo.castano@example.es>", "No puedo entrar en la sede electrónica", "technical", "",
"""Buenos días,

Intento acceder a la sede electrónica del ayuntamiento con mi certificado
digital de la FNMT para presentar una instancia y me sale "Error 403 -
no se ha podido validar el certificado". El certificado está en vigor
(caduca en 2026) y con él entro sin problema en la Agencia Tributaria.
He probado con Cl@ve PIN y tampoco pasa de la pantalla de carga.

Uso Windows 11 y Edge, también lo he intentado con Firefox.

Eduardo Castaño"""),
("es", "b134-app-alberca-se-cierra", "Itzel Morales <itzel.morales@example.com.mx>", "la app", "technical", "",
"""Hola, la app para apartar horario en la alberca se cierra sola cuando
le pico a "confirmar". ya la borré y la volví a bajar y nada. tengo un
Motorola g54. me pueden ayudar? gracias"""),
("es", "b134-no-es-cobro-boleta-patente", "Martín Goldberg <martin.goldberg@example.com.ar>", "Boleta de patente", "technical", "",
"""Buenas. Aclaro de entrada que no es un reclamo por el monto, el
importe está bien. El problema es que cuando quiero descargar la boleta
de la patente para pagarla en el Rapipago, la web me tira "Error al
generar el PDF" y no baja nada. Lo intenté desde la compu y desde el
celular, varios días. Vence el 15.
Martín"""),
("es", "b134-gestoria-autoliquidacion-caida", "Gestoría Almansa <gestoria@almansa-gestion.example.es>", "Plataforma de autoliquidación sin servicio", "technical", "high",
"""Buenos días:

Desde el jueves por la tarde la plataforma de autoliquidación del
impuesto de circulación no nos deja generar ninguna carta de pago: al
introducir el bastidor devuelve "servicio no disponible". Sin esa carta
no podemos matricular en Tráfico.

Tenemos más de treinta vehículos de concesionarios de la zona pendientes
de matricular. Los concesionarios no pueden entregar coches ya vendidos
y nos llaman cada hora; dos de ellos nos han dicho que si la semana que
viene sigue igual pasarán el trabajo a otra gestoría.

Les ruego que nos indiquen cuándo estará operativa o si hay algún
procedimiento alternativo.

Atentamente,
Rocío Almansa
Gestoría Almansa"""),
("es", "b134-constructora-portal-permisos-caido", "Constructora Ríos y Asociados <obras@riosyasociados.example.com.mx>", "Portal de licencias", "technical", "high",
"""Buen día,

Desde el lunes el portal de licencias de construcción no carga, solo
aparece una página en blanco. No podemos subir la bitácora ni solicitar
la inspección de cimentación de la obra en Av. Las Torres 2210.

Sin esa inspección el perito no nos deja colar la losa. Tenemos 22
trabajadores parados desde el martes, la olla de concreto ya la
cancelamos dos veces y nos la cobran igual. En ventanilla nos dicen que
todo es por el portal.

Necesitamos una solución hoy o que nos digan cómo hacerlo en papel.

Ing. Raúl Ríos"""),
("es", "b134-sauna-cuadro-humo", "Nerea Etxeberria <nerea.etxeberria@example.es>", "Sauna polideportivo", "technical", "high",
"""Kaixo,

Os escribo para que lo sepáis: esta mañana en la sauna del polideportivo
de Txurdinaga salía un hilo de humo del cuadro de mandos que hay fuera,
junto a la puerta, y olía a cable quemado. La estufa seguía encendida.
Se lo he comentado al chico de mantenimiento que pasaba, pero me ha
dicho que no era cosa suya y la sauna ha seguido abierta toda la mañana.

Igual no es nada, pero yo la apagaría hasta que lo mire un electricista.

Un saludo,
Nerea"""),
("es", "b134-duchas-agua-hirviendo", "Rodrigo Pizarro <rodrigo.pizarro@example.cl>", "Duchas piscina municipal", "technical", "high",
"""Estimados,

Hoy en la tarde mi hijo de 8 años se duchó en los camarines de la piscina
temperada municipal y el agua de golpe salió hirviendo, sin tocar la
llave. Alcanzó a saltar para afuera y solo le quedó la espalda roja,
gracias a Dios no pasó a mayores. Otro papá me dijo que le pasó lo
mismo en la ducha del lado la semana pasada.

Parece que el termo o la válvula del agua caliente está fallando. Lo
aviso porque ahí se bañan muchos niños chicos después de las clases.

Rodrigo Pizarro"""),
("es", "b134-cuenta-bloqueada-tres-dias", "Amparo Segura <amparo.segura@example.es>", "Cuenta bloqueada", "technical", "",
"""Buenas tardes, al entrar en la web de reservas de las piscinas me sale
"cuenta bloqueada por demasiados intentos fallidos". Yo solo me equivoqué
una vez con la contraseña. Dice que se desbloquea en 24 horas pero ya
van tres días y sigue igual. ¿Me la pueden desbloquear?
Amparo"""),
("es", "b134-licencia-pesca-qr-no-lee", "Juan Camilo Osorio <juancamilo.osorio@example.co>", "Permiso de pesca", "technical", "",
"""Buenas tardes.

El domingo en la represa el funcionario no pudo leer el código QR de mi
permiso de pesca deportiva en el celular, le salía "código no válido".
El permiso lo saqué por la página y lo pagué sin problema, tengo el
comprobante. Me dejó pescar pero me dijo que lo revisara con ustedes.
¿Qué puede estar pasando?

Juan Camilo Osorio"""),
("es", "b134-club-natacion-reservas-borradas", "Club Natación Delfines Rosario <secretaria@cndelfines.example.com.ar>", "Reservas de andariveles", "technical", "high",
"""Buenas tardes.

Después de la actualización del sistema de reservas del jueves
desaparecieron todas las reservas de andariveles del club para la
temporada (lunes a viernes de 17 a 21). En la entrada del natatorio el
personal ve la pileta libre en la pantalla y no nos deja pasar porque
"no figura nada".

Llevamos tres días sin poder entrenar: son unos 180 chicos de
escuelita y competición, con el Provincial dentro de dos semanas, y los
entrenadores cobran igual por horas que no pueden dar. Los padres nos
llaman sin parar.

Necesitamos que se restauren las reservas o que alguien del sistema
nos llame hoy mismo al 341 555 2290.

Verónica Ledesma
Secretaria, Club Natación Delfines"""),
("es", "b134-autofirma-error-comunicacion-previa", "Marta Ibarra <marta.ibarra@example.es>", "Error al firmar", "technical", "",
"""Hola,

Estoy intentando presentar la comunicación previa de obra menor en la
sede electrónica y al llegar al último paso, cuando se abre Autofirma
para firmar, me sale "Error al firmar: no se ha podido conectar con el
servidor" y vuelve al principio. Tengo Autofirma recién instalada y el
certificado funciona en otras webs. Llevo toda la mañana.

Marta Ibarra"""),
("es", "b134-urgente-citas-acta-matrimonio", "Karla Mendoza <karla.mendoza@example.com.mx>", "URGENTEEE", "technical", "",
"""URGENTE!!! La página de citas del registro civil NO CARGA. Quiero sacar
cita para pedir el acta de matrimonio y se queda dando vueltas y al final
dice "tiempo de espera agotado". Llevo toda la semana. No es para nada
grave, el acta la ocupo hasta el otro mes, pero ya me desesperé. Ayuda
porfa."""),
("es", "b134-torno-no-lee-tarjeta-sin-tildes", "Sergio Calvo <sergio.calvo@example.es>", "tarjeta abonado", "technical", "",
"""Hola, desde la semana pasada el torno de entrada de la piscina cubierta
no me lee la tarjeta de abonado, se pone en rojo. El abono esta pagado y
en vigor hasta diciembre, en recepcion me dejan pasar pero cada dia es
lo mismo. Se puede haber desmagnetizado? Me hacen otra?
Sergio"""),
("es", "b134-registro-civil-agosto", "Francisco Medina <francisco.medina@example.es>", "Horario de agosto", "general", "",
"""Buenos días, ¿cuál es el horario del Registro Civil en agosto? Tengo
que ir a por un certificado literal de nacimiento para unas oposiciones
y solo puedo por la tarde. Gracias. Paco Medina"""),
("es", "b134-gracias-juez-registro-civil", "Daniela y Mauricio <dani.mau.boda@example.com.mx>", "¡Gracias!", "general", "",
"""¡Hola!

Nos casamos el sábado en la oficialía 3 y queremos dar las gracias a la
licenciada Ofelia Treviño. Mi abuelita está en silla de ruedas y la
licenciada bajó la ceremonia a la planta baja sin que se lo pidiéramos
para que ella pudiera estar en primera fila. Además fue súper cálida y
divertida. Todos los invitados salieron hablando de ella.

Por favor háganle llegar nuestro agradecimiento.

Daniela y Mauricio"""),
("es", "b134-reloj-perdido-vestuario", "Ezequiel Pereyra <eze.pereyra@example.com.ar>", "Objeto perdido", "general", "",
"""Hola, el martes a la noche me olvidé un reloj en el vestuario de
hombres del natatorio municipal, un Casio negro con malla de goma. Creo
que quedó en el banco al lado de las duchas. Alguien lo entregó?
Puedo pasar a buscarlo cualquier día.
Ezequiel"""),
("es", "b134-cambio-domicilio-notificaciones", "Beatriz Romero <beatriz.romero@example.es>", "Cambio de domicilio a efectos de notificaciones", "general", "",
"""Buenas tardes:

Les comunico que desde el 1 de marzo mi domicilio a efectos de
notificaciones tributarias es calle Cervantes 22, 3º B, 29012 Málaga, y
mi nuevo teléfono es 611 555 904. Ruego actualicen mis datos.

Un saludo,
Beatriz Romero Cano
NIF 87654321X"""),
("es", "b134-funcionaria-grosera-supervisor", "Paola Restrepo <paola.restrepo@example.co>", "Queja por atención", "general", "high",
"""Buenas tardes,

Hoy fui a la ventanilla de Registro a pedir un registro civil de
nacimiento de mi mamá. La funcionaria de la ventanilla 4 me atendió
hablando por celular todo el tiempo, me dijo que "eso no se hace aquí,
lea el letrero" y cuando le pregunté dónde se hacía me dio la espalda.
Llevaba dos horas de fila con mi mamá de 82 años.

Exijo que un supervisor o el jefe de la oficina me llame. No quiero una
respuesta automática.

Paola Restrepo
310 555 7724"""),
("es", "b134-rama-pino-piscina", "Elena Vidal <elena.vidal@example.es>", "Rama a punto de caer", "general", "high",
"""Hola,

En la piscina municipal de verano, en la zona de césped junto a la
piscina infantil, hay una rama muy gorda del pino grande que está
rajada y colgando, sujeta solo por un trozo. Justo debajo es donde las
familias ponen las toallas y los niños pequeños se echan la siesta. Con
el viento de esta tarde se movía bastante.

Se lo he dicho al socorrista, que ha dicho que lo pasaría, pero no han
acordonado nada. Creo que habría que hacerlo antes de abrir mañana.

Elena Vidal"""),
("es", "b134-rgpd-acceso-datos", "Óscar Prieto <oscar.prieto@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

Al amparo del artículo 15 del RGPD, solicito acceso a todos los datos
personales que el Ayuntamiento trata sobre mí, la finalidad de cada
tratamiento y los destinatarios a los que se hayan comunicado, en
particular en relación con el padrón y con el expediente de licencia de
actividad 2022/LA/113.

Adjunto copia de mi DNI.

Atentamente,
Óscar Prieto Salas"""),
("es", "b134-patrocinio-torneo-pesca", "Club de Pesca Lago de Guadalupe <clubpesca.guadalupe@example.com.mx>", "Torneo de pesca infantil", "general", "",
"""Estimados señores:

El Club de Pesca Lago de Guadalupe organiza el 3er Torneo de Pesca
Infantil el domingo 21 de septiembre. Esperamos unos 120 niños. Les
escribimos para solicitar el apoyo del municipio como patrocinador:
trofeos, una carpa, o la presencia de personal de protección civil
durante el evento.

Quedamos atentos a su respuesta.

Lic. Gerardo Salinas
Presidente del Club"""),
("es", "b134-licencia-caza-extranjero", "Thomas Müller <t.mueller@example.de>", "Licencia de caza para extranjero", "general", "",
"""Hola, soy alemán y vengo a Argentina en mayo a cazar ciervo colorado
en Neuquén con un guía. ¿Qué documentos necesito para sacar la licencia
de caza como extranjero no residente? ¿Se puede hacer online antes de
viajar? Gracias y disculpe mi español.
Thomas"""),
("es", "b134-socorrista-trato-abogado", "Alberto Ramos <alberto.ramos@example.es>", "Trato recibido en la piscina cubierta", "general", "high",
"""Señores:

El pasado jueves 13, en la piscina cubierta de La Ribera, el socorrista
de turno de tarde expulsó a mi hijo de 14 años de la instalación a gritos,
agarrándole del brazo delante de todos, por supuestamente correr por el
borde, cosa que varios testigos niegan. Mi hijo tiene un moratón en el
brazo.

Solicito por escrito la identificación de ese trabajador y las medidas
que se van a tomar. He consultado con un abogado y, si no recibo una
respuesta seria en quince días, presentaremos denuncia.

Alberto Ramos Gil"""),
("es", "b134-natacion-adultos-mayores-evento", "Marisol Bravo <marisol.bravo@example.cl>", "Jornada adulto mayor", "general", "",
"""Hola, buenas tardes.

Vi un afiche en la junta de vecinos sobre una jornada de puertas
abiertas en la piscina municipal para adultos mayores en octubre. ¿Qué
día es exactamente y hay que inscribirse antes? Vamos un grupo de ocho
señoras del club del adulto mayor de Ñuñoa.

Cariños,
Marisol"""),
("es", "b134-pregunta-licencia-azulejos", "Toni Ferrer <toni.ferrer@example.es>", "Pregunta", "general", "",
"""bon dia, una pregunta rapida: para cambiar los azulejos del baño y el
plato de ducha, sin tocar tabiques, necesito licencia de obra o basta con
una comunicacion previa? gracias
Toni"""),
("es", "b134-me-muero-alberca-nueva", "Valeria Núñez <valeria.nunez@example.com.mx>", "Alberca olímpica nueva", "general", "",
"""Holaaa, me muero de ganas de estrenar la alberca olímpica nueva del
deportivo! Ya saben más o menos cuándo abre? En el face dijeron que en
verano pero no dicen fecha. Gracias!!"""),
# ---------------- Polish ----------------
("pl", "b134-podatek-nieruchomosci-rata-dwa-razy", "Tadeusz Wróbel <tadeusz.wrobel@example.pl>", "Podatek od nieruchomości - II rata", "billing", "",
"""Dzień dobry,

drugą ratę podatku od nieruchomości (412 zł) zapłaciłem przelewem 14
maja. Tydzień później żona, nie wiedząc o tym, zapłaciła ją jeszcze raz
w kasie urzędu. Proszę o zwrot nadpłaty na konto, z którego poszedł
przelew, albo o zaliczenie jej na poczet trzeciej raty - jak będzie
prościej.

Z poważaniem
Tadeusz Wróbel"""),
("pl", "b134-oplata-za-psa-burek", "Jadwiga Sikora <jadwiga.sikora@example.pl>", "Opłata od posiadania psa", "billing", "",
"""Szanowni Państwo,

nasz pies Burek odszedł w marcu, miał 14 lat. Innego psa nie mamy i
nie planujemy. Proszę więc, żeby od tego roku nie naliczać nam już
opłaty od posiadania psa (ostatnio 60 zł). Czy trzeba złożyć jakiś
wniosek, czy wystarczy ten mail?

Jadwiga Sikora
ul. Lipowa 7, Zbąszyń"""),
("pl", "b134-karnet-mosir-przeprowadzka", "Bartosz Zieliński <bartosz.zielinski@example.pl>", "Karnet", "billing", "",
"""Cześć,

od czerwca zaczynam nową pracę w Gdańsku i się przeprowadzam, więc na
basen MOSiR już nie będę chodził. Mam karnet open opłacany co miesiąc
(119 zł) z karty. Proszę o rezygnację od lipca i żeby już nic nie
schodziło. Czerwiec jeszcze wykorzystam.

Dzięki za fajny basen,
Bartek"""),
("pl", "b134-oplata-skarbowa-pozwolenie-wycofane", "Ewa Kaczmarek <ewa.kaczmarek@example.pl>", "Zwrot opłaty skarbowej", "billing", "",
"""Dzień dobry,

w lutym złożyłam wniosek o pozwolenie na budowę garażu i zapłaciłam
opłatę skarbową. W kwietniu wycofałam wniosek, bo sprzedajemy działkę,
decyzja nie została wydana. Czy w takiej sytuacji przysługuje zwrot
opłaty i na jaki numer konta mam wskazać?

Pozdrawiam
Ewa Kaczmarek"""),
("pl", "b134-zawieszenie-karnetu-kontuzja-bez-pl", "Kasia Lewandowska <kasia.lew@example.pl>", "zawieszenie karnetu", "billing", "",
"""Dzien dobry,
zerwalam wiezadlo w kolanie na nartach i przez najblizsze 3 miesiace nie
moge plywac. Czy moge zawiesic karnet na basen (89 zl/mies.) na ten
czas, zeby nie pobieraliscie oplaty? Od wrzesnia chce wrocic.
Mam zaswiadczenie od ortopedy jakby co.
Kasia"""),
("pl", "b134-odp-odpis-aktu-dwie-oplaty", "Monika Adamska <monika.adamska@example.pl>", "Odp: Wniosek o odpis aktu urodzenia", "billing", "",
"""Dzień dobry,

dziękuję za odpis, już doszedł. Mam jednak jeszcze jedną sprawę: opłata
22 zł zeszła z mojego konta dwa razy (12 i 13 czerwca), a zamawiałam
jeden odpis, tak jak Państwo piszą poniżej. Proszę o zwrot drugiej.

Monika Adamska

W dniu 14.06.2025 o 10:12, USC <usc@urzad.example.pl> pisze:
> Szanowna Pani,
> uprzejmie informujemy, że odpis zupełny aktu urodzenia (1 egz.)
> został wysłany listem poleconym.
> Z poważaniem
> Urząd Stanu Cywilnego"""),
("pl", "b134-zezwolenie-wedkarskie-chargeback", "Grzegorz Nowicki <grzegorz.nowicki@example.pl>", "podwójne obciążenie", "billing", "high",
"""Dzień dobry. Kupiłem w Waszym sklepie internetowym roczne zezwolenie
na połów ryb (wody nizinne) za 210 zł i kwota została pobrana z karty
dwa razy. Piszę trzeci raz od dwóch tygodni i nikt nie odpowiada. Jeśli
do piątku nie zobaczę zwrotu, składam w banku reklamację transakcji
(chargeback) i niech bank się z Wami rozlicza.
Grzegorz Nowicki"""),
("pl", "b134-smieci-cztery-osoby-kierownik", "Dorota Jankowska <dorota.jankowska@example.pl>", "Opłata za odpady - naliczenie za 4 osoby", "billing", "high",
"""Dzień dobry,

od stycznia naliczacie mi opłatę za odpady komunalne za 4 osoby (124 zł
miesięcznie), a w mieszkaniu mieszkamy we dwoje - syn z synową
wyprowadzili się w grudniu i złożyłam nową deklarację 3 stycznia, mam
potwierdzenie z pieczątką. Już trzy razy dzwoniłam i za każdym razem
ktoś obiecuje, że "poprawi".

Proszę o korektę i zwrot nadpłaty za 5 miesięcy. Chcę, żeby w tej
sprawie skontaktował się ze mną kierownik wydziału, a nie kolejny
pracownik.

Dorota Jankowska
tel. 601 555 318"""),
("pl", "b134-podatek-srodki-transportu-skarga-sad", "Transport Mazur sp. z o.o. <biuro@transport-mazur.example.pl>", "Podatek od środków transportowych - ciągnik siodłowy sprzedany", "billing", "high",
"""Szanowni Państwo,

w dniu 10 lutego sprzedaliśmy ciągnik siodłowy DAF (nr rej. WE 4812K) i
w ustawowym terminie złożyliśmy korektę deklaracji DT-1. Mimo to
decyzją z 2 kwietnia naliczono nam podatek za cały rok, 2 940 zł, który
zapłaciliśmy, żeby uniknąć odsetek.

Wnosimy o korektę i zwrot nadpłaty za okres od marca. Jeżeli sprawa nie
zostanie załatwiona w terminie 30 dni, złożymy odwołanie do SKO, a w
dalszej kolejności skargę do sądu administracyjnego.

Z poważaniem
Piotr Mazur
Prezes Zarządu"""),
("pl", "b134-nie-chce-zwrotu-potwierdzenie-firma", "Łukasz Pawlak <lukasz@pawlak-foto.example.pl>", "Potwierdzenie zapłaty", "billing", "",
"""Dzień dobry,

nie chodzi mi o żaden zwrot. Zapłaciłem opłatę za zajęcie pasa drogowego
pod rusztowanie (356 zł) i dostałem potwierdzenie na osobę prywatną, a
księgowa potrzebuje dokumentu wystawionego na firmę: Pawlak Foto Łukasz
Pawlak, NIP 7771234567. Czy da się to zmienić?

Łukasz Pawlak"""),
("pl", "b134-podatek-na-raty-pytanie", "Zofia Gajewska <zofia.gajewska@example.pl>", "Pytanie o raty", "billing", "",
"""Szanowni Państwo,

jestem emerytką, podatek rolny i od nieruchomości wyszedł mi w tym roku
1 860 zł. Czy mogę złożyć wniosek o rozłożenie go na więcej rat niż
cztery, i czy to się robi w urzędzie, czy można listownie? Nie mam
internetu w domu, piszę od wnuczki.

Z poważaniem
Zofia Gajewska"""),
("pl", "b134-karta-duzej-rodziny-znizka-bez-pl", "Rafal Wisniewski <rafal.wisniewski@example.pl>", "znizka KDR", "billing", "",
"""Dzien dobry,
kupilem dzis przez internet 5 biletow rodzinnych na basen (2 doroslych +
3 dzieci) i zaplacilem pelna cene 96 zl, mimo ze wpisalem numer Karty
Duzej Rodziny. Na stronie pisze ze jest 50% znizki. Prosze o zwrot
roznicy 48 zl.
Rafal Wisniewski"""),
("pl", "b134-dzien-dobry-mama-zmarla-nadplata", "Agnieszka Michalska <agnieszka.michalska@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

moja mama, Halina Michalska, zmarła 20 stycznia. Płaciła podatek od
domu przy ul. Słonecznej 3 zleceniem stałym i bank zdążył jeszcze
przelać ratę 15 marca. Dom przechodzi na mnie i brata w spadku.

Chciałabym zapytać, co z tą wpłatą - czy zostanie zaliczona na nas jako
nowych właścicieli, czy zwrócona? I co mamy złożyć, żeby podatek był
naliczany już na nas?

Agnieszka Michalska"""),
("pl", "b134-karta-lowiecka-zly-tytul", "Henryk Dąbrowski <henryk.dabrowski@example.pl>", "wpłata", "billing", "",
"""Szanowni Państwo,

przelałem 150 zł za wydanie karty łowieckiej, ale w tytule przelewu
przez pomyłkę wpisałem numer mojego starego zezwolenia na broń zamiast
numeru wniosku (KL/2025/0318). Proszę o przypisanie wpłaty do właściwego
wniosku. Potwierdzenie przelewu w załączniku.

Henryk Dąbrowski"""),
("pl", "b134-profil-zaufany-petla", "Marek Szymański <marek.szymanski@example.pl>", "Logowanie profilem zaufanym", "technical", "",
"""Dzień dobry,

próbuję zalogować się do e-Urzędu miasta profilem zaufanym, żeby złożyć
deklarację śmieciową. Po autoryzacji w banku wraca mnie na stronę
główną e-Urzędu jako niezalogowanego i tak w kółko. Na gov.pl ten sam
profil działa normalnie. Czyściłem ciasteczka, próbowałem Chrome i
Firefox.

Marek Szymański"""),
("pl", "b134-aplikacja-basen-zawiesza", "Natalia Kowalczyk <natalia.kowalczyk@example.pl>", "apka", "technical", "",
"""hej, aplikacja do rezerwacji torów na basenie zawiesza się na białym
ekranie jak tylko wybiorę datę. Xiaomi, Android 14, aplikacja
zaktualizowana. Reinstalacja nic nie dała."""),
("pl", "b134-to-nie-reklamacja-platnosci-bez-pl", "Jacek Wojcik <jacek.wojcik@example.pl>", "e-platnosci nie dzialaja", "technical", "",
"""Dzien dobry, to nie jest reklamacja co do kwoty ani platnosci, kwota
jest dobra. Po prostu strona e-platnosci nie generuje mi indywidualnego
numeru konta do podatku - po kliknieciu "generuj" wyskakuje blad
"Wystapil nieoczekiwany problem" i nic. Od poniedzialku. Chce zaplacic
przed terminem.
Jacek Wojcik"""),
("pl", "b134-biuro-projektowe-wnioski-stoja", "Pracownia Architektoniczna Forma <biuro@forma-projekt.example.pl>", "System wniosków budowlanych", "technical", "high",
"""Dzień dobry,

od ubiegłej środy nie jesteśmy w stanie złożyć żadnego wniosku o
pozwolenie na budowę przez Państwa system: po podpisaniu wniosku
kwalifikowanym podpisem pojawia się komunikat "błąd weryfikacji
podpisu" i wniosek nie zostaje wysłany.

Mamy sześć inwestycji czekających na złożenie. Dwóch inwestorów ma
podpisane umowy z wykonawcami na start robót w maju i grożą im kary
umowne, jeden bank wstrzymał wypłatę transzy kredytu do czasu złożenia
wniosku. Inne pracownie w powiecie zgłaszają to samo.

Prosimy o pilny kontakt.

arch. Joanna Lis
Pracownia Architektoniczna Forma"""),
("pl", "b134-sklep-wedkarski-terminal-sezon", "Sklep Wędkarski Szczupak <szczupak.sklep@example.pl>", "nie możemy wydawać zezwoleń", "technical", "high",
"""Dzień dobry,

jesteśmy punktem sprzedaży zezwoleń wędkarskich w Giżycku. Od soboty
rano terminal wyświetla "brak autoryzacji punktu" i nie wydaje ani
jednego zezwolenia. To był weekend otwarcia sezonu na szczupaka, ludzie
stali w kolejce, musieliśmy odsyłać wszystkich z kwitkiem, część
pojechała łowić do konkurencji w Węgorzewie. Infolinia nie odbiera.

Proszę, niech ktoś się tym zajmie dzisiaj.

Krzysztof Bąk"""),
("pl", "b134-latarnia-kopie-pradem-basen-odkryty", "Paulina Wawrzyniak <paulina.wawrzyniak@example.pl>", "Latarnia przy basenie odkrytym", "technical", "high",
"""Dzień dobry,

piszę tylko informacyjnie. Na basenie odkrytym przy ul. Sportowej, przy
latarni stojącej między brodzikiem a prysznicami, z podstawy słupa
wystaje kabel z pękniętą izolacją, a klapka skrzynki jest otwarta. Mój
syn oparł się o słup mokrą ręką i mówi, że go "kopnęło". Nic mu nie
jest. Powiedziałam w kasie, ale dzisiaj rano dalej tak jest, a dzieci
biegają tam boso cały dzień.

Pozdrawiam
Paulina Wawrzyniak"""),
("pl", "b134-pompa-ciepla-babcia-mieszkanie-komunalne", "Tomasz Grabowski <tomasz.grabowski@example.pl>", "Brak ogrzewania - ul. Kolejowa 5/3", "technical", "high",
"""Dzień dobry,

moja babcia, Stanisława Grabowska, 87 lat, mieszka w lokalu komunalnym
przy ul. Kolejowej 5/3. W zeszłym roku gmina wymieniła tam piec na pompę
ciepła. Od czwartku pompa wyświetla błąd E21 i nie grzeje wcale,
kaloryfery są zimne, w mieszkaniu jest 13 stopni, a na zewnątrz w nocy
minus dziesięć. Babcia chodzi o balkoniku i jest po zapaleniu płuc.

Zgłaszaliśmy to w piątek do administracji, nikt nie przyjechał. Proszę o
pilny przyjazd serwisu.

Tomasz Grabowski, wnuk
tel. 505 555 612"""),
("pl", "b134-nowe-haslo-nie-dziala", "Iwona Kubiak <iwona.kubiak@example.pl>", "Hasło", "technical", "",
"""Dzień dobry, wczoraj zmieniłam hasło do konta w systemie rezerwacji
basenu (system sam kazał, bo "wygasło") i teraz przy logowaniu nowym
hasłem pisze "nieprawidłowe dane logowania". Starym też nie wchodzi.
Próbowałam na komputerze i telefonie. Iwona"""),
("pl", "b134-e-zezwolenie-nie-wyswietla", "Sławomir Jasiński <slawek.jasinski@example.pl>", "zezwolenie w aplikacji", "technical", "",
"""Dzień dobry,

zezwolenie wędkarskie kupiłem przez aplikację, zapłata przeszła, mam
maila z potwierdzeniem. Ale w zakładce "Moje zezwolenia" jest pusto.
Wylogowałem się i zalogowałem ponownie - dalej nic. W sobotę jadę nad
Zalew Sulejowski i nie chcę mieć problemu przy kontroli Straży Rybackiej.

Sławek"""),
("pl", "b134-pdf-odpisu-pusty", "Beata Olszewska <beata.olszewska@example.pl>", "Odpis aktu małżeństwa - pusty plik", "technical", "",
"""Dzień dobry,

pobrałam elektroniczny odpis aktu małżeństwa z konta, ale plik PDF
otwiera się jako pusta, biała strona. Próbowałam w Adobe Readerze i w
przeglądarce, na komputerze i na telefonie. Potrzebuję go do wniosku o
nowy dowód.

Beata Olszewska"""),
("pl", "b134-bramka-nie-czyta-opaski-bez-pl", "Kamil Sadowski <kamil.sadowski@example.pl>", "bramka", "technical", "",
"""Hej, od kilku dni bramka przy wejsciu na basen nie reaguje na moja
opaske, swieci na czerwono. Karnet jest oplacony do konca sierpnia,
pani w kasie mnie przepuszcza, ale codziennie to samo. Moze opaska sie
zepsula?
Kamil"""),
("pl", "b134-pilne-formularz-nie-zapisuje", "Wiesław Kołodziej <wieslaw.kolodziej@example.pl>", "PILNE!!! FORMULARZ NIE DZIAŁA", "technical", "",
"""PILNE!!! Wypełniam formularz IN-1 na stronie i po kliknięciu ZAPISZ
wszystko znika i formularz jest znowu pusty. ROBIŁEM TO TRZY RAZY. Termin
mam dopiero za miesiąc, ale szkoda mi na to czasu. Proszę naprawić.
W. Kołodziej"""),
("pl", "b134-system-podatkowy-padl-termin", "Renata Zawadzka <renata.zawadzka@example.pl>", "15 marca", "technical", "high",
"""Dzień dobry,

dzisiaj mija termin płatności pierwszej raty podatku od nieruchomości, a
od rana e-Urząd wyświetla tylko "Serwis chwilowo niedostępny". W
mieszkańcowej grupie na Facebooku pisze już ponad sto osób, że nie może
zapłacić ani pobrać numeru konta, a pod urzędem stoi kolejka do kasy na
całe schody. Sama jestem w pracy i nie mogę tam pójść.

Proszę o informację, kiedy system znowu zacznie działać, i o
komunikat na stronie głównej, bo ludzie nie wiedzą, co się dzieje.

Renata Zawadzka"""),
("pl", "b134-usc-wigilia-godziny", "Wojciech Baran <wojciech.baran@example.pl>", "Godziny otwarcia 24 grudnia", "general", "",
"""Dzień dobry, czy 24 grudnia Urząd Stanu Cywilnego będzie czynny, a jeśli
tak, to do której? Chcę zarejestrować urodzenie córki. Pozdrawiam,
Wojciech Baran"""),
("pl", "b134-podziekowanie-kierowniczka-usc", "Karolina i Michał Nowakowie <karolina.michal@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

w sobotę braliśmy ślub cywilny w plenerze nad jeziorem i chcieliśmy
bardzo podziękować Pani Kierownik Urzędu Stanu Cywilnego, Pani Elżbiecie
Górskiej. Mimo że zaczęło padać, spokojnie przeniosła ceremonię pod
zadaszenie, a jej przemówienie wzruszyło nawet mojego tatę, który
podobno nigdy nie płacze.

Z serdecznymi pozdrowieniami
Karolina i Michał"""),
("pl", "b134-plecak-klucze-szatnia", "Elżbieta Kwiatkowska <elzbieta.kwiatkowska@example.pl>", "Zguba", "general", "",
"""Dzień dobry,

mój syn (12 lat) zostawił wczoraj po treningu w szatni męskiej na
pływalni granatowy plecak Nike, a w nim klucze od domu i legitymację
szkolną. Czy ktoś go znalazł? Możemy odebrać w każdej chwili.

Elżbieta Kwiatkowska
tel. 692 555 140"""),
("pl", "b134-zmiana-nazwiska-po-slubie", "Aleksandra Nowak-Zając <ola.nowakzajac@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Zając na Nowak-Zając, zmienił się też
mój adres e-mail (ten, z którego piszę). Proszę o aktualizację danych w
moim koncie mieszkańca, na którym mam zapisane rezerwacje basenu i
powiadomienia o podatkach. Dowód osobisty już mam nowy.

Aleksandra Nowak-Zając"""),
("pl", "b134-urzednik-niegrzeczny-przelozony", "Stanisław Krawczyk <stanislaw.krawczyk@example.pl>", "Skarga na pracownika wydziału komunikacji", "general", "high",
"""Szanowni Państwo,

w poniedziałek 7 kwietnia w Wydziale Komunikacji, przy stanowisku nr 5,
pracownik (starszy mężczyzna w okularach) odnosił się do mnie w sposób
skandaliczny. Kiedy zapytałem, dlaczego potrzebna jest jeszcze jedna
kopia dokumentu, powiedział głośno "jak pan nie rozumie, to niech pan
przyjdzie z dzieckiem, to panu wytłumaczy". Ludzie w kolejce się śmiali.

Mam 74 lata i nie pozwolę się tak traktować. Żądam rozmowy z
przełożonym tego pracownika lub naczelnikiem wydziału.

Stanisław Krawczyk"""),
("pl", "b134-luzna-kratka-odplywowa-brodzik", "Magdalena Wójcik <magdalena.wojcik@example.pl>", "Brodzik dla dzieci", "general", "high",
"""Dzień dobry,

w brodziku dla małych dzieci na krytej pływalni kratka odpływowa na dnie
jest obluzowana i się podnosi. Mojemu synkowi (3 lata) stopa wpadła pod
kratkę i utknęła, wyciągaliśmy ją we dwoje z ratownikiem. Skończyło się
na otarciu i strachu. Ratownik mówił, że zgłaszali to już wcześniej, a
brodzik dalej jest otwarty i pełen dzieci.

Proszę o zabezpieczenie tego miejsca.

Magdalena Wójcik"""),
("pl", "b134-rodo-kopia-danych", "Jarosław Piątek <jaroslaw.piatek@example.pl>", "Wniosek z art. 15 RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych przetwarzanych przez Urząd, informacji o celach przetwarzania
oraz o odbiorcach, którym zostały udostępnione - w szczególności w
związku z postępowaniem o warunki zabudowy nr WZ.6730.88.2024.

Odpowiedź proszę przesłać na ten adres e-mail.

Jarosław Piątek"""),
("pl", "b134-sponsoring-zawody-wedkarskie", "Koło PZW nr 14 Sieradz <kolo14.sieradz@example.pl>", "Zawody wędkarskie dla dzieci", "general", "",
"""Dzień dobry,

Koło PZW nr 14 organizuje 1 czerwca, z okazji Dnia Dziecka, zawody
wędkarskie dla dzieci nad Wartą. Spodziewamy się około 80 uczestników.
Czy gmina mogłaby objąć zawody patronatem albo ufundować nagrody lub
drobne upominki dla dzieci?

Z wędkarskim pozdrowieniem
Zbigniew Ryba, prezes koła"""),
("pl", "b134-altana-czy-pozwolenie", "Adam Czarnecki <adam.czarnecki@example.pl>", "Altanka", "general", "",
"""Dzień dobry,

chcę postawić na działce przy domu drewnianą altanę ok. 20 m2. Czy
potrzebuję pozwolenia na budowę, czy wystarczy zgłoszenie? I czy ma
znaczenie, że będzie 3 m od granicy z sąsiadem?

Pozdrawiam
Adam"""),
("pl", "b134-zawody-plywackie-dzieci-bez-pl", "Anna Zalewska <anna.zalewska@example.pl>", "zawody dla dzieci", "general", "",
"""Dzien dobry,
slyszalam, ze w maju na miejskim basenie beda zawody plywackie dla dzieci
ze szkol podstawowych. Czy moga startowac dzieci, ktore nie sa w zadnym
klubie? Corka ma 9 lat i bardzo chce. Kiedy sa zapisy?
Pozdrawiam, Anna"""),
("pl", "b134-pytanie-obcokrajowiec-karta-wedkarska", "Oleksandr Bondarenko <oleksandr.bondarenko@example.pl>", "Pytanie", "general", "",
"""Dzień dobry,
jestem z Ukrainy, mieszkam w Lublinie od dwóch lat. Czy mogę zrobić
kartę wędkarską w Polsce i czy egzamin jest tylko po polsku? Jakie
dokumenty są potrzebne?
Dziękuję,
Oleksandr"""),
("pl", "b134-ratownik-skarga-rzecznik", "Beata Sobczak <beata.sobczak@example.pl>", "Zachowanie ratownika na basenie odkrytym", "general", "high",
"""Szanowni Państwo,

w niedzielę 6 lipca na basenie odkrytym ratownik publicznie wyśmiewał
mojego syna z niepełnosprawnością ruchową, nazywając go przez megafon
"pingwinem", czym rozbawił grupę nastolatków. Syn od tamtej pory nie
chce wyjść z domu.

Oczekuję pisemnych przeprosin i informacji o konsekwencjach wobec tego
pracownika. Jeśli ich nie otrzymam w ciągu 14 dni, sprawę skieruję do
Rzecznika Praw Obywatelskich i do mediów.

Beata Sobczak"""),
("pl", "b134-aqua-aerobik-zabojcze-tempo", "Grażyna Malinowska <grazyna.malinowska@example.pl>", "Aqua aerobik", "general", "",
"""Dzień dobry!

Chciałam tylko napisać, że pani Iza na aqua aerobiku we wtorki ma
zabójcze tempo i po zajęciach ledwo żyję, ale to najlepsza godzina w
moim tygodniu. Chodzimy we cztery z sąsiadkami i wszystkie jesteśmy
zachwycone. Prosimy, żeby jej nie zabierać na inne godziny!

Grażyna"""),
]
