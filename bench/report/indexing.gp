# Indexing throughput per engine and corpus size (records/s, same JSONL
# input). Run by bench/run:
#   gnuplot -e "data='DIR'; out='FILE.png'" bench/report/indexing.gp
load data.'/vars.gp'
set terminal pngcairo size 1000,600 font ",10"
set output out
set title "Indexing throughput (records/s, higher is better; load + index build)"
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set yrange [0:*]
set ylabel "records/s"
set xlabel "records"
set grid ytics
set key top left
set bmargin 6
set label 1 footer at screen 0.01, 0.02 font ",8"
plot data.'/indexing.dat' using 2:xtic(1) title "indexer build", \
     '' using 3 title "indexer build --shards 2", \
     '' using 4 title "SQLite FTS5", \
     '' using 5 title "PostgreSQL"
