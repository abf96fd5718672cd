# dyad event patterns: CAMEO roots 15-20 (material conflict)
# Format: cameo | pattern | flags   (see data/FORMATS.md, "data/events/*.pat")
# PLOVER: 15 MOBILIZE · 16 SANCTION (163 -> COERCE per CAMEO2PLOVER) · 17 COERCE (1712, 175 -> ASSAULT)
#         18/19/20 ASSAULT (191, 192 -> COERCE per CAMEO2PLOVER)

# ---------------------------------------------------------------- 15 EXHIBIT FORCE POSTURE  (PLOVER MOBILIZE)
# 150 Demonstrate military or police power
150 | hold ... military exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames/war-games | notarget; joint=062
150 | conduct ... military exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames | notarget; joint=062
150 | stage ... military exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames | notarget; joint=062
150 | stage/hold/conduct ... war games | notarget; joint=062
150 | launch ... military exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames | notarget; joint=062
150 | begin/start/resume/carry/kick ... military/naval/air/nuclear/live-fire ... exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames | notarget; joint=062
150 | begin/start/resume/launch ... war games | notarget; joint=062
150 | hold ... exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames near/off/along TGT
150 | conduct ... exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames near/off/along TGT
150 | stage ... exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames near/off/along TGT
150 | hold ... naval/air/nuclear/live-fire ... exercise/exercises/drill/drills | notarget; joint=062
150 | conduct ... naval/air/nuclear/live-fire ... exercise/exercises/drill/drills | notarget; joint=062
150 | test-fire ... missile/missiles/rocket/rockets | notarget
150 | test ... missile/missiles/rocket/rockets/icbm/warhead | notarget
150 | launch ... ballistic/cruise/hypersonic ... missile/missiles ... test | notarget
150 | fire ... ballistic ... missile/missiles ... into ... sea | notarget
150 | fire ... missile/missiles ... into ... sea | notarget
150 | fly ... bombers/jets/warplanes/aircraft ... over/near TGT
150 | send ... warship/warships/carrier/bombers/fleet ... near/off/through TGT
150 | sail ... warship/warships/carrier/destroyer ... through | notarget
150 | sail ... through ... strait/straits/waters | notarget
150 | parade ... missiles/tanks/troops/weapons | notarget
150 | hold ... military parade | notarget
150 | show ... force | notarget
150 | flex ... military ... muscle/muscles | notarget
150 | flex ... muscle/muscles | notarget
150 | patrol ... border/borders/waters/streets/skies | notarget
150 | patrol ... near/off/along TGT
150 | fly ... over ... airspace of TGT
150 | military exercise/exercises/drill/drills/manoeuvres/maneuvers | noun; notarget
150 | exercise/exercises/drill/drills/manoeuvres/maneuvers near/off/along TGT | noun
150 | missile test/tests/launch/launches | noun; notarget
150 | show of force | noun; notarget
150 | show of force against/near/toward/towards TGT | noun
150 | military parade | noun; notarget
150 | war-games/wargames | noun; notarget
# 151 Increase police alert status
151 | put ... police ... on ... alert | notarget
151 | place ... police ... on ... alert | notarget
151 | raise ... terror/terrorism/threat/security ... alert/level | notarget
151 | raise ... alert ... level | notarget
151 | raise ... threat level | notarget
151 | heighten ... security | notarget
151 | tighten ... security | notarget
151 | tighten ... security ... around/at/in TGT
151 | step up ... security | notarget
151 | step up ... security ... around/at/in TGT
151 | beef up ... security | notarget
151 | boost/increase/reinforce/strengthen/ramp ... security | notarget
151 | boost/increase/reinforce/strengthen ... security ... around/at/in TGT
151 | step up ... surveillance | notarget
151 | put/place ... on ... high/maximum/heightened ... alert | notarget
151 | go on ... high ... alert | notarget
151 | be on ... high/maximum ... alert | notarget
# "X remained/stayed on (high) alert": the alert status kept, as "be on high alert" above. The
# subject's sector is not visible to a pattern, so the unmarked state is 151 like its siblings;
# patterns naming the troops (below, 152) outweigh these. "alert" as a warning ("issued an
# alert", "a flood alert") has no pattern.
151 | remain/stay on ... alert | notarget
151 | remain/stay in ... state of ... alert | notarget
151 | keep ... on ... high/maximum/heightened ... alert | notarget
151 | security alert | noun; notarget
151 | heightened security | noun; notarget
# 152 Increase military alert status
152 | put ... troops/forces/army/military ... on ... alert | notarget
# Troop words with a degree of alert outweigh the generic 151 "put/place ... on ... high alert".
152 | put/place/keep ... troops/forces/army/military/navy/units/soldiers ... on ... high/maximum/full/heightened/combat/red ... alert | notarget
152 | keep ... troops/forces/army/military/units/soldiers ... on ... alert/standby | notarget
152 | remain/stay on ... combat ... alert/readiness | notarget
152 | put ... troops/forces/army/military ... on ... combat ... alert/readiness | notarget
152 | place ... troops/forces/army/military ... on ... alert/standby | notarget
152 | put ... troops/forces/army/military ... on ... standby | notarget
152 | put ... nuclear ... forces/deterrent ... on ... alert | notarget
152 | put ... nuclear ... forces/deterrent ... on ... alert ... against TGT
152 | raise ... combat ... readiness/alert | notarget
152 | raise ... military ... alert/readiness | notarget
152 | order ... troops/forces/army/military ... on ... alert/standby | notarget
152 | order ... combat ... readiness | notarget
152 | declare ... maximum/high ... alert | notarget
152 | scramble ... jets/fighters/aircraft/warplanes | notarget
152 | scramble ... jets/fighters/aircraft/warplanes ... to ... intercept TGT
152 | intercept ... aircraft/plane/planes/jets/bombers/drone/drones/ship/ships/vessel/vessels ... of TGT
152 | intercept TGT 's? aircraft/plane/planes/jets/bombers/drone/drones/ship/ships/vessel/vessels
152 | combat readiness | noun; notarget
152 | state of ... alert | noun; notarget
152 | high alert | noun; notarget
# 153 Mobilize or increase police power
153 | deploy ... police/policemen/officers/gendarmes/gendarmerie/paramilitaries/paramilitary | notarget
153 | deploy ... police/policemen/officers/gendarmes/gendarmerie/paramilitaries ... in/to/around/at TGT
153 | send ... police/policemen/officers/gendarmes/gendarmerie/paramilitaries ... to TGT
153 | send ... riot ... police/squad/squads | notarget
153 | mobilize/mobilise ... police/policemen/officers/gendarmes/gendarmerie/paramilitaries | notarget
153 | step up ... patrols/patrol | notarget
153 | step up ... patrols/patrol ... in/around/along TGT
153 | increase/intensify/boost ... patrols/patrol | notarget
153 | set up ... checkpoint/checkpoints | notarget
153 | set up ... checkpoint/checkpoints ... around/in/at TGT
153 | erect ... checkpoint/checkpoints | notarget
153 | flood ... streets ... with ... police/troops/officers | notarget
153 | station ... police/policemen/officers ... in/at/around TGT
153 | reinforce ... police | notarget
153 | recruit ... police/policemen/officers | notarget
153 | police deployment | noun; notarget
153 | heavy ... police/security ... presence | noun; notarget
153 | deployment of ... police/policemen/gendarmes/officers ... in/to TGT | noun
# 154 Mobilize or increase armed forces
154 | deploy ... troops/soldiers/forces/army/military/tanks/warships/jets/fighters/bombers/missiles/drones/artillery/units/battalions/brigades/contingent/reinforcements/personnel ... to/in/into/near/along/on TGT
154 | deploy ... troops/soldiers/forces/army/military/tanks/warships/jets/fighters/bombers/missiles/drones/artillery/units/battalions/brigades/contingent/reinforcements | notarget
154 | deploy TGT
154 | send ... troops/soldiers/forces/army/tanks/warships/jets/fighters/bombers/missiles/drones/artillery/units/battalions/brigades/contingent/reinforcements ... to/into/in/near TGT
154 | send ... troops/soldiers/forces/tanks/warships/jets/reinforcements/carrier/carriers/battleship/battleships | notarget
154 | dispatch ... troops/soldiers/forces/tanks/warships/jets/reinforcements/units ... to/into/in/near TGT
154 | dispatch ... troops/soldiers/forces/tanks/warships/jets/reinforcements/units | notarget
154 | move ... troops/soldiers/forces/tanks/warships/jets/missiles/artillery/units/armour/armor ... to/into/near/toward/towards TGT
154 | move ... troops/soldiers/forces/tanks/missiles/artillery/units/armour/armor ... to ... border | notarget
154 | mass ... troops/soldiers/forces/tanks/artillery/armour/armor ... on/near/along/at ... border/frontier/borders | notarget
154 | mass ... troops/soldiers/forces/tanks/artillery ... near/along/on TGT
154 | mass/deploy/move/send ... troops/soldiers/forces/tanks/artillery/reinforcements ... border with TGT
154 | amass ... troops/soldiers/forces/tanks/artillery ... near/along/on TGT
154 | amass ... troops/soldiers/forces/tanks/artillery | notarget
154 | build up ... troops/soldiers/forces/military/presence ... near/along/on/in TGT
154 | build up ... troops/soldiers/forces/military/presence | notarget
154 | station ... troops/soldiers/forces/missiles/warships/jets ... in/near/on TGT
154 | station ... troops/soldiers/forces/missiles | notarget
154 | reinforce ... troops/forces/positions/presence/garrison ... in/near/along TGT
154 | reinforce ... troops/forces/positions/presence/garrison/border | notarget
154 | bolster ... troops/forces/presence ... in/near/along TGT
154 | strengthen/bolster/boost ... troops/forces/presence/garrison | notarget
154 | step up ... military ... presence | notarget
154 | step up ... military ... presence ... in/near/along/on TGT
154 | boost/increase/expand ... military ... presence ... in/near/along TGT
154 | boost/increase/expand ... troops/forces ... in/near/along TGT
154 | increase/boost/raise ... defence/defense/military ... spending/budget | notarget
154 | mobilize/mobilise | notarget
154 | mobilize/mobilise ... troops/soldiers/forces/reservists/reserves/army/military/men/fighters/militia/militias | notarget
154 | mobilize/mobilise ... troops/soldiers/forces/reservists/reserves/army/military/fighters ... against TGT
154 | call up ... reservists/reserves/conscripts/troops/men/recruits | notarget
154 | conscript ... men/recruits/youths | notarget
154 | draft ... men/recruits/soldiers | notarget
154 | declare ... general ... mobilization/mobilisation | notarget
154 | order ... mobilization/mobilisation | notarget
154 | recruit ... soldiers/troops/fighters/mercenaries | notarget
154 | enlist ... soldiers/troops/fighters | notarget
154 | rearm | notarget
154 | arm ... themselves | notarget
154 | deploy ... near ... border | notarget
154 | deploy ... along ... border | notarget
154 | deploy ... to ... border ... with TGT
154 | surge ... troops/forces ... to/into TGT
154 | deployment of ... troops/soldiers/forces/tanks/warships/jets/missiles/reinforcements ... to/in/into/near TGT | noun
154 | deployment of ... troops/soldiers/forces/tanks/warships/jets/missiles/reinforcements | noun; notarget
154 | deployment to/in TGT | noun
154 | troop deployment/deployments/buildup/build-up ... to/in/near/along TGT | noun
154 | troop deployment/deployments/buildup/build-up | noun; notarget
154 | military buildup/build-up ... near/along/in/on TGT | noun
154 | military buildup/build-up | noun; notarget
154 | mobilization/mobilisation | noun; notarget
154 | mobilization/mobilisation of ... troops/reservists/forces | noun; notarget
154 | buildup/build-up of ... troops/forces ... near/along/in/on TGT | noun
154 | reinforcements ... to TGT | noun

