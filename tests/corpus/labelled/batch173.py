# batch173.py -- labelled mails held out of the tree until the rules it
# measures are final; kept apart from gen.py so that nothing is tuned or
# trained on them.  Kinds of business: children's health and education
# (2) -- speech therapists, dyslexia tutors, school transport for special
# needs, paediatric physiotherapy, children's hearing tests, orthodontic
# aligners for teens, holiday clubs for disabled children.  Covers, in
# each of en, el, es, pl: escalation demands that keep their topic, legal
# threats and chargebacks, negations, subjects that say nothing or
# something else, replies quoting an earlier mail, plans ended or paused
# in unusual wording, business outages told by their consequences, safety
# hazards told calmly, praise, payment questions, Greeklish, and everyday
# mail of all three queues.  Same tuple format as batch12.py; slugs carry
# the b173- prefix.
M += [
# ---------------- English ----------------
("en", "b173-en-signed-off-nhs-stop-dd", "Katie Holloway <katie.holloway@example.co.uk>", "Alfie", "billing", "",
"""Hi Joanne,

Some lovely news - Alfie was seen by the NHS speech and language team on
Tuesday and they've signed him off! He's found his words, as his nan
puts it. So we won't be needing the fortnightly private sessions after
half term.

Could you stop the direct debit after the session on the 24th please? I
think the next one would go out on 1 November.

Thank you so much for everything,
Katie"""),
("en", "b173-en-dyslexia-block-charged-twice", "Ciarán Byrne <ciaran.byrne@example.ie>", "Block of 8 sessions", "billing", "",
"""Hi there,

I booked the block of 8 dyslexia tutoring sessions for my daughter Aoife
on your website last Thursday. The page froze at payment so I tried
again, and now I see two payments of EUR 240 on my AIB account. We only
want the one block obviously. Can you refund the second one?

Thanks a million,
Ciarán"""),
("en", "b173-en-aligners-hsa-itemized", "Jennifer Alvarez <jen.alvarez@example.com>", "HSA question", "billing", "",
"""Hello,

My son Mateo (15) is starting clear aligner treatment with you next
month. Can I pay the $2,950 with our HSA debit card, and if not, can you
give me an itemized receipt with the treatment codes so I can get
reimbursed from the account afterwards? Our plan administrator is very
picky about what's on the receipt.

Thanks,
Jen Alvarez"""),
("en", "b173-en-hearing-test-upi-twice", "Ramesh Iyer <ramesh.iyer@example.in>", "URGENT - payment", "billing", "",
"""Dear Sir/Madam,

This is to inform you that for my daughter Ananya's hearing assessment
at your Indiranagar centre on 12th, I have paid Rs 1,800 through UPI two
times as the first transaction showed pending. Both amounts are debited
from my account. UPI ref nos 4190 2281 7735 and 4190 2281 9012.

Kindly refund the excess amount at the earliest and revert.

Regards,
Ramesh Iyer"""),
("en", "b173-en-ndis-invoice-lines", "Bec Thornton <bec.thornton@example.com.au>", "Invoice for the Jan holiday program", "billing", "",
"""Hi team,

Jack's plan manager has bounced your invoice for the January holiday
program back to me. They need it to show his NDIS number (431 227 960),
the support item numbers and the dates of each day he attended, not
just "Holiday program - $1,140".

Could you reissue it and send it straight to invoices@plan-ease.example?

Cheers,
Bec"""),
("en", "b173-en-transport-charged-august", "Sharon Pike <sharon.pike@example.co.uk>", "Hello", "billing", "",
"""Hello

I've just had my statement and you have charged me for 4 weeks of school
transport in August. There is no school in August. Kayden's special
school finished on 19 July and goes back 4 September. That's £312 for
journeys that never happened.

Please sort it and put it back on my card.

Sharon Pike"""),
("en", "b173-en-aligners-unsuitable-chargeback", "Marcus Webb <marcus.webb@example.co.uk>", "Refund - treatment stopped", "billing", "high",
"""To whom it may concern,

I paid £1,850 up front in March for my daughter Lily's aligner
treatment. At her second check-up your own orthodontist, Dr Shah, told
us the aligners were not suitable for her bite and stopped the
treatment. She has worn two of the 22 sets.

I have asked three times since May for a refund of the unused treatment
and have been told each time that it is "with the finance team".

If a refund is not in my account within 14 days of this email I will
raise a chargeback with Barclaycard. I have all the emails and Dr Shah's
letter.

Marcus Webb"""),
("en", "b173-en-physio-billed-after-cancel-supervisor", "Donna Kowalczyk <donna.k@example.com>", "Billed AGAIN", "billing", "high",
"""I cancelled Tyler's weekly pediatric PT package on June 3rd. I have
the cancellation confirmation email. You have now charged my Visa $180
in July AND $180 in August.

I have called your billing line four times. Every person says they'll
"put a note on the account" and nothing happens. I'm done with the
billing desk. I want a supervisor or whoever runs billing to call me,
not another note. 555-0148, any time after 3pm.

Donna Kowalczyk"""),
("en", "b173-en-holiday-club-cancelled-small-claims", "Niamh Gallagher <niamh.gallagher@example.ie>", "Deposit for Sunflower Club week 2", "billing", "high",
"""Dear Sir/Madam,

I paid a deposit of EUR 150 in April to book my son Darragh into week 2
of the Sunflower summer club in Galway. On 28 June you cancelled week 2
because of staff shortages. That was your decision, not ours, yet I am
now told the deposit is "held as credit" and cannot be returned.

We do not want credit. Darragh has a place elsewhere now. I expect the
EUR 150 back in full. If it is not refunded by the end of this month I
will make a complaint to the CCPC and lodge a claim with the Small
Claims Court.

Yours faithfully,
Niamh Gallagher"""),
("en", "b173-en-re-renewal-secondary-school", "Graham Oduya <graham.oduya@example.co.uk>", "Re: Your annual tutoring plan renews on 1 September", "billing", "",
"""Hi,

Please don't renew this. Maisie starts at Hillcrest Academy in September
and they run their own dyslexia support in school, so she won't be
needing Mrs Barker any more. Very grateful for the last two years.

Graham

On 2 Aug, Brightwords Tutoring <no-reply@brightwords.example> wrote:
> Dear Graham,
>
> This is a friendly reminder that Maisie's annual tutoring plan
> (£64.00 per month) will renew automatically on 1 September. If you
> would like to make any changes, simply reply to this email.
>
> The Brightwords Team"""),
("en", "b173-en-move-sessions-to-sister", "Tanya Brooks <tanya.brooks@example.com>", "Leftover sessions", "billing", "",
"""Hi,

Elijah's PT has wrapped up earlier than planned (yay!) and we have 4
prepaid sessions left on the 12-pack. I don't want a refund - his
little sister Zoe has just been referred to you for toe-walking, so
could the 4 sessions just move over to her account instead?

Tanya"""),
("en", "b173-en-freeze-plan-hip-surgery", "Kylie Nguyen <kylie.nguyen@example.com.au>", "Putting things on hold", "billing", "",
"""Hi guys,

Ella is having her hip surgery at the Royal Children's on 4 March and
won't be up to speech sessions for a good six to eight weeks after.
Can we freeze her monthly plan from March until the start of May
rather than cancel it? We definitely want to keep Sam as her therapist.

Thanks heaps,
Kylie"""),
("en", "b173-en-gift-voucher-grandmother", "Margaret Dunlop <margaret.dunlop@example.co.uk>", "Voucher for my grandson", "billing", "",
"""Dear Sir or Madam,

My grandson Callum has dyslexia and has lessons with one of your tutors
on a Wednesday. For his birthday I should like to pay for a few lessons
towards his next term. Do you sell gift vouchers, and may I pay by
cheque? I do not have a computer of my own, my neighbour is typing this
for me.

Yours sincerely,
Margaret Dunlop (Mrs)"""),
("en", "b173-en-aligners-emi", "Sneha Kulkarni <sneha.kulkarni@example.in>", "Aligners for my son - EMI option?", "billing", "",
"""Hi,

We had the consultation for my son Arjun (14) at your Pune clinic last
week and the quote for aligners is Rs 1,45,000. Is there any EMI option
on credit card or no-cost EMI? Also is the retainer included in this
amount or extra?

Thanks
Sneha"""),
("en", "b173-en-not-billing-app-crashes", "Laura Finch <laura.finch@example.co.uk>", "Account query", "technical", "",
"""Hi, this isn't about my account or payments, the subject line was the
only option in your form!

The phonics games app crashes every time my son taps "Level 4 - Blends".
It gets to the loading screen with the owl and then closes. Levels 1-3
are fine. iPad 9th gen, app updated yesterday. I've deleted and
reinstalled it twice.

Laura"""),
("en", "b173-en-aligner-app-photo-upload", "Derek Oyelaran <derek.oyelaran@example.com>", "Check-in photos", "technical", "",
"""Hey - my daughter's weekly scan check-in won't upload. She takes the 5
photos with the cheek retractor, hits submit, the bar gets to about 80%
and then says "Upload failed, try again later". Been like this since
Sunday. Android phone, tried on wifi and on data. Her next aligner
switch is due Thursday so she needs the go-ahead."""),
("en", "b173-en-hearing-aid-whistling-moulds", "Siobhán Moran <siobhan.moran@example.ie>", "New ear moulds", "technical", "",
"""Hello,

Cillian got his new ear moulds fitted on Monday and since then his left
hearing aid whistles constantly, even when he's just sitting still. The
right one is grand. Is it the mould, or has something gone wrong with
the aid itself? He's 6 and it's really annoying him in class.

Siobhán Moran"""),
("en", "b173-en-charger-hot-scorch", "Phil Hartnett <phil.hartnett@example.com.au>", "Hearing aid charger", "technical", "high",
"""Hi,

Just a heads-up, and no one's hurt. The charging case for my son's
hearing aids was very hot when I picked it up this morning - too hot to
hold really - and there's a brown scorch mark on the bedside table
underneath it and a faint burnt plastic smell. It's the case you
supplied in November. I've unplugged it and put it on a tile in the
laundry.

What should we do about charging the aids in the meantime, and can you
send a replacement case?

Phil"""),
("en", "b173-en-minibus-lift-dropped", "Andrea Clough <andrea.clough@example.co.uk>", "This morning's pick-up", "technical", "high",
"""Good afternoon,

I want to report something that happened at pick-up this morning. When
the driver was raising Noah in his wheelchair on the lift at the back
of the minibus, the platform jerked and dropped about a foot before it
stopped. Noah was strapped in and is fine, but he was frightened and so
was I. The driver said it "does that sometimes".

I'm not comfortable with him going on that vehicle until someone has
checked the lift. Please let me know what is being done.

Andrea Clough"""),
("en", "b173-en-teletherapy-waiting-room", "Rachel Stein <rachel@littlevoices-speech.example>", "Families stuck", "technical", "high",
"""Hi,

Since about 8am none of our families can get past your virtual waiting
room - they click the session link and it just says "Your clinician will
admit you shortly" forever, even when we've admitted them on our end.

We've had to cancel 11 sessions so far this morning, all five of our
therapists are sitting idle, and we have another 14 kids booked this
afternoon. Is this on your side? We need this back up today.

Rachel Stein
Clinic Director, Little Voices Pediatric Speech Therapy
Portland, OR"""),
("en", "b173-en-worksheets-pdf-download", "Farhan Siddiqui <farhan.siddiqui@example.in>", "Worksheets", "technical", "",
"""Dear team,

The weekly reading worksheets in the parent section are not downloading.
When I click on "Week 7 - Vowel sounds" it opens a blank grey page and
then shows "Error 403". Earlier weeks were downloading fine. Please look
into it.

Thanks and regards,
Farhan Siddiqui"""),
("en", "b173-en-aligners-third-set-clinical-lead", "Helen Garside <helen.garside@example.co.uk>", "Aligners - third replacement", "technical", "high",
"""This is the third replacement set of aligners for my son Ethan and
they still don't fit. The top one lifts off his back teeth, you can see
a gap, and the attachments don't sit in the little pockets. Your
treatment coordinator keeps saying "give it a few days to seat". We've
given it a few days three times.

I'd like the clinical lead, not the coordinator, to look at his scans
and ring me. 07700 900 519.

Helen Garside"""),
("en", "b173-en-re-password-reset-portal", "Melissa Grant <melissa.grant@example.com>", "Re: Your password has been reset", "technical", "",
"""Still doesn't work. I clicked the link, set a new password, it said
"success", and then when I log in to the parent portal it says "invalid
credentials". Tried on my phone and on my laptop.

-----Original Message-----
From: Parent Portal <noreply@brightpath-therapy.example>
Sent: Monday, 3:12 PM
Subject: Your password has been reset

Hi Melissa,
Your password for the Brightpath Parent Portal has been reset. If you
did not request this change, please contact support."""),
("en", "b173-en-exercise-videos-spinning", "Tom Marsh <tom.marsh@example.com.au>", "Videos not playing", "technical", "",
"""G'day, the home exercise videos Isla's physio set for her aren't
playing, just a spinning circle. Tried the app and the website. Other
videos on YouTube play fine so it's not our internet. Cheers, Tom"""),
("en", "b173-en-booking-date-error", "Priya Sharma <priya.sharma@example.co.uk>", "Booking", "technical", "",
"""Hello,

I'm trying to book Anaya's 6-month hearing retest online but whatever
date I pick the calendar says "Please choose a valid date" and won't let
me continue. I've tried dates in October and November, morning and
afternoon. Is the booking page broken?

Priya"""),
("en", "b173-en-hearing-aids-muted-after-update", "Eoin Fitzpatrick <eoin.fitzpatrick@example.ie>", "Hearing aids stuck after update", "technical", "high",
"""Please help. The app updated overnight and logged us out, and when I
try to log back in it says the account is locked. Meanwhile Róisín's
hearing aids are stuck on the quiet "sleep" program we put them on last
night and I can't change them without the app. She's profoundly deaf
without them and she's in school right now basically not hearing
anything. She's 8.

Can someone unlock the account or tell me how to reset the aids without
it? Mobile 087 555 0192.

Eoin"""),
("en", "b173-en-bus-tracker-wrong", "Carla Jimenez <carla.jimenez@example.com>", "Bus tracker", "technical", "",
"""Hi, the bus tracker in the app has shown Marcus's bus sitting at the
depot every morning this week, even when it's already outside our
house. And the "bus is 5 minutes away" notification isn't coming
through anymore. Notifications are on in my phone settings. iPhone 13.
Thanks, Carla"""),
("en", "b173-en-praise-miss-okafor", "Louise Atherton <louise.atherton@example.co.uk>", "Thank you Miss Okafor", "general", "",
"""Hello,

I just wanted to say a huge thank you to Miss Okafor. When Reuben
started with her last year he had about ten words and used to hide
under the table when anyone new came in. Last night at tea he looked at
his plate and said "more spaghetti please, Mummy" - a full sentence! I
cried into the bolognese.

Please pass this on to her and her manager.

Louise"""),
("en", "b173-en-no-refund-staff-phone", "Aisling Kearney <aisling.kearney@example.ie>", "Last Saturday", "general", "",
"""Hi,

I'm not looking for a refund or anything, I just think you should know.
At Saturday's physio session the therapist spent a good part of the 45
minutes on her phone while Conor did his exercises on his own. When I
asked her about his walking frame she said "we'll get to that next
time" without looking up. She was perfectly nice otherwise but it didn't
feel like she was with him.

We've had great sessions with you before, which is why I'm mentioning it.

Aisling Kearney"""),
("en", "b173-en-transport-new-pickup-address", "Jasmine Carter <jasmine.carter@example.com>", "Pick up address change", "general", "",
"""Hello,

Starting Monday the 14th, Dev will be picked up from his dad's house on
Mondays and Tuesdays: 2218 Birch Hollow Drive, Apt 4B. Wednesday to
Friday stays the same (my address). Drop off after school is the same
split. Dad's cell is 555-0177. Can you let the driver know?

Thanks,
Jasmine"""),
("en", "b173-en-newborn-hearing-bengaluru", "Kavitha Raman <kavitha.raman@example.in>", "Query", "general", "",
"""Hello,

My sister delivered a baby boy last week at a small nursing home in
Whitefield and they did not do any hearing screening. From what age do
you do hearing tests for babies, and is it available at your Whitefield
branch or only Jayanagar? Do we need a doctor's referral?

Regards,
Kavitha"""),
("en", "b173-en-lost-ear-defenders", "Bree Sullivan <bree.sullivan@example.com.au>", "Lost ear muffs", "general", "",
"""hi, Riley came home from holiday club yesterday without his ear
defenders. they're navy blue with dinosaur stickers and RILEY S written
inside in texta. he really needs them for the bus and loud rooms. could
someone have a look in the sensory room? thanks, Bree"""),
("en", "b173-en-clinic-loose-paving-crutches", "Martin Bell <martin.bell@example.co.uk>", "Front step at Harrogate clinic", "general", "high",
"""Dear Practice Manager,

When we arrived for my daughter's physio appointment on Thursday, one
of the paving slabs on the front step of the Harrogate clinic rocked as
she put her crutch on it and she went down onto her knee. She's on
crutches after an ankle operation, which is why she's coming to you in
the first place. She's bruised but OK.

The slab is still loose - I checked on the way out. Somebody else is
going to be badly hurt. Please get it fixed or cordoned off.

Martin Bell"""),
("en", "b173-en-escort-shouted-manager", "Nicola Rees <nicola.rees@example.co.uk>", "Complaint about escort on route 7", "general", "high",
"""I am writing to complain about the passenger escort on route 7 this
morning. My son Harley is autistic and non-verbal. When he got
distressed and started kicking the seat, she shouted "pack it in" right
into his face and grabbed his wrist. A neighbour saw it and told me.

Harley came home very upset and would not get on the bus this
afternoon. I want to speak to the transport manager, not the office,
and I want to know this escort is not on his route tomorrow.

Nicola Rees"""),
("en", "b173-en-report-sent-to-ex-dpc", "Orla Hennessy <orla.hennessy@example.ie>", "Sinéad's assessment report", "general", "high",
"""Dear Sir/Madam,

Your clinic has emailed my daughter Sinéad's full dyslexia assessment
report to her father. We are separated, there is a court order
restricting his contact, and your file has my email as the only contact
- I gave it to you in writing at intake.

The report has our new address and her school in it. I want to know
exactly how this happened and who else has been sent information about
her. If I do not have a full answer this week I will be reporting this
to the Data Protection Commission.

Orla Hennessy"""),
("en", "b173-en-notes-for-ehcp", "Stephen Ward <stephen.ward@example.co.uk>", "Request for records", "general", "",
"""Dear Sir/Madam,

We are appealing the council's decision on our son Oscar's EHCP and
have a tribunal hearing in January (the appeal is against the local
authority, nothing to do with you!). Our solicitor has asked for a copy
of all of Oscar's speech and language therapy notes and reports from
your practice since 2022.

Could you tell me how to request these and how long it usually takes?

Kind regards,
Stephen Ward"""),
("en", "b173-en-fun-run-sponsor", "Coach Dana Ruiz <dana.ruiz@example.org>", "Sponsorship for our 5K", "general", "",
"""Hi there,

I coach the Unified running club at Lincoln Middle School in Columbus.
On October 19 we're holding a 5K fun run to raise money for our adaptive
summer camp, and we're looking for a few local sponsors. A logo on the
race T-shirt starts at $250, and we'd also love a table from your
pediatric PT team on the day if you're up for it.

Can you let me know who I should talk to?

Dana Ruiz"""),
("en", "b173-en-question-saturday-leeds", "Amir Hussain <amir.hussain@example.co.uk>", "Question", "general", "",
"""Do you do Saturday appointments at the Leeds clinic? Both of us work
and Zain's school won't let him out early every week."""),
("en", "b173-en-end-of-club-show-riot", "Jess McAllister <jess.mcallister@example.com.au>", "Friday's show!!", "general", "",
"""Hi all,

Just had to say - the kids absolutely smashed it at the end-of-program
concert on Friday. Ruby's been singing the frog song non-stop since and
keeps telling everyone it was "a riot". Honestly the whole thing brought
the house down. Massive thanks to Dee, Marcus and all the support
workers who made it possible for a room full of kids who usually can't
do "big noisy places".

See you in the April holidays!
Jess (Ruby's mum)"""),
("en", "b173-en-info-evening-grandparents", "Pooja Menon <pooja.menon@example.com>", "Parent information evening", "general", "",
"""Hello,

I saw the flyer for the parent information evening on dyslexia on the
21st. Can grandparents attend too? My mother-in-law does most of the
homework with our son. She uses a wheelchair - is the hall step-free,
and is there parking near the door?

Thank you,
Pooja Menon"""),

# ---------------- Greek ----------------
("el", "b173-el-eopyy-apodeixi-amka", "Γεωργία Παπαδοπούλου <georgia.papadopoulou@example.gr>", "Αποδείξεις για ΕΟΠΥΥ", "billing", "",
"""Καλημέρα σας,

Κατέθεσα στον ΕΟΠΥΥ τις αποδείξεις για τις συνεδρίες λογοθεραπείας του
γιου μου Στέλιου (Σεπτέμβριος - Νοέμβριος) και μου τις γύρισαν πίσω,
γιατί δεν αναγράφουν το ονοματεπώνυμο και τον ΑΜΚΑ του παιδιού, μόνο το
δικό μου όνομα. Μπορείτε να μου εκδώσετε ξανά τις 12 αποδείξεις των
25€ με τα στοιχεία του Στέλιου; ΑΜΚΑ 14031800000.

Ευχαριστώ πολύ,
Γεωργία Παπαδοπούλου"""),
("el", "b173-el-gl-diplh-xrewsh-paketo-fysiko", "Nikos Antoniou <nikos.ant@example.gr>", "xrewsh", "billing", "",
"""Kalhspera sas,
plhrwsa xthes to paketo 4 synedriwn fysiko8erapeias gia th mikrh
(160e) alla sthn karta mou vlepw 2 xrewseis twn 160. Mallon patithike
dyo fores to koumpi giati kollhse h selida. Mporeite na mou
epistrepsete th mia?
Eyxaristw
Nikos"""),
("el", "b173-el-metakomisi-monaxo", "Σταυρούλα Καραγιάννη <s.karagianni@example.gr>", "Μετακόμιση", "billing", "",
"""Καλησπέρα,

Ο σύζυγός μου πήρε μετάθεση στο Μόναχο και φεύγουμε όλοι μαζί στα τέλη
Ιανουαρίου. Η Δανάη θα πάει εκεί σε ελληνογερμανικό σχολείο, οπότε το
πρόγραμμα για τη δυσλεξία με την κυρία Ρένα σταματάει εδώ. Παρακαλώ να
μη χρεωθεί η μηνιαία συνδρομή (70€) από τον Φεβρουάριο και μετά.

Σας ευχαριστούμε για όλα, η Δανάη θα της λείψει πολύ η κυρία Ρένα.

Σταυρούλα Καραγιάννη"""),
("el", "b173-el-narthikes-doseis", "Μιχαλης Ζαχαριου <m.zachariou@example.gr>", "Ναρθηκες για την κορη μου", "billing", "",
"""Καλησπερα,

Η κορη μου η Ραφαελα ειναι 14 και ο ορθοδοντικος σας μας εδωσε
προσφορα 3.200 ευρω για τους διαφανεις ναρθηκες. Γινεται να πληρωσουμε
με πιστωτικη σε ατοκες δοσεις; Αν ναι, μεχρι ποσες; Και η πρωτη
συγκρατητικη ναρθηκα στο τελος ειναι μεσα στην τιμη;

Μιχαλης Ζαχαριου"""),
("el", "b173-el-gl-kataskhnwsh-ekptwsh-adelfia", "Vasw Dimou <vaso.dimou@example.gr>", "kataskhnwsh", "billing", "",
"""Geia sas!
8elw na grapsw kai ta dyo paidia sthn kalokairinh kataskhnwsh gia to
deutero dekapenthhmero tou Iouliou. O Giwrgos exei syndromo Down kai h
Eleni den exei kapoio 8ema, paei mazi gia parea. Yparxei ekptwsh gia
adelfia? Kai prepei na plhrwsw olo to poso twra h mporw prokatavolh?
Vasw"""),
("el", "b173-el-fysikotherapeia-amfisvitisi-trapeza", "Άρης Κωνσταντινίδης <aris.konstantinidis@example.gr>", "Χρεώσεις μετά τη διακοπή", "billing", "high",
"""Κύριοι,

Σταματήσαμε τη φυσικοθεραπεία του γιου μου στο κέντρο σας στο Μαρούσι
στις 30 Ιουνίου. Το δηλώσαμε στη γραμματεία και μας είπαν ότι η πάγια
εντολή θα ακυρωθεί. Παρ' όλα αυτά η κάρτα μου χρεώθηκε 220€ τον Ιούλιο,
220€ τον Αύγουστο και 220€ τον Σεπτέμβριο.

Έχω στείλει δύο email και έχω τηλεφωνήσει τρεις φορές. Αν μέχρι την
Παρασκευή δεν έχουν επιστραφεί τα 660€, θα κάνω αμφισβήτηση των
χρεώσεων στην τράπεζά μου και θα τις ακυρώσει εκείνη.

Άρης Κωνσταντινίδης"""),
("el", "b173-el-kataskinosi-aporripsi-ypefthynos", "Δέσποινα Λαμπροπούλου <d.lampropoulou@example.gr>", "Η εγγραφή της Μυρτώς", "billing", "high",
"""Καλησπέρα σας,

Τον Μάρτιο πλήρωσα ολόκληρο το ποσό των 480€ για τη θερινή εβδομάδα
της κόρης μου Μυρτώς στην κατασκήνωσή σας στο Πήλιο, και στη φόρμα
εγγραφής είχα γράψει καθαρά ότι έχει διαβήτη τύπου 1 και αντλία
ινσουλίνης. Προχθές, δύο εβδομάδες πριν την έναρξη, μου τηλεφώνησαν ότι
"δεν θα υπάρχει νοσηλεύτρια εκείνη την εβδομάδα" και δεν μπορεί να
έρθει.

Η γραμματεία μου λέει ότι θα μου δώσουν πίστωση για του χρόνου. Δεν
θέλω πίστωση, θέλω πίσω τα χρήματά μου. Ζητώ να μου τηλεφωνήσει ο
υπεύθυνος της κατασκήνωσης, όχι ξανά η γραμματεία. 6944 000 318.

Δέσποινα Λαμπροπούλου"""),
("el", "b173-el-akoustika-epistrofi-dikigoros", "Θανάσης Ρήγας <thanasis.rigas@example.gr>", "Επιστροφή ακουστικών - δοκιμαστική περίοδος", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 2 Οκτωβρίου αγοράσαμε από το κατάστημά σας στη Θεσσαλονίκη δύο
ακουστικά βαρηκοΐας για τον 10χρονο γιο μας, αντί 2.380€, με
"δοκιμαστική περίοδο 30 ημερών με πλήρη επιστροφή χρημάτων", όπως
γράφει και η απόδειξη. Ο ωτορινολαρυγγολόγος του στο ΑΧΕΠΑ έκρινε ότι
χρειάζεται άλλο τύπο, οπότε τα επιστρέψαμε στις 20 Οκτωβρίου, μέσα στην
προθεσμία, με τη συσκευασία τους.

Τώρα μας λέτε ότι θα επιστρέψετε μόνο το 70% "για έξοδα προσαρμογής".
Αυτό δεν αναφέρεται πουθενά. Αν δεν επιστραφεί ολόκληρο το ποσό εντός
10 ημερών, η υπόθεση θα περάσει στον δικηγόρο μας και θα κάνουμε
καταγγελία στον Συνήγορο του Καταναλωτή.

Θανάσης Ρήγας"""),
("el", "b173-el-gl-re-ypenthymisi-xwrio-kalokairi", "Popi Thanou <popi.thanou@example.gr>", "Re: Υπενθύμιση ανανέωσης - Ιούλιος", "billing", "",
"""Kalhmera,
ton Ioulio kai ton Augousto 8a eimaste sto xwrio sthn Kalamata, opote
mh mas xrewsete aytous tous dyo mhnes. Ton Septemvrio 8a synexisoume
kanonika me thn k. Eleni, kratiste mas to idio wrario (Trith 5:00) an
ginetai.
Popi

-----
> Αγαπητή κυρία Θάνου,
> σας υπενθυμίζουμε ότι η μηνιαία συνδρομή λογοθεραπείας του Παναγιώτη
> (120€) θα ανανεωθεί αυτόματα την 1η Ιουλίου.
> Με εκτίμηση,
> Κέντρο Λόγου «Μιλώ»"""),
("el", "b173-el-metafora-auxisi-timis", "Κώστας Μπαλτάς <kostas.baltas@example.gr>", "Μεταφορά σχολείου", "billing", "",
"""Καλημέρα,

Πέρσι η μηνιαία μεταφορά του Ορέστη στο ειδικό σχολείο στο Περιστέρι
ήταν 80€. Φέτος το συμβόλαιο που μου στείλατε γράφει 95€, με την ίδια
διαδρομή. Θα ήθελα να ξέρω γιατί έγινε η αύξηση και αν υπάρχει κάποια
έκπτωση επειδή παίρνουμε και επίδομα αναπηρίας.

Κώστας Μπαλτάς"""),
("el", "b173-el-den-thelo-epistrofi-pistosi-axiologisi", "Ιφιγένεια Σαρρή <ifigenia.sarri@example.gr>", "Υπόλοιπο συνεδριών", "billing", "",
"""Γεια σας,

Μας έχουν μείνει 3 προπληρωμένες συνεδρίες εργοθεραπείας από το πακέτο
του Ιανουαρίου. Δεν θέλω επιστροφή χρημάτων. Θα μπορούσαν τα 135€ να
πάνε έναντι της αξιολόγησης δυσλεξίας που κλείσαμε για τον Απρίλιο;

Ιφιγένεια"""),
("el", "b173-el-gl-iris-plhrwmh-den-fainetai", "Lefteris Kyriakou <lefteris.kyr@example.gr>", "plhrwmh iris", "billing", "",
"""Kalhmera, plhrwsa me IRIS thn Deytera ta 60e gia thn akoometrikh
e3etash ths Marilenas (Paraskeyh 11:30) alla sto portal grafei akoma
"ekkremei plhrwmh". Na plhrwsw 3ana h 8a fanei? Lefteris"""),
("el", "b173-el-pappous-efyge-syndromi", "Ευτυχία Γιαννοπούλου <eftychia.giannopoulou@example.gr>", "Συνδρομή του κ. Βασίλη Γιαννόπουλου", "billing", "",
"""Καλησπέρα σας,

Ο πεθερός μου, Βασίλης Γιαννόπουλος, ήταν αυτός που πλήρωνε με την
κάρτα του τη μηνιαία συνδρομή για τα μαθήματα ανάγνωσης του εγγονού
του, του Χάρη. Ο παππούς έφυγε από τη ζωή τον περασμένο μήνα.

Θέλουμε να συνεχίσει ο Χάρης κανονικά, αλλά η πληρωμή πρέπει να
περάσει στη δική μου κάρτα και να σταματήσουν οι χρεώσεις στη δική του.
Τι χρειάζεται να κάνω;

Με εκτίμηση,
Ευτυχία Γιαννοπούλου"""),
("el", "b173-el-vevaiosi-forologiki", "Αντώνης Πετράκης <antonis.petrakis@example.gr>", "Βεβαίωση για τη φορολογική δήλωση", "billing", "",
"""Καλησπέρα,

Για τη φορολογική δήλωση χρειάζομαι μια συγκεντρωτική βεβαίωση με όλα
τα ποσά που πληρώσαμε μέσα στο 2023 για τις φυσικοθεραπείες της κόρης
μου, Ειρήνης Πετράκη, με τον ΑΦΜ σας. Μπορείτε να μου τη στείλετε σε
pdf;

Ευχαριστώ,
Αντώνης Πετράκης
Ηράκλειο"""),
("el", "b173-el-gl-oxi-plhrwmh-app-ixografisi", "Marina Sotiriou <marina.sot@example.gr>", "logariasmos", "technical", "",
"""Geia sas, den einai 8ema plhrwmhs, apla auto htan to mono 8ema pou
eixe h forma.

Sthn efarmogh me tis askhseis anagnwshs, otan o mikros patane to
mikrofwno gia na diavasei th le3h, den hxografei tipota, h mpara menei
akinhth. Sto kinhto mou douleyei, sto tablet (Samsung Tab A8) oxi. Exw
dwsei adeia gia to mikrofwno.
Marina"""),
("el", "b173-el-narthikas-ragise", "Ελπίδα Νικολάου <elpida.nikolaou@example.gr>", "Σπασμένος νάρθηκας", "technical", "",
"""Καλημέρα,

Ο άνω νάρθηκας του γιου μου (σετ 9 από 24) ράγισε στην πίσω πλευρά μετά
από μόλις τρεις μέρες. Τον βγάζει μόνο για φαγητό και τον καθαρίζει με
κρύο νερό όπως μας είπατε. Να φορέσει το προηγούμενο σετ μέχρι να
στείλετε καινούριο ή να προχωρήσει στο 10;

Ελπίδα Νικολάου"""),
("el", "b173-el-mpataria-fouskose-zestathike", "Γιάννης Τσολάκης <giannis.tsolakis@example.gr>", "Ακουστικό βαρηκοΐας", "technical", "high",
"""Καλησπέρα σας,

Απλά για να το γνωρίζετε, χωρίς πανικό: χθες το βράδυ που έβγαλα το
δεξί ακουστικό της κόρης μου από τον φορτιστή ήταν πολύ ζεστό και το
καπάκι της μπαταρίας έχει φουσκώσει, δεν κλείνει πια. Η μικρή είναι
καλά, δεν το φορούσε εκείνη την ώρα. Το έχω βάλει σε ένα μεταλλικό
κουτί στο μπαλκόνι.

Τι να κάνουμε; Να το φέρουμε στο κατάστημα ή θα το παραλάβετε εσείς;

Γιάννης Τσολάκης"""),
("el", "b173-el-kentro-logou-goneis-den-mpainoun", "Κέντρο Λόγου Ηχώ <info@kentro-ixo.example>", "Πλατφόρμα τηλεσυνεδριών", "technical", "high",
"""Καλημέρα,

Από τις 9 το πρωί κανένας γονιός δεν μπορεί να συνδεθεί στις
τηλεσυνεδρίες μας. Πατάνε τον σύνδεσμο και τους βγάζει "Η αίθουσα δεν
είναι διαθέσιμη". Έχουμε ήδη ακυρώσει 9 συνεδρίες, οι τρεις θεραπεύτριες
κάθονται, και έχουμε άλλα 15 παιδιά το απόγευμα, πολλά από νησιά που δεν
μπορούν να έρθουν δια ζώσης.

Παρακαλούμε κοιτάξτε το άμεσα.

Ζωή Μαυρίδου
Υπεύθυνη, Κέντρο Λόγου «Ηχώ», Πάτρα"""),
("el", "b173-el-gl-van-kapnos-kalorifer", "Thodoris Vlachos <thodoris.vlachos@example.gr>", "to van ths metaforas", "technical", "high",
"""Kalhmera,
sas enhmerwnw gia kati pou egine shmera to prwi. Molis o odhgos anoi3e
to kalorifer sto van ths metaforas (to aspro me ta dyo amaksidia)
arxise na vgainei kapnos apo ta anoigmata kai myrize kammeno. Stamathse
kai ta paidia katevhkan ola kala, kai o dikos mou o Petros. Omws to van
3anafyge meta apo 10 lepta me ta idia paidia mesa.
Na to elegksete prin to 3anaxrhsimopoihsete, parakalw.
Thodoris Vlachos"""),
("el", "b173-el-akoometria-spiti-sfalma", "Ρένα Κουτσούκου <rena.koutsoukou@example.gr>", "Τεστ ακοής από το σπίτι", "technical", "",
"""Γεια σας,

Προσπαθώ να κάνω το τεστ ακοής από το σπίτι με τα ακουστικά που μας
στείλατε για τη Νεφέλη. Μόλις ξεκινήσει η βαθμονόμηση εμφανίζεται
"Σφάλμα συσκευής ήχου 12" και γυρίζει στην αρχή. Laptop με Windows 11,
Chrome. Δοκίμασα και με Edge.

Ρένα"""),
("el", "b173-el-kodikos-email-den-erxetai", "Σπυρος Αλεξιου <spyros.alexiou@example.gr>", "Δεν μπορω να μπω", "technical", "",
"""Καλησπερα, προσπαθω να μπω στη σελιδα γονεων και μου ζηταει τον
εξαψηφιο κωδικο που στελνετε με email. Δεν μου ερχεται ποτε, ουτε στα
ανεπιθυμητα. Εχω πατησει "ξαναστειλε" πεντε φορες.
Σπυρος"""),
("el", "b173-el-gl-vinteo-xwris-hxo", "Katerina Zografou <katerina.zogr@example.gr>", "vinteo askhsewn", "technical", "",
"""Geia sas, ta vinteo me tis askhseis gia to spiti pou anevase h
fysiko8erapeytria ths Iris paizoun xwris hxo. Ta prwta 2 eixan hxo, ta
kainouria den exoun katholou, oute apo to laptop oute apo to kinhto.
Efxaristw, Katerina"""),
("el", "b173-el-akoustiko-trith-fora-diefthyntis", "Ολυμπία Σαββίδου <olympia.savvidou@example.gr>", "Ακουστικό - τρίτη επισκευή", "technical", "high",
"""Κύριοι,

Είναι η τρίτη φορά από τον Μάιο που το αριστερό ακουστικό του γιου μου
σταματά να λειτουργεί. Κάθε φορά το στέλνετε για επισκευή, μας το
επιστρέφετε μετά από δύο εβδομάδες και μέσα σε ένα μήνα κλείνει ξανά. Ο
Ηλίας πηγαίνει Β' Δημοτικού και όλο αυτό το διάστημα ακούει με το ένα
αυτί.

Δεν θέλω τέταρτη επισκευή. Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής
του καταστήματος για αντικατάσταση της συσκευής.

Ολυμπία Σαββίδου
6972 000 145"""),
("el", "b173-el-forma-kratisis-sfalma-500", "Παναγιωτης Δρακος <p.drakos@example.gr>", "Σελιδα κρατησεων", "technical", "",
"""Γεια σας, στη σελιδα για κλεισιμο ραντεβου λογοθεραπειας, οταν πατω
"Υποβολη" βγαζει "Error 500 - Internal Server Error". Το δοκιμασα χθες
και σημερα. Ειναι προβλημα δικο σας η δικο μου;"""),
("el", "b173-el-sxoleia-larisas-platforma-exetasi", "2ο Δημοτικό Σχολείο Λάρισας <mail@2dim-larisas.example>", "Ανιχνευτικό τεστ ανάγνωσης", "technical", "high",
"""Καλημέρα σας,

Σήμερα τρία δημοτικά σχολεία της Λάρισας (2ο, 5ο και 11ο) είχαμε
προγραμματίσει το ανιχνευτικό τεστ ανάγνωσης στην πλατφόρμα σας για
όλες τις τάξεις Β' και Γ', περίπου 210 μαθητές. Από τις 8:30 η σελίδα
του τεστ φορτώνει μέχρι τη μέση και μετά βγάζει λευκή οθόνη. Τα παιδιά
περιμένουν στα εργαστήρια υπολογιστών και οι εκπαιδευτικοί έχουν
αφήσει τα μαθήματα για αυτό.

Μπορείτε να μας πείτε αν το πρόβλημα είναι γενικό και πότε
αποκαθίσταται;

Με εκτίμηση,
Μαρία Αναστασίου
Διευθύντρια"""),
("el", "b173-el-gl-re-narthikes-efarmogh-epomeno-set", "Alexandros P. <alexandros.p@example.gr>", "Re: Ξεκινήστε το επόμενο σετ!", "technical", "",
"""H efarmogh mou leei "3ekinhste to set 6" alla otan mpainw sto
plano 8erapeias grafei "Den vrethke plano" kai den mou deixnei tipota.
Poio na valw telika? To set 6 einai sto kouti.

Alexandros

> Γεια σου Αλέξανδρε!
> Ήρθε η ώρα να ξεκινήσεις το επόμενο σετ ναρθήκων. Άνοιξε την
> εφαρμογή για οδηγίες.
> Η ομάδα του Smile Clear"""),
("el", "b173-el-orthostatis-motor", "Νίκη Χατζηγεωργίου <niki.chatzigeorgiou@example.gr>", "Ορθοστάτης", "technical", "",
"""Καλησπέρα σας,

Ο ηλεκτρικός ορθοστάτης που νοικιάσαμε από το κέντρο σας για τον Άγγελο
από χθες κάνει έναν δυνατό θόρυβο σαν τρίξιμο και σταματάει στη μέση,
δεν ανεβαίνει μέχρι πάνω. Το χειριστήριο έχει φορτίσει κανονικά. Μπορεί
να έρθει κάποιος να τον δει;

Νίκη Χατζηγεωργίου"""),
("el", "b173-el-eyxaristo-k-sofia", "Ελένη Μαυροπούλου <eleni.mavropoulou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω από καρδιάς την κυρία Σοφία. Όταν ήρθαμε πριν από
ενάμιση χρόνο, ο Λευτέρης δεν έλεγε το "ρ" και ντρεπόταν να μιλήσει
στην τάξη. Χθες στη σχολική γιορτή της 25ης Μαρτίου είπε ολόκληρο
ποίημα μπροστά σε όλο το σχολείο. Η γιαγιά του έκλαιγε στην πρώτη
σειρά.

Σας παρακαλώ μεταφέρετέ της το.

Ελένη Μαυροπούλου"""),
("el", "b173-el-gl-savvato-avgoustos", "Mpampis Karras <babis.karras@example.gr>", "wrario", "general", "",
"""kalhspera, ton Augousto eiste anoixta Savvato prwi? 8elw na kleisw
ena akoogramma gia ton mikro prin anoi3oun ta sxoleia. eyxaristw"""),
("el", "b173-el-allagi-tilefonou-email", "Χρυσα Τσιμπιδη <chrysa.tsimpidi@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα,
αλλαξα κινητο και email. Παρακαλω ενημερωστε τον φακελο της κορης μου
Αρετης Τσιμπιδη:
κινητο 6985 000 271
email chrysa.ts@example.gr
Το παλιο email δεν το ελεγχω πια.
Ευχαριστω, Χρυσα"""),
("el", "b173-el-gl-kapelo-gyalia-kataskhnwsh", "Roula Pantazi <roula.pantazi@example.gr>", "3exasmena pragmata", "general", "",
"""Kalhspera, o Minas gyrise apo thn kataskhnwsh xwris to kapelo tou
(prasino, grafei MINAS mesa) kai ta gyalia hliou me to kordonaki. Ta
vrhkate mhpws? Mporei na ta paralavei o pappous thn Trith pou 8a
perasei apo ekei.
Roula"""),
("el", "b173-el-spasmena-gyalia-aylh", "Σωτήρης Μπακάλης <sotiris.bakalis@example.gr>", "Αυλή της κατασκήνωσης", "general", "high",
"""Καλησπέρα σας,

Όταν πήγα να πάρω τον γιο μου σήμερα το μεσημέρι, είδα στην αυλή με τις
κούνιες, δίπλα στην αμμοδόχο, σπασμένα γυαλιά από μπουκάλι. Αρκετά
κομμάτια, κάποια μέσα στην άμμο. Πολλά από τα παιδιά εκεί περπατάνε
ξυπόλητα ή μπουσουλάνε, και αρκετά δεν μπορούν να πουν αν χτύπησαν.
Το είπα σε μια εθελόντρια αλλά δεν είδα να γίνεται κάτι.

Παρακαλώ να καθαριστεί πριν βγουν ξανά τα παιδιά αύριο το πρωί.

Σωτήρης Μπακάλης"""),
("el", "b173-el-odigos-afise-paidi-proistamenos", "Αθηνά Ρούσσου <athina.roussou@example.gr>", "Παράπονο για τον οδηγό", "general", "high",
"""Κύριοι,

Σήμερα το μεσημέρι ο οδηγός του σχολικού λεωφορείου άφησε τον γιο μου,
τον Φίλιππο, μόνο του στη στάση έξω από την πολυκατοικία και έφυγε,
χωρίς να περιμένει να τον παραλάβω εγώ όπως προβλέπεται. Ο Φίλιππος
έχει αυτισμό και δεν ξέρει να περνάει δρόμο μόνος του. Τον βρήκε η
γειτόνισσα να περιπλανιέται στο πεζοδρόμιο.

Θέλω να μιλήσω με τον προϊστάμενο των μεταφορών σήμερα κιόλας, όχι με
το τηλεφωνικό κέντρο.

Αθηνά Ρούσσου
6944 000 902"""),
("el", "b173-el-antigrafo-axiologisis-kedasy", "Φώτης Ευαγγέλου <fotis.evangelou@example.gr>", "Αντίγραφο αξιολόγησης", "general", "",
"""Καλημέρα,

Το ΚΕΔΑΣΥ μάς ζήτησε αντίγραφο της αξιολόγησης δυσλεξίας που έκανε η
κόρη μου Ζωή στο κέντρο σας τον Ιούνιο, μαζί με τα αποτελέσματα των
τεστ. Μπορώ να το παραλάβω από τη γραμματεία ή πρέπει να κάνω γραπτή
αίτηση;

Φώτης Ευαγγέλου"""),
("el", "b173-el-gl-enimerwtikh-hmera-dysleksia", "Tasos Liakos <tasos.liakos@example.gr>", "enhmerwtikh ekdhlwsh", "general", "",
"""Geia sas, eida sto facebook thn enhmerwtikh ekdhlwsh gia th dyslexia
to Savvato 18 sto Xalandri. Prepei na dhlwsoume symmetoxh? Mporoume na
fertoume kai to paidi h einai mono gia goneis?
Tasos"""),
("el", "b173-el-syllogos-goneon-bazaar", "Σύλλογος Γονέων 3ου Ειδικού Σχολείου <syllogos@3eidiko.example>", "Χριστουγεννιάτικο bazaar", "general", "",
"""Αγαπητοί φίλοι,

Ο Σύλλογος Γονέων του 3ου Ειδικού Δημοτικού Σχολείου Βόλου οργανώνει,
όπως κάθε χρόνο, χριστουγεννιάτικο bazaar στις 14 Δεκεμβρίου. Τα έσοδα
θα διατεθούν για εξοπλισμό αισθητηριακής αίθουσας. Θα θέλατε να
συμμετάσχετε με μια δωροεπιταγή ή με ένα δωρεάν ακοόγραμμα ως δώρο για
τη λαχειοφόρο; Θα σας αναφέρουμε ως υποστηρικτές στην αφίσα.

Με εκτίμηση,
Κατερίνα Λιάπη
Πρόεδρος"""),
("el", "b173-el-oxi-xrewsi-agenis-grammateia", "Ηλίας Μαργαρίτης <ilias.margaritis@example.gr>", "Γραμματεία", "general", "",
"""Καλησπέρα,

Δεν έχω θέμα με τις χρεώσεις σας, ούτε με τη θεραπεύτρια, που είναι
εξαιρετική. Έχω θέμα με τον τρόπο που μας μίλησε η κοπέλα στη
γραμματεία την Πέμπτη, όταν αργήσαμε πέντε λεπτά επειδή ο Στράτος δεν
ήθελε να βγει από το αυτοκίνητο. Μας είπε μπροστά σε όλη την αίθουσα
αναμονής ότι "αν δεν μπορείτε να έρθετε στην ώρα σας να πάτε αλλού".
Δεν είναι τρόπος αυτός, ειδικά σε ένα κέντρο για παιδιά σαν τον γιο μου.

Ηλίας Μαργαρίτης"""),
("el", "b173-el-gl-giorth-htan-fwtia", "Dimitra Stathopoulou <dimitra.stath@example.gr>", "h giorth!!!", "general", "",
"""Kalhspera se olous!!
h giorth lh3hs ths kataskhnwshs htan FWTIA, ta paidia ta spasane! O
Nikolas den stamataei na xoreyei to tragoudi me ta zwakia. Eyxaristoume
poly thn Anna, ton Kwsta kai olous tous syno3ous, htan h prwth fora pou
emeine makria mas oloklhrh evdomada kai gyrise xaroumenos.
Dimitra"""),
("el", "b173-el-akoi-3xrono-ti-na-fero", "Μαρκέλλα Ιωάννου <markella.ioannou@example.gr>", "Πρώτο ραντεβού", "general", "",
"""Γεια σας,

Έχουμε κλείσει για την Τετάρτη τον πρώτο έλεγχο ακοής για την κόρη μας
την Αλκμήνη, που είναι 3 χρονών. Πόση ώρα διαρκεί περίπου; Χρειάζεται
να φέρουμε το βιβλιάριο υγείας ή το παραπεμπτικό του παιδιάτρου; Και
μπορεί να μπει μαζί και ο μεγάλος αδερφός της;

Ευχαριστούμε,
Μαρκέλλα"""),
("el", "b173-el-gl-erwthsh-aytismos-kataskhnwsh", "Giota Mpoura <giota.mpoura@example.gr>", "Erwthsh", "general", "",
"""Kalhmera sas, dexeste sthn kalokairinh kataskhnwsh kai paidia me
aytismo pou den milane? O Xristos einai 9 xronwn kai xrhsimopoiei tablet
gia na epikoinwnei. Posoi syno3oi antistoixoun se ka8e paidi?
Eyxaristw, Giota"""),

# ---------------- Spanish ----------------
("es", "b173-es-factura-nif-sanitas", "Beatriz Olmedo <beatriz.olmedo@example.es>", "Facturas logopedia", "billing", "",
"""Hola, buenos días:

Sanitas me pide facturas con el NIF del centro, el número de colegiada
de la logopeda y el nombre del paciente para reembolsarme las sesiones
de mi hijo Íñigo. Los recibos que me dais solo ponen "Sesión - 40 €".
¿Me podéis hacer las facturas de enero a marzo (11 sesiones) con esos
datos, a nombre de Beatriz Olmedo Ruiz, DNI 00000000T?

Gracias,
Beatriz"""),
("es", "b173-es-cobro-doble-terapia-lenguaje", "Rocio Mendoza <rocio.mendoza@example.com.mx>", "cobro doble", "billing", "",
"""Buenas tardes, me cobraron dos veces la mensualidad de terapia de
lenguaje de mi hija Regina, $1,200 pesos el dia 3 y otra vez $1,200 el
dia 5, con la misma tarjeta. Les mando captura del estado de cuenta.
Me pueden regresar uno de los cargos por favor.
Rocio Mendoza"""),
("es", "b173-es-alineadores-cuotas-sin-interes", "Martín Echeverría <martin.echeverria@example.com.ar>", "Consulta alineadores Juli", "billing", "",
"""Hola, ¿qué tal?

Tuvimos la primera consulta con la Dra. Paz por los alineadores de mi
hija Julieta (13). El presupuesto es de $ 1.850.000. ¿Lo puedo pagar en
cuotas sin interés con la tarjeta? ¿Con cuáles bancos? Y si pago en
efectivo o transferencia, ¿tienen algún descuento?

Gracias, saludos
Martín"""),
("es", "b173-es-hugo-lee-solo-baja", "Nuria Castells <nuria.castells@example.es>", "Hugo", "billing", "",
"""Hola Carmen,

Te escribo con muy buenas noticias: en la reunión de evaluación la
orientadora del cole nos dijo que Hugo ya lee a su nivel y que no
necesita más refuerzo fuera. ¡Ni nos lo creíamos! Así que este mes
sería el último. ¿Podéis dar de baja la cuota mensual de 95 € a partir
de junio?

Mil gracias a ti y a Álvaro por estos dos años.
Nuria"""),
("es", "b173-es-temuco-suspender-fono", "Camila Soto <camila.soto@example.cl>", "Suspender por unos meses", "billing", "",
"""Hola, buenas tardes.

Por un tema familiar nos vamos a ir a vivir unos meses donde mi mamá en
Temuco, de marzo a mayo más o menos. ¿Se puede suspender el plan de
fonoaudiología de Benjamín durante ese tiempo y retomarlo en junio con
la misma fono? No quiero darlo de baja, solo que no se cobren los
$45.000 mensuales mientras no estemos.

Muchas gracias,
Camila Soto"""),
("es", "b173-es-campamento-doble-cargo-banco", "Jorge Villalba <jorge.villalba@example.es>", "Campamento inclusivo julio - cobro duplicado", "billing", "high",
"""Buenas,

El 15 de mayo pagué con tarjeta la quincena de julio del campamento
inclusivo para mi hija Alba: 390 €. El cargo aparece dos veces en mi
cuenta. Os lo comuniqué el 20 de mayo por teléfono y el 2 de junio por
email, y la respuesta siempre es "lo estamos revisando".

Si el lunes no tengo devueltos los 390 € duplicados, pido a mi banco la
devolución del cargo y que lo resuelvan ellos.

Jorge Villalba"""),
("es", "b173-es-transporte-ruta-suspendida-gerente", "Adriana Fuentes <adriana.fuentes@example.com.mx>", "Cobro de transporte escolar", "billing", "high",
"""Buenas tardes.

En octubre la ruta 4 del transporte adaptado estuvo suspendida dos
semanas porque la camioneta estaba en el taller, y yo tuve que llevar a
mi hijo Emiliano en taxi todos esos días. Aun así me cobraron el mes
completo, $3,800. Ya hablé tres veces con la señorita de cobranza y me
dice que "la cuota es fija".

No estoy de acuerdo. Quiero que me llame el gerente de la empresa, no
cobranza otra vez, y que me descuenten esas dos semanas.

Adriana Fuentes
Cel. 55 0000 4471"""),
("es", "b173-es-clinica-cerrada-alineadores-consumo", "Ana Belén Quiroga <anabelen.quiroga@example.es>", "Tratamiento de ortodoncia sin terminar", "billing", "high",
"""A la atención de quien corresponda:

En septiembre contratamos el tratamiento de alineadores de mi hijo
Pablo (16 años) en su clínica de Alcalá de Henares, 2.900 € financiados
a 24 meses con su financiera. La clínica cerró sin aviso en febrero y
desde entonces nadie nos da cita, pero la financiera nos sigue pasando
las cuotas de 120,83 € cada mes por un tratamiento que no se está
haciendo.

Exijo que se paren las cuotas y que se me devuelva lo pagado por el
tratamiento no realizado. Ya he puesto una hoja de reclamaciones y, si
no tengo respuesta en diez días, presentaré denuncia en la Oficina
Municipal de Consumo y lo pondré en manos de un abogado.

Ana Belén Quiroga"""),
("es", "b173-es-re-recordatorio-pago-nequi", "Yesenia Cardona <yesenia.cardona@example.com.co>", "RE: Recordatorio de pago - noviembre", "billing", "",
"""Buenos dias, una pregunta, ¿puedo pagar por Nequi o por PSE? Es que
no tengo tarjeta de credito y la consignacion en el banco me queda muy
lejos del trabajo.

Gracias
Yesenia

De: Facturación Centro Crecer <facturacion@centrocrecer.example>
Enviado: lunes, 3 de noviembre
Asunto: Recordatorio de pago - noviembre

Apreciada acudiente,
Le recordamos que la mensualidad de fisioterapia de Samuel por valor
de $350.000 vence el próximo 10 de noviembre."""),
("es", "b173-es-no-devolucion-cambio-grupal", "Iker Arrieta <iker.arrieta@example.es>", "Cambio de modalidad", "billing", "",
"""Kaixo,

No quiero que me devolváis nada, que quede claro. Lo que querría es
pasar a Unai de las sesiones individuales de dislexia (160 € al mes) al
grupo reducido de los jueves, que creo que es 90 €. ¿Cómo se hace el
cambio y qué pasa con lo que ya he pagado de este mes?

Iker Arrieta"""),
("es", "b173-es-cumplio-18-pasa-adultos", "Graciela Benítez <graciela.benitez@example.com.ar>", "Socia Lucía Benítez", "billing", "",
"""Hola chicos,

Lucía cumplió 18 en agosto y, como ustedes mismos nos explicaron, ya no
entra en el club de verano de los chicos y pasa al centro de día de
adultos del municipio. Así que la cuota de socia de $ 28.000 ya no
corresponde: por favor no la debiten más de mi cuenta a partir de
septiembre.

Fueron seis veranos hermosos. Gracias por todo lo que le dieron.
Graciela"""),
("es", "b173-es-fianza-audifono-prestamo", "Francisco Lozano <francisco.lozano@example.es>", "Fianza audífono de préstamo", "billing", "",
"""Buenos días.

El 12 de abril devolvimos en la clínica de Murcia el audífono de
préstamo que le dejaron a mi hijo Adrián mientras reparaban el suyo. Al
dejarlo pagamos 50 € de fianza y nos dijeron que se devolvían al
entregarlo. Han pasado tres semanas y no nos ha llegado nada a la
tarjeta. ¿Podéis mirarlo?

Un saludo,
Francisco Lozano"""),
("es", "b173-es-precio-audiometria-dos-hermanos", "Milagros Quispe <milagros.quispe@example.pe>", "Cuanto cuesta", "billing", "",
"""Buenas tardes, quisiera saber cuanto cuesta la evaluacion auditiva
para niños en su sede de Miraflores. Son dos hermanitos de 5 y 7 años.
Hacen algun descuento si vienen los dos el mismo dia? Se puede pagar
con Yape?
Gracias, Milagros"""),
("es", "b173-es-recibo-beca-neae-mayusculas", "Manuel Trujillo <manuel.trujillo@example.es>", "RECIBO PARA LA BECA", "billing", "",
"""NECESITO EL CERTIFICADO DE PAGO DEL CURSO COMPLETO PARA LA BECA DE
NECESIDADES EDUCATIVAS ESPECIALES. EL COLEGIO ME LO PIDE PARA EL
VIERNES. Alumno: Daniel Trujillo Gil, reeducación pedagógica 2 horas
semanales, de octubre a junio. Tiene que llevar el sello y la firma.

Gracias
Manuel"""),
("es", "b173-es-no-es-factura-app-blanco", "Laura Prieto <laura.prieto@example.es>", "Mi cuenta", "technical", "",
"""Hola,

No es nada de la factura, que eso está bien. Es la app de ejercicios que
nos mandó la logopeda: desde la actualización del martes, cuando mi hija
entra en "Sonido R", la pantalla se queda en blanco y no sale nada.
Los demás ejercicios van bien. Es un iPhone 12.

Laura"""),
("es", "b173-es-audifono-bluetooth-telefono", "Karla Ibarra <karla.ibarra@example.com.mx>", "Audifonos de Mateo no se conectan", "technical", "",
"""Hola buenas tardes

Desde el domingo los audifonos de mi hijo ya no se conectan con mi
celular por bluetooth. Antes le pasabamos el audio de sus clases en
linea directo a los audifonos. Ya los borre de la lista y los volvi a
vincular pero se queda buscando. El celular es un Motorola. Que puedo
hacer?

Karla Ibarra"""),
("es", "b173-es-andador-pata-doblada", "Sebastián Ferreyra <sebastian.ferreyra@example.com.ar>", "Andador de Valentino", "technical", "high",
"""Hola, buenas.

Les cuento algo para que lo tengan en cuenta, que por suerte no pasó a
mayores. El andador posterior que le alquilamos a ustedes para Valentino
se dobló de una pata ayer a la tarde mientras caminaba por el pasillo.
Se fue para el costado, alcancé a agarrarlo y no se lastimó. Miré y
el tubo de aluminio está rajado justo donde entra el tornillo de la
altura.

Ya no lo usamos. ¿Pueden cambiarlo? Y quizás convenga revisar los otros
del mismo modelo.

Sebastián Ferreyra"""),
("es", "b173-es-gabinete-agendas-vacias", "Gabinete Palabras <recepcion@gabinete-palabras.example>", "No vemos nada", "technical", "high",
"""Buenos días,

Desde las 9 el programa de gestión nos muestra las agendas vacías para
las seis logopedas. Los padres están llegando con los niños y no
sabemos quién tiene cita ni con quién, ni podemos ver los informes de
las sesiones anteriores. Ya hemos tenido que mandar a casa a cuatro
familias y la sala de espera está llena.

Por favor, llamadnos en cuanto podáis: 960 000 312.

Elena Sanchis
Coordinadora, Gabinete de Logopedia Palabras (Valencia)"""),
("es", "b173-es-furgoneta-olor-combustible", "Francisca Rojas <francisca.rojas@example.cl>", "Furgón de la mañana", "technical", "high",
"""Hola, buenas tardes.

Quería avisar que esta semana, tres mañanas seguidas, mi hijo Tomás
llegó del furgón del transporte escolar con la ropa oliendo a bencina,
y hoy él mismo me dijo que "adentro huele fuerte y pica la nariz". El
tío que maneja dice que es normal porque el furgón es antiguo. Van
seis niños adentro, dos en silla de ruedas.

Prefiero que lo revisen antes de que lo vuelvan a usar.

Francisca Rojas"""),
("es", "b173-es-attache-despegado", "Rubén Aguado <ruben.aguado@example.es>", "Se ha caído un ataché", "technical", "",
"""Hola, a mi hija Irene se le ha despegado uno de los ataches de abajo
(el del colmillo izquierdo) y ahora el alineador nuevo no encaja bien
por ese lado. ¿Sigue con el alineador o vuelve al anterior hasta que
le den cita? Gracias. Rubén"""),
("es", "b173-es-usuario-bloqueado-portal", "Guadalupe Ortiz <lupita.ortiz@example.com.mx>", "Ayuda", "technical", "",
"""Buenas, intente entrar al portal de papas para ver las tareas de
lectura de mi hijo y puse mal la contraseña, ahora dice "usuario
bloqueado, intente en 24 horas". Ya pasaron dos dias y sigue igual.
Me ayudan? Mi usuario es lupita.ortiz"""),
("es", "b173-es-audifono-tercera-director", "Wilson Restrepo <wilson.restrepo@example.com.co>", "Audífono de Valeria - otra vez dañado", "technical", "high",
"""Señores,

Es la tercera vez en cinco meses que el audífono derecho de mi hija
Valeria deja de funcionar. Las dos veces anteriores ustedes lo
"repararon" y a las pocas semanas volvió a fallar igual: se apaga solo
a los diez minutos de ponérselo. Valeria tiene 9 años y mientras tanto
está en el colegio oyendo por un solo lado.

No voy a dejarlo otra vez en el mostrador. Solicito que me atienda
personalmente el director médico de la sede Laureles y que se evalúe el
cambio del equipo.

Wilson Restrepo
Medellín"""),
("es", "b173-es-re-videollamada-ipad", "Marta Gil <marta.gil@example.es>", "Re: Tu sesión por videollamada de mañana", "technical", "",
"""El enlace no se abre en el iPad, se queda en "Conectando..." y
después sale "Tu navegador no es compatible". En el ordenador de mi
marido sí funciona pero él se lo lleva al trabajo. ¿Hay alguna app
que podamos usar?

Marta

El 14/02, Centro Oír y Hablar escribió:
> Hola, Marta:
> Te recordamos la sesión de Leo mañana a las 17:30. Para conectarte
> pulsa en este enlace cinco minutos antes.
> Un saludo"""),
("es", "b173-es-estuche-inteligente-luz", "Florencia Ríos <florencia.rios@example.com.ar>", "El estuche no anda", "technical", "",
"""Hola! El estuche que vino con los alineadores de Sofi (el que te
avisa con la lucecita cuando pasaron las 22 horas) dejó de prender. Le
cambié la pila y nada. ¿Es un tema de la app o del estuche? Besos,
Flor"""),
("es", "b173-es-campamento-app-medicacion", "Campamento Urbano Los Almendros <coordinacion@losalmendros.example>", "Fichas de los niños", "technical", "high",
"""Buenos días:

Esta mañana la aplicación que usamos para pasar lista y consultar las
fichas de los niños no carga: sale "Error de sincronización" en todas
las tablets. Tenemos 42 niños y niñas con discapacidad en el campamento
y en esas fichas están las alergias, las pautas de medicación y los
teléfonos de emergencia. Los monitores no pueden dar las medicaciones
del mediodía sin consultarlas.

Necesitamos que vuelva a funcionar cuanto antes o que nos enviéis las
fichas de otra forma.

Pilar Domínguez
Coordinadora, Campamento Urbano Los Almendros (Zaragoza)"""),
("es", "b173-es-tablet-caa-sin-voz", "Héctor Salinas <hector.salinas@example.com.mx>", "La tablet ya no habla", "technical", "",
"""Buenas tardes.

Mi hijo Iván usa la tablet de comunicación que nos recomendó su
terapeuta para pedir las cosas. Después de la actualización de ayer,
cuando toca los pictogramas se ven bien pero ya no sale la voz. El
volumen está al máximo y otras apps sí suenan. En la escuela ya no lo
entienden sin la voz.

Héctor Salinas"""),
("es", "b173-es-pdf-resultado-no-abre", "Jose Antonio Mora <joseantonio.mora@example.es>", "Resultados audiometria", "technical", "",
"""Buenas, me ha llegado el correo con los resultados de la audiometria
de mi hija pero el PDF no se abre, dice "El archivo esta dañado". Lo he
probado en el movil y en el ordenador. Me lo podeis reenviar?
Gracias"""),
("es", "b173-es-gracias-marta-logopeda", "Consuelo Herrero <consuelo.herrero@example.es>", "Gracias", "general", "",
"""Buenas tardes:

Soy la abuela de Rodrigo, el niño de los martes a las cinco. Quería
darle las gracias a Marta, la logopeda. Cuando empezó, el niño casi no
se hacía entender y se frustraba mucho. El domingo, en la comida
familiar, me contó él solito todo lo que había hecho en la excursión
del colegio, y le entendimos todos. A mis 74 años no me esperaba
emocionarme tanto con una conversación.

Un abrazo muy fuerte para ella.
Consuelo Herrero"""),
("es", "b173-es-horarios-enero", "Agustina Méndez <agustina.mendez@example.com.ar>", "Horarios", "general", "",
"""Hola, ¿en enero siguen atendiendo en el consultorio de Belgrano o
cierran por vacaciones? Quería saber si Bauti puede seguir con kinesio
en enero o si paramos hasta febrero. Gracias!"""),
("es", "b173-es-cambio-domicilio-ruta", "Silvia Navarro <silvia.navarro@example.es>", "Cambio de dirección", "general", "",
"""Hola,

Nos mudamos el día 28. A partir del lunes 2, la recogida y la vuelta de
Javi en la ruta del colegio tendrían que ser en la nueva dirección:
calle Pintor Sorolla 14, 3.º B, Alcorcón. Mismo horario. El portal
tiene rampa por la calle de atrás, por si le sirve al conductor.

Gracias,
Silvia"""),
("es", "b173-es-chamarra-perdida", "Alejandra Paredes <ale.paredes@example.com.mx>", "Se quedo la chamarra", "general", "",
"""Hola, mi hijo Diego dejo ayer su chamarra azul marino en la sala de
fisioterapia, tiene un parche de dinosaurio en la manga. Me la pueden
guardar? Paso por ella el jueves en su cita. Gracias"""),
("es", "b173-es-valla-patio-carretera", "Rafael Montoya <rafael.montoya@example.es>", "Valla del patio", "general", "high",
"""Hola, buenas tardes.

Al recoger hoy a mi hijo en el club de verano me he dado cuenta de que
la valla del patio del fondo, la que da a la carretera, tiene un hueco
de casi un metro por el que cabe un niño de pie. Hay varios niños en el
club que se escapan o no perciben el peligro, el mío entre ellos, y los
coches pasan por ahí bastante rápido.

Os lo digo para que lo arregléis o cerréis esa zona antes de mañana.

Rafael Montoya"""),
("es", "b173-es-monitor-castigo-director", "Paula Contreras <paula.contreras@example.cl>", "Lo que pasó el miércoles", "general", "high",
"""Estimados:

El miércoles mi hija Antonia, que tiene TEA, tuvo una crisis en el
comedor de la escuela de verano. Según me contaron dos monitoras, el
monitor Felipe le gritó delante de todos, la dejó sin almuerzo "para
que aprenda" y la sentó sola en el pasillo. Antonia llegó a la casa sin
comer y llorando.

No quiero más explicaciones de los monitores. Exijo que el director de
la escuela de verano me llame personalmente y me diga qué medidas se
van a tomar.

Paula Contreras
+56 9 0000 1183"""),
("es", "b173-es-supresion-datos-rgpd", "Óscar Belmonte <oscar.belmonte@example.es>", "Solicitud RGPD", "general", "",
"""Buenos días,

Mi hijo terminó el tratamiento de fisioterapia con ustedes en diciembre.
Conforme al RGPD, solicito que supriman los datos personales de ambos
que no estén obligados a conservar por ley, y que me confirmen por
escrito cuáles conservan y durante cuánto tiempo.

Atentamente,
Óscar Belmonte"""),
("es", "b173-es-taller-padres-inscripcion", "Verónica Salas <veronica.salas@example.com.mx>", "Taller para papás", "general", "",
"""Hola! Vi en su página de Facebook el taller para papás sobre dislexia
del sábado 22 en Guadalajara. ¿Cómo me inscribo? ¿Puedo ir con mi
esposo o es un lugar por familia? ¿Hay dónde dejar a los niños mientras?
Saludos, Vero"""),
("es", "b173-es-baloncesto-adaptado-patrocinio", "CD Baloncesto Adaptado Triana <club@bsr-triana.example>", "Propuesta de patrocinio", "general", "",
"""Buenas tardes:

Somos un club de baloncesto en silla de ruedas de Sevilla con una
escuela infantil de 18 niños y niñas de 8 a 15 años. Estamos buscando
patrocinadores para las equipaciones de la próxima temporada y hemos
pensado en vuestro centro de fisioterapia infantil, porque varias de
nuestras familias van a vuestra consulta. ¿Con quién podríamos hablarlo?

Un saludo,
Inmaculada Reyes
Secretaria del club"""),
("es", "b173-es-consulta-implante-coclear", "Rosa Huamán <rosa.huaman@example.pe>", "Consulta", "general", "",
"""Buenos días. Mi nieta de 4 años tiene implante coclear desde el año
pasado. ¿Ustedes atienden terapia de lenguaje para niños con implante?
¿La terapeuta sabe de eso o es general? Vivimos en Surco.
Atentamente, Rosa Huamán"""),
("es", "b173-es-videos-nos-mataron-risa", "Leandro Acosta <leandro.acosta@example.uy>", "Los videos del campamento", "general", "",
"""¡Buenas! Solo para decirles que los videos del campamento nos mataron
de risa. Lo de Joaquín con el disfraz de pirata fue una bomba, lo vimos
mil veces con los abuelos. Hacía mucho que no lo veíamos tan suelto con
otros gurises. Gracias a todo el equipo, de verdad. Leandro"""),
("es", "b173-es-no-queja-carta-colegio", "Eva Lorente <eva.lorente@example.es>", "Una consulta, no es una queja", "general", "",
"""Hola, no es ninguna queja, ¿eh? Estamos encantados con Sergio, el
fisio de Nico.

El colegio nos pide un escrito del fisioterapeuta explicando qué
adaptaciones necesita Nico en Educación Física (que no salte, que no
corra más de diez minutos seguidos...). ¿Se lo puedo pedir a Sergio
directamente en la próxima sesión o tiene que ir por recepción?

Eva"""),
("es", "b173-es-whatsapp-diagnosticos-sic", "Liliana Gómez <liliana.gomez@example.com.co>", "Grupo de WhatsApp", "general", "high",
"""Buenas tardes.

Ayer la coordinadora de las vacaciones recreativas creó un grupo de
WhatsApp con todos los padres y publicó ahí la lista completa de los
niños con nombre, edad y diagnóstico ("TDAH", "parálisis cerebral",
"epilepsia"...), y con los teléfonos de todos a la vista. Nadie nos
pidió autorización. Hay papás en ese grupo que ni conozco.

Exijo que borren ese mensaje y el grupo hoy mismo y que me expliquen
por escrito qué hacen con los datos de mi hijo. Si no, presentaré la
queja ante la Superintendencia de Industria y Comercio por el manejo de
datos sensibles de menores.

Liliana Gómez"""),

# ---------------- Polish ----------------
("pl", "b173-pl-faktura-ulga-rehabilitacyjna", "Agnieszka Wójcik <agnieszka.wojcik@example.pl>", "Faktury za logopedę", "billing", "",
"""Dzień dobry,

chcę odliczyć w zeznaniu rocznym wydatki na terapię logopedyczną syna w
ramach ulgi rehabilitacyjnej. Księgowa mówi, że potrzebuję faktur
imiennych z danymi dziecka (Filip Wójcik, PESEL w załączeniu u Państwa
w karcie), a dotąd dostawałam tylko paragony. Czy mogą Państwo wystawić
faktury za zajęcia od lutego do grudnia, 42 sesje po 130 zł?

Pozdrawiam
Agnieszka Wójcik"""),
("pl", "b173-pl-blik-dwa-razy-polkolonie", "Tomasz Zielinski <tomasz.zielinski@example.pl>", "platnosc za polkolonie", "billing", "",
"""Dzien dobry,
placilem BLIKiem za polkolonie dla corki (tydzien 8-12 lipca, 1450 zl)
i za pierwszym razem wyskoczyl blad, wiec zaplacilem drugi raz. Teraz
widze na koncie dwa obciazenia po 1450 zl. Prosze o zwrot jednego.
Tomasz Zielinski"""),
("pl", "b173-pl-nakladki-raty-zero", "Katarzyna Lewandowska <k.lewandowska@example.pl>", "Raty za nakładki", "billing", "",
"""Dzień dobry,

byliśmy z córką Olą (15 lat) na konsultacji w klinice na Mokotowie.
Wycena leczenia nakładkami to 9 800 zł. Czy jest możliwość rozłożenia
tego na raty 0%, np. na 10 lub 20 rat? I czy szyna retencyjna po
leczeniu jest już w tej cenie?

Katarzyna Lewandowska"""),
("pl", "b173-pl-przedszkole-integracyjne-rezygnacja", "Marek Kaczmarek <marek.kaczmarek@example.pl>", "Zuzia od września", "billing", "",
"""Dzień dobry Pani Magdo,

mamy dobrą wiadomość - Zuzia dostała się do przedszkola integracyjnego
na Jeżycach, gdzie logopeda przychodzi do grupy trzy razy w tygodniu.
W związku z tym od września nie będziemy już korzystać z zajęć u Pani.
Proszę o zakończenie abonamentu (320 zł miesięcznie) po sierpniowych
zajęciach.

Bardzo dziękujemy za te dwa lata!
Marek Kaczmarek"""),
("pl", "b173-pl-kontrakt-norwegia-zawieszenie", "Joanna Dabrowska <joanna.dabrowska@example.pl>", "zawieszenie", "billing", "",
"""Dzien dobry,
maz dostal 3-miesieczny kontrakt w Norwegii i jedziemy wszyscy razem, od
polowy stycznia do polowy kwietnia. Czy mozna zawiesic pakiet
fizjoterapii Kuby na ten czas i wrocic w kwietniu do tej samej
terapeutki (p. Iwony)? Nie chcemy rezygnowac.
Joanna"""),
("pl", "b173-pl-pakiet-fizjo-chargeback", "Paweł Mazur <pawel.mazur@example.pl>", "Zwrot za niewykorzystany pakiet", "billing", "high",
"""Szanowni Państwo,

w marcu opłaciłem z góry pakiet 20 wizyt fizjoterapii dziecięcej dla
syna (2 400 zł). Wykorzystaliśmy 6. W maju poinformowali Państwo, że
filia przy ul. Kościuszki zostaje zamknięta, a najbliższa jest 40 km od
nas. Poprosiłem o zwrot za 14 niewykorzystanych wizyt, czyli 1 680 zł.
Od tego czasu minęły dwa miesiące i trzy maile bez odpowiedzi.

Jeżeli w ciągu 7 dni pieniądze nie wrócą na moje konto, złożę w banku
reklamację transakcji kartowej (chargeback).

Paweł Mazur"""),
("pl", "b173-pl-turnus-zaliczka-rzecznik", "Monika Krawczyk <monika.krawczyk@example.pl>", "Zaliczka za turnus - odwołany przez Państwa", "billing", "high",
"""Szanowni Państwo,

w lutym wpłaciłam 2 000 zł zaliczki na dwutygodniowy turnus
rehabilitacyjny dla córki w Ustce (termin 1-14 lipca). 10 czerwca
otrzymałam SMS, że turnus jest odwołany z powodu braku kadry. Od tamtej
pory słyszę, że zaliczka "przechodzi na przyszły rok".

To Państwo odwołali turnus, nie ja, więc żądam zwrotu całej zaliczki.
Jeżeli nie otrzymam jej do końca miesiąca, sprawą zajmie się Miejski
Rzecznik Konsumentów, a następnie skieruję pozew do sądu.

Monika Krawczyk"""),
("pl", "b173-pl-dowoz-naliczony-choroba-kierownik", "Dorota Pawlak <dorota.pawlak@example.pl>", "Opłata za dowóz - luty", "billing", "high",
"""Dzień dobry,

Wiktor przez cały luty był w szpitalu (zapalenie płuc), o czym Państwa
informowałam pisemnie 2 lutego. Regulamin dowozu mówi wyraźnie, że
nieobecność powyżej 5 dni zgłoszona z wyprzedzeniem nie jest płatna.
Mimo to naliczono mi pełną opłatę 560 zł.

Dwukrotnie rozmawiałam z biurem i słyszę tylko, że "system tak
policzył". Proszę o kontakt kierownika przewozów - nie biura - i
korektę opłaty. Tel. 600 000 418.

Dorota Pawlak"""),
("pl", "b173-pl-re-przypomnienie-juz-zaplacone", "Lukasz Michalski <lukasz.michalski@example.pl>", "Re: Przypomnienie o płatności - faktura 2024/03/118", "billing", "",
"""Dzien dobry, to zostalo oplacone 5 marca przelewem, potwierdzenie w
zalaczniku. W tytule wpisalem numer faktury. Prosze sprawdzic.
Lukasz Michalski

W dniu 12.03 Centrum Terapii Dziecka "Słoneczko" napisał(a):
> Szanowny Panie,
> uprzejmie przypominamy o nieuregulowanej płatności za fakturę
> 2024/03/118 na kwotę 480,00 zł, termin płatności minął 10.03.
> Z poważaniem, Dział rozliczeń"""),
("pl", "b173-pl-nie-chce-zwrotu-nadplata", "Ewelina Sikora <ewelina.sikora@example.pl>", "Nadpłata", "billing", "",
"""Dzień dobry,

przez pomyłkę przelałam w tym miesiącu 120 zł za dużo za terapię
dysleksji Mai (zamiast 380 zł poszło 500 zł). Nie chcę zwrotu - proszę
po prostu zaliczyć nadpłatę na poczet kwietnia.

Ewelina Sikora"""),
("pl", "b173-pl-przechodzimy-na-nfz", "Grzegorz Baran <grzegorz.baran@example.pl>", "Koniec wizyt prywatnych", "billing", "",
"""Dzień dobry,

po półtora roku czekania zwolniło się wreszcie miejsce dla Antka w
poradni audiologicznej na NFZ w Krakowie, więc prywatne kontrole słuchu
u Państwa możemy zakończyć. Proszę o anulowanie planu opieki (89 zł
miesięcznie) od przyszłego miesiąca.

Bardzo dziękujemy za opiekę w tym czasie.
Grzegorz Baran"""),
("pl", "b173-pl-karta-duzej-rodziny-rabat", "Beata Wróbel <beata.wrobel@example.pl>", "Karta Dużej Rodziny", "billing", "",
"""Dzień dobry, czy honorują Państwo Kartę Dużej Rodziny przy zapisie na
badanie słuchu? Mam czwórkę dzieci i chciałabym przebadać dwójkę
najmłodszych. Jaki wtedy byłby koszt?"""),
("pl", "b173-pl-pfron-proforma-turnus", "Halina Jabłońska <halina.jablonska@example.pl>", "Faktura proforma do PCPR", "billing", "",
"""Dzień dobry,

staram się o dofinansowanie z PFRON do turnusu rehabilitacyjnego dla
wnuczki, Natalii. PCPR w Lublinie wymaga faktury proforma z numerem
wpisu organizatora do rejestru, terminem turnusu (12-25 sierpnia) i
kwotą osobno za uczestnika i za opiekuna. Czy mogą Państwo taką
przygotować? Wniosek muszę złożyć do 30 kwietnia.

Z poważaniem
Halina Jabłońska"""),
("pl", "b173-pl-przekaz-pocztowy-babcia", "Stanisława Kowalczyk <stanislawa.kowalczyk@example.pl>", "Zapłata", "billing", "",
"""Szanowni Państwo,

jestem babcią Oskara, który jeździ na Państwa półkolonie dla dzieci
niepełnosprawnych. Chciałabym opłacić mu turnus sierpniowy jako prezent
na urodziny. Nie mam karty ani internetu w banku. Czy mogę zapłacić
przekazem pocztowym albo gotówką na miejscu? Ten list pisze mi wnuczka.

Z wyrazami szacunku
Stanisława Kowalczyk"""),
("pl", "b173-pl-nie-platnosc-app-postepy", "Natalia Górska <natalia.gorska@example.pl>", "Konto", "technical", "",
"""Dzień dobry,

to nie jest sprawa płatności ani konta - po prostu nie było innego
tematu do wyboru w formularzu.

Aplikacja z ćwiczeniami logopedycznymi nie zapisuje postępów Szymona.
Codziennie robi ćwiczenia, dostaje gwiazdki, a następnego dnia wszystko
jest wyzerowane i znowu zaczyna od poziomu 1. Telefon Xiaomi, aplikacja
zaktualizowana.

Natalia Górska"""),
("pl", "b173-pl-aparat-gasnie-po-godzinie", "Rafał Ostrowski <rafal.ostrowski@example.pl>", "Aparat słuchowy Hani", "technical", "",
"""Dzień dobry,

lewy aparat słuchowy córki od kilku dni wyłącza się po mniej więcej
godzinie, choć ładowarka pokazuje pełne naładowanie. Prawy działa cały
dzień. Aparaty mają 8 miesięcy. Co możemy zrobić, zanim przyjedziemy
do punktu?

Rafał Ostrowski"""),
("pl", "b173-pl-sterylizator-uv-iskry", "Adam Nowicki <adam.nowicki@example.pl>", "Sterylizator do nakładek", "technical", "high",
"""Dzień dobry,

chciałem spokojnie zgłosić jedną rzecz. Sterylizator UV do nakładek,
który dostaliśmy od Państwa w zestawie startowym, wczoraj wieczorem
zaiskrzył przy gnieździe zasilania i poczuliśmy swąd spalonego
plastiku. Wyjąłem wtyczkę, nic się nie zapaliło i nikomu nic się nie
stało, ale obudowa przy kablu jest lekko stopiona.

Nie używamy go już. Czy mogą Państwo przysłać inny i czy coś powinniśmy
zrobić z tym uszkodzonym?

Adam Nowicki"""),
("pl", "b173-pl-poradnia-nie-wydamy-opinii", "Poradnia Psychologiczno-Pedagogiczna nr 3 <sekretariat@ppp3.example>", "Platforma diagnostyczna", "technical", "high",
"""Dzień dobry,

od wczoraj po południu w platformie do diagnozy dysleksji nie otwierają
się wyniki testów - przy każdym dziecku pojawia się komunikat "Brak
danych sesji". Bez nich psycholodzy nie mogą pisać opinii. Na ten
tydzień mamy umówionych 23 dzieci z rodzicami, część z opiniami
potrzebnymi do egzaminu ósmoklasisty, i musieliśmy już odwołać
dzisiejsze spotkania.

Prosimy o pilny kontakt.

Elżbieta Kamińska
Dyrektor, Poradnia Psychologiczno-Pedagogiczna nr 3 w Łodzi"""),
("pl", "b173-pl-pasy-wozka-bus-nie-trzymaja", "Karolina Szewczyk <karolina.szewczyk@example.pl>", "Bus - mocowanie wózka", "technical", "high",
"""Dzień dobry,

dzisiaj przy wysiadaniu zauważyłam, że jeden z pasów mocujących wózek
mojego syna w busie (tylny, po prawej stronie) ma pękniętą sprzączkę i
w ogóle się nie blokuje - kierowca zawiązał go na supeł. Syn jeździ
na wózku elektrycznym, który waży ponad 100 kg.

Rozumiem, że to się mogło stać dziś rano, ale proszę, żeby bus nie
jechał z dziećmi na wózkach, dopóki pasy nie zostaną wymienione.

Karolina Szewczyk"""),
("pl", "b173-pl-nakladki-nie-pasuja-ortodonta", "Michał Wieczorek <michal.wieczorek@example.pl>", "Nakładki - po raz trzeci", "technical", "high",
"""Dzień dobry,

to już trzeci komplet nakładek dla Igi, który nie pasuje. Górna nakładka
odstaje przy trzonowcach na ok. 2 mm, a zaczepy nie wchodzą w swoje
miejsca. Za każdym razem koordynatorka mówi "proszę dać jej tydzień".
Dawaliśmy tydzień trzy razy, a zęby się nie ruszają.

Proszę, żeby zadzwonił do mnie ortodonta prowadzący albo kierownik
kliniki, a nie kolejna osoba z recepcji. 601 000 227.

Michał Wieczorek"""),
("pl", "b173-pl-aplikacja-dowozu-brak-godziny", "Sylwia Majewska <sylwia.majewska@example.pl>", "aplikacja przewozu", "technical", "",
"""Dzien dobry, od poniedzialku w aplikacji dowozu nie pokazuje sie
godzina przyjazdu busa, jest tylko kreska "--:--". Wczesniej bylo
widac, ze bus bedzie np. za 10 minut. Telefon Samsung, aplikacja
zaktualizowana. Sylwia"""),
("pl", "b173-pl-re-link-aktywacyjny-wygasl", "Kamil Pietrzak <kamil.pietrzak@example.pl>", "Re: Twoje konto w Strefie Rodzica zostało utworzone", "technical", "",
"""Link z tego maila pokazuje "Link wygasł". Klikałem tego samego dnia.
Jak dostać nowy?

Kamil

> Witaj!
> Twoje konto w Strefie Rodzica zostało utworzone. Aby je aktywować,
> kliknij w poniższy link.
> Zespół Centrum Rehabilitacji Dziecięcej „Krok po kroku”"""),
("pl", "b173-pl-rezerwacja-telefon-nie-dziala", "Ilona Zajac <ilona.zajac@example.pl>", "Rezerwacja wizyty", "technical", "",
"""Na telefonie nie da sie zarezerwowac wizyty u logopedy - po wybraniu
terminu przycisk "Dalej" jest szary i nic sie nie dzieje. Na komputerze
dziala, ale nie zawsze mam komputer pod reka. iPhone SE, Safari."""),
("pl", "b173-pl-film-cwiczen-zacina", "Aleksandra Duda <aleksandra.duda@example.pl>", "Filmy z ćwiczeniami", "technical", "",
"""Dzień dobry, filmiki z ćwiczeniami do domu, które nagrała nam pani
fizjoterapeutka, zacinają się co kilka sekund i po minucie wyświetlają
"Błąd odtwarzania". Inne filmy w internecie chodzą normalnie. Prosimy
o pomoc, bo bez nich nie pamiętam kolejności ćwiczeń Stasia.
Ola"""),
("pl", "b173-pl-tablet-przesiewowy-sluchawki", "Szkoła Podstawowa nr 12 w Rzeszowie <sekretariat@sp12.example>", "Badanie przesiewowe", "technical", "",
"""Dzień dobry,

tablet do przesiewowego badania słuchu, który wypożyczyliśmy od Państwa
na ten tydzień, nie wykrywa słuchawek - pojawia się komunikat "Podłącz
słuchawki kalibracyjne", chociaż są podłączone. Sprawdziliśmy kabel i
ponownie uruchomiliśmy urządzenie. Badania mamy zaplanowane na
czwartek, więc prosimy o instrukcję.

Pielęgniarka szkolna
Renata Sowa"""),
("pl", "b173-pl-rotor-wyswietlacz", "Janusz Kubiak <janusz.kubiak@example.pl>", "Rotor", "technical", "",
"""Dzien dobry. Rotor rehabilitacyjny wypozyczony dla syna od tygodnia
nie wlacza wyswietlacza, pedaly sie kreca ale nie widac ani czasu ani
oporu. Sprawdzilem zasilacz, dioda sie swieci. Prosze o naprawe albo
wymiane.
Janusz Kubiak"""),
("pl", "b173-pl-kod-sms-nie-przychodzi", "Marta Kołodziej <marta.kolodziej@example.pl>", "Logowanie", "technical", "",
"""Dzień dobry,

przy logowaniu do portalu pacjenta system wysyła kod SMS, ale ten SMS
nigdy nie przychodzi. Numer telefonu w systemie jest dobry (kończy się
na 418). Próbowałam w różnych godzinach. Bez tego nie mogę pobrać
wyników audiometrii Leny dla laryngologa.

Marta Kołodziej"""),
("pl", "b173-pl-podziekowanie-pani-ania", "Iwona Adamczyk <iwona.adamczyk@example.pl>", "Podziękowanie dla Pani Ani", "general", "",
"""Dzień dobry,

chciałabym bardzo podziękować pani Ani, naszej logopedce. Kiedy
zaczynaliśmy, Jaś mówił kilka słów i denerwował się, że nikt go nie
rozumie. W niedzielę w parku pokazał palcem i powiedział wyraźnie
"mama, rower, czerwony!". Stałam i płakałam przy wszystkich.

Proszę jej to przekazać. Jest cudowna.
Iwona Adamczyk"""),
("pl", "b173-pl-godziny-swieta", "Przemek Głowacki <przemek.glowacki@example.pl>", "Godziny w okresie świąt", "general", "",
"""Cześć, czy między świętami a Nowym Rokiem gabinet na Kazimierzu jest
otwarty? Chcielibyśmy nie przerywać zajęć Tosi na dwa tygodnie."""),
("pl", "b173-pl-upowaznienie-babcia", "Anna Szymańska <anna.szymanska@example.pl>", "Upoważnienie do odbioru", "general", "",
"""Dzień dobry,

od przyszłego tygodnia w środy i piątki Kubę będzie odbierać z
półkolonii moja mama, Krystyna Szymańska (dowód osobisty ABC 000000,
tel. 512 000 904). Proszę o dopisanie jej do listy osób upoważnionych.
Czy potrzebne jest pisemne upoważnienie z moim podpisem?

Anna Szymańska"""),
("pl", "b173-pl-zgubiony-segregator-pecs", "Wojtek Lis <wojtek.lis@example.pl>", "zgubiony segregator", "general", "",
"""dzien dobry, Franek wrocil wczoraj z polkolonii bez swojego
segregatora z obrazkami PECS (zielony, z naklejka traktora i imieniem
na grzbiecie). Bez niego ciezko mu sie z nami dogadac. Czy ktos moze
poszukac w sali albo w busie? dzieki, Wojtek"""),
("pl", "b173-pl-rozbita-szyba-sala-zabaw", "Renata Borkowska <renata.borkowska@example.pl>", "Drzwi do sali zabaw", "general", "high",
"""Dzień dobry,

w czasie czekania na córkę w środę zauważyłam, że w drzwiach do sali
zabaw na parterze pęknięta jest dolna szyba - jest w niej dziura z
ostrymi krawędziami na wysokości kolan dziecka, a na podłodze leżały
jeszcze drobne kawałki szkła. Dzieci przechodziły obok bez przerwy.

Proszę o zabezpieczenie tych drzwi jak najszybciej, zanim któreś dziecko
się pokaleczy.

Renata Borkowska"""),
("pl", "b173-pl-kierowca-palil-kierownik", "Robert Sadowski <robert.sadowski@example.pl>", "Kierowca busa trasa Wola", "general", "high",
"""Dzień dobry,

w piątek widziałem, jak kierowca busa na trasie Wola palił papierosa w
kabinie, z dziećmi w środku, czekając pod naszym blokiem. Kiedy zwróciłem
mu uwagę, powiedział, żebym "pilnował swoich spraw", i odjechał z moim
synem. Mój syn ma astmę.

Nie chcę rozmawiać z dyspozytorem. Oczekuję telefonu od kierownika
działu przewozów i informacji, jakie będą konsekwencje.

Robert Sadowski
tel. 698 000 351"""),
("pl", "b173-pl-dokumentacja-do-orzeczenia", "Elzbieta Wojciechowska <elzbieta.woj@example.pl>", "Kopia dokumentacji", "general", "",
"""Dzien dobry,
skladam wniosek o orzeczenie o niepelnosprawnosci dla corki i komisja
wymaga dokumentacji z terapii. Prosze o kopie calej dokumentacji
fizjoterapii Amelki z ostatnich dwoch lat. Czy moge to odebrac osobiscie
w rejestracji?
Elzbieta Wojciechowska"""),
("pl", "b173-pl-piknik-pies-asystujacy", "Maciej Jasiński <maciej.jasinski@example.pl>", "Piknik rodzinny", "general", "",
"""Dzień dobry,

wybieramy się na piknik integracyjny 1 czerwca. Czy możemy przyjść z
psem asystującym syna? I czy na miejscu będzie jakieś ciche miejsce,
gdzie można odpocząć, jak będzie za głośno?

Maciej Jasiński"""),
("pl", "b173-pl-fundacja-festyn-badania", "Fundacja Usłyszeć Świat <kontakt@uslyszec-swiat.example>", "Festyn - propozycja współpracy", "general", "",
"""Szanowni Państwo,

Fundacja Usłyszeć Świat organizuje 15 września festyn rodzinny w
Gdańsku-Oliwie. Chcielibyśmy zaprosić Państwa do udziału - np. ze
stoiskiem z bezpłatnymi przesiewowymi badaniami słuchu dla dzieci. W
zamian umieścimy Państwa logo na plakatach i w mediach społecznościowych.

Z wyrazami szacunku
Justyna Mikołajczyk
koordynatorka wydarzenia"""),
("pl", "b173-pl-pytanie-terapeuta-ukrainski", "Olena Kovalenko <olena.kovalenko@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, czy u Państwa pracuje logopeda, który mówi po ukraińsku
lub rosyjsku? Mój syn ma 5 lat, w domu mówimy po ukraińsku, a w
przedszkolu uczy się polskiego. Mieszkamy we Wrocławiu.
Dziękuję, Olena"""),
("pl", "b173-pl-polkolonie-czadowe", "Bartosz Czarnecki <bartosz.czarnecki@example.pl>", "Półkolonie", "general", "",
"""Hej,

półkolonie były czadowe! Ekipa wybuchowa, a finał z bańkami to była
totalna bomba - Ignacy do dziś opowiada każdemu, kto chce słuchać. Dla
dziecka, które zwykle nie wytrzymuje w grupie więcej niż godzinę, pięć
dni pod rząd to dla nas kosmos. Wielkie dzięki dla pani Kasi i pana
Dawida!

Bartek, tata Ignacego"""),
("pl", "b173-pl-nie-chce-zwrotu-zmiana-terapeutki", "Aneta Kalinowska <aneta.kalinowska@example.pl>", "Zmiana terapeutki bez uprzedzenia", "general", "",
"""Dzień dobry,

nie chodzi mi o żaden zwrot, zajęcia się odbyły. Chodzi o to, że w
poniedziałek zamiast pani Edyty czekała na Olka zupełnie nowa osoba i
nikt nas wcześniej nie uprzedził. Dla dziecka z autyzmem to nie jest
drobiazg - cały dzień był potem stracony. Czy pani Edyta wraca? I
prosiłabym, żeby na przyszłość informować o takich zmianach z góry.

Aneta Kalinowska"""),
("pl", "b173-pl-opinia-do-szkoly-uodo", "Krzysztof Zawadzki <krzysztof.zawadzki@example.pl>", "Przekazanie opinii do szkoły bez zgody", "general", "high",
"""Szanowni Państwo,

dowiedziałem się od wychowawczyni, że Państwa ośrodek przesłał do
szkoły syna pełną opinię z diagnozy dysleksji, razem z wynikami badań
psychologicznych i opisem sytuacji rodzinnej. Nikt nie pytał nas o
zgodę, a zgodnie z tym, co podpisywaliśmy, opinia miała trafić tylko
do nas.

Żądam wyjaśnienia na piśmie, kto i na jakiej podstawie to wysłał oraz
komu jeszcze przekazano dane mojego syna. Jeżeli nie otrzymam
odpowiedzi w ciągu 14 dni, złożę skargę do Prezesa UODO.

Krzysztof Zawadzki"""),
]
