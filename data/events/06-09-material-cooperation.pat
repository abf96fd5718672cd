# dyad event patterns: CAMEO roots 06-09 (material cooperation)
# Format: cameo | pattern | flags   (see data/FORMATS.md, "data/events/*.pat")
# PLOVER: 06 COOPERATE · 07 AID · 080-083 CONCEDE · 084-087 (and 0813/0814) RETREAT · 09 ACCUSE (investigate)
# Arms transfers (ontology.md): given -> 072 AID/military; sold or co-produced -> 062 COOPERATE/military;
# promised -> 0312/0332 (file 01-05); cut off -> 1622 (file 15-20).

# ---------------------------------------------------------------- 06 ENGAGE IN MATERIAL COOPERATION  (PLOVER COOPERATE)
# 060 Engage in material cooperation
060 | cooperate with TGT
060 | co-operate with TGT
060 | collaborate with TGT
060 | work with TGT
060 | share ... expertise/experience/know-how/technology/skills with TGT
060 | work together with TGT
060 | partner with TGT
060 | team up with TGT
060 | join hands with TGT
060 | launch ... joint ... project/projects/initiative/venture with TGT
060 | implement ... joint ... project/projects with TGT
060 | cooperation with TGT | noun
060 | co-operation with TGT | noun
060 | cooperation between SRC and TGT | noun
060 | collaboration with TGT | noun
060 | collaboration between SRC and TGT | noun
060 | joint project/projects/venture with TGT | noun
# 061 Cooperate economically
061 | trade with TGT
061 | do business with TGT
061 | invest in TGT
061 | invest ... in TGT
061 | export ... to TGT
061 | import ... from TGT
061 | buy ... oil/gas/grain/wheat/fertilizer/fertiliser/goods/products/electricity/fuel from TGT
061 | sell ... oil/gas/grain/wheat/fertilizer/fertiliser/goods/products/electricity/fuel to TGT
061 | supply ... oil/gas/grain/wheat/fertilizer/fertiliser/electricity/fuel to TGT
061 | supply TGT with ... oil/gas/grain/wheat/fertilizer/fertiliser/electricity/fuel
061 | expand/boost/increase/deepen ... trade with TGT
061 | expand/boost/increase/deepen/strengthen ... economic ... cooperation/ties with TGT
061 | open ... market/markets to TGT
061 | grant ... concession/concessions/licence/license/licences/licenses/permit to TGT
061 | award ... contract/contracts/concession/licence/license to TGT
061 | build ... plant/railway/road/pipeline/port/dam/refinery ... in TGT
061 | develop ... mine/mines/field/fields ... in TGT
061 | launch ... free trade area/zone with TGT
061 | establish ... free trade area/zone with TGT
061 | trade with TGT | noun
061 | trade between SRC and TGT | noun
061 | investment/investments in TGT | noun
061 | economic cooperation with TGT | noun
061 | economic ties with TGT | noun
061 | trade ties/relations with TGT | noun
061 | export/exports to TGT | noun
061 | import/imports from TGT | noun
061 | trade agreement/deal/pact with TGT | noun
061 | free trade agreement/deal with TGT | noun
061 | currency swap with TGT | noun
# 062 Cooperate militarily
062 | hold ... joint ... exercise/exercises/drill/drills/manoeuvres/maneuvers/patrol/patrols with TGT
062 | conduct ... joint ... exercise/exercises/drill/drills/manoeuvres/maneuvers/patrol/patrols/operation/operations with TGT
062 | stage ... joint ... exercise/exercises/drill/drills/manoeuvres/maneuvers with TGT
062 | carry out ... joint ... exercise/exercises/drill/drills/patrol/patrols/operation/operations with TGT
062 | launch ... joint ... operation/operations/offensive/patrol/patrols with TGT
062 | hold ... military exercise/exercises/drills/manoeuvres/maneuvers with TGT
062 | conduct ... military exercise/exercises/drills/manoeuvres/maneuvers with TGT
062 | conduct ... naval ... exercise/exercises/drills with TGT
# Exercises, drills and war games held with a partner are military cooperation (062), whatever verb
# starts them; without a partner they are a show of force (150, file 15-20). "X and Y began war games"
# with no "joint" or "with" is told from one actor's drills by the coder: the show-of-force patterns of
# file 15-20 carry `joint=062`, the act when coordinated parties of two countries do it.
062 | hold/conduct/stage/launch/begin/start/carry/kick/open/resume ... joint ... exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames/war-games/patrol/patrols ... with TGT
062 | hold/conduct/stage/launch/begin/start/carry/kick/open/resume ... joint ... war games ... with TGT
062 | hold/conduct/stage/launch/begin/start/carry/resume ... war games ... with TGT
062 | hold/conduct/stage/launch/begin/start/carry/resume ... military/naval/air/army/navy ... exercise/exercises/drill/drills/manoeuvres/maneuvers ... with TGT
062 | hold/conduct/stage/launch/begin/start/carry/kick/resume ... joint ... exercise/exercises/drill/drills/manoeuvres/maneuvers/wargames/war-games | notarget
062 | hold/conduct/stage/launch/begin/start/carry/kick/resume ... joint ... war games | notarget
062 | take part in ... joint ... exercise/exercises/drill/drills/manoeuvres/maneuvers/war games ... with TGT
062 | join ... exercise/exercises/drill/drills/manoeuvres/maneuvers ... with TGT
062 | exercise with TGT
062 | train with TGT
062 | patrol with TGT
062 | fight alongside TGT
062 | fight alongside TGT against
062 | sell ... weapons/arms/jets/fighters/aircraft/helicopters/drones/tanks/missiles/submarines/warships/frigates/radars/equipment to TGT
062 | sell TGT ... weapons/arms/jets/fighters/aircraft/helicopters/drones/tanks/missiles/submarines/warships/frigates
062 | buy ... weapons/arms/jets/fighters/aircraft/helicopters/drones/tanks/missiles/submarines/warships/frigates/radars/systems from TGT
062 | purchase ... weapons/arms/jets/fighters/aircraft/helicopters/drones/tanks/missiles/submarines/warships/frigates/radars/systems from TGT
062 | acquire ... weapons/arms/jets/fighters/aircraft/helicopters/drones/tanks/missiles/submarines/warships/frigates/radars/systems from TGT
062 | import ... weapons/arms/jets/fighters/aircraft/helicopters/drones/tanks/missiles from TGT
062 | export ... weapons/arms/jets/fighters/aircraft/helicopters/drones/tanks/missiles to TGT
062 | co-produce/coproduce ... with TGT
062 | jointly produce/develop/build ... with TGT
062 | sign ... defence/defense/military ... agreement/pact/accord/deal with TGT
062 | host ... military base/bases/troops/forces of TGT
062 | grant TGT ... access to ... base/bases/port/ports/airspace
062 | station ... troops/forces ... in TGT at ... request
062 | military cooperation with TGT | noun
062 | military cooperation between SRC and TGT | noun
062 | defence/defense cooperation with TGT | noun
062 | security cooperation with TGT | noun
062 | joint exercise/exercises/drills/manoeuvres/maneuvers with TGT | noun
062 | joint military exercise/exercises/drills with TGT | noun
062 | joint patrol/patrols/operation/operations with TGT | noun
062 | arms sale/sales to TGT | noun
062 | arms deal/deals with TGT | noun
062 | arms contract/contracts with TGT | noun
062 | sale of ... weapons/arms/jets/fighters/aircraft/helicopters/drones/tanks/missiles/submarines/warships to TGT | noun
062 | purchase of ... weapons/arms/jets/fighters/aircraft/helicopters/drones/tanks/missiles from TGT | noun
062 | defence/defense pact/agreement/deal with TGT | noun
062 | military pact/agreement/alliance with TGT | noun
# 063 Engage in judicial cooperation
063 | extradite TGT
063 | extradite ... to TGT
063 | extradite TGT to
063 | hand over ... suspect/suspects/fugitive/fugitives/militant/militants/fighters to TGT
063 | hand ... suspect/suspects/fugitive/fugitives over to TGT
063 | transfer ... suspect/suspects/detainee/detainees/prisoner/prisoners to TGT
063 | surrender ... suspect/suspects/fugitive/fugitives to TGT
063 | cooperate with ... investigation/investigators/court/tribunal/prosecutors/probe
063 | cooperate with TGT in/on ... investigation/probe/case
063 | provide ... evidence to TGT
063 | assist ... investigation by TGT
063 | execute ... arrest warrant | notarget
063 | execute ... warrant issued by TGT
063 | extradition of TGT | noun
063 | extradition of TGT to | noun
063 | extradition to TGT | noun
063 | judicial cooperation with TGT | noun
063 | legal assistance to TGT | noun
063 | handover of ... suspect/suspects/fugitive/fugitives to TGT | noun
# 064 Share intelligence or information
064 | share ... intelligence with TGT
064 | share ... information with TGT
064 | share ... data/evidence/findings with TGT
064 | exchange ... intelligence/information with TGT
064 | provide ... intelligence to TGT
064 | provide TGT with ... intelligence/information
064 | pass ... intelligence/information to TGT
064 | pass on ... intelligence/information to TGT
064 | give ... intelligence to TGT
064 | supply ... intelligence to TGT
064 | hand over ... intelligence/information/files/documents/data/evidence to TGT
064 | tip off TGT
064 | alert TGT to
064 | brief TGT on
064 | inform TGT of/about
064 | notify TGT of/about
064 | intelligence sharing with TGT | noun
064 | intelligence-sharing with TGT | noun
064 | intelligence cooperation with TGT | noun
064 | exchange of ... intelligence/information with TGT | noun
064 | sharing of ... intelligence/information with TGT | noun