# ---------------------------------------------------------------- 16 REDUCE RELATIONS  (PLOVER SANCTION)
# 160 Reduce relations
160 | suspend ... cooperation with TGT
160 | suspend ... relations/ties/contacts with TGT
160 | freeze ... relations/ties/contacts/cooperation with TGT
160 | reduce ... relations/ties/cooperation/contacts with TGT
160 | scale back/down ... relations/ties/cooperation/contacts with TGT
160 | cut back ... relations/ties/cooperation/contacts with TGT
160 | end ... cooperation with TGT
160 | halt ... cooperation with TGT
160 | cancel ... visit to TGT
160 | call off ... visit to TGT
160 | postpone ... visit to TGT
160 | cancel ... meeting/talks/summit with TGT
160 | suspend TGT
160 | suspend TGT from
160 | expel TGT from ... organization/organisation/bloc/union/alliance/group/body/community/council
160 | exclude TGT from
160 | quit TGT
160 | withdraw from TGT ... membership
160 | withdraw ... membership/participation | notarget
160 | withdraw ... from ... organization/organisation/bloc/union/alliance/community/council/court/convention | notarget
160 | pull out of ... organization/organisation/bloc/union/alliance/community/council/court/convention | notarget
160 | leave ... organization/organisation/bloc/union/alliance/community/council/court/convention | notarget
160 | revoke ... accreditation of TGT
160 | revoke ... accreditation | notarget
160 | suspend ... accreditation of TGT
160 | suspend ... flights to/from TGT
160 | suspend ... flights | notarget
160 | ban ... flights from/to TGT
160 | close ... airspace to TGT
160 | close ... airspace | notarget
160 | snub TGT 's? ... summit/meeting
160 | downgrade ... ties/relations/cooperation with TGT
160 | suspension of TGT | noun
160 | suspension of TGT from | noun
160 | suspension of ... cooperation/relations/ties with TGT | noun
160 | exit from TGT | noun
160 | withdrawal from ... organization/organisation/bloc/union/alliance/community/council/court/convention | noun; notarget
# 161 Reduce or break diplomatic relations
161 | cut ... ties/relations with TGT
161 | cut ... diplomatic ... ties/relations with TGT
161 | cut ... ties/relations | notarget
161 | sever ... ties/relations with TGT
161 | sever ... ties/relations | notarget
161 | break ... ties/relations with TGT
161 | break off ... ties/relations with TGT
161 | break off ... diplomatic ... ties/relations | notarget
161 | break ... diplomatic ... ties/relations | notarget
161 | rupture ... ties/relations with TGT
161 | end ... diplomatic ... ties/relations with TGT
161 | suspend ... diplomatic ... ties/relations with TGT
161 | suspend ... diplomatic ... ties/relations | notarget
161 | downgrade ... diplomatic ... ties/relations with TGT
161 | downgrade ... diplomatic ... ties/relations/representation | notarget
161 | recall ... ambassador/envoy/diplomats/diplomat/chief | notarget
161 | recall ... ambassador/envoy/diplomats/diplomat ... from TGT
161 | recall ... ambassador/envoy/diplomats/diplomat ... to TGT
161 | withdraw ... ambassador/envoy/diplomats/diplomat/embassy/staff | notarget
161 | withdraw ... ambassador/envoy/diplomats/diplomat/embassy/staff ... from TGT
161 | expel ... ambassador/envoy/diplomat/diplomats/attache/consul/charge | notarget
161 | expel TGT 's? ambassador/envoy/diplomat/diplomats/attache/consul/charge
161 | expel ... ambassador/envoy/diplomat/diplomats/consul ... of/from TGT
161 | order ... ambassador/envoy/diplomat/diplomats ... to leave | notarget
161 | order TGT 's? ambassador/envoy/diplomat/diplomats ... to leave
161 | order ... ambassador/envoy/diplomat/diplomats ... of TGT ... to leave
161 | declare TGT ... persona non grata
161 | declare ... persona non grata | notarget
161 | close ... embassy/embassies/consulate/consulates/mission/missions ... in TGT
161 | close ... embassy/embassies/consulate/consulates | notarget
161 | shut ... embassy/embassies/consulate/consulates ... in TGT
161 | shut ... embassy/embassies/consulate/consulates | notarget
161 | close ... TGT 's? embassy/embassies/consulate/consulates
161 | close ... embassy/embassies/consulate/consulates ... of TGT
161 | derecognize/derecognise/de-recognize TGT
161 | withdraw ... recognition of/from TGT
161 | withdraw ... recognition | notarget
161 | expulsion of ... ambassador/envoy/diplomat/diplomats/consul | noun; notarget
161 | expulsion of TGT 's? ambassador/envoy/diplomat/diplomats | noun
161 | expulsion of ... ambassador/envoy/diplomat/diplomats ... of/from TGT | noun
161 | recall of ... ambassador/envoy | noun; notarget
161 | severing/severance of ... ties/relations with TGT | noun
161 | break/breakdown/rupture in ... relations/ties with TGT | noun
# 162 Reduce or stop aid
162 | cut ... aid/assistance/support ... to/for TGT
162 | cut ... aid/assistance | notarget
162 | cut off ... aid/assistance/support ... to/for TGT
162 | cut off ... aid/assistance | notarget
162 | suspend ... aid/assistance/support ... to/for TGT
162 | suspend ... aid/assistance | notarget
162 | halt ... aid/assistance/support ... to/for TGT
162 | halt ... aid/assistance | notarget
162 | freeze ... aid/assistance/support ... to/for TGT
162 | freeze ... aid/assistance | notarget
162 | stop ... aid/assistance/support ... to/for TGT
162 | end ... aid/assistance/support ... to/for TGT
162 | reduce ... aid/assistance/support ... to/for TGT
162 | withdraw ... aid/assistance/support ... to/from/for TGT
162 | withhold ... aid/assistance/support ... to/from/for TGT
162 | withhold ... aid/assistance | notarget
162 | cancel ... aid/assistance ... to/for TGT
162 | aid cut/cuts/suspension/freeze to/for TGT | noun
162 | suspension of ... aid/assistance ... to/for TGT | noun
162 | suspension of ... aid/assistance | noun; notarget
162 | cut/cuts in ... aid/assistance ... to/for TGT | noun
162 | cutoff/cut-off of ... aid/assistance ... to/for TGT | noun
# 1621 Reduce or stop economic assistance
1621 | cut/suspend/halt/freeze/stop/end/withdraw/withhold/cancel ... economic/financial/development/budget ... aid/assistance/support ... to/for TGT
1621 | cut/suspend/halt/freeze/stop/end/withdraw/withhold/cancel ... economic/financial/development/budget ... aid/assistance/support | notarget
1621 | cut/suspend/halt/freeze/stop/end/withdraw/withhold/cancel ... funding/funds/financing/loan/loans/grants/disbursements/disbursement/payments/credit ... to/for TGT
1621 | cut/suspend/halt/freeze/stop/end/withhold/cancel ... funding/funds/financing/loan/loans/grants/disbursements/disbursement/payments | notarget
1621 | cut off ... funding/funds/financing/loans/credit ... to/for TGT
1621 | cut off ... funding/funds/financing/loans/credit | notarget
1621 | defund TGT
1621 | suspension of ... economic/financial/development/budget ... aid/assistance/support/funding ... to/for TGT | noun
1621 | suspension of ... funding/loans/disbursements ... to/for TGT | noun
1621 | suspension of ... funding/loans/disbursements | noun; notarget
# 1622 Reduce or stop military assistance
1622 | cut/suspend/halt/freeze/stop/end/withdraw/withhold/cancel/reduce ... military ... aid/assistance/support/cooperation/training/supplies ... to/for/with TGT
1622 | cut/suspend/halt/freeze/stop/end/withdraw/withhold/cancel/reduce ... military ... aid/assistance/support/cooperation/training/supplies | notarget
1622 | cut/suspend/halt/freeze/stop/end/withhold/cancel ... security ... aid/assistance/cooperation ... to/for/with TGT
1622 | cut/suspend/halt/freeze/stop/end/withhold/cancel ... defence/defense ... aid/assistance/cooperation ... to/for/with TGT
1622 | cut/suspend/halt/freeze/stop/end/block/ban/cancel/withhold ... arms/weapons ... sales/deliveries/exports/shipments/supplies/transfers ... to TGT
1622 | cut/suspend/halt/freeze/stop/end/block/ban/cancel/withhold ... arms/weapons ... sales/deliveries/exports/shipments/supplies/transfers | notarget
1622 | stop ... arming TGT
1622 | stop ... supplying/sending/delivering ... weapons/arms/ammunition ... to TGT
1622 | stop ... supplying/sending/delivering ... weapons/arms/ammunition | notarget
1622 | suspend ... delivery/deliveries of ... weapons/arms/jets/helicopters/tanks/missiles/drones/equipment ... to TGT
1622 | halt ... delivery/deliveries of ... weapons/arms/jets/helicopters/tanks/missiles/drones/equipment ... to TGT
1622 | cancel ... delivery/deliveries/sale/sales/contract/contracts of ... weapons/arms/jets/helicopters/tanks/missiles/drones ... to TGT
1622 | block ... sale/sales of ... weapons/arms/jets/helicopters/tanks/missiles/drones ... to TGT
1622 | suspend ... training of ... troops/soldiers/forces/army ... of TGT
1622 | suspend ... training ... mission/missions ... in TGT
1622 | end ... training ... mission/missions ... in TGT
1622 | suspend ... joint ... operations/patrols/exercises ... with TGT
1622 | end ... joint ... operations/patrols/exercises ... with TGT
1622 | suspension of ... military ... aid/assistance/cooperation/support ... to/for/with TGT | noun
1622 | suspension of ... military ... aid/assistance/cooperation/support | noun; notarget
1622 | suspension of ... arms/weapons ... sales/deliveries/exports ... to TGT | noun
1622 | halt to ... arms/weapons ... sales/deliveries/exports ... to TGT | noun
1622 | arms/weapons ... freeze/halt/ban ... on TGT | noun
# 1623 Reduce or stop humanitarian assistance
1623 | cut/suspend/halt/freeze/stop/end/withdraw/withhold/cancel/reduce ... humanitarian ... aid/assistance/support/operations/relief/deliveries/funding ... to/for/in TGT
1623 | cut/suspend/halt/freeze/stop/end/withdraw/withhold/cancel/reduce ... humanitarian ... aid/assistance/support/operations/relief/deliveries/funding | notarget
1623 | cut/suspend/halt/stop/end/reduce ... food ... aid/assistance/rations/deliveries/distribution/distributions ... to/for/in TGT
1623 | cut/suspend/halt/stop/end/reduce ... food/medical/relief ... supplies/shipments ... to/for/in TGT
1623 | cut/suspend/halt/stop/end/reduce ... food ... aid/assistance/rations/deliveries/distribution/distributions | notarget
1623 | suspend ... operations/activities ... in TGT
1623 | suspension of ... humanitarian/food ... aid/assistance/operations ... to/for/in TGT | noun
1623 | suspension of ... humanitarian/food ... aid/assistance/operations | noun; notarget
# 163 Impose embargo, boycott, or sanctions  (CAMEO2PLOVER: COERCE)
163 | impose ... sanctions/sanction/embargo/penalties/tariffs/tariff/restrictions/measures on/against TGT
163 | impose ... sanctions/sanction/embargo/penalties/tariffs/tariff | notarget
163 | slap ... sanctions/embargo/penalties/tariffs/tariff on/against TGT
163 | place/put ... sanctions/embargo/penalties ... on/against TGT
163 | slap TGT with ... sanctions/embargo/penalties/tariffs/tariff
163 | hit TGT with ... sanctions/embargo/penalties/tariffs/tariff
163 | level ... sanctions on/against TGT
163 | announce ... sanctions/embargo/penalties on/against TGT
163 | announce ... sanctions/embargo | notarget
163 | approve ... sanctions/embargo on/against TGT
163 | adopt ... sanctions/embargo on/against TGT
163 | adopt ... sanctions/embargo | notarget
163 | agree ... sanctions/embargo on/against TGT
163 | extend ... sanctions/embargo ... to TGT
163 | expand ... sanctions/embargo ... on/against TGT
163 | tighten ... sanctions/embargo/restrictions ... on/against TGT
163 | tighten ... sanctions/embargo | notarget
163 | toughen/strengthen/intensify/broaden ... sanctions/embargo ... on/against TGT
163 | reimpose/re-impose ... sanctions/embargo ... on/against TGT
163 | reimpose/re-impose ... sanctions/embargo | notarget
163 | sanction TGT
163 | sanction ... officials/individuals/entities/companies/firms/banks/leaders/members ... of TGT
163 | blacklist TGT
163 | put TGT on ... blacklist/list
163 | add TGT to ... blacklist/list
163 | designate TGT as ... terrorist/terrorists
163 | freeze ... assets/funds/accounts/property ... of TGT
163 | freeze TGT 's? assets/funds/accounts/property/reserves
163 | freeze ... assets/funds/accounts | notarget
163 | ban ... imports/exports/trade/purchases ... from/to/with TGT
163 | ban ... imports/exports ... of ... from/to TGT
163 | ban ... imports/exports | notarget
163 | halt ... imports/exports/trade ... from/to/with TGT
163 | suspend ... imports/exports/trade ... from/to/with TGT
163 | suspend ... trade | notarget
163 | stop ... imports/exports/trade ... from/to/with TGT
163 | cut off ... trade/imports/exports/supplies/gas/oil/fuel/electricity ... to/from/with TGT
163 | cut off ... gas/oil/fuel/electricity ... supplies | notarget
163 | halt ... gas/oil/fuel/electricity ... supplies/deliveries/exports ... to TGT
163 | stop ... gas/oil/fuel/electricity ... supplies/deliveries/exports ... to TGT
# Closing a border to a neighbour cuts trade and travel with it: CAMEO 163 (impose embargo,
# boycott or sanctions), the same family as the trade bans above, and reopening it is the easing
# code 085 (file 06-09). Not 1724 (state of emergency) nor 172x (administrative sanctions on the
# own population); sealing an area off with troops is 191 (blockade, restrict movement), below.
# All are PLOVER COERCE. "the border closure" with no actor before it codes nothing.
163 | close ... border/borders/frontier/frontiers ... to/with TGT
163 | close ... border/borders/frontier/frontiers | notarget
163 | shut ... border/borders/frontier/frontiers ... with/to TGT
163 | shut ... border/borders/frontier/frontiers | notarget
163 | seal ... border/borders/frontier/frontiers ... with/to TGT
163 | closure of ... border/borders/frontier ... with/to TGT | noun
163 | impose ... trade/travel ... ban/restrictions ... on/against TGT
163 | impose ... visa ... ban/bans/restrictions ... on TGT
163 | impose ... travel ... ban/bans ... on TGT
163 | impose ... no-fly ... zone ... over TGT
163 | expel TGT from ... swift
163 | cut TGT off from ... swift/markets/system
163 | boycott ... goods/products/imports ... from/of TGT
163 | punish TGT with ... sanctions/tariffs/measures
163 | sanctions against/on TGT | noun
163 | sanction/sanctions | noun; notarget
163 | embargo on/against TGT | noun
163 | embargo | noun; notarget
163 | arms embargo on/against TGT | noun
163 | trade/oil/gas ... embargo on/against TGT | noun
163 | ban on ... imports/exports/trade/flights ... from/to/with TGT | noun
163 | tariffs/tariff on TGT | noun
163 | travel/visa ... ban/bans on/against TGT | noun
163 | asset/assets freeze on/against TGT | noun
163 | freeze on TGT 's? assets | noun
163 | penalties on/against TGT | noun
# 164 Halt negotiations
164 | halt ... talks/negotiations/dialogue/contacts ... with TGT
164 | halt ... talks/negotiations/dialogue | notarget
164 | suspend ... talks/negotiations/dialogue/contacts/consultations ... with TGT
164 | suspend ... talks/negotiations/dialogue/contacts | notarget
164 | break off ... talks/negotiations/dialogue/contacts ... with TGT
164 | break off ... talks/negotiations/dialogue/contacts | notarget
164 | end ... talks/negotiations/dialogue ... with TGT
164 | call off ... talks/negotiations/meeting/summit/dialogue ... with TGT
164 | call off ... talks/negotiations/meeting/summit/dialogue | notarget
164 | cancel ... talks/negotiations/meeting/summit ... with TGT
164 | cancel ... talks/negotiations/meeting/summit | notarget
164 | postpone ... talks/negotiations/meeting/summit ... with TGT
164 | postpone ... talks/negotiations/meeting/summit | notarget
164 | pull out of ... talks/negotiations/dialogue | notarget
164 | pull out of ... talks/negotiations/dialogue ... with TGT
164 | withdraw from ... talks/negotiations/dialogue | notarget
164 | withdraw from ... talks/negotiations/dialogue ... with TGT
164 | walk out of ... talks/negotiations/meeting | notarget
164 | walk out of ... talks/negotiations/meeting ... with TGT
164 | walk away from ... talks/negotiations/table | notarget
164 | abandon ... talks/negotiations/dialogue | notarget
164 | freeze ... talks/negotiations/dialogue ... with TGT
164 | freeze ... talks/negotiations/dialogue | notarget
164 | quit ... talks/negotiations/dialogue | notarget
164 | collapse of ... talks/negotiations/dialogue ... with TGT | noun
164 | suspension of ... talks/negotiations/dialogue ... with TGT | noun
164 | suspension of ... talks/negotiations/dialogue | noun; notarget
164 | breakdown of/in ... talks/negotiations/dialogue ... with TGT | noun
# 165 Halt mediation
165 | halt/suspend/end/abandon/stop ... mediation | notarget
165 | halt/suspend/end/abandon/stop ... mediation ... between TGT
165 | halt/suspend/end/abandon/stop ... mediation ... in TGT
165 | withdraw ... from ... mediation | notarget
165 | withdraw ... as ... mediator | notarget
165 | pull out of ... mediation | notarget
165 | step down as ... mediator | notarget
165 | quit ... as ... mediator | notarget
165 | end ... role as ... mediator | notarget
165 | suspend ... role as ... mediator | notarget
165 | suspension of ... mediation | noun; notarget
# 166 Expel or withdraw, not specified below
166 | expel ... mission/missions/delegation/representatives/personnel/staff | notarget
166 | expel ... mission/missions/delegation/representatives/personnel/staff ... of/from TGT
166 | order ... mission/missions/delegation/personnel/staff ... to leave | notarget
166 | order ... mission/missions/delegation/personnel/staff ... of TGT ... to leave
166 | kick out TGT
166 | kick out ... mission/missions/delegation/personnel/staff/representatives | notarget
166 | end ... mandate of ... mission | notarget
166 | terminate ... mandate/mission | notarget
166 | end ... mission/operation/presence ... of TGT
166 | ask TGT to leave
166 | order TGT to leave
166 | order TGT out
166 | throw out TGT
# "ordered the UN mission out (of the country)", "forced the mission out": expelling an
# international presence (166, and 1661-1663 below for peacekeepers, inspectors and aid agencies);
# individuals forced out of the country are 174.
166 | order/force/kick ... mission/missions/delegation/personnel/staff/agency/agencies/representatives/office ... out | notarget
166 | order/force/kick ... mission/missions/delegation/personnel/staff/agency/agencies/representatives/office ... out of ... country/territory | notarget
166 | expulsion of ... mission/delegation/personnel/staff | noun; notarget
166 | expulsion of TGT | noun
# 1661 Expel or withdraw peacekeepers
1661 | expel ... peacekeepers/peacekeeping/mission/force | notarget
1661 | expel ... blue helmets | notarget
1661 | expel ... peacekeepers/peacekeeping/troops/forces/soldiers/mission/force ... of/from TGT
1661 | order ... peacekeepers/peacekeeping/mission/force ... to leave | notarget
1661 | demand/request ... departure/withdrawal ... of ... peacekeepers/peacekeeping/mission/force | notarget
1661 | ask ... peacekeepers/peacekeeping/mission/force ... to leave | notarget
1661 | withdraw ... peacekeepers/peacekeeping/blue | notarget
1661 | withdraw ... peacekeepers/peacekeeping ... from TGT
1661 | pull out ... peacekeepers/peacekeeping | notarget
1661 | pull ... peacekeepers/peacekeeping ... out of TGT
1661 | end ... peacekeeping ... mission/operation/mandate | notarget
1661 | end ... peacekeeping ... mission/operation/mandate ... in TGT
1661 | terminate ... peacekeeping ... mission/operation/mandate | notarget
1661 | kick out ... peacekeepers/peacekeeping/troops/forces | notarget
1661 | order/force/kick ... peacekeepers/peacekeeping/blue ... out | notarget
1661 | order/force/kick ... peacekeepers/peacekeeping/blue ... out of ... country/territory | notarget
1661 | expulsion of ... peacekeepers/peacekeeping/troops/forces/mission | noun; notarget
1661 | withdrawal of ... peacekeepers/peacekeeping ... from TGT | noun
1661 | withdrawal of ... peacekeepers/peacekeeping | noun; notarget
1661 | departure of ... peacekeepers/peacekeeping | noun; notarget
# 1662 Expel or withdraw inspectors, observers
1662 | expel ... inspectors/observers/monitors/investigators/experts/inspector | notarget
1662 | expel ... inspectors/observers/monitors/investigators/experts ... of/from TGT
1662 | order ... inspectors/observers/monitors/investigators ... to leave | notarget
1662 | withdraw ... inspectors/observers/monitors/investigators | notarget
1662 | withdraw ... inspectors/observers/monitors/investigators ... from TGT
1662 | pull out ... inspectors/observers/monitors | notarget
1662 | kick out ... inspectors/observers/monitors/investigators | notarget
1662 | bar ... inspectors/observers/monitors/investigators | notarget
1662 | order/force/kick ... inspectors/observers/monitors/investigators ... out | notarget
1662 | order/force/kick ... inspectors/observers/monitors/investigators ... out of ... country/territory | notarget
1662 | suspend ... cooperation with ... inspectors/iaea/watchdog | notarget
1662 | expulsion of ... inspectors/observers/monitors/investigators | noun; notarget
1662 | withdrawal of ... inspectors/observers/monitors | noun; notarget
# 1663 Expel or withdraw aid agencies
1663 | expel ... aid/humanitarian ... agency/agencies/workers/groups/organizations/organisations/staff | notarget
1663 | expel ... ngo/ngos/charity/charities | notarget
1663 | expel ... aid/humanitarian ... agency/agencies/workers/groups/organizations/organisations/staff ... of/from TGT
1663 | order ... aid/humanitarian ... agency/agencies/workers/groups/organizations/organisations ... to leave | notarget
1663 | order ... ngo/ngos ... to leave | notarget
1663 | suspend ... ngo/ngos/charity/charities/aid ... groups/agencies/organizations/organisations | notarget
1663 | ban ... ngo/ngos/charity/charities | notarget
1663 | ban ... aid ... groups/agencies/organizations/organisations | notarget
1663 | shut down ... ngo/ngos/charity/charities | notarget
1663 | order/force/kick ... aid/humanitarian ... agency/agencies/workers/groups/organizations/organisations/staff ... out | notarget
1663 | order/force/kick ... ngo/ngos/charity/charities ... out | notarget
1663 | order/force/kick ... aid/humanitarian ... agency/agencies/workers/groups/organizations/organisations/staff ... out of ... country/territory | notarget
1663 | force ... aid/humanitarian ... agency/agencies/workers/groups/organizations/organisations/staff ... to leave | notarget
1663 | withdraw ... aid/humanitarian ... workers/staff/personnel/agencies ... from TGT
1663 | withdraw ... aid/humanitarian ... workers/staff/personnel | notarget
1663 | pull out ... aid/humanitarian ... workers/staff/personnel | notarget
1663 | expulsion of ... aid/humanitarian ... agency/agencies/workers/groups | noun; notarget
1663 | expulsion of ... ngo/ngos | noun; notarget

