# batch76.py -- labelled test mails, held out of the tree until the rules
# it measures are final, so that nothing is tuned or trained on them.
# Kinds of business: work -- co-working spaces, virtual offices and mail
# handling, temp agencies, freelance marketplaces, job boards,
# apprenticeship providers, workplace pensions.  Covers escalation demands
# that keep their topic, legal threats and chargebacks, negations,
# subjects that say nothing or something else, replies quoting an earlier
# mail, plans ended or paused in unusual wording, business outages told
# by their consequences, safety hazards told calmly, praise, payment
# questions, Greeklish, and everyday mail of all three queues.  Written
# separately in each language (not translations).  Same tuple format as
# batch12.py: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b76-hotdesk-charged-twice", "Rhys Morgan <rhys.morgan@example.co.uk>", "Membership payment", "billing", "",
"""Hi there,

My hot desk membership at your Cardiff Bay space (10 days a month,
139.00) has gone out of my account twice this month - once on the 1st
and again on the 3rd. Same amount, same reference. I've only got the one
membership as far as I know.

Can you put the second one back please?

Cheers,
Rhys"""),
("en", "b76-father-passed-business-address", "Siobhan Kavanagh <siobhan.kavanagh@example.ie>", "My father's account", "billing", "",
"""Dear Sir or Madam,

My father, Seamus Kavanagh, rented a business address and post service
from you for his joinery business in Galway. Sadly he passed away on the
2nd of this month and the business is being wound up.

Could you close the account and stop the direct debit (49 euro a
month)? Any post still in your office can be sent on to me at the
address below. If there is anything owing either way please let me know.

Kind regards,
Siobhan Kavanagh
14 Father Griffin Road, Galway"""),
("en", "b76-desk-on-ice-baby", "Niamh Brennan <niamh.brennan@example.ie>", "Hello", "billing", "",
"""Hello!

Bit of news - baby number two is due in June, so I won't be in for a
while. Rather than cancel, could my dedicated desk go on ice from 1 June
until around Christmas? I'd love to keep the same desk by the window if
at all possible, even if I have to pay something small to hold it.

Thanks a million,
Niamh (desk 14, Smithfield)"""),
("en", "b76-service-fee-twenty-percent", "Tyler Brooks <tyler.brooks@example.com>", "Contract FL-88213", "billing", "",
"""Hi,

I'm a freelance illustrator on your platform. Your pricing page says the
service fee is 10% on contracts over $500. My last contract (FL-88213,
client in Denver) was $1,200 and you took $240, which is 20%.

Either I'm reading the page wrong or something's off. Can you explain or
correct it?

Tyler"""),
("en", "b76-premium-listing-pending-bank", "Mick Dwyer <mick@saltshed-fremantle.example>", "Premium listing - paid, not live", "billing", "high",
"""G'day,

We paid AUD 349 on 4 March for a 30-day premium listing for a Senior
Chef role at our restaurant. Twelve days later it's still sitting on
"pending review" and nobody answers the chat.

Either the ad goes live today with the full 30 days, or refund the 349.
If I haven't heard back by Friday I'll be disputing the charge with our
bank.

Mick Dwyer
Owner, The Salt Shed, Fremantle"""),
("en", "b76-temp-payslip-missing-shift", "Kayleigh Booth <kayleigh.booth@example.co.uk>", "Payslip week 14", "billing", "",
"""Hiya,

I did 4 shifts at the warehouse in Daventry last week, Mon to Thu, 9 hrs
each so 36 hrs, but my payslip only shows 28. Looks like Thursday is
missing. My supervisor there signed the timesheet.

Thats about 92 quid short, when will it be sorted?

Kayleigh Booth
worker no 77120"""),
("en", "b76-pension-employer-still-3pc", "Daniel Okafor <daniel.okafor@example.co.uk>", "Contributions", "billing", "",
"""Hello,

I've just looked at my workplace pension statement online. My employer
contribution should have gone up to 5% when I passed probation in
January, but every month since it's still gone in at 3% (salary
31,000).

Is this something you correct, or do I need to go back to HR at my
employer?

Regards,
Daniel Okafor"""),
("en", "b76-re-invoice-gstin-missing", "Pradeep Raghunathan <pradeep.r@nimbus-analytics.example>", "Re: Your invoice INV-2024-0456 from DeskHive Bengaluru", "billing", "",
"""Dear Team,

Kindly note the below invoice has been raised without our GSTIN, due to
which our accounts team is unable to claim input credit. Request you to
re-issue the same with GSTIN 29AAACN0000X1Z5 and company name as
"Nimbus Analytics Pvt Ltd" (not my personal name).

Thanks and regards,
Pradeep Raghunathan
Finance, Nimbus Analytics

-----Original Message-----
From: DeskHive Billing <billing@deskhive.example>
Sent: 02 April 2024 10:14
Subject: Your invoice INV-2024-0456 from DeskHive Bengaluru

Dear Pradeep Raghunathan,

Please find attached your invoice for 6 dedicated desks (April 2024),
amount INR 72,000 plus GST, due by 10 April.

DeskHive Bengaluru, Koramangala"""),
("en", "b76-milestone-held-attorney", "Jasmine Ortiz <jasmine.ortiz@example.com>", "Funds held for 45 days", "billing", "high",
"""I completed milestone 3 for a client (web app, contract MK-40517) on
February 12. The client approved it in writing in your chat. Since then
you have held the $3,400 "in review" and support keeps sending me the
same template reply.

I have rent to pay. I've already spoken to an attorney, and if the money
isn't released within 7 days we'll be filing a claim. I'd much rather
not have to.

Jasmine Ortiz"""),
("en", "b76-sales-team-on-fire-desks", "Tom Hargreaves <tom.hargreaves@lumenfoods.example>", "Growing!", "billing", "",
"""Hi Priya,

Our sales team is on fire this quarter and we've got four new starters
in May, so the 6 desks we have on the 2nd floor won't cut it for much
longer.

What would 10 dedicated desks cost per month, and is there a discount if
we sign for 12 months instead of rolling? Ideally next to where we are
now.

Best,
Tom Hargreaves
Operations, Lumen Foods"""),
("en", "b76-not-the-app-charged-after-cancel", "Olivia Grant <olivia.grant@example.co.uk>", "Account", "billing", "",
"""Hi,

Before anyone sends me to the tech team again: this is NOT a problem
with the app, the app is fine. I cancelled my Flex membership in the app
on 28 January (I have the confirmation email) and you've still taken 89
pounds in February and again in March.

Please refund both.

Olivia Grant"""),
("en", "b76-coinvestment-invoice-escalate", "Karen Whitfield <k.whitfield@hollins-engineering.example>", "Invoice AP-3391 - apprentice who left in week 3", "billing", "high",
"""Dear Sir/Madam,

We have received invoice AP-3391 for 1,350.00, our 5% co-investment for
the Level 3 Maintenance Technician apprenticeship of Jordan Hale. Jordan
left us in his third week, in September, and we told your tutor at the
time by email.

We have now raised this twice with your accounts team and been told
both times that "the invoice stands". I would like this escalated to
your Head of Finance or someone senior who can actually look at the
dates. We will not be paying it in the meantime.

Karen Whitfield
HR Manager, Hollins Engineering Ltd, Sheffield"""),
("en", "b76-meeting-credits-wiped", "Hamish Lang <hamish.lang@example.com.au>", "Room credits", "billing", "",
"""Hi team,

Quick one - I had 8 hours of meeting room credit left on my plan at the
end of March and it went to zero on 1 April. I thought unused credits
rolled over for a month? I'd already booked a room for a workshop next
week expecting to use them.

Can you pop them back on?

Cheers,
Hamish (Surry Hills)"""),
("en", "b76-virtual-office-drop-phone-answering", "Graham Pike <graham@pikerowe-surveyors.example>", "Changing our package", "billing", "",
"""Hello,

We've gone fully remote and no longer need the phone answering part of
our virtual office package. From next month we just want the registered
address and mail scanning.

Could you move us onto the cheaper plan (the "Essentials" one at 25 a
month, I think?) and confirm the new price? Account VO-2287.

Thanks,
Graham Pike
Pike & Rowe Surveyors"""),
("en", "b76-third-floor-offline-pitch", "Anna Lisowski <anna@northlight-studio.example>", "Third floor", "technical", "high",
"""Hi,

Since about 9:15 nobody on the third floor has been able to get online,
wired or wifi. There are 14 of us in suite 3.2. Two client video calls
have already dropped, we can't reach any of our files, and we've got a
pitch at 2pm that runs entirely off the cloud.

Front desk said someone was "looking at it" an hour ago. Can someone
tell us what's going on?

Anna
Northlight Studio"""),
("en", "b76-kitchen-kettle-plug-scorched", "Ruth Ellison <ruth.ellison@example.co.uk>", "Kitchen, 2nd floor", "technical", "high",
"""Morning,

Not an emergency, just thought you should know - the kettle in the 2nd
floor kitchen has tripped the power a few times this week, and this
morning I noticed the plug is brown and scorched round the pins and the
socket feels warm. I've unplugged it and stuck a note on it.

Might be worth someone looking at the socket as well.

Ruth (desk 22)"""),
("en", "b76-fob-dead-after-seven", "Euan Mackie <euan.mackie@example.co.uk>", "Fob", "technical", "",
"""My key fob works fine during the day but after 7pm it just flashes red
at the main door on Leith Walk and won't let me in. I'm on the 24/7
plan. I've had to wait for someone to come out and open it twice now.

Euan"""),
("en", "b76-timesheet-sunday-shift-not-found", "Precious Adeyemi <precious.adeyemi@example.co.uk>", "Question", "technical", "",
"""hi i cant submit my hours for sunday in the timesheet app it keeps
saying "shift not found" but i definately worked it, care home in
Leicester 8am till 8pm. monday to saturday all went through fine.
what do i do?
thanks
Precious"""),
("en", "b76-reset-link-expired-instantly", "Marcus Bell <marcus.bell@example.com>", "Can't log in", "technical", "",
"""I've reset my password three times today. Every time I click the link
in the email it says "This link has expired", even when I click it
within a minute. I need to reply to an employer through your messages
about a second interview.

iPhone 13, Safari. Also tried Chrome on the phone, same thing.

Marcus Bell"""),
("en", "b76-not-billing-invoice-download-500", "Sneha Kulkarni <sneha.kulkarni@example.in>", "Billing section", "technical", "",
"""Hello,

Please note this is not a billing query, the amounts are all correct.
The issue is that the "Download invoice" button in the Billing section
gives "Error 500 - something went wrong" for every invoice after
January. Tried in Chrome and Edge, cleared cache also. Our auditors need
the PDFs by month end.

Regards,
Sneha Kulkarni
Pune"""),
("en", "b76-pension-code-old-number", "Brian Entwistle <brian.entwistle@example.co.uk>", "Logging in", "technical", "",
"""Dear Sirs,

I have a new mobile telephone with a new number, and your pension
website keeps sending the security code to my old number, which no
longer exists. I therefore cannot log in at all. There does not seem to
be any way of changing the number without logging in first.

I am 63 and would like to look at my retirement figures. Please advise.

Yours faithfully,
Brian Entwistle"""),
("en", "b76-liffey-room-no-signal", "Conor Daly <conor.daly@example.ie>", "Liffey room screen", "technical", "",
"""Hi,

The big screen in the Liffey room won't pick up anything from my
laptop. Tried the HDMI cable and the wireless dongle yoke, it just sits
on "No signal". I've a client meeting in there Thursday at 10 so it'd be
great if it's sorted by then.

Thanks,
Conor"""),
("en", "b76-upload-stuck-99-urgent", "Rahul Verma <rahul.verma@example.in>", "URGENT!!! upload failing", "technical", "",
"""Hi support,

URGENT. I am trying to submit final files for the logo project (order
ORD-771902) and the upload stops at 99% every time and then says
"Upload failed". File is a 180 MB zip. Tried 5 times on two different
networks.

Delivery is due tonight 11:59 pm IST otherwise client may mark it late.
Please help ASAP!!

Rahul Verma"""),
("en", "b76-heater-burning-smell-room4", "Bec Sullivan <bec.sullivan@example.com.au>", "Meeting room 4", "technical", "high",
"""Hi,

Just letting you know the wall heater in meeting room 4 at the
Fortitude Valley site was giving off a strong burning smell this
afternoon and there was a bit of a haze up near the ceiling. We switched
it off at the wall and opened the windows. Nobody's in there now, but
someone should check it before it gets used again.

Cheers,
Bec"""),
("en", "b76-listings-gone-hiring-drive", "Dana Whitfield <dana@summitstaffing.example>", "Our listings", "technical", "high",
"""Hi,

We're a staffing firm with 31 active listings on your site. Since this
morning none of them appear in search - searching our company name
gives "no results" - although all 31 show as Active in our dashboard.

We launched our seasonal warehouse hiring drive yesterday. Applications
have gone from about 200 a day to zero, and two of our clients start
onboarding on Monday.

Please call me on 555-0148.

Dana Whitfield
Recruiting Manager, Summit Staffing, Columbus OH"""),
("en", "b76-scan-to-email-nothing-arrives", "Leanne Foster <leanne.foster@example.co.uk>", "Printer by reception", "technical", "",
"""Scan to email on the printer by reception hasn't worked since Monday -
it scans, says "Sent", and nothing ever arrives (I've checked junk).
Copying and printing are fine.

Leanne"""),
("en", "b76-eportfolio-crash-senior-manager", "Mohammed Rafiq <mo.rafiq@example.co.uk>", "Third time - e-portfolio", "technical", "high",
"""This is the third time I'm reporting this.

The e-portfolio app crashes every time I try to upload evidence for my
units, on my phone and on the college laptop. Tickets 40211 and 40388
were both closed with "please clear your cache". I have. Twice.

My end-point assessment gateway is in three weeks and my tutor can't
sign anything off without the evidence. I want this passed to a senior
manager, not another first-line reply.

Mohammed Rafiq
Level 3 Electrical apprentice, Bradford"""),
("en", "b76-thanks-aoife-front-desk", "Declan Murphy <declan.murphy@example.ie>", "Aoife", "general", "",
"""Just a quick note to say Aoife on the front desk in Cork is a star. My
mam was taken into hospital last Tuesday and Aoife packed up my desk,
minded my post and rang me to say not to worry about a thing.

Small things maybe, but they meant a lot. Make sure her manager hears
about it!

Declan"""),
("en", "b76-easter-open-no-refund", "Fiona Stewart <fiona.stewart@example.co.uk>", "Easter", "general", "",
"""Hi,

I don't want a refund or anything like that, I know the plan says
business days. I just want to know whether the building is open on Good
Friday and Easter Monday and whether members can get in on those days.

Thanks,
Fiona"""),
("en", "b76-hold-post-while-away", "Ian Stroud <ian@marlow-bespoke.example>", "Post while I'm away", "general", "",
"""Hello,

I'm away from 12 to 26 August. Please hold all post for Marlow Bespoke
Tailoring rather than forwarding it to my home as usual, and I'll
collect it from you on the 27th. Parcels too please.

Thanks,
Ian Stroud"""),
("en", "b76-charger-phone-booth", "Zara Hussain <zara.hussain@example.co.uk>", "Left behind", "general", "",
"""Hi, I think I left my laptop charger in phone booth 2 on Wednesday
afternoon - white USB-C, with a bit of green tape round the cable. Has
anyone handed it in?
Zara"""),
("en", "b76-croydon-consultant-branch-manager", "Shanice Campbell <shanice.campbell@example.co.uk>", "Your consultant", "general", "high",
"""I'm writing about the way I was spoken to by one of your consultants at
the Croydon branch, Lee, on Monday.

I rang to ask why I hadn't been offered any shifts for three weeks and
was told, on speakerphone with someone else in the room, that "people
who turn down Saturdays don't get picked". He then laughed and hung up.
I have never turned down a Saturday.

I want the branch manager to ring me, and I want to know this has been
dealt with.

Shanice Campbell
07700 900123"""),
("en", "b76-sar-cv-views-ico", "Nathaniel Greaves <nathaniel.greaves@example.co.uk>", "Subject access request", "general", "high",
"""Dear Data Protection Officer,

Under Article 15 UK GDPR I request a copy of all personal data you hold
about me, including every version of my CV, any notes made on my
profile, and a list of the employers who have viewed or downloaded my
CV.

I first asked for this through your help form on 3 February and have
had no reply. If I do not receive the data within the one-month limit I
will complain to the Information Commissioner's Office.

Account email: this address.

Nathaniel Greaves"""),
("en", "b76-fire-exit-flatpacks", "Paul Jennings <paul.jennings@example.co.uk>", "4th floor", "general", "high",
"""Hi,

Probably not top of anyone's list, but the fire exit at the end of the
4th floor corridor has been blocked since Monday by a stack of
flat-packed desks and chairs - you can't get to the door without
climbing over them. There are about 40 of us working on that floor.

Could someone move them?

Thanks,
Paul Jennings, suite 4.6"""),
("en", "b76-company-renamed-directory", "Megan Price <megan@brightside-studio.example>", "Company name change", "general", "",
"""Hi,

We've changed our company name from Brightside Digital Ltd to
Brightside Studio Ltd (same company number, 11223344). Could you update
it on our account, on the directory board in reception and on the name
you sign for our post under?

Certificate of change attached.

Regards,
Megan Price"""),
("en", "b76-hackathon-sponsor-pitt", "Aditi Menon <aditi.menon@example.edu>", "HackRiver 2024", "general", "",
"""Hi!

I'm on the organising team for HackRiver, a 24-hour student hackathon at
the University of Pittsburgh this October (about 250 students). We're
looking for local sponsors and community partners - swag, mentors, or
even just a shout-out.

Would your coworking space be interested? Happy to send over our sponsor
pack.

Thanks so much,
Aditi"""),
("en", "b76-grandson-plumbing-gcse-maths", "Pauline Hodgkinson <pauline.hodgkinson@example.co.uk>", "My grandson", "general", "",
"""Good afternoon,

My grandson Kyle is 16 and has his heart set on being a plumber. He is
sitting his GCSEs this summer and is worried about his maths. Does he
need a pass in maths to start one of your plumbing apprenticeships in
September, or can he do it alongside?

Also, is all the training in Nottingham or would he need to travel?

I am asking on his behalf as he is shy on the telephone.

Thank you very much,
Mrs Pauline Hodgkinson"""),
("en", "b76-re-tour-bring-greyhound", "Jess Nguyen <jess.nguyen@example.com.au>", "Re: Your tour is booked - Tuesday 10:30", "general", "",
"""Thanks! One thing - can I bring my dog along? She's a very chill
greyhound. If I end up joining I'd also want to know if dogs are
allowed on the desk floor day to day.

Jess

On Fri, 5 Apr, Collective Co-Work Brunswick <hello@collectivecowork.example> wrote:
> Hi Jess,
>
> Your tour of Collective Co-Work Brunswick is booked for Tuesday 9
> April at 10:30am. Just ask for Sam at reception.
>
> See you then!
> The Collective team"""),
("en", "b76-hyderabad-meetups-nonmembers", "Kavya Reddy <kavya.reddy@example.in>", "Events", "general", "",
"""Hello,

I have recently started freelancing as a UX designer. Do you organise
any networking meetups or workshops at your Hitech City centre that
non-members can attend? Kindly share the schedule.

Thanks,
Kavya Reddy"""),
("en", "b76-reference-temp-dates", "Amy Whitcombe <amy.whitcombe@example.co.uk>", "Reference", "general", "",
"""Hi,

I temped through you at Marston's office in Wolverhampton from March to
October last year. I've now been offered a permanent job and they need
a reference confirming my dates and role. Could you send one to
hr@kestrelhomes.example?

Thank you,
Amy Whitcombe"""),
# ---------------- Greek ----------------
("el", "b76-diplh-xreosi-ladadika", "Στέλιος Παπαδόπουλος <stelios.papad@example.gr>", "Χρέωση Μαρτίου", "billing", "",
"""Καλησπέρα σας,

Είμαι μέλος στο coworking σας στα Λαδάδικα (πακέτο 10 ημερών, 95€ τον
μήνα). Τον Μάρτιο η κάρτα μου χρεώθηκε δύο φορές, στις 3/3 και στις 4/3,
με το ίδιο ποσό. Μπορείτε να δείτε τι έγινε και να μου επιστρέψετε τη
δεύτερη χρέωση;

Ευχαριστώ,
Στέλιος Παπαδόπουλος"""),
("el", "b76-gl-fevgo-monaxo-edra", "Kostas M. <kostas.mavr@example.gr>", "edra etaireias", "billing", "",
"""Kalhspera sas,
apo ton Iounio fevgw gia douleia sto Monaxo kai h atomikh mou epixeirhsh
kleinei, opote den 8a xreiazomai allo thn edra sto Marousi. Pws kanw th
diakoph? Exw plhrwsei mexri kai ton Maio, den 8elw na xrew8w gia
Iounio.
Euxaristw
Kwstas Mavridis"""),
("el", "b76-teli-analipsis-15-evro", "Νεφελη Ρουσσου <nefeli.roussou@example.gr>", "Τελη αναληψης", "billing", "",
"""Καλημερα,

εκανα αναληψη 640€ απο το πορτοφολι της πλατφορμας στον λογαριασμο μου
και μου ηρθαν 622,50€. Στη σελιδα με τις χρεωσεις γραφει οτι η αναληψη
σε ελληνικη τραπεζα κοστιζει 2,50€. Τα υπολοιπα 15€ τι ειναι;

Ευχαριστω,
Νεφελη Ρουσσου, γραφιστρια"""),
("el", "b76-yperories-aspropyrgos", "Ανδρέας Λαμπρόπουλος <a.lampropoulos@example.gr>", "Μισθοδοσία Φεβρουαρίου", "billing", "",
"""Γεια σας,

δουλεύω μέσω της εταιρείας σας στην αποθήκη στον Ασπρόπυργο. Τον
Φεβρουάριο έκανα 14 ώρες υπερωρίες, υπογεγραμμένες από τον προϊστάμενο
βάρδιας, αλλά στη μισθοδοσία δεν εμφανίζονται πουθενά. Στον λογαριασμό
μου μπήκε μόνο ο βασικός.

Πότε θα πληρωθούν;

Με εκτίμηση,
Ανδρέας Λαμπρόπουλος
ΑΜ εργαζομένου 55821"""),
("el", "b76-eisfores-tea-den-fainontai", "Ειρήνη Σταματοπούλου <eirini.stamat@example.gr>", "Εισφορές ΤΕΑ", "billing", "",
"""Καλημέρα,

από τον Ιανουάριο η εταιρεία μου κρατάει 2% από τον μισθό μου για το
Ταμείο Επαγγελματικής Ασφάλισης, το βλέπω στις αποδείξεις πληρωμής.
Στον ατομικό μου λογαριασμό όμως στο site σας οι τελευταίες εισφορές
είναι του Δεκεμβρίου.

Έχουν μπει τα χρήματα και απλώς δεν φαίνονται, ή δεν έχουν μεταφερθεί
ποτέ;

Ειρήνη Σταματοπούλου"""),
("el", "b76-aggelia-dyo-fores-trapeza", "Μαρίνα Κυριακίδου <marina@kyriakidis-shoes.example>", "Αγγελία 2 φορές", "billing", "high",
"""Κύριοι,

για την αγγελία «Πωλητής/τρια για κατάστημα στη Γλυφάδα» χρεωθήκαμε δύο
φορές από 59€ στις 12/2. Έχω στείλει τρία email και ένα μήνυμα από τη
φόρμα επικοινωνίας, καμία απάντηση.

Αν μέχρι την Παρασκευή δεν δω επιστροφή των 59€, θα κάνω αμφισβήτηση της
χρέωσης στην τράπεζα για όλο το ποσό.

Μαρίνα Κυριακίδου
Κυριακίδης Υποδήματα"""),
("el", "b76-gl-eggyisi-pagkrati-synigoros", "Thanos Georgiou <thanos.georgiou@example.gr>", "eggyhsh", "billing", "high",
"""Geia sas.
Efyga apo to idiwtiko grafeio sto Pagkrati stis 31/1, paredwsa kleidia
kai kartes kai mou eipate oti h eggyhsh twn 400e 8a epistrafei se 15
meres. Exoun perasei 2 mhnes. Ka8e fora pou pairnw thlefwno "8a to dei
to logisthrio".
An den epistrafoun ta lefta mexri to telos tou mhna 8a kanw anafora
ston Synhgoro tou Katanalwth.
Thanos Georgiou"""),
("el", "b76-doseis-meta-diakopi-diefthyntis", "Γεώργιος Ηλιόπουλος <g.iliopoulos@example.gr>", "Δόσεις μετά τη διακοπή", "billing", "high",
"""Αξιότιμοι κύριοι,

Η κόρη μου, Δανάη Ηλιοπούλου, διέκοψε στις 15 Νοεμβρίου το πρόγραμμα
κατάρτισης και πρακτικής άσκησης στην κομμωτική που παρέχετε στο
Ηράκλειο, με γραπτή αίτηση που πήρε αριθμό πρωτοκόλλου στη γραμματεία
σας. Παρ' όλα αυτά συνεχίζετε να χρεώνετε την κάρτα μου με τη μηνιαία
δόση των 120€ (Δεκέμβριο, Ιανουάριο, Φεβρουάριο).

Η γραμματεία μού λέει κάθε φορά ότι «δεν είναι αρμοδιότητά της». Ζητώ να
επικοινωνήσει μαζί μου ο διευθυντής του κέντρου και να επιστραφούν οι
τρεις δόσεις.

Γεώργιος Ηλιόπουλος
694 000 0000"""),
("el", "b76-sezon-naxos-pagoma", "Αλεξης Δημητριου <alexis.dimitriou@example.gr>", "Καλοκαιρι", "billing", "",
"""Γεια σας,

απο αρχες Ιουνιου μεχρι τελη Σεπτεμβριου θα δουλευω σεζον σε ξενοδοχειο
στη Ναξο, οποτε δεν θα ερχομαι καθολου στο γραφειο. Μπορει να παγωσει η
συνδρομη μου (fixed desk) για αυτους τους μηνες και να ξαναξεκινησει
τον Οκτωβριο; Δεν θελω να χασω τη θεση μου.

Ευχαριστω,
Αλεξης"""),
("el", "b76-gl-etisio-virtual-doseis", "Sofia T. <sofia.tzan@example.gr>", "Erwthsh", "billing", "",
"""Kalhmera,
8elw na parw to etisio paketo gia virtual office (edra + paralavh
allhlografias) pou leei 480e to xrono. Ginetai na plhrwsw me pistwtikh
se 6 h 12 atokes doseis h mono efapax?
Eyxaristw
Sofia"""),
("el", "b76-re-apodeixi-timologio-afm", "Χριστίνα Ζαφειρίου <ch.zafeiriou@example.gr>", "Re: Απόδειξη πληρωμής #A-10442", "billing", "",
"""Καλησπέρα,

Χρειάζομαι τιμολόγιο και όχι απόδειξη, γιατί είμαι ελεύθερη
επαγγελματίας. Τα στοιχεία μου: Χριστίνα Ζαφειρίου, Μεταφράστρια, ΑΦΜ
123456789, ΔΟΥ Καλαμαριάς. Μπορείτε να ακυρώσετε την απόδειξη και να
εκδώσετε τιμολόγιο;

Χριστίνα

---- Αρχικό μήνυμα ----
Από: WorkHub Θεσσαλονίκη <info@workhub-thess.example>
Θέμα: Απόδειξη πληρωμής #A-10442

Αγαπητή κυρία Ζαφειρίου,
σας επισυνάπτουμε την απόδειξη για τη συνδρομή Απριλίου (flex desk,
75,00€). Ευχαριστούμε!"""),
("el", "b76-den-einai-texniko-akyrosi-aithousas", "Πέτρος Ανδρεάδης <petros.andreadis@example.gr>", "Κράτηση αίθουσας", "billing", "",
"""Καλημέρα.

Να πω από την αρχή ότι δεν είναι τεχνικό θέμα, η εφαρμογή δουλεύει μια
χαρά. Ακύρωσα την κράτηση της αίθουσας «Υμηττός» για τις 18/4 δύο μέρες
νωρίτερα, όπως λένε οι όροι (48 ώρες), και πήρα και email ακύρωσης.
Παρ' όλα αυτά χρεώθηκα 60€.

Παρακαλώ για επιστροφή.
Πέτρος Ανδρεάδης"""),
("el", "b76-gl-syntaxi-patera-syndromi-ergodoti", "Vaso Karali <vaso.karali@example.gr>", "syndromh ergodoth", "billing", "",
"""Kalhmera sas.
O pateras mou vgainei sth syntaksh ton Iounio kai to logistiko grafeio
pou eixame sta Giannena kleinei, opote den 8a psaxnoume pia prosopiko.
Exoume thn etisia syndromh ergodoth (290e) pou ananewnetai aftomata ton
Ioulio. Parakalw na mhn ananewthei.
Eyxaristw,
Vasw Karali"""),
("el", "b76-pnigike-douleia-perissoteres-theseis", "Νίκος Σαββίδης <nikos@orbitapps.example>", "Περισσότερες θέσεις", "billing", "",
"""Γεια σας Ελένη,

έχουμε πνιγεί στη δουλειά (καλό αυτό!) και από τον Μάιο έρχονται άλλα
τρία άτομα. Τώρα έχουμε 2 σταθερές θέσεις στον 1ο. Πόσο θα μας κοστίσει
να πάμε σε 5 θέσεις ή σε ένα μικρό ιδιωτικό γραφείο; Υπάρχει έκπτωση
για ετήσιο συμβόλαιο;

Νίκος Σαββίδης
Orbit Apps"""),
("el", "b76-xoris-internet-apd-logistiko", "Κατερίνα Μπαλτά <k.balta@baltas-logistes.example>", "Όροφος 2", "technical", "high",
"""Καλημέρα,

από τις 9 το πρωί δεν υπάρχει ίντερνετ σε όλο τον 2ο όροφο, ούτε στο
wifi ούτε στα καλώδια. Είμαστε λογιστικό γραφείο με 8 άτομα και σήμερα
είναι η τελευταία μέρα για τις υποβολές των πελατών μας. Δεν μπορούμε να
μπούμε πουθενά, οι πελάτες παίρνουν τηλέφωνο και δεν μπορούμε να κάνουμε
τίποτα. Στη ρεσεψιόν δεν ξέρουν τι να μας πουν.

Παρακαλώ ενημερώστε μας άμεσα.

Κατερίνα Μπαλτά
Μπαλτάς & Συνεργάτες"""),
("el", "b76-gl-myrizei-gkazi-kouzina", "Giannis Vlachos <giannis.vlachos@example.gr>", "kouzina 3ou", "technical", "high",
"""Kalhmera, mia enhmerwsh mono: sthn koinoxrhsth kouzina tou 3ou orofou
myrizei gkazi apo to prwi, ekei pou einai h estia. Ta kobia einai ola
kleista. Anoiksame ta parathyra kai eipame sta paidia na mhn anavoun
tipota ekei mesa. As er8ei kapoios na to koitaksei.
Giannhs, grafeio 3.4"""),
("el", "b76-karta-eisodou-savvatokyriako", "Μιχαλης Σταυρου <m.stavrou@example.gr>", "Καρτα εισοδου", "technical", "",
"""Καλησπερα,

η καρτα εισοδου μου δουλευει κανονικα Δευτερα με Παρασκευη, αλλα το
Σαββατοκυριακο η πορτα στην εισοδο δεν ανοιγει, αναβει κοκκινο. Εχω το
πακετο 24/7. Το Σαββατο περιμενα μισαωρο μεχρι να βγει καποιος.

Μιχαλης Σταυρου"""),
("el", "b76-gl-biografiko-mi-egkyro", "Eleni <eleni.kar93@example.gr>", "biografiko", "technical", "",
"""geia sas prospa8w na anevasw to biografiko mou se pdf (300kb) kai mou
vgazei "Mh egkyro arxeio". to ekana kai se word kai pali to idio. apo
laptop me chrome. ti na kanw?
Eleni"""),
("el", "b76-oxi-xreosi-kleidoma-pylis", "Θεοδώρα Αναστασίου <theodora.anast@example.gr>", "Κλείδωμα λογαριασμού", "technical", "",
"""Καλημέρα σας.

Δεν αφορά χρέωση ούτε εισφορές, αυτά είναι εντάξει. Ο λογαριασμός μου
στην ηλεκτρονική πύλη του ταμείου κλειδώθηκε μετά από τρεις λάθος
προσπάθειες και βγάζει «επικοινωνήστε με την υποστήριξη». Πέρασαν δύο
μέρες και ακόμα δεν μπορώ να μπω.

Πώς ξεκλειδώνεται;
Θεοδώρα Αναστασίου"""),
("el", "b76-pyli-oron-sindos-misthodosia", "Σοφια Χατζη <s.chatzi@sindos-trofima.example>", "Πυλη ωρων", "technical", "high",
"""Καλησπερα.

Ειμαστε πελατες σας, εργοστασιο τροφιμων στη Σινδο, με 60 εργαζομενους
μεσω της εταιρειας σας. Απο χθες το μεσημερι η πυλη οπου περναμε τις
ωρες εργασιας δεν ανοιγει, βγαζει λευκη σελιδα. Αυριο κλεινει η
μισθοδοσια του μηνα και αν δεν περασουν οι ωρες, 60 ανθρωποι δεν θα
πληρωθουν στην ωρα τους.

Τηλ. 2310 000000
Σοφια Χατζη, Υπευθυνη Προσωπικου"""),
("el", "b76-gl-eidopoiiseis-platformas", "Dimitris P. <dimitris.webdev@example.gr>", "eidopoihseis", "technical", "",
"""Kalhspera,
edw kai mia evdomada den mou erxontai eidopoihseis otan mou grafoun
pelates sthn platforma, oute sto kinhto oute sto email. Exasa hdh mia
douleia giati eida to mhnyma meta apo 3 meres. Tis exw energopoihmenes
stis rythmiseis. Android, teleftaia ekdosh ths efarmoghs.
Dhmhtrhs, web developer"""),
("el", "b76-polyprizo-liomeno-aithousa-v", "Λένα Φραγκιαδάκη <lena.fragkiadaki@example.gr>", "Αίθουσα Β", "technical", "high",
"""Καλησπέρα, για να το ξέρετε: το πολύπριζο κάτω από το τραπέζι στην
αίθουσα Β ζεσταίνεται πάρα πολύ και το πλαστικό γύρω από μία θέση έχει
λιώσει λίγο. Το βγάλαμε από τον τοίχο και το αφήσαμε στη ρεσεψιόν. Καλό
θα ήταν να ελεγχθεί και η πρίζα του τοίχου.

Ευχαριστώ,
Λένα"""),
("el", "b76-gl-ektypotis-mac", "Anna S. <anna.sfakianaki@example.gr>", "printer", "technical", "",
"""Geia, o ektypwths ston 1o den typwnei tipota apo to laptop mou (Mac).
Ton vlepei, stelnw to arxeio, leei "printing" kai meta tipota. Apo to
kinhto typwnei kanonika. Mhpws thelei kapoio driver?
Anna"""),
("el", "b76-efarmogi-kratiseon-diathesimotita", "Γιωργος Πετρακης <g.petrakis@example.gr>", "Κρατησεις", "technical", "",
"""Καλημερα,

εδω και τρεις μερες η εφαρμογη κρατησεων μου δειχνει «Δεν υπαρχει
διαθεσιμοτητα» για ολες τις θεσεις, καθε μερα, ενω οταν ερχομαι ο χωρος
ειναι μισοαδειος. Εκανα αποσυνδεση και επανεγκατασταση. iPhone.

Ευχαριστω,
Γιωργος Πετρακης"""),
("el", "b76-sarosi-allilografias-proistamenos", "Αντώνης Ρήγας <antonis@rigas-ike.example>", "Σαρωμένη αλληλογραφία - 2 εβδομάδες", "technical", "high",
"""Κύριοι,

Εδώ και δύο εβδομάδες η εφαρμογή δεν εμφανίζει καμία σαρωμένη
αλληλογραφία, ενώ ξέρω ότι έχουν έρθει τουλάχιστον δύο συστημένες από
την εφορία. Έχω ανοίξει δύο αιτήματα (#8812 και #8907) και η απάντηση
ήταν «δοκιμάστε να αποσυνδεθείτε». Το έκανα.

Ζητώ να με καλέσει σήμερα ο προϊστάμενος της υποστήριξης.

Αντώνης Ρήγας
ΡΗΓΑΣ ΙΚΕ"""),
("el", "b76-re-aitima-5521-vinteo", "Σπύρος Λιάπης <spyros.liapis@example.gr>", "Re: Το αίτημά σας #5521 έκλεισε", "technical", "",
"""Καλησπέρα,

Το αίτημα έκλεισε αλλά το πρόβλημα δεν λύθηκε. Τα βίντεο της ενότητας 4
(Ασφάλεια στο εργοτάξιο) ακόμα δεν παίζουν, μένουν σε μαύρη οθόνη με
τον κύκλο να γυρίζει. Των άλλων ενοτήτων παίζουν κανονικά.

Σπύρος

> Αγαπητέ χρήστη,
> Το αίτημά σας #5521 έκλεισε. Αν το πρόβλημα συνεχίζεται, απαντήστε
> σε αυτό το μήνυμα.
> Ομάδα Υποστήριξης e-Μαθητεία"""),
("el", "b76-enimerotiko-tablet-den-anoigei", "Παναγιώτης Κουτσογιάννης <p.koutsogiannis@example.gr>", "Ενημερωτικό", "technical", "",
"""Καλημέρα σας,

είμαι 64 χρονών και μου στείλατε στο email το ετήσιο ενημερωτικό του
επαγγελματικού ταμείου. Όταν το πατάω στο τάμπλετ βγαίνει ένα παράθυρο
που λέει «Δεν είναι δυνατό το άνοιγμα του αρχείου». Ο εγγονός μου λέει
ότι ίσως φταίει το τάμπλετ.

Τι πρέπει να κάνω για να το δω;

Με εκτίμηση,
Παναγιώτης Κουτσογιάννης"""),
("el", "b76-gl-efxaristo-katerina-reseption", "Maria Lykou <maria.lykou@example.gr>", "Katerina", "general", "",
"""Kalhspera!
H8ela na pw ena megalo eyxaristw sthn Katerina sth reseption. Xtes eixa
parousiash se pelath, mou xalase to laptop 10 lepta prin kai ekeinh mou
vrhke ena allo kai mou krathse thn ai8ousa gia mia wra akomh xwris na
to zhthsw. Phge poly kala h parousiash!
Na sas zhsei :)
Maria"""),
("el", "b76-ores-dekapentavgoustos", "Ραλλου Μπεη <rallou.bei@example.gr>", "Δεκαπενταυγουστος", "general", "",
"""Καλησπερα, θα ειναι ανοιχτος ο χωρος στις 14 και 15 Αυγουστου; Και αν
ναι, με τι ωραριο;
Ευχαριστω, Ραλλου"""),
("el", "b76-allilografia-iouliou-kerkyra", "Ευτυχία Μάνου <eftychia@armonia-symvouloi.example>", "Αλληλογραφία Ιουλίου", "general", "",
"""Καλημέρα,

Από 1 έως 31 Ιουλίου θα είμαι στην Κέρκυρα. Όση αλληλογραφία έρχεται
για την εταιρεία «Αρμονία Σύμβουλοι» παρακαλώ να μην την κρατάτε στο
γραφείο αλλά να μου τη στέλνετε με courier στη διεύθυνση: Αγίου
Σπυρίδωνος 12, 49100 Κέρκυρα. Από 1 Αυγούστου πάλι κανονικά.

Ευχαριστώ,
Ευτυχία Μάνου"""),
("el", "b76-gl-gyalia-phone-booth", "Babis <babis.kouris@example.gr>", "gyalia", "general", "",
"""geia sas mhpws vrhkate ena zeygari gyalia oraseos me mauro skeleto se
mple 8hkh? ta ksexasa mallon sto phone booth dipla sthn kouzina thn
Pempth to apogeuma.
Mpampis"""),
("el", "b76-symperifora-ypallilou-peiraias", "Σταύρος Καλογεράκης <s.kalogerakis@example.gr>", "Συμπεριφορά υπαλλήλου", "general", "high",
"""Καλησπέρα σας,

Την Τρίτη πήγα στο γραφείο σας στον Πειραιά για συνέντευξη για θέση σε
αποθήκη. Ο υπάλληλος που με εξυπηρέτησε (κ. Νίκας) μου είπε μπροστά σε
άλλους υποψήφιους ότι «στην ηλικία σας δεν σας παίρνει κανείς» και μου
πέταξε πίσω το βιογραφικό. Είμαι 52 ετών και δουλεύω από τα 17.

Ζητώ να μου τηλεφωνήσει ο διευθυντής του υποκαταστήματος. Τέτοια
συμπεριφορά δεν είναι αποδεκτή.

Σταύρος Καλογεράκης
697 000 0000"""),
("el", "b76-diagrafi-viografikou-arxi", "Αγγελική Τσιάρα <angeliki.tsiara@example.gr>", "Διαγραφή στοιχείων", "general", "high",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Στις 10 Ιανουαρίου ζήτησα με email τη διαγραφή του λογαριασμού μου και
του βιογραφικού μου από την πλατφόρμα σας. Σήμερα εξακολουθώ να λαμβάνω
μηνύματα από εταιρείες που «είδαν το προφίλ μου», άρα το βιογραφικό μου
είναι ακόμα ορατό.

Αν δεν επιβεβαιώσετε εγγράφως τη διαγραφή μέσα σε 10 ημέρες, θα
υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού
Χαρακτήρα.

Αγγελική Τσιάρα"""),
("el", "b76-gl-skalopati-koupasteh", "Petros K. <petros.kanellos@example.gr>", "skala eisodou", "general", "high",
"""Kalhmera,
sthn eswterikh skala apo to isogeio ston 1o, to trito skalopati apo
katw exei ksekollhsei to marmaro kai kounietai, kai h koupasth apo thn
idia meria einai xalarh. Shmera to prwi mia kopela glistrhse kai
kontepse na pesei. Kalo 8a htan na mpei kapoia shmansh mexri na
ftiaxtei.
Petros K., grafeio 1.2"""),
("el", "b76-allagi-kinitou-email", "Κωνσταντινα Παπακωστα <k.papakosta@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα,

αλλαξα αριθμο κινητου και email. Νεο κινητο 693 000 0000, νεο email
k.papakosta@example.gr. Παρακαλω ενημερωστε το προφιλ μου, γιατι τα
μηνυματα για τα δεματα που φτανουν για μενα πανε ακομα στο παλιο.

Κωνσταντινα Παπακωστα"""),
("el", "b76-xorigia-agonas-patra", "Ηλίας Σπηλιόπουλος <info@achaia-trexei.example>", "Πρόταση χορηγίας", "general", "",
"""Καλησπέρα σας,

Είμαστε ο σύλλογος δρομέων «Αχαΐα Τρέχει» και στις 12 Οκτωβρίου
διοργανώνουμε φιλανθρωπικό αγώνα 5 και 10 χιλιομέτρων στην Πάτρα, για
την παιδιατρική κλινική του Πανεπιστημιακού Νοσοκομείου.

Θα σας ενδιέφερε να συμμετάσχετε ως χορηγός ή να μας παραχωρήσετε τον
χώρο σας για μια ενημερωτική βραδιά; Μπορούμε να σας στείλουμε το
σχετικό φάκελο.

Με εκτίμηση,
Ηλίας Σπηλιόπουλος
Πρόεδρος"""),
("el", "b76-mathiteia-epal-larisa", "Βούλα Τσιρογιάννη <voula.tsirogianni@example.gr>", "Ερώτηση για τη μαθητεία", "general", "",
"""Καλημέρα σας,

Ο γιος μου τελείωσε φέτος ΕΠΑΛ (τομέας ηλεκτρολογίας) και θα ήθελε να
κάνει το έτος μαθητείας. Θα ήθελα να ρωτήσω αν υπάρχει όριο ηλικίας, αν
η πρακτική μπορεί να γίνει σε εταιρεία στη Λάρισα ή πρέπει να
μετακινηθεί, και πότε ανοίγουν οι αιτήσεις.

Ευχαριστώ πολύ,
Βούλα Τσιρογιάννη"""),
("el", "b76-gl-workshops-freelancers-xalandri", "Irene <irene.copy@example.gr>", "workshops", "general", "",
"""Geia sas! Eimai freelancer copywriter kai douleuw apo to spiti sto
Xalandri. Organwnete kapoia workshops h networking vradies gia
freelancers pou mporei na er8ei kai kapoios pou den einai melos? 8a
h8ela na gnwrisw kosmo :)
Eyxaristw!
Irene"""),
("el", "b76-edra-gemi-eggrafa", "Άρης Κωνσταντίνου <aris.konstantinou@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα,

σκέφτομαι να ανοίξω ΙΚΕ και να πάρω virtual office από εσάς. Η διεύθυνσή
σας γίνεται δεκτή ως έδρα από το ΓΕΜΗ και την εφορία; Χρειάζεται κάποιο
έγγραφο από εσάς (π.χ. ιδιωτικό συμφωνητικό) για την εγγραφή;

Ευχαριστώ,
Άρης Κωνσταντίνου"""),
("el", "b76-gl-isyxi-zoni-kinita", "Fotis <fotis.alex@example.gr>", "hsyxh zwnh", "general", "",
"""Kalhmera,
8elw na sas pw oti sthn "hsyxh zwnh" ston 2o dyo atoma milane sxedon
ka8e mera sto kinhto me anoixth akroash, kapoies fores kai me hxeio.
Tous to eipa eugenika, den allakse tipota. Mporeite na valete mia
pinakida h na tous to peite eseis?
Euxaristw,
Fwths"""),
# ---------------- Spanish ----------------
("es", "b76-oficina-virtual-recibo-doble", "Marta Llorente <marta.llorente@example.es>", "Recibo duplicado", "billing", "",
"""Buenos días:

Tengo contratada la oficina virtual (domiciliación + gestión de correo)
en vuestro centro de Valencia, 39 € al mes. Este mes me habéis pasado el
recibo dos veces por el banco, el día 1 y el día 5. ¿Me podéis devolver
el segundo?

Gracias,
Marta Llorente"""),
("es", "b76-comision-retiro-clabe", "Itzel Ramírez <itzel.ramirez@example.com.mx>", "Comisión por retiro", "billing", "",
"""Hola, buenas tardes.

Hice un retiro de $8,500 MXN de mi saldo a mi cuenta CLABE y me llegaron
$8,075. En su página dice que la comisión por retiro es de 1.5%, o sea
como $127, pero me descontaron $425. ¿Me pueden explicar de dónde sale
la diferencia?

Saludos,
Itzel Ramírez
Diseñadora freelance, Guadalajara"""),
("es", "b76-aumento-membresia-palermo", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "Aumento", "billing", "",
"""Hola, qué tal.

Me llegó el débito de la membresía de abril por $185.000 cuando en marzo
pagué $140.000. Entiendo que con la inflación suban, pero nadie me avisó
nada, ni un mail. ¿Me podés confirmar si es correcto y desde cuándo
rige? Si es así, quiero pasarme al plan de 3 días por semana.

Gracias,
Lucas (Palermo)"""),
("es", "b76-ett-plus-nocturnidad", "Jonathan Perez <jonathan.perez88@example.es>", "Nomina marzo", "billing", "",
"""Hola, trabajo por vuestra ETT en el almacen de Alcala de Henares en
turno de noche desde febrero. En la nomina de marzo no aparece el plus
de nocturnidad, ni un euro, y en el contrato pone que lo tengo. Son unos
180 euros. Me decis algo?

Jonathan Perez"""),
("es", "b76-aportaciones-plan-empleo-dgsfp", "Rosario Gil Navarro <rosario.gil@example.es>", "Aportaciones no ingresadas", "billing", "high",
"""Estimados señores:

Soy partícipe del plan de pensiones de empleo de mi empresa, que
gestionan ustedes. Según mis nóminas, desde septiembre se me descuentan
60 € mensuales como aportación del trabajador, pero en el extracto del
plan la última aportación que figura es la de agosto. Llevo tres meses
preguntando y solo me contestan que "está en revisión".

Si en quince días no tengo una explicación por escrito y las
aportaciones regularizadas, presentaré una reclamación ante la
Dirección General de Seguros y Fondos de Pensiones.

Atentamente,
Rosario Gil Navarro"""),
("es", "b76-plan-empresarial-cobro-sic", "Andrés Felipe Gómez <talento@confecciones-laestrella.example>", "Cobro después de cancelar", "billing", "high",
"""Buenas tardes.

Cancelamos el plan empresarial del portal el 28 de febrero y tengo el
correo de confirmación. Aun así, el 5 de marzo nos debitaron $1.250.000
de la tarjeta de la empresa. Ya escribí dos veces y me responden que "el
ciclo ya había iniciado", lo cual no es lo que dicen sus términos.

Si no nos reintegran el valor esta semana, radicamos la queja ante la
Superintendencia de Industria y Comercio.

Cordialmente,
Andrés Felipe Gómez
Coordinador de Talento Humano
Confecciones La Estrella S.A.S., Medellín"""),
("es", "b76-contratado-plantilla-baja-mesa", "Iker Etxeberria <iker.etxeberria@example.es>", "Se acabo la aventura", "billing", "",
"""Hola chicos,

pues al final me han contratado en plantilla en una empresa de Bilbao y
a partir de mayo ya no voy a necesitar la mesa fija. Como lo hago para
darme de baja? Tengo pagado hasta el 30 de abril.

Ha sido un gusto estos dos años!
Iker"""),
("es", "b76-pausa-cirugia-rodilla", "Fernanda Olvera <fernanda.olvera@example.com.mx>", "Pausa", "billing", "",
"""Buen día.

Me van a operar de la rodilla el 20 de mayo y voy a estar incapacitada
unas 8 semanas, así que no voy a poder ir al coworking. ¿Puedo pausar mi
membresía esos dos meses sin perder mi lugar ni la tarifa que tengo
ahorita?

Muchas gracias,
Fernanda Olvera (Polanco)"""),
("es", "b76-re-factura-nombre-sociedad", "Lucía Garrido <lucia@estudiogarrido.example>", "RE: Factura F-2024-0311", "billing", "",
"""Hola,

La factura tiene que ir a nombre de la sociedad, no al mío: Estudio
Garrido Arquitectura S.L.P., CIF B00000000, C/ Sagasta 14, 3º, 28004
Madrid. ¿Podéis anular esta y emitir una nueva?

Un saludo,
Lucía Garrido

-----Mensaje original-----
De: Administración Nodo Coworking <admin@nodocowork.example>
Enviado el: martes, 2 de abril de 2024 9:12
Asunto: Factura F-2024-0311

Hola Lucía,
te adjuntamos la factura de abril: despacho privado para 2 personas,
620,00 € + IVA.
Un saludo."""),
("es", "b76-no-es-la-app-sala-cancelada", "Sol Bianchi <sol.bianchi@example.com.ar>", "Sala de reuniones", "billing", "",
"""Hola!

Aclaro antes que nada: no es un problema de la app, la app anda bárbaro.
El tema es que cancelé la reserva de la sala grande del jueves con tres
días de anticipación y igual me cobraron $36.000. Tengo el mail de
cancelación. ¿Me lo devuelven?

Gracias,
Sol"""),
("es", "b76-fianza-despacho-responsable", "Manuel Caballero <manuel@caballero-asesores.example>", "Fianza despacho 2B", "billing", "high",
"""Buenas tardes:

Dejamos el despacho 2B de vuestro centro de Sevilla el 31 de enero, con
el acta de entrega firmada y sin ninguna incidencia. La fianza de
1.200 € tenía que devolverse en 30 días. Han pasado más de dos meses y
cada vez que llamo me dicen que "ya está pedida".

Quiero hablar con el responsable del centro o con alguien de dirección,
no otra vez con recepción.

Saludos,
Manuel Caballero
Caballero Asesores"""),
("es", "b76-terraza-ocupada-contracargo", "Alejandra Treviño <alejandra@maizazul.example>", "Evento 14 de marzo", "billing", "high",
"""Buenas.

Pagamos $18,000 MXN por la renta de su terraza para el lanzamiento de
nuestra marca el 14 de marzo en Monterrey. Ese día llegamos y la terraza
estaba ocupada por otro evento, y nos mandaron a una sala sin ventanas
para 30 personas cuando éramos 60.

Queremos el reembolso completo. Si no tenemos respuesta en 5 días
hábiles vamos a solicitar el contracargo a nuestro banco.

Alejandra Treviño
Fundadora, Maíz Azul Snacks"""),
("es", "b76-plan-anual-cuotas-providencia", "Camila Fuentes <camila.fuentes@example.cl>", "Consulta plan anual", "billing", "",
"""Hola, ¿cómo están?

Quiero contratar el plan anual de escritorio fijo en Providencia
($1.290.000). ¿Se puede pagar en cuotas sin interés con tarjeta, o hay
algún descuento si pago al contado por transferencia?

Saludos,
Camila Fuentes"""),
("es", "b76-nos-matan-a-pedidos-presupuesto", "Pablo Sanz <pablo.sanz@cardinalsoftware.example>", "Presupuesto", "billing", "",
"""Hola, Ana:

Este año nos están matando a pedidos (en el buen sentido) y en junio se
incorporan cuatro personas más. Ahora tenemos 4 puestos fijos en la
planta 1. ¿Nos podrías pasar presupuesto para 8 puestos, a ser posible
juntos, y decirnos si hay descuento por permanencia de un año?

Gracias,
Pablo Sanz
Cardinal Software"""),
("es", "b76-planta3-sin-conexion-llamadas", "Nerea Aguirre <nerea.aguirre@atenea-contact.example>", "Planta 3", "technical", "high",
"""Buenos días.

Desde las 8:30 en la planta 3 no hay conexión, ni wifi ni cable. Somos
un servicio de atención al cliente con 12 agentes y trabajamos con
telefonía por internet: ahora mismo no entra ni sale ninguna llamada y
nuestros clientes nos están escribiendo para preguntar qué pasa. En
recepción dicen que no saben nada.

Por favor, decidnos algo cuanto antes.

Nerea Aguirre
Coordinadora, Atenea Contact"""),
("es", "b76-olor-gas-cocineta", "Emiliano Castro <emiliano.castro@example.com.mx>", "Cocineta 2o piso", "technical", "high",
"""Hola, buenas tardes.

Solo para avisarles que en la cocineta del segundo piso huele a gas
desde mediodía, sobre todo cerca de la estufa. Las perillas están
cerradas. Abrimos la ventana y pusimos un letrero para que nadie prenda
nada. ¿Pueden mandar a alguien a revisar?

Gracias,
Emiliano Castro, oficina 204"""),
("es", "b76-app-mis-reservas-en-blanco", "Martina Sosa <martina.sosa@example.com.ar>", "Mis reservas", "technical", "",
"""Hola, desde la última actualización la app no me muestra mis reservas,
la pestaña "Mis reservas" queda en blanco. Pero las reservas existen,
porque cuando llego al coworking figuran en recepción. Tengo Android.
¿Me dan una mano?

Abrazo,
Martina"""),
("es", "b76-barrera-parking-tarjeta", "Sergio Lopez <sergio.lopez.m@example.es>", "Parking", "technical", "",
"""Buenas, la tarjeta de acceso me abre la puerta principal sin problema
pero la barrera del parking no la lee desde el lunes. Tengo la plaza
contratada. Ayer tuve que llamar al telefonillo dos veces.

Un saludo,
Sergio Lopez"""),
("es", "b76-hoja-de-vida-error-inesperado", "Yuliana Restrepo <yuliana.restrepo@example.com.co>", "hoja de vida", "technical", "",
"""Buenas noches, llevo toda la tarde tratando de subir mi hoja de vida en
el portal y cuando le doy "Guardar" me sale "Ocurrió un error
inesperado" y se borra todo lo que llené. El archivo es un PDF de 1 MB.
Lo intenté desde el computador y desde el celular.

Muchas gracias por su ayuda,
Yuliana Restrepo, Bogotá"""),
("es", "b76-no-cobros-certificado-fiscal", "Jordi Puig <jordi.puig@example.es>", "Certificado fiscal", "technical", "",
"""Hola:

No es un tema de cobros ni de aportaciones, eso está bien. Es que al
intentar descargar el certificado fiscal del plan de pensiones para la
declaración de la renta, la web se queda cargando y al final sale
"Error de servidor". Lo he intentado varios días con Chrome y con
Firefox.

Gracias,
Jordi Puig"""),
("es", "b76-app-fichaje-ett-80-trabajadores", "Raquel Morales <rrhh@logiebro.example>", "App de fichajes", "technical", "high",
"""Buenos días:

Somos un operador logístico de Zaragoza con unos 80 trabajadores
puestos a disposición por vuestra ETT. Desde ayer por la tarde la
aplicación de fichaje no funciona, da "Error de autenticación" a todo el
mundo. Nadie ha podido fichar ni el turno de noche ni el de mañana, los
jefes de equipo están apuntando a mano y el lunes cerramos horas para
las nóminas.

Necesitamos una solución hoy.

Raquel Morales
Jefa de Personal, LogiEbro"""),
("es", "b76-urgente-chat-no-carga", "Beto Avila <beto.avila.dev@example.com.mx>", "URGENTE no carga el chat", "technical", "",
"""URGENTE!!! el chat con mi cliente no carga, solo aparece la ruedita y
luego "Intenta de nuevo mas tarde". Necesito mandarle los avances hoy.
Ya cerre sesion, borre cache, probe en otra compu y nada.
Beto"""),
("es", "b76-enchufe-chispas-sala-andes", "Felipe Contreras <felipe.contreras@example.cl>", "Enchufe sala Andes", "technical", "high",
"""Hola, les comento que hoy en la mañana el enchufe de la pared en la
sala Andes tiró chispas cuando conecté el cargador del notebook, y quedó
negro alrededor. Desconecté todo y le avisé a la chica de recepción,
pero la sala sigue reservada para la tarde. Sería bueno que alguien lo
revise antes.

Saludos,
Felipe Contreras"""),
("es", "b76-impresora-error-red-escaner", "Carmen Rubio <carmen.rubio@example.es>", "Impresora", "technical", "",
"""Hola, la impresora de la planta baja imprime bien pero al escanear
dice "Error de red" y no manda nada al correo. Desde el jueves.
Gracias.
Carmen"""),
("es", "b76-aprendiz-campus-contrasena", "Tomás Gauna <tomas.gauna@example.com.ar>", "No puedo entrar al campus", "technical", "",
"""Hola, soy aprendiz del programa de electricidad industrial en Córdoba.
Cambié la contraseña del campus virtual la semana pasada y desde
entonces me dice "usuario o contraseña incorrectos". Le di a "olvidé mi
contraseña" y el mail no me llega nunca (revisé spam). Tengo que
entregar el trabajo práctico el viernes.

Gracias,
Tomás Gauna"""),
("es", "b76-re-incidencia-avisos-escaneo", "Elena Sáez <elena.saez@example.es>", "Re: Incidencia 4471 resuelta", "technical", "",
"""Pues no, no está resuelta. Sigo sin recibir los avisos cuando escaneáis
una carta; me entero entrando en el panel a mano cada día. Antes me
llegaba un correo por cada carta. Revisado spam, revisados filtros.

Elena

El 3/4/2024 a las 12:05, Soporte Domicilia <soporte@domicilia.example> escribió:
> Hola Elena,
> Hemos revisado la configuración de tus notificaciones y ya deberían
> llegarte con normalidad. Damos la incidencia por resuelta.
> Un saludo,
> Equipo Domicilia"""),
("es", "b76-area-participes-pantalla-blanco", "Evaristo Ruiz Mena <evaristo.ruiz@example.es>", "Area de participes", "technical", "",
"""Muy señores míos:

Tengo 66 años y soy beneficiario del plan de pensiones de la que fue mi
empresa, Talleres Ortiz. Cuando pulso en "Área de partícipes" en su
página, la pantalla se queda en blanco. Mi hija dice que en su
ordenador tampoco funciona.

Les agradecería que me indicaran cómo puedo consultar mis datos.

Atentamente,
Evaristo Ruiz Mena
Logroño"""),
("es", "b76-gracias-lupita-cartera", "Daniela Ochoa <daniela.ochoa@example.com.mx>", "Gracias!!", "general", "",
"""Hola, nada más quería darles las gracias a todo el equipo de recepción
de Roma Norte, en especial a Lupita. El viernes se me olvidó la cartera
en la mesa y ella me la guardó y me mandó WhatsApp para avisarme. Son lo
máximo.

Saludos,
Daniela"""),
("es", "b76-horario-pilar-zaragoza", "Álvaro Lasheras <alvaro.lasheras@example.es>", "Horario Pilar", "general", "",
"""Hola, ¿el centro de Zaragoza abre el 12 de octubre? Y si abrís, ¿con
horario normal?
Gracias.
Álvaro"""),
("es", "b76-autorizar-companera-paquetes", "Jaime Soto <jaime@vidalsoto-traducciones.example>", "Autorizacion paquetes", "general", "",
"""Buenas tardes,

a partir de la semana que viene mi compañera Irene Vidal va a recoger
los paquetes y cartas certificadas que lleguen para nuestra empresa
(Vidal & Soto Traducciones). Que necesitais para autorizarla? Su DNI?

Gracias,
Jaime Soto"""),
("es", "b76-mate-olvidado-cocina", "Martín Ledesma <martin.ledesma@example.com.ar>", "Mate", "general", "",
"""Hola! Ayer a la tarde me olvidé el mate (calabaza con virola de
alpaca, tiene grabado "Tincho") y un termo verde en la cocina del 4to
piso. Tiene mucho valor sentimental, era de mi viejo. ¿Lo encontró
alguien?
Gracias,
Martín"""),
("es", "b76-consultora-ett-embarazo-directora", "Inmaculada Reyes <inma.reyes@example.es>", "Queja sobre la consultora", "general", "high",
"""Buenos días:

El pasado jueves acudí a vuestra oficina de Málaga a una entrevista para
un puesto de reponedora. La consultora que me atendió me preguntó,
delante de otra candidata, si pensaba quedarme embarazada "pronto", y
cuando le dije que eso no tenía nada que ver con el puesto me contestó
"entonces ya la llamaremos". No me ha llamado nadie.

Quiero que me llame la directora de la oficina o alguien por encima de
ella. Esto es muy grave.

Inmaculada Reyes"""),
("es", "b76-derechos-arco-inai", "Héctor Salinas Vega <hector.salinas@example.com.mx>", "Solicitud de cancelación de datos", "general", "high",
"""A quien corresponda:

Con fundamento en mis derechos ARCO, el 15 de enero solicité la
cancelación de mis datos personales en su bolsa de trabajo (cuenta
registrada con este correo). A la fecha sigo recibiendo llamadas de
reclutadores que obtuvieron mi teléfono de su plataforma.

Si no recibo confirmación por escrito de la cancelación en un plazo de
10 días hábiles, presentaré una queja ante el INAI.

Atentamente,
Héctor Salinas Vega"""),
("es", "b76-vidrio-baranda-terraza", "Valentina Cárdenas <valentina.cardenas@example.com.co>", "Terraza", "general", "high",
"""Hola, buenos días.

Les cuento que en la terraza del piso 6 hay un vidrio de la baranda
quebrado, con una grieta grande y una esquina suelta, justo donde la
gente se sienta a almorzar. Hoy pusimos una silla adelante pero igual la
gente se recuesta ahí. Sería bueno cerrar esa zona hasta que lo cambien.

Gracias,
Valentina Cárdenas, oficina 602"""),
("es", "b76-cambio-persona-contacto", "Noelia Vargas <noelia.vargas@example.es>", "Cambio de contacto", "general", "",
"""Hola,

a partir del 1 de mayo la persona de contacto de nuestra empresa deja de
ser Javier Ortega y paso a ser yo, Noelia Vargas. Mi movil es
600 000 000. Podeis cambiarlo en vuestra ficha y quitar a Javier de la
lista de personas autorizadas para recoger el correo?

Gracias,
Noelia"""),
("es", "b76-meetup-python-granada", "Dani Moreno <dani.moreno@example.es>", "Patrocinio meetup", "general", "",
"""Hola,

Organizo un meetup mensual de desarrolladores Python en Granada (unas 60
personas). Estamos buscando un espacio para los encuentros y algún
patrocinador que ponga las pizzas. ¿Os interesaría colaborar con
nosotros a cambio de presencia en la web y en las charlas?

Un saludo,
Dani Moreno"""),
("es", "b76-fp-dual-cocina-donostia", "Arantxa Iriondo <arantxa.iriondo@example.es>", "FP dual", "general", "",
"""Buenas tardes:

Mi hija está terminando 4º de la ESO y le interesa el FP dual de cocina
que ofrecéis con restaurantes de San Sebastián. ¿Qué requisitos piden
para entrar? ¿Las prácticas son todas en Donostia o también en pueblos
de alrededor?

Gracias de antemano. Un saludo,
Arantxa Iriondo"""),
("es", "b76-afterwork-rosario", "Agustina Paz <agus.paz@example.com.ar>", "Consulta", "general", "",
"""Buenas! Soy freelance (desarrolladora) y me acabo de mudar a Rosario.
Hacen algun afterwork o eventos de networking abiertos para gente que no
es socia? Me encantaria conocer gente del palo.
Gracias!
Agus"""),
("es", "b76-direccion-tributaria-sii", "Ignacio Muñoz <ignacio.munoz@example.cl>", "Dirección tributaria", "general", "",
"""Hola, buenas tardes.

Estoy pensando en contratar una oficina virtual con ustedes. ¿Me sirve
la dirección para inscribirla como domicilio tributario en el SII?
¿Ustedes entregan algún documento de respaldo para eso?

Gracias,
Ignacio Muñoz, Santiago"""),
("es", "b76-vigilante-noche-borde", "Bea Castaño <bea.castano@example.es>", "El vigilante de noche", "general", "",
"""Hola, no quiero montar ningún lío, pero el vigilante del turno de noche
(el de los martes y jueves) es bastante borde. Ayer salí a las 22:30 y
me dijo de muy malas maneras que "ya estaba bien de horas" y que "esto
no es un hotel". Tengo el plan 24 horas, no estaba haciendo nada malo.

Solo para que lo sepáis.
Bea"""),
# ---------------- Polish ----------------
("pl", "b76-wirtualne-biuro-podwojna-oplata", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Podwójna płatność", "billing", "",
"""Dzień dobry,

w tym miesiącu z mojego konta dwa razy zeszła opłata za wirtualne biuro
przy ul. Puławskiej (149 zł netto) – 1 i 4 kwietnia. Proszę o zwrot
drugiej płatności.

Pozdrawiam,
Agnieszka Wróbel"""),
("pl", "b76-ppk-wplaty-nie-widac", "Tomasz Kowalczyk <tomasz.kowalczyk@example.pl>", "Wpłaty PPK", "billing", "",
"""Dzień dobry,

od stycznia pracodawca potrąca mi z pensji wpłatę podstawową do PPK
(2%), widać to na pasku wypłaty. Na moim rachunku PPK w Państwa serwisie
ostatnia wpłata jest jednak z grudnia.

Czy pieniądze do Państwa dotarły i po prostu się nie wyświetlają, czy
pracodawca ich nie przekazał?

Z poważaniem,
Tomasz Kowalczyk"""),
("pl", "b76-agencja-nadgodziny-strykow", "Mateusz Zielinski <mateusz.zielinski@example.pl>", "wyplata za marzec", "billing", "",
"""Dzien dobry,

pracuje przez Panstwa agencje na magazynie w Strykowie. W marcu mialem
22 nadgodziny (wszystko jest w grafiku i podpisane przez brygadziste), a
w wyplacie dostalem tylko podstawe, bez dodatku za nadgodziny. Brakuje
okolo 900 zl. Kiedy to zostanie wyrownane?

Pozdrawiam
Mateusz Zielinski, nr pracownika 31875"""),
("pl", "b76-zablokowane-srodki-uokik", "Michał Dudek <michal.dudek.dev@example.pl>", "Zablokowane środki", "billing", "high",
"""Dzień dobry,

od 6 tygodni mam zablokowane na koncie w serwisie 7 800 zł za
zrealizowane zlecenie (sklep internetowy, zlecenie nr ZL-55210). Klient
zaakceptował pracę i wystawił mi opinię 5/5. Na każde zapytanie dostaję
automatyczną odpowiedź, że "środki są weryfikowane".

Jeśli pieniądze nie zostaną wypłacone w ciągu 7 dni, złożę skargę do
UOKiK i skieruję sprawę do sądu.

Michał Dudek"""),
("pl", "b76-pakiet-ogloszen-chargeback", "Karolina Nowicka <biuro@piekarnia-podlipami.example>", "Faktura FV/0412/2024", "billing", "high",
"""Dzien dobry,

zaplacilismy 499 zl za pakiet 3 ogloszen o prace (faktura FV/0412/2024).
Zadne z ogloszen nie zostalo opublikowane, wszystkie od 10 dni "czekaja
na moderacje", a na czacie nikt nie odpowiada.

Jezeli do piatku ogloszenia nie beda widoczne albo nie dostaniemy
zwrotu, skladamy w banku reklamacje transakcji kartowej (chargeback).

Karolina Nowicka
Piekarnia Pod Lipami, Lublin"""),
("pl", "b76-etat-koniec-dzialalnosci", "Paweł Jabłoński <pawel.jablonski@example.pl>", "Koniec działalności", "billing", "",
"""Dzień dobry,

od czerwca przechodzę na etat i zamykam jednoosobową działalność, więc
adres do rejestracji firmy i obsługa korespondencji nie będą mi już
potrzebne. Jak mogę wypowiedzieć umowę i jaki jest okres wypowiedzenia?
Opłacone mam do końca maja.

Pozdrawiam,
Paweł Jabłoński"""),
("pl", "b76-norwegia-zawieszenie-biurka", "Kuba Lis <kuba.lis@example.pl>", "zawieszenie", "billing", "",
"""Czesc,

od maja do pazdziernika wyjezdzam do pracy sezonowej w Norwegii i nie
bede korzystal z biurka. Da sie zawiesic czlonkostwo na te miesiace i
wrocic na tych samych warunkach w listopadzie? Nie chce stracic swojego
miejsca przy oknie.

Dzieki,
Kuba"""),
("pl", "b76-re-faktura-brak-nip", "Anna Mazur <anna@studiolumen.example>", "Re: Faktura za kwiecień - Coworking Kazimierz", "billing", "",
"""Dzień dobry,

na fakturze brakuje naszego NIP-u, przez co księgowa nie może jej
zaksięgować. Proszę o korektę lub wystawienie nowej faktury z danymi:
Studio Lumen Anna Mazur, ul. Miodowa 21/4, 31-055 Kraków,
NIP 000-000-00-00.

Anna Mazur

--- Wiadomość oryginalna ---
Od: Coworking Kazimierz <biuro@cowork-kazimierz.example>
Temat: Faktura za kwiecień - Coworking Kazimierz

Dzień dobry,
w załączniku przesyłamy fakturę za kwiecień: biurko stałe, 690,00 zł
netto + 23% VAT.
Pozdrawiamy,
Zespół Coworking Kazimierz"""),
("pl", "b76-nie-techniczny-sala-wisla", "Monika Sadowska <monika.sadowska@example.pl>", "Sala konferencyjna", "billing", "",
"""Dzień dobry,

od razu zaznaczam, że to nie jest problem techniczny, system rezerwacji
działa bez zarzutu. Chodzi o to, że anulowałam rezerwację sali "Wisła"
na 16 kwietnia cztery dni wcześniej (regulamin mówi o 48 godzinach),
dostałam potwierdzenie anulowania, a mimo to pobrano mi 240 zł.

Proszę o zwrot.
Monika Sadowska"""),
("pl", "b76-biuro-na-rok-rabat-raty", "Grzegorz Nowak <grzegorz@fotoart-studio.example>", "Pytanie", "billing", "",
"""Dzien dobry,

chcialbym wynajac biuro prywatne dla 3 osob na caly rok. Czy przy
platnosci z gory za 12 miesiecy jest jakis rabat? A jesli nie, to czy
mozna rozlozyc platnosc na raty kwartalne?

Pozdrawiam,
Grzegorz Nowak, Fotoart"""),
("pl", "b76-kaucja-biuro-305-kierownik", "Robert Kamiński <r.kaminski@kaminski-wspolnicy.example>", "Kaucja - biuro 305", "billing", "high",
"""Szanowni Państwo,

biuro nr 305 w Państwa budynku we Wrocławiu opuściliśmy 28 lutego,
protokół zdawczo-odbiorczy został podpisany bez uwag. Kaucja w wysokości
3 600 zł miała zostać zwrócona w ciągu 30 dni. Mamy drugą połowę
kwietnia, a na recepcji słyszę tylko, że "sprawa jest w księgowości".

Żądam kontaktu z kierownikiem obiektu lub kimś z zarządu.

Z poważaniem,
Robert Kamiński
Kamiński i Wspólnicy sp.k."""),
("pl", "b76-kurs-wozki-rata-po-rezygnacji", "Natalia Pawlak <natalia.pawlak@example.pl>", "Rata po rezygnacji", "billing", "",
"""Dzień dobry,

w lutym zrezygnowałam z kursu zawodowego "Operator wózków widłowych z
praktykami" (rezygnację wysłałam mailem 12 lutego i dostałam
potwierdzenie). W marcu i w kwietniu nadal pobrano z mojego konta raty
po 350 zł. Proszę o zwrot obu rat i wstrzymanie kolejnych.