# ---------------------------------------------------------------- 07 PROVIDE AID  (PLOVER AID)
# 070 Provide aid
070 | provide ... aid/assistance/support/help to TGT
070 | provide TGT with ... aid/assistance/support/help
070 | give ... aid/assistance/help to TGT
070 | give TGT ... aid/assistance/help
070 | send ... aid/assistance/help to TGT
070 | deliver ... aid/assistance/supplies ... to TGT
070 | extend ... aid/assistance/help to TGT
070 | offer TGT ... assistance
070 | donate ... to TGT
070 | hand over ... aid/assistance/donation/donations/supplies to TGT
070 | help TGT
070 | assist TGT
070 | aid TGT
070 | aid to TGT | noun
070 | aid for TGT | noun
070 | assistance to TGT | noun
070 | assistance for TGT | noun
070 | delivery of ... to TGT | noun
070 | delivery of ... aid/assistance/supplies to TGT | noun
070 | shipment of ... aid/assistance/supplies to TGT | noun
070 | donation of ... to TGT | noun
070 | donation to TGT | noun
070 | aid package for/to TGT | noun
070 | support to TGT | noun
# 071 Provide economic aid
071 | grant ... loan/loans/credit/credits/grant/grants/funds/funding to TGT
071 | give ... loan/loans/credit/credits/grant/grants/funds/funding/money to TGT
071 | provide ... loan/loans/credit/credits/grant/grants/funds/funding/financing/money to/for TGT
071 | provide TGT with ... loan/loans/credit/credits/grant/grants/funds/funding/financing/money
071 | extend ... loan/loans/credit/credits/grant/grants to TGT
071 | extend ... credit line to TGT
071 | lend ... to TGT
071 | lend TGT
071 | loan TGT
071 | disburse ... loan/loans/funds/funding/tranche/aid/million/billion to/for TGT
071 | disburse ... to TGT
071 | approve ... loan/loans/grant/grants/funding/financing/bailout/tranche for/to TGT
071 | allocate ... million/billion/funds/funding to/for TGT
071 | give ... million/billion ... to TGT
071 | donate ... million/billion/money/funds/cash ... to TGT
071 | fund TGT
071 | finance TGT
071 | bankroll TGT
071 | bail out TGT
071 | cancel/forgive/write ... debt/debts of TGT
071 | cancel/forgive TGT 's? debt/debts
071 | write off ... debt/debts owed by TGT
071 | write off TGT 's? debt/debts
071 | reschedule ... debt/debts of TGT
071 | provide ... budget support to TGT
071 | provide ... economic/financial/development ... aid/assistance/support to TGT
071 | send ... economic/financial ... aid/assistance to TGT
071 | loan to TGT | noun
071 | loan for TGT | noun
071 | credit line to/for TGT | noun
071 | grant to/for TGT | noun
071 | bailout of/for TGT | noun
071 | funding for TGT | noun
071 | financing for TGT | noun
071 | debt relief for/to TGT | noun
071 | economic/financial/development aid/assistance to/for TGT | noun
071 | budget support to/for TGT | noun
# 072 Provide military aid
072 | supply TGT with ... weapons/arms/ammunition/munitions/equipment/jets/helicopters/drones/tanks/missiles/vehicles/aircraft
072 | supply ... weapons/arms/ammunition/munitions/jets/helicopters/drones/tanks/missiles/vehicles/aircraft to TGT
072 | supply ... military ... equipment/hardware/aid/assistance to TGT
072 | deliver ... weapons/arms/ammunition/munitions/jets/fighters/helicopters/drones/tanks/missiles/aircraft/vehicles/radars/systems to TGT
072 | deliver ... military ... equipment/hardware/aid/assistance to TGT
072 | send ... weapons/arms/ammunition/munitions/jets/fighters/helicopters/drones/tanks/missiles/aircraft/vehicles to TGT
072 | send ... military ... equipment/hardware/aid/assistance/advisers/advisors/instructors/trainers to TGT
072 | provide ... weapons/arms/ammunition/munitions/jets/fighters/helicopters/drones/tanks/missiles/aircraft/vehicles to TGT
072 | provide TGT with ... weapons/arms/ammunition/munitions/jets/fighters/helicopters/drones/tanks/missiles/aircraft/vehicles/equipment
072 | provide ... military ... equipment/hardware/aid/assistance/support/training to TGT
072 | give ... weapons/arms/ammunition/jets/helicopters/drones/tanks/missiles/aircraft/vehicles to TGT
072 | give TGT ... weapons/arms/ammunition/jets/helicopters/drones/tanks/missiles/aircraft/vehicles
072 | donate ... weapons/arms/ammunition/jets/helicopters/drones/tanks/missiles/aircraft/vehicles/equipment to TGT
072 | donate ... military ... equipment/hardware/vehicles to TGT
072 | hand over ... weapons/arms/ammunition/jets/helicopters/drones/tanks/aircraft/vehicles/equipment to TGT
072 | transfer ... weapons/arms/ammunition/jets/helicopters/drones/tanks/missiles/aircraft/vehicles to TGT
072 | ship ... weapons/arms/ammunition/jets/helicopters/drones/tanks/missiles/aircraft/vehicles to TGT
072 | airlift ... weapons/arms/ammunition/equipment to TGT
072 | arm TGT
072 | rearm/re-arm TGT
072 | equip TGT
072 | equip TGT with
072 | train TGT
072 | train TGT 's? troops/soldiers/forces/army/pilots/officers/police/units
072 | train ... troops/soldiers/forces/pilots/officers/police/units of TGT
072 | train and equip TGT
072 | provide ... training to TGT
072 | provide TGT with ... training
072 | deploy ... military advisers/advisors/instructors/trainers to TGT
072 | military aid to/for TGT | noun
072 | military assistance to/for TGT | noun
072 | military support to/for TGT | noun
072 | military training for/of TGT | noun
072 | arms delivery/deliveries to TGT | noun
072 | arms shipment/shipments to TGT | noun
072 | arms supplies/supply to TGT | noun
072 | weapons delivery/deliveries/shipment/shipments to TGT | noun
072 | delivery of ... weapons/arms/ammunition/munitions/jets/fighters/helicopters/drones/tanks/missiles/aircraft/vehicles/equipment to TGT | noun
072 | supply of ... weapons/arms/ammunition/munitions/jets/helicopters/drones/tanks/missiles/aircraft to TGT | noun
072 | shipment of ... weapons/arms/ammunition/munitions/jets/helicopters/drones/tanks/missiles to TGT | noun
072 | transfer of ... weapons/arms/ammunition/jets/helicopters/drones/tanks/missiles/aircraft to TGT | noun
072 | donation of ... weapons/arms/ammunition/helicopters/drones/vehicles/equipment to TGT | noun
072 | training of TGT | noun
# 073 Provide humanitarian aid
073 | send ... humanitarian ... aid/assistance/supplies/relief/convoy/convoys to TGT
073 | send ... food/medicine/medicines/medical/relief/tents/vaccines/doses to TGT
073 | send ... food/medicine/medicines/medical/relief/tents/vaccines/doctors/nurses/medics ... to TGT
073 | deliver ... humanitarian ... aid/assistance/supplies/relief to TGT
# A gap before "to" lets a list of goods through ("delivered food and medicine to North Korea").
073 | deliver ... food/medicine/medicines/medical/relief/tents/blankets/vaccines/doses ... to TGT
073 | provide ... humanitarian ... aid/assistance/supplies/relief to/for TGT
073 | provide ... food/medicine/medicines/medical/relief/shelter/vaccines/doses ... to/for TGT
073 | provide TGT with ... food/medicine/medicines/medical/relief/shelter/vaccines/doses
073 | provide TGT with ... humanitarian ... aid/assistance/supplies
073 | donate ... food/medicine/medicines/medical/relief/tents/blankets/vaccines/doses ... to TGT
073 | donate ... humanitarian ... aid/assistance/supplies to TGT
073 | airlift ... aid/food/supplies/relief to TGT
073 | airlift/fly/truck ... aid/food/supplies/relief/medicine/medicines/tents/blankets ... to TGT
073 | airdrop ... aid/food/supplies to TGT
073 | airdrop ... aid/food/supplies over/into TGT
073 | ship ... humanitarian ... aid/supplies to TGT
073 | ship ... food/grain/wheat/rice/medicine/medicines/relief ... to TGT
073 | distribute/hand ... aid/food/relief/supplies/medicine/medicines/blankets/tents ... to TGT
073 | feed TGT
073 | shelter TGT
073 | rescue TGT
073 | treat ... wounded/injured | notarget
# Evacuating civilians, the wounded or the sick out of danger is humanitarian relief (073), the
# place they are taken from standing for whom it concerns. (An army leaving its own bases is 0874;
# a government flying out its own staff or nationals is left uncoded.)
073 | evacuate ... civilians/wounded/injured/sick/residents/refugees/children/women/families/patients/villagers/survivors/casualties/inhabitants/population ... from/out of? TGT
073 | evacuate ... civilians/wounded/injured/sick/residents/refugees/children/women/families/patients/villagers/survivors/casualties/inhabitants/population | notarget
073 | airlift/fly ... wounded/injured/sick/casualties/patients ... to/from/out | notarget
073 | evacuation of ... civilians/wounded/injured/sick/residents/refugees/children/families/patients/villagers/survivors/casualties ... from TGT | noun
073 | humanitarian aid/assistance/relief to/for TGT | noun
073 | humanitarian aid/assistance/relief convoy/convoys to TGT | noun
073 | food aid/assistance to/for TGT | noun
073 | emergency aid/assistance/relief to/for TGT | noun
073 | relief to/for TGT | noun
073 | delivery of ... humanitarian/food/medical ... aid/assistance/supplies to TGT | noun
073 | aid convoy/convoys to TGT | noun
073 | rescue of TGT | noun
# 074 Provide military protection or peacekeeping
074 | deploy ... peacekeepers/peacekeeping ... to/in TGT
074 | send ... peacekeepers/peacekeeping ... to TGT
074 | contribute ... peacekeepers/troops/soldiers to ... mission/force in TGT
074 | deploy ... peacekeeping troops/force/mission to/in TGT
074 | deploy ... troops/soldiers/forces to ... protect/defend/secure TGT
074 | send ... troops/soldiers/forces to ... protect/defend/help/support TGT
074 | protect TGT
074 | defend TGT against/from
074 | guard TGT
074 | escort TGT
074 | provide ... security/protection for/to TGT
074 | provide TGT with ... security/protection
074 | extend ... mandate of ... mission/force/peacekeepers in TGT
074 | renew ... mandate of ... mission/force/peacekeepers in TGT
074 | peacekeeping mission/force/operation in TGT | noun
074 | peacekeepers in/to TGT | noun
074 | deployment of ... peacekeepers/peacekeeping ... to/in TGT | noun
074 | protection of TGT | noun
074 | intervention in TGT at ... request | noun
074 | security guarantee/guarantees for/to TGT | noun
# 075 Grant asylum
075 | grant ... asylum to TGT
075 | grant TGT ... asylum
075 | give ... asylum to TGT
075 | give TGT ... asylum
075 | offer ... asylum to TGT
075 | offer TGT ... asylum
075 | grant ... refuge/sanctuary to TGT
075 | give ... refuge/sanctuary to TGT
075 | offer ... refuge/sanctuary to TGT
075 | grant ... refugee status to TGT
075 | grant ... residency/citizenship to TGT
075 | take in ... refugees/migrants/asylum-seekers | notarget
075 | take in TGT
075 | admit ... refugees/migrants | notarget
075 | accept/receive ... refugees/migrants/asylum-seekers | notarget
075 | resettle ... refugees | notarget
075 | resettle TGT
075 | harbour/harbor TGT
075 | host ... refugees | notarget
075 | asylum for TGT | noun
075 | asylum to TGT | noun
075 | refuge for TGT | noun
075 | resettlement of TGT | noun