# ---------------------------------------------------------------- 17 COERCE  (PLOVER COERCE)
# 170 Coerce
170 | coerce TGT
170 | coerce TGT into
170 | force TGT to
170 | force TGT into
170 | force TGT out
170 | compel TGT to
170 | pressure TGT into
170 | blackmail TGT
170 | intimidate TGT into
170 | harass TGT
170 | bully TGT
170 | persecute TGT
170 | raid ... home/homes/house/houses/office/offices/headquarters/premises ... of TGT
170 | raid TGT 's? home/homes/house/houses/office/offices/headquarters/premises
170 | search ... home/homes/house/houses/office/offices/headquarters/premises ... of TGT
170 | storm ... office/offices/headquarters/premises/home ... of TGT
170 | surround ... home/house/residence/office/headquarters ... of TGT
170 | harassment of TGT | noun
170 | persecution of TGT | noun
170 | intimidation of TGT | noun
170 | raid on TGT 's? home/homes/house/office/offices/headquarters/premises | noun
170 | raid on ... home/homes/house/office/offices/headquarters/premises ... of TGT | noun
# 171 Seize or damage property
171 | seize TGT
171 | seize ... ship/ships/vessel/vessels/tanker/tankers/cargo/shipment/aircraft/plane/planes/boat/boats/trucks/vehicles | notarget
171 | seize ... ship/ships/vessel/vessels/tanker/tankers/cargo/shipment/aircraft/plane/planes/boat/boats ... of TGT
171 | seize TGT 's? ship/ships/vessel/vessels/tanker/tankers/cargo/aircraft/plane/boat/boats
171 | impound ... ship/ships/vessel/vessels/tanker/tankers/aircraft/plane/cargo/trucks/vehicles | notarget
171 | impound ... ship/ships/vessel/vessels/tanker/tankers/aircraft/plane ... of TGT
171 | detain ... ship/ships/vessel/vessels/tanker/tankers/boat/boats/aircraft/plane/trawler/trawlers | notarget
171 | commandeer ... ship/vessel/vehicles/vehicle/trucks/aircraft | notarget
171 | ground ... aircraft/plane/planes/jet ... of TGT
171 | damage ... property | notarget
171 | loot ... property/homes/shops ... of TGT
171 | pillage TGT
171 | plunder TGT
171 | sack TGT
171 | seizure of ... ship/ships/vessel/vessels/tanker/tankers/cargo/aircraft ... of/from TGT | noun
171 | seizure of TGT 's? ship/ships/vessel/vessels/tanker/tankers/cargo/aircraft | noun
171 | seizure of ... ship/ships/vessel/vessels/tanker/tankers/cargo/aircraft | noun; notarget
# 1711 Confiscate property
1711 | confiscate ... property/properties/assets/land/lands/farms/homes/houses/equipment/goods/passports/passport/funds | notarget
1711 | confiscate ... property/properties/assets/land/lands/farms/homes/equipment/goods/passports/funds ... of/from TGT
1711 | confiscate TGT 's? property/properties/assets/land/lands/farms/homes/equipment/goods/passport/passports/funds
1711 | confiscate TGT
1711 | seize ... property/properties/assets/land/lands/farms/homes/houses/mine/mines/funds/accounts | notarget
1711 | seize ... property/properties/assets/land/lands/farms/homes/mine/mines/funds/accounts ... of/from TGT
1711 | seize TGT 's? property/properties/assets/land/lands/farms/homes/mine/mines/funds/accounts/gold
1711 | expropriate ... property/properties/assets/land/lands/farms/mine/mines/companies | notarget
1711 | expropriate ... property/properties/assets/land/lands/farms/mine/mines ... of/from TGT
1711 | expropriate TGT
1711 | nationalize/nationalise TGT
1711 | nationalize/nationalise ... mine/mines/company/companies/assets/industry/oil/sector | notarget
1711 | requisition ... property/properties/buildings/vehicles/land | notarget
1711 | impound ... property/assets/goods/equipment ... of TGT
1711 | revoke ... licence/license/permit/permits/concession/concessions/licences/licenses ... of TGT
1711 | revoke TGT 's? licence/license/permit/permits/concession/concessions/licences/licenses
1711 | strip TGT of ... licence/license/permit/concession/assets/property
1711 | take over ... mine/mines/company/assets/facility ... of TGT
1711 | confiscation of ... property/assets/land/lands/farms ... of/from TGT | noun
1711 | confiscation of TGT 's? property/assets/land/lands | noun
1711 | nationalization/nationalisation of TGT | noun
1711 | expropriation of TGT | noun
1711 | seizure of ... property/assets/land/farms/mine/mines ... of/from TGT | noun
1711 | seizure of TGT 's? property/assets/land/farms/mine/mines | noun
# 1712 Destroy property  (CAMEO2PLOVER: ASSAULT)
1712 | destroy ... home/homes/house/houses/property/properties/village/villages/buildings/building/shops/crops/fields/livestock/granaries/wells/infrastructure/mosque/church/churches/mosques/school/schools/hospital/hospitals | notarget
1712 | destroy ... home/homes/house/houses/property/properties/village/villages/buildings/shops/crops/infrastructure ... of TGT
1712 | destroy TGT 's? home/homes/house/houses/property/properties/village/villages/crops/infrastructure
1712 | demolish ... home/homes/house/houses/property/village/villages/buildings/building/structures/shops/mosque/church | notarget
1712 | demolish ... home/homes/house/houses/property/buildings/structures ... of TGT
1712 | demolish TGT 's? home/homes/house/houses
1712 | bulldoze ... home/homes/house/houses/village/villages/buildings/property/structures | notarget
1712 | bulldoze ... home/homes/house/houses/village/villages/buildings/property ... of TGT
1712 | raze ... village/villages/home/homes/house/houses/town/buildings | notarget
1712 | raze TGT
1712 | burn ... village/villages/home/homes/house/houses/huts/crops/fields/granaries/mosque/church | notarget
1712 | burn down ... village/villages/home/homes/house/houses/huts/mosque/church/school | notarget
1712 | burn down TGT
1712 | set fire to ... village/villages/home/homes/house/houses/huts/crops/fields/granaries/mosque/church | notarget
1712 | set ... village/villages/home/homes/house/houses/huts ... ablaze/alight/on fire | notarget
1712 | torch ... village/villages/home/homes/house/houses/huts/crops | notarget
1712 | vandalize/vandalise TGT
1712 | vandalize/vandalise ... property/monument/statue/office/offices/headquarters ... of TGT
1712 | sabotage TGT
1712 | sabotage ... pipeline/pipelines/railway/infrastructure/power/line/lines/cable/cables/network | notarget
183 | blow up ... bridge/bridges/pipeline/pipelines/railway/dam/tower/towers/plant/infrastructure | notarget
1712 | damage ... pipeline/pipelines/railway/infrastructure/power/grid/cable/cables | notarget
183 | dynamite ... bridge/bridges/pipeline/railway | notarget
1712 | destruction of ... home/homes/house/houses/property/village/villages/crops/infrastructure ... of? TGT | noun
1712 | destruction of ... home/homes/house/houses/property/village/villages/crops/infrastructure | noun; notarget
1712 | demolition of ... home/homes/house/houses/buildings/structures | noun; notarget
1712 | demolition of TGT 's? home/homes/house/houses | noun
1712 | sabotage of TGT | noun
1712 | sabotage | noun; notarget
# 172 Impose administrative sanctions
172 | impose ... restrictions/restriction/curbs/limits/controls on TGT
172 | impose ... restrictions/curbs/controls | notarget
172 | restrict ... movement/movements/activities/travel/access ... of TGT
172 | restrict TGT 's? movement/movements/activities/travel/access
172 | restrict TGT
172 | curb ... activities/movement ... of TGT
172 | ban TGT from
172 | bar TGT from
172 | bar TGT
172 | suspend TGT 's? licence/license/accreditation/operations/activities
172 | suspend ... licence/license/accreditation/operations/activities ... of TGT
172 | impose ... travel ban/bans on TGT
172 | confiscate ... passport/passports ... of TGT
172 | confiscate TGT 's? passport/passports
172 | place TGT under ... surveillance/supervision/administration
172 | put TGT under ... surveillance/supervision/administration
172 | freeze ... bank ... accounts ... of TGT
172 | dismiss/sack/fire ... judges/officials/officers/workers/servants/teachers ... for ... protest/protesting/striking | notarget
172 | dissolve TGT
172 | close down TGT
172 | shut down TGT
172 | disqualify TGT
172 | disqualify TGT from
172 | strip TGT of ... citizenship/nationality/immunity/title/rank/post/seat/rights
172 | lift ... immunity of TGT
172 | lift TGT 's? immunity
172 | impose ... restrictions/ban/bans/curbs | notarget
172 | restrictions on ... movement/activities/travel ... of TGT | noun
172 | ban | noun; notarget
# 1721 Impose restrictions on political freedoms
1721 | ban ... protest/protests/demonstration/demonstrations/rally/rallies/march/marches/gathering/gatherings/meeting/meetings/assembly/assemblies/strike/strikes | notarget
1721 | prevent/forbid/outlaw/block/stop ... protest/protests/demonstration/demonstrations/rally/rallies/march/marches ... by TGT
1721 | prevent/forbid/outlaw ... protest/protests/demonstration/demonstrations/rally/rallies/march/marches | notarget
1721 | ban ... political ... activities/activity/meetings/gatherings/rallies/debate | notarget
1721 | outlaw ... protest/protests/demonstrations/rallies/gatherings/strikes | notarget
1721 | prohibit ... protest/protests/demonstration/demonstrations/rally/rallies/gathering/gatherings/meetings/strike/strikes | notarget
1721 | suspend ... political ... activities/activity/parties/rallies | notarget
1721 | suspend ... newspaper/newspapers/radio/station/stations/broadcaster/broadcasters/channel/channels/broadcast/broadcasts/outlet/outlets/media/programme/program/website | notarget
1721 | suspend ... newspaper/newspapers/radio/station/stations/broadcaster/broadcasters/channel/channels/broadcast/broadcasts/outlet/outlets ... of TGT
1721 | suspend TGT 's? broadcasts/broadcast/licence/license/accreditation/coverage
1721 | ban ... newspaper/newspapers/radio/station/stations/broadcaster/broadcasters/channel/channels/broadcasts/outlet/outlets/media/website/websites/book/books/film | notarget
1721 | shut down ... newspaper/newspapers/radio/station/stations/broadcaster/broadcasters/channel/channels/outlet/outlets/media/internet/website/websites/network/networks | notarget
1721 | close ... newspaper/newspapers/radio/station/stations/broadcaster/channel/outlet/outlets | notarget
1721 | block ... internet/website/websites/facebook/twitter/whatsapp/telegram/youtube/tiktok/media/access | notarget
1721 | cut ... internet/mobile/telephone/phone ... access/service/services/connection/connections/networks | notarget
1721 | cut off ... internet | notarget
1721 | shut ... internet | notarget
1721 | restrict ... internet/media/press/speech/access/freedom/freedoms/assembly | notarget
1721 | censor TGT
1721 | censor ... media/press/newspaper/newspapers/internet/reports/coverage/broadcasts | notarget
# Ordering a medium to stop publishing is closing it: "ordered the opposition newspaper La Prensa to suspend publication".
1721 | order/force TGT to ... suspend/stop/cease/halt ... publication/publishing/broadcasting/broadcasts/transmission/transmissions
1721 | order/force ... newspaper/newspapers/radio/station/stations/broadcaster/broadcasters/channel/channels ... to ... suspend/stop/cease/halt/close | notarget
1721 | gag TGT
1721 | muzzle TGT
1721 | muzzle ... press/media/opposition/critics/dissent | notarget
1721 | silence TGT
1721 | silence ... critics/opponents/dissent/dissidents/journalists/media/press | notarget
1721 | stifle ... dissent/freedom/freedoms/press/media/speech/opposition | notarget
1721 | expel ... journalist/journalists/correspondent/correspondents/reporter/reporters | notarget
1721 | expel ... journalist/journalists/correspondent/correspondents/reporter/reporters ... of TGT
1721 | revoke ... accreditation ... of ... journalist/journalists/correspondent/correspondents | notarget
1721 | jam ... broadcasts/signals/signal ... of TGT
1721 | jam ... broadcasts/signals/signal | notarget
1721 | internet shutdown/blackout/shutdowns/cut/cuts | noun; notarget
1721 | ban on ... protest/protests/demonstrations/rallies/gatherings/political/media | noun; notarget
1721 | suspension of TGT 's? broadcasts/broadcast/licence/license | noun
1721 | suspension of ... newspaper/radio/station/broadcaster/channel/media | noun; notarget
1721 | media blackout | noun; notarget
1721 | censorship of TGT | noun
1721 | censorship | noun; notarget
# 1722 Ban political parties or politicians
1722 | ban TGT
1722 | outlaw TGT
1722 | proscribe TGT
1722 | dissolve ... party/parties/association/associations/movement/organisation/organization/organisations/organizations/union/unions/group/groups | notarget
1722 | dissolve ... party/parties/association/associations/movement/organisation/organization/union/group ... of TGT
1722 | ban ... party/parties/opposition/association/associations/movement/organisation/organization/organizations/organisations/union/unions | notarget
1722 | outlaw ... party/parties/opposition/association/associations/movement/organisation/organization/union/group | notarget
1722 | proscribe ... party/parties/group/groups/organisation/organization/movement | notarget
1722 | suspend ... party/parties/opposition/association/associations/movement | notarget
1722 | suspend ... activities ... of ... party/parties/association/associations/organisation/organization/groups | notarget
1722 | bar ... candidate/candidates/opposition/politicians/leader/leaders ... from ... running/contesting/standing/election/elections/vote | notarget
1722 | bar TGT from ... running/contesting/standing/election/elections/vote/politics/office
1722 | ban TGT from ... politics/running/contesting/standing/election/elections/office/public
1722 | disqualify TGT from ... running/contesting/election/elections/race/vote
1722 | disqualify ... candidate/candidates/opposition | notarget
1722 | exclude TGT from ... election/elections/race/vote/ballot
1722 | reject ... candidacy/candidature/nomination ... of TGT
1722 | reject TGT 's? candidacy/candidature/nomination
1722 | designate TGT as ... terrorist/terrorists/extremist/extremists
1722 | label TGT as? ... terrorist/extremist ... organization/organisation/group
1722 | dissolution of TGT | noun
1722 | dissolution of ... party/parties/association/associations/movement | noun; notarget
1722 | ban on TGT | noun
1722 | ban on ... party/parties/opposition/political | noun; notarget
1722 | disqualification of TGT | noun
# 1723 Impose curfew
1723 | impose ... curfew | notarget
1723 | impose ... curfew ... on/in TGT
1723 | declare ... curfew | notarget
1723 | declare ... curfew ... in/on TGT
1723 | introduce/order/announce/reimpose/re-impose/extend/enforce/tighten ... curfew | notarget
1723 | introduce/order/announce/reimpose/re-impose/extend/enforce ... curfew ... in/on TGT
1723 | place ... under ... curfew | notarget
1723 | place TGT under ... curfew
1723 | put TGT under ... curfew
1723 | curfew | noun; notarget
1723 | curfew in/on TGT | noun
# 1724 Impose state of emergency or martial law
1724 | declare ... state of emergency | notarget
1724 | declare ... state of emergency in TGT
1724 | impose ... state of emergency | notarget
1724 | impose ... state of emergency in/on TGT
1724 | declare ... emergency | notarget
1724 | declare ... martial law | notarget
1724 | declare ... martial law in TGT
1724 | impose ... martial law | notarget
1724 | impose ... martial law in/on TGT
1724 | introduce ... martial law | notarget
1724 | introduce ... state of emergency | notarget
1724 | extend ... state of emergency | notarget
1724 | extend ... martial law | notarget
1724 | impose ... emergency rule | notarget
1724 | impose ... emergency rule in/on TGT
1724 | invoke ... emergency ... powers | notarget
1724 | rule by decree | notarget
1724 | suspend ... constitution | notarget
1724 | place TGT under ... state of emergency
1724 | place TGT under ... martial law
1724 | put TGT under ... martial law
1724 | place TGT under ... military ... rule/control/administration
1724 | state of emergency | noun; notarget
1724 | state of emergency in TGT | noun
1724 | martial law | noun; notarget
1724 | martial law in TGT | noun
1724 | emergency rule | noun; notarget
# 173 Arrest, detain, or charge with legal action
173 | arrest TGT
173 | arrest TGT for
173 | arrest TGT on ... charges/charge/suspicion
173 | detain TGT
173 | detain TGT for
173 | apprehend TGT
173 | capture TGT alive
173 | nab TGT
173 | seize TGT for ... questioning
173 | round up TGT
173 | round up ... protesters/demonstrators/opponents/activists/suspects/migrants/journalists | notarget
173 | take TGT into ... custody
173 | take TGT ... into custody
173 | hold TGT in ... custody/detention/prison/jail
173 | hold TGT without ... charge/trial
173 | jail TGT
173 | imprison TGT
173 | incarcerate TGT
173 | lock up TGT
173 | put TGT behind bars
173 | throw TGT in ... jail/prison
173 | remand TGT in ... custody
173 | remand TGT
173 | charge TGT
173 | charge TGT with
173 | indict TGT
173 | indict TGT on/for
173 | prosecute TGT
173 | prosecute TGT for
173 | try TGT
173 | try TGT for
173 | put TGT on trial
173 | bring TGT to ... trial/justice
173 | bring ... charges against TGT
173 | file ... charges against TGT
173 | press ... charges against TGT
173 | issue ... arrest warrant/warrants for/against TGT
173 | issue ... warrant/warrants for ... arrest of TGT
173 | issue ... warrant/warrants for TGT 's? arrest
173 | issue ... warrant/warrants against TGT
173 | place TGT under ... arrest
173 | put TGT under ... arrest
173 | place TGT in ... detention/custody
173 | summon TGT for ... questioning/interrogation/hearing
173 | summon TGT before ... court/judge/prosecutor/tribunal
173 | extradite TGT for ... trial/prosecution
173 | arrest ... protesters/demonstrators/opponents/activists/suspects/journalists/leaders/members/soldiers/officers/officials/people | notarget
173 | detain ... protesters/demonstrators/opponents/activists/suspects/journalists/leaders/members/soldiers/officers/officials/people | notarget
173 | make ... arrests/arrest | notarget
173 | carry out ... arrests | notarget
173 | arrest of TGT | noun
173 | detention of TGT | noun
173 | imprisonment of TGT | noun
173 | jailing of TGT | noun
173 | indictment of TGT | noun
173 | prosecution of TGT | noun
173 | trial of TGT | noun
173 | arrest warrant/warrants for/against TGT | noun
173 | warrant/warrants for ... arrest of TGT | noun
173 | house arrest of TGT | noun
173 | charges against TGT | noun
173 | arrests | noun; notarget
173 | crackdown/sweep/roundup/round-up of ... protesters/demonstrators/opponents/activists/suspects/migrants/journalists | noun; notarget
# 174 Expel or deport individuals
174 | expel TGT
174 | expel TGT from
174 | deport TGT
174 | deport TGT to
174 | deport ... migrants/refugees/foreigners/nationals/workers/citizens/people/asylum/journalist/journalists | notarget
174 | deport ... migrants/refugees/foreigners/nationals/workers/citizens/people ... to TGT
174 | expel ... migrants/refugees/foreigners/nationals/workers/citizens/people/priest/priests/missionaries | notarget
174 | expel ... foreign ... nationals/workers/journalists/staff/employees | notarget
174 | banish TGT
174 | exile TGT
174 | send TGT into ... exile
174 | force TGT into ... exile
174 | drive TGT into ... exile
174 | forcibly ... return/repatriate/deport TGT
174 | forcibly ... return/repatriate/deport ... migrants/refugees/asylum | notarget
174 | push back ... migrants/refugees/asylum | notarget
174 | turn back ... migrants/refugees/boats/asylum | notarget
174 | refoule TGT
174 | order TGT to leave ... country/territory
174 | order TGT out of ... country/territory
# "forced Y out of the country", "forced Y to leave the country": expulsion of individuals (174),
# outweighing the generic "force TGT out" (170).
174 | force/kick/throw TGT out of ... country/territory
174 | force TGT to leave ... country/territory
174 | force/pressure TGT into ... exile
174 | give TGT ... hours ... to leave
174 | deny ... entry to ... journalist/journalists/activist/activists | notarget
174 | deportation/deportations of TGT | noun
174 | deportation/deportations | noun; notarget
174 | expulsion of TGT from | noun
174 | expulsion/expulsions of ... migrants/refugees/foreigners/nationals/workers/journalists | noun; notarget
174 | deportation of ... migrants/refugees/foreigners/nationals | noun; notarget
174 | pushback/pushbacks of TGT | noun
# 175 Use tactics of violent repression  (CAMEO2PLOVER: ASSAULT)
175 | crack down on TGT
175 | crack down | notarget
175 | crack down on ... protest/protests/protesters/demonstrators/demonstrations/dissent/opposition/critics/media/press/rally/rallies | notarget
175 | clamp down on TGT
175 | clamp down on ... protest/protests/protesters/demonstrators/dissent/opposition/media/press | notarget
175 | repress TGT
175 | repress ... protest/protests/protesters/demonstrators/dissent/opposition | notarget
175 | suppress TGT
175 | suppress ... protest/protests/protesters/demonstrators/dissent/opposition/uprising/rebellion/revolt | notarget
175 | quell ... protest/protests/riot/riots/unrest/uprising/rebellion/revolt/demonstrations/mutiny | notarget
175 | crush ... protest/protests/uprising/rebellion/revolt/dissent/demonstrations/opposition/mutiny | notarget
175 | crush TGT
175 | disperse TGT
175 | disperse ... protesters/demonstrators/crowd/crowds/protest/protests/rally/rallies/demonstration/demonstrations/march/gathering/sit-in | notarget
175 | break up ... protest/protests/rally/rallies/demonstration/demonstrations/march/gathering/sit-in/meeting | notarget
175 | break up TGT
175 | fire ... teargas/gas/bullets/cannon/ammunition/rounds ... at/on/into TGT
175 | fire ... teargas/tear/rubber/water/live ... at/on/into ... protesters/demonstrators/crowd/crowds/students/mourners | notarget
175 | use ... teargas/gas/cannon/cannons/bullets/ammunition/batons/force ... to disperse | notarget
175 | use ... teargas/tear/water/rubber/live/batons/force/excessive/lethal ... against/on TGT
175 | use ... teargas/tear/water/rubber/live/batons/force/excessive/lethal ... against/on ... protesters/demonstrators/crowd/crowds/students | notarget
175 | shoot ... protesters/demonstrators/students/mourners | notarget
175 | open fire on ... protesters/demonstrators/crowd/crowds/students/mourners/worshippers | notarget
175 | kill ... protesters/demonstrators/students/mourners | notarget
175 | beat ... protesters/demonstrators/students/journalists/detainees | notarget
175 | tear-gas/teargas TGT
175 | baton-charge TGT
175 | charge ... protesters/demonstrators/crowd/crowds | notarget
175 | unleash ... violence/troops/forces/police/militia ... on/against TGT
175 | forcibly ... disappear TGT
175 | disappear TGT
175 | terrorize/terrorise TGT
175 | brutalize/brutalise TGT
175 | crackdown on TGT | noun
175 | crackdown against TGT | noun
175 | crackdown | noun; notarget
175 | crackdown on ... protest/protests/protesters/demonstrators/dissent/opposition/media/press | noun; notarget
175 | repression of TGT | noun
175 | repression | noun; notarget
175 | suppression of TGT | noun
175 | enforced disappearance/disappearances of TGT | noun
175 | disappearance of TGT | noun
175 | use of ... force/teargas/tear/live ... against TGT | noun