Dziękuję,
Natalia Pawlak"""),
("pl", "b76-urwanie-glowy-wiecej-biurek", "Bartek Wiśniewski <bartek@kodeo.example>", "Więcej biurek", "billing", "",
"""Cześć Kasia,

u nas ostatnio urwanie głowy – zespół rośnie jak na drożdżach i od
czerwca będzie nas 9, a mamy 5 biurek w open space. Ile kosztowałoby 9
biurek albo zamknięty pokój dla 8-10 osób? I czy przy umowie na rok jest
jakiś upust?

Pozdrawiam,
Bartek Wiśniewski
Kodeo"""),
("pl", "b76-zmiana-pakietu-bez-skanowania", "Ewa Szymanska <ewa@br-bilans.example>", "Zmiana pakietu", "billing", "",
"""Dzien dobry,

prosze o zmiane naszego pakietu wirtualnego biura z "Premium" na "Start"
od przyszlego miesiaca. Skanowanie korespondencji nie jest nam juz
potrzebne, bo listy i tak odbieramy osobiscie raz w tygodniu. Numer
umowy WB/2023/118.

Pozdrawiam,
Ewa Szymanska
Biuro Rachunkowe Bilans"""),
("pl", "b76-brak-internetu-biuro-rachunkowe", "Iwona Król <iwona.krol@br-saldo.example>", "Brak internetu - 4 piętro", "technical", "high",
"""Dzień dobry,

