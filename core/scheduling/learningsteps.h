#pragma once

#include <optional>
#include <vector>

namespace debrief {

// The delays of a (re)learning step list, as Anki's steps.rs. `remaining` is the number of steps
// left including the current one (LearningState::remainingSteps); Anki keeps "learning today" in
// the thousands, which is stripped off here too. Delays are whole seconds. Does not copy the
// list: it must outlive this object (the Scheduler keeps it in its config).
class LearningSteps {
public:
    explicit LearningSteps(const std::vector<int> &stepsSecs) : m_steps(stepsSecs) {}

    bool isEmpty() const { return m_steps.empty(); }
    // Again goes back to the first step; nullopt when there are no steps.
    std::optional<int> againDelaySecs() const;
    // Hard repeats the current step, except on the first step: the average of the first two
    // steps (or 1.5x the only step, at most a day more), so Hard never equals Again.
    std::optional<int> hardDelaySecs(int remaining) const;
    // Good moves to the next step; nullopt on the last step (the card graduates).
    std::optional<int> goodDelaySecs(int remaining) const;
    int currentDelaySecs(int remaining) const;
    int remainingForGood(int remaining) const;
    int remainingForFailed() const { return int(m_steps.size()); }

private:
    int indexOf(int remaining) const;
    std::optional<int> secsAt(int index) const;

    const std::vector<int> &m_steps;
};

} // namespace debrief
