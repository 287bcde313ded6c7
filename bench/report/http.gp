# searchd over HTTP under wrk: requests/s and latency against connections,
# one line per corpus size (match=any). Run by bench/run:
#   gnuplot -e "data='DIR'; out='FILE.png'" bench/report/http.gp
load data.'/vars.gp'
set terminal pngcairo size 1280,560 font ",10"
set output out
set multiplot layout 1,2 title "searchd over HTTP, match=any, default facets (wrk on the same machine)"
set logscale x 2
set xtics (1, 8, 32, 128)
set xrange [0.7:180]
set xlabel "connections"
set grid
set key top left
set bmargin 6
set label 1 footer at screen 0.01, 0.02 font ",8"
set ylabel "requests/s"
set yrange [0:*]
plot for [i=1:words(http_sizes)] data.'/http-'.word(http_sizes, i).'.dat' \
     using 1:2 with linespoints lc i lw 2 title word(http_sizes, i).' records'
unset label 1
set logscale y
set yrange [*:*]
set ylabel "latency, ms: p99 solid, p50 dashed"
plot for [i=1:words(http_sizes)] data.'/http-'.word(http_sizes, i).'.dat' \
       using 1:4 with linespoints lc i lw 2 title word(http_sizes, i).' p99', \
     for [i=1:words(http_sizes)] data.'/http-'.word(http_sizes, i).'.dat' \
       using 1:3 with linespoints lc i dt 2 title word(http_sizes, i).' p50'
unset multiplot
