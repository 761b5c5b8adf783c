package fuzzymatch_test

import (
	"bufio"
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openpiu/piu/civil"
	"github.com/openpiu/piu/fuzzymatch"
	"github.com/openpiu/piu/watchlist"
)

// Script-level measurements on the real lists: synthetic names written in
// Hangul (Han) against the North Korean (Chinese) individuals of the UN and
// OFAC lists at the default threshold. A synthetic name matches falsely when
// it reaches the threshold against a listed name that none of its own
// readings spells (letters only, either order): a listed KIM YONG CHOL is a
// homonym of a generated 김영철, not a false match. Recall: listed persons
// written in Hangul (Han) in testdata must reach their own entry.

var (
	listsOnce    sync.Once
	listsEntries []watchlist.Entry
	listsErr     error
)

func loadLists(t *testing.T) []watchlist.Entry {
	t.Helper()
	dir := os.Getenv("PIU_TESTDATA")
	if dir == "" {
		t.Skip("PIU_TESTDATA is not set: skipping the script measurements on the real UN and OFAC lists (set it to the shared data folder)")
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, "watchlists", name))
		if err != nil {
			t.Fatalf("reading shared data: %v", err)
		}
		return b
	}
	sdn, alt, add, un := read("ofac_sdn.csv"), read("ofac_alt.csv"), read("ofac_add.csv"), read("un_consolidated.xml")
	listsOnce.Do(func() {
		o, err := watchlist.LoadOFAC(bytes.NewReader(sdn), bytes.NewReader(alt), bytes.NewReader(add), nil)
		if err != nil {
			listsErr = err
			return
		}
		u, err := watchlist.LoadUN(bytes.NewReader(un), nil)
		if err != nil {
			listsErr = err
			return
		}
		listsEntries = append(o, u...)
	})
	if listsErr != nil {
		t.Fatal(listsErr)
	}
	return listsEntries
}

// listedName is one name of a listed individual, prepared.
type listedName struct {
	entry   int
	letters string // A-Z only, as listed
	name    *fuzzymatch.Name
}

func prepareListed(entries []watchlist.Entry, keep func(e *watchlist.Entry) bool) []listedName {
	var out []listedName
	for i := range entries {
		e := &entries[i]
		if e.Category != watchlist.CategoryIndividual || !keep(e) {
			continue
		}
		for _, n := range e.Names {
			out = append(out, listedName{entry: i, letters: lettersOnly(n.Text()), name: fuzzymatch.Prepare(n.Text())})
		}
	}
	return out
}

func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spellings returns every spelling of a name written as one word: the
// readings of its tokens concatenated, in order and reversed.
func spellings(w string) map[string]bool {
	toks := fuzzymatch.WordReadings(w)
	acc := []string{""}
	for _, forms := range toks {
		var next []string
		for _, a := range acc {
			for _, f := range forms {
				next = append(next, a+f)
			}
		}
		acc = next
	}
	out := map[string]bool{}
	for _, s := range acc {
		out[s] = true
	}
	if len(toks) == 2 {
		for _, s := range toks[1] {
			for _, f := range toks[0] {
				out[s+f] = true
			}
		}
	}
	return out
}

// readTable reads reference TAB name lines, # comments skipped.
func readTable(t *testing.T, path string) [][2]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ref, name, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: bad line %q", path, line)
		}
		out = append(out, [2]string{ref, name})
	}
	return out
}

// scriptReport is what the measurement finds for one script.
type scriptReport struct {
	synthetic, falseNames, homonymNames int
	screened                            int // false matches when screened with birth date and nationality
	recalled, listed                    int
	spelt                               int // listed persons whose native spelling reads exactly as one of their listed names
	names, namesReached                 int // their listed names and aliases, and those the native spelling reaches
	missed                              []string
}

