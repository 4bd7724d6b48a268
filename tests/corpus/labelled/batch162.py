# batch162.py -- labelled mails held out of the tree until the rules it
# measures are final: nothing is tuned or trained on them.  Caring
# professions -- dog walkers, house sitters, elderly companions, doulas,
# night nannies, cleaners for elderly people, handymen for pensioners --
# with the failure classes in new situations: escalation demands that
# keep their topic, legal threats and chargebacks, negations, Greeklish,
# subjects that say nothing or something else, replies quoting an
# earlier mail, plans ended or paused in other words (a death, a move, a
# dog that died), outages of a business told by their consequences,
# safety hazards told calmly, praise, payment questions -- and everyday
# mail of all three queues.  40 mails each in en, el, es, pl.
M += [
# ---------------- English ----------------
("en", "b162-walks-bundle-charged-twice", "Hannah Prescott <hannah.prescott@example.co.uk>", "Charged twice?", "billing", "",
"""Hi there,

Just looking at my banking app and I've been charged £72.00 twice on
Monday for Bramble's walks (the 6-walk bundle). I only bought the one
bundle. Could you check and put the second one back please?

Cheers,
Hannah"""),
("en", "b162-thursdays-mother-died", "Geoffrey Lund <g.lund@example.co.uk>", "Thursdays", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my mother, Mrs Irene Lund, who has had a
companion visit from Margaret every Thursday afternoon under your
monthly arrangement. Mum died peacefully on the 3rd of this month, so
the visits will not be needed any more.

Please make sure nothing further is taken from her account - the direct
debit is in her name at Lloyds. If anything is owed either way please
let me know, as I am dealing with her affairs.

May I also say that Margaret was a great comfort to her.

Yours faithfully,
Geoffrey Lund"""),
("en", "b162-rainbow-bridge-biscuit", "Kylie Barnes <kylie.barnes@example.com.au>", "Biscuit", "billing", "",
"""Hi team,

Sad news, our old boy Biscuit went over the rainbow bridge on Sunday
arvo. He was 15 so he had a good innings. Jarrah walked him for nearly
three years and was brilliant with him.

So we won't be needing the Mon/Wed/Fri walks any more. Can you make
sure the fortnightly $96 stops coming out? There should be a couple of
walks left over from this fortnight too - if you can refund those
that'd be great.

Thanks heaps,
Kylie"""),
("en", "b162-doula-baby-came-early", "Siobhán Ní Bhriain <siobhan.nibhriain@example.ie>", "Birth package", "billing", "",
"""Hi,

I booked the full birth package with Róisín (€1,150, paid in two
instalments), which included her being with me for the birth. Our
little lad arrived five weeks early and very fast, so she never made it
to the Rotunda - nobody could have, to be fair.

We did have both antenatal sessions so I'm not asking for it all back,
but is there a partial refund for the birth part? Or could it be
swapped for extra postnatal visits instead?

Thanks a million,
Siobhán"""),
("en", "b162-sitter-cancelled-amex-dispute", "Derek Collins <derek.collins@example.com>", "Booking #HS-20417", "billing", "high",
"""To whom it may concern,

Our house sitter cancelled two days before our trip (booking #HS-20417,
14 nights, Austin TX). We had to put both cats in a boarding facility at
the last minute for $610. Your platform still charged my card the full
$840 for a sit that never happened.

I have written three times through the app and received only automated
replies. If the $840 is not refunded by Friday I will dispute the charge
with American Express. I have screenshots of the sitter's cancellation
message.

Derek Collins"""),
("en", "b162-invoice-gstin-father-pune", "Rajesh Kulkarni <rajesh.kulkarni@example.in>", "Invoice required", "billing", "",
"""Dear Sir/Madam,

Kindly note that my father Shri Vasant Kulkarni is availing your daily
attendant service at his residence in Kothrud, Pune since April. The
monthly bills of Rs. 18,500 are coming in his name only.

My company reimburses this under the parent care benefit, for which
they need a proper tax invoice showing your GSTIN and my name as the
payer. Kindly reissue the invoices for April, May and June accordingly
and do the needful at the earliest.

Thanks and regards,
Rajesh Kulkarni
Bengaluru"""),
("en", "b162-rolo-cornwall-hold", "Tom Ashworth <tom.ashworth@example.co.uk>", "Rolo away for 3 weeks", "billing", "",
"""Hiya,

We're taking Rolo to Cornwall with us from the 2nd to the 23rd so no
walks needed for those three weeks. I don't want a refund or anything,
just please don't take the weekly £60 while we're away and start it up
again from the 24th.

Ta,
Tom"""),
("en", "b162-handyman-rate-over-75s", "Walter Briggs <walter.briggs@example.co.uk>", "Question", "billing", "",
"""Good afternoon,

I am 81 and live on my own in Kettering. I need a few small jobs doing -
a curtain rail back up, a dripping tap and two light bulbs I cannot
reach. Could you tell me what you charge for an hour of the handyman,
and whether there is a reduction for pensioners? A neighbour said you
do a special rate for the over-75s.

Also, do I pay the man on the day or do you send a bill?

Yours sincerely,
W. Briggs"""),
("en", "b162-pay-cleaner-cash-cheque", "Dorothy Fenwick <dot.fenwick@example.co.uk>", "Paying", "billing", "",
"""Hello dear,

My daughter signed me up for the fortnightly cleaner and put her card
on it, but I would rather pay for it myself now. I don't have a card
for the computer. Can I pay Janice in cash when she comes, or send you
a cheque each month?

Thank you,
Dorothy Fenwick (Mrs)"""),
("en", "b162-re-invoice-two-hours-not-three", "Fiona McAllister <fiona.mcallister@example.co.uk>", "Re: Your invoice INV-2291", "billing", "",
"""Hi,

The invoice has 3 hours on the 14th but Paula was only with Dad from 10
till 12 - she said so herself and it's in the visit log. Can you correct
it to 2 hours (£46, not £69) please?

Fiona

> Dear Ms McAllister,
>
> Please find attached your invoice INV-2291 for visits to Mr J.
> McAllister during May. Total due: £483.00. Payment will be collected
> by direct debit on the 5th.
>
> Kind regards,
> Accounts Team"""),
("en", "b162-materials-small-claims", "Gareth Pryce <gareth.pryce@example.co.uk>", "Bill for my mother's bathroom job", "billing", "high",
"""Dear Sirs,

Your handyman fitted a new toilet seat and resealed the bath for my
mother (aged 87) on 12 March. Your bill came to £412, of which £340 is
listed as "materials". The materials were a £25 toilet seat and one
tube of sealant. I have asked twice for an itemised breakdown and have
received nothing.

Please refund the overcharge within 14 days. Otherwise I shall file a
claim in the small claims court and report the matter to Trading
Standards, as I believe you have taken advantage of an elderly woman.

Gareth Pryce"""),
("en", "b162-late-cancel-fee-ambulance-manager", "Linda Okafor <linda.okafor@example.co.uk>", "Cancellation fee - manager please", "billing", "high",
"""I've been charged a £35 late cancellation fee because I cancelled
Dad's companion visit at 7am on the day. I cancelled at 7am because he
was taken into hospital by ambulance at 4am. I explained this on the
phone and the girl said "rules are rules".

I'm not going through the call centre again. I want a manager to ring
me today and I want that fee taken off.

Linda Okafor
07700 900412"""),
("en", "b162-night-nanny-voucher-expired", "Aoife Gallagher <aoife.gallagher@example.ie>", "Gift voucher", "billing", "",
"""Hello, my sisters clubbed together and got me a voucher for 3 nights with a night nanny (€450) when the twins were born. With one thing and another I never used it, and I see now it expired at the end of last month. Is there any chance it could be extended? I'd be so grateful.
Aoife"""),
("en", "b162-walk-map-grey-zero-minutes", "Priya Shah <priya.shah@example.co.uk>", "Walk report", "technical", "",
"""Hi, for the last week the walk reports come through with the photos
but the map part is just grey, no route, and the duration says 0 min.
The walker definitely took Luna out (she came back filthy!). iPhone 13,
app updated yesterday. Any ideas?"""),
("en", "b162-reset-email-never-comes", "Bernard Quinn <bernard.quinn@example.ie>", "cannot get in", "technical", "",
"""good morning

my grandson set up the account for the lady who comes to do my
shopping and cleaning and now i have forgotten the password. i press
forgot password and it says an email has been sent but nothing comes. i
looked in the junk like he showed me, nothing there either.

bernard quinn
Mullingar"""),
("en", "b162-not-billing-book-sitter-crash", "Jessica Moreno <jess.moreno@example.com>", "Billing?", "technical", "",
"""Your chat bot keeps sending me to billing but this is NOT a billing
question. The app crashes every time I tap "Book a sitter" - white
screen, then it closes. Android 14, Pixel 7, reinstalled twice. I need
someone for next weekend and I literally can't book."""),
("en", "b162-key-safe-carers-cant-get-in", "Sharon Whitfield <sharon.whitfield@example.co.uk>", "Key safe", "technical", "high",
"""The key safe your handyman fitted at my mum's last Tuesday won't open.
The code is right (I've tried it myself over FaceTime with the carer)
but the dial turns and the door stays shut. Mum is bed-bound and can't
get to the front door, and her carers can't get in to do her morning
tablets and breakfast. I'm an hour and a half away in Leeds.

Can someone come out this morning please. Address is 14 Fernlea Close,
Harrogate.

Sharon"""),
("en", "b162-grab-rail-came-off-wall", "Alan Metcalfe <alan.metcalfe@example.co.uk>", "Rail by the bath", "technical", "high",
"""Hello,

Just to let you know, the grab rail your chap put up by the bath in
April came away from the tiles this morning when I put my weight on it
getting out. I managed to sit down on the edge so no harm done, just a
bruised elbow. Two of the plugs have pulled straight out of the wall.

I'm not using the bath for now. Could somebody have a look at it when
convenient. I'm in most days.

Regards,
Alan Metcalfe (82)"""),
("en", "b162-hall-light-hot-plastic-smell", "Nikhil Bose <nikhil.bose@example.co.uk>", "Hall light", "technical", "high",
"""Hi,

Your handyman replaced the hall light fitting at my nan's flat on
Saturday. Since then it buzzes when it's on, and last night there was a
hot plastic smell and the ceiling rose has gone brown round the edge.
I've switched that circuit off at the fuse box and told her not to use
it.

Please can a qualified electrician come and check what was done.

Nikhil Bose"""),
("en", "b162-walkers-rounds-spinning", "Muddy Paws Walkies <hello@muddypawswalkies.example>", "today", "technical", "high",
"""Hi,

None of my six walkers can see their rounds this morning - the schedule
page just spins. I've got 38 dogs booked today and no idea who's meant
to be where, because all the key codes and addresses are in there. Two
walkers are sat in their vans waiting and owners have started texting
asking where we are.

Logged out and in, tried laptop and phone. Please help ASAP.

Carly
Muddy Paws Walkies, Bristol"""),
("en", "b162-care-checkins-dashboard-missed", "Office <office@harbourhomecare.example>", "Visit monitoring", "technical", "high",
"""Good afternoon,

Since about 8 this morning none of our carers' check-ins have come
through to the office dashboard. All 34 morning visits show as
"missed", so the coordinators have spent the day phoning every client
to find out whether anyone has actually been. Two carers say the app
accepted the check-in on their side.

We are required to monitor our visits, so at the moment we are doing it
by hand with a whiteboard. Please treat this as urgent.

Maureen Doyle
Registered Manager, Harbour Home Care Ltd"""),
("en", "b162-pendant-red-light-mum-alone", "Kevin Hart <kevin.hart88@example.com>", "Pendant alarm", "technical", "high",
"""Hi,

Mom's personal alarm pendant (the one that came with your companion
package) has been showing a red light since yesterday, and when we
pressed it as a test nothing happened - no call from the response
center. She is 89, lives alone in Des Moines and has fallen twice this
year. We've put a new battery in the base unit and unplugged it and
plugged it back in.

Until it works she has no way of calling for help at night. Can someone
please sort it today.

Kevin Hart"""),
("en", "b162-night-log-not-syncing", "Ellie Chambers <ellie.chambers@example.co.uk>", "Night log", "technical", "",
"""Morning! Our night nanny Gemma fills in the feeds and sleeps log on her
phone overnight but it isn't showing on ours in the morning - the last
entry we can see is from Tuesday. She says it says "saved" on hers. We
both have the latest version. Not the end of the world, she tells us
everything at handover, but it'd be nice to have it back.
Ellie x"""),
("en", "b162-gran-tablet-never-rings", "Megan Lloyd <megan.lloyd@example.co.uk>", "Gran's tablet", "technical", "",
"""Hello,

The tablet you supplied for Gran (for the video calls with her
companion on Wednesdays and Sundays) has stopped ringing. The calls
show as missed on our end but it never rings on hers - the screen stays
black. Volume is up, it's plugged in and on the wifi. It worked fine
until about a week ago.

Megan Lloyd"""),
("en", "b162-eircode-not-valid", "Declan Murphy <declan.murphy@example.ie>", "Booking form", "technical", "",
"""Trying to book the handyman for my mother in Ballincollig and the form won't take her Eircode (P31 XY45), says "please enter a valid postcode". Tried with and without the space. Do I have to ring ye?"""),
("en", "b162-re-ticket-still-logged-out", "Wendy Harper <wendy.harper@example.com.au>", "Re: Ticket 88213 - resolved", "technical", "",
"""Sorry, but it's not resolved. I did what you said (cleared the app
data, logged back in) and I'm still being logged out every time I lock
the phone. I'm typing my password in ten times a day just to look at the
house sitter's updates.

Wendy

> Hi Wendy,
>
> Thanks for getting in touch. Please clear the app's data (Settings,
> then Apps) and log in again - this should fix the issue. We've marked
> this ticket as resolved, but just reply if you need anything else.
>
> Support Team"""),
("en", "b162-thanks-agnieszka-mum", "Patricia Hale <pat.hale@example.co.uk>", "Thank you", "general", "",
"""Dear all,

I just wanted to write and say how much Agnieszka means to our mother.
She comes Tuesdays and Fridays to clean, but she also notices things -
she spotted that Mum's ankles were swollen last month and rang me, and
it turned out to be her heart tablets. She is patient, she is kind and
she always makes Mum laugh.

Please pass this on to whoever does her appraisal.

With thanks,
Patricia Hale"""),
("en", "b162-doula-maria-thank-you", "Ashley Nguyen <ashley.nguyen@example.com>", "Thank you Maria!!", "general", "",
"""Hi! Baby Theo arrived on the 9th, 8lb 2oz, after a long 30 hours. I
honestly don't know how I would have done it without Maria. She kept my
husband calm too, which is saying something. Please tell her we said
thank you again - and we're happy to be a reference for anyone thinking
about a doula.

Ashley, Mike & Theo"""),
("en", "b162-walker-smoking-dogs-off-lead", "Graham Fitch <graham.fitch@example.co.uk>", "Your walker", "general", "",
"""Morning,

Saw your walker with our two spaniels on the common yesterday, smoking
and on her phone the whole time while the dogs were off the lead and
running about. I don't want to get anyone into trouble but it's not what we
signed up for. Could you have a word?

Graham"""),
("en", "b162-sitter-had-guests-senior-manager", "Rebecca Lyons <rebecca.lyons@example.com>", "Complaint about our house sitter", "general", "high",
"""Dear Sir or Madam,

We returned from Portugal on Sunday to find that our house sitter had
had people staying in the house for at least two nights. Our neighbour
saw four young people coming and going, there were empty bottles all
through the recycling and someone had slept in our daughter's room.
None of this was agreed. The animals were fine, but that is not the
point.

I do not want this handled by the same support team that matched us
with her. I want a senior manager to contact me and explain what your
vetting actually involves.

Rebecca Lyons"""),
("en", "b162-reading-glasses-darren", "Eileen Shaw <eileen.shaw@example.co.uk>", "My glasses", "general", "",
"""Hello, I think the young man who came to put up my shelves on Monday
(Darren) may have gone off with my reading glasses. He borrowed them to
read the tiny writing on the instructions and I've not seen them since.
Brown frames in a blue case. Could you ask him?
Mrs E. Shaw"""),
("en", "b162-mum-new-landline-contact", "Sunita Rao <sunita.rao@example.com>", "Update contact details", "general", "",
"""Hi, please update my mother's details on file - she has a new landline, 0161 496 0732 (the old one is disconnected). Also please put me down as her emergency contact instead of my brother: Sunita Rao, 07700 900318. Client name is Mrs Kamala Rao. Thank you."""),
("en", "b162-subject-access-visit-notes", "Michael Byrne <michael.byrne@example.ie>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under Article 15 of the GDPR I request a copy of all personal data you
hold about me and about my father, Patrick Byrne, for whom I hold an
enduring power of attorney (copy attached). This should include the
visit notes written by your companions between January and August.

Please confirm receipt.

Michael Byrne
Galway"""),
("en", "b162-walkers-insured-same-walker", "Olivia Grant <olivia.grant@example.co.uk>", "Before we sign up", "general", "",
"""Hello, a few questions before we sign up. Are your walkers insured
and DBS checked? How many dogs do they take out at once? And is it
always the same walker or does it change week to week? Our rescue
greyhound is very nervous with new people.
Thanks, Olivia"""),
("en", "b162-office-stephens-day", "Brian Keane <brian.keane@example.ie>", "Hello", "general", "",
"""Hi, what days is your office open over Christmas and New Year? I want to know who to ring if Mam's carer can't make it on St Stephen's Day. Brian"""),
("en", "b162-fun-dog-show-sponsor", "Jenny Parkes <jenny.parkes@example.co.uk>", "Stoke Gifford Fun Dog Show", "general", "",
"""Hello,

I'm on the committee for the Stoke Gifford Fun Dog Show in aid of the
local rescue, on Saturday 14 September. We're looking for local
businesses to sponsor a class ("Waggiest Tail" and "Golden Oldie" are
still free) - sponsors get their name on the rosettes and a free stall
pitch on the day. Would you be interested?

Jenny Parkes"""),
("en", "b162-adyar-forum-talk", "Anand Iyer <anand.iyer@example.in>", "Invitation", "general", "",
"""Respected Sir/Madam,

Greetings from the Adyar Senior Citizens Forum, Chennai. We are
organising an awareness session on "Living Independently After 75" on
the second Sunday of next month at 10.30 am in our community hall.

We would be grateful if someone from your elder companion service could
address our members for 20-30 minutes on the services available.
Kindly let us know your availability at the earliest.

With warm regards,
Anand Iyer
Secretary"""),
("en", "b162-glass-daycare-yard", "Tara Whelan <tara.whelan@example.com.au>", "Glass in the yard", "general", "high",
"""Hi,

When I dropped Milo at your Marrickville daycare this morning I noticed
broken glass along the fence line in the outside play yard - looks like
a bottle's been chucked over from the lane. The dogs were already out
there. I told the girl on the desk but she was flat out.

Could someone please make sure it's cleaned up before they're let out
again? Milo cut his pad on something last week and now I'm wondering if
this is why.

Tara"""),
("en", "b162-urgent-garden-watering", "Samantha Cole <sam.cole@example.com>", "URGENT!!!", "general", "",
"""URGENT question - does the house sitter water the garden as well or is it indoor plants only?? We leave Thursday and my tomatoes will die without a drink!!!

Sam"""),
("en", "b162-pepper-gate-code", "Ravi Menon <ravi.menon@example.co.uk>", "Booking 55127", "general", "",
"""Hi, could you pass on to whoever's walking Pepper this week that the
side gate code has changed to 4417 and the back door key is now under
the green pot, not the blue one. Thanks, Ravi"""),
# ---------------- Greek ----------------
("el", "b162-gl-dyo-xreoseis-fylaxi-gatas", "Myrto K. <myrto.k@example.gr>", "xrewsh 2 fores", "billing", "",
"""Kalhspera,
mou xrewsate 2 fores ta 85 eyrw gia th fylaxh ths gatas (Savvatokyriako
12-14). Sthn karta fainontai kai oi dyo kinhseis, idio poso, idia wra.
Mporeite na mou epistrepsete thn mia?
Eyxaristw
Myrto"""),
("el", "b162-pateras-efyge-synodos", "Αθανασία Δ. <athanasia.d@example.gr>", "Συνοδος πατερα μου", "billing", "",
"""Καλημερα σας,

ο πατερας μου, Ιωαννης Δημητρακοπουλος, για τον οποιο ειχαμε την κυρια
Ευτυχια τρεις φορες την εβδομαδα, εφυγε απο τη ζωη την Κυριακη. Δεν θα
χρειαστουμε πλεον τις επισκεψεις.

Παρακαλω σταματηστε την παγια εντολη απο τον λογαριασμο του στην
Πειραιως. Αν εχει πληρωθει ολοκληρος ο Νοεμβριος, ενημερωστε με τι
γινεται με τις υπολοιπες μερες.

Ευχαριστω για ολα,
Αθανασια"""),
("el", "b162-gl-ramon-mas-afhse", "Thanasis P. <thanasis.p@example.gr>", "Ramon", "billing", "",
"""Geia sas,
o Ramon mas afhse xthes to prwi, htan 14 xronwn. O Stavros ton pigaine
volta ka8e mera edw kai 2 xronia kai ton agapouse poly, peite tou
eyxaristw apo olous mas.
Den 8a xreiastoume pleon to mhniaio paketo. Na mhn xrew8ei h karta ton
Dekemvrio.
Thanasis"""),
("el", "b162-mitera-metakomizei-stoutgardi", "Ροδάνθη Σταυροπούλου <rodanthi.s@example.gr>", "Καθαρίστρια κ. Σταυροπούλου", "billing", "",
"""Καλησπέρα σας,

Η μητέρα μου, Ελπίδα Σταυροπούλου (Καλαμαριά), πηγαίνει να μείνει
μόνιμα με την αδερφή μου στη Στουτγάρδη από τις 20 του μήνα. Επομένως
η εβδομαδιαία καθαριότητα στο σπίτι της σταματάει· η τελευταία
επίσκεψη θα είναι την Πέμπτη 18.

Τι πρέπει να κάνω για να σταματήσει η συνδρομή; Υπάρχει κάποια χρέωση
επειδή δεν συμπληρώθηκε το εξάμηνο;

Ευχαριστώ,
Ροδάνθη Σταυροπούλου"""),
("el", "b162-prokatavoli-doula-allo-maieftirio", "Ιφιγένεια Λ. <ifigeneia.l@example.gr>", "Προκαταβολή", "billing", "",
"""Καλημέρα,
είχα δώσει προκαταβολή 250€ για το πακέτο υποστήριξης τοκετού με την
κ. Μαρίνα. Τελικά με τον άντρα μου αποφασίσαμε να γεννήσω σε ιδιωτικό
μαιευτήριο με τη δική τους μαία, και εκεί δεν επιτρέπουν δεύτερο άτομο
στην αίθουσα. Επιστρέφεται η προκαταβολή ή έστω ένα μέρος της; Είμαι
22 εβδομάδων, οπότε είμαστε ακόμα νωρίς.
Ιφιγένεια"""),
("el", "b162-apodeixeis-forologiki-giagia", "Κωνσταντίνος Ρ. <konst.r@example.gr>", "Αποδείξεις", "billing", "",
"""Καλησπέρα σας,

χρειάζομαι για τη φορολογική δήλωση όλες τις αποδείξεις για τις
υπηρεσίες συνοδού που πληρώσαμε για τη γιαγιά μου πέρσι (Ιανουάριος -
Δεκέμβριος). Στο e-mail βρίσκω μόνο μερικές. Μπορείτε να μου στείλετε
μια συγκεντρωτική κατάσταση ή αντίγραφα όλων; Εκδίδονταν στον ΑΦΜ της
μητέρας μου.

Ευχαριστώ,
Κωνσταντίνος"""),
("el", "b162-doseis-nychterini-ntanta", "Στέλλα Μ. <stella.m@example.gr>", "Ερώτηση για πληρωμή", "billing", "",
"""Γεια σας! Θέλουμε το πακέτο 20 νυχτών με νυχτερινή νταντά για όταν
γεννηθεί το μωρό (τον Μάρτιο). Βλέπω ότι κοστίζει 2.400€. Μπορεί να
πληρωθεί σε δόσεις με πιστωτική ή πρέπει να δοθεί όλο μπροστά; Κι αν
γίνεται, πόσες δόσεις;
Ευχαριστώ πολύ,
Στέλλα"""),
("el", "b162-xreosi-ores-synodou-anoteros", "Παντελής Χατζηγεωργίου <p.chatzigeorgiou@example.gr>", "Χρέωση 42 ωρών αντί για 28", "billing", "high",
"""Κύριοι,

Στον λογαριασμό Οκτωβρίου για τη συνοδό της μητέρας μου χρεώνετε 42
ώρες. Η συνοδός έρχεται Δευτέρα, Τετάρτη και Παρασκευή από 10 έως 12,
δηλαδή το πολύ 26-28 ώρες τον μήνα· το έχει βεβαιώσει και η ίδια. Η
διαφορά είναι 196€.

Έχω τηλεφωνήσει δύο φορές και μου είπαν ότι «θα το δουν». Δεν θέλω να
ξαναμιλήσω με το τηλεφωνικό κέντρο. Ζητώ να με καλέσει ο υπεύθυνος
του γραφείου Θεσσαλονίκης ή κάποιος ανώτερος και να διορθωθεί ο
λογαριασμός.

Παντελής Χατζηγεωργίου"""),
("el", "b162-prokatavoli-mastora-synigoros", "Ευάγγελος Τσιρίγος <e.tsirigos@example.gr>", "Προκαταβολή για εργασίες που δεν έγιναν", "billing", "high",
"""Αξιότιμοι κύριοι,

Στις 5 Σεπτεμβρίου καταβλήθηκε προκαταβολή 300€ για την τοποθέτηση
χειρολαβών και την αλλαγή μπαταρίας στο μπάνιο του 84χρονου πατέρα μου
στο Περιστέρι. Ο τεχνίτης σας δεν εμφανίστηκε ποτέ, παρά τα τρία
ραντεβού που κλείσαμε, και κανείς δεν απαντά στα μηνύματά μας.

Σας καλώ να επιστρέψετε την προκαταβολή εντός 10 ημερών. Σε αντίθετη
περίπτωση θα προσφύγω στον Συνήγορο του Καταναλωτή και θα αναθέσω την
υπόθεση σε δικηγόρο.

Ευάγγελος Τσιρίγος"""),
("el", "b162-gl-fylaxi-spitiou-chargeback", "Dimitris Alexandrou <d.alexandrou@example.gr>", "KRATHSH 7731", "billing", "high",
"""Kalhmera,
akyrwsa thn krathsh 7731 (fylaxh spitiou + skylou, 10 nyxtes) 3
evdomades prin, opws leei h politikh sas gia dwrean akyrwsh. Parola
auta xrew8hka olo to poso, 450 eurw.
Exw steilei 3 email kai mou apantate me etoimes apanthseis. An de dw ta
lefta pisw mexri th Deytera 8a kanw amfisvhthsh ths xrewshs sthn
trapeza (chargeback) kai telos.
D. Alexandrou"""),
("el", "b162-re-ananeosi-mikrotero-paketo", "Μαίρη Κουτσού <mairi.koutsou@example.gr>", "Re: Ανανέωση συνδρομής", "billing", "",
"""Καλησπέρα,

από 120€ πήγε 145€ τον μήνα; Δεν το περίμενα. Αν είναι έτσι, θα ήθελα
να περάσουμε στο μικρότερο πακέτο (μία επίσκεψη την εβδομάδα αντί για
δύο) από τον επόμενο μήνα. Πείτε μου πόσο θα κοστίζει.

Μαίρη

> Αγαπητή κα Κουτσού,
>
> Σας ενημερώνουμε ότι η συνδρομή σας «Συντροφιά Plus» ανανεώνεται
> αυτόματα την 1η του μήνα με τη νέα τιμή των 145€/μήνα.
>
> Με εκτίμηση,
> Τμήμα Συνδρομών"""),
("el", "b162-gl-ekptosi-deuteros-skylos", "Katerina <katerina.volos@example.gr>", "Erwthsh", "billing", "",
"""geia sas, exoume 2 skylakia (ena beagle kai mia mpastarda 8 kilwn). an ta pairnei o idios volta mazi yparxei kapoia ekptwsh h plhrwnoume 2 fores ta 12 eurw? Volos, Nea Ionia.
eyxaristw!"""),
("el", "b162-giagia-sto-xorio-pagoma", "Νίκος Αργυρός <nikos.argyros@example.gr>", "Καλοκαίρι", "billing", "",
"""Γεια σας,

η γιαγιά μου (κα Φωτεινή Αργυρού, Ηλιούπολη) θα πάει στο χωριό στη
Μάνη από 1η Ιουλίου μέχρι τέλη Αυγούστου, όπως κάθε χρόνο. Μπορούμε να
«παγώσουμε» την καθαρίστρια για αυτούς τους δύο μήνες χωρίς χρέωση και
να ξαναξεκινήσει από 1η Σεπτεμβρίου με την ίδια κοπέλα, τη Σοφία;

Ευχαριστώ,
Νίκος"""),
("el", "b162-gl-kodikos-sms-den-erxetai", "Lefteris M. <lefteris.m@example.gr>", "kwdikos", "technical", "",
"""Kalhspera, prospa8w na mpw sthn efarmogh gia na dw to programma tou
dog walker alla o kwdikos epivevaiwshs me SMS den erxetai pote. Pataw
"apostolh 3ana" kai tipota. Cosmote, to kinhto pairnei kanonika ta
alla SMS."""),
("el", "b162-oxi-xreosi-fotografies-voltas", "Βασιλική Ζ. <vasiliki.z@example.gr>", "Φωτογραφίες βόλτας", "technical", "",
"""Καλημέρα σας. Δεν έχω κανένα θέμα με τη χρέωση, όλα καλά εκεί. Το
πρόβλημα είναι ότι εδώ και μία εβδομάδα η εφαρμογή δεν μου δείχνει τις
φωτογραφίες από τις βόλτες του Μπρούνο, βλέπω μόνο γκρι κουτάκια με
ένα θαυμαστικό. Έχω Samsung A52 με την τελευταία έκδοση.
Βασιλική"""),
("el", "b162-forma-kinito-30", "Σπύρος Λαμπράκης <spyros.lampr@example.gr>", "Φόρμα κράτησης", "technical", "",
"""Προσπαθώ να κλείσω μάστορα για τη θεία μου στο Ηράκλειο και η φόρμα δεν δέχεται το κινητό της. Αν το γράψω με +30 λέει «μη έγκυρος αριθμός», αν το γράψω χωρίς λέει «απαιτείται κωδικός χώρας». Τι να κάνω;"""),
("el", "b162-gl-kleidaria-deuteri-strofi", "Fwtis <fotis.giannena@example.gr>", "Kleidaria", "technical", "",
"""Kalhmera. O texnikos sas allaxe ton kylindro sthn porta ths mhteras
mou thn Triti. Apo mesa kleidwnei kanonika alla apo exw to kleidi
gyrnaei mono mia fora kai meta kollaei, den kanei th deyterh strofh.
Mporei na perasei na to koitaxei? Den einai kati epeigon, h mhtera mou
einai mesa sto spiti ki exei kai to mpetovlaxo ths portas.
Fwtis, Giannena"""),
("el", "b162-thermosifonas-spithes-pinakas", "Γεώργιος Μανωλάκης <g.manolakis@example.gr>", "Θερμοσίφωνας", "technical", "high",
"""Καλησπέρα σας,

την Παρασκευή ο τεχνίτης σας άλλαξε τον θερμοσίφωνα στο σπίτι μου
(Νέα Σμύρνη). Από χθες, όταν ανεβάζω τον διακόπτη του στον πίνακα,
ακούγεται ένα τσιτσίρισμα και βλέπω μικρές σπίθες από το κουτί δίπλα
στον θερμοσίφωνα. Μυρίζει και λίγο καμένο.

Τον έχω κλείσει και δεν τον ανοίγω. Είμαι 76 χρονών και μένω μόνος,
γι' αυτό προτιμώ να έρθει κάποιος να το δει.

Γεώργιος Μανωλάκης"""),
("el", "b162-gl-myrizei-gkazi-kouzinaki", "Roula <roula.peiraias@example.gr>", "gkazaki", "technical", "high",
"""kalhspera, o kyrios pou hr8e to prwi na syndesei to kainourgio
gkazaki sthn kouzina ths giagias mou (Peiraias) to syndese, alla apo to
apogeuma myrizei gkazi konta sto lastixo. Kleisame th fiali, anoixame
ta para8yra kai h giagia einai se mena. Mporei na er8ei kapoios na to
dei kai na mas pei ti egine?
Roula"""),
("el", "b162-kaustiras-mitera-xoris-thermansi", "Ολυμπία Νάκου <olympia.nakou@example.gr>", "ΚΑΥΣΤΗΡΑΣ - 88χρονη χωρίς θέρμανση", "technical", "high",
"""Καλημέρα,

χθες ήρθε ο τεχνικός σας για το σέρβις στον καυστήρα της μητέρας μου
στα Ιωάννινα. Από το βράδυ ο καυστήρας δεν ανάβει καθόλου, η λυχνία
αναβοσβήνει κόκκινη. Έξω έχει -4 και η μητέρα μου είναι 88 χρονών, με
χρόνια βρογχίτιδα. Της πήγαμε ένα αερόθερμο αλλά δεν ζεσταίνει το
σπίτι.

Χρειάζεται να έρθει κάποιος σήμερα. Διεύθυνση: Μαρίκας Κοτοπούλη 23,
Ιωάννινα.

Ολυμπία Νάκου"""),
("el", "b162-imerologio-ola-mi-diathesima", "Χαρούμενες Ουρές <info@charoumenes-oures.example>", "Κρατήσεις", "technical", "high",
"""Καλησπέρα,

είμαστε μικρή επιχείρηση φύλαξης κατοικιδίων στη Γλυφάδα και
χρησιμοποιούμε το σύστημα κρατήσεών σας. Από χθες το πρωί δεν έχει μπει
ούτε μία κράτηση - συνήθως έχουμε 15-20 τη μέρα. Πελάτες μάς παίρνουν
τηλέφωνο και λένε ότι το ημερολόγιο τούς δείχνει όλες τις μέρες «μη
διαθέσιμες», μέχρι και τον Φεβρουάριο. Από τη δική μας πλευρά οι
διαθεσιμότητες είναι κανονικά ανοιχτές.

Είναι η πιο φορτωμένη εβδομάδα μας λόγω Χριστουγέννων. Παρακαλούμε
κοιτάξτε το άμεσα.

Άννα Κ."""),
("el", "b162-gl-frontistries-sfalma-syndesis", "Grafeio Frontidas <grafeio@frontida-spiti.example>", "PROGRAMMA", "technical", "high",
"""Kalhmera, apo tis 7 to prwi kamia apo tis 22 frontistries mas den
vlepei to programma episkepsewn sthn efarmogh, vgazei "sfalma
syndeshs". Oi perissoteres den 3eroun se poion hlikiwmeno na pane prwta
kai mas pairnoun thlefwno h mia meta thn allh, kai 2 hlikiwmenoi pou
perimenan gia ta farmaka tous mas ekanan hdh parapono. Ta leme ena ena
sto thlefwno apo to laptop tou grafeiou alla den ftanei.
Parakalw apanthste amesws.
Xristina, Frontida sto Spiti"""),
("el", "b162-aisthitiras-ptosis-psevdeis", "Ανδρέας Παπαθανασίου <andreas.papath@example.gr>", "Αισθητήρας πτώσης", "technical", "",
"""Καλησπέρα σας,

ο αισθητήρας πτώσης που φοράει ο πατέρας μου (με το πακέτο συνοδείας)
βγάζει συναγερμό σχεδόν κάθε βράδυ όταν κάθεται απότομα στην πολυθρόνα.
Το κέντρο τον παίρνει τηλέφωνο, αυτός τρομάζει, και χθες πήραν κι εμάς
στις 11 το βράδυ. Δεν έχει πέσει ποτέ. Μπορεί να ρυθμιστεί η
ευαισθησία;

Ανδρέας"""),
("el", "b162-anevasma-gnomateusis-typos", "Ζωή Καραγιάννη <zoi.karagianni@example.gr>", "Έγγραφα", "technical", "",
"""Καλημέρα. Μου ζητάτε να ανεβάσω την ιατρική γνωμάτευση του πατέρα μου
πριν από την πρώτη επίσκεψη, αλλά όποιο αρχείο κι αν δοκιμάσω (PDF από
το σκάνερ, φωτογραφία JPG από το κινητό) βγάζει «μη υποστηριζόμενος
τύπος αρχείου». Το PDF είναι 1,2 MB. Υπάρχει άλλος τρόπος να σας το
στείλω;
Ζωή"""),
("el", "b162-re-eidopoiiseis-ntanta", "Χρηστος Βλαχος <christos.vlachos@example.gr>", "Re: Το αιτημα σας #60418", "technical", "",
"""Καλησπερα,

δυστυχως τιποτα δεν αλλαξε. Ενεργοποιησα τις ειδοποιησεις οπως μου
γραψατε, τις απενεργοποιησα και τις ξαναενεργοποιησα, αλλα παλι δεν
μου ερχεται ειδοποιηση οταν φτανει η νταντα και οταν φευγει. Το βλεπω
μονο αν ανοιξω την εφαρμογη.

Χρηστος

> Αγαπητε κυριε Βλαχο,
>
> Παρακαλουμε ελεγξτε οτι οι ειδοποιησεις της εφαρμογης ειναι
> ενεργοποιημενες στις ρυθμισεις του κινητου σας.
>
> Ομαδα Υποστηριξης"""),
("el", "b162-gl-email-periergi-xaraktires", "Babis T. <babis.t@example.gr>", "email epivevaiwshs", "technical", "",
"""Ta email epivevaiwshs pou stelnete gia tis episkepseis ths kyrias pou
frontizei ton patera mou erxontai me periergous xarakthres, kati san
"Î•Ï€Î¯ÏƒÎºÎµÏˆÎ·", den diavazetai tipota ektos apo thn wra. Gmail sto
kinhto. Mono ta dika sas to kanoun auto."""),
("el", "b162-ntouziera-ygrasia-kato", "Ελένη Φραγκιαδάκη <eleni.fragk@example.gr>", "Ντουζιέρα", "technical", "",
"""Καλησπέρα σας,

η ντουζιέρα που τοποθέτησε ο τεχνίτης σας στο μπάνιο της μητέρας μου
πριν από δύο εβδομάδες (για να μη χρειάζεται να μπαίνει στη μπανιέρα)
τρέχει νερά από τη βάση. Ο ένοικος από κάτω μάς είπε ότι έχει βγει
υγρασία στο ταβάνι του. Φαίνεται ότι η σιλικόνη δεν έχει πιάσει σε μία
γωνία.

Πότε μπορεί να ξαναπεράσει;

Ελένη Φραγκιαδάκη, Χανιά"""),
("el", "b162-efxaristo-kyria-eftychia", "Μαρία Αντωνίου <maria.antoniou@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

θέλω να σας πω ένα μεγάλο ευχαριστώ για την κυρία Ευτυχία, που κάνει
συντροφιά στη μητέρα μου εδώ και έναν χρόνο. Της διαβάζει εφημερίδα, τη
βγάζει βόλτα στην πλατεία, της φτιάχνει τον καφέ όπως τον θέλει. Η
μητέρα μου, που δεν ήθελε «ξένο άνθρωπο στο σπίτι», τώρα ρωτάει από
την Κυριακή πότε θα γίνει Δευτέρα.

Να της το μεταφέρετε, σας παρακαλώ.

Με εκτίμηση,
Μαρία Αντωνίου"""),
("el", "b162-gl-bravo-ston-gianni", "Eleni & Kostas <eleni.kostas@example.gr>", "bravo", "general", "",
"""Ena megalo bravo ston Gianni pou pairnei volta th Lola! Htan poly fovitsiara me tous allous skylous kai twra paei xalara sto parko. Eyxaristoume poly!!"""),
("el", "b162-katharistria-apotomi-mitera", "Σταυρούλα Μπέη <stavroula.bei@example.gr>", "Η κοπέλα της Πέμπτης", "general", "",
"""Καλησπέρα,

η μητέρα μου (85 ετών) μου είπε ότι η κοπέλα που έρχεται για
καθαριότητα τις Πέμπτες τής μιλάει απότομα, βιάζεται, και την
περασμένη φορά τής είπε «μη με πρήζετε, κυρία μου» όταν η μητέρα μου
τη ρώτησε αν θα καθαρίσει και το μπαλκόνι. Η μητέρα μου τώρα ντρέπεται
να της ζητήσει οτιδήποτε.

Δεν θέλω να απολυθεί κανείς, αλλά θα ήθελα να της μιλήσετε ή να
στέλνετε άλλη κοπέλα.

Σταυρούλα"""),
("el", "b162-synodos-daneika-diefthyntis", "Αριστείδης Καλλέργης <a.kallergis@example.gr>", "Σοβαρό θέμα με τη συνοδό", "general", "high",
"""Κύριοι,

Ανακάλυψα ότι η συνοδός που στέλνετε στον 90χρονο πατέρα μου στο
Χαλάνδρι τού ζήτησε δανεικά - 400€ «για το νοίκι» - κι εκείνος της τα
έδωσε. Μου το είπε τυχαία χθες. Θεωρώ απαράδεκτο να ζητάει χρήματα από
έναν ηλικιωμένο που της έχετε εμπιστευτεί.

Δεν θέλω να το συζητήσω με τον συντονιστή που μας εξυπηρετεί. Ζητώ να
επικοινωνήσει μαζί μου ο διευθυντής της εταιρείας μέχρι αύριο.

Αριστείδης Καλλέργης"""),
("el", "b162-roloi-nychterinis-ntantas", "Δέσποινα Χ. <despoina.ch@example.gr>", "Ρολόι", "general", "",
"""Καλημέρα, βρήκαμε ένα γυναικείο ρολόι (ασημί, με δερμάτινο λουράκι) στην πολυθρόνα του παιδικού δωματίου. Μάλλον είναι της Ιωάννας, της νυχτερινής νταντάς που ήρθε Σάββατο και Κυριακή. Μπορείτε να τη ρωτήσετε; Να σας το φέρουμε ή να το κρατήσουμε να το πάρει την επόμενη φορά;"""),
("el", "b162-nea-dieuthynsi-synodos-synexizei", "Γιαννης Σαρρης <giannis.sarris@example.gr>", "Αλλαγη διευθυνσης", "general", "",
"""Καλημερα,

η μητερα μου Αικατερινη Σαρρη μετακομιζει την επομενη εβδομαδα σε νεο
διαμερισμα, πιο κοντα σε μας. Νεα διευθυνση απο 1/12: Αγιου Δημητριου
48, 3ος οροφος, Πατρα. Οι επισκεψεις της συνοδου συνεχιζονται κανονικα,
απλα στη νεα διευθυνση. Στο κουδουνι γραφει ΣΑΡΡΗ.

Ευχαριστω,
Γιαννης Σαρρης"""),
("el", "b162-gl-diagrafi-stoixeion-gdpr", "Nefeli A. <nefeli.a@example.gr>", "Diagrafh", "general", "",
"""Kalhmera, den xrhsimopoiw pleon thn yphresia sas (den exw energh
syndromh edw kai ena xrono). Parakalw na diagrapsete ola ta proswpika
mou stoixeia kai tis fwtografies tou skylou mou apo to systhma sas,
symfwna me ton GDPR, kai na mou to epivevaiwsete.
Nefeli Anagnwstou"""),
("el", "b162-synodeia-exoterika-iatreia", "Θεοδώρα Πλατή <theodora.plati@example.gr>", "Πληροφορίες", "general", "",
"""Καλησπέρα. Ο θείος μου (79) έχει κάθε μήνα ραντεβού στα εξωτερικά
ιατρεία του Ευαγγελισμού. Οι συνοδοί σας μπορούν να τον πάνε και να
μείνουν μαζί του στην αναμονή, που κάποιες φορές κρατάει ώρες; Πάνε με
ταξί ή με δικό τους αυτοκίνητο; Μένει στο Παγκράτι.
Ευχαριστώ,
Θεοδώρα"""),
("el", "b162-gl-dekapentaugoustos-grafeio", "Mixalis <mixalis.r@example.gr>", "Dekapentaugoustos", "general", "",
"""Geia sas, to grafeio sas einai anoixto ton Dekapentaugousto? H kyria pou kanei syntrofia ston pappou mou 8a leipei kai 8elw na 3erw me poion milaw an xreiastei kati."""),
("el", "b162-filozoiki-larisas-xorigia", "Φιλοζωική Ένωση Λάρισας <info@filozoiki-larisas.example>", "Χορηγία - Bazaar υιοθεσιών", "general", "",
"""Αγαπητοί φίλοι,

Η Φιλοζωική Ένωση Λάρισας διοργανώνει στις 12 Μαΐου στο Αλκαζάρ
bazaar υιοθεσιών με 40 σκυλάκια και γατάκια που ψάχνουν σπίτι.
Αναζητούμε τοπικούς χορηγούς για τα φυλλάδια και τα λουράκια που θα
δοθούν στις οικογένειες που υιοθετούν.

Θα θέλατε να γίνετε χορηγός; Το λογότυπό σας θα εμφανίζεται στις
αφίσες και στα social media μας. Στείλτε μας ένα τηλέφωνο να τα πούμε.

Με φιλοζωικούς χαιρετισμούς,
Ρένα Τσιάρα"""),
("el", "b162-kapi-kallitheas-prosklisi", "2ο ΚΑΠΗ Καλλιθέας <kapi2@kallithea-demos.example>", "Πρόσκληση", "general", "",
"""Καλημέρα σας,

Το 2ο ΚΑΠΗ Καλλιθέας οργανώνει την Τετάρτη 15 Νοεμβρίου, στις 11:00,
ενημερωτική εκδήλωση για τα μέλη του με θέμα «Μένω στο σπίτι μου με
ασφάλεια». Θα θέλαμε να προσκαλέσουμε έναν εκπρόσωπό σας να μιλήσει
15-20 λεπτά για τις υπηρεσίες συντροφιάς και φροντίδας ηλικιωμένων.

Παρακαλούμε ενημερώστε μας αν ενδιαφέρεστε.

Με εκτίμηση,
Αγλαΐα Δ., κοινωνική λειτουργός"""),
("el", "b162-spasmeno-skali-eisodos-grafeiou", "Κυριάκος Ζερβός <kyriakos.zervos@example.gr>", "Σκαλί στην είσοδο του γραφείου σας", "general", "high",
"""Καλησπέρα,

σήμερα πήγα με τη μητέρα μου (83 ετών, με μπαστούνι) στο γραφείο σας
στην Αγίου Κωνσταντίνου για να υπογράψουμε τη σύμβαση. Το δεύτερο
σκαλί της εισόδου είναι σπασμένο στην άκρη και το μάρμαρο κουνιέται. Η
μητέρα μου σκόνταψε και ευτυχώς την πρόλαβα.

Το αναφέρω γιατί οι περισσότεροι πελάτες σας είναι ηλικιωμένοι. Καλό θα
ήταν να φτιαχτεί σύντομα ή να μπει τουλάχιστον μια σήμανση.

Κυριάκος Ζερβός"""),
("el", "b162-gl-koudouni-giagia-den-akouei", "Kalliopi <kalliopi.s@example.gr>", "Kalhspera", "general", "",
"""Kalhspera sas. Mia parakalhsh gia thn kyria pou 8a ksekinhsei th
Deutera stis 9 to katharisma sth giagia mou (Ampelokhpoi,
Thessalonikh): na xtypaei to koudouni 2-3 fores kai na perimenei ligo,
h giagia den akouei kala kai argei na ftasei sthn porta. An den anoiksei,
na me parei sto kinhto pou exete sto arxeio.
Eyxaristw!
Kalliopi"""),
# ---------------- Spanish ----------------
("es", "b162-cobro-doble-paseos-narvarte", "Fernanda Ríos <fer.rios@example.com.mx>", "Cobro doble", "billing", "",
"""Hola, buenas tardes:

Me llegaron dos cargos de $1,450 MXN el mismo día por el paquete mensual
de paseos de Coco (Colonia Narvarte). Solo tengo una suscripción. ¿Me
pueden regresar uno de los dos?

Gracias,
Fernanda"""),
("es", "b162-madre-se-viene-a-logrono", "Concepción Arriaga <concha.arriaga@example.es>", "Servicio de mi madre", "billing", "",
"""Buenos días:

Les escribo porque mi madre, Dña. Pilar Sanz, se viene a vivir con
nosotros a Logroño a partir del día 1, así que ya no necesitaremos las
tardes de acompañamiento en su piso de Burgos. La última será el jueves
28.

¿Tengo que rellenar algún formulario para darla de baja o basta con
este correo? Querría asegurarme de que no se cobra diciembre.

Un saludo,
Concepción Arriaga"""),
("es", "b162-canela-ya-no-esta", "Martín Ferreyra <martin.ferreyra@example.com.ar>", "Canela", "billing", "",
"""Hola, cómo andan.
Les cuento que Canela, nuestra perrita, falleció el domingo. Tenía 13
años. Agradézcanle mucho a Lucas, que la paseaba todos los días y la
trataba re bien.
Les pido que den de baja el abono mensual de paseos ($38.000) así no
nos siguen debitando de la tarjeta. Si quedaron paseos pagos sin usar
este mes, fíjense si se pueden devolver.
Saludos,
Martín"""),
("es", "b162-bajar-a-cinco-noches", "Laura Beltrán <laura.beltran@example.es>", "Cambiar paquete", "billing", "",
"""Hola!
Tenemos contratado el paquete de 10 noches al mes con niñera nocturna,
pero la peque ya duerme muchísimo mejor (¡por fin!) y con 5 noches nos
sobra. ¿Podemos pasar al paquete de 5 a partir del mes que viene?
¿Cuánto sería?
Gracias!!
Laura"""),
("es", "b162-factura-nombre-padre-renta", "Jose Manuel Otero <jm.otero@example.es>", "factura", "billing", "",
"""Buenas, necesito que las facturas de la limpieza que hacen en casa de
mi padre salgan a su nombre y con su DNI, no al mio, que es para
meterlas en su declaracion de la renta. Se llama Manuel Otero Castro, el
DNI os lo paso por telefono si hace falta. Si podeis rehacer las de este
año mejor.
Gracias
Jose Manuel"""),
("es", "b162-senal-doula-perdimos-embarazo", "Alba Costa <alba.costa@example.es>", "Reserva acompañamiento parto", "billing", "",
"""Hola Noelia y equipo,

Os escribo con pena: la semana pasada perdimos el embarazo, de 14
semanas. Ya no vamos a necesitar el acompañamiento al parto que
reservamos para abril.

Pagamos una señal de 200 € en septiembre. No sé cómo funciona en estos
casos, pero si es posible que nos la devolváis os lo agradecería. Y si
no, lo entiendo.

Gracias por todo el cariño de estos meses.
Alba"""),
("es", "b162-pagar-manitas-bizum", "Rafael Moreno <rafa.moreno@example.es>", "Pago", "billing", "",
"""Hola, ¿se le puede pagar al manitas por Bizum cuando termina el trabajo? Mi padre no tiene tarjeta y lo de la transferencia le cuesta. Un saludo."""),
("es", "b162-meses-sin-intereses-doula", "Daniela Cárdenas <dani.cardenas@example.com.mx>", "Pago del paquete", "billing", "",
"""Buen día, me interesa el paquete de acompañamiento prenatal y posparto ($18,500 MXN). ¿Lo puedo pagar a meses sin intereses con mi tarjeta BBVA? ¿A cuántos meses? Saludos, Daniela"""),
("es", "b162-cuidado-casa-desconocer-cargo", "Andrés Felipe Gómez <andresf.gomez@example.com.co>", "Reserva 30981", "billing", "high",
"""Buenas tardes,

El 14 de octubre me cobraron $1.280.000 COP por la reserva 30981 de
cuidado de casa y mascotas en Chapinero, que cancelé el 2 de octubre,
dentro del plazo de cancelación gratuita. Tengo el correo de
confirmación de la cancelación.

Ya escribí dos veces y nadie me responde. Si en cinco días hábiles no
veo el reembolso, voy a desconocer el cargo con el banco y a poner la
queja ante la Superintendencia de Industria y Comercio.

Andrés Felipe Gómez"""),
("es", "b162-manitas-factura-omic", "Encarnación Ruiz <encarna.ruiz@example.es>", "Reclamación", "billing", "high",
"""Muy señores míos:

El pasado 3 de marzo su operario colgó dos lámparas y una barra de
cortina en mi domicilio de Alcalá de Henares. El presupuesto aceptado
era de 60 euros. La factura que me han pasado es de 145 euros, con un
concepto de "desplazamiento urgente" que nadie me mencionó.

Tengo 78 años y me parece un abuso. Si no me rectifican la factura,
pondré una hoja de reclamaciones y acudiré a la OMIC de mi
ayuntamiento.

Atentamente,
Encarnación Ruiz García"""),
("es", "b162-volvimos-antes-bariloche-encargado", "Gabriela Sosa <gabi.sosa@example.com.ar>", "RECLAMO", "billing", "high",
"""Hola.
Volvimos de Bariloche cuatro días antes por un tema familiar y avisamos
por la app ese mismo día. Igual nos cobraron las 10 noches completas de
cuidado de casa, $210.000. La cuidadora se fue cuando llegamos, o sea
que esos 4 días no trabajó.
Ya hablé dos veces con atención al cliente y me dicen que "no
corresponde". Quiero hablar con un encargado o con alguien de arriba,
no con el chat. Y que me devuelvan esos 4 días.
Gabriela Sosa"""),
("es", "b162-re-presupuesto-descuento-jubilado", "Antonio Jiménez <antonio.jimenez@example.es>", "Re: Presupuesto 2291", "billing", "",
"""Buenas tardes:

Me parece bien el presupuesto. Solo una pregunta: en su página pone que
hay un 10% de descuento para jubilados. ¿Está aplicado aquí? Soy
pensionista, tengo 72 años.

Antonio Jiménez

> Estimado Sr. Jiménez:
>
> Le adjuntamos el presupuesto n.º 2291 para el cambio de grifo de la
> cocina y el montaje de dos estanterías: 95,00 € IVA incluido.
>
> Quedamos a la espera de su confirmación.
>
> Un saludo,
> Atención al cliente"""),
("es", "b162-codigo-bienvenida-cobro-completo", "Catalina Muñoz <cata.munoz@example.cl>", "Código de descuento", "billing", "",
"""Hola! Usé el código BIENVENIDA20 para la primera semana de paseos de mi perro en Ñuñoa y en la pantalla me salía el descuento, pero en la tarjeta me cobraron completo, $45.000. ¿Me pueden devolver la diferencia? Gracias!"""),
("es", "b162-gps-paseo-otra-comuna", "Ignacio Contreras <ignacio.contreras@example.cl>", "Mapa del paseo", "technical", "",
"""Hola, en el mapa del paseo de hoy aparece que la Luna anduvo por
Maipú, cuando el paseador la sacó por el parque aquí en Providencia (me
mandó fotos). Ya me pasó la semana pasada también. ¿Es un error de la
app? Uso iPhone."""),
("es", "b162-no-quiero-reembolso-cartilla", "Nuria Esteve <nuria.esteve@example.es>", "La app", "technical", "",
"""Hola,

Que conste que no quiero ningún reembolso ni cancelar nada, solo quiero
que funcione la app. Intento subir la cartilla de vacunación de Trufa
(me la pide para confirmar la reserva en la guardería) y cada vez que le
doy a "Subir" se queda cargando y al final sale "Error inesperado". Lo
he probado con fotos y con PDF, con wifi y con datos.

Nuria"""),
("es", "b162-contrasena-libreta-no-entra", "Julian Perez <julianperez1948@example.es>", "no puedo entrar", "technical", "",
"""buenos dias
llevo tres dias que no puedo entrar a ver cuando viene la chica de la
limpieza. pongo mi correo y la contraseña que tengo apuntada en la
libreta y me dice contraseña incorrecta. he pedido otra y me ha llegado
pero con la nueva me dice lo mismo.
julian perez"""),
("es", "b162-pagina-en-blanco-fecha", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "No puedo reservar", "technical", "",
"""Qué tal, cuando intento reservar una cuidadora para mi abuelita en su página, en el paso de elegir la fecha la página se queda en blanco. Probé en Chrome y en Edge, en la compu y en el celular. ¿Hay otra forma de reservar?"""),
("es", "b162-calentador-olor-gas-coyoacan", "Verónica Aguilar <vero.aguilar@example.com.mx>", "Calentador", "technical", "high",
"""Buenas noches,

El técnico que mandaron el lunes instaló el calentador de paso nuevo en
casa de mi mamá en Coyoacán. Desde ayer en el patio de servicio huele a
gas cada vez que se abre el agua caliente. Ya cerramos la llave del gas
y mi mamá se está bañando en mi casa mientras tanto.

¿Me pueden mandar a alguien para que lo revise lo antes posible?

Verónica Aguilar"""),
("es", "b162-enchufe-chispa-hervidor", "Ramón Iglesias <ramon.iglesias@example.es>", "El enchufe de la cocina", "technical", "high",
"""Buenas tardes:

El martes vino su operario a cambiar el enchufe de la cocina de mi casa
(Zaragoza, barrio de Delicias). Hoy al enchufar el hervidor ha salido
una chispa y el plástico del enchufe se ha quedado negro por un lado.
He bajado el automático de la cocina y de momento no lo uso.

Les agradecería que viniera alguien a mirarlo. Estoy en casa todas las
mañanas.

Un saludo,
Ramón Iglesias"""),
("es", "b162-estufa-cable-caliente-abuela", "Sofía Benítez <sofia.benitez@example.com.ar>", "estufa de la abuela", "technical", "high",
"""Hola, la estufa eléctrica que trajo la acompañante para la pieza de mi
abuela (dijo que era de la empresa) se recalienta muchísimo. Hoy el
cable estaba tan caliente que no se podía tocar y había olor a quemado.
La desenchufamos. Mi abuela tiene 92 años y a la noche está sola, no
quiero que la vuelvan a prender. ¿Pueden venir a retirarla y revisarla?
Sofía"""),
("es", "b162-avisos-recogida-no-llegan-ruzafa", "Guau Ruzafa <hola@guauruzafa.example>", "Hoy", "technical", "high",
"""Hola,

Tenemos un negocio de paseos en Valencia y usamos vuestra plataforma.
Desde esta mañana los clientes no reciben ni el aviso de recogida ni el
de entrega, y la mitad nos están llamando porque creen que no hemos
ido. Tengo 25 perros hoy, 4 paseadores en la calle y la recepcionista
no da abasto con el teléfono. Dos clientes ya han cancelado la semana
que viene.

Por favor, miradlo cuanto antes.

Pau Ferrer
Guau Ruzafa"""),
("es", "b162-agencia-nineras-sin-reservas", "Niñeras Medellín <contacto@nineras-medellin.example>", "Problema con la plataforma", "technical", "high",
"""Buenos días,

Somos una agencia de niñeras en Medellín y trabajamos con su sistema de
reservas. Desde ayer a las 6 p. m. no ha entrado ni una sola reserva, y
normalmente recibimos entre 30 y 40 al día. Las familias nos escriben
por WhatsApp que el botón "Confirmar" no hace nada. Ya perdimos varios
servicios de este fin de semana, que es puente festivo.

Les agradecemos una respuesta urgente.

Luisa Fernanda Restrepo
Coordinadora"""),
("es", "b162-boton-teleasistencia-padre-91", "Mercedes Lozano <mercedes.lozano@example.es>", "Botón de mi padre", "technical", "high",
"""Hola,

El botón de teleasistencia que lleva mi padre (91 años, vive solo en
Cuenca) no funciona desde anoche. Lo he probado esta mañana y no sale
ninguna llamada, y la luz del aparato de la entrada está en naranja. Lo
he desenchufado y vuelto a enchufar.

Por las noches no tiene otra manera de avisar si se cae. ¿Pueden mandar
a un técnico hoy?

Mercedes Lozano"""),
("es", "b162-tablet-tata-sin-audio", "Javiera Soto <javiera.soto@example.cl>", "Videollamadas", "technical", "",
"""Hola, en la tablet que le entregaron a mi tata para las videollamadas con la acompañante ya no se escucha nada. Él ve a la señorita pero no la oye, y ella a él sí. El volumen está al máximo. Funcionaba bien hasta el viernes.
Javiera"""),
("es", "b162-re-incidencia-horas-desfasadas", "Óscar Navarro <oscar.navarro@example.es>", "Re: Incidencia 55810", "technical", "",
"""Hola de nuevo,

He actualizado la app como me dijisteis y sigue igual: las visitas de la
cuidadora a mi madre aparecen dos horas antes de lo que son. La de las
10:00 sale a las 8:00. En el ordenador sale bien, solo falla en el
móvil.

Óscar

> Hola, Óscar:
>
> Gracias por escribirnos. Este problema está corregido en la última
> versión de la aplicación. Por favor, actualízala desde la tienda y
> nos cuentas.
>
> Un saludo,
> Equipo de Soporte"""),
("es", "b162-cerradura-codigo-tres-veces", "Marta Vidal <marta.vidal@example.es>", "Cerradura", "technical", "",
"""Hola, la cerradura con codigo que nos instalo vuestro tecnico para que
entre la cuidadora de los perros a veces no reconoce el codigo a la
primera, hay que meterlo tres o cuatro veces. La pila es nueva. Se puede
ajustar? Gracias"""),
("es", "b162-google-calendar-visitas-repetidas", "Hugo Castillo <hugo.castillo@example.com.mx>", "Calendario", "technical", "",
"""Hola, desde que conecté la cuenta con mi Google Calendar cada visita del paseador me aparece repetida 3 o 4 veces, y si borro una en Google se borran todas. Ya desconecté y volví a conectar. ¿Cómo lo arreglo?"""),
("es", "b162-gracias-doula-romina", "Valentina Herrera <valen.herrera@example.com.ar>", "Gracias!!", "general", "",
"""Hola!! Quería contarles que el martes nació Joaquín, 3,400 kg, y todo
salió bárbaro. Romina estuvo con nosotros desde las 3 de la mañana
hasta el final y no sé qué hubiera hecho sin ella, es una genia.
Pásenle un abrazo enorme de nuestra parte.
Valen, Nico y Joaco"""),
("es", "b162-gracias-carmen-salamanca", "Irene Prieto <irene.prieto@example.es>", "Carmen", "general", "",
"""Buenas tardes:

Solo quería dar las gracias a Carmen, la acompañante de mi abuela en
Salamanca. Desde que va los martes y jueves mi abuela ha vuelto a salir
a la plaza, a misa y hasta a la peluquería. Está mucho más animada y
habla de Carmen a todas horas.

Un saludo y enhorabuena por el equipo,
Irene Prieto"""),
("es", "b162-limpiadora-llega-tarde-getafe", "Pilar Domínguez <pilar.dominguez@example.es>", "Quisiera comentar algo", "general", "",
"""Buenos días,

La chica que limpia en casa de mi suegro (Getafe) llega casi siempre
entre media hora y una hora tarde, sin avisar. Mi suegro se pone
nervioso esperando en la puerta. Cuando se lo comenté, me contestó de
malas maneras que "tiene muchas casas".

No pido que la cambien todavía, pero sí que hablen con ella.

Pilar Domínguez"""),
("es", "b162-cuidadora-uso-camioneta-gerente", "Alejandro Treviño <alejandro.trevino@example.com.mx>", "Queja formal", "general", "high",
"""A quien corresponda:

Contratamos con ustedes una cuidadora de casa del 3 al 12 de julio en
Monterrey. Al regresar, el vecino nos comentó que la vio salir varias
veces en nuestra camioneta, y el odómetro marca 480 km más que cuando
nos fuimos. Las llaves estaban en un cajón; nunca le dimos permiso de
usarla.

Esto es inaceptable. Quiero que me llame el gerente o el director de la
empresa, no el área de atención a clientes, para saber qué van a hacer
con esta persona.

Alejandro Treviño"""),
("es", "b162-toby-sin-arnes", "Lucía Ortega <lucia.ortega@example.es>", "El arnés de Toby", "general", "",
"""Hola! Ayer el paseador me devolvió a Toby sin el arnés (uno rojo, marca Julius, talla S). Puede que se lo quitara en el parque para ponerle la correa larga y se le olvidara. ¿Le podéis preguntar si lo tiene? Gracias!"""),
("es", "b162-actualizar-celular-correo-cali", "Eduardo Vargas <eduardo.vargas@example.com.co>", "Actualización de datos", "general", "",
"""Buenas tardes, les solicito actualizar mis datos de contacto: nuevo celular 300 555 0199 y nuevo correo eduardo.vargas.r@example.com.co, el anterior ya no lo uso. Titular: Eduardo Vargas Rincón, servicio de acompañamiento para mi mamá en Cali. Mil gracias."""),
("es", "b162-rgpd-no-mas-publicidad", "Teresa Caballero <teresa.caballero@example.es>", "Protección de datos", "general", "",
"""Buenos días:

En ejercicio de mis derechos conforme al RGPD, solicito que dejen de
enviarme comunicaciones comerciales y que supriman mis datos de sus
listas de publicidad. Contraté una vez a un manitas hace dos años y
desde entonces recibo correos y SMS todas las semanas.

Atentamente,
Teresa Caballero"""),
("es", "b162-cobertura-dos-hermanas", "Manuel Romero <manolo.romero@example.es>", "Consulta", "general", "",
"""Buenas, ¿tenéis acompañantes para mayores en Dos Hermanas o solo en Sevilla capital? Es para mi madre, que tiene 84 años y está bien, pero pasa mucho tiempo sola. ¿Las acompañantes tienen formación en primeros auxilios? Gracias."""),
("es", "b162-atienden-sabados", "Patricia Rojas <patricia.rojas@example.cl>", "Hola", "general", "",
"""Hola, ¿atienden por teléfono los sábados? Trabajo de lunes a viernes y no alcanzo a llamar. Gracias"""),
("es", "b162-expo-mascotas-gdl-invitacion", "Expo Mascotas Guadalajara <expositores@expomascotas-gdl.example>", "Invitación Expo Mascotas", "general", "",
"""Estimados:

Los invitamos a participar en la Expo Mascotas Guadalajara, que se
realizará del 7 al 9 de noviembre en Expo Guadalajara. Este año
tendremos un pabellón dedicado a servicios para mascotas: paseadores,
guarderías, entrenadores y cuidadores a domicilio.

Si les interesa, con gusto les enviamos el plano y la información para
expositores.

Saludos cordiales,
Mariana Orozco
Coordinación de expositores"""),
("es", "b162-patrocinio-petanca-albacete", "Club de Petanca Los Almendros <petanca.almendros@example.es>", "Torneo de fiestas", "general", "",
"""Buenas tardes:

Somos el Club de Petanca Los Almendros, de Albacete, con 60 socios, casi
todos jubilados. En agosto hacemos el torneo de fiestas y buscamos
patrocinadores para los trofeos y las camisetas. Hemos pensado en
ustedes porque muchos de nuestros socios llaman a sus manitas.

Si les interesa, díganme y les cuento las opciones.

Un saludo,
Francisco Martínez, tesorero"""),
("es", "b162-vidrio-trizado-guarderia", "Francisca Reyes <francisca.reyes@example.cl>", "Puerta de la guardería", "general", "high",
"""Hola,

Hoy al ir a buscar a mi perro a la guardería de Las Condes vi que el
vidrio de la puerta de entrada está trizado de arriba abajo y le falta
un pedazo en la parte de abajo, justo a la altura de los perros. Había
pedacitos de vidrio en el suelo de la entrada. Le avisé a la chica de
recepción pero no la vi muy preocupada.

Por favor revísenlo antes de que algún perro o alguna persona se corte.

Francisca Reyes"""),
("es", "b162-urgente-ninera-y-perro", "Claudia Mendoza <claudia.mendoza@example.com.mx>", "URGENTE", "general", "",
"""URGENTE!!! La niñera de noche que viene el viernes, ¿también le puede dar de comer al perro o eso no lo hacen? Es solo ponerle croquetas, jaja. Gracias!!"""),
# ---------------- Polish ----------------
("pl", "b162-podwojne-obciazenie-spacery-figa", "Karolina Zielińska <karolina.zielinska@example.pl>", "Podwójna płatność", "billing", "",
"""Dzień dobry,

za pakiet spacerów dla Figi na listopad (320 zł) zostałam obciążona dwa
razy - 2 i 3 listopada, obie transakcje widać na koncie. Proszę o zwrot
jednej z nich.

Pozdrawiam,
Karolina Zielińska"""),
("pl", "b162-mama-odeszla-opiekunka", "Tadeusz Wróbel <tadeusz.wrobel@example.pl>", "Pani Jadwiga - wizyty u mamy", "billing", "",
"""Szanowni Państwo,

z przykrością informuję, że moja mama, Stanisława Wróbel, odeszła w
ubiegły piątek. Wizyty opiekunki nie będą już potrzebne.

Proszę o zakończenie umowy i wstrzymanie comiesięcznych płatności z jej
konta. Gdyby za grudzień coś zostało już pobrane, proszę o informację,
na jakie konto mogą Państwo to zwrócić - jestem jej synem i zajmuję się
jej sprawami.

Pani Jadwidze bardzo dziękujemy za serce.

Z poważaniem,
Tadeusz Wróbel"""),
("pl", "b162-tata-przeprowadza-sie-gdynia", "Piotr Nowicki <piotr.nowicki@example.pl>", "sprzatanie u taty", "billing", "",
"""Dzien dobry, tata od przyszlego miesiaca przeprowadza sie do nas do Gdyni, wiec sprzatanie w jego mieszkaniu na Przymorzu nie bedzie juz potrzebne. Ostatnia wizyta 28.02. Prosze o zakonczenie abonamentu od marca i potwierdzenie, ze nic wiecej nie zejdzie z karty.
Pozdrawiam
Piotr Nowicki"""),
("pl", "b162-babcia-sanatorium-zawieszenie", "Magdalena Kaczmarek <magda.kaczmarek@example.pl>", "Sanatorium", "billing", "",
"""Dzień dobry,

babcia (pani Irena Kaczmarek, Łódź, Bałuty) jedzie do sanatorium w
Ciechocinku od 6 do 27 maja. Czy można na ten czas zawiesić wizyty
opiekunki i płatność, a potem wrócić do tego samego grafiku? Nie chcemy
rezygnować, pani Ola jest świetna.

Magda"""),
("pl", "b162-faktura-nip-nocna-niania", "Michał Lewandowski <michal.lewandowski@example.pl>", "Faktura", "billing", "",
"""Dzień dobry, proszę o wystawienie faktury na firmę za październikowe noce z nianią (8 nocy, 2 240 zł): Lewandowski Consulting Michał Lewandowski, ul. Składowa 12/4, 61-888 Poznań, NIP 9990000000. Do tej pory dostawałem paragony. Dziękuję, Michał"""),
("pl", "b162-raty-pakiet-douli", "Agata Szymańska <agata.szymanska@example.pl>", "Płatność za pakiet", "billing", "",
"""Dzień dobry,
chciałabym wykupić pakiet opieki douli "Narodziny" za 2 800 zł (termin
porodu mam na czerwiec). Czy jest możliwość rozłożenia płatności na
raty, np. na 3 lub 4? Czy trzeba zapłacić całość przed pierwszym
spotkaniem?
Pozdrawiam,
Agata"""),
("pl", "b162-blik-zlota-raczka", "Zbigniew Mazur <zbigniew.mazur@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry. Czy za zlota raczke mozna zaplacic BLIKIEM na miejscu, czy tylko przelewem po fakturze? Mam 74 lata i nie lubie przelewow. Z powazaniem Z. Mazur"""),
("pl", "b162-zaliczka-brat-zrobil-sam", "Ewa Pawłowska <ewa.pawlowska@example.pl>", "Zlecenie 40712", "billing", "",
"""Dzień dobry,

wpłaciłam 150 zł zaliczki za wymianę baterii i montaż uchwytów w
łazience u mojego taty (zlecenie 40712). Brat zdążył to zrobić sam w
weekend, więc odwołuję wizytę zaplanowaną na czwartek. Proszę o zwrot
zaliczki na konto, z którego przyszła.

Ewa Pawłowska"""),
("pl", "b162-oplata-odwolanie-rzecznik-uokik", "Krzysztof Jabłoński <k.jablonski@example.pl>", "Bezpodstawna opłata za odwołanie", "billing", "high",
"""Szanowni Państwo,

obciążyli Państwo moją kartę kwotą 180 zł jako "opłatą za odwołanie"
opieki nad domem i kotami (rezerwacja 99213). Rezerwację odwołałem 12
dni przed terminem, a Państwa regulamin mówi o bezpłatnym odwołaniu do 7
dni przed.

Jeśli kwota nie zostanie zwrócona w ciągu 7 dni, zwrócę się do
miejskiego rzecznika konsumentów i złożę skargę do UOKiK.

Krzysztof Jabłoński"""),
("pl", "b162-opiekunka-nie-przyjechala-chargeback", "Dominika Wieczorek <dominika.wieczorek@example.pl>", "zwrot", "billing", "high",
"""Dzien dobry,
opiekunka domu, ktora mieliscie nam przyslac na wyjazd 14-21.08, nie
przyjechala wcale. Kot byl sam dwa dni, zanim sasiadka sie zorientowala.
Zaplacilismy 1 050 zl z gory.
Pisze trzeci raz. Jesli do piatku nie bedzie zwrotu, skladam reklamacje
transakcji w banku (chargeback) i tyle.
Dominika Wieczorek"""),
("pl", "b162-nadgodziny-opiekunki-kierownik", "Renata Sikora <renata.sikora@example.pl>", "Faktura za styczeń - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

na fakturze za styczeń doliczono 12 "nadgodzin" opiekunki mojego ojca
po 45 zł. Żadnych nadgodzin nie zlecaliśmy, pani Beata przychodzi od 8
do 14 i wychodzi o czasie, co widać w dzienniku wizyt. Dzwoniłam już
dwa razy i za każdym razem ktoś "przekaże dalej".

Proszę, żeby skontaktował się ze mną kierownik oddziału albo ktoś wyżej
i żeby faktura została skorygowana o 540 zł.

Renata Sikora
Kraków"""),
("pl", "b162-re-podwyzka-dwa-razy-w-tygodniu", "Jolanta Kowalczyk <jolanta.kowalczyk@example.pl>", "Re: Zmiana cennika od 1 stycznia", "billing", "",
"""Dzień dobry,

w takim razie od stycznia proszę zmniejszyć sprzątanie u mamy z trzech
do dwóch razy w tygodniu (wtorek i piątek), żeby zmieścić się w
podobnej kwocie. Ile to wyjdzie miesięcznie po nowym cenniku?

Jolanta Kowalczyk

> Szanowni Państwo,
>
> uprzejmie informujemy, że od 1 stycznia stawka za godzinę sprzątania
> wzrasta z 55 zł do 62 zł.
>
> Z pozdrowieniami,
> Biuro Obsługi Klienta"""),
("pl", "b162-bon-zlota-raczka-urodziny", "Marta Dudek <marta.dudek@example.pl>", "Bon na prezent", "billing", "",
"""Hej, czy mogę kupić bon podarunkowy na 10 godzin pomocy złotej rączki dla mamy na 70. urodziny? Ile kosztuje i czy da się go wydrukować albo wysłać mailem? Ważne, żeby był ważny przynajmniej rok, bo mama wszystko odkłada :)
Marta"""),
("pl", "b162-spacer-w-toku-od-wczoraj", "Bartosz Wójcik <bartosz.wojcik@example.pl>", "Spacer w toku", "technical", "",
"""Cześć, w aplikacji od wczoraj od 15:00 wisi "spacer w toku" dla Bruna,
chociaż pies dawno wrócił i śpi na kanapie. Przez to nie mogę
zarezerwować kolejnego spaceru, bo wyskakuje "masz aktywną usługę".
Android, najnowsza wersja aplikacji.
Bartek"""),
("pl", "b162-nie-platnosci-logowanie-petla", "Anna Grabowska <anna.grabowska@example.pl>", "Płatności", "technical", "",
"""Dzień dobry, piszę na adres od płatności, bo tylko ten znalazłam, ale
to nie jest sprawa płatności - wszystko opłacone. Od poniedziałku nie
mogę się zalogować do panelu klienta: po wpisaniu hasła strona wraca do
ekranu logowania bez żadnego komunikatu. Próbowałam w Chrome i w
Firefoksie, czyściłam ciasteczka.
Anna Grabowska"""),
("pl", "b162-kod-sms-nie-przychodzi", "Henryk Olszewski <henryk.olszewski@example.pl>", "kod", "technical", "",
"""dzien dobry, wnuczka zalozyla mi konto zebym widzial kiedy przychodzi pani do sprzatania ale kod sms nie przychodzi. numer dobry, w play. prosze o pomoc
h. olszewski"""),
("pl", "b162-junkers-zapach-gazu-lublin", "Wiesława Lis <wieslawa.lis@example.pl>", "Piecyk w łazience", "technical", "high",
"""Dzień dobry,

w środę Państwa pan wymieniał wężyk przy piecyku gazowym w łazience u
mnie (Lublin, ul. Narutowicza). Od wczoraj czuć w łazience gaz,
zwłaszcza rano. Zakręciłam gaz przy liczniku i wietrzę, na razie myję
się u córki.

Proszę, żeby ktoś przyjechał i to sprawdził.

Wiesława Lis, lat 79"""),
("pl", "b162-gniazdko-iskrzy-rodzice", "Grzegorz Baran <grzegorz.baran@example.pl>", "Gniazdko", "technical", "high",
"""Dzien dobry,
fachowiec od Panstwa montowal wczoraj u moich rodzicow nowe gniazdko w
pokoju (Wroclaw, Krzyki). Dzis rano przy wlaczaniu czajnika iskrzylo i
czuc bylo spalenizne, obudowa jest lekko stopiona. Wylaczylem bezpiecznik
od tego pokoju. Rodzice maja po 80 lat, prosze o szybka wizyte
elektryka.
Grzegorz Baran"""),
("pl", "b162-lokalizator-obroza-bateria-spuchla", "Justyna Michalska <justyna.michalska@example.pl>", "Lokalizator na obroży", "technical", "high",
"""Dzień dobry,

lokalizator GPS, który dostaliśmy od Państwa razem z pakietem spacerów
(ten przypinany do obroży), przy ładowaniu zrobił się bardzo gorący, a
dziś rano zauważyłam, że obudowa się wybrzuszyła i rozeszła na
łączeniu. Odłączyłam go i położyłam na balkonie na płytkach.

Pies nosił go na szyi codziennie. Co mam z nim zrobić? I czy inni
klienci mają takie same?

Justyna Michalska"""),
("pl", "b162-grafik-sprzataczek-pusty", "Czysty Dom Seniora <biuro@czystydomseniora.example>", "Grafik", "technical", "high",
"""Dzień dobry,

od 6 rano grafik w aplikacji jest pusty u wszystkich naszych pracownic
(14 osób). Dziewczyny stoją na przystankach i dzwonią do biura, do kogo
mają jechać, a ja nie mam jak sprawdzić, bo u mnie panel też pokazuje
"brak zleceń". Dziś mamy 37 wizyt u seniorów, część z nich czeka też na
zakupy i leki.

Proszę o pilny kontakt.

Iwona Krawczyk
Czysty Dom Seniora, Poznań"""),
("pl", "b162-piec-babcia-bez-ogrzewania-f28", "Łukasz Zając <lukasz.zajac@example.pl>", "Piec u babci", "technical", "high",
"""Dzień dobry,

w poniedziałek Państwa złota rączka "przeczyścił" piec gazowy u mojej
babci (90 lat, Nowy Sącz). Od wczoraj wieczorem piec w ogóle się nie
odpala, na wyświetlaczu miga F28. W mieszkaniu jest 14 stopni, na
zewnątrz -10. Babcia siedzi w kurtce pod kocem, zawiozłem jej grzejnik
olejowy, ale to za mało.

Proszę o przyjazd dzisiaj.

Łukasz Zając"""),
("pl", "b162-opaska-bateria-jeden-dzien", "Barbara Kubiak <barbara.kubiak@example.pl>", "Przycisk przywoławczy", "technical", "",
"""Dzień dobry,
opaska z przyciskiem, którą ma tata, trzyma baterię tylko jeden dzień, a
w instrukcji jest napisane, że tydzień. Ładujemy ją co wieczór, więc na
razie działa, ale tata czasem zapomina. Czy to normalne? Czy można
dostać inną sztukę?
Barbara Kubiak"""),
("pl", "b162-formularz-safari-dalej-szary", "Olga Pietrzak <olga.pietrzak@example.pl>", "Formularz", "technical", "",
"""Dzień dobry, na Państwa stronie w formularzu zapisu na opiekę nocnej niani przycisk "Dalej" jest szary i nie da się go kliknąć, mimo że wszystko wypełniłam. iPad, Safari. Na komputerze męża działa, ale wolałabym na iPadzie."""),
("pl", "b162-zmiana-czasu-wizyty-godzine-wczesniej", "Stanisław Wójtowicz <s.wojtowicz@example.pl>", "Godziny wizyt", "technical", "",
"""Dzień dobry,
od niedzieli (zmiana czasu) wszystkie wizyty opiekunki u mojej żony
pokazują się w aplikacji godzinę wcześniej - 9:00 zamiast 10:00. Pani
Dorota przychodzi normalnie o 10, ale przypomnienia przychodzą o złej
porze i żona się denerwuje, że pani się spóźnia.
Stanisław Wójtowicz"""),
("pl", "b162-re-zgloszenie-zamek-offline", "Paweł Sadowski <pawel.sadowski@example.pl>", "Re: Zgłoszenie 4471 - zamknięte", "technical", "",
"""Dzień dobry,

niestety problem nie jest rozwiązany. Po restarcie bramki zamek działał
dwa dni, a od wczoraj znowu pokazuje "offline" i wyprowadzacz psa nie
mógł otworzyć drzwi kodem jednorazowym - musiałem wracać z pracy, żeby
go wpuścić.

Paweł Sadowski

> Dzień dobry,
>
> prosimy o odłączenie bramki od zasilania na 30 sekund i ponowne
> podłączenie. Zgłoszenie zostało zamknięte. W razie dalszych problemów
> prosimy o odpowiedź na tę wiadomość.
>
> Zespół Wsparcia"""),
("pl", "b162-szafki-drzwiczki-nie-domykaja", "Teresa Kamińska <teresa.kaminska@example.pl>", "Szafki", "technical", "",
"""Dzien dobry, pan ktory w czwartek wieszal mi szafki w kuchni powiesil je krzywo i drzwiczki od dwoch nie domykaja sie, same sie otwieraja. Prosze zeby przyszedl i poprawil zawiasy. Jestem w domu codziennie do 13.
Teresa Kaminska"""),
("pl", "b162-tablet-dziadka-nie-laduje", "Natalia Górska <natalia.gorska@example.pl>", "Tablet", "technical", "",
"""Tablet do rozmów z opiekunką, który dziadek dostał od Państwa w zeszłym miesiącu, przestał się ładować - po podłączeniu nic się nie dzieje, ekran czarny. Próbowaliśmy innego kabla i innego gniazdka. Dziadek jest teraz bez rozmów w środy i soboty. Co robimy?
Natalia"""),
("pl", "b162-podziekowanie-pani-halina", "Elżbieta Jankowska <elzbieta.jankowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam serdecznie podziękować za panią Halinę, która od pół roku
opiekuje się moim tatą. Tata po udarze bardzo się zamknął w sobie, a
pani Halina gra z nim w warcaby, czyta mu "Przegląd Sportowy" i
wyprowadza go na ławkę przed blokiem. Ostatnio nawet zaczął żartować.

To dla nas bezcenne. Proszę przekazać jej nasze podziękowania.

Z wyrazami szacunku,
Elżbieta Jankowska"""),
("pl", "b162-dzieki-nocna-niania-kasia", "Marcin Adamczyk <marcin.adamczyk@example.pl>", "dzieki!", "general", "",
"""Chcielismy tylko podziekowac za Kasie, nasza nocna nianie przez ostatnie 6 tygodni. Pierwszy raz od narodzin Zosi przespalismy cala noc, a Kasia jeszcze nauczyla nas kapac mala bez stresu. Polecimy Was wszystkim znajomym.
Marcin i Ola"""),
("pl", "b162-opiekunka-podnosi-glos", "Beata Wróblewska <beata.wroblewska@example.pl>", "Uwaga do opiekunki", "general", "",
"""Dzień dobry,

sąsiadka mojego taty powiedziała mi, że kilka razy słyszała przez
ścianę, jak opiekunka podnosi na niego głos, kiedy tata za wolno je albo
się ubiera. Tata ma 86 lat i sam nie chce się skarżyć, mówi, że "pani
jest w porządku, tylko nerwowa".

Proszę o rozmowę z tą panią, a jeśli to się powtórzy - o zmianę
opiekunki.

Beata Wróblewska"""),
("pl", "b162-pies-pod-zabka-kierownik", "Rafał Wasilewski <rafal.wasilewski@example.pl>", "Wasz pracownik", "general", "high",
"""Dzień dobry,

dziś koło 14 znajomy zrobił zdjęcie naszej suczki Mili przywiązanej pod
Żabką na Ochocie, samej, przez co najmniej 20 minut. Wyprowadzacz w tym
czasie siedział w kawiarni obok. Mila jest lękliwa i mogła się zerwać
na ulicę.

Nie chcę o tym rozmawiać z infolinią. Proszę o kontakt kierownika, który
odpowiada za tego pracownika, i o informację, co Państwo z tym zrobią.
Zdjęcie w załączniku.

Rafał Wasilewski"""),
("pl", "b162-ladowarka-szalik-pani-kasi", "Monika Zawadzka <monika.zawadzka@example.pl>", "Rzeczy pani Kasi", "general", "",
"""Dzień dobry, po opiece nad domem w weekend znaleźliśmy w pokoju gościnnym ładowarkę do telefonu i różowy szalik - chyba należą do pani Kasi, która u nas była. Możemy je zostawić u sąsiada albo oddać przy następnej okazji. Jak Państwu wygodniej?"""),
("pl", "b162-zmiana-nazwiska-po-slubie", "Aleksandra Nowak-Bielecka <aleksandra.bielecka@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry,
po ślubie zmieniłam nazwisko - proszę o zmianę w moim koncie z
"Aleksandra Nowak" na "Aleksandra Nowak-Bielecka". Adres mailowy też
nowy, ten, z którego piszę. Reszta danych bez zmian.
Dziękuję!"""),
("pl", "b162-rodo-art15-matka", "Jerzy Kołodziej <jerzy.kolodziej@example.pl>", "RODO", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO proszę o informację, jakie dane osobowe moje
i mojej matki (Krystyna Kołodziej) Państwo przetwarzają, w jakim celu,
komu zostały udostępnione i jak długo będą przechowywane. Matka korzysta
z usług opiekunki od 2022 roku.

Z poważaniem,
Jerzy Kołodziej"""),
("pl", "b162-opiekunka-po-ukrainsku", "Oksana Melnyk <oksana.melnyk@example.pl>", "Opiekunka dla mamy", "general", "",
"""Dzień dobry, moja mama przyjechała do mnie z Charkowa i słabo mówi po polsku. Czy macie opiekunki, które mówią po ukraińsku albo po rosyjsku? Mieszkamy we Wrocławiu, na Psim Polu. Dziękuję, Oksana"""),
("pl", "b162-biuro-wigilia-klucze", "Dorota Mróz <dorota.mroz@example.pl>", "Dzień dobry", "general", "",
"""Dzień dobry, czy 24 i 31 grudnia biuro będzie otwarte i do której? Chcę przyjść odebrać zapasowe klucze do mieszkania taty, które zostawiliśmy dla opiekunki. Pozdrawiam, Dorota Mróz"""),
("pl", "b162-dogtrekking-kampinos-partner", "Fundacja Psia Łapa <kontakt@psialapa.example>", "Współpraca - Dogtrekking Kampinos", "general", "",
"""Dzień dobry,

Fundacja Psia Łapa organizuje 21 września charytatywny Dogtrekking
Kampinos - trasy 10 i 25 km z psami, dochód idzie na schronisko.
Szukamy partnerów: w zamian oferujemy logo na numerach startowych,
stoisko w miasteczku zawodów i wzmiankę w mediach społecznościowych.

Czy bylibyście Państwo zainteresowani? Chętnie prześlę szczegóły.

Pozdrawiam serdecznie,
Kinga Borkowska"""),
("pl", "b162-klub-seniora-dzien-seniora", "Klub Seniora Złota Jesień <klub.zlotajesien@example.pl>", "Zaproszenie na Dzień Seniora", "general", "",
"""Szanowni Państwo,

Klub Seniora "Złota Jesień" z Bydgoszczy zaprasza przedstawiciela
Państwa firmy na spotkanie z okazji Dnia Seniora, 14 listopada o godz.
16:00 w naszym domu kultury na Fordonie. Nasi członkowie często pytają
o pomoc w domu i drobne naprawy, więc krótka prezentacja (15 minut)
byłaby bardzo mile widziana.

Prosimy o potwierdzenie.

Z poważaniem,
Danuta Szulc, przewodnicząca"""),
("pl", "b162-schody-biuro-porecz-wyrwana", "Adam Sobczak <adam.sobczak@example.pl>", "Schody do Państwa biura", "general", "high",
"""Dzień dobry,

byłem dziś z mamą w Państwa biurze przy ul. Gdańskiej. Schody do
wejścia są po deszczu bardzo śliskie (gładkie płytki), a poręcz po
lewej stronie jest wyrwana ze ściany i wisi na jednej śrubie. Mama
złapała się jej i prawie upadła, na szczęście szedłem tuż za nią.

Państwa klientami są głównie osoby starsze, więc proszę to szybko
naprawić, zanim ktoś się połamie.

Adam Sobczak"""),
("pl", "b162-nie-dzwonic-domofonem", "Ryszard Kwiatkowski <ryszard.kwiatkowski@example.pl>", "Zamówienie 20931", "general", "",
"""Dzień dobry, prośba do opiekuna, który od poniedziałku będzie przychodził do taty: proszę nie dzwonić domofonem, tylko na komórkę taty (numer jest w umowie), bo po obiedzie tata śpi i domofon go bardzo stresuje. Kod do klatki to 1905. Dziękuję, R. Kwiatkowski"""),
]