od 8:00 na całym 4 piętrze nie działa internet, ani Wi-Fi, ani kabel.
Jesteśmy biurem rachunkowym (9 osób), dziś jest 25. i musimy wysłać
deklaracje i JPK za kilkudziesięciu klientów. Nic nie możemy zrobić,
klienci dzwonią, a recepcja mówi tylko, że "zgłosili".

Proszę o pilny kontakt: 600 000 000.
Iwona Król
Biuro Rachunkowe Saldo"""),
("pl", "b76-gniazdko-iskrzy-kuchnia", "Lukasz Wojcik <lukasz.wojcik@example.pl>", "gniazdko w kuchni", "technical", "high",
"""Dzien dobry,

zglaszam spokojnie, ale jednak: gniazdko nad blatem w kuchni na 2
pietrze iskrzy przy wlaczaniu czajnika, dzis rano strzelilo i
pociemnialo wokol. Wyjelismy czajnik z kontaktu i przykleilismy kartke
"nie uzywac". Przydaloby sie, zeby elektryk to obejrzal.

Pozdrawiam,
Lukasz, biuro 214"""),
("pl", "b76-karta-nie-otwiera-3-pietra", "Marta Lewandowska <marta.lewandowska@example.pl>", "Karta dostępu", "technical", "",
"""Dzień dobry,