# ---------------------------------------------------------------- 18 ASSAULT  (PLOVER ASSAULT)
# 180 Use unconventional violence
180 | attack ... civilians/villagers/passengers/worshippers/students/pilgrims/convoy/bus/market/village/villages/mosque/church | notarget
180 | terrorist/terror ... attack/attacks | noun; notarget
180 | terrorist/terror ... attack/attacks ... on/against/in TGT | noun
180 | jihadist/militant/insurgent/extremist/islamist ... attack/attacks ... on/against/in TGT | noun
180 | jihadist/militant/insurgent/extremist/islamist ... attack/attacks | noun; notarget
180 | attack by ... gunmen/militants/jihadists/insurgents/extremists/terrorists/bandits | noun; notarget
180 | commit ... terrorist ... act/acts/attack/attacks | notarget
180 | carry out ... terrorist/terror ... attack/attacks | notarget
180 | carry out ... terrorist/terror ... attack/attacks ... on/against/in TGT
180 | stage ... terrorist/terror ... attack/attacks ... on/against/in TGT
180 | terrorize/terrorise ... civilians/population/villagers/residents | notarget
180 | act/acts of ... terrorism/terror | noun; notarget
180 | lay ... landmines/mines/explosives | notarget
180 | plant ... landmines/mines | notarget
180 | poison TGT
180 | set ... ambush ... for TGT
180 | hack/hacks ... into ... systems/network/networks/servers ... of TGT
180 | cyberattack/cyber-attack/cyberattacks/cyber-attacks ... on/against TGT | noun
180 | launch ... cyberattack/cyber-attack/cyberattacks/cyber-attacks ... on/against TGT
180 | hack TGT
# 181 Abduct, hijack, or take hostage
181 | abduct TGT
181 | kidnap TGT
181 | kidnap/abduct ... civilians/villagers/passengers/students/schoolgirls/children/women/workers/tourists/foreigners/people/priest/nuns/aid | notarget
181 | take TGT hostage
181 | take TGT captive
181 | take TGT prisoner
181 | take ... hostage/hostages | notarget
181 | hold TGT hostage
181 | hold TGT captive
181 | hold ... hostage/hostages | notarget
181 | seize ... hostage/hostages | notarget
181 | capture ... soldiers/troops/civilians/fighters ... of TGT
181 | hijack TGT
181 | hijack ... plane/aircraft/airliner/flight/bus/ship/vessel/tanker/truck/trucks/convoy/vehicle/vehicles | notarget
181 | commandeer ... plane/aircraft/airliner/bus | notarget
181 | snatch TGT
181 | seize TGT as ... hostage/hostages
181 | kidnapping/kidnappings of TGT | noun
181 | kidnapping/kidnappings | noun; notarget
181 | abduction/abductions of TGT | noun
181 | abduction/abductions | noun; notarget
181 | hostage-taking | noun; notarget
181 | hijacking of TGT | noun
181 | hijacking of ... plane/aircraft/airliner/flight/bus/ship/vessel/tanker | noun; notarget
# 182 Physically assault
182 | assault TGT
182 | beat TGT
182 | beat up TGT
182 | punch/slap/kick TGT
182 | manhandle TGT
182 | injure TGT
182 | wound TGT
182 | maim TGT
182 | whip/flog/lash TGT
182 | stab TGT
182 | attack TGT with ... knife/knives/machete/machetes/axe/axes/sticks/clubs/stones/acid
182 | lynch TGT
182 | mutilate TGT
182 | beating of TGT | noun
182 | physical/violent ... assault/attack ... on/against TGT | noun
182 | stabbing/stabbings | noun; notarget
182 | knife attack on/against TGT | noun
182 | knife attack/attacks | noun; notarget
182 | acid attack on/against TGT | noun
# 1821 Sexually assault
1821 | rape TGT
1821 | gang-rape/gangrape TGT
1821 | sexually ... assault/abuse/harass/exploit TGT
1821 | molest TGT
1821 | sexually ... assault/abuse ... women/girls/children/detainees/prisoners | notarget
1821 | commit ... rape/rapes/sexual | notarget
1821 | commit ... rape/rapes/sexual ... against TGT
1821 | rape of TGT | noun
1821 | rape/rapes | noun; notarget
1821 | sexual ... violence/abuse/assault/exploitation ... against/of TGT | noun
1821 | sexual ... violence/abuse/assault/exploitation | noun; notarget
# 1822 Torture
1822 | torture TGT
1822 | torture ... detainees/prisoners/suspects/captives/civilians | notarget
1822 | subject TGT to ... torture/abuse/ill-treatment/mistreatment
1822 | mistreat TGT
1822 | ill-treat TGT
1822 | abuse TGT
1822 | waterboard TGT
1822 | electrocute TGT
1822 | torture of TGT | noun
1822 | torture | noun; notarget
1822 | mistreatment/ill-treatment/abuse of TGT | noun
# 1823 Kill by physical assault
1823 | murder TGT
1823 | behead TGT
1823 | decapitate TGT
1823 | execute TGT
1823 | summarily ... execute/kill TGT
1823 | summarily ... execute/kill ... civilians/villagers/prisoners/detainees/men/people | notarget
1823 | hang TGT
1823 | strangle TGT
1823 | hack TGT to death
1823 | stab TGT to death
1823 | beat TGT to death
1823 | burn TGT ... alive/to death
1823 | stone TGT to death
1823 | lynch TGT to death
1823 | club TGT to death
1823 | slit ... throat/throats ... of TGT
1823 | slay TGT
1823 | carry out ... execution/executions | notarget
1823 | murder of TGT | noun
1823 | killing/killings of TGT | noun
1823 | execution/executions of TGT | noun
1823 | extrajudicial/summary ... execution/executions/killing/killings ... of TGT | noun
1823 | extrajudicial/summary ... execution/executions/killing/killings | noun; notarget
1823 | beheading/beheadings of TGT | noun
1823 | beheading/beheadings | noun; notarget
1823 | lynching of TGT | noun
1823 | lynching/lynchings | noun; notarget
1823 | murder/murders | noun; notarget
# 183 Conduct suicide, car, or other non-military bombing
183 | bomb ... mosque/church/market/bus/hotel/restaurant/cafe/school/wedding/funeral/rally/embassy/consulate | notarget
183 | detonate ... bomb/bombs/explosive/explosives/device/devices/grenade/grenades | notarget
183 | detonate ... bomb/bombs/explosive/explosives/device/devices ... at/in/near/outside TGT
183 | set off ... bomb/bombs/explosive/explosives/device/devices | notarget
183 | set off ... bomb/bombs/explosive/explosives/device/devices ... at/in/near/outside TGT
183 | plant ... bomb/bombs/explosive/explosives/device/devices | notarget
183 | plant ... bomb/bombs/explosive/explosives/device/devices ... at/in/near/outside/under TGT
183 | throw ... grenade/grenades ... at/into TGT
183 | hurl ... grenade/grenades ... at/into TGT
183 | lob ... grenade/grenades ... at/into TGT
183 | bomb attack/attacks ... on/against/in TGT | noun
183 | bomb attack/attacks | noun; notarget
183 | bombing/bombings ... of/at/in TGT | noun
183 | bombing/bombings | noun; notarget
183 | bomb blast/blasts/explosion/explosions | noun; notarget
183 | grenade ... attack/attacks ... on/against TGT | noun
183 | grenade ... attack/attacks | noun; notarget
183 | explosion/blast ... at/in/outside TGT | noun
183 | parcel/letter ... bomb/bombs | noun; notarget
# 1831 Carry out suicide bombing
1831 | blow ... himself/herself/themselves ... up | notarget
1831 | blow ... himself/herself/themselves ... up ... at/in/near/outside TGT
1831 | detonate ... suicide ... vest/belt/vests/belts/bomb | notarget
1831 | detonate ... explosive ... vest/belt/vests/belts | notarget
1831 | carry out ... suicide ... attack/attacks/bombing/bombings | notarget
1831 | carry out ... suicide ... attack/attacks/bombing/bombings ... on/against/in TGT
1831 | launch ... suicide ... attack/attacks ... on/against TGT
1831 | suicide ... attack/attacks/bombing/bombings/blast/blasts/raid/assault ... on/against/in/at TGT | noun
1831 | suicide ... attack/attacks/bombing/bombings/blast/blasts/raid/assault | noun; notarget
1831 | suicide ... bomber/bombers/attacker/attackers | noun; notarget
# 1832 Carry out car bombing
1832 | detonate ... car/truck/vehicle/lorry/motorcycle ... bomb/bombs | notarget
1832 | ram ... explosives-laden/explosive-laden ... car/truck/vehicle ... into TGT
1832 | car/truck/lorry/motorcycle/motorbike ... bomb/bombs/bombing/bombings ... in/at/near/outside/on/against TGT | noun
1832 | car/truck/lorry/motorcycle/motorbike ... bomb/bombs/bombing/bombings | noun; notarget
1832 | vehicle-borne ... device/devices/ied/ieds | noun; notarget
1832 | booby-trapped ... car/cars/vehicle/vehicles/truck | noun; notarget
# 1833 Carry out roadside bombing
1833 | roadside ... bomb/bombs/bombing/bombings/explosion/blast/device/devices ... on/against/targeting TGT | noun
1833 | roadside ... bomb/bombs/bombing/bombings/explosion/blast/device/devices | noun; notarget
1833 | improvised ... explosive ... device/devices | noun; notarget
1833 | ied/ieds ... attack/attacks/blast/blasts/explosion/explosions | noun; notarget
1833 | ied/ieds | noun; notarget
1833 | landmine/land-mine/mine ... blast/explosion/attack | noun; notarget
1833 | plant ... ied/ieds/roadside | notarget
1833 | hit ... roadside ... bomb/device | notarget
1833 | hit ... ied/mine/landmine | notarget
1833 | hit TGT with ... ied/ieds/roadside/mine/mines/landmine
# 184 Use as human shield
184 | use TGT as ... human ... shield/shields
184 | use ... civilians/residents/villagers/hostages/children/prisoners/patients ... as ... human ... shield/shields | notarget
184 | use ... human ... shield/shields | notarget
184 | human ... shield/shields | noun; notarget
184 | hide ... among ... civilians | notarget
# 185 Attempt to assassinate
185 | attempt to ... assassinate/kill TGT
185 | try to ... assassinate/kill TGT
185 | plot to ... assassinate/kill TGT
185 | target TGT in ... assassination ... attempt/bid
185 | assassination ... attempt/bid/plot ... on/against TGT | noun
185 | attempt/bid/plot ... on ... life ... of TGT | noun
185 | attempt/bid ... on TGT 's? life | noun
185 | attempt to ... assassinate/kill TGT | noun
185 | assassination ... attempt/attempts/bid/plot | noun; notarget
185 | failed ... assassination | noun; notarget
# 186 Assassinate
186 | assassinate TGT
186 | assassinate ... leader/leaders/commander/commanders/official/officials/chief/mayor/governor/minister/judge | notarget
186 | kill TGT in ... targeted ... killing/attack/strike
186 | carry out ... assassination/assassinations | notarget
186 | carry out ... assassination/assassinations ... of TGT
186 | assassination/assassinations of TGT | noun
186 | assassination/assassinations | noun; notarget
186 | targeted ... killing/killings ... of TGT | noun
186 | targeted ... killing/killings | noun; notarget
186 | murder ... of ... leader/commander/official/governor/mayor/minister/judge | noun; notarget

