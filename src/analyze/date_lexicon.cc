#include "analyze/date_lexicon.h"

#include <map>
#include <string>
#include <unordered_map>

namespace newsdesk::analyze {
namespace {

// "<tag> <value> <folded phrase>" lines; written for newsdesk.
constexpr std::string_view kEn = R"(M 1 january
M 2 february
M 3 march
M 4 april
M 5 may
M 6 june
M 7 july
M 8 august
M 9 september
M 10 october
M 11 november
M 12 december
m 1 jan
m 2 feb
m 3 mar
m 4 apr
m 6 jun
m 7 jul
m 8 aug
m 9 sep
m 9 sept
m 10 oct
m 11 nov
m 12 dec
W 1 monday
W 2 tuesday
W 3 wednesday
W 4 thursday
W 5 friday
W 6 saturday
W 7 sunday
w 1 mon
w 2 tue
w 2 tues
w 3 wed
w 4 thu
w 4 thur
w 4 thurs
w 5 fri
w 6 sat
w 7 sun
D 0 today
D -1 yesterday
D 1 tomorrow
D 2 the day after tomorrow
D 2 day after tomorrow
D -2 the day before yesterday
D -2 day before yesterday
U 0 day
U 0 days
U 1 week
U 1 weeks
U 2 month
U 2 months
U 3 year
U 3 years
U 4 weekend
U 5 decade
P -1 last
P -1 previous
P -1 past
P 1 next
P 1 coming
P 1 following
P 0 this
P 0 current
A 0 ago
A 0 before
B 0 for
I 0 in
L 0 later
L 0 after
L 0 from now
Y 0 year
R 0 in
R 0 since
R 0 during
R 0 until
R 0 by
F 0 of
F 0 the
T 0 the
T 0 on the
O 0 st
O 0 nd
O 0 rd
O 0 th
N 0 last
N 0 past
N 0 the last
N 0 the past
X 0 next
X 0 the next
G 0 from
G 0 between
H 0 to
H 0 and
H 0 until
H 0 till
H 0 through
H 0 -
U 6 quarter
Z 0 at
Z 0 around
V 1 second
V 1 seconds
V 1 sec
V 1 secs
V 60 minute
V 60 minutes
V 60 min
V 60 mins
V 3600 hour
V 3600 hours
V 3600 hr
V 3600 hrs
V 3600 h
V 86400 day
V 86400 days
V 604800 week
V 604800 weeks
V 2592000 month
V 2592000 months
V 31536000 year
V 31536000 years
V 31536000 yr
V 31536000 yrs
K 3 a few
K 3 few
K 3 several
K 3 some
S 0 since
S 0 starting
S 0 starting from
S 0 starting on
S 0 as of
J 0 after
J 0 later than
E 0 before
E 0 until
E 0 till
E 0 earlier than
)";

constexpr std::string_view kIt = R"(M 1 gennaio
M 2 febbraio
M 3 marzo
M 4 aprile
M 5 maggio
M 6 giugno
M 7 luglio
M 8 agosto
M 9 settembre
M 10 ottobre
M 11 novembre
M 12 dicembre
m 1 gen
m 2 feb
m 3 mar
m 4 apr
m 5 mag
m 6 giu
m 7 lug
m 8 ago
m 9 set
m 9 sett
m 10 ott
m 11 nov
m 12 dic
W 1 lunedi
W 2 martedi
W 3 mercoledi
W 4 giovedi
W 5 venerdi
W 6 sabato
W 7 domenica
w 1 lun
w 2 mar
w 3 mer
w 4 gio
w 5 ven
w 6 sab
w 7 dom
D 0 oggi
D -1 ieri
D 1 domani
D 2 dopodomani
D -2 altroieri
D -2 l altro ieri
D -2 ieri l altro
U 0 giorno
U 0 giorni
U 1 settimana
U 1 settimane
U 2 mese
U 2 mesi
U 3 anno
U 3 anni
U 4 fine settimana
U 4 weekend
U 5 decennio
P -1 lo scorso
P -1 la scorsa
P -1 scorso
P -1 scorsa
P -1 l ultimo
P -1 l ultima
P 1 il prossimo
P 1 la prossima
P 1 prossimo
P 1 prossima
P 0 questo
P 0 questa
P 0 quest
Q -1 scorso
Q -1 scorsa
Q -1 passato
Q -1 passata
Q -1 precedente
Q 1 prossimo
Q 1 prossima
Q 1 venturo
Q 1 ventura
Q 1 successivo
Q 1 successiva
Q 0 corrente
Q 0 in corso
A 0 fa
I 0 tra
I 0 fra
I 0 entro
L 0 dopo
L 0 piu tardi
Y 0 anno
R 0 nel
R 0 dal
R 0 entro il
R 0 fino al
F 0 di
F 0 del
T 0 il
T 0 l
T 0 lo
N 0 ultimi
N 0 ultime
N 0 gli ultimi
N 0 le ultime
X 0 prossimi
X 0 prossime
X 0 i prossimi
X 0 le prossime
G 0 da
G 0 dal
G 0 dalla
G 0 dall
G 0 tra
G 0 fra
H 0 a
H 0 ad
H 0 al
H 0 alla
H 0 all
H 0 e
H 0 fino a
H 0 fino al
H 0 -
U 6 trimestre
Z 0 alle
Z 0 alle ore
Z 0 all
Z 0 verso le
Z 0 per le
Z 0 dalle
V 1 secondo
V 1 secondi
V 1 sec
V 60 minuto
V 60 minuti
V 60 min
V 3600 ora
V 3600 ore
V 86400 giorno
V 86400 giorni
V 604800 settimana
V 604800 settimane
V 2592000 mese
V 2592000 mesi
V 31536000 anno
V 31536000 anni
K 3 alcuni
K 3 alcune
K 3 qualche
K 3 diversi
K 3 diverse
K 3 un paio di
S 0 da
S 0 dal
S 0 dall
S 0 dalla
S 0 a partire da
S 0 a partire dal
S 0 a partire dall
J 0 dopo
J 0 dopo il
J 0 dopo l
E 0 prima del
E 0 prima di
E 0 prima dell
E 0 fino al
E 0 fino a
E 0 fino all
E 0 entro il
E 0 entro
)";