func measureScript(t *testing.T, listed []listedName, entries []watchlist.Entry, synth []string, table [][2]string) scriptReport {
	c := fuzzymatch.NewComparator(fuzzymatch.DefaultOptions())
	var r scriptReport
	for _, s := range synth {
		sp := spellings(s)
		p := fuzzymatch.Prepare(s)
		hit, homonym := false, false
		for _, l := range listed {
			if c.Score(p, l.name) < c.Threshold() {
				continue
			}
			if sp[l.letters] {
				homonym = true
				continue
			}
			hit = true
			break
		}
		r.synthetic++
		switch {
		case hit:
			r.falseNames++
		case homonym:
			r.homonymNames++
		}
	}
	byRef := map[string]int{}
	for i := range entries {
		byRef[entries[i].ID] = i
		if entries[i].Reference != "" {
			byRef[entries[i].Reference] = i
		}
	}
	for _, row := range table {
		i, ok := byRef[row[0]]
		if !ok {
			t.Errorf("no listed entry %s", row[0])
			continue
		}
		r.listed++
		p, best, sp := fuzzymatch.Prepare(row[1]), 0.0, spellings(row[1])
		spelt := false
		for _, n := range entries[i].Names {
			sc := c.Score(p, fuzzymatch.Prepare(n.Text()))
			best = max(best, sc)
			spelt = spelt || sp[lettersOnly(n.Text())]
			r.names++
			if sc >= c.Threshold() {
				r.namesReached++
			}
		}
		if spelt {
			r.spelt++
		}
		if best >= c.Threshold() {
			r.recalled++
		} else {
			r.missed = append(r.missed, row[1]+" ("+entries[i].Names[0].Text()+")")
		}
	}
	return r
}

func (r scriptReport) log(t *testing.T, script string, listed int) {
	t.Logf("%s: %d synthetic names against %d listed names: %d false matches (%.1f %%), %d only homonyms (%.1f %%); recall of listed persons in %s %d/%d (%.1f %%)",
		script, r.synthetic, listed, r.falseNames, 100*float64(r.falseNames)/float64(r.synthetic),
		r.homonymNames, 100*float64(r.homonymNames)/float64(r.synthetic), script, r.recalled, r.listed, 100*float64(r.recalled)/float64(max(r.listed, 1)))
	t.Logf("%s: the listed persons' %s reaches %d of their %d listed names and aliases (%.1f %%; some aliases are other names)",
		script, script, r.namesReached, r.names, 100*float64(r.namesReached)/float64(max(r.names, 1)))
	if testing.Verbose() {
		for _, m := range r.missed {
			t.Logf("missed: %s", m)
		}
	}
}

// syntheticNames joins a surname and one or two given-name syllables drawn
// from the pools, deterministically.
func syntheticNames(n int, seed uint64, surnames, given []string) []string {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]string, 0, n)
	for len(out) < n {
		s := surnames[rng.IntN(len(surnames))]
		g := given[rng.IntN(len(given))]
		if rng.IntN(10) > 0 {
			g += given[rng.IntN(len(given))]
		}
		out = append(out, s+g)
	}
	return out
}

// Common Korean surnames, roughly by frequency (Statistics Korea census
// 2015 order, the first 60 and the commonest two-syllable ones), repeated so
// that the commonest are drawn more often.
var koreanSurnamePool = strings.Fields(`김 김 김 김 이 이 이 박 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 남궁 황보 제갈 선우`)

// Syllables common in Korean given names, North and South.
var koreanGivenPool = strings.Fields(`영 성 철 민 수 정 현 진 호 준 광 일 명 석 혁 남 종 용 희 경 순 숙 자 미 은 혜 지 윤 서 연 하 우 재 동 상 승 태 원 훈 기 규 학 찬 국 춘 만 옥 선 화 란 봉 길 건 세 범 창 식 환 욱 웅 삼 산 한 도 무 휘 해 여 송 인 주 덕 문 근 대 천 필 룡 택 애 향 금 실 복 열 걸 균 빈 솔 아 유 예 나 린`)