moja karta otwiera wejście główne, ale drzwi na 3 piętro (strefa biurek
stałych) już nie – czytnik świeci na czerwono. Mam biurko stałe nr 37.
Od wczoraj muszę czekać, aż ktoś mnie wpuści.

Pozdrawiam,
Marta Lewandowska"""),
("pl", "b76-nie-moge-dodac-cv", "Ola Kurek <ola.kurek@example.pl>", "nie moge dodac CV", "technical", "",
"""dzien dobry, probuje dodac CV w profilu i po kliknieciu "Zapisz"
wyskakuje "Wystapil blad, sprobuj ponownie". plik pdf 500 kb. probowalam
na laptopie i na telefonie. co robic?
Ola"""),
("pl", "b76-nie-o-pieniadze-aplikacja-ppk", "Krzysztof Mazurek <k.mazurek@example.pl>", "Aplikacja PPK", "technical", "",
"""Dzień dobry,

nie chodzi o pieniądze ani o wpłaty, z tym wszystko w porządku. Problem
jest taki, że od ostatniej aktualizacji aplikacja mobilna po
zalogowaniu pokazuje tylko pusty ekran z napisem "Brak danych", a saldo
i historia wpłat się nie ładują. W przeglądarce na stronie widać
wszystko normalnie.

Samsung, Android 14.