constexpr std::string_view kDe = R"(M 1 januar
M 1 janner
M 2 februar
M 2 feber
M 3 marz
M 3 maerz
M 4 april
M 5 mai
M 6 juni
M 7 juli
M 8 august
M 9 september
M 10 oktober
M 11 november
M 12 dezember
m 1 jan
m 2 feb
m 3 mar
m 4 apr
m 6 jun
m 7 jul
m 8 aug
m 9 sep
m 9 sept
m 10 okt
m 11 nov
m 12 dez
W 1 montag
W 2 dienstag
W 3 mittwoch
W 4 donnerstag
W 5 freitag
W 6 samstag
W 6 sonnabend
W 7 sonntag
w 1 mo
w 2 di
w 3 mi
w 4 do
w 5 fr
w 6 sa
w 7 so
D 0 heute
D -1 gestern
D 1 morgen
D 2 ubermorgen
D 2 uebermorgen
D -2 vorgestern
U 0 tag
U 0 tage
U 0 tagen
U 1 woche
U 1 wochen
U 2 monat
U 2 monate
U 2 monaten
U 3 jahr
U 3 jahre
U 3 jahren
U 4 wochenende
U 5 jahrzehnt
P -1 letzte
P -1 letzten
P -1 letzter
P -1 letztes
P -1 vergangene
P -1 vergangenen
P -1 vergangener
P -1 vergangenes
P -1 vorige
P -1 vorigen
P -1 voriges
P -1 vorigem
P 1 nachste
P 1 nachsten
P 1 nachster
P 1 nachstes
P 1 naechste
P 1 naechsten
P 1 kommende
P 1 kommenden
P 0 diese
P 0 diesen
P 0 dieses
P 0 diesem
P 0 dieser
B 0 vor
I 0 in
L 0 spater
L 0 danach
Y 0 jahr
R 0 im
R 0 seit
R 0 bis
R 0 ab
F 0 des
T 0 am
T 0 den
T 0 der
T 0 dem
O 0 .
N 0 letzten
N 0 vergangenen
N 0 die letzten
N 0 den letzten
N 0 die vergangenen
N 0 den vergangenen
X 0 nachsten
X 0 die nachsten
X 0 kommenden
X 0 die kommenden
G 0 von
G 0 vom
G 0 zwischen
H 0 bis
H 0 bis zum
H 0 und
H 0 -
U 6 quartal
Z 0 um
Z 0 gegen
V 1 sekunde
V 1 sekunden
V 1 sek
V 60 minute
V 60 minuten
V 60 min
V 3600 stunde
V 3600 stunden
V 3600 std
V 86400 tag
V 86400 tage
V 86400 tagen
V 86400 tg
V 604800 woche
V 604800 wochen
V 2592000 monat
V 2592000 monate
V 2592000 monaten
V 31536000 jahr
V 31536000 jahre
V 31536000 jahren
K 3 einige
K 3 ein paar
K 3 mehrere
S 0 seit
S 0 ab
S 0 seit dem
J 0 nach
J 0 nach dem
E 0 bis
E 0 bis zum
E 0 vor dem
)";