# ---------------------------------------------------------------- 080-083 YIELD  (PLOVER CONCEDE)
# 080 Yield
080 | yield to TGT
080 | yield to ... demand/demands/pressure | notarget
080 | yield to ... demand/demands/pressure of/from TGT
080 | give in to TGT
080 | give in to ... demand/demands/pressure | notarget
080 | cave in to TGT
080 | cave in to ... demand/demands/pressure | notarget
080 | bow to TGT
080 | bow to ... pressure/demand/demands | notarget
080 | bow to ... pressure/demand/demands from/of TGT
080 | back down | notarget
080 | back down on | notarget
080 | climb down | notarget
080 | concede to TGT
# "conceded/acquiesced to demands (from Y)": yielding, like "gave in to demands" above.
080 | concede/acquiesce/succumb to ... demand/demands/pressure | notarget
080 | concede/acquiesce/succumb to ... demand/demands/pressure ... from/of/by TGT
080 | give in/way to ... demand/demands/pressure ... from/of/by TGT
080 | cave in to ... demand/demands/pressure ... from/of/by TGT
080 | concede ... defeat | notarget
080 | make ... concession/concessions to TGT
080 | make ... concession/concessions | notarget
080 | grant ... concession/concessions to TGT
080 | comply with ... demand/demands/ultimatum/request/order of/from TGT
080 | comply with TGT 's? demand/demands/ultimatum/request/order
080 | comply with ... resolution/resolutions/ruling | notarget
080 | submit to TGT
080 | relent | notarget
080 | capitulate | notarget
080 | capitulate to TGT
080 | accept ... condition/conditions/terms of TGT
080 | accept TGT 's? condition/conditions/terms
080 | concession/concessions to TGT | noun
# 081 Ease administrative sanctions
081 | lift ... restriction/restrictions on TGT
081 | ease ... restriction/restrictions on TGT
081 | relax ... restriction/restrictions on TGT
081 | relax/ease/loosen ... control/controls/curbs/curb/censorship/restraints ... on/over TGT
081 | lift/ease/relax ... restriction/restrictions | notarget
081 | lift ... travel ban on TGT
081 | lift/ease/relax ... ban | notarget
081 | unblock ... account/accounts of TGT
081 | readmit TGT
081 | reinstate TGT
081 | restore ... passport/passports of TGT
081 | lifting of ... restriction/restrictions/ban on TGT | noun
081 | easing of ... restriction/restrictions on TGT | noun
# 0811 Ease restrictions on political freedoms
0811 | restore ... internet | notarget
0811 | restore ... internet/access ... in TGT
0811 | unblock ... website/websites/internet/facebook/twitter/whatsapp/telegram | notarget
0811 | unblock ... social media | notarget
0811 | lift ... ban on ... media/newspaper/newspapers/broadcaster/broadcasters/broadcast/broadcasts/rallies/protests/gatherings/demonstrations | notarget
0811 | allow ... media/newspaper/broadcaster ... to ... resume | notarget
0811 | reopen ... newspaper/radio/station/tv/channel | notarget
0811 | lift ... suspension of TGT
0811 | restore ... broadcast/broadcasts/licence/license of TGT
0811 | lift ... restrictions on ... media/press/speech/assembly/freedom | notarget
0811 | allow ... rally/rallies/protest/protests/demonstration/demonstrations/gatherings | notarget
0811 | permit ... rally/rallies/protest/protests/demonstration/demonstrations/gatherings | notarget
# 0812 Ease ban on political parties or politicians
0812 | unban TGT
0812 | legalize/legalise TGT
0812 | lift ... ban on ... party/parties/opposition/politicians | notarget
0812 | lift ... ban on ... political activities/activity | notarget
0812 | lift ... ban on TGT
0812 | lift ... suspension of ... party/parties | notarget
0812 | reinstate ... party/parties | notarget
0812 | allow TGT to ... run/contest/stand
0812 | allow TGT to return
0812 | allow ... exiled ... to return | notarget
0812 | restore ... political rights of TGT
# 0813 Ease curfew  (CAMEO2PLOVER: RETREAT)
0813 | lift ... curfew | notarget
0813 | ease ... curfew | notarget
0813 | relax ... curfew | notarget
0813 | end ... curfew | notarget
0813 | shorten ... curfew | notarget
0813 | lift ... curfew in/on TGT
0813 | ease ... curfew in/on TGT
0813 | lifting of ... curfew | noun; notarget
0813 | shorten/reduce/cut/relax/loosen/scale ... curfew ... hours | notarget
0813 | loosen/revoke/rescind/suspend ... curfew | notarget
0813 | relax/shorten ... curfew in/on TGT
0813 | easing/relaxation of ... curfew | noun; notarget
# 0814 Ease state of emergency or martial law  (CAMEO2PLOVER: RETREAT)
0814 | lift ... state of emergency | notarget
0814 | end ... state of emergency | notarget
0814 | ease ... state of emergency | notarget
0814 | lift ... state of emergency in TGT
0814 | lift ... martial law | notarget
0814 | end ... martial law | notarget
0814 | lift ... martial law in TGT
0814 | lift ... emergency rule | notarget
0814 | end ... emergency rule | notarget
0814 | lift ... emergency | notarget
0814 | not extend/renew ... state of emergency | notarget
0814 | lifting of ... emergency/martial | noun; notarget
# "eased/relaxed emergency measures/regulations/rule", "revoked martial law".
0814 | ease/relax/loosen/lift/scale ... emergency ... measures/regulations/rule/laws/law/powers/decree | notarget
0814 | relax/loosen/revoke/rescind/suspend ... state of emergency | notarget
0814 | revoke/rescind/suspend ... martial law | notarget
0814 | easing/relaxation of ... emergency | noun; notarget
# 082 Ease political dissent
# "X called off / ended / suspended the strike": the dissenters themselves stopping their protest is
# CAMEO 082 (ease political dissent) — not 0832 (a government acceding to policy demands) nor 0871
# (a military truce). PLOVER CONCEDE.
082 | call off ... walkout/walk-out/stoppage/stayaway/stay-away/shutdown/hartal | notarget
082 | end/suspend/halt/abandon ... walkout/walk-out/stoppage/stayaway/stay-away/hartal | notarget
082 | end ... day/week/month ... strike/protest/protests/boycott/sit-in | notarget
082 | lift ... strike | notarget
082 | call off ... protest/protests/strike/demonstration/demonstrations/march/rally/blockade/sit-in/boycott | notarget
082 | suspend ... protest/protests/strike/demonstration/demonstrations/march/blockade/sit-in/boycott | notarget
082 | end ... protest/protests/strike/demonstration/demonstrations/blockade/sit-in/boycott | notarget
082 | halt/stop ... protest/protests/strike/demonstration/demonstrations/blockade | notarget
082 | abandon ... protest/protests/strike/blockade | notarget
082 | lift ... blockade of ... road/roads/highway/port/border | notarget
082 | return to work | notarget
082 | disperse peacefully | notarget
082 | end ... hunger strike | notarget
082 | suspend ... hunger strike | notarget
082 | end/suspend ... boycott of TGT
# 083 Accede to requests or demands for political reform
083 | accede to ... demand/demands/request/requests | notarget
083 | accede to ... demand/demands/request/requests of TGT
083 | accede to TGT 's? demand/demands/request/requests
083 | meet ... demand/demands of TGT
083 | meet TGT 's? demand/demands
083 | meet ... demand/demands | notarget
083 | grant ... demand/demands of TGT
083 | accept ... demand/demands of TGT
# "accepted demands from Y (to …)", "agreed to the demands of Y": acceding (083); a demanded reform
# named after it ("… to hold early elections") is coded on its own and, being the same happening, merged.
083 | accept/agree/grant ... demand/demands ... from/of/by TGT
083 | accept ... demand/demands | notarget
083 | accept TGT 's? demand/demands
083 | implement ... reform/reforms | notarget
083 | adopt ... reform/reforms | notarget
083 | introduce ... reform/reforms | notarget
083 | enact ... reform/reforms | notarget
# 0831 Accede to demands for change in leadership
0831 | resign | notarget; plover=RETREAT/resign
0831 | resign from | notarget; plover=RETREAT/resign
0831 | step down | notarget; plover=RETREAT/resign
0831 | step down as | notarget; plover=RETREAT/resign
0831 | step aside | notarget; plover=RETREAT/resign
0831 | quit ... post/office/job/presidency/government/cabinet/seat | notarget; plover=RETREAT/resign
0831 | tender ... resignation | notarget; plover=RETREAT/resign
0831 | submit ... resignation | notarget; plover=RETREAT/resign
0831 | hand in ... resignation | notarget; plover=RETREAT/resign
0831 | announce ... resignation | notarget
0831 | hand over power to TGT
0831 | hand power to TGT
0831 | transfer power to TGT
0831 | cede power to TGT
0831 | hand over ... power | notarget
0831 | relinquish ... power/office | notarget
0831 | cede ... power | notarget
0831 | dissolve ... government/cabinet | notarget
0831 | reshuffle ... government/cabinet | notarget
0831 | resignation of TGT | noun
0831 | resignation | noun; notarget
0831 | handover of ... power to TGT | noun
0831 | transfer of ... power to TGT | noun
# 0832 Accede to demands for change in policy
0832 | reverse ... decision/policy/plan/ban/law/order | notarget
0832 | scrap ... policy/plan/law/bill/tax/decree/reform | notarget
0832 | drop ... plan/plans/bill/proposal/policy | notarget
0832 | withdraw ... bill/decree/law/plan/proposal | notarget
0832 | shelve ... plan/plans/bill/proposal/project | notarget
0832 | abandon ... plan/plans/bill/proposal/policy/project | notarget
0832 | suspend ... plan/plans/bill/decree/law/tax/reform | notarget
0832 | repeal ... law/laws/decree/act/bill | notarget
0832 | revoke ... decree/decision/law/order | notarget
0832 | rescind ... decision/order/decree/ban | notarget
0832 | back down on ... plan/plans/policy/decision | notarget
0832 | u-turn on | notarget
0832 | cut ... fuel/food/bread ... price/prices | notarget
0832 | cancel ... price/prices/tax/hike/increase | notarget
0832 | reversal of ... decision/policy | noun; notarget
# 0833 Accede to demands for rights
0833 | grant ... rights/autonomy/citizenship/freedom to TGT
0833 | grant TGT ... rights/autonomy/citizenship/freedom
0833 | recognize/recognise ... rights of TGT
0833 | recognize/recognise TGT 's? rights
0833 | restore ... rights of TGT
0833 | guarantee ... rights of TGT
0833 | extend ... rights to TGT
0833 | give TGT ... right/rights/vote
0833 | legalize/legalise ... same-sex/gay ... marriage | notarget
0833 | decriminalize/decriminalise | notarget
0833 | autonomy for TGT | noun
# 0834 Accede to demands for change in institutions, regime
0834 | hold ... election/elections | notarget
0834 | call ... election/elections | notarget
0834 | call ... snap/early ... election/elections | notarget
0834 | set ... date for ... election/elections | notarget
0834 | hold ... referendum | notarget
0834 | amend ... constitution | notarget
0834 | adopt ... new constitution | notarget
0834 | restore ... constitution | notarget
0834 | restore ... constitutional order | notarget
0834 | restore ... civilian rule | notarget
0834 | return ... power to ... civilian/civilians | notarget
0834 | dissolve ... parliament/assembly/junta/council | notarget
0834 | hand over ... to ... civilian/civilians/elected | notarget
0834 | reinstate ... parliament/constitution | notarget
0834 | agree to ... transition | notarget
0834 | introduce ... multiparty/multi-party ... system/politics/democracy | notarget
0834 | abolish ... senate/council/office/post | notarget