Pozdrawiam,
Krzysztof Mazurek"""),
("pl", "b76-grafiki-tymczasowi-linia-stoi", "Sebastian Wójcik <s.wojcik@zaklady-tychy.example>", "Aplikacja z grafikami", "technical", "high",
"""Dzień dobry,

jesteśmy Państwa klientem (zakład produkcyjny w Tychach). Od wczoraj
wieczorem aplikacja, w której pracownicy tymczasowi sprawdzają grafik,
pokazuje błąd logowania. Około 50 osób nie wie, na którą zmianę ma
przyjść – dziś rano na pierwszej zmianie brakowało połowy ludzi i linia
stała.

Proszę o pilną informację.
Sebastian Wójcik
kierownik zmiany"""),
("pl", "b76-drukarka-mac-wstrzymano", "Zuzanna Pietrzyk <zuza.pietrzyk@example.pl>", "Drukarka", "technical", "",
"""Czesc, drukarka na parterze nie drukuje z Maca – dokument wisi w
kolejce ze statusem "wstrzymano". Z Windowsa u kolegi drukuje normalnie.
Da sie cos z tym zrobic?
Dzieki, Zuza"""),
("pl", "b76-pilne-brak-powiadomien", "Adrian Górski <adrian.gorski@example.pl>", "PILNE!!! nie dostaję powiadomień", "technical", "",
"""PILNE. Od tygodnia nie dostaję żadnych powiadomień o nowych
wiadomościach od klientów, ani na maila, ani w aplikacji. Przez to
odpisałem klientowi po 3 dniach i zlecenie poszło do kogoś innego.
Powiadomienia mam włączone.

