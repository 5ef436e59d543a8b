// The shipped presets' titles ("name") and descriptions, marked for the window's translations: the JSON files
// in resources/presets cannot carry marks, so lupdate reads them here. tests/run checks that this list
// matches the presets (a preset added or edited without this file fails there).
#include "run/Registry.h"

namespace tb {

const std::vector<PresetText>& presetTexts() {
    static const std::vector<PresetText> all = {
        {"adversarial", TB_TR("engine", "Oblivious adversary that defeats UCB1"),
         TB_TR("engine", "2 arms, table fixed before play: every arm pays 1 except the one UCB1 would pick; "
                         "EXP3 vs UCB1")},
        {"classic-10-arm", TB_TR("engine", "Classic 10-arm Bernoulli"),
         TB_TR("engine", "10 Bernoulli arms with means 0.05, 0.15, …, 0.95: UCB1, Thompson-Beta, KL-UCB and "
                         "ε-greedy 0.1 over 10 000 pulls")},
        {"close-5-arm", TB_TR("engine", "Close 5-arm Bernoulli"),
         TB_TR("engine", "5 Bernoulli arms with close means 0.30, 0.42, 0.45, 0.50, 0.52: UCB1, "
                         "Thompson-Beta, KL-UCB and ε-greedy 0.1 over 20 000 pulls")},
        {"ensembles-vs-noise",
         TB_TR("engine", "Reward-model ensembles against overoptimisation, with and without label noise"),
         TB_TR("engine",
               "a single reward model vs 5-member ensembles (mean, worst case, uncertainty-weighted λ = 0.5) "
               "with 0% and 25% flipped labels (Coste et al. 2024); quadratic proxies on 300 pairs, members "
               "differing by seed (random priors), 6 features each penalised at extremes")},
        {"gaussian-unequal-variance", TB_TR("engine", "Gaussian arms with unequal variances"),
         TB_TR("engine", "5 Gaussian arms whose variances differ 400-fold: variance-adaptive VarTS vs "
                         "Gaussian TS assuming σ = 1 vs UCB1")},
        {"goodhart-best-of-n", TB_TR("engine", "Goodhart's law: best-of-n against a proxy reward model"),
         TB_TR("engine", "gold x0 + 2 x1 − 1.25 softplus(x1 − 1)²; a linear Bradley–Terry proxy on 2 000 "
                         "labelled pairs; exact best-of-n up to n = 4 000 and the KL-regularised optimum")},
        {"goodhart-kl-rl", TB_TR("engine", "Goodhart's law: KL-regularised RL against a proxy reward model"),
         TB_TR("engine", "natural policy gradient on the logits (its iterates are the KL-regularised optimum "
                         "at β = 1/(η t)) with and without a KL penalty; the gold peaks and falls while the "
                         "proxy keeps rising, and the penalty stops the policy near the peak")},
        {"low-mean-12-arm", TB_TR("engine", "Low-mean 12-arm Bernoulli"),
         TB_TR("engine", "12 Bernoulli arms with low means evenly spread over 0.03–0.19: UCB1, "
                         "Thompson-Beta, KL-UCB and ε-greedy 0.1 over 10 000 pulls")},
        {"online-rlhf-drift", TB_TR("engine", "Online RLHF under drifting preferences"),
         TB_TR("engine", "the gold's weights rotate 90° over 1 000 training steps; a reward model fitted "
                         "once (offline) against one refitted every 100 steps on pairs drawn from the "
                         "current policy and labelled by the current gold (online, the last 800 pairs kept); "
                         "natural policy gradient with a KL penalty, so the policy follows its proxy")},
        {"piecewise-stationary", TB_TR("engine", "Piecewise-stationary Bernoulli"),
         TB_TR("engine", "5 Bernoulli arms; at round 3 000 the best arm drops from 0.9 to 0.3, at 6 500 a "
                         "weak arm jumps to 0.9: SW-UCB, D-UCB and D-TS vs UCB1")},
        {"rlhf-vs-dpo", TB_TR("engine", "RLHF vs DPO on the same preferences"),
         TB_TR("engine", "the same world and 2 000 labelled pairs: a reward model and policy-gradient "
                         "training against it, and direct preference optimisation with no reward model")},
        {"survival-autonomous", TB_TR("engine", "Autonomous subjects: finite mean and variance"),
         TB_TR("engine", "a > 3: Beta–geometric α = 2.5 (a = 3.5) and a discrete power law a = 3.5")},
        {"survival-bandit-search",
         TB_TR("engine", "Bandit policies searching 100 arms for the one that pays"),
         TB_TR("engine", "one arm of 100 pays with probability 0.5; failures = pulls before the first "
                         "reward; tasks unsolved after 2 000 pulls are censored")},
        {"survival-capable", TB_TR("engine", "Capable subjects: finite mean, infinite variance"),
         TB_TR("engine", "2 < a <= 3: Beta–geometric α = 1.5 (a = 2.5) and a discrete power law a = 2.5")},
        {"survival-limited", TB_TR("engine", "Limited subjects: heavy-tailed failure counts"),
         TB_TR("engine", "decay rate a <= 2: the mean number of failures is infinite; Beta–geometric α = 0.8 "
                         "(a = 1.8) and a discrete power law a = 1.8")},
        {"survival-rank-search", TB_TR("engine", "Search: the rank of the right document among 10 000"),
         TB_TR("engine", "a scorer ranks 10 000 candidates (difficulty u ~ Beta(0.3, 1), as in the paper's "
                         "search tasks, a near 1.3) against blind enumeration")},
    };
    return all;
}

} // namespace tb