# ---------------------------------------------------------------- 084-087 YIELD  (PLOVER RETREAT)
# 084 Return, release
084 | hand back ... to TGT
084 | hand over ... to TGT
084 | give back ... to TGT
084 | handover of ... to TGT | noun
084 | return of ... to TGT | noun
# 0841 Return, release person(s)
0841 | release TGT
0841 | release TGT from
0841 | free TGT
0841 | set TGT free
0841 | set free TGT
0841 | let TGT go
0841 | release ... prisoners/detainees/hostages/captives/soldiers/fighters/protesters/journalists/activists/migrants | notarget
0841 | free ... prisoners/detainees/hostages/captives/soldiers/fighters/protesters/journalists/activists/migrants | notarget
0841 | release ... on bail | notarget
0841 | grant ... bail to TGT
0841 | grant TGT ... bail
0841 | acquit TGT
0841 | exonerate TGT
0841 | clear TGT of
0841 | drop ... charges/charge against TGT
0841 | dismiss ... charges/charge/case against TGT
0841 | repatriate TGT
0841 | repatriate ... prisoners/detainees/captives/soldiers/nationals/bodies/remains | notarget
0841 | hand over ... prisoners/detainees/hostages/captives/soldiers/bodies/remains to TGT
0841 | return ... prisoners/detainees/hostages/captives/soldiers/bodies/remains to TGT
0841 | exchange ... prisoners/captives/detainees/bodies with TGT
0841 | swap ... prisoners/captives/detainees/bodies with TGT
0841 | exchange/swap ... prisoners/captives/detainees | notarget
0841 | commute ... sentence/sentences of TGT
0841 | commute TGT 's? sentence/sentences
0841 | lift ... house arrest of/on TGT
0841 | release of TGT | noun
0841 | release of TGT from | noun
0841 | release of ... prisoners/detainees/hostages/captives/soldiers | noun; notarget
0841 | liberation of TGT | noun
0841 | prisoner/prisoners exchange/swap with TGT | noun
0841 | prisoner/prisoners exchange/swap between SRC and TGT | noun
0841 | exchange of ... prisoners/captives/bodies with TGT | noun
0841 | exchange of ... prisoners/captives/bodies between SRC and TGT | noun
0841 | acquittal of TGT | noun
0841 | repatriation of TGT | noun
# 0842 Return, release property
0842 | return ... property/properties/assets/land/lands/territory/artefacts/artifacts/artworks/treasures/relics/objects/vessel/ship/aircraft/plane/equipment/funds/money to TGT
0842 | return ... vessel/vessels/ship/ships/tanker/tankers/boat/boats/trawler/trawlers/aircraft/plane/planes/jet/helicopter ... to TGT
0842 | hand back ... property/properties/assets/land/lands/territory/artefacts/artifacts/artworks/treasures/vessel/ship/aircraft/base/bases to TGT
0842 | restitute ... to TGT
0842 | repatriate ... artefacts/artifacts/artworks/treasures/funds/assets | notarget
0842 | release ... vessel/ship/tanker/ships/tankers/aircraft/plane/cargo/assets/funds | notarget
0842 | release ... vessel/ship/tanker/ships/tankers/aircraft/plane/cargo of TGT
0842 | unfreeze ... assets/funds/accounts of TGT
0842 | cede ... territory/land/islands/region to TGT
0842 | return of ... property/assets/land/territory/artefacts/artifacts/artworks/treasures/vessel/ship to TGT | noun
0842 | restitution of ... to TGT | noun
0842 | handover of ... territory/land/base/bases/camp/camps to TGT | noun
0842 | hand over ... base/bases/camp/camps/territory/control to TGT
# 085 Ease economic sanctions, boycott, embargo
085 | lift ... sanctions on/against TGT
085 | ease ... sanctions on/against TGT
085 | relax ... sanctions on/against TGT
085 | suspend ... sanctions on/against TGT
085 | remove ... sanctions on/against TGT
085 | waive ... sanctions on/against TGT
085 | lift/ease/relax/suspend/remove/waive ... sanctions | notarget
085 | lift ... embargo on/against TGT
085 | ease ... embargo on/against TGT
085 | lift/ease/relax/end ... embargo | notarget
085 | end ... sanctions/embargo on/against TGT
085 | lift ... blockade/boycott on/of/against TGT
085 | end ... boycott of TGT
085 | unfreeze ... assets | notarget
085 | unfreeze TGT 's? assets/funds
# Reopening a border closed to a neighbour eases the embargo of 163 (see file 15-20).
085 | reopen ... border/borders/frontier/frontiers ... with/to TGT
085 | reopen ... border/borders/frontier/frontiers | notarget
085 | reopening of ... border/borders/frontier ... with/to TGT | noun
085 | resume ... trade with TGT
085 | resume ... imports/exports from/to TGT
085 | delist/de-list TGT
085 | remove TGT from ... list/blacklist
085 | take TGT off ... list/blacklist
085 | grant ... waiver/waivers/exemption/exemptions to TGT
085 | lifting of ... sanctions/embargo on/against TGT | noun
085 | easing of ... sanctions/embargo on/against TGT | noun
085 | sanctions relief for TGT | noun
085 | lifting of ... sanctions/embargo | noun; notarget
# 086 Allow international involvement
086 | allow ... observers/monitors/investigators/experts/mission/journalists into TGT
086 | allow/admit/accept ... observers/monitors/investigators/mission | notarget
086 | grant ... access to TGT
086 | grant TGT ... access
086 | give TGT ... access
086 | allow TGT ... access
086 | allow TGT access to
086 | allow TGT into
086 | let TGT into
086 | invite ... observers/monitors/investigators | notarget
086 | accept ... international ... involvement/mission/monitoring/investigation | notarget
086 | open ... airspace/port/ports/territory to TGT
086 | access for TGT | noun
# 0861 Receive deployment of peacekeepers
0861 | accept ... peacekeepers/peacekeeping | notarget
0861 | allow ... peacekeepers | notarget
0861 | allow ... peacekeepers/troops of/from TGT
0861 | receive ... peacekeepers | notarget
0861 | welcome ... peacekeepers | notarget
0861 | agree to ... deployment of ... peacekeepers/peacekeeping/force/mission | notarget
0861 | approve ... deployment of ... peacekeepers/force/mission | notarget
0861 | consent to ... deployment | notarget
# 0862 Receive inspectors
0862 | allow ... inspectors | notarget
0862 | allow ... inspectors from/of TGT
0862 | allow/permit/let TGT ... inspectors/observers/monitors
0862 | admit ... inspectors | notarget
0862 | accept ... inspectors/inspection/inspections | notarget
0862 | receive ... inspectors | notarget
0862 | grant ... inspectors ... access | notarget
0862 | let ... inspectors | notarget
0862 | allow ... inspection/inspections of | notarget
0862 | open ... site/sites/facility/facilities to ... inspectors/inspection | notarget
0862 | readmit ... inspectors | notarget
# 0863 Allow delivery of humanitarian aid
0863 | allow ... aid/supplies/convoys/convoy/trucks/food into TGT
0863 | allow ... aid/supplies/convoys/convoy/trucks/food to ... enter/reach TGT
0863 | allow ... aid/supplies/convoys/convoy | notarget
0863 | let ... aid/supplies/convoys/convoy/trucks | notarget
0863 | open ... humanitarian corridor/corridors | notarget
0863 | open ... corridor/corridors for | notarget
0863 | open ... crossing/crossings for ... aid/trucks/convoys | notarget
0863 | reopen ... crossing/crossings | notarget
0863 | grant ... humanitarian access | notarget
0863 | allow ... humanitarian access | notarget
0863 | allow ... humanitarian access to TGT
0863 | facilitate ... delivery of ... aid | notarget
0863 | humanitarian corridor/corridors | noun; notarget
0863 | humanitarian pause/pauses | noun; notarget
# 087 De-escalate military engagement
087 | de-escalate/deescalate | notarget
087 | scale back/down ... operations/offensive/attacks/strikes | notarget
087 | halt/suspend/stop ... offensive/operations/attacks/strikes/bombing/bombardment/shelling | notarget
087 | halt/suspend/stop ... offensive/operations/attacks/strikes/bombing/bombardment/shelling on/against/in TGT
087 | end ... offensive/operations/hostilities/bombing | notarget
087 | end ... operation/operations/offensive in/against TGT
087 | wind down ... operation/operations/mission | notarget
087 | wind down ... operation/operations/mission in TGT
087 | stand down | notarget
087 | pull back ... heavy weapons | notarget
087 | cease ... hostilities | notarget
087 | de-escalation/deescalation | noun; notarget
# 0871 Declare truce, ceasefire
0871 | declare ... ceasefire/cease-fire/truce/armistice | notarget
0871 | declare ... ceasefire/cease-fire/truce with TGT
0871 | announce ... ceasefire/cease-fire/truce | notarget
0871 | announce ... ceasefire/cease-fire/truce with TGT
0871 | call ... ceasefire/cease-fire/truce | notarget
0871 | order ... ceasefire/cease-fire/truce | notarget
0871 | observe ... ceasefire/cease-fire/truce | notarget
0871 | respect ... ceasefire/cease-fire/truce | notarget
0871 | implement ... ceasefire/cease-fire/truce | notarget
0871 | extend ... ceasefire/cease-fire/truce | notarget
0871 | extend ... ceasefire/cease-fire/truce with TGT
0871 | agree ... ceasefire/cease-fire/truce with TGT
0871 | sign ... ceasefire/cease-fire/truce/armistice | notarget
0871 | sign ... ceasefire/cease-fire/truce/armistice with TGT
0871 | reach ... ceasefire/cease-fire/truce with TGT
0871 | reach ... ceasefire/cease-fire/truce | notarget
0871 | cease fire | notarget
0871 | ceasefire/cease-fire/truce | noun; notarget
0871 | ceasefire/cease-fire/truce/armistice with TGT | noun
0871 | ceasefire/cease-fire/truce/armistice between SRC and TGT | noun
0871 | unilateral ... ceasefire/cease-fire/truce | noun; notarget
# 0872 Ease military blockade
0872 | lift ... blockade | notarget
0872 | lift ... blockade of/on/against TGT
0872 | ease ... blockade | notarget
0872 | ease ... blockade of/on/against TGT
0872 | end ... blockade/siege | notarget
0872 | end ... blockade/siege of/on TGT
0872 | lift ... siege | notarget
0872 | lift ... siege of/on TGT
0872 | break ... siege of TGT
0872 | open ... port/ports/border/crossing/crossings/roads/airspace | notarget
0872 | allow ... ships/vessels/shipping | notarget
0872 | lifting of ... blockade/siege | noun; notarget
0872 | lifting of ... blockade/siege of/on TGT | noun
# 0873 Demobilize armed forces
0873 | demobilize/demobilise | notarget
0873 | demobilize/demobilise ... fighters/forces/troops/militia/militias/combatants | notarget
0873 | disarm | notarget
0873 | disarm TGT
0873 | disband ... militia/militias/army/force/forces/unit/units/group | notarget
0873 | disband TGT
0873 | hand over ... weapons/arms/guns/rifles | notarget
0873 | hand in ... weapons/arms/guns/rifles | notarget
0873 | surrender ... weapons/arms/guns | notarget
0873 | give up ... weapons/arms | notarget
0873 | lay down ... weapons | notarget
0873 | lay down ... arms | notarget
0873 | decommission ... weapons/arms | notarget
0873 | dismantle ... weapons/arsenal/missiles/stockpile | notarget
0873 | destroy ... stockpile/stockpiles | notarget
0873 | reduce ... arsenal/stockpile/stockpiles | notarget
0873 | cut ... troop/troops/army/defence/defense ... numbers/strength | notarget
0873 | release ... child soldiers | notarget
0873 | disarmament/demobilization/demobilisation | noun; notarget
0873 | disarmament of TGT | noun
0873 | demobilization/demobilisation of TGT | noun
# 0874 Retreat or surrender militarily
0874 | withdraw ... from TGT
0874 | withdraw from TGT
0874 | withdraw ... troops/forces/soldiers | notarget
0874 | withdraw ... troops/forces/soldiers from TGT
0874 | pull out of TGT
0874 | pull ... out of TGT
0874 | pull ... troops/forces/soldiers ... out of TGT
0874 | pull out ... troops/forces/soldiers | notarget
0874 | pull out ... troops/forces/soldiers from TGT
0874 | pull back ... from TGT
0874 | pull back | notarget
0874 | retreat | notarget
0874 | retreat from TGT
0874 | retreat to | notarget
0874 | fall back | notarget
0874 | fall back from TGT
0874 | abandon ... position/positions/base/bases/camp/camps/posts | notarget
0874 | abandon ... position/positions/base/bases/camp/camps/posts in TGT
0874 | evacuate ... base/bases/positions/camp/camps | notarget
0874 | vacate ... base/bases/positions/camp/camps | notarget
0874 | leave ... base/bases/camp/camps ... in TGT
0874 | hand over ... base/bases/camp/camps to TGT
0874 | reduce ... forces/troops/presence/contingent in TGT
0874 | reduce ... forces/troops/presence/contingent | notarget
0874 | scale back ... presence/forces/troops/deployment in TGT
0874 | scale down ... presence/forces/troops/deployment in TGT
0874 | draw down ... troops/forces/presence in TGT
0874 | drawdown of ... troops/forces in TGT | noun
0874 | bring ... troops/soldiers/forces home | notarget
0874 | bring home ... troops/soldiers/forces | notarget
0874 | end ... military presence in TGT
0874 | end ... deployment in TGT
0874 | complete ... withdrawal from TGT
0874 | complete ... withdrawal | notarget
0874 | surrender | notarget
0874 | surrender to TGT
0874 | lay down ... arms/weapons to TGT
0874 | withdrawal from TGT | noun
0874 | withdrawal of SRC ... from TGT | noun
0874 | withdrawal | noun; notarget
0874 | troop withdrawal from TGT | noun
0874 | pullout from TGT | noun
0874 | pull-out from TGT | noun
0874 | pullout | noun; notarget
0874 | retreat from TGT | noun
0874 | surrender to TGT | noun
0874 | surrender | noun; notarget

