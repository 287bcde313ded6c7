// Word lists and sentence templates for gen-corpus (the seeded synthetic
// corpus generator). Everything here is plain data; gen_corpus.cc derives
// the inflected vocabulary from the roots at start-up.
//
// Roots are written "root:flags". Each flag derives one or two words:
//   n  the root itself, as a noun          (data, desa, aplikasi)
//   a  the root itself, as an adjective    (mudah, cepat, efektif)
//   N  peN-...-an noun, nasal-assimilated  (layan -> pelayanan, kelola -> pengelolaan)
//   E  peN- agent noun                     (suluh -> penyuluh, guna -> pengguna)
//   P  per-...-an noun                     (izin -> perizinan, tani -> pertanian)
//   K  ke-...-an noun                      (duduk -> kependudukan, sehat -> kesehatan)
//   A  -an noun                            (layan -> layanan, bantu -> bantuan)
//   R  reduplicated plural                 (anak -> anak-anak)
//   M  meN- / di- verbs                    (kelola -> mengelola, dikelola)
//   V  meN- verb without a passive         (antre -> mengantre)
//   m  meN-...-kan / di-...-kan verbs      (mudah -> memudahkan, dimudahkan)
//   I  meN-...-i / di-...-i verbs          (layan -> melayani, dilayani)
//   O  memper- / diper- verbs              (cepat -> mempercepat, dipercepat)
//   B  ber- verb                           (basis -> berbasis, ajar is irregular)
//   T  ter- verb/adjective                 (padu -> terpadu, jangkau -> terjangkau)
// Irregular words that the rules would get wrong are listed in full below.
//
// Strings here must never contain '"', '\\' or control characters: the
// generator writes them into JSON unescaped (it checks this at start-up).
// In templates, {SLOT} is a slot and (a|b|c) picks one alternative; the
// alternatives may themselves contain slots and nested alternatives.
#pragma once