constexpr std::string_view kFr = R"(M 1 janvier
M 2 fevrier
M 3 mars
M 4 avril
M 5 mai
M 6 juin
M 7 juillet
M 8 aout
M 9 septembre
M 10 octobre
M 11 novembre
M 12 decembre
m 1 janv
m 2 fevr
m 2 fev
m 4 avr
m 7 juil
m 9 sept
m 10 oct
m 11 nov
m 12 dec
W 1 lundi
W 2 mardi
W 3 mercredi
W 4 jeudi
W 5 vendredi
W 6 samedi
W 7 dimanche
D 0 aujourd hui
D -1 hier
D 1 demain
D 2 apres demain
D -2 avant hier
U 0 jour
U 0 jours
U 0 journee
U 1 semaine
U 1 semaines
U 2 mois
U 3 an
U 3 ans
U 3 annee
U 3 annees
U 4 week end
U 4 weekend
U 5 decennie
P -1 le dernier
P -1 la derniere
P 1 le prochain
P 1 la prochaine
P 0 ce
P 0 cet
P 0 cette
Q -1 dernier
Q -1 derniere
Q -1 passe
Q -1 passee
Q -1 precedent
Q -1 precedente
Q 1 prochain
Q 1 prochaine
Q 1 suivant
Q 1 suivante
Q 0 en cours
B 0 il y a
I 0 dans
L 0 plus tard
L 0 apres
Y 0 annee
Y 0 an
R 0 en
R 0 depuis
R 0 jusqu en
F 0 de
F 0 d
T 0 le
T 0 l
O 0 er
O 0 e
N 0 derniers
N 0 dernieres
N 0 les derniers
N 0 les dernieres
X 0 prochains
X 0 prochaines
X 0 les prochains
X 0 les prochaines
G 0 du
G 0 de
G 0 entre
H 0 au
H 0 a
H 0 et
H 0 jusqu au
H 0 -
U 6 trimestre
T 0 la
Z 0 a
Z 0 vers
V 1 seconde
V 1 secondes
V 1 sec
V 60 minute
V 60 minutes
V 60 min
V 3600 heure
V 3600 heures
V 86400 jour
V 86400 jours
V 604800 semaine
V 604800 semaines
V 2592000 mois
V 31536000 an
V 31536000 ans
V 31536000 annee
V 31536000 annees
K 3 quelques
K 3 plusieurs
S 0 depuis
S 0 a partir de
S 0 a partir du
J 0 apres
J 0 apres le
)";