Proszę to naprawić jak najszybciej!!!
Adrian Górski"""),
("pl", "b76-powerbank-spuchniety-recepcja", "Julia Kubiak <julia.kubiak@example.pl>", "Powerbank z recepcji", "technical", "high",
"""Dzień dobry,

wypożyczyłam dziś powerbank ze stacji przy recepcji i po pół godzinie
ładowania telefonu zrobił się bardzo gorący i wyraźnie spuchnięty,
obudowa się rozchodzi. Odłączyłam go i położyłam na parapecie w kuchni
na 1 piętrze, z dala od wszystkiego. Może warto sprawdzić pozostałe w
stacji.

Pozdrawiam,
Julia Kubiak"""),
("pl", "b76-podwojne-rezerwacje-sala-odra", "Rafal Adamczyk <rafal.adamczyk@example.pl>", "Rezerwacje sal", "technical", "",
"""Dzien dobry,

system rezerwacji pozwala zarezerwowac te sama sale dwom osobom na te
sama godzine. Dzis o 10 w sali "Odra" spotkalismy sie z innym zespolem,
obie rezerwacje mamy potwierdzone mailem. W zeszlym tygodniu bylo to
samo.

Pozdrawiam,
Rafal Adamczyk"""),
("pl", "b76-skany-korespondencji-przelozony", "Dorota Michalska <dorota@michalska-consulting.example>", "Skany korespondencji - trzeci tydzień", "technical", "high",
"""Szanowni Państwo,

