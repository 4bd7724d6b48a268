# batch110.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them.  Public and semi-public services this time --
# universities and student services, libraries, museum memberships,
# charity lotteries and raffles, parking permits, recycling centres,
# community energy cooperatives, housing associations -- with the usual
# failure classes: escalation demands and legal threats that keep their
# topic, chargebacks, negations, Greeklish, subjects that say nothing or
# something else, replies quoting an earlier mail, plans ended or paused
# in unusual wording, outages told only by their consequences, safety
# hazards told calmly, praise, payment questions, and everyday mail of
# all three queues.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b110-en-tuition-instalments", "Hannah Pritchard <h.pritchard@example.ac.uk>", "Paying fees in instalments", "billing", "",
"""Dear Student Finance Office,

I'm a self-funded MA student starting in September (student number
2419087). The tuition fee is 9,850 GBP and I can't pay it all in one go
before enrolment. Your website mentions a three-instalment plan but the
link goes to last year's page. Is it still available, what are the
dates, and is there any extra charge for paying that way?

Many thanks,
Hannah Pritchard"""),
("en", "b110-en-library-fine-returned", "Darnell Brooks <dbrooks@example.com>", "Question", "billing", "",
"""Hi,

my library account says I owe $7.50 in overdue fines for "The Overstory".
I returned it through the book drop at the Elm Street branch on the
13th, which was the due date. It was a Sunday so maybe it wasn't checked
in until Monday? Can you take the fine off please.

Thanks
Darnell"""),
("en", "b110-en-museum-joint-membership-widow", "Margaret Ellison <margaret.ellison@example.co.uk>", "Our membership", "billing", "",
"""Dear Membership Team,

My husband Gordon and I have been joint Friends of the Gallery for over
twenty years. Gordon passed away in February, and I'm afraid I shan't
be coming up to town as often on my own.

The joint membership is due to renew by direct debit on 1 May at 96.00.
Please could you change it to a single membership, or if that isn't
possible stop it altogether and I will buy tickets when I visit.

Thank you for the many happy afternoons.

Yours sincerely,
Margaret Ellison (Mrs)"""),
("en", "b110-en-lottery-care-home", "Patrick Doyle <patrick.doyle@example.ie>", "Weekly draw - my father", "billing", "",
"""Hello there,

My father, Sean Doyle, has played your hospice weekly draw for years at
2 EUR a week by standing order. He's moved into a nursing home in
Mullingar and he doesn't handle his own post or bank any more - I have
power of attorney. Could you take him off the draw and let me know if
anything needs cancelling on the bank side as well? His supporter
number is HW-55812.

Thanks very much,
Patrick Doyle"""),
("en", "b110-en-permit-sold-car", "Rebecca Shaw <rebecca.shaw@example.co.uk>", "Resident permit CPZ-K 40117", "billing", "",
"""Hello,

I sold my car last week and won't be getting another one - I'm cycling
now. My resident parking permit for zone K runs until next March and I
paid 148 GBP for the year. Can I get a refund for the unused months,
and do I need to send the paper permit back?

Rebecca Shaw
Flat 3, 22 Tennyson Road"""),
("en", "b110-en-rent-taken-twice-chargeback", "Kelly Marsh <kelly.marsh@example.co.uk>", "RENT TAKEN TWICE", "billing", "high",
"""Your direct debit took my rent twice this month, 612.40 on the 1st and
612.40 again on the 3rd. That's over 1200 out of my account and I've
got two kids and nothing left for food shopping this week.

I rang your income team on Monday and was told it would be "looked at".
Nothing has come back. If the second payment isn't back in my account by
Friday I'm claiming it back from my bank under the Direct Debit
Guarantee and they can sort it out with you.

Kelly Marsh
Tenancy ref 0033-1187"""),
("en", "b110-en-coop-share-interest", "Alan Whitfield <alan.whitfield@example.org>", "Share interest 2023", "billing", "",
"""Dear Treasurer,

At the AGM we were told share interest of 3% for 2023 would be paid to
members by the end of June. I hold 2,000 GBP in shares (member 0418) and
nothing has arrived in my account. A neighbour who is also a member has
had hers. Could you check whether you have my current bank details? I
changed banks last autumn and may not have told you.

Regards,
Alan Whitfield"""),
("en", "b110-en-recycling-trade-rate", "Gareth Pugh <gareth.pugh@example.co.uk>", "Charged as a trader", "billing", "",
"""Hi,

I took six bags of plasterboard off-cuts to the Llandough recycling
centre on Saturday from my own kitchen refit. I was charged the trade
rate, 42 GBP, because I came in a van. It's a borrowed van, I'm not a
builder, and I showed my council tax bill. The householder rate is 4
per bag. Can I have the difference back? I have the card receipt.

Gareth"""),
("en", "b110-en-halls-deposit-head", "Aarav Menon <aarav.menon@example.com>", "Deposit for Fenwick Hall - third email", "billing", "high",
"""Dear Accommodation Office,

This is my third email about my 350 GBP deposit for Fenwick Hall, room
B14. I moved out on 28 June, the room inspection was signed off with no
damage, and I was told the deposit is returned within 28 days. It has
now been ten weeks.

Both previous emails got an automatic reply and nothing else. I would
like this passed to the Head of Accommodation, please, and I'd like a
named person to reply to me with a date for the refund.

Aarav Menon
Student ID 21093377"""),
("en", "b110-en-lost-library-book-pay", "Sunita Rao <sunita.rao@example.in>", "Lost book - how to pay", "billing", "",
"""Respected Sir/Madam,

I am sorry to inform that my daughter has lost the library book "Wings of
Fire" borrowed on her card (Junior card J-20456). We have searched the
whole house. We do not want any waiver, we will pay for it. Kindly tell
me the amount and whether I can pay by UPI or I have to come to the
counter.

Thanking you,
Sunita Rao"""),
("en", "b110-en-raffle-charged-100", "Shane Kowalski <shane.k@example.com.au>", "raffle tickets!!!", "billing", "",
"""G'day, I bought TEN tickets in the surf club raffle online last night,
$2 each, so $20. My card's been hit for $200!!! The confirmation says 10
tickets. PLEASE FIX THIS ASAP, I'm not made of money mate.

Shane"""),
("en", "b110-en-gym-pause-placement", "Niamh Gallagher <niamh.gallagher@example.ie>", "Gym", "billing", "",
"""Hi,

I'm going on Erasmus to Lyon from September to January. Can I freeze my
campus sport membership for those months instead of paying 24 EUR a
month for a gym I can't use? Happy to start again when I'm back in
second semester.

Niamh"""),
("en", "b110-en-re-hall-hire-invoice", "Valerie Nkemelu <valerie@stjudes-toddlers.example>", "Re: Community room hire - invoice INV-2207", "billing", "",
"""Hi Tom,

Thanks for this. We're a registered charity (no. 1099821) so I believe
we get the community rate of 8 per hour, not 15. Could you reissue the
invoice at the right rate and I'll get it paid straight away.

Best,
Valerie
St Jude's Toddler Group

-----Original Message-----
From: Tom Hale <t.hale@example-housing.org.uk>
Sent: 02 October 15:44
To: Valerie Nkemelu
Subject: Community room hire - invoice INV-2207

Hi Valerie,

Please find attached the invoice for hire of the community room at
Brook House for September (12 sessions x 2 hours).

Kind regards,
Tom"""),
("en", "b110-en-service-charge-ombudsman", "Derek Fairweather <derek.fairweather@example.co.uk>", "Service charge 2024/25", "billing", "high",
"""Dear Sirs,

The service charge for my flat at Linden Court has gone up from 38.20 to
71.90 a week with no explanation beyond "increased costs". I have asked
twice in writing for a breakdown of the charges, which as a leaseholder
I am entitled to, and received nothing.

If I do not receive a full breakdown within 14 days I will be taking
the matter to the Housing Ombudsman and will apply to the tribunal to
challenge the charge.

D. Fairweather
14 Linden Court"""),
("en", "b110-en-mfa-lost-phone", "Ji-woo Park <jiwoo.park@example.com>", "Can't log in", "technical", "",
"""Hello IT Service Desk,

My phone was stolen on the bus on Friday and the new one doesn't have
the authenticator app, so I can't get past the two-step verification on
the student portal or my uni email. I have a coursework deadline on
Thursday. How do I reset the MFA? I can come to the desk with my ID
card.

Ji-woo Park, BSc Computer Science Year 2"""),
("en", "b110-en-library-app-renew", "Colleen O'Hara <colleen.ohara@example.com>", "Library app", "technical", "",
"""Hi, this isn't about fines or anything like that, my account is clear.
The library app just won't renew my loans. I tap "Renew all" and it
spins and then says "Something went wrong (code 502)". Tried on wifi and
4G, deleted and reinstalled. Web catalogue won't let me log in either,
says my PIN is wrong but it's the same PIN I use at the self-checkout.

Colleen"""),
("en", "b110-en-permit-upload-error", "Oliver Grant <oliver.grant@example.co.uk>", "Permit application won't submit", "technical", "",
"""I'm trying to apply for a resident permit online. Every time I upload
my V5C (a 900 KB PDF) the page goes white and then back to step 1 and
I have to fill it all in again. Done it four times now in Firefox and
Edge. Can you check the form please, or tell me another way to apply.

Oliver Grant"""),
("en", "b110-en-mum-no-heating", "Deborah Quinn <deborah.quinn@example.co.uk>", "Mrs Irene Quinn, 7 Castle View - no heating", "technical", "high",
"""Hello,

I'm writing on behalf of my mother, Irene Quinn, who is one of your
tenants at 7 Castle View. She is 87 and has heart failure. Her boiler
stopped working on Sunday night - the display shows F28 and there's no
heating or hot water. It was minus three here last night.

I reported it by phone on Monday morning and was told an engineer would
come "within 5 working days". She cannot wait five days in this
weather. I've lent her a fan heater for one room but she can't afford
to run it for long.

Please can someone come today or tomorrow. My number is 07700 900512.

Deborah Quinn"""),
("en", "b110-en-gas-smell-cupboard", "Mohammed Iqbal <m.iqbal@example.co.uk>", "Smell in the meter cupboard", "technical", "high",
"""Hello,

Just to let you know, for the last couple of days there's been a faint
smell of gas in the meter cupboard on the ground floor landing at
Harewood House, block B. It's stronger first thing in the morning. I
rang the gas emergency line this morning and they capped something and
said the housing association needs to get its own engineer to look at
the pipework in the cupboard. Could you book that in?

Thanks,
Mohammed Iqbal, flat 2"""),
("en", "b110-en-solar-inverter-code", "Fiona MacLeod <fiona.macleod@example.scot>", "Inverter", "technical", "",
"""Hi,

The inverter for the panels on the village hall roof has been showing
"Error 301 - grid fault" since the power cut on Tuesday, and the app
shows zero generation for three sunny days. Power is back on everywhere
else in the hall. Is there a reset we can do ourselves or does someone
from the co-op need to come out?

Fiona (hall committee)"""),
("en", "b110-en-battery-hot-smell", "Bronwyn Hale <bronwyn.hale@example.com.au>", "Home battery from the community scheme", "technical", "high",
"""Hi,

The home battery we got through the community energy scheme in March
(it's in the garage, mounted on the wall) has been making a clicking
noise this afternoon and the casing is hot to touch, much hotter than
usual. There's a smell a bit like a burnt-out kettle. I've turned it off
at the isolator switch like the booklet says and kept the kids and the
dog out of the garage. What should we do next?

Bronwyn Hale
Ph 0491 570 110"""),
("en", "b110-en-exam-wifi-library", "Dr Ruth Abernethy <r.abernethy@example.ac.uk>", "Main Library", "technical", "high",
"""Hello,

Wi-Fi in the Main Library has been down since about 9:30 and the desktop
PCs on floors 2 and 3 won't log anyone in either. We have the online
Law exam open from 10:00 to 13:00 and around 180 students sitting it
from the library. Invigilators are sending people to other buildings
but those are full.

Please treat this as a priority - I'm in the library office, ext 4471.

Ruth Abernethy
Deputy Director, Library Services"""),
("en", "b110-en-recycle-booking-blank", "Tessa Morgan <tessa.morgan@example.co.uk>", "Booking", "technical", "",
"""hello, the booking page for the recycling centre just shows a blank
calendar for every day next week. Tried on my phone and laptop. Can I
still turn up without a slot or is there another way to book?"""),
("en", "b110-en-museum-qr-rejected", "Stephen Adeyemi <stephen.adeyemi@example.com>", "Membership card", "technical", "",
"""Hi,

The digital membership card in my wallet app won't scan at the entrance
- the gate flashes red and says "card not recognised". The staff let me
in on Saturday by typing my number in, which was kind, but I'd rather
not have to do that every time. Membership runs to next year and is
fully paid, so I don't think it's that. Card number M-778140.

Stephen"""),
("en", "b110-en-cafe-student-cards", "Marco Bellini <marco@bellinis-cafe.example>", "Student cards", "technical", "high",
"""Hi,

We're the coffee cart by the Science Library, on your campus card
scheme. Since Tuesday morning not a single student card will go
through on our terminal - they all come back "host unavailable". Most of
our customers only carry the campus card, so we're turning away three
out of four people, and I've had to send one of my two staff home. Card
payments on the same terminal are fine.

Please call me on 0412 887 305.

Marco Bellini
Bellini's"""),
("en", "b110-en-lift-tower-block", "Joyce Adebayo <joyce.adebayo@example.co.uk>", "Lift at Marlowe Tower", "technical", "high",
"""Good morning,

Both lifts at Marlowe Tower have been out of action since Saturday
evening. There are 16 floors. Mr Cole on 12 is in a wheelchair and has
missed his dialysis appointment because he could not get down, and
several of the older residents have not been out for three days. A
man came on Sunday, looked at it and left.

We need the lifts working, or at least one of them. Can you tell us
when an engineer will be here?

Joyce Adebayo
Marlowe Tower Residents' Association"""),
("en", "b110-en-lottery-reset-email", "Vikram Shetty <vikram.shetty@example.com>", "Password reset", "technical", "",
"""Dear Team,

I am trying to log in to my lottery account to update my chosen numbers.
I clicked on "forgot password" five times since yesterday but the reset
email never comes. Checked spam and promotions folder also. Kindly help.

Regards,
Vikram Shetty"""),
("en", "b110-en-library-opening-easter", "Geraldine Fox <geraldine.fox@example.co.uk>", "Easter", "general", "",
"""Is Hove library open on Easter Saturday, and what time does it close?
Thank you."""),
("en", "b110-en-museum-volunteer-thanks", "Lakshmi Iyer <lakshmi.iyer@example.com>", "Thank you to Harold", "general", "",
"""Dear Museum,

I visited last Wednesday with my father, who is 91 and was a merchant
seaman. One of your volunteers in the maritime gallery, an older
gentleman called Harold, spent nearly an hour with him talking about
the ships, and even found the model of the one Dad sailed on in 1952.
Dad has talked about nothing else since.

Please pass on our very warm thanks. It was the best day out he's had
in years.

With gratitude,
Lakshmi Iyer"""),
("en", "b110-en-recycling-staff-manager", "Keith Barlow <keith.barlow@example.co.uk>", "Behaviour of your staff at Western Road", "general", "high",
"""I was at the Western Road tip on Sunday around 11am with my wife. When
I asked which skip the old garden chairs went in, one of the operatives
(tall, grey beanie) told me to "read the f***ing signs" in front of
people queuing, and then stood and laughed with his mate while I
unloaded. My wife was very upset.

I'm not accepting a standard "we'll feed this back" reply. I want the
site manager to contact me personally, and I want to know what is being
done about it.

Keith Barlow"""),
("en", "b110-en-graduation-lost-scarf", "Emily Carter <emily.carter@example.com>", "Lost at graduation", "general", "",
"""Hi! My grandmother left her scarf in the Great Hall at the 2pm
graduation ceremony on Friday - it's a pale blue cashmere one, row G
near the aisle. It was a gift from my late grandfather so it means a
lot. Has anyone handed it in?

Emily Carter"""),
("en", "b110-en-lottery-new-address", "Brian McAllister <brian.mcallister@example.com>", "New address", "general", "",
"""Hello,

Please update my address for the lottery newsletters and prize letters.
Old: 4 Ferry Lane, Coleraine. New: 19 Hawthorn Drive, Portstewart BT55
7AA. Payments stay the same.

Brian McAllister, member 77310"""),
("en", "b110-en-sar-housing", "Adaeze Okafor <adaeze.okafor@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR I am requesting a copy of all personal
data you hold about me, including repair reports, notes of phone calls,
and any correspondence about anti-social behaviour complaints relating
to my address, 41 Orchard Walk, from 2021 to date.

Please send it electronically to this address.

Yours faithfully,
Adaeze Okafor"""),
("en", "b110-en-coop-sponsor-parkrun", "Jess Whitlock <jess@hillside-harriers.example>", "Sponsorship?", "general", "",
"""Hi all,

I'm the secretary of Hillside Harriers, a small running club on the
same estate as your solar farm. We're putting on our first junior fun
run in May and are looking for a local sponsor to cover medals and
t-shirts (about 400 GBP). Would the co-op be interested? We'd put your
logo on the shirts and give you a shout on the day.

Cheers,
Jess"""),
("en", "b110-en-glass-play-area", "Rachel Mendes <rachel.mendes@example.com>", "Under-5s area", "general", "high",
"""Hello,

I wanted to let someone know that there's broken glass in the soft
play corner of the Discovery Gallery - one of the low display cases
along the back wall has a cracked pane and there were small pieces on
the mat this morning around 10.30. My son picked one up before I saw
it; he's fine, no cut. I told the lady at the front desk but the area
was still open when we left an hour later.

Rachel Mendes"""),
("en", "b110-en-permit-zone-street", "Ian Holloway <ian.holloway@example.co.uk>", "Which zone?", "general", "",
"""Hi, we've just moved to Albion Street. Does it come under zone D or
zone F for residents' parking? The map on the website cuts off halfway
along our road.
Ian"""),
("en", "b110-en-re-graduation-guests", "Priyanka Sharma <priyanka.sharma@example.com>", "Re: Your graduation ceremony - booking now open", "general", "",
"""Hello,

Thank you. My parents are flying in from Pune for the ceremony and my
grandmother also wants to come. Is it possible to get a third guest
ticket, even in the overflow room? And is there step-free access to the
hall, as she uses a walking frame?

Priyanka Sharma, MSc Data Science

On Mon, 3 June, Graduation Office <graduation@example.ac.uk> wrote:
> Dear Graduand,
>
> Booking for the July ceremonies is now open. Each graduand may
> request up to two guest tickets. Please book by 21 June.
>
> Graduation Office"""),
("en", "b110-en-hello-library-volunteer", "Roger Tillman <roger.tillman@example.com>", "Hello", "general", "",
"""Hello,

I retired from teaching last summer and I'd like to do something useful
with my Tuesdays. Does the library need volunteers for the Home Library
Service or the reading groups? I have a current DBS check.

Roger Tillman"""),
("en", "b110-en-security-guard-rude", "Chloe Nguyen <chloe.nguyen@example.com>", "Library security", "general", "",
"""Hi, not a huge deal but I wanted to mention it. The security guy on the
main entrance tonight was really short with a couple of international
students who didn't have their cards, basically shouted at them to
"go home". He could have just explained they can get a day pass at the
desk. Maybe a word with him?
Chloe"""),
("en", "b110-en-open-day-blast", "Tanya Romero <tanya.romero@example.com>", "open day", "general", "",
"""Hey! My son and I came to the Engineering open day on Saturday and it
was an absolute blast - the exploding custard demo killed it, he's been
setting things on fire (safely!) in the garden ever since lol. He's
dying to come back. Are there any more open days before the
application deadline, and can Year 12s book onto the summer school?

Tanya"""),
# ---------------- Greek ----------------
("el", "b110-el-didaktra-metaptyxiakou-doseis", "Σταυρούλα Κοντογιάννη <s.kontogianni@example.gr>", "Δίδακτρα ΠΜΣ - δόσεις", "billing", "",
"""Καλησπέρα σας,

Έγινα δεκτή στο ΠΜΣ «Δημόσια Υγεία» για το ακαδημαϊκό έτος που
ξεκινά. Τα δίδακτρα είναι 3.200€ και στον οδηγό σπουδών γράφει ότι
καταβάλλονται σε τέσσερις δόσεις, χωρίς να λέει πότε. Θα ήθελα να
μάθω τις ημερομηνίες των δόσεων, αν η πρώτη πρέπει να πληρωθεί πριν
την εγγραφή, και αν υπάρχει έκπτωση για όποιον εξοφλήσει εφάπαξ.

Ευχαριστώ εκ των προτέρων,
Σταυρούλα Κοντογιάννη"""),
("el", "b110-el-gl-prostimo-vivliothikis", "Nikos Dalamagas <nikos.dalam@example.gr>", "prostimo", "billing", "",
"""Geia sas, mpika sto logariasmo mou sth dhmotikh vivliothikh kai leei
oti xrwstaw 6,40e prostimo gia kathysterhsh. Ta vivlia ta afhsa sto
kouti epistrofhs ths Kyriakhs, htan h teleutaia mera. Mallon ta
perasan th Deutera. Mporeite na to svhsete? Kala eimai kai me to na
plhrwsw an den ginetai, apla rwtaw.
Nikos"""),
("el", "b110-el-mouseio-filoi-mitera", "Αλεξάνδρα Πετροπούλου <alex.petropoulou@example.gr>", "Συνδρομή Φίλων του Μουσείου - Ελένη Πετροπούλου", "billing", "",
"""Αγαπητοί κύριοι,

Η μητέρα μου, Ελένη Πετροπούλου, ήταν μέλος των Φίλων του Μουσείου από
το 1998. Δυστυχώς έφυγε από κοντά μας τον Ιανουάριο. Βλέπω ότι η ετήσια
συνδρομή των 40€ θα ανανεωθεί αυτόματα τον Μάρτιο από την κάρτα της,
την οποία κλείνουμε. Παρακαλώ να μην ανανεωθεί και να διαγραφεί από τη
λίστα των μελών.

Θέλω επίσης να σας ευχαριστήσω· τα απογεύματα στο μουσείο ήταν από τις
αγαπημένες της στιγμές.

Με εκτίμηση,
Αλεξάνδρα Πετροπούλου"""),
("el", "b110-el-gl-laxeia-diplh-xrewsh", "Marilena Kouki <marilena.kouki@example.gr>", "laxnoi", "billing", "",
"""Kalhspera, agorasa 5 laxnous gia th laxeioforo tou Syllogou Agkalia
apo to site sas (5 x 5 = 25e). H selida kollhse sthn plhrwmh, to
ksanapaththsa kai twra sthn trapeza vlepw 2 xrewseis apo 25e. Sto
email exw mono 5 laxnous. Mporeite na epistrepsete th mia xrewsh? H
an einai pio eukolo krathste ta san dwrea, alla thelw na kserw ti
egine.
Marilena"""),
("el", "b110-el-karta-stathmefsis-poulisa", "Γιωργος Σαββιδης <g.savvidis@example.gr>", "Καρτα σταθμευσης μονιμου κατοικου", "billing", "",
"""Καλημερα σας,

Πουλησα το αυτοκινητο μου τον περασμενο μηνα και δεν θα παρω αλλο.
Εχω καρτα σταθμευσης μονιμου κατοικου για τον τομεα 4 που πληρωσα
ολοκληρη για το ετος (60 ευρω) και ισχυει μεχρι τον Δεκεμβριο. Γινεται
να μου επιστραφει το ποσο για τους μηνες που μενουν; Τι πρεπει να
καταθεσω;

Ευχαριστω
Γιωργος Σαββιδης
Οδος Κεφαλληνιας 31"""),
("el", "b110-el-energeiaki-symposifismos", "Δημοσθένης Λιάπης <d.liapis@example.gr>", "Συμψηφισμός Μαΐου", "billing", "",
"""Καλησπέρα,

Είμαι μέλος της ενεργειακής κοινότητας με μερίδα στο φωτοβολταϊκό
πάρκο στο Κλείτος (αρ. μέλους 0271). Ο λογαριασμός ρεύματος του Μαΐου
ήρθε 118,40€, χωρίς κανέναν συμψηφισμό από την παραγωγή του πάρκου,
ενώ τους προηγούμενους μήνες το πιστωτικό εμφανιζόταν κανονικά. Μήπως
δεν στάλθηκαν τα στοιχεία στον πάροχο; Θα ήθελα να διορθωθεί πριν την
πληρωμή, που λήγει στις 20 του μήνα.

Δημοσθένης Λιάπης"""),
("el", "b110-el-gl-estia-eggyhsh-synhgoros", "Christos Pappas <christos.pappas@example.gr>", "eggyhsh estias - 4o mail", "billing", "high",
"""Kalhmera,

Afhsa to dwmatio 214 sthn estia ton Iounio. H eggyhsh htan 150e kai mou
eipan oti epistrefetai mesa se ena mhna afou paradwsw kleidia. Einai
Noemvrios. Exw steilei 3 email kai exw erthei 2 fores sto grafeio, kai
kathe fora mou lene "einai sto logisthrio".

An ta 150e den mpoun sto logariasmo mou mexri tis 30 tou mhna tha
katathesw anafora ston Synhgoro tou Polith kai tha to paw kai nomika.
Exw to xarti paradoshs tou dwmatiou ypogegrammeno xwris kamia zhmia.

Xrhstos Pappas
AM 1089442"""),
("el", "b110-el-prasino-simeio-xreosi-mpaza", "Ευάγγελος Τζαννής <v.tzannis@example.gr>", "Χρέωση για μπάζα", "billing", "",
"""Καλημέρα,

Το Σάββατο πήγα στο Πράσινο Σημείο με το τρέιλερ μου μερικά σακιά
πλακάκια από την ανακαίνιση του μπάνιου μου. Ο υπάλληλος μου είπε ότι
για αδρανή πάνω από 100 κιλά υπάρχει χρέωση 25€ και πλήρωσα με κάρτα.
Στην ιστοσελίδα του δήμου γράφει ότι οι δημότες μπορούν να φέρουν
δωρεάν μέχρι 200 κιλά τον μήνα. Ποιο ισχύει; Αν έγινε λάθος, θα ήθελα
πίσω τα χρήματα.

Ευάγγελος Τζαννής"""),
("el", "b110-el-re-timologio-aithousa", "Γραμματεία Εταιρείας Νευρολογίας <info@neuro-etaireia.example>", "Re: Τιμολόγιο μίσθωσης Αμφιθεάτρου Β", "billing", "",
"""Κυρία Μαυρίδου καλημέρα,

Σας ευχαριστούμε για την αποστολή. Παρατηρούμε ότι το τιμολόγιο έχει
εκδοθεί με ΦΠΑ 24%, ενώ στη σύμβαση που υπογράψαμε αναφέρεται ότι ως
μη κερδοσκοπικό σωματείο δικαιούμαστε το μειωμένο τιμολόγιο των 900€
πλέον ΦΠΑ, όχι των 1.400€. Μπορείτε να το επανεκδώσετε;

Με εκτίμηση,
Ιφιγένεια Λάμπρου
Γραμματεία

-----Αρχικό μήνυμα-----
Από: Δέσποινα Μαυρίδου <d.mavridou@example-univ.gr>
Προς: Γραμματεία Εταιρείας Νευρολογίας
Θέμα: Τιμολόγιο μίσθωσης Αμφιθεάτρου Β

Σας επισυνάπτουμε το τιμολόγιο για τη μίσθωση του Αμφιθεάτρου Β
(12-13 Οκτωβρίου), συνολικού ποσού 1.736,00€.

Δέσποινα Μαυρίδου
Τμήμα Διαχείρισης Χώρων"""),
("el", "b110-el-energeiaki-apoxorisi-meridas", "Παναγιωτα Ζαφειρη <p.zafeiri@example.gr>", "Μεριδα μελους 0388", "billing", "",
"""Καλησπερα,

Με τον αντρα μου φευγουμε τον Σεπτεμβριο για την Ολλανδια, οπου ζει
πλεον η κορη μας με τα εγγονια. Δεν θα εχουμε πια σπιτι στην Κοζανη
και ετσι δεν εχει νοημα να μεινουμε στην κοινοτητα. Θελουμε να
αποχωρησουμε και να μας επιστραφει η μεριδα των 500 ευρω. Ποια ειναι
η διαδικασια και σε ποσο καιρο γινεται η επιστροφη;

Παναγιωτα Ζαφειρη"""),
("el", "b110-el-karta-stathmeusis-dipli-proistamenos", "Θεόδωρος Μανωλάκης <t.manolakis@example.gr>", "Διπλή πληρωμή κάρτας στάθμευσης - ζητώ προϊστάμενο", "billing", "high",
"""Κύριοι,

Στις 3 Ιουνίου πλήρωσα ηλεκτρονικά την ανανέωση της κάρτας στάθμευσης
(45€) και η πληρωμή χρεώθηκε δύο φορές στην κάρτα μου. Έκτοτε έχω
τηλεφωνήσει πέντε φορές στη Δημοτική Αστυνομία και στο Τμήμα Εσόδων
και ο καθένας με παραπέμπει στον άλλον. Την τελευταία φορά μου έκλεισαν
το τηλέφωνο.

Δεν θέλω να ξαναμιλήσω με το τηλεφωνικό κέντρο. Ζητώ να επικοινωνήσει
μαζί μου ο προϊστάμενος του Τμήματος Εσόδων για την επιστροφή των 45€.
Τηλ. 6977 100 245.

Θεόδωρος Μανωλάκης"""),
("el", "b110-el-gl-gymnastirio-erasmus", "Ilianna Voulgari <ilianna.v@example.gr>", "gymnasthrio", "billing", "",
"""Geia! Fevgw me Erasmus sth Valensia apo Fevrouario ws Iounio. Ginetai
na pagwsw th syndromh sto panepisthmiako gymnasthrio (15e to mhna) kai
na thn ksanaenergopoihsw otan gyrisw? Den thelw na thn kleisw
entelws gt meta exei lista anamonhs.
Eyxaristw!! Ilianna"""),
("el", "b110-el-mouseio-ananeosi-amfisvitisi", "Κατερίνα Ρήγα <katerina.riga@example.gr>", "Ανανέωση συνδρομής χωρίς ειδοποίηση", "billing", "high",
"""Καλησπέρα,

Τον Σεπτέμβριο είχα γράψει στο τμήμα μελών ότι δεν επιθυμώ ανανέωση της
οικογενειακής συνδρομής (85€) και είχα λάβει απάντηση ότι «σημειώθηκε».
Παρ' όλα αυτά χθες η κάρτα μου χρεώθηκε 85€ για ανανέωση.

Αν το ποσό δεν επιστραφεί μέχρι την Παρασκευή, θα κάνω αμφισβήτηση της
χρέωσης στην τράπεζά μου. Επισυνάπτω την απάντησή σας του Σεπτεμβρίου.

Κατερίνα Ρήγα"""),
("el", "b110-el-iris-lachnoi", "Σοφία Αναστασίου <sofia.anastasiou@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα σας, θέλω να πάρω λαχνούς για την Χριστουγεννιάτικη
λαχειοφόρο του συλλόγου. Γίνεται να πληρώσω με IRIS ή με κατάθεση στην
Πειραιώς; Δεν έχω πιστωτική και το site ζητάει μόνο κάρτα.

Σοφία"""),
("el", "b110-el-gl-eclass-kwdikos", "Stelios Karamanlis <stelios.k@example.gr>", "den mpainw", "technical", "",
"""Kalhspera, apo xthes den mporw na mpw sto eclass oute sto webmail me
ton idrymatiko logariasmo. Leei "lathos onoma xrhsth h kwdikos" alla
ton exw apo8hkeumeno kai den ton allaksa pote. Ekana kai "ksexasa ton
kwdiko" alla to mhnyma pou erxetai paei sto idrymatiko email pou den
mporw na anoiksw!! Thn Triti exw paradosh ergasias.
Stelios Karamanlhs, AM 5120391"""),
("el", "b110-el-efarmogi-vivliothikis-ebooks", "Ηλίας Νικολόπουλος <ilias.nikolopoulos@example.gr>", "Εφαρμογή βιβλιοθήκης", "technical", "",
"""Καλημέρα. Δεν γράφω για την ετήσια κάρτα, αυτή είναι πληρωμένη και
όλα καλά. Το πρόβλημα είναι η εφαρμογή: από την τελευταία ενημέρωση τα
ηλεκτρονικά βιβλία που έχω δανειστεί εμφανίζονται στη λίστα αλλά όταν
τα ανοίγω βγάζει «Σφάλμα άδειας χρήσης DRM» και κλείνει. Σε κινητό
Android 13. Το ίδιο και στο τάμπλετ της γυναίκας μου.

Ηλίας"""),
("el", "b110-el-inverter-kamena", "Απόστολος Ρέντζος <a.rentzos@example.gr>", "Inverter στέγης σχολείου", "technical", "high",
"""Καλημέρα σας,

Είμαι ο επιστάτης του 2ου Δημοτικού Σχολείου, όπου η κοινότητα έχει
τοποθετήσει φωτοβολταϊκά στην ταράτσα. Σήμερα το πρωί στο δωματιάκι
του inverter μύριζε έντονα καμένο πλαστικό και από το κουτί έβγαινε
λίγος καπνός. Κατέβασα τον γενικό διακόπτη των φωτοβολταϊκών όπως
γράφει η ταμπέλα και κλείδωσα την πόρτα. Τα παιδιά είναι μέσα στο
κτίριο κανονικά.

Παρακαλώ να έρθει κάποιος να το δει σήμερα.
Απόστολος Ρέντζος, 6945 302 117"""),
("el", "b110-el-gl-estia-zesto-nero", "Danai Xristidou <danai.xr@example.gr>", "mpanio dwmatio 309", "technical", "",
"""Geia sas, sto dwmatio 309 sthn estia (kthrio G) den exoume zesto nero
sto mpanio edw kai 4 meres. To kryo trexei kanonika, to zesto trexei
kryo akoma kai an to afhseis 10 lepta. Oi dipla dwmatia exoun kanonika.
Kanoume mpanio sto 311 tis fyles mas pros to paron :P
Mporei na erthei kapoios ydravlikos?
Danaï"""),
("el", "b110-el-platforma-kartas-stathmeusis", "Ελενη Γεωργακοπουλου <eleni.georgak@example.gr>", "Αιτηση καρτας", "technical", "",
"""Καλησπερα,

Προσπαθω να κανω αιτηση για καρτα σταθμευσης μεσω της πλατφορμας και
στο βημα 3, οταν ανεβαζω την αδεια κυκλοφοριας, βγαζει "Μη αποδεκτος
τυπος αρχειου". Ειναι PDF 400 KB, το εχω δοκιμασει και σε JPG. Ειμαι
σε υπολογιστη με Chrome. Υπαρχει αλλος τροπος;

Ελενη"""),
("el", "b110-el-gl-fortoekfortosi-dianomeis", "Vasilis Tsoukalas <v.tsoukalas@freskada-tavernes.example>", "adeies fortoekfortwshs", "technical", "high",
"""Kalhmera,

Eimaste xondremporio frouton kai trofodotoume 40 tavernes sthn Plaka
kai sto Thiseio. Apo th Deutera h efarmogh gia tis hmerhsies adeies
fortoekfortwshs den ekdidei tipota - patame "ekdosh" kai kollaei sto
"epexergasia...". Oi odhgoi mas fagane 6 klhseis se dyo meres, shmera
dyo ftigana den mphkan katholou sto kentro kai oi tavernes pou eixan
paraggelia gia to meshmeri emeinan xwris lachanika.

Pareste me sto 210 3456 020.
Vasilhs Tsoukalas"""),
("el", "b110-el-ypovoli-ergasion-peftei", "Καθ. Μιχάλης Σπανός <m.spanos@example-univ.gr>", "Πλατφόρμα υποβολής εργασιών", "technical", "high",
"""Καλησπέρα,

Η πλατφόρμα υποβολής εργασιών δεν ανοίγει από τις 17:00 - βγάζει
«502 Bad Gateway». Η προθεσμία για την τελική εργασία του μαθήματος
«Οικονομετρία ΙΙ» λήγει απόψε στις 23:59 και αφορά περίπου 320
φοιτητές, που ήδη γεμίζουν το email μου. Ενημερώστε με αν θα
αποκατασταθεί σύντομα, ώστε να αποφασίσω αν θα δοθεί παράταση.

Μιχάλης Σπανός
Τμήμα Οικονομικών Επιστημών"""),
("el", "b110-el-giagia-xoris-thermansi", "Μαρια Κυριακιδου <maria.kyriakidou@example.gr>", "Κυρια Σουλτανα Κυριακιδου - χωρις θερμανση", "technical", "high",
"""Καλημερα,

Η γιαγια μου, Σουλτανα Κυριακιδου, 89 ετων, μενει σε διαμερισμα του
δημοτικου προγραμματος κοινωνικης κατοικιας στην Καλαμαρια. Ο λεβητας
της πολυκατοικιας δεν δουλευει απο την Παρασκευη και τα καλοριφερ
ειναι κρυα. Εξω ειχε 0 βαθμους το πρωι. Εχει προβλημα με την πιεση
και δεν μπορει να μεινει ετσι.

Το δηλωσαμε στο τηλεφωνο τη Δευτερα και μας ειπαν "θα ερθει συνεργειο".
Δεν ηρθε κανεις. Σας παρακαλω, σημερα.

Μαρια Κυριακιδου, 6932 118 440"""),
("el", "b110-el-gl-karta-melous-qr", "Thanos Giannakis <thanos.giannakis@example.gr>", "karta melous", "technical", "",
"""Kalhspera, h psifiakh karta melous sto kinhto den diavazetai sthn
eisodo tou mouseiou, h mhxanh vgazei kokkino kai "akyrh karta". H
syndromh einai plhrwmenh ws ton Iounio (to vlepw kai sto profil mou).
Thn Kyriakh me afhsan na mpw oi kopeles sto tameio, alla 8a 8ela na
doulevei kanonika. Arithmos melous 40-2291.
Thanos"""),
("el", "b110-el-laxeia-selida-pliromis", "Χαράλαμπος Δεληγιάννης <ch.deligiannis@example.gr>", "Η πληρωμή δεν ολοκληρώνεται", "technical", "",
"""Καλημέρα,

Δεν σας ζητάω επιστροφή χρημάτων, δεν έχει χρεωθεί τίποτα. Απλώς δεν
μπορώ να αγοράσω λαχνούς: πατάω «Πληρωμή», ανοίγει η σελίδα της
τράπεζας, βάζω τον κωδικό από το SMS και μετά μένει λευκή σελίδα για
πάντα. Δοκίμασα δύο κάρτες και δύο browsers. Θα ήθελα να στηρίξω τον
σύλλογο πριν την κλήρωση.

Χ. Δεληγιάννης"""),
("el", "b110-el-gl-fortisths-spithes", "Kostas Manesis <k.manesis@example.gr>", "fortisths plateia", "technical", "high",
"""Geia sas, o fortisths hlektrikwn aytokinhtwn ths koinothtas sthn
plateia, h thesh 2, petaei spithes apo to vysma otan to vgazeis. Molis
to epatha egw, den travhxa kati. Koitaksa kai to kalwdio einai
mauriso konta sto vysma kai to plastiko liwmeno. Ekleisa to kapaki kai
evala mia karekla mprosta na mhn to xrhsimopoihsei allos, alla to
vradi paizoun paidia sthn plateia.
Kwstas"""),
("el", "b110-el-self-checkout-kartes", "Ροδουλα Βλαχου <rodoula.vlachou@example.gr>", "Μηχανημα δανεισμου", "technical", "",
"""Καλησπερα, το μηχανημα αυτοεξυπηρετησης στο ισογειο της Κεντρικης
Βιβλιοθηκης δεν διαβαζει την καρτα μελους μου εδω και δυο εβδομαδες,
λεει "Αγνωστη καρτα". Στο γκισε με εξυπηρετουν κανονικα με την ιδια
καρτα. Το ιδιο επαθε και μια κυρια μπροστα μου.
Ροδουλα"""),
("el", "b110-el-smart-meter-den-stelnei", "Ανδρεας Χατζηγεωργιου <andreas.chg@example.gr>", "Εφαρμογη μελων - μηδενικες ενδειξεις", "technical", "",
"""Καλησπερα,

Απο τις 12 του μηνα η εφαρμογη της κοινοτητας δειχνει μηδενικη
καταναλωση και μηδενικη παραγωγη για το σπιτι μας, ενω τα φωτοβολταικα
δουλευουν κανονικα και ο μετρητης γυριζει. Στον μετρητη αναβοσβηνει
ενα πορτοκαλι λαμπακι διπλα στο "COM". Χρειαζεται να κανουμε κατι εμεις;

Ανδρεας"""),
("el", "b110-el-orario-vivliothikis-eksetastiki", "Μυρτώ Αλεξίου <myrto.alexiou@example.gr>", "Ωράριο αναγνωστηρίου", "general", "",
"""Καλησπέρα, ισχύει ότι στην εξεταστική του Ιουνίου το αναγνωστήριο της
Κεντρικής Βιβλιοθήκης μένει ανοιχτό μέχρι τα μεσάνυχτα; Και τα
Σάββατα;

Ευχαριστώ,
Μυρτώ"""),
("el", "b110-el-gl-efxaristw-ksenagisi", "Foteini Markou <foteini.markou@example.gr>", "Eyxaristw", "general", "",
"""Kalhspera,
8elw na pw ena megalo eyxaristw sthn k. Anna pou ekane thn aptikh
ksenagish sthn ekthesh ths Kyriakhs. O adelfos mou einai typhlos apo
gennhsh kai prwth fora se mouseio mporese na "dei" me ta xeria tou ta
agalmata. Htan toso ypomonetikh kai glykia mazi tou. Bghkame kai oi
dyo me dakrya.
Na eiste kala,
Foteinh"""),
("el", "b110-el-prasino-simeio-ypallilos", "Νικόλαος Μπακάλης <n.bakalis@example.gr>", "Συμπεριφορά υπαλλήλου στο Πράσινο Σημείο", "general", "high",
"""Κύριοι,

Την Τετάρτη το πρωί πήγα στο Πράσινο Σημείο Περιστερίου με παλιές
ηλεκτρικές συσκευές. Ο υπάλληλος στην πύλη, χωρίς να με αφήσει να
μιλήσω, μου είπε να «μαζέψω τα σκουπίδια μου και να φύγω» και με
έβρισε μπροστά στην εγγονή μου επειδή σταμάτησα λίγο πιο πέρα από τη
γραμμή. Είμαι 72 ετών.

Δεν θέλω μια τυπική απάντηση. Ζητώ να με καλέσει ο διευθυντής της
υπηρεσίας και να ενημερωθώ για το τι μέτρα θα ληφθούν.

Νικόλαος Μπακάλης
Τηλ. 6944 712 300"""),
("el", "b110-el-xexasa-gyalia-anagnostirio", "Λευτερης Πολυχρονιου <l.polychroniou@example.gr>", "Ξεχασμενα γυαλια", "general", "",
"""Καλημερα, την Πεμπτη το απογευμα ξεχασα τα γυαλια μου στο
αναγνωστηριο του 2ου οροφου, στο τραπεζι διπλα στο παραθυρο. Ειναι
σε μαυρη θηκη με ονομα καταστηματος "Οπτικα Ζαχος". Μηπως τα βρηκε
καποιος;
Λευτερης"""),
("el", "b110-el-allagi-dieythynsis-laxeia", "Ουρανία Κρητικού <ourania.kritikou@example.gr>", "Νέα διεύθυνση", "general", "",
"""Καλησπέρα σας,

Παρακαλώ να αλλάξετε τη διεύθυνση στην οποία μου στέλνετε το
περιοδικό του συλλόγου και τα αποτελέσματα των κληρώσεων. Νέα
διεύθυνση: Αγίου Νικολάου 14, 26442 Πάτρα. Τα υπόλοιπα στοιχεία
μένουν ίδια.

Ουρανία Κρητικού"""),
("el", "b110-el-gdpr-panepistimio", "Πέτρος Αλεξανδρόπουλος <petros.alex@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο
όλων των προσωπικών δεδομένων που τηρεί το Ίδρυμα για εμένα, ως πρώην
φοιτητή (ΑΜ 2009/4417), καθώς και πληροφορίες για τον σκοπό της
επεξεργασίας και τους αποδέκτες τους.

Με εκτίμηση,
Πέτρος Αλεξανδρόπουλος"""),
("el", "b110-el-gl-xorhgia-mpasket", "Manos Kalogirou <manos@aetos-kozanis.example>", "xorhgia", "general", "",
"""Geia sas,
eimai proponhths sto tmhma mini-basket tou A.O. Aetos Kozanhs, exoume
peripou 60 paidia 7-12 xronwn. Psaxnoume xorhgo gia tis kainourgies
fanelles ths sezon, kostizoun gyrw sta 900e. Skeftikame thn energeiakh
koinothta afou einai topiko kai oi perissoteroi goneis einai melh. Tha
vazame to logo sas mprosta sth fanela. Pws na to proxwrhsoume?
Manos"""),
("el", "b110-el-skalopati-vivliothikis", "Αγγελική Σταματοπούλου <angeliki.stamat@example.gr>", "Σκαλοπάτι στην είσοδο της βιβλιοθήκης", "general", "high",
"""Καλημέρα σας,

Στην κεντρική είσοδο της Δημοτικής Βιβλιοθήκης το τρίτο μαρμάρινο
σκαλοπάτι έχει σπάσει στην άκρη και κουνιέται όταν πατάς. Χθες μια
ηλικιωμένη κυρία μπροστά μου σκόνταψε και την πιάσαμε την τελευταία
στιγμή. Δεν υπάρχει κάποια σήμανση ή κορδέλα. Πολλοί που έρχονται το
πρωί είναι μεγάλοι σε ηλικία ή μαμάδες με καρότσια.

Αγγελική Σταματοπούλου"""),
("el", "b110-el-gl-erwthsh-zwnh", "Stratos P. <stratos.p@example.gr>", "Erwthsh", "general", "",
"""Kalhmera, metakomisame sthn odo Ippokratous, konta sthn Akadhmias.
Se poio tomea sta8meushs anhkei? Sto xarth tou site o dromos xwrizetai
sta dyo kai den katalavainw.
Stratos"""),
("el", "b110-el-re-orkomosia-kalesmenoi", "Βασιλική Θεοδωρίδου <vasiliki.theod@example.gr>", "Re: Τελετή Ορκωμοσίας 15/7", "general", "",
"""Καλησπέρα σας,

Σας ευχαριστώ για την ενημέρωση. Θα ήθελα να ρωτήσω αν μπορούν να
έρθουν τέσσερα άτομα αντί για δύο (γονείς και παππούδες), έστω και
όρθιοι στο βάθος της αίθουσας. Επίσης ο παππούς μου είναι σε αναπηρικό
αμαξίδιο - υπάρχει ράμπα;

Βασιλική Θεοδωρίδου, ΑΜ 7114

Στις 2/7 η Γραμματεία Τμήματος Βιολογίας έγραψε:
> Αγαπητοί απόφοιτοι,
> η τελετή ορκωμοσίας θα πραγματοποιηθεί στις 15 Ιουλίου, ώρα 11:00,
> στο Αμφιθέατρο Α. Κάθε απόφοιτος δικαιούται δύο προσκλήσεις.
> Η Γραμματεία"""),
("el", "b110-el-gl-ekthesi-fwtia", "Lydia Karra <lydia.karra@example.gr>", "ekthesh!!", "general", "",
"""Geia sas!! H kainourgia ekthesh gia ta ifaisteia htan FWTIA, ta
paidia mou pe8anan sta gelia me thn ekrhksh sto video 3D! Ginontai
akoma ta ergasthria gia paidia ta Savvata to prwi? Kai xreiazetai
krathsh h phgainoume etsi?
Lydia"""),
("el", "b110-el-ti-dexetai-prasino-simeio", "Σπυρος Αθανασιου <spyros.athanasiou@example.gr>", "Τι παιρνετε", "general", "",
"""Καλημερα σας,

Αδειαζω το σπιτι της μητερας μου. Δεχεστε στο Πρασινο Σημειο στρωματα,
παλια λαδια αυτοκινητου και μπογιες; Χρειαζεται ραντεβου ή ερχομαι
οποτε θελω πρωινη ωρα;

Σπυρος Αθανασιου"""),
("el", "b110-el-gl-ethelontismos", "Rena Tsolaki <rena.tsolaki@example.gr>", "Geia sas", "general", "",
"""Geia sas, eimai syntaksiouxos daskala kai tha h8ela na voh8hsw
ethelontika sth vivlio8hkh, p.x. sthn wra paramythiou h sto
diavasma me hlikiwmenous. Yparxei tetoio programma? Eimai eleu8erh
kathe Trith kai Pempth.
Rena Tsolakh"""),
# ---------------- Spanish ----------------
("es", "b110-es-matricula-plazos-salamanca", "Lucía Herrero Blanco <lucia.herrero@example.es>", "Pago fraccionado de la matrícula", "billing", "",
"""Buenos días:

Me he matriculado en 3.º del Grado en Traducción y el importe total
me sale por 1.284,60 EUR. Al hacer la matrícula marqué el pago en un
solo plazo sin darme cuenta. ¿Se puede cambiar ahora a pago fraccionado
en ocho plazos? Si no, ¿hay alguna otra opción? No me viene bien pagarlo
todo en octubre.

Un saludo,
Lucía Herrero Blanco
DNI 00000000T"""),
("es", "b110-es-multa-libro-perdido-mx", "Jose Manuel Ortiz <jm.ortiz@example.com.mx>", "Duda", "billing", "",
"""Buenas tardes

Mi hijo perdio un libro de la biblioteca (Cien años de soledad, edicion
de bolsillo) que saco con su credencial de la prepa. En el sistema le
aparece un adeudo de 450 pesos MXN. Queria saber si en lugar de pagar
podemos reponer el libro con uno nuevo igual, o si fuerza tiene que ser
el pago. Y si es el pago, se puede hacer por transferencia?

Gracias
Jose Manuel Ortiz"""),
("es", "b110-es-amigos-museo-tenerife", "Carmen Domínguez Sáez <carmen.dominguez@example.es>", "Carné de Amigos", "billing", "",
"""Estimados señores:

Soy Amiga del Museo desde hace muchos años (carné n.º 3108). A final de
mes me marcho a vivir a Tenerife, cerca de mi hija, y ya no podré ir a
Madrid como antes. Les ruego que no me renueven la cuota anual de 60 €
que se cobra en enero y que me den de baja.

Ha sido un placer formar parte de esta casa.

Atentamente,
Carmen Domínguez Sáez"""),
("es", "b110-es-rifa-hospital-doble-ar", "Martín Sosa <martin.sosa@example.com.ar>", "rifa Hospital de Niños", "billing", "",
"""Hola, que tal. Compré 2 números de la rifa del Hospital de Niños por la
web, $15.000 cada uno. En el resumen de la tarjeta me aparecen dos
cargos de $30.000, o sea me cobraron $60.000 en vez de $30.000. En el
mail de confirmación figuran solo mis dos números (0418 y 0419).
¿Me pueden devolver el cargo repetido?

Saludos,
Martín"""),
("es", "b110-es-tarjeta-residente-vendi-coche", "Alberto Ruiz Castaño <alberto.ruiz@example.es>", "Distintivo de residente", "billing", "",
"""Hola:

Vendí el coche en abril y me he quedado sin él (me apaño con la bici y
el metro). El distintivo de residente del barrio de Chamberí lo pagué
en enero para todo el año, 25,65 €. ¿Se puede pedir la devolución de la
parte que no voy a usar? Si es muy lioso para tan poco dinero, me lo
decís y lo dejo estar.

Alberto"""),
("es", "b110-es-cooperativa-compensacion", "Jordi Ferrer <jordi.ferrer@example.cat>", "Factura de marzo", "billing", "",
"""Bon dia / buenos días:

En la factura de marzo (F-2024-03-18823) no aparece la compensación de
excedentes de mis placas, cuando el mes fue buenísimo de sol y la app
de la cooperativa dice que vertí 212 kWh a la red. En enero y febrero sí
salía la línea de "Compensación excedentes". El importe de marzo es
64,12 € cuando normalmente ronda los 20 €.

¿Podéis revisarlo?

Jordi Ferrer, socio 11204"""),
("es", "b110-es-mantenimiento-doble-desconocer", "Guadalupe Reyes <lupita.reyes@example.com.mx>", "Cargo duplicado cuota de mantenimiento", "billing", "high",
"""Buenas tardes,

Este mes me cargaron DOS veces la cuota de mantenimiento del
departamento, $1,850 MXN el día 5 y otra vez $1,850 el día 6. Ya llamé
a la oficina de la cooperativa dos veces y me dicen que "lo van a
revisar" pero nadie me da fecha.

Si para el viernes no me devuelven el segundo cargo voy a desconocerlo
con mi banco y que ellos se arreglen con ustedes. Tengo los
comprobantes.

Guadalupe Reyes Navarro
Edificio C, depto 302"""),
("es", "b110-es-punto-limpio-escombros", "Francisco Javier Molina <fj.molina@example.es>", "Cobro en el punto limpio", "billing", "",
"""Buenas,

El sábado llevé al punto limpio de Las Rozas unos 6 sacos de escombro de
una reforma pequeña del baño de mi casa. Me cobraron 18 euros diciendo
que a partir de 3 sacos se paga. En la ordenanza que está colgada en la
web pone que los particulares empadronados pueden llevar hasta 10 sacos
al mes gratis. ¿Quién tiene razón? Si me cobraron mal, quiero que me lo
devuelvan. Tengo el ticket.

Un saludo
Fco. Javier Molina"""),
("es", "b110-es-fianza-residencia-omic", "Irene Calvo Pastor <irene.calvo@example.es>", "Fianza Colegio Mayor - última reclamación", "billing", "high",
"""A la Dirección del Colegio Mayor:

Dejé mi habitación (n.º 117) el 30 de junio. En el acta de salida,
firmada por la gobernanta, consta que la habitación se entregó en buen
estado. La fianza de 600 € debía devolverse en un plazo de 30 días y a
día de hoy, 20 de septiembre, no la he recibido pese a tres correos.

Si en diez días no tengo el ingreso, presentaré una reclamación en la
OMIC y he consultado ya con una abogada para reclamarla por vía
judicial, con los intereses correspondientes.

Irene Calvo Pastor"""),
("es", "b110-es-re-factura-auditorio-cl", "Constanza Muñoz <cmunoz@fundacion-lumen.example>", "RE: Factura arriendo Aula Magna", "billing", "",
"""Estimado Rodrigo:

Gracias por la factura. Veo que incluye el servicio de amplificación
($180.000 CLP) que al final no usamos, porque llevamos nuestro propio
equipo, tal como se lo avisé por teléfono el lunes. ¿Podría emitir una
nota de crédito o una factura nueva solo por el arriendo del Aula
Magna ($650.000)? Así la pagamos esta misma semana.

Saludos cordiales,
Constanza Muñoz
Fundación Lumen

De: Rodrigo Pérez <rperez@example-universidad.cl>
Enviado: martes, 8 de octubre
Para: Constanza Muñoz
Asunto: Factura arriendo Aula Magna

Constanza, adjunto factura n.º 4471 por el arriendo del Aula Magna y
servicios asociados para el seminario del 3 de octubre.
Atte., Rodrigo"""),
("es", "b110-es-cooperativa-baja-piso-vendido", "Pilar Ezquerra <pilar.ezquerra@example.es>", "Baja de la cooperativa", "billing", "",
"""Hola,

Hemos vendido el piso de Zaragoza y nos mudamos a un ático en Huesca
de alquiler, así que ya no tendremos ni tejado ni contador a nuestro
nombre para seguir con la cooperativa de autoconsumo. Queremos darnos
de baja como socios y recuperar la aportación al capital (300 €).
¿Qué tenemos que hacer y cuánto tarda?

Pilar y Luis"""),
("es", "b110-es-gimnasio-congelar-intercambio-co", "Valentina Rojas <valentina.rojas@example.com.co>", "Plan del gimnasio", "billing", "",
"""Hola!! me voy de intercambio a Montreal el próximo semestre y quería
saber si puedo congelar mi plan del gimnasio de la universidad
($85.000 mensuales) mientras estoy afuera, y retomarlo en enero sin
pagar otra vez la inscripción. Gracias!!
Valen"""),
("es", "b110-es-museo-renovacion-responsable-ar", "Gabriela Ferraro <gabriela.ferraro@example.com.ar>", "Quiero hablar con un responsable", "billing", "high",
"""Buenas tardes.

En agosto cancelé por escrito mi membresía familiar del museo y me
confirmaron la baja por mail (adjunto). Igual en septiembre me debitaron
$48.000 de la tarjeta por la renovación anual. Escribí dos veces al
correo de socios y me contestaron con un mensaje automático.

Ya no quiero hablar con el correo de socios. Pido que me contacte el
responsable del área de membresías, con nombre y apellido, y que me
devuelvan el débito.

Gabriela Ferraro
11 4567-0912"""),
("es", "b110-es-rifa-bizum", "Rafael Jiménez <rafa.jimenez@example.es>", "Pregunta", "billing", "",
"""Hola, quiero comprar 4 papeletas de la rifa de la asociación para el
viaje de fin de curso de mi sobrina. ¿Se puede pagar por Bizum o solo
con tarjeta? Gracias"""),
("es", "b110-es-plataforma-contrasena-mx", "Diego Hernández <diego.hdz@example.com.mx>", "no puedo entrar a la plataforma", "technical", "",
"""Buen dia, desde el lunes no puedo entrar a la plataforma de la
facultad. Me sale "usuario bloqueado por intentos fallidos" pero yo solo
meti la contraseña una vez. Le di a recuperar contraseña y el correo
nunca llega. Necesito subir mi tarea de Calculo antes del viernes.

Diego Hernandez Lopez
No. de cuenta 318402277"""),
("es", "b110-es-app-biblioteca-no-abre", "Mercedes Aranda <mercedes.aranda@example.es>", "La app de préstamo digital", "technical", "",
"""Buenas tardes,

No les escribo por ningún cobro, el carné es gratuito y está en regla.
El problema es la aplicación: desde hace una semana los libros
electrónicos que saco en préstamo se descargan, pero al abrirlos se
queda la pantalla en blanco con la rueda girando. Me pasa en el móvil y
en la tableta. He borrado la app y la he vuelto a instalar.

Mercedes Aranda"""),
("es", "b110-es-distintivo-web-error", "Óscar Lozano <oscar.lozano@example.es>", "Error en la solicitud", "technical", "",
"""Intento solicitar la tarjeta de residente por la sede electrónica y al
firmar con el certificado digital me sale "Error 500 - Se ha producido
un error inesperado". Lo he probado en tres días distintos y con dos
navegadores. El certificado funciona bien en Hacienda.

Óscar"""),
("es", "b110-es-abuela-sin-calefaccion-ar", "Florencia Gómez <flor.gomez@example.com.ar>", "Sra. Elsa Gómez - sin calefacción", "technical", "high",
"""Buenos días,

Les escribo por mi abuela, Elsa Gómez, que vive sola en el departamento
4B del complejo de viviendas de la calle Lavalle. Tiene 91 años y es
oxígeno-dependiente. Desde el sábado la caldera central no funciona y
no hay calefacción en todo el edificio. Anoche hizo 2 grados.

Lo reportamos el domingo y nos dijeron que el técnico viene "la semana
que viene". No puede esperar una semana con este frío. Por favor,
necesitamos que alguien venga hoy.

Florencia Gómez
11 5123-8840"""),
("es", "b110-es-olor-gas-portal", "Ana Belén Torres <anabelen.torres@example.es>", "Portal 3", "technical", "high",
"""Hola buenas,

Os escribo para comentar que desde ayer hay olor a gas en el portal 3
de la promoción, sobre todo al lado del armario de los contadores, en
la planta baja. No es muy fuerte pero se nota al entrar. Hemos abierto
la puerta de la calle para que ventile. Un vecino dice que es normal
"a veces", pero a mí no me lo parece. ¿Podéis mandar a alguien a
revisarlo?

Gracias,
Ana Belén (2.º B)"""),
("es", "b110-es-inversor-error-produccion", "Xabier Etxeberria <xabier.etxeberria@example.eus>", "Inversor tejado comunitario", "technical", "",
"""Kaixo,

El inversor de la instalación compartida del edificio (calle Zabalbide
12) marca "Fallo de aislamiento - E034" desde el martes y la app de la
cooperativa muestra producción cero los últimos cinco días. No hay
olores ni ruidos raros, simplemente no produce. ¿Lo podemos reiniciar
nosotros o tiene que venir un técnico?

Xabier, presidente de la comunidad"""),
("es", "b110-es-bateria-olor-quemado-cl", "Paula Contreras <paula.contreras@example.cl>", "Batería solar", "technical", "high",
"""Hola,

La batería que nos instalaron con el programa de la cooperativa está en
la bodega de la casa. Hoy en la tarde empezó a sonar un pitido continuo
y la carcasa está muy caliente al tacto, y huele como a plástico
quemado. La apagué desde el interruptor como dice el manual y saqué a
los niños de esa parte de la casa. ¿Qué hacemos ahora?

Paula Contreras
+56 9 8765 4321"""),
("es", "b110-es-examenes-caida-mx", "Mtra. Adriana Villalobos <a.villalobos@example-univ.mx>", "Plataforma de exámenes", "technical", "high",
"""Buenos días:

La plataforma de exámenes en línea no carga desde las 8:00. Tenemos el
examen departamental de Química General programado de 9:00 a 11:00
para 410 alumnos de primer semestre en 12 grupos, y ninguno puede
entrar: se queda en "Cargando evaluación". Los profesores están en las
aulas esperando indicaciones.

Necesito saber cuanto antes si se restablece o si reprogramamos.

Mtra. Adriana Villalobos
Coordinación de Química, ext. 2207"""),
("es", "b110-es-cafeteria-tarjetas-pe", "Rosa Quispe <rosa@cafeteria-elpatio.example>", "Las tarjetas de los chicos", "technical", "high",
"""Buenas tardes,

Tenemos la cafetería El Patio dentro del campus, en el pabellón de
Ingeniería. Desde ayer a mediodía ninguna tarjeta universitaria pasa en
nuestro lector, sale "sin conexión con el servidor". Casi todos los
alumnos pagan el almuerzo con la tarjeta, así que hoy se nos fueron más
de la mitad y hemos tenido que botar comida preparada. Ya son como S/
1.200 perdidos entre ayer y hoy.

Por favor que alguien me llame: 987 654 321.

Rosa Quispe"""),
("es", "b110-es-carne-museo-qr", "Ignacio Bravo <ignacio.bravo@example.es>", "Carné digital", "technical", "",
"""Buenas, el carné digital de socio que tengo en el móvil no lo lee el
torno de la entrada, sale "Código no válido". Mi cuota está pagada
hasta diciembre, eso lo he comprobado en el área privada. En taquilla
me dejaron pasar, pero me gustaría que funcionara. Socio 20-5571.
Gracias"""),
("es", "b110-es-portero-automatico", "Encarnación Vidal <encarna.vidal@example.es>", "Portero automático 5.º A", "technical", "",
"""Buenos días,

En mi piso (bloque 2, 5.º A) el telefonillo no abre la puerta de la
calle desde hace una semana. Suena cuando llaman y se oye bien, pero al
darle al botón de abrir no pasa nada y tengo que bajar cinco pisos
cada vez. Los vecinos no tienen el problema, así que debe de ser el
mío.

Gracias,
Encarnación Vidal"""),
("es", "b110-es-rifa-sin-confirmacion-uy", "Santiago Pereira <santiago.pereira@example.com.uy>", "no me llegó nada", "technical", "",
"""Hola, compré números para el sorteo de la Liga contra el Cáncer en la
web y la página dijo "Compra exitosa", pero nunca me llegó el mail con
los números. Ya revisé correo no deseado. En "Mi cuenta" no figura
ninguna compra. No es que quiera la plata de vuelta, quiero saber
que números tengo jaja.
Santiago"""),
("es", "b110-es-cita-punto-limpio-web", "Begoña Larrañaga <begona.larranaga@example.es>", "Cita previa", "technical", "",
"""Hola, la página de cita previa del punto limpio móvil se queda cargando
y al final da "Tiempo de espera agotado". No quiero reclamar nada, solo
poder coger cita para llevar un frigorífico viejo. ¿Hay otra forma de
pedirla, por teléfono por ejemplo?"""),
("es", "b110-es-horario-semana-santa", "Manuel Cabello <manuel.cabello@example.es>", "Semana Santa", "general", "",
"""¿Qué horario tiene la Biblioteca Pública de Triana el Jueves y el
Viernes Santo? Gracias."""),
("es", "b110-es-gracias-guia-museo-mx", "Sofía Castañeda <sofia.castaneda@example.com.mx>", "Agradecimiento", "general", "",
"""Hola!

Quiero felicitar a la guía Itzel, que nos dio el recorrido por la sala
mexica el domingo. Íbamos con mi mamá que es de Tepoztlán y habla
náhuatl, e Itzel se puso a platicar con ella en náhuatl la mitad del
recorrido. Mi mamá salió feliz, dice que nunca la habían tratado así en
un museo. Mil gracias, de verdad.

Sofía Castañeda"""),
("es", "b110-es-queja-empleado-punto-limpio", "Emilio Sanz <emilio.sanz@example.es>", "Trato recibido el martes", "general", "high",
"""Buenos días,

El martes por la tarde, en el punto limpio de Vallecas, el empleado de
la entrada me gritó delante de otros usuarios y me llamó "abuelo inútil"
porque tardé en bajar las cajas del maletero. Tengo 78 años y una
prótesis de cadera. Otro señor que estaba allí puede confirmarlo.

No quiero una disculpa por correo. Exijo hablar con el encargado del
centro o con su superior y saber qué medidas se van a tomar.

Emilio Sanz
Tel. 600 112 233"""),
("es", "b110-es-objeto-perdido-sala-estudio-co", "Camilo Restrepo <camilo.restrepo@example.com.co>", "Objeto perdido", "general", "",
"""Buenas, el miércoles en la tarde se me quedó una calculadora Casio
fx-991 con el estuche azul en la sala de estudio del tercer piso de la
biblioteca central, mesa del fondo. Tiene mi nombre en un sticker por
detrás. ¿Alguien la entregó? Mil gracias.
Camilo"""),
("es", "b110-es-cambio-domicilio-sorteo", "Remedios Gallardo <remedios.gallardo@example.es>", "Cambio de domicilio", "general", "",
"""Buenas tardes:

Les comunico mi nuevo domicilio para el envío de las papeletas y la
revista de la asociación: C/ Alfarería 22, 2.º izq., 41010 Sevilla. La
domiciliación bancaria sigue igual.

Reciban un cordial saludo,
Remedios Gallardo"""),
("es", "b110-es-rgpd-universidad", "Hugo Marín Esteve <hugo.marin@example.es>", "Derecho de acceso", "general", "",
"""Al Delegado de Protección de Datos:

En virtud del artículo 15 del RGPD solicito copia de todos los datos
personales que la Universidad conserva sobre mí como antiguo alumno
(promoción 2016), incluidas las grabaciones de las pruebas en línea del
curso 2020-21, si aún existen, así como los destinatarios a los que se
hayan comunicado.

Atentamente,
Hugo Marín Esteve"""),
("es", "b110-es-patrocinio-club-futbol-ar", "Pablo Benítez <pablo@clubsanmartin-baby.example>", "Sponsor camisetas", "general", "",
"""Hola gente de la cooperativa!

Soy el coordinador del baby fútbol del Club San Martín, tenemos 80
pibes de 6 a 12 años. Estamos buscando quien nos banque las camisetas
nuevas (más o menos $900.000). Como muchos de los papás son socios de
la cooperativa eléctrica, pensamos en ustedes. Les pondríamos el logo
adelante. ¿Con quién puedo hablar?

Un abrazo,
Pablo"""),
("es", "b110-es-cristales-arenero", "Nerea Gil <nerea.gil@example.es>", "Parque infantil del patio", "general", "high",
"""Hola,

Solo para avisar: en el arenero del parque infantil del patio interior
(entre los bloques 3 y 4) hay trozos de una botella rota, algunos
medio enterrados en la arena. Esta mañana mi hija encontró uno; no se
ha cortado, por suerte. He recogido los que he visto pero seguro que
quedan más. Ahora mismo hay niños jugando.

Nerea, bloque 3"""),
("es", "b110-es-consulta-zona-estacionamiento", "Tomás Aguirre <tomas.aguirre@example.es>", "Consulta", "general", "",
"""Buenas, me acabo de mudar a la calle Sagasta. ¿Pertenece a la zona de
residentes 3 o a la 5? En el plano de la web no queda claro porque la
calle hace de frontera."""),
("es", "b110-es-re-graduacion-invitados-mx", "Andrea Salgado <andrea.salgado@example.com.mx>", "RE: Ceremonia de graduación - registro de invitados", "general", "",
"""Buenas tardes,

Gracias por la info. Una pregunta: mis abuelos vienen desde Oaxaca y
quisiera saber si puedo registrar 4 invitados en vez de 3, aunque sea
en la sala alterna con pantalla. Y ¿hay lugares reservados para
personas en silla de ruedas?

Saludos,
Andrea Salgado, Lic. en Arquitectura

-----Mensaje original-----
De: Servicios Escolares
Asunto: Ceremonia de graduación - registro de invitados

> Estimados egresados: el registro de invitados para la ceremonia del
> 14 de junio está abierto hasta el 31 de mayo. Cada egresado puede
> registrar hasta 3 invitados."""),
("es", "b110-es-charla-bomba-ar", "Micaela Fernández <mica.fernandez@example.com.ar>", "la charla del sábado", "general", "",
"""Holaaa! Fui a la charla de astronomía del sábado y fue una BOMBA, me
muero por ir a la próxima. ¿Cuándo es la siguiente y hay que
inscribirse antes? Mi novio quiere venir también jaja.
Mica"""),
("es", "b110-es-que-acepta-punto-limpio-cl", "Héctor Valdés <hector.valdes@example.cl>", "Consulta punto limpio", "general", "",
"""Estimados,

Estoy desocupando la casa de mi papá en Ñuñoa. ¿El punto limpio recibe
colchones, aceite de auto usado y tarros de pintura? ¿Hay que pedir
hora o se puede llegar no más un día de semana en la mañana?

Gracias,
Héctor Valdés"""),
("es", "b110-es-hola-voluntariado", "Concha Prieto <concha.prieto@example.es>", "Hola", "general", "",
"""Hola, me he jubilado hace poco (era maestra) y me gustaría echar una
mano como voluntaria en la biblioteca, por ejemplo con el club de
lectura fácil o leyendo a personas mayores. ¿Tenéis algo así? Tengo
las tardes libres.

Concha Prieto"""),
# ---------------- Polish ----------------
("pl", "b110-pl-czesne-raty-zaoczne", "Marta Wiśniewska <marta.wisniewska@example.pl>", "Czesne w ratach", "billing", "",
"""Dzień dobry,

jestem na II roku studiów niestacjonarnych (Zarządzanie, nr albumu
148820). Czesne za semestr zimowy to 3 400 zł. W zeszłym roku płaciłam
w jednej kwocie, ale teraz wolałabym rozłożyć na raty. Czy jest taka
możliwość, ile rat i czy jest za to dodatkowa opłata? Do kiedy trzeba
złożyć wniosek?

Pozdrawiam,
Marta Wiśniewska"""),
("pl", "b110-pl-kara-biblioteka-bez-znakow", "Pawel Kubiak <pawel.kubiak@example.pl>", "kara", "billing", "",
"""Dzien dobry, na koncie czytelnika mam nalozona kare 12,40 zl za
przetrzymanie ksiazek. Oddalem je we wrzutni przy filii na Ochocie w
niedziele, w ostatni dzien terminu, a pewnie wprowadzili je dopiero we
wtorek. Czy mozna to anulowac? Jesli nie, to jak zaplacic, bo w
systemie nie ma opcji platnosci online.
Pawel Kubiak"""),
("pl", "b110-pl-wirtualna-adopcja-burek", "Danuta Lis <danuta.lis@example.pl>", "Wirtualna adopcja Burka", "billing", "",
"""Szanowni Państwo,

od dwóch lat co miesiąc wpłacam 30 zł na wirtualną adopcję Burka z
Waszego schroniska. Dostałam wczoraj od wolontariuszki wiadomość, że
Burek odszedł we śnie, był już bardzo stary. Dziękuję, że miał u Was
dobrą jesień życia.

Proszę zatrzymać moje comiesięczne wpłaty na niego. Może za jakiś czas
„adoptuję” innego psiaka, ale jeszcze nie teraz.

Z wyrazami szacunku,
Danuta Lis"""),
("pl", "b110-pl-losy-festyn-podwojnie", "Tomasz Gajewski <tomasz.gajewski@example.pl>", "Losy na festyn", "billing", "",
"""Cześć, kupiłem przez stronę 10 losów loterii fantowej na festyn
szkolny (10 x 5 zł). Strona się zawiesiła przy płatności, kliknąłem
drugi raz i teraz w banku widzę dwa obciążenia po 50 zł, a w mailu
jest tylko 10 losów. Da się oddać jedno 50 zł? Albo dopiszcie drugie
10 losów, też ok, byle nie przepadło.
Tomek"""),
("pl", "b110-pl-abonament-przeprowadzka-strefa", "Anna Sobczak <anna.sobczak@example.pl>", "Abonament mieszkańca - przeprowadzka", "billing", "",
"""Dzień dobry,

w styczniu wykupiłam roczny abonament mieszkańca dla strefy A (nr
ABM-22107, 360 zł). Od 1 maja mieszkam na Grochowie, poza strefą, więc
z abonamentu już nie skorzystam. Czy mogę dostać zwrot za pozostałe
miesiące? Jakie dokumenty mam dołączyć?

Anna Sobczak"""),
("pl", "b110-pl-prosument-nadwyzka", "Krzysztof Duda <krzysztof.duda@example.pl>", "Rozliczenie za kwiecień", "billing", "",
"""Dzień dobry,

na fakturze spółdzielni za kwiecień (FV/04/24/3381) nie widzę
odliczenia energii oddanej do sieci, choć aplikacja pokazuje 318 kWh
nadwyżki. W lutym i marcu była osobna pozycja „rozliczenie
prosumenckie”. Do zapłaty 287,60 zł zamiast zwykłych ok. 90 zł.
Proszę o sprawdzenie i korektę przed terminem płatności.

Krzysztof Duda, członek nr 0553"""),
("pl", "b110-pl-czynsz-podwojnie-chargeback", "Ewa Czarnecka <ewa.czarnecka@example.pl>", "CZYNSZ POBRANY DWA RAZY", "billing", "high",
"""Dzień dobry,

w tym miesiącu z polecenia zapłaty zeszło mi dwa razy za czynsz -
1 146,20 zł 10-go i znowu 1 146,20 zł 12-go. Zostałam z pustym kontem
przed wypłatą. Dzwoniłam do działu czynszów w poniedziałek, pani
powiedziała, że „przekaże dalej”, i cisza.

Jeśli do piątku nie oddacie drugiej kwoty, składam w banku reklamację
polecenia zapłaty i cofnę tę transakcję.

Ewa Czarnecka
ul. Modra 7/14, nr lokalu w TBS: 3-07-14"""),
("pl", "b110-pl-pszok-opony-oplata", "Ryszard Malinowski <ryszard.malinowski@example.pl>", "PSZOK - opłata za opony", "billing", "",
"""Dzień dobry,
w sobotę oddałem w PSZOK przy ul. Jagiellońskiej 4 opony z mojego
samochodu osobowego. Pan pobrał 40 zł, bo „opony są płatne”. Na
stronie miasta jest napisane, że mieszkańcy oddają bezpłatnie do 4 opon
rocznie. Proszę o wyjaśnienie, a jeśli to pomyłka - o zwrot. Paragon
mam.
R. Malinowski"""),
("pl", "b110-pl-kaucja-akademik-pozew", "Jakub Piątek <jakub.piatek@example.pl>", "Zwrot kaucji - DS nr 5, pokój 412", "billing", "high",
"""Szanowni Państwo,

wymeldowałem się z domu studenckiego nr 5 dnia 30 czerwca. Protokół
zdawczo-odbiorczy podpisany przez administrację nie wykazuje żadnych
szkód. Zgodnie z regulaminem kaucja 500 zł powinna wrócić w ciągu 30
dni. Minęły trzy miesiące i dwa maile bez odpowiedzi.

Jeżeli kwota nie wpłynie na moje konto w ciągu 14 dni, złożę pozew o
zapłatę w postępowaniu uproszczonym wraz z odsetkami.

Jakub Piątek
nr albumu 301772"""),
("pl", "b110-pl-odp-faktura-sala-konferencyjna", "Stowarzyszenie Sąsiedzi Nadodrza <biuro@sasiedzi-nadodrze.example>", "Odp: Faktura za wynajem sali - październik", "billing", "",
"""Dzień dobry Pani Joanno,

dziękujemy. Na fakturze jest 12 godzin po 80 zł, a umowa dla
organizacji pozarządowych mówi o stawce 40 zł za godzinę. Prosimy o
fakturę korygującą, wtedy od razu zapłacimy.

Pozdrawiam
Grażyna Nowicka
Stowarzyszenie Sąsiedzi Nadodrza

W dniu 4.11 Joanna Wróblewska <j.wroblewska@example-tbs.pl> napisała:
> Dzień dobry,
> w załączeniu faktura FV/11/2024/88 za wynajem świetlicy przy
> ul. Jedności Narodowej w październiku.
> Pozdrawiam, Joanna Wróblewska"""),
("pl", "b110-pl-wystapienie-ze-spoldzielni", "Halina i Zenon Krawiec <zenon.krawiec@example.pl>", "Wystąpienie ze spółdzielni", "billing", "",
"""Szanowni Państwo,

sprzedaliśmy dom w Lubiczu razem z panelami i od września mieszkamy w
bloku u syna w Toruniu. Nowy właściciel nie chce przystępować do
spółdzielni. Chcielibyśmy z niej wystąpić i odzyskać wpłacony udział
1 000 zł. Jak złożyć wypowiedzenie i kiedy zwracacie pieniądze?

Z poważaniem
Halina i Zenon Krawiec"""),
("pl", "b110-pl-basen-zawieszenie-noga", "Karolina Wójtowicz <karolina.wojtowicz@example.pl>", "karnet", "billing", "",
"""hej, złamałam nogę na nartach i przez jakieś 2 miesiące nie będę
pływać :( czy mogę zawiesić studencki karnet na basen AZS (89 zł/mies.)
na ten czas? mam zaświadczenie od ortopedy jakby co
Karolina"""),
("pl", "b110-pl-muzeum-odnowienie-kierownik", "Andrzej Sokołowski <andrzej.sokolowski@example.pl>", "Proszę o kontakt kierownika działu członkostwa", "billing", "high",
"""Dzień dobry,

we wrześniu zrezygnowałem z rodzinnej Karty Przyjaciela Muzeum, co
potwierdziliście mailem 12.09 (w załączeniu). Mimo to 1 października
pobraliście z mojej karty 220 zł za odnowienie. Od tego czasu napisałem
dwa razy i dostałem tylko automatyczne odpowiedzi.

Nie chcę więcej pisać na ogólny adres. Proszę, aby skontaktował się ze
mną kierownik działu członkostwa i żeby pieniądze wróciły na konto.

Andrzej Sokołowski
tel. 601 234 877"""),
("pl", "b110-pl-blik-losy", "Weronika Zając <weronika.zajac@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry, czy losy na aukcje charytatywna hospicjum mozna kupic
BLIKiem? Na stronie widze tylko karte i przelew tradycyjny, a ja karty
nie mam. Dziekuje, Weronika"""),
("pl", "b110-pl-usos-haslo", "Mateusz Kwiatkowski <mateusz.kwiatkowski@example.pl>", "USOS", "technical", "",
"""Dzień dobry,
od wczoraj nie mogę zalogować się do USOSweb ani do poczty studenckiej
- „Nieprawidłowy login lub hasło”. Hasła nie zmieniałem. Przy
resetowaniu link wysyła się na maila studenckiego, do którego nie mam
dostępu, więc koło się zamyka. W piątek mija termin zapisów na
seminarium.
Mateusz Kwiatkowski, nr albumu 290014"""),
("pl", "b110-pl-aplikacja-biblioteki-nie-pieniadze", "Bożena Michalak <bozena.michalak@example.pl>", "aplikacja biblioteki", "technical", "",
"""Dzień dobry, od razu zaznaczam, że nie chodzi o żadne opłaty, konto mam
czyste. Po ostatniej aktualizacji aplikacja biblioteki na moim telefonie
(Samsung) wyświetla tylko biały ekran z logo i nic dalej. Przez to nie
mogę przedłużyć wypożyczeń ani zarezerwować książek. Odinstalowałam i
zainstalowałam ponownie - to samo.

Bożena Michalak"""),
("pl", "b110-pl-e-abonament-blad", "Sylwester Pawlak <sylwester.pawlak@example.pl>", "Wniosek o abonament - blad", "technical", "",
"""Dzien dobry,
probuje zlozyc wniosek o abonament mieszkanca przez portal. Po
zalaczeniu skanu dowodu rejestracyjnego (PDF, 1,2 MB) pojawia sie
komunikat "Wystapil nieoczekiwany blad" i formularz sie czysci.
Probowalem 3 razy na Chrome i raz na Firefox. Jak inaczej moge to
zlozyc?
S. Pawlak"""),
("pl", "b110-pl-mama-bez-ogrzewania", "Iwona Kołodziej <iwona.kolodziej@example.pl>", "Brak ogrzewania - ul. Wiśniowa 3/2, p. Stanisława Kołodziej", "technical", "high",
"""Dzień dobry,

piszę w imieniu mamy, Stanisławy Kołodziej, lokatorki TBS przy
ul. Wiśniowej 3/2. Mama ma 86 lat i po udarze. Od soboty kaloryfery w
jej mieszkaniu są zimne, w pokoju jest 14 stopni, a na zewnątrz minus
osiem. Zgłaszałam awarię telefonicznie w poniedziałek, usłyszałam, że
hydraulik będzie „w tym tygodniu”.

Mama nie może tyle czekać w takim zimnie. Proszę o przysłanie kogoś
dzisiaj. Mój numer: 512 300 918.

Iwona Kołodziej"""),
("pl", "b110-pl-gaz-klatka", "Leszek Banaś <leszek.banas@example.pl>", "Klatka C", "technical", "high",
"""Dzień dobry,

chciałem tylko zgłosić, że od wczoraj wieczorem na klatce C przy
skrzynkach z gazomierzami na parterze czuć gaz. Nie jest to bardzo
mocny zapach, ale wyraźny, szczególnie rano. Otworzyliśmy okno na
półpiętrze. Sąsiad z parteru mówi, że tak już czasem bywało, ale wolę,
żeby ktoś to sprawdził.

Pozdrawiam
Leszek Banaś, m. 3"""),
("pl", "b110-pl-falownik-blad", "Agata Rutkowska <agata.rutkowska@example.pl>", "falownik na świetlicy", "technical", "",
"""Dzień dobry,

falownik instalacji spółdzielni na dachu świetlicy wiejskiej w
Zawadzie od czwartku pokazuje „Grid Overvoltage” i nic nie produkuje -
w aplikacji są same zera, mimo słońca. Poza tym nic się nie dzieje,
żadnych zapachów ani dźwięków. Czy możemy go zresetować sami, czy
musi przyjechać serwis?

Agata Rutkowska, sołtys"""),
("pl", "b110-pl-rozdzielnica-iskrzy-piwnica", "Marian Szulc <marian.szulc@example.pl>", "Piwnica blok 12", "technical", "high",
"""Dzień dobry,

spokojnie, nikomu nic się nie stało, ale trzeba to sprawdzić. W piwnicy
bloku nr 12 przy ul. Kasztanowej, w rozdzielnicy obok wózkowni, coś
trzaska i co jakiś czas widać przez szczelinę iskrę. Obudowa jest
ciepła i czuć lekki swąd. Zamknąłem drzwi do tej części piwnicy i
powiesiłem kartkę, żeby nikt nie wchodził.

Marian Szulc, gospodarz domu
tel. 698 110 442"""),
("pl", "b110-pl-rejestracja-zapisy-padla", "dr Joanna Stępień <j.stepien@example-uczelnia.pl>", "Rejestracja na zajęcia", "technical", "high",
"""Dzień dobry,

rejestracja żetonowa na zajęcia ogólnouczelniane ruszyła o 20:00 i od
tej chwili system zwraca błąd 503. Rejestracja miała trwać tylko do
22:00, a w kolejce jest ponad 2 000 studentów pierwszego roku, którzy
zasypują nasz dział mailami i telefonami. Prosimy o pilną informację,
czy system wróci, żebyśmy mogli ewentualnie przesunąć tury.

dr Joanna Stępień
Dział Kształcenia"""),
("pl", "b110-pl-sklep-lokal-uzytkowy-prad", "Sklep Spożywczy U Basi <sklep.ubasi@example.pl>", "lokal użytkowy przy Żeromskiego 5", "technical", "high",
"""Dzień dobry,

wczoraj elektrycy od Państwa robili coś w rozdzielni budynku i od tego
czasu w naszym lokalu nie ma prądu. Lodówki z nabiałem i wędliną stoją
od ponad 20 godzin, wyrzuciliśmy już towar za ok. 3 000 zł, kasa
fiskalna nie działa, więc sklep jest zamknięty. Reszta budynku ma
prąd.

Proszę o natychmiastowy kontakt: 605 440 321.

Barbara Lewicka
Sklep Spożywczy U Basi"""),
("pl", "b110-pl-audioprzewodnik-aplikacja", "Filip Adamski <filip.adamski@example.pl>", "audioprzewodnik", "technical", "",
"""Cześć,
aplikacja muzeum z audioprzewodnikiem wywala się przy skanowaniu kodów
przy eksponatach - aparat się włącza, kod się łapie i aplikacja się
zamyka. iPhone 13, najnowszy iOS. W niedzielę mieliśmy z dziećmi wrócić
na drugą część wystawy, fajnie by było, gdyby działało.
Filip"""),
("pl", "b110-pl-kaloryfer-cieknie", "Stefania Zawadzka <stefania.zawadzka@example.pl>", "Kaloryfer", "technical", "",
"""Szanowni Państwo,

w moim mieszkaniu (ul. Leśna 9/27) przy zaworze kaloryfera w kuchni
kapie woda, podstawiłam miseczkę, przez dobę zbiera się mniej więcej
szklanka. Proszę o przysłanie hydraulika w dogodnym terminie. Jestem
w domu codziennie do 14.

Stefania Zawadzka"""),
("pl", "b110-pl-loteria-brak-maila-z-losami", "Olga Pietrzyk <olga.pietrzyk@example.pl>", "nie doszło", "technical", "",
"""Dzien dobry, kupilam los w loterii na rzecz szpitala dzieciecego,
strona napisala "Transakcja zakonczona", ale mail z numerem losu nie
przyszedl, w spamie tez nie ma. W moim koncie na stronie nie ma zadnego
zakupu. Nie chce zwrotu, chce tylko wiedziec jaki mam numer przed
losowaniem :)
Olga"""),
("pl", "b110-pl-pszok-rezerwacja", "Jerzy Kowalewski <jerzy.kowalewski@example.pl>", "Rezerwacja terminu", "technical", "",
"""Dzień dobry, formularz rezerwacji terminu w PSZOK-u przy ul. Żelaznej
po wybraniu daty pokazuje „Brak wolnych terminów” dla każdego dnia,
nawet za miesiąc. Znajomy mówi, że u niego to samo. Chyba coś się
zepsuło. Da się zapisać telefonicznie?"""),
("pl", "b110-pl-godziny-biblioteki-majowka", "Irena Baran <irena.baran@example.pl>", "Majówka", "general", "",
"""Czy filia biblioteki na Bielanach będzie otwarta 2 maja? Dziękuję.
Irena Baran"""),
("pl", "b110-pl-podziekowanie-dziekanat", "Aleksandra Żak <aleksandra.zak@example.pl>", "Podziękowanie dla Pani Ewy", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować Pani Ewie z dziekanatu Wydziału Chemii.
Kiedy zachorowała mi mama i musiałam nagle wyjechać, Pani Ewa krok po
kroku pomogła mi załatwić urlop dziekański, a nawet zadzwoniła do
promotora. Bez niej pewnie bym się pogubiła. Proszę przekazać jej
moje ogromne podziękowania.

Aleksandra Żak"""),
("pl", "b110-pl-kontroler-strefy-przelozony", "Beata Kamińska <beata.kaminska@example.pl>", "Zachowanie kontrolera strefy", "general", "high",
"""Szanowni Państwo,

wczoraj ok. 16:30 na ul. Piotrkowskiej kontroler strefy płatnego
parkowania krzyczał na mnie, gdy wyjmowałam z samochodu wózek syna,
który jest niepełnosprawny. Nazwał mnie „kombinatorką” i robił zdjęcia
mojej twarzy, mimo że karta parkingowa dla osoby niepełnosprawnej była
za szybą i żadnego mandatu nie wystawił. Syn płakał.

Nie życzę sobie odpowiedzi szablonowej. Żądam kontaktu z przełożonym
tego pracownika i informacji, jakie wyciągnięto konsekwencje.

Beata Kamińska
tel. 509 812 004"""),
("pl", "b110-pl-zgubiony-pendrive-czytelnia", "Kamil Sikorski <kamil.sikorski@example.pl>", "pendrive", "general", "",
"""Dzien dobry, we wtorek zostawilem w czytelni na 1 pietrze (przy
komputerach) czarny pendrive Kingston na smyczy z logo politechniki.
Mam na nim prace magisterska... Czy ktos go oddal?
Kamil Sikorski"""),
("pl", "b110-pl-zmiana-adresu-korespondencyjnego", "Lucyna Adamczyk <lucyna.adamczyk@example.pl>", "Zmiana adresu do korespondencji", "general", "",
"""Dzień dobry,

proszę o zmianę mojego adresu do korespondencji (lokal w TBS nadal
wynajmuję, ale przez pół roku opiekuję się ojcem): ul. Polna 18,
62-800 Kalisz. Numer telefonu bez zmian.

Lucyna Adamczyk, lokal 5/11"""),
("pl", "b110-pl-rodo-dostep-dane", "Bartłomiej Nowicki <bartlomiej.nowicki@example.pl>", "Wniosek RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o przekazanie kopii moich danych
osobowych przetwarzanych przez Muzeum w związku z członkostwem w
programie Przyjaciół Muzeum oraz informacji, komu dane te zostały
udostępnione.

Bartłomiej Nowicki"""),
("pl", "b110-pl-sponsoring-ludowy-klub", "LKS Orzeł Zawada <lks.orzel@example.pl>", "sponsoring", "general", "",
"""Dzień dobry,

piszę z LKS Orzeł Zawada. Mamy drużynę trampkarzy - 25 chłopaków i 6
dziewczyn. Szukamy sponsora na nowe stroje i bramki do treningów,
w sumie ok. 6 000 zł. Wiele rodzin z naszej wsi jest w Państwa
spółdzielni energetycznej, dlatego pomyśleliśmy o Was. Logo
umieścilibyśmy na koszulkach i banerze przy boisku.

Pozdrawiam sportowo,
Roman Kaczmarek, trener"""),
("pl", "b110-pl-listwa-schody-muzeum", "Grażyna Borkowska <grazyna.borkowska@example.pl>", "Schody na piętro", "general", "high",
"""Dzień dobry,

w sobotę na schodach prowadzących do sali z wystawą czasową
odkleiła się listwa antypoślizgowa na jednym ze stopni i wystaje na
kilka centymetrów. Starszy pan przede mną o nią zahaczył i o mało nie
spadł, złapał się poręczy. Pracownikowi na sali to zgłosiłam, ale
wychodząc po godzinie widziałam, że nic nie zostało oznaczone.

Grażyna Borkowska"""),
("pl", "b110-pl-pytanie-strefa-ulica", "Piotr Wasilewski <piotr.wasilewski@example.pl>", "Pytanie", "general", "",
"""Dzien dobry, przeprowadzilem sie na ul. Mickiewicza pod numer 40.
Do ktorej podstrefy nalezy ten adres, A2 czy A3? Na mapie granica idzie
akurat po mojej ulicy."""),
("pl", "b110-pl-odp-rozdanie-dyplomow", "Natalia Krajewska <natalia.krajewska@example.pl>", "Odp: Uroczyste wręczenie dyplomów - 22 czerwca", "general", "",
"""Dzień dobry,

czy mogę zabrać czworo gości zamiast dwóch? Przyjeżdżają dziadkowie z
Suwałk i bardzo chcą być. Mogą stać z tyłu auli. I czy jest winda do
auli, bo babcia chodzi o kulach?

Natalia Krajewska, nr albumu 287710

W dniu 10.06 Dziekanat Wydziału Prawa napisał(a):
> Szanowni Absolwenci,
> uroczyste wręczenie dyplomów odbędzie się 22 czerwca o godz. 11:00
> w Auli Głównej. Każdy absolwent może zaprosić dwie osoby.
> Dziekanat"""),
("pl", "b110-pl-koncert-petarda", "Julka Mroczek <julka.mroczek@example.pl>", "koncert w auli", "general", "",
"""Hejka! Czwartkowy koncert chóru w auli był PETARDĄ, sala dosłownie
płonęła, a ja umarłam przy ostatnim utworze :D Czy będzie nagranie na
stronie uczelni? I kiedy następny koncert?
Julka"""),
("pl", "b110-pl-co-przyjmuje-pszok", "Zdzisław Górecki <zdzislaw.gorecki@example.pl>", "Co można oddać", "general", "",
"""Dzień dobry,
likwiduję mieszkanie po zmarłej siostrze. Czy PSZOK przyjmie stary
tapczan, puszki z resztkami farby i zużyty olej silnikowy? Czy trzeba
się umawiać, czy można przyjechać w dzień powszedni rano?
Z. Górecki"""),
("pl", "b110-pl-witam-wycieczka-szkolna", "Elżbieta Nowakowska <e.nowakowska@example.edu.pl>", "Witam", "general", "",
"""Witam serdecznie,

jestem wychowawczynią klasy 4b ze Szkoły Podstawowej nr 12 w
Radomiu. Chcielibyśmy przyjechać z klasą (24 uczniów i 3 opiekunów) w
maju. Czy muzeum prowadzi lekcje muzealne dla tego wieku, jak długo
trwają i z jakim wyprzedzeniem trzeba się zapisać?

Z pozdrowieniami
Elżbieta Nowakowska"""),
]