constexpr std::string_view kEs = R"(M 1 enero
M 2 febrero
M 3 marzo
M 4 abril
M 5 mayo
M 6 junio
M 7 julio
M 8 agosto
M 9 septiembre
M 9 setiembre
M 10 octubre
M 11 noviembre
M 12 diciembre
m 1 ene
m 2 feb
m 3 mar
m 4 abr
m 6 jun
m 7 jul
m 8 ago
m 9 sep
m 9 sept
m 9 set
m 10 oct
m 11 nov
m 12 dic
W 1 lunes
W 2 martes
W 3 miercoles
W 4 jueves
W 5 viernes
W 6 sabado
W 7 domingo
D 0 hoy
D -1 ayer
D 1 manana
D 2 pasado manana
D -2 anteayer
D -2 antier
D -2 antes de ayer
D -2 antes de ayer
U 0 dia
U 0 dias
U 1 semana
U 1 semanas
U 2 mes
U 2 meses
U 3 ano
U 3 anos
U 4 fin de semana
U 5 decada
P -1 el pasado
P -1 la pasada
P -1 pasado
P -1 pasada
P -1 el ultimo
P -1 la ultima
P 1 el proximo
P 1 la proxima
P 1 proximo
P 1 proxima
P 0 este
P 0 esta
Q -1 pasado
Q -1 pasada
Q -1 anterior
Q 1 proximo
Q 1 proxima
Q 1 que viene
Q 1 siguiente
Q 0 en curso
B 0 hace
I 0 dentro de
I 0 en
L 0 despues
L 0 mas tarde
Y 0 ano
R 0 en
R 0 desde
R 0 hasta
F 0 de
F 0 del
T 0 el
O 0 º
O 0 °
O 0 o
N 0 ultimos
N 0 ultimas
N 0 los ultimos
N 0 las ultimas
X 0 proximos
X 0 proximas
X 0 los proximos
X 0 las proximas
G 0 de
G 0 del
G 0 desde
G 0 entre
H 0 a
H 0 al
H 0 y
H 0 hasta
H 0 hasta el
H 0 -
U 6 trimestre
T 0 la
T 0 los
T 0 las
Z 0 a las
Z 0 a la
Z 0 sobre las
V 1 segundo
V 1 segundos
V 1 seg
V 60 minuto
V 60 minutos
V 60 min
V 3600 hora
V 3600 horas
V 86400 dia
V 86400 dias
V 604800 semana
V 604800 semanas
V 2592000 mes
V 2592000 meses
V 31536000 ano
V 31536000 anos
K 3 unos
K 3 unas
K 3 algunos
K 3 algunas
K 3 varios
K 3 varias
S 0 desde
S 0 a partir de
S 0 a partir del
J 0 despues de
J 0 despues del
J 0 posterior a
J 0 posterior de
E 0 antes de
E 0 antes del
E 0 hasta
E 0 hasta el
E 0 anterior a
E 0 anterior de
)";

constexpr std::string_view kPt = R"(M 1 janeiro
M 2 fevereiro
M 3 marco
M 4 abril
M 5 maio
M 6 junho
M 7 julho
M 8 agosto
M 9 setembro
M 10 outubro
M 11 novembro
M 12 dezembro
m 1 jan
m 2 fev
m 3 mar
m 4 abr
m 5 mai
m 6 jun
m 7 jul
m 8 ago
m 9 set
m 10 out
m 11 nov
m 12 dez
W 1 segunda feira
W 1 segundafeira
W 2 terca feira
W 2 terca
W 3 quarta feira
W 4 quinta feira
W 5 sexta feira
W 6 sabado
W 7 domingo
D 0 hoje
D -1 ontem
D 1 amanha
D 2 depois de amanha
D -2 anteontem
D -2 antes de ontem
U 0 dia
U 0 dias
U 1 semana
U 1 semanas
U 2 mes
U 2 meses
U 3 ano
U 3 anos
U 4 fim de semana
U 5 decada
P -1 o ultimo
P -1 a ultima
P -1 ultimo
P -1 ultima
P 1 o proximo
P 1 a proxima
P 1 proximo
P 1 proxima
P 0 este
P 0 esta
P 0 neste
P 0 nesta
Q -1 passado
Q -1 passada
Q -1 anterior
Q 1 proximo
Q 1 proxima
Q 1 que vem
Q 1 seguinte
A 0 atras
B 0 ha
I 0 daqui a
I 0 dentro de
I 0 em
L 0 depois
L 0 mais tarde
Y 0 ano
R 0 em
R 0 desde
R 0 ate
F 0 de
F 0 do
T 0 o
T 0 dia
O 0 º
O 0 °
O 0 o
N 0 ultimos
N 0 ultimas
N 0 os ultimos
N 0 as ultimas
X 0 proximos
X 0 proximas
X 0 os proximos
X 0 as proximas
G 0 de
G 0 do
G 0 desde
G 0 entre
H 0 a
H 0 ao
H 0 e
H 0 ate
H 0 ate o
H 0 -
U 6 trimestre
T 0 a
Z 0 as
Z 0 a
V 1 segundo
V 1 segundos
V 1 seg
V 60 minuto
V 60 minutos
V 60 min
V 3600 hora
V 3600 horas
V 86400 dia
V 86400 dias
V 604800 semana
V 604800 semanas
V 2592000 mes
V 2592000 meses
V 31536000 ano
V 31536000 anos
K 3 alguns
K 3 algumas
K 3 varios
K 3 varias
S 0 desde
S 0 a partir de
S 0 a partir do
J 0 depois de
J 0 depois do
E 0 antes de
E 0 antes do
E 0 ate
E 0 ate o
)";