// Common Chinese surnames (the hundred commonest of the 2020 census, and
// compound ones), and characters common in given names.
var chineseSurnamePool = strings.Fields(`王 王 李 李 张 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 单 区 欧阳 司马 诸葛 上官`)

var chineseGivenPool = strings.Fields(`伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 兰 文 辉 建 国 红 金 云 晓 春 海 林 东 志 永 福 荣 德 新 光 天 家 宇 浩 鹏 飞 俊 斌 龙 峰 博 凯 鑫 婷 雪 琳 颖 慧 佳 欣 梅 萍 丹 亮 成 立 宁 庆 和 清 生 军 军 振 忠 斌 波 宏 鸿 健 翔 子 梓 涵 轩 怡 思 雨 欣 嘉 晨 阳 乐 长 行 朝 重`)

func isKoreanEntry(e *watchlist.Entry) bool {
	if strings.HasPrefix(e.Reference, "KP") {
		return true
	}
	for _, p := range e.Programs {
		if strings.Contains(p, "DPRK") {
			return true
		}
	}
	return false
}

func isChineseEntry(e *watchlist.Entry) bool {
	for _, n := range e.Nationalities {
		switch strings.ToLower(strings.TrimSpace(n)) {
		case "china", "taiwan", "hong kong", "chinese", "cn", "chn", "tw", "twn", "hk", "hkg":
			return true
		}
	}
	return false
}

func TestScriptsKoreanOnLists(t *testing.T) {
	scriptOnLists(t, "Hangul", "North Korean", "PRK", isKoreanEntry, 15, koreanSurnamePool, koreanGivenPool, "listed_hangul.tsv", koreanFloors)
}

func TestScriptsChineseOnLists(t *testing.T) {
	scriptOnLists(t, "Han", "Chinese", "CHN", isChineseEntry, 16, chineseSurnamePool, chineseGivenPool, "listed_han.tsv", chineseFloors)
}

// scriptOnLists measures one script on the real lists: synthetic names
// against the listed persons of the nation (names alone, then screened
// with a birth date and the nationality), and the listed persons written
// in the script against their own entries (table, in testdata).
func scriptOnLists(t *testing.T, script, nation, nationality string, isEntry func(*watchlist.Entry) bool, seed uint64,
	surnames, given []string, table string, floors scriptFloors) {
	entries := loadLists(t)
	listed := prepareListed(entries, isEntry)
	synth := syntheticNames(2000, seed, surnames, given)
	r := measureScript(t, listed, entries, synth, readTable(t, filepath.Join("testdata", table)))
	r.log(t, script, len(listed))
	checkSpelt(t, r)
	r.screened = screenedFalse(t, entries, synth, nationality)
	t.Logf("%s: screened through the index as %s nationals with a birth date: %d false matches (%.1f %%)",
		script, nation, r.screened, 100*float64(r.screened)/float64(r.synthetic))
	checkScript(t, r, floors)
}

// checkSpelt checks the homonym test itself: most listed persons written
// in their script must read exactly as one of their listed names, or no
// synthetic name could ever be told a homonym.
func checkSpelt(t *testing.T, r scriptReport) {
	t.Helper()
	t.Logf("%d of %d listed persons read exactly as a listed name (the homonym test)", r.spelt, r.listed)
	if r.spelt*2 < r.listed {
		t.Errorf("only %d of %d listed persons read exactly as a listed name", r.spelt, r.listed)
	}
}

// scriptFloors are the figures the measurements may not get worse than.
type scriptFloors struct {
	maxFalse    float64 // share of synthetic names that match falsely, names alone
	maxScreened float64 // the same, screened with birth date and nationality
	minRecall   float64 // share of listed persons found from their native script
	minNames    float64 // share of their listed names and aliases reached
}

