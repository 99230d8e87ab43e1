"""real2-dev batch 4: no-act passages and a dated preview."""
from .lib import D

DOCS = [
D("今年前三季度,广西经凭祥口岸进口越南水果120万吨,同比增长17%,榴莲进口量占全国四成。",
  date="2024-10-20", P="CN-GX", C="VNM", R="", register="stats",
  note="Trade statistics -> null. 凭祥 -> CN-GX."),
D("The 2024 China-Mongolia Expo will open in Hohhot on September 25 and run for five days, organisers told a press conference in Ulaanbaatar on Tuesday.",
  "fe|CN-NM|MNG||in|CN-NM|~|~|p|2024-09-25", date="2024-09-10", register="en_news",
  note="A dated, scheduled expo -> the event (forum_expo), date its first day; the press conference in Ulaanbaatar is the source, not the act. Hohhot -> CN-NM (Inner Mongolia, not Mongolia)."),
D("江苏将持续深化与“一带一路”沿线国家合作,推动更高水平对外开放。",
  date="2024-02-01", P="CN-JS", C="", R="", F="ou", register="goal",
  note="Goal statement -> null. 更高水平对外开放 -> opening_up."),
D("\"Our friendship with Fujian goes back to the days of the Maritime Silk Road,\" the Philippine consul general in Xiamen told a gathering of students.",
  date="2024-03-01", P="CN-FJ", C="PHL", R="", register="quote",
  note="Quoted remark -> null. The consulate seat (Xiamen) does not make an actor, but the remark is about Fujian's ties with the Philippines: Fujian is its subject and the Philippines the tie's other side (as retrospective summaries of ties are coded)."),
]