using Table = std::unordered_map<std::string, std::vector<std::pair<DateWord, int>>>;

struct Lexicon {
  Table phrases;
  std::unordered_map<std::string, int> first_words;  // first word of some phrase: quick reject
  size_t max_words = 1;
};

Lexicon parse(std::string_view table) {
  Lexicon lex;
  size_t pos = 0;
  while (pos < table.size()) {
    size_t nl = table.find('\n', pos);
    if (nl == std::string_view::npos) nl = table.size();
    std::string_view line = table.substr(pos, nl - pos);
    pos = nl + 1;
    size_t a = line.find(' ');
    size_t b = line.find(' ', a + 1);
    if (a == std::string_view::npos || b == std::string_view::npos) continue;
    auto kind = static_cast<DateWord>(line[0]);
    int value = std::stoi(std::string(line.substr(a + 1, b - a - 1)));
    std::string phrase(line.substr(b + 1));
    size_t words = 1;
    for (char c : phrase) words += c == ' ';
    lex.max_words = std::max(lex.max_words, words);
    lex.phrases[phrase].emplace_back(kind, value);
    lex.first_words.emplace(phrase.substr(0, phrase.find(' ')), 0);
  }
  return lex;
}

const Lexicon& lexicon_for(std::string_view language) {
  static const Lexicon en = parse(kEn), it = parse(kIt), de = parse(kDe), fr = parse(kFr), es = parse(kEs),
                       pt = parse(kPt);
  std::string_view l = language.substr(0, 2);
  if (l == "it") return it;
  if (l == "de") return de;
  if (l == "fr") return fr;
  if (l == "es") return es;
  if (l == "pt") return pt;
  return en;
}

bool is_joiner(const FactToken& t) {
  return t.kind == TokenKind::kMark && (t.folded == "-" || t.folded == "'" || t.folded == "\u2019");
}

}  // namespace

std::vector<DateWordMatch> match_date_words(const std::vector<FactToken>& tokens, size_t i,
                                            std::string_view language) {
  std::vector<DateWordMatch> out;
  if (i >= tokens.size()) return out;
  const FactToken& first = tokens[i];
  // Ordinal and German day dots are marks; everything else starts with a word.
  if (first.kind == TokenKind::kDigits) return out;
  const Lexicon& lex = lexicon_for(language);
  if (!lex.first_words.count(first.folded)) return out;
  std::string phrase;
  size_t j = i;
  size_t words = 0;
  std::vector<std::pair<std::string, size_t>> candidates;
  while (j < tokens.size() && words < lex.max_words) {
    const FactToken& t = tokens[j];
    if (t.kind == TokenKind::kDigits) break;
    if (t.kind == TokenKind::kMark) {
      if (words == 0) {
        candidates.emplace_back(t.folded, j + 1);
        break;
      }
      if (!is_joiner(t)) break;
      ++j;
      continue;
    }
    if (words > 0) phrase += ' ';
    phrase += t.folded;
    ++words;
    ++j;
    candidates.emplace_back(phrase, j);
  }
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    auto found = lex.phrases.find(it->first);
    if (found == lex.phrases.end()) continue;
    for (auto& [kind, value] : found->second) out.push_back({kind, value, it->second});
  }
  return out;
}

}  // namespace newsdesk::analyze