# ---------------------------------------------------------------- 19 FIGHT  (PLOVER ASSAULT; 191/192 COERCE)
# 190 Use conventional military force
190 | attack TGT
190 | attack TGT 's? position/positions/base/bases/camp/camps/convoy/convoys/post/posts/troops/forces
190 | launch ... attack/attacks/assault/offensive/operation/operations/raid/raids/incursion/counteroffensive/counter-offensive/counterattack/counter-attack ... on/against/into TGT
190 | launch ... attack/attacks/assault/offensive/counteroffensive/counter-offensive/counterattack/counter-attack | notarget
190 | carry out ... attack/attacks/assault/raid/raids/operation/operations/incursion ... on/against/in/into TGT
190 | carry out ... attack/attacks/raid/raids/incursion | notarget
190 | mount ... attack/attacks/assault/offensive/raid/raids/operation ... on/against TGT
190 | stage ... attack/attacks/assault/raid/raids ... on/against TGT
190 | conduct ... attack/attacks/raid/raids/operation/operations/offensive ... on/against/in TGT
190 | strike TGT
190 | strike ... position/positions/targets/target/base/bases/camp/camps/convoy ... of TGT
190 | hit TGT
190 | hit ... position/positions/targets/target/base/bases/camp/camps/convoy ... of TGT
190 | target TGT
190 | raid TGT
190 | storm TGT
190 | besiege TGT
190 | kill TGT
190 | kill ... soldiers/troops/civilians/fighters/militants/rebels/jihadists/terrorists/insurgents/people/villagers/members | notarget
190 | wound ... soldiers/troops/civilians/fighters/people | notarget
190 | neutralize/neutralise TGT
190 | neutralize/neutralise ... terrorists/jihadists/militants/fighters/assailants/attackers/insurgents | notarget
190 | eliminate TGT
190 | eliminate ... terrorists/jihadists/militants/fighters/insurgents/commanders | notarget
190 | fight TGT
190 | fight against TGT
190 | fight with TGT
190 | battle TGT
190 | battle with/against TGT
190 | clash with TGT
190 | clash | notarget
190 | engage TGT in ... fighting/combat/battle/clashes
190 | engage ... in ... combat/fighting/clashes ... with TGT
190 | ambush TGT
190 | ambush ... convoy/patrol/troops/soldiers/unit/column ... of TGT
190 | ambush | notarget
190 | invade TGT
190 | wage ... war ... on/against/with TGT
190 | declare ... war on/against TGT
190 | go to war with/against TGT
190 | retaliate against TGT
190 | strike back at TGT
190 | hit back at TGT
190 | repel TGT
190 | repulse TGT
190 | rout TGT
190 | hunt ... down TGT
190 | dislodge TGT
190 | drive TGT out
190 | drive TGT out of/from
190 | push TGT back
190 | push back TGT
190 | flush out TGT
190 | clear TGT from/out
190 | destroy TGT
190 | destroy ... positions/base/bases/camp/camps/depot/depots/tanks/vehicles/equipment/hideouts/hideout ... of TGT
190 | sink TGT
190 | sink ... ship/ships/vessel/vessels/warship/warships/boat/boats ... of TGT
190 | shoot down TGT
190 | shoot down ... plane/aircraft/jet/jets/helicopter/helicopters/drone/drones/missile/missiles ... of TGT
190 | shoot down TGT 's? plane/aircraft/jet/jets/helicopter/helicopters/drone/drones
190 | down ... plane/aircraft/jet/jets/helicopter/helicopters/drone/drones ... of TGT
190 | bring down ... plane/aircraft/jet/helicopter/drone ... of TGT
190 | intercept ... missile/missiles/rocket/rockets/drone/drones ... fired/launched ... by/from TGT
190 | attack on/against TGT | noun
190 | attack/attacks on/against TGT | noun
190 | attack/attacks by SRC on/against TGT | noun
190 | assault on/against TGT | noun
190 | offensive on/against/in TGT | noun
190 | offensive | noun; notarget
190 | counteroffensive/counter-offensive ... on/against/in TGT | noun
190 | counterattack/counter-attack ... on/against TGT | noun
190 | raid on/against TGT | noun
190 | incursion into/on TGT | noun
190 | invasion of TGT | noun
190 | invasion | noun; notarget
190 | ambush on/against TGT | noun
190 | ambush | noun; notarget
190 | military ... operation/operations/action/campaign ... against/in/on TGT | noun
190 | military ... operation/operations/action/campaign | noun; notarget
190 | fighting between SRC and TGT | noun
190 | fighting with/against TGT | noun
190 | fighting | noun; notarget
190 | clash/clashes between SRC and TGT | noun
190 | clash/clashes with TGT | noun
190 | clash/clashes | noun; notarget
190 | battle/battles between SRC and TGT | noun
190 | battle/battles with/against/for TGT | noun
190 | combat/combats between SRC and TGT | noun
190 | hostilities ... with/against TGT | noun
190 | hostilities | noun; notarget
190 | war on/against/with TGT | noun
190 | war between SRC and TGT | noun
190 | aggression against TGT | noun
190 | aggression | noun; notarget
190 | strike/strikes on/against TGT | noun
190 | military ... strike/strikes on/against TGT | noun
190 | killing/killings ... by SRC of TGT | noun
190 | retaliation against TGT | noun
190 | reprisal/reprisals against TGT | noun
190 | operation/operations against TGT | noun
# 191 Impose blockade, restrict movement  (CAMEO2PLOVER: COERCE)
191 | blockade TGT
191 | blockade ... port/ports/coast/city/town/territory/strait/sea/harbour/harbor ... of TGT
191 | blockade ... port/ports/coast/city/town/strait/harbour/harbor | notarget
191 | impose ... blockade/siege ... on/against TGT
191 | impose ... blockade/siege | notarget
191 | enforce ... blockade ... on/against TGT
191 | tighten/extend/maintain/enforce ... blockade ... of/on/against TGT
191 | tighten/extend/maintain ... blockade/siege | notarget
191 | impose ... naval/economic/total/full ... blockade ... on TGT
191 | besiege ... city/town/village/villages/camp/base/area | notarget
191 | lay siege to TGT
191 | lay siege to ... city/town/village/camp/base | notarget
191 | encircle TGT
191 | surround TGT
191 | cut off TGT
191 | cut off ... supply ... lines/routes/line/route ... to TGT
191 | cut off ... access/supplies/roads/routes ... to TGT
191 | cut off ... water/food/electricity/fuel ... to/for TGT
191 | seal off TGT
191 | seal off ... area/city/town/village/district/neighbourhood/neighborhood/region/border/borders | notarget
191 | cordon off TGT
191 | cordon off ... area/city/town/village/district/neighbourhood/neighborhood | notarget
191 | close ... road/roads/routes/ports/port/airport/airports/crossing/crossings/strait ... to TGT
191 | close ... strait/straits/airport/airports/crossing/crossings | notarget
191 | block ... strait/straits/shipping/port/ports/sea/route/routes ... to/for TGT
191 | block ... convoy/convoys/trucks/supplies ... to TGT
191 | restrict ... movement/movements ... of TGT
191 | restrict ... movement/movements/access/travel/traffic | notarget
191 | impose ... lockdown ... on TGT
191 | impose ... no-fly ... zone | notarget
191 | close ... airspace ... to TGT
191 | mine ... port/ports/harbour/harbor/strait/waters | notarget
191 | prevent TGT from ... leaving/entering/moving/travelling/traveling
191 | blockade of TGT | noun
191 | blockade of/on/against TGT | noun
191 | blockade | noun; notarget
191 | naval ... blockade ... of/on/against TGT | noun
191 | siege of TGT | noun
191 | siege | noun; notarget
191 | encirclement of TGT | noun
191 | restrictions on ... movement ... of TGT | noun
# 192 Occupy territory  (CAMEO2PLOVER: COERCE)
192 | occupy TGT
192 | occupy ... territory/territories/land/lands/region/regions/island/islands/area/areas/part/parts/town/towns/city/cities/village/villages/base/bases ... of TGT
192 | occupy ... territory/territories/land/region/island/islands/town/city/village/base/bases | notarget
192 | annex TGT
192 | annex ... territory/territories/land/region/regions/island/islands/part/parts/area/areas ... of TGT
192 | annex ... territory/territories/land/region/regions/island/islands/peninsula | notarget
192 | seize TGT from
192 | seize control of TGT
192 | seize ... control ... of TGT
192 | seize ... town/towns/city/cities/village/villages/territory/base/bases/area/region/airport/border/post/posts/camp/camps/hill/bridge | notarget
192 | seize ... town/towns/city/cities/village/villages/territory/base/bases/area/region/airport/post/posts/camp/camps ... from TGT
192 | take control of TGT
192 | take ... control ... of TGT
192 | take over TGT
192 | take ... town/towns/city/cities/village/villages/territory/base/bases/airport ... from TGT
192 | gain ... control ... of TGT
192 | assume ... control of TGT
192 | capture TGT
192 | capture ... town/towns/city/cities/village/villages/territory/base/bases/area/region/airport/post/posts/camp/camps/hill/bridge | notarget
192 | capture ... town/towns/city/cities/village/villages/territory/base/bases/area/airport/post/posts/camp/camps ... from TGT
192 | recapture TGT
192 | recapture ... town/towns/city/cities/village/villages/territory/base/bases/area/airport/post/posts/camp/camps | notarget
192 | retake TGT
192 | retake ... town/towns/city/cities/village/villages/territory/base/bases/area/airport/post/posts/camp/camps | notarget
192 | reclaim TGT
192 | overrun TGT
192 | overrun ... town/towns/city/cities/village/villages/base/bases/camp/camps/post/posts/positions | notarget
192 | enter ... town/towns/city/cities/village/villages ... of TGT
192 | advance on/into/toward/towards TGT
192 | push into TGT
192 | move into TGT
192 | march on/into TGT
192 | roll into TGT
192 | liberate TGT
192 | establish ... control/foothold ... over/in TGT
192 | set up ... base/bases/outpost/outposts/settlement/settlements ... in/on TGT
192 | build ... settlement/settlements/outpost/outposts ... in/on TGT
192 | occupation of TGT | noun
192 | occupation | noun; notarget
192 | annexation of TGT | noun
192 | annexation | noun; notarget
192 | capture of TGT | noun
192 | seizure of TGT | noun
192 | takeover of TGT | noun
192 | recapture of TGT | noun
192 | advance on/into/toward/towards TGT | noun
192 | incursion into TGT | noun
# 193 Fight with small arms and light weapons
193 | open fire on/at TGT
193 | open fire | notarget
193 | fire on/at TGT
193 | fire ... shots ... at/on TGT
193 | fire ... shots | notarget
193 | shoot TGT
193 | shoot at TGT
193 | shoot ... dead ... TGT
193 | shoot TGT dead
193 | gun down TGT
193 | gun down ... civilians/soldiers/villagers/people/worshippers/passengers | notarget
193 | spray TGT with ... bullets/gunfire
193 | exchange ... fire/gunfire/shots ... with TGT
193 | exchange ... fire/gunfire/shots | notarget
193 | trade ... fire/gunfire ... with TGT
193 | engage ... in ... gunfight/gunfights/firefight/firefights/shootout/shoot-out/battle ... with TGT
193 | snipe at TGT
193 | snipe | notarget
193 | machine-gun TGT
193 | strafe TGT
193 | gunfire ... at/on/from TGT | noun
193 | gunfight/gunfights/firefight/firefights/shootout/shoot-out ... with/between TGT | noun
193 | gunfight/gunfights/firefight/firefights/shootout/shoot-out | noun; notarget
193 | gun ... battle/battles ... with/against TGT | noun
193 | gun ... battle/battles ... between SRC and TGT | noun
193 | gun ... battle/battles | noun; notarget
193 | exchange of ... fire/gunfire ... with TGT | noun
193 | exchange of ... fire/gunfire ... between SRC and TGT | noun
193 | exchange of ... fire/gunfire | noun; notarget
193 | shooting/shootings of TGT | noun
193 | shooting/shootings | noun; notarget
193 | sniper ... fire/attack/attacks ... on/against TGT | noun
193 | gunmen ... attack/attacks ... on/against TGT | noun
# 194 Fight with artillery and tanks
194 | shell TGT
194 | shell ... position/positions/town/towns/city/cities/village/villages/area/areas/base/bases ... of/held/controlled ... by? TGT
194 | shell ... town/towns/city/cities/village/villages/area/areas/districts/neighbourhoods/neighborhoods | notarget
194 | bombard TGT
194 | bombard ... position/positions/town/towns/city/cities/village/villages/area/areas | notarget
194 | pound TGT
194 | pound ... position/positions/town/towns/city/cities/village/villages/area/areas | notarget
194 | pound TGT with ... artillery/shells/rockets/mortars/tanks
194 | fire ... artillery/shells/shell/rockets/rocket/mortars/mortar/grads/grad/howitzers/tank ... at/on/into/toward/towards TGT
194 | fire ... artillery/shells/shell/rockets/rocket/mortars/mortar/grads/grad | notarget
194 | launch ... rocket/rockets/mortar/mortars ... at/on/into/against TGT
194 | lob ... mortar/mortars/shells/rockets ... at/into TGT
194 | rain ... shells/rockets/mortars ... on TGT
194 | hit TGT with ... artillery/shells/rockets/mortars/tank/tanks
194 | attack TGT with ... artillery/shells/rockets/mortars/tank/tanks/heavy
194 | send ... tanks ... into TGT
194 | shelling/shellings of TGT | noun
194 | shelling/shellings | noun; notarget
194 | bombardment of TGT | noun
194 | artillery ... fire/attack/attacks/strike/strikes/barrage/barrages/bombardment/shelling ... on/against/at TGT | noun
194 | artillery ... fire/attack/attacks/strike/strikes/barrage/barrages/bombardment/shelling | noun; notarget
194 | rocket/rockets ... attack/attacks/fire/barrage/barrages ... on/against/at TGT | noun
194 | rocket/rockets ... attack/attacks/fire/barrage/barrages | noun; notarget
194 | mortar/mortars ... attack/attacks/fire/shells/rounds/barrage ... on/against/at TGT | noun
194 | mortar/mortars ... attack/attacks/fire/shells/rounds/barrage | noun; notarget
194 | tank ... attack/attacks/assault/fire ... on/against TGT | noun
194 | barrage of ... rockets/shells/mortars/artillery ... on/at TGT | noun
194 | heavy ... shelling/bombardment/artillery ... on/of/against TGT | noun
# 195 Employ aerial weapons
195 | bomb TGT
195 | bomb ... position/positions/town/towns/city/cities/village/villages/area/areas/base/bases/camp/camps/hideouts/targets ... of/held/controlled ... TGT
195 | bomb ... position/positions/town/towns/city/cities/village/villages/area/areas/base/bases/camp/camps/hideouts/targets | notarget
195 | launch ... airstrike/airstrikes/air-strike/air-strikes ... on/against/in/at TGT
195 | launch ... airstrike/airstrikes/air-strike/air-strikes | notarget
195 | launch ... air ... strike/strikes/raid/raids/attack/attacks/campaign ... on/against/in TGT
195 | launch ... air ... strike/strikes/raid/raids/attack/attacks/campaign | notarget
195 | carry out ... airstrike/airstrikes/air-strike/air-strikes ... on/against/in/at TGT
195 | carry out ... airstrike/airstrikes/air-strike/air-strikes | notarget
195 | carry out ... air ... strike/strikes/raid/raids/attack/attacks ... on/against/in TGT
195 | carry out ... air ... strike/strikes/raid/raids/attack/attacks | notarget
195 | carry out ... drone ... strike/strikes/attack/attacks ... on/against/in TGT
195 | carry out ... drone ... strike/strikes/attack/attacks | notarget
195 | conduct ... airstrike/airstrikes/air-strike/air-strikes ... on/against/in/at TGT
195 | conduct ... air ... strike/strikes/raid/raids ... on/against/in TGT
195 | conduct ... drone ... strike/strikes ... on/against/in TGT
195 | launch ... drone ... strike/strikes/attack/attacks ... on/against/in TGT
195 | launch ... drone ... strike/strikes/attack/attacks | notarget
195 | launch ... missile/missiles ... at/on/against/into TGT
195 | launch ... missile/missiles ... strike/strikes/attack/attacks ... on/against TGT
195 | fire ... missile/missiles/rocket-propelled ... at/on/into/against TGT
195 | fire ... missile/missiles ... toward/towards TGT
195 | fire ... missile/missiles | notarget
195 | launch ... missile/missiles/drones | notarget
195 | strike TGT with ... missile/missiles/drone/drones/aircraft/jets/warplanes/bombs
195 | hit TGT with ... missile/missiles/drone/drones/bombs/airstrikes/airstrike
195 | attack TGT with ... missile/missiles/drone/drones/aircraft/jets/warplanes/helicopters/bombs
195 | target TGT with ... missile/missiles/drone/drones/airstrikes/airstrike/bombs
195 | drop ... bomb/bombs/barrel/munitions/explosives ... on TGT
195 | drop ... bomb/bombs/barrel/munitions/explosives | notarget
195 | strafe ... from ... air | notarget
195 | carpet-bomb TGT
195 | airstrike/airstrikes/air-strike/air-strikes ... on/against/in/at/targeting TGT | noun
195 | airstrike/airstrikes/air-strike/air-strikes | noun; notarget
195 | air ... strike/strikes/raid/raids/attack/attacks/bombardment/campaign ... on/against/in/at/targeting TGT | noun
195 | air ... strike/strikes/raid/raids/attack/attacks/bombardment | noun; notarget
195 | drone ... strike/strikes/attack/attacks ... on/against/in/at/targeting TGT | noun
195 | drone ... strike/strikes/attack/attacks | noun; notarget
195 | missile ... strike/strikes/attack/attacks ... on/against/in/at/targeting TGT | noun
195 | missile ... strike/strikes/attack/attacks | noun; notarget
195 | aerial ... bombardment/bombing/attack/attacks/campaign ... of/on/against TGT | noun
195 | aerial ... bombardment/bombing/attack/attacks/campaign | noun; notarget
195 | bombing ... campaign ... against/on/in TGT | noun
195 | bombing/bombardment of TGT ... by ... aircraft/jets/warplanes/planes/drones | noun
195 | barrel ... bomb/bombs ... on/against TGT | noun
195 | barrel ... bomb/bombs | noun; notarget
195 | helicopter ... gunship/gunships/attack/attacks ... on/against TGT | noun
# 196 Violate ceasefire
196 | violate ... ceasefire/cease-fire/truce/armistice | notarget
196 | violate ... ceasefire/cease-fire/truce/armistice ... with TGT
196 | breach ... ceasefire/cease-fire/truce/armistice | notarget
196 | breach ... ceasefire/cease-fire/truce/armistice ... with TGT
196 | break ... ceasefire/cease-fire/truce/armistice | notarget
196 | break ... ceasefire/cease-fire/truce/armistice ... with TGT
196 | shatter ... ceasefire/cease-fire/truce | notarget
196 | undermine ... ceasefire/cease-fire/truce | notarget
196 | resume ... fighting/hostilities/attacks/strikes/shelling/bombing/offensive | notarget
196 | resume ... fighting/hostilities/attacks/strikes/shelling/bombing/offensive ... with/against/on TGT
196 | violation/violations of ... ceasefire/cease-fire/truce/armistice | noun; notarget
196 | violation/violations of ... ceasefire/cease-fire/truce/armistice ... by SRC | noun
196 | ceasefire/cease-fire/truce ... violation/violations/breach/breaches | noun; notarget
196 | breach/breaches of ... ceasefire/cease-fire/truce | noun; notarget

