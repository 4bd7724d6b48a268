# batch165.py -- labelled mails held out of the tree until the rules it
# measures are final: kept apart from gen.py so that nothing is tuned or
# trained on them before then.  Local government (second batch): council
# tax, bin collections, library fines, residents' parking, allotment
# waiting lists, planning objections, street lighting reports.  Covers
# escalation demands that keep their topic, legal threats and chargebacks,
# negations, Greeklish, subjects that say nothing or something else,
# replies quoting an earlier mail, paid services ended in other words,
# business outages told by their consequences, safety hazards told calmly,
# praise, payment questions -- and everyday mail of all three queues.
# 40 mails per language (en, el, es, pl), written separately, not
# translated.  Same tuple format as batch12.py.
M += [
# ---------------- English ----------------
("en", "b165-en-ctax-partner-moved-out-spd", "Karen Whitlock <karen.whitlock@example.co.uk>", "Single person discount", "billing", "",
"""Hello,

My partner moved out of 27 Larch Close at the end of August and it is
just me in the house now. I understand I can get the 25% single person
discount on my council tax. Could you apply it from 1 September and let
me know what my new monthly instalments will be? Account ref 40118832.

Thank you,
Karen Whitlock"""),
("en", "b165-en-ctax-dd-twice-april", "Graham Pike <g.pike@example.co.uk>", "Direct debit", "billing", "",
"""Hi, my council tax direct debit of 168.40 has gone out twice this
month, on the 1st and again on the 3rd. Bank says both were requested by
the council. Please refund the second one, I can't be short that much
before payday.

Graham Pike
Account 30092215"""),
("en", "b165-en-garden-waste-paved-over", "Des O'Hara <des.ohara@example.com>", "Brown bin", "billing", "",
"""We've had the back garden paved and gravelled over the summer so there's
nothing left to put in the brown bin, it's been sitting empty since June.
Please don't renew the garden waste for next year. Also, is any of this
year's 52 pounds refundable for the months we haven't used it, or is it a
lost cause?

Des O'Hara, 9 Fenwick Road"""),
("en", "b165-en-bulky-waste-wardrobe-left", "Hannah Cole <hannah.cole@example.co.uk>", "Bulky collection ref BW-55190", "billing", "",
"""Dear Sir/Madam,

I booked and paid 35.00 for a bulky waste collection of three items:
a wardrobe, a mattress and a bedside cabinet. The crew came on Tuesday
and took the mattress and the cabinet but left the wardrobe on the
drive, with no note. I've since had to pay a man with a van to take it.

I'd like back the part of the fee that covers the wardrobe, or the whole
fee if that's simpler for you.

Regards,
Hannah Cole"""),
("en", "b165-en-library-fine-drop-box", "Margaret Ellery <m.ellery@example.org>", "Overdue charge", "billing", "",
"""Dear Library,

I have a charge of 4.80 on my card for "The Thursday Murder Club" which
I put through the returns drop box at the Hallgate branch on the 12th,
well before it was due. The book must have been checked in late. I would
be grateful if you could remove the charge as I do not think I should
pay it.

Yours faithfully,
Margaret Ellery (card 2200041773)"""),
("en", "b165-en-permit-electric-second-car", "Tom Okafor <tom.okafor@example.co.uk>", "Permit prices", "billing", "",
"""Nothing wrong with the website, it's the price I'm querying. The permit
page says first vehicle 60, second vehicle 120 a year in zone K. We've
just swapped our second car for a fully electric one - is there still a
discount for EVs on the second permit, or was that scrapped? Don't want
to pay 120 if I don't need to.

Tom"""),
("en", "b165-en-allotment-rent-half-plot", "Stan Lewandowski <stan.lew@example.co.uk>", "Allotment invoice 2025", "billing", "",
"""Hello,

My invoice for Ashfield Road allotments this year is for a full plot
(98.00) but I gave up the bottom half of plot 14 last October and it has
been let to someone else since. Half plot should be 49.00 if I've read the
tariff right. Please send a corrected invoice and I'll pay straight away.

Stan Lewandowski, plot 14A"""),
("en", "b165-en-re-ctax-final-bill-moved", "Priya Raman <priya.raman@example.com>", "Re: Your council tax account 30144907", "billing", "",
"""Thanks for this, but the dates are wrong. We handed the keys back to the
landlord on 3 March, not 31 March - I attached the check-out report
last time. The final bill should be for 3 days of March, not the whole
month, so I think you owe me a refund rather than me owing you 142.17.

Priya

> Dear Ms Raman,
> Thank you for letting us know you have moved. Your final bill for
> 12 Orchard Mews is enclosed, showing a balance due of 142.17 for the
> period up to and including 31 March.
> Revenues Team"""),
("en", "b165-en-au-rates-fortnightly", "Bec Halloran <bec.halloran@example.com.au>", "Question", "billing", "",
"""Hi there,

Quick one - our rates notice came through at $2,184 for the year and I
can see the four quarterly instalment dates on it. Is there any way to
pay fortnightly instead? I get paid fortnightly and it'd be heaps easier
than finding 546 every quarter. Happy to set up a direct debit.

Cheers,
Bec Halloran
14 Banksia Cres"""),
("en", "b165-en-us-trash-fee-dad-house", "Linda Kowalski <linda.kowalski@example.com>", "Account 88-21409 Maple St", "billing", "",
"""Good afternoon,

My father passed away in January and his house at 412 Maple Street has
been empty since. The utility bill keeps charging the residential trash
cart fee of $28.50 a month. Nobody is putting anything out. Can the
trash service be stopped on this account while the estate is settled,
and can the charges since February be credited back?

I am the executor and can send the paperwork.

Linda Kowalski"""),
("en", "b165-en-in-property-tax-rebate", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Property tax rebate not given", "billing", "",
"""Respected Sir/Madam,

I have paid the property tax for the year for my flat (PID 118-42-0071)
online on 28th April itself, which is before 30th April, so I am
eligible for the 5% early payment rebate as per the circular. But the
receipt shows full amount of Rs 24,800 and no rebate. Kindly adjust the
rebate amount of Rs 1,240 in next year's demand or refund the same.

Thanking you,
Venkatesh Iyer"""),
("en", "b165-en-ctax-summons-paid-ombudsman", "Alan Prescott <alan.prescott@example.co.uk>", "Summons issued on a PAID account", "billing", "high",
"""To the Revenues Manager,

I have today received a summons to the magistrates' court for council
tax arrears of 312.00 plus 85.00 costs. I paid the full 312.00 by card
over the phone on 2 May (payment reference 77310452) and have the bank
statement to prove it.

I expect the summons to be withdrawn and the 85.00 costs removed in
writing within 7 days. If that does not happen I will be complaining to
the Local Government and Social Care Ombudsman and taking advice from a
solicitor. I have kept copies of everything.

Alan Prescott
Account 30087621"""),
("en", "b165-en-pcn-paid-twice-card-dispute", "Jade Summers <jade.summers@example.com>", "PCN HX40982217", "billing", "high",
"""Hi,

I paid my parking ticket (the reduced 35) online last Thursday. The page
timed out so I did it again and now 35 has gone out twice. I emailed on
Friday and got nothing back. If the second payment isn't refunded by the
end of next week I'll dispute it with my card provider, simple as that.

Jade Summers"""),
("en", "b165-en-ie-permit-overcharged-supervisor", "Siobhan Gallagher <siobhan.gallagher@example.ie>", "Residents permit - third email", "billing", "high",
"""Hello again,

This is the third time I've written about this. My residents' parking
permit for Convent Hill was renewed last month and I was charged 120
euro instead of the 40 euro resident rate. The phone line just tells me
to email, and the emails get an automatic reply and nothing else.

I'd like this passed to a supervisor please, or whoever actually deals
with the refunds. I'm not sending a fourth email.

Siobhan Gallagher
Permit no. CH-2231"""),
# technical
("en", "b165-en-streetlight-out-larch-close", "Peter Nwosu <peter.nwosu@example.co.uk>", "Street light", "technical", "",
"""Hello, the street light outside number 14 Larch Close (column number
LC07 on the little plate) has been out for about three weeks now. The
others in the close are fine. Could someone come and have a look?

Thanks, Peter"""),
("en", "b165-en-streetlight-on-all-day", "Joan Ruddock <joan.ruddock@example.org>", "Lamp post", "technical", "",
"""Dear Council,

The lamp post opposite the bus shelter on Kingsway has been burning day
and night for a fortnight. It seems a waste of electricity. I expect the
timer or sensor has gone.

Joan Ruddock (Mrs)"""),
("en", "b165-en-ctax-login-reset-loop", "Ravi Chandra <ravi.chandra@example.co.uk>", "Not a billing query", "technical", "",
"""Hi - to be clear my council tax is paid and the bill is fine, this is
about the online account. When I click "forgot password" I get the
email, click the link, set a new password, and it takes me straight back
to the login page where the new password is "incorrect". Done it four
times now, different browsers, same thing. The link in the email also
says it has expired if I click it a second time.

Ravi"""),
("en", "b165-en-permit-app-visitor-crash", "Olu Adeyemi <olu.adeyemi@example.com>", "Visitor permit app", "technical", "",
"""Hello,

I'm not disputing the ticket, I've paid it and that's done. What I want
is for the visitor permit app to actually work so it doesn't happen
again. When I enter my mum's registration and press Activate, the app
closes. When I open it again there's no active permit. Android 14,
app updated yesterday.

Olu Adeyemi, zone D"""),
("en", "b165-en-library-ebook-loan-limit", "Dorothy Hale <dorothy.hale@example.org>", "Borrowing books on my tablet", "technical", "",
"""Dear Sir or Madam,

My granddaughter set up the library e-book app on my tablet at
Christmas and it has worked very well until now. Since last week it says
"You have reached your loan limit" but I have no books borrowed at all,
I returned the last one early. I have tried switching the tablet off and
on as she told me.

Could you tell me what to do in simple steps please.

Dorothy Hale
Library card 2200019364"""),
("en", "b165-en-planning-portal-upload-fails", "Martin Sharples <martin.sharples@example.co.uk>", "Planning ref 24/01873/FUL", "technical", "",
"""I'm trying to submit a comment on the above application through the
planning portal. I fill in the form, attach a two page PDF (300 KB) and
press Submit, and it just spins and then says "Something went wrong,
please try again later". Tried yesterday evening and this morning.
Without the attachment it also fails. The consultation closes on Friday
so I'd like to know it's going through.

Martin Sharples"""),
("en", "b165-en-car-park-machine-card-error", "Lucy Dawes <lucy.dawes@example.com>", "Station Road car park", "technical", "",
"""The pay machine nearest the lifts in Station Road car park won't take
contactless or chip and pin, it just says CARD ERROR - SEE ATTENDANT.
There is no attendant. I wasn't charged anything, I went and used the
other machine, but thought you should know as there was a queue."""),
("en", "b165-en-in-streetlight-wire-sparks", "Anjali Deshmukh <anjali.deshmukh@example.in>", "Streetlight pole near school gate", "technical", "high",
"""Dear Sir,

The streetlight pole number 47 on 3rd Cross Road, just next to the gate
of the municipal primary school, has its service box open and one wire
is hanging out at about knee height. During yesterday's rain it was
giving small sparks. Children stand there waiting for the gate to open
in the morning.

I have put a plastic crate in front of it for now. Kindly send the
electrical team at the earliest.

Regards,
Anjali Deshmukh
Ward 62"""),
("en", "b165-en-au-ev-charger-library", "Nathan Briggs <nathan.briggs@example.com.au>", "Hello", "technical", "",
"""Hello,

The council EV charger in the library car park on Hume St is not
starting a session. Plug in, tap card, screen says "Authorising..." then
goes back to the start screen. Tried two cards and the app. Other bay is
the same. Not urgent for me, just letting you know.

Nathan"""),
("en", "b165-en-sheltered-boiler-mother", "Gareth Pryce <gareth.pryce@example.co.uk>", "Flat 6 Willowbrook Court - no heating", "technical", "high",
"""Hello,

My mother is 84 and lives in flat 6 at Willowbrook Court (council
sheltered housing). Her boiler stopped on Friday evening and she has had
no heating or hot water since. It went down to -3 last night. I rang the
repairs line on Saturday and was told someone would come "within 5
working days".

She has a heart condition and she is sitting in her coat. I've lent her
a fan heater but she is afraid of using it. Please get an engineer out
today.

Gareth Pryce (son)
07700 900418"""),
("en", "b165-en-market-hall-sockets-dead", "Market Traders Assoc. <traders@eastgate-market.example>", "East side of the market hall", "technical", "high",
"""Morning,

Since about 7am there's nothing coming out of any of the sockets on the
east side of the market hall, stalls 20 to 38. The butcher's and the
fishmonger's chillers are off and they've started moving stock into
cool boxes, the card readers are all dead so people are cash only, and
the bakery can't run its ovens. Three traders have already packed up and
gone home. The west side is fine.

The duty officer's phone goes to voicemail. Can someone get an
electrician here this morning please.

Dave Hurst
Chair, Eastgate Market Traders"""),
("en", "b165-en-ridgeway-estate-lights-all-out", "Sharon Ellis <sharon.ellis@example.co.uk>", "Ridgeway estate", "technical", "high",
"""Hi,

All the street lights on the Ridgeway estate have been off for the last
three nights - Ridgeway Drive, Copse Lane and Hazel Walk, so maybe 60
lamp posts. It is completely dark from 5pm. There are a lot of older
residents here and the footpaths are uneven, and people are walking home
from the bus with phone torches. One neighbour already fell on Tuesday.

I'd guess it's a supply fault rather than the bulbs. Please could it be
looked at as a priority.

Sharon Ellis
Residents' Association secretary"""),
("en", "b165-en-re-bin-day-app-wrong-week", "Ian Fairbairn <ian.fairbairn@example.com>", "Re: Changes to your collection day", "technical", "",
"""Since this change the Bin Day app has been showing the wrong week for
us - it said blue bin this Monday, so we put it out, and the crew
emptied the black ones. I've reinstalled it and re-entered my postcode
(BD18 4QT). The website calendar looks right, it's just the app.

Ian

> From 3 November your collection day will change from Thursday to
> Monday. Please check the app or website for your new calendar.
> Waste Services"""),
# general
("en", "b165-en-thanks-bin-crew-wheel-back", "Eileen Marsh <eileen.marsh@example.org>", "Thank you", "general", "",
"""I just want to say thank you to the crew who do the Thursday round on
Primrose Hill. My husband is in a wheelchair and I've had a bad hip since
the spring, and the lads have been taking our bins from the back gate
and bringing them back to the same spot every week without being asked.
The young man with the beard even waved at my husband through the window.
It makes a real difference to us. Please pass it on.

Eileen Marsh"""),
("en", "b165-en-christmas-collection-days", "Mike Tranter <mike.tranter@example.co.uk>", "Not about my bill", "general", "",
"""Hi, nothing to do with council tax, just want to know what happens to
bin collections over Christmas and New Year. Ours is normally a Thursday
which is Christmas Day this year. Will it be the Saturday after, or do we
miss a week?

Mike"""),
("en", "b165-en-allotment-waiting-list-2021", "Gillian Frost <gillian.frost@example.com>", "Allotment waiting list", "general", "",
"""Hello,

I put my name down for an allotment at Meadow Lane back in March 2021
and haven't heard anything since. Could you tell me roughly where I am
on the list now? I'd also be happy to take a plot at another site, or
share a half plot, if that would be quicker.

Kind regards,
Gillian Frost"""),
("en", "b165-en-planning-objection-how", "Reg Dunmore <reg.dunmore@example.co.uk>", "HMO application on Clifton Street", "general", "",
"""Dear Planning,

There is a notice on the lamp post about turning 33 Clifton Street into
an eight bedroom house in multiple occupation. I would like to object.
Do I have to do it online or can I write a letter? What is the last date,
and will my name and address be made public? I don't want any trouble
with the neighbours.

Reg Dunmore"""),
("en", "b165-en-lost-glasses-library", "Frances Boyd <frances.boyd@example.org>", "Glasses left behind", "general", "",
"""Hello, I think I left my reading glasses at Hallgate library on
Wednesday afternoon, at the table by the newspapers. Tortoiseshell
frames in a blue case. Has anyone handed them in? I can collect.

Frances Boyd"""),
("en", "b165-en-subject-access-housing", "Daniel Osei <daniel.osei@example.com>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the UK GDPR, please provide a copy of all personal
data the council holds about me, in particular my housing register
application and any notes of calls or visits from 2019 to date.

Full name: Daniel Kwame Osei
Date of birth: 14/07/1988
Address: Flat 3, 41 Bridge Street, LS12 2PL
Housing register ref: HR-0093417

I would prefer to receive it electronically.

Yours sincerely,
Daniel Osei"""),
("en", "b165-en-ie-library-name-email-change", "Aoife Brennan <aoife.brennan@example.ie>", "Change of name", "general", "",
"""Hi,

I got married in June and I'm now Aoife Kinsella (was Brennan). Could
you change the name on my library card and update my email to
aoife.kinsella@example.ie? Card number 2930017745. Do I need to bring
in anything?

Thanks a million,
Aoife"""),
("en", "b165-en-au-verge-collection-dates", "Greg Tan <greg.tan@example.com.au>", "bulk verge pickup", "general", "",
"""g'day, when's the next bulk verge collection for Mount Lawley? and can
we put out an old trampoline frame or is that a no? cheers"""),
("en", "b165-en-sponsor-roundabout-garage", "Sales Office <sales@hendersonmotors.example>", "Roundabout sponsorship", "general", "",
"""Good morning,

We're a family-run garage on the London Road and we'd be interested in
sponsoring the planting on the Tesco roundabout, as we've seen other
businesses do on the bypass. Could you send details of what's involved,
the sign sizes allowed and who we should talk to?

Best regards,
Carl Henderson
Henderson Motors"""),
("en", "b165-en-tip-staff-rude-sorting", "Beth Ansell <beth.ansell@example.com>", "Recycling centre on Saturday", "general", "",
"""I was at the Moss Lane recycling centre on Saturday morning and one of
the staff in the hi-vis shouted at me across the yard for putting a
plastic garden chair in the wrong skip. I'd asked another member of
staff where it went and he'd pointed me there. I nearly died of
embarrassment with the queue watching. I'm not asking for anything,
I just don't think people should be spoken to like that and I'd like it
mentioned to whoever was on shift.

Beth Ansell"""),
("en", "b165-en-playground-glass-victoria-park", "Tariq Mahmood <tariq.mahmood@example.co.uk>", "Victoria Park play area", "general", "high",
"""Hello,

There's a lot of broken glass in the toddler section of the Victoria Park
play area this morning, mostly under the small slide and in the sand
pit - looks like a bottle or two were smashed there last night. I've
picked up what I could see but there are small pieces in the sand. The
gate was open and kids were already arriving when I left at 9.

Could someone come and clear it and maybe close the gate until then.

Tariq"""),
("en", "b165-en-warden-rude-head-of-service", "Rosalind Kemp <rosalind.kemp@example.co.uk>", "Conduct of a civil enforcement officer", "general", "high",
"""Dear Sir/Madam,

On Monday at about 3.15pm, outside St Anne's school on Park Terrace, a
civil enforcement officer (badge 0417) spoke to me in an aggressive and
mocking way in front of my children while I was unloading my disabled
son's wheelchair. He did not issue a ticket, so this is not about any
fine. It is about how he behaved.

I do not want a standard reply from the general inbox. I want this
escalated to the head of parking services and I would like a call from
them or from a senior manager this week.

Rosalind Kemp
07700 900275"""),
("en", "b165-en-fly-tipping-asbestos-school-path", "Colin Ward <colin.ward@example.co.uk>", "Dumped sheets on Mill Lane path", "general", "high",
"""Hi,

Someone has dumped about a dozen broken corrugated roof sheets on the
footpath behind Mill Lane, the one the kids use to get to Brookfield
Primary. They look like the old asbestos cement type, grey and fibrous
where they're snapped. Some pieces have been trodden on already.

I've not touched them. Could this be cleared by people with the right
kit, and the path coned off in the meantime.

Colin Ward"""),
# ---------------- Greek ----------------
("el", "b165-el-tetragonika-telh-reuma", "Ελένη Καραγιάννη <eleni.karagianni@example.gr>", "Λάθος τετραγωνικά στα δημοτικά τέλη", "billing", "",
"""Καλημέρα σας,

Στον λογαριασμό ρεύματος για το διαμέρισμα στην οδό Κύπρου 41 τα
δημοτικά τέλη υπολογίζονται σε 120 τ.μ., ενώ το διαμέρισμα είναι 78 τ.μ.
όπως γράφει και το Ε9 που σας επισυνάπτω. Πληρώνω δηλαδή σχεδόν 40 €
παραπάνω κάθε τετράμηνο.

Παρακαλώ να διορθωθούν τα τετραγωνικά και να μου επιστραφεί ό,τι έχω
πληρώσει επιπλέον. Αριθμός παροχής 1 23456789-01.

Με εκτίμηση,
Ελένη Καραγιάννη"""),
("el", "b165-el-gl-klisi-plirwmeni-prosafxisi", "Stavros M. <stavros.m@example.gr>", "klhsh", "billing", "",
"""Kalhspera,
phra klhsh stathmeushs stis 3/9 sthn Ermou kai thn plhrwsa thn idia
mera apo to e-banking, 40 eurw, exw kai thn apodeiksh. Shmera mou hr8e
grammatio oti einai aplhrwth kai oti phgainei 80 me thn prosauksh!
Mporeite na to koitaksete na to sbhsete? Den 8a plhrwsw deyterh fora.
Ar. klhshs 005418832
Stavros"""),
("el", "b165-el-karta-monimou-katoikou-pliromi", "Δέσποινα Αλεξίου <despoina.alexiou@example.gr>", "Ανανέωση κάρτας στάθμευσης", "billing", "",
"""Γεια σας, λήγει η κάρτα στάθμευσης μόνιμου κατοίκου που έχω για την
Πλάκα. Το τέλος ανανέωσης είναι 15 € αν κατάλαβα καλά. Μπορώ να το
πληρώσω με κάρτα ηλεκτρονικά ή πρέπει να έρθω στο ταμείο του δήμου;
Και αν ναι, χρειάζεται ραντεβού;

Ευχαριστώ,
Δέσποινα"""),
("el", "b165-el-kolymvitirio-pagoma-ogmos", "Γιωργος Θεοχαρης <g.theoxaris@example.gr>", "Συνδρομη κολυμβητηριου", "billing", "",
"""Καλησπερα σας,

Εχω μηνιαια συνδρομη 25 ευρω στο δημοτικο κολυμβητηριο, με παγια
εντολη στην καρτα. Την περασμενη εβδομαδα χειρουργηθηκα στον ωμο και ο
γιατρος μου απαγορευσε το κολυμπι για τουλαχιστον εξι μηνες.

Μπορειτε να παγωσετε τη συνδρομη μεχρι να ξαναρθω, ωστε να μη με
χρεωνετε; Αν δεν γινεται παγωμα, τοτε σταματηστε την εντελως. Εχω
βεβαιωση απο το νοσοκομειο αν χρειαζεται.

Γιωργος Θεοχαρης
Μελος 4471"""),
("el", "b165-el-gl-paidikos-troufeia-metakomisi", "Xrysa Lamprou <xrysa.lamprou@example.gr>", "paidikos sta8mos", "billing", "",
"""Geia sas,
h kori mou h Anna phgainei ston 2o dhmotiko paidiko stathmo kai
plhrwnoume ta trofeia 60 eurw to mhna me pagia entolh. Apo 1h
Dekembriou metakomizoume sth Thessaloniki gia th douleia tou antra mou,
opote den 8a ksanaerthei. Ti prepei na kanw gia na stamathsei h xrewsh?
Na steilw kapoio xarti?
Euxaristw poly
Chrysa Lamprou"""),
("el", "b165-el-vivlio-xathike-antikatastasi", "Μαρίνα Ζαφειρίου <marina.zafeiriou@example.gr>", "Χαμένο βιβλίο", "billing", "",
"""Καλημέρα,

Δυστυχώς έχασα ένα βιβλίο της δημοτικής βιβλιοθήκης («Το Καπλάνι της
Βιτρίνας») σε ταξίδι. Στο σύστημα βλέπω χρέωση 18,50 € για απώλεια.
Θα μπορούσα αντί να πληρώσω να φέρω ένα καινούριο αντίτυπο του ίδιου
βιβλίου; Το βρήκα στο βιβλιοπωλείο της γειτονιάς στα 12 €.

Μαρίνα Ζαφειρίου
Κάρτα μέλους 10038812"""),
("el", "b165-el-laxanokipos-syzygos-apovios", "Σοφία Μαυρίδου <sofia.mavridou@example.gr>", "Λαχανόκηπος - τεμάχιο 22", "billing", "",
"""Αξιότιμοι κύριοι,

Ο σύζυγός μου, Απόστολος Μαυρίδης, που είχε το τεμάχιο 22 στους
δημοτικούς λαχανόκηπους, απεβίωσε τον περασμένο μήνα. Ήταν η χαρά του
αυτό το κομμάτι γης, αλλά εγώ δεν μπορώ να το συνεχίσω.

Είχε πληρώσει την ετήσια εισφορά των 50 € τον Μάρτιο. Θα ήθελα να
μάθω αν επιστρέφεται κάτι για τους μήνες που απομένουν και τι πρέπει να
κάνω για να σταματήσει η συμμετοχή στο όνομά του.

Με εκτίμηση,
Σοφία Μαυρίδου"""),
("el", "b165-el-meiomena-telh-amea", "Βασιλης Κουτσος <vasilis.koutsos@example.gr>", "Μειωμενα δημοτικα τελη", "billing", "",
"""Καλημερα. Εχω αναπηρια 67% με αποφαση ΚΕΠΑ που ισχυει μεχρι το 2027.
Δικαιουμαι μειωμενα τελη καθαριοτητας και φωτισμου; Αν ναι, ποια
χαρτια χρειαζονται και απο ποτε θα ισχυσει η μειωση στον λογαριασμο
του ρευματος; Μενω στην οδο Παπαναστασιου 8.
Βασιλης Κουτσος"""),
("el", "b165-el-gl-re-vevaiosi-mi-ofeilis", "Nikos Papadakis <nikos.papadakis@example.gr>", "Re: Aithsh gia bebaiwsh mh ofeilhs", "billing", "",
"""Kalhmera,
th klhsh tou 2018 thn exw plhrwsei, sas epishnaptw thn apodeiksh apo
thn trapeza (18/06/2018, 20 eurw). Parakalw na th sbhsete gia na parw
th bebaiwsh, th xreiazomai gia to symbolaio pwlhshs tou spitiou thn
allh ebdomada.
Nikos Papadakis

> Αγαπητέ κύριε Παπαδάκη,
> Σε συνέχεια της αίτησής σας, σας ενημερώνουμε ότι εμφανίζεται
> ανεξόφλητη οφειλή 36,00 € (κλήση στάθμευσης 2018 με προσαυξήσεις).
> Η βεβαίωση θα εκδοθεί μετά την εξόφληση.
> Τμήμα Εσόδων"""),
("el", "b165-el-aithousa-prokatavoli-akyrosi", "Κατερίνα Ρήγα <katerina.riga@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα σας,

Είχαμε κλείσει την αίθουσα του πολιτιστικού κέντρου για τις 14
Δεκεμβρίου, για τη γιορτή του συλλόγου γονέων, και πληρώσαμε
προκαταβολή 80 €. Τελικά η γιορτή θα γίνει στο σχολείο, οπότε
ακυρώνουμε, τρεις εβδομάδες πριν. Επιστρέφεται η προκαταβολή; Αν ναι,
σε ποιον λογαριασμό;

Κατερίνα Ρήγα
Σύλλογος Γονέων 4ου Δημοτικού"""),
("el", "b165-el-gl-trapezokathismata-doseis", "Manolis Ch. <manolis.ch@example.gr>", "trapezokathismata", "billing", "",
"""Geia sas, exw to kafe "Limanaki" sthn paraliakh. To telos gia ta
trapezokathismata fetos bghke 2.340 eurw gia ta 45 t.m. Mporw na to
plhrwsw se doseis h prepei oloklhro mexri telos tou mhna? Kai an ginetai
se doseis, poses kai me ti tokous?
Manwlhs"""),
("el", "b165-el-telh-kleisto-katastima-synigoros", "Αθανάσιος Λιάπης <a.liapis@example.gr>", "Χρέωση τελών για κλειστό κατάστημα", "billing", "high",
"""Προς το Τμήμα Εσόδων,

Το κατάστημά μου στην οδό Αγίου Δημητρίου 15 είναι κλειστό από τον
Ιανουάριο του 2023 και η παροχή ρεύματος είναι σε αναστολή. Παρά ταύτα
συνεχίζω να χρεώνομαι δημοτικά τέλη ως επαγγελματικός χώρος, συνολικά
612 € μέχρι σήμερα. Έχω υποβάλει δύο αιτήσεις (αρ. πρωτ. 8812 και 11409)
χωρίς καμία απάντηση.

Αν εντός 15 ημερών δεν γίνει διαγραφή των χρεώσεων και συμψηφισμός,
θα προσφύγω στον Συνήγορο του Πολίτη και θα απευθυνθώ σε δικηγόρο.

Αθανάσιος Λιάπης"""),
("el", "b165-el-gl-karta-stathmeusis-dipli-xreosi-trapeza", "Eirini Vlaxou <eirini.vlaxou@example.gr>", "DIPLH XREWSH", "billing", "high",
"""Kalhmera,
ekana ananewsh ths kartas monimou katoikou sto site sas kai h karta mou
xrewthhke 2 fores apo 15 eurw. Exw steilei 2 email, kanena den apanththhke
kai sto thlefwno den to shkwnei kaneis. An mexri thn Paraskeyh den
epistrafei h mia xrewsh, 8a kanw amfisbhthsh ths synallaghs sthn trapeza
mou.
Eirini Vlachou"""),
("el", "b165-el-trofeia-voucher-proistamenos", "Παναγιωτα Σταθοπουλου <p.stathopoulou@example.gr>", "Χρεωση τροφειων ενω εχω voucher", "billing", "high",
"""Καλησπερα,

Ο γιος μου εχει εγκριθει στο προγραμμα ΕΣΠΑ για τους παιδικους σταθμους
και τα τροφεια καλυπτονται απο το voucher. Παρολα αυτα μου εχουν
χρεωθει 3 μηνες, 180 ευρω συνολικα, απο την καρτα μου. Το εχω πει
τεσσερις φορες στη γραμματεια και μου λενε "θα το δουμε".

Ζητω να μιλησω με την προισταμενη του τμηματος η με τον αρμοδιο
Αντιδημαρχο. Δεν θα ξαναεξηγησω το ιδιο πραγμα σε υπαλληλο.

Παναγιωτα Σταθοπουλου
6944 000 217"""),
# technical
("el", "b165-el-kameni-lampa-kolona", "Δημήτρης Ζαχαρίου <dimitris.zachariou@example.gr>", "Κολώνα φωτισμού", "technical", "",
"""Καλημέρα, η λάμπα στην κολώνα έξω από το Αγίου Γεωργίου 12 (έχει
τον αριθμό 3-118 πάνω) είναι καμένη εδώ και δύο εβδομάδες. Οι
υπόλοιπες στον δρόμο ανάβουν κανονικά. Ευχαριστώ.
Δημήτρης Ζαχαρίου"""),
("el", "b165-el-gl-fos-anavosvinei", "Vaggelis T. <vaggelis.t@example.gr>", "fwtismos", "technical", "",
"""kalhspera, h lamba sthn kolwna apenanti apo to periptero sthn plateia
Eleutherias anabosbhnei olh nyxta, anabei sbhnei ana 2-3 deuterolepta.
Mallon 8elei allagh. euxaristw"""),
("el", "b165-el-platforma-sms-kodikos", "Ιωαννα Δρακου <ioanna.drakou@example.gr>", "Δεν ειναι θεμα πληρωμης", "technical", "",
"""Γεια σας,

Δεν εχω θεμα με καποια χρεωση, οι πληρωμες μου ειναι ενταξει. Το
προβλημα ειναι οτι στην πλατφορμα ηλεκτρονικων υπηρεσιων του δημου δεν
μου ερχεται ποτε ο κωδικος με SMS για να συνδεθω. Πατησα "αποστολη
ξανα" πεντε φορες. Το κινητο ειναι σωστο στο προφιλ μου, ελαβα κανονικα
SMS απο αλλες υπηρεσιες την ιδια ωρα.

Ιωαννα Δρακου"""),
("el", "b165-el-efarmogi-stathmeusis-den-thelo-epistrofi", "Άρης Κωνσταντίνου <aris.konst@example.gr>", "Εφαρμογή στάθμευσης", "technical", "",
"""Καλησπέρα.

Δεν θέλω επιστροφή χρημάτων, τα 2 ευρώ δεν με απασχολούν. Θέλω να
φτιαχτεί η εφαρμογή. Όταν πατάω «Παράταση» για άλλη μία ώρα, βγάζει
μήνυμα επιτυχίας, αλλά ο χρόνος δεν αλλάζει και μετά από λίγο λέει
«Η στάθμευση έληξε». Έχει γίνει τρεις φορές αυτή την εβδομάδα, iPhone,
τελευταία έκδοση της εφαρμογής.

Άρης Κωνσταντίνου"""),
("el", "b165-el-gl-e-library-kodikos", "Thodoris K. <thodoris.k@example.gr>", "e-biblio8hkh", "technical", "",
"""Geia, prospa8w na mpw sto site ths dhmotikhs biblio8hkhs gia na kanw
anantewsh daneismou. Bazw ton ari8mo ths kartas kai to PIN pou mou
edwsan sto gkise kai leei "mh egkyra stoixeia". Sto gkise dokimasan kai
autoi kai ekei douleuei. Mhpws exei 8ema to site?
Thodwrhs"""),
("el", "b165-el-wifi-vivliothiki", "Λίνα Παπαθανασίου <lina.papathanasiou@example.gr>", "Γεια σας", "technical", "",
"""Γεια σας,

Στο αναγνωστήριο της δημοτικής βιβλιοθήκης το Wi-Fi εμφανίζεται, αλλά
όταν συνδέομαι δεν ανοίγει ποτέ η σελίδα αποδοχής όρων και δεν έχω
internet. Το ίδιο και στο λάπτοπ και στο κινητό. Οι βιβλιοθηκονόμοι
μου είπαν να σας γράψω.

Λίνα"""),
("el", "b165-el-polodomia-pdf-aporriptetai", "Χαραλαμπος Νικολαου <ch.nikolaou@example.gr>", "Ενσταση - ηλεκτρονικη υποβολη", "technical", "",
"""Καλημερα,

Προσπαθω να υποβαλω ενσταση για την οικοδομικη αδεια στο οικοπεδο της
οδου Πλαστηρα 23 μεσα απο την ηλεκτρονικη πλατφορμα του δημου. Σε ολα
τα PDF που ανεβαζω (κατω απο 1 MB) βγαζει "Μη αποδεκτος τυπος αρχειου".
Δοκιμασα και αρχειο Word, το ιδιο. Μπορειτε να δειτε τι φταιει;

Χαραλαμπος Νικολαου"""),
("el", "b165-el-gl-app-anafores-kollaei", "Foteini Ar. <foteini.ar@example.gr>", "to app kollaei", "technical", "",
"""Kalhmera, to app gia tis anafores problhmatwn ths polhs kleinei kathe
fora pou paw na balw fwtografia. Xwris fwto to stelnei kanonika, me fwto
oxi. Exw Samsung A54. To ksanaegkatesthsa, tipota.
Fwteinh"""),
("el", "b165-el-barra-parking-eisitirio", "Μιχάλης Σαββίδης <michalis.savvidis@example.gr>", "Δημοτικό πάρκινγκ Αγοράς", "technical", "",
"""Καλησπέρα σας,

Στην έξοδο του δημοτικού πάρκινγκ της Αγοράς η μπάρα δεν διαβάζει τα
πληρωμένα εισιτήρια. Βάζεις το εισιτήριο, το επιστρέφει και γράφει
«Άκυρο». Σήμερα στις 6 το απόγευμα περιμέναμε πέντε αυτοκίνητα μέχρι να
έρθει ο υπάλληλος να ανοίξει με το χέρι.

Μιχάλης Σαββίδης"""),
("el", "b165-el-kolona-xtypimeni-kalodia", "Ευάγγελος Πετρίδης <evangelos.petridis@example.gr>", "Κολώνα στη Λεωφόρο Δημοκρατίας", "technical", "high",
"""Καλημέρα σας,

Χθες το βράδυ ένα αυτοκίνητο χτύπησε την κολώνα φωτισμού στη Λεωφόρο
Δημοκρατίας, ύψος αριθμού 64, απέναντι από τη στάση του λεωφορείου. Η
κολώνα γέρνει πάνω από το πεζοδρόμιο και στη βάση της έχει σπάσει το
καπάκι, φαίνονται τα καλώδια. Η λάμπα από πάνω είναι ακόμα αναμμένη,
άρα έχει ρεύμα.

Από το πρωί περνάνε από δίπλα παιδιά για το σχολείο. Παρακαλώ να
έρθει συνεργείο.

Ευάγγελος Πετρίδης"""),
("el", "b165-el-gl-deya-nero-paralia", "Giannis Mpalaskas <giannis.mpalaskas@example.gr>", "paralia", "technical", "high",
"""Kalhmera,
apo tis 7 to prwi den exei nero se olo to kommati ths paralias apo to
limenarxeio mexri to Kampo. Oi tabernes den mporoun na magepsoun oute na
plynoun piata, to kafe mou ekleise prin to meshmeri, ta dwmatia exoun
pelates xwris ntous kai oi toualetes sto kiosko einai kleistes.
Sto thlefwno ths DEYA leei mono "gnwsth blabh" xwris wra.
Poso 8a kratisei? Exoume Augousto, einai oloi gemates oi epixeirhseis.
Giannis Balaskas"""),
("el", "b165-el-kapi-klimatismos-kafsonas", "Θεοδωρα Μανου <theodora.manou@example.gr>", "ΚΑΠΗ Νεαπολης", "technical", "high",
"""Καλημερα σας,

Στο ΚΑΠΗ της Νεαπολης ο κλιματισμος ειναι χαλασμενος απο την Πεμπτη.
Σημερα εχει 41 βαθμους και μεσα η αιθουσα ειναι πιο ζεστη απο εξω. Τα
μελη μας ειναι ολοι ανω των 70, πολλοι με καρδιακα, και ερχονται
ακριβως επειδη δεν εχουν κλιματιστικο σπιτι τους. Μια κυρια χθες
ζαλιστηκε.

Η τεχνικη υπηρεσια μας ειπε "την αλλη εβδομαδα". Παρακαλουμε να ερθει
τεχνικος σημερα.

Θεοδωρα Μανου
Κοινωνικη λειτουργος ΚΑΠΗ"""),
("el", "b165-el-fanari-diastavrosi-svisto", "Κωνσταντίνος Ράπτης <k.raptis@example.gr>", "Φανάρι Εθνικής Αντιστάσεως / Καραϊσκάκη", "technical", "high",
"""Καλησπέρα,

Τα φανάρια στη διασταύρωση Εθνικής Αντιστάσεως και Καραϊσκάκη είναι
σβηστά από το μεσημέρι, όλα, και για τα αυτοκίνητα και για τους πεζούς.
Είναι η διασταύρωση μπροστά στο 3ο Γυμνάσιο και έχει πολλή κίνηση.
Τα αυτοκίνητα περνάνε όπως να 'ναι και οι μαθητές δεν ξέρουν πότε να
περάσουν. Δεν είδα κανέναν τροχονόμο.

Κ. Ράπτης"""),
# general
("el", "b165-el-efxaristo-kathariotita-kakokairia", "Ροδάνθη Μιχαηλίδου <rodanthi.m@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Θέλω να πω ένα μεγάλο ευχαριστώ στα συνεργεία της καθαριότητας που
δούλευαν όλη την Κυριακή μετά την κακοκαιρία στη γειτονιά μας. Μάζεψαν
τα κλαδιά, τα λασπόνερα και τους πεσμένους κάδους μέσα σε μία μέρα,
ενώ έβρεχε ακόμα. Ιδιαίτερα ο κύριος με το κόκκινο σκουφάκι βοήθησε
την ηλικιωμένη γειτόνισσά μας να βγάλει τα νερά από την αυλή.

Να είστε καλά.
Ροδάνθη Μιχαηλίδου, Καλαμαριά"""),
("el", "b165-el-gl-orario-kep-savvato", "Kostas <kostas.g@example.gr>", "KEP", "general", "",
"""kalhmera, to KEP sthn plateia einai anoixto Sabbato prwi? an nai
mexri ti wra? euxaristw"""),
("el", "b165-el-laxanokipoi-lista-anamonis", "Αννα Χατζη <anna.chatzi@example.gr>", "Λαχανοκηποι", "general", "",
"""Καλησπερα σας,

Εκανα αιτηση για δημοτικο λαχανοκηπο τον Φεβρουαριο του 2023 (αρ. πρωτ.
2217) και ακομα δεν εχω νεα. Μπορειτε να μου πειτε σε ποια θεση ειμαι
στη λιστα αναμονης; Θα δεχομουν και μικροτερο κομματι η κοινο με αλλον,
αν ετσι γινεται πιο γρηγορα.

Ευχαριστω,
Αννα Χατζη"""),
("el", "b165-el-enstasi-polykatoikia-pos", "Λεωνίδας Φραγκιαδάκης <leonidas.fr@example.gr>", "Πολυκατοικία στην οδό Ίμβρου", "general", "",
"""Καλημέρα,

Είδα ανάρτηση ότι εκδόθηκε άδεια για πενταώροφη πολυκατοικία στο
οικόπεδο δίπλα στο σπίτι μου, στην οδό Ίμβρου 7. Θεωρώ ότι ξεπερνά το
ύψος που επιτρέπεται στην περιοχή. Πώς μπορώ να κάνω ένσταση; Πρέπει να
την καταθέσω στην Πολεοδομία ή κάπου αλλού, και μέσα σε πόσες μέρες από
την ανάρτηση; Χρειάζομαι μηχανικό;

Λεωνίδας Φραγκιαδάκης"""),
("el", "b165-el-gl-tsanta-gymnastirio", "Maria Kyriakou <maria.kyriakou@example.gr>", "Xamenh tsanta", "general", "",
"""Geia sas,
o gios mou ksexase thn Tetarth to apogeuma mia mple athlhtikh tsanta
Adidas sta apodythria tou dhmotikou gymnasthriou meta thn proponhsh
mpasket. Mesa eixe papoutsia kai mia mplouza me to onoma "Petros" sto
lasti. Mhpws thn brhke kapoios?
Maria"""),
("el", "b165-el-allagi-kinitou-sms", "Ηλίας Βογιατζής <ilias.vogiatzis@example.gr>", "Αλλαγή στοιχείων επικοινωνίας", "general", "",
"""Καλημέρα,

Άλλαξα αριθμό κινητού. Παρακαλώ να ενημερωθεί το προφίλ μου ώστε να
λαμβάνω εκεί τα SMS του δήμου για τις διακοπές νερού και την
αποκομιδή ογκωδών.

Παλιό: 6977 000 341
Νέο: 6988 000 512

Ηλίας Βογιατζής, Γαλήνης 9"""),
("el", "b165-el-gdpr-prosvasi-dedomena", "Σπυρος Αναστασιου <spyros.anastasiou@example.gr>", "Αιτημα προσβασης σε δεδομενα", "general", "",
"""Προς τον Υπευθυνο Προστασιας Δεδομενων του Δημου,

Συμφωνα με το αρθρο 15 του ΓΚΠΔ, ζητω αντιγραφο ολων των προσωπικων
δεδομενων μου που τηρει ο Δημος, ιδιως οσων σχετιζονται με την αιτηση
μου για το προγραμμα «Βοηθεια στο Σπιτι» και τυχον σημειωσεις των
κοινωνικων λειτουργων.

Ονοματεπωνυμο: Σπυριδων Αναστασιου
ΑΔΤ: ΑΚ 123456
Διευθυνση: Ανδρεα Παπανδρεου 31

Προτιμω την αποστολη με email.

Σπυρος Αναστασιου"""),
("el", "b165-el-therino-sinema-programma", "Αλεξάνδρα Γούναρη <alexandra.gounari@example.gr>", "Θερινό σινεμά στο άλσος", "general", "",
"""Γεια σας! Φέτος θα γίνουν πάλι οι δωρεάν προβολές στο άλσος τα
βράδια της Τετάρτης; Πού μπορώ να δω το πρόγραμμα, και χρειάζεται να
κλείσουμε θέσεις από πριν ή απλώς πηγαίνουμε; Θα έρθουμε με δύο
μικρά παιδιά.
Αλεξάνδρα"""),
("el", "b165-el-gl-xorigia-karnavali", "Fournos Anatoli <fournos.anatoli@example.gr>", "xorhgia karnavali", "general", "",
"""Kalhmera sas,
eimaste o fournos "Anatolh" sthn odo Kolokotrwnh. 8a 8elame na
xorhghsoume kati sto paidiko karnabali tou dhmou fetos, p.x. koulouria
kai xymous gia ta paidia sto telos ths parelashs. Me poion prepei na
milhsoume kai mexri pote?
Me ektimhsh
Thanos Ioannidis"""),
("el", "b165-el-kadoi-den-adeiasan", "Αντωνης Λυκος <antonis.lykos@example.gr>", "ΕΠΕΙΓΟΝ - καδοι", "general", "",
"""Καλημερα,
οι δυο πρασινοι καδοι στη γωνια Σολωμου και Κοραη δεν εχουν αδειασει
απο την Παρασκευη. Εχουν ξεχειλισει, οι σακουλες ειναι κατω και μας
εχει πνιξει η μποχα με τη ζεστη. Ποτε θα περασει το απορριμματοφορο;
Αντωνης Λυκος"""),
("el", "b165-el-gl-syringes-paidiki-xara", "Eleni Tsiara <eleni.tsiara@example.gr>", "paidikh xara Agiou Nikolaou", "general", "high",
"""Kalhmera,
sthn paidikh xara dipla sthn ekklhsia tou Agiou Nikolaou brhka shmera
to prwi 3 syrigges me belones, mia mesa sthn ammo kai dyo kata sto
pagkaki dipla stis kounies. Tis mazepsa me ena mpoukali kai tis petaksa,
alla mporei na yparxoun kai alles. Erxontai polla mwra ekei kathe mera.
Mporei na erthei kapoios na to elegksei kai na ka8arisei thn ammo?
Elenh"""),
("el", "b165-el-agenis-ypallilos-dimarxos", "Ευτυχία Μπακάλη <eftychia.bakali@example.gr>", "Συμπεριφορά υπαλλήλου στο Δημαρχείο", "general", "high",
"""Κύριοι,

Την Τρίτη 11/11 στις 10:30 επισκέφθηκα το ισόγειο του Δημαρχείου για
να καταθέσω αίτηση. Ο υπάλληλος στο γκισέ 3 μου μίλησε με ειρωνεία,
σχολίασε τη γλώσσα μου επειδή δεν είμαι Ελληνίδα και μου πέταξε πίσω τα
χαρτιά μου μπροστά σε άλλους πολίτες.

Δεν ζητώ συγγνώμη από τον ίδιο. Ζητώ το θέμα να φτάσει στον Γενικό
Γραμματέα ή στον Δήμαρχο και να οριστεί συνάντηση με τον προϊστάμενο
της υπηρεσίας.

Ευτυχία Μπακάλη
6947 000 658"""),
("el", "b165-el-kladi-nipiagogeio", "Στελιος Γιαννακακης <stelios.giannakakis@example.gr>", "Κλαδι πανω απο νηπιαγωγειο", "general", "high",
"""Καλησπερα σας,

Στο 5ο Νηπιαγωγειο, ενα μεγαλο ξερο κλαδι απο το πευκο του πεζοδρομιου
εχει σπασει και κρεμεται πανω απο την εισοδο, πιασμενο μονο απο λιγο
φλοιο. Με τον αερα κουνιεται. Απο κατω περνανε καθε πρωι γονεις με
καροτσια και τα παιδακια.

Ο διευθυντης εβαλε μια κορδελα, αλλα χρειαζεται να κοπει. Ευχαριστω.

Στελιος Γιαννακακης"""),
# ---------------- Spanish ----------------
("es", "b165-es-ibi-cobrado-dos-veces", "Montserrat Vidal <montse.vidal@example.es>", "Recibo del IBI", "billing", "",
"""Buenos días:

Tengo domiciliado el IBI de mi piso de la calle Mayor, 18, 3.º B, y este
mes el banco me ha cargado dos recibos iguales de 412,36 €, uno el día 1
y otro el día 5, los dos con el mismo número de referencia. Les adjunto
el extracto.

Les agradecería que me devolvieran el importe duplicado lo antes posible.

Un saludo,
Montserrat Vidal"""),
("es", "b165-es-mx-predial-descuento-enero", "Arturo Galindo <arturo.galindo@example.com.mx>", "Descuento del predial", "billing", "",
"""Buenas tardes,

Pague el predial de mi casa en linea el 28 de enero, por $4,850 pesos.
Segun la convocatoria en enero se aplicaba un descuento del 8% por pago
anticipado de todo el año, pero en el recibo no aparece ningun
descuento. Cuenta predial 031-112-07-004.

Me pueden decir como se reclama la diferencia (unos $388) o si me lo
toman a cuenta del proximo año?

Saludos,
Arturo Galindo"""),
("es", "b165-es-ar-vendi-depto-tgi", "Mariela Ferreyra <mariela.ferreyra@example.com.ar>", "TGI departamento vendido", "billing", "",
"""Hola, buenas.

Vendí el departamento de calle Italia 1450 en agosto (escritura del
12/08) y me siguen llegando a mí las boletas de la tasa general de
inmuebles, ya van septiembre y octubre. No las pienso pagar porque el
depto ya no es mío. ¿Qué tengo que mandarles para que pasen la cuenta al
nuevo dueño? Tengo la escritura escaneada.

Gracias,
Mariela"""),
("es", "b165-es-tasa-basuras-madre-residencia", "Jesús Ortega <jesus.ortega@example.es>", "Tasa de basuras piso de mi madre", "billing", "",
"""Buenas,

Mi madre, Carmen Ruiz, ha entrado en una residencia en marzo y su piso
de la avenida de la Constitución 27 está cerrado, sin nadie viviendo, y
con el agua dada de baja. ¿Se puede pedir alguna reducción o la baja de
la tasa de basuras mientras esté así? No sé si hay que presentar algún
papel de la residencia.

Muchas gracias,
Jesús Ortega"""),
("es", "b165-es-cl-biblioteca-multa-buzon", "Camila Soto <camila.soto@example.cl>", "multa biblioteca", "billing", "",
"""Hola, tengo una multa de $3.500 en mi cuenta de la biblioteca municipal
por atraso de 7 días de "Hijo de ladrón". Lo dejé en el buzón de
devolución el domingo, dos días antes del vencimiento, así que no
corresponde. ¿Me la pueden quitar? RUT 17.234.567-8.
Camila"""),
("es", "b165-es-tarjeta-residente-bizum", "Pablo Iglesias Roca <pablo.iglesias.roca@example.es>", "Distintivo de residente", "billing", "",
"""Hola:

Me he mudado a la zona verde del barrio de Salamanca y quiero sacar el
distintivo de residente para el coche. ¿Cuánto cuesta al año para un
coche con etiqueta C? ¿Se puede pagar con Bizum o solo con tarjeta en la
sede electrónica?

Gracias,
Pablo"""),
("es", "b165-es-huerto-me-voy-al-pueblo", "Amparo Sanchis <amparo.sanchis@example.es>", "Huerto 31", "billing", "",
"""Buenos días,

Soy Amparo, la del huerto 31 del parque de la Rambleta. Me vuelvo al
pueblo con mi hermana a primeros de mes y ya no voy a poder venir a
cuidarlo, así que lo dejo para que se lo den a otra persona. Pagué los
30 euros de la cuota en enero. ¿Me devuelven la parte del año que queda
o no se devuelve nada? Si no, no pasa nada, pero por preguntar.

Dejaré las herramientas en la caseta.

Un abrazo,
Amparo"""),
("es", "b165-es-abono-piscina-reposo-embarazo", "Lucía Navarro <lucia.navarro@example.es>", "Abono polideportivo", "billing", "",
"""Hola,

Tengo el abono mensual de la piscina municipal (42 € al mes, cargo en
cuenta). La ginecóloga me ha mandado reposo hasta que nazca la niña, así
que no voy a poder ir en bastantes meses. ¿Puedo congelar el abono sin
perder la antigüedad, para no pagar mientras tanto? Y si no se puede
congelar, ¿cómo lo doy de baja?

Lucía Navarro, abonada 2294"""),
("es", "b165-es-co-predial-cuotas", "Andrés Felipe Rojas <andresf.rojas@example.com.co>", "Consulta", "billing", "",
"""Buenas tardes,

Quisiera saber si puedo pagar el impuesto predial de este año por cuotas
y no de contado. El valor es de $1.870.000 y este año se me complica
pagarlo todo de una. ¿Hasta qué fecha me puedo inscribir al pago por
cuotas y si tiene algún costo adicional?

Muchas gracias,
Andrés Felipe Rojas
CHIP AAA0123BCDE"""),
("es", "b165-es-re-apremio-multa-pagada", "Ignacio Lozano <ignacio.lozano@example.es>", "RE: Notificación de providencia de apremio - Exp. 2025/018844", "billing", "",
"""Buenos días,

Esa multa la pagué dentro de plazo con el 50 % de descuento, 45 €, el
3 de junio, con la carta de pago que venía en la notificación. Adjunto
el justificante del banco. No entiendo por qué ahora me reclaman 108 €
con el recargo. Les ruego que anulen la providencia.

Ignacio Lozano

-----Mensaje original-----
De: Recaudación Municipal
Asunto: Notificación de providencia de apremio - Exp. 2025/018844
Se le notifica que, no habiendo satisfecho en periodo voluntario la
sanción de tráfico indicada, se inicia el periodo ejecutivo con un
recargo del 20 %. Importe a ingresar: 108,00 €."""),
("es", "b165-es-pe-arbitrios-cochera-vendida", "Rosa Huamán <rosa.huaman@example.pe>", "Arbitrios", "billing", "",
"""Señores de la Municipalidad:

Me estan cobrando arbitrios de limpieza publica y serenazgo por una
cochera en la calle Los Pinos que vendi el año pasado, ya esta inscrita
a nombre del comprador en Registros Publicos. Son S/ 96 por trimestre.
Les pido que me den de baja como contribuyente de ese predio y que me
devuelvan lo que pague este año.

Atentamente,
Rosa Huamán"""),
("es", "b165-es-embargo-ora-defensor-pueblo", "Fernando Bermejo <fernando.bermejo@example.es>", "Embargo en mi cuenta por una multa PAGADA", "billing", "high",
"""Señores:

Hoy me han embargado 96,00 € de mi cuenta corriente por una denuncia de
la ORA de febrero que pagué en su día (adjunto justificante del 21 de
febrero, 48 €). Llevo dos escritos presentados por registro sin
respuesta.

Exijo la devolución inmediata del importe embargado. Si en diez días no
se resuelve, presentaré queja ante el Defensor del Pueblo y pondré el
asunto en manos de mi abogado.

Fernando Bermejo Sanz
DNI 12345678Z"""),
("es", "b165-es-mx-cobro-doble-agua-contracargo", "Gabriela Cárdenas <gaby.cardenas@example.com.mx>", "cobro doble!!", "billing", "high",
"""Buen dia

Pague el recibo del agua del bimestre en el portal del municipio,
$1,236.00, y en mi estado de cuenta aparece DOS veces. Ya les escribi
el lunes y nadie contesta, el telefono suena ocupado todo el dia. Si no
me regresan el segundo cargo esta semana voy a pedir el contracargo al
banco.

Gabriela Cárdenas
Contrato 2210-0457"""),
("es", "b165-es-ar-jubilada-exenta-superior", "Norma Pereyra <norma.pereyra@example.com.ar>", "Exención de jubilados - cuarta vez", "billing", "high",
"""Señores de la Municipalidad:

Soy jubilada con la mínima y tengo aprobada la exención de la tasa de
alumbrado, barrido y limpieza desde el 2022 (resolución que adjunto otra
vez). Desde julio me la vuelven a cobrar, $18.400 por mes, y ya fui
cuatro veces a la ventanilla. Cada vez me atiende alguien distinto que
me dice que "ya está cargado".

No quiero volver a explicarle a otro empleado. Quiero que me atienda el
director de Rentas o alguien que pueda decidir, y que me devuelvan lo
cobrado.

Norma Pereyra
Partida 044-118-3"""),
# technical
("es", "b165-es-farola-fundida-san-isidro", "Raúl Domínguez <raul.dominguez@example.es>", "Farola fundida", "technical", "",
"""Buenas tardes,

La farola que está frente al portal 9 de la calle San Isidro (tiene el
número 14-233 pintado) lleva apagada unas dos semanas. Las demás de la
calle funcionan bien.

Saludos,
Raúl"""),
("es", "b165-es-ar-luz-prendida-dia", "Hector Medina <hector.medina@example.com.ar>", "luz prendida", "technical", "",
"""buenas, el foco del poste de la esquina de Belgrano y Sarmiento esta
prendido dia y noche desde hace como diez dias. debe ser la fotocelula.
saludos"""),
("es", "b165-es-sede-certificado-padron-no-pago", "Beatriz Calvo <beatriz.calvo@example.es>", "Certificado de empadronamiento", "technical", "",
"""Buenos días:

No es un tema de pagos, el certificado es gratuito. El problema es que
en la sede electrónica, al pedir el volante de empadronamiento con
Cl@ve PIN, después de identificarme vuelve a la página de inicio y no
pasa de ahí. Lo he probado con Chrome y con Firefox, borrando cookies.
Con el certificado digital de la FNMT me da "Error de autenticación".

Lo necesito para la matrícula del colegio de mi hijo.

Beatriz Calvo"""),
("es", "b165-es-mx-app-parquimetro-no-reembolso", "Diego Salinas <diego.salinas@example.com.mx>", "App de parquimetros", "technical", "",
"""Hola.

No quiero que me regresen nada, son 14 pesos. Lo que quiero es que la
app funcione: pago el parquimetro con la app, me sale "Pago exitoso",
pero en la pantalla de "Mis estacionamientos" no aparece nada activo, y
el agente me dijo que en su terminal tampoco. Ya me paso dos veces en
la colonia Roma. Tengo un Motorola con Android 13.

Diego"""),
("es", "b165-es-ebiblio-no-abre-libro", "Francisca Moreno <francisca.moreno@example.es>", "Los libros del móvil", "technical", "",
"""Buenos días,

Soy socia de la biblioteca municipal desde hace muchos años. Mi nieto
me instaló la aplicación para leer libros prestados en la tableta y
hasta ahora iba bien. Ahora saco el libro, pone que se ha descargado,
pero cuando lo abro se queda la pantalla en blanco con una rueda dando
vueltas. He apagado y encendido la tableta.

¿Me pueden decir qué hago? Gracias y perdonen las molestias.

Francisca Moreno"""),
("es", "b165-es-cl-permiso-circulacion-error", "Matías Fuentes <matias.fuentes@example.cl>", "Hola", "technical", "",
"""Hola, estoy tratando de pagar el permiso de circulación en el portal
de la muni y cuando pongo los datos de la tarjeta sale "Error 500" y me
devuelve al inicio. No me ha cobrado nada, revisé la cuenta. Ya lo
intenté ayer y hoy, desde el computador y el celular. Vence el 31.
Matías Fuentes"""),
("es", "b165-es-punto-recarga-parking", "Óscar Villalba <oscar.villalba@example.es>", "Punto de recarga del aparcamiento de la plaza", "technical", "",
"""Hola,

El punto de recarga municipal del aparcamiento de la plaza de Santa Ana
no carga. Conecto el cable, paso la tarjeta y la luz se pone verde un
segundo y luego roja. Lo he probado en las dos tomas y con otro coche
de un vecino, igual. Lleva así desde el lunes.

Óscar Villalba"""),
("es", "b165-es-cita-previa-calendario", "Nerea Aguirre <nerea.aguirre@example.es>", "cita previa", "technical", "",
"""Kaixo, egunon. Intento pedir cita previa en el ayuntamiento para el
registro y el calendario no carga, se queda en "Cargando
disponibilidad..." para siempre. Da igual el trámite que elija. Probado
desde casa y desde el trabajo.

Nerea Aguirre"""),
("es", "b165-es-co-wifi-parque-no-conecta", "Valentina Ospina <valentina.ospina@example.com.co>", "WiFi del parque", "technical", "",
"""Buenas, la zona WiFi gratis del parque principal del barrio La
Floresta no conecta desde hace como una semana. Aparece la red pero al
conectarse dice "sin internet" y nunca abre la página de registro. Los
muchachos del colegio la usan para hacer tareas. Gracias.
Valentina"""),
("es", "b165-es-farola-cables-parque-infantil", "Consuelo Herrera <consuelo.herrera@example.es>", "Farola del parque de los Almendros", "technical", "high",
"""Buenas tardes:

Quería avisarles de que la farola que está justo al lado de la entrada
del parque infantil de los Almendros tiene la puertecilla de abajo
arrancada y se ven los cables, algunos con el plástico pelado. Está a
la altura de un niño pequeño y hay críos jugando alrededor toda la
tarde.

He puesto una silla de la terraza del bar delante para que no se
acerquen, pero convendría que viniera alguien hoy.

Un saludo,
Consuelo Herrera"""),
("es", "b165-es-mercado-camaras-sin-luz", "Asociación de Comerciantes del Mercado <comerciantes@mercadocentral.example>", "Mercado Central", "technical", "high",
"""Buenos días,

Desde las seis de la mañana no hay corriente en la nave de pescados y
carnes del Mercado Central. Las cámaras frigoríficas de los puestos
están paradas y los pescaderos han tenido que meter el género en hielo,
los datáfonos no funcionan y los clientes se van porque la nave está a
oscuras. En la nave de frutas sí hay luz.

El conserje del mercado ha llamado al mantenimiento municipal pero
nadie ha venido. Necesitamos un electricista ya.

Manuel Ortiz
Presidente de la Asociación de Comerciantes"""),
("es", "b165-es-ar-barrio-sin-alumbrado", "Silvina Acosta <silvina.acosta@example.com.ar>", "Barrio Las Flores a oscuras", "technical", "high",
"""Hola, les escribo por la comisión vecinal del barrio Las Flores.

Hace cuatro noches que no anda ninguna luz de la calle en todo el
barrio: Jazmines, Azucenas, Margaritas y la costanera, son más de 15
cuadras. A las 8 de la noche ya es boca de lobo. Hay chicos que vuelven
caminando del secundario nocturno, mucha gente grande, y el martes le
robaron la bici a un pibe en la esquina de Azucenas.

Creemos que es algo del transformador porque se cortó todo junto.
Por favor manden a alguien.

Silvina Acosta"""),
("es", "b165-es-olor-gas-centro-mayores", "Tomás Prieto <tomas.prieto@example.es>", "Centro de mayores de la calle Ancha", "technical", "high",
"""Buenos días,

Soy voluntario en el centro municipal de mayores de la calle Ancha. Esta
mañana al abrir había un olor a gas bastante claro en el cuarto de la
caldera y en el pasillo que da a él. Hemos abierto las ventanas, no
hemos encendido nada y hemos sacado a los usuarios al patio, unos
treinta, casi todos mayores de 80.

La caldera la revisa una empresa del ayuntamiento y no tenemos su
teléfono. ¿Pueden avisarles para que vengan cuanto antes?

Tomás Prieto
600 000 318"""),
# general
("es", "b165-es-gracias-bibliotecaria-padre", "Elena Rubio <elena.rubio@example.es>", "Agradecimiento", "general", "",
"""Hola,

Solo quería dar las gracias a Maribel, de la biblioteca de la plaza.
Mi padre tiene 81 años y se hizo un lío con la cita del médico en el
móvil; ella se sentó con él casi media hora, con toda la paciencia del
mundo, y le dejó apuntados los pasos en un papel. Él no para de
contarlo. Gente así hace falta.

Elena Rubio"""),
("es", "b165-es-mx-basura-dias-festivos", "Jorge Luis Peña <jorgeluis.pena@example.com.mx>", "recoleccion", "general", "",
"""que tal, en la colonia Jardines del Valle pasa el camion de la basura
martes y viernes. el 16 de septiembre cae martes, va a pasar o se
recorre al otro dia? gracias"""),
("es", "b165-es-huertos-lista-espera", "Miguel Ángel Sáez <miguelangel.saez@example.es>", "Lista de espera huertos urbanos", "general", "",
"""Buenas tardes:

Me apunté a la lista de espera de los huertos urbanos del parque del
Río en septiembre de 2022 y no he vuelto a saber nada. ¿Podrían
decirme en qué puesto estoy más o menos? Si en otro huerto de la ciudad
hay menos espera, no me importaría cambiar.

Gracias,
Miguel Ángel Sáez"""),
("es", "b165-es-alegaciones-terraza-bar-plazo", "Remedios Gil <remedios.gil@example.es>", "Licencia de terraza en la plaza del Carmen", "general", "",
"""Buenas,

Hay un cartel en el bar de debajo de mi casa que dice que han pedido
licencia para ampliar la terraza a toda la plaza del Carmen. Los
vecinos queremos presentar alegaciones por el ruido. ¿Dónde se
presentan, hasta cuándo hay plazo y se puede presentar un escrito
firmado por varios vecinos a la vez?

Remedios Gil"""),
("es", "b165-es-ar-campera-polideportivo", "Lautaro Giménez <lautaro.gimenez@example.com.ar>", "campera olvidada", "general", "",
"""Hola! El sábado me olvidé una campera negra North Face en el vestuario
del polideportivo municipal después del partido de fútbol 5. Tiene unas
llaves en el bolsillo. ¿Alguien la encontró? Paso a buscarla cuando me
digan.
Lautaro"""),
("es", "b165-es-cambio-email-notificaciones", "Carmen Zurita <carmen.zurita@example.es>", "Cambio de correo", "general", "",
"""Buenos días, he cambiado de correo electrónico. Por favor, a partir de
ahora envíenme los avisos del ayuntamiento (cortes de calle, obras,
etc.) a carmen.zurita.l@example.es en vez de a este. Mi DNI es
87654321X. Gracias.
Carmen Zurita"""),
("es", "b165-es-cl-datos-personales-camaras", "Ignacio Bravo <ignacio.bravo@example.cl>", "Solicitud de acceso a datos personales", "general", "",
"""Señores Municipalidad de Ñuñoa:

En virtud de la Ley N.º 19.628, solicito que se me informe qué datos
personales míos mantiene la municipalidad, con qué finalidad y a
quiénes se han comunicado, en particular en relación con mi patente
comercial y las inspecciones realizadas a mi local en 2024.

Nombre: Ignacio Bravo Lagos
RUT: 12.345.678-5
Correo para respuesta: este mismo.

Atentamente,
Ignacio Bravo"""),
("es", "b165-es-mercadillo-navidad-puesto", "Aitana Ferrer <aitana.ferrer@example.es>", "Mercadillo de Navidad", "general", "",
"""¡Hola! Hago velas artesanales y me gustaría tener un puesto en el
mercadillo de Navidad de la plaza Mayor este año. ¿Cuándo se abre la
inscripción, qué requisitos piden y cómo se eligen los puestos?

Gracias,
Aitana"""),
("es", "b165-es-mx-patrocinio-torneo-infantil", "Ferretería El Tornillo <contacto@eltornillo.example.mx>", "Patrocinio torneo", "general", "",
"""Buenas tardes,

Somos una ferretería de la colonia Centro y nos gustaría patrocinar el
torneo infantil de fútbol que organiza el DIF municipal en diciembre,
con uniformes o con los trofeos. ¿Con quién tenemos que hablar y qué
necesitan de nosotros?

Saludos cordiales,
Ricardo Treviño
Ferretería El Tornillo"""),
("es", "b165-es-conductor-camion-bocinazos", "Pilar Esteban <pilar.esteban@example.es>", "Conductor del camión de la basura", "general", "",
"""Buenas,

Quería comentar que el conductor del camión de recogida que pasa por la
calle Hortaleza sobre las once de la noche se pasa todo el recorrido
tocando el claxon a los coches mal aparcados, aunque no estorben, y el
otro día le gritó de malas maneras a un vecino mayor que sacaba la
bolsa. No pido nada especial, solo que alguien se lo comente.

Pilar"""),
("es", "b165-es-arqueta-sin-tapa-colegio", "José Manuel Rey <josemanuel.rey@example.es>", "Arqueta sin tapa en la acera del colegio", "general", "high",
"""Buenos días,

En la acera de la calle Olmos, justo delante de la puerta del colegio
público Virgen del Pilar, hay una arqueta a la que le falta la tapa.
Es un agujero de unos 40 x 40 y bastante profundo. Alguien ha metido
una rama dentro para que se vea, pero por las mañanas pasan cientos de
niños y padres con carritos por ahí.

Les ruego que lo tapen o lo valen hoy mismo.

José Manuel Rey"""),
("es", "b165-es-mx-basura-director-servicios", "Lorena Villaseñor <lorena.villasenor@example.com.mx>", "Tres semanas sin recolección", "general", "high",
"""Buenas tardes:

En la calle Pino Suárez de la colonia Las Águilas el camión de la
basura no ha pasado en tres semanas. Hemos reportado al 072 cuatro
veces, tenemos los folios, y cada vez nos dicen que "ya está
programado". Hay bolsas amontonadas en las esquinas.

Ya no queremos hablar con el conmutador. Solicito que el caso lo vea
directamente el director de Servicios Públicos Municipales y que nos dé
una fecha concreta.

Lorena Villaseñor
Representante de vecinos"""),
("es", "b165-es-alegacion-licencia-contencioso", "Comunidad de Propietarios Sorolla 12 <cp.sorolla12@example.es>", "Exp. 2025/URB/00412 - alegaciones", "general", "high",
"""Al Servicio de Urbanismo:

La comunidad de propietarios de la calle Sorolla 12 presentó el 4 de
septiembre alegaciones contra la licencia de obra solicitada para el
solar colindante (exp. 2025/URB/00412), por la altura del edificio
proyectado y la pérdida de luz de las viviendas del patio.

No hemos recibido respuesta alguna. Les comunicamos que, si la licencia
se concede sin contestar a nuestras alegaciones, la comunidad ya ha
encargado a su abogado la interposición del correspondiente recurso
contencioso-administrativo.

Atentamente,
Vicente Llorens, presidente"""),
# ---------------- Polish ----------------
("pl", "b165-pl-podatek-rata-dwa-razy", "Bożena Wróblewska <bozena.wroblewska@example.pl>", "Nadpłata podatku od nieruchomości", "billing", "",
"""Dzień dobry,

drugą ratę podatku od nieruchomości (284,00 zł) zapłaciłam przelewem
14 maja, a mąż, nie wiedząc o tym, zapłacił ją jeszcze raz 15 maja.
Na koncie podatkowym mamy więc nadpłatę 284,00 zł. Proszę o zwrot na
nasz rachunek 12 3456 7890 0000 1111 2222 3333 albo o zaliczenie na
trzecią ratę, jeśli tak jest prościej.

Nr konta podatkowego: N-10482.

Z poważaniem
Bożena Wróblewska"""),
("pl", "b165-pl-smieci-syn-wyjechal", "Krzysztof Nowak <krzysztof.nowak@example.pl>", "deklaracja smieciowa", "billing", "",
"""Dzien dobry,
od pazdziernika syn studiuje w Poznaniu i tam mieszka, wiec u nas sa juz
tylko 3 osoby, nie 4. Jak mam zmienic deklaracje, zeby oplata za smieci
byla mniejsza? Czy wystarczy ten mail czy trzeba przyjsc do urzedu?
Krzysztof Nowak, ul. Ogrodowa 5"""),
("pl", "b165-pl-oplata-od-psa-burek", "Halina Kaczmarek <halina.kaczmarek@example.pl>", "Opłata od psa", "billing", "",
"""Szanowni Państwo,

nasz pies Burek odszedł w sierpniu, miał już 15 lat. Co roku płaciłam za
niego opłatę od posiadania psa. Proszę o wykreślenie go z ewidencji,
żeby w przyszłym roku nie przyszła już opłata. Czy muszę coś jeszcze
wypełnić?

Halina Kaczmarek
ul. Słoneczna 22, Wieliczka"""),
("pl", "b165-pl-biblioteka-kara-blik", "Agata Lis <agata.lis@example.pl>", "Kara w bibliotece", "billing", "",
"""Hej, na moim koncie czytelnika jest 7,80 zł kary za przetrzymanie.
Córka oddawała książki na moją kartę i trochę się spóźniła, wiem, moja
wina :) Czy mogę zapłacić BLIKiem albo przelewem, czy tylko na miejscu
w wypożyczalni? Karta nr 0049113.
Agata"""),
("pl", "b165-pl-abonament-mieszkanca-sprzedane-auto", "Tomasz Wiśniewski <tomasz.wisniewski@example.pl>", "Abonament mieszkańca - zwrot", "billing", "",
"""Dzień dobry,

w styczniu wykupiłem roczny abonament mieszkańca na strefę płatnego
parkowania (strefa B) dla samochodu WE 4521K. Samochód sprzedałem
30 września i nowego nie mam. Czy przysługuje mi zwrot za pozostałe
miesiące? Jeśli tak, jaki wniosek złożyć?

Pozdrawiam
Tomasz Wiśniewski"""),
("pl", "b165-pl-dzialka-faktura-tesciowa", "Marek Zając <marek.zajac@example.pl>", "Dzierżawa działki nr 117", "billing", "",
"""Dzień dobry,

fakturę za dzierżawę działki nr 117 przy ul. Polnej (186 zł) znowu
wystawiono na teściową, Stanisławę Kowal, która zmarła w lutym. Od
kwietnia działkę dzierżawię ja, umowa była podpisana w wydziale
geodezji. Proszę o wystawienie faktury na mnie, wtedy od razu zapłacę.

Marek Zając"""),
("pl", "b165-pl-restauracja-zamknieta-na-zime", "Smażalnia Pod Latarnią <biuro@podlatarnia.example.pl>", "Odbior odpadow - sezon", "billing", "",
"""Dzien dobry,
prowadzimy smazalnie ryb na ul. Nadmorskiej 3. Od 1 listopada do konca
marca mamy zamkniete, lokal stoi pusty. Czy mozemy na ten czas
zawiesic oplate za odbior odpadow z nieruchomosci niezamieszkalej? W
zeszlym roku placilismy cala zime za puste pojemniki.
Pozdrawiamy
Ewa i Robert Kania"""),
("pl", "b165-pl-re-upomnienie-zly-rachunek", "Jolanta Pawlak <jolanta.pawlak@example.pl>", "Re: Upomnienie nr 2025/UP/3381", "billing", "",
"""Dzień dobry,

opłatę za śmieci płacę co miesiąc, 93 zł, regularnie od lat. Teraz
widzę, że od lipca przelewy szły na stary numer konta, bo nikt mnie
nie poinformował, że każdy ma teraz indywidualny rachunek. Pieniądze
do Państwa doszły, mam potwierdzenia. Proszę o przeksięgowanie wpłat
i anulowanie kosztów upomnienia 16 zł.

Jolanta Pawlak

> Wzywa się do zapłaty zaległości z tytułu opłaty za gospodarowanie
> odpadami komunalnymi w kwocie 279,00 zł wraz z kosztami upomnienia
> w wysokości 16,00 zł, w terminie 7 dni od doręczenia upomnienia."""),
("pl", "b165-pl-pytanie-raty-podatek", "Zdzisław Gajewski <zdzislaw.gajewski@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry. Mam decyzje na podatek od nieruchomosci i rolny, razem
1 940 zl. Jestem na emeryturze i w tym roku mialem duze wydatki na
leczenie. Czy moge prosic o rozlozenie na wiecej rat niz cztery albo
odroczenie? Jak to zalatwic?
Z powazaniem
Zdzislaw Gajewski, Bralin"""),
("pl", "b165-pl-karta-duzej-rodziny-basen", "Monika Szymańska <monika.szymanska@example.pl>", "Karnet na basen", "billing", "",
"""Dzień dobry,

kupiłam w kasie miejskiego basenu karnet miesięczny dla siebie i trójki
dzieci i zapłaciłam 120 zł, pełną cenę. Pokazywałam Kartę Dużej
Rodziny, ale pani w kasie powiedziała, że "system nie ma zniżki". Na
stronie MOSiR jest napisane, że z KDR jest 50%. Czy mogę dostać zwrot
różnicy?

Monika Szymańska"""),
("pl", "b165-pl-zajecie-pasa-rusztowanie", "Budmax Sp. z o.o. <biuro@budmax.example.pl>", "Decyzja na zajęcie pasa drogowego", "billing", "",
"""Dzień dobry,

w decyzji na zajęcie pasa drogowego pod rusztowanie przy ul. Długiej 8
naliczono opłatę za 60 dni (4 320 zł), a rusztowanie zostało zdjęte po
38 dniach, co potwierdza protokół odbioru pasa z 12 września. Prosimy
o korektę opłaty i zwrot nadpłaty.

Z poważaniem
Paweł Sikora
Budmax Sp. z o.o."""),
("pl", "b165-pl-zajecie-konta-wsa-rpo", "Ryszard Michalak <ryszard.michalak@example.pl>", "Zajęcie rachunku za zapłacony podatek", "billing", "high",
"""Szanowni Państwo,

dziś bank poinformował mnie o zajęciu rachunku na kwotę 1 212,60 zł
tytułem zaległego podatku od nieruchomości za 2024 r. Podatek ten
zapłaciłem w całości 10 marca 2024 r. (potwierdzenie w załączeniu).
Dwukrotnie pisałem w tej sprawie do Wydziału Podatków i nie dostałem
odpowiedzi.

Żądam niezwłocznego uchylenia zajęcia i zwrotu pobranej kwoty. Jeżeli
sprawa nie zostanie załatwiona w ciągu 7 dni, złożę skargę do
wojewódzkiego sądu administracyjnego i zawiadomię Rzecznika Praw
Obywatelskich.

Ryszard Michalak"""),
("pl", "b165-pl-abonament-trzy-razy-chargeback", "Kamil Wojciechowski <kamil.wojciechowski@example.pl>", "3x pobrana oplata", "billing", "high",
"""Dzien dobry,
przedluzalem abonament mieszkanca przez strone strefy, platnosc karta
sie zawieszala i w koncu z karty zeszlo 3 razy po 30 zl. Abonament
jest jeden. Pisalem w zeszlym tygodniu, zero odpowiedzi. Jak do piatku
nie bedzie zwrotu dwoch platnosci to zglaszam chargeback w banku.
Kamil W."""),
("pl", "b165-pl-smieci-piec-osob-kierownik", "Irena Górecka <irena.gorecka@example.pl>", "Opłata za 5 osób - mieszkam sama!", "billing", "high",
"""Dzień dobry,

od czerwca dostaję naliczenie opłaty za śmieci dla 5 osób, 465 zł
miesięcznie, a mieszkam SAMA od śmierci męża. Deklarację składałam
dwa razy, ostatnio osobiście 3 września (mam pieczątkę na kopii). Za
każdym razem przy telefonie słyszę, że "to się wyjaśni".

Nie będę już rozmawiać z kolejną osobą z infolinii. Proszę, żeby
skontaktował się ze mną kierownik wydziału albo ktoś, kto może to
w końcu poprawić.

Irena Górecka
tel. 600 000 431"""),
# technical
("pl", "b165-pl-latarnia-lipowa-nie-swieci", "Jan Kowalczyk <jan.kowalczyk@example.pl>", "Latarnia ul. Lipowa", "technical", "",
"""Dzień dobry, latarnia przed blokiem przy ul. Lipowej 14 (na słupie
numer L-0231) nie świeci od około dwóch tygodni. Pozostałe na ulicy
działają. Proszę o naprawę.
Jan Kowalczyk"""),
("pl", "b165-pl-latarnie-swieca-w-dzien", "Grazyna Baran <grazyna.baran@example.pl>", "latarnie", "technical", "",
"""Dzien dobry, na ul. Kosciuszki od przystanku do ronda latarnie swieca
caly dzien, juz chyba tydzien. Szkoda pradu, pewnie cos z zegarem.
Pozdrawiam, G. Baran"""),
("pl", "b165-pl-eurzad-profil-zaufany-petla", "Łukasz Mazur <lukasz.mazur@example.pl>", "Logowanie do e-Urzędu", "technical", "",
"""Dzień dobry,

to nie dotyczy żadnej płatności, tylko logowania. Na stronie e-Urzędu
miasta klikam "Zaloguj profilem zaufanym", loguję się przez bank,
potwierdzam i wracam na stronę urzędu... znowu na ekran logowania.
I tak w kółko. Próbowałem na komputerze (Firefox, Edge) i na telefonie.
Chcę złożyć wniosek o kartę mieszkańca.

Łukasz Mazur"""),
("pl", "b165-pl-aplikacja-abonament-niewidoczny", "Piotr Kaczor <piotr.kaczor@example.pl>", "Abonament w aplikacji", "technical", "",
"""Dzień dobry,

nie chcę zwrotu ani odwołania, opłatę dodatkową już zapłaciłem i
sprawa zamknięta. Chodzi o to, żeby to się nie powtórzyło: mój
abonament mieszkańca jest opłacony do grudnia, ale w aplikacji do
parkowania przy numerze rejestracyjnym KR 7H213 pokazuje się "brak
aktywnego uprawnienia", i kontroler widzi to samo. Na stronie strefy
w moim koncie abonament jest aktywny.

Piotr Kaczor"""),
("pl", "b165-pl-biblioteka-prolongata-blad", "Teresa Olszewska <teresa.olszewska@example.pl>", "Przedłużenie książek", "technical", "",
"""Szanowni Państwo,

od kilku dni nie mogę przedłużyć wypożyczonych książek przez katalog
internetowy biblioteki. Po kliknięciu „Prolonguj" pojawia się napis
„Wystąpił błąd. Spróbuj ponownie później", a termin zwrotu się nie
zmienia. Wcześniej zawsze działało. Mam 76 lat i trudno mi dojechać do
filii, więc bardzo proszę o pomoc.

Teresa Olszewska
karta 0012887"""),
("pl", "b165-pl-harmonogram-aplikacja-pusta", "Wojtek Krawczyk <wojtek.krawczyk@example.pl>", "harmonogram odbioru w apce", "technical", "",
"""Czesc, po ostatniej aktualizacji aplikacja z harmonogramem odbioru
odpadow pokazuje pusty kalendarz dla mojego adresu (ul. Jesionowa 3,
Luban). Wybieram ulice od nowa, wylogowywalem sie, nic. Na stronie
gminy harmonogram jest, w apce nie ma.
Wojtek"""),
("pl", "b165-pl-parkomat-nie-przyjmuje-kart", "Anna Jabłońska <anna.jablonska@example.pl>", "Dzień dobry", "technical", "",
"""Dzień dobry,

parkomat na ul. Rynek 12, przy aptece, od kilku dni nie przyjmuje kart
ani płatności telefonem, wyświetla tylko „Płatność odrzucona". Monet
też nie bierze, wypluwa je. Żadnych pieniędzy mi nie pobrał, ale
ludzie odchodzą nie płacąc, bo nie ma jak.

Anna Jabłońska"""),
("pl", "b165-pl-rower-miejski-stacja", "Michał Dudek <michal.dudek@example.pl>", "Stacja roweru miejskiego przy dworcu", "technical", "",
"""Dzien dobry, na stacji roweru miejskiego przy dworcu PKP elektrozamki
nie zwalniaja rowerow. Wypozyczam w aplikacji, stojak miga na zielono,
ale rower sie nie odpina, a po minucie wypozyczenie sie konczy. Tak
jest na wszystkich 4 stojakach ktore probowalem.
Michal Dudek"""),
("pl", "b165-pl-uwagi-plan-formularz-zalacznik", "Ewa Sadowska <ewa.sadowska@example.pl>", "Formularz uwag do planu", "technical", "",
"""Dzień dobry,

próbuję złożyć uwagi do projektu miejscowego planu dla osiedla Zielone
Wzgórze przez formularz na stronie BIP. Po dodaniu załącznika (mapa,
PDF 2 MB) i kliknięciu „Wyślij" strona przeładowuje się i formularz jest
pusty, a potwierdzenie nie przychodzi. Bez załącznika tak samo. Termin
mija w piątek.

Ewa Sadowska"""),
("pl", "b165-pl-oprawa-zwisa-nad-przejsciem", "Dariusz Lewandowski <dariusz.lewandowski@example.pl>", "Lampa nad przejściem ul. Szkolna", "technical", "high",
"""Dzień dobry,

nad przejściem dla pieszych na ul. Szkolnej, przy wejściu do szkoły
podstawowej, oprawa lampy oderwała się od wysięgnika i wisi na samym
przewodzie, jakieś trzy metry nad pasami. Kołysze się przy wietrze,
a lampa dalej świeci. Rano idą tamtędy dzieci.

Zgłaszam, żeby ktoś to zabezpieczył, zanim spadnie.

Dariusz Lewandowski"""),
("pl", "b165-pl-szlaban-targowisko", "Zarząd Kupców Targowiska <kupcy.targowisko@example.pl>", "Szlaban na targowisku miejskim", "technical", "high",
"""Dzień dobry,

od 5 rano szlaban przy wjeździe na targowisko miejskie przy ul.
Kolejowej się nie podnosi, karty wjazdowe nie działają, a przycisk
awaryjny nic nie robi. Samochody z towarem stoją w kolejce aż na
Kolejowej, rolnicy z warzywami czekają drugą godzinę, połowa straganów
jest pusta, a klienci odchodzą. Dozorca nie ma klucza do ręcznego
otwarcia.

Prosimy o pilny przyjazd serwisu.

W imieniu kupców
Stanisław Król"""),
("pl", "b165-pl-babcia-zimne-kaloryfery", "Natalia Wieczorek <natalia.wieczorek@example.pl>", "Brak ogrzewania - ul. Kwiatowa 7/3", "technical", "high",
"""Dzień dobry,

moja babcia ma 88 lat i mieszka w mieszkaniu komunalnym przy ul.
Kwiatowej 7/3. Od piątku kaloryfery są całkiem zimne, a w nocy jest
minus 10. W mieszkaniu jest 13 stopni. Babcia leży pod trzema kocami
i ma zapalenie oskrzeli. Dzwoniłam do administracji w sobotę i
w poniedziałek, powiedzieli, że zgłoszenie jest w kolejce.

Bardzo proszę o przysłanie kogoś jeszcze dziś.

Natalia Wieczorek, wnuczka
tel. 600 000 872"""),
("pl", "b165-pl-gniazdko-sala-gimnastyczna-dym", "Dyrekcja SP nr 4 <sekretariat@sp4.example.edu.pl>", "Gniazdko w sali gimnastycznej", "technical", "high",
"""Dzień dobry,

dziś na lekcji wf z gniazdka przy drabinkach w sali gimnastycznej
poszedł dym i było czuć spaleniznę, obudowa jest przypalona. Nic nie
było podłączone. Wyłączyliśmy bezpiecznik tego obwodu i zamknęliśmy
salę, dzieci ćwiczą na korytarzu.

Budynek jest miejski, więc prosimy o przysłanie elektryka z
administracji, żeby sprawdził całą instalację w sali.

Z poważaniem
Beata Nowicka, dyrektor"""),
# general
("pl", "b165-pl-podziekowanie-pszok", "Henryk Borkowski <henryk.borkowski@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

w sobotę przywiozłem do PSZOK-u na ul. Przemysłowej stare meble po
remoncie. Dwóch panów z obsługi bez proszenia pomogło mi wszystko
wyładować z przyczepki, a mam 74 lata i chory kręgosłup. Byli bardzo
uprzejmi. Proszę im przekazać serdeczne podziękowania.

Henryk Borkowski"""),
("pl", "b165-pl-wielkanoc-odbior-smieci", "Karolina Dąbrowska <karolina.dabrowska@example.pl>", "odbiór śmieci w święta", "general", "",
"""Dzień dobry, u nas zmieszane odbierają w poniedziałki, a w tym roku
to Poniedziałek Wielkanocny. Przyjadą we wtorek czy dopiero za dwa
tygodnie? Pozdrawiam, Karolina"""),
("pl", "b165-pl-ogrod-spoleczny-lista", "Wiesław Kubiak <wieslaw.kubiak@example.pl>", "Lista oczekujących - ogród społeczny", "general", "",
"""Dzien dobry,
w kwietniu 2023 zapisalem sie na liste oczekujacych na grzadke w
ogrodzie spolecznym na Zabloci. Czy mozna sie dowiedziec, ktory jestem
w kolejce i czy jest szansa na wiosne? Moge tez wziac pol grzadki
wspolnie z kims.
Wieslaw Kubiak"""),
("pl", "b165-pl-uwagi-plan-jak-zlozyc", "Magdalena Zielińska <magdalena.zielinska@example.pl>", "Plan miejscowy - Zielone Wzgórze", "general", "",
"""Dzień dobry,

słyszałam, że wyłożono projekt planu miejscowego dla naszego osiedla
i że w miejscu skweru ma być zabudowa usługowa. Chciałabym złożyć
uwagi. Czy mogę to zrobić na piśmie w kancelarii urzędu, do kiedy, i
czy będzie dyskusja publiczna, na którą można przyjść?

Magdalena Zielińska"""),
("pl", "b165-pl-zgubiony-parasol-sala-obslugi", "Renata Kowalewska <renata.kowalewska@example.pl>", "Zguba", "general", "",
"""Dzien dobry, we wtorek okolo 11 zostawilam w sali obslugi klienta
(parter, przy okienkach od dowodow) parasol w kratke i skorzane
rekawiczki. Czy ktos je oddal? Moge odebrac w kazdej chwili.
Renata Kowalewska"""),
("pl", "b165-pl-zmiana-nazwiska-adresu", "Julia Kamińska <julia.kaminska@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,

po ślubie zmieniłam nazwisko z Kamińska na Rutkowska i przeprowadziłam
się na ul. Brzozową 11/4. Proszę o aktualizację danych w karcie
bibliotecznej i w systemie powiadomień SMS miasta. Czy muszę przyjść
z dowodem osobiście?

Julia Rutkowska (Kamińska)"""),
("pl", "b165-pl-pobyt-czasowy-online", "Oleksandr Melnyk <oleksandr.melnyk@example.pl>", "meldunek", "general", "",
"""Dzień dobry, wynajmuję mieszkanie od 1 listopada i chcę się zameldować
na pobyt czasowy. Czy mogę to zrobić przez internet, czy muszę przyjść
do urzędu z właścicielem? Jakie dokumenty są potrzebne?
Dziękuję,
Oleksandr Melnyk"""),
("pl", "b165-pl-dni-miasta-koncert", "Patrycja Michalska <patrycja.michalska@example.pl>", "Dni Miasta", "general", "",
"""Hej! Czy na koncert na Dniach Miasta w sobotę trzeba mieć jakieś
wejściówki, czy wstęp jest wolny? I do której będzie otwarte miasteczko
dla dzieci na błoniach?
Patrycja"""),
("pl", "b165-pl-sponsoring-lawki-festyn", "Piekarnia Sobczak <kontakt@piekarniasobczak.example.pl>", "Sponsoring festynu", "general", "",
"""Dzień dobry,

jesteśmy rodzinną piekarnią z ul. Mickiewicza. Chcielibyśmy zostać
sponsorem festynu rodzinnego w parku w czerwcu - możemy przekazać
pieczywo i drożdżówki albo ufundować nagrody w konkursach dla dzieci.
Z kim możemy o tym porozmawiać?

Z pozdrowieniami
Jerzy Sobczak"""),
("pl", "b165-pl-smieciarka-rzucaja-pojemnikami", "Elzbieta Wojcik <elzbieta.wojcik@example.pl>", "Ekipa smieciarki", "general", "",
"""Dzien dobry,
panowie ze smieciarki na ul. Akacjowej od kilku tygodni rzucaja pustymi
pojemnikami na srodek chodnika, czasem na auta. We wtorek tak huknelo,
ze o malo zawalu nie dostalam. Nie chce nic wiecej, tylko zeby ktos
im zwrocil uwage, zeby odstawiali pojemniki na miejsce.
E. Wojcik"""),
("pl", "b165-pl-schody-biblioteka-stopien", "Barbara Nowakowska <barbara.nowakowska@example.pl>", "Schody przy wejściu do biblioteki", "general", "high",
"""Dzień dobry,

w schodach przy wejściu do filii biblioteki na ul. Paderewskiego
wykruszył się cały brzeg trzeciego stopnia, została dziura z ostrą
krawędzią. Wczoraj starszy pan potknął się i upadł, na szczęście
skończyło się na otartych dłoniach. Do biblioteki przychodzi dużo
starszych osób i matek z wózkami.

Proszę o oznakowanie i naprawę.

Barbara Nowakowska"""),
("pl", "b165-pl-urzednik-zachowanie-burmistrz", "Andrzej Szczepański <andrzej.szczepanski@example.pl>", "Skarga na zachowanie pracownika", "general", "high",
"""Szanowni Państwo,

8 października w Wydziale Komunikacji pracownik przy stanowisku 5
odmówił przyjęcia mojego wniosku, podniósł na mnie głos, nazwał mnie
"kombinatorem" i kazał wyjść, przy innych interesantach. Nie chodzi mi
o samą sprawę, tylko o sposób, w jaki zostałem potraktowany.

Żądam, żeby sprawą zajął się naczelnik wydziału, a jeśli to nic nie da
- burmistrz. Proszę o wyznaczenie spotkania z naczelnikiem.

Andrzej Szczepański"""),
("pl", "b165-pl-rodo-brak-odpowiedzi-uodo", "Marta Czarnecka <marta.czarnecka@example.pl>", "Wniosek z art. 15 RODO - brak odpowiedzi", "general", "high",
"""Dzień dobry,

2 września złożyłam do Urzędu Miasta wniosek o dostęp do moich danych
osobowych na podstawie art. 15 RODO, w związku z postępowaniem w
sprawie przydziału lokalu. Minęło ponad 30 dni, a nie otrzymałam ani
odpowiedzi, ani informacji o przedłużeniu terminu.

Jeśli w ciągu 7 dni nie otrzymam kopii danych, złożę skargę do Prezesa
Urzędu Ochrony Danych Osobowych.

Marta Czarnecka"""),
]