namespace vocab {

// clang-format off
static const char* const kRoots[] = {
  // administrasi, layanan, tata kelola
  "layan:NAIE", "izin:Pmn", "duduk:KE", "catat:NMAET", "daftar:NMmnET",
  "urus:NMAE", "kelola:NME", "atur:NMAPE", "tata:NMn", "terbit:Nm", "sah:Nma",
  "rekam:NMAT", "cetak:NMA", "cek:NM", "verifikasi:nMT", "validasi:nMT",
  "integrasi:nmT", "mutakhir:Nma", "ubah:PM", "pindah:PmB", "datang:K",
  "lahir:Km", "mati:K", "kawin:P", "cerai:P", "akta:n", "arsip:nN",
  "dokumen:n", "berkas:n", "syarat:nPm", "mohon:PE", "aju:Nm", "antre:AV",
  "tunggu:M", "proses:nM", "selesai:Nma", "akses:nM", "informasi:n",
  "komunikasi:nB", "sosialisasi:nm", "koordinasi:nmB", "evaluasi:nM",
  "pantau:NMT", "awas:NIE", "periksa:NME", "uji:NMA", "ukur:NMAT",
  "hitung:NMAP", "nilai:NMn", "capai:NMA", "hasil:nmB", "target:nm",
  "sasar:AM", "rencana:nPmT", "susun:NMA", "tetap:NmKa", "putus:Km",
  "bijak:Ka", "program:nR", "giat:K", "anggar:Am", "biaya:nNI", "dana:nN",
  "bayar:NMA", "pungut:NMA", "tagih:NMA", "pajak:nP", "retribusi:n",
  "terima:NME", "dapat:Nm", "keluar:NmA", "masuk:NmA", "aset:n", "uang:Kn",
  "belanja:nB", "modal:nP", "tanam:NMA", "investasi:n", "usaha:nPBE",
  "dagang:P", "industri:nP", "koperasi:n", "ekonomi:nP", "pasar:nNmR",
  "jual:NMA", "beli:NME", "produk:n", "produksi:nM", "olah:NMA", "kemas:NMA",
  "latih:NMAE", "bina:NME", "damping:NIE", "kembang:NmPB", "bantu:MA",
  "dukung:MAE", "tingkat:Nmn", "kuat:aNOK", "luas:aPO", "baik:aP",
  "bangun:NMA", "rawat:NME", "pelihara:NM", "jaga:NM", "lindung:PI",
  "aman:aKmN", "selamat:aKm", "tanggulang:NI", "cegah:NM", "tangan:NI",
  "bakar:KNM", "banjir:n", "bencana:n", "gempa:n", "siaga:a", "siap:aKmP",
  "tanggap:a", "darurat:a", "evakuasi:n", "ungsi:NE", "pulih:Nm",
  "tertib:aKNm", "langgar:NME", "tindak:NMA", "tegak:Nm", "razia:n",
  "patroli:n", "hukum:nA", "adil:aKP", "lapor:NmAE", "adu:NmA", "keluh:Am",
  "saran:nm", "aspirasi:n", "tanya:Pm", "jawab:MA", "respons:nM",
  "partisipasi:nB", "libat:mT", "peran:nAB", "swadaya:n",
  // kesehatan, lingkungan, air
  "sehat:Kam", "sakit:a", "obat:nNI", "imunisasi:n", "vaksin:n",
  "vaksinasi:n", "gizi:n", "stunting:n", "ibu:n", "hamil:aK", "salin:P",
  "bidan:n", "dokter:n", "klinik:n", "pasien:n", "rujuk:MA", "darah:n",
  "ambulans:n", "jamin:NMAT", "lingkung:A", "bersih:aKmN", "sampah:n",
  "limbah:n", "hijau:aN", "pohon:nR", "air:n", "sungai:n", "cemar:NI",
  "buang:NM", "sanitasi:n", "minum:nA", "jamban:n", "sumur:n", "pipa:n",
  "alir:NAm", "sambung:NAm", "pasang:NM", "meter:n", "langgan:E",
  "rehabilitasi:n", "kompos:n", "plastik:n", "emisi:n", "udara:n",
  // pendidikan, sosial
  "didik:NME", "sekolah:nBR", "guru:n", "siswa:n", "murid:n", "ajar:NME",
  "baca:MAE", "tulis:NMAE", "literasi:n", "numerasi:n", "pustaka:nP",
  "buku:n", "kelas:n", "kurikulum:n", "beasiswa:n", "prestasi:nB",
  "karakter:n", "kreatif:a", "pintar:a", "cerdas:aKm", "lulus:KA", "asuh:NMA",
  "anak:nR", "remaja:n", "keluarga:n", "miskin:aK", "sejahtera:aKm",
  "sosial:a", "salur:NmA", "santun:A", "keras:aK", "difabel:n",
  "disabilitas:n", "lansia:n", "terlantar:a",
  // perumahan, infrastruktur, kerja, pertanian, perikanan, wisata
  "rumah:nPR", "huni:MAE", "mukim:P", "kumuh:a", "jalan:nPBm", "jembatan:n",
  "irigasi:n", "drainase:n", "tenaga:n", "karya:nB", "magang:nN",
  "kompetensi:n", "sertifikasi:nT", "upah:n", "lowong:A", "tani:P",
  "sawah:n", "panen:n", "pupuk:nNM", "benih:n", "bibit:n", "ternak:nPB",
  "kebun:nP", "ikan:nP", "nelayan:n", "laut:nA", "tangkap:NMA",
  "budidaya:n", "pangan:n", "padi:n", "jagung:n", "beras:n", "harga:nNI",
  "gudang:n", "pasok:MA", "distribusi:nm", "tahan:K", "hutan:nK",
  "wisata:nB", "budaya:nKB", "seni:n", "adat:n", "tradisional:a",
  "lestari:NKm", "promosi:nm", "kunjung:AIE", "tamu:n", "desa:nR",
  "kota:nP", "kampung:nR", "dusun:nR", "wilayah:n", "daerah:nR", "pusat:n",
  "perintah:NEm", "negara:n", "rakyat:n", "warga:n", "masyarakat:n",
  "publik:a", "umum:aNm", "jabat:A", "pegawai:nK", "aparatur:n",
  "birokrasi:n", "reformasi:n", "disiplin:n", "kinerja:n", "presensi:n",
  "kantor:nPR", "gaji:n", "tunjang:A", "karier:n", "mutasi:n",
  "rekrutmen:n", "seleksi:n", "angka:n", "kredit:n", "festival:n",
  "museum:n", "destinasi:n", "tambak:n", "pakan:n", "logistik:n",
  "mitigasi:n", "konstruksi:n", "transportasi:n", "kemacetan:n",
  // digital
  "digital:a", "digitalisasi:nT", "daring:a", "luring:a", "aplikasi:n",
  "sistem:n", "teknologi:n", "internet:n", "jaring:A", "server:n",
  "situs:n", "laman:n", "portal:n", "data:nNMT", "basis:nB", "sinyal:n",
  "ponsel:n", "gawai:n", "komputer:n", "elektronik:a", "otomatis:a",
  "akun:n", "sandi:n", "unggah:MA", "unduh:M", "kirim:NMAm", "pesan:nNM",
  "antar:NM", "jemput:NM", "bola:n", "gerak:AmBE", "kampanye:nm",
  "inovasi:nB", "kreasi:n", "ide:n", "gagas:AE", "prakarsa:n",
  "inisiatif:n", "terobos:A", "solusi:n", "masalah:nPB", "kendala:n",
  "hambat:AM", "tantang:A", "peluang:n", "potensi:n", "manfaat:nNmB",
  "guna:nNEmB", "dampak:nB", "efek:n", "sukses:am", "gagal:aK",
  "indikator:n", "indeks:n", "survei:n", "puas:aKm", "kualitas:nB",
  "mutu:nB", "standar:nT", "prosedur:n", "operasional:a", "mekanisme:n",
  "alur:n", "tahap:nA", "langkah:n", "strategi:n", "metode:n", "pola:n",
  "model:n", "konsep:n", "tuju:AM", "visi:n", "misi:n", "fokus:nm",
  "prioritas:n", "utama:a", "penting:aK", "perlu:Km", "butuh:Km",
  "minta:PM", "tawar:NM", "harap:Am", "percaya:K", "transparan:a",
  "transparansi:n", "akuntabel:a", "akuntabilitas:n", "efektif:a",
  "efektivitas:n", "efisien:a", "efisiensi:n", "responsif:a", "inklusif:a",
  "partisipatif:a", "kolaborasi:nB", "sinergi:nB", "mitra:nK", "swasta:n",
  "komunitas:n", "relawan:n", "kader:n", "tokoh:n", "muda:a",
  "perempuan:n", "hidup:Km", "tempat:nNm", "lokasi:n", "ruang:nA",
  "gedung:n", "fasilitas:nI", "sarana:n", "prasarana:n", "alat:nP",
  "kendara:A", "angkut:NMA", "parkir:nP", "terminal:n", "halte:n",
  "tumpang:E", "kemudi:Em", "hubung:PmAT", "kapal:n", "labuh:N",
  "dermaga:n", "pulau:nKR", "pesisir:n", "pantai:n", "mangrove:n",
  "konservasi:n", "pandu:EA", "kuliner:n", "rajin:aK", "batik:n",
  "tenun:nA", "ekspor:n", "pinjam:AN", "simpan:ANM", "tabung:A", "bank:n",
  "zakat:n", "bisnis:n", "merek:n", "halal:a", "lahan:n", "tanah:n",
  "sertifikat:n", "batas:nNIT", "peta:nN", "sengketa:n", "konflik:n",
  "damai:aKP", "rukun:a", "toleransi:n", "ajak:AM", "imbau:AM", "suluh:NE",
  "kenal:Nm", "sadar:aKm", "paham:NI", "peduli:aK",
  "olahraga:n", "bugar:aK", "jiwa:n", "ramah:a", "nyaman:aK", "indah:a",
  "rapi:a", "lancar:aKO", "cepat:aPO", "tepat:aK", "lambat:a",
  "mudah:aKmO", "sulit:aK", "murah:a", "mahal:a", "jangkau:NMT",
  "akurat:a", "valid:a", "lengkap:aKI", "benar:aK", "salah:aK",
  "jelas:aKm", "baru:aN", "lama:a", "modern:a", "manual:a",
  "konvensional:a", "sederhana:aNm", "canggih:a", "praktis:a", "padu:Tm",
  "satu:Pm", "pintu:n", "loket:n", "meja:n", "mal:n", "gerai:n", "pojok:n",
  "kios:n", "titik:n", "pos:n", "unit:n", "bidang:n", "seksi:n", "bagi:NmA",
  "kepala:n", "camat:nK", "lurah:nK", "bupati:n", "gubernur:n",
  "menteri:n", "dinas:n", "badan:n", "lembaga:nK", "organisasi:n",
  "instansi:n", "satuan:n", "aparat:n", "tugas:nBNm", "operator:n",
  "administrasi:n", "verifikator:n", "surat:n", "naskah:n", "formulir:n",
  "blangko:n", "kartu:n", "identitas:n", "nomor:n", "induk:n",
  "anggota:nK", "iuran:n", "klaim:nM", "tunggak:A", "denda:n", "sanksi:n",
  "insentif:n", "hadiah:n", "apresiasi:n", "juara:n", "lomba:nP",
  "kompetisi:n", "unggul:aK", "mandiri:aK", "saing:PB", "tumbuh:PmA",
  "maju:aKm", "turun:Nm", "naik:Km", "tambah:NmAB", "kurang:NIKB",
  "tekan:NMA", "hemat:aNM", "pangkas:NM", "singkat:a", "ringkas:aM",
  "potong:NM", "hapus:NM", "ganti:NM", "tukar:PM", "isi:nNM", "rekap:nM",
  "saji:NmA", "tampil:NmA", "lihat:MT", "buka:NMT", "tutup:NMT",
  "kunci:n", "lacak:NM", "cari:NME", "temu:NmAPB", "kumpul:NmABT",
  "rapat:n", "musyawarah:n", "forum:n", "diskusi:n", "konsultasi:n",
  "edukasi:n", "advokasi:n", "mediasi:n", "fasilitasi:n", "asistensi:n",
  "supervisi:n", "audit:n", "realisasi:n", "serap:NA", "barang:n",
  "jasa:n", "lelang:nN", "ada:NmKB", "sedia:NmTP", "pasti:aKm", "hak:n",
  "wajib:aKm", "milik:nI", "kuasa:n", "wenang:K", "kendali:nNmT",
  "arah:nNmT", "pimpin:MAE", "komitmen:n", "integritas:n", "sumber:n",
  "daya:nB", "manusia:n", "alam:n", "energi:n", "listrik:n", "bahan:n",
  "minyak:n", "tambang:nP", "cakup:AM", "sebar:NmAT", 
  "setara:K", "gender:n", "inklusi:n", "deteksi:nM", "dini:a",
  "skrining:n", "timbang:NMA", "berat:a", "tinggi:aK", "rendah:a",
  "makan:A", "susu:n", "telur:n", "sayur:nA", "buah:n", "dapur:n",
  "ronda:n", "kriminalitas:n", "curi:NM", "narkoba:n", "judi:nP",
  "tawur:A", "polisi:nK", "padam:Nm", "buruh:n", "migran:a", "hadir:aKI",
  "cuti:n", "pensiun:n", "pangkat:nK", "angkat:NM", "diklat:n",
  "kapasitas:n", "profesionalisme:n", "platform:n", "dasbor:n", "fitur:n",
  "menu:n", "notifikasi:n", "media:n", "video:n", "foto:n", "gambar:n",
  "sensor:n", "kamera:n", "layar:n", "radio:n", "siar:ANm", "berita:n",
  "publikasi:n", "dokumentasi:n", "regulasi:n", "pedoman:n", "tunjuk:Nm",
  "teknis:a", "modul:n", "materi:n", "konten:n", "paket:n", "tahun:n",
  "bulan:n", "minggu:n", "hari:n", "jam:n", "menit:n", "waktu:n", "masa:n",
  "periode:n", "jumlah:n", "rasio:n", "skor:n",
  // common verbs of government prose
  "beri:NMm", "laku:mBEP", "laksana:NmE", "terap:Nm", "wujud:nmP",
  "sampai:Nm", "buat:NM", "ambil:NM", "pakai:NME", "pilih:NMAE",
  "tentu:NmK", "dorong:MAE", "ikut:I", "jadi:VmK", "hadap:I", "alami:M",
  "rasa:nmP", "selenggara:NmE", "upaya:nmB", "optimal:am",
  "optimalisasi:n", "maksimal:am", "fungsi:nB", "domisili:nB", "usia:nB",
  "risiko:nB", "wawasan:n", "akreditasi:nT", "koneksi:T", "lemah:aK",
  "besar:aO", "kecil:aO", "panjang:a", "pendek:a", "dekat:aNm", "jauh:a",
  "padat:aK", "langsung:aB", "bagus:a", "buruk:a", "rusak:aK", "penuh:aNI",
  "total:a", "produktif:a", "inovatif:a", "profesional:a", "prima:a",
  "kolaboratif:a", "adaptif:a", "strategis:a", "signifikan:a", "positif:a",
  "negatif:a", "aktif:aK", "formal:a", "informal:a", "nasional:a",
  "regional:a", "lokal:a", "global:a", "khusus:aK", "gratis:a",
  "terpencil:a", "tertinggal:a", "rawan:a", "rentan:aK", "kritis:a",
  "tanda:n", "rekomendasi:n", "legalisasi:n", "sinkronisasi:n",
  "otomasi:n", "pemda:n", "kabupaten:n", "provinsi:n", "kecamatan:n",
  "nagari:n", "gampong:n", "kampus:n", "universitas:n", "mahasiswa:n",
  "peneliti:n", "riset:n", "kajian:n", "studi:n", "analisis:nM",
  "statistik:n", "grafik:n", "tabel:n", "peraturan:n",
  "hibah:n", "subsidi:n", "dividen:n", "kas:n", "piutang:n", "tabel:n",
  "transaksi:n", "tunai:a", "nontunai:a", "kuota:n", "jadwal:nm",
  "tiket:n", "nomor antrean:n", "sidang:n", "mobil:n", "motor:n",
  "truk:n", "sepeda:n", "becak:n", "perahu:n", "armada:n", "rute:n",
  "trayek:n", "tarif:n", "ongkos:n", "tol:n", "gang:n", "lorong:n",
  "pasar rakyat:n", "lapak:n", "toko:n", "warung:n", "koperasi desa:n",
  "ladang:n", "kopi:n", "kakao:n", "sawit:n", "karet:n", "cengkih:n",
  "rempah:n", "sapi:n", "kambing:n", "ayam:n", "bebek:n", "rumput laut:n",
  "udang:n", "kepiting:n", "garam:n", "hutan desa:n", "mata air:n",
  "embung:n", "bendungan:n", "waduk:n", "sumur bor:n", "kolam:n",
  "tangki:n", "hidran:n", "tungku:n", "kompor:n", "lampu:n", "genset:n",
  "panel surya:n", "baterai:n",
  // more roots of planning, regulation and community work
  "lanjut:ABm", "rancang:NMA", "tanggung:M", "ringan:aOm", "layak:aK",
  "sesuai:aKm", "seragam:am", "ketat:aO", "tunda:NM", "tolak:NM",
  "setuju:PI", "tinjau:NAM", "rumus:NmA", "bahas:NMA", "tangkal:NM",
  "sapa:M", "dengar:mE", "ingat:Pm", "sebut:MA", "tekun:aK", "jujur:aK",
  "gali:NM", "rintis:NME", "kawal:NM", "kerah:Nm", "pacu:M", "picu:M",
  "pandang:AM", "gelar:nM", "pamer:Am", "sewa:nPm", "cicil:AM",
  "boros:aN", "nikmat:aIK", "senang:aKm", "lantik:NM", "kukuh:Nm",
  "resmi:Nma", "luncur:Nm", "canang:Nm", "gencar:a", "serah:Nm",
  "ketik:M", "tular:NT", "jangkit:T", "henti:NmB", "tempuh:M",
  "pajang:M", "tampung:NM", "kelompok:nNB", "golong:A", "kategori:n",
  "klasifikasi:nM", "urut:Am", "kabar:nm", "ekosistem:n", "inkubasi:n",
  "akselerasi:n", "transformasi:nM", "modernisasi:n", "simplifikasi:n",
  "standardisasi:n", "harmonisasi:n", "pelopor:n", "agen:n", "duta:n",
  "mentor:n", "fasilitator:n", "konselor:n", "psikolog:n", "apoteker:n",
  "sanitarian:n", "tukang:n", "sopir:n", "kurir:n", "nasabah:n",
  "konsumen:n", "produsen:n", "tengkulak:n", "timbul:m", "rawat inap:n",
  "rawat jalan:n", "puskesmas keliling:n", "ruang tunggu:n", "kotak saran:n",
  "surat keterangan:n", "surat pengantar:n", "jaringan irigasi:n",
};

// Whole words, for forms the affix rules would get wrong or cannot build.
// Class: n noun, a adjective, v active verb, p passive verb, b ber-/ter- verb.
static const char* const kIrregular[] = {
  "pemberdayaan:n", "keberdayaan:n", "keberlanjutan:n", "keberhasilan:n",
  "keberadaan:n", "keberagaman:n", "pengetahuan:n", "pengalaman:n",
  "pelajaran:n", "pekerjaan:n", "pekerja:n", "ketenagakerjaan:n",
  "kerja sama:n", "kerja:n", "pengangguran:n", "petani:n", "peternak:n",
  "pedagang:n", "peserta:n", "kepesertaan:n", "petugas:n", "penyakit:n",
  "kepemilikan:n", "kepemimpinan:n", "keterbukaan:n", "keterlibatan:n",
  "keterpaduan:n", "keterlambatan:n", "ketersediaan:n", "keterampilan:n",
  "kesiapsiagaan:n", "pertanggungjawaban:n", "perangkat:n", "pemuda:n",
  "wisatawan:n", "seniman:n", "pemerataan:n", "perpanjangan:n",
  "tata kelola:n", "tindak lanjut:n", "gotong royong:n", "daur ulang:n",
  "sumber daya manusia:n", "tenaga kesehatan:n", "rumah sakit:n",
  "rekam medis:n", "lalu lintas:n", "tata ruang:n", "orang tua:n",
  "balita:n", "bayi:n", "pengkajian:n", "kewirausahaan:n", "pelatihan kerja:n",
  "penerangan jalan:n", "bank sampah:n", "ruang terbuka hijau:n",
  "ketenteraman:n", "kenyamanan:n", "kemandirian:n", "keragaman:n",
  "kebersamaan:n", "kesinambungan:n", "kesetaraan gender:n",
  "perbaikan:n", "pembaruan:n", "percontohan:n", "pemantauan berkala:n",
  "memberdayakan:v", "memperbaiki:v", "memperhatikan:v", "mempertahankan:v",
  "memperkenalkan:v", "memperbarui:v", "mempunyai:v", "mengkaji:v",
  "mengerjakan:v", "menabung:v", "memperpanjang:v", "menyinkronkan:v",
  "menjangkau:v", "memangkas:v", "menggandeng:v", "menghimpun:v",
  "memindai:v", "mengakomodasi:v", "menindaklanjuti:v", "mengoptimalkan:v",
  "diberdayakan:p", "diperbaiki:p", "diperhatikan:p", "dipertahankan:p",
  "diperkenalkan:p", "diperbarui:p", "dikaji:p", "dikerjakan:p",
  "diperpanjang:p", "disinkronkan:p", "ditindaklanjuti:p", "dihimpun:p",
  "dipindai:p", "diakomodasi:p", "dioptimalkan:p",
  "belajar:b", "bekerja:b", "bekerja sama:b", "berkelanjutan:b",
  "berkeadilan:b", "berlangganan:b", "bertanggung jawab:b",
  "tersalurkan:b", "terselesaikan:b", "tertangani:b", "terlayani:b",
  "terlaksana:b", "terwujud:b", "terjadi:b", "terdampak:b", "terpenuhi:b",
  "terakomodasi:b", "terkoordinasi:b", "terbarukan:b", "bersertifikat:b",
  "mengetahui:v", "diketahui:p", "pejabat:n", "merata:a",
  "terbaik:a", "tertinggi:a", "terendah:a", "terbesar:a", "terkecil:a",
  "memadai:a", "pengepul:n", "pemulung:n", "terdekat:a", "terjauh:a", "tercepat:a", "termurah:a", "terbanyak:a",
};

// Head of each Zipf table: the most frequent words of government prose come
// first; the rest of the table follows in a fixed shuffled order.
static const char* const kHeadNouns[] = {
  "pelayanan", "masyarakat", "inovasi", "layanan", "data", "aplikasi",
  "program", "pemerintah", "daerah", "sistem", "informasi", "kegiatan",
  "desa", "proses", "kualitas", "pengelolaan", "peningkatan", "pembangunan",
  "kebijakan", "pelaksanaan", "penyelenggaraan", "pemanfaatan", "penggunaan",
  "pengembangan", "waktu", "warga", "kebutuhan", "permasalahan",
  "pemberdayaan", "dokumen", "persyaratan", "penerapan", "kemudahan",
  "keterbukaan", "pendataan", "kesehatan", "pendidikan", "pengawasan",
  "peran", "anggaran", "kinerja", "wilayah", "petugas", "keluarga",
};
static const char* const kHeadActive[] = {
  "meningkatkan", "memberikan", "melakukan", "mempermudah", "memudahkan",
  "mendukung", "mengelola", "melayani", "memanfaatkan", "menggunakan",
  "mengembangkan", "menyediakan", "mewujudkan", "melaksanakan",
  "menerapkan", "mempercepat", "memperkuat", "mendorong", "memastikan",
  "menjamin",
};
static const char* const kHeadPassive[] = {
  "dilakukan", "diberikan", "digunakan", "dikembangkan", "dilaksanakan",
  "diterapkan", "dimanfaatkan", "dikelola", "disediakan", "diwujudkan",
  "ditingkatkan", "dilayani", "dipantau", "dievaluasi", "disampaikan",
};
static const char* const kHeadStative[] = {
  "berbasis", "terpadu", "terintegrasi", "berjalan", "berhasil",
  "berkembang", "berkelanjutan", "tersedia", "terjangkau", "terlayani",
};
static const char* const kHeadAdjectives[] = {
  "mudah", "cepat", "efektif", "efisien", "transparan", "akuntabel",
  "optimal", "baik", "tepat", "murah", "aman", "nyaman", "mandiri",
  "sederhana", "akurat", "lengkap", "jelas", "inklusif", "responsif",
};

static const char* const kAcronyms[] = {
  "Dukcapil", "e-KTP", "KTP-el", "Puskesmas", "RSUD", "BPJS Kesehatan",
  "BPJS Ketenagakerjaan", "UMKM", "Posyandu", "PAUD", "ASN", "OPD", "NIK",
  "KK", "KIA", "APBD", "APBN", "Bappeda", "Bapenda", "DPMPTSP", "PTSP",
  "PBB-P2", "BPHTB", "NPWP", "SIM", "STNK", "Samsat", "PKH", "BLT", "KIP",
  "KIS", "DTKS", "TBC", "ODGJ", "PMT", "Pustu", "Polindes", "Poskesdes",
  "BUMDes", "PDAM", "TPS3R", "BPBD", "Satpol PP", "Damkar", "Diskominfo",
  "Kemendagri", "KemenPAN-RB", "LAN", "Ombudsman", "SP4N-LAPOR!", "SPBE",
  "SAKIP", "IKM", "SKM", "QRIS", "NIB", "OSS", "PBG", "SIUP", "CCTV", "GPS",
  "PPDB", "SD", "SMP", "SMA", "SMK", "MPP", "BUMD", "DPRD", "Babinsa",
  "Bhabinkamtibmas", "Pokdarwis", "PKK", "Karang Taruna", "Gapoktan", "KUR",
  "Jamkesda", "RT", "RW", "TP PKK", "BPS", "Dinkes", "Disdik", "Satgas",
  "Linmas", "KPM", "UPTD PPA", "LPSE", "SIPD", "TTE", "BSrE", "COVID-19",
  "DBD", "ISPA", "AKI", "AKB", "IPM", "PAD", "RPJMD", "Renstra", "SOP",
  "SPM", "KUA", "BLK", "STBM", "SIASN", "BKN",
};

static const char* const kPeople[] = {
  "masyarakat", "warga", "penduduk", "pemohon", "pengguna layanan",
  "wajib pajak", "pelaku usaha", "pelaku UMKM", "petani", "nelayan",
  "pelajar", "siswa", "orang tua", "ibu hamil", "balita", "lansia",
  "penyandang disabilitas", "keluarga miskin", "ASN", "pegawai",
  "perangkat desa", "kader", "pasien", "pencari kerja", "wisatawan",
  "pedagang", "pengemudi", "perempuan", "pemuda", "anak-anak",
  "masyarakat desa", "masyarakat miskin", "warga kurang mampu",
  "tenaga kesehatan", "guru", "investor", "peternak", "pengrajin",
  "korban bencana", "pekerja migran", "penerima bantuan", "masyarakat adat",
};

static const char* const kAdverbs[] = {
  "secara signifikan", "secara optimal", "secara bertahap", "dengan cepat",
  "lebih mudah", "semakin baik", "secara daring", "secara langsung",
  "secara berkala", "secara menyeluruh", "secara terpadu", "secara mandiri",
  "dengan baik", "tepat waktu", "setiap hari", "sehari-hari",
  "bersama-sama", "secara transparan", "secara real time", "secara rutin",
  "tanpa dipungut biaya", "secara gratis", "lebih awal", "sejak dini",
};

// Invented village/kecamatan names: prefix + suffix; '+' joins the two
// ("Suka" + "maju" = "Sukamaju"), otherwise they are separate words.
static const char* const kPlacePrefixes[] = {
  "Suka+", "Sido+", "Sumber+", "Karang+", "Mekar+", "Wono+", "Tegal+",
  "Giri+", "Cipta+", "Tirta+", "Banjar+", "Marga+", "Tanjung", "Kota",
  "Batu", "Sungai", "Bukit", "Muara", "Lubuk", "Teluk", "Padang", "Pasir",
  "Air", "Talang", "Pulau", "Koto",
};
static const char* const kPlaceSuffixes[] = {
  "maju", "jaya", "mulyo", "rejo", "sari", "makmur", "asri", "harjo",
  "agung", "baru", "indah", "raya", "wangi", "mekar", "tani", "permai",
  "mukti", "luhur", "sejati", "abadi", "kencana", "rahayu", "damai",
  "lestari",
};

// Catchy words that real innovations use as names (often upper case).
static const char* const kCatchy[] = {
  "PANDAI", "CERDAS", "SIGAP", "TANGGAP", "CEPAT", "TEPAT", "SEHATI",
  "CERIA", "SAKTI", "JEMPOL", "MANTAP", "PINTAR", "LANCAR", "HEBAT",
  "KEREN", "SAYANG", "PEDULI", "SIAGA", "AMAN", "NYAMAN", "BERSINAR",
  "GEMILANG", "SEMANGAT", "SAHABAT", "MELATI", "MAWAR", "ANGGREK",
  "MERPATI", "RAJAWALI", "GARUDA", "LENTERA", "PELITA", "CAHAYA",
  "MENTARI", "PELANGI", "BINTANG", "SINAR", "SIPANDU", "SIMPATIK",
  "LAPAK", "SAPA", "SAMBANG", "GERCEP", "GASPOL", "JITU", "PRIMA",
  "PRIMADONA", "TAJAM", "BERKAH", "AMANAH", "MADANI", "MAJU", "JAYA",
  "SEJAHTERA", "TUNTAS", "LARIS", "TANGKAS", "KILAT", "PANTAS", "BUGAR",
  "SEGAR", "LESTARI", "ASRI", "CANTIK", "MANIS", "SALAM", "SENYUM",
  "JEMARI", "SABAR", "RAMAH", "CAKAP", "TERAMPIL", "MESRA", "PESAT",
  "TERANG", "HARMONI", "SERASI", "PERKASA", "TANGGUH", "DAHSYAT",
};
static const char* const kNamePrefixes[] = {
  "SI ", "SI ", "SI ", "", "", "", "", "GO-", "E-", "GERAKAN ", "KLINIK ",
  "RUMAH ", "KAMPUNG ", "POJOK ",
};
static const char* const kNameSuffixes[] = {
  " 4.0", " ONLINE", " PLUS", " 2.0", " MOBILE", " 24 JAM", " DIGITAL",
  " TERPADU", " KELILING",
};
// Words left lower case in title case.
static const char* const kTitleLower[] = {
  "dan", "di", "ke", "untuk", "bagi", "dalam", "yang", "dengan", "melalui",
  "dari", "pada", "atau", "serta", "oleh",
};

// Title heads and modifiers ({TH}, {TMOD}); title phrases ({TP}).
static const char* const kTitleHeads[] = {
  "sistem", "sistem informasi", "layanan", "gerakan", "aplikasi", "program",
  "inovasi", "percepatan", "optimalisasi", "peningkatan", "penguatan",
  "pelayanan", "klinik", "rumah", "pojok", "kampung", "desa", "sekolah",
  "jemput bola", "pusat", "gerai", "kelas", "forum", "satu data",
  "digitalisasi", "pemberdayaan", "pendampingan", "integrasi",
  "layanan terpadu", "sistem pelayanan", "gerakan bersama", "pengelolaan",
};
static const char* const kTitleMods[] = {
  "terpadu", "terintegrasi", "berbasis digital", "berbasis aplikasi",
  "berbasis masyarakat", "secara daring", "satu pintu", "online", "mandiri",
  "keliling", "gratis", "ramah anak", "ramah lansia", "untuk masyarakat",
  "bagi warga miskin", "di desa", "di {RS}", "{RS}", "berbasis web",
  "dalam genggaman", "tanpa antre", "24 jam", "terpadu dan berkelanjutan",
};
static const char* const kTitlePhrases[] = {
  "{TH} {TN}",
  "{TH} {TN} {TN}",
  "{TH} {TN} {TMOD}",
  "{TH} {TN} {TN} {TMOD}",
  "{TH} {TN} (dan|serta) {TN}",
  "{TH} {TN} (untuk|bagi) {PPL}",
  "{TH} {TN} {TN} (di|untuk) {RS}",
};

// Sectors. Agency kinds: the part before '|' is the short form ({AGS}),
// the whole (without '|') is the unit's name; {R} region, {S} region without
// "Kabupaten"/"Kota", {Q} province, {P} an invented village name.
struct Category {
  const char* name;
  unsigned weight;
  const char* topics;      // ';'-separated, most typical first
  const char* people;      // ';'-separated
  const char* regional;    // agency kinds of a kabupaten/kota
  const char* provincial;  // agency kinds of a province
  const char* national;    // national agencies
  const char* tags;        // lower-case tags
};

static const Category kCategories[] = {
  {"Administrasi Kependudukan", 9,
   "kependudukan;administrasi kependudukan;akta kelahiran;KTP-el;kartu keluarga;"
   "dokumen kependudukan;NIK;Dukcapil;pencatatan sipil;perekaman;akta kematian;"
   "data kependudukan;KIA;perpindahan penduduk;e-KTP;akta perkawinan;identitas;"
   "tanda tangan elektronik;blangko;pemutakhiran data;penduduk;KK",
   "penduduk;pemohon;warga;orang tua;penyandang disabilitas;lansia;warga perantauan",
   "Dinas Kependudukan dan Pencatatan Sipil| {R};Dinas Kependudukan dan Pencatatan Sipil| {R};"
   "Dinas Kependudukan dan Pencatatan Sipil| {R};Kecamatan {P}| {R};Kelurahan {P}| {R};"
   "Pemerintah Desa {P}| {R}",
   "Biro Pemerintahan dan Otonomi Daerah Sekretariat Daerah| Provinsi {Q};"
   "Dinas Pemberdayaan Masyarakat dan Desa, Kependudukan dan Pencatatan Sipil| Provinsi {Q}",
   "Direktorat Jenderal Kependudukan dan Pencatatan Sipil|;Kementerian Dalam Negeri|",
   "kependudukan;dukcapil;ktp;akta;kk;nik;adminduk;identitas;akta kelahiran;ktp-el"},
  {"Kesehatan", 12,
   "kesehatan;Puskesmas;Posyandu;pasien;stunting;imunisasi;gizi;ibu hamil;balita;"
   "rujukan;obat;pengobatan;BPJS Kesehatan;rumah sakit;RSUD;tenaga kesehatan;bidan;"
   "TBC;vaksinasi;antrean;rekam medis;persalinan;kesehatan ibu dan anak;deteksi dini;"
   "pemeriksaan;kader kesehatan;telemedisin",
   "pasien;ibu hamil;balita;lansia;kader posyandu;tenaga kesehatan;ibu menyusui;remaja",
   "Dinas Kesehatan| {R};Dinas Kesehatan| {R};UPTD Puskesmas {P}| {R};"
   "UPTD Puskesmas {P}| {R};RSUD| {R};Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana| {R}",
   "Dinas Kesehatan| Provinsi {Q};RSUD| Provinsi {Q}",
   "Kementerian Kesehatan|;BPJS Kesehatan|;Badan Pengawas Obat dan Makanan|;"
   "Badan Kependudukan dan Keluarga Berencana Nasional|",
   "kesehatan;puskesmas;posyandu;stunting;imunisasi;gizi;pasien;rujukan;bpjs;"
   "telemedisin;ibu;balita;rumah sakit;kesehatan ibu"},
  {"Pendidikan", 9,
   "pendidikan;sekolah;siswa;guru;PAUD;literasi;numerasi;beasiswa;PPDB;perpustakaan;"
   "kurikulum;pembelajaran;anak putus sekolah;SD;SMP;kelas;buku;pelajaran;ujian;"
   "prestasi;pendidikan karakter;pelatihan guru;minat baca",
   "siswa;guru;orang tua;pelajar;anak usia sekolah;anak putus sekolah;tenaga pendidik",
   "Dinas Pendidikan| {R};Dinas Pendidikan| {R};Dinas Pendidikan dan Kebudayaan| {R};"
   "Dinas Perpustakaan dan Kearsipan| {R};Dinas Pendidikan, Pemuda dan Olahraga| {R}",
   "Dinas Pendidikan| Provinsi {Q};Dinas Perpustakaan dan Kearsipan| Provinsi {Q}",
   "Kementerian Pendidikan Dasar dan Menengah|;Perpustakaan Nasional|;Kementerian Agama|",
   "pendidikan;sekolah;literasi;siswa;guru;paud;beasiswa;ppdb;perpustakaan;minat baca"},
  {"Perizinan dan Investasi", 7,
   "perizinan;izin;investasi;penanaman modal;NIB;OSS;PBG;pelayanan terpadu satu pintu;"
   "MPP;investor;pelaku usaha;izin usaha;persetujuan bangunan gedung;persyaratan;"
   "rekomendasi;sertifikat;retribusi;pengawasan;perizinan berusaha",
   "pelaku usaha;investor;pemohon izin;pengusaha;pelaku UMKM",
   "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu| {R};"
   "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu| {R};Mal Pelayanan Publik| {R}",
   "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu| Provinsi {Q}",
   "Kementerian Investasi dan Hilirisasi|;Badan Koordinasi Penanaman Modal|",
   "perizinan;investasi;izin;oss;nib;ptsp;usaha;mal pelayanan publik;pbg"},
  {"Pelayanan Publik Digital", 12,
   "aplikasi;layanan daring;digitalisasi;sistem informasi;SPBE;portal;data;"
   "tanda tangan elektronik;kode QR;server;jaringan internet;dasbor;satu data;"
   "integrasi data;Mal Pelayanan Publik;pelayanan publik;e-Office;notifikasi;akun;"
   "WhatsApp;layanan mandiri",
   "masyarakat;pengguna layanan;ASN;operator;warga",
   "Dinas Komunikasi dan Informatika| {R};Dinas Komunikasi dan Informatika| {R};"
   "Bagian Organisasi Sekretariat Daerah| {R};Sekretariat Daerah| {R};"
   "Dinas Komunikasi, Informatika, Statistik dan Persandian| {R}",
   "Dinas Komunikasi, Informatika dan Statistik| Provinsi {Q};Biro Organisasi Sekretariat Daerah| Provinsi {Q}",
   "Kementerian Komunikasi dan Digital|;"
   "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi|;Badan Siber dan Sandi Negara|",
   "digital;aplikasi;daring;spbe;data;digitalisasi;integrasi;satu data;layanan online"},
  {"Sosial dan Perlindungan Anak", 7,
   "bantuan sosial;PKH;DTKS;perlindungan anak;kekerasan terhadap anak;"
   "penyandang disabilitas;lansia;anak terlantar;keluarga miskin;pemberdayaan perempuan;"
   "kesejahteraan sosial;pendampingan;rehabilitasi sosial;penyaluran bantuan;"
   "UPTD PPA;pekerja sosial;rumah singgah;pengasuhan anak",
   "keluarga miskin;anak;perempuan;penyandang disabilitas;lansia;korban kekerasan;penerima bantuan",
   "Dinas Sosial| {R};Dinas Pemberdayaan Perempuan dan Perlindungan Anak| {R};"
   "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak| {R}",
   "Dinas Sosial| Provinsi {Q};Dinas Pemberdayaan Perempuan dan Perlindungan Anak| Provinsi {Q}",
   "Kementerian Sosial|;Kementerian Pemberdayaan Perempuan dan Perlindungan Anak|",
   "sosial;anak;perempuan;disabilitas;lansia;kemiskinan;perlindungan;bansos;kekerasan"},
  {"Ekonomi dan UMKM", 7,
   "UMKM;pelaku usaha;koperasi;pemasaran;produk lokal;pasar;permodalan;KUR;"
   "kewirausahaan;sertifikasi halal;kemasan;lokapasar;ekspor;BUMDes;pedagang;"
   "produk unggulan;ekonomi kreatif;harga;pendapatan;pasar rakyat",
   "pelaku UMKM;pelaku usaha;pedagang;pengrajin;pemuda;ibu rumah tangga",
   "Dinas Koperasi dan Usaha Mikro| {R};Dinas Perdagangan| {R};"
   "Dinas Perindustrian dan Perdagangan| {R};Dinas Koperasi, Usaha Kecil dan Menengah| {R}",
   "Dinas Koperasi dan Usaha Kecil Menengah| Provinsi {Q};Dinas Perindustrian dan Perdagangan| Provinsi {Q}",
   "Kementerian Usaha Mikro, Kecil, dan Menengah|;Kementerian Perdagangan|",
   "umkm;koperasi;usaha;pemasaran;ekonomi;halal;pasar;modal;ekonomi kreatif"},
  {"Pertanian dan Pangan", 6,
   "pertanian;petani;pupuk;benih;padi;jagung;panen;irigasi;ketahanan pangan;pangan;"
   "ternak;peternakan;penyuluh pertanian;Gapoktan;lahan;alat mesin pertanian;"
   "hortikultura;cadangan pangan;kebun;perkebunan;harga gabah",
   "petani;peternak;kelompok tani;penyuluh;pekebun",
   "Dinas Pertanian| {R};Dinas Ketahanan Pangan| {R};Dinas Pertanian dan Pangan| {R};"
   "Balai Penyuluhan Pertanian {P}| {R}",
   "Dinas Tanaman Pangan dan Hortikultura| Provinsi {Q};Dinas Ketahanan Pangan| Provinsi {Q}",
   "Kementerian Pertanian|;Badan Pangan Nasional|",
   "pertanian;petani;pangan;pupuk;ternak;panen;irigasi;ketahanan pangan"},
  {"Lingkungan Hidup", 5,
   "lingkungan hidup;sampah;bank sampah;limbah;daur ulang;penghijauan;pencemaran;"
   "TPS3R;kebersihan;pohon;sungai;ruang terbuka hijau;kualitas udara;"
   "pengelolaan sampah;kompos;plastik;emisi",
   "warga;masyarakat;komunitas;pelajar;ibu rumah tangga",
   "Dinas Lingkungan Hidup| {R};Dinas Lingkungan Hidup| {R};"
   "Dinas Lingkungan Hidup dan Kebersihan| {R}",
   "Dinas Lingkungan Hidup dan Kehutanan| Provinsi {Q}",
   "Kementerian Lingkungan Hidup|;Kementerian Kehutanan|",
   "lingkungan;sampah;limbah;hijau;kompos;plastik;sungai;kebersihan;bank sampah"},
  {"Keuangan dan Pendapatan Daerah", 6,
   "pajak daerah;retribusi;PBB-P2;BPHTB;pendapatan asli daerah;wajib pajak;tagihan;"
   "pembayaran;QRIS;anggaran;APBD;aset daerah;piutang;kas daerah;transaksi nontunai;"
   "pengelolaan keuangan;laporan keuangan;Samsat;pajak kendaraan bermotor",
   "wajib pajak;pelaku usaha;pemilik kendaraan;masyarakat;bendahara",
   "Badan Pendapatan Daerah| {R};Badan Pendapatan Daerah| {R};"
   "Badan Pengelolaan Keuangan dan Aset Daerah| {R};Badan Keuangan Daerah| {R}",
   "Badan Pendapatan Daerah| Provinsi {Q};Badan Pendapatan Daerah| Provinsi {Q};"
   "Badan Keuangan dan Aset Daerah| Provinsi {Q}",
   "Direktorat Jenderal Pajak|;Direktorat Jenderal Perimbangan Keuangan|",
   "pajak;retribusi;pad;keuangan;anggaran;nontunai;qris;aset;pajak daerah"},
  {"Transportasi dan Perhubungan", 4,
   "transportasi;angkutan umum;lalu lintas;terminal;halte;parkir;pengujian kendaraan;"
   "uji KIR;pelabuhan;kapal;penumpang;keselamatan jalan;rambu;bus;SIM;STNK;jalan;"
   "perhubungan;kemacetan",
   "penumpang;pengemudi;pengguna jalan;pelajar;pemilik kendaraan",
   "Dinas Perhubungan| {R};Dinas Perhubungan| {R};Polres {S}|;Satlantas Polres {S}|",
   "Dinas Perhubungan| Provinsi {Q};Polda {Q}|;Direktorat Lalu Lintas Polda {Q}|",
   "Kementerian Perhubungan|;Korps Lalu Lintas Polri|",
   "transportasi;angkutan;lalu lintas;parkir;terminal;kendaraan;sim;perhubungan"},
  {"Keamanan dan Ketertiban", 4,
   "keamanan;ketertiban umum;ketenteraman;Satpol PP;Linmas;patroli;siskamling;"
   "narkoba;kriminalitas;pelanggaran;penegakan peraturan daerah;Bhabinkamtibmas;"
   "Babinsa;konflik sosial;kebakaran;pemadam kebakaran;CCTV;laporan polisi",
   "warga;pedagang kaki lima;pelajar;tokoh masyarakat;pemuda",
   "Satuan Polisi Pamong Praja| {R};Satuan Polisi Pamong Praja| {R};Polres {S}|;"
   "Dinas Pemadam Kebakaran| {R};Badan Kesatuan Bangsa dan Politik| {R};Polsek {P} Polres {S}|",
   "Satuan Polisi Pamong Praja| Provinsi {Q};Polda {Q}|",
   "Kepolisian Negara Republik Indonesia|;Badan Narkotika Nasional|",
   "keamanan;ketertiban;polisi;satpol pp;narkoba;patroli;kebakaran;cctv"},
  {"Pariwisata dan Kebudayaan", 4,
   "pariwisata;wisatawan;desa wisata;destinasi;kebudayaan;cagar budaya;"
   "seni tradisional;Pokdarwis;homestay;kuliner;festival;kerajinan;batik;tenun;"
   "promosi wisata;museum;adat",
   "wisatawan;Pokdarwis;seniman;pengrajin;pelaku wisata;pemandu wisata",
   "Dinas Pariwisata| {R};Dinas Pariwisata dan Kebudayaan| {R};Dinas Kebudayaan| {R}",
   "Dinas Pariwisata| Provinsi {Q};Dinas Kebudayaan| Provinsi {Q}",
   "Kementerian Pariwisata|;Kementerian Kebudayaan|",
   "pariwisata;wisata;budaya;desa wisata;kuliner;festival;kerajinan;museum"},
  {"Kelautan dan Perikanan", 3,
   "perikanan;nelayan;kelautan;budidaya ikan;hasil tangkapan;pelabuhan perikanan;"
   "tempat pelelangan ikan;rumput laut;tambak;pesisir;mangrove;konservasi;"
   "kapal nelayan;gudang pendingin;olahan ikan;pakan ikan",
   "nelayan;pembudidaya ikan;pengolah ikan;masyarakat pesisir",
   "Dinas Kelautan dan Perikanan| {R};Dinas Perikanan| {R}",
   "Dinas Kelautan dan Perikanan| Provinsi {Q}",
   "Kementerian Kelautan dan Perikanan|",
   "perikanan;nelayan;laut;ikan;pesisir;tambak;mangrove;rumput laut"},
  {"Ketenagakerjaan", 3,
   "ketenagakerjaan;pencari kerja;lowongan kerja;pelatihan kerja;Balai Latihan Kerja;"
   "pekerja migran;kartu kuning;penempatan tenaga kerja;pengangguran;upah minimum;"
   "BPJS Ketenagakerjaan;hubungan industrial;sertifikasi kompetensi;bursa kerja;"
   "magang;kewirausahaan",
   "pencari kerja;pekerja;pekerja migran;lulusan baru;pemuda",
   "Dinas Tenaga Kerja| {R};Dinas Tenaga Kerja dan Transmigrasi| {R};"
   "UPTD Balai Latihan Kerja| {R}",
   "Dinas Tenaga Kerja dan Transmigrasi| Provinsi {Q}",
   "Kementerian Ketenagakerjaan|;Kementerian Pelindungan Pekerja Migran Indonesia|",
   "ketenagakerjaan;lowongan;pelatihan;migran;pengangguran;magang;kerja;bursa kerja"},
  {"Kepegawaian dan Reformasi Birokrasi", 5,
   "ASN;kepegawaian;kinerja pegawai;e-Kinerja;presensi;reformasi birokrasi;SAKIP;"
   "manajemen talenta;pengembangan kompetensi;diklat;kenaikan pangkat;mutasi;"
   "pensiun;disiplin pegawai;tunjangan kinerja;zona integritas;budaya kerja;SIASN",
   "ASN;pegawai;aparatur;pejabat;pegawai baru",
   "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia| {R};"
   "Badan Kepegawaian Daerah| {R};Bagian Organisasi Sekretariat Daerah| {R};Inspektorat| {R}",
   "Badan Kepegawaian Daerah| Provinsi {Q};Biro Organisasi Sekretariat Daerah| Provinsi {Q}",
   "Badan Kepegawaian Negara|;Lembaga Administrasi Negara|;"
   "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi|",
   "asn;kepegawaian;kinerja;birokrasi;reformasi birokrasi;presensi;integritas;mutasi asn"},
  {"Pengaduan dan Partisipasi Masyarakat", 5,
   "pengaduan;SP4N-LAPOR!;aspirasi;keluhan;partisipasi masyarakat;musyawarah;"
   "survei kepuasan;IKM;call center;media sosial;tindak lanjut;transparansi;"
   "umpan balik;forum konsultasi publik;Ombudsman;respons cepat",
   "masyarakat;warga;pelapor;tokoh masyarakat;pemuda",
   "Dinas Komunikasi dan Informatika| {R};Bagian Organisasi Sekretariat Daerah| {R};"
   "Inspektorat| {R};Kecamatan {P}| {R}",
   "Biro Organisasi Sekretariat Daerah| Provinsi {Q};Inspektorat| Provinsi {Q}",
   "Ombudsman Republik Indonesia|;Kantor Staf Presiden|",
   "pengaduan;aspirasi;partisipasi;lapor;transparansi;keluhan;survei;call center"},
  {"Infrastruktur dan Perumahan", 4,
   "infrastruktur;jalan;jembatan;drainase;perumahan;rumah tidak layak huni;"
   "permukiman kumuh;tata ruang;PBG;penerangan jalan umum;konstruksi;perbaikan jalan;"
   "irigasi;bangunan gedung;jalan desa",
   "warga;masyarakat berpenghasilan rendah;pengguna jalan;penyedia jasa konstruksi",
   "Dinas Pekerjaan Umum dan Penataan Ruang| {R};Dinas Perumahan dan Kawasan Permukiman| {R};"
   "Dinas Pekerjaan Umum| {R}",
   "Dinas Pekerjaan Umum dan Penataan Ruang| Provinsi {Q};Dinas Bina Marga| Provinsi {Q}",
   "Kementerian Pekerjaan Umum|;Kementerian Perumahan dan Kawasan Permukiman|",
   "infrastruktur;jalan;jembatan;perumahan;rumah;tata ruang;drainase;rtlh"},
  {"Air Bersih dan Sanitasi", 3,
   "air bersih;air minum;sanitasi;PDAM;sambungan rumah;jamban sehat;sumur;pipa;"
   "pelanggan;meteran air;kebocoran pipa;buang air besar sembarangan;STBM;"
   "limbah domestik;tangki septik",
   "pelanggan;warga;masyarakat desa;keluarga",
   "Perumda Air Minum Tirta {P}| {R};Dinas Perumahan Rakyat dan Kawasan Permukiman| {R};"
   "Dinas Kesehatan| {R}",
   "Dinas Pekerjaan Umum dan Penataan Ruang| Provinsi {Q}",
   "Kementerian Pekerjaan Umum|",
   "air;sanitasi;pdam;jamban;stbm;limbah;pipa;air bersih;air minum"},
  {"Kebencanaan", 3,
   "bencana;banjir;tanah longsor;gempa bumi;kebakaran hutan;mitigasi;kesiapsiagaan;"
   "peringatan dini;evakuasi;pengungsi;tanggap darurat;BPBD;relawan;logistik;"
   "desa tangguh bencana;jalur evakuasi;rehabilitasi",
   "korban bencana;pengungsi;relawan;warga;masyarakat rawan bencana",
   "Badan Penanggulangan Bencana Daerah| {R};Badan Penanggulangan Bencana Daerah| {R};"
   "Dinas Pemadam Kebakaran| {R}",
   "Badan Penanggulangan Bencana Daerah| Provinsi {Q}",
   "Badan Nasional Penanggulangan Bencana|;Badan Meteorologi, Klimatologi, dan Geofisika|",
   "bencana;banjir;mitigasi;evakuasi;gempa;longsor;siaga;kebakaran"},
};

// Regional agencies any sector may have.
static const char* const kGeneralRegional[] = {
  "Pemerintah Desa {P}| {R}", "Kecamatan {P}| {R}", "Sekretariat Daerah| {R}",
  "Badan Perencanaan Pembangunan Daerah| {R}",
  "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah| {R}",
  "Kelurahan {P}| {R}",
};
static const char* const kGeneralTags[] = {
  "inovasi", "digital", "pelayanan publik", "kolaborasi", "desa", "aplikasi",
  "inklusif", "jemput bola", "daring", "partisipasi", "transparansi",
};

// ---- sentence templates --------------------------------------------------
// Slots: {N} noun, {NP} noun phrase, {T} topic word of the sector, {A}
// adjective, {VA} active verb, {VP} passive verb, {VB} ber-/ter- verb,
// {ADV} adverb phrase, {PL} reduplicated noun, {PPL} people, {ACR} acronym,
// {INN} the innovation's name, {AG} agency, {AGS} agency short form, {REG}
// the place, {RS} the place's short name, {OREG} other regions, {REGL} a
// regulation, {SRC} the competition, {PCT} percent, {PCTUP}/{PCTDN}
// "dari a% menjadi b%", {DUR} "dari 14 hari menjadi 2 hari", {RP} rupiah,
// {CNT} a count, {NUM} a small number, {YR} a year, {SCORE} an index score.

static const char* const kSummary[] = {
  "{INN} (merupakan|adalah) inovasi {AG} (yang|untuk) {VA} {NP} (bagi|kepada) {PPL} "
  "(secara|dengan cara yang) (cepat|mudah|transparan|terpadu|daring) (sehingga|agar) {NP} "
  "(menjadi lebih|semakin) {A}.",
  "Inovasi (berbasis aplikasi|berupa layanan jemput bola|berupa gerakan bersama|berbasis masyarakat) "
  "(yang|untuk) {VA} {NP} (di|pada) {REG} (melalui|dengan) {NP} (dan|serta) {NP}.",
  "{AGS} (mengembangkan|meluncurkan|menerapkan|menginisiasi) {INN} untuk {VA} {NP}. "
  "(Inovasi ini|Layanan ini|Program ini) (berhasil|mampu) (memangkas|menurunkan|mempersingkat) "
  "waktu (pelayanan|pengurusan|proses) {T} {DUR}.",
  "{INN} (hadir untuk|bertujuan|dirancang untuk) {VA} {NP} yang (selama ini|sebelumnya) {A} "
  "(bagi|di kalangan) {PPL} (di|pada) {REG}.",
  "Melalui {INN}, {PPL} (dapat|kini dapat|bisa) {VA} {NP} (tanpa harus datang ke kantor|secara daring|"
  "dari rumah|lebih cepat), (sementara|sedangkan) {AGS} (dapat|mampu) {VA} {NP} "
  "(secara|dengan lebih) (akurat|cepat|transparan|terukur).",
  "(Gerakan|Program|Layanan) {INN} (meningkatkan|memperluas|memperkuat) {NP} (di|pada) {REG} "
  "dengan (melibatkan|memberdayakan|menggandeng) {PPL} (dan|serta) {ACR}.",
  "{INN} (mengintegrasikan|menyatukan|menghubungkan) {NP} dengan {NP} sehingga {PPL} "
  "(tidak perlu lagi|tidak harus) (datang ke kantor|mengantre|bolak-balik) untuk {VA} {T}.",
};

static const char* const kBackground[] = {
  "Sebelum adanya {INN}, {PPL} di {REG} harus datang langsung ke kantor {AGS} untuk {VA} {NP}.",
  "Permasalahan utama yang dihadapi adalah (rendahnya|lambatnya|terbatasnya|kurangnya|belum optimalnya) "
  "{NP} (di|pada) {REG}.",
  "Waktu (pengurusan|penyelesaian|pelayanan|proses) {NP} (sebelumnya|selama ini) (mencapai|bisa mencapai|"
  "membutuhkan) {NUM} (hari|minggu|bulan) (karena|akibat) {NP} (masih|belum) {A}.",
  "Data tahun {YR} menunjukkan bahwa {PCT} {PPL} (belum|tidak) {VB} {NP}.",
  "Kondisi geografis {REG} yang (luas|berbukit|terdiri atas banyak pulau|sulit dijangkau) "
  "(menyebabkan|membuat) {PPL} (kesulitan|sulit) {VA} {NP}.",
  "Selain itu, {NP} (masih dilakukan secara manual|belum terintegrasi|belum terdata dengan baik) "
  "sehingga {NP} (sering|kerap) {VP} (terlambat|tidak tepat sasaran|berulang kali).",
  "Hal ini (berdampak pada|menyebabkan|mengakibatkan) (tingginya|meningkatnya|banyaknya) {NP} "
  "(di kalangan|bagi|pada) {PPL}.",
  "Berdasarkan {NP} (pada|tahun) {YR}, (tercatat|terdapat) {CNT} {PPL} yang (belum|tidak) {VB} {T}.",
  "{PPL} (juga|pun) (mengeluhkan|mengeluh tentang) {NP} yang {A} dan {NP} yang (tidak|kurang) {A}.",
  "Pandemi COVID-19 (semakin memperparah|turut memperburuk|mendorong perubahan) {NP} (di|pada) {REG}.",
  "(Oleh karena itu|Untuk itu|Atas dasar itu|Berangkat dari permasalahan tersebut), {AGS} "
  "(merancang|mengembangkan|menginisiasi|meluncurkan) {INN} (pada tahun|sejak) {YR}.",
  "Amanat Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (menuntut|mewajibkan) "
  "(pemerintah daerah|setiap penyelenggara) untuk {VA} {NP} yang {A}.",
  "(Banyak|Sebagian besar|Tidak sedikit) {PPL} (tinggal|bermukim|berdomisili) jauh dari pusat "
  "(pemerintahan|layanan|kota) sehingga biaya (transportasi|perjalanan) (bisa mencapai|mencapai) {RP}.",
  "(Sebelumnya|Dahulu|Pada awalnya), {NP} (hanya|masih) {VP} (di|melalui) (kantor|loket|"
  "kantor kecamatan|kantor desa) pada jam kerja.",
  "Ketiadaan {NP} (membuat|menjadikan) {T} (sulit|lambat|tidak akurat) dan (rawan|rentan) (pungutan liar|"
  "kesalahan|penyalahgunaan).",
};

static const char* const kHow[] = {
  "{INN} (merupakan|adalah) (inovasi|aplikasi|sistem|layanan|gerakan|program) (yang|berbasis digital yang) "
  "{VA} {NP} (dengan|dan) {NP}.",
  "Melalui {INN}, {PPL} (dapat|bisa|cukup) {VA} {NP} (secara daring|dari rumah|melalui ponsel|"
  "tanpa harus datang ke kantor|di mana saja).",
  "(Setiap|Seluruh) {NP} (akan|langsung|kemudian) {VP} oleh (petugas|operator|tim|verifikator) "
  "(dan|lalu|kemudian) {VP} (dalam waktu|maksimal) {NUM} (jam|hari|hari kerja).",
  "(Inovasi|Aplikasi|Sistem) ini (terintegrasi|terhubung) dengan (data|basis data|sistem) {ACR} "
  "(sehingga|agar|supaya) {NP} (dapat|bisa) {VP} secara (otomatis|real time|langsung|akurat).",
  "(Petugas|Kader|Tim|Relawan|Pendamping) {NP} (melakukan|melaksanakan|menggelar) {N} "
  "(secara|dengan pola) (jemput bola|berkala|rutin|terjadwal) ke (desa-desa|kelurahan|"
  "sekolah-sekolah|rumah-rumah warga|pasar-pasar).",
  "(Mekanisme|Alur|Tahapan|Proses) {N} (dimulai dari|meliputi) {NP}, {NP}, (hingga|sampai|dan) {NP}.",
  "{PPL} (cukup|hanya perlu) (menunjukkan|mengunggah|menyerahkan|mengisi) {NP} (melalui|di|pada) "
  "(aplikasi|laman|portal|loket) {INN}.",
  "Dalam pelaksanaannya, {AGS} (bekerja sama|berkolaborasi|bersinergi) dengan {ACR}, {ACR}, dan "
  "(pemerintah desa|perangkat kelurahan|tokoh masyarakat|pihak swasta|perguruan tinggi).",
  "(Fitur|Layanan|Menu) (utama|unggulan) (dalam|pada) {INN} (antara lain|meliputi|mencakup) {NP}, {NP}, dan {NP}.",
  "{NP} yang {A} (menjadi|merupakan) (kunci|inti|fokus utama) (dari|dalam) {INN}.",
  "(Pengaduan|Permohonan|Laporan) (masyarakat|warga) (dapat|bisa) (disampaikan|diajukan|dikirim) melalui "
  "(WhatsApp|SMS|aplikasi|media sosial|layanan 24 jam) dan (langsung|segera) {VP} oleh {AGS}.",
  "(Anggaran|Biaya|Pembiayaan) (inovasi|program|kegiatan) ini (bersumber dari|berasal dari|didukung oleh) "
  "(APBD|APBN|Dana Desa|dana CSR|APBD dan dana CSR) (sebesar|senilai) {RP}.",
  "Inovasi ini (ditetapkan|diperkuat|dilandasi) (melalui|dengan) {REGL}.",
  "Setiap (permohonan|berkas|laporan) (diberi|mendapat) nomor (registrasi|antrean|tiket) sehingga {PPL} "
  "(dapat|bisa) (memantau|melacak|mengetahui) (status|perkembangan) {N} (secara|dengan) (langsung|real time|mudah).",
  "(Petugas|Operator) {AGS} (yang telah|yang sudah) (dilatih|mendapat pelatihan) (bertugas|bertanggung jawab) "
  "{VA} {NP} (di setiap|pada masing-masing) (desa|kecamatan|kelurahan|unit layanan).",
  "(Dokumen|Hasil layanan|Berkas) (yang telah|yang sudah) (selesai|disetujui|ditandatangani secara elektronik) "
  "(dapat|bisa) (dicetak sendiri|diunduh|diantar ke rumah|diambil di kantor desa) oleh {PPL}.",
};

static const char* const kResult[] = {
  "(Sejak diterapkan|Setelah inovasi ini berjalan|Dengan adanya {INN}), waktu (pelayanan|pengurusan|"
  "penyelesaian) {N} (turun|berkurang|dipangkas) {DUR}.",
  "(Jumlah|Cakupan|Tingkat) {NP} (meningkat|naik|bertambah) {PCTUP} (pada tahun|hingga akhir tahun|"
  "dalam kurun waktu hingga) {YR}.",
  "(Hingga|Sampai dengan|Per) (akhir tahun|Desember) {YR}, (sebanyak|tercatat) {CNT} {PPL} telah "
  "(memanfaatkan|menggunakan|mengakses|menerima manfaat dari) {INN}.",
  "(Indeks|Survei) Kepuasan Masyarakat (terhadap|atas) {NP} (meningkat|naik) (menjadi|hingga) {SCORE}.",
  "{INN} (berhasil|mampu) (menghemat|menekan|mengurangi) (biaya|anggaran|pengeluaran) (hingga|sebesar|"
  "kurang lebih) {RP} (per tahun|setiap tahun|selama setahun).",
  "Angka {NP} (turun|menurun|berkurang) ({PCTDN}|secara signifikan|hingga {PCT}).",
  "(Manfaat|Dampak) (inovasi ini|{INN}) (juga|pun) (dirasakan|terasa) oleh {PPL}, (terutama|khususnya) "
  "(dalam|pada) {NP}.",
  "(Inovasi ini|{INN}) (meraih|mendapat|memperoleh) (penghargaan|predikat) (Top 45|Top 99|Inovasi Terbaik|"
  "Terpuji|Sangat Inovatif) (pada|dalam) ajang {SRC} (tahun|pada tahun) {YR}.",
  "(Pendapatan|Penerimaan) (asli daerah|retribusi|pajak daerah) (dari sektor|pada sektor) {N} "
  "(meningkat|naik) {PCT} (atau sekitar|senilai|setara) {RP}.",
  "(Keluhan|Pengaduan|Antrean) {PPL} (terkait|tentang|mengenai) {NP} (berkurang|menurun) "
  "(drastis|signifikan|hingga {PCT}).",
  "(Sebanyak|Lebih dari|Tercatat) {CNT} (dokumen|berkas|permohonan|laporan) (telah|berhasil) {VP} "
  "(melalui|lewat) {INN} (sejak|semenjak) (diluncurkan|diterapkan) (pada tahun|tahun) {YR}.",
  "(Capaian|Realisasi) {T} (di|pada) {REG} (kini|saat ini) (mencapai|menembus) {PCT}, (melampaui|di atas) "
  "target (nasional|provinsi|RPJMD) yang (ditetapkan|dipatok) (sebelumnya|pada awal program).",
};

static const char* const kSustain[] = {
  "(Untuk menjamin|Guna menjaga|Demi) keberlanjutan (inovasi|program|layanan), {AGS} (telah|sudah) "
  "(menetapkan|menerbitkan|menyusun) {REGL}.",
  "{INN} (telah|sudah) (direplikasi|diadopsi|ditiru|dipelajari) oleh (beberapa|sejumlah|{NUM}) "
  "(daerah lain|pemerintah daerah lain|kabupaten/kota lain), (di antaranya|antara lain|termasuk) {OREG}.",
  "(Ke depan|Selanjutnya|Pada tahun mendatang), {AGS} (berencana|akan|menargetkan untuk) {VA} {NP} "
  "(ke|hingga ke) (seluruh kecamatan|seluruh desa|tingkat desa|seluruh wilayah {REG}).",
  "(Pelatihan|Bimbingan teknis|Sosialisasi) (bagi|kepada) (petugas|operator|ASN|kader|aparatur desa) "
  "(dilakukan|diselenggarakan|digelar) secara (berkala|rutin|bertahap) (agar|supaya|sehingga) {NP} "
  "(tetap|terus) {A}.",
  "(Anggaran|Dukungan) (pemeliharaan|operasional|pengembangan) {INN} (telah|sudah) (dialokasikan|"
  "dianggarkan|masuk) dalam (APBD|DPA|rencana kerja) {AGS} (setiap tahun|tahun {YR}).",
  "(Kolaborasi|Kerja sama|Sinergi) dengan {ACR} dan (pihak swasta|perguruan tinggi|komunitas|media) "
  "(menjadi|merupakan) (faktor|kunci) (penting|utama) (keberlanjutan|keberhasilan) (inovasi|program) ini.",
  "(Inovasi ini|{INN}) (mudah|sangat mungkin|dapat dengan mudah) (direplikasi|diterapkan) (oleh|di) "
  "(daerah lain|instansi lain|OPD lain) (karena|sebab) {NP} yang (dibutuhkan|diperlukan) (relatif|cukup) "
  "(sederhana|murah|terjangkau).",
  "(Evaluasi|Monitoring|Pemantauan) (dilakukan|dilaksanakan) (setiap|tiap) (bulan|triwulan|semester) "
  "oleh {AGS} (bersama|dengan melibatkan) {PPL} untuk {VA} {NP}.",
  "(Standar operasional prosedur|SOP|Petunjuk teknis) {INN} (telah|sudah) (dibakukan|disusun|ditetapkan) "
  "sehingga (layanan|inovasi) ini tetap (berjalan|berlanjut) (meskipun|walaupun) terjadi (pergantian|"
  "mutasi) (pegawai|pimpinan|pejabat).",
};

static const char* const kGeneric[] = {
  "{NP} (dan|serta) {NP} (merupakan|menjadi|adalah) (bagian|unsur|komponen) (penting|utama|strategis) "
  "(dalam|dari) {NP}.",
  "(Dengan demikian|Selain itu|Di samping itu|Lebih lanjut|Adapun), {NP} (dapat|akan|harus|perlu) {VP} "
  "(secara|dengan) (optimal|efektif|efisien|cepat|transparan|akuntabel|terpadu).",
  "{PPL} (dapat|mampu|kini bisa) {VA} {NP} (yang|secara) {A} (tanpa|dengan) {NP}.",
  "(Pemerintah|Pemerintah daerah|{AGS}) (terus|senantiasa) (berupaya|berusaha) {VA} {NP} "
  "(untuk|guna|demi) {VA} {NP}.",
  "{NP}( yang|) {VP} (oleh|melalui) {NP} (menjadi lebih|semakin|kian) {A}.",
  "(Hal ini|Kondisi ini|Langkah tersebut|Upaya ini) (sejalan dengan|mendukung|selaras dengan) "
  "(program|visi|misi|target) {NP} (dan|serta) (Sustainable Development Goals|SDGs|RPJMD {REG}|"
  "reformasi birokrasi).",
  "(Dalam|Pada) (proses|pelaksanaan|tahap) {N}, {NP} {VB} (dengan|pada) {NP}.",
  "{PL} (di|pada) {REG} (kini|sekarang|telah) {VB} (pada|dengan) {NP} yang {A}.",
  "(Tidak hanya itu|Bahkan|Tak hanya itu), {NP} pun (ikut|turut) {VB} (sehingga|dan) {NP} "
  "(semakin|menjadi) {A}.",
  "(Keberhasilan|Efektivitas|Kualitas) {NP} (ditentukan|dipengaruhi) oleh {NP}, {NP}, (dan|serta) {NP}.",
  "Inilah (yang|alasan yang) (membuat|menjadikan) {INN} (berbeda|unggul|istimewa) (dibandingkan|daripada) "
  "{NP} (sebelumnya|lainnya|konvensional).",
  "{NP} pun (dapat|bisa) {VP} (dengan|secara) (lebih|jauh lebih) (cepat|mudah|murah|akurat|transparan).",
  "Masing-masing {N} (memiliki|mempunyai) {NP} (sendiri|tersendiri|yang berbeda).",
  "(Oleh sebab itu|Karena itulah|Maka dari itu), {NP} (perlu|harus) terus {VP} {ADV}.",
  "{AGS} (juga|pun) {VA} {NP} (agar|sehingga|supaya) {PPL} (dapat|bisa) {VA} {NP} {ADV}.",
  "(Melalui|Dengan) {NP}, {PPL} (tidak lagi|tak perlu lagi) {VA} {NP} (secara manual|di kantor|"
  "dengan biaya tinggi).",
  "Bagi {PPL}, {NP} (adalah|merupakan|menjadi) (hal|kebutuhan) yang (sangat|amat|cukup) {A}.",
  "{NP} yang {VB} dengan {NP} (membuat|menjadikan) {N}nya (semakin|lebih) {A}.",
};
// clang-format on

}  // namespace vocab
