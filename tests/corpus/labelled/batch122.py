# batch122.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them.  Kinds of
# business: health plans -- private health insurance, dental plans,
# cashback health plans, occupational health providers, corporate
# wellness apps and workplace eye tests.  The failure classes in these
# settings -- escalation demands that keep their topic, legal threats and
# chargebacks, negations, Greeklish, subjects that say nothing or quote an
# earlier mail, plans ended or paused in other words, outages of a
# business told by their consequences, safety hazards told calmly,
# praise -- and everyday mail of all three queues.  Same tuple format as
# batch12.py.  40 mails per language, written separately for each.
M += [
# ---------------- English ----------------
("en", "b122-cashback-varifocals-half-paid", "Helen Cartwright <helen.cartwright@example.co.uk>", "Claim 4471920", "billing", "",
"""Hi,

I sent in my optical claim for new varifocals (receipt for £212) and
you've paid out £45. I'm on Level 3 and the booklet says optical is up to
£90 a year. I haven't claimed anything else for optical this year.
Could someone have a look?

Thanks
Helen Cartwright
Membership no. CP-8830126"""),
("en", "b122-dental-plan-husband-passed", "Margaret Ellison <m.ellison@example.co.uk>", "Mr F Ellison", "billing", "",
"""Dear Sir or Madam,

I am sorry to have to tell you that my husband Frank died on the 3rd of
March. He and I were both on your dental plan, paid together by direct
debit from our joint account.

Please could you take him off the plan and let me know what the monthly
amount will be for me on my own from now on. I should like to keep mine
going as I am very happy with Mr Anand at the practice.

Yours faithfully,
Margaret Ellison (Mrs)"""),
("en", "b122-premium-up-april", "Troy Nguyen <troy.nguyen@example.com.au>", "premium increase??", "billing", "",
"""G'day,

Just got the letter saying our family hospital + extras cover goes from
$398.60 to $431.15 a month from 1 April. That's over 8%. We haven't made
a big claim in years. Is there a lower tier we can drop to that still
keeps the kids' orthodontics? Our eldest is halfway through braces.

Cheers,
Troy"""),
("en", "b122-excess-taken-twice", "Siobhan Keane <siobhan.keane@example.ie>", "Excess", "billing", "",
"""Hello,

I was in the Bon Secours for two nights in January for my gallbladder.
My policy has a €150 excess per admission and it was one admission, but
I can see two payments of €150 gone out of my account to you, on the 8th
and the 9th of February. Can you refund one of them please.

Siobhan Keane
Policy 00-441-2987"""),
("en", "b122-dental-plan-on-hold-dubai", "Rohan Mistry <rohan.mistry@example.co.uk>", "Going abroad for work", "billing", "",
"""Hi there,

My employer is seconding me to our Dubai office for about 18 months from
June. I'll obviously not be visiting my dentist in Leicester while I'm
out there, but I don't want to lose my place on the plan either, because
I know the practice has a waiting list now.

Is it possible to freeze the plan and the £18.40 a month while I'm away
and pick it up again when I'm back?

Regards,
Rohan"""),
("en", "b122-re-invoice-wellness-seats", "Finance Team <finance@harrowgate-logistics.example>", "Re: Invoice WB-20931 - Q2 licences", "billing", "",
"""Hi Megan,

Thanks for sending this over. We've checked it against our headcount and
there's a mismatch - the invoice is for 120 app licences but we only have
95 staff registered, and we never asked for the extra 25 when we renewed.
Could you send a corrected invoice for 95 and we'll pay it this week?

Best,
Oliver Grant
Finance Business Partner, Harrowgate Logistics

On 2 April, Megan Shaw <accounts@example-wellbeing.co.uk> wrote:
> Hi Oliver,
>
> Please find attached invoice WB-20931 for your Q2 licences, total
> £2,880.00 + VAT, due within 30 days.
>
> Kind regards,
> Megan"""),
("en", "b122-vdu-glasses-claim-back", "Aisha Begum <aisha.begum@example.co.uk>", "Screen glasses", "billing", "",
"""Hi, I had the workplace eye test at our Bristol office last month and
the optician said I need glasses for computer work. I've now paid £25 at
Specsavers for a basic pair. HR said you handle the voucher - how do I
claim the £25 back, or is it too late because I paid first?

Aisha"""),
("en", "b122-free-look-cancelled-dispute", "Dana Whitfield <dana.whitfield@example.com>", "Cancelled within 30 days - still billed", "billing", "high",
"""To whom it may concern,

I enrolled in your Smile Plus dental plan on March 2 and cancelled by
phone on March 19, well within your 30-day free look period. I have the
confirmation number (CX-55102). You have since charged my Visa $89.00 on
April 2 AND $89.00 on May 2.

I have called twice and been told both times that "it's been escalated."
Nothing has happened. If both charges are not reversed within 7 days I
will file a dispute with my card issuer and let them sort it out.

Dana Whitfield
Columbus, OH"""),
("en", "b122-mri-claim-ombudsman", "Geoffrey Palmer <geoff.palmer@example.co.uk>", "Claim declined - knee", "billing", "high",
"""Dear Claims Department,

You have declined to pay the £2,340 for my knee MRI and consultant
appointments on the grounds that it is a "pre-existing condition". I
had never seen a doctor about my knee before I joined in 2021 and my GP
records will show this. The injury happened playing tennis last autumn.

I have followed your complaints procedure and had a final response that
simply repeats the decision. I am now referring this to the Financial
Ombudsman Service unless the claim is paid in full.

Yours sincerely,
Geoffrey Palmer"""),
("en", "b122-renewal-autodebit-ported", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Wrong auto debit of premium - need grievance officer", "billing", "high",
"""Dear Sir/Madam,

I had ported my family floater health policy to another insurer in
February and your branch at Koramangala has given me written
acknowledgement of the same. Inspite of this, Rs 18,460 has been
auto-debited from my HDFC account on 14th March as "renewal premium".

I have already raised this twice through the customer care number and
received only SMS with ticket numbers. Kindly forward this to your
Grievance Redressal Officer immediately. If the amount is not refunded
within 15 days I will approach the Insurance Ombudsman and file a
complaint with IRDAI.

Regards,
Venkatesh Iyer
Bengaluru
Policy no. 4129/HF/00781"""),
("en", "b122-question-annual-payment", "Kylie Brennan <kylie.b@example.com.au>", "Question", "billing", "",
"""Hi, do you give a discount if I pay my extras cover for the whole year
upfront instead of fortnightly? And if so can I switch now or do I have
to wait till my renewal in August? Thanks Kylie"""),
("en", "b122-joined-army-plan-stop", "Connor Walsh <connor.walsh@example.co.uk>", "Leaving", "billing", "",
"""Alright,

I've been accepted into the army and start basic training in Pirbright
next month. They sort all the medical and dental stuff from then on so I
won't need my health cover any more. How do I stop it and is there
anything to pay for leaving early?

Connor"""),
("en", "b122-hello-pay-for-daughter", "Pamela Hughes <pamela.hughes@example.co.uk>", "Hello", "billing", "",
"""Hello,

My daughter Kerry is on your dental plan but she's a student and money is
tight for her. Can I pay her monthly amount from my own bank account
instead? I don't want her details changed, just who pays.

Many thanks,
Pam Hughes"""),
("en", "b122-receipt-upload-crash-not-money", "Lauren Fisher <lauren.fisher@example.co.uk>", "app keeps closing", "technical", "",
"""Hi,

This isn't a complaint about the money - I know I'm owed the £30 for my
physio session. The problem is the app. Every time I take a photo of the
receipt to attach to the claim, the app shuts itself down and I end up
back on my home screen. Tried about six times. iPhone 12, app updated
yesterday.

Lauren"""),
("en", "b122-steps-not-syncing-no-points-refund", "Marcus Delgado <marcus.delgado@example.com>", "Step challenge", "technical", "",
"""Hey team,

Our office is doing the 30-day step challenge in the wellness app and my
Garmin stopped syncing on day 4. Garmin Connect shows all my steps, the
app shows 0 since last Tuesday. I've disconnected and reconnected it.

To be clear, I'm not after any points credited back or anything like
that, I just want my steps to show up so my team isn't dragged down on
the leaderboard. We're currently last and I'm getting grief for it.

Marcus (Accounts, Denver office)"""),
("en", "b122-reset-email-never-arrives", "Declan Murphy <declan.murphy@example.ie>", "can't get into my account", "technical", "",
"""Tried the forgot password about 5 times today, the reset email never
comes. Not in spam either. Email is the right one because your renewal
letters come to it fine. Can ye reset it from your end?
Declan"""),
("en", "b122-video-gp-no-sound", "Priya Raman <priya.raman@example.com.au>", "Virtual GP", "technical", "",
"""Hello,

I booked a telehealth GP appointment through your member app for this
morning. The doctor could see me and I could see her, but neither of us
could hear anything. In the end she rang my mobile. Microphone works fine
in other apps and the app has permission. It's a Samsung tablet. Is this
a known problem? I have a follow-up next week and would rather do it on
the tablet.

Priya"""),
("en", "b122-2fa-old-number", "Gordon McLeish <gordon.mcleish@example.co.uk>", "Login code goes to old phone", "technical", "",
"""I changed my mobile number in January and the login code for the
member website still goes to my old number, which I no longer have. So I
can't get in to update the number, because I can't get in. Please
advise.

G. McLeish"""),
("en", "b122-eye-test-booking-error", "Natalie Osei <natalie.osei@example.co.uk>", "Booking page", "technical", "",
"""Hi, our HR sent the link to book the eye test slots for when your van
comes to our Croydon site on the 21st. When I pick a time and click
confirm it says "Error 500 - something went wrong" and the slot doesn't
get booked. Colleagues have the same. Could you check it?

Natalie"""),
("en", "b122-re-wallet-card-blank", "Ben Carter <ben.carter@example.com>", "Re: Your request 338812", "technical", "",
"""Did all of that, deleted the card from Wallet, cleared the app, logged
back in and added it again. Card shows up in Wallet but it's still blank -
no name, no member number, just your logo. The dentist's front desk
wouldn't accept it yesterday and I had to dig up the paper one.

Ben

-----Original Message-----
From: Member Support
Sent: Monday, 12:07 PM
Subject: Your request 338812

Hi Ben, please remove the card from Apple Wallet, sign out of the app and
sign back in, then tap "Add to Apple Wallet" again. Let us know if this
doesn't help. - Jordan"""),
("en", "b122-practice-cant-check-entitlement", "Reception <reception@oakfield-dental.example>", "Provider portal", "technical", "high",
"""Hi,

Since we opened at 8 this morning we haven't been able to check any
patient's plan entitlement - the provider portal just says "Service
unavailable". We've got a full list today, about 40 patients, most of
them on your plans. Without the check we can't tell them what they'll pay
so we're having to send people away or ask them to rebook. Two dentists
are sitting idle already.

Please call us on 0161 496 0732 as soon as anyone knows anything.

Joanne
Practice Manager, Oakfield Dental"""),
("en", "b122-health-surveillance-questionnaires", "Sarah Pickering <sarah.pickering@brecon-foundry.example>", "Health surveillance questionnaires", "technical", "high",
"""Hello,

None of our 380 shop-floor staff can open the annual respiratory and
hearing questionnaires - the link in the email goes to a page that says
"This form is no longer available". Our insurer and the HSE inspector are
expecting the surveillance to be complete by the end of next week and
the shifts are already rota'd for it.

I've tried it from my own PC as well. Could somebody look at it today?

Sarah Pickering
HR Manager, Brecon Foundry"""),
("en", "b122-wellness-band-hot-wrist", "Emily Shah <emily.shah@example.co.uk>", "The fitness band", "technical", "high",
"""Hello,

Our company gave us all one of your fitness bands when we joined the
wellbeing programme. I was wearing mine this afternoon while it was on
charge at my desk (the short cable) and it became very hot, hot enough
that it left a red mark on my wrist. The plastic near the charging pins
has gone slightly soft and brown.

I've unplugged it and put it in a drawer. I'm fine, just a bit sore. I
thought you should know as quite a few of my colleagues charge theirs
the same way.

Emily Shah"""),
("en", "b122-welcome-toothbrush-sparked", "Richard Akers <richard.akers@example.co.uk>", "Toothbrush from welcome pack", "technical", "high",
"""Hi,

We joined your family dental plan in May and got the electric toothbrush
in the welcome pack. This morning when my wife pushed the charging base
plug into the shaver socket in the bathroom there was a loud crack and a
spark, and a smell of burning. The socket trip went. We haven't plugged
it in again.

Is there a problem with these chargers? Our kids have the same ones.

Richard Akers"""),
("en", "b122-cashless-preauth-surgery-tomorrow", "Anjali Deshpande <anjali.deshpande@example.in>", "URGENT - unable to login for cashless approval", "technical", "high",
"""Hello,

My father (72) is admitted at Ruby Hall Clinic, Pune for bypass surgery
scheduled tomorrow 7 am. The hospital TPA desk says the cashless
pre-authorisation must be uploaded from the policyholder login, but your
portal keeps showing "Invalid session" after OTP and throws us back to
the login page. Tried on two phones and a laptop.

Hospital is saying without approval they will need full deposit before
surgery. Please help us urgently. My number is 98220 41377.

Anjali Deshpande"""),
("en", "b122-eprescription-qr-blank", "Jake Holloway <jake.holloway@example.com>", "prescription code", "technical", "",
"""hi, after my telehealth visit the app says "your e-prescription is
ready" but when I tap it the QR code area is just a grey box. pharmacist
couldn't scan anything. android 14. thanks"""),
("en", "b122-eye-results-pdf-gibberish", "Colin Prentice <colin.prentice@example.co.uk>", "Eye test results", "technical", "",
"""Morning all,

Had my eye test in the van at work on Tuesday - very efficient, no
complaints there. The email with the results attachment arrived, but the
PDF opens as pages of symbols and squares on both my laptop and phone. Is
there another way to get the results? My line manager needs the form to
order the screen glasses.

Cheers,
Colin"""),
("en", "b122-oh-nurse-thank-you", "Bernadette Quinn <bernadette.quinn@example.co.uk>", "Thank you to Nurse Adebayo", "general", "",
"""Dear all,

I just wanted to say thank you to Grace Adebayo, the occupational health
nurse who saw me for my return-to-work assessment after my cancer
treatment. I was dreading it, but she took the time to go through every
adjustment I needed and made me feel like a person rather than a case
number. I've been back three weeks now on a phased return and it's going
well, largely thanks to her recommendations.

Please pass this on to her and her manager.

With best wishes,
Bernadette Quinn"""),
("en", "b122-thanks-claims-after-surgery", "Tom Whitaker <tom.whitaker@example.com>", "Just a thank you", "general", "",
"""Hi,

Nothing needed, just wanted to say thanks to whoever handled my wife's
hip replacement. From the first phone call to the day she came home we
never had to chase anything. Nice to be able to say that about an
insurance company for once!

Tom & Jean Whitaker"""),
("en", "b122-moved-new-address-ireland", "Aoife Brennan <aoife.brennan@example.ie>", "New address", "general", "",
"""Hi,

We've moved from Galway to Athenry, could you update the address on the
policy please:

14 Church View
Athenry
Co. Galway H65 XY12

Member number 8820-1145. Nothing else has changed.

Thanks a million,
Aoife"""),
("en", "b122-subject-access-oh-referral", "Daniel Okafor <daniel.okafor@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I request a copy of all personal data you
hold about me, including the occupational health referral made by my
employer, Marlow Hotels Ltd, in October last year, any notes of my
telephone assessment on 7 November, and the report sent to my employer.

Please send the information electronically to this address.

Date of birth: 14/09/1986

Yours faithfully,
Daniel Okafor"""),
("en", "b122-clinic-public-holiday", "Shane O'Brien <shane.obrien@example.com.au>", "Anzac Day", "general", "",
"""Hi, is the Parramatta dental clinic open on Anzac Day or the Saturday
after? My son's got a check-up due and that's the only week I'm off.
Cheers"""),
("en", "b122-glasses-left-in-eye-van", "Maureen Tully <maureen.tully@example.co.uk>", "Reading glasses", "general", "",
"""Hello,

I think I left my reading glasses in your eye-test van when it was at
the council offices in Wakefield on Thursday. They're in a tartan case,
red and green. Have they been found, and if so could they be left with
our reception?

Maureen Tully
Housing Department"""),
("en", "b122-assessor-rude-supervisor", "Kevin Doyle <kevin.doyle@example.co.uk>", "My assessment on Monday", "general", "high",
"""I had a phone assessment with one of your occupational health
advisers on Monday about my back. She kept interrupting me, told me
"everyone has a bit of back pain" and asked if I was "really trying" with
the physio. She wrapped the call up after twelve minutes.

I want a supervisor or clinical lead to call me about how that call was
handled, and I want to know whether her report has gone to my employer
yet. Not an email, a call - 07700 900 615.

Kevin Doyle"""),
("en", "b122-clinic-loose-step-mother", "Fiona Mackenzie <fiona.mackenzie@example.co.uk>", "Front step at the Morningside clinic", "general", "high",
"""Hello,

I took my mother (84) to her appointment at your Morningside dental
clinic this morning. The stone step at the front door rocks when you put
your weight on it and the front edge has cracked away. She caught her
foot on it and only didn't fall because I had her arm.

The receptionist said it's "been like that a while". Someone is going to
be badly hurt. Could you get it seen to, and put a sign up in the
meantime?

Fiona Mackenzie"""),
("en", "b122-employer-see-results", "Harpreet Gill <harpreet.gill@example.co.uk>", "Confidential?", "general", "",
"""Hi,

I've been referred to you by my work for a fitness-for-work assessment.
Before I go ahead I'd like to know what my manager actually gets to see.
Do they get my full medical history or just your recommendations? And
can I see the report before it goes to them?

Thanks,
Harpreet"""),
("en", "b122-fun-run-sponsorship", "Leanne Parry <leanne.parry@example.co.uk>", "Sponsorship - Ribble Valley 10k", "general", "",
"""Hi,

I'm on the committee of Clitheroe Road Runners. We're putting on our
first Ribble Valley 10k in September with about 600 runners expected,
and a lot of them found us through your app's running challenges. Would
you be interested in sponsoring the event - maybe the medals or the
water stations? Happy to send over our sponsor pack.

Leanne Parry
Events Secretary, Clitheroe Road Runners"""),
("en", "b122-wellbeing-week-second-site", "Gemma Lord <gemma.lord@example.com>", "Wellbeing week", "general", "",
"""Hi both,

We loved having the health-check team at our Slough site last year.
For this year's wellbeing week (13-17 May) could the eye-test van also
spend a day at our Reading warehouse? We've got about 70 warehouse
staff there who missed out last time. Let me know what info you need.

Gemma Lord
People & Culture"""),
("en", "b122-leaderboard-killing-me", "Arjun Nair <arjun.nair@example.com>", "killing me", "general", "",
"""lol the suspense is killing me - when does the next team challenge in
the wellness app start? Our floor has been training like mad since we
got smashed by Marketing in March. We'd also like to know if we can pick
our own team name this time."""),
("en", "b122-oh-report-sent-ico", "Rachel Bird <rachel.bird@example.co.uk>", "My occupational health report", "general", "high",
"""Dear Sir/Madam,

At my assessment on 2 May I specifically did not consent to my report
being released to my employer before I had seen it. Yesterday my line
manager mentioned details of my mental health history in a meeting that
could only have come from your report, and HR has confirmed they
received it on 4 May.

I want an explanation in writing of how this happened. I am reporting it
to the Information Commissioner's Office and taking advice from my union.

Rachel Bird"""),
# ---------------- Greek ----------------
("el", "b122-gl-fysiotherapeia-den-plirothike", "Katerina M. <katerina.m88@example.gr>", "fysikotherapeies", "billing", "",
"""Kalhspera sas,
exw to programma me epistrofh xrhmatwn (to Silver) kai eixa steilei tis
apodeikseis gia 6 fysikotherapeies apo ton Martio, synolo 180e. H
ai8sh sthn efarmogh leei "egkri8hke" edw kai 3 evdomades alla ta
xrhmata den exoun er8ei akoma sto IBAN mou. Mhpws exei ginei kapoio
lathos?
Eyxaristw
Katerina Manou"""),
("el", "b122-odontiatriko-pateras-efyge", "Ευαγγελία Σταυροπούλου <e.stavropoulou@example.gr>", "Πρόγραμμα του πατέρα μου", "billing", "",
"""Καλημέρα σας,

Ο πατέρας μου, Γεώργιος Σταυρόπουλος, έφυγε από τη ζωή τον περασμένο
μήνα. Είχε το οδοντιατρικό σας πρόγραμμα και η μηνιαία συνδρομή των
14,90€ συνεχίζει να χρεώνεται στην κάρτα του, την οποία διαχειρίζομαι
πλέον εγώ. Παρακαλώ να σταματήσει η χρέωση. Αν χρειάζεστε ληξιαρχική
πράξη θανάτου, πείτε μου πού να τη στείλω.

Ευχαριστώ,
Ευαγγελία Σταυροπούλου"""),
("el", "b122-asfalistro-afksisi-ananeosi", "Θοδωρης Λαμπρακης <th.lamprakis@example.gr>", "Ανανεωση συμβολαιου υγειας", "billing", "",
"""Καλησπερα,

ηρθε η ειδοποιηση ανανεωσης για το νοσοκομειακο προγραμμα μου και το
ετησιο ασφαλιστρο παει απο 1.120 σε 1.310 ευρω. Δεν εχω κανει καμια
αποζημιωση ολη τη χρονια. Γιατι τοση αυξηση; Υπαρχει επιλογη με
μεγαλυτερη συμμετοχη για να πεσει το ποσο;

Θοδωρης Λαμπρακης
Ηρακλειο"""),
("el", "b122-gl-pagoma-germania", "Nikos Vlachos <nvlachos@example.gr>", "Germania", "billing", "",
"""Geia sas, 8a metakomisw gia douleia sto Monaxo gia peripou ena xrono
apo Septemvrio. Ekei 8a exw thn asfalish ths etaireias. Mporw na
"pagwsw" to symvolaio ygeias edw na mhn plhrwnw kai na to synexisw otan
gyrisw xwris kainouria iatrikh dhlwsh? H prepei na to kleisw entelws?
Nikos"""),
("el", "b122-fw-timologio-afm-wellness", "Λογιστήριο <logistirio@aigaio-shipping.example>", "FW: Τιμολόγιο Απριλίου - εφαρμογή ευεξίας", "billing", "",
"""Καλημέρα σας,

Σας προωθώ το μήνυμα της συναδέλφου. Το τιμολόγιο για τις άδειες της
εφαρμογής ευεξίας (ΤΠΥ 1187) έχει λάθος ΑΦΜ. Το σωστό είναι 800999999,
ΔΟΥ ΦΑΕ Πειραιά. Παρακαλούμε για ακυρωτικό και νέο τιμολόγιο ώστε να
προχωρήσει η εξόφληση.

Με εκτίμηση,
Στέλλα Ρήγα
Λογιστήριο, Αιγαίο Ναυτιλιακή Α.Ε.

Από: Χρύσα Ανδρέου
Στάλθηκε: Δευτέρα 6 Μαΐου 10:22
Προς: Λογιστήριο
Θέμα: Τιμολόγιο Απριλίου - εφαρμογή ευεξίας

Στέλλα, δες το συνημμένο, νομίζω ότι έβαλαν το ΑΦΜ της παλιάς
θυγατρικής. Δεν μπορούμε να το περάσουμε έτσι."""),
("el", "b122-erotisi-doseis-pistotiki", "Μαρίνα Κοντού <marina.kontou@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα, το ετήσιο ασφάλιστρο για το οικογενειακό πρόγραμμα υγείας
είναι 2.460€. Μπορώ να το πληρώσω σε άτοκες δόσεις με πιστωτική ή μόνο
εφάπαξ; Αν γίνεται, μέχρι πόσες;

Μαρίνα"""),
("el", "b122-kouponi-gyalia-elikse", "Σπύρος Ζαχαρίου <spyros.zachariou@example.gr>", "Κουπόνι για γυαλιά οθόνης", "billing", "",
"""Γεια σας,

Μετά τον οφθαλμολογικό έλεγχο που έγινε στο γραφείο μας τον Φεβρουάριο
μου δόθηκε κουπόνι 80€ για γυαλιά εργασίας σε οθόνη. Πήγα χθες στο
συνεργαζόμενο οπτικό στο Μαρούσι και μου είπαν ότι το κουπόνι έληξε
στις 30/4. Κανείς δεν μας είχε πει ότι έχει ημερομηνία λήξης. Μπορεί να
ανανεωθεί;

Σπύρος Ζαχαρίου"""),
("el", "b122-gl-xreosi-meta-akyrosi-trapeza", "Alexandros P. <alex.pap@example.gr>", "AKYRWSH SYNDROMHS", "billing", "high",
"""Kalhmera.
Akyrwsa th syndromh Premium sto app (9,99 to mhna) sto telos Fevrouariou,
exw kai to email epivevaiwshs. Parola auta me xrewsate kai ton Martio kai
ton Aprilio. Egrapsa 2 fores sto chat kai mou leei "to aithma sas
prow8h8hke".
An den epistrafoun ta 19,98 mexri thn Paraskevh kanw amfisvhthsh
xrewshs sthn trapeza kai as ta paroun pisw apo ekei.
Alexandros Papadopoulos"""),
("el", "b122-aporripsi-toketou-synigoros", "Ιωάννα Καραγιάννη <ioanna.karagianni@example.gr>", "Απόρριψη εξόδων τοκετού", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 12 Μαρτίου γέννησα με καισαρική σε ιδιωτικό μαιευτήριο της
Θεσσαλονίκης. Υπέβαλα τα παραστατικά για αποζημίωση (4.200€) και το
αίτημα απορρίφθηκε με την αιτιολογία ότι δεν είχε συμπληρωθεί η
περίοδος αναμονής των 12 μηνών. Το συμβόλαιο ξεκίνησε τον Φεβρουάριο
του 2023, δηλαδή 13 μήνες πριν από τον τοκετό, όπως φαίνεται και στο
ασφαλιστήριο που σας επισυνάπτω.

Σας καλώ να επανεξετάσετε την απόφαση εντός 15 ημερών. Διαφορετικά θα
απευθυνθώ στον Συνήγορο του Καταναλωτή και θα υποβάλω καταγγελία στην
Τράπεζα της Ελλάδος, ως εποπτική αρχή.

Με εκτίμηση,
Ιωάννα Καραγιάννη
Αρ. συμβολαίου ΥΓ-2207841"""),
("el", "b122-dipli-xreosi-diefthyntis", "Αθηνά Πολυχρόνη <athina.polychroni@example.gr>", "Διπλή χρέωση ασφαλίστρου", "billing", "high",
"""Καλησπέρα,

Για τρίτο μήνα στη σειρά το μηνιαίο ασφάλιστρο (86,40€) χρεώνεται δύο
φορές στην κάρτα μου. Κάθε φορά που τηλεφωνώ μου λένε ότι «θα γίνει
επιστροφή» και δεν γίνεται τίποτα. Μου χρωστάτε ήδη 259,20€.

Δεν θέλω να ξαναμιλήσω με το τηλεφωνικό κέντρο. Ζητώ να με καλέσει ο
προϊστάμενος του τμήματος ή κάποιος διευθυντής, στο 6944 000 318.

Αθηνά Πολυχρόνη"""),
("el", "b122-gl-re-iban-katharismos", "Dimitra K. <dimitra.kost@example.gr>", "Re: Aithma apozhmiwshs 55190", "billing", "",
"""Kalhmera, sas stelnw to IBAN opws zhtate:
GR16 0110 1250 0000 0001 2300 695
Dikaiouxos Dhmhtra Kwstopoulou.
Se poses meres 8a ginei h katathesh?
Eyxaristw

> Agaphth Kyria Kwstopoulou,
> To aithma sas gia ton ka8arismo kai thn pleurwsh (65,00 EUR) egkri8hke.
> Parakaloume steilte mas to IBAN sas gia na proxwrhsei h plhrwmh.
> Me ektimhsh,
> Tmhma Apozhmiwsewn"""),
("el", "b122-skylos-programma-ygeias", "Ρενα Κουτσου <rena.koutsou@example.gr>", "Ο Ρεξ", "billing", "",
"""Καλημερα σας,

ο Ρεξ, ο σκυλος μας, δεν τα καταφερε μετα την επεμβαση την περασμενη
εβδομαδα. Ηταν 13 χρονων. Ειχαμε το προγραμμα υγειας κατοικιδιων για
αυτον, 19 ευρω τον μηνα. Δεν θα το χρειαστουμε πια, παρακαλω να μην
ξαναχρεωθει η καρτα.

Ευχαριστουμε για ολα,
Ρενα"""),
("el", "b122-gl-geia-mwro-oikogeneiako", "Giorgos Tsakiris <g.tsakiris@example.gr>", "Geia sas", "billing", "",
"""Geia sas,
gennh8hke h korh mas prin 10 meres (!!) kai 8eloume na thn pros8esoume
sto oikogeneiako programma ygeias pou exoume hdh gia emena, th gynaika
mou kai ton gio mas. Poso 8a anevei to mhniaio kai ti xartia xreiazeste?
Giwrgos"""),
("el", "b122-gl-app-kleinei-apodeixi-oxi-lefta", "Vaggelis T. <vaggelis.t@example.gr>", "to app", "technical", "",
"""Kalhspera,
DEN exw 8ema me ta lefta, to aithma einai swsto kai 3erw oti 8a mou ta
dwsete. To 8ema einai oti to app kleinei monos tou otan paw na vgalw
fwtografia thn apodeiksh tou odontiatrou. Exw Xiaomi Redmi Note 12, to
ekana update xthes. Pws alliws mporw na th steilw?
Vaggelis"""),
("el", "b122-zygaria-bluetooth-oxi-epistrofi", "Ελπίδα Μαργαρίτη <elpida.margariti@example.gr>", "Ζυγαριά", "technical", "",
"""Γεια σας,

Με το πρόγραμμα ευεξίας της εταιρείας πήρα την έξυπνη ζυγαριά σας. Δεν
θέλω να την επιστρέψω ούτε να πάρω πίσω χρήματα, μου αρέσει. Απλώς από
τότε που άλλαξα κινητό δεν συνδέεται με Bluetooth - η εφαρμογή ψάχνει
για συσκευές και δεν τη βρίσκει ποτέ. Άλλαξα και μπαταρίες.

Ελπίδα"""),
("el", "b122-kodikos-sms-den-erxetai", "ΠΑΝΑΓΙΩΤΗΣ ΦΡΑΓΚΟΣ <p.fragkos@example.gr>", "ΚΩΔΙΚΟΣ", "technical", "",
"""ΚΑΛΗΜΕΡΑ. ΠΑΤΑΩ "ΞΕΧΑΣΑ ΤΟΝ ΚΩΔΙΚΟ" ΚΑΙ ΛΕΕΙ ΟΤΙ ΣΤΑΛΘΗΚΕ SMS ΑΛΛΑ
ΔΕΝ ΕΡΧΕΤΑΙ ΤΙΠΟΤΑ. ΤΟ ΚΙΝΗΤΟ ΕΙΝΑΙ ΤΟ ΙΔΙΟ 15 ΧΡΟΝΙΑ. ΠΑΡΑΚΑΛΩ ΝΑ ΜΕ
ΒΟΗΘΗΣΕΤΕ ΝΑ ΜΠΩ ΣΤΟΝ ΛΟΓΑΡΙΑΣΜΟ ΜΟΥ.
ΠΑΝΑΓΙΩΤΗΣ ΦΡΑΓΚΟΣ"""),
("el", "b122-gl-vinteoklisi-giatros-eikona", "Christina L. <christina.l@example.gr>", "vinteoklhsh", "technical", "",
"""Geia sas, eixa rantevou shmera stis 11 me pathologo meso ths
thlesymvouleutikhs. O giatros me akouge alla h eikona mou htan maurh,
kai h dikh tou epishs. Sto Viber h kamera doulevei kanonika. Laptop me
Windows, Chrome. Ti na kanw gia to epomeno rantevou?
Xristina"""),
("el", "b122-anevasma-arxeiou-ergazomenon-amka", "Μάνος Δεληγιάννης <m.deligiannis@patra-plastika.example>", "Ανέβασμα λίστας εργαζομένων", "technical", "",
"""Καλημέρα,

Προσπαθώ να ανεβάσω στην πλατφόρμα εργοδοτών τη νέα λίστα εργαζομένων
για το ομαδικό συμβόλαιο (αρχείο Excel, όπως το πρότυπό σας). Κάθε φορά
βγάζει «Μη έγκυρη τιμή στη στήλη ΑΜΚΑ, γραμμή 2», ενώ ο ΑΜΚΑ είναι
σωστός, 11 ψηφία. Το δοκίμασα και ως CSV. Κάνω κάτι λάθος;

Μάνος Δεληγιάννης
Λογιστήριο, Πάτρα Πλαστικά"""),
("el", "b122-re-psifiaki-karta-kenh", "Σοφία Νικολαΐδου <sofia.nikolaidou@example.gr>", "Re: Αίτημα 71204 - ψηφιακή κάρτα", "technical", "",
"""Το έκανα όπως μου είπατε, απεγκατέστησα την εφαρμογή και την
ξαναπέρασα. Η ψηφιακή κάρτα μέλους εξακολουθεί να βγάζει «Δεν υπάρχουν
διαθέσιμα στοιχεία». Στο διαγνωστικό κέντρο μου ζήτησαν την κάρτα και
δεν είχα τι να τους δείξω.

Σοφία

> Αγαπητή κυρία Νικολαΐδου,
>
> Παρακαλούμε απεγκαταστήστε την εφαρμογή και εγκαταστήστε τη ξανά από
> το Google Play. Στη συνέχεια συνδεθείτε με τα στοιχεία σας.
>
> Με εκτίμηση,
> Εξυπηρέτηση Μελών"""),
("el", "b122-farmakeio-den-ektelei-syntages", "Φαρμακείο Λ. Μπάκα <farmakeio.baka@example.gr>", "Σύστημα συνεργαζόμενων φαρμακείων", "technical", "high",
"""Καλημέρα σας,

Από τις 9 το πρωί δεν μπορούμε να εκτελέσουμε καμία συνταγή μελών σας -
το σύστημα επιβεβαίωσης γράφει «Αποτυχία σύνδεσης με τον διακομιστή».
Έχουμε ουρά στο φαρμακείο, ηλικιωμένοι περιμένουν για φάρμακα πίεσης
και καρδιάς και τους λέμε να πληρώσουν ολόκληρο το ποσό ή να
ξαναέρθουν. Τα δύο άλλα φαρμακεία της γειτονιάς μάς λένε ότι έχουν το
ίδιο.

Παρακαλώ τηλεφωνήστε μας στο 2310 000 455.

Λίνα Μπάκα
Φαρμακοποιός, Καλαμαριά"""),
("el", "b122-gl-ergostasio-iatros-ergasias-platforma", "Prosopiko <hr@thessaly-foods.example>", "platforma iatrou ergasias", "technical", "high",
"""Kalhmera,
H platforma tou iatrou ergasias den anoigei apo xthes to apogeuma,
vgazei "502 Bad Gateway". Exoume 210 ergazomenous sth grammh paragwghs
pou prepei na symplhrwsoun to erwthmatologio prin tis periodikes
eksetaseis ths Deuteras, kai xwris auto o giatros den mporei na tous
dei. An den ginei o elegxos, o elegktis ths epi8ewrhshs ergasias mas
exei hdh proeidopoihsei gia prostimo kai h vardia 8a stamathsei.
Parakalw kaleste me sto 2410 555 208.
Eleni Gkika
Tmhma Prosopikou, Thessaly Foods"""),
("el", "b122-piesometro-zestathike-myrodia", "Κωνσταντίνος Ραφαηλίδης <k.rafailidis@example.gr>", "Πιεσόμετρο", "technical", "high",
"""Καλησπέρα σας,

Με την εγγραφή στο πρόγραμμα επιστροφής εξόδων μάς στείλατε δώρο ένα
ψηφιακό πιεσόμετρο μπράτσου. Χθες το βράδυ, ενώ ήταν στο τραπέζι της
κουζίνας και δεν το χρησιμοποιούσε κανείς, ζεστάθηκε πολύ και μύριζε
καμένο πλαστικό. Όταν άνοιξα το καπάκι οι μπαταρίες είχαν φουσκώσει και
είχαν βγάλει υγρά.

Έβγαλα τις μπαταρίες και το άφησα στο μπαλκόνι. Δεν ξέρω αν ήταν οι
μπαταρίες που ήρθαν μαζί ή η ίδια η συσκευή. Σας το αναφέρω γιατί
φαντάζομαι το έχετε στείλει και σε πολλούς άλλους.

Κωνσταντίνος Ραφαηλίδης"""),
("el", "b122-syntagi-insoulini-kleidothika", "Βασιλική Αντωνίου <vasiliki.antoniou@example.gr>", "Κλειδώθηκε ο λογαριασμός - ινσουλίνη", "technical", "high",
"""Παρακαλώ βοηθήστε με άμεσα.

Ο λογαριασμός μου στην εφαρμογή κλειδώθηκε μετά από τρεις λάθος
προσπάθειες και μου λέει «δοκιμάστε ξανά σε 24 ώρες». Από εκεί
παίρνουμε την ψηφιακή συνταγή για την ινσουλίνη του γιου μου (9 ετών)
από τον γιατρό του δικτύου σας. Του έχουν μείνει δόσεις μόνο για
απόψε και το φαρμακείο δεν μπορεί να τη δώσει χωρίς κωδικό συνταγής.

Τηλέφωνο 6977 000 514.

Βασιλική Αντωνίου"""),
("el", "b122-gl-apple-health-sygxronismos", "Petros N. <petros.n@example.gr>", "sygxronismos", "technical", "",
"""Gia kapoio logo to app de pairnei pia dedomena apo to Apple Health.
Sta settings fainetai syndedemeno, ola ta permissions on, alla o
ypnos kai oi palmoi exoun meinei sthn Kyriakh. iOS 17.4. Kapoia idea?"""),
("el", "b122-apotelesmata-pdf-den-anoigei", "Ελενη Βαρδακη <eleni.vardaki@example.gr>", "Αποτελεσματα εξετασεων", "technical", "",
"""Καλησπερα σας,

μου ηρθε ειδοποιηση οτι ειναι ετοιμα τα αποτελεσματα απο τον ετησιο
ελεγχο (check up) αλλα οταν πατω το pdf λεει "Το αρχειο ειναι
κατεστραμμενο". Δοκιμασα και απο κινητο και απο υπολογιστη. Μπορειτε
να μου τα στειλετε αλλιως;

Ελενη Βαρδακη"""),
("el", "b122-ypenthymiseis-rantevou-den-erxontai", "Αριστείδης Μιχαηλίδης <aris.michailidis@example.gr>", "Ειδοποιήσεις", "technical", "",
"""Καλημέρα. Από τότε που άλλαξα κινητό η εφαρμογή δεν μου στέλνει
υπενθυμίσεις για τα ραντεβού στον οδοντίατρο, παρότι οι ειδοποιήσεις
είναι ενεργοποιημένες. Έχασα ήδη ένα ραντεβού εξαιτίας αυτού.
Αριστείδης"""),
("el", "b122-gl-synedria-elikse-synexeia", "Fotis G. <fotis.g@example.gr>", "site", "technical", "",
"""Kalhspera, sto site gia ta melh, kathe 2 lepta peripou me petaei eksw
me "H synedria sas elhkse" kai xanw oti exw grapsei sth forma
apozhmiwshs. Firefox kai Edge to idio. Den einai 8ema lefta, aplws den
mporw na teleiwsw th forma.
Fwths"""),
("el", "b122-eyxaristo-iatro-ergasias", "Δέσποινα Χατζή <despoina.chatzi@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλημέρα σας,

Θα ήθελα να ευχαριστήσω τη γιατρό εργασίας κ. Παπαθανασίου που
επισκέφθηκε το εργοστάσιό μας στη Σίνδο. Κατά τον περιοδικό έλεγχο
πρόσεξε κάτι στο ηλεκτροκαρδιογράφημά μου και επέμεινε να πάω σε
καρδιολόγο την ίδια εβδομάδα. Ο καρδιολόγος βρήκε πρόβλημα που
αντιμετωπίστηκε έγκαιρα. Της χρωστάω πολλά.

Παρακαλώ μεταφέρετέ της τις ευχαριστίες μου.

Δέσποινα Χατζή"""),
("el", "b122-gl-eyxaristo-eksypiretisi", "Stavros <stavros.k75@example.gr>", "eyxaristw", "general", "",
"""Kalhspera, ena mikro eyxaristw sthn kopela sto thlefwno (Maria nomizw)
pou me voh8hse shmera me tis odhgies gia to rantevou ths mhteras mou.
Poly ypomonetikh kai eugenikh. Spania vlepeis tetoia eksyphrethsh."""),
("el", "b122-allagi-diefthynsis-tilefonou", "Χαράλαμπος Ντούμας <ch.ntoumas@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλησπέρα σας,

Παρακαλώ ενημερώστε τα στοιχεία επικοινωνίας μου στο συμβόλαιο
ΥΓ-1198305:

Νέα διεύθυνση: Αγίου Δημητρίου 47, 546 30 Θεσσαλονίκη
Νέο κινητό: 6940 000 233

Ευχαριστώ,
Χαράλαμπος Ντούμας"""),
("el", "b122-aitima-prosvasis-dedomena", "Λαμπρινή Γεωργίου <lamprini.georgiou@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο
όλων των προσωπικών δεδομένων που τηρείτε για εμένα, συμπεριλαμβανομένων
των ιατρικών πληροφοριών από τους περιοδικούς ελέγχους ιατρού εργασίας
των ετών 2021-2024 και των αποδεκτών στους οποίους κοινοποιήθηκαν.

Με εκτίμηση,
Λαμπρινή Γεωργίου"""),
("el", "b122-gl-wrario-dekapentavgoustos", "Maria Lykou <maria.lykou@example.gr>", "wrario", "general", "",
"""Kalhmera! To diagnwstiko kentro sto Peristeri 8a einai anoixto ton
Dekapentavgousto h thn Paraskevh meta? 8elw na kanw tis eksetaseis
aimatos kai eimai mono tote adeia.
Eyxaristw, Maria"""),
("el", "b122-zaketa-xamenh-iatreio", "Ολγα Μπεκιαρη <olga.bekiari@example.gr>", "Ξεχασμενη ζακετα", "general", "",
"""Καλημερα,

την Τριτη το απογευμα ημουν για καθαρισμο στο οδοντιατρειο σας στην
Αγια Παρασκευη και ξεχασα μια γκρι πλεκτη ζακετα στην κρεμαστρα της
αιθουσας αναμονης. Μηπως τη βρηκατε; Θα περασω να την παρω.

Ολγα"""),
("el", "b122-agenis-ypallilos-diefthyntis", "Μιχάλης Τσιρίγος <michalis.tsirigos@example.gr>", "Συμπεριφορά υπαλλήλου στη ρεσεψιόν", "general", "high",
"""Καλησπέρα,

Σήμερα το πρωί στο πολυϊατρείο σας στη Νέα Σμύρνη η υπάλληλος της
υποδοχής μίλησε στην 80χρονη μητέρα μου με απαράδεκτο τρόπο μπροστά σε
όλη την αίθουσα αναμονής, επειδή δεν κατάλαβε αμέσως πώς να σκανάρει την
κάρτα της. Της είπε «αν δεν ξέρετε, να έρχεστε με συνοδό».

Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του πολυϊατρείου. Δεν
δέχομαι άλλη απάντηση από το γενικό email.

Μιχάλης Τσιρίγος
6932 000 871"""),
("el", "b122-spasmeno-tzami-paidiki-gonia", "Αγγελική Ρουσάκη <aggeliki.rousaki@example.gr>", "Παιδική γωνιά", "general", "high",
"""Καλημέρα σας,

Χθες στο οδοντιατρικό κέντρο σας στο Ηράκλειο, στην παιδική γωνιά της
αίθουσας αναμονής, το τζάμι από το χαμηλό τραπεζάκι ήταν ραγισμένο και
μια γωνία του είχε σπάσει. Υπήρχαν μικρά κομμάτια γυαλί στο χαλάκι όπου
έπαιζαν τα παιδιά. Τράβηξα την κόρη μου από εκεί και το είπα στη
ρεσεψιόν, αλλά όταν φύγαμε ήταν ακόμα έτσι.

Παρακαλώ να απομακρυνθεί πριν κοπεί κάποιο παιδί.

Αγγελική Ρουσάκη"""),
("el", "b122-gl-periodikes-ti-na-fero", "Kostas Dim <kostas.dim@example.gr>", "Erwthsh", "general", "",
"""Geia sas, prwth fora 8a kanw periodikes eksetaseis me ton iatro
ergasias sth douleia. Prepei na eimai nhsths? Na ferw palies eksetaseis
h to vivliario? Kai poso diarkei peripou?
Kwstas"""),
("el", "b122-xorigia-tournoua-mpasket", "Α.Σ. Μεσσηνιακός <info@messiniakos-as.example>", "Χορηγία τουρνουά", "general", "",
"""Αξιότιμοι κύριοι,

Ο Αθλητικός Σύλλογος Μεσσηνιακός διοργανώνει τον Ιούλιο στην Καλαμάτα
καλοκαιρινό τουρνουά μπάσκετ για παιδιά 10-14 ετών, με 16 ομάδες από
όλη την Πελοπόννησο. Θα θέλατε να στηρίξετε τη διοργάνωση ως χορηγός;
Μπορούμε να σας στείλουμε τις επιλογές προβολής.

Με εκτίμηση,
Γιάννης Κουρής
Γενικός Γραμματέας"""),
("el", "b122-webinar-psyxiki-ygeia-syzygoi", "Ζωή Καλαμαρά <zoi.kalamara@example.gr>", "Webinar Ιουνίου", "general", "",
"""Καλησπέρα,

Είδαμε στην εφαρμογή ότι στις 18 Ιουνίου κάνετε διαδικτυακό σεμινάριο
για τη διαχείριση του άγχους. Μπορούν να το παρακολουθήσουν και οι
σύζυγοι των εργαζομένων μας; Και θα είναι διαθέσιμη μαγνητοσκόπηση για
όσους δουλεύουν βάρδια εκείνη την ώρα;

Ζωή Καλαμαρά
Ανθρώπινο Δυναμικό"""),
("el", "b122-gl-kaigomai-glyfada-savvato", "Irini Sp. <irini.sp@example.gr>", "kaigomai na ma8w", "general", "",
"""Kalhmera! Kaigomai na ma8w an anoigei telika to kainourio
odontiatreio sas sth Glyfada kai an 8a exei rantevou kai Savvato prwi.
To Marousi mou pesei polu makria pleon. Pote peripou?"""),
("el", "b122-lathos-apotelesmata-allou-apdpx", "Θεόδωρος Μαυρομάτης <th.mavromatis@example.gr>", "Μου στείλατε εξετάσεις άλλου ασφαλισμένου", "general", "high",
"""Κύριοι,

Σήμερα έλαβα στο email μου από το διαγνωστικό σας τμήμα αρχείο με
αποτελέσματα αιματολογικών εξετάσεων που δεν είναι δικά μου, αλλά μιας
κυρίας με πλήρες όνομα, ΑΜΚΑ και διεύθυνση. Φαντάζομαι ότι κάποιος
άλλος έχει λάβει τα δικά μου, τα οποία ακόμα περιμένω.

Ζητώ να μου πείτε γραπτώς πού στάλθηκαν οι δικές μου εξετάσεις. Το
περιστατικό το αναφέρω ήδη στην Αρχή Προστασίας Δεδομένων Προσωπικού
Χαρακτήρα. Το αρχείο της κυρίας το έχω διαγράψει.

Θεόδωρος Μαυρομάτης"""),
# ---------------- Spanish ----------------
("es", "b122-plantillas-reembolso-en-revision", "Nuria Ferrer <nuria.ferrer@example.es>", "Solicitud 88213", "billing", "",
"""Hola,

El 2 de abril subí por la app la factura de unas plantillas ortopédicas
(180 €) con la prescripción del traumatólogo. Han pasado seis semanas y
la solicitud sigue «En revisión». Mi póliza de reembolso cubre el 80 %
de ortopedia. ¿Me podéis decir si falta algún papel o cuándo me lo vais
a ingresar?

Gracias,
Nuria Ferrer
N.º de asegurada 7730-1182"""),
("es", "b122-divorcio-quitar-esposo-poliza", "Alejandra Ríos <alejandra.rios@example.com.mx>", "Modificación de póliza familiar", "billing", "",
"""Buenas tardes,

Mi exesposo y yo firmamos el divorcio el mes pasado. Él estaba como
dependiente en mi póliza familiar de gastos médicos y ya tiene seguro
por su trabajo. Les pido que lo den de baja de mi póliza y que me digan
cuánto quedaría la prima para mí y mis dos hijos. Actualmente pago
$3,480 al mes.

Atentamente,
Alejandra Ríos"""),
("es", "b122-prepaga-aumento-bajar-plan", "Martín Ferreyra <martin.ferreyra@example.com.ar>", "aumento de cuota", "billing", "",
"""Hola, buenas.

Me llegó la factura de junio y la cuota del plan familiar pasó de
$186.400 a $214.900. Entiendo que todo aumenta pero así no llegamos.
¿Qué plan más barato tienen que mantenga la cobertura de ortodoncia para
mi hija? Está a mitad de tratamiento y no quiero que se corte.

Gracias,
Martín"""),
("es", "b122-erasmus-pausar-seguro-dental", "Lucia Navarro <lucia.navarro@example.es>", "Erasmus", "billing", "",
"""Hola, me voy de Erasmus a Bolonia de septiembre a junio y alli tendre
la tarjeta sanitaria europea. Se puede dejar en pausa el seguro dental
esos meses para no pagar los 11,90 al mes y volver a activarlo cuando
vuelva? O tengo que darme de baja y luego hacerme otro?
Gracias!
Lucia"""),
("es", "b122-rv-cotizacion-plan-corporativo", "Natalia Cárdenas <natalia.cardenas@andina-logistica.example>", "RV: Cotización plan corporativo", "billing", "",
"""Buenos días,

Les reenvío la cotización que nos hicieron en marzo. Ahora seríamos 80
empleados en vez de 55 y la gerencia quiere saber si hay un descuento
por volumen y si el valor por persona se puede congelar por dos años.
Quedo atenta.

Cordialmente,
Natalia Cárdenas
Gestión Humana, Andina Logística S.A.S.

De: Asesor Corporativo <corporativo@example-prepagada.com.co>
Enviado: martes, 12 de marzo
Asunto: Cotización plan corporativo

Estimada Natalia: adjuntamos la cotización del plan corporativo de
medicina prepagada para 55 colaboradores, por un valor mensual de
$289.000 por persona. Quedamos atentos."""),
("es", "b122-consulta-transferencia-no-pac", "Francisca Soto <francisca.soto@example.cl>", "Consulta", "billing", "",
"""Hola, quería saber si puedo pagar el plan dental por transferencia
cada mes en vez de PAC. Cambié de banco y no quiero volver a firmar el
mandato. El plan es de $18.990 mensuales.
Saludos, Francisca"""),
("es", "b122-copago-psicologo-de-mas", "Iker Etxeberria <iker.etxeberria@example.es>", "Copago psicología", "billing", "",
"""Buenas,

Llevo cinco sesiones con la psicóloga de vuestro cuadro médico en Bilbao
y en cada recibo me estáis cobrando 15 € de copago, pero en las
condiciones de mi póliza pone 10 € por sesión de psicología. Son 25 € de
diferencia hasta ahora. ¿Me los podéis devolver y corregirlo para las
próximas?

Iker"""),
("es", "b122-cobro-tras-cancelar-contracargo", "Verónica Salinas <veronica.salinas@example.com.mx>", "COBRO INDEBIDO", "billing", "high",
"""Buenas tardes.

Cancelé mi póliza de gastos médicos mayores el 15 de marzo por teléfono
(folio de cancelación CAN-88231) porque mi nueva empresa ya me da seguro.
Aun así me cobraron $2,870 en abril y otros $2,870 en mayo a mi tarjeta
de crédito.

Ya llamé tres veces. Si en cinco días hábiles no veo el reembolso de los
$5,740 voy a levantar un contracargo con mi banco y presentar queja ante
la CONDUSEF.

Verónica Salinas"""),
("es", "b122-denegacion-factura-operacion-dgsfp", "José Manuel Ortega <jm.ortega@example.es>", "Reclamación - denegación de reembolso", "billing", "high",
"""Muy señores míos:

El pasado 9 de febrero me operaron de una hernia inguinal en una
clínica de Sevilla fuera de su cuadro médico, como permite mi póliza de
reembolso. Presenté la factura de 4.180 € y me comunican que deniegan el
reembolso por no haber solicitado autorización previa. La póliza no
exige autorización previa para la modalidad de reembolso, según las
condiciones generales que les adjunto (art. 7.2).

He presentado ya queja ante su Servicio de Atención al Cliente sin
respuesta. Si no abonan el importe en un plazo de quince días, acudiré a
la Dirección General de Seguros y pondré el asunto en manos de mi
abogado.

Atentamente,
José Manuel Ortega Ruiz
Póliza n.º 3301-774520"""),
("es", "b122-recargo-mora-supervisor", "Carla Benítez <carla.benitez@example.com.ar>", "Recargo por mora - quiero hablar con un supervisor", "billing", "high",
"""Hola.

En abril el débito automático de la cuota no se hizo porque ustedes
cambiaron de banco recaudador, eso me lo confirmaron por teléfono. Pagué
a mano apenas me avisaron y ahora en la factura de mayo me aparece un
recargo por mora de $14.600. No me atrasé yo, se atrasaron ustedes.

Ya hice dos reclamos y me contestan con el mismo texto. Quiero que me
llame un supervisor o alguien de gerencia. Mi celular es 11 5000-4421.

Carla Benítez"""),
("es", "b122-re-recibo-factura-autonomo", "Rocío Delgado <rocio.delgado@example.es>", "Re: Su recibo de junio", "billing", "",
"""Hola, soy autónoma y mi gestor me pide factura con mi NIF en vez del
recibo, para poder desgravar el seguro. ¿Me podéis emitir facturas de
enero a junio con el NIF 00000000T?

Un saludo,
Rocío Delgado

El 03/06, Recibos <recibos@example-salud.es> escribió:
> Estimada asegurada:
> Le informamos de que se ha emitido su recibo de junio por importe de
> 64,20 €, que será cargado en su cuenta en los próximos días.
> Atentamente, Departamento de Administración"""),
("es", "b122-me-jubilo-poliza-colectiva", "Ramón Castaño <ramon.castano@example.es>", "Jubilación", "billing", "",
"""Buenos días:

Después de 38 años en la empresa, el 30 de junio me jubilo y dejo de
estar en la póliza colectiva de salud que tenemos con ustedes a través
de Transportes Oliva. Me gustaría seguir asegurado, y mi mujer también,
con una póliza individual. ¿Cuánto nos costaría a los dos y hay que
volver a rellenar el cuestionario de salud?

Un saludo,
Ramón Castaño"""),
("es", "b122-hola-pagar-con-yape", "Diego Huamán <diego.huaman@example.pe>", "Hola", "billing", "",
"""Hola que tal, quisiera saber si la cuota del seguro oncológico (S/ 39
al mes) la puedo pagar con Yape o Plin, porque no tengo tarjeta de
crédito. Si no, ¿se puede pagar en agente?
Gracias"""),
("es", "b122-no-facturacion-app-se-cierra", "Sergio Muñoz <sergio.munoz@example.es>", "La app", "technical", "",
"""Hola,

No es un tema de facturación ni de dinero, lo aclaro porque el chat me
manda siempre a Administración. El problema es que la app se cierra
sola cada vez que intento adjuntar la foto de la factura del
fisioterapeuta. Llega al 80 % de la subida y se cierra. Tengo un Pixel 7
y la app actualizada.

Sergio"""),
("es", "b122-meditacion-se-corta-no-devolucion", "Ximena Lozano <ximena.lozano@example.com.mx>", "Las meditaciones se cortan", "technical", "",
"""Hola,

Tengo la versión premium de la app de bienestar y me encanta, no estoy
pidiendo que me devuelvan nada. El problema es que las meditaciones
guiadas se cortan en cuanto se bloquea la pantalla del celular, y en la
noche es justo cuando las uso. Antes seguían sonando. iPhone 13, ya
reinstalé la app.

Ximena"""),
("es", "b122-app-en-ingles", "Gustavo Pereyra <gustavo.pereyra@example.com.ar>", "app en ingles", "technical", "",
"""Hola, despues de la ultima actualizacion la app me quedo toda en
ingles y no encuentro donde cambiar el idioma. El celular esta en
español. Mi viejo usa la misma app y no entiende nada. Como se arregla?
Gustavo"""),
("es", "b122-orden-medica-pdf-no-valido", "Luisa Fernanda Gómez <luisafer.gomez@example.com.co>", "No puedo subir la orden", "technical", "",
"""Buenas tardes,

Estoy tratando de subir la orden médica para autorizar una resonancia y
el portal me dice «Formato de archivo no válido». Es un PDF que me
mandó el especialista por correo, pesa 600 KB. También lo intenté como
foto en JPG y sale lo mismo. ¿Hay otra forma de enviarla?

Muchas gracias,
Luisa Fernanda Gómez"""),
("es", "b122-re-chat-medico-pantalla-blanca", "Pablo Serrano <pablo.serrano@example.es>", "Re: Incidencia 55871 - chat médico", "technical", "",
"""Hecho todo lo que decís: he borrado la app, la he vuelto a instalar y
he iniciado sesión. El chat médico 24 h sigue abriéndose en blanco, sin
el botón de escribir. Lo necesitaba ayer para preguntar por la fiebre
del crío y al final llamé al teléfono.

Pablo

El lun, 13 may, Atención al Asegurado escribió:
> Hola, Pablo:
> Te recomendamos desinstalar la aplicación, volver a instalarla desde la
> tienda y acceder de nuevo con tu usuario.
> Un saludo."""),
("es", "b122-certificado-aptitud-404", "Tomás Araya <tomas.araya@example.cl>", "Certificado", "technical", "",
"""Hola,

Me hice el examen preocupacional la semana pasada y me llegó el correo
con el enlace para descargar el certificado de aptitud, pero al abrirlo
sale "Error 404 - página no encontrada". La empresa me lo pide para el
lunes. ¿Me lo pueden mandar por otra vía?

Tomás Araya"""),
("es", "b122-fisio-agenda-vacia-integracion", "Centro Fisio Levante <recepcion@fisiolevante.example>", "Citas de sus asegurados", "technical", "high",
"""Buenos días:

Desde esta mañana la agenda que recibimos de su plataforma de citas
está vacía, pero los pacientes siguen llegando con su cita confirmada
en la app. No podemos ver quién tiene sesión ni con qué autorización,
así que tenemos a cuatro fisioterapeutas parados y la sala de espera
llena de gente enfadada. Ya hemos tenido que mandar a casa a nueve
personas.

Llamadnos en cuanto sepáis algo al 963 000 418.

Marta Llorens
Gerente, Centro Fisio Levante (Valencia)"""),
("es", "b122-examenes-ingreso-planta-parada", "Recursos Humanos <rh@metalicos-bajio.example>", "Plataforma de exámenes médicos", "technical", "high",
"""Buen día,

Desde ayer en la tarde la plataforma de exámenes médicos de ingreso no
carga, solo sale una pantalla en blanco. Hoy tenemos 46 personas nuevas
que deben pasar el examen antes de entrar a la línea y el turno de la
tarde no puede arrancar sin ellos. Nuestro cliente audita esto, no
podemos dejarlos entrar sin el dictamen.

Favor de llamarme al 477 555 0190.

Lic. Gabriela Medina
Recursos Humanos, Metálicos del Bajío"""),
("es", "b122-almohadilla-termica-chamusco", "Elena Campos <elena.campos@example.es>", "La almohadilla del kit de espalda", "technical", "high",
"""Hola:

En el programa de cuidado de espalda de la empresa nos disteis un kit
con una almohadilla térmica eléctrica. Ayer la tenía puesta en el sofá,
en la posición 2, y al cabo de media hora empezó a oler a quemado. Al
levantarla, la funda del sofá tenía una mancha marrón chamuscada y el
cable estaba muy caliente cerca del mando.

La he desenchufado y no la voy a volver a usar. Os lo cuento con calma,
pero en la oficina tenemos unas cuarenta iguales.

Elena Campos"""),
("es", "b122-concentrador-oxigeno-papa", "Florencia Acosta <florencia.acosta@example.com.ar>", "URGENTE concentrador de oxigeno", "technical", "high",
"""Por favor necesito que alguien venga hoy.

Mi papá tiene EPOC y el concentrador de oxígeno que le pusieron por la
internación domiciliaria de la prepaga empezó a pitar y dejó de sacar
aire hace una hora. La luz roja está fija. Le pusimos el tubo de
reserva pero según el técnico que lo instaló dura unas pocas horas.

El 0800 da ocupado. Mi cel: 11 6000-3387. Dirección: Av. Rivadavia
5120, 3° B, Caballito.

Florencia Acosta"""),
("es", "b122-buscador-cuadro-medico-zaragoza", "Manuel Pizarro <manuel.pizarro@example.es>", "Buscador", "technical", "",
"""Buenas, en la web y en la app el buscador del cuadro medico no me
saca ningun dentista en Zaragoza, pone "0 resultados", cuando la semana
pasada salian un monton. Con otras ciudades pasa lo mismo. Gracias"""),
("es", "b122-calendario-citas-cargando", "Jorge Villarreal <jorge.villarreal@example.com.mx>", "no puedo agendar", "technical", "",
"""que tal, quiero agendar cita con el dentista de la red y cuando escojo
la clinica el calendario se queda cargando y nunca salen los horarios.
ya lo intente en la app y en la pagina. uso un motorola con android 13."""),
("es", "b122-app-pide-actualizar", "Concepción Martín <concha.martin@example.es>", "No puedo abrir la aplicación", "technical", "",
"""Buenas tardes:

Desde hace unos días, al abrir la aplicación me sale un aviso de que
debo actualizarla, pero en la tienda de aplicaciones no aparece ninguna
actualización, solo el botón «Abrir». Y así estoy, dando vueltas. Mi
nieta lo ha intentado también y nada. Tengo un teléfono Samsung de hace
unos años.

Muchas gracias,
Concepción Martín"""),
("es", "b122-huella-no-funciona", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Ingreso con huella", "technical", "",
"""Buenos días, desde la actualización de la semana pasada la app de
medicina prepagada ya no me deja entrar con la huella, siempre dice
"Biometría no disponible" y tengo que escribir la clave. En el banco la
huella me funciona normal. ¿Es un error de ustedes?
Camilo Restrepo"""),
("es", "b122-gracias-enfermera-unidad-movil", "Pilar Gutiérrez <pilar.gutierrez@example.es>", "Agradecimiento", "general", "",
"""Buenos días:

Quería dar las gracias a la enfermera de la unidad móvil que vino el
martes a hacer los reconocimientos a nuestra nave de Valladolid. A un
compañero le dio una bajada de tensión con la analítica y se desmayó, y
ella lo llevó todo con una tranquilidad que nos calmó a todos. Luego se
quedó con él hasta que se encontró bien.

Os agradecería que se lo hicierais llegar.

Un saludo,
Pilar Gutiérrez"""),
("es", "b122-gracias-programa-dejar-fumar", "Raúl Medina <raul.medina@example.com.mx>", "100 días", "general", "",
"""Hola, nada más quería contarles que hoy cumplo 100 días sin fumar
gracias al programa de la app. Fumé 20 años. Las sesiones con el coach
los jueves me salvaron más de una vez. Muchas gracias a todo el equipo.
Raúl"""),
("es", "b122-cambio-domicilio-mx", "Rebeca Aguilar <rebeca.aguilar@example.com.mx>", "Cambio de domicilio", "general", "",
"""Buenas tardes,

Me cambié de domicilio y quiero actualizarlo en mi póliza GMM-2204198.
La nueva dirección es:

Calle Hidalgo 214, int. 3
Col. Centro
76000 Querétaro, Qro.

Lo demás sigue igual. Gracias.

Rebeca Aguilar"""),
("es", "b122-derecho-acceso-rgpd", "Íñigo Larrañaga <inigo.larranaga@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""A la atención del Delegado de Protección de Datos:

Al amparo del artículo 15 del RGPD, solicito copia de todos los datos
personales que traten sobre mí, incluidos los resultados de los
reconocimientos médicos realizados por su servicio de prevención ajeno
en 2022 y 2023, así como la información que se haya comunicado a mi
empresa sobre mi aptitud.

DNI: 00000000T

Atentamente,
Íñigo Larrañaga"""),
("es", "b122-horario-fiestas-patrias", "Valentina Muñoz <valentina.munoz@example.cl>", "horario", "general", "",
"""hola, el centro medico de Ñuñoa va a atender el 19 o el 20 de
septiembre? necesito llevar a mi hijo al dentista y es la unica semana
que tengo libre. gracias"""),
("es", "b122-peluche-consulta-pediatra", "Antonia Bravo <antonia.bravo@example.es>", "Conejo de peluche", "general", "",
"""Hola,

Ayer por la tarde estuvimos en la consulta de la pediatra de vuestro
centro de Getafe y mi hija se dejó allí su conejo de peluche, uno gris
con una oreja cosida. No duerme sin él, así que si alguien lo ha visto
me haríais muy feliz. Puedo pasar a recogerlo cuando me digáis.

Gracias,
Antonia"""),
("es", "b122-medico-burla-peso-responsable", "Eduardo Pascual <eduardo.pascual@example.es>", "Reconocimiento médico del día 14", "general", "high",
"""Buenas tardes:

En el reconocimiento médico de empresa del día 14 en su centro de
Alicante, el médico hizo comentarios sobre mi peso delante de la
enfermera con tono de burla («a ver si aguanta la báscula») y se rió
cuando le conté que estoy en tratamiento. Salí de allí fatal.

Exijo que se ponga en contacto conmigo el responsable del centro o el
director médico. No quiero una respuesta genérica de este buzón.

Eduardo Pascual
Tel. 600 000 712"""),
("es", "b122-piso-mojado-abuela-resbalo", "Mariana Cortés <mariana.cortes@example.com.mx>", "Piso mojado en la clínica", "general", "high",
"""Buenas tardes,

Hoy en la mañana, en su clínica de Coyoacán, estaban trapeando la
entrada y no había ningún letrero de piso mojado. Mi abuela de 79 años
se resbaló y si no la agarra un señor se cae de espaldas. Le pregunté a
la de limpieza y me dijo que "siempre trapean a esa hora".

Es cuestión de tiempo para que alguien se rompa la cadera. Por favor
pongan señalización y cambien el horario de limpieza.

Mariana Cortés"""),
("es", "b122-reconocimiento-obligatorio", "Juliana Ospina <juliana.ospina@example.es>", "¿Es obligatorio?", "general", "",
"""Buenas tardes,

Me han citado para el reconocimiento médico anual de la empresa. ¿Es
obligatorio o puedo renunciar? Trabajo en oficina. Y si lo hago, ¿tengo
que firmar algo?

Gracias,
Juliana"""),
("es", "b122-patrocinio-futbol-sala-femenino", "CD Las Palmeras <cdlaspalmeras@example.es>", "Patrocinio equipo femenino", "general", "",
"""Buenos días:

Somos el equipo de fútbol sala femenino del CD Las Palmeras, de Elche.
Este año hemos subido a Segunda División y necesitamos ayuda para los
desplazamientos. Nos encantaría llevar vuestro logo en las camisetas.
¿Con quién podemos hablar de patrocinio?

Un saludo,
Laura Pastor
Delegada del equipo"""),
("es", "b122-taller-rcp-padres", "Sofía Romero <sofia.romero@example.com.ar>", "Taller de RCP", "general", "",
"""Hola, ¿cómo están?

Vi en el newsletter que hacen un taller de RCP y primeros auxilios para
padres en la sede de Rosario el 24 de agosto. ¿Hay que anotarse antes?
¿Puedo ir con mi marido y con la beba de 8 meses?

Saludos,
Sofía"""),
("es", "b122-me-muero-de-ganas-clinica-alcala", "Adrián Cano <adrian.cano@example.es>", "¡¡Me muero de ganas!!", "general", "",
"""¿Es verdad que vais a abrir clínica dental en Alcalá de Henares? Me
muero de ganas, la de Torrejón me pilla a matar con el trabajo 😂
¿Sabéis ya la fecha?"""),
("es", "b122-publicidad-terceros-aepd", "Beatriz Soler <beatriz.soler@example.es>", "Uso de mis datos para publicidad", "general", "high",
"""Muy señores míos:

Desde que contraté su seguro de salud recibo llamadas y correos de una
correduría «asociada» ofreciéndome seguros de hogar y de coche. Nunca
di mi consentimiento para ceder mis datos. El 2 de abril les pedí por
escrito que dejaran de hacerlo y siguen llamándome.

Solicito que me indiquen a quién han cedido mis datos y que cesen de
inmediato. Les informo de que he presentado reclamación ante la Agencia
Española de Protección de Datos.

Beatriz Soler"""),
# ---------------- Polish ----------------
("pl", "b122-doplata-partner-potracenie", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Dopłata za partnera", "billing", "",
"""Dzień dobry,

od marca mam dopisanego partnera do pakietu medycznego z pracy. W
umowie, którą podpisywałam, dopłata za partnera to 69 zł miesięcznie,
a pracodawca potrąca mi z pensji 89 zł, bo - jak mówi kadrowa - taką
kwotę od Państwa dostaje na liście. Która kwota jest prawidłowa? Jeśli
69 zł, proszę o korektę i zwrot różnicy za trzy miesiące.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b122-stomatologia-kanalowe-polowa", "Tomasz Kubiak <tomasz.kubiak@example.pl>", "Wypłata za leczenie kanałowe", "billing", "",
"""Dzień dobry,

w kwietniu miałem leczenie kanałowe trzonowca w prywatnym gabinecie w
Lublinie, zapłaciłem 1 400 zł. Zgodnie z OWU ubezpieczenia
stomatologicznego przysługuje mi zwrot do 600 zł za ząb, a przelaliście
300 zł bez żadnego uzasadnienia. Proszę o wyjaśnienie i dopłatę.

Tomasz Kubiak
Nr polisy ST/2023/118840"""),
("pl", "b122-przeprowadzka-bergen-abonament", "Justyna Lis <justyna.lis@example.pl>", "Od lipca Bergen", "billing", "",
"""Hej,

od lipca mieszkamy z mężem na stałe w Bergen, więc z przychodni w
Gdańsku już raczej nie skorzystamy :) Co trzeba zrobić, żeby abonament
nie odnawiał się po czerwcu? Płacimy kartą co miesiąc 249 zł za nas
dwoje.

Justyna"""),
("pl", "b122-karta-sportowa-macierzynski", "Karolina Nowicka <karolina.nowicka@example.pl>", "Karta sportowa a urlop macierzyński", "billing", "",
"""Dzień dobry,

od 1 czerwca idę na urlop macierzyński, a potem rodzicielski, łącznie
mniej więcej rok. Przez ten czas raczej nie będę chodzić na basen ani
siłownię. Czy mogę zawiesić kartę sportową, żeby nie potrącano mi
59 zł z wynagrodzenia, i czy potem wrócę na tych samych warunkach?

Karolina Nowicka"""),
("pl", "b122-pd-faktura-medycyna-pracy-42", "Kadry i Płace <kadry@hurtownia-wisla.example>", "PD: Faktura FV/2024/05/311", "billing", "",
"""Dzień dobry,

przesyłam poniżej wiadomość od kierownika magazynu. Na fakturze za
badania medycyny pracy za maj jest 42 pracowników, a u Państwa w
przychodni było 38 - czterech się nie stawiło i przełożyło badania na
czerwiec. Prosimy o korektę faktury.

Pozdrawiam
Ewelina Sobczak
Kadry i Płace, Hurtownia Wisła sp. z o.o.

Od: Marek Głowacki
Wysłano: poniedziałek, 3 czerwca 2024 08:12
Do: Kadry i Płace
Temat: badania maj

Ewelina, z listy na badania nie pojechali Kozłowski, Baran, Duda i
Pietrzak. Reszta ma orzeczenia."""),
("pl", "b122-pytanie-raty-abonament-roczny", "Stanisław Górecki <s.gorecki@example.pl>", "Pytanie", "billing", "",
"""Witam, czy roczny abonament rodzinny (2 988 zł) można opłacić w
ratach, np. kwartalnie, czy tylko jednorazowo albo co miesiąc? Przy
płatności z góry za rok jest jakiś rabat?
Pozdrawiam, S. Górecki"""),
("pl", "b122-bon-okulary-optyk-odmowil", "Łukasz Pawlak <lukasz.pawlak@example.pl>", "Bon na okulary", "billing", "",
"""Dzień dobry,

po badaniu wzroku, które robiliście u nas w biurze w Katowicach,
dostałem bon na 250 zł na okulary do pracy przy komputerze. Salon
optyczny z Waszej listy przy ul. Mariackiej nie chciał go przyjąć, bo
"nie mają takiej umowy". Zapłaciłem więc za okulary sam, 420 zł. Jak
mogę odzyskać te 250 zł?

Łukasz Pawlak"""),
("pl", "b122-premium-anulowane-chargeback", "Bartosz Zieliński <bartosz.zielinski@example.pl>", "Pobrania po anulowaniu", "billing", "high",
"""Dzień dobry,

anulowałem pakiet Premium w aplikacji 28 lutego (mam maila z
potwierdzeniem anulowania). Mimo to pobraliście z karty 49,99 zł w
marcu i 49,99 zł w kwietniu. Dwa razy pisałem na czacie, za każdym
razem "zgłoszenie przekazane dalej".

Jeżeli do końca tygodnia nie dostanę zwrotu 99,98 zł, składam w banku
reklamację transakcji (chargeback) i niech bank to odzyska.

Bartosz Zieliński"""),
("pl", "b122-odmowa-zacma-rzecznik-finansowy", "Halina Szymańska <halina.szymanska@example.pl>", "Odmowa wypłaty świadczenia", "billing", "high",
"""Szanowni Państwo,

w styczniu przeszłam w prywatnej klinice w Krakowie operację zaćmy oka
prawego, koszt 4 900 zł. Odmówiliście zwrotu kosztów, powołując się na
wyłączenie dla "chorób przewlekłych istniejących przed zawarciem
umowy". Zaćma została rozpoznana w sierpniu 2023 r., a polisę mam od
2019 r., co potwierdza dokumentacja, którą załączam po raz drugi.

Na moją reklamację z 4 kwietnia otrzymałam odpowiedź powtarzającą
decyzję. Jeżeli świadczenie nie zostanie wypłacone w ciągu 14 dni,
złożę wniosek do Rzecznika Finansowego i skieruję sprawę do sądu.

Z poważaniem
Halina Szymańska
Nr polisy ZD-0447129"""),
("pl", "b122-kara-wypowiedzenie-kierownik", "Rafał Jabłoński <rafal.jablonski@example.pl>", "Opłata za wypowiedzenie - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

wypowiedziałem abonament medyczny z zachowaniem miesięcznego okresu
wypowiedzenia, tak jak jest w regulaminie. Teraz dostałem wezwanie do
zapłaty 480 zł "opłaty za wcześniejsze rozwiązanie umowy". Nigdzie w
mojej umowie nie ma takiej opłaty, a konsultant na infolinii nie umiał
mi wskazać, z czego ona wynika.

Nie chcę kolejnego numeru zgłoszenia. Proszę, żeby skontaktował się ze
mną kierownik działu obsługi klienta: 600 000 914.

Rafał Jabłoński"""),
("pl", "b122-re-zmiana-pakietu-stara-cena", "Monika Kaczmarek <monika.kaczmarek@example.pl>", "Re: Potwierdzenie zmiany pakietu", "billing", "",
"""Dzień dobry,

dziękuję za potwierdzenie, ale w czerwcu nadal pobrano 189 zł, czyli
cenę pakietu Komfort, a od czerwca miałam już mieć Optimum za 139 zł.
Proszę o zwrot 50 zł i sprawdzenie, czy od lipca będzie dobrze.

Monika Kaczmarek

> Szanowna Pani,
> potwierdzamy zmianę pakietu z Komfort na Optimum od 1 czerwca 2024 r.
> Nowa opłata miesięczna wynosi 139 zł.
> Z poważaniem
> Biuro Obsługi Klienta"""),
("pl", "b122-nowa-praca-stomatologia-rok-z-gory", "Piotr Wasilewski <piotr.wasilewski@example.pl>", "Zmiana pracy", "billing", "",
"""Dzien dobry,
od lipca zaczynam nowa prace i nowy pracodawca daje pakiet z
stomatologia, wiec moje prywatne ubezpieczenie stomatologiczne traci
sens. Zaplacilem je z gory za caly rok w styczniu (720 zl). Czy
dostane zwrot za miesiace od lipca do grudnia jesli zrezygnuje?
Piotr"""),
("pl", "b122-dzien-dobry-rabat-nie-naliczony", "Ewa Michalska <ewa.michalska@example.pl>", "Dzień dobry", "billing", "",
"""Dzień dobry,

w newsletterze był kod -20% na pakiet rodzinny. Wpisałam go przy
zakupie, pojawił się komunikat "kod przyjęty", ale z karty zeszło pełne
1 188 zł zamiast 950,40 zł. Proszę o zwrot różnicy.

Ewa Michalska"""),
("pl", "b122-nie-platnosci-skierowania-nie-widac", "Grzegorz Krawczyk <grzegorz.krawczyk@example.pl>", "Skierowania w aplikacji", "technical", "",
"""Dzień dobry,

od razu zaznaczę, że nie chodzi o płatności ani o abonament, wszystko
jest opłacone. Po e-wizycie lekarz powiedział, że wystawił mi
skierowanie na USG i morfologię, ale w aplikacji w zakładce
"Skierowania" nic nie ma, również po wylogowaniu i ponownym
zalogowaniu. Bez tego nie mogę zapisać się na badania.

Grzegorz Krawczyk"""),
("pl", "b122-cwiczenia-kregoslup-nie-chce-zwrotu", "Beata Ostrowska <beata.ostrowska@example.pl>", "Filmy z ćwiczeniami", "technical", "",
"""Dzień dobry,

korzystam z programu ćwiczeń na kręgosłup w Waszej aplikacji i bardzo
mi pomaga - nie chcę rezygnować ani żadnego zwrotu. Od weekendu filmy
z ćwiczeniami się nie ładują, kręci się kółko, a potem "Błąd
odtwarzania". Inne filmy w internecie działają normalnie. Telefon
Samsung A54.

Beata"""),
("pl", "b122-profil-zaufany-petla", "Jerzy Adamczyk <jerzy.adamczyk@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry. Przy logowaniu do portalu pacjenta wybieram Profil
Zaufany, loguję się w banku, a potem wracam na Waszą stronę logowania i
tak w kółko. Próbowałem w Chrome i Firefoksie, również w trybie
prywatnym.
J. Adamczyk"""),
("pl", "b122-teleporada-kod-recepty-nie-przyszedl", "Natalia Baran <natalia.baran@example.pl>", "e-recepta", "technical", "",
"""Hej, wczoraj miałam teleporadę, lekarka wystawiła e-receptę na krople
do oczu, ale SMS z kodem nie przyszedł, a w aplikacji w zakładce
Recepty jest pusto. Numer telefonu w profilu się zgadza. Nie pali się,
kropli mam jeszcze na tydzień, ale chciałabym to ogarnąć.
Natalia"""),
("pl", "b122-re-brak-terminow-okresowe", "Damian Sikora <damian.sikora@example.pl>", "Re: Zgłoszenie 44120 - rezerwacja badań okresowych", "technical", "",
"""Zrobiłem to, co Państwo radzili - wyczyściłem pamięć przeglądarki i
spróbowałem na telefonie. Dalej przy każdej placówce w Łodzi kalendarz
pokazuje "Brak wolnych terminów", a jak dzwonię na infolinię, to słyszę,
że terminy na przyszły tydzień są. Orzeczenie kończy mi się 30 czerwca.

Damian Sikora

W dniu 10.06.2024 o 14:22 Obsługa Klienta pisze:
> Dzień dobry,
> prosimy o wyczyszczenie pamięci podręcznej przeglądarki lub
> skorzystanie z aplikacji mobilnej.
> Pozdrawiamy"""),
("pl", "b122-kalendarz-godzina-przesunieta", "Iwona Czarnecka <iwona.czarnecka@example.pl>", "Zła godzina wizyty", "technical", "",
"""Dzień dobry,

w aplikacji moja wizyta u dermatologa pokazuje się na 15:00, a w SMS-ie
z przychodni jest 14:00. Sprawdziłam dwie inne wizyty i też wszystkie
są przesunięte o godzinę do przodu. Zaczęło się chyba od zmiany czasu.
Prawie się spóźniłam.

Iwona"""),
("pl", "b122-klub-fitness-czytniki-kart", "Recepcja FitZone Rzeszów <recepcja@fitzone-rzeszow.example>", "Czytniki kart nie działają", "technical", "high",
"""Dzień dobry,

od otwarcia o 6:00 żaden czytnik nie przyjmuje Waszych kart sportowych -
każda karta pokazuje "Karta nieaktywna", także karty naszych
pracowników. 80% naszych klientów wchodzi na Wasze karty. Przy
recepcji stoi kolejka, ludzie odchodzą, a o 17:00 mamy zajęcia
grupowe dla 60 osób. Wpisujemy ręcznie, ale system potem nie rozliczy
tych wejść.

Prosimy o pilny kontakt: 17 000 42 18.

Katarzyna Stępień
Kierownik klubu FitZone Rzeszów"""),
("pl", "b122-punkt-pobran-zlecenia-nie-wchodza", "Punkt pobrań LabMed Opole <opole@labmed.example>", "Zlecenia od Państwa lekarzy", "technical", "high",
"""Dzień dobry,

od rana system nie przyjmuje żadnych zleceń badań wystawionych przez
lekarzy Państwa sieci - po zeskanowaniu kodu pojawia się "Zlecenie nie
istnieje". Od 7:00 w poczekalni siedzi ponad 30 osób na czczo, w tym
kobiety w ciąży i diabetycy, a nie możemy im pobrać krwi. Część już
wyszła.

Telefon do punktu: 77 000 31 55.

Sylwia Duda
Kierownik punktu pobrań"""),
("pl", "b122-lampa-kopnal-prad", "Andrzej Malinowski <andrzej.malinowski@example.pl>", "Lampa do światłoterapii", "technical", "high",
"""Dzień dobry,

w ramach programu dobrostanu firma rozdała nam zimą lampy do
światłoterapii od Państwa. Dziś rano przy włączaniu przełącznik
zaiskrzył i lekko kopnął mnie prąd w palce. Obudowa przy przełączniku
jest trochę stopiona. Nic mi nie jest, lampę odłączyłem i odłożyłem.

Piszę, bo w biurze jest ich kilkadziesiąt i ludzie mają je na
biurkach.

Andrzej Malinowski"""),
("pl", "b122-telemonitoring-taty-nie-wysyla", "Magdalena Pietrzak <magdalena.pietrzak@example.pl>", "Telemonitoring EKG taty - brak transmisji", "technical", "high",
"""Dzień dobry,

mój tata (71 lat) miesiąc temu przeszedł zawał i w ramach pakietu ma
od Państwa urządzenie do telemonitoringu EKG. Od przedwczoraj
aplikacja pokazuje "Brak transmisji", a tata robi pomiary codziennie,
tak jak kazał kardiolog. Jeśli dane do Was nie docierają, to nikt nie
zobaczy, jeśli coś będzie nie tak. Restartowaliśmy i telefon, i
urządzenie.

Proszę o pilny kontakt: 512 000 377.

Magdalena Pietrzak"""),
("pl", "b122-formularz-heic-nie-przyjmuje", "Oliwia Kowalczyk <oliwia.kowalczyk@example.pl>", "formularz zwrotu kosztów", "technical", "",
"""Dzień dobry, w formularzu zwrotu kosztów za dentystę nie mogę dodać
zdjęcia faktury z iPhone'a - wyskakuje "Nieobsługiwany typ pliku"
(zdjęcia są w HEIC). Czy da się to jakoś obejść bez komputera?
Oliwia"""),
("pl", "b122-psycholog-wideo-zrywa", "Kamil Wojciechowski <kamil.wojciechowski@example.pl>", "Konsultacje z psychologiem", "technical", "",
"""Dzień dobry,

mam co tydzień konsultację wideo z psychologiem przez Waszą platformę
dla pracowników. Od dwóch tygodni połączenie zrywa się co 5-6 minut i
trzeba czekać, aż psycholog zadzwoni jeszcze raz. Internet mam
światłowodowy, na Teamsach nic się nie rwie. Da się z tym coś zrobić?
Trudno się skupić na rozmowie w takich warunkach.

Kamil"""),
("pl", "b122-nie-moge-sie-zalogowac-kolko", "Zdzislaw Walczak <zdzislaw.walczak@example.pl>", "aplikacja", "technical", "",
"""dzien dobry od aktualizacji nie moge sie zalogowac do aplikacji,
wpisuje haslo i kreci sie kolko bez konca. haslo jest dobre bo na
stronie wchodze. telefon xiaomi. pozdrawiam walczak"""),
("pl", "b122-kod-pocztowy-blad-senior", "Teresa Dąbrowska <teresa.dabrowska@example.pl>", "Nie mogę zapisać zmian", "technical", "",
"""Szanowni Państwo,

chciałam na stronie zapisać się na badanie słuchu, ale przy wpisywaniu
adresu pole kodu pocztowego cały czas świeci się na czerwono i pisze
"Nieprawidłowy format". Wpisuję 80-180 Gdańsk, tak jak zawsze. Wnuczka
też próbowała na swoim komputerze.

Z poważaniem
Teresa Dąbrowska"""),
("pl", "b122-podziekowanie-dentystka-corka", "Marta Zając <marta.zajac@example.pl>", "Podziękowanie dla dr Nowak", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować pani doktor Joannie Nowak z przychodni na
Ursynowie. Moja 7-letnia córka panicznie boi się dentysty, poprzednie
wizyty kończyły się płaczem w korytarzu. Pani doktor poświęciła
pierwszą wizytę tylko na oswojenie, pokazała wszystkie narzędzia, a na
drugiej wyleczyła ząbek bez jednej łzy. Jesteśmy pod wrażeniem.

Pozdrawiam serdecznie
Marta Zając"""),
("pl", "b122-dziekuje-warsztaty-sen", "Paweł Szulc <pawel.szulc@example.pl>", "warsztaty o śnie", "general", "",
"""Cześć, chciałem tylko podziękować za warsztaty o zdrowym śnie, które
prowadziliście online dla naszej firmy. Pierwszy raz od lat śpię po 7
godzin. Dzięki!
Paweł z działu IT"""),
("pl", "b122-zmiana-nazwiska-po-slubie", "Aleksandra Kowalewska <aleksandra.kowalewska@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

w maju wyszłam za mąż i zmieniłam nazwisko z Jankowska na Kowalewska.
Proszę o zmianę danych w moim koncie pacjenta i w pakiecie medycznym.
PESEL bez zmian. Jeśli potrzebny jest skan aktu małżeństwa albo nowego
dowodu, proszę dać znać.

Aleksandra Kowalewska"""),
("pl", "b122-rodo-usuniecie-danych", "Wojciech Lewandowski <wojciech.lewandowski@example.pl>", "Żądanie usunięcia danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 17 RODO żądam usunięcia moich danych osobowych, w tym
danych z aplikacji wellbeing, z której korzystałem przez poprzedniego
pracodawcę (umowa wygasła w marcu). W zakresie, w jakim musicie Państwo
przechowywać dokumentację medyczną, proszę o informację, jakie dane
zostają i na jak długo.

Z poważaniem
Wojciech Lewandowski"""),
("pl", "b122-godziny-11-listopada", "Renata Mazurek <renata.mazurek@example.pl>", "godziny otwarcia", "general", "",
"""Dzien dobry, czy przychodnia na Krzykach we Wroclawiu jest czynna 11
listopada albo w sobote 9? Potrzebuje isc z synem do laryngologa a w
tygodniu nie dam rady. Pozdrawiam"""),
("pl", "b122-smycz-identyfikator-medycyna-pracy", "Krzysztof Nowakowski <krzysztof.nowakowski@example.pl>", "Zostawiony identyfikator", "general", "",
"""Dzień dobry,

we wtorek byłem na badaniach okresowych w Waszej placówce przy ul.
Grunwaldzkiej w Poznaniu i chyba zostawiłem u okulisty smycz z
identyfikatorem firmowym (niebieska, z logo Enbud). Czy ktoś ją
znalazł? Mogę podjechać w piątek.

Krzysztof Nowakowski"""),
("pl", "b122-lekarz-medycyny-pracy-kierownik", "Joanna Wilk <joanna.wilk@example.pl>", "Zachowanie lekarza medycyny pracy", "general", "high",
"""Dzień dobry,

byłam wczoraj na badaniach okresowych w placówce w Bydgoszczy. Lekarz
medycyny pracy, słysząc, że biorę leki przeciwdepresyjne, powiedział
przy otwartych drzwiach, że "takie osoby nie powinny pracować z
klientami" i że "zastanowi się", czy wyda orzeczenie. Wyszłam upokorzona.

Żądam rozmowy z kierownikiem placówki albo dyrektorem medycznym. Nie
zgadzam się, żeby sprawa skończyła się na mailu z przeprosinami.

Joanna Wilk
tel. 501 000 662"""),
("pl", "b122-tynk-spadl-poczekalnia", "Dorota Kamińska <dorota.kaminska@example.pl>", "Sufit w poczekalni", "general", "high",
"""Dzień dobry,

dziś około 10:00 w poczekalni pediatrycznej Waszej przychodni w
Radomiu z sufitu odpadł kawałek tynku wielkości dłoni i spadł pół metra
od wózka z niemowlęciem. Nad oknem widać dużą rysę i zaciek, więc
pewnie poleci więcej. Recepcja tylko zamiotła.

Proszę o zamknięcie tej części poczekalni, zanim komuś coś się stanie.

Dorota Kamińska"""),
("pl", "b122-orzeczenie-mailem-waznosc", "Szymon Kołodziej <szymon.kolodziej@example.pl>", "Orzeczenie", "general", "",
"""Dzień dobry, czy orzeczenie lekarskie z badań okresowych mogę dostać
mailem, czy trzeba je odebrać osobiście? I jeszcze - lekarz wpisał
ważność 3 lata, a kolega z tego samego stanowiska ma 2. Od czego to
zależy?
Szymon"""),
("pl", "b122-sponsoring-turniej-szachowy", "UKS Hetman Tarnów <uks.hetman@example.pl>", "Prośba o wsparcie turnieju", "general", "",
"""Szanowni Państwo,

Uczniowski Klub Sportowy Hetman organizuje 12 października w Tarnowie
IX Turniej Szachowy Dzieci i Młodzieży, w którym co roku gra ponad 150
zawodników. Szukamy sponsora nagród. W zamian oferujemy logo na
plakatach, dyplomach i stronie turnieju.

Z wyrazami szacunku
Henryk Mróz
Prezes UKS Hetman"""),
("pl", "b122-szczepienia-grypa-partnerzy", "Anna Sadowska <anna.sadowska@example.pl>", "Akcja szczepień w biurze", "general", "",
"""Dzień dobry,

w zeszłym roku robiliście u nas w biurze w Warszawie akcję szczepień
przeciw grypie. Chcielibyśmy ją powtórzyć w październiku. Czy w tym
roku mogą się zaszczepić także partnerzy i dorosłe dzieci pracowników,
i ile osób jesteście w stanie przyjąć w ciągu jednego dnia?

Anna Sadowska
HR Business Partner"""),
("pl", "b122-bomba-tryb-ciemny", "Michał Kurek <michal.kurek@example.pl>", "Bomba!", "general", "",
"""Nowa wersja aplikacji to bomba, rozwaliliście system z tym
kalendarzem wizyt :D Jedno pytanie - planujecie tryb ciemny? Wieczorem
wypala oczy."""),
("pl", "b122-diagnoza-przy-drzwiach-rpp", "Zofia Jasińska <zofia.jasinska@example.pl>", "Naruszenie tajemnicy", "general", "high",
"""Szanowni Państwo,

podczas wizyty w Waszej przychodni w Lublinie 22 maja lekarz omawiał ze
mną wyniki biopsji przy otwartych drzwiach do zatłoczonego korytarza,
mimo że dwukrotnie prosiłam o ich zamknięcie. Moje nazwisko i diagnozę
słyszały osoby czekające w kolejce, w tym sąsiadka.

Oczekuję pisemnego wyjaśnienia. Równocześnie składam skargę do
Rzecznika Praw Pacjenta.

Zofia Jasińska"""),
]
