# batch68.py -- labelled mails held out of the tree until the rules it
# measures are final.  Kept apart so that nothing is tuned or trained on
# them before then.  Businesses drawn mostly from young families' health:
# paediatric clinics, baby formula subscriptions, children's dentists,
# school nurse services, kids' glasses, allergy testing and baby monitors.
# Covers escalation demands that keep their topic, legal threats and
# chargebacks, negations, subjects that say nothing (or something else),
# replies quoting an earlier mail, plans ended or paused in unusual words,
# business outages told only by their consequences, safety hazards told
# calmly, praise, payment questions, and everyday mail of all three
# queues, in English, Greek (with Greeklish), Spanish and Polish.
# Same tuple format as batch12.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b68-formula-box-charged-twice", "Hannah Whitlock <hannah.whitlock@example.co.uk>", "March box", "billing", "",
"""Hi there,

Just looked at my banking app and the formula subscription has gone out
twice this month - 42.50 on the 3rd and another 42.50 on the 4th. We only
got one box (and only wanted one!). Could you refund the second one
please?

Thanks,
Hannah"""),
("en", "b68-formula-whole-milk-now", "Ciaran Doyle <ciaran.doyle@example.ie>", "No more deliveries", "billing", "",
"""Hello,

Good news of a sort - Aoife turned one last week and the health nurse
says she can go on to ordinary whole milk now, so we won't be needing the
stage 2 tins any more. Can you make sure nothing else is sent or taken
from the card after the box that came on Tuesday?

Ciaran"""),
("en", "b68-second-pair-kids-frames", "Priya Venkatesh <priya.v@example.co.uk>", "Offer", "billing", "",
"""Hello, does the 'second pair half price' offer work on children's
frames too? My son needs new glasses and I'd like a spare pair for school
because he breaks them roughly once a term. The NHS voucher covers the
first pair - can the voucher and the offer be used together?"""),
("en", "b68-itemised-invoice-vhi", "Siobhan Kearney <siobhan.kearney@example.ie>", "Receipt for health insurance", "billing", "",
"""Dear Sir/Madam,

My daughter Ella (DOB 14/02/2017) had two fillings and a check-up at your
Galway practice on 9 May and I paid EUR 185 on the day. My health
insurer will only refund me if I send an itemised receipt showing each
treatment code separately, and the one I was handed just says "Dental
treatment - 185.00".

Could you please email me an itemised version?

Kind regards,
Siobhan Kearney"""),
("en", "b68-allergy-panel-payment-plan", "Marcus Bell <marcus.bell@example.com>", "Allergy panel cost", "billing", "",
"""Hi,

Our pediatrician referred our son (4) for the full food allergy panel
and skin prick test at your Columbus office. The quote we got is $640
after insurance. Is there any way to split that into monthly payments?
We can do it, just not all in one go this month.

Thanks,
Marcus"""),
("en", "b68-monitor-swap-for-video", "Lauren Pike <lauren.pike@example.co.uk>", "Order 40917", "billing", "",
"""Hi, I ordered the audio-only monitor by mistake, it's still sealed in
the box. I'd like to swap it for the video one (the 5 inch screen) and
pay the difference. How do I send it back?"""),
("en", "b68-no-show-fee-bank-dispute", "Gareth Lloyd <gareth.lloyd@example.co.uk>", "Missed appointment charge", "billing", "high",
"""I rang your clinic at 8.15 on Thursday morning to cancel my son's
11.00 appointment because he had been sick in the night. The receptionist
said that was fine. Today I see a 40.00 "non-attendance fee" taken from
my card.

I have the call on my phone log if anyone wants to see it. If the 40.00
isn't back on my card by Friday I'll raise a dispute with my bank and
let them sort it out.

Gareth Lloyd"""),
("en", "b68-crushed-tins-supervisor", "Nadia Rahman <nadia.rahman@example.co.uk>", "Re: Re: Damaged delivery", "billing", "high",
"""This is the fourth time I've written about this. I am not writing to
anyone on the general team again - I want this passed to a supervisor
today.

Three weeks ago two of the six tins arrived dented and split, I sent
photos the same day, and I was promised a refund of 31.98 "within 5
working days". Nothing has arrived.

Nadia

> On 2 May, Customer Care wrote:
> Thanks Nadia, sorry about this. We've approved a refund of
> 31.98 for the two damaged tins. You should see it within 5
> working days.
>
> Kind regards, Tom"""),
("en", "b68-family-membership-tribunal", "Rebecca Nolan <bec.nolan@example.com.au>", "Cancelled membership still charging", "billing", "high",
"""To whom it may concern,

I cancelled our family membership at your paediatric clinic in writing on
14 January (I have your email confirming it). You have continued to
take AUD 59 a month in February, March and April - AUD 177 in total.

I have asked twice on the phone for this to be refunded. If I don't have
it back within 14 days I will be lodging a complaint with Fair Trading
and filing a claim at the tribunal to recover it.

Rebecca Nolan
Parramatta NSW"""),
("en", "b68-re-braces-estimate-deposit", "Arjun Mehta <arjun.mehta@example.in>", "Re: Treatment estimate for Kavya", "billing", "",
"""Dear Doctor,

Thank you for the estimate. Kindly let me know if the advance of Rs.
25,000 can be paid by UPI or if it must be by card only. Also whether
the balance can be divided in 6 EMIs as told by the front office.

Regards,
Arjun Mehta

-----Original Message-----
From: Smile Kids Dental Care
Subject: Treatment estimate for Kavya

Dear Mr Mehta, please find the estimate for Kavya's orthodontic
treatment attached. Total Rs. 88,000 including retainers. An advance is
required to book the fitting appointment."""),
("en", "b68-fsa-receipt-not-refund", "Dana Kowalczyk <dana.kow@example.com>", "Receipt", "billing", "",
"""Hi - I don't want a refund or anything, the glasses are great. I just
need a proper receipt with the practice's tax ID on it so I can claim the
$189 back from my FSA. The email confirmation isn't accepted."""),
("en", "b68-gran-gift-subscription", "Eileen Farrow <eileen.farrow@example.co.uk>", "My mother's account", "billing", "",
"""Hello,

My mother, Margaret Farrow, set up the formula delivery for her great
grandson as a gift and paid for it on her own card. Sadly Mum passed away
at the end of last month. Please could the deliveries on her account be
brought to an end and no further payments taken? I am dealing with her
affairs and can send whatever you need.

My granddaughter will carry on buying it herself.

Yours sincerely,
Eileen Farrow"""),
("en", "b68-school-nurse-per-pupil", "Bursar <bursar@stcolmans-primary.example>", "Service for September", "billing", "",
"""Good afternoon,

We have used your visiting school nurse service this year and the
governors would like to continue. Could you let me know what the charge
per pupil will be for 2025/26 (we have 212 on roll), whether it can be
invoiced termly rather than annually, and if there is any discount for
paying the full year up front?

Many thanks,
Janet Firth
School Business Manager"""),
("en", "b68-eye-test-voucher-expired", "Tom Hargreaves <tom.hargreaves@example.co.uk>", "Voucher", "billing", "",
"""We got a voucher for a free children's eye test + 20 off frames in the
bounty pack. It expired on 31 March and we only found it last week behind
the fridge (honestly). Any chance you'd still honour it?"""),
("en", "b68-monitor-drops-at-2am", "Sophie Grant <sophie.grant@example.co.uk>", "Monitor keeps disconnecting", "technical", "",
"""Hi,

Every night around 2am the parent unit starts beeping "connection lost"
and then reconnects a minute later, which wakes me up (not the baby,
ironically). The camera is about 4 metres from the parent unit with one
wall in between. I've tried moving the router and changing the channel
in settings. Firmware says it's up to date.

Any ideas?
Sophie"""),
("en", "b68-password-reset-never-arrives", "Kevin O'Brien <kevin.obrien@example.ie>", "Can't log in", "technical", "",
"""I've pressed "forgot password" about six times on the parent portal
and the reset email never comes through. Checked spam. Email is the one I
registered with. I need to see my daughter's test results."""),
("en", "b68-charger-smell-hot", "Laura Pennington <laura.pennington@example.co.uk>", "Parent unit charger", "technical", "high",
"""Hello,

I thought I should let you know that the charger for our parent unit got
very hot last night - too hot to hold - and there was a smell of melting
plastic in the bedroom. I've unplugged it and put it on the tiled
kitchen floor. The plug pins look slightly brown.

It's the one that came in the box with the monitor, bought in January.
Is it safe to use the monitor on batteries in the meantime?

Laura"""),
("en", "b68-glasses-hinge-snapped", "Rachel Adeyemi <rachel.adeyemi@example.co.uk>", "Glasses", "technical", "",
"""Hi, my daughter's glasses (the blue flexible ones) have snapped at the
left hinge. She's had them two weeks and she really does take care of
them. I'm not after my money back, I just need them fixed or replaced
quickly because she can't see the board at school. Can I bring them into
the Leeds branch?"""),
("en", "b68-not-billing-app-crash", "Amit Sharma <amit.sharma@example.com>", "Billing?", "technical", "",
"""Your chatbot sent me here as "billing" but this is nothing to do with
billing. The allergy results app closes the moment I open it - I see the
logo for a second and then I'm back on the home screen. iPhone 13, iOS
up to date, deleted and reinstalled it twice. The results were due
yesterday."""),
("en", "b68-cgm-app-signed-out", "Claire Dunne <claire.dunne@example.ie>", "Logged out - can't see Oisin's readings", "technical", "high",
"""Please help. Our son Oisin (7) is type 1 and uses the sensor with your
companion app on my phone to alarm us overnight. Since the update this
evening the app has logged me out and won't accept my password ("account
verification failed"). The reset code isn't arriving.

So right now I have no alarms and no readings for him. We're going to set
alarms and finger-prick him every two hours but we can't do that every
night. Is there a phone number that is answered after hours?

Claire Dunne
087 555 0192"""),
("en", "b68-nursery-medication-records", "Operations <ops@littleacorns-nurseries.example>", "Portal", "technical", "high",
"""Hi,

Since about 7am none of our five nurseries can get into the health
portal. Staff can't see which children have allergy action plans or
inhalers, and they can't record the medicines given this morning, so
we've had to stop giving any medication that isn't on a paper copy and
call parents in to do it themselves. Two parents have already had to
leave work.

Managers are logging in with the same accounts that worked yesterday -
we just get a grey page after the login screen.

Please call me on 0161 555 0847.

Fiona Lacey
Operations Manager, Little Acorns"""),
("en", "b68-night-vision-white", "Jake Morrison <jake.morrison@example.com.au>", "camera", "technical", "",
"""G'day, the picture on the camera goes completely white as soon as the
night vision kicks in. Daytime picture's fine. Tried it in a different
room, same thing. Anything I can try before sending it back?"""),
("en", "b68-booking-502", "Deepa Iyer <deepa.iyer@example.in>", "Not able to book", "technical", "",
"""Hello Team,

While booking vaccination slot for my baby on your website, after
selecting the date and the doctor it is showing "502 Bad Gateway". Tried
from mobile and laptop both since yesterday. Kindly look into this.

Thanks & Regards,
Deepa Iyer"""),
("en", "b68-sensor-pad-false-alarm", "Ben Whitaker <ben.whitaker@example.co.uk>", "Breathing pad", "technical", "",
"""The movement sensor pad under the cot mattress keeps going off with the
no-movement alarm when the baby is fine and fast asleep - three times last
night. It's flat on the slats like the leaflet says and I've tried the
sensitivity on 3 and 4. Is the pad faulty?"""),
("en", "b68-re-firmware-audio-lag", "Emma Sutherland <emma.sutherland@example.co.uk>", "Re: Case 22871 - sound delay", "technical", "",
"""Hi Josh,

I did the update as you said and it's no better - the sound still comes
through about 3 seconds after the picture, so I see her crying before I
hear it. Restarted both units too.

Emma

> From: Josh (Support)
> Sent: 12 June
> Hi Emma, please update the camera and the parent unit to firmware
> 3.2.1 from the app (Settings > Device > Update) and let me know if
> the delay continues."""),
("en", "b68-steriliser-tingle", "Mohammed Akhtar <m.akhtar@example.co.uk>", "Steam steriliser", "technical", "high",
"""Hello,

When I touched the metal plate on the base of the steam steriliser this
morning I got a small electric shock - enough to make me pull my hand
away. It's happened twice now, both times when it was switched on. The
kettle on the same socket is fine.

I've stopped using it. What should I do with it?

Mohammed"""),
("en", "b68-video-consult-no-sound", "Tiffany Ruiz <tiffany.ruiz@example.com>", "video visit", "technical", "",
"""hi, had a video visit with dr patel booked for 3:30 today and we could
see each other but neither of us had any sound. she ended up calling me
on the phone. mic works fine in other apps. chrome on a chromebook. will
this happen again next week?"""),
("en", "b68-thanks-dr-okafor", "Lucy Barnes <lucy.barnes@example.co.uk>", "Thank you", "general", "",
"""Dear all,

I just wanted to say a huge thank you to Dr Okafor and the nurse (I think
her name was Bev) who saw Freddie on Saturday morning. I was in a real
state and they were so calm and kind with both of us, and Dr Okafor
rang on Monday to check he was ok, which she really didn't have to do.

He's back to his usual self and eating us out of house and home.

With thanks,
Lucy"""),
("en", "b68-lost-bunny", "Natalie Fox <natalie.fox@example.com>", "Lost toy", "general", "",
"""Hi, we think my daughter left her grey knitted bunny in your waiting
room or the treatment room at the Richmond clinic this afternoon (around
4pm). It has a pink ribbon on one ear. She won't sleep without it! Has
anyone handed it in?"""),
("en", "b68-urgent-saturday-hours", "Steve Collins <steve.collins@example.co.uk>", "URGENT!!", "general", "",
"""ARE YOU OPEN THIS SATURDAY AND WHAT TIME. NEED TO GET THE KIDS TEETH
CHECKED BEFORE WE GO AWAY"""),
("en", "b68-vaccination-record-copy", "Aisling Murphy <aisling.murphy@example.ie>", "Records", "general", "",
"""Hello,

We are moving to Canada in August and the school there wants a full copy
of our son's vaccination history and his notes from your clinic. Could
you let me know how to request these? Happy to fill in a form.

Aisling Murphy (mum of Cian Murphy, DOB 03/11/2018)"""),
("en", "b68-new-address-and-name", "Megan Price <megan.price@example.co.uk>", "Update details", "general", "",
"""Hi, could you update the details on my account and both children's
files please - we've moved to 27 Alder Close, Cardiff CF14 3RJ, and my
surname is now Price (was Hughes). New mobile 07700 900461.

Thanks, Megan"""),
("en", "b68-receptionist-practice-manager", "Graham Ellis <graham.ellis@example.co.uk>", "Complaint about reception", "general", "high",
"""I'm writing to make a formal complaint about the way your receptionist
at the Harrow practice spoke to my wife on Tuesday. She had our
three-year-old with her, who was upset, and was told loudly in front of
a full waiting room that "if you can't control him you'll have to wait
outside".

I want this dealt with by the practice manager, not a standard reply. I
would like a call from them this week.

Graham Ellis"""),
("en", "b68-waiting-room-toy-parts", "Joanne Reilly <joanne.reilly@example.ie>", "Waiting room", "general", "high",
"""Hi,

Just to let you know, the wooden activity cube in the children's corner
of your waiting room in Swords has a broken side and the little beads
have come off the wires. My 14-month-old had one in her mouth before I
noticed - she's fine. There were several more on the floor under the
chairs. Might be worth taking it away before someone else's toddler
finds them.

Joanne"""),
("en", "b68-fun-run-sponsor", "Hollybank PTA <pta@hollybank-school.example>", "Fun run 2025", "general", "",
"""Hi,

I'm on the PTA at Hollybank Primary and we're organising a family fun run
on 21 September to raise money for the school library. We'd love to have
a local business sponsor the children's race - your logo on the t-shirts
and banner. Would your practice be interested? Happy to send more
details.

Best wishes,
Kirsty Hale"""),
("en", "b68-killed-it-first-visit", "Chris Dunmore <chris.dunmore@example.com.au>", "Jack's first check-up", "general", "",
"""Just a quick one to say Jack absolutely killed it at his first dentist
visit yesterday - he's been terrified for weeks and came out asking when
he can go back. Dr Lim was brilliant with him. The stickers were a big
hit too. Cheers!"""),
("en", "b68-question-allergy-test-age", "Hayley Morgan <hayley.morgan@example.co.uk>", "Question", "general", "",
"""Hi,

How old does a child have to be to have a skin prick test with you? My
little boy is 9 months and came out in hives after his first taste of
egg. The GP said to avoid egg for now. I'm just trying to work out
whether testing is possible yet or if we should wait.

Thanks,
Hayley"""),
("en", "b68-leave-box-in-porch", "Connor Walsh <connor.walsh@example.co.uk>", "Deliveries", "general", "",
"""Could the driver leave the formula boxes in the porch from now on please
rather than taking them back to the depot? Door is always unlocked during
the day. Thanks"""),
("en", "b68-school-nurse-regulator", "Angela Thorne <angela.thorne@example.co.uk>", "Conduct of your nurse at Westfield Primary", "general", "high",
"""Dear Sir or Madam,

On 4 June your nurse at Westfield Primary told my 10-year-old daughter,
in front of two classmates, that she "needed to lose some weight before
secondary school". My daughter came home in tears and has not wanted to
go back since. Nobody from your service contacted me before or after.

I expect a written response explaining how this was allowed to happen.
If I am not satisfied with it I will be raising this with the Care
Quality Commission and the local authority.

Angela Thorne"""),
("en", "b68-weaning-talk-places", "Olivia Chen <olivia.chen@example.com>", "Weaning talk", "general", "",
"""Hi! Saw the poster for the free weaning talk on the 18th - is it at
the clinic or the community centre, and can I bring the baby along? She's
5 months. Also is it ok if my partner comes too?"""),
# ---------------- Greek ----------------
("el", "b68-gala-nea-timi-xoris-eidopoiisi", "Σοφία Αναστασίου <sofia.anastasiou@example.gr>", "Συνδρομή βρεφικού γάλακτος", "billing", "",
"""Καλησπέρα σας,

Έχω μηνιαία συνδρομή για το γάλα νο 2 (4 κουτιά τον μήνα) και μέχρι τώρα
χρεωνόμουν 68,40€. Αυτόν τον μήνα η χρέωση ήταν 76,80€ χωρίς να έχω λάβει
καμία ενημέρωση για αλλαγή τιμής. Μπορείτε να μου εξηγήσετε τι έγινε και
αν θα μου επιστραφεί η διαφορά;

Ευχαριστώ,
Σοφία Αναστασίου"""),
("el", "b68-gl-gala-kalokairi-xwrio", "Dimitra K. <dimitra.kal@example.gr>", "apostoles", "billing", "",
"""Kalhmera! 8a eimaste sto xwrio sthn Kefalonia apo 1 Iouliou mexri telos
Augoustou kai ekei den ftanei courier eukola. Mporeite na stamathsete tis
apostoles kai tis xrewseis gia aytous tous 2 mhnes kai na ksekinhsoun
pali ton Septemvrio? Den 8elw na akyrwsw th syndromh, mono pausi.

Eyxaristw,
Dhmhtra"""),
("el", "b68-paidoodontiatros-apodeixi-asfalistiki", "Γιώργος Μαυρίδης <g.mavridis@example.gr>", "Απόδειξη επίσκεψης 22/5", "billing", "",
"""Καλημέρα,

Στις 22/5 ο γιος μου ο Άρης έκανε καθαρισμό και φθορίωση στο ιατρείο σας
στη Θεσσαλονίκη και πλήρωσα 70€ μετρητά. Απόδειξη δεν μου δόθηκε, μου
είπαν ότι θα έρθει με email, αλλά δεν ήρθε ποτέ. Τη χρειάζομαι για την
ιδιωτική ασφάλεια και για τη φορολογική δήλωση.

Παρακαλώ στείλτε την στο email αυτό.

Γ. Μαυρίδης"""),
("el", "b68-paidika-gyalia-doseis", "Κατερίνα Λιάπη <k.liapi@example.gr>", "Δόσεις", "billing", "",
"""Γεια σας, η κόρη μου χρειάζεται γυαλιά με φακούς για μυωπία (τα ειδικά
που μας είπε η οφθαλμίατρος) και η προσφορά που πήραμε από το κατάστημα
του Αμαρουσίου είναι 420€. Γίνεται να πληρωθεί σε άτοκες δόσεις με
πιστωτική; Και αν ναι, πόσες;"""),
("el", "b68-gl-allergiologiko-eopyy", "Panos Tsiolis <panos.ts@example.gr>", "test allergias", "billing", "",
"""Geia sas, posa kostizei to test allergias gia trofima (gala, avgo,
3hroi karpoi) gia paidi 3 etwn? To kalyptei o EOPYY me parapempthko h
plhrwnoume olo to poso emeis? Eyxaristw"""),
("el", "b68-endoepikoinonia-allagi-montelou", "Βασιλικη Ζαχαριαδη <vasiliki.zach@example.gr>", "Παραγγελια 55120", "billing", "",
"""Καλησπερα,

Παρελαβα σημερα την ενδοεπικοινωνια μωρου αλλα παρηγγειλα κατα λαθος το
μοντελο μονο με ηχο. Ειναι ακομα σφραγισμενη στο κουτι. Θελω να την
αλλαξω με αυτη που εχει καμερα και να πληρωσω τη διαφορα. Πως γινεται η
επιστροφη;

Βασιλικη Ζαχαριαδη"""),
("el", "b68-prokatavoli-rantevou-trapeza", "Αλέξανδρος Πετρόπουλος <a.petropoulos@example.gr>", "Προκαταβολή ραντεβού", "billing", "high",
"""Κύριοι,

Ακύρωσα τηλεφωνικά το ραντεβού της κόρης μου στην παιδίατρο (12/6) δύο
μέρες νωρίτερα, όπως ορίζουν οι όροι σας, και μου είπαν ότι η
προκαταβολή των 30€ θα επιστραφεί στην κάρτα. Έχουν περάσει τρεις
εβδομάδες και δεν έχει επιστραφεί τίποτα, ενώ στα δύο email μου δεν έχω
πάρει απάντηση.

Αν μέχρι την Παρασκευή δεν δω τα χρήματα, θα κάνω αμφισβήτηση της
συναλλαγής στην τράπεζά μου.

Αλέξανδρος Πετρόπουλος"""),
("el", "b68-gl-epistrofi-syndromis-ypeythynos", "Nikos Chatzis <nikos.chatzis@example.gr>", "Re: akyrwsh syndromhs", "billing", "high",
"""Den exw parei akoma ta lefta. Exw steilei 3 email kai exw parei 2 fores
thlefwno kai kathe fora mou leei allos kati allo. 8elw na milhsw me ton
ypeu8yno tou tmhmatos, oxi me to call center. Ta 54,90 apo tis 2 xrewseis
meta thn akyrwsh prepei na epistrafoun.

Nikos Chatzis
6944 555 182

> Apo: Eksypyrethsh Pelatwn
> H akyrwsh ths syndromhs sas oloklhrw8hke. Oi xrewseis pou eginan
> meta thn akyrwsh 8a epistrafoun entos 7 ergasimwn hmerwn."""),
("el", "b68-paketo-paidiatrikis-synigoros", "Ελένη Ραφαηλίδου <eleni.rafailidou@example.gr>", "Ετήσιο πακέτο παρακολούθησης - επίσημη διαμαρτυρία", "billing", "high",
"""Αξιότιμοι κύριοι,

Τον Σεπτέμβριο πλήρωσα 480€ για το ετήσιο πακέτο παρακολούθησης της
κλινικής σας για το νεογέννητο, που περιλάμβανε 8 επισκέψεις. Τον
Φεβρουάριο η παιδίατρος που μας παρακολουθούσε αποχώρησε και από τότε δεν
μπορώ να κλείσω κανένα ραντεβού (μου λένε «δεν υπάρχει διαθεσιμότητα»).
Έχουμε κάνει μόνο 3 επισκέψεις.

Ζητώ την αναλογική επιστροφή για τις 5 επισκέψεις που δεν έγιναν. Αν δεν
λάβω γραπτή απάντηση εντός 15 ημερών, θα απευθυνθώ στον Συνήγορο του
Καταναλωτή.

Με εκτίμηση,
Ελένη Ραφαηλίδου"""),
("el", "b68-re-prosfora-orthodontika-doseis", "Σταύρος Κουκούλης <s.koukoulis@example.gr>", "Re: Σχέδιο θεραπείας - Μαρίνα Κ.", "billing", "",
"""Καλησπέρα γιατρέ,

Ευχαριστούμε για το σχέδιο. Μια διευκρίνιση: τα 2.400€ μπορούν να
πληρωθούν τμηματικά ανά επίσκεψη ή πρέπει να δοθεί ολόκληρο το ποσό στην
αρχή; Και η πρώτη πληρωμή γίνεται με κάρτα;

Σταύρος

-------- Αρχικό μήνυμα --------
Από: Παιδοδοντιατρείο Χαμόγελο
Θέμα: Σχέδιο θεραπείας - Μαρίνα Κ.

Σας επισυνάπτουμε το σχέδιο ορθοδοντικής θεραπείας για τη Μαρίνα.
Συνολικό κόστος 2.400€, διάρκεια περίπου 18 μήνες."""),
("el", "b68-den-thelo-epistrofi-timologio", "Λογιστήριο Βρεφονηπιακού Σταθμού <logistirio@pelargos-bns.example>", "Τιμολόγιο αντί απόδειξης", "billing", "",
"""Καλημέρα σας,

Για την παραγγελία 61877 (δύο ενδοεπικοινωνίες για τις αίθουσες ύπνου)
κόπηκε απόδειξη λιανικής αντί για τιμολόγιο. Δεν θέλουμε επιστροφή
χρημάτων ούτε ακύρωση, απλώς να εκδοθεί τιμολόγιο στα στοιχεία του
σταθμού:

Πελαργός Βρεφονηπιακός Σταθμός Ι.Κ.Ε.
ΑΦΜ 801234567, ΔΟΥ Πατρών

Ευχαριστούμε,
Μαρία Σκλαβενίτη"""),
("el", "b68-gl-metakomizoume-germania", "Thanasis Vlachos <thanasis.vl@example.gr>", "syndromh", "billing", "",
"""Geia sas, fevgoume gia Monaxo telos tou mhna (douleia ths gynaikas mou)
opote h syndromh me tis pana kai to gala teleiwnei ekei. Mhn steilete
allo paketo meta apo ayto tou Iouniou kai mhn xrewsete allo thn karta.
Eyxaristoume gia ola!"""),
("el", "b68-sxoliki-nosileftria-kostos", "Διεύθυνση Εκπαιδευτηρίων Αρμονία <dieuthynsi@armonia-school.example>", "Υπηρεσία σχολικής νοσηλεύτριας 2025-26", "billing", "",
"""Αγαπητοί συνεργάτες,

Ενδιαφερόμαστε να ανανεώσουμε τη συνεργασία για τη σχολική νοσηλεύτρια
και για την επόμενη χρονιά, αλλά με πλήρη κάλυψη και των δύο κτιρίων
(νηπιαγωγείο και δημοτικό, 260 μαθητές συνολικά). Θα θέλαμε αναλυτική
οικονομική προσφορά, καθώς και να μας πείτε αν η πληρωμή μπορεί να γίνει
ανά τρίμηνο.

Με εκτίμηση,
Αθηνά Δρακοπούλου
Διευθύντρια"""),
("el", "b68-gl-monitor-den-akougetai", "Christina P. <christina.pap@example.gr>", "monitor", "technical", "",
"""Kalhspera, h kamera sto dwmatio tou mwrou deixnei kanonika eikona sto
kinhto alla den akougetai TIPOTA. Oute otan klaiei. Exw anoiksei thn
entash sto max kai exw dwsei adeia gia mikrofwno sthn efarmogh. Ti allo
na kanw?"""),
("el", "b68-efarmogi-kliniki-kodikos", "Μιχάλης Σαββίδης <m.savvidis@example.gr>", "Είσοδος στην εφαρμογή", "technical", "",
"""Καλημέρα. Έκανα επαναφορά κωδικού στην εφαρμογή της κλινικής, μπήκα με
τον νέο κωδικό μία φορά και από σήμερα το πρωί μου βγάζει πάλι «λάθος
όνομα χρήστη ή κωδικός». Δεν μπορώ να δω τις εξετάσεις αίματος του
μικρού. Android 14."""),
("el", "b68-mpataria-fouskose-monada-goneon", "Ιωάννης Δεληγιάννης <i.deligiannis@example.gr>", "Μονάδα γονέων", "technical", "high",
"""Καλησπέρα σας,

Θα ήθελα να σας ενημερώσω ότι στη μονάδα γονέων της ενδοεπικοινωνίας
(αγορά Νοέμβριος) το πίσω καπάκι έχει αρχίσει να ανοίγει από μόνο του
γιατί η μπαταρία από μέσα έχει φουσκώσει. Χθες βράδυ ήταν αισθητά ζεστή
ενώ φόρτιζε. Την αποσύνδεσα και την έβγαλα στο μπαλκόνι.

Πείτε μου πώς να προχωρήσω.

Ιωάννης Δεληγιάννης"""),
("el", "b68-gl-gyalia-fakos-vgainei", "Roula M. <roula.mak@example.gr>", "gyalia Aggelikhs", "technical", "",
"""Kalhmera, o aristeros fakos sta gyalia ths korhs mou vgainei apo to
skeleto kathe 2-3 meres, sthn tsanta, sto diale3imma... Den 8elw na mou
epistrepsete xrhmata, ta gyalia mas aresoun, 8elw na ta ftiaksete wste
na mhn 3anafygei o fakos. Mporw na perasw apo to katasthma sto Peristeri?"""),
("el", "b68-den-einai-xreosi-pdf", "Άννα Κυριακίδου <anna.kyriakidou@example.gr>", "Λογαριασμός", "technical", "",
"""Γεια σας. Το θέμα γράφει «λογαριασμός» γιατί αυτό διάλεξα στη φόρμα,
αλλά δεν αφορά χρέωση. Τα αποτελέσματα του τεστ αλλεργίας του γιου μου
εμφανίζονται στον λογαριασμό μου ως PDF, όμως όταν πατάω να το ανοίξω
βγαίνει λευκή σελίδα. Το δοκίμασα σε υπολογιστή και κινητό.

Άννα"""),
("el", "b68-antlia-insoulinis-kleidomeni", "Παρασκευή Γιαννακοπούλου <p.giannakopoulou@example.gr>", "ΔΕΝ ΜΠΟΡΩ ΝΑ ΜΠΩ ΣΤΗΝ ΕΦΑΡΜΟΓΗ ΤΗΣ ΑΝΤΛΙΑΣ", "technical", "high",
"""Καλησπέρα, ο γιος μου είναι 9 χρονών με διαβήτη τύπου 1 και έχει την
αντλία ινσουλίνης με την εφαρμογή σας στο κινητό για τα bolus στο
σχολείο και το βράδυ. Μετά την ενημέρωση απόψε η εφαρμογή ζητάει νέα
σύνδεση και μου λέει «ο λογαριασμός κλειδώθηκε». Δεν μπορούμε να του
δώσουμε ινσουλίνη για το βραδινό φαγητό από το κινητό.

Υπάρχει κάποιος να απαντάει τώρα; Τηλ. 6977 555 304

Παρασκευή Γιαννακοπούλου"""),
("el", "b68-iatreio-systima-rantevou-pese", "Παιδιατρικό Ιατρείο Νέας Σμύρνης <grammateia@paidiatros-nsmyrni.example>", "Σύστημα", "technical", "high",
"""Καλημέρα,

Από τις 8:30 που ανοίξαμε δεν φορτώνει τίποτα στο πρόγραμμα. Η
γραμματεία δεν ξέρει ποιος έχει ραντεβού, οι γονείς έρχονται και
περιμένουν στον διάδρομο, και οι δύο γιατροί δεν βλέπουν ούτε ιστορικό
ούτε εμβόλια, οπότε έχουμε σταματήσει τους εμβολιασμούς για σήμερα.
Έχουμε ήδη 14 παιδιά στην αναμονή.

Παρακαλώ καλέστε μας στο 210 555 7731.

Ευαγγελία, γραμματεία"""),
("el", "b68-gl-kamera-nyxta-thampi", "Stelios G. <stelios.ger@example.gr>", "nyxterinh lhpsh", "technical", "",
"""Geia sas. To vrady h eikona ths kameras einai oloklhrh 8olh, sxedon den
fainetai to mwro. Thn hmera einai teleia. Ekana reset, tipota. Einai h
kamera h kati lathos kanw;"""),
("el", "b68-thermantiras-biberon-den-zestainei", "Δημητρης Καραγιαννης <d.karagiannis@example.gr>", "Θερμαντηρας μπιμπερο", "technical", "",
"""Καλημερα, ο θερμαντηρας μπιμπερο που αγορασαμε τον Μαρτιο αναβει το
φωτακι αλλα δεν ζεσταινει καθολου, μετα απο 20 λεπτα το γαλα ειναι κρυο.
Εχουμε κανει αφαλατωση οπως λεει το εγχειριδιο. Τι μπορουμε να κανουμε;"""),
("el", "b68-re-thermometro-syggronismos", "Νεφέλη Στεφανίδου <nefeli.stef@example.gr>", "Re: Αίτημα #40982", "technical", "",
"""Καλησπέρα κ. Μανωλάκη,

Έκανα ό,τι μου γράψατε αλλά το θερμόμετρο εξακολουθεί να μη
συγχρονίζεται, οι μετρήσεις μένουν στη συσκευή και στην εφαρμογή
γράφει «καμία μέτρηση». Το Bluetooth είναι ανοιχτό.

Νεφέλη

> Από: Τεχνική Υποστήριξη
> Καλησπέρα, παρακαλώ αφαιρέστε τη συσκευή από την εφαρμογή,
> αλλάξτε μπαταρία και κάντε ξανά σύζευξη κρατώντας πατημένο
> το κουμπί για 5 δευτερόλεπτα."""),
("el", "b68-gl-provolea-spithes", "Kostas Alexiou <kostas.alexiou@example.gr>", "provoleas", "technical", "high",
"""Kalhspera, o provoleas me ta asteria pou exei h kamera tou mwrou xtes
to vrady ekane ena "tsak" kai eida spi8es apo to shmeio pou mpainei to
kalwdio. Ton evgala apo thn priza amesws, mia mikrh mayrila exei meinei
sthn ypodoxh. To mwro koimotan ekei dipla. Den ton 3anavazw. Ti kanoume;"""),
("el", "b68-thermometro-error", "Μαρία Χριστοδούλου <maria.christodoulou@example.gr>", "Θερμόμετρο μετώπου", "technical", "",
"""Καλησπέρα, το θερμόμετρο μετώπου που πήρα για το μωρό βγάζει «Er 2» στις
μισές μετρήσεις και όταν μετράει δίνει 35,1 και μετά αμέσως 37,9. Έβαλα
καινούργιες μπαταρίες. Είναι ελαττωματικό;"""),
("el", "b68-tilesymvouleftiki-kolaei", "Ανδρέας Φωτίου <a.fotiou@example.gr>", "Βιντεοκλήση με παιδίατρο", "technical", "",
"""Σήμερα είχαμε βιντεοκλήση με τον κ. Αντωνίου και η εικόνα πάγωνε κάθε
λίγα δευτερόλεπτα και στο τέλος μας πέταξε έξω δύο φορές. Το internet
μας είναι κανονικό (άλλες βιντεοκλήσεις δουλεύουν). Μπορείτε να το
ελέγξετε πριν την επόμενη, την Τρίτη;"""),
("el", "b68-efxaristo-dra-kostopoulou", "Θεοδώρα Παππά <theodora.pappa@example.gr>", "Ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Θέλω να ευχαριστήσω μέσα από την καρδιά μου την κα Κωστοπούλου και τη
νοσηλεύτρια της βάρδιας της Κυριακής. Ήρθαμε με τον μικρό με πυρετό 40
και ήμουν πανικόβλητη. Μας εξήγησαν τα πάντα με υπομονή και με πήραν
τηλέφωνο την επομένη να ρωτήσουν πώς είναι.

Είναι πλέον μια χαρά.

Με εκτίμηση,
Θεοδώρα Παππά"""),
("el", "b68-gl-xasame-kalimmata", "Eftichia L. <eftichia.l@example.gr>", "3exasame kati", "general", "",
"""Kalhmera, xtes to apogeuma sto iatreio sthn Patra 3exasame ena mple
zaketaki me kouneli kentimeno kai mia pipila me kordoni. Mhpws ta
vrhkate? 8a perasw na ta parw."""),
("el", "b68-gl-epeigon-agiou-pnevmatos", "Giorgos T. <gtsak@example.gr>", "EPEIGON", "general", "",
"""EISTE ANOIXTA TOU AGIOU PNEUMATOS??? 8ELW NA FERW TH MIKRH GIA TA
EMVOLIA PRIN FYGOUME DIAKOPES"""),
("el", "b68-antigrafo-fakelou-gdpr", "Χρύσα Ιωαννίδου <chrysa.ioannidou@example.gr>", "Αίτημα χορήγησης αντιγράφου", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων, παρακαλώ να μου
χορηγήσετε αντίγραφο όλων των ιατρικών δεδομένων της ανήλικης κόρης μου,
Δανάης Ιωαννίδου (γεν. 07/09/2019), που τηρούνται από την κλινική σας,
συμπεριλαμβανομένων των αποτελεσμάτων εξετάσεων.

Επισυνάπτω αντίγραφο ταυτότητας.

Χρύσα Ιωαννίδου"""),
("el", "b68-gl-allagi-kinitou", "Spyros K. <spyros.kost@example.gr>", "allagh thlefwnou", "general", "",
"""Geia sas, allaksa kinhto, to neo einai 6988 555 271. Parakalw
enhmerwste to sto fakelo tou Nikolaou kai ths Eirinis gia na erxontai
ekei ta sms gia ta rantevou. Efxaristw, Spyros"""),
("el", "b68-nosileftria-agenis-diefthyntis", "Αντώνης Μπακάλης <antonis.bakalis@example.gr>", "Συμπεριφορά προσωπικού", "general", "high",
"""Κύριοι,

Την Τετάρτη στο τμήμα αιμοληψιών η νοσηλεύτρια φώναζε στην 5χρονη κόρη
μου επειδή έκλαιγε και στο τέλος μου είπε «αν δεν μπορείτε να την
κρατήσετε, πάρτε την και φύγετε». Όλο αυτό μπροστά σε άλλους γονείς.

Δεν θέλω μια τυπική συγγνώμη από το τμήμα εξυπηρέτησης. Ζητώ να με
καλέσει ο διευθυντής της κλινικής.

Αντώνης Μπακάλης
6932 555 118"""),
("el", "b68-skalopati-eisodos-spasmeno", "Ευτέρπη Νικολάου <efterpi.nikolaou@example.gr>", "Είσοδος ιατρείου", "general", "high",
"""Καλημέρα,

Απλώς να σας ενημερώσω ότι το δεύτερο σκαλοπάτι στην είσοδο του
ιατρείου σας στην Καλαμαριά έχει σπάσει στην άκρη και το μάρμαρο κουνιέται.
Σήμερα ένας παππούς με το καρότσι του εγγονού κόντεψε να πέσει. Καλό θα
ήταν να μπει κάποια σήμανση μέχρι να φτιαχτεί.

Ευτέρπη Νικολάου"""),
("el", "b68-xorigia-tournoua-basket", "Σύλλογος Γονέων 4ου Δημοτικού Βόλου <sillogos4dimvolou@example.gr>", "Αίτημα χορηγίας", "general", "",
"""Αγαπητοί κύριοι,

Ο Σύλλογος Γονέων και Κηδεμόνων του 4ου Δημοτικού Σχολείου Βόλου
διοργανώνει στις 15 Ιουνίου τουρνουά μπάσκετ για τα παιδιά του σχολείου.
Θα θέλαμε να σας προτείνουμε να γίνετε χορηγός, με το λογότυπο του
ιατρείου σας στα μπλουζάκια των ομάδων.

Μένουμε στη διάθεσή σας για περισσότερες πληροφορίες.

Για το ΔΣ,
Χαρά Παπαθανασίου"""),
("el", "b68-gl-pethana-sto-gelio", "Lena S. <lena.sotiriou@example.gr>", "o Orfeas sto odontiatreio", "general", "",
"""Pe8ana sto gelio shmera! O Orfeas pou treme na mpei sto odontiatreio
vghke kai rwtouse pote 8a 3anapame giati "o giatros leei ta kalytera
anekdota". Eyxaristw polu sthn k. Zervou kai sthn kopela sthn ypodoxh,
htan yperoxes."""),
("el", "b68-erotisi-sxoliki-nosileftria-orasi", "Ιφιγένεια Μαργαρίτη <ifigeneia.m@example.gr>", "Ερώτηση", "general", "",
"""Καλησπέρα, ο γιος μου πάει στην Α' Δημοτικού σε σχολείο που συνεργάζεται
μαζί σας για τη σχολική νοσηλεύτρια. Ήθελα να ρωτήσω αν στον προληπτικό
έλεγχο του Οκτωβρίου γίνεται και έλεγχος όρασης ή μόνο ύψος-βάρος, για
να ξέρω αν πρέπει να τον πάω και σε οφθαλμίατρο.

Ευχαριστώ"""),
("el", "b68-paradosi-koudouni", "Αικατερινη Σπανου <a.spanou@example.gr>", "Παραδοσεις", "general", "",
"""Γεια σας, στις επομενες παραδοσεις να χτυπαει ο κουριερ το κουδουνι
"ΣΠΑΝΟΥ-ΛΑΜΠΡΟΥ" και να περιμενει λιγο, ειμαστε στον 3ο χωρις ασανσερ
και με το μωρο αργω να κατεβω. Την προηγουμενη φορα αφησε το κουτι
απεξω στο πεζοδρομιο. Ευχαριστω"""),
("el", "b68-seminario-neon-goneon", "Πέτρος Λαμπρινός <p.lamprinos@example.gr>", "Σεμινάριο πρώτων βοηθειών για γονείς", "general", "",
"""Καλημέρα, είδα στο Instagram ότι οργανώνετε σεμινάριο πρώτων βοηθειών
για γονείς βρεφών. Πότε είναι το επόμενο, σε ποιο κτίριο γίνεται και
μπορούμε να έρθουμε και οι δύο γονείς;"""),
("el", "b68-gl-eyxaristo-optiko", "Marilena D. <marilena.d@example.gr>", "gyalia", "general", "",
"""Ki omws fore8hke ta gyalia! Meta apo 3 evdomades pou ta evgaze ka8e
5 lepta, twra ta zhtaei monh ths to prwi. Oi symvoules ths kopelas sto
katasthma sas douleyan. Na'ste kala!"""),
("el", "b68-dedomena-prosopiko-dikigoros", "Σπυριδούλα Καραλή <spyridoula.karali@example.gr>", "Γνωστοποίηση στοιχείων σε τρίτο", "general", "high",
"""Κύριοι,

Στις 3/6 υπάλληλος της γραμματείας σας έδωσε τηλεφωνικά στον πρώην
σύζυγό μου τη νέα μου διεύθυνση και το τηλέφωνό μου από τον φάκελο του
παιδιού, παρά το ότι στον φάκελο υπάρχει σημείωση να μη δίνονται
στοιχεία επικοινωνίας σε κανέναν.

Ζητώ γραπτή εξήγηση για το πώς συνέβη. Έχω ήδη ενημερώσει τη δικηγόρο
μου, η οποία θα επικοινωνήσει μαζί σας.

Σπυριδούλα Καραλή"""),
# ---------------- Spanish ----------------
("es", "b68-gastos-envio-formula-gratis", "Lucía Montero <lucia.montero@example.es>", "Gastos de envío", "billing", "",
"""Hola,

En vuestra web pone que los pedidos de leche de fórmula de más de 50 €
tienen envío gratis. Mi pedido de ayer era de 63,80 € (4 latas de
continuación) y me habéis cobrado 4,95 € de envío. ¿Me lo podéis
devolver?

Gracias,
Lucía"""),
("es", "b68-mx-pediatra-quito-formula", "Fernanda Ríos <fer.rios@example.com.mx>", "Suscripción", "billing", "",
"""Buenas tardes, la pediatra nos dijo en la consulta del lunes que Matías
ya puede dejar la fórmula y pasar a leche entera, así que ya no vamos a
necesitar las latas cada mes. Por favor den de baja el envío mensual y ya
no hagan el cargo de 1,380 pesos a mi tarjeta a partir de julio.

Saludos,
Fernanda"""),
("es", "b68-ar-anteojos-cuotas", "Gustavo Ferreyra <gustavo.ferreyra@example.com.ar>", "anteojos para mi hijo", "billing", "",
"""Hola que tal, la oftalmóloga le indicó anteojos a mi hijo de 6 años y en
la óptica de Palermo me pasaron un presupuesto de $186.000 con los
cristales orgánicos. Quería saber si se puede pagar en cuotas sin interés
con tarjeta de crédito y con qué bancos. Gracias!"""),
("es", "b68-factura-nif-dentista", "Jordi Puig <jordi.puig@example.es>", "Factura", "billing", "",
"""Buenos días,

El 14 de mayo mi hija Martina tuvo consulta y dos empastes en vuestra
clínica de Sabadell (pagué 145 € con tarjeta). Me disteis un ticket, pero
necesito una factura completa con mi nombre y NIF (38123456-K) para
presentarla al seguro de la empresa. ¿Me la podéis enviar por correo?

Un saludo,
Jordi Puig"""),
("es", "b68-co-prueba-alergias-nequi", "Valentina Ocampo <valentina.ocampo@example.com.co>", "Pago prueba de alergias", "billing", "",
"""Buenos dias, me agendaron la prueba de alergias para mi bebe de 18 meses
el jueves en la sede de Chapinero. Queria preguntar cuanto sale en total
y si se puede pagar por Nequi o PSE, porque no tengo tarjeta de credito.
Muchas gracias"""),
("es", "b68-devolver-vigilabebes-regalo", "Raul Navarro <raul.navarro@example.es>", "Pedido 77302", "billing", "",
"""Hola, compramos el vigilabebes con camara la semana pasada pero en el
baby shower nos regalaron exactamente el mismo. El nuestro no se ha
abierto, esta con el plastico. Queremos devolverlo y que nos reembolseis
a la tarjeta. Como lo hacemos?

Raul"""),
("es", "b68-mx-consulta-doble-profeco", "Alejandro Cárdenas <alejandro.cardenas@example.com.mx>", "Cobro duplicado consulta pediátrica", "billing", "high",
"""A quien corresponda:

El 3 de junio llevé a mi hija a consulta con el Dr. Salinas en su sucursal
de Coyoacán y pagué 950 pesos con tarjeta. En mi estado de cuenta aparecen
DOS cargos de 950. Ya llamé dos veces y me dijeron que "lo iban a
revisar".

Si no me reembolsan el cargo duplicado esta semana presentaré una queja
ante PROFECO.

Alejandro Cárdenas"""),
("es", "b68-senal-ortodoncia-director", "Marta Villalobos <marta.villalobos@example.es>", "Re: Re: devolución señal ortodoncia", "billing", "high",
"""Es la tercera vez que escribo y no quiero otra respuesta automática.
Quiero que esto lo vea el director de la clínica.

Pagamos 300 € de señal para empezar la ortodoncia de mi hijo, y fuisteis
vosotros quienes nos dijisteis después que no la necesita todavía. Nos
prometisteis la devolución hace un mes.

Marta Villalobos

> El 12/05, Clínica Dental Infantil Sonrisas escribió:
> Hola Marta, efectivamente procede la devolución de la señal
> (300 €). La recibirá en su cuenta en un plazo de 10 días.
> Un saludo, Recepción"""),
("es", "b68-ar-desconocer-cargo-plan", "Carolina Benítez <caro.benitez@example.com.ar>", "Baja del plan familiar", "billing", "high",
"""Hola. En marzo pedí la baja del plan familiar de pediatría (tengo el
número de gestión 58821) y en abril y mayo me siguieron debitando
$42.500 cada mes. Ya hice tres reclamos por teléfono y nadie me da una
respuesta.

Les aviso que si no me devuelven los dos débitos antes del viernes voy a
desconocer los cargos con el banco y hacer la denuncia en Defensa del
Consumidor.

Carolina Benítez"""),
("es", "b68-cl-re-presupuesto-sellantes-isapre", "Ignacio Fuentes <ignacio.fuentes@example.cl>", "RE: Presupuesto Tomás Fuentes", "billing", "",
"""Estimados:

Gracias por el presupuesto. Antes de agendar, ¿me pueden confirmar si
emiten boleta con el código de prestación para poder pedir el reembolso a
la Isapre? Y si el valor de los sellantes ($96.000) se paga completo el
primer día o por sesión.

Saludos cordiales,
Ignacio Fuentes

De: Odontopediatría Los Aromos
Enviado: martes
Asunto: Presupuesto Tomás Fuentes

Estimado Ignacio, adjuntamos presupuesto de sellantes en 8 piezas
definitivas y control a los 6 meses. Valor total $96.000."""),
("es", "b68-no-cancelar-cambiar-tarjeta", "Beatriz Salgado <bea.salgado@example.es>", "Cambio de tarjeta", "billing", "",
"""Hola! No quiero cancelar la suscripción de los pañales y la leche, ni
pedir ningún reembolso, solo me han cambiado la tarjeta del banco porque
la anterior caducaba. ¿Cómo pongo la nueva para el cobro del mes que
viene? En la web no encuentro dónde."""),
("es", "b68-guarderia-cierra-jubilacion", "Escuela Infantil Caracolitos <caracolitos@example.es>", "Servicio de enfermería", "billing", "",
"""Buenas tardes:

Os escribimos desde la Escuela Infantil Caracolitos de Logroño. Después de
31 años, la directora se jubila y la escuela cierra sus puertas el 31 de
julio. Por tanto, el contrato de visitas de enfermería escolar que
tenemos con vosotros no continuará a partir de septiembre; os pedimos que
no se emitan más recibos después del de julio.

Muchas gracias por estos años.

Pilar Ortega"""),
("es", "b68-descuento-hermanos-dentista", "Sergio Blanco <sergio.blanco@example.es>", "Pregunta", "billing", "",
"""Buenas, tengo tres hijos (4, 7 y 9 años) y quería llevarlos a los tres
a la revisión con vosotros. ¿Hacéis algún descuento por hermanos o si
venimos los tres el mismo día?"""),
("es", "b68-vigilabebes-se-apaga", "Noelia Ramos <noelia.ramos@example.es>", "Se apaga", "technical", "",
"""Hola, la unidad de padres del vigilabebés se apaga sola a las dos o tres
horas aunque la batería esté al 100%. Si la dejo enchufada aguanta toda
la noche. Tiene dos meses."""),
("es", "b68-mx-codigo-verificacion-app", "Daniela Herrera <daniela.herrera@example.com.mx>", "no me llega el codigo", "technical", "",
"""hola buen dia, quiero entrar a la app para ver la cartilla de vacunacion
de mi hijo pero me pide un codigo de verificacion por sms y nunca me
llega, ya le di reenviar como 10 veces. mi numero es el mismo que di en
recepcion. gracias"""),
("es", "b68-ar-cargador-chispas", "Martín Sosa <martin.sosa@example.com.ar>", "Cargador del monitor", "technical", "high",
"""Buenas noches,

Les escribo porque anoche al enchufar el cargador de la cámara del bebé
saltaron chispas del enchufe y se cortó la luz de toda la habitación. El
cargador tiene una marca negra en una de las patas. No lo volvimos a
usar, pero quería saber si la cámara es segura y cómo me mandan otro
cargador.

Saludos,
Martín Sosa"""),
("es", "b68-gafas-capa-se-pela", "Irene Castillo <irene.castillo@example.es>", "Gafas de Hugo", "technical", "",
"""Hola, a las gafas de mi hijo (las compramos en marzo) se les esta
pelando la capa antireflejante en los dos cristales, parece que tienen
manchas. No quiero devolverlas ni que me devolvais el dinero, solo saber
si tiene arreglo y si entra en la garantia. Las limpiamos con el paño y
el spray que nos disteis."""),
("es", "b68-co-no-es-pago-portal", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Pagos", "technical", "",
"""Buenas tardes. Escogí "pagos" en el formulario porque no había otra
opción, pero no es un tema de pagos. En el portal de pacientes, cuando
entro a "resultados" para ver la prueba de alergia de mi hija, la página
se queda cargando y nunca muestra nada. Llevo así desde el lunes, en
Chrome y en el celular.

Andrés"""),
("es", "b68-monitor-apnea-error", "Rocío Gallardo <rocio.gallardo@example.es>", "Monitor de apnea - error E4", "technical", "high",
"""Buenas noches,

A nuestro hijo le dieron el alta de neonatos hace cinco días (nació
prematuro) y nos mandaron a casa con vuestro monitor de apnea. Desde esta
tarde la pantalla muestra "E4" y no deja activar la vigilancia: pita y se
vuelve a apagar. Hemos cambiado los electrodos y reiniciado.

El hospital nos ha dicho que el monitor es vuestro y que os llamemos, pero
el teléfono da un mensaje de fuera de horario. No podemos dejarle dormir
sin el monitor. Por favor, llamadnos al 611 555 042.

Rocío y Pablo"""),
("es", "b68-mx-turnos-pantallas-caidas", "Coordinación Clínica Pediátrica del Valle <coordinacion@pediatricadelvalle.example>", "sistema", "technical", "high",
"""Buen día,

Desde las 9:00 las pantallas de la sala de espera no llaman a nadie y los
pediatras no pueden ver la agenda ni los expedientes en sus
computadoras. Estamos atendiendo por orden de llegada con lista en papel,
tenemos unas 40 familias esperando y ya se fueron varias sin consulta.
Las recetas tampoco se pueden imprimir.

Favor de comunicarse al 55 5555 0193 lo antes posible.

Lic. Mónica Trejo
Coordinación"""),
("es", "b68-calientabiberones-humo", "Elena Morales <elena.morales@example.es>", "Calientabiberones", "technical", "high",
"""Hola,

Os comento que esta mañana el calientabiberones que compré en abril ha
empezado a echar un poco de humo por la base y olía a quemado. Lo he
desenchufado enseguida y no ha pasado nada más, pero la base de plástico
está algo derretida por debajo. Lo tengo guardado por si lo necesitáis.

Elena"""),
("es", "b68-cl-camara-wifi-5g", "Camila Rojas <camila.rojas@example.cl>", "camara", "technical", "",
"""Hola, la cámara del bebé no encuentra mi red wifi. En el celular veo las
dos redes (la normal y la 5G) pero la app solo muestra la 5G y al
conectarla dice "error de conexión". ¿Tengo que cambiar algo en el
router?"""),
("es", "b68-re-notificaciones-llanto", "Pedro Iglesias <pedro.iglesias@example.es>", "Re: Incidencia 31190", "technical", "",
"""Hola Laura,

Ya he desactivado el ahorro de batería para la app como me dijiste y
siguen sin llegar los avisos de llanto cuando tengo el móvil bloqueado.
Solo me salen si abro la app.

Pedro

-----Mensaje original-----
De: Soporte Técnico
Asunto: Incidencia 31190

Hola Pedro, por favor desactiva la optimización de batería para
nuestra app (Ajustes > Batería) y dinos si siguen sin llegar las
notificaciones."""),
("es", "b68-ar-pantalla-rayas", "Julieta Romero <juli.romero@example.com.ar>", "Hola", "technical", "",
"""Hola, la pantallita del monitor tiene unas rayas verdes horizontales que
no dejan ver bien al bebé, aparecieron de un día para el otro. No se cayó
ni nada. Tiene garantía todavía, qué hago?"""),
("es", "b68-videoconsulta-ipad", "Alberto Sanz <alberto.sanz@example.es>", "Videoconsulta", "technical", "",
"""Buenas tardes. Hoy teníamos videoconsulta con la pediatra a las 17:00 y
desde el iPad no se abría la cámara, se quedaba la pantalla negra con el
circulito. Al final lo hicimos por teléfono. ¿Hay que instalar algo?
El jueves tenemos otra."""),
("es", "b68-mx-kit-alergias-qr", "Ximena Torres <ximena.torres@example.com.mx>", "Kit de prueba en casa", "technical", "",
"""Hola, ya tomé la muestra con el kit de alergias en casa pero al escanear
el código QR de la caja la app dice "código no válido". Lo intenté con
luz y sin luz y con dos celulares. ¿Cómo registro la muestra para
mandarla?"""),
("es", "b68-gracias-dra-ruiz", "Ana Belén Muñoz <anabelen.munoz@example.es>", "Gracias", "general", "",
"""Buenas tardes,

Solo quería dar las gracias a la Dra. Ruiz y a la enfermera Sonia por
cómo trataron a mi hija el sábado en urgencias pediátricas. Llegamos
asustadísimos y nos explicaron todo con muchísima paciencia. Da gusto
encontrar gente así.

Un abrazo,
Ana Belén"""),
("es", "b68-ar-mantita-olvidada", "Sofía Acosta <sofi.acosta@example.com.ar>", "Mantita", "general", "",
"""Hola! Creo que ayer a la tarde nos olvidamos en el consultorio de la
Dra. Medina una mantita amarilla con patitos. Es la de dormir de mi bebé y
no hay forma de que se duerma sin ella jaja. ¿La encontraron? Paso a
buscarla cuando me digan."""),
("es", "b68-mx-urgente-domingo", "Ricardo Medina <ricardo.medina@example.com.mx>", "URGENTE", "general", "",
"""URGENTE!!! abren el domingo? a que hora? quiero llevar a los niños a la
limpieza dental antes de que entren a clases"""),
("es", "b68-historial-vacunas-colegio", "Carmen Delgado <carmen.delgado@example.es>", "Solicitud de historial", "general", "",
"""Buenos días:

En el nuevo colegio de mi hijo Daniel (nacido el 22/10/2018) nos piden una
copia de su historial de vacunación y del informe de la última revisión.
¿Cómo puedo solicitarlos? ¿Tengo que ir en persona o me los podéis
enviar por correo electrónico?

Gracias,
Carmen Delgado"""),
("es", "b68-co-cambio-correo-direccion", "Luisa Fernanda Gómez <luisafer.gomez@example.com.co>", "actualizacion de datos", "general", "",
"""Buenas, por favor actualizar mis datos: nueva direccion Calle 45 # 18-32
apto 501, Medellin, y el correo ahora es este. Las citas de mis dos hijas
(Sara y Mariana Gómez) que me lleguen aca. Mil gracias"""),
("es", "b68-dentista-grosero-director", "Francisco Javier Ortiz <fj.ortiz@example.es>", "Queja sobre el trato recibido", "general", "high",
"""Buenas tardes:

El martes llevé a mi hijo de 5 años a la clínica de Alcalá. El dentista,
cuando el niño empezó a llorar, le dijo que "los niños que lloran no
tienen dientes bonitos" y a mí que si no sabía educarle que no le
trajera. Mi hijo no quiere volver.

No quiero una respuesta de plantilla. Quiero hablar directamente con el
director médico de la clínica. Mi teléfono es el 622 555 317.

Francisco Javier Ortiz"""),
("es", "b68-mx-vidrio-zona-juegos", "Paola Guzmán <paola.guzman@example.com.mx>", "Zona de juegos", "general", "high",
"""Hola, buenas tardes. Hoy en la sala de espera de la sucursal Satélite vi
que en el área de juegos de los niños hay pedacitos de vidrio en el piso,
parece que se rompió el vidrio del cuadro que estaba en la pared. Mi hija
casi se sienta encima. Le avisé a la recepcionista pero cuando me fui
seguía ahí. Les aviso para que lo limpien antes de que un niño se corte."""),
("es", "b68-ar-patrocinio-futbol-infantil", "Club Atlético Villa Real <prensa@cavillareal.example>", "Propuesta de patrocinio", "general", "",
"""Estimados, desde la comisión de fútbol infantil del Club Atlético Villa
Real queremos proponerles patrocinar las camisetas de la categoría 2015
para el torneo de invierno. Son 22 chicos y sería una linda forma de que
la clínica esté presente en el barrio. Quedamos atentos.

Saludos,
Hernán Quiroga"""),
("es", "b68-muerta-de-risa-revision", "Nuria Pascual <nuria.pascual@example.es>", "Revision de Alba", "general", "",
"""Hola!! Solo para deciros que Alba salio de la revision muerta de risa, y
eso que la noche antes estaba histerica. El dentista es una bomba, con el
muñeco que cuenta los dientes la tuvo encantada. Mil gracias!!"""),
("es", "b68-cl-consulta-edad-primera-visita", "Francisca Soto <francisca.soto@example.cl>", "Consulta", "general", "",
"""Hola, ¿a qué edad recomiendan la primera visita al odontopediatra? Mi
hija tiene 14 meses y ya le salieron 8 dientes. ¿Y tienen atención los
sábados en la sede de Ñuñoa?"""),
("es", "b68-mx-entrega-caseta", "Héctor Aguilar <hector.aguilar@example.com.mx>", "entregas", "general", "",
"""Buenas tardes, para los siguientes envíos de la fórmula por favor que el
repartidor deje la caja en la caseta de vigilancia del fraccionamiento,
con el guardia. Casi nunca estamos en la casa entre semana. Gracias."""),
("es", "b68-enfermera-medicacion-consumo", "Montserrat Gil <montse.gil@example.es>", "Actuación de la enfermera escolar", "general", "high",
"""Buenos días,

El pasado jueves la enfermera que ustedes envían al colegio Sant Jordi le
dio ibuprofeno a mi hija de 7 años sin llamarme ni consultar la ficha,
donde consta claramente que no autorizo ningún medicamento sin avisarme.
Me enteré por la niña al recogerla.

Exijo una explicación por escrito. Si no la recibo en diez días pondré
una reclamación formal ante la Consejería de Sanidad.

Montserrat Gil"""),
("es", "b68-ar-charla-lactancia", "Agustina Molina <agus.molina@example.com.ar>", "Charla de lactancia", "general", "",
"""Hola! Vi en Instagram que hacen una charla de lactancia para mamás
primerizas. Quería saber qué día es, dónde, y si puedo ir con mi bebé de
3 semanas. Gracias!!"""),
("es", "b68-gracias-optica-gafas", "Tomás Herrero <tomas.herrero@example.es>", "Gracias a Sara", "general", "",
"""Buenas,

Queríamos agradecer a Sara, de la óptica de la calle Mayor, la paciencia
que tuvo con nuestro hijo de 3 años. Se probó como veinte monturas, lloró,
se rio, y al final salió encantado con sus gafas rojas. No se las quita
ni para dormir la siesta.

Gracias de verdad.
Tomás y Olga"""),
# ---------------- Polish ----------------
("pl", "b68-brak-puszki-w-paczce", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Zamówienie 48815", "billing", "",
"""Dzień dobry,

w dzisiejszej paczce z subskrypcji były tylko 3 puszki mleka zamiast 4,
a pobrali Państwo pełną kwotę 259,96 zł. Proszę o zwrot za brakującą
puszkę (64,99 zł) albo dosłanie jej z następną dostawą - obojętnie.

Pozdrawiam,
Agnieszka Wróbel"""),
("pl", "b68-zawieszenie-pakietu-dziadkowie", "Kamil Jasinski <kamil.jasinski@example.pl>", "pakiet", "billing", "",
"""Dzien dobry, od lipca do konca wrzesnia bedziemy z dziecmi u dziadkow w
Anglii i nie bedziemy korzystac z przychodni. Czy da sie zawiesic nasz
pakiet rodzinny na te 3 miesiace, zeby nie placic 289 zl miesiecznie za
nic? Od pazdziernika chcemy wrocic na tych samych warunkach.

Kamil"""),
("pl", "b68-okulary-raty-zero", "Magdalena Kowalczyk <magda.kowalczyk@example.pl>", "Okulary dla córki", "billing", "",
"""Dzień dobry, córka (7 lat) dostała od okulistki skierowanie na szkła do
kontroli krótkowzroczności. W salonie w Gdańsku wycena to 1 450 zł razem
z oprawką. Czy można to rozłożyć na raty 0%? Jeśli tak, to na ile rat i
czy trzeba mieć kartę kredytową?"""),
("pl", "b68-faktura-nip-testy-alergiczne", "Biuro Rachunkowe Marek Zając <biuro@zajac-ksiegowosc.example>", "Faktura", "billing", "",
"""Dzień dobry,

17 czerwca mój syn Jakub miał u Państwa panel testów alergicznych
(płatność kartą 680 zł). Otrzymałem paragon, a potrzebuję faktury na
firmę:

Biuro Rachunkowe Marek Zając
ul. Ogrodowa 12, 90-001 Łódź
NIP 725-555-12-34

Paragon mogę odesłać skanem.

Z poważaniem,
Marek Zając"""),
("pl", "b68-blik-za-wizyte", "Oliwia Nowicka <oliwia.nowicka@example.pl>", "platnosc", "billing", "",
"""hej, czy za wizyte u pediatry mozna zaplacic blikiem przy rejestracji?
nie mam przy sobie karty a gotowki tez nie nosze. wizyta jutro o 10"""),
("pl", "b68-wymiana-niani-bez-kamery", "Tomasz Grabowski <tomasz.grabowski@example.pl>", "Zwrot", "billing", "",
"""Dzien dobry, kupilem przez Panstwa sklep niania elektroniczna bez kamery,
ale zona chciala jednak z kamera. Niania jest nierozpakowana, w folii.
Chcialbym ja wymienic na model z kamera i doplacic roznice. Jak to
zalatwic - odeslac kurierem czy moge przyjsc do sklepu w Poznaniu?

Tomasz Grabowski"""),
("pl", "b68-pakiet-szczepien-chargeback", "Joanna Pawlak <joanna.pawlak@example.pl>", "Pakiet szczepień - zwrot", "billing", "high",
"""Dzień dobry,

w styczniu wykupiłam z góry pakiet szczepień dla syna za 1 180 zł.
Zrealizowana została jedna dawka, bo od marca ciągle słyszę, że
"szczepionki nie ma na stanie". 8 maja zrezygnowałam pisemnie i
poprosiłam o zwrot za niewykorzystane dawki. Do dziś nic nie wpłynęło i
nikt nie odpowiada na maile.

Jeżeli w ciągu 7 dni nie otrzymam zwrotu, składam w banku reklamację
transakcji kartą (chargeback).

Joanna Pawlak"""),
("pl", "b68-nadplata-stomatolog-kierownik", "Rafał Michalski <rafal.michalski@example.pl>", "Re: Re: nadpłata", "billing", "high",
"""Piszę trzeci raz. Proszę przekazać sprawę kierownikowi placówki, bo z
rejestracją nie da się tego załatwić.

Za leczenie syna zapłaciłem 650 zł, a w karcie zabiegów wyceniono je na
450 zł. Potwierdziliście nadpłatę 200 zł i minął ponad miesiąc.

Rafał Michalski

> W dniu 20.05 Stomatologia Dziecięca Uśmiech napisała:
> Dzień dobry, potwierdzamy nadpłatę w wysokości 200 zł. Zwrot
> zostanie zlecony w ciągu 14 dni na numer konta podany w
> formularzu.
> Pozdrawiamy, Recepcja"""),
("pl", "b68-automatyczne-odnowienie-uokik", "Ewa Sikorska <ewa.sikorska@example.pl>", "Odnowienie abonamentu bez mojej zgody", "billing", "high",
"""Szanowni Państwo,

roczny abonament opieki pediatrycznej dla mojej córki kończył się 31
maja. Nikt mnie nie poinformował, że odnowi się automatycznie, a 1
czerwca z karty zeszło 1 548 zł za kolejny rok. Nie wyrażałam na to
zgody i nie zamierzam korzystać z abonamentu.

Żądam zwrotu całej kwoty. Jeśli nie otrzymam go w ciągu 14 dni, zwrócę
się do Miejskiego Rzecznika Konsumentów i złożę skargę do UOKiK.

Ewa Sikorska"""),
("pl", "b68-re-wycena-narkoza-zaliczka", "Piotr Lewandowski <piotr.lewandowski@example.pl>", "RE: Plan leczenia - Zosia L.", "billing", "",
"""Dzień dobry,

dziękuję za plan. Czy zaliczkę 500 zł trzeba wpłacić przelewem przed
wizytą, czy wystarczy zapłacić na miejscu w dniu zabiegu? I czy reszta
może być płatna w dwóch częściach?

Piotr Lewandowski

Od: Stomatologia Dziecięca Zębuś
Temat: Plan leczenia - Zosia L.

Przesyłamy plan leczenia w znieczuleniu ogólnym. Koszt całkowity
2 900 zł, w tym opieka anestezjologa. Do rezerwacji terminu
wymagana jest zaliczka 500 zł."""),
("pl", "b68-nie-rezygnuje-tanszy-plan", "Karolina Dudek <karolina.dudek@example.pl>", "Zmiana", "billing", "",
"""Dzień dobry, nie chcę rezygnować z subskrypcji, ale chciałabym przejść
na mniejszy pakiet - teraz zamawiam 6 puszek, a mała je już sporo
normalnego jedzenia, więc 3 na miesiąc wystarczą. Od którego miesiąca
będzie niższa opłata?"""),
("pl", "b68-rozstanie-pakiet-rodzinny", "Dorota Krawczyk <dorota.krawczyk@example.pl>", "Pakiet rodzinny", "billing", "",
"""Dzień dobry,

rozstaliśmy się z mężem i od lipca mąż nie będzie już korzystał z
naszego pakietu rodzinnego w przychodni. Proszę o przepisanie pakietu
tylko na mnie i córkę (Lena Krawczyk) i przeliczenie opłaty, bo płacimy
teraz za 3 osoby. Karta do płatności zostaje moja.

Dorota Krawczyk"""),
("pl", "b68-kod-rabatowy-nie-odliczony", "Natalia Zielinska <natalia.zielinska@example.pl>", "Kod rabatowy", "billing", "",
"""Dzien dobry, przy zamowieniu 51290 wpisalam kod POWITANIE20 z ulotki
ze szpitala, ale w podsumowaniu rabat sie nie odliczyl i zaplacilam
pelne 399 zl za nianie. Prosze o zwrot roznicy (20%)."""),
("pl", "b68-niania-zrywa-polaczenie", "Bartosz Wojcik <bartosz.wojcik@example.pl>", "niania", "technical", "",
"""Dzień dobry. Niania co kilkanaście minut pokazuje "brak połączenia z
kamerą" i po chwili wraca. Kamera jest w pokoju obok, jakieś 5 metrów.
Zmienialiśmy gniazdko i miejsce, nic nie pomaga. Co jeszcze można
sprawdzić?"""),
("pl", "b68-konto-zablokowane-portal", "Katarzyna Maj <katarzyna.maj@example.pl>", "Zablokowane konto", "technical", "",
"""Dzien dobry, po trzech probach logowania portal pacjenta zablokowal mi
konto na "24 godziny", a minely juz trzy dni i dalej jest zablokowane.
Chce zapisac syna na bilans trzylatka."""),
("pl", "b68-zasilacz-dym-spalenizna", "Grzegorz Baran <grzegorz.baran@example.pl>", "Zasilacz kamery", "technical", "high",
"""Dzień dobry,

wczoraj wieczorem z zasilacza kamery w pokoju syna wydobył się dym i
poczuliśmy zapach spalenizny. Od razu wyciągnąłem go z gniazdka, obudowa
jest z jednej strony zżółknięta. Kamera stała przy łóżeczku.

Nie używamy go już. Proszę o informację, co dalej.

Grzegorz Baran"""),
("pl", "b68-okulary-nosek-odpada-nie-zwrot", "Monika Szymańska <monika.szymanska@example.pl>", "Okulary Antka", "technical", "",
"""Dzień dobry, w okularach syna co chwilę odpada silikonowy nosek, już dwa
razy zgubiliśmy go w przedszkolu. Nie chodzi mi o zwrot pieniędzy, okulary
są super, tylko żeby ktoś to porządnie naprawił. Czy mogę przyjść bez
umawiania do salonu w Katowicach?"""),
("pl", "b68-to-nie-platnosc-wyniki-alergii", "Paweł Kaczmarek <pawel.kaczmarek@example.pl>", "Płatność", "technical", "",
"""Dzień dobry, w formularzu wybrałem "płatności", bo nic innego nie
pasowało, ale to nie jest sprawa płatności. Wyniki testów alergicznych
córki miały być w aplikacji od poniedziałku. Aplikacja pokazuje "wynik
gotowy", ale po kliknięciu pojawia się pusta strona z napisem "błąd 404".
Na komputerze to samo."""),
("pl", "b68-skarpetka-saturacja-wylogowana", "Anna Kołodziej <anna.kolodziej@example.pl>", "Nie mogę zalogować się do aplikacji skarpetki", "technical", "high",
"""Dzień dobry,

nasza córka (4 miesiące) jest po operacji serca i kardiolog zalecił
monitorowanie saturacji w nocy skarpetką Państwa firmy. Dziś wieczorem
aplikacja sama nas wylogowała i przy logowaniu wyświetla "konto
tymczasowo niedostępne". Bez aplikacji stacja bazowa nie włącza alarmów.

Czeka nas noc bez monitoringu. Czy ktoś może pomóc jeszcze dziś? Telefon
600 555 218.

Anna i Michał Kołodziej"""),
("pl", "b68-przychodnia-e-recepty-stoja", "Przychodnia Pediatryczna Bajka <kierownik@przychodnia-bajka.example>", "system", "technical", "high",
"""Dzień dobry,

od rana lekarze nie mogą wystawić żadnej e-recepty ani e-skierowania z
Państwa systemu - po kliknięciu "podpisz" kręci się kółko i nic. Rodzice
wychodzą z gabinetów bez recept na antybiotyki, część czeka na
korytarzu, część odesłaliśmy i prosimy o powrót po południu. Mamy dziś
ok. 90 wizyt w trzech gabinetach.

Proszę o pilny kontakt: 58 555 30 11.

Beata Lis, kierownik przychodni"""),
("pl", "b68-kamera-parzy-trzeszczy", "Łukasz Wieczorek <lukasz.wieczorek@example.pl>", "Kamera", "technical", "high",
"""Dzień dobry, obudowa kamery od niani robi się tak gorąca, że trudno ją
utrzymać w ręku, a w środku coś cicho trzeszczy. Stoi na półce nad
łóżeczkiem syna. Na razie ją odłączyłem. Czy to normalne?

Łukasz"""),
("pl", "b68-niania-szumi", "Aleksandra Pietrzak <ola.pietrzak@example.pl>", "szumi", "technical", "",
"""Dzien dobry, od kilku dni jednostka rodzica strasznie szumi i trzeszczy,
nawet jak w pokoju dziecka jest cisza. Wczesniej tego nie bylo.
Probowalam zmienic kanal. Moze to kwestia oprogramowania?"""),
("pl", "b68-re-powiadomienia-temperatura", "Michał Jabłoński <michal.jablonski@example.pl>", "Re: Zgłoszenie 77410", "technical", "",
"""Dzień dobry Pani Marto,

zaktualizowałem aplikację i kamerę do wersji 4.1, ale powiadomienia o
temperaturze w pokoju dalej nie przychodzą, mimo że próg ustawiony jest
na 26 stopni, a w pokoju było wczoraj 28.

Michał

> Dnia 03.06 Wsparcie Techniczne napisał(a):
> Dzień dobry, proszę zaktualizować aplikację oraz oprogramowanie
> kamery do wersji 4.1 i sprawdzić, czy powiadomienia działają."""),
("pl", "b68-rejestracja-online-kreci-sie", "Weronika Górska <weronika.gorska@example.pl>", "Rejestracja", "technical", "",
"""Dzień dobry, przy zapisie online do ortodonty dziecięcego po wybraniu
terminu strona kręci się bez końca i nic się nie dzieje. Próbowałam od
wczoraj na telefonie i laptopie. Terminy wciąż są widoczne jako wolne."""),
("pl", "b68-sterylizator-wylacza-sie", "Hubert Mazur <hubert.mazur@example.pl>", "Sterylizator", "technical", "",
"""Sterylizator parowy wyłącza się po 2-3 minutach zamiast po 8, butelki
są jeszcze letnie. Odkamienialiśmy go kwaskiem. Jest na gwarancji."""),
("pl", "b68-teleporada-nie-laczy", "Izabela Stępień <iza.stepien@example.pl>", "teleporada", "technical", "",
"""Dzień dobry, dziś o 16:00 miałam teleporadę wideo z panią doktor
Malinowską, ale w aplikacji przez 15 minut był tylko napis "łączenie".
W końcu pani doktor zadzwoniła na zwykły telefon. Czy przy następnej
wizycie coś muszę zmienić?"""),
("pl", "b68-podziekowania-dr-nowak", "Halina Zawadzka <halina.zawadzka@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałabym bardzo podziękować pani doktor Nowak, która w piątek
wieczorem przyjęła moją wnuczkę, choć przyszłyśmy bez zapisu. Była
cierpliwa, wszystko wytłumaczyła, a małej dała naklejkę z misiem, z
którą ta się teraz nie rozstaje.

Z wyrazami szacunku,
Halina Zawadzka (babcia Poli)"""),
("pl", "b68-zgubiona-czapka-poczekalnia", "Sylwia Adamczyk <sylwia.adamczyk@example.pl>", "Zguba", "general", "",
"""Dzien dobry, wczoraj okolo 15 w poczekalni przychodni na Mokotowie
zostawilismy chyba granatowa czapke z pomponem i rekawiczki na sznurku.
Czy ktos je znalazl? Moge podjechac jutro."""),
("pl", "b68-pilne-godziny-majowka", "Krzysztof Olszewski <k.olszewski@example.pl>", "PILNE", "general", "",
"""PILNE!!! Czy 2 maja przychodnia jest czynna i w jakich godzinach? Chce
przyjsc z corka na szczepienie przed wyjazdem."""),
("pl", "b68-rodo-kopia-dokumentacji", "Marta Sadowska <marta.sadowska@example.pl>", "Wniosek o udostępnienie dokumentacji", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO oraz przepisów o dokumentacji medycznej proszę
o udostępnienie kopii pełnej dokumentacji medycznej mojego syna Igora
Sadowskiego (ur. 12.03.2019), prowadzonej w Państwa przychodni, w formie
elektronicznej na ten adres.

Z poważaniem,
Marta Sadowska"""),
("pl", "b68-zmiana-nazwiska-adresu", "Julia Czarnecka <julia.czarnecka@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, proszę o zmianę danych w karcie moich dzieci: moje nazwisko
to teraz Czarnecka (wcześniej Lis), nowy adres ul. Kwiatowa 8/3, 31-222
Kraków. Numer telefonu bez zmian. Dziękuję!"""),
("pl", "b68-rejestratorka-kierownik", "Adam Kubiak <adam.kubiak@example.pl>", "Skarga", "general", "high",
"""Dzień dobry,

w środę w rejestracji przychodni przy ul. Lipowej pani w okienku na moją
prośbę o wcześniejszy termin dla chorego dwulatka odpowiedziała przy
wszystkich "to niech pan jedzie na SOR, nie mój problem" i zamknęła
okienko. Nie tak się traktuje rodziców chorych dzieci.

Proszę o kontakt kierownika placówki, nie chcę odpowiedzi od rejestracji.
Tel. 505 555 902.

Adam Kubiak"""),
("pl", "b68-kacik-zabaw-ostra-krawedz", "Ilona Mroczek <ilona.mroczek@example.pl>", "Kącik zabaw", "general", "high",
"""Dzień dobry,

zwracam uwagę, że w kąciku zabaw w poczekalni przychodni na Bemowie
plastikowy domek ma pęknięty dach i z boku wystaje ostry kawałek
plastiku, akurat na wysokości twarzy małego dziecka. Mój syn się o to
zadrapał, na szczęście lekko. Może warto go usunąć albo zabezpieczyć.

Ilona Mroczek"""),
("pl", "b68-festyn-sponsoring", "Rada Rodziców SP 14 <radarodzicow.sp14@example.pl>", "Festyn rodzinny - sponsor", "general", "",
"""Dzień dobry,

Rada Rodziców Szkoły Podstawowej nr 14 w Lublinie organizuje 7 czerwca
festyn rodzinny. Szukamy sponsorów, m.in. nagród w loterii i stoiska.
Czy Państwa gabinet byłby zainteresowany współpracą? Chętnie
przedstawimy szczegóły.

Pozdrawiam,
Renata Wilk, przewodnicząca"""),
("pl", "b68-umarlam-ze-smiechu", "Patrycja Borkowska <patrycja.borkowska@example.pl>", "Wizyta Franka", "general", "",
"""Umarłam ze śmiechu, jak Franek po wizycie oświadczył, że zostanie
dentystą "jak pan Tomek". Pół roku bał się tej wizyty, a wyszedł
zachwycony. Bomba! Dziękujemy całemu zespołowi."""),
("pl", "b68-pytanie-obecnosc-przy-szczepieniu", "Renata Kowalska <renata.kowalska@example.pl>", "Pytanie", "general", "",
"""Dzień dobry, w szkole syna Państwa pielęgniarka będzie w październiku
robić szczepienia HPV. Czy rodzic może być przy tym obecny, a jeśli tak,
to gdzie się zgłosić? Syn ma 12 lat i bardzo się stresuje."""),
("pl", "b68-paczkomat-dostawy", "Szymon Laskowski <szymon.laskowski@example.pl>", "dostawa", "general", "",
"""Dzien dobry, kolejne paczki z mlekiem prosze wysylac do paczkomatu
WAW12M przy Biedronce zamiast pod drzwi, kurier zawsze przyjezdza jak
jestesmy w pracy. Dziekuje"""),
("pl", "b68-rzecznik-praw-pacjenta-pielegniarka", "Barbara Wysocka <barbara.wysocka@example.pl>", "Zachowanie pielęgniarki", "general", "high",
"""Szanowni Państwo,

podczas pobierania krwi 3-letniej córce pielęgniarka krzyczała na nią,
żeby "przestała się mazać", a mnie kazała wyjść z gabinetu, kiedy
poprosiłam o chwilę przerwy. Córka wyszła z siniakami na obu rękach.

Oczekuję pisemnych wyjaśnień. Jeżeli ich nie otrzymam, złożę skargę do
Rzecznika Praw Pacjenta.

Barbara Wysocka"""),
("pl", "b68-przesiewowe-badanie-sluchu", "Emilia Witkowska <emilia.witkowska@example.pl>", "Badanie słuchu w sobotę", "general", "",
"""Dzień dobry, na plakacie w przychodni jest informacja o bezpłatnych
badaniach przesiewowych słuchu dla dzieci w sobotę 14 czerwca. Czy trzeba
się wcześniej zapisać? Mam dwoje dzieci, 3 i 5 lat."""),
("pl", "b68-pochwala-pielegniarki-szkolnej", "Anna Zalewska <anna.zalewska@sp3-olsztyn.example>", "Pani Ewa", "general", "",
"""Dzień dobry,

jako wychowawczyni klasy 2b chciałam przekazać wyrazy uznania dla pani
Ewy, pielęgniarki, którą Państwo kierują do naszej szkoły. Dzieci ją
uwielbiają, a jej pogadanka o myciu zębów była hitem - do dziś o niej
mówią.

Pozdrawiam serdecznie,
Anna Zalewska
SP 3 w Olsztynie"""),
]
