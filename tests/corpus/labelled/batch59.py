# batch59.py -- labelled mails held out of the tree until the rules it
# measures are final, kept apart from gen.py so that nothing is tuned or
# trained on them until they are wired in.  Mostly adult learning:
# online degrees, evening classes, professional certification bodies,
# coding bootcamps, driving instructor training, first-aid courses and
# sign-language courses.  The failure classes in new situations --
# escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, paid plans ended or
# paused in other words, business outages told by their consequences,
# safety hazards told calmly, praise, payment questions -- and everyday
# mail of all three queues.  Same tuple format as batch12.py; 40 mails in
# each of en, el, es, pl.
M += [
# ---------------- English ----------------
("en", "b59-en-bootcamp-got-job-stop-instalments", "Tyler Brooks <tyler.brooks@example.com>", "Quick one", "billing", "",
"""Hey team,

Good news on my end - I accepted a junior dev offer yesterday and start
on the 3rd, so I won't be finishing the last six weeks of the full-stack
bootcamp. I'm on the 9-month payment plan ($475/month) and there are
four payments left. Can those be stopped, or at least reduced to reflect
the weeks I won't be attending? Happy to sign whatever form you need.

Thanks for everything, honestly the course got me the job.
Tyler"""),
("en", "b59-en-first-aid-vat-invoice-six-staff", "Accounts <accounts@harbourside-nurseries.example>", "First aid course 14 March - invoice", "billing", "",
"""Good afternoon,

Six of our nursery staff attended the Paediatric First Aid (12 hour)
course at your Southampton centre on 14 and 15 March. Our manager paid
the 570.00 on her personal card at booking and we need a proper VAT
invoice in the company name so we can reimburse her:

Harbourside Nurseries Ltd
Unit 4, Quayside Park, Southampton SO14 3TJ
VAT no. GB 999 1234 56

Kind regards,
Debbie Lucas
Accounts Assistant"""),
("en", "b59-en-pottery-evening-class-charged-twice", "Siobhan Keane <siobhan.keane@example.ie>", "pottery class", "billing", "",
"""Hi, I booked the 8 week Thursday night pottery class in Ranelagh and
my card has been charged EUR 185 twice, both on the 2nd. I only booked
one place! Can you refund the second one please. Siobhan"""),
("en", "b59-en-late-wife-institute-renewal", "Arthur Pemberton <a.pemberton@example.co.uk>", "My wife's membership", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my wife, Margaret Pemberton, who was a Fellow
of your Institute for over forty years. Sadly Margaret died in
January. I have noticed that the annual subscription of 212 pounds is
due to be taken by direct debit from our joint account on 1 April.

Would you kindly make sure that it is not taken, and let me know if
you need a copy of the death certificate. She was very proud of her
membership.

Yours faithfully,
Arthur Pemberton
(membership no. 004417)"""),
("en", "b59-en-online-mba-emi-option", "Rohit Agarwal <rohit.agarwal@example.in>", "Regarding fee payment for Online MBA", "billing", "",
"""Respected Sir/Madam,

I have received the admission letter for the Online MBA (January
batch). The total programme fee is Rs 3,40,000. Kindly let me know
whether the fee can be paid in EMIs through credit card or if there is
any tie-up with a bank for an education loan. Also please confirm if
the first semester fee must be paid before the orientation on 12th.

Thanking you,
Rohit Agarwal
Pune"""),
("en", "b59-en-resit-fee-exam-you-cancelled-senior", "Naomi Fletcher <naomi.fletcher@example.co.uk>", "Resit fee - please escalate", "billing", "high",
"""To whoever deals with complaints,

My Level 4 paper on 22 May was cancelled by YOUR exam centre on the
morning because the invigilator didn't turn up. I was sent home. Today
I've been charged a 95 pound resit fee to sit it in June, as if I had
failed or missed it.

I have already been through your chat twice and been told "the system
applies the fee automatically". That isn't an answer. I want this
escalated to someone senior who can actually reverse the charge, and I
want a reply in writing.

Naomi Fletcher
Candidate no. 7781204"""),
("en", "b59-en-bootcamp-cohort-cancelled-fair-trading", "Jack Nguyen <jack.nguyen@example.com.au>", "Refund for cancelled cohort", "billing", "high",
"""Hi,

Your UX design bootcamp (Melbourne, Feb intake) was cancelled two
weeks before the start date. I was told on 9 January that my A$6,900
would be refunded "within 10 business days". It is now six weeks and
I've had nothing but "it's with finance".

If the money is not back in my account by Friday I'll lodge a complaint
with Consumer Affairs Victoria and take it to VCAT. I'd rather not, so
please just pay it.

Jack Nguyen
0400 000 123"""),
("en", "b59-en-adi-package-trainer-never-came-chargeback", "Wayne Dobson <wayne.dobson@example.co.uk>", "ADI training", "billing", "high",
"""I paid 2,350 in October for your "Pass Guarantee" ADI package (Part 2
and Part 3 training). I've had exactly two in-car sessions. My trainer
Gary stopped answering in December and nobody at head office can tell
me who is replacing him. My Part 3 test is booked for April and I've
had no training for it.

I paid on my credit card. Unless I get either a new trainer booked in
this week or a refund of the unused hours, I'm raising a chargeback and
a Section 75 claim with the card company. I've kept all the messages.

Wayne Dobson"""),
("en", "b59-en-re-receipt-for-tax-return", "Megan Castillo <megan.castillo@example.com>", "Re: Payment received - Evening Certificate in Bookkeeping", "billing", "",
"""Hi,

Thanks, but the email below doesn't show the course name or what the
payment was for, and my accountant says she needs a receipt that shows
tuition paid during the tax year for the education credit. Can you send
one that lists the course, the dates and the $1,240?

Megan

> Hi Megan,
> Thank you, we have received your payment of $1,240.00.
> Reference: EVE-22817
> Student Accounts"""),
("en", "b59-en-hello-bsl-concession", "Lorraine Hughes <lorraine.hughes@example.co.uk>", "Hello", "billing", "",
"""Hello

I'm interested in the BSL Level 1 course starting in September. I've
been out of work since the factory closed and I'm on Universal Credit.
Is there a reduced price for people claiming benefits, and would I be
able to pay it weekly?

Lorraine"""),
("en", "b59-en-online-degree-baby-break", "Hannah O'Leary <hannah.oleary@example.ie>", "Taking a break", "billing", "",
"""Hi there,

I'm due in July so I'm going to take a step back from the online BA for
a while - probably two modules, so back next spring. I pay per module
by monthly direct debit. Can you hold the payments until I re-register,
rather than cancel everything? I don't want to lose my place or the
credits I've done.

Many thanks
Hannah (student ID 21-40981)"""),
("en", "b59-en-not-website-early-bird-not-applied", "Graham Ruddock <graham.ruddock@example.co.uk>", "Booking 55920", "billing", "",
"""Not a website fault, before anyone sends me troubleshooting steps -
the booking went through fine. But the early-bird price for the PRINCE2
Foundation course was 795 until 31 Jan and I booked on the 29th, and I
was charged 855. Please refund the 60 difference.

Graham Ruddock"""),
("en", "b59-en-employer-pay-directly", "Amara Okafor <amara.okafor@example.com>", "who pays", "billing", "",
"""hi quick question, my employer has agreed to fund my project management
certification. do I have to pay and claim it back or can you invoice them
directly? they prefer bank transfer against a PO number. thanks"""),
("en", "b59-en-expired-voucher-sign-language", "Ruth Keller <ruth.keller@example.com>", "Gift voucher", "billing", "",
"""Hi,

My sister bought me a voucher for your introductory sign language course
last Christmas (50) and I didn't get round to booking it, and now it says
it expired in December. I was in hospital for a big part of the year.
Is there any way of extending it?

Kind regards
Ruth"""),
("en", "b59-en-proctor-webcam-not-detected", "Daniel Ortiz <daniel.ortiz@example.com>", "Exam check-in", "technical", "",
"""Hi,

My CompTIA practice exam through your proctoring tool keeps failing at the
system check - it says "no webcam detected" but the webcam works in
Teams and in the Camera app. Windows 11, Chrome, the built-in laptop
camera. I've tried restarting and allowing camera access in the browser
settings. The real exam is next Thursday so I'd like to know this will
work before then.

Dan"""),
("en", "b59-en-password-reset-link-expired", "Patricia Moore <patricia.moore@example.co.uk>", "Cannot log in to course", "technical", "",
"""Good morning,

I am trying to log in to the evening class portal to see the notes for
my Italian course. I clicked forgotten password and an email came but
every time I click the link it says "this link has expired", even when I
click it straight away. I have tried four times now.

Patricia Moore"""),
("en", "b59-en-no-refund-just-lectures-play", "Sunil Menon <sunil.menon@example.in>", "Lecture videos not playing", "technical", "",
"""Hello,

Let me say first that I am not asking for any refund, I am happy with the
course. The issue is that since last week none of the recorded lectures
in the Data Analytics certificate play beyond 2 or 3 minutes. The video
stops with a spinning circle. My internet is 100 Mbps and YouTube is
playing fine. Same on laptop and phone.

Kindly look into it as the assignment is based on Lecture 7.

Regards,
Sunil Menon"""),
("en", "b59-en-certificate-pdf-blank", "Chloe Bennett <chloe.bennett@example.com.au>", "certificate", "technical", "",
"""Finished the Provide First Aid course on Saturday (great course btw).
When I click Download Certificate I get a PDF but it's completely blank,
just a white page. Tried on my phone and work computer. Need to give it
to my new employer Monday. Cheers, Chloe"""),
("en", "b59-en-bsl-app-crash-dictionary", "Owen Griffiths <owen.griffiths@example.co.uk>", "App", "technical", "",
"""The sign language app closes every time I open the video dictionary.
The lessons part works. Samsung A52, app updated yesterday. Deleted and
reinstalled and it does the same."""),
("en", "b59-en-quiz-shows-zero", "Priya Raghavan <priya.raghavan@example.in>", "Quiz 3 marks showing 0", "technical", "",
"""Dear Support,

I attempted Quiz 3 of Module 2 (Cloud Fundamentals) yesterday evening and
answered all 20 questions. After clicking Submit, the page showed an error
and now my gradebook shows 0/20 and "attempt used". Please check the logs,
I have taken a screenshot of my answers before submitting.

Thanks and regards,
Priya"""),
("en", "b59-en-captions-missing-module-four", "Alex Fitzgerald <alex.fitz@example.ie>", "Captions on Module 4", "technical", "",
"""Hi,

I'm profoundly deaf and rely on captions. Modules 1-3 of the online
Counselling Skills course have them but none of the Module 4 videos do -
the CC button is greyed out. Could they be switched on? I can keep going
with the reading for now.

Alex"""),
("en", "b59-en-question-lost-phone-2fa", "Brian Carey <brian.carey@example.com>", "Question", "technical", "",
"""My phone was stolen at the weekend and I had the authenticator app on
it for my student account. New phone, same number. How do I get back in?
It just keeps asking for the 6 digit code."""),
("en", "b59-en-cpr-manikin-lights", "Jo Whitfield <jo.whitfield@example.co.uk>", "Practice manikin", "technical", "",
"""Hello,

I bought one of your adult CPR practice manikins with the feedback
lights for our village first-aid group. The compression lights worked
for the first session but now nothing lights up however hard you press.
New batteries in. The clicker still clicks.

Thanks, Jo Whitfield"""),
("en", "b59-en-aed-trainer-burning-smell", "Craig Dunlop <craig.dunlop@example.co.uk>", "AED trainer unit", "technical", "high",
"""Hello,

Just so you're aware - one of the two AED trainer units we bought from
you in the autumn gave off a strong smell of burning plastic while it was
on charge this morning, and the charging plug was too hot to hold. I've
unplugged it and put it outside on the patio. Nobody was hurt. The other
unit seems fine but I've stopped using that one as well until I hear from
you.

Model TR-200, bought with order 48117.

Craig Dunlop
Dunlop First Aid Training"""),
("en", "b59-en-dual-control-brake-no-resistance", "Ryan Moss <ryan.moss@example.co.uk>", "Training car", "technical", "high",
"""Hi,

I'm on your instructor training programme and use one of your dual
control cars (the grey Corsa, reg ends in KXT). On Tuesday the passenger
side brake pedal went almost to the floor with very little resistance
when my trainer tested it. We stopped the session. It's parked at the
Coventry office with a note on it but I'm supposed to take a pupil out
in it on Friday.

Ryan"""),
("en", "b59-en-care-home-new-starters-cannot-work", "Linda Parsons <manager@oakleigh-care.example>", "Training portal", "technical", "high",
"""Hello,

We have four new carers who were due to start shifts this week. They
can't go on the floor until their moving-and-handling and infection
control certificates show on our account, and every time they finish
the final assessment on your portal it goes back to the beginning of
the module. So I've got staff sitting in the office being paid to
watch a loading bar, agency cover booked for nights, and rota gaps all
weekend. Our other 60 staff are due their annual refreshers this month
too and I'm guessing the same will happen to them.

Please can someone call me today on 01632 960 441.

Linda Parsons
Registered Manager, Oakleigh Care Home"""),
("en", "b59-en-exam-froze-third-time-supervisor", "Marcus Bell <marcus.bell@example.com>", "THIRD TIME", "technical", "high",
"""This is the third time your exam software has frozen on me at around
question 40 of the AWS practice exam and kicked me out. I've changed
browser, turned off my VPN, used a wired connection. Your support
agent just sends the same checklist every time.

I'd like this passed to a supervisor or someone on your technical team
who can actually look at the logs. I'm not doing the same checklist a
fourth time.

Marcus Bell"""),
("en", "b59-en-thanks-first-aid-choking", "Gillian Rowe <gillian.rowe@example.co.uk>", "Thank you Steve", "general", "",
"""Hello,

Please could you pass this on to Steve, who ran the Emergency First Aid
at Work course in Leeds on 4 February.

On Sunday my grandson started choking on a grape at the dinner table. I
did the back blows exactly as Steve showed us, and on the third one it
came out. I was shaking afterwards but he was fine and eating pudding
ten minutes later.

I only went on the course because work sent me. I'll be recommending it
to everyone.

With grateful thanks,
Gillian Rowe"""),
("en", "b59-en-open-evening-parking", "Ben Ashworth <ben.ashworth@example.co.uk>", "Open evening", "general", "",
"""Hi, what time does the open evening on the 19th start and is there
parking at the college or should I get the bus? Thanks, Ben"""),
("en", "b59-en-surname-change-records", "Emily Shaw <emily.shaw@example.com>", "Change of name", "general", "",
"""Hi,

I got married in the summer and have changed my surname from Carter to
Shaw. Could you update my name on my student record and on my profile
for the Diploma in Accounting? I can send a copy of the marriage
certificate if you need it.

Emily Shaw (formerly Carter)
Student no. 2209341"""),
("en", "b59-en-lost-scarf-spanish-class", "Maureen Doyle <maureen.doyle@example.ie>", "Left behind", "general", "",
"""Hello, I think I left a green woollen scarf on the back of a chair in
Room 12 after the Tuesday night Spanish for beginners class. It was my
mother's so I'd love to get it back. Is there a lost and found?
Maureen"""),
("en", "b59-en-subject-access-ico", "Declan Ward <declan.ward@example.co.uk>", "Subject access request - second request", "general", "high",
"""Dear Data Protection Officer,

On 3 February I made a subject access request for all personal data you
hold about me, including the recordings made by your online proctoring
service during my two certification exams and any notes about the
"irregularity" flag on the second one. You acknowledged it the same
day. That was over six weeks ago and I have received nothing.

If I do not receive the data within 7 days I will be making a complaint
to the Information Commissioner's Office.

Declan Ward
Candidate ID 5520-8814"""),
("en", "b59-en-order-textbooks-when", "Kavya Iyer <kavya.iyer@example.com>", "Order 30418", "general", "",
"""Hi, I paid for the printed textbook pack for the Diploma in Nutrition
on the 2nd and my course starts on the 20th. The order page still says
"processing". Any idea when it will be sent out? Kavya"""),
("en", "b59-en-bsl-level-two-prerequisite", "Tom Harrington <tom.harrington@example.co.uk>", "BSL Level 2", "general", "",
"""Good evening,

I learnt some sign language years ago when my son was small and I can
hold a basic conversation, but I never did a formal qualification. Do I
need to do Level 1 first, or could I be assessed and go straight into
Level 2?

Tom Harrington"""),
("en", "b59-en-urgent-class-start-time", "Debra Klein <debra.klein@example.com>", "URGENT!!!!", "general", "",
"""URGENT - what time does the Monday creative writing class start next
week, is it still 7 or did it move to 6.30??? I need to arrange a sitter"""),
("en", "b59-en-tutor-mocked-accent-head", "Farah Siddiqui <farah.siddiqui@example.co.uk>", "Complaint about my tutor", "general", "high",
"""Dear Sir/Madam,

I am a student on the Wednesday evening Access to Nursing course. Last
week, in front of the whole group, the tutor imitated my accent while
reading out my answer and said "we'll need subtitles for that one".
Some people laughed. This is not the first comment of this kind.

I don't want this handled by the tutor himself or by the course
administrator. I want to speak to the head of department, and I want
to know what will be done about it.

Farah Siddiqui"""),
("en", "b59-en-community-centre-stair-loose", "Norman Platt <norman.platt@example.co.uk>", "Stairs at Wednesday class", "general", "high",
"""Hello,

I attend the Wednesday watercolour class you run upstairs at the
Millbrook Community Centre. The metal strip on the edge of the fourth
step up has come loose and lifts when you tread on it. One of the ladies
in our group caught her foot in it last week and only didn't fall
because she had hold of the rail. Several of us are in our seventies.

I mentioned it to the caretaker but it was the same yesterday. Could
somebody get it seen to before next week, please.

Norman Platt"""),
("en", "b59-en-sponsorship-fun-run", "Kerry Maddox <kerry.maddox@example.com.au>", "Sponsorship request", "general", "",
"""Hi there,

I'm on the committee for the Geelong Hospice Fun Run in May. We're
looking for local businesses to sponsor the first-aid tent or the water
stations, and given what you do we thought you might be a good fit. We
can put your logo on the race bibs and banners. Who would be the right
person to talk to?

Cheers,
Kerry Maddox"""),
("en", "b59-en-re-transcript-to-canada", "Aditya Rao <aditya.rao@example.in>", "Re: Your transcript request", "general", "",
"""Dear Registry,

Thank you. Could you please also send a copy of the official transcript
directly to the university in Canada? Their address is below. They need
it to come from you, not from me.

Admissions Office, Graduate Studies
University of Northern Lakes
Thunder Bay, ON, Canada

Regards,
Aditya Rao

> Dear Aditya,
> Your transcript for the MSc Computing (online) has been issued and can
> be downloaded from the student portal under Documents.
> Registry Services"""),
("en", "b59-en-exam-disaster-results-date", "Holly Evans <holly.evans@example.com>", "that exam...", "general", "",
"""Well that was a disaster, I completely blanked on the tax section and
I think I've bombed it. When do the results for the March sitting come
out, and if I have failed how soon can I book the next one?"""),
# ---------------- Greek ----------------
("el", "b59-el-gl-doseis-metaptyxiako", "Giannis Karamanlis <giannis.karam@example.gr>", "didaktra", "billing", "",
"""Kalispera sas,
perasa sto ex apostasews metaptyxiako sth Dioikhsh Monadwn Ygeias (xairomai
poly!). Ta didaktra einai 3.600 eurw gia olo to programma. Ginetai na ta
plhrwsw se doseis, p.x. ana e3amhno, h prepei olo mazi prin thn eggrafh?
An ginetai me karta se doseis akoma kalytera.
Eyxaristw,
Giannis"""),
("el", "b59-el-dipli-xreosi-exetasi-agglikon", "Μαρία Τσακίρη <maria.tsakiri@example.gr>", "Διπλή χρέωση εξέτασης", "billing", "",
"""Καλημέρα σας,

Δήλωσα συμμετοχή για την εξέταση πιστοποίησης Αγγλικών επιπέδου C1 της
εξεταστικής περιόδου Μαΐου. Στην πρώτη προσπάθεια η σελίδα της
πληρωμής «κόλλησε», οπότε ξαναπλήρωσα. Τελικά η κάρτα μου χρεώθηκε δύο
φορές από 185€. Συμμετοχή έχω μόνο μία. Παρακαλώ επιστρέψτε μου το ένα
ποσό.

Ευχαριστώ,
Μαρία Τσακίρη"""),
("el", "b59-el-gl-fevgw-monaxo-syndromi", "Stavros <stavros.lk@example.gr>", "syndromh", "billing", "",
"""Geia sas, metakomizw gia douleia sto Monaxo apo ton allo mhna kai den
8a synexisw ta online ma8hmata programmatismou, exw kai allh douleia
ekei. Plhrwnw 19,90 to mhna me karta. Parakalw na mhn me xrewsete apo
1/10. Eyxaristw gia ola"""),
("el", "b59-el-pateras-ergastiri-zografikis", "Ευτυχια Λαμπρου <eftychia.lambrou@example.gr>", "Εργαστηρι ζωγραφικης Τεταρτης", "billing", "",
"""Καλησπερα σας,

Ο πατερας μου, Κωνσταντινος Λαμπρου, ηταν γραμμενος στο απογευματινο
εργαστηρι ζωγραφικης της Τεταρτης στο Μαρουσι. Δυστυχως εφυγε απο τη
ζωη την προηγουμενη εβδομαδα. Πληρωνε 40 ευρω το μηνα με παγια εντολη
απο τον λογαριασμο του. Θα ηθελα να σταματησει η χρεωση. Περασε πολυ
ωραια μαζι σας και το ελεγε συνεχεια.

Ευτυχια Λαμπρου"""),
("el", "b59-el-timologio-protes-voitheies-ergostasio", "Λογιστήριο ΑΛΟΥΜΙΝΑ ΒΟΡΕΙΟΥ ΑΕ <logistirio@aloumina-voreiou.example>", "Τιμολόγιο σεμιναρίου", "billing", "",
"""Καλησπέρα σας,

12 εργαζόμενοι της εταιρείας μας παρακολούθησαν το σεμινάριο Πρώτων
Βοηθειών στους χώρους μας στη Σίνδο στις 8/11. Ακόμα δεν έχουμε λάβει
τιμολόγιο. Στοιχεία:

ΑΛΟΥΜΙΝΑ ΒΟΡΕΙΟΥ ΑΕ
ΑΦΜ 099888777, ΔΟΥ ΦΑΕ Θεσσαλονίκης
ΒΙ.ΠΕ. Σίνδου, Οδός 12

Παρακαλούμε να αναγράφεται και ο αριθμός της προσφοράς σας (ΠΡ-2231).

Με εκτίμηση,
Χρυσούλα Ιωαννίδου
Λογιστήριο"""),
("el", "b59-el-ekptosi-anergon-noimatiki", "Δέσποινα Χατζή <despoina.chatzi@example.gr>", "Μαθήματα νοηματικής", "billing", "",
"""Γεια σας! Θέλω να γραφτώ στο εισαγωγικό τμήμα Ελληνικής Νοηματικής
Γλώσσας που ξεκινά τον Οκτώβριο. Είμαι άνεργη με κάρτα ΔΥΠΑ. Κάνετε
κάποια έκπτωση σε ανέργους; Και αν ναι, τι χαρτιά χρειάζεστε;"""),
("el", "b59-el-re-prokatavoli-bootcamp", "Αγγελική Μπαλτά <angeliki.balta@example.gr>", "Re: Επιβεβαίωση θέσης - Web Development Bootcamp", "billing", "",
"""Καλησπέρα,

Όπως σας είπα και στο τηλέφωνο, τελικά δεν θα πάρω τη θέση, γιατί
βρήκα δουλειά με πλήρες ωράριο. Σύμφωνα με το δικό σας μήνυμα παρακάτω
η προκαταβολή επιστρέφεται αν ακυρώσω μέχρι τις 15/9, και σας γράφω
σήμερα 2/9. Πότε θα μου επιστραφούν τα 500€;

Αγγελική

> Αγαπητή κα Μπαλτά,
> Η θέση σας στο Web Development Bootcamp (έναρξη 1/10) επιβεβαιώθηκε
> με την καταβολή προκαταβολής 500€. Σε περίπτωση ακύρωσης έως τις
> 15/9 η προκαταβολή επιστρέφεται στο ακέραιο.
> Γραμματεία Σπουδών"""),
("el", "b59-el-gl-den-einai-texniko-kouponi", "Lefteris P. <lefteris.p@example.gr>", "kouponi", "billing", "",
"""Kalhmera, den einai texniko to 8ema, h plhrwmh perase kanonika. Apla
evala ton kwdiko FIRSTAID20 pou mou steilate sto newsletter kai to
systhma ton dexthke, alla xrew8hka 95 eurw anti gia 76. Mporeite na
mou epistrepsete th diafora?
Lefteris"""),
("el", "b59-el-akyromeno-seminario-synigoros", "Θεόδωρος Παπαγεωργίου <th.papageorgiou@example.gr>", "Επιστροφή χρημάτων - ακυρωμένο σεμινάριο", "billing", "high",
"""Κύριοι,

Πλήρωσα 420€ για το σεμινάριο «Εκπαίδευση Εκπαιδευτών Ενηλίκων» που θα
ξεκινούσε στις 5 Μαρτίου. Το σεμινάριο ακυρώθηκε από εσάς λόγω
χαμηλής συμμετοχής. Αντί για επιστροφή χρημάτων μού προτείνετε
«πίστωση για μελλοντικό σεμινάριο», την οποία δεν θέλω.

Σας έχω στείλει ήδη τρία μηνύματα. Αν μέσα σε δέκα ημέρες δεν
επιστραφεί το ποσό στον λογαριασμό μου, θα υποβάλω αναφορά στον
Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου.

Θεόδωρος Παπαγεωργίου"""),
("el", "b59-el-gl-amfisvitisi-xreosis-trapeza", "Nikos Vlachos <nikos.vlachos@example.gr>", "XREWSH", "billing", "high",
"""Kalhmera. Sas eixa steilei stis 3 tou mhna oti akyrwnw thn eggrafh mou
sto programma ekpaideushs ekpaideutwn odhghshs, dhladh mesa se 14 meres
opws leei o nomos. Xtes eida oti xrew8hka kanonika th prwth dosh 650e.
An den ginei epistrofh mexri thn Paraskeyh 8a kanw amfisvhthsh ths
xrewshs sthn trapeza mou. Exw kai to email ths akyrwshs.
Nikos Vlachos"""),
("el", "b59-el-xreosi-meta-diakopi-dieythyntis", "Ελισάβετ Μανωλάκη <elisavet.manolaki@example.gr>", "Συνεχίζετε να με χρεώνετε", "billing", "high",
"""Καλησπέρα,

Από τον Ιανουάριο έχω διακόψει τις σπουδές μου στο εξ αποστάσεως
πρόγραμμα Λογιστικής και έχω καταθέσει την αίτηση διαγραφής στη
γραμματεία (αρ. πρωτ. 118/2024). Παρ' όλα αυτά, τον Φεβρουάριο και τον
Μάρτιο χρεώθηκα ξανά από 150€.

Κάθε φορά που τηλεφωνώ μου λένε ότι «θα το δει το λογιστήριο». Ζητώ να
με καλέσει ο διευθυντής σπουδών ή κάποιος υπεύθυνος που μπορεί να
λύσει το θέμα, και να μου επιστραφούν τα 300€.

Ελισάβετ Μανωλάκη
697 000 4412"""),
("el", "b59-el-fantaros-pagoma-spoudon", "Άρης Δημητρίου <aris.dimitriou@example.gr>", "Κατάταξη", "billing", "",
"""Γεια σας, παρουσιάζομαι στον στρατό στις 20 του μήνα για εννιά μήνες.
Μπορώ να παγώσω τη μηνιαία συνδρομή στην πλατφόρμα πιστοποίησης
Java μέχρι να απολυθώ και να συνεχίσω από εκεί που σταμάτησα; Δεν
θέλω να τη διακόψω τελείως."""),
("el", "b59-el-dorokarta-allo-seminario", "Κλεοπάτρα Ρήγα <kleopatra.riga@example.gr>", "Δωροκάρτα", "billing", "",
"""Καλημέρα,

Τα παιδιά μου μού χάρισαν δωροκάρτα 120€ για το βραδινό σεμινάριο
φωτογραφίας, αλλά φέτος δεν γίνεται τμήμα στη Λάρισα. Μπορώ να τη
χρησιμοποιήσω για το σεμινάριο μαγειρικής ή για το διαδικτυακό
σεμινάριο φωτογραφίας;

Ευχαριστώ πολύ,
Κλεοπάτρα"""),
("el", "b59-el-tropoi-pliromis-iris", "Σωτήρης Καλαμαράς <s.kalamaras@example.gr>", "Πληρωμή", "billing", "",
"""Καλησπερα, για την εγγραφη στο σεμιναριο ΒΕΠ (πρωτες βοηθειες για
γονεις) πως πληρωνω; Δεχεστε IRIS ή μονο καταθεση σε λογαριασμο; Δεν
εχω πιστωτικη."""),
("el", "b59-el-gl-video-dialexeis-kollane", "Vasilikh M. <vasiliki.m@example.gr>", "video", "technical", "",
"""Kalhspera,
ta video twn dialexewn sto e-class tou metaptyxiakou kollane ka8e ligo,
paizei 10 deuterolepta kai stamataei, meta 3ana. To internet mou einai
kala, sto youtube ola kala. Dokimasa kai Firefox kai Chrome, to idio.
Exoume ergasia thn Kyriakh.
Vasilikh"""),
("el", "b59-el-lathos-stoixeia-syndesis", "Γεράσιμος Ζερβός <gerasimos.zervos@example.gr>", "Δεν μπαίνω στην πλατφόρμα", "technical", "",
"""Καλημέρα,

Από χθες δεν μπορώ να συνδεθώ στην πλατφόρμα μαθημάτων. Βάζω το email
μου και τον κωδικό και μου βγάζει «Λανθασμένα στοιχεία». Έκανα και
επαναφορά κωδικού, έβαλα καινούργιο, και πάλι το ίδιο μήνυμα. Μέχρι
την Πέμπτη έμπαινα κανονικά.

Γεράσιμος Ζερβός"""),
("el", "b59-el-kamera-exetasi-mac", "Ιφιγένεια Σταματοπούλου <ifigeneia.st@example.gr>", "Κάμερα στην εξέταση", "technical", "",
"""Καλησπέρα,

Κατέβασα την εφαρμογή εποπτείας για την εξ αποστάσεως εξέταση
πιστοποίησης ECDL της Κυριακής. Στον έλεγχο συστήματος μου βγάζει
«Δεν βρέθηκε κάμερα», ενώ η κάμερα του MacBook δουλεύει κανονικά σε
Zoom και FaceTime. Έχω δώσει άδεια στις ρυθμίσεις απορρήτου. Τι άλλο
να κάνω;

Ευχαριστώ"""),
("el", "b59-el-gl-den-zitaw-lefta-anevasma-ergasias", "Xrysa Konstantinou <xrysa.k@example.gr>", "ergasia", "technical", "",
"""Geia sas. Den zhtaw epistrofh xrhmatwn oute tipota tetoio, 8elw mono na
mporesw na anevasw thn ergasia mou! Ka8e fora pou anevazw to arxeio
(pdf, 4MB) sto shmeio "Ypovolh ergasias" vgazei "Sfalma arxeiou" kai
den ginetai tipota. H pro8esmia einai aurio sta mesanyxta.
Xrysa, foititria 2ou e3amhnou"""),
("el", "b59-el-qr-pistopoiitiko-akyro", "Νεκτάριος Φλώρος <nektarios.floros@example.gr>", "Πιστοποιητικό δεν επαληθεύεται", "technical", "",
"""Καλημέρα σας,

Ο νέος μου εργοδότης σκάναρε τον κωδικό QR στο πιστοποιητικό πρώτων
βοηθειών που μου στείλατε και η σελίδα σας εμφανίζει «Το πιστοποιητικό
δεν είναι έγκυρο». Το δοκίμασα και εγώ από το κινητό μου, το ίδιο. Το
σεμινάριο το παρακολούθησα κανονικά τον Ιούνιο.

Νεκτάριος Φλώρος"""),
("el", "b59-el-erotisi-efarmogi-noimatikis-iphone", "Ζωή Αλεξανδροπούλου <zoi.alex@example.gr>", "Ερώτηση", "technical", "",
"""Καλησπέρα, η εφαρμογή σας για τη νοηματική κλείνει μόνη της μόλις
πατάω «Ασκήσεις». Τα βίντεο του λεξικού παίζουν κανονικά. iPhone 12,
έχω κάνει ενημέρωση. Συμβαίνει σε κανέναν άλλο;"""),
("el", "b59-el-test-kok-kollaei", "Μιχαλης Κουτσος <michalis.koutsos@example.gr>", "τεστ θεωριας", "technical", "",
"""Γεια σας, ειμαι στο προγραμμα για εκπαιδευτες οδηγων και κανω τα
τεστ θεωριας στην πλατφορμα σας. Στην ερωτηση 23 περιπου κολλαει η
σελιδα και δεν προχωραει, πρεπει να ξεκινησω απο την αρχη. Εγινε 4
φορες σημερα. Χρησιμοποιω tablet Samsung."""),
("el", "b59-el-gl-den-erxetai-email-epivevaiwsis", "Dhmhtra <dimitra.s94@example.gr>", "eggrafh", "technical", "",
"""kalhmera, ekana eggrafh sto site gia to online ma8hma sto excel kai
leei "sas steilame email epivevaiwshs" alla den mou exei er8ei tipota,
oute sta spam. to zhthsa 3ana 2 fores. ti na kanw?"""),
("el", "b59-el-mikrofono-eikoniki-taxi", "Παύλος Αθανασίου <pavlos.athanasiou@example.gr>", "Δεν με ακούνε στο μάθημα", "technical", "",
"""Καλησπέρα,

Στα απογευματινά μαθήματα Ιταλικών που γίνονται στην εικονική τάξη της
πλατφόρμας σας, οι υπόλοιποι δεν με ακούνε όταν μιλάω. Το μικρόφωνο το
βλέπω ενεργό και η μπάρα ήχου κουνιέται, αλλά η καθηγήτρια λέει ότι
δεν ακούγεται τίποτα. Σε βιντεοκλήσεις με άλλες εφαρμογές δουλεύει.

Παύλος"""),
("el", "b59-el-prosomoiotis-odigisis-spithes", "Σχολή Οδηγών Κατερίνης <info@sxoli-katerinis.example>", "Προσομοιωτής οδήγησης", "technical", "high",
"""Καλημέρα σας,

Σας ενημερώνουμε ότι στον προσομοιωτή οδήγησης που μας εγκαταστήσατε
τον Σεπτέμβριο, σήμερα το πρωί βγήκαν σπίθες από το σημείο όπου το
καλώδιο τροφοδοσίας μπαίνει στη βάση του καθίσματος και μύρισε καμένο.
Κατεβάσαμε αμέσως τον διακόπτη και δεν τον χρησιμοποιούμε. Δεν
υπήρχε μαθητής πάνω εκείνη τη στιγμή.

Παρακαλούμε να έρθει τεχνικός να τον ελέγξει.

Με εκτίμηση,
Αντώνης Παπαδόπουλος"""),
("el", "b59-el-kentro-exetaseon-ypopsifioi-spiti", "Κέντρο Εξετάσεων Πειραιά <exams@kentro-peiraia.example>", "Εξέταση 10:00", "technical", "high",
"""Καλημέρα,

Έχουμε 28 υποψήφιους στην αίθουσα από τις 9:30 για την εξέταση
πιστοποίησης Πληροφορικής των 10:00 και κανένας δεν μπορεί να
ξεκινήσει. Μόλις βάζουν τον κωδικό εξέτασης, το σύστημα τους πετάει
στην αρχική σελίδα. Οι επιτηρητές περιμένουν, οι υποψήφιοι έχουν
πάρει άδεια από τις δουλειές τους και κάποιοι έχουν έρθει από
Σαλαμίνα και Αίγινα. Στις 13:00 έχουμε άλλο τμήμα 30 ατόμων.

Το τηλέφωνο της υποστήριξης βγάζει συνέχεια κατειλημμένο.
Παρακαλούμε άμεσα επικοινωνία στο 210 000 3344.

Ιουλία Μαργαρίτη
Υπεύθυνη Κέντρου"""),
("el", "b59-el-gl-aed-mpataria-fouskwmenh", "Panos Theodorou <panos.theodorou@example.gr>", "apinidwths ekpaideushs", "technical", "high",
"""Kalhspera sas,
ston apinidwth ekpaideushs pou agorasame apo esas gia ta ma8hmata
prwtwn voh8eiwn, h mpataria exei fouskwsei, to kapaki den kleinei
pleon kai otan thn piasa htan poly zesth. Thn evgala kai thn exw valei
se ena metalliko kouti sto mpalkoni. Ti na kanoume? Na thn steiloume
pisw h 8a er8ei kapoios?
Panos Theodorou
Syllogos Diasoston Kavalas"""),
("el", "b59-el-platforma-petaei-exetasi-ypeythynos", "Ορέστης Κανελλόπουλος <orestis.kanel@example.gr>", "Τρίτη φορά που χάνω την εξέταση", "technical", "high",
"""Κύριοι,

Για τρίτη φορά η πλατφόρμα σας με πέταξε έξω στη μέση της εξέτασης
του μαθήματος «Στατιστική ΙΙ» του μεταπτυχιακού. Συνδέομαι με
καλώδιο, χρησιμοποιώ τον browser που προτείνετε και έχω στείλει
στιγμιότυπα οθόνης κάθε φορά. Η απάντηση της υποστήριξης είναι πάντα
η ίδια λίστα με «καθαρίστε την cache».

Ζητώ να ασχοληθεί με το θέμα ένας υπεύθυνος του τεχνικού τμήματος και
όχι πάλι το ίδιο αυτόματο μήνυμα.

Ορέστης Κανελλόπουλος
Α.Μ. 22041"""),
("el", "b59-el-gl-eyxaristw-konstantina-noimatiki", "Froso Mpakalh <froso.bakali@example.gr>", "eyxaristw", "general", "",
"""Kalhmera sas,
h8ela na pw ena megalo eyxaristw sthn k. Konstantina pou kanei to
tmhma nohmatikhs ths Triths. O eggonos mou einai kwfos kai meta apo 6
mhnes me auth mporw na tou milhsw kai na me katalavainei. Einai
ypomonetikh kai glykia ki as eimai 70 xronwn. Na thn exete kala.
Froso"""),
("el", "b59-el-orario-grammateias-avgoustos", "Αναστασία Κυριακού <anastasia.kyriakou@example.gr>", "Γραμματεία Αύγουστο", "general", "",
"""Καλημέρα, η γραμματεία είναι ανοιχτή τον Αύγουστο; Θέλω να περάσω να
φέρω τα δικαιολογητικά για τις εγγραφές του Σεπτεμβρίου."""),
("el", "b59-el-allagi-tilefonou-dieythynsis", "Ηρακλής Σιδηρόπουλος <iraklis.sid@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα,

Μετακόμισα και άλλαξα και αριθμό κινητού. Παρακαλώ ενημερώστε τα
στοιχεία μου ως σπουδαστή του προγράμματος Ψυχολογίας:

Νέα διεύθυνση: Εγνατίας 88, 54630 Θεσσαλονίκη
Νέο κινητό: 698 000 1276

Ηρακλής Σιδηρόπουλος"""),
("el", "b59-el-gl-3exasa-gyalia-aithousa", "Kyria Rena <rena.p@example.gr>", "gyalia", "general", "",
"""Kalhspera, thn Deutera sto ma8hma ypologistwn gia arxarious 3exasa ta
gyalia mou se mia kafe 8hkh panw sto grafeio, aithousa 2. Ta vrhkate
mhpws? Na perasw na ta parw?
Rena"""),
("el", "b59-el-diagrafi-dedomenon-arxi", "Χαράλαμπος Ντόκος <ch.ntokos@example.gr>", "Διαγραφή προσωπικών δεδομένων - 2η υπενθύμιση", "general", "high",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Στις 10 Ιανουαρίου ζήτησα εγγράφως τη διαγραφή όλων των προσωπικών μου
δεδομένων από τη βάση σας, αφού ολοκλήρωσα το πρόγραμμα πριν από τρία
χρόνια. Συνεχίζω να λαμβάνω διαφημιστικά email και SMS σχεδόν κάθε
εβδομάδα, ενώ δεν έχω λάβει καμία απάντηση στο αίτημά μου.

Αν το αίτημα δεν ικανοποιηθεί εντός 15 ημερών, θα υποβάλω καταγγελία
στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Χαράλαμπος Ντόκος"""),
("el", "b59-el-eggrafi-4471-pote-vivlia", "Σταυρούλα Μπέη <stavroula.bei@example.gr>", "Εγγραφή 4471", "general", "",
"""Καλημέρα, πλήρωσα την εγγραφή και τα βιβλία για το πρόγραμμα
Βοηθού Φαρμακείου στις 3 του μήνα. Τα μαθήματα αρχίζουν τη Δευτέρα και
τα βιβλία δεν έχουν έρθει ακόμα. Ξέρετε πότε θα σταλούν; Μένω στη
Ρόδο, μήπως γι' αυτό αργούν;"""),
("el", "b59-el-gl-pote-exetaseis-iouniou", "Kwstas Ar. <kostas.ar@example.gr>", "Erwthsh", "general", "",
"""Geia, pote akrivws einai oi exetaseis tou Iouniou gia to pistopoihtiko
logistikhs kai pou 8a ginoun? Sthn Athhna mono h kai Patra?"""),
("el", "b59-el-xorigia-syllogos-kofon", "Σύλλογος Κωφών Ηπείρου <syllogos@kofoi-ipeirou.example>", "Πρόταση χορηγίας", "general", "",
"""Αξιότιμοι κύριοι,

Ο Σύλλογός μας διοργανώνει στις 26 Σεπτεμβρίου, με αφορμή την Παγκόσμια
Ημέρα Κωφών, εκδήλωση στην πλατεία των Ιωαννίνων με θεατρική παράσταση
στη νοηματική, εργαστήρια για παιδιά και μουσική. Επειδή η σχολή σας
διδάσκει νοηματική γλώσσα, σκεφτήκαμε ότι ίσως θα θέλατε να είστε
χορηγός ή να έχετε ένα περίπτερο ενημέρωσης.

Με τιμή,
Για το Δ.Σ.
Ελπίδα Γκόγκου"""),
("el", "b59-el-gl-poly-epeigon-apotelesmata", "Thodoris <thodoris.k@example.gr>", "POLY EPEIGON", "general", "",
"""POLY EPEIGON!!! pote vgainoun ta apotelesmata ths e3etashs tou
Sabbatou gia to B2? 8elw na kserw an perasa giati exw kanei aithsh gia
douleia kai to zhtane"""),
("el", "b59-el-ekpaideftis-fonaze-dieythyntis", "Ματίνα Ρουσσάκη <matina.roussaki@example.gr>", "Συμπεριφορά εκπαιδευτή", "general", "high",
"""Καλησπέρα σας,

Παρακολουθώ το πρόγραμμα για εκπαιδευτές οδηγών στο παράρτημα του
Ηρακλείου. Στο χθεσινό πρακτικό μάθημα ο εκπαιδευτής κ. Σ. μού φώναζε
μέσα στο αυτοκίνητο για όλη τη διαδρομή, με αποκάλεσε «άχρηστη» και
είπε ότι «οι γυναίκες δεν κάνουν για αυτή τη δουλειά». Δεν είναι η
πρώτη φορά.

Δεν θέλω να ξαναβρεθώ στο αυτοκίνητο μαζί του. Ζητώ να μιλήσω με τον
διευθυντή της σχολής το συντομότερο.

Ματίνα Ρουσσάκη"""),
("el", "b59-el-spasmeno-tzami-aithousa", "Αθανάσιος Γκίκας <thanasis.gkikas@example.gr>", "Αίθουσα 3", "general", "high",
"""Καλησπέρα,

Στην αίθουσα 3 του κτιρίου στην Πατησίων, όπου κάνουμε το βραδινό
μάθημα λογιστικής, το τζάμι στο κάτω μέρος του παραθύρου δίπλα στα
θρανία έχει σπάσει και κρέμονται κομμάτια. Στο πάτωμα υπάρχουν ακόμα
θραύσματα. Απόψε το καλύψαμε με ένα χαρτόνι για να μη χτυπήσει
κανείς, αλλά κάποιος πρέπει να το δει πριν το επόμενο μάθημα την
Πέμπτη.

Αθανάσιος Γκίκας"""),
("el", "b59-el-re-vevaiosi-parakolouthisis", "Δανάη Σαρρή <danai.sarri@example.gr>", "Re: Ολοκλήρωση σεμιναρίου", "general", "",
"""Καλησπέρα και ευχαριστώ για το μήνυμα.

Εκτός από το ψηφιακό πιστοποιητικό, θα μπορούσα να έχω και μια
βεβαίωση παρακολούθησης με τις ώρες του σεμιναρίου; Τη ζητάει το
τμήμα προσωπικού της δουλειάς μου για τον φάκελό μου.

Δανάη Σαρρή

> Αγαπητή κα Σαρρή,
> Συγχαρητήρια για την ολοκλήρωση του σεμιναρίου «Βασική Υποστήριξη
> Ζωής και Χρήση Απινιδωτή». Το πιστοποιητικό σας είναι διαθέσιμο στον
> λογαριασμό σας."""),
("el", "b59-el-gl-seminario-htan-fwtia", "Aleka Mavrou <aleka.mavrou@example.gr>", "seminario", "general", "",
"""Kalhspera! To seminario ths Kyriakhs gia ta social media htan
FWTIA, mas eskotwse o Manos me tis askhseis alla ema8a perissotera apo
oti se 2 xronia mono mou :) Kanete kai synexeia, kati pio proxwrhmeno?
Aleka"""),
# ---------------- Spanish ----------------
("es", "b59-es-cobro-doble-primeros-auxilios-valencia", "Amparo Ferrer <amparo.ferrer@example.es>", "Cobro duplicado", "billing", "",
"""Buenos días:

Me inscribí en el curso de primeros auxilios del sábado 12 en vuestro
centro de Valencia y en el extracto del banco me aparecen dos cargos de
65 € del mismo día, con un minuto de diferencia. Solo hice una
inscripción (y solo me ha llegado un correo de confirmación).
¿Podéis devolverme uno de los dos cargos?

Gracias,
Amparo Ferrer"""),
("es", "b59-es-mx-diplomado-meses-sin-intereses", "Luis Fernando Ríos <lf.rios@example.com.mx>", "Diplomado en Recursos Humanos", "billing", "",
"""Buenas tardes,

Me interesa el Diplomado en línea de Recursos Humanos que inicia en
agosto. El costo que aparece es de $18,500 MXN. ¿Se puede pagar a meses
sin intereses con tarjeta de crédito? Y si sí, ¿con qué bancos y a
cuántos meses?

Saludos cordiales,
Luis Fernando Ríos
Guadalajara, Jal."""),
("es", "b59-es-ar-bootcamp-cuota-subio", "Micaela Benítez <mica.benitez@example.com.ar>", "cuota de junio", "billing", "",
"""Hola, cómo están? Estoy haciendo el bootcamp de análisis de datos y
me llegó la cuota de junio por $110.000 cuando venía pagando $85.000.
Nadie me avisó del aumento. Es un error o cambiaron los precios? Si
cambiaron, no debería valer el precio que tenía cuando me anoté?
Gracias, Mica"""),
("es", "b59-es-factura-fundae-cif", "Administración Talleres Oroz <administracion@talleres-oroz.example>", "Factura curso carretilleros / primeros auxilios", "billing", "",
"""Buenos días,

Necesitamos la factura del curso de primeros auxilios que hicieron
cuatro de nuestros trabajadores en marzo, a nombre de la empresa, para
poder aplicar la bonificación de FUNDAE. Por favor que aparezcan el
número de horas del curso y los nombres de los asistentes.

Talleres Oroz S.L.
CIF B-99999999
Polígono Landaben, calle C, 31012 Pamplona

Un saludo,
Itziar Goñi
Administración"""),
("es", "b59-es-co-mama-fallecio-lengua-de-senas", "Andrés Felipe Cárdenas <andres.cardenas@example.com.co>", "Curso de mi mamá", "billing", "",
"""Buenas tardes,

Les escribo porque mi mamá, Gloria Cárdenas, estaba inscrita en el
curso de Lengua de Señas Colombiana nivel 2, los sábados en la sede de
Chapinero. Mi mamá falleció hace dos semanas. Ella pagaba $240.000 al
mes con débito automático de su cuenta de ahorros. Les agradezco que no
se le siga debitando. Si necesitan el certificado de defunción, me
dicen y se los envío.

Ella estaba feliz con las clases, quería poder hablar con su nieto.

Andrés Felipe Cárdenas"""),
("es", "b59-es-me-mudo-canarias-sin-tildes", "Jorge Prieto <jorge.prieto@example.es>", "baja", "billing", "",
"""Hola, me han trasladado en el trabajo a Las Palmas y a partir de
septiembre no voy a poder seguir con las clases de ingles de los martes
y jueves en Valladolid. Os pido que no me paseis mas la cuota mensual
(59 euros) a partir de septiembre. Muchas gracias por todo, ha sido un
año muy bueno.
Jorge Prieto"""),
("es", "b59-es-cl-no-es-tecnico-cupon", "Constanza Muñoz <constanza.munoz@example.cl>", "Descuento", "billing", "",
"""Hola! No es un problema de la página, se pagó todo bien. Lo que pasa
es que usé el código EXALUMNO15 que me mandaron por correo para el curso
de Excel avanzado y me cobraron $129.000 igual, el precio completo. Me
pueden devolver el 15%?
Saludos,
Coni"""),
("es", "b59-es-re-fianza-portatil-bootcamp", "Sergio Villalobos <sergio.villalobos@example.es>", "RE: Devolución de material - Bootcamp Full Stack", "billing", "",
"""Hola,

Entregué el portátil en recepción el viernes 28, tal como decís en el
correo de abajo, y me dieron un justificante firmado. Han pasado ya tres
semanas y los 300 € de fianza no me han llegado a la cuenta. ¿Me podéis
decir cuándo se hará la transferencia?

Gracias,
Sergio

-----Mensaje original-----
De: Bootcamp Full Stack
Asunto: Devolución de material - Bootcamp Full Stack

Hola Sergio:
Al terminar el bootcamp debes devolver el portátil que se te prestó.
Una vez revisado, te devolveremos la fianza de 300 € en un plazo de 10
días hábiles."""),
("es", "b59-es-mx-profeco-curso-cancelado", "Verónica Salgado <veronica.salgado@example.com.mx>", "Reembolso curso cancelado", "billing", "high",
"""A quien corresponda:

El 15 de enero pagué $9,800 MXN por el curso de certificación como
instructora de primeros auxilios que iba a empezar el 3 de febrero en
Puebla. Una semana antes me avisaron que se cancelaba y que me
reembolsarían en 5 días hábiles. Ya pasó más de un mes, he marcado
varias veces y siempre me dicen que "ya está en proceso".

Si para el viernes 15 no veo el reembolso en mi cuenta, voy a presentar
una queja formal ante la Profeco con todos los comprobantes.

Verónica Salgado Ortega"""),
("es", "b59-es-cobro-tras-baja-omic-abogado", "Raúl Castaño <raul.castano@example.es>", "Cobros indebidos", "billing", "high",
"""Buenas tardes,

El 28 de febrero solicité por escrito la baja del Grado en Marketing
online (tengo el acuse de recibo de vuestra secretaría). A pesar de
ello, en marzo y abril me habéis cargado otra vez 195 € cada mes y mi
banco ya me ha avisado de un tercer recibo para mayo.

Quiero la devolución de los 390 € y que se anule el recibo de mayo. Si
no recibo una respuesta por escrito esta semana, presentaré una
reclamación en la OMIC de mi ayuntamiento y he hablado ya con un
abogado de mi familia.

Raúl Castaño Gil
DNI 00000000T"""),
("es", "b59-es-ar-desconocer-pago-tarjeta", "Federico Álvarez <fede.alvarez@example.com.ar>", "DOBLE DEBITO", "billing", "high",
"""Che, les escribí 4 veces ya. En la tarjeta me aparecen 2 débitos de
$64.000 por el curso de instructor de manejo, y yo me anoté UNA vez. Me
responden con un mensaje automático y nada más. Si el lunes no está
devuelto, llamo al banco y desconozco el pago, que lo reclamen ellos.
Federico Álvarez"""),
("es", "b59-es-congelar-matricula-pierna-rota", "Nerea Izquierdo <nerea.izquierdo@example.es>", "Congelar el curso", "billing", "",
"""Hola,

Estoy haciendo el curso de Profesor de Formación Vial y el domingo me
rompí el tobillo jugando al pádel. Voy a estar unos dos meses sin poder
conducir, así que no puedo hacer las prácticas. ¿Es posible congelar la
matrícula y los pagos mensuales hasta que me recupere, y retomarlo
después? No quiero darme de baja.

Muchas gracias,
Nerea"""),
("es", "b59-es-hola-familia-numerosa", "Pilar Carrasco <pilar.carrasco@example.es>", "Hola", "billing", "",
"""Hola buenas, queria saber si haceis descuento por familia numerosa en
los cursos de tarde. Me interesa el de lengua de signos nivel A1. Gracias"""),
("es", "b59-es-mx-factura-cfdi-rfc", "Contabilidad Grupo Altamira <contabilidad@grupo-altamira.example>", "Solicitud de CFDI", "billing", "",
"""Buen día,

Solicitamos la emisión del CFDI correspondiente al pago del curso
"Certificación en Seguridad Industrial" del 4 de marzo (referencia
ALT-5532, monto $14,200 MXN + IVA).

RFC: XAXX010101000
Razón social: Grupo Altamira S.A. de C.V.
Uso de CFDI: G03
Forma de pago: transferencia

Gracias.
Contabilidad"""),
("es", "b59-es-videos-master-no-cargan", "Beatriz Arroyo <beatriz.arroyo@example.es>", "Vídeos del módulo 5", "technical", "",
"""Buenas noches,

Desde el lunes los vídeos del módulo 5 del Máster en Dirección de
Proyectos no cargan: sale la pantalla negra con el icono de carga y a
los dos minutos aparece "Error 403". Los de los módulos anteriores sí
se ven. Lo he probado en el portátil y en la tablet, con dos navegadores.

Tengo que entregar el caso práctico el día 20 y se basa en esos vídeos.

Un saludo,
Beatriz Arroyo"""),
("es", "b59-es-mx-no-puedo-entrar-contrasena", "Guadalupe Herrera <lupita.herrera@example.com.mx>", "no puedo entrar", "technical", "",
"""Buenas tardes, no puedo entrar a la plataforma de la prepa abierta para
adultos. Le doy en olvidé mi contraseña y me dice que mi correo no está
registrado, pero con ese correo me inscribí y ahí me llegan sus avisos.
Me ayudan por favor. Lupita"""),
("es", "b59-es-ar-no-quiero-plata-examen-se-cierra", "Martín Sosa <martin.sosa@example.com.ar>", "Examen final", "technical", "",
"""Hola. Aclaro de entrada: no quiero que me devuelvan la plata ni nada
de eso, el curso de contabilidad está bárbaro. El tema es que el examen
final se me cierra solo a los 10 minutos, siempre en la misma pregunta
(la 14, la que tiene la tabla). Ya me pasó 2 veces y me quedan 3
intentos. Uso Chrome en una notebook con Windows 10.
Gracias,
Martín"""),
("es", "b59-es-simulador-test-no-guarda", "Alvaro Ruiz <alvaro.ruiz@example.es>", "simulador de examenes", "technical", "",
"""Buenas, el simulador de examenes teoricos de la formacion de profesores
de autoescuela no me guarda los resultados. Hago un test completo, le doy
a corregir, me sale la nota y cuando vuelvo al historial esta vacio.
Antes si funcionaba. Lo uso desde el movil (Xiaomi).
Alvaro"""),
("es", "b59-es-co-certificado-qr-invalido", "Laura Camila Ospina <laura.ospina@example.com.co>", "Certificado", "technical", "",
"""Buenos días,

En la empresa donde estoy aplicando verificaron mi certificado del curso
de Primer Respondiente escaneando el código QR y la página de ustedes
dice "Certificado no encontrado". Yo lo hice en noviembre y lo aprobé.
Les agradecería que lo revisen pronto porque me lo están pidiendo para
la contratación.

Laura Camila Ospina"""),
("es", "b59-es-app-lse-videos-negro", "Íñigo Barrenetxea <inigo.barrenetxea@example.es>", "App de lengua de signos", "technical", "",
"""Hola:

Desde la última actualización de la app, todos los vídeos de las
lecciones de LSE se ven en negro. Se oye el clic de inicio y la barra
avanza, pero no hay imagen, y sin imagen no hay mucho que aprender de
signos, claro. iPad de 9ª generación, iPadOS actualizado.

Gracias,
Íñigo"""),
("es", "b59-es-cl-correo-verificacion-no-llega", "Felipe Contreras <felipe.contreras@example.cl>", "Registro", "technical", "",
"""Hola, me registré para el curso de electricidad domiciliaria online y
nunca me llega el correo para verificar la cuenta. Revisé spam y
promociones. Lo pedí de nuevo 3 veces. Mi correo es el de este mensaje.
Saludos"""),
("es", "b59-es-pregunta-audio-listening-ipad", "Rocío Medina <rocio.medina@example.es>", "Pregunta", "technical", "",
"""Hola, una pregunta: en los simulacros del examen de inglés B2, en la
parte de listening, el audio no se reproduce en el iPad. Le doy al play y
no pasa nada. En el ordenador de mi hermano sí funciona. ¿Hay que
configurar algo?"""),
("es", "b59-es-mx-tablet-bootcamp-no-carga", "Diego Arellano <diego.arellano@example.com.mx>", "Tablet", "technical", "",
"""Qué tal, la tablet que nos entregaron al inicio del bootcamp de
soporte TI ya no carga. La conecto con su cargador y no prende el foco
ni sube la batería. Ya probé otro cable y otro contacto. La necesito
para los laboratorios.
Diego"""),
("es", "b59-es-desfibrilador-olor-quemado", "Montserrat Vidal <montse.vidal@example.es>", "Desfibrilador de formación", "technical", "high",
"""Buenos días,

Os escribo para informaros de que esta mañana, mientras cargaba el
desfibrilador de formación que nos vendisteis en enero, el cargador ha
empezado a oler a quemado y ha hecho un par de chispas en el enchufe.
Lo he desenchufado enseguida desde el diferencial y no lo hemos vuelto
a usar. No ha habido daños personales.

Mañana tenemos curso con 16 alumnos y obviamente no lo vamos a usar.
¿Cómo procedemos?

Montse Vidal
Formació Sanitària Bages"""),
("es", "b59-es-mx-planta-auditoria-certificaciones", "Ing. Ramiro Treviño <rtrevino@maquiladora-norte.example>", "Plataforma de certificaciones", "technical", "high",
"""Buenas noches,

Mañana a las 8 tenemos auditoría del cliente y tienen que estar
registradas en su plataforma las certificaciones de seguridad de los 54
operadores de la línea 3. Desde el miércoles los muchachos terminan el
examen, les sale "guardado" y en el panel del supervisor siguen como
"pendiente". Sin esas constancias el auditor no nos deja arrancar la
línea, y detrás de nosotros está parada la de empaque.

Necesito que alguien de ustedes me llame hoy mismo, a la hora que sea:
81 0000 4477.

Ramiro Treviño
Gerente de Planta"""),
("es", "b59-es-ar-doble-comando-freno", "Gustavo Ledesma <gustavo.ledesma@example.com.ar>", "Auto de la escuela", "technical", "high",
"""Buenas. Estoy haciendo la capacitación de instructor de manejo con
ustedes en Córdoba. Ayer en la práctica, el pedal de freno del lado del
acompañante (el doble comando) del Gol blanco se fue hasta el fondo y
no frenó nada, tuve que frenar yo del lado del conductor. Lo dejamos
estacionado en la escuela y avisé al encargado, pero me dijeron que el
jueves lo usa otro grupo. Les aviso antes de que pase algo.
Gustavo"""),
("es", "b59-es-plataforma-examen-cae-responsable", "Marta Galán <marta.galan@example.es>", "Cuarta vez", "technical", "high",
"""Buenas tardes:

Por cuarta vez la plataforma se ha caído en mitad del examen de
certificación de Auditor Interno. Las tres veces anteriores abrí
incidencia (la última, n.º 88214) y siempre me contestan con el mismo
correo de "borre las cookies y pruebe con otro navegador".

No quiero otro correo automático. Pido que mi caso lo revise un
responsable del departamento técnico y que alguien me llame.

Marta Galán"""),
("es", "b59-es-gracias-profesora-lse", "Conchi Navarro <conchi.navarro@example.es>", "Muchas gracias a Elena", "general", "",
"""Buenas tardes:

Quería daros las gracias, y sobre todo a Elena, la profesora del curso
de Lengua de Signos de los lunes en Zaragoza. Tengo 67 años y mi
marido se quedó sordo el año pasado. Gracias a ella ahora podemos
hablar en casa sin escribir todo en una libreta. Tiene una paciencia
infinita con los mayores.

Un abrazo muy fuerte,
Conchi"""),
("es", "b59-es-mx-horarios-semana-santa", "Alejandra Pineda <ale.pineda@example.com.mx>", "Horario", "general", "",
"""Hola buenos días, ¿la oficina de control escolar va a abrir en Semana
Santa? Necesito recoger mi credencial. Gracias"""),
("es", "b59-es-ar-cambio-mail-domicilio", "Rodrigo Paz <rodrigo.paz@example.com.ar>", "actualizar datos", "general", "",
"""Hola, me mudé a Rosario y además cambié de mail (este es el nuevo). Les
paso el domicilio nuevo: Bv. Oroño 1450, 2° B, Rosario, Santa Fe. Soy
alumno de la Tecnicatura en Programación a distancia, legajo 30772.
Gracias!"""),
("es", "b59-es-chaqueta-olvidada-aula", "Carmen Lozano <carmen.lozano@example.es>", "Olvide mi chaqueta", "general", "",
"""Hola, el jueves me deje una chaqueta vaquera en el aula 4 despues del
curso de fotografia. Tiene un pin de un gato en la solapa. La habeis
encontrado? Puedo pasar el lunes por la tarde.
Carmen"""),
("es", "b59-es-co-habeas-data-sic", "Juan Sebastián Mejía <js.mejia@example.com.co>", "Derecho de petición - datos personales", "general", "high",
"""Señores:

En ejercicio de mi derecho de hábeas data, el 2 de febrero les solicité
que me informaran qué datos personales míos tienen, con quién los han
compartido, y que me retiraran de sus listas de publicidad. Sigo
recibiendo llamadas de su área comercial ofreciéndome diplomados, a
veces dos veces al día, y no he tenido ninguna respuesta.

Si en el término de diez días hábiles no recibo respuesta, presentaré
la queja ante la Superintendencia de Industria y Comercio.

Juan Sebastián Mejía
C.C. 00.000.000"""),
("es", "b59-es-matricula-20931-cuando-empiezan", "Ana Belén Sanz <anabelen.sanz@example.es>", "Matrícula 20931", "general", "",
"""Hola, ya pagué la matrícula del curso de Auxiliar de Enfermería
(semipresencial) hace dos semanas, pero no me ha llegado nada sobre
cuándo empiezan las clases presenciales ni dónde son. ¿Me podéis
informar? Gracias. Ana Belén"""),
("es", "b59-es-titulo-oficial-homologado", "Guillermo Pascual <guillermo.pascual@example.es>", "Información sobre el máster", "general", "",
"""Buenos días,

Estoy valorando matricularme en el Máster en Prevención de Riesgos
Laborales online. ¿Es un máster oficial o título propio? Me interesa
saber si me sirve para presentarme a oposiciones y para ejercer como
técnico superior.

Un saludo,
Guillermo Pascual"""),
("es", "b59-es-cl-charla-feria-empleo", "Javiera Rojas <javiera.rojas@muni-nunoa.example>", "Invitación feria laboral", "general", "",
"""Estimados:

Desde la Oficina Municipal de Intermediación Laboral de Ñuñoa estamos
organizando una feria laboral el 18 de octubre. Nos gustaría invitarlos
a participar con un stand o con una charla breve sobre reconversión
laboral y bootcamps de programación para adultos.

Quedo atenta,
Javiera Rojas"""),
("es", "b59-es-urgente-que-llevar-primeros-auxilios", "Lorena Gil <lorena.gil@example.es>", "URGENTE", "general", "",
"""URGENTE!! mañana empiezo el curso de primeros auxilios en Getafe y no se
si tengo que llevar algo, ropa comoda, comida?? y a que hora se abre la
puerta"""),
("es", "b59-es-profesor-comentarios-machistas-director", "Sandra Moreno <sandra.moreno@example.es>", "Queja sobre un profesor", "general", "high",
"""Buenas tardes:

Soy alumna del curso de Profesor de Formación Vial en el centro de
Alcalá. El profesor de las clases prácticas de los miércoles hace
comentarios continuos del tipo "las mujeres no sabéis aparcar" o
"mejor dedícate a dar clases de costura", delante de otros alumnos.
Ayer le pedí que parara y se rio.

Quiero hablar con el director del centro o con quien esté por encima
de él. No quiero que esto se quede en una disculpa en el pasillo.

Sandra Moreno"""),
("es", "b59-es-mx-barandal-suelto", "Héctor Villarreal <hector.villarreal@example.com.mx>", "Escalera del edificio", "general", "high",
"""Buenas noches,

Les aviso que el barandal de la escalera que sube al segundo piso, donde
damos las clases nocturnas de inglés en la sede Monterrey Centro, está
suelto. Hoy una compañera se apoyó al bajar y se movió casi diez
centímetros hacia afuera. Salimos a las 9 de la noche, con poca luz,
y hay varias personas mayores en el grupo.

Ojalá lo puedan revisar antes del lunes.

Héctor Villarreal"""),
("es", "b59-es-re-constancia-estudios-trabajo", "Florencia Ibarra <flor.ibarra@example.com.ar>", "Re: Inscripción confirmada - 2do cuatrimestre", "general", "",
"""Hola, gracias por la confirmación. ¿Me podrían mandar una constancia
de alumna regular? La piden en mi trabajo para darme los días de
examen.

Flor

> Hola Florencia:
> Tu inscripción al 2do cuatrimestre de la Tecnicatura en Gestión
> Administrativa quedó confirmada. Las clases comienzan el 12 de agosto.
> Secretaría Académica"""),
("es", "b59-es-mx-curso-me-esta-matando", "Karla Domínguez <karla.dominguez@example.com.mx>", "Tutorías", "general", "",
"""Jaja este módulo de estadística me está matando, literal ya no sé ni
cómo me llamo. ¿Hay tutorías en vivo para resolver dudas? ¿Qué días y
a qué hora? Gracias!!"""),
# ---------------- Polish ----------------
("pl", "b59-pl-oplata-egzaminacyjna-dwa-razy", "Bartosz Wilk <bartosz.wilk@example.pl>", "Opłata za egzamin", "billing", "",
"""Dzień dobry,

zapisałem się na egzamin certyfikacyjny z testowania oprogramowania
(poziom podstawowy) na 14 czerwca. Opłata 890 zł została pobrana z mojej
karty dwa razy, 3 i 4 maja. Zapisany jestem tylko raz, numer kandydata
PL-44910. Proszę o zwrot drugiej kwoty.

Pozdrawiam
Bartosz Wilk"""),
("pl", "b59-pl-faktura-nip-pierwsza-pomoc-magazyn", "Kadry Logistyka Mazur <kadry@logistyka-mazur.example>", "Faktura za szkolenie", "billing", "",
"""Dzień dobry,

prosimy o wystawienie faktury VAT za szkolenie z pierwszej pomocy
przedmedycznej przeprowadzone 22 lutego w naszym magazynie w Strykowie
dla 18 pracowników.

Dane do faktury:
Logistyka Mazur Sp. z o.o.
ul. Magazynowa 7, 95-010 Stryków
NIP 999-000-11-22

Termin płatności zgodnie z ofertą - 14 dni, przelew.

Z poważaniem
Agnieszka Mazur
Dział Kadr"""),
("pl", "b59-pl-raty-studia-podyplomowe", "Joanna Kubiak <joanna.kubiak@example.pl>", "Czesne - studia podyplomowe", "billing", "",
"""Dzień dobry,

dostałam się na studia podyplomowe z zarządzania oświatą (online).
Czesne wynosi 7 800 zł za dwa semestry. Czy mogę je rozłożyć na raty
miesięczne? Jeśli tak, czy raty są wyższe niż płatność jednorazowa i do
kiedy trzeba wpłacić pierwszą?

Pozdrawiam serdecznie
Joanna Kubiak"""),
("pl", "b59-pl-zmarl-maz-migowy-bez-znakow", "Halina Nowicka <halina.nowicka@example.pl>", "kurs meza", "billing", "",
"""Dzien dobry,
moj maz Zbigniew Nowicki chodzil do Panstwa na kurs polskiego jezyka
migowego w soboty w Lublinie. Maz zmarl 2 tygodnie temu. Co miesiac
szlo z jego konta zlecenie na 220 zl. Prosze zeby juz tego nie
pobierac. Bardzo lubil te zajecia, mowil ze pani prowadzaca jest bardzo
cierpliwa.
Halina Nowicka"""),
("pl", "b59-pl-wyjazd-norwegia-platforma", "Kamil Jabłoński <kamil.jablonski@example.pl>", "Konto premium", "billing", "",
"""Cześć, od przyszłego miesiąca wyjeżdżam do pracy do Norwegii na
platformę wiertniczą i przez pół roku nie będę miał jak się uczyć.
Proszę zakończyć mój abonament premium na kursy programowania (49 zł
miesięcznie), żeby nie było kolejnych obciążeń. Dzięki!
Kamil"""),
("pl", "b59-pl-to-nie-problem-techniczny-kod", "Monika Sadowska <monika.sadowska@example.pl>", "Kod rabatowy", "billing", "",
"""Dzień dobry, od razu zaznaczam, że to nie jest problem techniczny -
strona działa, płatność przeszła. Tylko że wpisałam kod JESIEN10 z
Państwa newslettera, koszyk pokazał 10% mniej, a z konta zeszło 650 zł
zamiast 585 zł za kurs księgowości. Proszę o zwrot różnicy 65 zł.

Monika Sadowska"""),
("pl", "b59-pl-re-zwrot-zaliczki-bootcamp", "Adrian Czarnecki <adrian.czarnecki@example.pl>", "Re: Rezygnacja z miejsca - bootcamp Java", "billing", "",
"""Dzień dobry,

minęły już trzy tygodnie od Państwa odpowiedzi poniżej, a 1 000 zł
zaliczki nadal nie wróciło na moje konto. Czy przelew został w ogóle
zlecony? Numer konta podawałem w formularzu rezygnacji.

Adrian Czarnecki

> Dzień dobry Panie Adrianie,
> potwierdzamy rezygnację z miejsca w bootcampie Java (edycja wrześniowa).
> Zaliczka zostanie zwrócona w ciągu 14 dni na wskazany rachunek.
> Zespół Rekrutacji"""),
("pl", "b59-pl-rzecznik-konsumentow-odmowa-zwrotu", "Grzegorz Lis <grzegorz.lis@example.pl>", "Odstąpienie od umowy - kurs online", "billing", "high",
"""Szanowni Państwo,

10 marca kupiłem kurs online "Analityk danych od podstaw" za 1 490 zł.
12 marca, czyli w ciągu 14 dni i bez otwierania żadnej lekcji,
złożyłem oświadczenie o odstąpieniu od umowy. W odpowiedzi dostałem
informację, że "kursy cyfrowe nie podlegają zwrotowi".

Nie zgadzam się z tym. Jeżeli w ciągu 7 dni nie otrzymam zwrotu pełnej
kwoty, zgłoszę sprawę do miejskiego rzecznika konsumentów oraz do
UOKiK.

Grzegorz Lis"""),
("pl", "b59-pl-chargeback-kurs-instruktora-bez-znakow", "Sebastian Kowalczyk <seba.kowalczyk@example.pl>", "ZWROT", "billing", "high",
"""Witam. Zaplacilem 3 200 zl za kurs na instruktora nauki jazdy, ktory
mial ruszyc 5 lutego w Krakowie. Kurs przesunieto juz trzeci raz, teraz
"na wiosne", bez konkretnej daty. Chce zwrot pieniedzy. Jak do piatku
nie bedzie odpowiedzi, skladam w banku reklamacje transakcji kartowej
(chargeback) i niech bank to odzyskuje.
S. Kowalczyk"""),
("pl", "b59-pl-kierownik-oplata-po-rezygnacji", "Dorota Zielińska <dorota.zielinska@example.pl>", "Trzecia pobrana rata mimo rezygnacji", "billing", "high",
"""Dzień dobry,

w styczniu złożyłam w sekretariacie rezygnację z wieczorowego kursu
technika administracji (mam potwierdzenie z pieczątką). Mimo to w
lutym, marcu i kwietniu pobrano z mojego konta raty po 280 zł.
Za każdym razem, gdy dzwonię, słyszę, że "przekażą do księgowości".

Proszę o kontakt z kierownikiem ośrodka albo inną osobą decyzyjną, a
nie kolejną konsultantką. Oczekuję zwrotu 840 zł i wstrzymania dalszych
pobrań.

Dorota Zielińska
tel. 600 100 200"""),
("pl", "b59-pl-zawieszenie-urlop-zdrowotny", "Natalia Wróbel <natalia.wrobel@example.pl>", "Przerwa w nauce", "billing", "",
"""Dzień dobry,

czeka mnie operacja kręgosłupa i rehabilitacja, lekarz mówi o 3-4
miesiącach. Czy mogę zawiesić naukę na kursie kosmetologii i
jednocześnie wstrzymać comiesięczne opłaty, a potem wrócić do tej samej
grupy albo następnej? Nie chcę rezygnować.

Z pozdrowieniami
Natalia Wróbel"""),
("pl", "b59-pl-dzien-dobry-znizka-senior", "Stanisław Górski <stanislaw.gorski@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry. Jestem emerytem, mam 71 lat i chciałbym zapisać się na
kurs obsługi komputera dla początkujących. Czy mają Państwo zniżki dla
seniorów, na przykład z Kartą Seniora? Czy można zapłacić gotówką na
miejscu?
Stanisław Górski"""),
("pl", "b59-pl-bon-podarunkowy-inny-kurs", "Ewelina Krawczyk <ewelina.krawczyk@example.pl>", "bon", "billing", "",
"""Hej, dostałam od koleżanek z pracy bon na 300 zł na kurs fotografii
wieczorowej, ale w moim mieście nie ma już zapisów. Czy mogę go
wykorzystać na kurs języka migowego albo online? Bon jest ważny do
końca roku."""),
("pl", "b59-pl-oplata-word-w-cenie-bez-znakow", "Lukasz Michalski <lukasz.michalski@example.pl>", "cena kursu instruktora", "billing", "",
"""Dzien dobry, czy w cenie kursu na instruktora nauki jazdy (4 900 zl)
jest juz oplata za egzamin panstwowy w WORD, czy to sie placi osobno? I
czy mozna placic w dwoch czesciach?
Lukasz"""),
("pl", "b59-pl-wideo-nie-odtwarza-platforma", "Marta Pawłowska <marta.pawlowska@example.pl>", "Nagrania wykładów", "technical", "",
"""Dzień dobry,

od poniedziałku nie odtwarzają mi się nagrania wykładów na platformie
studiów podyplomowych (przedmiot: Prawo pracy). Wideo startuje,
po kilku sekundach pojawia się komunikat "Błąd odtwarzania 0x2" i
koniec. Sprawdzałam w Edge i Chrome, na dwóch komputerach. Koleżanki z
grupy mają to samo.

Marta Pawłowska"""),
("pl", "b59-pl-konto-zablokowane-brak-maila", "Wiesław Dudek <wieslaw.dudek@example.pl>", "Konto zablokowane", "technical", "",
"""Dzień dobry, trzy razy pomyliłem hasło i konto na platformie kursu
się zablokowało. Komunikat mówi, że wysłano maila z linkiem do
odblokowania, ale nic nie przyszło, ani do odebranych, ani do spamu.
Minęła już doba.
Wiesław Dudek"""),
("pl", "b59-pl-nie-chce-zwrotu-test-zawiesza", "Paweł Sikora <pawel.sikora@example.pl>", "Test końcowy", "technical", "",
"""Dzień dobry,

żeby nie było nieporozumień: nie chcę zwrotu pieniędzy ani rezygnować
z kursu, kurs jest świetny. Chodzi tylko o to, że test końcowy z
modułu 6 zawiesza się po kliknięciu "Dalej" przy pytaniu 18 i nie da
się go ukończyć. Próbowałem trzy razy, na laptopie i na telefonie.

Pozdrawiam
Paweł Sikora"""),
("pl", "b59-pl-certyfikat-krzaki-bez-znakow", "Zofia Wlodarczyk <zofia.wlodarczyk@example.pl>", "certyfikat", "technical", "",
"""Dzien dobry, pobralam certyfikat ukonczenia kursu pierwszej pomocy i
zamiast mojego nazwiska jest "WĹ‚odarczyk" z jakimis krzakami. W
profilu na stronie nazwisko jest zapisane dobrze. Potrzebuje go do
pracy w przedszkolu.
Zofia Włodarczyk"""),
("pl", "b59-pl-aplikacja-pjm-zamyka-sie", "Oliwia Baran <oliwia.baran@example.pl>", "Aplikacja PJM", "technical", "",
"""Dzień dobry, aplikacja do nauki PJM zamyka się za każdym razem, gdy
wchodzę w "Powtórki". Reszta działa. Telefon Motorola, Android 13,
aplikacja odinstalowana i zainstalowana ponownie, bez zmian."""),
("pl", "b59-pl-pytanie-drugi-monitor", "Rafał Jasiński <rafal.jasinski@example.pl>", "Pytanie", "technical", "",
"""Mam pytanie. Próbuję rozpocząć egzamin online z rachunkowości i
program nadzorujący wyświetla "Wykryto drugi monitor - odłącz dodatkowe
ekrany". Pracuję na samym laptopie, nic nie jest podłączone. Co mam
zrobić, żeby mnie wpuścił?"""),
("pl", "b59-pl-mail-aktywacyjny-nie-przychodzi", "Klaudia Mróz <klaudia.mroz@example.pl>", "rejestracja", "technical", "",
"""hej, zarejestrowałam się na kurs online z Excela i nie dostałam maila
aktywacyjnego, sprawdzałam spam i zakładkę oferty na gmailu. bez tego
nie mogę się zalogować. co robić?"""),
("pl", "b59-pl-fantom-rko-licznik", "Tadeusz Wójcik <tadeusz.wojcik@example.pl>", "Fantom", "technical", "",
"""Dzień dobry,

kupiliśmy u Państwa dwa fantomy do nauki RKO dla naszej OSP. W jednym
nie działa licznik uciśnięć w aplikacji - fantom paruje się przez
Bluetooth, ale licznik stoi na zerze, choć ćwiczący uciska prawidłowo.
Drugi działa bez zarzutu.

Tadeusz Wójcik
OSP Dąbrowa"""),
("pl", "b59-pl-webinar-brak-dzwieku", "Iwona Kaczmarek <iwona.kaczmarek@example.pl>", "Zajęcia online we wtorek", "technical", "",
"""Dzien dobry, na wtorkowych zajeciach z hiszpanskiego na Panstwa
platformie od dwoch tygodni nie slysze lektorki, widze ja ale nie ma
dzwieku. Na YouTube i w innych programach dzwiek jest. Prosze o pomoc,
tracę zajecia."""),
("pl", "b59-pl-trenazer-aed-iskrzy", "Ośrodek Szkoleniowy Ratownik <biuro@os-ratownik.example>", "Trenażer AED - zasilacz", "technical", "high",
"""Dzień dobry,

informujemy, że zasilacz trenażera AED kupionego u Państwa w grudniu
(zamówienie 30512) dziś podczas ładowania zaiskrzył przy gniazdku i
zaczął wydzielać zapach spalonej izolacji. Od razu odłączyliśmy go od
prądu, nikomu nic się nie stało. Urządzenie jest wyłączone z użytku.

Prosimy o informację, jak postąpić - odesłać je czy przyjedzie serwis?

Z poważaniem
Marek Cieślak"""),
("pl", "b59-pl-szkola-jazdy-system-rezerwacji", "OSK Start Rzeszów <biuro@osk-start.example>", "Grafik", "technical", "high",
"""Dzień dobry,

od 7 rano nasi kursanci stoją pod biurem, bo nikt nie wie, kto o której
ma jazdę. W Państwa systemie do rezerwacji wszystkie terminy na dziś i
jutro zniknęły, instruktorzy mają w aplikacji pusty grafik, a kursanci
dostali SMS-y o odwołaniu jazd, których nikt nie odwoływał. Ośmiu
instruktorów siedzi bez pracy, a w czwartek część kursantów ma
egzaminy w WORD.

Proszę o pilny telefon: 17 000 55 66.

Beata Rogala
OSK Start"""),
("pl", "b59-pl-hamulec-dodatkowy", "Piotr Adamczyk <piotr.adamczyk@example.pl>", "Auto szkoleniowe", "technical", "high",
"""Dzień dobry,

jestem na kursie instruktorskim. W aucie szkoleniowym (srebrny Yaris
z Waszej floty, ten z literą L na dachu) dodatkowy hamulec po stronie
pasażera praktycznie nie działa - pedał idzie w podłogę, samochód
prawie nie zwalnia. Zauważyłem to wczoraj na placu. Auto stoi na
parkingu ośrodka, ale jutro rano ma nim jechać inna osoba z kursu.

Piotr Adamczyk"""),
("pl", "b59-pl-egzamin-przelozony", "Aleksandra Walczak <aleksandra.walczak@example.pl>", "Proszę o przekazanie sprawy wyżej", "technical", "high",
"""Szanowni Państwo,

po raz trzeci system egzaminacyjny wyrzucił mnie w trakcie egzaminu
certyfikacyjnego z kadr i płac - zawsze po około 40 minutach. Za każdym
razem zgłaszam to od razu i dostaję tę samą instrukcję o wyczyszczeniu
pamięci podręcznej przeglądarki, którą wykonałam już kilka razy.

Proszę o przekazanie sprawy przełożonemu działu technicznego lub
innej osobie, która może sprawdzić logi systemu, a nie tylko wysłać
gotową formułkę.

Aleksandra Walczak"""),
("pl", "b59-pl-podziekowanie-instruktorka-pierwszej-pomocy", "Teresa Kowal <teresa.kowal@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałabym bardzo podziękować pani Agacie, która prowadziła kurs
pierwszej pomocy dla rodziców w Gdyni. W zeszłym tygodniu mój synek
zakrztusił się kawałkiem jabłka i dzięki temu, czego nas nauczyła,
wiedziałam co robić. Wszystko dobrze się skończyło.

Proszę jej to przekazać. Z całego serca dziękuję!
Teresa Kowal"""),
("pl", "b59-pl-godziny-sekretariatu-wakacje", "Jan Olszewski <jan.olszewski@example.pl>", "sekretariat", "general", "",
"""Dzien dobry, w jakich godzinach jest czynny sekretariat w lipcu i
sierpniu? Chce przyniesc dokumenty na kurs wieczorowy."""),
("pl", "b59-pl-zmiana-nazwiska", "Karolina Borkowska <karolina.borkowska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

w maju wyszłam za mąż i zmieniłam nazwisko z Pietrzak na Borkowska.
Proszę o zmianę danych w moim profilu słuchaczki studiów
podyplomowych (nr albumu 20488), tak żeby na świadectwie było już
nowe nazwisko. Mogę przesłać skan odpisu aktu małżeństwa.

Karolina Borkowska"""),
("pl", "b59-pl-zgubione-klucze-sala", "Roman Kalinowski <roman.kalinowski@example.pl>", "klucze", "general", "",
"""Dzień dobry, chyba zostawiłem klucze (breloczek z Legią) w sali 105
po czwartkowym kursie angielskiego dla dorosłych. Czy ktoś je oddał na
portiernię?"""),
("pl", "b59-pl-rodo-uodo", "Michał Szewczyk <michal.szewczyk@example.pl>", "Żądanie dostępu do danych (art. 15 RODO)", "general", "high",
"""Szanowni Państwo,

15 stycznia złożyłem żądanie dostępu do moich danych osobowych na
podstawie art. 15 RODO, w tym nagrań z kamery i ekranu z egzaminu
online z 8 grudnia, po którym mój wynik unieważniono. Do dziś nie
otrzymałem ani danych, ani żadnej odpowiedzi, a termin miesięczny
dawno minął.

Jeśli w ciągu 7 dni nie otrzymam odpowiedzi, złożę skargę do Prezesa
Urzędu Ochrony Danych Osobowych.

Michał Szewczyk"""),
("pl", "b59-pl-zamowienie-61873-podreczniki", "Beata Urbańska <beata.urbanska@example.pl>", "Zamówienie 61873", "general", "",
"""Dzień dobry, 2 tygodnie temu zapłaciłam za pakiet podręczników do
kursu opiekunki medycznej, a status wciąż "w realizacji". Zajęcia
zaczynają się w sobotę. Kiedy mniej więcej zostanie wysłany?
Beata"""),
("pl", "b59-pl-czy-kurs-daje-uprawnienia", "Wojciech Pietrzyk <wojciech.pietrzyk@example.pl>", "Informacja o kursie", "general", "",
"""Dzień dobry,

czy Państwa kurs kwalifikowanej pierwszej pomocy kończy się
zaświadczeniem uznawanym przez PSP i Państwowe Ratownictwo Medyczne?
Pracuję w OSP i potrzebuję aktualnego KPP do działań. Czy ważność
zaświadczenia to 3 lata?

Pozdrawiam
Wojciech Pietrzyk"""),
("pl", "b59-pl-sponsoring-piknik-kgw", "Koło Gospodyń Wiejskich Zalesie <kgw.zalesie@example.pl>", "Piknik rodzinny - prośba", "general", "",
"""Dzien dobry,
nasze Kolo Gospodyn Wiejskich organizuje 24 sierpnia piknik rodzinny
w Zalesiu. Chcielibysmy poprosic o pokaz pierwszej pomocy dla dzieci
albo ufundowanie drobnej nagrody w konkursie. W zamian umiescimy Panstwa
logo na plakatach i podziekujemy ze sceny.
Pozdrawiamy serdecznie,
Grazyna Lewandowska, przewodniczaca"""),
("pl", "b59-pl-pilne-co-zabrac-bez-znakow", "Natalia Kozlowska <natalia.kozlowska@example.pl>", "PILNE", "general", "",
"""PILNE!!! jutro pierwszy dzien kursu na opiekuna medycznego i nie wiem
czy trzeba cos zabrac, jakies dokumenty, fartuch, zdjecie? nigdzie nie
ma tej informacji"""),
("pl", "b59-pl-wykladowca-skarga-dyrektor", "Marcin Grabowski <marcin.grabowski@example.pl>", "Skarga na prowadzącego", "general", "high",
"""Szanowni Państwo,

jestem słuchaczem zaocznego kursu technika informatyka. Prowadzący
zajęcia z sieci komputerowych od kilku zjazdów publicznie wyśmiewa
starszych słuchaczy ("dziadku, to nie maszyna do pisania", "może
wnuczek panu pomoże"). Kilka osób przestało przychodzić na jego zajęcia.

Zgłaszałem to opiekunce grupy, bez skutku. Proszę o spotkanie z
dyrektorem szkoły i pisemną informację, jakie kroki zostaną podjęte.

Marcin Grabowski"""),
("pl", "b59-pl-oblodzone-schody-wejscie", "Elżbieta Wawrzyniak <elzbieta.wawrzyniak@example.pl>", "Schody przed budynkiem", "general", "high",
"""Dzień dobry,

schody przed wejściem do budynku przy ul. Długiej, gdzie mamy kurs
języka migowego we wtorki wieczorem, są od kilku dni całkowicie
oblodzone i nikt ich nie posypuje. Wczoraj jedna pani poślizgnęła się
i stłukła sobie kolano, na szczęście skończyło się na siniaku. Po
zajęciach jest już ciemno, a lampa nad wejściem nie świeci.

Proszę, żeby ktoś się tym zajął przed następnymi zajęciami.

Elżbieta Wawrzyniak"""),
("pl", "b59-pl-re-zaswiadczenie-ukonczenia", "Krzysztof Malinowski <krzysztof.malinowski@example.pl>", "Re: Gratulujemy ukończenia kursu", "general", "",
"""Dziękuję! Czy mogę dodatkowo dostać zaświadczenie o ukończeniu kursu
na papierze, z pieczątką i liczbą godzin? Mój pracodawca nie przyjmuje
wersji z maila.

Krzysztof Malinowski

> Szanowny Panie,
> gratulujemy ukończenia kursu "Kierownik robót budowlanych - przygotowanie
> do egzaminu". Certyfikat w wersji elektronicznej jest dostępny w
> zakładce Moje kursy."""),
("pl", "b59-pl-egzamin-mnie-zabije", "Julia Szymańska <julia.szymanska@example.pl>", "termin egzaminu", "general", "",
"""Ten egzamin z anatomii mnie chyba zabije :D Kiedy dokładnie jest
drugi termin i czy trzeba się na niego osobno zapisywać?"""),
]
