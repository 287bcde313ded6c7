# Query latency at the headline size: p50 and p99 per engine and work,
# match=all and match=any. Run by bench/run:
#   gnuplot -e "data='DIR'; out='FILE.png'" bench/report/latency.gp
load data.'/vars.gp'
set terminal pngcairo size 1280,680 font ",10"
set output out
set title sprintf("Query latency per query at %s records: single thread, warm, 10 results (log scale)", headline)
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set logscale y
set yrange [0.1:*]
set ylabel "milliseconds"
set grid ytics
set key top left
set xtics font ",9"
set bmargin 5
set label 1 footer at screen 0.01, 0.02 font ",8"
plot data.'/latency.dat' using 2:xtic(1) title "match=all p50", \
     '' using 3 title "match=all p99", \
     '' using 4 title "match=any p50", \
     '' using 5 title "match=any p99"