od trzech tygodni w panelu klienta wirtualnego biura nie pojawiają się
skany żadnej korespondencji, choć wiem, że przyszły co najmniej dwa
listy polecone z urzędu skarbowego. Zgłoszenia nr 2231 i 2298 zostały
zamknięte z odpowiedzią "proszę wyczyścić pamięć przeglądarki".

Żądam, aby sprawą zajął się przełożony działu obsługi i skontaktował
się ze mną jeszcze dziś.

Dorota Michalska
Michalska Consulting"""),
("pl", "b76-re-zgloszenie-monitor-tatry", "Piotr Jankowski <piotr.jankowski@example.pl>", "Re: Zgłoszenie 3120 - zamknięte", "technical", "",
"""Dzień dobry,

zgłoszenie zamknięte, ale monitor w sali "Tatry" dalej nie działa – po
podłączeniu laptopa przez HDMI jest czarny ekran, przez USB-C to samo.
Mam tam jutro o 9 prezentację.

Piotr

> Dzień dobry,
> Państwa zgłoszenie nr 3120 zostało rozwiązane i zamknięte.
> Zespół Techniczny"""),
("pl", "b76-praktykantka-filmy-modul-3", "Wiktoria Baran <wiktoria.baran@example.pl>", "Platforma e-learningowa", "technical", "",
"""Dzień dobry,

