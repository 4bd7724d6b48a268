# batch126.py -- labelled test mails,
# held out of the tree until the rules it measures are final,
# kept apart from gen.py so that nothing is tuned or trained on them.
# Kinds of business: education suppliers -- school management software,
# exam boards, school trip operators, textbook publishers, teacher
# recruitment agencies, school photographers.  The
# failure classes in new situations -- escalation demands that keep their
# topic, legal threats and chargebacks, negations, Greeklish, subjects
# that say nothing or something else, replies quoting an earlier mail,
# paid plans ended in other words, outages of a school or business told
# only by their consequences, safety hazards told calmly, praise, payment
# questions -- and everyday mail of all three queues.  Same tuple format
# as batch12.py.
M += [
# ---------------- English ----------------
("en", "b126-photo-pack-paid-twice", "Kerry Lawson <kerry.lawson@example.co.uk>", "Order SP-40127", "billing", "",
"""Hi,

I ordered the large print pack of Ruby's school photo on Thursday night
(£24.50). The page sat there after I pressed pay so I pressed it again,
and now there are two payments of £24.50 on my bank app. I only got one
confirmation email and only want one pack! Can you refund the second
one please?

Thanks
Kerry Lawson"""),
("en", "b126-rome-trip-broken-leg", "Siobhán Ó Briain <siobhan.obriain@example.ie>", "Rome trip - Cian, 5th year", "billing", "",
"""Dear Sir/Madam,

My son Cian was due to travel on the Rome history tour with St. Colman's
College on the 14th of March. He broke his leg playing hurling on
Saturday and the consultant says he won't be fit to fly for at least
eight weeks.

We paid a €350 deposit in October and €420 since. I have a letter from
the hospital. Could you let me know what we can get back, and whether
the insurance that was included in the price covers it?

Many thanks,
Siobhán Ó Briain"""),
("en", "b126-remark-fee-grade-raised", "Exams Office <exams@hollinsgrove.example.sch.uk>", "Review of marking - candidate 4172", "billing", "",
"""Good afternoon,

The review of marking for candidate 4172 (Geography, paper 2) came back
last week with the grade raised from a 5 to a 6. My understanding is
that the £46.70 fee isn't charged when the grade changes, but it's
appeared on this month's centre statement. Could you credit it please?

Centre number 24683.

Many thanks,
Julie Fenwick
Exams Officer, Hollins Grove School"""),
("en", "b126-invoice-to-trust-po", "Finance <finance@northvale-trust.example.org.uk>", "Invoice TB-88210", "billing", "",
"""Hello,

Your invoice TB-88210 for 120 copies of Foundations of Chemistry (3rd
ed.) is addressed to Harlow Road Academy, but the order was placed
centrally by the trust. Please reissue it to Northvale Learning Trust
and quote our PO NLT-5531, otherwise our finance system won't let us
pay it.

Regards
Dev Chauhan
Finance Officer"""),
("en", "b126-introduction-fee-legal", "Helen Marsh <deputy@larkfield-primary.example.sch.uk>", "Your invoice for an 'introduction fee'", "billing", "high",
"""Dear Mr Pritchard,

We have received your invoice for £6,800 as an "introduction fee" for
Ms Adebayo joining our permanent staff in September.

Ms Adebayo last worked at Larkfield through your agency in July 2022,
over two years ago, and she applied directly to a post we advertised on
the council's jobs site. Your own terms of business (clause 8.2) limit
any fee to engagements within 12 months of the last assignment.

We will not be paying this invoice. Unless it is withdrawn in writing by
Friday 21st, our governors have agreed to pass the matter to the local
authority's legal services, and any further chasing from your credit
control team will go straight to them.

Yours sincerely,
Helen Marsh
Deputy Headteacher, Larkfield Primary School"""),
("en", "b126-infants-juniors-merging", "Anne Whitfield <sbm@oakhill-infants.example.sch.uk>", "Oakhill Infants - from September", "billing", "",
"""Hello,

Oakhill Infants and Oakhill Juniors become one primary school on 1
September, and it's the juniors' account with you that's being kept. So
our infants' site licence (account 30-1187) has no future after the
summer. Please make sure nothing is invoiced on that account for
2025/26.

Thank you,
Anne Whitfield
School Business Manager"""),
("en", "b126-normandy-spread-payments", "Saira Khan <saira.khan@example.co.uk>", "Year 9 Normandy", "billing", "",
"""hi, is there any way to spread the balance for the Year 9 Normandy trip
over four months instead of the two on the letter? £310 in two goes is a
lot straight after Christmas. Daughter is Mia Khan, 9R.
thanks, Saira"""),
("en", "b126-sibling-discount-missing", "Bec Donnelly <bec.donnelly@example.com.au>", "School photos", "billing", "",
"""Hi there,

Not a complaint about the photos themselves - they're lovely and the
kids actually smiled for once! It's just that the flyer from Banksia
Park said 15% off the second child's pack, and I was charged full price
for both, $76 all up. Could you take the discount off for Ollie's pack?
Order number is BP-2291.

Cheers,
Bec"""),
("en", "b126-wrong-anthology-edition", "Head of English <english@kingsmead.example.sch.uk>", "Wrong edition", "billing", "",
"""Hello,

We ordered 32 copies of the GCSE Poetry Anthology, 2nd edition (order
KM-61840). The boxes that arrived yesterday are the 1st edition. They're
still shrink-wrapped and we haven't opened them beyond checking one.
Could you arrange collection and send the 2nd edition instead? We start
the unit on the 3rd.

Thanks,
Rachel Obi"""),
("en", "b126-ski-trip-card-dispute", "Gareth Pryce <gareth.pryce@example.co.uk>", "Refund - cancelled ski trip", "billing", "high",
"""Your company cancelled the February ski trip to Austria for Ysgol Bro
Hafren on 9 January. Your letter promised full refunds "within 14
days". It is now six weeks. I paid £1,180 on my credit card.

I've been patient. If the money is not back by Friday I'm raising a
dispute with my card provider, and I'll be telling the other parents on
the class WhatsApp to do the same.

Gareth Pryce"""),
("en", "b126-re-late-entry-fees", "Mark Ellison <examsofficer@riverside-college.example.ac.uk>", "Re: Late entry fees - June series", "billing", "",
"""Thanks Priya, but that doesn't really answer it. Our entries went in on
20 February, which is before the deadline on your own website. I've
attached the submission receipt again. Please remove the £1,284 in late
fees from the statement.

Mark Ellison
Exams Officer, Riverside College

On 3 Mar, Priya Sandhu wrote:
> Dear Mr Ellison,
> Late entry fees apply to all entries received after the published
> deadline. Please see the fees schedule for details.
> Kind regards, Priya"""),
("en", "b126-erp-renewal-hike", "Principal <principal@sunrisepublicschool.example.in>", "Renewal quotation 2025-26", "billing", "",
"""Respected Sir/Madam,

We have received the renewal quotation for the SchoolSuite ERP for the
academic year 2025-26, which is Rs. 2,85,000 + GST as against Rs.
2,40,000 last year. This is almost 19% hike. We are your customer since
2019 and our student strength has not increased.

Kindly revise the quotation or extend some discount. Also please confirm
whether the payment can be done in two instalments as was done last
year.

Thanking you,
Dr. R. K. Menon
Principal, Sunrise Public School, Kochi"""),
("en", "b126-grandad-revision-app", "Alison Pearce <alison.pearce@example.co.uk>", "My father's account", "billing", "",
"""Hello,

My dad, Brian Pearce, paid for a yearly subscription to your GCSE
revision app for my son Josh. Dad passed away last month. To be honest
Josh hardly used it and there's no reason for it to carry on - the
renewal would come out of Dad's account in April and the bank is
dealing with his estate. Can you make sure it stops? I can send a copy
of the death certificate if you need it.

Alison"""),
("en", "b126-residential-overpaid-senior", "Janet Whitcombe <j.whitcombe@example.co.uk>", "Overpayment - Year 6 residential", "billing", "high",
"""I paid the balance for my daughter's Year 6 residential twice by
mistake (£215 each time) back in October. Your office agreed on the
phone that the second payment would be refunded. I have rung four times
since and each time I'm told it's "with accounts".

I would like someone senior to take this over and call me, not another
call handler reading from a screen.

Mrs J. Whitcombe
07700 900512"""),
("en", "b126-registers-wont-open", "Office <office@stmarks-cofe.example.sch.uk>", "Registers", "technical", "high",
"""Since 8.30 none of our teachers can open their registers - the page
spins and then says "session expired". The office is going round the
classrooms writing names on paper, and the absence texts to parents
haven't gone, so we have no idea which children are missing rather than
off sick. 420 pupils.

Please ring the office on 01632 960441.

Lynne, St Mark's C of E Primary"""),
("en", "b126-parent-portal-reset-email", "Jenna Alvarez <jenna.alvarez82@example.com>", "password reset", "technical", "",
"""Hi, I've tried three times to reset my password on the parent portal
and the reset email never shows up (checked spam and promotions). My
son is in 4th grade at Maple Ridge Elementary. Username j.alvarez82.
- Jenna"""),
("en", "b126-marks-upload-hyphen", "Craig Dunlop <exams@braeview-academy.example.sch.uk>", "Coursework marks upload", "technical", "",
"""Hi,

I'm trying to upload the internal assessment marks for Higher History
through the centre portal. The CSV is rejected every time with "invalid
candidate name at row 14". Row 14 is a pupil with a hyphenated surname
(Smith-Nowak). If I take the hyphen out it goes through, but then the
name doesn't match her registration. How should I enter it?

Craig Dunlop
SQA Coordinator, Braeview Academy"""),
("en", "b126-ebook-codes-redeemed", "Kavita Iyer <kavita.iyer@example.in>", "Access codes not working - Class 9 Maths", "technical", "",
"""Dear Team,

We have purchased 45 student licences for the e-book Class 9
Mathematics (new syllabus). When students enter the access code printed
on the card, the app says "code already redeemed". This has happened
with 11 students so far, all fresh cards from the same packet.

Kindly resolve at the earliest as term has started.

Regards,
Mrs. Kavita Iyer
HOD Mathematics"""),
("en", "b126-coach-smoke-lay-by", "Ian Brookes <i.brookes@fellside-high.example.sch.uk>", "Coach on 11 March", "technical", "high",
"""Dear Sir or Madam,

I'm writing about the coach you provided for our Year 8 trip to the
Lake District on Tuesday. About twenty minutes after leaving Kendal,
smoke started coming out of a vent near the back seats and there was a
smell of hot rubber. The driver pulled into a lay-by and everyone got
off safely. A replacement arrived after about an hour.

We have another trip booked with you on 2 May. Before any of our pupils
get on one of your vehicles again I need to know what the fault was and
that it has been properly checked.

Yours faithfully,
Ian Brookes
Head of Geography, Fellside High School"""),
("en", "b126-charging-trolley-hot", "Aoife Brennan <a.brennan@scoilmhuire.example.ie>", "Chromebook trolley", "technical", "high",
"""Hi,

The charging trolley that came with our Chromebooks last year was too
hot to touch at the back this morning, and there's a brown scorch mark
on the plug. We've switched it off at the wall, unplugged it and moved
it out of the classroom. Nobody was hurt. Could someone come and look at
it? We'd rather not use it until then.

Aoife Brennan
ICT coordinator, Scoil Mhuire"""),
("en", "b126-pay-button-not-invoice", "Bursar <bursar@ashcombe-primary.example.sch.uk>", "Parent app", "technical", "high",
"""This isn't a question about our invoice or our account.

Since your update on Sunday night the "Pay" button in the parent app
does nothing at all. None of our families (about 600) can top up dinner
money or pay for the Year 5 trip. The kitchen is keeping a paper list of
children with no balance, and the trip deposit deadline is Friday.

Please treat this as urgent.

Tom Hadley
School Business Manager, Ashcombe Primary"""),
("en", "b126-hello-timetable-blank", "Mr P. Singh <p.singh@example.co.uk>", "Hello", "technical", "",
"""Hello,

When I print my timetable from the staff area it comes out as a blank
page with just the school logo at the top. On screen it looks fine.
Tried two different printers.

P. Singh"""),
("en", "b126-biometric-not-syncing", "Admin Office <admin@greenfieldschool.example.in>", "Attendance device not syncing", "technical", "",
"""Dear Sir,

The biometric attendance device at the staff entrance is not syncing
with the ERP since Monday. Teachers are punching in but the attendance
shows absent in the portal. Device ID GF-BIO-02. We have restarted the
device and checked the internet, same issue.

Please do the needful.

Regards,
Suresh Nair
Admin Office, Greenfield School, Pune"""),
("en", "b126-2fa-codes-exams-officer", "Niamh Gallagher <niamh.gallagher@example.ie>", "Can't get into the portal", "technical", "",
"""Hello,

I got a new phone last week and since then I'm not getting the
verification codes by text when I log in to the centre portal. The
number is the same, only the phone changed. Is there another way to get
the code?

Niamh Gallagher
Exams Secretary, Coláiste Naomh Eoin"""),
("en", "b126-chromebook-crash-supervisor", "Derek Hollis <dhollis@lakeviewms.example.org>", "Ticket #55821 - THIRD time", "technical", "high",
"""This is the third ticket I've opened about the same problem. Your
math practice platform crashes on our Chromebooks whenever a student
opens a lesson with a video - the tab freezes and then shows "Aw, snap".
Twice I've been told it's fixed in the next release. It isn't.

We have 300 seventh and eighth graders on this every day. I'd like a
supervisor or someone from your engineering team to call me. I'm done
explaining it to a new person each time.

Derek Hollis
Technology Coordinator, Lakeview Middle School"""),
("en", "b126-graduation-usb-empty", "Lauren Mitchell <lauren.mitchell@example.com.au>", "Grad photos USB", "technical", "",
"""Hi,

I don't want my money back, I want the photos! The USB stick with
Sophie's Year 12 graduation photos shows up as empty on our laptop and
on the TV. My sister's one from the same night works fine. Can you send
another stick or a download link?

Lauren Mitchell, Geelong"""),
("en", "b126-gallery-code-not-recognised", "Matt Cooper <mattcooper@example.com.au>", "Online gallery", "technical", "",
"""G'day, the code on the card that came home in Jack's bag (HX7-4420)
says "not recognised" when I put it in the online gallery. Typed it a
dozen times, with and without the dashes. Is it me or the site?
Matt"""),
("en", "b126-iceland-trip-praise", "Fiona McLeod <f.mcleod@glenbrae.example.sch.uk>", "Iceland", "general", "",
"""Hi,

Just back from Reykjavík with 38 S5 geographers and I wanted to say a
proper thank you. Gunnar, our guide, was brilliant with the kids - he
somehow made glacial deposition the highlight of the week - and when
the Thursday excursion had to change because of the weather, the new
plan was sorted before we'd finished breakfast.

Please pass this on to him. We'll be back in two years.

Fiona McLeod
Principal Teacher of Geography, Glenbrae Academy"""),
("en", "b126-coat-left-on-coach", "Donna Reeves <donna.reeves@example.co.uk>", "Coat left on coach", "general", "",
"""Hi, my son Kai left his black North Face coat on the coach coming back
from the Edinburgh trip on Friday (Millbrook School, coach 2). His name
is written inside the collar. Has it been handed in? He's been wearing
his dad's since!"""),
("en", "b126-photographer-rude-manager", "Claire Simmons <claire.simmons@example.co.uk>", "Your photographer at Elm Tree Primary", "general", "high",
"""I'm writing about the photographer who came to Elm Tree Primary on
Wednesday. My son Alfie is autistic and finds these things very hard.
His teacher told me the photographer snapped "just sit still, it's not
difficult" at him in front of the queue and then waved him off without a
photo. He came home in pieces.

I'm not interested in a reshoot from the same person. I want the
manager of your company to contact me directly about how your staff are
trained, and I'll be copying the school in.

Claire Simmons"""),
("en", "b126-sar-agency-ico", "Marcus Bell <marcus.bell@example.co.uk>", "Subject access request", "general", "high",
"""To the Data Protection Officer,

I was registered with your agency as a supply teacher from 2019 to
2023. Under UK GDPR I am requesting a copy of all personal data you
hold about me, including any notes or references passed to schools.

I first asked for this by email on 2 January and have had no reply. If
I don't receive it within the statutory month from that date, I will be
complaining to the ICO.

Marcus Bell
DOB 14/06/1987"""),
("en", "b126-married-name-change", "Emily Hart <emily.hart@example.co.uk>", "Change of name", "general", "",
"""Hi Sam,

Quick one - I got married over Easter so I'm Emily Hart now, not Emily
Carver. Could you update my details on your system before you send me
out to any new schools? My email stays the same. Happy to send the
certificate over.

Thanks!
Emily"""),
("en", "b126-braille-papers-deadline", "Anthony Wu <a.wu@westbridge.example.sch.uk>", "Modified papers", "general", "",
"""Good morning,

We have a Year 11 student who reads braille and will sit maths and
science in the summer. What is the deadline for ordering modified
papers, and can we get practice papers in braille before then?

Kind regards,
Anthony Wu
SENCo"""),
("en", "b126-pta-summer-fair-sponsor", "Ellie Marsh <chair@bramleypta.example.org.uk>", "Bramley Summer Fair", "general", "",
"""Hello!

I'm chair of the PTA at Bramley Primary and we're holding our summer
fair on 28 June. We're looking for local businesses and publishers to
sponsor the book stall or donate a few titles for the tombola. We'd put
your logo on the posters and the school newsletter, which goes to about
350 families.

Would you be interested? Happy to chat.

Ellie Marsh
Bramley PTA"""),
("en", "b126-half-term-delivery-gate", "Reception <reception@ferncliffe.example.sch.uk>", "Delivery next week", "general", "",
"""Hi,

The order for the new Year 7 reading books is due next week, which is
half term. Reception will be closed, so please ask the driver to come
round to the side gate on Ferncliffe Lane and ring Pete, our site
manager, on 07700 900218. He's in every day 8-2.

Thanks,
Karen"""),
("en", "b126-dorm-step-broken", "Paul Ainsworth <p.ainsworth@hillcrest-juniors.example.sch.uk>", "Broken step - Coniston centre", "general", "high",
"""Dear Centre Manager,

We stayed at your Coniston activity centre last week with 44 Year 6
children. The third step on the outside stairs up to the Wren dormitory
is split and moves when you stand on it - one of our children went
through it at the edge and grazed her shin. I reported it to the duty
instructor on the first evening, but it was still the same when we left
on Friday.

I'm letting you know because other schools will be arriving every week
and someone could be badly hurt. Please have it fixed before the next
group.

Paul Ainsworth
Year 6 Lead, Hillcrest Junior School"""),
("en", "b126-re-interview-feedback", "Rohan Das <rohan.das@example.co.uk>", "Re: Interview - Maths teacher, Kingsbury", "general", "",
"""Hi Laura,

Just checking in - it's been a week now. Has Kingsbury said anything?
Even a no would be helpful, as I've got another interview on Monday.

Thanks,
Rohan

On Thu, Laura Quinn wrote:
> Hi Rohan, great to hear the interview went well! I'll chase the
> school for feedback and let you know as soon as I hear anything.
> Laura"""),
("en", "b126-sports-day-photos-when", "Gemma Lloyd <gemma.lloyd@example.co.uk>", "Sports day", "general", "",
"""Hello, I'm not after a refund or anything like that, just wondering
when the sports day photos from Woodside Primary will be on the website?
My mum wants to order some. Thanks, Gemma"""),
("en", "b126-results-week-helpline", "Sandra Phelps <sandra.phelps@example.co.uk>", "Helpline hours", "general", "",
"""What time does your helpline open on results day and the day after? I
work full time and want to know if I can ring before 8 about my
daughter's papers.

Sandra Phelps"""),
("en", "b126-thanks-consultant-job", "Arjun Pillai <arjun.pillai@example.co.uk>", "Thank you", "general", "",
"""Dear Hannah,

I signed my contract with Elmstead Academy this morning - Head of
Computing from September! I wanted to say thank you. When I moved over
from Bangalore I didn't know how anything worked here, and you sat
through every question about QTS and references without once making me
feel stupid.

Please tell your manager what a great job you do.

Warm regards,
Arjun Pillai"""),
# ---------------- Greek (and Greeklish) ----------------
("el", "b126-gl-pentimeri-teleutaia-dosi", "Vaso K. <vaso.kar@example.gr>", "pen8hmerh Iwannina", "billing", "",
"""Kalhspera,
h kori mou h Eleni paei thn pen8hmerh sta Iwannina me to 3o Lykeio
Peristeriou. Plhrwsame thn prokatavolh 80e kai thn prwth dosh. Thn
teleutaia dosh twn 110e pou thn plhrwnoume? Sto IBAN pou eixe to
enhmerwtiko h mporw na thn steilw me IRIS?
Eyxaristw
Vaso"""),
("el", "b126-fotografies-nipiagogeiou-treis-xreoseis", "Αγγελική Σταματοπούλου <angeliki.stam@example.gr>", "Φωτογραφίες νηπιαγωγείου", "billing", "",
"""Καλησπέρα σας,

Παρήγγειλα από το site σας δύο πακέτα με τις φωτογραφίες της τάξης από
το 2ο Νηπιαγωγείο Χαλανδρίου, ένα για εμάς και ένα για τη γιαγιά, 18€
το καθένα. Στην κάρτα όμως βλέπω τρεις χρεώσεις των 18€. Μπορείτε να
ελέγξετε και να μου επιστρέψετε την τρίτη;

Ευχαριστώ,
Αγγελική"""),
("el", "b126-frontistirio-kateveno-ta-rola", "Σταύρος Λιάπης <s.liapis@frontistirio-liapi.example>", "Άδεια χρήσης προγράμματος", "billing", "",
"""Καλημέρα σας,

Μετά από 31 χρόνια κατεβάζω τα ρολά του φροντιστηρίου μου στην Καλαμάτα
στο τέλος Ιουνίου. Δεν θα χρειαστώ λοιπόν την ετήσια άδεια του
προγράμματος διαχείρισης που ανανεώνεται τον Σεπτέμβριο. Σας παρακαλώ
να μη γίνει η χρέωση στην κάρτα.

Σας ευχαριστώ για τη συνεργασία όλα αυτά τα χρόνια.
Σταύρος Λιάπης"""),
("el", "b126-timologio-antti-apodeixis", "Μαρια Παππα <info@kxg-pappa.example>", "Παραγγελια 20455", "billing", "",
"""Καλημερα σας,

για την παραγγελια 20455 (βιβλια αγγλικων για το φροντιστηριο) μου
εκδοθηκε αποδειξη λιανικης. Χρειαζομαι τιμολογιο στα στοιχεια της
επιχειρησης: ΚΕΝΤΡΟ ΞΕΝΩΝ ΓΛΩΣΣΩΝ ΜΑΡΙΑ ΠΑΠΠΑ, ΑΦΜ 123456789, ΔΟΥ
Λαρισας, Παπαναστασιου 41, Λαρισα.

Ευχαριστω πολυ
Μαρια Παππα"""),
("el", "b126-gl-exetaseis-b2-pyretos", "Dimitris Angelou <d.angelou@example.gr>", "e3etaseis B2", "billing", "",
"""Geia sas,
o gios mou o Panos htan grammenos stis e3etaseis B2 to Savvato sth
Thessalonikh alla eixe pyreto 39 kai den mporese na paei (exw
vevaiwsh apo to giatro). Ta 185 eurw ths symmetoxhs xanontai h mporoun
na metafer8oun sthn e3etastikh tou Dekemvrh?
Eyxaristw
Dhmhtrhs Aggelou"""),
("el", "b126-epistrofi-teteadia-pistotiko", "Φροντιστήριο Ορόσημο <grammateia@orosimo-patras.example>", "Επιπλέον τετράδια ασκήσεων", "billing", "",
"""Καλημέρα,

Στην παραγγελία μας 7781 ζητήσαμε 40 τετράδια ασκήσεων Φυσικής Β'
Λυκείου και μας ήρθαν 60 (και χρεώθηκαν 60). Είναι σφραγισμένα στο κουτί
τους. Πώς μπορούμε να σας επιστρέψουμε τα 20 και να γίνει πιστωτικό;

Ευχαριστούμε,
Κατερίνα, γραμματεία"""),
("el", "b126-ekdromi-akyrothike-synigoros", "Νικόλαος Χατζηγεωργίου <n.chatzigeorgiou@example.gr>", "Ακυρωμένη εκδρομή - επιστροφή χρημάτων", "billing", "high",
"""Κύριοι,

Η τριήμερη εκδρομή της Γ' Γυμνασίου του 2ου Γυμνασίου Καβάλας στη
Θεσσαλονίκη ακυρώθηκε από το δικό σας γραφείο στις 20 Φεβρουαρίου, με
την εξήγηση ότι «δεν βρέθηκε λεωφορείο». Πληρώσαμε 145€ ανά μαθητή. Από
τότε έχουν περάσει πέντε εβδομάδες και δεν έχει επιστραφεί ούτε ευρώ,
ούτε απαντάτε στα τηλέφωνα.

Σας ενημερώνω ότι, αν τα χρήματα δεν επιστραφούν μέσα σε δέκα ημέρες,
θα υποβάλω αναφορά στον Συνήγορο του Καταναλωτή και στη Γενική
Γραμματεία Εμπορίου, εκ μέρους και άλλων γονέων.

Νικόλαος Χατζηγεωργίου
Πρόεδρος Συλλόγου Γονέων"""),
("el", "b126-gl-diplh-xrewsh-eggrafh-trapeza", "Christina Mavridou <xristina.mav@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Kalhmera. Ekana eggrafh ths kors mou gia tis e3etaseis C1 kai
plhrwsa 210e. H selida mou evgale sfalma, 3anaplhrwsa kai tellika
xrew8hka DYO fores, 420e synolika. Sas exw steilei 3 email apo tis 5
tou mhna kai kanena den phra apanthsh.

An den epistrafoun ta 210e mexri thn Paraskeyh, 8a kanw amfisvhthsh
ths xrewshs sthn trapeza mou.

Xristina Mavridou"""),
("el", "b126-ekptosi-ekpaideutikon-vivlio-kathigiti", "Ελπίδα Σαρρή <elpida.sarri@example.gr>", "Έκπτωση εκπαιδευτικών", "billing", "",
"""Καλησπέρα,

Είμαι φιλόλογος σε δημόσιο γυμνάσιο. Ισχύει η έκπτωση 20% για
εκπαιδευτικούς και στα βιβλία του καθηγητή, ή μόνο στα βιβλία του
μαθητή; Και τι χρειάζεται να σας στείλω για να την πάρω;

Ευχαριστώ,
Ελπίδα Σαρρή"""),
("el", "b126-amoibi-grafeiou-efyge-se-dyo-evdomades", "Διεύθυνση <dieuthynsi@idiotiko-ekpaideutirio.example>", "Αμοιβή για την κα Κωνσταντίνου", "billing", "",
"""Αγαπητή κυρία Ραυτοπούλου,

Η κα Κωνσταντίνου, την οποία μας προτείνατε για τη θέση της
μαθηματικού, παραιτήθηκε μετά από δύο εβδομάδες για προσωπικούς
λόγους. Σύμφωνα με τη σύμβασή μας, σε περίπτωση αποχώρησης μέσα στους
τρεις πρώτους μήνες επιστρέφεται το 50% της αμοιβής σας, δηλαδή 900€
από τα 1.800€ που πληρώσαμε. Παρακαλώ επιβεβαιώστε πότε θα γίνει η
επιστροφή, ή αν προτιμάτε να μας προτείνετε αντικαταστάτη χωρίς νέα
χρέωση.

Με εκτίμηση,
Γιώργος Βασιλάκης
Διευθυντής"""),
("el", "b126-ekdromi-asfaleia-ypeythynos", "Σοφία Καλλέργη <sofia.kallergi@example.gr>", "Χρέωση 45€ για «ασφάλεια»", "billing", "high",
"""Καλημέρα,

Η εκδρομή της Α' Λυκείου στη Ρόδο κοστίζει σύμφωνα με την προσφορά σας
320€ και η ταξιδιωτική ασφάλεια αναφέρεται ρητά ότι περιλαμβάνεται.
Χθες μας ήρθε ειδοποίηση για επιπλέον 45€ «ασφάλεια». Στο τηλέφωνο η
κοπέλα δεν ήξερε να μου πει τίποτα και μου είπε να στείλω email.

Θέλω να μιλήσω με τον υπεύθυνο του γραφείου σας, όχι με άλλον
υπάλληλο. Μέχρι τότε δεν πρόκειται να πληρώσω τίποτα επιπλέον.

Σοφία Καλλέργη
6944 000 318"""),
("el", "b126-re-apodeixeis-eforia", "Πέτρος Ζαφειρίου <p.zafeiriou@example.gr>", "Re: Παραγγελία φωτογραφιών αποφοίτησης", "billing", "",
"""Καλησπέρα και πάλι,

Ευχαριστώ για την απάντηση. Όμως η απόδειξη που μου στείλατε δεν έχει
πάνω το ΑΦΜ μου και ο λογιστής λέει ότι δεν μπορώ να τη δηλώσω.
Μπορείτε να την εκδώσετε ξανά με ΑΦΜ 098765432;

Πέτρος

-----Αρχικό μήνυμα-----
Από: Φωτογραφείο Λάμψη
> Αγαπητέ κύριε Ζαφειρίου, επισυνάπτουμε την απόδειξη για την
> παραγγελία σας (άλμπουμ αποφοίτησης, 60€). Καλό καλοκαίρι!"""),
("el", "b126-gl-platforma-askiseon-perase-patra", "Kostas Tsolakis <kostas.tsol@example.gr>", "syndromh", "billing", "",
"""Kalhspera sas
o gios mou perase Hlektrologos Mhxanikos sthn Patra!!! opote telos ta
diavasmata gia panellhnies. Den xreiazetai allo thn platforma me tis
askhseis, mhn mas xrewsete thn ananewsh ton Septemvrio. Eyxaristoume
gia ola, voh8hse poly.
Kwstas"""),
("el", "b126-doseis-me-pistotiki-vivlia", "Ιωάννα Μπακάλη <ioanna.bakali@example.gr>", "Ερώτηση", "billing", "",
"""Γεια σας, θέλω να παραγγείλω όλα τα βοηθήματα της Γ' Λυκείου για τον
γιο μου, βγαίνουν γύρω στα 230€. Μπορώ να τα πληρώσω σε άτοκες δόσεις
με πιστωτική, και σε πόσες;"""),
("el", "b126-platforma-frontistirion-peftei", "Αλέξης Δρακόπουλος <a.drakopoulos@kentro-spoudon.example>", "Πλατφόρμα", "technical", "high",
"""Καλημέρα,

Από τις 3 το μεσημέρι η πλατφόρμα δεν ανοίγει σε κανένα από τα 4
φροντιστήριά μας (Ξάνθη, Κομοτηνή, Αλεξανδρούπολη, Δράμα). Οι
καθηγητές δεν ξέρουν ποια τμήματα έχουν και σε ποια αίθουσα, οι γονείς
δεν παίρνουν τα SMS για τις αλλαγές ωρών και η γραμματεία απαντά
τηλέφωνα ασταμάτητα. Απόψε έχουμε διαγωνίσματα προσομοίωσης για 250
παιδιά.

Παρακαλώ πάρτε με τηλέφωνο στο 6977 000 145.

Αλέξης Δρακόπουλος"""),
("el", "b126-gl-pylh-goneon-kwdikos", "Maria Lazaridou <marialaz@example.gr>", "kwdikos", "technical", "",
"""Geia sas, sthn pylh twn gonewn mou leei "lan8asmenos kwdikos" eno ton
exw allaksei xthes kai ton grafw swsta. Ekana kai "3exasa ton kwdiko"
alla to link mou leei oti exei lhksei. Ti na kanw?
Maria"""),
("el", "b126-ebook-efarmogi-kleinei-ipad", "Θάνος Ηλιόπουλος <thanos.iliop@example.gr>", "Η εφαρμογή κλείνει", "technical", "",
"""Καλησπέρα,

Η εφαρμογή με τα ψηφιακά βιβλία κλείνει μόνη της στο iPad της κόρης μου
μόλις ανοίξει το βιβλίο των Αγγλικών. Τα άλλα βιβλία ανοίγουν κανονικά.
Την έσβησα και την ξαναεγκατέστησα, τίποτα. iPad 9ης γενιάς, τελευταία
έκδοση iOS.

Θάνος"""),
("el", "b126-exetasi-ypologisti-pagose", "Εξεταστικό Κέντρο Πειραιά <kentro.peiraia@example.gr>", "Διακοπή εξέτασης σήμερα", "technical", "high",
"""Κύριοι,

Σήμερα στις 10:40, στη μέση της ηλεκτρονικής εξέτασης B2, η πλατφόρμα
πάγωσε ταυτόχρονα σε όλους τους υπολογιστές της αίθουσας 2. Οι 30
υποψήφιοι είδαν λευκή οθόνη με την ένδειξη «σφάλμα σύνδεσης» και δεν
μπόρεσαν να συνεχίσουν. Τους κρατήσαμε μία ώρα και μετά τους
αφήσαμε να φύγουν. Η αίθουσα 1 λειτούργησε κανονικά στο ίδιο δίκτυο.

Η επόμενη εξέταση στο κέντρο μας είναι το Σάββατο με 60 υποψηφίους.
Χρειαζόμαστε άμεσα οδηγίες και εξήγηση για το τι έγινε.

Ευάγγελος Στεφανίδης
Υπεύθυνος Εξεταστικού Κέντρου"""),
("el", "b126-gl-diadrastikos-pinakas-spitha", "Nikos Theodorou <n.theodorou@example.gr>", "diadrastikos pinakas", "technical", "high",
"""Kalhmera sas,
ton diadrastiko pinaka pou mas egkatasthsate ton Oktwvrio sto 5o
Dhmotiko Kerkyras, shmera to prwi to trofodotiko ekane mia mikrh
spi8a kai myrise kamena. Ton kleisame, vgalame thn priza kai ta paidia
phgan allh ai8ousa, ola kala. Mporeite na steilete kapoion na to dei
prin ton 3anaanoixoume?
Nikos Theodorou, dieu8unths"""),
("el", "b126-apotelesmata-kodikos-ypopsifiou", "Ρένα Κουτσούκου <rena.koutsoukou@example.gr>", "Αποτελεσματα", "technical", "",
"""Καλησπερα. Προσπαθω να δω τα αποτελεσματα της κορης μου απο τις
εξετασεις Μαΐου και οταν βαζω τον κωδικο υποψηφιου βγαζει «Σφαλμα 500».
Δοκιμασα απο υπολογιστη και απο κινητο. Ο κωδικος ειναι ΘΕ-44810."""),
("el", "b126-link-fotografion-den-thelo-lefta", "Ευτυχία Ρήγα <eftychia.riga@example.gr>", "Link φωτογραφιών", "technical", "",
"""Καλησπέρα,

Δεν θέλω τα λεφτά μου πίσω, θέλω τις φωτογραφίες από την αποφοίτηση του
γιου μου! Το link για το κατέβασμα που μου στείλατε ανοίγει μια σελίδα
που λέει «ο σύνδεσμος δεν είναι έγκυρος». Το δοκίμασα και από άλλον
υπολογιστή.

Ευτυχία Ρήγα"""),
("el", "b126-gl-eidopoihseis-den-erxontai", "Giorgos Pap. <gpap1979@example.gr>", "eidopoihseis", "technical", "",
"""kalhmera, apo thn teleutaia enhmerwsh ths efarmoghs den mou erxontai
oi eidopoihseis gia tis apousies kai tous va8mous tou paidiou. Sto
kinhto tis exw energes. Android 14, Xiaomi."""),
("el", "b126-eggrafi-xoris-amka", "Γραμματεία 1ου ΓΕΛ Νάουσας <mail@1lyk-naous.example.gr>", "Δήλωση συμμετοχής μαθητή", "technical", "",
"""Καλημέρα σας,

Προσπαθούμε να δηλώσουμε στις εξετάσεις έναν μαθητή που ήρθε φέτος από
τη Γεωργία και δεν έχει ακόμα ΑΜΚΑ. Οι οδηγίες σας λένε ότι για
αλλοδαπούς μαθητές το πεδίο μένει κενό, αλλά όταν το αφήνουμε κενό η
φόρμα βγάζει «Μη έγκυρος ΑΜΚΑ» και δεν προχωράει. Δοκιμάσαμε και από
δεύτερο υπολογιστή. Η προθεσμία λήγει την Παρασκευή.

Με εκτίμηση,
Χαρά Μπαλτά"""),
("el", "b126-tablet-parousies-trito-rantevou", "Μιχάλης Τσιμπούκης <m.tsimpoukis@ekpaideutiria-aigaiou.example>", "Tablet παρουσιών - τρίτη φορά", "technical", "high",
"""Κύριοι,

Για τρίτη φορά μέσα σε ενάμιση μήνα τα tablet παρουσιών στις εισόδους
του σχολείου παγώνουν κάθε πρωί στις 8:10, την ώρα που μπαίνουν τα
παιδιά. Ο τεχνικός σας ήρθε δύο φορές, έκανε επανεκκίνηση και έφυγε. Το
πρόβλημα μένει.

Δεν θέλω τέταρτη επίσκεψη από τον ίδιο άνθρωπο. Ζητώ να με καλέσει ο
προϊστάμενος του τεχνικού τμήματος μέσα στην εβδομάδα.

Μιχάλης Τσιμπούκης
Διευθυντής Πληροφορικής"""),
("el", "b126-erotisi-exagogi-vathmon", "Αικατερίνη Λάμπρου <k.lamprou@example.gr>", "Ερώτηση", "technical", "",
"""Καλημέρα,

Πώς μπορώ να εξαγάγω τους βαθμούς του τμήματος σε Excel; Το κουμπί
«Εξαγωγή» είναι γκρι και δεν πατιέται, ενώ πέρσι δούλευε. Είμαι
συνδεδεμένη ως καθηγήτρια, όχι ως διαχειρίστρια.

Κατερίνα Λάμπρου"""),
("el", "b126-gl-orologio-programma-xathike", "Panagiotis Fotiou <pfotiou@example.gr>", "wrologio programma", "technical", "",
"""Kalhspera, meta thn enhmerwsh ths Kyriakhs to wrologio programma tou
frontisthriou exei a8eiasei, vlepw mono kena koutakia. Ta tmhmata kai
oi ka8hghtes yparxoun kanonika. Yparxei kapoio backup?
Panagiotis, Frontisthrio Fotiou, Agrinio"""),
("el", "b126-gl-forma-kratisis-sfalma", "Eleni Markou <eleni.markou@example.gr>", "forma", "technical", "",
"""Geia sas, prospa8w na symplhrwsw th forma krathshs gia thn ekdromh
tou syllogou sto Nafplio kai sto teleutaio vhma mou vgazei "kati phge
strava, dokimaste 3ana" xwris na leei ti. To ekana 4 fores apo Chrome
kai Firefox.
Elenh"""),
("el", "b126-eyxaristoume-xenagos-nafplio", "Ευαγγελία Κυριακίδου <e.kyriakidou@example.gr>", "Ευχαριστούμε!", "general", "",
"""Καλησπέρα σας,

Επιστρέψαμε χθες από την πενθήμερη στο Ναύπλιο με τη Β' Λυκείου του
Λυκείου Αμπελοκήπων και θέλω να σας ευχαριστήσω. Η ξεναγός μας, η κα
Ρούλα, ήταν υπέροχη με τα παιδιά, και ο οδηγός, ο κ. Στέλιος, ήταν
ευγενικός και προσεκτικός όλο το ταξίδι. Όλα έγιναν στην ώρα τους.

Θα σας ξαναπροτιμήσουμε σίγουρα.

Ευαγγελία Κυριακίδου
Συνοδός καθηγήτρια"""),
("el", "b126-gl-gyalia-sto-leoforeio", "Anna Dimou <anna.dimou@example.gr>", "3exasmena gyalia", "general", "",
"""Kalhmera sas, o gios mou 3exase ta gyalia ouraseos tou sto leoforeio
sthn epistrofh apo thn ekdromh sto Delfous thn Paraskeyh (6o Gymnasio
Lamias). Einai se mple 8hkh. Mhpws ta vrhke o odhgos?
Eyxaristw, Anna"""),
("el", "b126-gl-odigos-fonaze-paidia-ypeythynos", "Spyros Alexiou <spyros.alexiou@example.gr>", "O odhgos sas", "general", "high",
"""Kalhspera,
sthn ekdromh ths Paraskeyhs me to 4o Dhmotiko Trikalwn o odhgos tou
leoforeiou fwnaze sta paidia ths E' ta3hs oli th diadromh, eipe se
ena koritsi "8a se afhsw edw sth mesh tou dromou" kai kapnize sth
stash mesa sto leoforeio me ta paidia mesa. Ta paidia gyrisan
tromagmena.

Zhtaw na epikoinwnhsei mazi mou o idiokthths h o ypeu8ynos ths
etaireias, oxi h grammateia.

Spyros Alexiou, pateras"""),
("el", "b126-allagi-diefthynsis-ekpaideutikou", "Ραφαέλα Σιδέρη <rafaela.sideri@example.gr>", "Αλλαγή στοιχείων", "general", "",
"""Καλημέρα κυρία Ραυτοπούλου,

Μετακόμισα από τη Λάρισα στον Βόλο, οπότε αν μπορείτε ενημερώστε τη
διεύθυνσή μου: Ιωλκού 58, 38221 Βόλος. Το κινητό μου παραμένει το ίδιο.
Ενδιαφέρομαι πλέον για θέσεις στη Μαγνησία.

Ευχαριστώ,
Ραφαέλα"""),
("el", "b126-fotografies-facebook-archi-prostasias", "Κωνσταντίνα Μελά <k.mela@example.gr>", "Φωτογραφίες της κόρης μου στο Facebook", "general", "high",
"""Κύριοι,

Στη σελίδα σας στο Facebook έχετε ανεβάσει φωτογραφίες από την
αναμνηστική φωτογράφιση του 1ου Νηπιαγωγείου Πτολεμαΐδας, όπου φαίνεται
καθαρά το πρόσωπο της 5χρονης κόρης μου. Ουδέποτε δώσαμε συγκατάθεση
για κάτι τέτοιο.

Ζητώ να αφαιρεθούν αμέσως όλες οι φωτογραφίες της από τη σελίδα σας και
από κάθε άλλο μέσο και να μου επιβεβαιώσετε γραπτώς τη διαγραφή. Αν
αυτό δεν γίνει μέσα σε 48 ώρες, θα προσφύγω στην Αρχή Προστασίας
Δεδομένων Προσωπικού Χαρακτήρα.

Κωνσταντίνα Μελά"""),
("el", "b126-pote-vgainoun-apotelesmata", "Λευτέρης Γαλανός <lefteris.galanos@example.gr>", "Αποτελέσματα και πιστοποιητικό", "general", "",
"""Καλησπέρα,

Η κόρη μου έδωσε εξετάσεις C2 στις 17 Μαΐου στην Πάτρα. Πότε περίπου
βγαίνουν τα αποτελέσματα, και το πιστοποιητικό στέλνεται σπίτι ή το
παραλαμβάνουμε από το εξεταστικό κέντρο;

Ευχαριστώ"""),
("el", "b126-gl-vivliopoleio-orario-kalokairi", "Thanasis R. <thanasisr@example.gr>", "wrario", "general", "",
"""Geia sas, to vivliopwleio sas sthn Akadhmias einai anoixto ton
Augousto? Kai ti wres? 8elw na perasw na parw ta vivlia gia to
frontisthrio prin anoi3ei."""),
("el", "b126-syllogos-goneon-dorea-vivlion", "Σύλλογος Γονέων 7ου Δημοτικού Σερρών <syllogos7dimser@example.gr>", "Δωρεά βιβλίων για τη σχολική βιβλιοθήκη", "general", "",
"""Αξιότιμοι κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 7ου Δημοτικού Σχολείου Σερρών
στήνει φέτος από την αρχή τη σχολική βιβλιοθήκη, που είχε καταστραφεί
από πλημμύρα. Θα μπορούσατε να μας δωρίσετε κάποια παιδικά βιβλία από
τις εκδόσεις σας; Στα εγκαίνια, στις 12 Απριλίου, θα ευχαριστήσουμε
δημόσια όσους μας στήριξαν.

Με εκτίμηση,
Για το Δ.Σ.,
Ολυμπία Ζαχαρίου, Πρόεδρος"""),
("el", "b126-paradosi-meta-tis-tesseris", "Φροντιστηριο Κυκλος <kyklos.kozani@example.gr>", "Παραδοση βιβλιων", "general", "",
"""Καλημερα,

Για την παραγγελια που θα ερθει την Τριτη: το φροντιστηριο ανοιγει στις
4 το απογευμα, πριν δεν ειναι κανεις εκει. Αν ερθει ο κουριερ νωριτερα,
να τα αφησει στο διπλανο φαρμακειο (Φαρμακειο Τζιμα), τους εχουμε
ενημερωσει.

Ευχαριστουμε,
Νικος"""),
("el", "b126-spasmena-tzamia-exetastiko", "Ηρώ Παπαδάκη <iro.papadaki@example.gr>", "Σπασμένα τζάμια στο εξεταστικό κέντρο", "general", "high",
"""Καλησπέρα,

Το Σάββατο συνόδευσα τον γιο μου στις εξετάσεις στο κέντρο σας στη
Λεωφόρο Κνωσού. Το τζάμι στην πόρτα του διαδρόμου όπου περιμένουν οι
υποψήφιοι ήταν ραγισμένο, έλειπε ένα κομμάτι και στο πάτωμα υπήρχαν
ακόμα γυαλιά. Εκεί περίμεναν πάνω από 40 παιδιά, κάποια και μικρά για
τις εξετάσεις A1, που ακουμπούσαν στην πόρτα.

Δεν έπαθε κανείς τίποτα, αλλά πριν από τις επόμενες εξετάσεις πρέπει
να αντικατασταθεί.

Ηρώ Παπαδάκη"""),
("el", "b126-gl-eyxaristw-grafeio-kriti", "Vasilis Manousakis <vmanousakis@example.gr>", "Eyxaristw!!", "general", "",
"""Kalhspera Kyria Raytopoulou,
h8ela na sas pw oti ypegrapsa shmera th symvash me to idiwtiko sxoleio
sta Xania, ksekinaw 1 Septemvrh! Eyxaristw poly gia th vohtheia me to
viografiko kai thn proetoimasia gia th synenteyxh, xwris esas den 8a
to eixa kataferei.
Me ektimhsh
Vasilis Manousakis"""),
("el", "b126-re-paralavi-pistopoiitikou", "Σταματία Ντούρου <stamatia.ntourou@example.gr>", "Re: Πιστοποιητικό B2", "general", "",
"""Καλημέρα,

Ευχαριστώ. Μπορεί να το παραλάβει ο σύζυγός μου με εξουσιοδότηση, γιατί
εγώ δουλεύω τις ώρες που είναι ανοιχτό το γραφείο; Χρειάζεται γνήσιο
υπογραφής από ΚΕΠ;

Σταματία Ντούρου

> Αγαπητή κα Ντούρου,
> Το πιστοποιητικό σας είναι έτοιμο και μπορείτε να το παραλάβετε από
> τα γραφεία μας, Δευτέρα-Παρασκευή 9:00-15:00, με την αστυνομική σας
> ταυτότητα."""),
("el", "b126-oxi-xreosi-goneis-fotografisi", "Αθηνά Παπαθανασίου <athina.papath@example.gr>", "Φωτογράφιση 12 Μαΐου", "general", "",
"""Γεια σας,

Δεν αφορά την πληρωμή, αυτό το τακτοποίησα. Ήθελα να ρωτήσω αν μπορούν
οι γονείς να είναι παρόντες στη φωτογράφιση του νηπιαγωγείου στις 12
Μαΐου. Ο μικρός μου είναι πολύ ντροπαλός και φοβάμαι ότι θα κλαίει
χωρίς εμένα.

Ευχαριστώ,
Αθηνά"""),
# ---------------- Spanish ----------------
("es", "b126-orla-cobrada-dos-veces", "Lucía Fernández Prieto <lucia.fprieto@example.es>", "Orla 4º ESO", "billing", "",
"""Hola,

He pagado la orla de 4º de ESO de mi hija (IES Miguel Servet, 4ºB) por
Bizum, 35 €, y me han llegado dos cargos iguales con cinco minutos de
diferencia. Solo quiero una orla, claro. ¿Me podéis devolver el segundo?

Gracias,
Lucía"""),
("es", "b126-egresados-bariloche-cuotas", "Gabriela Ruiz <gabiruiz@example.com.ar>", "Cuotas Bariloche", "billing", "",
"""Hola, buenas tardes. Mi hijo viaja a Bariloche con 5to año del
Colegio San Martín de Rosario. En el contrato dice que las cuotas se
ajustan, pero no dice cada cuánto ni con qué índice. La de marzo pasó
de $85.000 a $112.000. ¿Me pueden explicar cómo se calcula y si puedo
adelantar las cuotas que faltan para congelar el precio?

Gracias,
Gabriela"""),
("es", "b126-cfdi-rfc-editorial", "Contabilidad <contabilidad@colegioandes.example.mx>", "Factura pedido 88123", "billing", "",
"""Buen día,

Les solicitamos la factura (CFDI 4.0) del pedido 88123 de libros de
inglés para primaria, por $46,380.00 MXN, con los siguientes datos:

Razón social: Colegio Los Andes de Puebla, A.C.
RFC: CAP950101AB1
Régimen fiscal: 603
Uso de CFDI: G03
C.P. 72000

El pago se hizo por transferencia el día 4. Quedamos atentos.

Lic. Mariana Solís
Contabilidad"""),
("es", "b126-libros-curso-equivocado", "Javier Ortega <jortega@example.es>", "Pedido 4412 - libros equivocados", "billing", "",
"""Buenas,

Encargué el lote de libros de 3º de Primaria para mi hijo y me han
mandado los de 3º de ESO. Están sin abrir, con el plástico. ¿Cómo hago
el cambio? Las clases empiezan el día 9 y me gustaría tenerlos antes.

Javier Ortega"""),
("es", "b126-gira-cancelada-sernac", "Patricio Valenzuela <p.valenzuela@example.cl>", "Gira de estudios cancelada - devolución", "billing", "high",
"""Señores:

Escribo en representación de los apoderados del 3º medio B del Liceo
Bicentenario de Talca. Ustedes cancelaron la gira de estudios al sur
programada para el 10 de abril y se comprometieron a devolver lo pagado
($390.000 por alumno) en un plazo de 15 días hábiles. Han pasado más
de dos meses.

Si el dinero no está devuelto antes del 30 de este mes, presentaremos
un reclamo colectivo en el SERNAC y evaluaremos acciones legales.

Patricio Valenzuela
Presidente del Centro de Padres"""),
("es", "b126-academia-bajamos-persiana", "Academia Ágora <info@academiaagora.example.es>", "Fin de licencia", "billing", "",
"""Hola, buenos días:

Os escribo para avisaros de que en junio bajamos la persiana de la
academia: me jubilo y nadie coge el relevo. Por tanto no vamos a
necesitar más el programa de gestión de alumnos. Por favor, no nos
paséis el recibo de la renovación de septiembre.

Ha sido un placer trabajar con vosotros todos estos años.

Un saludo,
Pilar Echeverría
Academia Ágora (Logroño)"""),
("es", "b126-doble-cargo-examen-contracargo", "Alejandra Ibarra <ale.ibarra@example.com.mx>", "Me cobraron dos veces", "billing", "high",
"""Buenas tardes.

Inscribí a mi hija al examen de certificación de inglés B1 en la sede
de Guadalajara y me cobraron DOS veces los $2,450 a la tarjeta. Les he
escrito tres veces y al teléfono nadie contesta.

Les doy hasta el viernes para reembolsarme el cargo duplicado. Si no,
voy a pedirle al banco el contracargo y a poner la queja en Profeco.

Alejandra Ibarra"""),
("es", "b126-examen-hospitalizado-traspaso", "Andrés Felipe Gómez <andresf.gomez@example.com.co>", "Examen del 15 de mayo", "billing", "",
"""Buenos días,

Mi hijo Santiago estaba inscrito para el examen del 15 de mayo en la
sede de Medellín, pero lo hospitalizaron por una apendicitis dos días
antes y no pudo presentarlo. Tengo la epicrisis del hospital. ¿Es
posible pasar el pago de la inscripción (COP 520.000) a la próxima
fecha, o hay que pagar de nuevo?

Quedo atento. Muchas gracias.
Andrés Felipe Gómez"""),
("es", "b126-tres-profesores-descuento", "Dirección <direccion@colegiosantaana.example.es>", "Propuesta de honorarios", "billing", "",
"""Estimada Carmen:

Gracias por la propuesta. Como el próximo curso necesitamos cubrir tres
plazas (Matemáticas, Física y Química e Inglés), ¿podríais aplicarnos
algún descuento sobre los honorarios del 15% por cada contratación? Si
la cifra encaja, firmaríamos esta misma semana.

Un saludo cordial,
Ignacio Larrañaga
Director, Colegio Santa Ana (Bilbao)"""),
("es", "b126-senal-viaje-responsable", "Mercedes Villalobos <mercedes.villalobos@example.es>", "Devolución de la señal - viaje fin de curso", "billing", "high",
"""Buenos días:

En noviembre pagué 150 € de señal para el viaje de fin de curso de mi
hijo a Port Aventura. En enero os avisé por escrito, dentro del plazo
que marcan vuestras condiciones, de que no iría, y me dijeron que la
señal se devolvía íntegra. Cinco llamadas después sigo sin ella y
cada vez me atiende alguien diferente que no sabe nada.

Quiero que me llame el responsable de la agencia, no otra persona de
atención al cliente.

Mercedes Villalobos
Tel. 612 000 487"""),
("es", "b126-re-factura-nif-mal", "Óscar Marín <oscar.marin@example.es>", "Re: Factura 2024-1187", "billing", "",
"""Hola de nuevo,

La factura que me habéis reenviado sigue teniendo el NIF mal: pone
44556677-B y es 44556678-B. Sin eso no me la aceptan en el AMPA.
¿Podéis corregirla?

Gracias,
Óscar

El 12/03, Fotografía Escolar Nubes escribió:
> Hola Óscar, te adjuntamos de nuevo la factura de las fotos de grupo
> de 6º. ¡Un saludo!"""),
("es", "b126-meses-sin-intereses-libros", "Rocío Hernández <rocio.hdz@example.com.mx>", "pregunta", "billing", "",
"""Hola buenas noches, quiero comprar el paquete de libros de 2o de
secundaria para mis dos hijos, son como $5,800. ¿Aceptan pago a meses
sin intereses con tarjeta de crédito? ¿A cuántos meses? Gracias"""),
("es", "b126-app-ejercicios-hija-a-valencia", "Paco Gimenez <pacogimenez71@example.es>", "suscripcion", "billing", "",
"""Buenas, mi hija ya ha aprobado la selectividad y en septiembre se va
a estudiar a Valencia, asi que se acabo lo de la app de ejercicios de
bachillerato. No quiero que se renueve en agosto, dadla de baja por
favor. Esta a nombre de Paula Gimenez Ros.
Gracias y un saludo"""),
("es", "b126-codigo-descuento-fotos", "Florencia Méndez <flor.mendez@example.com.ar>", "Código", "billing", "",
"""Hola! El folleto que mandaron del jardín decía que con el código
SALA5 había 20% de descuento en las fotos. Lo puse y me cobró igual el
total ($38.000). ¿Me pueden devolver la diferencia? Te paso el número
de pedido: FT-10877.
Gracias, Flor"""),
("es", "b126-plataforma-caida-no-pasamos-lista", "Secretaría <secretaria@ceipriotajo.example.es>", "Urgente", "technical", "high",
"""Buenos días:

Desde primera hora ningún profesor del centro puede entrar en la
plataforma: sale «error 503» tanto en el ordenador como en la app. No
podemos pasar lista, las familias no reciben los avisos de ausencia y
el comedor no sabe cuántos menús preparar para 380 alumnos. Estamos
llamando clase por clase.

Por favor, llamadnos al 925 000 214 en cuanto sepáis algo.

Esther, secretaría del CEIP Río Tajo (Toledo)"""),
("es", "b126-app-padres-usuario-incorrecto", "Karla Domínguez <karla.dguez@example.com.mx>", "no puedo entrar", "technical", "",
"""Hola, desde el lunes la app de papás me dice "usuario o contraseña
incorrectos" y no he cambiado nada. En la computadora sí puedo entrar.
Tengo un Samsung. ¿Qué hago? Necesito ver las tareas de mi hijo."""),
("es", "b126-licencias-digitales-no-activan", "Departamento de Inglés <ingles@iesalcaravan.example.es>", "Licencias digitales", "technical", "",
"""Hola,

Este curso compramos los libros de inglés de 1º de ESO con licencia
digital incluida. Los alumnos introducen el código de la contraportada
y la web les devuelve «licencia no válida para este producto». Nos
pasa con todos los alumnos de 1ºA y 1ºC (unos 50). El código de 1ºB sí
funcionó.

Un saludo,
Raquel Benítez"""),
("es", "b126-micro-humo-tablero", "Martín Acosta <martin.acosta@example.com.ar>", "Micro del viaje - humo", "technical", "high",
"""Buenas tardes.

Les escribo como padre acompañante del viaje de egresados del Instituto
Belgrano de Córdoba. El martes, a la altura de Villa Mercedes, empezó a
salir humo del tablero del micro y se sintió olor a cable quemado. El
chofer paró en la banquina y bajamos a los 46 chicos sin problema.
Después de media hora el chofer dijo que ya estaba y seguimos en el
mismo micro hasta San Luis.

Nadie salió lastimado, pero la vuelta es el domingo y quiero saber que
el micro fue revisado por un mecánico, o que van a mandar otro.

Martín Acosta"""),
("es", "b126-ensayo-online-se-cayo", "UTP Colegio Los Coihues <utp@loscoihues.example.cl>", "Ensayo de hoy", "technical", "high",
"""Estimados:

Hoy a las 9:00 comenzó el ensayo de matemáticas en su plataforma para
los 180 alumnos de 4º medio. A las 9:25 la página dejó de responder a
todos a la vez y al volver a entrar a cada uno le aparecía el ensayo
«ya rendido» con la mitad de las preguntas en blanco. Tuvimos que
suspender. El jueves está programado el de lenguaje y necesitamos saber
si podemos usar la plataforma con seguridad.

Saludos,
Claudia Riquelme
Jefa de UTP"""),
("es", "b126-no-facturacion-boletin-notas", "Rafael Soto <rafael.soto.m@example.es>", "Boletín", "technical", "",
"""Hola. No es un tema de facturación ni de pagos. La aplicación se cierra
cada vez que intento abrir el boletín de notas de la segunda evaluación
de mi hijo. El resto de apartados funcionan. iPhone 12, la app está
actualizada."""),
("es", "b126-fotos-grado-descarga-error", "Valentina Rojas <valentina.rojas@example.com.co>", "Fotos de grado", "technical", "",
"""Buenas tardes,

Intento descargar las fotos de grado de mi hija (Colegio La Salle,
promoción 2024) y el archivo .zip llega dañado, no se abre ni en el
computador ni en el celular. Ya lo bajé tres veces. ¿Me lo pueden
enviar de otra forma?

Mil gracias,
Valentina"""),
("es", "b126-pizarra-tercera-reparacion", "Jordi Puig <jpuig@escolamontseny.example.es>", "Pizarra digital aula 2.3 - tercera vez", "technical", "high",
"""Buenos días:

La pizarra digital del aula 2.3 ha vuelto a dejar de responder al
tacto. Es la tercera vez desde septiembre. Vuestro técnico ha venido
dos veces, ha recalibrado y a la semana estábamos igual. Los alumnos de
2º llevan casi un trimestre dando clase con una pizarra que no funciona.

No quiero una cuarta visita del mismo técnico. Pido hablar con un
superior o con el responsable del servicio técnico.

Jordi Puig
Coordinador TIC, Escola Montseny"""),
("es", "b126-correo-confirmacion-no-llega", "Luis Fernando Ramos <luisf.ramos@example.com.mx>", "Inscripcion", "technical", "",
"""buenas tardes, hice la inscripcion al examen desde su pagina y me dijo
que me llegaria un correo de confirmacion con mi numero de folio pero
no me ha llegado nada, ya revise spam. ya me cobraron. como se si quede
inscrito?"""),
("es", "b126-excel-tildes-raras", "Nuria Castell <nuria.castell@example.es>", "Exportar notas", "technical", "",
"""Hola,

Cuando exporto las notas de mis grupos a Excel, todos los nombres con
tilde o ñ salen con símbolos raros («MuÃ±oz» en vez de «Muñoz»). Antes
no pasaba. ¿Hay alguna opción para exportarlo bien?

Nuria"""),
("es", "b126-tablet-bateria-hinchada", "Silvina Paredes <silvina.paredes@example.com.ar>", "Tablet del pack digital", "technical", "high",
"""Hola, ¿qué tal?

La tablet que vino con el pack de libros digitales de 4to grado tiene
la parte de atrás levantada, como inflada, y anoche estaba bastante
caliente aunque estaba apagada. La dejamos afuera en el balcón sobre
una baldosa, por las dudas. ¿Qué tenemos que hacer con ella? Mi hija
la usaba todos los días en el colegio.

Silvina"""),
("es", "b126-hola-codigo-verificacion", "Begoña Arrieta <begona.arrieta@example.es>", "Hola", "technical", "",
"""Hola,

Al entrar en mi cuenta de profesora me pide un código de verificación
que se envía al móvil, pero el SMS no llega nunca. El número que tenéis
es el correcto. ¿Hay otra forma de entrar?

Begoña"""),
("es", "b126-no-reembolso-videos-tareas", "Héctor Salinas <hector.salinas@example.com.mx>", "Plataforma de tareas", "technical", "",
"""No quiero que me regresen mi dinero, la plataforma nos gusta. Solo que
desde hace una semana los videos de matemáticas de 5o de primaria no
cargan, se queda la rueda dando vueltas. Los de español sí cargan. Lo
probamos en la compu y en la tablet.

Héctor Salinas"""),
("es", "b126-gracias-orla-preciosa", "Amparo Navarro <amparo.navarro@example.es>", "¡Gracias!", "general", "",
"""Buenas tardes:

Solo quería daros las gracias por la orla de 2º de Bachillerato del
Colegio Santo Domingo. Ha quedado preciosa, y la paciencia que tuvisteis
el día de las fotos con treinta adolescentes a las nueve de la mañana
tiene mucho mérito. Mi hija está encantada.

Un abrazo,
Amparo"""),
("es", "b126-campera-en-el-micro", "Diego Ferreyra <diegoferreyra@example.com.ar>", "campera olvidada", "general", "",
"""Hola, mi hijo Tomás se olvidó la campera en el micro de vuelta de la
excursión a Tandil el viernes (Escuela N° 12, 6to grado). Es azul,
marca Topper, tiene el nombre en la etiqueta. ¿La encontraron?
Gracias, Diego"""),
("es", "b126-coordinadora-grito-gerente", "Verónica Castañeda <vero.castaneda@example.com.mx>", "Queja sobre la coordinadora", "general", "high",
"""Buenas noches.

En la excursión del sábado a Teotihuacán con 6o de primaria del Colegio
Miguel Hidalgo, la coordinadora que ustedes mandaron le gritó a mi hijo
delante de todos y le dijo que "por niños como él" no los llevan a
ningún lado. Tiene 11 años. Otros papás me confirmaron que también les
habló muy feo a sus hijos.

Exijo que el gerente de la empresa se comunique conmigo. No quiero una
disculpa por correo de la misma coordinadora.

Verónica Castañeda"""),
("es", "b126-cambio-datos-profesor", "Álvaro Pineda <alvaro.pineda@example.es>", "Actualizar mis datos", "general", "",
"""Hola Carmen:

Te escribo para que actualices mis datos: tengo nuevo móvil (655 000
921) y ahora vivo en Alcalá de Henares, así que me vienen mejor los
colegios del corredor del Henares que los de Madrid sur.

Gracias,
Álvaro"""),
("es", "b126-supresion-fotos-hijo", "Marta Iglesias <marta.iglesias@example.es>", "Supresión de datos", "general", "",
"""Buenos días:

Mi hijo ha dejado el CEIP Los Almendros este curso. Os pido que borréis
sus fotografías y sus datos (nombre, curso) de vuestros archivos, en
ejercicio del derecho de supresión. Os adjunto copia de mi DNI.

Gracias.
Marta Iglesias"""),
("es", "b126-fechas-sedes-examen", "Laura Cardona <laura.cardona@example.com.co>", "Información", "general", "",
"""Buenos días, ¿me podrían indicar las fechas del examen B2 del segundo
semestre y si hay sede en Pereira o toca viajar a Manizales? Gracias."""),
("es", "b126-horario-agosto", "Manuel Rubio <manuel.rubio@example.es>", "Horario", "general", "",
"""¿En agosto tenéis abierta la tienda de la calle Zurbano? Necesito
recoger los libros de mi sobrina y solo puedo ir por la tarde."""),
("es", "b126-patrocinio-kermes", "Mesa Directiva <padres@escuelajuarez.example.mx>", "Apoyo para kermés escolar", "general", "",
"""Estimados señores:

La Asociación de Padres de Familia de la Escuela Primaria Benito Juárez
de Querétaro organiza su kermés anual el 24 de mayo para juntar fondos
para la biblioteca. ¿Tendrían interés en patrocinar el evento o en
donar algunos libros para la rifa? A cambio pondríamos su logo en las
lonas y en el programa.

Atentamente,
Lupita Mendoza
Presidenta"""),
("es", "b126-entrega-conserje", "Secretaría IES Valle del Jerte <secretaria@iesvallejerte.example.es>", "Entrega de los libros", "general", "",
"""Hola, buenos dias:

Para la entrega del pedido del banco de libros: por favor que el
repartidor entre por la puerta de la calle Trasierra (no por la
principal) y pregunte por Julián, el conserje. Esta de 8 a 15h.

Gracias,
Secretaria"""),
("es", "b126-barandilla-suelta-centro-examinador", "Ramón Ferrer <ramon.ferrer.v@example.es>", "Escalera del centro examinador", "general", "high",
"""Buenas tardes:

El sábado acompañé a mi hija al examen en vuestro centro de la avenida
del Puerto. La barandilla de la escalera que sube a las aulas de la
segunda planta está suelta: se mueve un palmo si te apoyas. Bajaban y
subían decenas de chavales a la vez, muchos corriendo porque llegaban
tarde. Se lo dije a la persona de la entrada y me contestó que «ya lo
saben».

Antes de que alguien se caiga por el hueco, arregladla o cerrad esa
escalera.

Ramón Ferrer"""),
("es", "b126-re-estado-postulacion", "Camila Fuentes <camila.fuentes.p@example.cl>", "RE: Postulación profesora de Historia", "general", "",
"""Hola Francisca, ¿hay alguna novedad? Ya pasaron dos semanas desde la
entrevista con el colegio de Ñuñoa.

Saludos,
Camila

De: Francisca Torres
Enviado: lunes 3 de junio
> Hola Camila, el colegio quedó muy contento con tu entrevista.
> Apenas tengan una respuesta te aviso. ¡Éxito!"""),
("es", "b126-agradecimiento-agencia-horas-catedra", "Julieta Sosa <julieta.sosa@example.com.ar>", "Gracias!!!", "general", "",
"""Hola Mariela! Te quería contar que ya me confirmaron las 12 horas
cátedra de Literatura en el colegio de Palermo. Mil gracias por
acompañarme en todo el proceso y por bancarme los nervios antes de la
entrevista. Sos una genia.
Un beso, Juli"""),
("es", "b126-no-pago-hermanos-juntos", "Inés Cabrera <ines.cabrera@example.es>", "Foto de hermanos", "general", "",
"""Hola:

No escribo por el pago, eso ya está hecho. Quería preguntar si el día
de las fotos del colegio (el 14) se puede hacer una foto de mis dos
hijos juntos, aunque estén en cursos diferentes (2º y 5º de Primaria).

Gracias,
Inés"""),
# ---------------- Polish ----------------
("pl", "b126-zdjecia-blik-dwa-razy", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Zamówienie ZS-3318", "billing", "",
"""Dzień dobry,

zamawiałam zdjęcia grupowe z przedszkola (grupa Biedronki, PP nr 14 w
Gdańsku) i płaciłam BLIK-iem 49 zł. Pierwsza płatność pokazała błąd,
więc zrobiłam drugą, a teraz w banku widzę obie. Proszę o zwrot jednej
z nich.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b126-zielona-szkola-ospa-zaliczka", "Marek Zielinski <marek.zielinski77@example.pl>", "zielona szkola - Kuba nie jedzie", "billing", "",
"""Dzien dobry, syn (Jakub Zielinski, 3b, SP 8 w Lodzi) ma ospe i lekarz
mowi ze na zielona szkole w przyszlym tygodniu nie pojedzie. Wplacilismy
300 zl zaliczki i 550 zl reszty. Ile z tego dostaniemy z powrotem i
czy potrzebne jest zaswiadczenie od lekarza?
Marek Zielinski"""),
("pl", "b126-faktura-nabywca-gmina", "Sekretariat SP 3 <sekretariat@sp3-wadowice.example.pl>", "Faktura do zamówienia 5520", "billing", "",
"""Dzień dobry,

prosimy o korektę faktury FV/5520/2025. Wystawiliście ją na szkołę jako
nabywcę, a u nas nabywcą musi być gmina:

Nabywca: Gmina Wadowice, ul. Rynek 1, 34-100 Wadowice, NIP 5511234567
Odbiorca: Szkoła Podstawowa nr 3 w Wadowicach

Bez tego księgowość w urzędzie nie przyjmie faktury.

Z poważaniem
Joanna Kasprzak, sekretariat"""),
("pl", "b126-nadwyzka-cwiczen-zwrot", "Biblioteka SP 21 <biblioteka@sp21.example.pl>", "Za dużo ćwiczeń", "billing", "",
"""Dzień dobry,

w dostawie z 2 września przyszło 75 zeszytów ćwiczeń do matematyki dla
klasy 5, a zamawialiśmy 57 - ktoś chyba przestawił cyfry. Nadwyżka (18
sztuk) leży zafoliowana w bibliotece. Jak ją odesłać i czy dostaniemy
korektę faktury?

Dziękuję,
Ewa Malinowska"""),
("pl", "b126-wycieczka-odwolana-rzecznik", "Krzysztof Jabłoński <k.jablonski@example.pl>", "Odwołana wycieczka do Krakowa - brak zwrotu", "billing", "high",
"""Szanowni Państwo,

piszę w imieniu rodziców klasy 7a Szkoły Podstawowej nr 2 w Kielcach.
Wycieczka do Krakowa i Wieliczki zaplanowana na 15-16 maja została
przez Państwa odwołana 6 maja, z informacją, że wpłaty (420 zł od
ucznia, razem 10 920 zł) zostaną zwrócone w ciągu 14 dni. Minęło pięć
tygodni.

Jeżeli środki nie wpłyną do 20 czerwca, sprawa zostanie skierowana do
miejskiego rzecznika konsumentów i do UOKiK, a rodzice rozważają
wspólny pozew.

Krzysztof Jabłoński
przewodniczący rady oddziałowej"""),
("pl", "b126-przedszkole-przejmuje-fundacja", "Dyrekcja <dyrekcja@przedszkole-sloneczko.example.pl>", "Abonament od września", "billing", "",
"""Dzień dobry,

od 1 września nasze przedszkole przejmuje Fundacja Tęcza, która ma
własny system do dziennika i płatności. Nasz abonament u Państwa
(umowa nr 2021/448) nie będzie już potrzebny - proszę go nie przedłużać
i nie wystawiać faktury na nowy rok szkolny.

Dziękujemy za cztery lata współpracy.
Renata Kowalczyk
dyrektor Przedszkola Słoneczko"""),
("pl", "b126-egzamin-podwojna-oplata-chargeback", "Pawel Nowicki <pawel.nowicki@example.pl>", "DWA RAZY POBRANA OPLATA", "billing", "high",
"""Zapisalem syna na egzamin certyfikatowy z niemieckiego (B1, sesja
czerwcowa, Wroclaw) i oplata 690 zl zostala pobrana z karty dwa razy.
Pisze juz trzeci raz od 28 kwietnia i nikt nie odpowiada.

Jesli do piatku nie bedzie zwrotu drugiej platnosci, skladam w banku
reklamacje transakcji (chargeback).

Pawel Nowicki"""),
("pl", "b126-zlamana-reka-przeniesienie-terminu", "Beata Szymańska <beata.szymanska@example.pl>", "Przeniesienie na inny termin", "billing", "",
"""Dzień dobry,

moja córka Zuzanna jest zapisana na egzamin FCE 14 czerwca, ale w
sobotę złamała prawą rękę i nie da rady pisać. Czy opłatę 920 zł można
przenieść na sesję grudniową? Mamy zaświadczenie ze szpitala.

Z góry dziękuję,
Beata Szymańska"""),
("pl", "b126-agencja-gwarancja-nauczyciel-odszedl", "Dyrektor <dyrektor@lo-niepubliczne.example.pl>", "Pan Wiśniewski - gwarancja", "billing", "",
"""Pani Moniko,

pan Wiśniewski, którego zatrudniliśmy przez Państwa agencję jako
nauczyciela chemii, zrezygnował po trzech tygodniach. Zgodnie z umową
przysługuje nam okres gwarancyjny 3 miesięcy. Proszę o informację, czy
wolą Państwo zwrócić połowę wynagrodzenia (4 200 zł netto), czy
przedstawić nowego kandydata bez dodatkowej opłaty. Nam bardziej
zależy na kandydacie.

Z poważaniem
Andrzej Lis
Dyrektor Niepublicznego LO „Atut”"""),
("pl", "b126-doplata-paliwowa-kierownik", "Iwona Czarnecka <iwona.czarnecka@example.pl>", "Dopłata 80 zł", "billing", "high",
"""Dzień dobry,

dwa tygodnie przed wycieczką klasy 6c do Gdańska dostaliśmy informację o
"dopłacie paliwowej" 80 zł od dziecka. Umowa, którą podpisywaliśmy w
styczniu, podaje cenę 690 zł "bez dodatkowych opłat". Konsultantka na
infolinii powtarza tylko, że "taka jest decyzja".

Żądam rozmowy z kierownikiem biura lub właścicielem. Do tego czasu
rodzice nie wpłacą ani złotówki więcej.

Iwona Czarnecka
skarbnik klasy 6c"""),
("pl", "b126-odp-kolejna-rata-wycieczki", "Tomasz Wilk <tomasz.wilk@example.pl>", "Odp: Raty - wycieczka do Pragi", "billing", "",
"""Dzień dobry,

dziękuję. Jeszcze jedno: czy drugą ratę (350 zł) mogę wpłacić od razu
razem z trzecią, żeby mieć to z głowy? I w tytule wystarczy imię i
nazwisko syna i klasa?

Tomasz Wilk

W dniu 10.02 Biuro Podróży Szkolnych pisze:
> Szanowny Panie, potwierdzamy wpłatę pierwszej raty 350 zł za Adama
> Wilka (kl. 8b). Druga rata płatna do 15 marca, trzecia do 15 kwietnia.
> Pozdrawiamy"""),
("pl", "b126-rabat-dla-nauczycieli", "Dorota Mazur <dorota.mazur@example.pl>", "Rabat nauczycielski", "billing", "",
"""Dzień dobry, czy w Państwa księgarni internetowej jest rabat dla
nauczycieli na przewodniki metodyczne i materiały do tablicy? Jeśli
tak, to jak go aktywować - wystarczy legitymacja nauczycielska?
Dorota Mazur, SP 5 Lublin"""),
("pl", "b126-matura-zdana-koniec-subskrypcji", "Grazyna Dabrowska <grazyna.dab@example.pl>", "konto corki", "billing", "",
"""Dzien dobry
corka zdala mature (i to calkiem niezle!) i od pazdziernika idzie na
studia do Torunia, wiec platforma z zadaniami maturalnymi nie bedzie
jej juz potrzebna. Prosze nie odnawiac subskrypcji w sierpniu i nie
pobierac wiecej z mojej karty. Konto: ola.dabrowska2006.
Pozdrawiam
Grazyna Dabrowska"""),
("pl", "b126-bon-z-zeszlego-roku", "Joanna Pietrzak <joanna.pietrzak@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, mam bon na 30 zł, który dostaliśmy w zeszłym roku za
zamówienie zdjęć z komunii. Czy mogę go wykorzystać przy zamówieniu
tegorocznych zdjęć klasowych? Na bonie nie ma daty ważności."""),
("pl", "b126-dziennik-nie-dziala-cala-szkola", "Wicedyrektor <wicedyrektor@zs1-plock.example.pl>", "dziennik", "technical", "high",
"""Dzień dobry,

od rana dziennik nie ładuje się żadnemu nauczycielowi - po zalogowaniu
jest tylko biała strona. Frekwencję zbieramy na kartkach, rodzice
dzwonią do sekretariatu, bo nie widzą, czy dzieci dotarły do szkoły, a
stołówka nie wie, ile wydać obiadów. To 700 uczniów. W piątek mamy
klasyfikację.

Proszę o pilny kontakt: 24 000 13 55.

Marzena Kwiatkowska
wicedyrektor ZS nr 1 w Płocku"""),
("pl", "b126-konto-rodzica-zablokowane", "Łukasz Sobczak <lukasz.sobczak@example.pl>", "Zablokowane konto", "technical", "",
"""Dzień dobry, po trzech nieudanych próbach logowania konto rodzica
zostało zablokowane. Klikam "odblokuj konto", ale mail z linkiem nie
przychodzi od dwóch dni (spam sprawdzony). Login: l.sobczak.sp12."""),
("pl", "b126-e-podrecznik-kod-nieaktywny", "Anna Kaczmarek <anna.kaczmarek.nauczyciel@example.pl>", "Kody do e-podręcznika", "technical", "",
"""Dzień dobry,

uczniowie klasy 4a dostali kody dostępu do e-podręcznika do przyrody
wklejone w podręcznik papierowy. Przy wpisywaniu strona pokazuje "kod
nieaktywny". Problem dotyczy 14 z 26 uczniów. Próbowaliśmy na
komputerach w pracowni i w domu.

Pozdrawiam
Anna Kaczmarek"""),
("pl", "b126-autokar-pasy-drzwi-awaryjne", "Bartosz Lewandowski <b.lewandowski@sp40.example.pl>", "Autokar 12 maja", "technical", "high",
"""Dzień dobry,

piszę jako kierownik wycieczki klasy 5b do Torunia (12 maja). W
autokarze, który Państwo podstawili, w sześciu rzędach nie dało się
zapiąć pasów bezpieczeństwa - klamry były uszkodzone - a jedno z
wyjść awaryjnych nie otwierało się. Dzieci przesadziliśmy tak, żeby
każde miało sprawny pas, kilka jechało po troje w rzędzie.

Wszystko skończyło się dobrze, ale w czerwcu jedziemy z Państwem
ponownie z dwiema klasami i oczekuję, że pojazd będzie sprawny.

Bartosz Lewandowski"""),
("pl", "b126-probna-matura-platforma-padla", "Dyrekcja II LO <dyrekcja@2lo-rzeszow.example.pl>", "Próbna matura online", "technical", "high",
"""Szanowni Państwo,

dziś o 9:00 120 uczniów klas maturalnych zaczęło na Państwa platformie
próbną maturę z matematyki. Po 40 minutach platforma przestała
zapisywać odpowiedzi - uczniowie widzieli komunikat "brak połączenia z
serwerem", a po odświeżeniu test był pusty. Przerwaliśmy próbę.

Na przyszły wtorek mamy zaplanowany język polski dla tych samych
klas. Prosimy o informację, co się stało i czy możemy bezpiecznie
przeprowadzić kolejny test.

Elżbieta Rogalska
wicedyrektor"""),
("pl", "b126-nie-platnosci-plan-lekcji", "Kamila Jasińska <kamila.jasinska@example.pl>", "Aplikacja", "technical", "",
"""Dzień dobry, to nie jest sprawa płatności ani abonamentu. Aplikacja
zawiesza się za każdym razem, kiedy otwieram plan lekcji syna - ekran
robi się szary i trzeba ją zamknąć. Oceny i wiadomości działają. Telefon
Motorola, Android 13."""),
("pl", "b126-link-zdjecia-wygasl", "Sylwia Baran <sylwia.baran@example.pl>", "link do zdjec", "technical", "",
"""Dzien dobry, link do pobrania zdjec z jaselek (SP 17 Bydgoszcz, klasa
2a), ktory przyszedl wczoraj mailem, pokazuje "link wygasl lub jest
nieprawidlowy". Otwieralam go pierwszy raz. Prosze o nowy.
Sylwia"""),
("pl", "b126-projektor-trzask-dym", "Grzegorz Majewski <g.majewski@zsp-kolbuszowa.example.pl>", "Projektor w sali 14", "technical", "high",
"""Dzień dobry,

dzisiaj na trzeciej lekcji projektor krótkoogniskowy zamontowany przez
Państwa w sali 14 nad tablicą trzasnął, z obudowy poleciała smużka
dymu i czuć było palony plastik. Wyłączyliśmy zasilanie bezpiecznikiem,
klasa przeszła do innej sali, nikomu nic się nie stało. Salę
zamknęliśmy.

Proszę o przysłanie serwisu i informację, czy pozostałe 11 projektorów
tego samego modelu w szkole są bezpieczne.

Grzegorz Majewski
informatyk szkolny"""),
("pl", "b126-czytniki-stolowka-trzecia-reklamacja", "Intendentka <stolowka@sp9-ostroleka.example.pl>", "Czytniki kart - trzecia reklamacja", "technical", "high",
"""Dzień dobry,

to już trzecia reklamacja czytników kart w stołówce. Co kilka dni
czytniki przestają rozpoznawać karty uczniów i dzieci nie mogą odebrać
obiadów, więc spisujemy ich ręcznie. Serwisant był dwa razy, za każdym
razem "zaktualizował oprogramowanie" i po tygodniu jest to samo.

Proszę, żeby tym razem sprawą zajął się jego przełożony albo kierownik
serwisu. Nie chcę znowu tłumaczyć wszystkiego od początku.

Halina Gajewska
intendent"""),
("pl", "b126-pytanie-wydruk-swiadectw", "Sekretariat <sekretariat@sp2-zary.example.pl>", "Pytanie", "technical", "",
"""Dzień dobry,

przy wydruku świadectw z programu na drukach MEN pola są przesunięte o
około centymetr w dół i oceny wchodzą na ramki. Próbowałam na dwóch
drukarkach, ustawienia skali 100%. W zeszłym roku było dobrze.

Pozdrawiam,
Teresa"""),
("pl", "b126-nie-chce-zwrotu-galeria-inna-klasa", "Robert Stępień <robert.stepien@example.pl>", "Galeria", "technical", "",
"""Dzien dobry, nie chce zwrotu pieniedzy, zdjecia chce. Po zalogowaniu
kodem z koperty galeria pokazuje zdjecia zupelnie innej klasy (3c
zamiast 1a) i nie ma tam mojej corki. Kod: 7K2-PL-5501.
Robert Stepien"""),
("pl", "b126-kalendarz-terminow-nie-laduje", "Oskar Witkowski <oskar.witkowski@example.pl>", "Zapisy na egzamin", "technical", "",
"""Cześć, próbuję zapisać się na egzamin z angielskiego przez stronę, ale
na telefonie kalendarz z terminami w ogóle się nie ładuje, kręci się w
kółko. Na laptopie kolegi działało. Mam iPhone'a i Safari."""),
("pl", "b126-dziekujemy-zielona-szkola-bialka", "Magdalena Nowak <m.nowak@sp11-czestochowa.example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

w imieniu nauczycieli i uczniów klas trzecich SP 11 w Częstochowie
chciałam bardzo podziękować za zieloną szkołę w Białce Tatrzańskiej.
Pan Staszek, nasz przewodnik, opowiadał o górach tak, że nawet
najbardziej znudzeni chłopcy słuchali z otwartymi ustami. Kuchnia
znakomita, pokoje czyste.

Do zobaczenia za rok!
Magdalena Nowak"""),
("pl", "b126-aparat-ortodontyczny-zgubiony", "Kinga Adamczyk <kinga.adamczyk@example.pl>", "zgubiony aparat na zeby", "general", "",
"""Dzien dobry, corka (Hania Adamczyk, kl. 6a SP 4 Olsztyn) zgubila
aparat ortodontyczny w rozowym pudelku podczas wycieczki do Malborka w
czwartek, chyba w autokarze albo w restauracji na obiedzie. Czy ktos go
znalazl? Byl naprawde drogi...
Kinga"""),
("pl", "b126-rekruterka-ciaza-dyrektor-oddzialu", "Natalia Kubiak <natalia.kubiak@example.pl>", "Skarga na rozmowę rekrutacyjną", "general", "high",
"""Dzień dobry,

we wtorek miałam w Państwa agencji rozmowę w sprawie pracy nauczycielki
angielskiego w przedszkolach. Pani prowadząca rozmowę zapytała, czy
"planuję w najbliższym czasie dzieci", a gdy odmówiłam odpowiedzi,
stwierdziła, że "przedszkola nie lubią takich niespodzianek" i na tym
rozmowa się skończyła.

Żądam kontaktu z dyrektorem oddziału lub osobą odpowiedzialną za
rekrutację w Państwa firmie. Oczekuję wyjaśnień na piśmie.

Natalia Kubiak"""),
("pl", "b126-zmiana-maila-szkoly-konto", "Sekretariat ZSO Mielec <sekretariat.zso@mielec.example.pl>", "Zmiana danych kontaktowych", "general", "",
"""Dzień dobry,

od 1 lutego szkoła ma nowy adres e-mail: sekretariat.zso@mielec.example.pl
(stary zso_mielec@example.pl przestanie działać) oraz nowy numer
telefonu: 17 000 44 20. Proszę o zmianę danych na naszym koncie
klienta. Osoba kontaktowa bez zmian.

Dziękuję,
Barbara Pawlak"""),
("pl", "b126-rodo-kopia-danych-fotograf", "Michał Zalewski <michal.zalewski@example.pl>", "Dostęp do danych", "general", "",
"""Dzień dobry,

na podstawie art. 15 RODO proszę o informację, jakie dane osobowe moich
dzieci (Antoni i Laura Zalewscy, SP 6 w Legnicy) Państwo przetwarzają,
skąd je macie i jak długo będą przechowywane - w tym zdjęcia z sesji
szkolnych z lat 2022-2024.

Z poważaniem
Michał Zalewski"""),
("pl", "b126-dysleksja-dostosowanie-egzaminu", "Aleksandra Duda <aleksandra.duda@example.pl>", "Dostosowanie warunków", "general", "",
"""Dzień dobry, syn ma opinię z poradni o dysleksji. Czy na Państwa
egzaminie certyfikatowym B2 może dostać wydłużony czas, i do kiedy
trzeba złożyć opinię? Dziękuję."""),
("pl", "b126-godziny-biura-wakacje", "Stanisław Kołodziej <stanislaw.kolodziej@example.pl>", "Godziny otwarcia", "general", "",
"""Proszę o informację, w jakich godzinach biuro jest czynne w lipcu i
sierpniu. Chcę przyjść osobiście podpisać umowę na wycieczkę klasową.

Stanisław Kołodziej"""),
("pl", "b126-festyn-dzien-dziecka-ksiazki", "Rada Rodziców SP 1 <radarodzicow.sp1@example.pl>", "Festyn z okazji Dnia Dziecka", "general", "",
"""Szanowni Państwo,

Rada Rodziców przy Szkole Podstawowej nr 1 w Sanoku organizuje 1
czerwca festyn rodzinny. Czy Państwa wydawnictwo zechciałoby przekazać
kilka książek na nagrody w konkursach dla dzieci? W zamian umieścimy
logo wydawnictwa na plakatach i na stronie szkoły.

Z wyrazami szacunku
Agata Zając
przewodnicząca Rady Rodziców"""),
("pl", "b126-dostawa-wejscie-od-boiska", "Sekretariat SP 7 <sp7@szkola-nysa.example.pl>", "Dostawa podręczników", "general", "",
"""Dzień dobry,

przy dostawie podręczników w przyszłym tygodniu prosimy, żeby kurier
podjechał od strony boiska (ul. Sportowa), bo przy głównym wejściu
trwa remont. Paczki proszę zostawić u pani woźnej, w sekretariacie
nie ma miejsca. Jesteśmy od 7:30 do 15:30.

Sekretariat SP 7"""),
("pl", "b126-osrodek-plac-zabaw-gwozdzie", "Justyna Michalak <justyna.michalak@example.pl>", "Plac zabaw w ośrodku w Ustce", "general", "high",
"""Dzień dobry,

wróciliśmy z kolonii w Państwa ośrodku w Ustce. Na placu zabaw przy
budynku B z drewnianej zjeżdżalni wystają gwoździe, a pod huśtawkami
leżą kawałki potłuczonego szkła. Mój syn rozciął sobie dłoń, na
szczęście niegroźnie, opiekunka go opatrzyła. Inne dzieci dalej się
tam bawiły.

Proszę o pilne uprzątnięcie i naprawę, zanim przyjedzie kolejny turnus.

Justyna Michalak"""),
("pl", "b126-odp-kiedy-certyfikat", "Wiktoria Sowa <wiktoria.sowa@example.pl>", "Odp: Wyniki egzaminu", "general", "",
"""Dzień dobry, dziękuję za wyniki! Kiedy mniej więcej przyjdzie
papierowy certyfikat i czy przyślecie go na adres domowy, czy trzeba
odebrać w szkole językowej?

Wiktoria

> Szanowna Pani,
> wyniki egzaminu z 17 maja są już dostępne w panelu kandydata.
> Gratulujemy zdania egzaminu!"""),
("pl", "b126-wycieczka-uczen-na-wozku", "Elżbieta Górecka <elzbieta.gorecka@example.pl>", "Klasa integracyjna", "general", "",
"""Dzień dobry,

jestem wychowawczynią klasy integracyjnej 4c. Jeden z naszych uczniów
porusza się na wózku. Czy organizują Państwo wycieczki jednodniowe do
Warszawy z autokarem przystosowanym do wózka i programem bez schodów?
Interesuje nas termin w październiku.

Pozdrawiam serdecznie,
Elżbieta Górecka"""),
("pl", "b126-nie-faktura-opiekun-kontakt", "Adam Kowalewski <adam.kowalewski@example.pl>", "Wyjazd do Pragi", "general", "",
"""Dzień dobry, nie chodzi o fakturę ani wpłaty, to wszystko jest w
porządku. Chciałem zapytać, kto będzie pilotem z ramienia biura na
wyjeździe do Pragi i pod jaki numer możemy dzwonić w razie czego w
trakcie wycieczki.

Adam Kowalewski"""),
("pl", "b126-zalacznik-pdf-wiadomosc", "Paulina Krawczyk <paulina.krawczyk@example.pl>", "Nie otwiera się załącznik", "technical", "",
"""Dzień dobry,

wychowawczyni wysłała przez dziennik wiadomość z załącznikiem (zgoda na
wyjście do kina, PDF). Kiedy klikam w załącznik, w aplikacji pojawia się
"Nie udało się pobrać pliku", a w przeglądarce na komputerze pobiera się
plik o rozmiarze 0 KB. Inni rodzice z klasy mają to samo.

Paulina Krawczyk"""),
]
