# batch143.py -- labelled test mails, held out of the tree until the rules
# it measures are final: nothing is tuned or trained on them before then.
# Kinds of business: health 3 -- opticians' home visits, chiropody, walk-in
# clinics, travel vaccination clinics, private scans, physiotherapy clinics,
# dental hygienists.  40 mails each in English, Greek (about a third in
# Greeklish), Spanish and Polish, written separately for each language.
# Covers escalation demands and legal threats / chargebacks that keep their
# topic, negations, subjects that say nothing or something else ("Hello",
# "Question", "Re:" with a quoted mail), plans ended or paused in unusual
# wording, business outages told by their consequences, safety hazards told
# calmly (product faults vs. hazards in premises), praise and thanks,
# payment questions, and everyday mail of all three queues.
# Same tuple format as batch13.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b143-hygienist-taken-twice", "Rebecca Haines <rebecca.haines@example.co.uk>", "Two payments for one appointment", "billing", "",
"""Hello,

I saw the hygienist at your Harrogate practice on Tuesday (scale and
polish, 9.40am) and paid £68.00 on the card machine. Checking my banking
app this morning there are two payments of £68.00 to you on the same day,
a few minutes apart. I only tapped once - the receptionist said the first
one hadn't gone through.

Could you refund the second one please?

Thanks,
Rebecca Haines"""),
("en", "b143-late-husband-eyecare-plan", "Margaret Lyle <m.lyle@example.org.uk>", "Mr G. Lyle", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my husband, Geoffrey Lyle, who passed away on
the 2nd of this month. Your optician used to come out to the house to
test his eyes and he paid 12.50 a month by direct debit for the home eye
care plan.

He will not be needing the visits any more, so I would be grateful if you
could bring the plan to an end and let me know if anything further is
owed either way. I can send a copy of the death certificate if that is
required.

Yours faithfully,
Margaret Lyle (Mrs)
14 Rosebery Avenue, Darlington"""),
("en", "b143-physio-pack-moving-brisbane", "Josh Nguyen <josh.nguyen@example.com.au>", "Moving to Brisbane", "billing", "",
"""Hi team,

Bit of a curly one. I bought the 10-session rehab pack at your Fremantle
clinic in March ($850) for my ACL and I've used 6 sessions. Work's moving
me to Brisbane at the end of the month and you don't have a clinic there.

Any chance I can get the last 4 sessions refunded, or at least put
towards something? Happy to go with whatever's fair.

Cheers,
Josh"""),
("en", "b143-scan-cancelled-deposit-small-claims", "Darren Whitlock <d.whitlock@example.co.uk>", "Deposit for cancelled MRI - final request", "billing", "high",
"""To whom it may concern,

On 3 May I paid a £150 deposit for a private knee MRI at your Leicester
scanning centre. The day before the appointment your centre rang to
cancel because the scanner was "out of service" and said someone would be
in touch to rebook. Nobody was, and I have since had the scan done on the
NHS.

I have emailed twice (14 May and 28 May) asking for the deposit back and
have had no reply to either. If the £150 is not back in my account within
14 days of this email I will file a claim through the small claims court
without further notice.

Booking reference: LC-22871

Darren Whitlock"""),
("en", "b143-question-rabies-course-cost", "Ananya Krishnan <ananya.k@example.in>", "Question", "billing", "",
"""Dear Sir/Madam,

Kindly let me know the charges for the pre-exposure rabies vaccine course
(3 doses) and typhoid injection at your Indiranagar travel clinic. We are
4 persons, 2 adults and 2 children aged 9 and 12. Is there any family
package or discount available? Also please confirm whether payment can be
done by UPI or only by card.

Thanks and regards,
Ananya Krishnan
Bengaluru"""),
("en", "b143-urgent-care-itemized-receipt", "Tyler Brooks <tbrooks@example.com>", "Need itemized bill for insurance", "billing", "",
"""Hi,

I was seen at your walk-in clinic on Maple Ave on 10/14 for an ear
infection and paid $145 at the front desk since you're out of network for
me. My insurance needs an itemized statement (superbill) with the CPT and
diagnosis codes before they'll reimburse me. The receipt I got just says
"Visit - $145.00".

Can you email me one? DOB 03/22/1991.

Thanks,
Tyler Brooks"""),
("en", "b143-chiropody-home-visit-supplement", "Ruth Pendleton <ruth.pendleton@example.co.uk>", "Mum's foot appointment", "billing", "",
"""Hi there,

Your chiropodist came out to my mum in Ilkley last Thursday for her usual
nail cutting and corn care. The price on your website is £38 but the
invoice says £53, with £15 for "domiciliary visit". Nobody mentioned an
extra charge when I booked on the phone, and the lady who came before
always charged £38.

Is that right? If it's a new charge that's fine but I'd have liked to
know beforehand.

Ruth Pendleton"""),
("en", "b143-gift-voucher-baby-scan-expired", "Aoife Brennan <aoife.brennan@example.ie>", "Gift voucher", "billing", "",
"""Hi,

My sister gave me one of your gift vouchers for a 4D baby scan (EUR 120)
when I told her I was expecting. I went to book online today and it says
the voucher expired last week. I'd honestly forgotten about it with the
morning sickness.

Is there any way you could extend it by a month or two? I'm 26 weeks so
I'd be booking in the next few weeks anyway.

Thanks a million,
Aoife"""),
("en", "b143-no-show-fee-card-dispute", "Priya Mehta <priya.mehta@example.co.uk>", "Cancellation fee", "billing", "high",
"""I cancelled my hepatitis A and typhoid appointment at your Manchester
travel clinic by phone on Monday, three full days before the appointment,
and was told there'd be no charge. Today £30 was taken from my card as a
"missed appointment fee".

I have the call on my phone log (Monday 09:52, 4 minutes). Please refund
it. If it isn't back by the end of next week I'll raise a dispute with my
card provider.

Priya Mehta"""),
("en", "b143-hygiene-plan-sleep-dubai", "Liam Gallagher-Shaw <liam.gs@example.com>", "Going away for a bit", "billing", "",
"""Hello,

I'm on your hygienist membership (two cleans a year, £9.95 a month). I'm
off to Dubai on a six-month contract from September and obviously won't
be popping in for a polish.

Can the membership just go to sleep while I'm away and start again in
March? I'd rather not cancel and lose the rate I'm on.

Liam"""),
("en", "b143-physio-invoice-to-employer", "Accounts <accounts@corrib-logistics.example>", "Physiotherapy invoices - Galway clinic", "billing", "",
"""Hi,

Two of our warehouse staff, Sean Kelly and Martina Duffy, are attending
your Galway clinic after back injuries and we've agreed to cover their
treatment. Could the invoices be made out to Corrib Logistics Ltd rather
than to the employees, with our PO number 4471 on them? Monthly invoicing
would suit us best. We pay by EFT within 30 days.

Kind regards,
Gráinne Walsh
Accounts, Corrib Logistics"""),
("en", "b143-insoles-wrong-size-swap", "Pete Ormerod <pete.ormerod@example.co.uk>", "Insoles", "billing", "",
"""Bought a pair of the gel insoles at the chiropody clinic after my
appointment on Saturday. Got them home and they're a size 7-8, I'm an 11.
Still in the packet. Can I swap them next time I'm in or do I need to send
them back for a refund and buy again?"""),
("en", "b143-re-scan-confirmation-instalments", "Hannah Osei <hannah.osei@example.com>", "Re: Your appointment is confirmed - Full Body MRI", "billing", "",
"""Hi, thanks for this. Before I pay the balance, is it possible to split
the remaining £1,150 over three months? I saw something about finance on
your website but couldn't find where to apply.

Hannah

On Wed, 4 Sept, Bookings <bookings@clearviewscans.example> wrote:
> Dear Hannah,
> Your Full Body MRI is confirmed for Saturday 21 September at 10:15
> at our Birmingham centre. Your deposit of £200.00 has been received.
> The balance of £1,150.00 is payable 7 days before your appointment.
> Kind regards, Clearview Scans"""),
("en", "b143-eye-plan-renewed-higher-senior", "Rajesh Iyer <rajesh.iyer@example.in>", "Unauthorised renewal at higher amount", "billing", "high",
"""Dear Team,

My annual home eye-check plan for my parents was auto-renewed on 1st July
for Rs. 7,800. Last year the same plan was Rs. 4,500. No intimation was
sent to me before renewal, neither email nor SMS. I have already called
your helpline two times and both times the executive told me "system
generated, cannot do anything".

I am not satisfied with this reply. Please escalate this matter to your
senior manager and have someone responsible call me on 98450 00000. I
want either the old rate or the renewal reversed.

Regards,
Rajesh Iyer
Chennai"""),
("en", "b143-booking-app-login-loop", "Chloe Wainwright <chloe.w@example.com>", "app", "technical", "",
"""hi, every time i log into your physio app it shows the home screen for
a second then goes straight back to the login page. tried deleting and
reinstalling, same thing. iphone 13, latest ios. i just want to see my
exercise videos lol"""),
("en", "b143-not-invoice-scan-images-link", "Graham Fielding <g.fielding@example.co.uk>", "Your invoice email", "technical", "",
"""Hello,

I'm replying to your invoice email but this isn't about the invoice,
that's paid and fine. The problem is the link in it to download my MRI
images. It opens a page saying "Error 403 - access denied", on both my
laptop and my phone. My consultant needs the images for my appointment
on the 19th.

Graham Fielding"""),
("en", "b143-tens-machine-dead", "Sandra Cole <sandra.cole@example.com>", "TENS machine", "technical", "",
"""Hello, my physio suggested I buy one of your TENS machines for my lower
back and I got it at reception two weeks ago. It worked fine for the
first week, now when I press the on button the screen lights up for a
second and then goes off. New batteries in, pads are fine. Could you
help me please? Sandra"""),
("en", "b143-toothbrush-charging-no-money-back", "Dev Malhotra <dev.malhotra@example.co.uk>", "Electric toothbrush from hygienist", "technical", "",
"""Hi,

Not looking for my money back, the hygienist recommended it and I like
it. But the brush has stopped holding a charge. Sits on the stand all
night, the light flashes green, and it's dead by the second use in the
morning. It's about 5 weeks old.

Is there a reset or something, or does it need replacing?

Dev"""),
("en", "b143-home-visit-glasses-lens-falls", "Dorothy Hartley <dorothy.hartley@example.net>", "My new glasses", "technical", "",
"""Dear Optician,

The young man who came to my home in May to test my eyes was very kind,
and the new reading glasses came by post last week. Unfortunately the
left lens keeps coming out of the frame. It has fallen out three times
now, once onto the kitchen floor. I have pushed it back in but it does
not stay.

I cannot get into town myself. Would somebody be able to look at them
when they are next in the area?

Yours sincerely,
Dorothy Hartley (Mrs)
Flat 3, Beech Court, Keswick"""),
("en", "b143-foot-spa-sparked-plug", "Alan Pritchard <alan.pritchard@example.co.uk>", "Foot spa", "technical", "high",
"""Good afternoon,

Just to let you know, the heated foot spa my chiropodist sold me in April
gave off a couple of sparks where the cable goes into the base when I
switched it on last night, and there was a smell of hot plastic. The
breaker tripped. I've unplugged it and put it in the garage and I won't
be using it again.

I thought you ought to know in case others have the same model. What
would you like me to do with it?

Regards,
Alan Pritchard"""),
("en", "b143-physio-clinic-diary-empty", "Front Desk <frontdesk@riversidephysio.example>", "Riverside Physio - diary", "technical", "high",
"""Hi,

Since about 8.30 this morning the online diary shows no appointments at
all, for any of our five physios. Patients are arriving and we can't tell
who is booked with whom, or who has paid. We've had to send two people
home already and the phones haven't stopped. There are 60 appointments
booked today.

Please call the clinic on 0117 496 0721 as soon as you can.

Kerry
Riverside Physiotherapy, Bristol"""),
("en", "b143-urgent-vaccine-record-blank-pdf", "Matt Hollis <matt.hollis@example.com>", "URGENT!!! vaccination record", "technical", "",
"""URGENT - when I download my vaccination record from your patient portal
the PDF is completely blank. Just a white page. Tried Chrome and Edge. I
need it for my trip to Kenya in a couple of months so would be good to
get it sorted at some point.

Matt"""),
("en", "b143-reminder-texts-hour-out", "Jenny McAllister <jenny.mcallister@example.co.uk>", "Text reminders", "technical", "",
"""Hi, since the clocks went back your reminder texts have been giving the
wrong time for my physio appointments. Today's text said 3pm, my
appointment was actually at 2pm and I nearly missed it. The time in the
app is correct. Just thought you should know as I'm probably not the only
one.

Jenny"""),
("en", "b143-telehealth-physio-drops", "Brooke Sanders <brooke.sanders@example.com.au>", "Video appointments", "technical", "",
"""Hey,

My telehealth physio sessions keep cutting out after a couple of minutes.
Screen freezes, then "connection lost", then I rejoin and it happens
again. My internet's fine otherwise (NBN, streaming no worries). Happened
in my last two sessions with Tom so we basically ended up doing it over
the phone.

Laptop, Chrome. Anything I should be changing?

Brooke
Geelong"""),
("en", "b143-password-reset-never-arrives", "Kevin O'Rourke <kevin.orourke@example.ie>", "Can't get in", "technical", "",
"""Forgot my password for the patient portal and clicked reset about 6
times since yesterday. No email comes, not in spam either. Email address
is this one. Can ye reset it from your end?

Kevin O'Rourke
Limerick"""),
("en", "b143-care-home-eye-visits-vanished", "Manager <manager@oakleighhouse.example>", "Tomorrow's eye tests", "technical", "high",
"""Hello,

Your optician is due at Oakleigh House tomorrow morning to test 28 of our
residents. When we log in to the care home account to print the list and
consent forms, the residents page is empty and says "no patients found".
Last week it was all there.

Without the list our staff can't get residents ready, and several need
family present. If we cancel, the next available date is in November and
some residents have broken glasses right now.

Please can somebody ring me today on 01604 496 0188.

Lorraine Bates
Home Manager, Oakleigh House"""),
("en", "b143-lab-results-portal-supervisor", "Denise Carter <denise.carter@example.com>", "THIRD request - results not showing", "technical", "high",
"""This is my third email. I had bloodwork done at your Elm Street walk-in
clinic on the 2nd and was told results would be in the patient portal in
3-5 days. The portal shows "No results available" and the chat says
everything has been released on your end. I've logged out, cleared my
cache, tried the app and the website.

I've been told twice that "IT is looking into it". I would like a
supervisor to contact me directly, not another auto-reply.

Denise Carter
(555) 013-4420"""),
("en", "b143-thanks-hygienist-nervous-patient", "Siobhan Murphy <siobhan.murphy@example.ie>", "Thank you to Niamh", "general", "",
"""Hi,

I just wanted to say a huge thank you to Niamh, the hygienist at your
Dundrum practice. I hadn't been for a clean in nearly eight years because
I'm terrified of anything dental, and she was so patient with me,
explained everything before she did it and let me take breaks. I
actually left smiling.

Please pass this on to her and her manager.

Siobhan"""),
("en", "b143-lost-hearing-aid-case-physio", "Bernard Quinn <bernard.quinn@example.co.uk>", "Left behind", "general", "",
"""Good morning,

I think I may have left a small black case with my spare hearing aid in
it at your physiotherapy clinic in Stockport on Wednesday afternoon,
probably in the changing cubicle or on a chair in the waiting area. Has
anyone handed it in?

I can collect it any day this week.

Bernard Quinn"""),
("en", "b143-hello-walk-in-bank-holiday", "Sam Taylor <sam.taylor@example.co.uk>", "Hello", "general", "",
"""Hello, is the walk-in clinic in Reading open on the bank holiday Monday?
And if so what time does it close, the website just says "varies".
Thanks"""),
("en", "b143-ghana-which-vaccines", "Kwame Asante <kwame.asante@example.com>", "Trip to Ghana in December", "general", "",
"""Hi,

My wife and I are going to Ghana for three weeks in December to see family
in Kumasi. Our last trip was in 2015. Which vaccinations would we need
this time, how far ahead should we come in, and do you also give advice
on malaria tablets at the appointment? My yellow fever certificate is
from 2015 - is it still valid?

Thanks,
Kwame"""),
("en", "b143-new-address-home-visits", "Patricia Doyle <pat.doyle@example.org>", "Change of address", "general", "",
"""Please note that my mother, Mrs Eileen Doyle (date of birth 11/02/1936),
has moved from her house in Armagh to live with me. Her new address for
the home eye tests is 22 Church View, Lurgan BT66 6AX, and my number,
028 3849 0011, is the best way to reach us. Thank you.

Patricia Doyle"""),
("en", "b143-copy-of-all-records", "Oliver Grant <oliver.grant@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I would like a copy of all personal data you hold about
me, including my physiotherapy treatment notes, assessment forms,
correspondence and call recordings, from my first appointment at your
Leeds clinic in 2021 to date.

Name: Oliver James Grant
DOB: 17/08/1984
Address: 5 Harewood Mews, Leeds LS8 2PQ

Please send it electronically to this address.

Regards,
Oliver Grant"""),
("en", "b143-receptionist-sighed-at-me", "Carol Whitfield <carol.whitfield@example.co.uk>", "Reception at Crosby clinic", "general", "",
"""I'm not one to complain, but I was really put off by how I was spoken
to at reception on Friday. I'd got my appointment time muddled and
arrived half an hour early, and the receptionist sighed loudly, told me
I'd "have to wait like everyone else" and carried on chatting to her
colleague in front of me. I'm 78 and use a stick, and there were no seats
free.

The chiropodist herself was lovely. I just think reception could be a bit
kinder.

Carol Whitfield"""),
("en", "b143-chiropodist-dismissive-clinic-manager", "Farhan Siddiqui <farhan.siddiqui@example.com>", "Complaint about my appointment on 12 June", "general", "high",
"""Hello,

I'm writing to complain about the way I was treated by the podiatrist at
your Walthamstow clinic on 12 June. When I explained that I'm diabetic
and worried about a sore on my heel she told me I was "overreacting",
spent most of the appointment looking at her phone and cut me off every
time I asked a question. I left feeling humiliated.

I don't want this passed back to the same clinic. I want the clinic
manager, or whoever is above them, to call me and explain how this will
be dealt with.

Farhan Siddiqui
07700 900412"""),
("en", "b143-loose-mat-physio-entrance", "Howard Ellison <howard.ellison@example.co.uk>", "Entrance mat", "general", "high",
"""Hi,

Only a small thing but worth mentioning: the rubber mat just inside the
front door of your Taunton clinic has curled up at one corner, and my
father (he's 84, there for his hip) caught his foot on it on Tuesday.
Luckily I had hold of his arm. I saw a lady with a walking frame catch it
on the way out too.

Given how many of your patients are there for knees and hips, someone is
going to go over on it. Might be worth sorting before then.

Howard Ellison"""),
("en", "b143-bramley-10k-sponsorship", "Nadia Hussain <nadia@bramleyharriers.example>", "Sponsorship enquiry - Bramley 10K", "general", "",
"""Hi there,

I'm the secretary of Bramley Harriers, a community running club near your
Bramley physio clinic. We're organising our first Bramley 10K on 6
October, with about 400 runners expected, raising money for the local
hospice.

Would your clinic be interested in sponsoring the event, or having a
stand at the finish line offering stretching tips or sports massage? We'd
put your logo on the race T-shirts and the website.

Happy to chat on the phone if that's easier.

Nadia Hussain
Bramley Harriers"""),
("en", "b143-no-refund-walk-in-doctor-thanks", "Martin Sheehy <martin.sheehy@example.ie>", "Saturday visit", "general", "",
"""Hi,

I'm not after a refund or anything like that, even though we waited
nearly two hours on Saturday. I just wanted to say the doctor who saw my
daughter (I think Dr Okafor) was brilliant. She spotted that it wasn't
just a sprain, sent us for the x-ray there and then, and it turned out to
be a small fracture. Could easily have been missed.

Fair play to her.

Martin"""),
("en", "b143-question-partner-in-scan-room", "Emily Rhodes <emily.rhodes@example.com>", "Question", "general", "",
"""Hi, I've got a 20 week scan booked with you in Cambridge next Thursday.
Can my partner come into the room with me, and can we bring our 4 year
old? Also is there parking at the centre or should we use the park and
ride? Thanks, Emily"""),
("en", "b143-scan-report-wrong-patient-ico", "Jacqueline Moore <jacqueline.moore@example.co.uk>", "Someone else's scan report", "general", "high",
"""Dear Sir/Madam,

This morning I received a letter from your Nottingham scanning centre
which was meant to contain my ultrasound report. Inside was the report of
another woman, with her full name, address, date of birth and findings. I
can only assume my report has gone to someone else in the same way.

This is a serious breach of confidentiality. I expect a written
explanation of how this happened and what you are doing about it, and
confirmation of where my own report has gone. If I do not hear back
within a week I will report this to the Information Commissioner's
Office.

I have kept the letter and will return it however you instruct.

Jacqueline Moore"""),
# ---------------- Greek ----------------
("el", "b143-gl-diplh-xrewsh-ygieinologos", "Katerina P. <katerina.p@example.gr>", "diplh xrewsh", "billing", "",
"""Kalhmera sas,

Ekana katharismo sthn ygieinologo sto iatreio sas sto Marousi thn
Deutera kai plhrwsa 60 eyrw me karta. Shmera vlepw sto e-banking dyo
xrewseis twn 60 eyrw me thn idia mera kai wra. Mporeite na mou
epistrepsete thn mia?

Eyxaristw,
Katerina Papadaki"""),
("el", "b143-pateras-efyge-programma-optikou", "Δήμητρα Ζ. <dimitra.z@example.gr>", "Πρόγραμμα κατ' οίκον εξέτασης - Ζαχαρίου Ιωάννης", "billing", "",
"""Καλημέρα σας,

Σας γράφω για τον πατέρα μου, Ιωάννη Ζαχαρίου, που ήταν εγγεγραμμένος
στο πρόγραμμα κατ' οίκον οφθαλμολογικού ελέγχου με πάγια χρέωση 15 € τον
μήνα στην κάρτα του. Ο πατέρας μου έφυγε από τη ζωή τον περασμένο μήνα.

Παρακαλώ να σταματήσει το πρόγραμμα και οι χρεώσεις. Αν χρειάζεστε
κάποιο έγγραφο (ληξιαρχική πράξη θανάτου), ενημερώστε με.

Με εκτίμηση,
Δήμητρα Ζαχαρίου"""),
("el", "b143-paketo-fysiotherapeias-metakomisi", "Νικος Τ. <nikos.t@example.gr>", "Πακετο συνεδριων", "billing", "",
"""Καλησπερα,

Τον Φεβρουαριο πληρωσα το πακετο των 10 συνεδριων φυσικοθεραπειας (350
ευρω) στο κεντρο σας στο Περιστερι για τον ωμο μου. Εχω κανει τις 5.
Απο τον αλλο μηνα μετακομιζω στη Θεσσαλονικη για δουλεια και δεν θα
μπορω να ερχομαι.

Γινεται να μου επιστραφουν οι υπολοιπες 5 συνεδριες; Η εστω να τις
χρησιμοποιησει η συζυγος μου, που μενει ακομα εδω μεχρι τον Ιουνιο;

Ευχαριστω
Νικος Τσακαλος"""),
("el", "b143-gl-emvolia-tailandi-times", "Giorgos M. <giorgos.m@example.gr>", "emvolia", "billing", "",
"""Geia sas, 8a pame me th gynaika mou Tailandh kai Vietnam ton Noemvrio.
Poso kostizoun ta emvolia gia hpatitida A kai typhoeidh? Kanete kapoia
ekptwsh an erthoume kai oi dyo mazi? Kai pernaei kati apo ton EOPYY h ta
plhrwnoume ola emeis?

Giwrgos"""),
("el", "b143-parastatiko-asfalistiki-magnitiki", "Αθανασία Κ. <athanasia.k@example.gr>", "Παραστατικό για ασφαλιστική εταιρεία", "billing", "",
"""Καλησπέρα σας,

Στις 12/3 έκανα μαγνητική τομογραφία οσφυϊκής μοίρας στο διαγνωστικό σας
κέντρο στη Γλυφάδα και πλήρωσα 180 €. Η ιδιωτική μου ασφάλιση ζητάει
απόδειξη με ανάλυση της εξέτασης και σφραγίδα του κέντρου, γιατί η
απόδειξη του ταμείου δεν τους αρκεί.

Μπορείτε να μου τη στείλετε με email;

Αθανασία Κωνσταντίνου"""),
("el", "b143-prokatavoli-yperixou-synigoros", "Βασίλης Ρ. <vasilis.r@example.gr>", "Επιστροφή προκαταβολής 50 €", "billing", "high",
"""Κύριοι,

Στις 5 Απριλίου κατέβαλα προκαταβολή 50 € για υπέρηχο κοιλίας στο κέντρο
σας στον Πειραιά. Την παραμονή του ραντεβού με πήρατε τηλέφωνο και το
ακυρώσατε εσείς, λόγω βλάβης του μηχανήματος, και μου είπατε ότι τα
χρήματα θα επιστραφούν σε 5 εργάσιμες.

Έχει περάσει ενάμισης μήνας και, παρά τα δύο email μου, δεν έχω πάρει
ούτε απάντηση ούτε τα χρήματα. Αν δεν γίνει η επιστροφή μέσα σε δέκα
ημέρες, θα απευθυνθώ στον Συνήγορο του Καταναλωτή.

Βασίλης Ραφαηλίδης"""),
("el", "b143-gl-pagwma-syndromis-egkymosyni", "Marilena S. <marilena.s@example.gr>", "syndromh", "billing", "",
"""Kalhspera! Eimai sto mhniaio programma fysiko8erapeias - klinikou
pilates (45 eyrw to mhna). Molis ema8a oti eimai egkyos kai o gynaikologos
mou eipe na stamathsw tis askhseis mexri na perasei to prwto trimhno.
Ginetai na pagwsoume th syndromh gia 3 mhnes kai na synexisoume meta,
xwris na xasw thn timh pou exw?

Marilena"""),
("el", "b143-podologos-xreosi-metakinisis", "Ευαγγελία Μ. <evangelia.m@example.gr>", "Χρέωση για επίσκεψη στο σπίτι", "billing", "",
"""Καλημέρα. Θα ήθελα να κλείσω ραντεβού με ποδολόγο στο σπίτι για τη
μητέρα μου, 88 χρονών, στο Χαλάνδρι. Στην ιστοσελίδα σας γράφει «από
35 €» αλλά δεν λέει αν υπάρχει χρέωση μετακίνησης. Πόσο θα κοστίσει
συνολικά και πληρώνεται με κάρτα επί τόπου;

Ευχαριστώ,
Λίτσα Μαυρίδου"""),
("el", "b143-dorokarta-leukansi-diafora", "Ιφιγένεια Λ. <ifigenia.l@example.gr>", "Δωροκάρτα", "billing", "",
"""Γεια σας,

Μου χάρισαν για τα γενέθλιά μου δωροκάρτα 70 € για καθαρισμό δοντιών από
υγιεινολόγο. Μπορώ να τη χρησιμοποιήσω για λεύκανση και να πληρώσω τη
διαφορά; Ή ισχύει μόνο για καθαρισμό;

Ιφιγένεια"""),
("el", "b143-gl-xrewsh-meta-akyrwsh-ypeuthynos", "Stathis K. <stathis.k@example.gr>", "XREWSH META APO AKYRWSH", "billing", "high",
"""Kalhmera,

Akyrwsa th mhniaia syndromh sto fysiko8erapeuthrio sas sth Larisa ton
Ianouario, exw kai to email epivevaiwshs. Synexizete na me xrewnete 40
eyrw ka8e mhna, Fevrouario kai Martio. Exw milhsei 3 fores me th
grammateia kai kathe fora mou lene "8a to koita3ei to logisthrio".

Den 8elw na ksanamilhsw me th grammateia. 8elw na me parei thlefwno o
ypeuthynos h o idiokthths tou kentrou. 6944 000 271.

Stathis Kalogeropoulos"""),
("el", "b143-re-rantevou-emvoliou-karta-doseis", "Σοφία Α. <sofia.a@example.gr>", "Re: Επιβεβαίωση ραντεβού - Ταξιδιωτικό Ιατρείο", "billing", "",
"""Καλησπέρα, ευχαριστώ για την επιβεβαίωση. Να ρωτήσω μόνο: τα 240 € για
τα τρία εμβόλια της κόρης μου πληρώνονται με κάρτα ή μόνο μετρητά; Και
γίνεται σε δύο δόσεις, μία σε κάθε επίσκεψη;

Σοφία Αντωνίου

-----Αρχικό μήνυμα-----
Από: Ταξιδιωτικό Ιατρείο <rantevou@taxidiotiko-iatreio.example>
Θέμα: Επιβεβαίωση ραντεβού - Ταξιδιωτικό Ιατρείο
> Αγαπητή κα Αντωνίου,
> Το ραντεβού της Μαρίνας Αντωνίου επιβεβαιώθηκε για την Τρίτη 14/5
> στις 17:30. Κόστος εμβολίων: 240 €. Παρακαλούμε φέρτε το βιβλιάριο
> υγείας."""),
("el", "b143-patoi-allagi-noumerou", "Κωστας Β. <kostas.v@example.gr>", "Πατοι", "billing", "",
"""Καλημερα, αγορασα απο το ποδολογικο σας στην Πατρα ορθοπεδικους πατους
νουμερο 42 αλλα μου ερχονται μικροι. Δεν τους εχω φορεσει παρα μονο μια
φορα για δοκιμη μεσα στο σπιτι. Μπορω να τους αλλαξω με 43 η να παρω
πισω τα 45 ευρω;"""),
("el", "b143-xreosi-apousias-amfisvitisi", "Ελένη Χ. <eleni.ch@example.gr>", "Χρέωση «μη προσέλευσης» ενώ ήρθα", "billing", "high",
"""Καλησπέρα,

Την Πέμπτη 18/4 ήρθα κανονικά στο ραντεβού μου με την υγιεινολόγο στις
11:00, περίμενα 40 λεπτά και τελικά η γραμματεία μου είπε ότι «έγινε
μπέρδεμα» και να ξανακλείσω. Σήμερα βλέπω ότι η κάρτα μου χρεώθηκε 25 €
ως «χρέωση μη προσέλευσης».

Δεν θα πληρώσω για ραντεβού που εσείς δεν τηρήσατε. Αν δεν επιστραφούν
τα χρήματα μέχρι το τέλος της εβδομάδας, θα ζητήσω από την τράπεζα
αμφισβήτηση της συναλλαγής.

Ελένη Χριστοδούλου"""),
("el", "b143-gl-timologio-etaireia-afm", "Panos D. <panos.d@example.gr>", "timologio", "billing", "",
"""Kalhspera, phga gia fysiko8erapeia 4 fores ton mhna pou mas perase kai
mou kopsate apodeiksh. Mporeite na thn akyrwsete kai na mou kopsete
timologio sthn etaireia? Stoixeia: DRAKOPOULOS & SIA OE, AFM 099999999,
DOY Patrwn. Eyxaristw polu, Panos"""),
("el", "b143-gl-app-askiseis-kleinei", "Eleni V. <eleni.v@example.gr>", "efarmogh", "technical", "",
"""Geia sas, meta thn teleytaia enhmerwsh h efarmogh me tis askhseis ths
fysiko8erapeias kleinei monh ths molis pataw sto "To programma mou".
Exw Samsung A52. Thn egkatesthsa apo thn arxh kai pali ta idia. Ti na
kanw?"""),
("el", "b143-oxi-pliromi-link-axonikis", "Μιχάλης Π. <michalis.p@example.gr>", "Σχετικά με την απόδειξη", "technical", "",
"""Καλημέρα,

Δεν γράφω για την πληρωμή, αυτή έγινε κανονικά και πήρα την απόδειξη. Το
θέμα είναι ότι ο σύνδεσμος που μου στείλατε με SMS για να δω τις εικόνες
της αξονικής βγάζει «Ο σύνδεσμος έχει λήξει», ενώ μου τον στείλατε
χθες. Ο γιατρός μου θέλει να τις δει την Πέμπτη.

Μιχάλης Παπαδόπουλος"""),
("el", "b143-thermofora-afxena-den-zestainei", "Χρυσούλα Ν. <chrysoula.n@example.gr>", "Θερμοφόρα", "technical", "",
"""Καλησπέρα σας. Αγόρασα από το φυσικοθεραπευτήριό σας την ηλεκτρική
θερμοφόρα αυχένα πριν από έναν μήνα. Ανάβει το λαμπάκι αλλά δεν
ζεσταίνει καθόλου, σε όποια θέση κι αν τη βάλω. Μήπως κάνω κάτι λάθος;

Χρυσούλα"""),
("el", "b143-gl-odontovourtsa-bluetooth", "Alexandros F. <alex.f@example.gr>", "odontovourtsa", "technical", "",
"""Kalhspera, phra thn hlektrikh odontovourtsa pou mou proteine h
ygieinologos. To vourtsisma douleuei kanonika alla den syndeetai me to
app sto kinhto (iPhone 12) - to bluetooth th vriskei kai meta leei
"apotyxia syndeshs". Den 8elw na thn epistrepsw, apla na doulepsei to
app."""),
("el", "b143-gyalia-katoikon-vida", "Αγλαΐα Σ. <aglaia.s@example.gr>", "Τα καινούργια μου γυαλιά", "technical", "",
"""Αγαπητοί κύριοι,

Ο οπτικός σας ήρθε στο σπίτι μου στην Κηφισιά τον Μάρτιο και μου έφτιαξε
γυαλιά για κοντά και για μακριά. Είναι πολύ καλά, αλλά το δεξί μπράτσο
χαλαρώνει συνεχώς και τα γυαλιά μού πέφτουν από τη μύτη. Η βίδα βγαίνει.
Δεν μπορώ να κατέβω στο κατάστημα, είμαι 86 ετών.

Μπορεί να περάσει κάποιος όταν έρθει ξανά στην περιοχή;

Με εκτίμηση,
Αγλαΐα Σταματοπούλου
τηλ. 210 000 8123"""),
("el", "b143-lima-podion-fortistis-liomeno", "Θεόδωρος Γ. <theodoros.g@example.gr>", "Φορτιστής συσκευής ποδολογίας", "technical", "high",
"""Καλησπέρα,

Σας ενημερώνω ότι ο φορτιστής της ηλεκτρικής λίμας ποδιών που αγόρασα
από το ποδολογικό σας κέντρο ζεστάθηκε τόσο πολύ χθες το βράδυ, που
λύγισε το πλαστικό γύρω από το φις και μύριζε καμένο. Τον αποσύνδεσα
αμέσως και δεν τον ξαναχρησιμοποιώ.

Σας το γράφω για να το ξέρετε, μήπως υπάρχει πρόβλημα με τη σειρά. Τι να
κάνω με τη συσκευή;

Θεόδωρος Γεωργίου"""),
("el", "b143-gl-kena-rantevou-ygieinologos", "Odontiatreio Chalkidas <info@chalkida-dental.example>", "rantevou", "technical", "high",
"""Kalhmera,

Apo xthes to apogeuma kanenas den mporei na kleisei rantevou
ygieinologou apo to site, vgazei "sfalma 500". Shmera to prwi eixame 7
kena sto programma, oi astheneis mas pairnoun thlefwno oti den hr8e to
sms ypenthymishs kai den kseroun an isxyei to rantevou tous. H
ygieinologos ka8etai. Gia ayrio den kseroume kan poioi einai grammenoi.

Parakalw kaleste mas to syntomotero, 22210 00000.

Vicky, grammateia"""),
("el", "b143-kodikos-platforma-lathos", "Ρενα Μ. <rena.m@example.gr>", "Κωδικος", "technical", "",
"""Καλησπερα. Αλλαξα τον κωδικο μου στην πλατφορμα ασθενων χθες γιατι τον
ειχα ξεχασει, μου ηρθε και το email οτι αλλαξε. Τωρα ομως με τον
καινουργιο κωδικο βγαζει "λαθος στοιχεια" και με τον παλιο το ιδιο. Τι
κανω;
Ρενα"""),
("el", "b143-efarmogi-eikones-proistamenos", "Αντώνης Δ. <antonis.d@example.gr>", "Τρίτη αναφορά - εφαρμογή αποτελεσμάτων", "technical", "high",
"""Κύριοι,

Είναι η τρίτη φορά που σας γράφω. Από τις 2 Μαΐου που έκανα μαγνητική
γόνατος στο κέντρο σας, η εφαρμογή δείχνει την εξέταση ως
«ολοκληρωμένη», αλλά όταν πατάω «Προβολή εικόνων» βγάζει μαύρη οθόνη.
Δοκίμασα σε κινητό, tablet και υπολογιστή. Οι δύο προηγούμενες απαντήσεις
σας ήταν «το έχουμε προωθήσει».

Ζητώ να επικοινωνήσει μαζί μου ο προϊστάμενος του τμήματος, γιατί με
αυτοματοποιημένες απαντήσεις δεν βγαίνει άκρη.

Αντώνης Δημητρίου"""),
("el", "b143-gl-viteoklisi-xwris-ixo", "Froso K. <froso.k@example.gr>", "online synedria", "technical", "",
"""Kalhspera, sthn online synedria me ton fysikotherapeuth shmera den
akouga tipota, autos me akouge. Sto laptop mou o hxos douleuei kanonika
se youtube klp. Exw kai allh synedria thn Paraskeuh, ti na rythmisw?
Froso"""),
("el", "b143-syskevi-ilektrotherapeias-reuma", "Ιωαννα Π. <ioanna.p@example.gr>", "Συσκευη ηλεκτροθεραπειας", "technical", "high",
"""Καλησπερα σας,

Η συσκευη ηλεκτροθεραπειας για το σπιτι που μας πουλησατε για τον πατερα
μου χτυπησε ρευμα τη μητερα μου σημερα το πρωι, οταν πηγε να την ανοιξει,
ενω τα χερια της ηταν στεγνα. Δεν επαθε κατι σοβαρο, αλλα το χερι της
μουδιαζε για αρκετη ωρα. Το καλωδιο στο σημειο που μπαινει στη συσκευη
φαινεται λιγο ξεφτισμενο.

Την εχουμε αποσυνδεσει. Παρακαλω πειτε μας τι να κανουμε.

Ιωαννα Παυλιδου"""),
("el", "b143-epeigon-qr-pistopoiitiko", "Λευτέρης Κ. <lefteris.k@example.gr>", "ΕΠΕΙΓΟΝ!!!", "technical", "",
"""ΕΠΕΙΓΟΝ. Το ψηφιακό πιστοποιητικό εμβολιασμού για τον κίτρινο πυρετό
που κατέβασα από τη σελίδα σας έχει QR code που δεν σκανάρεται, ούτε με
δύο διαφορετικές εφαρμογές. Ταξιδεύω στη Βραζιλία τον Σεπτέμβριο, οπότε
θα ήθελα να το έχω έτοιμο κάποια στιγμή.

Λ. Κουτσούκος"""),
("el", "b143-gl-sms-lathos-onoma", "Tasos N. <tasos.n@example.gr>", "SMS", "technical", "",
"""Geia, ta sms ypenthymishs gia ta rantevou ths fysiko8erapeias erxontai
me lathos onoma ("Agaphte k. Nikolaou, to rantevou sas...") kai to ka8e
ena mou erxetai dyo fores. Egw eimai Naoumidis. Mhpws exete mperdepsei
ton ari8mo mou me kapoion allo?"""),
("el", "b143-efxaristo-ygieinologo-kalliopi", "Δέσποινα Ρ. <despoina.r@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ήθελα να πω ένα μεγάλο ευχαριστώ στην κα Καλλιόπη, την υγιεινολόγο στο
ιατρείο σας στο Ηράκλειο. Ο γιος μου, που είναι 14 και έχει σιδεράκια,
φοβόταν πολύ, κι εκείνη με απίστευτη υπομονή του εξήγησε τα πάντα και
του έμαθε πώς να καθαρίζει σωστά. Από τότε βουρτσίζει μόνος του χωρίς
να του το λέμε!

Να είστε καλά.
Δέσποινα"""),
("el", "b143-gl-ksexasa-gyalia-hliou", "Vagelis T. <vagelis.t@example.gr>", "ksexasmeno", "general", "",
"""Kalhmera, xthes to vrady hmoun sto iatreio xwris rantevou sto Pagkrati
me to paidi kai nomizw ksexasa ekei ta gyalia hliou mou, mavra Ray-Ban se
kafe 8hkh, mallon sthn karekla ths anamonhs. Ta vrhkate mhpws? Mporw na
perasw to apogeuma."""),
("el", "b143-kalispera-orario-dekapentavgoustos", "Στάθης Μ. <stathis.m@example.gr>", "Καλησπέρα", "general", "",
"""Καλησπέρα, το ιατρείο χωρίς ραντεβού στη Ναύπακτο θα είναι ανοιχτό τον
Δεκαπενταύγουστο; Είμαστε εδώ για διακοπές με τα παιδιά και θέλω να
ξέρω πού να πάμε αν χρειαστεί. Ευχαριστώ"""),
("el", "b143-kenya-ti-emvolia", "Αλεξανδρα Φ. <alexandra.f@example.gr>", "Ταξιδι στην Κενυα", "general", "",
"""Καλησπερα,

Παμε με τον συντροφο μου για σαφαρι στην Κενυα τον Ιανουαριο. Ποια
εμβολια χρειαζομαστε, ποσο νωριτερα πρεπει να τα κανουμε και ειναι
υποχρεωτικο του κιτρινου πυρετου για να μπουμε στη χωρα; Επισης δινετε
οδηγιες και για την ελονοσια;

Ευχαριστω πολυ,
Αλεξανδρα"""),
("el", "b143-allagi-kinitou-email", "Παρασκευή Λ. <paraskevi.l@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλημέρα σας, παρακαλώ αλλάξτε το κινητό μου στην καρτέλα μου από 697
000 1122 σε 694 000 7788 και το email σε αυτό από το οποίο σας γράφω.
Είμαι ασθενής του φυσικοθεραπευτηρίου στο Αίγιο, Παρασκευή
Λαμπροπούλου. Ευχαριστώ."""),
("el", "b143-aitima-prosvasis-fakelos", "Ορέστης Β. <orestis.v@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο
όλων των προσωπικών δεδομένων που τηρείτε για εμένα, μαζί με το
ιστορικό φυσικοθεραπείας, τις αξιολογήσεις και τις σημειώσεις των
θεραπευτών, για το διάστημα από το 2022 έως σήμερα.

Ονοματεπώνυμο: Ορέστης Βασιλείου
Ημ. γέννησης: 04/09/1979

Προτιμώ ηλεκτρονική αποστολή.

Με εκτίμηση,
Ορέστης Βασιλείου"""),
("el", "b143-gl-grammateia-agenhs", "Dimitra L. <dimitra.l@example.gr>", "parapono", "general", "",
"""Kalhspera. Den eimai apo autous pou parapononte, alla h kyria sth
grammateia tou podologikou sto Volo shmera htan poly agenhs. Rwthsa apla
an 8a argisei polu o podologos kai mou apanthse "an viazeste pigainete
allou", mprosta se olo ton kosmo. O podologos pantws htan eksairetikos.
Apla na to kserete.
Dimitra"""),
("el", "b143-fysikotherapeftis-symperifora-diefthyntis", "Γεράσιμος Ο. <gerasimos.o@example.gr>", "Καταγγελία για συμπεριφορά θεραπευτή", "general", "high",
"""Κύριοι,

Στη συνεδρία μου την Τρίτη στο κέντρο σας στο Μαρούσι, ο φυσικοθεραπευτής
που με ανέλαβε μιλούσε στο κινητό σχεδόν όλη την ώρα, με άφησε μόνο στο
μηχάνημα για 25 λεπτά και, όταν του είπα ότι πονάω, μου απάντησε
ειρωνικά «πηγαίνετε σε άλλο κέντρο τότε». Είμαι 71 ετών και κάνω
αποκατάσταση μετά από αρθροπλαστική.

Δεν δέχομαι τέτοια συμπεριφορά. Ζητώ να επικοινωνήσει μαζί μου
προσωπικά ο διευθυντής του κέντρου.

Γεράσιμος Οικονόμου
210 000 6643"""),
("el", "b143-rampa-glistraei-podologiko", "Μαρία Ε. <maria.e@example.gr>", "Η ράμπα στην είσοδο", "general", "high",
"""Καλημέρα,

Μια παρατήρηση για το ποδολογικό σας στη Λάρισα: η ράμπα για αναπηρικά
αμαξίδια στην είσοδο γίνεται σαν πάγος όταν βρέχει, γιατί το πλακάκι
είναι γυαλιστερό και δεν έχει αντιολισθητική ταινία. Χθες γλίστρησε
μπροστά μου μια κυρία με πατερίτσες, ευτυχώς την πιάσαμε. Οι
περισσότεροι που έρχονται σε εσάς έχουν πρόβλημα στα πόδια.

Καλό θα ήταν να φτιαχτεί πριν χτυπήσει κάποιος.

Μαρία Ευθυμίου"""),
("el", "b143-xorigia-agonas-dromou-kalamata", "Σύλλογος Δρομέων Μεσσηνίας <info@dromeis-messinias.example>", "Πρόταση χορηγίας", "general", "",
"""Καλησπέρα σας,

Ο Σύλλογος Δρομέων Μεσσηνίας διοργανώνει τον 3ο Νυχτερινό Αγώνα Δρόμου
Καλαμάτας στις 21 Σεπτεμβρίου, με περίπου 600 συμμετοχές. Θα θέλαμε να
σας προτείνουμε να γίνετε χορηγός ή να στήσετε περίπτερο στον
τερματισμό με φυσικοθεραπευτές για αποθεραπεία των δρομέων.

Μπορούμε να σας στείλουμε αναλυτικά τα πακέτα χορηγίας.

Με εκτίμηση,
Κώστας Αλεξόπουλος
Γραμματέας"""),
("el", "b143-gl-den-thelw-lefta-eyxaristw-giatro", "Lefteris A. <lefteris.a@example.gr>", "Savvato vrady", "general", "",
"""Kalhspera. Den grafw gia na zhthsw ta lefta pisw, an kai perimename 2
wres to Savvato. Grafw gia na pw eyxaristw sth giatro pou eide th mhtera
mou, nomizw Dr. Sarantidh. Katalave amesws oti den htan apla zalades
apo th zesth, thn esteile kateu8eian sto nosokomeio kai telika htan kati
sovaro. Xwris authn den kserw ti 8a eixe ginei.

Na ste kala olo to proswpiko.
Lefteris"""),
("el", "b143-erotisi-optikos-aigina", "Ανθή Κ. <anthi.k@example.gr>", "Ερώτηση", "general", "",
"""Γεια σας, η γιαγιά μου μένει στην Αίγινα και δεν μπορεί να ταξιδέψει.
Ο οπτικός σας έρχεται για εξέταση στο σπίτι και στα νησιά του
Σαρωνικού ή μόνο στην Αττική; Και πόσο νωρίτερα πρέπει να κλείσουμε;"""),
("el", "b143-gl-fwtografia-instagram-arxh", "Natasa G. <natasa.g@example.gr>", "H fwtografia mou sto instagram", "general", "high",
"""Kalhspera,

Shmera eida sto instagram tou fysiko8erapeuthriou sas sto Xalandri
fwtografia mou apo th synedria ths Tetarths, me to proswpo mou na
fainetai, me lezanta "akomh mia dynath epistrofh meta apo rhksh
xiasth". Kaneis den mou zhthse adeia.

Zhtw na katevei amesws. An den katevei mexri ayrio kai den parw grapth
eksighsh, 8a kanw katagelia sthn Arxh Prostasias Dedomenwn.

Natasa Georgiadou"""),
# ---------------- Spanish ----------------
("es", "b143-fisio-cobro-doble-valencia", "Lucía Ferrer <lucia.ferrer@example.es>", "Cobro duplicado", "billing", "",
"""Hola, buenos días:

El jueves tuve sesión de fisioterapia en vuestra clínica de Ruzafa y pagué
los 45 € con tarjeta. Hoy veo en la app del banco dos cargos de 45 € con
la misma hora. ¿Me podéis devolver uno de los dos?

Gracias,
Lucía Ferrer"""),
("es", "b143-mama-se-nos-adelanto-optometrista", "Guadalupe Ramírez <lupita.ramirez@example.com.mx>", "Plan de mi mamá", "billing", "",
"""Buenas tardes,

Les escribo porque mi mamá, la Sra. Carmen Ramírez Ortiz, se nos adelantó
hace dos semanas. Ella tenía contratado con ustedes el plan de visitas
del optometrista a domicilio, 450 pesos al mes con cargo a su tarjeta.

Les pido de favor que ya no le hagan más cargos y den de baja el plan.
Si necesitan el acta de defunción, me dicen y se las mando.

Muchas gracias por todo lo que la atendieron.
Lupita Ramírez
Guadalajara, Jal."""),
("es", "b143-kinesio-bajar-plan-basico", "Martín Sosa <martin.sosa@example.com.ar>", "Cambio de plan", "billing", "",
"""Hola, cómo va. Estoy con el plan de kinesiología de 8 sesiones por mes
($38.000) en la sede de Palermo. Me quedé sin laburo y no lo puedo
sostener, pero no quiero dejar del todo porque vengo bien con la
rodilla. ¿Me pueden pasar al plan de 4 sesiones desde el mes que viene?
¿Lo tengo que pedir en recepción o lo hacen ustedes?

Gracias!
Martín"""),
("es", "b143-precio-vacunas-india", "Javier Moreno <javi.moreno@example.es>", "vacunas viaje", "billing", "",
"""Hola, me voy a la India en marzo tres semanas y queria saber cuanto
cuestan en vuestra clinica las vacunas de la hepatitis A y la fiebre
tifoidea, y la consulta. Lo cubre algo la Seguridad Social o es todo
privado? Se puede pagar con tarjeta?

Un saludo"""),
("es", "b143-factura-electronica-ecografia-empresa", "Andrea Gómez <andrea.gomez@example.com.co>", "Factura electrónica", "billing", "",
"""Buenas tardes,

El pasado 8 de agosto me hice una ecografía de tiroides en su sede de
Chapinero y pagué $220.000. Necesito que me expidan la factura
electrónica a nombre de la empresa donde trabajo, porque ellos me
reembolsan:

Andes Consultores S.A.S.
NIT 900.000.000-1

Quedo atenta. Mil gracias.
Andrea Gómez"""),
("es", "b143-deposito-ultrasonido-profeco", "Ricardo Herrera <ricardo.herrera@example.com.mx>", "Devolución de anticipo - ya van tres correos", "billing", "high",
"""A quien corresponda:

El 3 de junio pagué un anticipo de $800 MXN para un ultrasonido
obstétrico en su clínica de Polanco. Un día antes me hablaron para
cancelar porque "el equipo estaba en mantenimiento" y me dijeron que el
dinero se me regresaría en 5 días hábiles.

Ya pasó más de un mes, les he mandado tres correos y nadie me contesta.
Si en diez días no tengo el reembolso, voy a presentar una queja formal
ante la PROFECO con todos los comprobantes.

Ricardo Herrera"""),
("es", "b143-podologo-domicilio-suplemento", "Pilar Navarro <pilar.navarro@example.es>", "Podólogo a domicilio", "billing", "",
"""Buenas,

Quería pedir cita con el podólogo a domicilio para mi padre, que tiene
91 años y vive en Getafe. En la web pone que la sesión son 35 €, pero no
dice nada del desplazamiento. ¿Se cobra aparte? ¿Cuánto sería en total y
se puede pagar con tarjeta en casa o hay que hacer transferencia?

Gracias,
Pilar"""),
("es", "b143-giftcard-limpieza-vencida", "Camila Fuentes <camila.fuentes@example.cl>", "Gift card", "billing", "",
"""Hola!! Mi pololo me regaló una gift card de $45.000 para limpieza
dental con higienista en su clínica de Providencia, y cuando fui a
agendar me dijeron que venció hace 10 días. Entre la pega y la u se me
pasó por completo. ¿Hay alguna forma de que me la extiendan aunque sea un
mes? Porfa 🙏

Cami"""),
("es", "b143-cargo-no-presentado-contracargo", "Sergio Castillo <sergio.castillo@example.es>", "Cargo indebido 30 €", "billing", "high",
"""Buenos días:

Anulé por teléfono mi cita en el centro de vacunación internacional de
Zaragoza el lunes, cuatro días antes, y la persona que me atendió me
confirmó que no habría ningún cargo. Hoy me han cobrado 30 € en la
tarjeta por "no presentado".

Les pido que me lo devuelvan. Si no está devuelto antes del día 15, pediré
a mi banco que retroceda el cargo.

Sergio Castillo Ruiz"""),
("es", "b143-re-cita-resonancia-fraccionar", "Marta Iglesias <marta.iglesias@example.es>", "RE: Confirmación de su cita - Resonancia magnética", "billing", "",
"""Hola, gracias. Una pregunta antes de pagar el resto: ¿se pueden
fraccionar los 390 € que quedan en tres meses? He visto en la web que
trabajáis con financiación pero no sé cómo solicitarla.

Marta

-----Mensaje original-----
De: Citas <citas@imagendiagnostica.example>
Asunto: Confirmación de su cita - Resonancia magnética
> Estimada Sra. Iglesias:
> Le confirmamos su resonancia magnética de rodilla para el martes 22
> a las 18:40 en nuestro centro de Oviedo. Hemos recibido la señal de
> 60 €. El importe restante (390 €) se abonará el día de la prueba."""),
("es", "b143-cuota-aumento-sin-aviso-gerente", "Graciela Benítez <graciela.benitez@example.com.ar>", "Aumento de cuota sin aviso", "billing", "high",
"""Buenas tardes,

Soy socia del plan anual de higiene dental desde hace tres años. Este mes
me debitaron $24.500 en lugar de los $15.000 de siempre, sin ningún aviso
previo, ni mail ni mensaje. Llamé dos veces y en los dos casos me dijeron
que "es el aumento general" y que no pueden hacer nada.

Con todo respeto, no me alcanza con esa respuesta. Quiero que me llame el
gerente o alguien que pueda resolver, no otra vez el call center. Mi
número es 11 5000-0000.

Graciela Benítez"""),
("es", "b143-plantillas-cambio-talla", "Fernando Ríos <fernando.rios@example.com.mx>", "Plantillas", "billing", "",
"""Que tal, el sabado compre unas plantillas ortopedicas en su clinica de
podologia en Monterrey, talla 27, pero me quedan chicas. Solo me las
probe en la casa. ¿Las puedo cambiar por una 28 o me regresan el dinero?
Tengo el ticket."""),
("es", "b143-hola-bizum", "Nuria Vidal <nuria.vidal@example.es>", "Hola", "billing", "",
"""Hola! Tengo cita con la higienista el viernes en el centro de Gràcia.
¿Puedo pagar con Bizum o solo tarjeta/efectivo? Gracias"""),
("es", "b143-app-fisio-vuelve-login", "Álvaro Prieto <alvaro.prieto@example.es>", "La app no me deja entrar", "technical", "",
"""Buenas, cada vez que meto usuario y contraseña en la app de
fisioterapia, carga un segundo y me vuelve a la pantalla de inicio de
sesión. La he borrado y reinstalado, y nada. Android 14, Xiaomi.
Quiero ver los ejercicios que me mandó Irene."""),
("es", "b143-no-es-cobro-link-tomografia", "Sofía Mendoza <sofia.mendoza@example.com.mx>", "Sobre el recibo", "technical", "",
"""Hola, buen día.

No es por el cobro, ese ya está pagado y todo bien. Es que el enlace que
viene en el recibo para descargar las imágenes de mi tomografía me
manda a una página que dice "Error 404 - no encontrado". Probé desde la
compu y desde el celular. Mi doctor las necesita para la consulta del
jueves.

Saludos,
Sofía Mendoza"""),
("es", "b143-electroestimulador-no-prende", "Diego Álvarez <diego.alvarez@example.com.ar>", "Electroestimulador", "technical", "",
"""Hola. Compré en la recepción del centro de kinesiología el
electroestimulador que me recomendó la kinesióloga. Anduvo bien una
semana y ahora cuando lo prendo la pantalla se ilumina un segundo y se
apaga. Le puse pilas nuevas y nada. ¿Qué puedo hacer?

Diego"""),
("es", "b143-irrigador-dental-gotea", "Raul Santos <raul.santos@example.es>", "irrigador", "technical", "",
"""Buenas, el irrigador dental que me recomendo la higienista pierde agua
por la base del mango cada vez que lo uso, acabo con el lavabo lleno de
agua. Tiene un mes. No es problema de la boquilla porque la he cambiado.
Saludos"""),
("es", "b143-lentes-domicilio-plaqueta", "Eliana Contreras <eliana.contreras@example.cl>", "Mis lentes nuevos", "technical", "",
"""Estimados:

El óptico que vino a mi casa en Viña del Mar en abril fue muy amable y
los lentes llegaron la semana pasada. Pero la plaquetita de la nariz del
lado derecho se salió dos veces y los lentes me quedan chuecos. La puse
de nuevo pero no queda firme.

Yo no puedo ir a la tienda, tengo 84 años. ¿Alguien podría pasar a
arreglarlos cuando venga por el sector?

Atentamente,
Eliana Contreras"""),
("es", "b143-masajeador-chispas-cargador", "Isabel Romero <isabel.romero@example.es>", "Masajeador", "technical", "high",
"""Buenas tardes:

Solo para informarles: el cargador del masajeador de percusión que
compré en su clínica de fisioterapia soltó unas chispas ayer por la
noche al enchufarlo y olía a plástico quemado. Saltó el diferencial de
casa. Lo he desenchufado y lo he dejado en la terraza, no lo voy a volver
a usar.

Se lo comento por si hay más unidades con el mismo problema. ¿Qué hago
con él?

Isabel Romero"""),
("es", "b143-consultorio-expedientes-no-cargan", "Recepción Consultorio Santa Fe <recepcion@consultoriosantafe.example>", "Urgente sistema", "technical", "high",
"""Buenos días,

Desde las 8 el sistema no carga ningún expediente ni deja registrar
pacientes nuevos. Tenemos la sala de espera llena, los médicos no pueden
ver historiales ni mandar recetas y estamos anotando todo en papel.
Ya se fueron varios pacientes sin consulta.

Por favor llámenos al 55 5000 0000 lo antes posible.

Karla
Consultorio Santa Fe, CDMX"""),
("es", "b143-codigo-verificacion-no-llega", "Camilo Rojas <camilo.rojas@example.com.co>", "No me llega el código", "technical", "",
"""Buenas. Intento entrar al portal de pacientes para ver mis resultados y
me pide un código de verificación por SMS que nunca me llega. Ya le di a
"reenviar" como 8 veces. El número registrado sí es el mío (310 000
0000). ¿Me pueden ayudar?

Camilo"""),
("es", "b143-visor-imagenes-tercera-vez-responsable", "Jorge Martín <jorge.martin@example.es>", "Tercera reclamación - visor de imágenes", "technical", "high",
"""Es la tercera vez que escribo. Desde que me hice la resonancia de hombro
el día 2, el portal dice que el estudio está "disponible", pero el visor
de imágenes se queda en negro en el ordenador, en el móvil y en la
tablet. Las dos respuestas anteriores fueron "lo hemos trasladado al
departamento técnico".

No quiero otra respuesta automática. Quiero que me llame un responsable
del servicio, con nombre y apellidos.

Jorge Martín
600 000 000"""),
("es", "b143-videoconsulta-se-congela", "Valentina Paz <valentina.paz@example.com.ar>", "Videoconsulta", "technical", "",
"""Hola! En las dos últimas videoconsultas con el kinesiólogo la imagen se
congela a los pocos minutos y después me saca de la sala. Tengo buena
conexión (fibra), Netflix anda perfecto. Uso la notebook con Chrome.
¿Hay algo que tenga que configurar? Tengo otra el martes.

Vale"""),
("es", "b143-urgente-certificado-enie", "Íñigo Muñoz <inigo.munoz@example.es>", "URGENTE", "technical", "",
"""URGENTE!! El certificado de vacunación que descargo de vuestra web me
sale con mi nombre como "I?igo Mu?oz", con interrogaciones en lugar de
la ñ y la í. Con eso no me van a dejar pasar en ningún control. El viaje
es en noviembre, así que no corre prisa, pero a ver si lo arregláis.

Íñigo"""),
("es", "b143-whatsapp-recordatorio-hora-mal", "Rosa Quispe <rosa.quispe@example.pe>", "Recordatorios", "technical", "",
"""Buenas tardes, los recordatorios de WhatsApp de mis citas de terapia
física llegan con la hora cambiada. Hoy decía 4 pm y mi cita era a las
3 pm, casi la pierdo. En la página web sí sale bien la hora. Les aviso
para que lo revisen.

Rosa Quispe
Miraflores, Lima"""),
("es", "b143-empresa-vacunas-guinea-portal", "RRHH Constructora Levante <rrhh@constructoralevante.example>", "Portal de empresa - citas de vacunación", "technical", "high",
"""Buenos días,

Tenemos 40 trabajadores que se desplazan a Guinea Ecuatorial el día 20 y
que necesitan la fiebre amarilla antes de que les tramiten el visado.
Desde el viernes el portal de empresa no deja confirmar ninguna cita:
al pulsar "Confirmar" da un error y la cita desaparece. La embajada nos
pide los certificados esta semana y sin ellos se cae el proyecto.

Necesitamos que alguien nos llame hoy: 963 000 000, extensión 214.

Elena Soler
Recursos Humanos, Constructora Levante"""),
("es", "b143-no-descarga-receta-lentes", "Hector Villalobos <hector.villalobos@example.com.mx>", "receta", "technical", "",
"""Buenas, en la app me sale que ya esta lista mi receta de lentes del
examen a domicilio pero cuando le pico a "Descargar PDF" no pasa nada, se
queda cargando. Lo intente en el celular y en la compu. Saludos"""),
("es", "b143-gracias-higienista-nerea", "Ainhoa Etxeberria <ainhoa.etxeberria@example.es>", "Gracias a Nerea", "general", "",
"""Kaixo!

Solo quería dar las gracias a Nerea, la higienista de vuestra clínica de
Donostia. Llevaba años sin hacerme una limpieza por miedo y ella tuvo una
paciencia enorme: me explicó todo antes de hacerlo y paró cada vez que lo
necesité. Salí encantada.

Si podéis, hacédselo llegar a ella y a su responsable.

Ainhoa"""),
("es", "b143-campera-guardia", "Lucas Ferreyra <lucas.ferreyra@example.com.ar>", "Me olvidé la campera", "general", "",
"""Hola, anoche fui con mi hijo al centro médico sin turno de Caballito y
creo que me olvidé la campera en la sala de espera. Es una campera de
jean con corderito adentro. ¿La encontraron? Paso a buscarla cuando me
digan."""),
("es", "b143-horario-semana-santa", "Ana Lilia Torres <analilia.torres@example.com.mx>", "Horario", "general", "",
"""Buenas tardes, ¿el consultorio sin cita de Coyoacán va a abrir el jueves
y viernes santo? ¿En qué horario? Gracias."""),
("es", "b143-fiebre-amarilla-senegal", "Pablo Herrero <pablo.herrero@example.es>", "Viaje a Senegal", "general", "",
"""Hola,

En diciembre vamos mi mujer y yo a Senegal dos semanas. ¿Qué vacunas nos
recomendáis, con cuánta antelación hay que ponerlas y es obligatoria la
fiebre amarilla para entrar? Ella se la puso en 2009 para un viaje a
Brasil, ¿le sigue valiendo?

Gracias,
Pablo"""),
("es", "b143-cambio-direccion-optometra", "Beatriz Cárdenas <beatriz.cardenas@example.com.co>", "Cambio de dirección", "general", "",
"""Buenos días. Les informo que mi papá, el señor Hernando Cárdenas
(C.C. 19.000.000), se pasó a vivir con nosotros. La nueva dirección para
las visitas del optómetra es Calle 85 # 15-20, apto 402, Bogotá, y el
celular de contacto es el mío, 315 000 0000. Gracias."""),
("es", "b143-derecho-acceso-historia-fisio", "Tomás Gil <tomas.gil@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En virtud del artículo 15 del RGPD, solicito copia de todos los datos
personales que tratan sobre mí, incluida mi historia clínica de
fisioterapia, las valoraciones y las notas de los fisioterapeutas, desde
2021 hasta hoy.

Nombre: Tomás Gil Serrano
DNI: 00000000T

Prefiero recibirla por correo electrónico.

Atentamente,
Tomás Gil Serrano"""),
("es", "b143-recepcionista-mala-onda", "Francisca Muñoz <francisca.munoz@example.cl>", "Atención en recepción", "general", "",
"""Buenas tardes. No suelo reclamar, pero la recepcionista de la
podología de Ñuñoa me atendió con muy mala cara el lunes. Llegué un poco
antes y me dijo "siéntese y espere como todos" de muy mal modo, y siguió
conversando con su compañera. Tengo 80 años y ando con bastón.

La podóloga, un siete. Solo para que lo sepan.

Francisca Muñoz"""),
("es", "b143-fisio-comentarios-direccion", "Laura Campos <laura.campos@example.es>", "Queja formal - trato recibido", "general", "high",
"""Buenas tardes:

El martes, en mi sesión en vuestro centro de Málaga, el fisioterapeuta
que me atendió hizo varios comentarios sobre mi cuerpo que me resultaron
muy incómodos y fuera de lugar, y cuando le pedí que parara se rió. Salí
de allí muy mal.

No quiero que esto se quede en recepción. Exijo que se ponga en contacto
conmigo la dirección del centro y que me digan qué medidas van a tomar.

Laura Campos
611 000 000"""),
("es", "b143-escalon-roto-clinica-ultrasonido", "Patricia León <patricia.leon@example.com.mx>", "Escalón de la entrada", "general", "high",
"""Hola, buenas tardes.

Nada más para avisarles: el segundo escalón de la entrada de su clínica
de ultrasonido en Puebla está quebrado en la orilla y se mueve cuando lo
pisas. Hoy una señora embarazada casi se cae, la alcanzó a detener su
esposo. Mucha de la gente que va son embarazadas o personas mayores.

Ojalá lo arreglen antes de que alguien se lastime.

Patricia León"""),
("es", "b143-patrocinio-torneo-hockey", "Club Atlético Los Robles <prensa@clublosrobles.example>", "Propuesta de sponsoreo", "general", "",
"""Hola, ¿qué tal?

Somos el Club Atlético Los Robles, de San Isidro. En octubre organizamos
el torneo anual de hockey femenino, con 24 equipos y unas 500 jugadoras.
Queríamos saber si su centro de kinesiología estaría interesado en
sponsorear el torneo o en tener un puesto con kinesiólogos para
elongación y vendajes.

Les podemos mandar la propuesta con los distintos paquetes.

Saludos,
Florencia Díaz
Prensa y Sponsors"""),
("es", "b143-no-quiero-devolucion-gracias-medico", "Jose Luis Ortega <joseluis.ortega@example.es>", "El sabado", "general", "",
"""Hola. No os escribo para que me devolvais nada, aunque esperamos casi
dos horas el sabado. Os escribo para dar las gracias a la doctora que
atendio a mi hijo en el centro sin cita de Alcala (creo que la doctora
Beltran). Se dio cuenta de que no era una torcedura y le mando a hacer
la radiografia alli mismo: tenia una fisura. Otro lo habria mandado a
casa con hielo.

Muchas gracias de verdad.
Jose Luis Ortega"""),
("es", "b143-pregunta-acompanante-ecografia", "Daniela Vargas <daniela.vargas@example.com.co>", "Pregunta", "general", "",
"""Hola, tengo la ecografía de las 20 semanas en la sede de Laureles el
próximo jueves. ¿Puede entrar mi esposo conmigo a la sala? ¿Y nuestra
hija de 4 años? ¿Tienen parqueadero o es mejor ir en taxi? Gracias!"""),
("es", "b143-recepcion-dio-cita-a-ex-aepd", "Mercedes Blanco <mercedes.blanco@example.es>", "Revelación de mis datos", "general", "high",
"""Buenos días:

Ayer mi exmarido, con el que tengo una orden de alejamiento, llamó a
vuestra clínica de fisioterapia de Valladolid haciéndose pasar por
familiar, y la recepcionista le dio el día y la hora de mi próxima cita.
Me lo ha contado él mismo por mensaje.

Esto es gravísimo. Quiero una explicación por escrito de cómo ha podido
pasar y qué vais a hacer para que no se repita. Si no la recibo en una
semana presentaré una reclamación ante la Agencia Española de Protección
de Datos.

Mercedes Blanco"""),
# ---------------- Polish ----------------
("pl", "b143-higienizacja-podwojne-obciazenie", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Podwójna płatność", "billing", "",
"""Dzień dobry,

we wtorek byłam na higienizacji w Państwa gabinecie na Kazimierzu i
zapłaciłam kartą 280 zł. Dziś w aplikacji banku widzę dwie transakcje po
280 zł z tą samą godziną. Terminal za pierwszym razem pokazał błąd, więc
przyłożyłam kartę drugi raz. Proszę o zwrot jednej z nich.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b143-mama-dom-opieki-optyk", "Jerzy Kaczmarek <jerzy.kaczmarek@example.pl>", "Abonament mamy - wizyty domowe", "billing", "",
"""Szanowni Państwo,

moja mama, Halina Kaczmarek, od tego miesiąca mieszka w domu opieki w
Zakopanem, gdzie badania wzroku zapewnia ich własny okulista. Państwa
wizyty domowe optyka nie będą więc już potrzebne.

Proszę o zakończenie jej abonamentu (49 zł miesięcznie, płatne z mojej
karty) i potwierdzenie mailowo, że kolejnych obciążeń nie będzie.

Z poważaniem
Jerzy Kaczmarek"""),
("pl", "b143-karnet-fizjo-wyjazd-norwegia", "Kamil Nowicki <kamil.nowicki@example.pl>", "karnet", "billing", "",
"""Dzien dobry, w marcu kupilem karnet na 10 zabiegow fizjoterapii na
kregoslup (1200 zl) w gabinecie na Grunwaldzie. Wykorzystalem 4. Od
przyszlego miesiaca wyjezdzam do pracy do Norwegii na pol roku. Czy
moge dostac zwrot za 6 niewykorzystanych zabiegow albo przepisac je na
brata?

Pozdrawiam
Kamil Nowicki"""),
("pl", "b143-cena-szczepien-wietnam", "Ewa Sikorska <ewa.sikorska@example.pl>", "Szczepienia przed wyjazdem", "billing", "",
"""Dzień dobry,

w lutym lecimy z mężem do Wietnamu i Kambodży. Ile u Państwa kosztują
szczepienia na WZW A, dur brzuszny i wściekliznę (profilaktycznie) oraz
sama konsultacja lekarska? Czy któreś z nich refunduje NFZ? I czy można
płacić BLIKIEM?

Ewa Sikorska"""),
("pl", "b143-faktura-nip-usg", "Marek Zieliński <biuro@zielinski-uslugi.example>", "Faktura VAT", "billing", "",
"""Dzień dobry,

5 września wykonałem u Państwa USG jamy brzusznej w placówce przy ul.
Piotrkowskiej i zapłaciłem 250 zł. Dostałem paragon, a potrzebuję
faktury na firmę:

Zieliński Usługi Remontowe Marek Zieliński
NIP 000-000-00-00
ul. Zgierska 10, 91-000 Łódź

Paragon mogę odesłać skanem.

Marek Zieliński"""),
("pl", "b143-zaliczka-rezonans-rzecznik", "Tomasz Dudek <tomasz.dudek@example.pl>", "Zwrot zaliczki za rezonans - ostatnie wezwanie", "billing", "high",
"""Szanowni Państwo,

10 kwietnia wpłaciłem 200 zł zaliczki za rezonans magnetyczny kolana w
Państwa pracowni w Katowicach. Dzień przed badaniem odwołali je Państwo z
powodu awarii aparatu, z zapewnieniem, że pieniądze wrócą w ciągu 7 dni.

Minęło sześć tygodni, pisałem dwa razy i nie dostałem ani zwrotu, ani
odpowiedzi. Jeśli kwota nie wróci na moje konto w ciągu 14 dni, sprawę
zgłoszę do miejskiego rzecznika konsumentów.

Tomasz Dudek"""),
("pl", "b143-podolog-dojazd-doplata", "Krystyna Baran <krystyna.baran@example.pl>", "Podolog w domu", "billing", "",
"""Dzień dobry, chciałabym umówić podologa z dojazdem do domu dla taty
(89 lat, Poznań, Rataje). Na stronie jest cena 150 zł za zabieg, ale nie
ma nic o dojeździe. Czy dojazd jest płatny osobno? Ile by to wyszło
razem i czy można zapłacić kartą na miejscu?

Krystyna Baran"""),
("pl", "b143-bon-usg-4d-przedluzenie", "Natalia Wojciechowska <natalia.w@example.pl>", "Voucher", "billing", "",
"""Hej, dostałam od przyjaciółek bon podarunkowy na USG 4D ciąży (350 zł)
w Państwa gabinecie w Gdańsku. Chciałam się dziś zapisać przez stronę i
wyskakuje, że bon stracił ważność tydzień temu. Totalnie o nim
zapomniałam przy tych wszystkich mdłościach 😅 Czy da się go przedłużyć
choćby o miesiąc? Jestem w 25. tygodniu.

Natalia"""),
("pl", "b143-oplata-nieobecnosc-chargeback", "Paweł Mazur <pawel.mazur@example.pl>", "Niesłuszna opłata 100 zł", "billing", "high",
"""Dzień dobry,

wizytę w punkcie szczepień podróżnych we Wrocławiu odwołałem telefonicznie
w poniedziałek, trzy dni przed terminem. Pani w rejestracji powiedziała,
że nie będzie żadnej opłaty. Dziś z karty pobrano mi 100 zł jako "opłatę
za niestawienie się".

Proszę o zwrot. Jeśli pieniądze nie wrócą do końca przyszłego tygodnia,
złożę w banku reklamację transakcji (chargeback).

Paweł Mazur"""),
("pl", "b143-re-pakiet-rehabilitacja-raty", "Justyna Lis <justyna.lis@example.pl>", "Re: Potwierdzenie rezerwacji - pakiet rehabilitacyjny", "billing", "",
"""Dzień dobry, dziękuję za potwierdzenie. Czy pozostałe 1800 zł mogę
rozłożyć na 3 raty? Na stronie jest wzmianka o ratach 0%, ale nie wiem,
gdzie złożyć wniosek.

Justyna Lis

W dniu 12.09 Rejestracja <rejestracja@fizjo-centrum.example> napisał(a):
> Szanowna Pani,
> potwierdzamy rezerwację pakietu rehabilitacji po rekonstrukcji ACL
> (20 wizyt) od 23.09 w placówce Lublin-Czuby. Otrzymaliśmy zadatek
> 200 zł. Pozostała kwota (1800 zł) płatna przed pierwszą wizytą."""),
("pl", "b143-podwyzka-abonamentu-kierownik", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "Podwyżka bez uprzedzenia", "billing", "high",
"""Dzień dobry,

od trzech lat mam u Państwa roczny abonament na higienizację (dwie wizyty
w roku). Przy odnowieniu 1 października pobrano mi 690 zł zamiast
dotychczasowych 420 zł, bez żadnej wcześniejszej informacji - ani
maila, ani SMS-a. Dwa razy dzwoniłem na infolinię i za każdym razem
słyszę, że "system tak naliczył".

Taka odpowiedź mnie nie satysfakcjonuje. Proszę o kontakt kierownika
placówki albo kogoś, kto może podjąć decyzję. Oczekuję zwrotu różnicy
albo anulowania odnowienia. Tel. 600 000 000.

Grzegorz Pawlak
Rzeszów"""),
("pl", "b143-wkladki-zly-rozmiar", "Dariusz Kowalczyk <darek.kowalczyk@example.pl>", "wkladki", "billing", "",
"""Czesc, w sobote kupilem w gabinecie podologicznym wkladki ortopedyczne
rozmiar 42, ale sa za male. Przymierzylem tylko w domu, sa jak nowe,
mam paragon. Moge je wymienic na 44 czy musze oddac i kupic jeszcze
raz?"""),
("pl", "b143-dzien-dobry-blik-higienistka", "Ola Michalska <ola.michalska@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry, w piątek mam wizytę u higienistki na Mokotowie. Czy można
zapłacić BLIKIEM na miejscu, czy tylko kartą lub gotówką? Dziękuję"""),
("pl", "b143-aplikacja-wylogowuje", "Michał Szymański <michal.szymanski@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, aplikacja z ćwiczeniami od fizjoterapeuty wylogowuje mnie
co kilka minut, w trakcie ćwiczenia, i trzeba się logować od nowa.
Reinstalacja nic nie dała. Telefon Samsung S21, Android 14."""),
("pl", "b143-nie-platnosc-link-tomografia", "Barbara Jasińska <barbara.jasinska@example.pl>", "Dotyczy paragonu", "technical", "",
"""Dzień dobry,

nie piszę w sprawie płatności, ta jest w porządku. Chodzi o link do
pobrania obrazów z tomografii, który był w mailu z paragonem. Po
kliknięciu pojawia się "Błąd 403 - brak dostępu", zarówno na laptopie,
jak i na telefonie. Lekarz prowadzący chce zobaczyć badanie w czwartek.

Barbara Jasińska"""),
("pl", "b143-szczoteczka-soniczna-nie-laduje", "Wojtek Kubiak <wojtek.kubiak@example.pl>", "szczoteczka", "technical", "",
"""Dzien dobry, szczoteczka soniczna, ktora polecila mi higienistka, przestala
sie ladowac. Stoi cala noc na ladowarce, dioda miga na zielono, a rano
po jednym myciu jest rozladowana. Ma 5 tygodni. Nie chce zwrotu
pieniedzy, tylko zeby dzialala. Jest jakis reset?"""),
("pl", "b143-magnetoterapia-nie-wlacza", "Danuta Krawczyk <danuta.krawczyk@example.pl>", "Aparat do magnetoterapii", "technical", "",
"""Szanowni Państwo,

w czerwcu kupiłam w Państwa przychodni rehabilitacyjnej aparat do
magnetoterapii do domu, na kolano. Przez miesiąc działał, a teraz po
włączeniu wyświetlacz pokazuje "E2" i nic się nie dzieje. Sprawdzałam,
czy dobrze włożona jest wtyczka aplikatora. Co mam zrobić?

Danuta Krawczyk"""),
("pl", "b143-okulary-wizyta-domowa-zausznik", "Stanisław Górski <stanislaw.gorski@example.pl>", "Nowe okulary", "technical", "",
"""Szanowni Państwo,

w maju był u mnie w domu Państwa optyk, bardzo uprzejmy młody człowiek,
a okulary przyszły pocztą dwa tygodnie temu. Niestety lewy zausznik pękł
przy zawiasie, choć obchodziłem się z nimi ostrożnie. Teraz okulary
trzymają się tylko na jednym uchu.

Sam do salonu nie dojadę, mam 87 lat. Czy ktoś mógłby je odebrać albo
naprawić przy następnej wizycie w okolicy?

Z poważaniem
Stanisław Górski
Toruń, tel. 56 000 00 00"""),
("pl", "b143-poduszka-grzewcza-przypalona", "Iwona Adamczyk <iwona.adamczyk@example.pl>", "Poduszka grzewcza", "technical", "high",
"""Dzień dobry,

chciałam tylko dać znać: poduszka grzewcza na kark, którą kupiłam w
Państwa gabinecie fizjoterapii, wczoraj wieczorem zaczęła pachnieć
spalenizną, a po wyłączeniu zobaczyłam brązową, przypaloną plamę na
materiale w miejscu, gdzie jest przewód. Odłączyłam ją i wyniosłam na
balkon, więcej jej nie użyję.

Piszę, bo może inne egzemplarze mają ten sam problem. Co mam z nią
zrobić?

Iwona Adamczyk"""),
("pl", "b143-kalendarz-wizyty-podwojnie", "Recepcja FizjoPlus <recepcja@fizjoplus-szczecin.example>", "Grafik", "technical", "high",
"""Dzień dobry,

od rana kalendarz pokazuje część wizyt podwójnie i przypisuje dwóch
pacjentów do tego samego fizjoterapeuty na tę samą godzinę, a innych
pacjentów w ogóle nie widać. Ludzie przychodzą na umówione godziny i
czekają po 40 minut, kilkoro odesłaliśmy do domu. Nie wiemy, kto jest
umówiony na popołudnie, a mamy 7 fizjoterapeutów w grafiku.

Prosimy o pilny telefon: 91 000 00 00.

Monika
FizjoPlus Szczecin"""),
("pl", "b143-reset-hasla-nie-przychodzi", "Piotr Wiśniewski <piotr.wisniewski@example.pl>", "haslo", "technical", "",
"""Dzien dobry, nie pamietam hasla do konta pacjenta, kliknalem "nie
pamietam hasla" juz kilka razy od wczoraj i zaden mail nie przychodzi,
w spamie tez nic. Adres mailowy to ten, z ktorego pisze. Prosze o
pomoc."""),
("pl", "b143-wideokonsultacja-trzeci-raz-przelozony", "Renata Olszewska <renata.olszewska@example.pl>", "Po raz trzeci - wideokonsultacje", "technical", "high",
"""Piszę po raz trzeci. Od miesiąca żadna moja wideokonsultacja z
fizjoterapeutą nie odbyła się normalnie: obraz zamarza po 2-3 minutach,
potem komunikat "utracono połączenie". Za każdym razem dostaję odpowiedź,
że "zgłoszenie przekazano do działu IT", i na tym się kończy.

Nie chcę kolejnej automatycznej odpowiedzi. Proszę o kontakt osoby
przełożonej, która zajmie się tym osobiście.

Renata Olszewska"""),
("pl", "b143-pilne-link-potwierdzenia", "Adrian Woźniak <adrian.wozniak@example.pl>", "PILNE!!!", "technical", "",
"""PILNE!!! Link "Potwierdź wizytę" z Państwa maila prowadzi do pustej
strony, więc nie mogę potwierdzić szczepienia na żółtą febrę. Wizyta jest
dopiero za trzy tygodnie, ale wolałbym mieć to z głowy.

Adrian"""),
("pl", "b143-sms-przypomnienia-w-nocy", "Magdalena Krupa <magda.krupa@example.pl>", "SMS-y", "technical", "",
"""Dzień dobry, od tygodnia SMS-y z przypomnieniem o wizytach u
fizjoterapeuty przychodzą o 3 w nocy i budzą mnie oraz męża. Wcześniej
przychodziły w ciągu dnia. Czy da się to poprawić?

Magda"""),
("pl", "b143-presoterapia-kompresor-dymi", "Leszek Urban <leszek.urban@example.pl>", "Aparat do drenażu", "technical", "high",
"""Dzień dobry,

informuję, że kompresor aparatu do presoterapii, który żona kupiła u
Państwa po operacji, dziś w trakcie zabiegu zaczął dymić z kratki z
tyłu i czuć było zapach topionej gumy. Od razu wyłączyliśmy go z
gniazdka, żonie nic się nie stało. Obudowa jest w tym miejscu bardzo
gorąca.

Nie będziemy go więcej używać. Proszę o informację, co dalej.

Leszek Urban"""),
("pl", "b143-pesel-obcokrajowiec-rejestracja", "Oksana Melnyk <oksana.melnyk@example.pl>", "rejestracja online", "technical", "",
"""Dzien dobry, probuje zapisac sie online na USG, ale formularz nie
przyjmuje mojego numeru PESEL (mam PESEL od 2022 roku, jestem z
Ukrainy), wyswietla sie "nieprawidlowy numer". Probowalam kilka razy i w
dwoch przegladarkach. Jak moge sie zapisac?

Oksana"""),
("pl", "b143-podziekowanie-higienistka-paulina", "Joanna Kowalewska <joanna.kowalewska@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałabym bardzo podziękować pani Paulinie, higienistce z gabinetu w
Białymstoku. Moja córka ma aparat ortodontyczny i panicznie bała się
piaskowania, a pani Paulina z ogromną cierpliwością wszystko jej
wytłumaczyła i pokazała, jak dbać o zęby. Córka wyszła uśmiechnięta.

Proszę przekazać jej te słowa.
Joanna Kowalewska"""),
("pl", "b143-kluczyki-przychodnia-bez-zapisow", "Rafał Duda <rafal.duda@example.pl>", "zguba", "general", "",
"""Dzień dobry, wczoraj wieczorem byłem z synem w przychodni bez zapisów na
Ursynowie i chyba zostawiłem tam kluczyki do samochodu (Skoda, brelok z
logo Lecha Poznań). Może leżą w poczekalni albo w gabinecie? Mogę
podjechać dziś po 16."""),
("pl", "b143-godziny-11-listopada", "Halina Sobczak <halina.sobczak@example.pl>", "Godziny otwarcia", "general", "",
"""Dzień dobry, czy punkt pomocy bez zapisów w Krakowie-Nowej Hucie będzie
czynny 11 listopada? Jeśli tak, to w jakich godzinach? Dziękuję."""),
("pl", "b143-tanzania-jakie-szczepienia", "Bartek Nowak <bartek.nowak@example.pl>", "Zanzibar", "general", "",
"""Cześć,

w styczniu lecimy z dziewczyną na Zanzibar i kilka dni safari w
Tanzanii. Jakie szczepienia są potrzebne, z jakim wyprzedzeniem trzeba
przyjść i czy żółta febra jest obowiązkowa przy wjeździe? Pytam też o
malarię - doradzacie na wizycie, co brać?

Dzięki,
Bartek"""),
("pl", "b143-zmiana-nazwiska-po-slubie", "Karolina Jabłońska <karolina.jablonska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, w sierpniu wzięłam ślub i zmieniłam nazwisko z Zając na
Jabłońska. Proszę o zmianę danych w mojej karcie pacjenta (gabinet
fizjoterapii w Opolu). PESEL bez zmian. Mogę przesłać skan aktu
małżeństwa, jeśli trzeba."""),
("pl", "b143-kopia-dokumentacji-fizjo", "Andrzej Czarnecki <andrzej.czarnecki@example.pl>", "Wniosek o udostępnienie dokumentacji", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO oraz przepisów o prawach pacjenta wnoszę o
udostępnienie kopii mojej dokumentacji medycznej z zabiegów
fizjoterapii w latach 2022-2024 (placówka Bydgoszcz-Fordon), w tym
karty oceny i opisów zabiegów.

Andrzej Czarnecki
PESEL 00000000000

Proszę o przesłanie w formie elektronicznej.

Z poważaniem
Andrzej Czarnecki"""),
("pl", "b143-rejestratorka-niemila", "Zofia Makowska <zofia.makowska@example.pl>", "Rejestracja", "general", "",
"""Dzień dobry. Nie lubię się skarżyć, ale pani w rejestracji gabinetu
podologicznego w Kielcach była w poniedziałek bardzo niemiła. Przyszłam
trochę za wcześnie, a ona powiedziała podniesionym głosem "proszę
czekać jak wszyscy" i dalej rozmawiała przez telefon prywatnie. Mam 79
lat i chodzę o lasce, a wolnych krzeseł nie było.

Pani podolog była za to bardzo miła. Piszę tylko, żeby Państwo wiedzieli.

Zofia Makowska"""),
("pl", "b143-podolog-lekcewazenie-kierownik", "Sebastian Wilk <sebastian.wilk@example.pl>", "Skarga na wizytę 14 maja", "general", "high",
"""Dzień dobry,

składam skargę na zachowanie podologa w Państwa gabinecie w Gliwicach
podczas wizyty 14 maja. Kiedy powiedziałem, że mam cukrzycę i martwi mnie
rana na pięcie, usłyszałem, że "przesadzam", a przez większość wizyty
pan przeglądał telefon i przerywał mi przy każdym pytaniu.

Nie chcę, żeby sprawa wróciła do tego samego gabinetu. Oczekuję kontaktu
kierownika placówki lub osoby wyżej i informacji, co zostanie z tym
zrobione.

Sebastian Wilk
tel. 500 000 000"""),
("pl", "b143-porecz-schody-usg", "Jolanta Głowacka <jolanta.glowacka@example.pl>", "Schody do pracowni", "general", "high",
"""Dzień dobry,

zwracam uwagę na poręcz przy schodach do Państwa pracowni USG w
Częstochowie (pierwsze piętro): jest obluzowana i rusza się na boki,
gdy się na niej oprzeć. Moja mama, 82 lata, prawie straciła przez to
równowagę. Sporo pacjentek to kobiety w ciąży i osoby starsze, a windy
nie ma.

Lepiej to naprawić, zanim ktoś spadnie.

Jolanta Głowacka"""),
("pl", "b143-sponsoring-bieg-charytatywny", "Fundacja Biegamy dla Hospicjum <kontakt@biegamydlahospicjum.example>", "Propozycja współpracy", "general", "",
"""Dzień dobry,

Fundacja "Biegamy dla Hospicjum" organizuje 5 października w Toruniu bieg
charytatywny na 10 km, spodziewamy się ok. 700 uczestników. Czy Państwa
gabinet fizjoterapii byłby zainteresowany sponsorowaniem biegu albo
postawieniem namiotu z fizjoterapeutami na mecie (rozciąganie, masaż)?

Chętnie prześlemy pakiety sponsorskie.

Z pozdrowieniami
Aleksandra Kurek
Fundacja Biegamy dla Hospicjum"""),
("pl", "b143-nie-chce-zwrotu-dziekuje-lekarce", "Zbigniew Pietrzak <zbigniew.pietrzak@example.pl>", "sobota", "general", "",
"""Dzien dobry. Nie pisze po zaden zwrot, chociaz czekalismy prawie dwie
godziny w sobote. Chcialem podziekowac pani doktor, ktora przyjela
moja zone w przychodni bez zapisow (chyba dr Lewandowska). Od razu
zauwazyla, ze to nie zwykle skrecenie, wyslala na RTG na miejscu i
okazalo sie, ze kostka jest peknieta. Inny lekarz odeslalby ja z
okladem.

Dziekuje bardzo.
Zbigniew Pietrzak"""),
("pl", "b143-pytanie-maz-na-usg-parking", "Weronika Sadowska <weronika.sadowska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, w czwartek mam USG połówkowe w placówce na Bemowie. Czy mąż
może wejść ze mną do gabinetu? A córka (4 lata)? I czy jest parking przy
budynku? Dziękuję!"""),
("pl", "b143-wyniki-do-pracodawcy-uodo", "Beata Kozłowska <beata.kozlowska@example.pl>", "Moje dane przekazane pracodawcy", "general", "high",
"""Szanowni Państwo,

dowiedziałam się od kadrowej, że Państwa rejestracja wysłała do mojego
pracodawcy wynik mojego badania USG piersi razem z opisem - na adres
mailowy firmy, którego nigdy Państwu nie podawałam do tego celu. Nikt nie
miał mojej zgody.

Żądam pisemnego wyjaśnienia, jak do tego doszło. Sprawę przekazałam już
prawnikowi, a jeżeli w ciągu 7 dni nie dostanę odpowiedzi, złożę skargę
do Prezesa UODO.

Beata Kozłowska"""),
("pl", "b143-dzien-otwarty-badanie-wzroku", "Klub Seniora Pod Lipami <klub.podlipami@example.pl>", "Dzień otwarty dla seniorów", "general", "",
"""Dzień dobry,

widzieliśmy plakat o dniu otwartym z bezpłatnym badaniem wzroku dla
seniorów w sobotę 19 października w salonie w Łodzi. Jesteśmy klubem
seniora i chcielibyśmy przyjść grupą około 15 osób. Czy trzeba się
wcześniej zapisać i czy możemy przyjść razem o jednej godzinie?

Pozdrawiamy serdecznie
Klub Seniora "Pod Lipami\""""),
]