jestem praktykantką w programie przygotowania zawodowego (fryzjerstwo).
Na platformie e-learningowej filmy z modułu 3 się nie odtwarzają –
kręci się kółko i nic. Inne moduły działają. Sprawdzałam na telefonie i
na komputerze w szkole.

Dziękuję,
Wiktoria Baran"""),
("pl", "b76-podziekowanie-pani-beata", "Magda Kaczmarek <magda.kaczmarek@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować pani Beacie z recepcji w Gdańsku. W zeszły
czwartek przyjechał kurier z paczką dla mnie, kiedy byłam na spotkaniu
poza biurem – pani Beata nie tylko ją odebrała, ale zadzwoniła, że
karton wygląda na uszkodzony, i zrobiła zdjęcia dla kuriera.

Super obsługa!
Magda Kaczmarek"""),
("pl", "b76-otwarte-11-listopada", "Damian Rutkowski <damian.rutkowski@example.pl>", "11 listopada", "general", "",
"""Dzien dobry, czy coworking bedzie otwarty 11 listopada? I czy w piatek
10 listopada pracujecie normalnie?
Pozdrawiam, Damian"""),
("pl", "b76-nie-kwitowac-poleconych", "Joanna Wysocka <kancelaria@wysocka-radca.example>", "Listy polecone", "general", "",
"""Dzień dobry,

bardzo proszę, aby od teraz nie kwitować w moim imieniu odbioru listów
poleconych z sądów i urzędów – wolę odebrać je osobiście na poczcie.
Zwykłe listy i paczki proszę odbierać jak dotychczas.

Firma: Kancelaria Radcy Prawnego Joanna Wysocka.

Z poważaniem,
Joanna Wysocka"""),
("pl", "b76-zgubione-sluchawki-budka", "Szymon Baranowski <szymon.baranowski@example.pl>", "zgubione sluchawki", "general", "",
"""Hej, zostawilem chyba sluchawki (czarne, douszne, w bialym etui) w
budce telefonicznej na 2 pietrze w poniedzialek po poludniu. Moze ktos
oddal je na recepcje?
Dzieki, Szymon"""),
("pl", "b76-konsultantka-lodz-kierownik", "Ołeksandr Bondarenko <oleksandr.bondarenko@example.pl>", "Skarga na konsultantkę", "general", "high",
"""Dzień dobry,

w poniedziałek byłem w Państwa oddziale w Łodzi w sprawie pracy na
produkcji. Konsultantka, pani Renata, kiedy usłyszała, że jestem z
Ukrainy, powiedziała przy innych kandydatach, że "takich jak ja mają już
za dużo", i nie chciała przyjąć moich dokumentów. Mieszkam w Polsce od 6
lat i mam wszystkie pozwolenia.

Proszę, żeby skontaktował się ze mną kierownik oddziału.

Ołeksandr Bondarenko
500 000 000"""),
("pl", "b76-rodo-usuniecie-cv-uodo", "Katarzyna Zając <katarzyna.zajac@example.pl>", "Usunięcie danych - RODO", "general", "high",
"""Szanowni Państwo,

20 lutego, na podstawie art. 17 RODO, zażądałam usunięcia mojego konta i
wszystkich moich danych z Państwa serwisu z ogłoszeniami o pracę. Do
dziś nie dostałam odpowiedzi, a moje CV nadal jest widoczne dla
pracodawców – wczoraj zadzwonił do mnie rekruter, który "znalazł je u
Państwa".

Jeżeli w ciągu 7 dni nie otrzymam potwierdzenia usunięcia danych, złożę
skargę do Prezesa UODO.

Katarzyna Zając"""),
("pl", "b76-barierka-antresola-rusza-sie", "Hubert Sikora <hubert.sikora@example.pl>", "antresola", "general", "high",
"""Dzien dobry,

barierka na antresoli nad strefa kawowa sie rusza – przy schodach da sie
ja odchylic reka o kilka centymetrow, jedna sruba wystaje z podlogi.
Ludzie sie o nia opieraja, jak rozmawiaja przez telefon, a na dole
siedza inni. Moze warto to na razie odgrodzic.

Pozdrawiam,
Hubert Sikora"""),
("pl", "b76-zmiana-nazwiska-po-slubie", "Alicja Kowalewska <a.kowalewska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Nowakowska na Kowalewska. Proszę o zmianę
danych w moim profilu członkowskim i na tabliczce przy skrzynce na listy
(biurko 12). Nowy adres e-mail: a.kowalewska@example.pl.

Dziękuję,
Alicja Kowalewska"""),
("pl", "b76-hackathon-licealny-poznan", "Marek Olszewski <m.olszewski@example.edu.pl>", "Współpraca - hackathon licealny", "general", "",
"""Dzień dobry,

jestem nauczycielem informatyki w liceum w Poznaniu. W czerwcu
organizujemy 24-godzinny hackathon dla uczniów szkół średnich (ok. 80
osób) i szukamy partnerów – mentorów, nagród albo miejsca na finał. Czy
Państwa coworking byłby zainteresowany współpracą? Chętnie prześlę
szczegóły.

Pozdrawiam,
Marek Olszewski"""),
("pl", "b76-praktyki-technikum-rzeszow", "Kacper Nowicki <kacper.nowicki07@example.pl>", "praktyki", "general", "",
"""dzien dobry, jestem uczniem 3 klasy technikum informatycznego w
Rzeszowie i musze odbyc miesieczne praktyki zawodowe w lipcu. czy
przyjmujecie praktykantow? i jakie dokumenty trzeba przyniesc?
pozdrawiam
Kacper"""),
("pl", "b76-wydarzenia-katowice-freelancerka", "Weronika Mróz <weronika.mroz@example.pl>", "Wydarzenia", "general", "",
"""Dzień dobry,

pracuję jako freelancerka (tłumaczka) i niedawno przeprowadziłam się do
Katowic. Czy organizujecie spotkania networkingowe albo warsztaty, na
które mogą przyjść osoby spoza coworkingu? Gdzie mogę znaleźć
kalendarz?

Pozdrawiam,
Weronika Mróz"""),
("pl", "b76-pies-beagle-coworking", "Jakub Czarnecki <jakub.czarnecki@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry,

czy mogę przychodzić do coworkingu z psem? To spokojny, 8-letni beagle,
całe dnie przesypia pod biurkiem. Jeśli tak, to czy są jakieś zasady
(np. tylko określone strefy)?

Pozdrawiam,
Jakub Czarnecki"""),
("pl", "b76-swiadectwo-pracy-gdynia", "Sandra Malinowska <sandra.malinowska@example.pl>", "Swiadectwo pracy", "general", "",
"""Dzien dobry,

pracowalam przez Panstwa agencje w sklepie w Gdyni od wrzesnia do
stycznia. Do tej pory nie dostalam swiadectwa pracy, a potrzebuje go dla
nowego pracodawcy. Czy moge prosic o przeslanie na adres: ul. Morska
50/7, 81-000 Gdynia?

Dziekuje,
Sandra Malinowska"""),
]