func checkScript(t *testing.T, r scriptReport, f scriptFloors) {
	t.Helper()
	if fr := float64(r.falseNames) / float64(r.synthetic); fr > f.maxFalse {
		t.Errorf("false-match rate %.3f above %.3f", fr, f.maxFalse)
	}
	if fr := float64(r.screened) / float64(r.synthetic); fr > f.maxScreened {
		t.Errorf("false-match rate when screened %.3f above %.3f", fr, f.maxScreened)
	}
	if rc := float64(r.recalled) / float64(max(r.listed, 1)); rc < f.minRecall {
		t.Errorf("recall %.3f below %.3f", rc, f.minRecall)
	}
	if rc := float64(r.namesReached) / float64(max(r.names, 1)); rc < f.minNames {
		t.Errorf("share of listed names reached %.3f below %.3f", rc, f.minNames)
	}
}

// screenedFalse screens the synthetic names through a watchlist index of
// the whole lists, as travellers of the given nationality with a birth date
// drawn between 1950 and 2004, and counts those with a match (at the
// index's default threshold, birth date and nationality weighed) on a
// listed name that none of their readings spells.
func screenedFalse(t *testing.T, entries []watchlist.Entry, synth []string, nationality string) int {
	t.Helper()
	x, err := watchlist.NewIndex(entries, watchlist.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 11))
	n := 0
	for _, s := range synth {
		sp := spellings(s)
		d := civil.Date{Year: 1950 + rng.IntN(55), Month: time.Month(1 + rng.IntN(12)), Day: 1 + rng.IntN(28)}
		ms, err := x.Screen(context.Background(), watchlist.Query{Name: s, BirthDate: d, Nationality: nationality})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if !sp[lettersOnly(m.Name.Text())] {
				n++
				break
			}
		}
	}
	return n
}

// Measured on 2026-12-02 (PIU_TESTDATA=… go test ./fuzzymatch -run
// TestScripts -v). Hangul: 54.2 % of the synthetic names match falsely on
// their names alone, 14.2 % when screened with birth date and nationality;
// recall 92/92, and 170 of the 193 listed names and aliases of those
// persons reached. Before the Korean schemes and surname table of
// translit_korean*.go: 50.5 %, 12.0 %, 92/92 and 167/193 (and 33 instead of
// 38 of the 40 South Korean spellings of TestSouthKoreanSpellings). Han:
// 55.8 %, 8.2 %, recall 51/51, 62 of 75 names and aliases; before the Han
// table no Han name gave a Latin token: 0 %, 0 %, 0/51, 0/75. With the
// stricter token rules of issue 15 item 1 (2026-12-02: sound codes as
// support only, consonant skeletons where the script explains the vowels,
// initials where written, Hangul and Han spellings compared as Latin ones
// past their tables): Hangul 11.7 %, 5.0 %, 92/92, 165/193; Han 7.1 %,
// 2.8 %, 51/51, 60/75. With neither consonant skeletons nor sound codes
// for Hangul, Han and kana tokens (2026-12-03: their tables write every
// vowel of every scheme, so neither adds evidence) and 우 read WOO in South
// Korean usage: Hangul 6.7 %, 2.1 %, 92/92, 164/193 (HWANG SOK HA, an
// alias dropping the W of 화 HWA, paired by sound before); Han 5.0 %,
// 0.5 %, 51/51, 60/75. With Hangul and Han tokens that pair one Latin
// syllable short of their readings disagreeing with the syllables left
// over, and Hangul given names joined within two edits from eight letters:
// Hangul 4.3 %, 1.6 %, 92/92, 166/193; Han 4.8 %, 0.5 %, 51/51, 60/75;
// still far from the 1 % target against a whole list
// (a traveller against 424 or 229 names, not a pair of names).
var (
	koreanFloors  = scriptFloors{maxFalse: 0.045, maxScreened: 0.02, minRecall: 0.95, minNames: 0.855}
	chineseFloors = scriptFloors{maxFalse: 0.05, maxScreened: 0.01, minRecall: 0.95, minNames: 0.80}
)