# ---------------------------------------------------------------- 09 INVESTIGATE  (PLOVER ACCUSE / investigate; GDELT QuadClass 2)
# 090 Investigate
090 | investigate TGT
090 | probe TGT
090 | investigate | notarget
090 | open ... investigation/probe/inquiry into TGT
090 | open ... investigation/probe/inquiry | notarget
090 | launch ... investigation/probe/inquiry into TGT
090 | launch ... investigation/probe/inquiry | notarget
090 | order ... investigation/probe/inquiry into TGT
090 | order ... investigation/probe/inquiry | notarget
090 | begin/start/conduct/carry ... investigation/probe/inquiry into TGT
090 | set up ... commission/inquiry/committee to investigate | notarget
090 | audit TGT
090 | interrogate TGT
090 | examine ... conduct of TGT
# Also the passive "X has been placed under (formal) investigation by Y" (the TGT slot stays empty in
# the passive; the by-agent is the source): without a by-agent there is no source and no event.
090 | place/put TGT under ... investigation/inquiry/probe
090 | open/launch/begin/start/order ... investigation/probe/inquiry/case against TGT
090 | investigation/probe/inquiry against TGT | noun
090 | summon TGT for ... questioning
090 | investigation into/of TGT | noun
090 | probe into/of TGT | noun
090 | inquiry into TGT | noun
090 | enquiry into TGT | noun
090 | audit of TGT | noun
090 | questioning of TGT | noun
# 091 Investigate crime, corruption
091 | investigate ... corruption/fraud/embezzlement/bribery/graft/laundering/crime/crimes/smuggling/trafficking | notarget
091 | investigate ... tax evasion | notarget
091 | investigate TGT for ... corruption/fraud/embezzlement/bribery/graft/laundering/evasion/smuggling/trafficking
091 | investigate TGT over ... corruption/fraud/embezzlement/bribery/graft/laundering
091 | probe ... corruption/fraud/embezzlement/bribery/graft/laundering | notarget
091 | open ... investigation/probe/inquiry into ... corruption/fraud/embezzlement/bribery/graft/laundering | notarget
091 | launch ... investigation/probe/inquiry into ... corruption/fraud/embezzlement/bribery/graft/laundering | notarget
091 | raid ... offices/office/headquarters/home/homes of TGT
091 | search ... offices/office/headquarters/home/homes of TGT
091 | corruption investigation/probe/inquiry into/against TGT | noun
091 | fraud investigation/probe/inquiry into/against TGT | noun
091 | investigation into ... corruption/fraud/embezzlement/bribery | noun; notarget
# 092 Investigate human rights abuses
092 | investigate ... abuses/abuse/violations/torture/disappearances/killings/rights | notarget
092 | investigate ... human rights ... abuses/violations | notarget
092 | investigate ... abuses/violations/torture/killings by TGT
092 | probe ... abuses/violations/torture/killings/disappearances | notarget
092 | open ... investigation/probe/inquiry into ... abuses/violations/torture/killings/disappearances | notarget
092 | launch ... investigation/probe/inquiry into ... abuses/violations/torture/killings/disappearances | notarget
092 | document ... abuses/violations | notarget
092 | fact-finding mission to TGT | noun
092 | investigation into ... abuses/violations/torture/killings | noun; notarget
# 093 Investigate military action
093 | investigate ... attack/attacks/strike/strikes/airstrike/airstrikes/bombing/shelling/raid/ambush/incident/clashes | notarget
093 | investigate ... attack/attacks/strike/strikes/airstrike/airstrikes/bombing/shelling/raid by TGT
093 | probe ... attack/attacks/strike/strikes/airstrike/airstrikes/bombing/shelling/raid/incident | notarget
093 | open ... investigation/probe/inquiry into ... attack/strike/airstrike/bombing/shelling/raid/incident/crash | notarget
093 | launch ... investigation/probe/inquiry into ... attack/strike/airstrike/bombing/shelling/raid/incident/crash | notarget
093 | investigate ... downing/crash/sinking | notarget
093 | investigation into ... attack/strike/airstrike/bombing/shelling/raid | noun; notarget
# 094 Investigate war crimes
094 | investigate ... war crimes | notarget
094 | investigate ... crimes against humanity | notarget
094 | investigate ... genocide/massacre/massacres/atrocities | notarget
094 | investigate TGT for ... war crimes
094 | investigate TGT for ... genocide/atrocities
094 | investigate TGT for ... crimes against humanity
094 | investigate ... war crimes by/in TGT
094 | investigate ... atrocities/massacre/massacres by/in TGT
094 | probe ... war crimes | notarget
094 | probe ... massacre/massacres/atrocities/genocide | notarget
094 | open/launch ... investigation/probe/inquiry into ... war crimes | notarget
094 | open/launch ... investigation/probe/inquiry into ... crimes against humanity | notarget
094 | open/launch ... investigation/probe/inquiry into ... genocide/massacre/massacres/atrocities | notarget
094 | open/launch ... investigation/probe/inquiry into ... war crimes by/in TGT
094 | war crimes investigation/probe/inquiry into/against TGT | noun
094 | investigation into ... war crimes | noun; notarget
094 | investigation into ... genocide/massacre/atrocities | noun; notarget