# ---------------------------------------------------------------- 20 USE UNCONVENTIONAL MASS VIOLENCE  (PLOVER ASSAULT)
# 200 Use unconventional mass violence
200 | commit ... atrocities/atrocity | notarget
200 | commit ... atrocities/atrocity ... against TGT
200 | commit ... crimes against humanity | notarget
200 | commit ... crimes against humanity ... against TGT
200 | commit ... war crimes | notarget
200 | commit ... war crimes ... against TGT
200 | perpetrate ... atrocities/atrocity/violence ... against TGT
200 | unleash ... terror ... on/against TGT
200 | terrorise/terrorize ... population/civilians ... of TGT
200 | starve TGT
200 | use ... starvation ... as ... weapon | notarget
200 | atrocities/atrocity ... against/by/in TGT | noun
# 201 Engage in mass expulsion
201 | forcibly ... displace/expel/remove/relocate/transfer/deport TGT
201 | forcibly ... displace/expel/remove/relocate/transfer/deport ... civilians/residents/villagers/population/people/thousands/families/communities | notarget
201 | displace TGT
201 | displace ... thousands/hundreds/tens/civilians/residents/villagers/population/families/communities | notarget
201 | drive out ... residents/villagers/population/civilians/inhabitants/thousands/families/communities | notarget
201 | drive ... residents/villagers/population/civilians/inhabitants/thousands ... from ... homes/villages/land | notarget
201 | drive TGT from ... homes/villages/land
201 | expel ... thousands/population/residents/villagers/inhabitants/civilians/families/communities | notarget
201 | mass ... expel/deport TGT
201 | evict ... residents/villagers/population/families/communities/thousands | notarget
201 | evict TGT
201 | uproot TGT
201 | deport ... thousands/population/families/communities | notarget
201 | force ... thousands/residents/villagers/population/civilians/families ... to ... flee | notarget
201 | force TGT to ... flee
201 | mass ... expulsion/expulsions/deportation/deportations/eviction/evictions/displacement ... of TGT | noun
201 | mass ... expulsion/expulsions/deportation/deportations/eviction/evictions/displacement | noun; notarget
201 | forced ... displacement/expulsion/expulsions/deportation/deportations/eviction/evictions/transfer/relocation ... of TGT | noun
201 | forced ... displacement/expulsion/expulsions/deportation/deportations/eviction/evictions/transfer/relocation | noun; notarget
201 | expulsion of ... population/residents/villagers/inhabitants/civilians ... of? TGT | noun
201 | deportation of ... population/children ... of? TGT | noun
# 202 Engage in mass killings
202 | massacre TGT
202 | massacre ... civilians/villagers/people/residents/worshippers/refugees/prisoners/men/women/children/dozens/hundreds/thousands | notarget
202 | slaughter TGT
202 | slaughter ... civilians/villagers/people/residents/worshippers/refugees/dozens/hundreds/thousands | notarget
202 | butcher TGT
202 | exterminate TGT
202 | annihilate TGT
202 | kill ... dozens/hundreds/scores/thousands ... of ... civilians/villagers/people/residents | notarget
202 | kill ... dozens/hundreds/scores/thousands ... of TGT
202 | commit ... massacre/massacres/genocide | notarget
202 | commit ... massacre/massacres/genocide ... against/of/in TGT
202 | carry out ... massacre/massacres/mass ... killing/killings/executions | notarget
202 | carry out ... massacre/massacres/mass ... killing/killings/executions ... of/in/against TGT
202 | perpetrate ... massacre/massacres/genocide | notarget
202 | perpetrate ... massacre/massacres/genocide ... against TGT
202 | massacre/massacres of TGT | noun
202 | massacre/massacres ... in/at TGT | noun
202 | massacre/massacres | noun; notarget
202 | mass ... killing/killings/murder/murders/execution/executions/graves/grave ... of TGT | noun
202 | mass ... killing/killings/murder/murders/execution/executions/graves/grave | noun; notarget
202 | genocide against/of TGT | noun
202 | slaughter of TGT | noun
202 | bloodbath/carnage ... in TGT | noun
202 | extermination of TGT | noun
# 203 Engage in ethnic cleansing
203 | ethnically ... cleanse TGT
203 | ethnically ... cleanse ... area/areas/region/regions/villages/town/city/territory | notarget
203 | carry out ... ethnic ... cleansing | notarget
203 | carry out ... ethnic ... cleansing ... of/against TGT
203 | commit ... ethnic ... cleansing | notarget
203 | commit ... ethnic ... cleansing ... of/against TGT
203 | engage in ... ethnic ... cleansing | notarget
203 | ethnic ... cleansing ... of/against/in TGT | noun
203 | ethnic ... cleansing | noun; notarget
203 | ethnic ... killings/killing/massacre/massacres/violence ... of/against TGT | noun
203 | ethnic ... killings/killing/massacre/massacres/violence | noun; notarget
# 204 Use weapons of mass destruction
204 | use ... weapon/weapons ... of ... mass ... destruction | notarget
204 | use ... weapon/weapons ... of ... mass ... destruction ... against/on TGT
204 | use ... wmd/wmds | notarget
204 | use ... wmd/wmds ... against/on TGT
204 | deploy ... weapon/weapons ... of ... mass ... destruction | notarget
204 | wmd ... attack/attacks ... on/against TGT | noun
# 2041 Use chemical, biological, or radiological weapons
2041 | use ... chemical/biological/radiological/toxic ... weapon/weapons/agent/agents/munitions/gas/arms | notarget
2041 | use ... chemical/biological/radiological/toxic ... weapon/weapons/agent/agents/munitions/gas/arms ... against/on TGT
2041 | use ... sarin/chlorine/mustard/nerve/poison/novichok/vx/tabun ... gas/agent/agents/weapons ... against/on TGT
2041 | use ... sarin/chlorine/mustard/nerve/poison/novichok/vx/tabun | notarget
2041 | gas TGT
2041 | attack TGT with ... chemical/biological/radiological/toxic/poison ... weapon/weapons/agent/agents/gas/munitions
2041 | attack TGT with ... sarin/chlorine/mustard/nerve/novichok/vx/gas
2041 | drop ... chemical/chlorine/sarin/gas ... bomb/bombs/munitions/weapons/barrels/canisters ... on TGT
2041 | drop ... chemical/chlorine/sarin/gas ... bomb/bombs/munitions/weapons/barrels/canisters | notarget
2041 | poison TGT with ... novichok/nerve/polonium/radioactive/chemical/sarin
2041 | launch ... chemical ... attack/attacks ... on/against TGT
2041 | carry out ... chemical ... attack/attacks ... on/against TGT
2041 | carry out ... chemical ... attack/attacks | notarget
2041 | chemical ... attack/attacks/strike/strikes/weapons ... on/against/in TGT | noun
2041 | chemical ... attack/attacks/strike/strikes | noun; notarget
2041 | gas/sarin/chlorine/nerve ... attack/attacks ... on/against/in TGT | noun
2041 | gas/sarin/chlorine/nerve ... attack/attacks | noun; notarget
2041 | use of ... chemical/biological ... weapons/agents/arms/munitions ... against/on/in TGT | noun
2041 | use of ... chemical/biological ... weapons/agents/arms/munitions | noun; notarget
2041 | biological ... attack/attacks/warfare ... on/against TGT | noun
2041 | anthrax ... attack/attacks | noun; notarget
2041 | nerve ... agent ... attack ... on TGT | noun
2041 | poisoning of TGT ... with ... novichok/nerve/polonium/chemical | noun
2041 | dirty ... bomb/bombs | noun; notarget
# 2042 Detonate nuclear weapons
2042 | detonate ... nuclear/atomic/hydrogen/thermonuclear ... bomb/bombs/weapon/weapons/device/devices/warhead/warheads | notarget
2042 | explode ... nuclear/atomic/hydrogen/thermonuclear ... bomb/bombs/weapon/weapons/device/devices | notarget
2042 | use ... nuclear/atomic ... weapon/weapons/bomb/bombs/warhead/warheads/arms | notarget
2042 | use ... nuclear/atomic ... weapon/weapons/bomb/bombs/warhead/warheads/arms ... against/on TGT
2042 | drop ... nuclear/atomic ... bomb/bombs ... on TGT
2042 | drop ... nuclear/atomic ... bomb/bombs | notarget
2042 | launch ... nuclear ... attack/attacks/strike/strikes/missile/missiles ... on/against/at TGT
2042 | launch ... nuclear ... attack/attacks/strike/strikes | notarget
2042 | nuke TGT
2042 | conduct ... nuclear ... test/tests/explosion/explosions/blast | notarget
2042 | carry out ... nuclear ... test/tests/explosion/explosions/blast | notarget
2042 | nuclear ... attack/attacks/strike/strikes/bombing/bombings ... on/against TGT | noun
2042 | nuclear ... attack/attacks/strike/strikes/detonation/detonations/explosion | noun; notarget
2042 | nuclear ... test/tests | noun; notarget
2042 | atomic ... bombing/bombings ... of TGT | noun
